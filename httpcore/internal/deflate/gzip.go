package deflate

// Gzip returns src compressed as a gzip member (RFC 1952 §2.3): a header
// with no file name and no modification time, so the same input always gives
// the same bytes, the DEFLATE stream, then the CRC-32 and length of src.
func Gzip(src []byte) []byte {
	// ID1 ID2, CM 8 (deflate), FLG 0, MTIME 0, XFL 0, OS 255 (unknown)
	out := []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255}
	out = Append(out, src)
	c, n := CRC32(src), uint32(len(src))
	return append(out, byte(c), byte(c>>8), byte(c>>16), byte(c>>24), byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
}

// crcTable holds the CRC-32 of each byte value, for the IEEE polynomial in
// its reversed form.
var crcTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = c>>1 ^ 0xedb88320
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}()

// CRC32 is the checksum gzip stores (ISO 3309, the same as hash/crc32's
// ChecksumIEEE).
func CRC32(b []byte) uint32 {
	c := ^uint32(0)
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ c>>8
	}
	return ^c
}
