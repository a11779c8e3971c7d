package coder

// "Over" after a verb of flight is where, not a cause: "Israeli jets flying
// over Lebanon fired missiles at targets near Homs" is no act over a
// dispute, and the place after it stays the act's (inCause).

// flightOver are verbs whose "over" says where they fly.
var flightOver = set(`fly hover circle patrol`)
