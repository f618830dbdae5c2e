package main

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })

	t.Setenv("GOMEMLIMIT", "")
	setMemoryLimit(2)
	assert.Equal(t, int64(baseMemory+2*workerMemory), debug.SetMemoryLimit(-1))
	assert.Greater(t, memoryLimit(8), memoryLimit(2), "more workers hold more pages")
	assert.Equal(t, memoryLimit(1), memoryLimit(0))

	debug.SetMemoryLimit(math.MaxInt64)
	t.Setenv("GOMEMLIMIT", "1GiB")
	setMemoryLimit(2)
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1), "GOMEMLIMIT given: left alone")
}
