package petrarch

import "testing"

// BenchmarkSuite codes every sentence of the validation suite once per
// iteration: go test ./petrarch -bench Suite.
func BenchmarkSuite(b *testing.B) {
	d, recs := loadSuite(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range recs {
			d.Code(recs[k].Text, recs[k].Date, recs[k].Options)
		}
	}
	b.ReportMetric(float64(b.N*len(recs))/b.Elapsed().Seconds(), "sentences/s")
}
