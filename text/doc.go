// Package text splits documents into sentences and sentences into tokens that
// keep their byte offsets, and undoes English inflection so that dictionaries
// can be written in lemmas.
//
// It is rule-based and allocation-light: splitting and tokenizing a sentence
// costs a few microseconds, so the coder can run at tens of thousands of
// sentences a second on one core.
package text
