package server

import (
	"bytes"
	"testing"
)

func TestReadyMadeScenarios(t *testing.T) {
	tests := []struct {
		name, input string
		want        []int
	}{
		{"seeds", get("/index.html"), []int{200}},
		{"maintenance", get("/index.html"), []int{503}},
		{"hardened", rq("", "TRACE / HTTP/1.1", "Host: x"), []int{405}},
		{"hardened", get("/index.html") + get("/index.css") + get("/image/logo.png") + get("/"), []int{200, 200, 200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site, ok := Scenario(tt.name)
			if !ok {
				t.Fatalf("no scenario %q", tt.name)
			}
			var got []int
			for _, ex := range New(site, goldenClock).Simulate([]byte(tt.input)).Exchanges {
				got = append(got, ex.Response.Status)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("statuses %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("statuses %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestEveryScenarioRoundTripsThroughJSON(t *testing.T) {
	for _, name := range ScenarioNames() {
		site, _ := Scenario(name)
		again, err := ParseSite(site.JSON())
		if err != nil {
			t.Errorf("%s: its own JSON does not parse: %v", name, err)
			continue
		}
		if !bytes.Equal(again.JSON(), site.JSON()) {
			t.Errorf("%s: JSON, parse, JSON is not stable", name)
		}
	}
	if _, ok := Scenario("nope"); ok {
		t.Errorf("an unknown scenario name was found")
	}
}
