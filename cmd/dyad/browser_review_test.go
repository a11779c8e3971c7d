package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dyadhq/dyad"
	goldeval "github.com/dyadhq/dyad/eval"
	dyadhttp "github.com/dyadhq/dyad/http"
)

var update = flag.Bool("update", false, "rewrite doc/review-queue.png, the README's picture of the review queue")

// TestBrowserReview is the acceptance of reviewing (issue 15), over the
// demo, through the pages as an analyst would use them: in the review
// queue, with the keyboard, an event is confirmed, one rejected and one's
// target corrected (a name typed, "China", found by the actor search); on
// the events page one's code is corrected (words of a label typed, found by
// the code search); from its sentence link, in the document, an event the
// coder missed is added. Then the API shows the dyad series and the network
// changed by exactly those five judgements, the events page hides the
// rejected event until asked, `dyad review --export` writes the five
// sentences as gold, and `dyad recode` with a new dictionary (new event ids)
// keeps all five in force. With -update it rewrites doc/review-queue.png.
func TestBrowserReview(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	b := openBrowserAt(t, 240*time.Second, db)
	step, eval := b.step, b.eval
	get := func(path string, v any) {
		t.Helper()
		if err := apiGet(b.URL+"/api/"+path, v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}

	// clear empties a field.
	clear := func(id string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById(%q).value = ''`, id))
	}

	// --- What the API says before any review.
	var all, uniq, queue []dyad.Event
	get("events?limit=10000", &all)
	get("events?unique=true&limit=10000", &uniq)
	get("review/queue?source=RUS&target=PRK&limit=50", &queue)
	before := measures(t, get)
	picks := pickReview(t, all, uniq, queue)
	e1, e2, e3, e4 := picks[0], picks[1], picks[2], picks[3]
	t.Logf("confirm %s, reject %s, target of %s, code of %s", showEvent(e1), showEvent(e2), showEvent(e3), showEvent(e4))

	// --- The queue: the shortcuts are listed on the page, ? shows their help.
	key := func(name, k string, until string) {
		t.Helper()
		b.do(name, chromedp.KeyEvent(k), waitFor(until))
	}
	step("review-queue", chromedp.Navigate(b.URL+"/#review?source=RUS&target=PRK"),
		waitFor(`document.querySelector('#q-list tr.current') !== null && document.querySelector('#q-detail .r-confirm') !== null`))
	if keys := eval(`document.getElementById('q-keys').textContent`); !strings.Contains(keys, "c confirm") || !strings.Contains(keys, "r reject") ||
		!strings.Contains(keys, "e edit") || !strings.Contains(keys, "j next") || !strings.Contains(keys, "? show") {
		t.Errorf("the queue's shortcuts as listed: %q", keys)
	}
	key("review-help", "?", `!document.getElementById('q-help').hidden`)
	key("review-help-off", "?", `document.getElementById('q-help').hidden`)
	// the queue's order: lowest confidence first, as the API gives it
	var rows []string
	json.Unmarshal([]byte(eval(`JSON.stringify(Array.from(document.querySelectorAll('#q-list tr[data-id]')).map(tr => tr.dataset.id))`)), &rows)
	if want := ids(queue); !slices.Equal(rows, want) {
		t.Errorf("the queue lists %v, the API %v", rows, want)
	}

	// moveTo presses j or k until e is the current event.
	moveTo := func(e dyad.Event) {
		t.Helper()
		for range 60 {
			at := eval(`document.getElementById('q-detail').dataset.id`)
			if at == e.ID {
				return
			}
			rows := eval(`Array.from(document.querySelectorAll('#q-list tr[data-id]')).map(tr => tr.dataset.id).join(' ')`)
			k := "j"
			if strings.Index(rows, e.ID) < strings.Index(rows, at) {
				k = "k"
			}
			key("review-move", k, fmt.Sprintf(`document.getElementById('q-detail').dataset.id !== %q`, at))
		}
		t.Fatalf("j and k never reached %s in the queue", e.ID)
	}
	// judged waits for the queue to record a judgement of e (and drop it).
	judged := func(e dyad.Event, verdict string) string {
		return fmt.Sprintf(`document.querySelector('#q-done li[data-id=%q][data-verdict=%q]') !== null &&
			document.querySelector('#q-list tr[data-id=%q]') === null`, e.ID, verdict, e.ID)
	}
	moveTo(e2) // forwards, past e1
	moveTo(e1) // and back
	key("review-confirm", "c", judged(e1, "confirm"))
	moveTo(e2)
	key("review-reject", "r", judged(e2, "reject"))
	if cur := eval(`document.getElementById('q-detail').dataset.id`); cur == e2.ID || cur == "" {
		t.Errorf("after a rejection the queue's current event is %q", cur)
	}
	// e edits the current event; a name typed in the target is searched
	moveTo(e3)
	key("review-edit", "e", `document.activeElement && document.activeElement.id === 'r-edit-code'`)
	step("review-target", clear("r-edit-target"), chromedp.SendKeys(chromedp.CSS(`#r-edit-target`), "China"),
		waitFor(`document.querySelector('#r-edit-target-list option[value="CHN"]') !== null`))
	// Enter saves (in a field without suggestions)
	b.do("review-target-save", chromedp.SendKeys(chromedp.CSS(`#r-edit-note`), "the sentence names China\r"), waitFor(judged(e3, "correct")))
	if n := eval(`document.getElementById('q-tally').textContent`); !strings.Contains(n, "3 reviewed") {
		t.Errorf("the queue's tally after three judgements: %q", n)
	}
	// the README's picture: the queue as it stands, from its top
	b.do("review-top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`), chromedp.Sleep(200*time.Millisecond))
	shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(b.shots, "review-queue.png"), shot, 0o644)
	if *update {
		if err := os.WriteFile("../../doc/review-queue.png", shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	key("review-help-again", "?", `!document.getElementById('q-help').hidden`)
	step("review-help-shown")
	key("review-help-close", kb.Escape, `document.getElementById('q-help').hidden`)
	// d opens the current event's sentence in its document
	var cur struct {
		Event dyad.Event `json:"event"`
	}
	get("events/"+eval(`document.getElementById('q-detail').dataset.id`), &cur)
	key("review-doc-key", "d", `document.querySelector('.doc-sentence.focus') !== null`)
	if h, want := eval(`location.hash`), fmt.Sprintf("#doc?id=%s&sentence=%d", cur.Event.Doc, cur.Event.Sentence); h != want {
		t.Errorf("d in the queue opened %s, want %s", h, want)
	}

	// --- The events page: correct e4's code by words of its label.
	newCode := dyad.EventCode("190")
	if e4.Action.Root == "19" {
		newCode = "057"
	}
	place := "Pyongyang"
	if e4.Location != nil && e4.Location.Name == place {
		place = "Vladivostok"
	}
	// the day's events only, so that the event is on the table's first page however many the demo has
	step("review-event", chromedp.Navigate(b.URL+"/#events?source=RUS&target=PRK&from="+e4.Day()+"&to="+e4.Day()+"&event="+e4.ID),
		waitFor(`document.querySelector('#detail .r-edit') !== null`), chromedp.Click(chromedp.CSS(`#detail .r-edit`)),
		waitFor(`document.getElementById('r-edit-code') !== null`))
	words := map[dyad.EventCode]string{"190": "conventional military force", "057": "sign formal"}[newCode]
	b.do("review-code", clear("r-edit-code"), chromedp.SendKeys(chromedp.CSS(`#r-edit-code`), words),
		waitFor(fmt.Sprintf(`document.querySelector('#r-edit-code-list option[value="%s"]') !== null`, newCode)))
	step("review-code-save", chromedp.SetValue(chromedp.CSS(`#r-edit-code`), string(newCode)),
		chromedp.SetValue(chromedp.CSS(`#r-edit-place`), place), chromedp.Click(chromedp.CSS(`#detail .r-save`)),
		waitFor(`document.querySelector('#detail .r-status [data-status="corrected"]') !== null`),
		waitFor(fmt.Sprintf(`document.querySelector('#events-table tr[data-id=%q] .code')?.textContent === %q`, e4.ID, newCode)))
	if badge := eval(fmt.Sprintf(`document.querySelector('#events-table tr[data-id=%q] td.review-cell').textContent`, e4.ID)); badge != "corrected" {
		t.Errorf("the corrected event's row shows %q", badge)
	}
	if h := eval(`document.querySelector('#detail .r-history')?.textContent ?? ''`); !strings.Contains(h, "Corrected by local") || !strings.Contains(h, "code "+string(e4.Action.Code)+" → "+string(newCode)) {
		t.Errorf("the corrected event's history: %q", h)
	}

	// --- Its sentence link opens the document; add a missed event to another sentence.
	var doc struct {
		Document dyad.Document `json:"document"`
		Events   []dyad.Event  `json:"events"`
	}
	get("documents/"+e4.Doc, &doc)
	missed := missedSentence(doc.Document, all, picks)
	step("review-doc", chromedp.Click(chromedp.CSS(`#detail .r-doc-link`)),
		waitFor(fmt.Sprintf(`document.querySelector('.doc-sentence.focus[data-sentence="%d"]') !== null`, e4.Sentence)))
	sel := fmt.Sprintf(`.doc-sentence[data-sentence="%d"]`, missed)
	b.do("review-add", chromedp.Click(chromedp.CSS(sel+` .r-add`)), waitFor(`document.getElementById('r-add-source') !== null`),
		chromedp.SendKeys(chromedp.CSS(`#r-add-source`), "Russia"), waitFor(`document.querySelector('#r-add-source-list option[value="RUS"]') !== null`),
		chromedp.SendKeys(chromedp.CSS(`#r-add-target`), "North Korea"), chromedp.SetValue(chromedp.CSS(`#r-add-code`), "057"))
	if d := eval(`document.getElementById('r-add-date').value`); d != doc.Document.Date {
		t.Errorf("an added event's date starts as %q, want the document's %q", d, doc.Document.Date)
	}
	step("review-add-save", chromedp.Click(chromedp.CSS(sel+` .r-save`)),
		waitFor(fmt.Sprintf(`document.querySelector('%s .doc-events [data-status="added"]') !== null`, sel)))

	// --- The API: five judgements, the events as reviewed.
	var js struct {
		Judgements []dyad.Judgement `json:"judgements"`
	}
	get("judgements?limit=100", &js)
	var verdicts []string
	for _, j := range js.Judgements {
		verdicts = append(verdicts, j.Verdict)
		if j.Reviewer != "local" {
			t.Errorf("judgement %s by %q, want local (no token, loopback)", j.ID, j.Reviewer)
		}
	}
	if want := []string{"add", "correct", "correct", "reject", "confirm"}; !slices.Equal(verdicts, want) {
		t.Errorf("judgements, newest first: %v, want %v", verdicts, want)
	}
	var added dyad.Event
	for _, e := range eventsOf(t, get, e4.Doc, missed, false) {
		if e.Review != nil && e.Review.Status == dyad.ReviewAdded {
			added = e
		}
	}
	if added.ID == "" || added.Source.Key() != "RUS" || added.Target.Key() != "PRK" || added.Action.Code != "057" || added.Date != doc.Document.Date {
		t.Fatalf("the added event reads %s", showEvent(added))
	}
	checkReviewed := func(when string) {
		t.Helper()
		for _, c := range []struct {
			e           dyad.Event
			status, tgt string
			code        dyad.EventCode
		}{
			{e1, dyad.ReviewConfirmed, "PRK", e1.Action.Code}, {e2, dyad.ReviewRejected, "PRK", e2.Action.Code},
			{e3, dyad.ReviewCorrected, "CHN", e3.Action.Code}, {e4, dyad.ReviewCorrected, "PRK", newCode},
			{added, dyad.ReviewAdded, "PRK", "057"},
		} {
			shown := eventsOf(t, get, c.e.Doc, c.e.Sentence, false)
			withRejected := eventsOf(t, get, c.e.Doc, c.e.Sentence, true)
			i := slices.IndexFunc(withRejected, func(e dyad.Event) bool { return e.Review != nil && e.Review.Status == c.status })
			if i < 0 {
				t.Errorf("%s: no %s event in the sentence of %s", when, c.status, showEvent(c.e))
				continue
			}
			got := withRejected[i]
			if got.Source.Key() != "RUS" || got.Target.Key() != c.tgt || got.Action.Code != c.code {
				t.Errorf("%s: the %s event reads %s, want RUS %s %s", when, c.status, showEvent(got), c.tgt, c.code)
			}
			if listed := slices.ContainsFunc(shown, func(e dyad.Event) bool { return e.ID == got.ID }); listed == (c.status == dyad.ReviewRejected) {
				t.Errorf("%s: the %s event %s listed without rejected=true: %v", when, c.status, got.ID, listed)
			}
		}
	}
	checkReviewed("after the review")
	for _, e := range eventsOf(t, get, e4.Doc, e4.Sentence, false) {
		if e.ID == e4.ID && (e.Location == nil || e.Location.Name != place) {
			t.Errorf("the corrected event's place: %v, want %s", e.Location, place)
		}
	}

	// --- The series and the network changed by the five judgements.
	after := measures(t, get)
	want := before.clone()
	want.move(e2, "", "", -1)
	want.move(e3, "", "", -1)
	want.move(e3, "CHN", "", +1)
	want.move(e4, "", "", -1)
	want.move(e4, "", newCode, +1)
	want.move(added, "", "", +1)
	want.compare(t, "after the review", after)

	// --- The events page hides the rejected event until asked.
	b.do("review-rejected", chromedp.Navigate(b.URL+"/#events?source=RUS&target=PRK&from="+e2.Day()+"&to="+e2.Day()),
		waitFor(`document.querySelector('#e-status').textContent.startsWith('events') || document.querySelector('#e-status').textContent === 'no events'`))
	if eval(fmt.Sprintf(`String(document.querySelector('#events-table tr[data-id=%q]') !== null)`, e2.ID)) != "false" {
		t.Errorf("the rejected event %s is listed", e2.ID)
	}
	step("review-show-rejected", chromedp.Click(chromedp.CSS(`#e-rejected`)),
		waitFor(fmt.Sprintf(`document.querySelector('#events-table tr[data-id=%q].rev-rejected') !== null`, e2.ID)))
	if h := eval(`location.hash`); !strings.Contains(h, "rejected=true") {
		t.Errorf("show rejected is not in the address: %s", h)
	}
	// its detail says so, and offers to judge it again; its document shows it struck through
	step("review-rejected-detail", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#events-table tr[data-id=%q]`, e2.ID))),
		waitFor(`document.querySelector('#detail .r-status [data-status="rejected"]') !== null && document.querySelector('#detail .r-confirm') !== null`))
	step("review-rejected-doc", chromedp.Click(chromedp.CSS(`#detail .r-doc-link`)),
		waitFor(fmt.Sprintf(`document.querySelector('.doc-sentence.focus li.rev-rejected[data-id=%q] [data-status="rejected"]') !== null`, e2.ID)))

	// --- The five judgements, exported as gold.
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	if out, errs, code := run(t, "", "review", "--db", db, "--export", gold); code != 0 {
		t.Fatalf("review --export: exit %d\n%s%s", code, out, errs)
	}
	f, err := os.Open(gold)
	if err != nil {
		t.Fatal(err)
	}
	cases, probs := goldeval.ReadDyad(gold, f)
	f.Close()
	if len(probs) > 0 {
		t.Errorf("the exported gold: %v", probs)
	}
	if len(cases) != 5 {
		t.Errorf("the exported gold has %d records, want the 5 judged sentences", len(cases))
	}
	byText := map[string]goldeval.Case{}
	for _, c := range cases {
		byText[c.Text] = c
	}
	for _, c := range []struct {
		e    dyad.Event
		want goldeval.Triple
	}{
		{e1, goldeval.Triple{Source: "RUS", Target: "PRK", Action: string(e1.Action.Code)}},
		{e3, goldeval.Triple{Source: "RUS", Target: "CHN", Action: string(e3.Action.Code)}},
		{e4, goldeval.Triple{Source: "RUS", Target: "PRK", Action: string(newCode)}},
		{added, goldeval.Triple{Source: "RUS", Target: "PRK", Action: "057"}},
	} {
		g, ok := byText[strings.TrimSpace(c.e.Text)]
		if !ok {
			g, ok = byText[c.e.Text]
		}
		if !ok || !slices.Contains(g.Gold, c.want) {
			t.Errorf("the gold of %q: %v (found %v), want %v among them", c.e.Text, g.Gold, ok, c.want)
		}
	}
	// e2 was the only event of its sentence: rejected, the sentence codes to nothing
	if g, ok := byText[strings.TrimSpace(e2.Text)]; !ok && len(byText) > 0 {
		if g, ok = byText[e2.Text]; !ok {
			t.Errorf("the gold lacks the rejected event's sentence %q", e2.Text)
		}
	} else if len(g.Gold) != 0 {
		t.Errorf("the gold of the rejected event's sentence: %v, want none", g.Gold)
	}

	// dyad eval scores the coder on them: it still codes the three events the
	// reviewer changed as before, so it misses the corrected target
	if out, errs, code := run(t, "", "eval", gold); code != 0 || !strings.Contains(out, "RUS CHN") {
		t.Errorf("eval of the exported gold: exit %d, want a miss of RUS CHN\n%s%s", code, out, errs)
	} else {
		t.Logf("eval of the exported gold:\n%s", out)
	}

	// --- A recode with a new dictionary (every event id changes) keeps the five.
	dict := filepath.Join(t.TempDir(), "dict")
	os.Mkdir(dict, 0o755)
	write(t, dict, "verbs.txt", []byte("111 zorblify $T\n"))
	out, errs, code := run(t, "", "recode", "--db", db, "--dict", dict)
	if code != 0 || !strings.Contains(out, "recoded") || strings.Contains(out, " 0 replaced") {
		t.Fatalf("recode --dict: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("recode:\n%s", out)
	if !strings.Contains(out, "judgements: 5 kept in force") {
		t.Errorf("the recode report does not say the 5 judgements were kept:\n%s", out)
	}
	var now []dyad.Event
	get("events?limit=10000", &now)
	if slices.ContainsFunc(now, func(e dyad.Event) bool { return e.ID == e1.ID }) {
		t.Logf("the recode left event id %s as it was: the re-attachment is not exercised", e1.ID)
	}
	checkReviewed("after recode")
	measures(t, get).compare(t, "after recode", after)
}

// apiGet reads an API response's data into v.
func apiGet(url string, v any) error {
	res, err := http.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var env struct {
		Data  json.RawMessage `json:"data"`
		Error *struct{ Code, Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil {
		return fmt.Errorf("status %d: %v", res.StatusCode, err)
	}
	if env.Error != nil {
		return fmt.Errorf("%s: %s", env.Error.Code, env.Error.Message)
	}
	return json.Unmarshal(env.Data, v)
}

// eventsOf returns the stored events of a sentence, the rejected ones too
// when asked.
func eventsOf(t *testing.T, get func(string, any), doc string, sentence int, rejected bool) []dyad.Event {
	t.Helper()
	var evs []dyad.Event
	q := "events?limit=10000&doc=" + doc
	if rejected {
		q += "&rejected=true"
	}
	get(q, &evs)
	return slices.DeleteFunc(evs, func(e dyad.Event) bool { return e.Sentence != sentence })
}

func ids(evs []dyad.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

func showEvent(e dyad.Event) string {
	return fmt.Sprintf("%s %s (%s, sentence %d of %s)", e.Day(), e.String(), e.ID, e.Sentence, e.Doc)
}

// pickReview chooses, in the queue's order (RUS → PRK), the events to
// confirm, reject, correct the target of (to CHN) and correct the code of:
// reports of one event each (one mention), in four sentences, whose
// corrected form joins no other report's cluster, so that the network's
// change is theirs alone; the rejected one is its sentence's only event,
// so that its gold record has none.
func pickReview(t *testing.T, all, uniq, queue []dyad.Event) []dyad.Event {
	t.Helper()
	single := map[string]bool{}
	for _, e := range uniq {
		single[e.ID] = e.Mentions <= 1
	}
	sentence := func(e dyad.Event) string { return fmt.Sprint(e.Doc, "/", e.Sentence) }
	perSentence := map[string]int{}
	for _, e := range all {
		perSentence[sentence(e)]++
	}
	// near reports whether a stored report would join the cluster of an
	// event of src → tgt, of family root, on day.
	near := func(src, tgt string, root dyad.EventCode, day, except string) bool {
		d, _ := time.Parse("2006-01-02", day)
		for _, e := range all {
			o, err := time.Parse("2006-01-02", e.Day())
			if e.ID != except && err == nil && e.Source.Key() == src && e.Target.Key() == tgt && e.Action.Root == root &&
				math.Abs(o.Sub(d).Hours()/24) <= 2 {
				return true
			}
		}
		return false
	}
	used := map[string]bool{}
	var picks []dyad.Event
	pick := func(what string, ok func(e dyad.Event) bool) {
		for _, e := range queue {
			if e.Source.Key() == "RUS" && e.Target.Key() == "PRK" && e.Source.Country == "RUS" && e.Target.Country == "PRK" &&
				single[e.ID] && !used[sentence(e)] && ok(e) {
				used[sentence(e)] = true
				picks = append(picks, e)
				return
			}
		}
		t.Fatalf("the demo's review queue of RUS → PRK has no event to %s", what)
	}
	pick("confirm", func(dyad.Event) bool { return true })
	pick("reject", func(e dyad.Event) bool { return perSentence[sentence(e)] == 1 })
	pick("correct the target of", func(e dyad.Event) bool { return !near("RUS", "CHN", e.Action.Root, e.Day(), "") })
	pick("correct the code of", func(e dyad.Event) bool {
		if e.Action.Root == "19" {
			return !near("RUS", "PRK", "05", e.Day(), e.ID)
		}
		return !near("RUS", "PRK", "19", e.Day(), e.ID)
	})
	return picks
}

// missedSentence is a sentence of d, none of the picked events', where an
// event RUS → PRK 057 on the document's date would join no stored
// report's cluster; one without events when there is one.
func missedSentence(d dyad.Document, all, picks []dyad.Event) int {
	busy := map[int]bool{}
	for _, e := range all {
		if e.Doc == d.ID {
			busy[e.Sentence] = true
		}
	}
	for _, e := range picks {
		if e.Doc == d.ID {
			busy[e.Sentence] = true
		}
	}
	for i := range d.Sentences {
		if !busy[i] {
			return i
		}
	}
	for i := range d.Sentences {
		if !slices.ContainsFunc(picks, func(e dyad.Event) bool { return e.Doc == d.ID && e.Sentence == i }) {
			return i
		}
	}
	return 0
}

// TestBrowserReviewToken checks the pages on a server with tokens: the
// first judgement is refused for want of one, the page asks for it once,
// sends the judgement again with it and keeps it for the tab; the reviewer
// is the one the token names. A wrong token is not kept, and the refusal is
// shown.
func TestBrowserReviewToken(t *testing.T) {
	b := openBrowserAt(t, 90*time.Second, ":memory:", func(s *dyadhttp.Server) {
		s.Tokens = map[string]string{"s3cret-alice": "alice"}
	})
	b.allow = []string{"status of 401"} // the refusals the page answers by asking
	step, eval := b.step, b.eval
	// prompt answers the page's question for the token with answer, and
	// counts the questions.
	prompt := func(answer string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.asked = 0; window.prompt = () => { window.asked++; return %q; }`, answer))
	}
	current := `document.getElementById('q-detail').dataset.id`
	step("token-queue", chromedp.Navigate(b.URL+"/#review"), waitFor(`document.querySelector('#q-detail .r-confirm') !== null`), prompt("s3cret-alice"))
	first := eval(current)
	b.do("token-confirm", chromedp.KeyEvent("c"), waitFor(fmt.Sprintf(`document.querySelector('#q-done li[data-id=%q]') !== null`, first)))
	second := eval(current)
	b.do("token-confirm-2", chromedp.KeyEvent("c"), waitFor(fmt.Sprintf(`document.querySelector('#q-done li[data-id=%q]') !== null`, second)))
	if n := eval(`String(window.asked)`); n != "1" {
		t.Errorf("the page asked for the token %s times for two judgements, want once", n)
	}
	var js struct {
		Judgements []dyad.Judgement `json:"judgements"`
	}
	if err := apiGet(b.URL+"/api/judgements", &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Judgements) != 2 || js.Judgements[0].Reviewer != "alice" || js.Judgements[1].Reviewer != "alice" ||
		js.Judgements[0].Event != second || js.Judgements[1].Event != first {
		t.Errorf("judgements %+v, want %s then %s confirmed by alice", js.Judgements, second, first)
	}

	// a new tab's session, a wrong token: refused, shown, and not kept
	third := eval(current)
	step("token-wrong", chromedp.Evaluate[chromedp.Void](`sessionStorage.clear()`), prompt("guess"), chromedp.KeyEvent("r"),
		waitFor(`document.querySelector('#q-detail .review-actions .error') !== null`))
	if msg := eval(`document.querySelector('#q-detail .review-actions .error').textContent`); !strings.Contains(msg, "unauthorized") {
		t.Errorf("a wrong token shows %q", msg)
	}
	if left := eval(`String(sessionStorage.getItem('dyad-token'))`); left != "null" || eval(current) != third {
		t.Errorf("after a wrong token: kept %q, current event %s (want %s)", left, eval(current), third)
	}
}
