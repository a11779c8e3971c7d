package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"
)

// Config sets how Train trains. Training is deterministic: the same
// treebank and Config give the same model, byte for byte.
type Config struct {
	TaggerEpochs int     // passes of the tagger over the training sentences
	ParserEpochs int     // passes of the parser
	Folds        int     // the parser trains on tags from taggers trained on the other folds (jackknifing); 1 for gold tags
	Explore      float64 // from the second parser epoch, how often the parser follows its own wrong move
	// Pruning keeps a model small and fast: the averaged weights below
	// the threshold are dropped, halfway through the tagger's epochs and
	// Retrain epochs before the end of the parser's, and the rest train
	// on without them.
	TaggerPrune, ParserPrune float64
	Retrain                  int
	Seed                     uint64 // for the order of sentences and exploration
	Log                      io.Writer
}

// DefaultConfig is the configuration the embedded model was trained with.
func DefaultConfig() Config {
	return Config{TaggerEpochs: 8, ParserEpochs: 15, Folds: 5, Explore: 0.9,
		TaggerPrune: 0.5, ParserPrune: 2, Retrain: 4, Seed: 1, Log: io.Discard}
}

// Train trains a tagger and a parser on train, reporting scores on dev
// (which may be empty) after every epoch to cfg.Log.
func Train(train, dev []Tree, cfg Config) (*Model, error) {
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	train = slices.Clone(train)
	for i, t := range train {
		if err := t.check(); err != nil {
			return nil, fmt.Errorf("training sentence %d: %w", i+1, err)
		}
		if t.XPOS == nil { // a treebank without XPOS: one tag, "_"
			train[i].XPOS = slices.Repeat([]string{"_"}, t.Len())
		}
	}
	start := time.Now()
	tagger := trainTagger(train, dev, cfg, cfg.Log)
	fmt.Fprintf(cfg.Log, "tagger trained in %v\n", time.Since(start).Round(time.Second))

	trainTags := jackknife(train, cfg)
	devTags := make([]tagged, len(dev))
	for i, t := range dev {
		devTags[i].upos, devTags[i].xpos = tagger.Tag(t.Words)
	}
	start = time.Now()
	parser, err := trainParser(train, trainTags, dev, devTags, cfg)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.Log, "parser trained in %v\n", time.Since(start).Round(time.Second))
	return &Model{Tagger: tagger, Parser: parser}, nil
}

// tagged holds the tags of one sentence.
type tagged struct{ upos, xpos []string }

// trainTagger trains the UPOS and XPOS models of a tagger for
// cfg.TaggerEpochs passes over train.
func trainTagger(train, dev []Tree, cfg Config, log io.Writer) *Tagger {
	seen := map[string]bool{}
	var xpos []string
	for _, t := range train {
		for _, x := range t.XPOS {
			if !seen[x] {
				seen[x] = true
				xpos = append(xpos, x)
			}
		}
	}
	slices.Sort(xpos)
	if len(xpos) > maxClasses {
		xpos = xpos[:maxClasses] // the rest are never predicted
	}
	return &Tagger{
		upos: trainTagModel(train, dev, uposTags, func(t Tree) []string { return t.UPOS }, cfg, log, "UPOS"),
		xpos: trainTagModel(train, dev, xpos, func(t Tree) []string { return t.XPOS }, cfg, log, "XPOS"),
	}
}

// tagDict returns the words seen at least 20 times with the same tag at
// least 97% of the time (as Honnibal's tagger does), which the tagger tags
// without scoring.
func tagDict(train []Tree, tags func(Tree) []string, index map[string]int) map[string]uint8 {
	counts := map[string][]int{}
	for _, t := range train {
		for i, w := range t.Words {
			c := counts[w]
			if c == nil {
				c = make([]int, len(index))
				counts[w] = c
			}
			if k, ok := index[tags(t)[i]]; ok {
				c[k]++
			}
		}
	}
	dict := map[string]uint8{}
	for w, c := range counts {
		total, best := 0, 0
		for k, n := range c {
			total += n
			if n > c[best] {
				best = k
			}
		}
		if total >= 20 && float64(c[best]) >= 0.97*float64(total) {
			dict[w] = uint8(best)
		}
	}
	return dict
}

