package api

// FieldInfo, when set (by the knowledge functions' file), returns what the
// knowledge base says about one field line, name and value, in lang. parse
// attaches it to every field it returns as "info". It is a hook rather than
// a direct call so that each family of functions stays in its own file.
var FieldInfo func(name, value, lang string) any
