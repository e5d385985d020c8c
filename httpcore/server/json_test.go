package server

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The scenario's JSON is read and written without encoding/json (which the
// browser module must not link), but must mean and look exactly as it did
// with it: these tests hold encoding/json up as the oracle.

// siteCorpus is scenario text of every shape: the ready-made ones, and odd
// but valid ones a teacher might type.
func siteCorpus() []string {
	corpus := []string{
		string(DefaultSiteJSON()),
		`null`, `{}`, `{"resources":[]}`, `{"resources":null}`,
		`{"Name":"cases differ","RESOURCES":[{"PATH":"/a","Body":"x","maxbody":5}]}`,
		`{"name":"unknown members are ignored","colour":"red","resources":[{"path":"/a","x":[1,{"y":null}]}]}`,
		`{"name":"null leaves a member as it is","server":null,"unavailable":null,"resources":[{"path":"/a","methods":null,"redirect":null,"repeat":null}]}`,
		`{"name":"first","name":"the last of two wins","resources":[{"path":"/a","body":"kept"}],"resources":[{"path":"/b"}]}`,
		`{"resources":[{"path":"/a","redirect":{"status":301},"redirect":{"location":"/b"}}]}`,
		`{"resources":[{"path":"/c","collection":{"items":[{"id":"1","tags":["a","b"],"n":1.5e3,"ok":true,"x":null},null,{}],"unique":"id","deferDelete":["1"]}}]}`,
		`{"resources":[{"path":"/c","collection":{"items":[{"id":"1","a":1}]},"collection":{"items":[{"b":2}]}}]}`,
		`{"resources":[{"path":"/p","auth":{"realm":"r","users":{"u":"p","v":null},"allow":["u"]},"auth":{"users":{"w":"q"}}}]}`,
		`{"name":"<b>Tom & Jerry</b> \u2028 \ud83d\ude00 \ud800","resources":[{"path":"/é","body":"中文\n\t\"q\"","variants":[{"language":"fr","body":"x"},null]}]}`,
		`{"resources":[{"path":"/a","methods":[],"accepts":["text/plain",null],"variants":[],"form":{},"unavailable":{}}]}`,
		`{"maxTargetLength":-0,"maxBodyLength":1,"allowTrace":false,"keepAliveTimeout":0,"keepAliveMax":9223372036854775807,"resources":[]}`,
	}
	for _, name := range ScenarioNames() {
		s, _ := Scenario(name)
		corpus = append(corpus, string(s.JSON()))
	}
	return corpus
}

// badSites are scenario text encoding/json refuses.
var badSites = []string{
	``, `{`, `[]`, `"x"`, `{"name":1}`, `{"resources":{}}`, `{"resources":[1]}`, `{"resources":[{"path":2}]}`,
	`{"resources":[{"path":"/a","repeat":1.5}]}`, `{"resources":[{"path":"/a","repeat":1e2}]}`,
	`{"maxBodyLength":99999999999999999999}`, `{"allowTrace":"yes"}`, `{"unavailable":[]}`,
	`{"resources":[{"path":"/a","auth":{"users":{"u":1}}}]}`, `{"resources":[{"path":"/a","collection":{"items":[1]}}]}`,
	`{"resources":[{"path":"/a","collection":{"items":[{"n":1e999}]}}]}`, `{"resources":[{"path":"/a","methods":"GET"}]}`,
	`{"resources":[{"path":"/a"},]}`, `{"name":"a" "server":"b"}`,
}

// agreeOnSite checks that decodeSite reads data as encoding/json does and
// that the site is written back as encoding/json writes it.
func agreeOnSite(t *testing.T, data string) {
	t.Helper()
	got, err := decodeSite([]byte(data))
	var want Site
	jerr := json.Unmarshal([]byte(data), &want)
	if (err == nil) != (jerr == nil) {
		t.Fatalf("decodeSite(%.60q) error = %v, encoding/json says %v", data, err, jerr)
	}
	if err != nil {
		return
	}
	if !reflect.DeepEqual(*got, want) {
		t.Fatalf("decodeSite(%.60q) =\n%+v\nencoding/json reads\n%+v", data, *got, want)
	}
	wantJSON, jerr := json.MarshalIndent(got, "", "  ")
	if gotJSON := got.JSON(); jerr == nil && string(gotJSON) != string(wantJSON) {
		t.Fatalf("Site.JSON() =\n%s\nencoding/json writes\n%s", gotJSON, wantJSON)
	}
}

func TestScenariosAreReadAndWrittenAsEncodingJSONDoes(t *testing.T) {
	for _, data := range siteCorpus() {
		agreeOnSite(t, data)
	}
	for _, data := range badSites {
		agreeOnSite(t, data)
	}
}

