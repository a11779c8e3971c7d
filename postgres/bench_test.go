package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/dyadhq/dyad"
)

// BenchmarkAdd bulk-loads 100,000 synthetic events, with a document for
// every five, into an empty schema in calls of 10,000, as dyad ingest does.
func BenchmarkAdd(b *testing.B) {
	const total, batch = 100_000, 10_000
	docs, events := synthetic(total)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b, testDSN(b))
		b.StartTimer()
		for i := 0; i < total; i += batch {
			evs := events[i : i+batch]
			ds := docs[i/5 : (i+batch)/5]
			got, err := s.Add(ctx, ds, evs)
			if err != nil {
				b.Fatal(err)
			}
			if got.Events != batch {
				b.Fatalf("added %d events, want %d", got.Events, batch)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
}

// synthetic returns n events in GDELT's shape and their documents: dyads
// among fifty countries, actors with and without a sector, codes across the
// CAMEO families, days over five years, a short sentence each.
func synthetic(n int) ([]dyad.Document, []dyad.Event) {
	countries := []string{"USA", "RUS", "CHN", "PRK", "KOR", "JPN", "UKR", "IRN", "ISR", "IND", "PAK", "FRA",
		"DEU", "GBR", "TUR", "BRA", "EGY", "POL", "TWN", "SAU", "SYR", "IRQ", "AFG", "NGA", "ZAF", "MEX", "CAN",
		"AUS", "IDN", "VNM", "PHL", "THA", "MMR", "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "KAZ", "BLR", "GEO",
		"ARM", "AZE", "SRB", "ITA", "ESP", "NLD", "SWE", "FIN"}
	codes := []dyad.EventCode{"010", "020", "036", "042", "043", "046", "051", "057", "061", "071", "0871",
		"111", "112", "120", "129", "138", "141", "173", "190", "193", "194"}
	verbs := []string{"met", "criticised", "accused", "praised", "threatened", "signed a deal with", "attacked"}
	sectors := []string{"", "", "GOV", "MIL", "CVL"}
	r := rand.New(rand.NewPCG(1, 2))
	docs := make([]dyad.Document, n/5)
	events := make([]dyad.Event, n)
	for i := range events {
		src, tgt := countries[r.IntN(len(countries))], countries[r.IntN(len(countries))]
		code := codes[r.IntN(len(codes))]
		date := fmt.Sprintf("%d-%02d-%02d", 2020+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		text := src + " " + verbs[r.IntN(len(verbs))] + " " + tgt + " on the border."
		doc := fmt.Sprintf("doc-%07d", i/5)
		if i%5 == 0 {
			docs[i/5] = dyad.Document{ID: doc, Date: date, Source: "synthetic", Text: text}
		}
		e := dyad.Event{ID: fmt.Sprintf("%016x", i), Doc: doc, Sentence: i % 5, Date: date, Text: text,
			Source:     &dyad.Actor{Code: dyad.ActorCode(src + sectors[r.IntN(len(sectors))]), Country: src, Text: src, Name: src},
			Target:     &dyad.Actor{Code: dyad.ActorCode(tgt), Country: tgt, Text: tgt, Name: tgt},
			Action:     dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: float64(r.IntN(200)-100) / 10},
			Confidence: 0.9}
		if i%3 == 0 {
			e.Location = &dyad.Place{Name: "Border", Country: tgt, Lat: r.Float64()*180 - 90, Lon: r.Float64()*360 - 180, Role: "event"}
		}
		events[i] = e
	}
	return docs, events
}
