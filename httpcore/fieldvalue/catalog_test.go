package fieldvalue

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// The kinds of note and the part texts are plain package-level variables
// (static data, so that nothing runs at start-up to build them). The lists
// below name every one, so that the invariant tests can check each text;
// TestTheCatalogNamesEveryTextAndNote keeps the lists complete.

// noteDefs holds every kind of note by the name of its variable.
var noteDefs = map[string]*noteDef{
	"noteAcceptCharsetDeprecated": noteAcceptCharsetDeprecated,
	"noteLanguageBad":             noteLanguageBad,
	"noteCodingUnknown":           noteCodingUnknown,
	"noteAuthEmpty":               noteAuthEmpty,
	"noteAuthBadScheme":           noteAuthBadScheme,
	"noteAuthParamSyntax":         noteAuthParamSyntax,
	"noteAuthSeveral":             noteAuthSeveral,
	"noteBasicNotEncryption":      noteBasicNotEncryption,
	"noteBasicBadBase64":          noteBasicBadBase64,
	"noteBasicNoColon":            noteBasicNoColon,
	"noteBasicNeedsToken":         noteBasicNeedsToken,
	"noteBasicNeedsRealm":         noteBasicNeedsRealm,
	"noteRealmDash":               noteRealmDash,
	"noteRealmUnquoted":           noteRealmUnquoted,
	"noteBearerSecret":            noteBearerSecret,
	"noteCCUnknown":               noteCCUnknown,
	"noteCCNeedsSeconds":          noteCCNeedsSeconds,
	"noteCCBadSeconds":            noteCCBadSeconds,
	"noteCCQuotedSeconds":         noteCCQuotedSeconds,
	"noteCCNoArgument":            noteCCNoArgument,
	"noteCCDuplicate":             noteCCDuplicate,
	"noteCCNoStoreWins":           noteCCNoStoreWins,
	"noteCCPublicPrivate":         noteCCPublicPrivate,
	"noteCCNoCacheMaxAge":         noteCCNoCacheMaxAge,
	"noteCCMixed":                 noteCCMixed,
	"noteTENotLast":               noteTENotLast,
	"noteTETwice":                 noteTETwice,
	"noteTEUnknown":               noteTEUnknown,
	"noteTEIdentity":              noteTEIdentity,
	"noteCEIdentity":              noteCEIdentity,
	"noteCLNotDigits":             noteCLNotDigits,
	"noteCLComment":               noteCLComment,
	"noteCLList":                  noteCLList,
	"noteCLConflict":              noteCLConflict,
	"noteCLTooBig":                noteCLTooBig,
	"noteConnCloseAndKeep":        noteConnCloseAndKeep,
	"noteConnEndToEnd":            noteConnEndToEnd,
	"noteKeepAliveBad":            noteKeepAliveBad,
	"noteKeepAliveLegacy":         noteKeepAliveLegacy,
	"noteUpgradeH2":               noteUpgradeH2,
	"noteCookieNoEquals":          noteCookieNoEquals,
	"noteCookieBadName":           noteCookieBadName,
	"noteCookieBadValue":          noteCookieBadValue,
	"noteCookieSeparator":         noteCookieSeparator,
	"noteSameSiteNone":            noteSameSiteNone,
	"noteSameSiteBad":             noteSameSiteBad,
	"noteMaxAgeBad":               noteMaxAgeBad,
	"noteMaxAgeDelete":            noteMaxAgeDelete,
	"noteMaxAgeAndExpires":        noteMaxAgeAndExpires,
	"noteSessionCookie":           noteSessionCookie,
	"noteDomainDot":               noteDomainDot,
	"notePathRelative":            notePathRelative,
	"noteAttrUnknown":             noteAttrUnknown,
	"notePrefix":                  notePrefix,
	"notePartitioned":             notePartitioned,
	"noteDateInvalid":             noteDateInvalid,
	"noteDateEmpty":               noteDateEmpty,
	"noteDateUnknownWord":         noteDateUnknownWord,
	"noteDateMissing":             noteDateMissing,
	"noteDateOrder":               noteDateOrder,
	"noteDateInexact":             noteDateInexact,
	"noteDateObsolete":            noteDateObsolete,
	"noteDateTwoDigitYear":        noteDateTwoDigitYear,
	"noteDateImpossible":          noteDateImpossible,
	"noteDateBadTime":             noteDateBadTime,
	"noteDateWeekday":             noteDateWeekday,
	"noteDateZone":                noteDateZone,
	"noteExpiresZero":             noteExpiresZero,
	"noteExpiresInvalid":          noteExpiresInvalid,
	"noteDelayNotNumber":          noteDelayNotNumber,
	"noteETagUnquoted":            noteETagUnquoted,
	"noteETagLowerW":              noteETagLowerW,
	"noteETagBadChar":             noteETagBadChar,
	"noteETagStar":                noteETagStar,
	"noteETagOne":                 noteETagOne,
	"noteETagWeakIfMatch":         noteETagWeakIfMatch,
	"noteETagWeakIfRange":         noteETagWeakIfRange,
	"noteTEChunked":               noteTEChunked,
	"noteTrailerForbidden":        noteTrailerForbidden,
	"noteExpectUnknown":           noteExpectUnknown,
	"noteOriginPath":              noteOriginPath,
	"noteOriginSyntax":            noteOriginSyntax,
	"noteDispositionType":         noteDispositionType,
	"noteFilenamePath":            noteFilenamePath,
	"noteExtValue":                noteExtValue,
	"noteEmptyValue":              noteEmptyValue,
	"noteControl":                 noteControl,
	"noteHSTSNoMaxAge":            noteHSTSNoMaxAge,
	"noteHSTSBadMaxAge":           noteHSTSBadMaxAge,
	"noteHSTSZero":                noteHSTSZero,
	"noteHSTSDuplicate":           noteHSTSDuplicate,
	"noteHSTSUnknown":             noteHSTSUnknown,
	"noteHSTSPreload":             noteHSTSPreload,
	"noteLinkBrackets":            noteLinkBrackets,
	"noteLinkNoRel":               noteLinkNoRel,
	"noteMediaEmpty":              noteMediaEmpty,
	"noteMediaNoSlash":            noteMediaNoSlash,
	"noteMediaBadToken":           noteMediaBadToken,
	"noteMediaWildcard":           noteMediaWildcard,
	"noteMediaBadRange":           noteMediaBadRange,
	"noteMediaTypo":               noteMediaTypo,
	"noteMediaUnknownTop":         noteMediaUnknownTop,
	"noteNoCharset":               noteNoCharset,
	"noteNoBoundary":              noteNoBoundary,
	"noteCharsetTypo":             noteCharsetTypo,
	"noteNotNumber":               noteNotNumber,
	"noteMethodCase":              noteMethodCase,
	"noteMethodUnknown":           noteMethodUnknown,
	"noteLanguageTag":             noteLanguageTag,
	"noteMailbox":                 noteMailbox,
	"notePragma":                  notePragma,
	"noteWarningObsolete":         noteWarningObsolete,
	"noteWarnCode":                noteWarnCode,
	"noteWarnText":                noteWarnText,
	"noteMD5Obsolete":             noteMD5Obsolete,
	"noteMD5Bad":                  noteMD5Bad,
	"noteFrameOption":             noteFrameOption,
	"noteProductNoSpace":          noteProductNoSpace,
	"noteCommentUnclosed":         noteCommentUnclosed,
	"noteServerDetail":            noteServerDetail,
	"noteProductsEmpty":           noteProductsEmpty,
	"noteViaNoVersion":            noteViaNoVersion,
	"noteRangeUnknownUnit":        noteRangeUnknownUnit,
	"noteRangeUnitTypo":           noteRangeUnitTypo,
	"noteRangeNoEquals":           noteRangeNoEquals,
	"noteRangeBadSpec":            noteRangeBadSpec,
	"noteRangeBackwards":          noteRangeBackwards,
	"noteCRNoUnit":                noteCRNoUnit,
	"noteCRSyntax":                noteCRSyntax,
	"noteCRBeyond":                noteCRBeyond,
	"noteParamNoValue":            noteParamNoValue,
	"noteParamBadName":            noteParamBadName,
	"noteParamBadValue":           noteParamBadValue,
	"noteParamSpace":              noteParamSpace,
	"noteUnclosedQuote":           noteUnclosedQuote,
	"noteParamDuplicate":          noteParamDuplicate,
	"noteBadQ":                    noteBadQ,
	"noteQZero":                   noteQZero,
	"noteNotAToken":               noteNotAToken,
	"noteEmptyList":               noteEmptyList,
	"noteHostEmpty":               noteHostEmpty,
	"noteHostScheme":              noteHostScheme,
	"noteHostBadChar":             noteHostBadChar,
	"noteHostUserinfo":            noteHostUserinfo,
	"noteHostBadPort":             noteHostBadPort,
	"noteURISpace":                noteURISpace,
	"noteURIComment":              noteURIComment,
	"noteURIPercent":              noteURIPercent,
	"noteURINonASCII":             noteURINonASCII,
	"noteURIBadScheme":            noteURIBadScheme,
	"noteLocationRelative":        noteLocationRelative,
	"noteRefererFragment":         noteRefererFragment,
	"noteURIEmpty":                noteURIEmpty,
	"noteVaryStar":                noteVaryStar,
	"noteVaryStarMixed":           noteVaryStarMixed,
	"noteEqualWeights":            noteEqualWeights,
}

