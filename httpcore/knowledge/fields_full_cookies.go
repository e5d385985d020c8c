package knowledge

var fieldFullCookies = []fieldEntry{}
