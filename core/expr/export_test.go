package expr

// SetMaxCached sets the floats the caches of one Grid call may hold, and
// returns the function that restores the bound.
func SetMaxCached(n int) (restore func()) {
	old := maxCached
	maxCached = n
	return func() { maxCached = old }
}
