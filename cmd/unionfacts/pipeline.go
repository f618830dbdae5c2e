package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
)

// pipelineFlags are the flags every extracting command shares.
type pipelineFlags struct {
	rules string
}

func (pf *pipelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&pf.rules, "rules", "", "fact rules `FILE` (JSON) replacing or extending the embedded rules (see extract/facts/doc.go)")
}

// load builds the pipeline the flags describe, and returns its rules too so
// that outputs can record their hash.
func (pf *pipelineFlags) load() (*extract.Pipeline, *facts.Rules, error) {
	rules, err := loadRules(pf.rules)
	if err != nil {
		return nil, nil, err
	}
	p, err := extract.New(extract.Options{Rules: rules})
	if err != nil {
		return nil, nil, err
	}
	return p, rules, nil
}

func loadRules(path string) (*facts.Rules, error) {
	if path == "" {
		return facts.DefaultRules()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	defer f.Close()
	return facts.ParseRules(f)
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: unionfacts %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping every parse failure to errUsage; -h
// comes back as flag.ErrHelp, which main treats as success. Flags may come
// after positional arguments (`eval DIR --detail`), as researchers type
// them; everything after a "--" is positional.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// Parse once more so that fs.Args reports exactly the positionals.
	return fs.Parse(append([]string{"--"}, positional...))
}
