package coder

import "github.com/dyadhq/dyad/text"

// What a proposal, a bill or a resolution "would" do is its terms, not an
// act anyone did: "rejected a peace plan that would require Kyiv to cede
// four regions" is the rejection alone, as "a resolution that would have
// condemned" is the veto alone; nobody has required anything.

// termsWould reports whether "would" at token k opens a relative clause on
// a noun ("a bill that would ban", "the accord, which would see"): "that"
// or "which" right before it, after a noun, not after a verb of saying
// ("said that would be a red line" reports a view).
func (s *sentence) termsWould(k int) bool {
	if k < 2 || s.toks[k].Lower != "would" {
		return false
	}
	rel := s.toks[k-1].Lower
	if rel != "that" && rel != "which" {
		return false
	}
	before := &s.toks[k-2]
	if rel == "which" && before.Text == "," && k >= 3 {
		before = &s.toks[k-3]
	}
	return before.Kind == text.Word && !reportVerbs[before.Lower] && !complementGovernors[before.Lower] && !pastForm(before)
}
