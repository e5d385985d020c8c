package httpcore

import "testing"

func TestCharNameShowsWhatALearnerCanRecognise(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		size int
	}{
		{"a control byte is shown in hexadecimal", "\x01", "0x01", 1},
		{"a tab is named", "\t", "HTAB (0x09)", 1},
		{"a visible byte is quoted with its code", "@", "'@' (0x40)", 1},
		{"an accented letter is one UTF-8 character with a four-digit code point", "é", "'é' (U+00E9)", 2},
		{"a Chinese character keeps its four digits", "中", "'中' (U+4E2D)", 3},
		{"an emoji has five digits", "😀", "'😀' (U+1F600)", 4},
		{"a byte that starts no UTF-8 character is shown in hexadecimal", "\xff", "0xFF", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, size := charName([]byte(tt.in), 0)
			if got != tt.want || size != tt.size {
				t.Errorf("charName(%q) = %q, %d; want %q, %d", tt.in, got, size, tt.want, tt.size)
			}
		})
	}
}
