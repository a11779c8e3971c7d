package coder

// roleVerbs take "as" before the office someone holds, takes or leaves:
// "resigned as Bolivia's president on Sunday" is one clause, whose day
// that is.
var roleVerbs = set(`resigned resigns resign quit served serves serve serving sworn elected re-elected reelected appointed named installed reinstated remained remains down`)
