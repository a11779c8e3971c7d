// Package synth generates synthetic news text for benchmarks: sentences in the
// shapes wire reports take (visits, talks, treaties, sanctions, strikes,
// shipments, statements with no event), built from a fixed random seed so
// every run measures the same text.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
)

var (
	countries = []string{"Russia", "North Korea", "China", "the United States", "Japan", "South Korea", "Ukraine",
		"Iran", "Israel", "India", "Pakistan", "France", "Germany", "Turkey", "Brazil", "Egypt", "Poland", "Taiwan"}
	adjectives = []string{"Russian", "North Korean", "Chinese", "American", "Japanese", "South Korean", "Ukrainian",
		"Iranian", "Israeli", "Indian", "Pakistani", "French", "German", "Turkish"}
	roles   = []string{"foreign minister", "president", "defence minister", "prime minister", "troops", "officials", "envoy"}
	cities  = []string{"Moscow", "Pyongyang", "Beijing", "Washington", "Tokyo", "Seoul", "Kyiv", "Tehran", "Vladivostok", "Geneva"}
	days    = []string{"on Monday", "on Tuesday", "last week", "in June", "in 2023", "on 12 March 2024", "earlier this month", ""}
	goods   = []string{"artillery shells", "food", "fuel", "spare parts", "missiles", "grain", "drones"}
	fillers = []string{
		"Analysts said the move reflected a broader shift in the region.",
		"The statement gave no further details about the timing.",
		"Markets in the region were little changed after the announcement.",
		"It was not immediately clear how the plan would be financed.",
	}
	templates = []string{
		"The %A %R visited %C %D.",
		"%N and %N signed a treaty on economic cooperation %D.",
		"%A %R met their %A counterparts in %Y %D to discuss trade.",
		"%N accused %N of violating the ceasefire %D.",
		"%N imposed new sanctions on %N %D, citing missile tests.",
		"%A troops shelled positions near the border %D, officials in %Y said.",
		"%N has shipped %Q containers of %G to %N since %D, according to the report.",
		"%N refused to sign the agreement with %N.",
		"%N called on %N to withdraw its forces.",
		"%N praised %N for its efforts to end the conflict.",
		"%N vetoed a resolution on %N at the United Nations %D.",
		"%N did not attend the summit in %Y.",
		"%N and %N held talks %D on security in the region.",
		"The %A %R warned that %N would face consequences.",
	}
)

// Sentences returns n sentences of synthetic news, the same for the same n.
func Sentences(n int) []string {
	r := rand.New(rand.NewSource(1))
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	out := make([]string, 0, n)
	for len(out) < n {
		if r.Intn(4) == 0 {
			out = append(out, pick(fillers))
			continue
		}
		t := pick(templates)
		var b strings.Builder
		for i := 0; i < len(t); i++ {
			if t[i] != '%' || i+1 == len(t) {
				b.WriteByte(t[i])
				continue
			}
			i++
			switch t[i] {
			case 'N':
				b.WriteString(pick(countries))
			case 'A':
				b.WriteString(pick(adjectives))
			case 'R':
				b.WriteString(pick(roles))
			case 'Y':
				b.WriteString(pick(cities))
			case 'D':
				b.WriteString(pick(days))
			case 'G':
				b.WriteString(pick(goods))
			case 'Q':
				fmt.Fprintf(&b, "%d", 100+r.Intn(20000))
			case 'C':
				b.WriteString(pick(append(countries, cities...)))
			}
		}
		s := strings.Join(strings.Fields(b.String()), " ")
		s = strings.ReplaceAll(s, " .", ".")
		s = strings.ReplaceAll(s, " ,", ",")
		out = append(out, strings.ToUpper(s[:1])+s[1:])
	}
	return out
}

// Documents groups sentences into documents of per sentences each.
func Documents(sentences []string, per int) []string {
	var docs []string
	for i := 0; i < len(sentences); i += per {
		docs = append(docs, strings.Join(sentences[i:min(i+per, len(sentences))], " "))
	}
	return docs
}
