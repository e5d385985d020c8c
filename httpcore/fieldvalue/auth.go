package fieldvalue

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Authentication (RFC 9110 section 11): challenges in WWW-Authenticate and
// Proxy-Authenticate, credentials in Authorization and Proxy-Authorization.
//
//	challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//	credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//	auth-param  = token BWS "=" BWS ( token / quoted-string )
//	token68     = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="

func init() {
	register("Authorization", "credentials", func(a *analysis) { a.auth(false) })
	register("Proxy-Authorization", "credentials", func(a *analysis) { a.auth(false) })
	register("WWW-Authenticate", "challenges", func(a *analysis) { a.auth(true) })
	register("Proxy-Authenticate", "challenges", func(a *analysis) { a.auth(true) })
}

var (
	textChallenge = knowledge.Text{
		En:   "A challenge: the server names an authentication scheme the client may use, with the scheme's parameters.",
		Hans: "质询：服务器指明客户端可使用的一种认证方案及其参数。",
		Hant: "質詢：伺服器指明用戶端可使用的一種驗證方案及其參數。",
	}
	textCredentials = knowledge.Text{
		En:   "The credentials: the scheme the client authenticates with, then its token or parameters.",
		Hans: "凭据：客户端使用的认证方案，后面是该方案的令牌或参数。",
		Hant: "憑證：用戶端使用的驗證方案，後面是該方案的權杖或參數。",
	}
	textScheme = knowledge.Text{
		En:   "The authentication scheme; scheme names are case-insensitive.",
		Hans: "认证方案；方案名不区分大小写。",
		Hant: "驗證方案；方案名稱不區分大小寫。",
	}
	textToken68 = knowledge.Text{
		En:   "A token68: an opaque string (often Base64) that carries the credentials in one piece.",
		Hans: "token68：一个不透明的字符串（通常是 Base64），整体携带凭据。",
		Hant: "token68：一個不透明的字串（通常是 Base64），整體攜帶憑證。",
	}
	textBasicToken = knowledge.Text{
		En:   "Basic credentials: user-id:password encoded in Base64; the value shows them decoded, as anyone who sees the message can.",
		Hans: "Basic 凭据：用 Base64 编码的 用户名:密码；值中显示解码结果，任何看到报文的人都能做到这一点。",
		Hant: "Basic 憑證：以 Base64 編碼的 使用者名稱:密碼；值中顯示解碼結果，任何看到訊息的人都能做到這一點。",
	}
	textRealm = knowledge.Text{
		En:   "realm: the name of the protected area, shown to the user; credentials that work in one realm are reused for it.",
		Hans: "realm：受保护区域的名称，会显示给用户；同一 realm 内可以重用有效的凭据。",
		Hant: "realm：受保護區域的名稱，會顯示給使用者；同一 realm 內可以重用有效的憑證。",
	}
	textAuthParam = knowledge.Text{
		En:   "An authentication parameter of the scheme, name=value.",
		Hans: "认证方案的参数，name=value。",
		Hant: "驗證方案的參數，name=value。",
	}
)

