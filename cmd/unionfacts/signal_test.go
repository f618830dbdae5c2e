package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/internal/stress"
	"github.com/unionfacts/unionfacts/schema"
)

// mainEnv makes the test binary run main() instead of the tests, so that a
// test can signal a real run.
const mainEnv = "UNIONFACTS_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(mainEnv) != "" {
		main()
	}
	os.Exit(m.Run())
}

// TestSIGTERMStopsARun signals a run while a long page is in flight: it
// exits with the interrupted status, and a resume ends with the rows of
// an uninterrupted run.
func TestSIGTERMStopsARun(t *testing.T) {
	in, out, ref := t.TempDir(), t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "a-long.txt"), []byte(stress.Money(10000)), 0o644))
	writeInputs(t, filepath.Join(in, "b"))

	cmd := exec.Command(os.Args[0], "run", "--quiet", "--workers", "1", "--out", out, in)
	cmd.Env = append(os.Environ(), mainEnv+"=1")
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	// The journal appears once the pipeline is loaded and pages are read;
	// the deadline only guards against a hang.
	deadline := time.Now().Add(time.Minute)
	for {
		if _, err := os.Stat(filepath.Join(out, batch.PartialDir)); err == nil {
			break
		}
		require.True(t, time.Now().Before(deadline), "the run never started")
		time.Sleep(20 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-exited:
		var exit *exec.ExitError
		require.True(t, errors.As(err, &exit), "run ended with %v", err)
		assert.Equal(t, exitInterrupted, exit.ExitCode())
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("the run went on after SIGTERM")
	}
	assert.NoFileExists(t, filepath.Join(out, schema.DocumentsFile))

	_, _, err := runCLI(t, "run", "--quiet", "--out", ref, in)
	require.NoError(t, err)
	_, _, err = runCLI(t, "run", "--quiet", "--resume", "--out", out, in)
	require.NoError(t, err)
	assert.Equal(t, docsIn(t, ref), docsIn(t, out))
	assert.Equal(t, factsIn(t, ref), factsIn(t, out))
}

func factsIn(t *testing.T, out string) []schema.FactRow {
	t.Helper()
	rows, err := parquet.ReadFile[schema.FactRow](filepath.Join(out, schema.FactsFile))
	require.NoError(t, err)
	return rows
}
