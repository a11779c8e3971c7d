package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// prefilterSentences are the sentences the prefilter tests and benchmark
// read: the synthetic wire text of BenchmarkCode and the news of the
// first three gold sets, as BenchmarkCodeNews reads them.
func prefilterSentences(tb testing.TB, synthetic int) []string {
	out := synth.Sentences(synthetic)
	for _, d := range newsDocs(tb) {
		for _, sp := range Sentences(d.Text) {
			out = append(out, d.Text[sp[0]:sp[1]])
		}
	}
	return out
}

// lexedSentence is a sentence's working state as Code builds it, before
// its patterns are matched.
func lexedSentence(c *Coder, sent string) *sentence {
	toks := text.Tokenize(sent, 0)
	c.lx.Lemmatize(toks)
	c.recase(toks)
	pre := lex(toks)
	return newSentence(c.lx, toks, c.mentions(toks, pre, "2024-11-15", newDocCtx(dyad.Document{Date: "2024-11-15"})), pre)
}

// candidates are the patterns and frames indexed at token t.
func candidates(lx *lexicon.Lexicon, tok *text.Token) []*lexicon.Pattern {
	ps := append(append([]*lexicon.Pattern(nil), lx.PatternsAt(tok.Lemma)...), lx.FramesAt(tok.Lemma)...)
	if tok.Lower != tok.Lemma {
		ps = append(ps, lx.PatternsAt(tok.Lower)...)
	}
	return ps
}

// mayMatch only spares matchAt patterns that cannot match: every pattern
// it rejects at a token fails there when tried, on synthetic and news
// sentences alike, so the prefilter changes no output.
func TestMayMatchSound(t *testing.T) {
	c := testCoder(t)
	rejected := 0
	eachToken(t, c, func(sent string, s *sentence, i int) {
		for _, p := range candidates(c.lx, &s.toks[i]) {
			if s.mayMatch(p, i) {
				continue
			}
			rejected++
			if m, ok := s.tryAt(p, i); ok {
				t.Errorf("%q: the prefilter rejects %s:%d (%s) at %q, which matches %v", sent, p.File, p.Line, p.Text, s.toks[i].Text, m.words)
			}
		}
	})
	if rejected == 0 {
		t.Error("the prefilter rejected nothing")
	}
}

// The Prefilters matchAll tests first reject no pattern that mayMatch
// accepts: they are only the first of its tests, made apart from the
// pattern, so they change no output.
func TestPrefiltersWithinMayMatch(t *testing.T) {
	c := testCoder(t)
	rejected := 0
	eachToken(t, c, func(sent string, s *sentence, i int) {
		rest := &s.after[min(i+1, len(s.toks))]
		for _, w := range []string{s.toks[i].Lemma, s.toks[i].Lower} {
			pres := c.lx.PrefiltersAt(w)
			for k, p := range c.lx.PatternsAt(w) {
				switch may := s.mayMatch(p, i); {
				case may && !pres[k].May(rest):
					t.Errorf("%q: the Prefilter of %s:%d (%s) rejects it at %q, which mayMatch accepts", sent, p.File, p.Line, p.Text, s.toks[i].Text)
				case !may && !pres[k].May(rest):
					rejected++
				}
			}
		}
	})
	if rejected == 0 {
		t.Error("the Prefilters rejected nothing")
	}
}

// eachToken calls f at every token of the prefilter tests' sentences,
// each lexed as the coder lexes it.
func eachToken(t *testing.T, c *Coder, f func(sent string, s *sentence, i int)) {
	for _, sent := range prefilterSentences(t, 2000) {
		s := lexedSentence(c, sent)
		for i := range s.toks {
			f(sent, s, i)
		}
		s.release()
	}
}

// BenchmarkMatches measures matching the dictionary's patterns alone, the
// part of coding the prefilter speeds, on synthetic and news sentences.
func BenchmarkMatches(b *testing.B) {
	c := testCoder(b)
	var ss []*sentence
	for _, sent := range prefilterSentences(b, 2000) {
		ss = append(ss, lexedSentence(c, sent)) // kept, not released: each has its own storage
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := ss[i%len(ss)]
		clear(s.classes)
		s.matches(c.lx)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
