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

func TestRegisteredNamesSkippedByTheFastPathAreNoMisspellings(t *testing.T) {
	// The names registeredName lists: the fast path does not compare them
	// with Host, Content-Length and Transfer-Encoding, so the general code,
	// which does, must find no misspelling in them either.
	names := []string{"Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges",
		"Authorization", "Cache-Control", "Content-Disposition", "Content-Encoding",
		"Content-Language", "Content-Location", "Content-Range", "Content-Type",
		"If-Modified-Since", "If-None-Match", "Last-Modified", "Sec-Fetch-Dest",
		"Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User", "Sec-CH-UA-Mobile",
		"Sec-CH-UA-Platform", "Accept-Patch", "Accept-Post", "Content-Digest",
		"Date", "ETag", "Vary", "Link", "From", "Age", "Via", "Range", "Allow"}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			if !registeredName([]byte(name)) {
				t.Errorf("registeredName(%q) = false, want true", name)
			}
			in := []byte("GET / HTTP/1.1\r\nHost: a\r\n" + name + ": 1\r\n\r\n")
			if r := parseGenerally(in, Options{}); hasCode(r, "misspelled-field") {
				t.Errorf("the general code finds %q misspelled: %v", name, codes(r))
			}
		})
	}
}
