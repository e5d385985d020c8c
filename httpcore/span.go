package httpcore

// Span is a half-open range [Start, End) of byte offsets into the parsed input.
// The zero Span (0, 0) is empty; use Valid to tell "absent" from "empty at 0"
// where that matters.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether the byte at offset i lies inside the span.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }

// In reports whether s lies entirely inside outer.
func (s Span) In(outer Span) bool { return outer.Start <= s.Start && s.End <= outer.End }

// Of returns the bytes the span covers in src, clamped to src.
func (s Span) Of(src []byte) []byte {
	start, end := s.Start, s.End
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	if start > end {
		return nil
	}
	return src[start:end]
}

// Valid reports whether the span is present and well-formed: a missing part
// has End < Start (see none), an empty one has Start == End.
func (s Span) Valid() bool { return s.Start >= 0 && s.End >= s.Start }

// none is the span of a part that is absent.
var none = Span{Start: -1, End: -1}
