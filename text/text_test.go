package text

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Russia vetoed. China abstained.", []string{"Russia vetoed.", "China abstained."}},
		{"initialism mid-sentence", "The U.S. and U.N. officials met. They agreed.", []string{"The U.S. and U.N. officials met.", "They agreed."}},
		{"initialism ends sentence", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"title", "Gen. Smith spoke. Mr. Lee left.", []string{"Gen. Smith spoke.", "Mr. Lee left."}},
		{"initial", "George W. Bush met Putin.", []string{"George W. Bush met Putin."}},
		{"month abbreviation", "On Jan. 5 the talks began. They ended.", []string{"On Jan. 5 the talks began.", "They ended."}},
		{"decimal", "Trade rose 1.5 percent. Exports fell.", []string{"Trade rose 1.5 percent.", "Exports fell."}},
		{"quote", `"We will respond," he said. Seoul agreed.`, []string{`"We will respond," he said.`, "Seoul agreed."}},
		{"closing quote", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"question", "Will Moscow respond? Nobody knows!", []string{"Will Moscow respond?", "Nobody knows!"}},
		{"lower case after dot", "He visited the U.S. in June.", []string{"He visited the U.S. in June."}},
		{"blank line", "Headline without stop\n\nBody starts here.", []string{"Headline without stop", "Body starts here."}},
		{"single newline is space", "A long sentence\nwrapped over lines.", []string{"A long sentence\nwrapped over lines."}},
		{"no final stop", "Views are personal", []string{"Views are personal"}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp[0]:sp[1]])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Russia’s invasion", "Russia|’s|invasion"},
		{"didn't sign", "did|n't|sign"},
		{"16,500 containers, 1.5 km", "16,500|containers|,|1.5|km"},
		{"the U.S.-led coalition", "the|U.S.|-|led|coalition"},
		{"Kim Jong-un", "Kim|Jong|-|un"},
		{"D.P.R.K. envoy", "D.P.R.K.|envoy"},
		{"the allies' talks", "the|allies|'|talks"},
		{"Sudan ’s army", "Sudan|’s|army"},                 // a possessive written apart, as pre-tokenized text has it
		{"Libya 's government", "Libya|'s|government"},     // the same with a straight apostrophe
		{"called it 'sabotage'", "called|it|'|sabotage|'"}, // guard: a quote that begins with s
		{"( 's )", "(|'|s|)"},                              // guard: no word before it
		{"(NATO)", "(|NATO|)"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in, 0) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

// Every token's offsets point at its own text, wherever the sentence starts.
func TestTokenOffsets(t *testing.T) {
	doc := "Preface. The Russian president, Vladimir Putin, visited Pyongyang’s airport on 19 June — a first since 2000."
	for _, sp := range Sentences(doc) {
		for _, tok := range Tokenize(doc[sp[0]:sp[1]], sp[0]) {
			if doc[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at [%d,%d) reads %q", tok.Text, tok.Start, tok.End, doc[tok.Start:tok.End])
			}
		}
	}
}

func TestTokenCase(t *testing.T) {
	toks := Tokenize("US NATO us Russia", 0)
	want := []struct{ upper, cap bool }{{true, true}, {true, true}, {false, false}, {false, true}}
	for i, w := range want {
		if toks[i].Upper != w.upper || toks[i].Cap != w.cap {
			t.Errorf("%q: Upper=%v Cap=%v, want %v %v", toks[i].Text, toks[i].Upper, toks[i].Cap, w.upper, w.cap)
		}
	}
	if toks[0].Lower != "us" || Fold("Russia’s “West” — ok") != "russia's \"west\" - ok" {
		t.Errorf("folding: %q, %q", toks[0].Lower, Fold("Russia’s “West” — ok"))
	}
}

func TestLemma(t *testing.T) {
	l := Lemmatizer{Known: map[string]bool{"visit": true, "sign": true, "treaty": true, "veto": true, "stop": true,
		"arm": true, "supply": true, "force": true, "meet": true, "use": true, "cancel": true}}
	for in, want := range map[string]string{
		"visited": "visit", "visits": "visit", "visiting": "visit", "signed": "sign", "treaties": "treaty",
		"vetoed": "veto", "vetoing": "veto", "vetoes": "veto", "stopped": "stop", "arms": "arm", "supplied": "supply",
		"forces": "force", "met": "meet", "used": "use", "cancelled": "cancel", "went": "go", "unknownword": "unknownword",
	} {
		if got := l.Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

// A past form the dictionary spells out is still its verb's: "denied" is
// "deny" even when a pattern writes "denied", unless it is kept ("armed");
// likewise a plural is its singular's ("talks"), unless kept ("news").
func TestLemmaKnownPast(t *testing.T) {
	l := Lemmatizer{Known: map[string]bool{"deny": true, "denied": true, "fire": true, "fired": true, "arm": true,
		"armed": true, "need": true, "united": true, "refuge": true, "refugee": true, "tax": true, "us": true, "use": true, "sever": true, "severe": true, "soldier": true, "soldiers": true, "talk": true, "talks": true, "new": true, "news": true, "consider": true, "considering": true, "will": true, "willing": true},
		Keep: map[string]bool{"armed": true, "willing": true, "soldier": true, "news": true}}
	for in, want := range map[string]string{
		"denied": "deny", "fired": "fire", "armed": "armed", "need": "need", "united": "united", "firing": "fire",
		"considering": "consider", "willing": "willing", "refugees": "refugee", "taxes": "tax", "used": "use", "severed": "sever", "soldiers": "soldier", "talks": "talk", "news": "news",
	} {
		if got := l.Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("The U.S. and U.N. met. Gen. Smith's men didn't go.\n\nNew para")
	f.Add("\xff\xfe. A.B.C. 1.2.3 ...")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range Sentences(s) {
			if sp[0] < last || sp[1] < sp[0] || sp[1] > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, last, s)
			}
			last = sp[1]
			for _, tok := range Tokenize(s[sp[0]:sp[1]], sp[0]) {
				if tok.Start < sp[0] || tok.End > sp[1] || tok.Start >= tok.End {
					t.Fatalf("bad token %+v in span %v", tok, sp)
				}
			}
		}
	})
}

// TestVerbForm checks the forms a class of nouns does not match: a past or
// a past participle, regular or irregular; not the word itself, a plural or
// a form in -ing, which is often a noun.
func TestVerbForm(t *testing.T) {
	for _, c := range []struct {
		w, lemma string
		want     bool
	}{
		{"granted", "grant", true}, {"funded", "fund", true}, {"shelled", "shell", true},
		{"struck", "strike", true}, {"given", "give", true},
		{"grant", "grant", false}, {"grants", "grant", false}, {"men", "man", false},
		{"bombing", "bomb", false}, {"funding", "fund", false}, {"need", "need", false},
	} {
		if got := VerbForm(c.w, c.lemma); got != c.want {
			t.Errorf("VerbForm(%q, %q) = %v, want %v", c.w, c.lemma, got, c.want)
		}
	}
}

// TestFoldAccents: accented Latin letters fold to their plain forms, so a
// name written either way is one name; other scripts are left as they are.
func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{
		"Añez": "anez", "Nicolás": "nicolas", "Erdoğan": "erdogan", "Kraków": "krakow", "Šiauliai": "siauliai",
		"Türkiye": "turkiye", "Łódź": "lodz", "Москва": "москва", "Plain": "plain",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
