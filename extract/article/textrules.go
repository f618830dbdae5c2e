package article

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// The word lists live in data files rather than code so that a researcher
// can read and extend them without touching Go: copy the three files into a
// directory, edit them, and pass os.DirFS(dir) to LoadRules.
//
//go:embed boilerplate.txt labels.txt surnames.txt
var defaultFiles embed.FS

// Rules are the word lists the text reader works from: boilerplate markers
// (boilerplate.txt), header field labels (labels.txt) and the surnames a
// bylined name must start with (surnames.txt). A Rules is read-only once
// loaded and safe for concurrent use.
type Rules struct {
	lineStarts []string         // [line]: the line alone is furniture
	contains   substrings       // [contains]: the line alone is furniture
	tails      []string         // [tail]: the line and all after it go
	patterns   []pattern        // [pattern]: the line alone is furniture
	datelines  []*regexp.Regexp // [dateline]: opens the first paragraph
	labels     []label          // longest first, so 责任编辑 wins over 编辑
	byFirst    map[rune][]label // labels by first rune, longest first
	surnames   map[string]bool
	nobody     map[string]bool // [nobody] in labels.txt: 未知, 佚名
	outlets    []string        // [outlet] in labels.txt: how outlets' names end
}

// labelKind is the field a header label introduces.
type labelKind int

// noLabel stands for "no field" where a labelKind is expected.
const noLabel labelKind = -1

const (
	labelPublished labelKind = iota
	labelUpdated
	labelSource
	labelAuthor
	labelIgnore
	labelPhoto // a credit after its names (张三 摄): they are not authors
)

// label is one entry of labels.txt in canonical form, as runes for
// findLabels and as a string for role, which matches inside strings.
type label struct {
	runes []rune
	text  string
	kind  labelKind
}

var labelSections = map[string]labelKind{
	"published": labelPublished,
	"updated":   labelUpdated,
	"source":    labelSource,
	"author":    labelAuthor,
	"ignore":    labelIgnore,
	"photo":     labelPhoto,
}

// DefaultRules returns the rules embedded in the binary, parsed once.
func DefaultRules() *Rules { return defaultRules() }

var defaultRules = sync.OnceValue(func() *Rules {
	r, err := LoadRules(defaultFiles)
	if err != nil {
		panic("article: embedded rules: " + err.Error()) // caught by TestDefaultRules
	}
	return r
})

// LoadRules reads boilerplate.txt, labels.txt and surnames.txt from fsys.
// Errors name the file and line at fault.
func LoadRules(fsys fs.FS) (*Rules, error) {
	r := &Rules{surnames: map[string]bool{}, nobody: map[string]bool{}}
	err := readSections(fsys, "boilerplate.txt", func(section, entry string) error {
		switch section {
		case "line":
			r.lineStarts = append(r.lineStarts, canon(entry))
		case "contains":
			r.contains.add(canon(entry))
		case "tail":
			r.tails = append(r.tails, canon(entry))
		case "pattern":
			p, err := compilePattern(entry)
			if err != nil {
				return err
			}
			r.patterns = append(r.patterns, p)
		case "dateline":
			re, err := regexp.Compile(entry)
			if err != nil {
				return err
			}
			r.datelines = append(r.datelines, re)
		default:
			return fmt.Errorf("unknown section [%s]", section)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readSections(fsys, "labels.txt", func(section, entry string) error {
		switch section {
		case "nobody":
			r.nobody[canon(entry)] = true
			return nil
		case "outlet":
			r.outlets = append(r.outlets, canon(entry))
			return nil
		}
		kind, ok := labelSections[section]
		if !ok {
			return fmt.Errorf("unknown section [%s]", section)
		}
		c := canon(entry)
		r.labels = append(r.labels, label{runes: []rune(c), text: c, kind: kind})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(r.labels, func(i, j int) bool {
		return len(r.labels[i].runes) > len(r.labels[j].runes)
	})
	r.byFirst = map[rune][]label{}
	for _, l := range r.labels {
		r.byFirst[l.runes[0]] = append(r.byFirst[l.runes[0]], l)
	}
	err = readSections(fsys, "surnames.txt", func(_, entry string) error {
		for _, s := range strings.Fields(entry) {
			r.surnames[s] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// sectionHeader matches a [section] line: a lower-case ASCII name, so that
// a marker such as [打印] is an entry, not a section.
var sectionHeader = regexp.MustCompile(`^\[([a-z]+)\]`)

// readSections calls add for every entry line of a data file with the name
// of the [section] it stands under ("" before the first).
func readSections(fsys fs.FS, name string, add func(section, entry string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("article: rules: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	section := ""
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case sectionHeader.MatchString(line):
			section = sectionHeader.FindStringSubmatch(line)[1]
		default:
			if err := add(section, line); err != nil {
				return fmt.Errorf("article: rules: %s:%d: %w", name, n, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("article: rules: %s: %w", name, err)
	}
	return nil
}

// canon is the form lines and markers are compared in: trimmed, full-width
// ASCII folded to ASCII (：→:, （→(, １→1), ideographic and no-break spaces
// to plain ones, Latin letters in lower case. Pages mix both widths freely.
func canon(s string) string {
	return strings.TrimSpace(strings.Map(foldLower, s))
}

// foldLower is foldWidth and then unicode.ToLower, as strings.ToLower maps
// runes, in one pass: canon runs on every line of a page.
func foldLower(r rune) rune { return unicode.ToLower(foldWidth(r)) }

// maxFurnitureRunes is how much of a line the furniture markers look at: a
// line is judged by its head, and a paragraph longer than this is article
// text whatever its tail holds.
const maxFurnitureRunes = 200

// canonHead is canon of the first maxFurnitureRunes runes of s.
func canonHead(s string) string {
	n := 0
	for i := range s {
		if n == maxFurnitureRunes {
			return canon(s[:i])
		}
		n++
	}
	return canon(s)
}

func foldWidth(r rune) rune {
	switch {
	case r >= '！' && r <= '～':
		return r - '！' + '!'
	case r == '\u3000' || r == '\u00a0':
		return ' '
	}
	return r
}
