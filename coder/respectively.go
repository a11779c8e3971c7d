package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// respectively gives the events of one act on a list of parties, in the
// list's order, the amounts listed before "respectively": "Italy and Spain
// expelled 30 and 25 Russian diplomats respectively".
func respectively(s *sentence, ps []proto) []proto {
	r := slices.IndexFunc(s.toks, func(t text.Token) bool { return t.Lower == "respectively" })
	if r < 0 {
		return ps
	}
	var nums []int
	for k := r - 1; k >= 0 && k >= r-16; k-- {
		t := s.toks[k]
		if t.Kind == text.Number && !isYear(t) {
			nums = append([]int{k}, nums...)
		}
		if t.Lower == ";" || s.in[k] >= 0 && len(nums) > 0 {
			break
		}
	}
	if len(nums) < 2 {
		return ps
	}
	var at []int // the events of the act before the numbers, in the order of their sources
	for i, p := range ps {
		if len(p.words) > 0 && p.words[0] < nums[0] && nums[0]-p.words[0] <= 6 && p.amount == 0 {
			at = append(at, i)
		}
	}
	srcs := map[string]bool{}
	for _, i := range at {
		srcs[ps[i].src.code] = true
	}
	if len(srcs) != len(nums) || len(at) != len(nums) {
		return ps
	}
	for n, i := range at {
		ps[i].amount = nums[n] + 1
	}
	return ps
}
