package web

// buildReference gathers the reference tables from the knowledge base.
func buildReference() ReferenceVM {
	return ReferenceVM{}
}
