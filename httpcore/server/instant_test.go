package server

import (
	"testing"
	"time"
)

func TestInstantsCompareAsTimesDo(t *testing.T) {
	times := []time.Time{
		time.Unix(-5, 999999999),
		time.Unix(0, 0),
		time.Unix(0, 1),
		time.Unix(1544117838, 0),
		time.Unix(1544117838, 500000000),
		time.Unix(1544117839, 0),
		time.Date(2018, 12, 6, 18, 37, 18, 0, time.FixedZone("CET", 3600)),
	}
	for _, a := range times {
		for _, b := range times {
			if got, want := instantOf(a).after(instantOf(b)), a.After(b); got != want {
				t.Errorf("instantOf(%v).after(instantOf(%v)) = %v; want %v", a, b, got, want)
			}
		}
	}
}
