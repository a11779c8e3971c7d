// Command train trains the tagger and parser of package syntax on a
// Universal Dependencies treebank and writes the model that package
// embeds:
//
//	go run ./syntax/train -ud ../shared/data/ud-english-ewt -out syntax/model.bin
//
// It trains on the treebank's train file, reports scores on its dev file
// after every epoch, and never reads test. The same treebank and flags give
// the same model, byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/dyadhq/dyad/syntax"
)

func main() {
	cfg := syntax.DefaultConfig()
	ud := flag.String("ud", "../shared/data/ud-english-ewt", "the treebank's directory (en_ewt-ud-{train,dev}.conllu)")
	out := flag.String("out", "syntax/model.bin", "where to write the model")
	prefix := flag.String("prefix", "en_ewt-ud-", "the treebank's file names before train.conllu and dev.conllu")
	flag.IntVar(&cfg.TaggerEpochs, "tagger-epochs", cfg.TaggerEpochs, "tagger epochs")
	flag.IntVar(&cfg.ParserEpochs, "parser-epochs", cfg.ParserEpochs, "parser epochs")
	flag.IntVar(&cfg.Folds, "folds", cfg.Folds, "jackknifing folds for the parser's training tags (1: gold tags)")
	flag.Float64Var(&cfg.Explore, "explore", cfg.Explore, "probability of following a wrong move from the second parser epoch")
	flag.Float64Var(&cfg.TaggerPrune, "tagger-prune", cfg.TaggerPrune, "drop tagger weights whose average is smaller than this (0: none)")
	flag.Float64Var(&cfg.ParserPrune, "parser-prune", cfg.ParserPrune, "drop parser weights whose average is smaller than this (0: none)")
	flag.IntVar(&cfg.Retrain, "retrain", cfg.Retrain, "parser epochs after pruning")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	flag.Parse()
	cfg.Log = os.Stderr
	if err := run(cfg, *ud, *prefix, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(cfg syntax.Config, dir, prefix, out string) error {
	start := time.Now()
	train, err := read(filepath.Join(dir, prefix+"train.conllu"))
	if err != nil {
		return err
	}
	dev, err := read(filepath.Join(dir, prefix+"dev.conllu"))
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d training sentences, %d dev; %d cores, %s\n", len(train), len(dev), runtime.NumCPU(), runtime.Version())
	m, err := syntax.Train(train, dev, cfg)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	// Score the model as written, after quantization.
	m, err = syntax.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.2f MB) in %v\ndev: %s\n", out, float64(buf.Len())/1e6,
		time.Since(start).Round(time.Second), syntax.Evaluate(m, dev))
	return nil
}

func read(path string) ([]syntax.Tree, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	trees, err := syntax.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return trees, nil
}