// schemes explains the common authentication schemes.
var schemes = table{
	{"basic", knowledge.Text{
		En:   "Basic (RFC 7617): a user name and password, merely Base64-encoded. Only safe over HTTPS.",
		Hans: "Basic（RFC 7617）：用户名和密码，仅做 Base64 编码。只有在 HTTPS 上才安全。",
		Hant: "Basic（RFC 7617）：使用者名稱和密碼，僅做 Base64 編碼。只有在 HTTPS 上才安全。",
	}},
	{"bearer", knowledge.Text{
		En:   "Bearer (RFC 6750): an access token, usually from OAuth; whoever holds it may use it.",
		Hans: "Bearer（RFC 6750）：访问令牌，通常来自 OAuth；谁持有它谁就能使用。",
		Hant: "Bearer（RFC 6750）：存取權杖，通常來自 OAuth；誰持有它誰就能使用。",
	}},
	{"digest", knowledge.Text{
		En:   "Digest (RFC 7616): the client proves it knows the password by sending a hash, not the password itself.",
		Hans: "Digest（RFC 7616）：客户端发送散列值来证明自己知道密码，而不发送密码本身。",
		Hant: "Digest（RFC 7616）：用戶端傳送雜湊值來證明自己知道密碼，而不傳送密碼本身。",
	}},
	{"negotiate", knowledge.Text{
		En:   "Negotiate (RFC 4559): Kerberos or NTLM through SPNEGO, common inside companies.",
		Hans: "Negotiate（RFC 4559）：经由 SPNEGO 使用 Kerberos 或 NTLM，常见于企业内部。",
		Hant: "Negotiate（RFC 4559）：經由 SPNEGO 使用 Kerberos 或 NTLM，常見於企業內部。",
	}},
	{"ntlm", knowledge.Text{
		En:   "NTLM: Microsoft's older challenge-response scheme, not standardized by the IETF.",
		Hans: "NTLM：微软较旧的质询-响应方案，未经 IETF 标准化。",
		Hant: "NTLM：微軟較舊的質詢-回應方案，未經 IETF 標準化。",
	}},
	{"hoba", knowledge.Text{
		En:   "HOBA (RFC 7486): authentication by a key pair held in the browser instead of a password.",
		Hans: "HOBA（RFC 7486）：用浏览器中保存的密钥对代替密码进行认证。",
		Hant: "HOBA（RFC 7486）：以瀏覽器中保存的金鑰對代替密碼進行驗證。",
	}},
	{"scram-sha-256", knowledge.Text{
		En:   "SCRAM-SHA-256 (RFC 7804): a salted challenge-response scheme that never sends the password.",
		Hans: "SCRAM-SHA-256（RFC 7804）：加盐的质询-响应方案，从不发送密码。",
		Hant: "SCRAM-SHA-256（RFC 7804）：加鹽的質詢-回應方案，從不傳送密碼。",
	}},
	{"dpop", knowledge.Text{
		En:   "DPoP (RFC 9449): an access token bound to a key the client proves it holds.",
		Hans: "DPoP（RFC 9449）：与密钥绑定的访问令牌，客户端需证明自己持有该密钥。",
		Hant: "DPoP（RFC 9449）：與金鑰綁定的存取權杖，用戶端需證明自己持有該金鑰。",
	}},
}

