// Package petrarch reads dictionaries in the TABARI/PETRARCH format (actors,
// agents, verb patterns with synsets, discards) and codes sentences with them
// the way PETRARCH does, from the sentence text alone: dyad's own shallow
// analysis stands in for PETRARCH's parse trees. It also runs PETRARCH's
// validation suite (PETR.UnitTest.records.xml) and scores it as PETRARCH
// does: a record passes when the set of coded (source, target, code)
// triples equals the expected set.
//
// The format, as this package reads it:
//
//   - Comments: "#" and ";" to the end of a line, "<!-- ... -->" anywhere.
//   - Words of a phrase are joined by "_" or spaces; matching ignores case.
//   - Actors: "PHRASE [CODE]" starts an entry, "+PHRASE" adds a synonym, an
//     indented "[CODE]" or "[CODE <date]", "[CODE >date]", "[CODE d1-d2]"
//     (dates YYMMDD or YYYYMMDD, bounds included) restricts a code to a
//     period; "[A/B]" codes a phrase as several actors.
//   - Agents: "PHRASE {PLURALS} [~CODE]" appends CODE to the actor's code,
//     "[CODE~]" puts it before; regular plurals are made unless "{}" is
//     given; "!SET! = A, B" defines a substitution used as "!SET!".
//   - Verbs: "&SYNSET" then "+phrase" lines define a synset; "--- NAME
//     [CODE] ---" starts a block of verbs (one per line, "{FORMS}" for
//     irregular forms, "[CODE]" for a verb's own code, "+" marking the verb
//     of a multi-word verb such as "WIRE_+TAP") and patterns "- PRE * POST
//     [CODE]" where "*" is the verb, "+" the target, "$" the source, "^" an
//     actor to skip, "%" a compound whose members act on each other, and "_"
//     joins words that must be consecutive; "[A:B]" codes source→target A and
//     target→source B; "[---]" codes nothing.
//   - Discards: a phrase whose sentence is not coded; "+PHRASE" discards the
//     whole story.
package petrarch
