package httpcore

import "bytes"

// How Parse allocates. The first message and its fields share one
// allocation, sized from a guess of the number of fields (fieldRoom) to
// fit one of the Go allocator's size classes: a Message is 400 bytes and a
// Field 88, and the allocator adds an 8-byte header to an object of this
// size, so a slab of 408 + 88n bytes wastes little when n is one of the
// capacities below. The message comes first, so the garbage collector
// scans only its pointers and not the pointer-free rest. A chunked body's
// chunks get their own allocation, sized by chunkCount.

type slab2 struct {
	message [1]Message
	fields  [2]Field
}

type slab4 struct {
	message [1]Message
	fields  [4]Field
}

type slab7 struct {
	message [1]Message
	fields  [7]Field
}

type slab11 struct {
	message [1]Message
	fields  [11]Field
}

type slab12 struct {
	message [1]Message
	fields  [12]Field
}

type slab15 struct {
	message [1]Message
	fields  [15]Field
}

type slab18 struct {
	message [1]Message
	fields  [18]Field
}

type slab21 struct {
	message [1]Message
	fields  [21]Field
}

type slab25 struct {
	message [1]Message
	fields  [25]Field
}

type slab30 struct {
	message [1]Message
	fields  [30]Field
}

type slab41 struct {
	message [1]Message
	fields  [41]Field
}

// firstMessage returns room for the first message and n fields.
func firstMessage(n int) ([]Message, []Field) {
	switch {
	case n <= 2:
		s := new(slab2)
		return s.message[:0], s.fields[:0]
	case n <= 4:
		s := new(slab4)
		return s.message[:0], s.fields[:0]
	case n <= 7:
		s := new(slab7)
		return s.message[:0], s.fields[:0]
	case n <= 11:
		s := new(slab11)
		return s.message[:0], s.fields[:0]
	case n <= 12:
		s := new(slab12)
		return s.message[:0], s.fields[:0]
	case n <= 15:
		s := new(slab15)
		return s.message[:0], s.fields[:0]
	case n <= 18:
		s := new(slab18)
		return s.message[:0], s.fields[:0]
	case n <= 21:
		s := new(slab21)
		return s.message[:0], s.fields[:0]
	case n <= 25:
		s := new(slab25)
		return s.message[:0], s.fields[:0]
	case n <= 30:
		s := new(slab30)
		return s.message[:0], s.fields[:0]
	case n <= 41:
		s := new(slab41)
		return s.message[:0], s.fields[:0]
	}
	return make([]Message, 0, 1), make([]Field, 0, n)
}

// fieldRoom guesses how many fields the input's first message has, for the
// first allocation: every field line has a colon and ends with an LF, and
// the start line and the empty line end with LFs too, so the smaller count
// is exact for a header section alone and close for most bodies; both are
// counted many bytes at a time. When the guess is large (long bodies of
// text, streams) headerLines counts the first message's lines instead.
func fieldRoom(src []byte) int {
	n := min(bytes.Count(src, lf)-2, bytes.Count(src, colon))
	if n > 32 {
		n = headerLines(src) - 1 // less the start line
	}
	return max(n, 0)
}

var lf, colon = []byte{'\n'}, []byte{':'}

// headerLines counts the lines from the start of src up to the empty line
// that ends the header section (or the end of the input).
func headerLines(src []byte) int {
	n := 0
	for pos := 0; pos < len(src); {
		i := bytes.IndexByte(src[pos:], '\n')
		if i < 0 {
			break
		}
		pos += i + 1
		n++
		if emptyLineAt(src, pos) {
			return n
		}
	}
	return n + 1
}

// emptyLineAt reports whether an empty line (CRLF or a bare LF) starts at i.
func emptyLineAt(src []byte, i int) bool {
	return i < len(src) && src[i] == '\n' || i+1 < len(src) && src[i] == '\r' && src[i+1] == '\n'
}

// chunkCount counts the chunks of the chunked body at pos, to make room for
// them: it follows the chunk sizes without judging them and stops at the
// last chunk, at anything it cannot read or at the end of the input.
func chunkCount(src []byte, pos int) int {
	n := 0
	for pos < len(src) {
		n++
		i := pos
		var size int64
		for i < len(src) && isHex(src[i]) && size < 1<<40 {
			size = size<<4 | hexVal(src[i])
			i++
		}
		if i == pos || size == 0 {
			break
		}
		nl := bytes.IndexByte(src[i:], '\n')
		if nl < 0 || size > int64(len(src)) {
			break
		}
		pos = i + nl + 1 + int(size) + 2
	}
	return n
}