var (
	noteAuthEmpty = &noteDef{"auth/empty", Error, knowledge.RFC(9110, "11.3"), knowledge.Text{
		En:   "The field needs an authentication scheme, such as Basic or Bearer.",
		Hans: "该字段需要一个认证方案，例如 Basic 或 Bearer。",
		Hant: "該欄位需要一個驗證方案，例如 Basic 或 Bearer。",
	}}
	noteAuthBadScheme = &noteDef{"auth/bad-scheme", Error, knowledge.RFC(9110, "11.1"), knowledge.Text{
		En:   "An authentication scheme is a token, followed by a space before its token or parameters.",
		Hans: "认证方案是一个 token，后面要有空格，再接令牌或参数。",
		Hant: "驗證方案是一個 token，後面要有空格，再接權杖或參數。",
	}}
	noteAuthParamSyntax = &noteDef{"auth/param-syntax", Error, knowledge.RFC(9110, "11.2"), knowledge.Text{
		En:   "This is neither a token68 nor name=value parameters.",
		Hans: "这既不是 token68，也不是 name=value 形式的参数。",
		Hant: "這既不是 token68，也不是 name=value 形式的參數。",
	}}
	noteAuthSeveral = &noteDef{"auth/several-credentials", Error, knowledge.RFC(9110, "11.6.2"), knowledge.Text{
		En:   "Authorization carries one set of credentials; a second scheme cannot follow.",
		Hans: "Authorization 只能携带一组凭据，后面不能再接第二个方案。",
		Hant: "Authorization 只能攜帶一組憑證，後面不能再接第二個方案。",
	}}
	noteBasicNotEncryption = &noteDef{"auth/basic-is-not-encryption", Warning, knowledge.RFC(7617, "4"), knowledge.Text{
		En:   "Base64 is an encoding, not encryption: anyone who sees this message reads the password. Send Basic credentials only over HTTPS.",
		Hans: "Base64 只是编码而不是加密：任何看到这条报文的人都能读出密码。只能通过 HTTPS 发送 Basic 凭据。",
		Hant: "Base64 只是編碼而不是加密：任何看到這則訊息的人都能讀出密碼。只能透過 HTTPS 傳送 Basic 憑證。",
	}}
	noteBasicBadBase64 = &noteDef{"auth/basic-bad-base64", Error, knowledge.RFC(7617, "2"), knowledge.Text{
		En:   "Basic credentials must be valid Base64, and this is not.",
		Hans: "Basic 凭据必须是有效的 Base64，而这个不是。",
		Hant: "Basic 憑證必須是有效的 Base64，而這個不是。",
	}}
	noteBasicNoColon = &noteDef{"auth/basic-no-colon", Error, knowledge.RFC(7617, "2"), knowledge.Text{
		En:   "Decoded Basic credentials are user-id:password; this one has no colon.",
		Hans: "Basic 凭据解码后应为 用户名:密码，这里没有冒号。",
		Hant: "Basic 憑證解碼後應為 使用者名稱:密碼，這裡沒有冒號。",
	}}
	noteBasicNeedsToken = &noteDef{"auth/basic-needs-token68", Error, knowledge.RFC(7617, "2"), knowledge.Text{
		En:   "Basic credentials are one Base64 token68, not parameters.",
		Hans: "Basic 凭据是一个 Base64 的 token68，而不是参数。",
		Hant: "Basic 憑證是一個 Base64 的 token68，而不是參數。",
	}}
	noteBasicNeedsRealm = &noteDef{"auth/basic-needs-realm", Error, knowledge.RFC(7617, "2"), knowledge.Text{
		En:   "A Basic challenge must carry a realm parameter, as in Basic realm=\"admin\".",
		Hans: "Basic 质询必须带 realm 参数，例如 Basic realm=\"admin\"。",
		Hant: "Basic 質詢必須帶 realm 參數，例如 Basic realm=\"admin\"。",
	}}
	noteRealmDash = &noteDef{"auth/realm-dash", Error, knowledge.RFC(9110, "11.2"), knowledge.Text{
		En:   "%s reads as one token68, not as a parameter: the \"=\" is missing. Write realm=\"%s\".",
		Hans: "%s 会被读成一个 token68 而不是参数：缺少“=”。应写作 realm=\"%s\"。",
		Hant: "%s 會被讀成一個 token68 而不是參數：缺少「=」。應寫作 realm=\"%s\"。",
	}}
	noteRealmUnquoted = &noteDef{"auth/realm-unquoted", Warning, knowledge.RFC(9110, "11.5"), knowledge.Text{
		En:   "For historical reasons the realm is always sent as a quoted string: realm=\"%s\".",
		Hans: "由于历史原因，realm 的值始终应以带引号的字符串发送：realm=\"%s\"。",
		Hant: "由於歷史原因，realm 的值一律應以帶引號的字串傳送：realm=\"%s\"。",
	}}
	noteBearerSecret = &noteDef{"auth/bearer-is-secret", Remark, knowledge.RFC(6750, "5"), knowledge.Text{
		En:   "Whoever holds a bearer token can use it; it must only travel over HTTPS and should not be logged.",
		Hans: "谁持有 bearer 令牌谁就能使用它；它只能通过 HTTPS 传输，也不应写入日志。",
		Hant: "誰持有 bearer 權杖誰就能使用它；它只能透過 HTTPS 傳輸，也不應寫入日誌。",
	}}
)

// isToken68 reports whether s is a token68.
func isToken68(s string) bool {
	body := strings.TrimRight(s, "=")
	if body == "" {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !(isAlpha(c) || isDigit(c) || strings.IndexByte("-._~+/", c) >= 0) {
			return false
		}
	}
	return true
}

// authItem is one challenge or set of credentials being read.
type authItem struct {
	all    Span
	scheme string
	kids   []Part
	params map[string]param
	tok68  Span
	has68  bool
}

