package knowledge

var fieldFullSecurity = []fieldEntry{}
