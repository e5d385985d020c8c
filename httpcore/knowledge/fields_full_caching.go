package knowledge

var fieldFullCaching = []fieldEntry{}
