package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// inRole is the code of actor a in role: "Russian officials" RUSGOV. An
// organisation's leaders or officials are the organisation itself ("leaders
// of the Economic Community of West African States" is IGOWAFWAS): CAMEO
// gives an organisation no government, and IGOWAFWASGOV would name a body
// it does not have; its organs keep their own codes (IGOUNOSEC).
func inRole(a *lexicon.Actor, role string) string {
	if role == "GOV" && strings.HasPrefix(a.Code, "IGO") {
		return a.Code
	}
	return a.Code + role
}

// orgName reports whether m names an organisation by its name alone ("the
// European Union", "NATO"), which no "he" or "his" stands for: "the EU and
// the United States demanded his release" asks for the release of someone
// else. A role word that ends it ("the UN secretary-general") is a person.
func orgName(toks []text.Token, m *mention) bool {
	if len(m.members) == 0 || m.end < 1 || m.end > len(toks) || !toks[m.end-1].Cap {
		return false
	}
	for _, mb := range m.members {
		if mb.person != nil || !strings.HasPrefix(mb.code, "IGO") {
			return false
		}
	}
	return true
}
