package coder

// topicVerbs open, after "to", what a meeting or a call was about: "EU
// foreign ministers met in Brussels to discuss new sanctions on Russia",
// "Hamas leaders met in Doha to discuss a U.S. proposal". The actors of the
// topic are no party of the act before it, which finds its target only
// before them (objectAfter).
var topicVerbs = set(`discuss review debate consider examine address weigh assess coordinate`)
