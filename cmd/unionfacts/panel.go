package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/unionfacts/unionfacts/panel"
	"github.com/unionfacts/unionfacts/schema"
)

// panelCmd rebuilds DIR/panel.parquet from the documents and facts of the
// run in DIR, as run writes it.
func panelCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("panel", "[--periods FILE] DIR", stderr)
	periods := fs.String("periods", "", "period words `FILE` whose stock metrics the panel reads (as given to run)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	words, err := loadPeriods(*periods)
	if err != nil {
		return err
	}
	dir := fs.Arg(0)
	b := panel.NewBuilder(words.Stock)
	if err := schema.ReadRun(dir, func(d schema.DocumentRow, facts []schema.FactRow) error {
		b.Add(d, facts)
		return nil
	}); err != nil {
		return err
	}
	rows := b.Rows()
	if err := schema.ReplacePanel(dir, rows); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d rows\n", filepath.Join(dir, schema.PanelFile), len(rows))
	return nil
}
