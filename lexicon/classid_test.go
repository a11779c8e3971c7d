package lexicon

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestClassIDs checks the numbers a matcher keys its per-sentence class
// look-ups by: every class element has one within NumClasses, the elements
// of one named class share it, and a pattern's NeedClass lists its
// required class elements after the trigger.
func TestClassIDs(t *testing.T) {
	v := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
	v.parse("t", "class ARMS: rifle; assault rifle\nclass AID: food aid\n"+
		"190 seize ... &ARMS $T\n190 send &AID? ... &ARMS to $T\n190 &ARMS ... fire_on ... $T\n",
		map[dyad.EventCode]CodeInfo{"190": {}}, func(err error) { t.Error(err) })
	v.compile(func(err error) { t.Error(err) })
	if len(v.patterns) != 3 {
		t.Fatalf("%d patterns", len(v.patterns))
	}
	seize, send, fire := v.patterns[0], v.patterns[1], v.patterns[2]
	if len(seize.NeedClass) != 1 || len(send.NeedClass) != 1 || seize.NeedClass[0].ClassID() != send.NeedClass[0].ClassID() {
		t.Errorf("&ARMS: NeedClass %v and %v, want one element each with one number", seize.NeedClass, send.NeedClass)
	}
	if id := send.Elems[1].ClassID(); id == 0 || id == seize.NeedClass[0].ClassID() {
		t.Errorf("&AID? numbered %d, want its own number", id)
	}
	// the trigger's class is not needed again; "fire_on" is a phrase, a class of its own
	if len(fire.NeedClass) != 1 || fire.NeedClass[0] != &fire.Elems[2] || fire.Elems[0].ClassID() != seize.NeedClass[0].ClassID() {
		t.Errorf("&ARMS ... fire_on: NeedClass %v", fire.NeedClass)
	}
	for _, p := range v.patterns {
		for _, e := range p.Elems {
			if id := e.ClassID(); (e.Kind == EClass) != (id > 0) || id > v.nclass {
				t.Errorf("%s: element of kind %d numbered %d of %d", p.Text, e.Kind, id, v.nclass)
			}
		}
	}
}