// partTexts holds every part text by the name of its variable, or as
// table[key] for the texts of a table (media types, codings, ...).
var partTexts = func() map[string]knowledge.Text {
	out := map[string]knowledge.Text{
		"textAcceptCharset":    textAcceptCharset,
		"textAcceptCoding":     textAcceptCoding,
		"textLanguageRange":    textLanguageRange,
		"textChallenge":        textChallenge,
		"textCredentials":      textCredentials,
		"textScheme":           textScheme,
		"textToken68":          textToken68,
		"textBasicToken":       textBasicToken,
		"textRealm":            textRealm,
		"textAuthParam":        textAuthParam,
		"textUnknownDirective": textUnknownDirective,
		"textSeconds":          textSeconds,
		"textFieldNames":       textFieldNames,
		"textChunked":          textChunked,
		"textLengthValue":      textLengthValue,
		"textConnOption":       textConnOption,
		"textTimeout":          textTimeout,
		"textMax":              textMax,
		"textProtocol":         textProtocol,
		"textProtocolName":     textProtocolName,
		"textProtocolVersion":  textProtocolVersion,
		"textCookie":           textCookie,
		"textSetCookiePair":    textSetCookiePair,
		"textCookieName":       textCookieName,
		"textCookieValue":      textCookieValue,
		"textAttrUnknown":      textAttrUnknown,
		"textDate":             textDate,
		"textDayName":          textDayName,
		"textDay":              textDay,
		"textMonth":            textMonth,
		"textYear":             textYear,
		"textTime":             textTime,
		"textZone":             textZone,
		"textWord":             textWord,
		"textDelay":            textDelay,
		"textStrongTag":        textStrongTag,
		"textWeakTag":          textWeakTag,
		"textWeakPrefix":       textWeakPrefix,
		"textOpaqueTag":        textOpaqueTag,
		"textAnyTag":           textAnyTag,
		"textTECoding":         textTECoding,
		"textTrailerName":      textTrailerName,
		"textExpect":           textExpect,
		"textOrigin":           textOrigin,
		"textOriginNull":       textOriginNull,
		"textOriginAny":        textOriginAny,
		"textDispositionType":  textDispositionType,
		"textFilename":         textFilename,
		"textFilenameStar":     textFilenameStar,
		"textElement":          textElement,
		"textOpaque":           textOpaque,
		"textUnreadable":       textUnreadable,
		"textHSTSMaxAge":       textHSTSMaxAge,
		"textHSTSSub":          textHSTSSub,
		"textHSTSPreload":      textHSTSPreload,
		"textHSTSUnknown":      textHSTSUnknown,
		"textLink":             textLink,
		"textLinkTarget":       textLinkTarget,
		"textRel":              textRel,
		"textType":             textType,
		"textSubtype":          textSubtype,
		"textWildcard":         textWildcard,
		"textCharset":          textCharset,
		"textBoundary":         textBoundary,
		"textMediaRange":       textMediaRange,
		"textAge":              textAge,
		"textMaxForwards":      textMaxForwards,
		"textMethod":           textMethod,
		"textLanguageTag":      textLanguageTag,
		"textMailbox":          textMailbox,
		"textPragmaNoCache":    textPragmaNoCache,
		"textWarnCode":         textWarnCode,
		"textWarnAgent":        textWarnAgent,
		"textWarnText":         textWarnText,
		"textWarning":          textWarning,
		"textDigest":           textDigest,
		"textFrameOption":      textFrameOption,
		"textProduct":          textProduct,
		"textProductName":      textProductName,
		"textProductVersion":   textProductVersion,
		"textMozilla":          textMozilla,
		"textCommentItem":      textCommentItem,
		"textCompatible":       textCompatible,
		"textMSIE":             textMSIE,
		"textHop":              textHop,
		"textReceivedProtocol": textReceivedProtocol,
		"textReceivedBy":       textReceivedBy,
		"textRangeUnit":        textRangeUnit,
		"textNoneUnit":         textNoneUnit,
		"textIntRange":         textIntRange,
		"textSuffixRange":      textSuffixRange,
		"textFirstPos":         textFirstPos,
		"textLastPos":          textLastPos,
		"textLength":           textLength,
		"textParam":            textParam,
		"textParamName":        textParamName,
		"textParamValue":       textParamValue,
		"textQ":                textQ,
		"textToken":            textToken,
		"textComment":          textComment,
		"textHostName":         textHostName,
		"textHostIPv4":         textHostIPv4,
		"textHostIPv6":         textHostIPv6,
		"textPort":             textPort,
		"textScheme2":          textScheme2,
		"textAuthority":        textAuthority,
		"textPath":             textPath,
		"textQuery":            textQuery,
		"textFragment":         textFragment,
		"textURI":              textURI,
		"textVaryName":         textVaryName,
		"textVaryStar":         textVaryStar,
	}
	tables := map[string]table{
		"codings":           codings,
		"schemes":           schemes,
		"connectionOptions": connectionOptions,
		"cookieAttrs":       cookieAttrs,
	}
	for name, table := range tables {
		for _, row := range table {
			out[name+"["+row.name+"]"] = row.text
		}
	}
	for key, t := range mediaTypes {
		out["mediaTypes["+key+"]"] = t
	}
	for _, d := range directives {
		out["directives["+d.name+"]"] = d.text
	}
	return out
}()

