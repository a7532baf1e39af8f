//go:build unix

package gazetteer

import (
	"errors"
	"os"
	"syscall"
)

// lockDir takes an exclusive advisory lock on the directory dir and returns
// the function that releases it. When another process holds it, waiting is
// called once before blocking. Locking the directory itself, not a lock
// file, leaves nothing behind; the lock dies with the process, so a crashed
// build never leaves it held.
func lockDir(dir string, waiting func()) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		waiting()
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		for errors.Is(err, syscall.EINTR) {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
