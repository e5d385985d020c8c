package jsonx

import (
	"strconv"
	"unicode/utf8"
)

// SyntaxError is a mistake in JSON text, located. Msg is encoding/json's
// message for the same mistake.
type SyntaxError struct {
	Msg string
	// Offset is the byte offset of the offending byte (the length of the
	// input when the input ends too soon).
	Offset int
	// Line and Column count from 1; Column counts characters, not bytes.
	Line, Column int
}

// Error says where and what: "line 3, column 7: invalid character ...".
func (e *SyntaxError) Error() string { return Where(e.Line, e.Column) + ": " + e.Msg }

func newSyntaxError(data []byte, off int, msg string) *SyntaxError {
	line, col := Position(data, off)
	return &SyntaxError{Msg: msg, Offset: off, Line: line, Column: col}
}

// Position returns the line and column (both from 1, the column counting
// characters) of byte offset off in data.
func Position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line, col = 1, 1
	for i := 0; i < off; {
		if data[i] == '\n' {
			line, col = line+1, 1
			i++
			continue
		}
		_, size := utf8.DecodeRune(data[i:])
		col++
		i += size
	}
	return line, col
}

// Where writes a position as the errors of this package do: "line 3, column 7".
func Where(line, col int) string {
	return "line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col)
}

// ErrorAt is a mistake found in a well-formed JSON value (a number where
// a string belongs, say), located at byte offset off of data.
func ErrorAt(data []byte, off int, msg string) error {
	line, col := Position(data, off)
	return &LocatedError{Msg: msg, Offset: off, Line: line, Column: col}
}

// LocatedError is a mistake in the content of well-formed JSON.
type LocatedError struct {
	Msg                  string
	Offset, Line, Column int
}

func (e *LocatedError) Error() string { return Where(e.Line, e.Column) + ": " + e.Msg }