func TestTheCatalogNamesEveryTextAndNote(t *testing.T) {
	notes := map[string]bool{}
	for _, name := range declaredWith(t, "noteDef") {
		notes[name] = true
		if noteDefs[name] == nil {
			t.Errorf("the note %s is missing from noteDefs in catalog_test.go", name)
		}
	}
	for _, name := range declaredWith(t, "knowledge.Text") {
		if notes[name] {
			continue // the text of a note
		}
		found := false
		for key := range partTexts {
			found = found || key == name || strings.HasPrefix(key, name+"[")
		}
		if !found {
			t.Errorf("the text %s is missing from partTexts in catalog_test.go", name)
		}
	}
}

// declaredWith returns the names of the package-level variables whose
// value holds a composite literal of the type written typ.
func declaredWith(t *testing.T, typ string) []string {
	t.Helper()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var names []string
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					holds := false
					ast.Inspect(v, func(n ast.Node) bool {
						if c, ok := n.(*ast.CompositeLit); ok && c.Type != nil {
							holds = holds || string(src[fset.Position(c.Type.Pos()).Offset:fset.Position(c.Type.End()).Offset]) == typ
						}
						return !holds
					})
					if holds {
						names = append(names, vs.Names[i].Name)
					}
				}
			}
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatalf("found no variable holding a %s", typ)
	}
	return names
}
