package coder

// subReport returns the token of the subordinator that opens the clause of
// the report xs dates ("after the prime minister announced on Thursday that
// ..."), or -1 when the report is the sentence's own. A report told as
// what came before or after is no report of the acts around it: "police
// used water cannon overnight, after the prime minister announced on
// Thursday that talks were suspended" tells a night of Thursday to Friday,
// not the night before Thursday (POLICY §19).
func (s *sentence) subReport(x *timex) int {
	v := -1
	for k := x.pos - 1; k >= 0 && k >= x.pos-4; k-- {
		if reportWords[s.toks[k].Lower] {
			v = k
			break
		}
	}
	for k := v - 1; v > 0 && k >= 0 && k >= v-8; k-- {
		w := s.toks[k].Lower
		if w == "," || w == ";" || w == "that" || w == "and" {
			return -1
		}
		if reportOpeners[w] {
			return k
		}
	}
	return -1
}

// reportOpeners open a clause that tells another time than the report's.
var reportOpeners = set(`after before since because until`)

// mainReport returns the report of the sentence that is no subordinate
// clause's, or nil; and the opener of a subordinate report it passed over,
// or -1.
func (s *sentence) mainReport(xs []timex) (*timex, int) {
	sub := -1
	for k := range xs {
		if !xs[k].report {
			continue
		}
		if o := s.subReport(&xs[k]); o >= 0 {
			if sub < 0 {
				sub = o
			}
			continue
		}
		return &xs[k], sub
	}
	return nil, sub
}

// subReportOver returns the index in xs of a report in a subordinate
// clause ("after the prime minister announced on Thursday that ...") that
// the act at token a is told in, unless the act's own time xs[best] stands
// within that clause, or -1: what the clause reports was done by the
// report's day, not at the time of the acts before it.
func (s *sentence) subReportOver(xs []timex, best, a int) int {
	for k := range xs {
		x := &xs[k]
		if !x.report {
			continue
		}
		o := s.subReport(x)
		if o < 0 || o >= a || best >= 0 && xs[best].pos > o && best != k {
			continue
		}
		told := true
		for j := o + 1; j < a; j++ {
			told = told && s.toks[j].Lower != ","
		}
		if told {
			return k
		}
	}
	return -1
}
