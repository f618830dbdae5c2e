package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"

	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/schema"
)

// isRunDir says whether path is a folder holding a run's output.
func isRunDir(path string) bool {
	info, err := os.Stat(filepath.Join(path, schema.DocumentsFile))
	return err == nil && !info.IsDir()
}

// showRun prints what the run in dir holds, counted from its files as the
// run counted it: documents, failures, copies found, facts per metric.
func showRun(stdout io.Writer, dir string, asJSON bool) error {
	sum, err := batch.SummarizeRun(dir)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	sum.PrintCounts(stdout)
	return nil
}
