package article

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"
)

//go:embed html_hints.txt
var htmlHintFiles embed.FS

// HTMLRules hold the class and id fragments that help find an HTML page's
// article container (html_hints.txt), and the text Rules whose boilerplate
// markers, labels and surnames the HTML reader shares with the text reader.
// They are data, not code, so that a researcher can tune them for a new
// site family without touching Go. An HTMLRules is read-only once loaded
// and safe for concurrent use.
type HTMLRules struct {
	text     *Rules
	positive []string // the element likely holds the article
	negative []string // the element is furniture: nav, comments, shares
	// hiddenClass are class names that hide an element from readers.
	hiddenClass map[string]bool
	// <meta> keys for the fields, best first.
	dateMeta, sourceMeta, authorMeta []string
}

// DefaultHTMLRules returns the rules embedded in the binary, parsed once.
func DefaultHTMLRules() *HTMLRules { return defaultHTMLRules() }

var defaultHTMLRules = sync.OnceValue(func() *HTMLRules {
	r, err := LoadHTMLRules(htmlHintFiles, DefaultRules())
	if err != nil {
		panic("article: embedded html hints: " + err.Error()) // caught by TestDefaultHTMLRules
	}
	return r
})

// TextRules returns the text rules r was built on, for reading the pages
// saved as text alongside r's HTML pages.
func (r *HTMLRules) TextRules() *Rules { return r.text }

// LoadHTMLRules reads html_hints.txt from fsys; text gives the rules the
// HTML reader shares with FromText (DefaultRules, or LoadRules for a
// researcher's own). Errors name the file and line at fault.
func LoadHTMLRules(fsys fs.FS, text *Rules) (*HTMLRules, error) {
	if text == nil {
		return nil, fmt.Errorf("article: LoadHTMLRules needs text rules")
	}
	r := &HTMLRules{text: text, hiddenClass: map[string]bool{}}
	err := readSections(fsys, "html_hints.txt", func(section, entry string) error {
		entry = strings.ToLower(entry)
		switch section {
		case "positive":
			r.positive = append(r.positive, entry)
		case "negative":
			r.negative = append(r.negative, entry)
		case "hiddenclass":
			r.hiddenClass[entry] = true
		case "datemeta":
			r.dateMeta = append(r.dateMeta, entry)
		case "sourcemeta":
			r.sourceMeta = append(r.sourceMeta, entry)
		case "authormeta":
			r.authorMeta = append(r.authorMeta, entry)
		default:
			return fmt.Errorf("unknown section [%s]", section)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// hint is what an element's class, id and itemprop say about it.
type hint int

const (
	hintNone hint = iota
	hintPositive
	hintNegative
)

// classify reads the hint of an element from its class, id and itemprop
// values. Negative wins: "article-comment" is a comment box.
func (r *HTMLRules) classify(attrs string) hint {
	if strings.TrimSpace(attrs) == "" {
		return hintNone
	}
	attrs = strings.ToLower(attrs)
	if matchAny(attrs, r.negative) {
		return hintNegative
	}
	if matchAny(attrs, r.positive) {
		return hintPositive
	}
	return hintNone
}

// matchAny reports whether a token of attrs (a run of letters and digits)
// starts or ends with one of the fragments. It walks the tokens in place,
// since every element of a page is classified.
func matchAny(attrs string, fragments []string) bool {
	for t := range strings.FieldsFuncSeq(attrs, isNotAlnum) {
		for _, f := range fragments {
			if strings.HasPrefix(t, f) || strings.HasSuffix(t, f) {
				return true
			}
		}
	}
	return false
}

func isNotAlnum(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }
