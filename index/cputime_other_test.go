//go:build !unix

package index_test

import "time"

// cpuTime is not measured here; docs/cpu-s then reports +Inf.
func cpuTime() time.Duration { return 0 }
