package sqlite

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
)

// readers is how many connections a Store reads on at once: enough that a
// long scan (a network, flows over years), which holds a connection while
// its caller reads every event, leaves connections free for the short
// reads of other requests; few enough to bound the memory of the scans
// under way, each of which a caller may hold whole (with 32, a mixed load
// on a million events took the server to 890 MB, with 8 to 470 MB). SQLite
// in WAL mode lets them all read while the writer writes, each from the
// last commit when its read began; each keeps a page cache of up to 8 MB.
const readers = 8

// dsns returns the data source names of the writer's connection and of the
// readers' pool for the database at path. A private in-memory database
// (":memory:") lives in SQLite's memdb under a name of its own, which
// connections of one process share: there, a write waits for the reads
// under way, and they for it, since only a file can have a write-ahead log.
func dsns(path string) (write, read string) {
	// Transactions of the writer begin IMMEDIATE: Add reads before it
	// writes, and a deferred transaction that another writer overtook in
	// between could not then write.
	const common = "&_pragma=busy_timeout(10000)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)"
	if path == ":memory:" {
		b := make([]byte, 12)
		rand.Read(b)
		file := "file:/dyad-" + hex.EncodeToString(b) + "?vfs=memdb"
		return file + "&_txlock=immediate" + common, file + common + "&_pragma=query_only(ON)"
	}
	// a file's name in a URI: "#" and "?" would end it and "%" start an
	// escape
	file := "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path) + "?"
	write = file + "_txlock=immediate" + common + "&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)"
	read = file + "_pragma=query_only(ON)" + common + "&_pragma=cache_size(-8192)"
	return write, read
}