func TestEveryReadyMadeScenarioIsWrittenAsMarshalIndentWritesIt(t *testing.T) {
	for _, name := range ScenarioNames() {
		t.Run(name, func(t *testing.T) {
			s, _ := Scenario(name)
			want, err := json.MarshalIndent(s, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if got := s.JSON(); string(got) != string(want) {
				t.Errorf("Scenario(%q).JSON() =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

func TestParseSiteSaysWhereTheMistakeIs(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"a missing comma, by line and column", "{\n  \"name\": \"x\"\n  \"resources\": []\n}",
			`scenario: line 3, column 3: invalid character '"' after object key:value pair`},
		{"a trailing comma", "{\"resources\": [\n  {\"path\": \"/a\"},\n]}",
			"scenario: line 3, column 1: invalid character ']' looking for beginning of value"},
		{"text that ends too soon", `{"resources": [`, "scenario: line 1, column 16: unexpected end of JSON input"},
		{"a number where a path belongs", "{\"resources\": [\n  {\"path\": 7}]}",
			"scenario: line 2, column 12: resources[0].path must be a string, not a number"},
		{"a fraction where a whole number belongs", `{"resources":[{"path":"/a"},{"path":"/b","repeat":2.5}]}`,
			"scenario: line 1, column 51: resources[1].repeat must be a whole number, not 2.5"},
		{"a string where true or false belongs", `{"allowTrace":"yes"}`,
			"scenario: line 1, column 15: allowTrace must be true or false, not a string"},
		{"a list where an object belongs", `[]`, "scenario: line 1, column 1: the scenario must be an object, not an array"},
		{"an item that is not an object", `{"resources":[{"path":"/c","collection":{"items":["x"]}}]}`,
			"scenario: line 1, column 51: resources[0].collection.items[0] must be an object, not a string"},
		{"a password that is not a string", `{"resources":[{"path":"/p","auth":{"users":{"ann":1}}}]}`,
			"scenario: line 1, column 51: resources[0].auth.users.ann must be a string, not a number"},
		{"a number too large", `{"resources":[{"path":"/c","collection":{"items":[{"n":1e999}]}}]}`,
			"scenario: line 1, column 56: resources[0].collection.items[0]: the number 1e999 is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSite([]byte(tt.json))
			if err == nil || err.Error() != tt.want {
				t.Errorf("ParseSite(%s) = %v, want %s", tt.json, err, tt.want)
			}
		})
	}
}

// oldDecodeObject is decodeObject as it was written with encoding/json.
func oldDecodeObject(b []byte) (map[string]any, error) {
	if len(strings.TrimSpace(string(b))) == 0 {
		return nil, errors.New("the content is empty")
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	if v == nil {
		return nil, errors.New("null is not an object")
	}
	return v, nil
}

var objectBodies = []string{
	``, "  \n", `null`, `{}`, `{"name":"x","n":1.5,"tags":["a",{"b":null}],"ok":false}`, `{"a":1,"a":2}`,
	`[1]`, `"x"`, `1`, `true`, `{"a":1e999}`, `{"a":`, `{"a" 1}`, `{'a':1}`, `{"a":1}{}`, `{"a":tru}`,
	`{"name":"<b> & \u2028","id":12345678901234567890}`, "{\"a\":\"\xff\"}",
}

func TestCollectionContentIsReadAsEncodingJSONReadsIt(t *testing.T) {
	for _, body := range objectBodies {
		agreeOnObject(t, body)
	}
}

func agreeOnObject(t *testing.T, body string) {
	t.Helper()
	got, err := decodeObject([]byte(body))
	want, werr := oldDecodeObject([]byte(body))
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Fatalf("decodeObject(%q) error = %v, want %v", body, err, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeObject(%q) = %#v, want %#v", body, got, want)
	}
	if err != nil {
		return
	}
	wantJSON, _ := json.MarshalIndent(got, "", "  ")
	if gotJSON := encodeJSON(got); string(gotJSON) != string(wantJSON)+"\n" {
		t.Fatalf("encodeJSON(%q) =\n%s\nwant\n%s", body, gotJSON, wantJSON)
	}
}

func TestCollectionListingsAreWrittenAsMarshalIndentWritesThem(t *testing.T) {
	for _, name := range ScenarioNames() {
		s, _ := Scenario(name)
		for _, r := range s.Resources {
			if r.Collection == nil {
				continue
			}
			want, _ := json.MarshalIndent(r.Collection.Items, "", "  ")
			if got := encodeJSON(r.Collection.Items); string(got) != string(want)+"\n" {
				t.Errorf("encodeJSON(items of %s) =\n%s\nwant\n%s", r.Path, got, want)
			}
		}
	}
}

func FuzzScenarioJSON(f *testing.F) {
	for _, data := range siteCorpus() {
		f.Add(data)
	}
	for _, data := range badSites {
		f.Add(data)
	}
	for _, body := range objectBodies {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, data string) {
		agreeOnSite(t, data)
		agreeOnObject(t, data)
	})
}
