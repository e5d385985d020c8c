package jsonx

import "strconv"

// Any converts a value to the Go values encoding/json's Unmarshal gives for
// it in an `any`: nil, bool, float64, string, []any and map[string]any (a
// key given twice keeps its last value). A number too large for a float64
// is a *RangeError.
func (v Value) Any() (any, error) {
	switch v.Kind {
	case Bool:
		return v.Bool, nil
	case Number:
		f, err := strconv.ParseFloat(v.Text, 64)
		if err != nil {
			return nil, &RangeError{Number: v.Text, Offset: v.Start}
		}
		return f, nil
	case String:
		return v.Text, nil
	case Array:
		out := make([]any, len(v.Elems))
		for i, e := range v.Elems {
			x, err := e.Any()
			if err != nil {
				return nil, err
			}
			out[i] = x
		}
		return out, nil
	case Object:
		return v.Map()
	}
	return nil, nil
}

// Map converts an object as Any does; it returns nil for any other kind.
func (v Value) Map() (map[string]any, error) {
	if v.Kind != Object {
		return nil, nil
	}
	out := make(map[string]any, len(v.Members))
	for _, m := range v.Members {
		x, err := m.Value.Any()
		if err != nil {
			return nil, err
		}
		out[m.Key] = x
	}
	return out, nil
}

// RangeError is a number no float64 can hold (1e999).
type RangeError struct {
	Number string
	Offset int // byte offset of the number
}

// Error is encoding/json's message for the same mistake.
func (e *RangeError) Error() string {
	return "json: cannot unmarshal number " + e.Number + " into Go value of type float64"
}