// auth reads challenges (WWW-Authenticate) or credentials (Authorization).
func (a *analysis) auth(challenges bool) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteAuthEmpty, w)
		return
	}
	var items []*authItem
	var cur *authItem
	for _, el := range a.splitList(w) {
		v := a.text(el)
		sp := strings.IndexAny(v, " \t")
		eq := strings.IndexByte(v, '=')
		startsNew := cur == nil || eq < 0 || (sp >= 0 && sp < eq && isToken(v[:sp]) && strings.TrimLeft(v[sp:], " \t")[0] != '=')
		if isToken68(v) && eq >= 0 && cur != nil && !cur.has68 && len(cur.params) == 0 && strings.TrimRight(v, "=") != v {
			startsNew = false
		}
		rest := el
		if startsNew {
			cur = &authItem{all: el, params: map[string]param{}}
			items = append(items, cur)
			ss := el
			if sp >= 0 {
				ss = Span{el.Start, el.Start + sp}
				rest = a.trim(Span{el.Start + sp, el.End})
			} else {
				rest = Span{el.End, el.End}
			}
			cur.scheme = strings.ToLower(a.text(ss))
			t, ok := schemes.get(cur.scheme)
			if !ok {
				t = textScheme
			}
			if !isToken(cur.scheme) {
				a.note(noteAuthBadScheme, ss)
			}
			cur.kids = appendPart(cur.kids, part("scheme", ss, cur.scheme, t))
			if rest.Start == rest.End {
				continue
			}
		}
		cur.all.End = el.End
		rv := a.text(rest)
		if isToken68(rv) && !strings.Contains(strings.TrimRight(rv, "="), "=") && len(cur.params) == 0 && !cur.has68 {
			cur.has68, cur.tok68 = true, rest
			continue
		}
		p := a.nameValue(rest)
		if !p.eq || !isToken(a.text(p.name)) {
			a.note(noteAuthParamSyntax, rest)
			cur.kids = appendPart(cur.kids, part("value", rest, rv, textUnreadable))
			continue
		}
		if p.open {
			a.note(noteUnclosedQuote, p.value)
		} else if !p.quote && !isToken(p.val) {
			a.note(noteParamBadValue, p.value)
		}
		name := strings.ToLower(a.text(p.name))
		cur.params[name] = p
		t := textAuthParam
		if name == "realm" {
			t = textRealm
			if !p.quote && challenges {
				a.notef(noteRealmUnquoted, p.value, p.val)
			}
		}
		cur.kids = append(cur.kids, a.paramPart(p, t, name+"="+p.val))
	}
	if !challenges && len(items) > 1 {
		a.note(noteAuthSeveral, items[1].all)
	}
	for _, it := range items {
		a.authItem(it, challenges)
	}
}

// authItem checks one challenge or set of credentials and adds its part.
func (a *analysis) authItem(it *authItem, challenges bool) {
	if it.has68 {
		tok := a.text(it.tok68)
		kid := part("token68", it.tok68, tok, textToken68)
		if it.scheme == "basic" && !challenges {
			kid.Text = textBasicToken
			a.note(noteBasicNotEncryption, it.tok68)
			raw, err := base64.StdEncoding.DecodeString(tok)
			if err != nil {
				raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(tok, "="))
			}
			switch {
			case err != nil || !utf8.Valid(raw):
				a.note(noteBasicBadBase64, it.tok68)
			default:
				user, pass, ok := strings.Cut(string(raw), ":")
				if !ok {
					a.note(noteBasicNoColon, it.tok68)
					kid.Value = "user: " + user
				} else {
					kid.Value = "user: " + user + ", password: " + pass
				}
			}
		}
		if it.scheme == "basic" && challenges {
			if r, ok := strings.CutPrefix(strings.ToLower(tok), "realm-"); ok {
				a.notef(noteRealmDash, it.tok68, tok, tok[len(tok)-len(r):])
			}
		}
		it.kids = insertPart(it.kids, kid)
	}
	if it.scheme == "bearer" && !challenges {
		a.note(noteBearerSecret, it.all)
	}
	if it.scheme == "basic" && !challenges && !it.has68 && len(it.kids) > 1 {
		a.note(noteBasicNeedsToken, it.all)
	}
	if it.scheme == "basic" && challenges {
		if _, ok := it.params["realm"]; !ok {
			a.note(noteBasicNeedsRealm, it.all)
		}
	}
	t := textCredentials
	role := "credentials"
	if challenges {
		t, role = textChallenge, "challenge"
	}
	a.add(part(role, it.all, it.scheme, t, it.kids...))
}

// insertPart adds p to ps keeping them ordered by start.
func insertPart(ps []Part, p Part) []Part {
	ps = append(ps, p)
	sortParts(ps)
	return ps
}
