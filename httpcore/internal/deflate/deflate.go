// Package deflate compresses data in the DEFLATE format (RFC 1951) and wraps
// it in gzip (RFC 1952), small enough for the browser module: LZ77 matches
// found through a hash table of chains, written with the fixed Huffman codes
// (RFC 1951 §3.2.6), or as stored blocks when that is shorter. Any inflater
// reads the output; it is a little larger than a full encoder's, which also
// builds Huffman codes fitted to the data.
package deflate

const (
	minMatch = 3
	maxMatch = 258
	window   = 32768 // farthest a match may look back
	maxChain = 128   // candidates tried at each position
	hashBits = 15
)

// lengthBase is the shortest match length of each length code 257 to 285
// (RFC 1951 §3.2.5).
var lengthBase = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}

// distBase is the shortest distance of each distance code 0 to 29.
var distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}

// Append appends src compressed as a complete DEFLATE stream to dst.
func Append(dst, src []byte) []byte {
	w := bitWriter{out: dst}
	w.put(1, 1) // BFINAL: this is the last block
	w.put(1, 2) // BTYPE 01: fixed Huffman codes
	lz77(src, &w)
	w.literal(256) // end of block
	w.flush()
	if stored := storedSize(len(src)); len(w.out)-len(dst) > stored {
		return appendStored(dst, src)
	}
	return w.out
}

// lz77 writes src as literals and back-references. At each position it
// looks for the longest earlier match, and it prefers a literal when the
// next position starts a longer one ("lazy" matching, as zlib does).
func lz77(src []byte, w *bitWriter) {
	head := make([]int32, 1<<hashBits) // 1 + the last position with each hash; 0 for none
	prev := make([]int32, len(src))    // 1 + the previous position with the same hash
	insert := func(i int) {
		if i+minMatch <= len(src) {
			h := hash(src[i:])
			prev[i] = head[h]
			head[h] = int32(i + 1)
		}
	}
	longest := func(i int) (length, dist int) {
		if i+minMatch > len(src) {
			return 0, 0
		}
		limit := min(maxMatch, len(src)-i)
		chain := maxChain
		for c := int(head[hash(src[i:])]); c > 0 && i-(c-1) <= window && chain > 0; c = int(prev[c-1]) {
			chain--
			j := c - 1
			if src[j+length] != src[i+length] {
				continue
			}
			n := 0
			for n < limit && src[j+n] == src[i+n] {
				n++
			}
			if n > length {
				length, dist = n, i-j
				if n == limit {
					break
				}
			}
		}
		if length < minMatch {
			return 0, 0
		}
		return length, dist
	}
	for i := 0; i < len(src); {
		length, dist := longest(i)
		insert(i)
		if length > 0 && length < maxMatch {
			if next, _ := longest(i + 1); next > length {
				w.literal(int(src[i]))
				i++
				continue
			}
		}
		if length == 0 {
			w.literal(int(src[i]))
			i++
			continue
		}
		w.match(length, dist)
		for k := i + 1; k < i+length; k++ {
			insert(k)
		}
		i += length
	}
}

// hash mixes the first three bytes of b into hashBits bits.
func hash(b []byte) uint32 {
	v := uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
	return v * 2654435761 >> (32 - hashBits)
}

// storedSize is the length of n bytes written as stored blocks: five bytes
// of header for each block of at most 65535.
func storedSize(n int) int {
	return n + 5*max(1, (n+65534)/65535)
}

// appendStored appends src as stored blocks (RFC 1951 §3.2.4), the last one
// final.
func appendStored(dst, src []byte) []byte {
	for {
		n := min(len(src), 65535)
		final := byte(0)
		if n == len(src) {
			final = 1
		}
		dst = append(dst, final, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
		dst = append(dst, src[:n]...)
		src = src[n:]
		if final == 1 {
			return dst
		}
	}
}

// bitWriter packs codes into bytes, least significant bit first.
type bitWriter struct {
	out  []byte
	bits uint64
	n    uint
}

// put writes the n low bits of v.
func (w *bitWriter) put(v uint32, n uint) {
	w.bits |= uint64(v) << w.n
	w.n += n
	for w.n >= 8 {
		w.out = append(w.out, byte(w.bits))
		w.bits >>= 8
		w.n -= 8
	}
}

// flush writes the last, partial byte.
func (w *bitWriter) flush() {
	if w.n > 0 {
		w.out = append(w.out, byte(w.bits))
	}
	w.bits, w.n = 0, 0
}

// code writes a Huffman code of n bits, most significant bit first as
// RFC 1951 §3.1.1 requires.
func (w *bitWriter) code(c uint32, n uint) {
	var r uint32
	for i := uint(0); i < n; i++ {
		r = r<<1 | c&1
		c >>= 1
	}
	w.put(r, n)
}

// literal writes a literal/length symbol (0 to 287) in the fixed code.
func (w *bitWriter) literal(v int) {
	c, n := v+0x30, uint(8)
	switch {
	case v >= 280:
		c = v - 280 + 0xc0
	case v >= 256:
		c, n = v-256, 7
	case v >= 144:
		c, n = v-144+0x190, 9
	}
	w.code(uint32(c), n)
}

// match writes a back-reference: a length code and its extra bits, then a
// distance code (five bits in the fixed code) and its extra bits.
func (w *bitWriter) match(length, dist int) {
	i := 0
	for i < len(lengthBase)-1 && int(lengthBase[i+1]) <= length {
		i++
	}
	w.literal(257 + i)
	if i >= 8 && i < 28 {
		w.put(uint32(length-int(lengthBase[i])), uint(i-4)/4)
	}
	j := 0
	for j < len(distBase)-1 && int(distBase[j+1]) <= dist {
		j++
	}
	w.code(uint32(j), 5)
	if j >= 4 {
		w.put(uint32(dist-int(distBase[j])), uint(j-2)/2)
	}
}
