package numbers_test

import (
	"os"
	"path/filepath"
	"testing"
)

// shared returns a path under the shared data directory beside the repo,
// skipping the test where that directory is absent.
func shared(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{"..", "..", "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data absent: %v", err)
	}
	return p
}
