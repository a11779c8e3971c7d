package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
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
