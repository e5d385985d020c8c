package knowledge

var fieldFullConditional = []fieldEntry{}
