// Package syntax tags and parses English sentences: a Universal POS tag for
// each word and a dependency tree labelled with Universal Dependencies
// relations (nsubj, obj, obl, advmod, ccomp, nsubj:pass, obl:agent...), so
// that the coder can read subjects, objects, clauses and the scope of
// negation from a parse rather than from word order.
//
// It is pure Go and needs no other program. Parse takes the words of one
// sentence, tokenized as package text tokenizes them (which splits
// possessive "'s", "n't" and hyphens as the treebank does), and returns a
// Tree: for word i, its tags UPOS[i] and XPOS[i] (the Penn Treebank tag),
// Heads[i] (the index of its head, -1 for the root) and Labels[i].
//
// Two linear models do the work, both averaged perceptrons over hashed
// features, trained by Train and embedded as model.bin (decoded on first
// use, so a program that never parses never pays for it):
//
//   - a Tagger, two in fact (Universal POS and Penn Treebank tags), each
//     greedy from left to right, reading the word, its prefixes and
//     suffixes, its shape, its neighbours and the two tags before it (a
//     sentence with no finite verb has its first participle read as the
//     past tense, as news sentences need);
//   - a Parser, greedy and transition-based: arc-hybrid with the root at the
//     end of the buffer, trained with a dynamic oracle (Goldberg and Nivre
//     2012, 2013) so that it learns to recover from its own mistakes, on
//     the Zhang and Nivre (2011) kind of features (words and tags of the
//     stack and buffer, children and their labels, distances, valencies),
//     with the pair of tags as each word's tag. It makes 2n moves for n
//     words.
//
// The model was trained on the Universal Dependencies English Web Treebank
// (CC BY-SA 4.0); README.md beside it gives the attribution, the command
// that rebuilds it and its accuracy. Reader reads CoNLL-U treebanks and
// WriteCoNLLU writes trees; Evaluate scores a model on a treebank the
// standard way (UPOS and XPOS; UAS and LAS without punctuation).
package syntax
