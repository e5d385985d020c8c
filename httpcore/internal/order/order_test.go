package order

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// item has a key to sort by and a tag that shows whether equal keys kept
// their order.
type item struct{ key, tag int }

func TestStableAgreesWithSortSliceStable(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	shapes := []struct {
		name string
		make func(n int) []item
	}{
		{"random keys with many ties", func(n int) []item {
			s := make([]item, n)
			for i := range s {
				s[i] = item{rnd.IntN(n/3 + 1), i}
			}
			return s
		}},
		{"already sorted", func(n int) []item {
			s := make([]item, n)
			for i := range s {
				s[i] = item{i, i}
			}
			return s
		}},
		{"reversed", func(n int) []item {
			s := make([]item, n)
			for i := range s {
				s[i] = item{n - i, i}
			}
			return s
		}},
		{"all equal", func(n int) []item {
			s := make([]item, n)
			for i := range s {
				s[i] = item{7, i}
			}
			return s
		}},
	}
	for _, sh := range shapes {
		for _, n := range []int{0, 1, 2, 3, 12, 13, 100, 1000, 4097} {
			t.Run(sh.name, func(t *testing.T) {
				got := sh.make(n)
				want := slices.Clone(got)
				Stable(len(got), func(i, j int) bool { return got[i].key < got[j].key }, func(i, j int) { got[i], got[j] = got[j], got[i] })
				sort.SliceStable(want, func(i, j int) bool { return want[i].key < want[j].key })
				if !slices.Equal(got, want) {
					t.Errorf("%d items: Stable gave a different order from sort.SliceStable", n)
				}
			})
		}
	}
}

func TestStringsAgreesWithSortStrings(t *testing.T) {
	in := []string{"Vary", "accept", "Accept", "", "b", "a", "Accept", "ü", "z", "aa"}
	got, want := slices.Clone(in), slices.Clone(in)
	Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("Strings(%q) = %q; want %q", in, got, want)
	}
}

func BenchmarkStable(b *testing.B) {
	rnd := rand.New(rand.NewPCG(5, 6))
	base := make([]int, 10000)
	for i := range base {
		base[i] = rnd.IntN(1000)
	}
	s := make([]int, len(base))
	for b.Loop() {
		copy(s, base)
		Stable(len(s), func(i, j int) bool { return s[i] < s[j] }, func(i, j int) { s[i], s[j] = s[j], s[i] })
	}
}
