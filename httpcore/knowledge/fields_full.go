package knowledge

// fieldEntry is the full explanation of one field, written for learners.
// The registry facts (status, defining document) live in fieldRegistry;
// fieldBuild joins the two by name.
type fieldEntry struct {
	name     string
	category FieldCategory
	example  string
	syntax   string
	summary  Text // what the field means and who sends it
	without  Text // what happens when it is absent
	mistakes Text // common mistakes

	// For deprecated and obsoleted fields: the document that retired the
	// field, what it says, and the fields to use instead.
	retiredBy  Spec
	retired    Text
	replacedBy []string
}

// fieldEntries gathers the full entries, kept in one file per theme.
func fieldEntries() []fieldEntry {
	groups := [][]fieldEntry{
		fieldFullNegotiation,
		fieldFullRepresentation,
		fieldFullConditional,
		fieldFullRouting,
		fieldFullAuth,
		fieldFullCaching,
		fieldFullConnection,
		fieldFullSecurity,
		fieldFullCookies,
		fieldFullObsolete,
		fieldFullProtocol,
		fieldFullAPIs,
		fieldFullBrowser,
		fieldFullWebDAV,
		fieldFullDeFacto,
	}
	n := 0
	for _, group := range groups {
		n += len(group)
	}
	all := make([]fieldEntry, 0, n)
	for _, group := range groups {
		all = append(all, group...)
	}
	return all
}
