package dyad

import "testing"

func TestFirstDay(t *testing.T) {
	for in, want := range map[string]string{"2024-06-19": "2024-06-19", "2024-06": "2024-06-01", "2024": "2024-01-01",
		"2023-09/2024-09": "2023-09-01", "2024-W46": "2024-11-11", "2021-W01": "2021-01-04", "": "", "junk": "",
		"2023-13": "", "2024-02-30": "", "2024-02-29": "2024-02-29"} {
		if got := FirstDay(in); got != want {
			t.Errorf("FirstDay(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodes(t *testing.T) {
	for _, c := range []EventCode{"042", "1384", "20"} {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, c := range []EventCode{"", "4", "21", "0x2", "12345"} {
		if c.Validate() == nil {
			t.Errorf("%q validated", c)
		}
	}
	if EventCode("042").Quad() != 1 || EventCode("0871").Quad() != 2 || EventCode("129").Quad() != 3 || EventCode("190").Quad() != 4 {
		t.Error("quad classes")
	}
	if ActorCode("RUSGOV").Validate() != nil || ActorCode("RUSGO").Validate() == nil || ActorCode("rus").Validate() == nil {
		t.Error("actor codes")
	}
}

func TestScopeValidate(t *testing.T) {
	for _, s := range []Scope{"", ScopeAll, ScopeInternational, ScopeDomestic} {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, s := range []Scope{"national", "Domestic", " all"} {
		if err := s.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("scope %q: %v, want EINVALID", s, err)
		}
	}
}
