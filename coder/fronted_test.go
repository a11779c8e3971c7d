package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

func eventDate(e dyad.Event) string { return e.Date }

// TestOpeningPhraseTime: a time inside an opening phrase that relates the
// main clause to another event ("Following the attack on October 7, ...")
// dates that event, not the main clause's; a span of time before the
// preposition ("A day after the vote on Sunday") and an opening phrase
// that is a time alone ("After midnight on Friday") still date the main
// clause. The document is dated Thursday 2024-06-20.
func TestOpeningPhraseTime(t *testing.T) {
	checkAttr(t, []attrCase{
		{"following", "Following Hamas's attack on Israel on October 7, Israel launched a ground offensive in Gaza.", "ISR PSE 190", "2024-06-20"},
		{"the opening event keeps its date", "Following Hamas's attack on Israel on October 7, Israel launched a ground offensive in Gaza.", "PSEREBHMS ISR 190", "2023-10-07"},
		{"after talks", "After talks with Xi Jinping in Beijing on Monday, Putin signed a pact with North Korea.", "RUSGOV PRK 057", "2024-06-20"},
		{"hours after", "Hours after the vote in parliament on Tuesday, Serbia expelled a Croatian diplomat.", "SRB HRVGOV 161", "2024-06-18"},
		{"its own time", "Before the election in March, Russia arrested an opposition leader on Monday.", "RUS RUSOPP 173", "2024-06-17"},
		{"a day after", "A day after the vote on Sunday, Serbia expelled a Croatian diplomat.", "SRB HRVGOV 161", "2024-06-17"},
		{"a time alone", "After midnight on Tuesday, Russia struck Kyiv.", "RUS UKR 190", "2024-06-18"},
		{"in response", "In response to the attack on Egypt on Monday, Israel struck Gaza.", "ISR PSE 190", "2024-06-20"},
		{"despite", "Despite warnings from Washington on Monday, Israel struck Rafah.", "ISR PSE 190", "2024-06-20"},
		{"span before an undated event", "Two days after talks between Iran and Iraq, Turkey and Syria signed a trade deal.", "IRN IRQ 046", "2024-06-18"},
		{"the main clause after an undated event", "Two days after talks between Iran and Iraq, Turkey and Syria signed a trade deal.", "TUR SYR 057", "2024-06-20"},
		{"on", "On Tuesday, Russia struck Kyiv.", "RUS UKR 190", "2024-06-18"},
		{"days after a clause", "Two days after Iran attacked Israel, the United States imposed sanctions on Iran.", "IRN ISR 190", "2024-06-18"},
		{"the main clause after a span", "Two days after Iran attacked Israel, the United States imposed sanctions on Iran.", "USA IRN 163", "2024-06-20"},
	}, eventDate)
}
