// Package segment cuts Chinese text into words with gse, keeping each word's
// rune offsets so that later stages can point back into the body.
package segment

import (
	"unicode/utf8"

	"github.com/go-ego/gse"
)

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
	seg gse.Segmenter
}

// New loads gse's embedded Chinese dictionary. It reads nothing from disk,
// so it works in a deployed binary.
func New() (*Segmenter, error) {
	s := &Segmenter{}
	if err := s.seg.LoadDictEmbed(); err != nil {
		return nil, err
	}
	return s, nil
}

// Cut segments text into tokens in reading order.
func (s *Segmenter) Cut(text string) []Token {
	parts := s.seg.Pos(text)
	toks := make([]Token, 0, len(parts))
	at := 0
	for _, p := range parts {
		n := utf8.RuneCountInString(p.Text)
		toks = append(toks, Token{Text: p.Text, Start: at, End: at + n, Pos: p.Pos})
		at += n
	}
	return toks
}
