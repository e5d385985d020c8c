package httpcore

import "bytes"

// How Parse allocates. The first message and its fields share one
// allocation, sized from a count of the header section's lines to fit one
// of the Go allocator's size classes: a Message is 400 bytes, a Field 88
// and a Chunk 104, and the allocator adds an 8-byte header to an object of
// this size, so a slab of 408 + 88n bytes wastes little when n is one of the
// capacities below. When the message looks chunked, its chunks join the
// same allocation. The message comes first, so the garbage collector scans
// only its pointers and not the pointer-free rest.

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

type chunkedSlab7x4 struct {
	message [1]Message
	fields  [7]Field
	chunks  [4]Chunk
}

type chunkedSlab8x6 struct {
	message [1]Message
	fields  [8]Field
	chunks  [6]Chunk
}

type chunkedSlab12x8 struct {
	message [1]Message
	fields  [12]Field
	chunks  [8]Chunk
}

type chunkedSlab16x12 struct {
	message [1]Message
	fields  [16]Field
	chunks  [12]Chunk
}

// firstMessage returns room for the first message, n fields and, when
// chunks > 0, that many chunks (chunks is nil otherwise).
func firstMessage(n, chunks int) ([]Message, []Field, []Chunk) {
	if chunks > 0 {
		switch {
		case n <= 7 && chunks <= 4:
			s := new(chunkedSlab7x4)
			return s.message[:0], s.fields[:0], s.chunks[:0]
		case n <= 8 && chunks <= 6:
			s := new(chunkedSlab8x6)
			return s.message[:0], s.fields[:0], s.chunks[:0]
		case n <= 12 && chunks <= 8:
			s := new(chunkedSlab12x8)
			return s.message[:0], s.fields[:0], s.chunks[:0]
		case n <= 16 && chunks <= 12:
			s := new(chunkedSlab16x12)
			return s.message[:0], s.fields[:0], s.chunks[:0]
		}
		m, f, _ := firstMessage(n, 0)
		return m, f, make([]Chunk, 0, chunks)
	}
	switch {
	case n <= 2:
		s := new(slab2)
		return s.message[:0], s.fields[:0], nil
	case n <= 4:
		s := new(slab4)
		return s.message[:0], s.fields[:0], nil
	case n <= 7:
		s := new(slab7)
		return s.message[:0], s.fields[:0], nil
	case n <= 11:
		s := new(slab11)
		return s.message[:0], s.fields[:0], nil
	case n <= 12:
		s := new(slab12)
		return s.message[:0], s.fields[:0], nil
	case n <= 15:
		s := new(slab15)
		return s.message[:0], s.fields[:0], nil
	case n <= 18:
		s := new(slab18)
		return s.message[:0], s.fields[:0], nil
	case n <= 21:
		s := new(slab21)
		return s.message[:0], s.fields[:0], nil
	case n <= 25:
		s := new(slab25)
		return s.message[:0], s.fields[:0], nil
	case n <= 30:
		s := new(slab30)
		return s.message[:0], s.fields[:0], nil
	case n <= 41:
		s := new(slab41)
		return s.message[:0], s.fields[:0], nil
	}
	return make([]Message, 0, 1), make([]Field, 0, n), nil
}

// headerLines counts the lines from the start of src up to the empty line
// that ends the header section (or the end of the input), and says where
// the section ends and whether a line looks like Transfer-Encoding. It only
// sizes an allocation, so a message that starts with empty lines may be
// counted short.
func headerLines(src []byte) (n, end int, te bool) {
	for pos := 0; pos < len(src); {
		i := bytes.IndexByte(src[pos:], '\n')
		if i < 0 {
			break
		}
		pos += i + 1
		n++
		if emptyLineAt(src, pos) {
			if src[pos] == '\r' {
				pos++
			}
			return n, pos + 1, te
		}
		if pos < len(src) && src[pos]|0x20 == 't' && hasPrefixFold(src[pos:], "transfer-encoding:") {
			te = true
		}
	}
	return n + 1, len(src), te
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
