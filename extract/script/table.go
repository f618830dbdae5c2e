package script

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./internal/gen

// embedded holds the tables generated from OpenCC's character
// dictionaries.
//
//go:embed hant2hans.txt hans2hant.txt
var embedded embed.FS

// The table files, traditional to simplified and back, as embedded and as
// LoadWithDefaults reads them.
const (
	Hant2HansFile = "hant2hans.txt"
	Hans2HantFile = "hans2hant.txt"
)

// Table converts between the scripts, character by character. It is
// read-only once built and safe for concurrent use.
type Table struct {
	// toHans and toHant hold each BMP character's conversion, 0 where it
	// has none.
	toHans, toHant []rune
	// kind marks the characters that only one script writes; an array,
	// so that indexing it with a uint16 needs no bounds check.
	kind *[bmp]charKind
	// printed marks the characters some traditional character becomes in
	// the view: only they can differ from the page as printed.
	printed []bool
}

// charKind says which script a character betrays.
type charKind uint8

const (
	neutral  charKind = iota
	hantOnly          // 會: converts, and is no simplified form of itself
	hansOnly          // 会: converts, and is no traditional form of itself
)

// bmp is the size of the lookup arrays: every entry is a three-byte
// character, so below U+10000.
const bmp = 1 << 16

// Default returns the embedded tables, parsed once.
var Default = sync.OnceValue(func() *Table {
	t, err := LoadWithDefaults(embedded)
	if err != nil {
		panic("script: embedded tables: " + err.Error()) // a build error, caught by the tests
	}
	return t
})

// LoadWithDefaults reads the table files (Hant2HansFile, Hans2HantFile)
// from fsys, taking the embedded one for a file fsys does not hold: a
// researcher's edited copy of either table.
func LoadWithDefaults(fsys fs.FS) (*Table, error) {
	var tables [2]io.Reader
	for i, name := range []string{Hant2HansFile, Hans2HantFile} {
		raw, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			raw, err = embedded.ReadFile(name)
		}
		if err != nil {
			return nil, fmt.Errorf("script: %w", err)
		}
		tables[i] = bytes.NewReader(raw)
	}
	return Parse(tables[0], tables[1])
}

// Parse reads the two tables, traditional to simplified and simplified to
// traditional, in OpenCC's format: "key<TAB>candidate candidate…" per
// line, the first candidate being the conversion. Keys and candidates must
// be single characters of three UTF-8 bytes (U+0800–U+FFFF), so that a
// converted text keeps every offset; "#" starts a comment line.
func Parse(hant2hans, hans2hant io.Reader) (*Table, error) {
	t := &Table{
		toHans: make([]rune, bmp), toHant: make([]rune, bmp),
		kind: new([bmp]charKind), printed: make([]bool, bmp),
	}
	if err := t.read(hant2hans, t.toHans, hantOnly, "hant2hans"); err != nil {
		return nil, err
	}
	if err := t.read(hans2hant, t.toHant, hansOnly, "hans2hant"); err != nil {
		return nil, err
	}
	for _, r := range t.toHans {
		if r != 0 {
			t.printed[r] = true
		}
	}
	return t, nil
}

// read fills conv from one table, marking as only the keys that are not
// among their own candidates.
func (t *Table) read(r io.Reader, conv []rune, only charKind, name string) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, cands, ok := strings.Cut(line, "\t")
		fields := strings.Fields(cands)
		if !ok || len(fields) == 0 {
			return fmt.Errorf("script: %s line %d: want key<TAB>candidates, got %q", name, n, line)
		}
		k, err := char(key)
		if err != nil {
			return fmt.Errorf("script: %s line %d: key: %w", name, n, err)
		}
		self := false
		for i, c := range fields {
			r, err := char(c)
			if err != nil {
				return fmt.Errorf("script: %s line %d: candidate: %w", name, n, err)
			}
			if i == 0 && r != k {
				conv[k] = r
			}
			self = self || r == k
		}
		switch {
		case self:
		case t.kind[k] == neutral:
			t.kind[k] = only
		case t.kind[k] != only:
			t.kind[k] = neutral // each table calls it the other script's: no evidence
		}
	}
	return sc.Err()
}

// char reads a single character of three UTF-8 bytes.
func char(s string) (rune, error) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || n != len(s) || n != 3 {
		return 0, fmt.Errorf("%q is not one character of three UTF-8 bytes", s)
	}
	return r, nil
}
