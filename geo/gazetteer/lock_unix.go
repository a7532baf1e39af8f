//go:build unix

package gazetteer

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on path, creating it if needed,
// and returns the function that releases it. The lock dies with the process,
// so a crashed build never leaves it held.
func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
