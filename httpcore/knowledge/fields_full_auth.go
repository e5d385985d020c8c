package knowledge

var fieldFullAuth = []fieldEntry{}
