package knowledge

var fieldFullObsolete = []fieldEntry{}
