package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// A Model is a tagger and a parser trained together. It is safe for
// concurrent use.
type Model struct {
	Tagger *Tagger
	Parser *Parser
}

// Parse tags and parses one sentence of tokenized words. A sentence with
// no finite verb has its first participle read as a past tense (VBD) when
// no verb comes before it.
func (m *Model) Parse(words []string) Tree {
	upos, xpos := m.Tagger.Tag(words)
	finite(upos, xpos)
	heads, labels := m.Parser.Parse(words, upos, xpos)
	return Tree{Words: words, UPOS: upos, XPOS: xpos, Heads: heads, Labels: labels}
}

//go:embed model.bin
var embedded []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, errors.New("syntax: no model embedded (train one: go run ./syntax/train)")
	}
	m, err := Decode(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model (model.bin, trained on the Universal
// Dependencies English Web Treebank; see README.md beside it), decoded on
// first use.
func Default() (*Model, error) { return loadDefault() }

// Parse tags and parses words with the embedded model. It panics if the
// embedded model cannot be decoded, which the package's tests rule out.
func Parse(words []string) Tree {
	m, err := Default()
	if err != nil {
		panic(err)
	}
	return m.Parse(words)
}

const magic = "dyad syntax model 1\n"

// The model file is gzip-compressed: the magic line; the UPOS and the XPOS
// tag models, each its tag names (a count, then length-prefixed strings),
// its dictionary (a count, then each word and its tag number) and its
// weights; then the parser's labels, the number of the root label and its
// weights.

// Encode writes m in the format Decode reads.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := encoder{w: bufio.NewWriter(zw)}
	e.w.WriteString(magic)
	for _, t := range []*tagModel{m.Tagger.upos, m.Tagger.xpos} {
		e.strings(t.names)
		words := make([]string, 0, len(t.dict))
		for w := range t.dict {
			words = append(words, w)
		}
		slices.Sort(words)
		e.uint(len(words))
		for _, w := range words {
			e.string(w)
			e.w.WriteByte(t.dict[w])
		}
		t.w.encode(e.w)
	}
	e.strings(m.Parser.labels)
	e.uint(m.Parser.root)
	m.Parser.w.encode(e.w)
	if err := e.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(x int)      { e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], uint64(x))]) }
func (e *encoder) string(s string) { e.uint(len(s)); e.w.WriteString(s) }
func (e *encoder) strings(ss []string) {
	e.uint(len(ss))
	for _, s := range ss {
		e.string(s)
	}
}

// Decode reads a model that Encode wrote.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	d := decoder{r: bufio.NewReader(zr)}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, head); err != nil || string(head) != magic {
		return nil, errors.New("not a dyad syntax model")
	}
	var tagger Tagger
	for _, t := range []**tagModel{&tagger.upos, &tagger.xpos} {
		m := &tagModel{names: d.strings(maxClasses)}
		n := d.uint(1 << 24)
		m.dict = make(map[string]uint8, n)
		for range n {
			w := d.string()
			c, err := d.r.ReadByte()
			if d.err == nil && (err != nil || int(c) >= len(m.names)) {
				d.err = orErr(err, fmt.Errorf("tag %d of %d", c, len(m.names)))
			}
			m.dict[w] = c
		}
		if m.w = d.weights(len(m.names)); d.err != nil {
			return nil, fmt.Errorf("model tagger: %w", d.err)
		}
		*t = m
	}
	p := &Parser{labels: d.strings((maxClasses - 1) / 2)}
	p.root = d.uint(len(p.labels) - 1)
	p.w = d.weights(1 + 2*len(p.labels))
	if d.err != nil {
		return nil, fmt.Errorf("model parser: %w", d.err)
	}
	return &Model{Tagger: &tagger, Parser: p}, nil
}

// decoder reads what encoder wrote; its first error sticks.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(err error) {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if d.err == nil {
		d.err = err
	}
}

// uint reads a number no greater than max.
func (d *decoder) uint(max int) int {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err == nil && x > uint64(max) {
		err = fmt.Errorf("number %d out of range", x)
	}
	if err != nil {
		d.fail(err)
		return 0
	}
	return int(x)
}

func (d *decoder) string() string {
	b := make([]byte, d.uint(1<<16))
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
	}
	return string(b)
}

// strings reads a list of 1 to max strings.
func (d *decoder) strings(max int) []string {
	n := d.uint(max)
	if n == 0 {
		d.fail(errors.New("an empty list"))
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

// weights reads a table of nclass classes.
func (d *decoder) weights(nclass int) *weights {
	if d.err != nil {
		return nil
	}
	w, err := decodeWeights(d.r)
	if err == nil && w.nclass != nclass {
		err = fmt.Errorf("%d classes, want %d", w.nclass, nclass)
	}
	if err != nil {
		d.fail(err)
	}
	return w
}

// orErr returns err if it is not nil, else alt.
func orErr(err, alt error) error {
	if err != nil {
		return err
	}
	return alt
}
