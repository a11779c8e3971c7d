// Package coder turns sentences into event records: it finds the actors of a
// sentence (countries, organisations, people with dated roles, role words, and
// references to actors and events named earlier in the document), matches the
// action patterns of the lexicon, binds each action to its source and target,
// handles negation, passive voice, frames (refusals, intentions, threats,
// demands), lists of actors and reciprocal actions, and codes the flows of
// goods no actor moves (passives, carriers as subjects) and the talks a
// sentence names only as a noun ("a deal reached after four days of talks in
// Beijing", nominal.go). It dates, places
// and measures each event from its own clause and gives movements a route.
//
// It is mostly a shallow coder: tokens, dictionaries and rules about English
// clause structure. It reads the dependency parse of package syntax only
// where word order leaves a rule unsure (a frame split from its infinitive
// by a phrase, a pattern's actor reached across a comma, a target list that
// may have taken in a closing attribution), parsing such a sentence once. That
// keeps it fast (see the benchmarks) and its decisions easy to trace: every
// event carries the words of its source, target and action.
//
// A Coder is safe for concurrent use; each Code call keeps its own state.
package coder
