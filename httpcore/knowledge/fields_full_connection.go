package knowledge

var fieldFullConnection = []fieldEntry{}
