//go:build unix

package sqlite

import (
	"errors"
	"os"
	"syscall"
)

// lockLoad takes, without waiting, the load lock of the database at path:
// an exclusive flock on the file path + "-load", which the kernel releases
// when its process dies however it dies. ok is false when another process
// holds it.
func lockLoad(path string) (release func(), ok bool, err error) {
	f, err := os.OpenFile(path+"-load", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return func() { f.Close() }, true, nil // closing the file releases the lock
}
