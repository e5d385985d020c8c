package api

import "unicode/utf8"

// Span is a half-open range of UTF-16 code unit offsets, as JavaScript
// strings index them.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Offsets converts byte offsets in a UTF-8 text to UTF-16 code unit offsets.
// For ASCII text (the common case) it allocates nothing and converts in O(1).
type Offsets struct {
	ascii bool
	u16   []int32 // u16[i] is the UTF-16 offset of byte offset i; len = len(text)+1
}

// NewOffsets prepares conversions for text.
func NewOffsets(text string) *Offsets {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return &Offsets{ascii: true}
	}
	u16 := make([]int32, len(text)+1)
	var n int32
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			u16[i+k] = n
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	u16[len(text)] = n
	return &Offsets{u16: u16}
}

// At converts one byte offset. Offsets inside a multi-byte character map to
// the start of that character; offsets past the end clamp to the end.
func (o *Offsets) At(b int) int {
	if o.ascii {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(o.u16) {
		return int(o.u16[len(o.u16)-1])
	}
	return int(o.u16[b])
}

// Span converts a byte span.
func (o *Offsets) Span(start, end int) Span { return Span{Start: o.At(start), End: o.At(end)} }
