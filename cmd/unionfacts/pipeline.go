package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/article"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/script"
)

// pipelineFlags are the flags every extracting command shares: the data
// files a researcher may replace.
type pipelineFlags struct {
	rules        string
	articleRules string
	scriptTables string
	periods      string
	numbers      numberFlags
}

func (pf *pipelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&pf.rules, "rules", "", "fact rules `FILE` (JSON) replacing or extending the embedded rules (see extract/facts/doc.go)")
	registerArticleRules(fs, &pf.articleRules)
	fs.StringVar(&pf.scriptTables, "script-tables", "", "`DIR` holding "+strings.Join(scriptTableFiles, " or ")+
		", the traditional/simplified character tables, to use instead of the embedded one of the same name (see extract/script/doc.go)")
	fs.StringVar(&pf.periods, "periods", "", "period words `FILE` replacing the embedded table, or amending it with a first line "+
		"\"extends default\" (see extract/period/periods.txt)")
	pf.numbers.register(fs)
}

// args returns the flags as given, for a run's metadata, each data file
// or folder with a digest of what it held, since a resumed run must read
// the same data and a path alone does not say that. (The fact rules'
// hash has a metadata key of its own.)
func (pf *pipelineFlags) args() ([]string, error) {
	out := []string{"--rules=" + pf.rules}
	for _, f := range []struct{ flag, path string }{
		{"--article-rules", pf.articleRules}, {"--script-tables", pf.scriptTables},
		{"--units", pf.numbers.units}, {"--markers", pf.numbers.markers}, {"--periods", pf.periods},
	} {
		arg := f.flag + "=" + f.path
		if f.path != "" {
			sum, err := digest(f.path)
			if err != nil {
				return nil, err
			}
			arg += " sha256:" + sum
		}
		out = append(out, arg)
	}
	return out, nil
}

// digest returns the SHA-256 of a file, or of a folder's file names and
// contents in name order.
func digest(path string) (string, error) {
	h := sha256.New()
	files := []string{path}
	if info, err := os.Stat(path); err != nil {
		return "", err
	} else if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return "", err
		}
		files = files[:0]
		for _, e := range entries {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(name), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// load builds the pipeline the flags describe, and returns its rules too so
// that outputs can record their hash.
func (pf *pipelineFlags) load() (*extract.Pipeline, *facts.Rules, error) {
	rules, err := loadRules(pf.rules)
	if err != nil {
		return nil, nil, err
	}
	opts := extract.Options{Rules: rules}
	if opts.Article, err = loadArticleRules(pf.articleRules); err != nil {
		return nil, nil, err
	}
	if opts.Numbers, err = pf.numbers.load(); err != nil {
		return nil, nil, err
	}
	if opts.Periods, err = loadPeriods(pf.periods); err != nil {
		return nil, nil, err
	}
	if opts.Script, err = loadScriptTables(pf.scriptTables); err != nil {
		return nil, nil, err
	}
	p, err := extract.New(opts)
	if err != nil {
		return nil, nil, err
	}
	return p, rules, nil
}

func registerArticleRules(fs *flag.FlagSet, dir *string) {
	fs.StringVar(dir, "article-rules", "", "`DIR` holding any of "+strings.Join(articleRuleFiles, ", ")+
		" to use instead of the embedded file of the same name (see extract/article/doc.go)")
}

// articleRuleFiles are the files --article-rules may hold.
var articleRuleFiles = []string{"boilerplate.txt", "labels.txt", "surnames.txt", "html_hints.txt"}

// loadArticleRules reads the rule files in dir over the embedded ones; ""
// gives the embedded rules. Anything else in dir is an error, so that a
// misspelt file name is not silently ignored.
func loadArticleRules(dir string) (*article.HTMLRules, error) {
	if dir == "" {
		return article.DefaultHTMLRules(), nil
	}
	fsys, err := dataDir("article rules", dir, articleRuleFiles)
	if err != nil {
		return nil, err
	}
	_, html, err := article.LoadWithDefaults(fsys)
	if err != nil {
		return nil, fmt.Errorf("article rules: %s: %w", dir, err)
	}
	return html, nil
}

// scriptTableFiles are the files --script-tables may hold.
var scriptTableFiles = []string{script.Hant2HansFile, script.Hans2HantFile}

// loadScriptTables reads the character tables in dir over the embedded
// ones; "" gives the embedded tables.
func loadScriptTables(dir string) (*script.Table, error) {
	if dir == "" {
		return script.Default(), nil
	}
	fsys, err := dataDir("script tables", dir, scriptTableFiles)
	if err != nil {
		return nil, err
	}
	t, err := script.LoadWithDefaults(fsys)
	if err != nil {
		return nil, fmt.Errorf("script tables: %s: %w", dir, err)
	}
	return t, nil
}

// dataDir opens a folder of data files that replace embedded ones. A file
// not among allowed is an error, so that a misspelt name is not silently
// ignored; what names the files in errors.
func dataDir(what, dir string, allowed []string) (fs.FS, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for _, e := range entries {
		if !slices.Contains(allowed, e.Name()) {
			return nil, fmt.Errorf("%s: %s: unknown file %s (want any of %s)", what, dir, e.Name(), strings.Join(allowed, ", "))
		}
	}
	return os.DirFS(dir), nil
}

// loadPeriods reads a period words table; "" gives the embedded one.
func loadPeriods(path string) (*period.Words, error) {
	if path == "" {
		return period.DefaultWords(), nil
	}
	return parseFile("periods", path, period.ParseWords)
}

func loadRules(path string) (*facts.Rules, error) {
	if path == "" {
		return facts.DefaultRules()
	}
	return parseFile("rules", path, facts.ParseRules)
}

// parseFile parses the data file at path, naming what it holds in errors.
func parseFile[T any](what, path string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	defer f.Close()
	t, err := parse(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %s: %w", what, path, err)
	}
	return t, nil
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
