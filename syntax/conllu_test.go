package syntax

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

const sample = `# newdoc id = test
# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = 2
1	Sue	Sue	PROPN	NNP	_	2	nsubj	2:nsubj	_
2	likes	like	VERB	VBZ	_	0	root	0:root	_
3	coffee	coffee	NOUN	NN	_	2	obj	2:obj|4.1:obj	_
4	and	and	CCONJ	CC	_	5	cc	5:cc	_
4.1	likes	like	VERB	VBZ	_	_	_	2:conj:and	CopyOf=2
5	tea	tea	NOUN	NN	_	3	conj	3:conj:and	_
`

func TestReader(t *testing.T) {
	trees, err := NewReader(strings.NewReader(sample)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(trees) != 2 {
		t.Fatalf("%d sentences, want 2", len(trees))
	}
	tests := []struct {
		name   string
		got    Tree
		words  string
		heads  []int
		labels string
	}{
		// The multiword token "don't" gives way to its words "do" "n't".
		{"multiword token", trees[0], "I do n't know .", []int{3, 3, 3, -1, 3}, "nsubj aux advmod root punct"},
		// The empty node 4.1 is not a word.
		{"empty node", trees[1], "Sue likes coffee and tea", []int{1, -1, 1, 4, 2}, "nsubj root obj cc conj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(tt.got.Words, " "); got != tt.words {
				t.Errorf("words %q, want %q", got, tt.words)
			}
			if !slices.Equal(tt.got.Heads, tt.heads) {
				t.Errorf("heads %v, want %v", tt.got.Heads, tt.heads)
			}
			if got := strings.Join(tt.got.Labels, " "); got != tt.labels {
				t.Errorf("labels %q, want %q", got, tt.labels)
			}
			if err := tt.got.check(); err != nil {
				t.Errorf("not a tree: %v", err)
			}
		})
	}
	if trees[0].UPOS[2] != "PART" || trees[0].Root() != 3 || !slices.Equal(trees[1].Children(1), []int{0, 2}) {
		t.Errorf("tags %v, root %d, children of likes %v", trees[0].UPOS, trees[0].Root(), trees[1].Children(1))
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
	}{
		{"too few fields", "1\tI\tI\tPRON\n", 1},
		{"id out of order", "# c\n1\tI\t_\tPRON\t_\t_\t0\troot\t_\t_\n3\tgo\t_\tVERB\t_\t_\t1\tdep\t_\t_\n", 3},
		{"bad head", "1\tI\t_\tPRON\t_\t_\tx\troot\t_\t_\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.in)).Read()
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tt.line {
				t.Errorf("error %v, want one at line %d", err, tt.line)
			}
		})
	}
	// A bad sentence is reported, and the next one still read.
	r := NewReader(strings.NewReader("1\tI\n\n" + sample))
	if _, err := r.Read(); err == nil {
		t.Error("no error for a bad sentence")
	}
	if tr, err := r.Read(); err != nil || tr.Len() != 5 {
		t.Errorf("next sentence: %d words, %v", tr.Len(), err)
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	trees, _ := NewReader(strings.NewReader(sample)).ReadAll()
	var b bytes.Buffer
	for _, tr := range trees {
		if err := WriteCoNLLU(&b, tr, "sent_id = x", "text = a\nb"); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(b.String(), "# sent_id = x\n# text = a b\n1\tI\t_\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n") {
		t.Errorf("output starts %q", b.String()[:80])
	}
	r := NewReader(&b)
	for _, want := range trees {
		got, err := r.Read()
		if err != nil || !slices.Equal(got.Words, want.Words) || !slices.Equal(got.Heads, want.Heads) ||
			!slices.Equal(got.UPOS, want.UPOS) || !slices.Equal(got.XPOS, want.XPOS) || !slices.Equal(got.Labels, want.Labels) {
			t.Errorf("read back %+v, %v; want %+v", got, err, want)
		}
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("after the last sentence: %v", err)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		for range 1000 {
			tr, err := r.Read()
			if err == io.EOF {
				return
			}
			if err == nil && (len(tr.UPOS) != tr.Len() || len(tr.Heads) != tr.Len() || len(tr.Labels) != tr.Len()) {
				t.Fatalf("ragged tree %+v", tr)
			}
		}
	})
}
