package sqlq

// ActorKeys returns the distinct pairs of actor code and key (code, key)
// that rows give their sources and targets, in the order they come: what a
// store adds to its table actor_keys, the catalogue with which Where turns
// a pair's code prefixes into keys that an index on (src_key, tgt_key)
// answers. Sides without an actor are left out.
func ActorKeys(rows []Row) [][2]string {
	seen := map[[2]string]bool{}
	var out [][2]string
	for i := range rows {
		for _, ck := range [][2]string{{rows[i].SrcCode, rows[i].SrcKey}, {rows[i].TgtCode, rows[i].TgtKey}} {
			if ck[0] != "" && !seen[ck] {
				seen[ck] = true
				out = append(out, ck)
			}
		}
	}
	return out
}
