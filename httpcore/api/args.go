package api

import (
	"errors"
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/jsonx"
)

// Reading the arguments of a playground function. Each argument arrives as
// JSON text (what JSON.stringify made of it). They are read by hand, as
// encoding/json would read them into the option structs (member names in
// any case, unknown members ignored, null meaning "not given"), and a
// mistake names the argument and what is wrong with it:
// "argument 2 (options): mode must be a string, not a number".

// argError is a mistake in argument i (counted from 0), called name.
func argError(i int, name, msg string) error {
	return errors.New("argument " + strconv.Itoa(i+1) + " (" + name + "): " + msg)
}

// argValue reads argument i; ok is false when it is missing, undefined or null.
func argValue(args [][]byte, i int, name string) (v jsonx.Value, ok bool, err error) {
	if i >= len(args) || len(args[i]) == 0 {
		return v, false, nil
	}
	v, err = jsonx.Parse(args[i])
	if err != nil {
		return v, false, argError(i, name, err.Error())
	}
	return v, v.Kind != jsonx.Null, nil
}

// StringArg reads argument i into s; a missing or null argument leaves s
// as it is, so callers set the default first.
func StringArg(args [][]byte, i int, name string, s *string) error {
	v, ok, err := argValue(args, i, name)
	if !ok {
		return err
	}
	if v.Kind != jsonx.String {
		return argError(i, name, "must be a string, not "+kindName(v.Kind))
	}
	*s = v.Text
	return nil
}

// IntArg reads argument i, a whole number, into n; a missing or null
// argument leaves n as it is.
func IntArg(args [][]byte, i int, name string, n *int) error {
	v, ok, err := argValue(args, i, name)
	if !ok {
		return err
	}
	if msg := readInt(v, n); msg != "" {
		return argError(i, name, msg)
	}
	return nil
}

// ObjectArg reads argument i, an object: member is called for each member,
// with its name as given (match it with is). A missing or null argument
// calls nothing. member returns "" or what is wrong with the value.
func ObjectArg(args [][]byte, i int, name string, member func(key string, v jsonx.Value) string) error {
	v, ok, err := argValue(args, i, name)
	if !ok {
		return err
	}
	if v.Kind != jsonx.Object {
		return argError(i, name, "must be an object, not "+kindName(v.Kind))
	}
	for _, m := range v.Members {
		if msg := member(m.Key, m.Value); msg != "" {
			return argError(i, name, msg)
		}
	}
	return nil
}

// is reports whether a member's key names the option name, in any case
// (as encoding/json matches names).
func is(key, name string) bool { return strings.EqualFold(key, name) }

// The readers of option values return "" or the mistake, naming the option.

func readString(name string, v jsonx.Value, s *string) string {
	switch v.Kind {
	case jsonx.Null:
	case jsonx.String:
		*s = v.Text
	default:
		return name + " must be a string, not " + kindName(v.Kind)
	}
	return ""
}

func readBool(name string, v jsonx.Value, b *bool) string {
	switch v.Kind {
	case jsonx.Null:
	case jsonx.Bool:
		*b = v.Bool
	default:
		return name + " must be true or false, not " + kindName(v.Kind)
	}
	return ""
}

func readStrings(name string, v jsonx.Value, list *[]string) string {
	switch v.Kind {
	case jsonx.Null:
		*list = nil
		return ""
	case jsonx.Array:
	default:
		return name + " must be a list of strings, not " + kindName(v.Kind)
	}
	out := make([]string, len(v.Elems))
	for i, e := range v.Elems {
		if msg := readString(name+"["+strconv.Itoa(i)+"]", e, &out[i]); msg != "" {
			return msg
		}
	}
	*list = out
	return ""
}

// readNamedInt reads an integer option called name.
func readNamedInt(name string, v jsonx.Value, n *int) string {
	if msg := readInt(v, n); msg != "" {
		return name + " " + msg
	}
	return ""
}

func readInt(v jsonx.Value, n *int) string {
	switch v.Kind {
	case jsonx.Null:
		return ""
	case jsonx.Number:
		if x, err := strconv.ParseInt(v.Text, 10, 64); err == nil && int64(int(x)) == x {
			*n = int(x)
			return ""
		}
		return "must be a whole number, not " + v.Text
	}
	return "must be a number, not " + kindName(v.Kind)
}

func kindName(k jsonx.Kind) string {
	switch k {
	case jsonx.Null:
		return "null"
	case jsonx.Bool:
		return "true or false"
	case jsonx.Array, jsonx.Object:
		return "an " + k.String()
	}
	return "a " + k.String()
}
