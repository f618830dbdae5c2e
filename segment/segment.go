// Package segment cuts Chinese text into words with gse, keeping each word's
// rune offsets so that later stages can point back into the body, and picks
// the keywords of a document.
//
// Loading the dictionaries takes seconds, so a process loads one Segmenter
// and shares it: after New returns, gse only reads its dictionary (the
// shortest-path search keeps its state in locals), which makes Cut and
// Keywords safe for concurrent use; segment_test.go checks this under -race.
package segment

import (
	_ "embed"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// domainDict lists union-work terms in gse's "word freq pos" form, so that
// 工会服务驿站 or 县级工会加强年 come out as one word instead of three.
//
//go:embed domain.txt
var domainDict string

// Token is one word of a text.
type Token struct {
	Text string
	// Start and End are rune offsets into the segmented text, End exclusive.
	Start, End int
	// Pos is gse's part-of-speech tag ("n", "v", "m", ...), "" when unknown.
	Pos string
}

// Segmenter holds the loaded dictionaries. Load it once per process: it is
// safe for concurrent use.
type Segmenter struct {
	seg  gse.Segmenter
	stop map[string]bool
}

// New loads gse's embedded simplified-Chinese dictionary and the domain
// dictionary. It reads nothing from disk, so it works in a deployed binary
// (gse.New reads its dictionary from the module source path instead).
//
// The domain words are loaded first because gse keeps the first entry of a
// word it sees twice, and because every load recomputes all path costs:
// loading the small dictionary first keeps that expensive pass to one.
func New() (*Segmenter, error) {
	s := &Segmenter{stop: stopWords()}
	if err := s.seg.LoadDictStr(domainDict); err != nil {
		return nil, err
	}
	if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, err
	}
	return s, nil
}

// Default returns the process's shared Segmenter, loading it on first use.
// Every pipeline and test in a process shares it, so the dictionaries are
// loaded once however many pipelines are built; a load error is returned
// to every caller.
func Default() (*Segmenter, error) { return loadDefault() }

var loadDefault = sync.OnceValues(New)

// Cut segments text into tokens in reading order. Offsets are counted on
// text itself, so text[Start:End] in runes is always the token's source.
func (s *Segmenter) Cut(text string) []Token {
	parts := s.seg.Pos(text)
	toks := make([]Token, 0, len(parts))
	rest, at := text, 0
	for _, p := range parts {
		// gse lower-cases Latin letters; take the text from the source.
		n := utf8.RuneCountInString(p.Text)
		end := byteIndexOfRune(rest, n)
		toks = append(toks, Token{Text: rest[:end], Start: at, End: at + n, Pos: p.Pos})
		rest, at = rest[end:], at+n
	}
	return toks
}

// byteIndexOfRune returns the byte offset of the n-th rune of s.
func byteIndexOfRune(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
