package knowledge

var fieldFullRepresentation = []fieldEntry{}
