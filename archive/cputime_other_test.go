//go:build !unix

package archive

import "time"

// cpuTime is not measured here; the CPU metrics then report +Inf.
func cpuTime() time.Duration { return 0 }
