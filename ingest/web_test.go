package ingest

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Putin in Pyongyang</title><link>https://example.org/1</link>
<pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Vladimir Putin visited Pyongyang on Wednesday.&lt;/p&gt;&lt;p&gt;He met Kim Jong-un.&lt;/p&gt;</description></item>
<item><title>Veto</title><link>https://example.org/2</link>
<description>Russia vetoed the resolution.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
<entry><title>Talks</title><link href="https://example.org/3"/><updated>2024-03-28T08:00:00Z</updated>
<content type="html">&lt;div&gt;China and Japan held talks.&lt;/div&gt;</content></entry></feed>`

const page = `<!DOCTYPE html><html><head><title>Russia and North Korea sign treaty</title>
<meta property="article:published_time" content="2024-06-19T12:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Russia and North Korea sign treaty</h1>
<p>Kim Jong-un and Vladimir Putin signed a broad strategic partnership pact in Pyongyang on Wednesday, pledging mutual assistance if either is attacked.</p>
<p>The treaty was condemned by South Korea, whose foreign ministry summoned the Russian ambassador to protest against the agreement and to demand that Moscow stop its military cooperation with Pyongyang.</p>
<p>Analysts said the agreement marked the closest ties between Moscow and Pyongyang since the end of the Cold War, and that it would deepen concern in Seoul, Tokyo and Washington about weapons transfers.</p>
</article><footer>Copyright. All rights reserved. Advertisement.</footer></body></html>`

func TestDetect(t *testing.T) {
	for name, tc := range map[string]struct{ body, want string }{
		"a.rss":   {rss, KindFeed},
		"b.xml":   {atomFeed, KindFeed},
		"c.html":  {page, KindHTML},
		"d":       {page, KindHTML},
		"e.txt":   {"Russia vetoed the resolution.", KindText},
		"f.jsonl": {`{"text":"x"}`, KindJSONL},
		"g.tab":   {"Event ID\tEvent Date\n", KindICEWS},
	} {
		if got, _ := Detect(name, strings.NewReader(tc.body)); got != tc.want {
			t.Errorf("Detect(%s) = %s, want %s", name, got, tc.want)
		}
	}
}

func TestReadFeeds(t *testing.T) {
	var docs []dyad.Document
	rd := &Reader{Name: "wire.rss", Date: "2024-06-20"}
	n, err := rd.ReadFeed(strings.NewReader(rss), func(d dyad.Document) { docs = append(docs, d) }, func(p *Problem) { t.Error(p) })
	if err != nil || n != 2 {
		t.Fatalf("rss: %d documents, %v", n, err)
	}
	if d := docs[0]; d.Date != "2024-06-19" || d.URL != "https://example.org/1" || d.Source != "Wire" ||
		d.Text != "Vladimir Putin visited Pyongyang on Wednesday.\n\nHe met Kim Jong-un." {
		t.Errorf("rss item: %+v", d)
	}
	if docs[1].Date != "2024-06-20" || docs[1].ID == docs[0].ID {
		t.Errorf("an item without a date takes --date, and each item its own id: %+v", docs[1])
	}
	docs = nil
	rd = &Reader{Name: "agency.atom"}
	if n, _ := rd.ReadFeed(strings.NewReader(atomFeed), func(d dyad.Document) { docs = append(docs, d) }, func(p *Problem) { t.Error(p) }); n != 1 ||
		docs[0].Text != "China and Japan held talks." || docs[0].Date != "2024-03-28" {
		t.Errorf("atom: %+v", docs)
	}
	var probs []string
	rd.ReadFeed(strings.NewReader("not a feed"), func(dyad.Document) {}, func(p *Problem) { probs = append(probs, p.Error()) })
	if len(probs) != 1 || !strings.Contains(probs[0], "agency.atom: not a readable RSS or Atom feed") {
		t.Errorf("a broken feed: %q", probs)
	}
}

func TestReadHTML(t *testing.T) {
	var docs []dyad.Document
	rd := &Reader{Name: "page.html", Date: "2024-06-20"}
	n, err := rd.ReadHTML(strings.NewReader(page), func(d dyad.Document) { docs = append(docs, d) }, func(p *Problem) { t.Error(p) })
	if err != nil || n != 1 {
		t.Fatalf("%d documents, %v", n, err)
	}
	d := docs[0]
	if !strings.Contains(d.Text, "signed a broad strategic partnership pact") || strings.Contains(d.Text, "Subscribe") ||
		strings.Contains(d.Text, "Copyright") {
		t.Errorf("main text: %q", d.Text)
	}
	if d.Title != "Russia and North Korea sign treaty" || d.Date != "2024-06-19" {
		t.Errorf("title %q, date %q", d.Title, d.Date)
	}
}
