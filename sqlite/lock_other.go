//go:build !unix

package sqlite

// lockLoad cannot tell a live loader here: every caller gets the lock, so
// that Open finishes a load that any process left, alive or not (which is
// safe: the loader's next Add reads the mode and goes on in normal mode).
func lockLoad(path string) (release func(), ok bool, err error) {
	return func() {}, true, nil
}
