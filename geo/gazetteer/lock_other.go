//go:build !unix

package gazetteer

// lockFile does nothing where flock is not available: concurrent first opens
// then build the database more than once, and the last rename wins, which
// is still correct.
func lockFile(path string) (func(), error) {
	return func() {}, nil
}
