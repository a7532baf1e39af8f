//go:build !unix

package gazetteer

// lockDir does nothing where flock is not available: concurrent first opens
// then build the database more than once, and the last rename wins, which
// is still correct.
func lockDir(dir string, waiting func()) (func(), error) {
	return func() {}, nil
}
