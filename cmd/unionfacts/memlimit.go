package main

import (
	"os"
	"runtime/debug"
)

// The default soft memory limit of a run: a base for the process (its
// tables, the search for copies, the Parquet files being written) and a
// share for the page each worker holds.
const (
	baseMemory   = 48 << 20
	workerMemory = 16 << 20
)

// setMemoryLimit gives the Go runtime a soft memory limit for a run with
// the given number of workers, unless GOMEMLIMIT sets one. Without it the
// heap grows to twice what is live before each collection, so peak memory
// follows the largest live heap of the whole run; near the limit the
// runtime collects sooner instead. The limit is soft: a page that needs
// more still gets it, at the cost of more collections.
func setMemoryLimit(workers int) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit(workers))
	}
}

func memoryLimit(workers int) int64 { return baseMemory + int64(max(workers, 1))*workerMemory }
