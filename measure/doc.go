// Package measure computes the structure analysts read from events: dyad
// series, signed alignment networks and their balance, flows, and change
// points. It reads events and aggregates that other packages produce and does
// no storage of its own.
//
// A signed network is a set of actors joined by ties that are either positive
// (alliance, cooperation) or negative (enmity, conflict). Ties come from a
// signed edge list (ReadSignedEdges) whose rows may carry spells of validity,
// so one file describes a network that changes over time; At and During take
// the network of one moment or one labelled window. Analyze then reports how
// close the network is to structural balance, the state in which the actors
// split into two blocs with friendship inside and enmity between: the census
// of signed triangles and the share of them that are balanced, Estrada's
// walk-based balance, the frustration index (the fewest ties whose sign must
// change for the network to be balanced) with the blocs and the ties they
// frustrate, and Davis's weaker clusterability, which allows more than two
// blocs.
package measure
