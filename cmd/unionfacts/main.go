// Command unionfacts turns scraped Chinese trade-union work reports into
// typed facts in Parquet.
//
//	unionfacts run [--out DIR] [PATH...]   extract pages into DIR/*.parquet
//	unionfacts eval DIR...                 score against gold files
//	unionfacts show FILE                   one document's extraction
//	unionfacts show DIR                    what a run's output holds
//	unionfacts panel DIR                   rebuild a run's county-year panel
//	unionfacts eval-pages DIR              score HTML boilerplate removal
//	unionfacts numbers                     read quantities from stdin lines
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

// Exit statuses.
const (
	exitOK         = 0
	exitFatal      = 1
	exitUsage      = 2
	exitDocsFailed = 3
	// exitInterrupted follows the shell's 128+SIGINT convention.
	exitInterrupted = 130
)

var (
	// errUsage marks a command line that could not be understood.
	errUsage = errors.New("usage")
	// errDocsFailed means the run finished but some documents failed.
	errDocsFailed = errors.New("some documents failed")
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go stopOnSignal(cancel)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(exitOK)
	case errors.Is(err, errUsage):
		if err != errUsage { // a bare errUsage has printed its usage already
			fmt.Fprintln(os.Stderr, "unionfacts:", err)
		}
		os.Exit(exitUsage)
	case errors.Is(err, errDocsFailed):
		os.Exit(exitDocsFailed)
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(os.Stderr, "unionfacts: interrupted:", err)
		os.Exit(exitInterrupted)
	default:
		fmt.Fprintln(os.Stderr, "unionfacts:", err)
		os.Exit(exitFatal)
	}
}

// stopGrace is how long a run has, once signalled, to finish the pages in
// flight and close its journal. The stages check for the stop as they go,
// so this is a backstop against a step that does not (parsing one huge
// page): the journal survives being cut off at any moment, and a resume
// extracts again what it did not hold.
const stopGrace = 3 * time.Second

// stopOnSignal cancels the run at SIGINT or SIGTERM, and exits at a second
// signal or stopGrace after the first, whichever comes first.
func stopOnSignal(cancel context.CancelFunc) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	<-sigs
	cancel()
	select {
	case <-sigs:
	case <-time.After(stopGrace):
	}
	fmt.Fprintln(os.Stderr, "unionfacts: interrupted while pages were in flight; run again with --resume to carry on")
	os.Exit(exitInterrupted)
}

const usage = `unionfacts turns Chinese trade-union work reports into typed facts.

Usage:
  unionfacts run [--out DIR] [--workers N] [--resume] [PATH|GLOB...]
        extract pages (files, folders, .gz, JSONL, WARC) into DIR/documents.parquet, DIR/facts.parquet and
        DIR/panel.parquet (the county-year panel); no PATH runs the embedded sample reports
  unionfacts eval [--json] [--detail] [--floors FILE] DIR...
        score extraction against the *.gold.json files in each DIR
  unionfacts eval-pages [--json] [--detail] [--floors FILE] DIR
        score HTML boilerplate removal (body, date, authors) on an original/cleaned/date/author dataset
  unionfacts show [--json] FILE
        one document's extraction, readable by a person, each fact marked with its rule
  unionfacts show DIR
        what the run in DIR holds: documents, failures, copies found, facts per metric
  unionfacts panel [--periods FILE] DIR
        rebuild DIR/panel.parquet from the run's DIR/documents.parquet and DIR/facts.parquet
  unionfacts numbers [--units FILE] [--markers FILE]
        one JSON line per quantity in each line of stdin
  unionfacts version

Run 'unionfacts COMMAND -h' for a command's flags.
`

// run dispatches a subcommand. It writes only to the given streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return runCmd(ctx, rest, stdout, stderr)
	case "eval":
		return evalCmd(ctx, rest, stdout, stderr)
	case "show":
		return showCmd(ctx, rest, stdout, stderr)
	case "panel":
		return panelCmd(rest, stdout, stderr)
	case "eval-pages":
		return evalPagesCmd(ctx, rest, stdout, stderr)
	case "numbers":
		return numbersCmd(rest, stdin, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "unionfacts", Version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "unionfacts: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}