// trainTagModel trains the model of the tags names that tags gives.
func trainTagModel(train, dev []Tree, names []string, tags func(Tree) []string, cfg Config, log io.Writer, what string) *tagModel {
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	m := &tagModel{names: names, dict: tagDict(train, tags, index)}
	p := newPerceptron(len(names))
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var scores [maxClasses]int32
	feats := make([]uint32, 0, 40)
	for epoch := 1; epoch <= cfg.TaggerEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			t := train[k]
			ws := make([]word, len(t.Words))
			for i, w := range t.Words {
				ws[i] = newWord(w, i)
			}
			prev, prev2 := noTag, noTag
			for i, w := range t.Words {
				gold, ok := index[tags(t)[i]]
				tag, known := m.dict[w]
				c := int(tag)
				if !known {
					feats = tagFeatures(feats[:0], ws, i, prev, prev2)
					p.score(feats, scores[:len(names)])
					c = argmax(scores[:len(names)])
					if ok {
						p.update(feats, gold, c)
					}
					p.tick()
				}
				if c == gold {
					right++
				}
				total++
				prev2, prev = prev, c
			}
		}
		if cfg.TaggerPrune > 0 && epoch == max(1, cfg.TaggerEpochs/2) {
			n := len(p.rows)
			p.prune(cfg.TaggerPrune)
			fmt.Fprintf(log, "%s tagger: kept %d of %d features\n", what, len(p.rows), n)
		}
		if len(dev) > 0 {
			m.w = p.average()
			right, total := 0, 0
			for _, g := range dev {
				ws := make([]word, len(g.Words))
				for i, w := range g.Words {
					ws[i] = newWord(w, i)
				}
				for i, tag := range m.tag(g.Words, ws) {
					if tag == tags(g)[i] {
						right++
					}
					total++
				}
			}
			fmt.Fprintf(log, "%s tagger epoch %d: dev %.4f\n", what, epoch, ratio(right, total))
		}
	}
	m.w = p.average()
	return m
}

// jackknife returns tags for train as a tagger would predict them on
// unseen text: each of cfg.Folds folds is tagged by a tagger trained on the
// others. The folds train in parallel; each is deterministic.
func jackknife(train []Tree, cfg Config) []tagged {
	tags := make([]tagged, len(train))
	if cfg.Folds < 2 {
		for i, t := range train {
			tags[i] = tagged{t.UPOS, t.XPOS}
		}
		return tags
	}
	start := time.Now()
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := range cfg.Folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest []Tree
			for i, t := range train {
				if i%cfg.Folds != f {
					rest = append(rest, t)
				}
			}
			tg := trainTagger(rest, nil, cfg, io.Discard)
			for i := f; i < len(train); i += cfg.Folds {
				tags[i].upos, tags[i].xpos = tg.Tag(train[i].Words)
			}
		}()
	}
	wg.Wait()
	var s Scores
	for i, t := range train {
		s.addTags(t, tags[i].upos, tags[i].xpos)
	}
	fmt.Fprintf(cfg.Log, "jackknifed training tags (%d folds: UPOS %.4f, XPOS %.4f) in %v\n",
		cfg.Folds, s.UPOS(), s.XPOS(), time.Since(start).Round(time.Second))
	return tags
}

