package redact

// SetNamePrefilters turns the prefilters of the names and Hangul detectors on or off, for
// the test that compares their output with and without them.
func SetNamePrefilters(on bool) { namesNoPrefilter.Store(!on) }
