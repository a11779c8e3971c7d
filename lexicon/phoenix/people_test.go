package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPersonCase(t *testing.T) {
	tests := []struct {
		in       string
		syllabic bool
		want     string
	}{
		{"VLADIMIR V. PUTIN", false, "Vladimir V. Putin"},
		{"BASHAR AL-ASSAD", false, "Bashar al-Assad"},
		{"ABU MOHAMMAD AL JAWLANI", false, "Abu Mohammad al Jawlani"},
		{"AL-SISI", false, "al-Sisi"}, // a particle: lower case, it matches any case
		{"JOHN J. MCCLOY", false, "John J. McCloy"},
		{"ABDULLAH II", false, "Abdullah II"},
		{"BAN KI-MOON", true, "Ban Ki-moon"},
		{"JEAN-CLAUDE JUNCKER", false, "Jean-Claude Juncker"},
		{"LUIZ INACIO LULA DA SILVA", false, "Luiz Inacio Lula da Silva"},
		{"MICHAEL O'KENNEDY", false, "Michael O'Kennedy"},
		{"R.K. PACHAURI", false, "R.K. Pachauri"},
		{"MANFRED WÖRNER", false, "Manfred Wörner"},
		{"ALEXANDER M. HAIG JR.", false, "Alexander M. Haig Jr."},
	}
	for _, tt := range tests {
		if got := (casing{syllabic: tt.syllabic}).name(strings.Fields(tt.in)); got != tt.want {
			t.Errorf("name(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonNames(t *testing.T) {
	c := newConverter(load(t))
	tests := []struct {
		in   string
		want []string
	}{
		{"VLADIMIR_PUTIN_", []string{"Vladimir Putin"}},
		{"PRESIDENT_VLADIMIR_PUTIN_", []string{"Vladimir Putin"}},
		{"RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN", []string{"Vladimir V. Putin"}},
		{"PRIME_MINISTER_PUTIN_", []string{"Putin"}},
		{"SECRETARY_OF_STATE_HENRY_A._KISSINGER", []string{"Henry A. Kissinger"}},
		{"SECRETARY_OF_THE_ARMY_CYRUS_R._VANCE", []string{"Cyrus R. Vance"}},
		{"FORMER_SOVIET_LEADER_MIKHAIL_GORBACHEV", []string{"Mikhail Gorbachev"}},
		{"KING_ABDULLAH", []string{"King Abdullah"}},                     // a title that is part of the name
		{"SIR_MILO_BUTLER_", []string{"Sir Milo Butler", "Milo Butler"}}, // both ways
		{"TZIPORA_\"TZIPI\"_LIVNI", []string{"Tzipora Livni", "Tzipi Livni"}},
		{"STANKO_TODOROV_(ACTING", []string{"Stanko Todorov"}},
		{"JOHN_ROLAND_ROBINSON,_BARON_MARTONMERE", []string{"John Roland Robinson"}},
		{"THE_OBAMA_ADMINISTRATION", nil},
		{"ANTHONY_CROSLAND,_THEN_DAVID_OWEN_", nil},
		{"JAMES_A._BAKER_3D", nil},
		{"SECRETARY_GENERAL", nil},
		{"FOREIGN_MINISTER", nil},
	}
	for _, tt := range tests {
		got := c.personNames(tt.in, casing{})
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("personNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A small Countries file through the whole conversion: who is a person,
// which names and roles are kept, and how the team's people and Phoenix's
// namesakes are handled.
func TestConvertPeople(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Phoenix.MilNonState.actors.txt", "# none\n")
	write("Phoenix.International.actors.txt", `QWERT_ZORBANSKI_	[IGOUNO 820101-911231] [ELI]
`)
	write("Phoenix.Countries.actors.txt", `ZYXLAND_ [RUS]
+ZYXLANDIAN_
	[USRRUS <911225]
VLADIMIR_PUTIN_  # the team's person: left out whole
+PRESIDENT_PUTIN_
	[RUSGOV >20000507]
	[RUSELI]
GEORGE_BUSH_
+PRESIDENT_BUSH
+GEORGE_H._W._BUSH
+PRESIDENT_GEORGE_BUSH
	[USAGOV 890120-930120]
	[USAELI]
GEORGE_W._BUSH_
+PRESIDENT_BUSH_
+PRESIDENT_GEORGE_BUSH_
	[USAGOV 20010120-20090120]
LEONID_QUIRKOV_
LEONID_ILYICH_QUIRKOV
SOVIET_LEADER_LEONID_QUIRKOV
	[RUSELI 19240101-641014]
	[RUSGOV 641014-821110]
BORIS_BLUMQUIST_
+MINISTER_BLUMQUIST
	[SWEGOVAGR 030101-041231]
BORIS_BLUMQUIST_
	[SWEGOV >20050101]
KINAKUTA_MAN_
	[KNTGOV 830101-850630]
ABDUL_ZORBA_
	[AFGGOV <100201]
MAY_
+THERESA_MAY_
	[GBRGOV 20160713-20190724]
`)
	res, err := convert(load(t), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := res.people[strings.Index(res.people, "\nperson"):]
	for _, block := range []string{
		// George H. W. Bush: "George Bush" and "Bush" name two people
		// (reviewed: twoPeople); George W. Bush is the team's
		"person George H. W. Bush  # line 8\n  names: George H. W. Bush\n  role: USAGOV 1989-01-20 1993-01-20\n",
		// codeless primaries share the next entry's codes; YYMMDD dates
		"person Leonid Quirkov  # line 18\n  names: Leonid Quirkov; Leonid Ilyich Quirkov\n  role: RUSELI 1924-01-01 1964-10-14\n  role: RUSGOV 1964-10-14 1982-11-10\n",
		// listed twice: merged; an open role ends when the file was made
		"person Boris Blumquist  # line 23\n  names: Boris Blumquist; Blumquist\n  role: SWEGOVAGR 2003-01-01 2004-12-31\n  role: SWEGOV 2005-01-01 2014-01-30\n",
		"person Qwert Zorbanski  # line 1\n  names: Qwert Zorbanski\n  role: IGOUNO 1982-01-01 1991-12-31\n",
	} {
		if !strings.Contains(got, block) {
			t.Errorf("missing block:\n%s\nin:%s", block, got)
		}
	}
	for _, gone := range []string{
		"Zyxland",        // a state with dated codes
		"Putin",          // the team's
		"George W. Bush", // the team's
		"Bush;",          // two people's surname
		"Kinakuta",       // fictional
		"Abdul Zorba",    // no start date
		"Theresa May",    // the team's Theresa May
		"names: May",     // a common word
	} {
		if strings.Contains(got, gone) {
			t.Errorf("%q should have been left out:\n%s", gone, got)
		}
	}
	if res.stats.People != 4 {
		t.Errorf("%d people, want 4:\n%s", res.stats.People, got)
	}
}
