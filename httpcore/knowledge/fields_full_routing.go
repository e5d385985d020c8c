package knowledge

var fieldFullRouting = []fieldEntry{}
