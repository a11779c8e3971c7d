package coder

import "strings"

// An attack by weapons (194, 195) is counted by the weapons it fired when
// its clause names how many ("Russia launched 90 drones and 12 missiles at
// Ukraine, killing 9 people", "two ballistic missiles struck the port"):
// what they did, the people killed, is the count of the attack only when
// no number of weapons is told.

// weaponCount reports whether an amount's item is a kind of weapon fired:
// its head word, in the singular, is one of weaponWords ("ballistic
// missiles", "attack drones", "artillery shells").
func weaponCount(item string) bool {
	f := strings.Fields(strings.ToLower(item))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return weaponWords[w] || weaponWords[strings.TrimSuffix(w, "s")]
}