// trainParser trains the parser with the dynamic oracle (Goldberg and
// Nivre 2012): at each step the perceptron learns the best-scoring move of
// least cost whenever its own choice costs more, and from the second epoch
// on the parser follows its own wrong move with probability cfg.Explore,
// so it learns to recover from its mistakes.
func trainParser(train []Tree, tags []tagged, dev []Tree, devTags []tagged, cfg Config) (*Parser, error) {
	p := &Parser{}
	seen := map[string]bool{}
	for _, t := range train {
		for _, l := range t.Labels {
			if !seen[l] {
				seen[l] = true
				p.labels = append(p.labels, l)
			}
		}
	}
	slices.Sort(p.labels)
	p.root = slices.Index(p.labels, "root")
	if p.root < 0 || 1+2*len(p.labels) > maxClasses {
		return nil, fmt.Errorf("%d labels (at most %d), root among them: %v", len(p.labels), (maxClasses-1)/2, p.root >= 0)
	}
	labelID := map[string]int{}
	for i, l := range p.labels {
		labelID[l] = i
	}
	type example struct {
		s      *sentence
		gold   []int
		labels []int
	}
	examples := make([]example, len(train))
	nonproj := 0
	for i, t := range train {
		n := t.Len()
		g := make([]int, n)
		ls := make([]int, n)
		for k, h := range t.Heads {
			if g[k] = h; h < 0 {
				g[k] = n
			}
			ls[k] = labelID[t.Labels[k]]
		}
		pg := projectivize(g)
		if !slices.Equal(pg, g) {
			nonproj++
		}
		examples[i] = example{newSentence(t.Words, tags[i].upos, tags[i].xpos), pg, ls}
	}
	fmt.Fprintf(cfg.Log, "parser: %d labels, %d moves; %d of %d training trees non-projective (lifted)\n",
		len(p.labels), 1+2*len(p.labels), nonproj, len(train))

	nclass := 1 + 2*len(p.labels)
	perc := newPerceptron(nclass)
	rng := rand.New(rand.NewPCG(cfg.Seed, 2))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	scores := make([]int32, nclass)
	costs := make([]int, nclass)
	feats := make([]uint32, 0, 128)
	for epoch := 1; epoch <= cfg.ParserEpochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		steps, wrong := 0, 0
		for _, k := range order {
			ex := examples[k]
			c := newConfig(ex.s.n)
			for !c.terminal() {
				feats = ex.s.features(feats[:0], c)
				perc.score(feats, scores)
				moveCosts(c, ex.gold, ex.labels, p.root, costs)
				guess, best := -1, -1
				for m, cost := range costs {
					if cost < 0 {
						continue
					}
					if guess < 0 || scores[m] > scores[guess] {
						guess = m
					}
					if best < 0 || cost < costs[best] || cost == costs[best] && scores[m] > scores[best] {
						best = m
					}
				}
				next := best
				if costs[guess] == costs[best] {
					next = guess
				} else {
					perc.update(feats, best, guess)
					wrong++
					if epoch > 1 && rng.Float64() < cfg.Explore {
						next = guess
					}
				}
				perc.tick()
				steps++
				c.apply(next)
			}
		}
		n := len(perc.rows)
		if cfg.ParserPrune > 0 && epoch == max(1, cfg.ParserEpochs-cfg.Retrain) {
			perc.prune(cfg.ParserPrune)
		}
		msg := fmt.Sprintf("parser epoch %d: %.1f%% of moves wrong, %d features, %v", epoch, 100*ratio(wrong, steps), n, time.Since(start).Round(time.Second))
		if len(perc.rows) < n {
			msg += fmt.Sprintf(", pruned to %d", len(perc.rows))
		}
		if len(dev) > 0 {
			q := &Parser{w: perc.average(), labels: p.labels, root: p.root}
			var s Scores
			for i, g := range dev {
				heads, labels := q.Parse(g.Words, devTags[i].upos, devTags[i].xpos)
				s.Add(g, Tree{UPOS: devTags[i].upos, XPOS: devTags[i].xpos, Heads: heads, Labels: labels})
			}
			msg += fmt.Sprintf("; dev %s", s)
		}
		fmt.Fprintln(cfg.Log, msg)
	}
	p.w = perc.average()
	return p, nil
}

// moveCosts sets costs[m] to the number of gold arcs, and gold labels of
// arcs, that move m loses (-1 when m cannot be made).
func moveCosts(c *config, gold, goldLabels []int, root int, costs []int) {
	sc, lc, rc := c.costs(gold)
	s0, s1 := c.s(0), c.s(1)
	costs[shift] = sc
	for l := range (len(costs) - 1) / 2 {
		lm, rm := leftMove(l), rightMove(l)
		costs[lm], costs[rm] = -1, -1
		if c.legal(lm, root) {
			costs[lm] = lc
			if gold[s0] == c.b && goldLabels[s0] != l {
				costs[lm]++
			}
		}
		if c.legal(rm, root) {
			costs[rm] = rc
			if gold[s0] == s1 && goldLabels[s0] != l {
				costs[rm]++
			}
		}
	}
}
