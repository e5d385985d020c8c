package httpcore

import "testing"

func TestClassifyKnowsTheFieldsThatFrameAMessage(t *testing.T) {
	tests := []struct {
		name string
		want fieldKind
	}{
		{"Host", hostField},
		{"hOsT", hostField},
		{"Expect", expectField},
		{"CONNECTION", connectionField},
		{"Content-Length", contentLengthField},
		{"content-length", contentLengthField},
		{"Transfer-Encoding", transferEncodingField},
		{"TRANSFER-ENCODING", transferEncodingField},
		{"Hosts", otherField},
		{"Hos\r", otherField},
		{"Content\rLength", otherField},
		{"Content_Length", otherField},
		{"Content-Lengti", otherField},
		{"Transfer\rEncoding", otherField},
		{"Transfer-Encodinh", otherField},
		{"Transfer-Encodin\x07", otherField},
		{"Expecu", otherField},
		{"Connectioo", otherField},
		{"Cookie", otherField},
		{"", otherField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify([]byte(tt.name)); got != tt.want {
				t.Errorf("classify(%q) = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
}

func TestClassifyAgreesWithEqualFoldOnEveryByte(t *testing.T) {
	known := map[string]fieldKind{"host": hostField, "expect": expectField, "connection": connectionField,
		"content-length": contentLengthField, "transfer-encoding": transferEncodingField}
	for name, kind := range known {
		for i := range name {
			for c := 0; c < 256; c++ {
				b := []byte(name)
				b[i] = byte(c)
				want := otherField
				if equalFold(b, name) {
					want = kind
				}
				if got := classify(b); got != want {
					t.Errorf("classify(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}
