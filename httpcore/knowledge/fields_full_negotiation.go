package knowledge

var fieldFullNegotiation = []fieldEntry{}
