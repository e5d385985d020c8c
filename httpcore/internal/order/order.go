// Package order sorts without packages sort and slices, whose sorting code
// (pattern-defeating quicksort, symmerge, one copy per element type) is large
// in the browser module. One small stable sort serves every caller: it merge
// sorts the positions, comparing them with the caller's less, then moves the
// elements into place with the caller's swap, in O(n log n) comparisons and
// fewer than n swaps.
package order

// Stable sorts the n elements of a collection so that less holds between
// neighbours, keeping equal elements in their order. less(i, j) compares the
// elements at positions i and j; swap(i, j) exchanges them.
func Stable(n int, less func(i, j int) bool, swap func(i, j int)) {
	if n < 2 {
		return
	}
	// perm[k] is the position, before sorting, of the element that belongs
	// at k
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	mergeSort(perm, make([]int, n), less)
	// Follow each cycle of the permutation, swapping each element into its
	// place.
	for i := range perm {
		cur := i
		for {
			next := perm[cur]
			perm[cur] = cur
			if next == i {
				break
			}
			swap(cur, next)
			cur = next
		}
	}
}

// mergeSort sorts the positions in p by less, stably, using buf (as long as
// p) for merging.
func mergeSort(p, buf []int, less func(i, j int) bool) {
	if len(p) <= 12 {
		for i := 1; i < len(p); i++ {
			for j := i; j > 0 && less(p[j], p[j-1]); j-- {
				p[j], p[j-1] = p[j-1], p[j]
			}
		}
		return
	}
	m := len(p) / 2
	mergeSort(p[:m], buf[:m], less)
	mergeSort(p[m:], buf[m:], less)
	copy(buf, p)
	i, j, k := 0, m, 0
	for i < m && j < len(p) {
		// take from the right only when strictly less: stability
		if less(buf[j], buf[i]) {
			p[k] = buf[j]
			j++
		} else {
			p[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(p[k:], buf[i:m])
	copy(p[k:], buf[j:len(p)])
}

// Strings sorts s in increasing byte order.
func Strings(s []string) {
	Stable(len(s), func(i, j int) bool { return s[i] < s[j] }, func(i, j int) { s[i], s[j] = s[j], s[i] })
}
