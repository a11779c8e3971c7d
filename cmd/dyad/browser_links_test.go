package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/dyadhq/dyad"
)

// TestBrowserLinks drives the pages that lead to events, over the demo: a
// bar or a row of the dyad explorer, a dot or a route on the map, a row of
// the flows table and a tie of the network each open the events page with
// their filters, and it shows their events; every filter of the events page
// narrows the list to events that pass it; the de-duplicated view shows
// mentions that add up to the reports; the CSV download holds the rows
// shown; a bad filter leaves no count and no detail of the previous result;
// names resolve to codes ("Russia" finds RUS) in the filters and the
// explorer; labels carry no trailing spaces and numbers no float noise.
func TestBrowserLinks(t *testing.T) {
	b := openBrowser(t, 150*time.Second)
	b.allow = []string{"status of 400"} // the bad filter's answer, on purpose
	step, eval := b.step, b.eval
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}

	// settled waits for the events page to show a result or an error.
	settled := waitFor(`(() => {
		const s = document.querySelector('#e-status')?.textContent ?? '';
		return s !== '' && s !== 'Loading…' || document.querySelector('#events-table .error') !== null;
	})()`)
	// shown returns the records of the events the page lists, in order.
	shown := func() []dyad.Event {
		t.Helper()
		var evs []dyad.Event
		js := eval(`Promise.all(Array.from(document.querySelectorAll('#events-table tr[data-id]')).map(tr =>
			fetch('api/events/' + encodeURIComponent(tr.dataset.id)).then(r => r.json()).then(j => j.data.event))).then(JSON.stringify)`)
		if err := json.Unmarshal([]byte(js), &evs); err != nil {
			t.Fatalf("the events shown: %v", err)
		}
		return evs
	}
	// hash returns the events page's filters, as its address has them.
	hash := func() url.Values {
		t.Helper()
		h := eval(`location.hash`)
		if !strings.HasPrefix(h, "#events") {
			t.Fatalf("not on the events page: %q", h)
		}
		_, q, _ := strings.Cut(h, "?")
		v, _ := url.ParseQuery(q)
		return v
	}
	// filter fills the events page's form with vals (element id → value;
	// "1" checks a box), the other fields empty, submits it and waits for
	// the new result (the table's content is replaced, on error too). A
	// name that ends in "!" takes a screenshot.
	filter := func(name string, vals map[string]string) {
		t.Helper()
		js, _ := json.Marshal(vals)
		run := b.do
		if strings.HasSuffix(name, "!") {
			name, run = strings.TrimSuffix(name, "!"), step
		}
		run(name, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`((vals) => {
			for (const id of ['e-source', 'e-target', 'e-actor', 'e-code', 'e-quad', 'e-place', 'e-from', 'e-to', 'e-text']) document.getElementById(id).value = '';
			for (const id of ['e-both', 'e-unique']) document.getElementById(id).checked = false;
			for (const [id, v] of Object.entries(vals)) {
				const e = document.getElementById(id);
				if (e.type === 'checkbox') e.checked = v === '1'; else e.value = v;
			}
			const old = document.getElementById('events-table').firstElementChild;
			if (old) old.dataset.old = '1';
			document.querySelector('#view form button[type=submit]').click();
		})(%s)`, js)), waitFor(`(() => {
			const c = document.getElementById('events-table').firstElementChild;
			return c !== null && !c.dataset.old;
		})()`))
	}
	// noNoise checks that the page shows no number with float noise.
	noise := regexp.MustCompile(`\d\.\d*(0000|9999)\d`)
	noNoise := func(where string) {
		t.Helper()
		if m := noise.FindString(eval(`document.getElementById('view').innerText`)); m != "" {
			t.Errorf("%s shows %s", where, m)
		}
	}
	isSide := func(a *dyad.Actor, key string) bool {
		return a != nil && (a.Key() == key || strings.HasPrefix(string(a.Code), key))
	}

	// --- The dyad explorer: a bar opens its events: the pair, the quarter, the quad class.
	b.do("links-timeline", chromedp.Navigate(b.URL+"/#timeline"), waitFor(`document.querySelector('.bars rect') !== null`))
	bar := eval(`(() => {
		const rs = Array.from(document.querySelectorAll('.bars rect'));
		const r = rs.reduce((a, b) => (+b.dataset.n > +a.dataset.n ? b : a));
		r.id = 'test-bar';
		return [r.dataset.period, r.dataset.quad, r.dataset.n].join(' ');
	})()`)
	var period string
	var quad, n int
	fmt.Sscan(bar, &period, &quad, &n)
	step("links-bar", chromedp.Click(chromedp.CSS(`#test-bar`)), settled)
	h := hash()
	from, to := periodDays(period)
	if h.Get("source") != "RUS" || h.Get("target") != "PRK" || h.Get("quad") != strconv.Itoa(quad) || h.Get("from") == "" {
		t.Errorf("the bar of %s, quad %d, opened the events page with %v", period, quad, h)
	}
	evs := shown()
	if len(evs) != n {
		t.Errorf("the bar of %s, quad %d, counts %d events; the events page lists %d", period, quad, n, len(evs))
	}
	for _, e := range evs {
		if !isSide(e.Source, "RUS") || !isSide(e.Target, "PRK") || e.Action.Quad != quad || e.Day() < from || e.Day() > to {
			t.Errorf("the bar of %s, quad %d, lists %s %s (quad %d)", period, quad, e.Day(), e.String(), e.Action.Quad)
		}
	}

	// a row of its table opens the period's events, all quad classes
	b.do("links-timeline-row", chromedp.Navigate(b.URL+"/#timeline"), waitFor(`document.querySelector('#timeline-table tr[data-period]') !== null`))
	row := eval(`(() => {
		const tr = document.querySelector('#timeline-table tr[data-period]');
		tr.id = 'test-row';
		return tr.dataset.period + ' ' + tr.children[1].textContent;
	})()`)
	fmt.Sscan(row, &period, &n)
	b.do("links-period", chromedp.Click(chromedp.CSS(`#test-row td:nth-child(2)`)), settled)
	if evs := shown(); len(evs) != n || hash().Get("quad") != "" {
		t.Errorf("the row of %s counts %d events; the events page lists %d, with %v", period, n, len(evs), hash())
	}

	// names: "Russia" is offered and sent as RUS; a group is its home
	// country in a series, its own code in an event filter
	// show submits the explorer's form and waits for its chart, or a message
	show := chromedp.Steps(chromedp.Evaluate[chromedp.Void](`document.getElementById('timeline-chart').replaceChildren()`),
		chromedp.Click(chromedp.CSS(`#view form button[type=submit]`)),
		waitFor(`(c => c !== null && c.textContent !== 'Loading…')(document.getElementById('timeline-chart').firstElementChild)`))
	step("links-timeline-names", chromedp.Navigate(b.URL+"/#timeline"), waitFor(`document.querySelector('.bars rect') !== null`),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('t-source').value = ''`), chromedp.SendKeys(chromedp.CSS(`#t-source`), "Russia"),
		waitFor(`document.querySelector('#t-source-list option[value="RUS"]') !== null`), show)
	if v, bars := eval(`document.getElementById('t-source').value`), eval(`String(document.querySelectorAll('.bars rect').length)`); v != "RUS" || bars == "0" {
		t.Errorf(`"Russia" in the explorer: %q, %s bars; want RUS and its bars`, v, bars)
	}
	b.do("links-timeline-group", chromedp.SetValue(chromedp.CSS(`#t-source`), "Boko Haram"), chromedp.SetValue(chromedp.CSS(`#t-target`), "*"), show)
	if v := eval(`document.getElementById('t-source').value`); v != "NGA" {
		t.Errorf(`"Boko Haram" in the explorer: %q, want its home country NGA (the series' key)`, v)
	}
	// Goldstein sums carry float noise in the API; the table shows none
	step("links-timeline-noise", chromedp.SetValue(chromedp.CSS(`#t-source`), "RUS"), chromedp.SetValue(chromedp.CSS(`#t-target`), "PRK"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('t-both').checked = true; document.getElementById('t-period').value = 'month'`),
		show, waitFor(`document.querySelector('#timeline-table td.goldstein') !== null`))
	if raw := eval(`fetch('api/dyad?source=RUS&target=PRK&period=month&undirected=true').then(r => r.text())`); !noise.MatchString(raw) {
		t.Logf("the API's series shows no float noise: the explorer's check proves little")
	}
	noNoise("the dyad explorer")

	// --- The map: a dot opens the events at its place that day, its own shown.
	b.do("links-map", chromedp.Navigate(b.URL+"/#map"), waitFor(`document.querySelector('circle[data-place]') !== null &&
		document.querySelector('#flows tr[data-flow]') !== null`))
	noNoise("the map")
	dot := eval(`(() => {
		for (const c of document.querySelectorAll('circle[data-place]')) {
			const r = c.getBoundingClientRect();
			if (document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === c) {
				c.id = 'test-dot';
				return c.dataset.id + ' ' + c.dataset.place;
			}
		}
		return '';
	})()`)
	id, place, _ := strings.Cut(dot, " ")
	if id == "" {
		t.Fatal("no dot on the map can be clicked")
	}
	step("links-dot", chromedp.Click(chromedp.CSS(`#test-dot`)), settled, chromedp.WaitVisible(chromedp.CSS(`#detail mark`)))
	if h := hash(); h.Get("place") != place || h.Get("from") == "" {
		t.Errorf("the dot at %s opened the events page with %v", place, h)
	}
	if sel := eval(`document.querySelector('#events-table tr.selected')?.dataset.id ?? ''`); sel != id {
		t.Errorf("the dot of event %s: the row selected is %q", id, sel)
	}
	evs = shown()
	for _, e := range evs {
		if e.Location == nil || e.Location.Name != place {
			t.Errorf("the dot at %s lists an event at %v", place, e.Location)
		}
	}
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.ID == id }) {
		t.Errorf("the dot of event %s: not among the events listed", id)
	}

	// a route, clicked on its line
	b.do("links-map-routes", chromedp.Navigate(b.URL+"/#map"), waitFor(`document.querySelector('path.route') !== null`),
		chromedp.Click(chromedp.CSS(`#m-zoom-routes`)), chromedp.Sleep(900*time.Millisecond))
	at := eval(`(() => {
		for (const p of document.querySelectorAll('path.route')) {
			const len = p.getTotalLength(), m = p.getScreenCTM();
			for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
				const q = p.getPointAtLength(len * f), x = m.a * q.x + m.c * q.y + m.e, y = m.b * q.x + m.d * q.y + m.f;
				if (x > 0 && y > 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === p) {
					return [p.dataset.id, x, y].join(' ');
				}
			}
		}
		return '';
	})()`)
	var x, y float64
	fmt.Sscan(at, &id, &x, &y)
	if at == "" {
		t.Fatal("no route on the map can be clicked")
	}
	step("links-route", chromedp.MouseClickXY(x, y), settled, chromedp.WaitVisible(chromedp.CSS(`#detail mark`)))
	if h := hash(); h.Get("source") == "" || h.Get("target") == "" || h.Get("event") != id {
		t.Errorf("the route of event %s opened the events page with %v", id, h)
	}
	if !slices.ContainsFunc(shown(), func(e dyad.Event) bool { return e.ID == id }) {
		t.Errorf("the route of event %s: not among the events listed", id)
	}

	// a row of the flows table: its pair, year and item
	b.do("links-map-flows", chromedp.Navigate(b.URL+"/#map"), waitFor(`document.querySelector('#flows tr[data-flow]') !== null`))
	flow := eval(`document.querySelector('#flows tr[data-flow]').dataset.flow`)
	step("links-flow", chromedp.Click(chromedp.CSS(`#flows tr[data-flow] td:nth-child(4)`)), settled)
	h = hash()
	if flow != h.Get("source")+" -> "+h.Get("target")+" "+h.Get("text") || h.Get("from") == "" {
		t.Errorf("the flow %q opened the events page with %v", flow, h)
	}
	evs = shown()
	if len(evs) == 0 {
		t.Errorf("the flow %q: no events", flow)
	}
	for _, e := range evs {
		if !isSide(e.Source, h.Get("source")) || !isSide(e.Target, h.Get("target")) || !strings.HasPrefix(e.Day(), h.Get("from")) {
			t.Errorf("the flow %q lists %s %s", flow, e.Day(), e.String())
		}
	}

	// --- The network: a tie opens its events, both ways, of the window, unique.
	b.do("links-network", chromedp.Navigate(b.URL+"/#network"), waitFor(`window.cy && window.cy.edges().length > 0`))
	tie := eval(`(() => {
		const e = cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() === 'PRK,RUS')[0];
		const s = e.source().renderedPosition(), t = e.target().renderedPosition();
		const r = document.getElementById('network-graph').getBoundingClientRect();
		return [e.source().id(), e.target().id(), r.x + s.x + 0.35 * (t.x - s.x), r.y + s.y + 0.35 * (t.y - s.y)].join(' ');
	})()`)
	var a, z string
	fmt.Sscan(tie, &a, &z, &x, &y)
	step("links-tie", chromedp.MouseClickXY(x, y), settled)
	h = hash()
	if h.Get("source") != a || h.Get("target") != z || h.Get("both") != "1" || h.Get("unique") != "1" || h.Get("from") != "2023" || h.Get("to") != "2024" {
		t.Errorf("the tie %s-%s opened the events page with %v", a, z, h)
	}
	evs = shown()
	if len(evs) < 3 { // a tie needs three events
		t.Errorf("the tie %s-%s lists %d events", a, z, len(evs))
	}
	ways := map[string]bool{}
	for _, e := range evs {
		ab, ba := isSide(e.Source, a) && isSide(e.Target, z), isSide(e.Source, z) && isSide(e.Target, a)
		if !ab && !ba || e.Day() < "2023" || e.Day() > "2024-12-31" {
			t.Errorf("the tie %s-%s lists %s %s", a, z, e.Day(), e.String())
		}
		ways[fmt.Sprint(ab)] = true
	}
	if len(ways) != 2 {
		t.Errorf("the tie %s-%s lists events of one direction only", a, z)
	}

	// --- The events page: each filter narrows the list to events that pass it.
	b.do("links-events", chromedp.Navigate(b.URL+"/#events"), settled)
	all := shown()
	for _, tt := range []struct {
		name string
		vals map[string]string
		ok   func(e dyad.Event) bool
	}{
		{"source", map[string]string{"e-source": "RUS"}, func(e dyad.Event) bool { return isSide(e.Source, "RUS") }},
		{"target", map[string]string{"e-target": "PRK"}, func(e dyad.Event) bool { return isSide(e.Target, "PRK") }},
		{"either side", map[string]string{"e-actor": "JPN"}, func(e dyad.Event) bool { return isSide(e.Source, "JPN") || isSide(e.Target, "JPN") }},
		{"code family", map[string]string{"e-code": "04"}, func(e dyad.Event) bool { return e.Action.Root == "04" }},
		{"quad", map[string]string{"e-quad": "4"}, func(e dyad.Event) bool { return e.Action.Quad == 4 }},
		{"place", map[string]string{"e-place": "Pyongyang"}, func(e dyad.Event) bool { return e.Location != nil && e.Location.Name == "Pyongyang" }},
		{"dates", map[string]string{"e-from": "2024-06", "e-to": "2024-06"}, func(e dyad.Event) bool { return strings.HasPrefix(e.Day(), "2024-06") }},
		{"words", map[string]string{"e-text": "treaty"}, func(e dyad.Event) bool { return strings.Contains(strings.ToLower(e.Text), "treat") }},
		{"both directions", map[string]string{"e-source": "RUS", "e-target": "PRK", "e-both": "1"}, func(e dyad.Event) bool {
			return isSide(e.Source, "RUS") && isSide(e.Target, "PRK") || isSide(e.Source, "PRK") && isSide(e.Target, "RUS")
		}},
	} {
		filter("links-filter-"+strings.ReplaceAll(tt.name, " ", "-"), tt.vals)
		evs := shown()
		if len(evs) == 0 {
			t.Errorf("filter %s: no events", tt.name)
		}
		for _, e := range evs {
			if !tt.ok(e) {
				t.Errorf("filter %s lists %s %s", tt.name, e.Day(), e.String())
			}
		}
		if !slices.ContainsFunc(all, func(e dyad.Event) bool { return !tt.ok(e) }) {
			t.Errorf("filter %s: every event of the unfiltered page passes it; the check proves nothing", tt.name)
		}
		if tt.vals["e-both"] == "1" && !slices.ContainsFunc(evs, func(e dyad.Event) bool { return isSide(e.Source, "PRK") }) {
			t.Errorf("filter %s lists events of one direction only", tt.name)
		}
	}

	// names in the filters: typed "Russia" is offered as RUS and sent as RUS
	filter("links-filter-cleared", map[string]string{})
	b.do("links-filter-russia", chromedp.SendKeys(chromedp.CSS(`#e-source`), "Russia"),
		waitFor(`document.querySelector('#e-source-list option[value="RUS"]') !== null`))
	filter("links-filter-name!", map[string]string{"e-source": eval(`document.getElementById('e-source').value`)})
	if v, note := eval(`document.getElementById('e-source').value`), eval(`document.getElementById('e-resolved').textContent`); v != "RUS" || !strings.Contains(note, "Russia → RUS") {
		t.Errorf(`"Russia" in the source filter: %q (%q), want RUS`, v, note)
	}
	evs = shown()
	for _, e := range evs {
		if !isSide(e.Source, "RUS") {
			t.Errorf(`source "Russia" lists %s`, e.String())
		}
	}
	if len(evs) == 0 || hash().Get("source") != "RUS" {
		t.Errorf(`source "Russia": %d events, address %v`, len(evs), hash())
	}
	filter("links-filter-group", map[string]string{"e-source": "Boko Haram"})
	if v := eval(`document.getElementById('e-source').value`); v != "NGAREBBKH" {
		t.Errorf(`"Boko Haram" in the source filter: %q, want its code NGAREBBKH`, v)
	}

	// labels without the codebook's trailing spaces, in the table and the detail
	filter("links-labels", map[string]string{"e-code": "111"})
	if raw := eval(`fetch('api/events?code=111&limit=1').then(r => r.json()).then(j => j.data[0].event.label)`); !strings.HasSuffix(raw, " ") {
		t.Logf("the API's label %q has no trailing space: the check proves little", raw)
	}
	step("links-labels-detail", chromedp.Click(chromedp.CSS(`#events-table tr[data-id]`)), chromedp.WaitVisible(chromedp.CSS(`#detail mark`)))
	if bad := eval(`Array.from(document.querySelectorAll('#events-table td, #detail dd')).map(e => e.textContent)
		.filter(s => s !== s.trim() || /\s\s/.test(s)).join(' | ')`); bad != "" {
		t.Errorf("text with stray spaces: %q", bad)
	}
	noNoise("the events page")

	// the unique view: one row per event, its mentions adding up to the reports
	before := eval(`document.querySelector('#events-table tr.selected').dataset.id`)
	filter("links-reports", map[string]string{"e-source": "RUS", "e-target": "PRK", "e-from": "2024", "e-to": "2024"})
	evs = shown()
	reports := len(evs)
	// the event shown before is not among these: the detail panel lets it go
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.ID == before }) {
		if d := eval(`document.getElementById('detail').textContent`); !strings.Contains(d, "Click a row") {
			t.Errorf("a new filter left the detail of an event it does not list: %.80q", d)
		}
	}
	filter("links-unique!", map[string]string{"e-source": "RUS", "e-target": "PRK", "e-from": "2024", "e-to": "2024", "e-unique": "1"})
	var mentions []string
	json.Unmarshal([]byte(eval(`JSON.stringify(Array.from(document.querySelectorAll('#events-table td.mentions')).map(td => td.textContent))`)), &mentions)
	sum, most := 0, 0
	for _, m := range mentions {
		k, _ := strconv.Atoi(m)
		sum, most = sum+k, max(most, k)
	}
	unique := shown()
	if len(mentions) != len(unique) || sum != reports || most < 2 || len(unique) >= reports {
		t.Errorf("unique view: %d rows with %d mentions cells adding up to %d (most %d); %d reports", len(unique), len(mentions), sum, most, reports)
	}

	// the CSV holds the rows shown, with their mentions
	b.do("links-csv", chromedp.Click(chromedp.CSS(`#e-csv`)))
	var rows [][]string
	for start := time.Now(); rows == nil; time.Sleep(100 * time.Millisecond) {
		if f, err := os.Open(filepath.Join(downloads, "dyad-events.csv")); err == nil {
			rows, err = csv.NewReader(f).ReadAll()
			f.Close()
			if err != nil {
				t.Fatalf("the CSV: %v", err)
			}
		}
		if time.Since(start) > 10*time.Second {
			t.Fatal("no CSV downloaded")
		}
	}
	if want := flatHeader; !slices.Equal(rows[0], want) {
		t.Errorf("CSV header %v, want %v", rows[0], want)
	}
	if len(rows)-1 != len(unique) {
		t.Fatalf("the CSV has %d rows; the page shows %d", len(rows)-1, len(unique))
	}
	for i, e := range unique {
		r := rows[i+1]
		if r[0] != e.ID || r[4] != string(e.Source.Code) || r[10] != string(e.Action.Code) || r[17] != e.Text || r[slices.Index(flatHeader, "mentions")] != mentions[i] {
			t.Errorf("CSV row %d %q, want event %s %s with %s mentions", i+1, r[:5], e.ID, e.String(), mentions[i])
		}
	}

	// a bad filter: the error, and nothing left of the previous result
	b.do("links-before-bad", chromedp.Click(chromedp.CSS(`#events-table tr[data-id]`)), chromedp.WaitVisible(chromedp.CSS(`#detail mark`)))
	for _, bad := range []struct{ name, field, value, words string }{
		{"date", "e-from", "2024-13", "from"},
		{"name", "e-source", "Zzyzx Quorble", "no actor matches"},
	} {
		filter("links-bad-"+bad.name+"!", map[string]string{"e-source": "RUS", "e-target": "PRK", bad.field: bad.value})
		got := eval(`JSON.stringify([document.querySelector('#events-table .error')?.textContent ?? '',
			document.getElementById('e-status').textContent, document.querySelectorAll('#events-table tr[data-id]').length,
			document.querySelectorAll('#detail mark').length, document.getElementById('detail').textContent,
			document.getElementById('e-csv').disabled])`)
		var st []any
		json.Unmarshal([]byte(got), &st)
		if len(st) != 6 || !strings.Contains(fmt.Sprint(st[0]), bad.words) || st[1] != "" || st[2] != 0.0 || st[3] != 0.0 ||
			!strings.Contains(fmt.Sprint(st[4]), "Click a row") || st[5] != true {
			t.Errorf("bad %s: [error, counter, rows, marks, detail, csv disabled] = %s", bad.name, got)
		}
		// and back to the same good filter, so the next bad one has a result to clear
		filter("links-good-"+bad.name, map[string]string{"e-source": "RUS", "e-target": "PRK"})
		b.do("links-good-detail-"+bad.name, chromedp.Click(chromedp.CSS(`#events-table tr[data-id]`)), chromedp.WaitVisible(chromedp.CSS(`#detail mark`)))
	}
}

// periodDays returns the first and last day of a series' period ("2024-Q2",
// "2024-06", "2024") as strings that compare with days.
func periodDays(p string) (string, string) {
	if y, q, ok := strings.Cut(p, "-Q"); ok {
		n, _ := strconv.Atoi(q)
		return fmt.Sprintf("%s-%02d-01", y, 3*n-2), fmt.Sprintf("%s-%02d-31", y, 3*n)
	}
	switch len(p) {
	case 4:
		return p + "-01-01", p + "-12-31"
	case 7:
		return p + "-01", p + "-31"
	}
	return p, p
}
