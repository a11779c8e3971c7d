// Package lexicon holds the coder's knowledge: actors (countries,
// organisations, blocs, people with dated roles, and non-state groups:
// armed groups, parties, unions, movements, NGOs), agents (role words),
// action patterns for every CAMEO family, the CAMEO codebook with Goldstein
// values and PLOVER types, and the gazetteer.
//
// The knowledge is data: the plain-text files under data/ (their formats are
// documented in data/README.md) are embedded in the binary, and a user's
// files of the same names can add to or override them (Load with extra
// directories). Loading parses every file once into tries and indexes that
// the coder reads concurrently without locks; a Lexicon is immutable after
// Load returns. Every actor block keeps the file and line it came from
// (Entries, Search), for look-ups that show where a coding comes from.
package lexicon
