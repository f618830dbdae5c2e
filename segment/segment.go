// Package segment cuts Chinese text into words with gse, keeping each word's
// rune offsets so that later stages can point back into the body, and picks
// the keywords of a document.
//
// gse segments by the shortest path through its dictionary, and that path
// depends only on the dictionary words the text contains and on the sum of
// all the dictionary's frequencies. So instead of loading gse's whole
// simplified-Chinese dictionary (over a second and some 130 MB at every
// start), a Segmenter keeps it in a compact sorted form (dict.txt, built by
// go generate) and gives gse, for each text, just the words found in it,
// plus one filler entry that no text contains, carrying the frequency of all
// the others so that the sum is the full dictionary's. The words, their
// parts of speech and the path costs are gse's own, so the cut is the one
// gse makes with the full dictionary; TestCutMatchesFullDictionary checks
// this.
//
// A Segmenter is read-only after New, and each Cut builds its own gse
// dictionary, so Cut and Keywords are safe for concurrent use;
// segment_test.go checks this under -race.
package segment

import (
	"context"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/unionfacts/unionfacts/segment/internal/wordlist"
)

// domainDict lists union-work terms in gse's "word freq pos" form, so that
// 工会服务驿站 or 县级工会加强年 come out as one word instead of three.
//
//go:embed domain.txt
var domainDict string

// fillerKey is the key of the entry that carries the frequency of the words
// a text does not contain. gse compares keys as bytes, and 0xFF is no byte
// of UTF-8 text, so no text matches it.
const fillerKey = "\xff\xff"

// Token is one word of a text.
type Token struct {
	Text string
	// Start and End are rune offsets into the segmented text, End exclusive.
	Start, End int
	// Pos is gse's part-of-speech tag ("n", "v", "m", ...), "" when unknown.
	Pos string
}

// Segmenter holds the dictionaries. Load it once per process: it is safe
// for concurrent use.
type Segmenter struct {
	// domain words win over the dictionary's: loaded first into gse, as
	// before, they were kept where the dictionary repeated them.
	domain, dict *dictionary
	total        float64 // the sum of the frequencies of all words gse would load
	stop         map[string]bool
}

// New indexes the embedded dictionary and reads the domain words. It reads
// nothing from disk, so it works in a deployed binary.
func New() (*Segmenter, error) {
	d, err := parseDictionary(dictText)
	if err != nil {
		return nil, err
	}
	words, err := wordlist.Read(strings.NewReader(domainDict))
	if err != nil {
		return nil, err
	}
	domain, err := parseDictionary(wordlist.Compact(words))
	if err != nil {
		return nil, err
	}
	s := &Segmenter{domain: domain, dict: d, total: domain.total + d.total, stop: stopWords()}
	for _, w := range words {
		if i, ok := d.find(w.Key); ok {
			s.total -= d.entry(i).Freq // shadowed by the domain word
		}
	}
	return s, nil
}

// Default returns the process's shared Segmenter, loading it on first use;
// a load error is returned to every caller.
func Default() (*Segmenter, error) { return loadDefault() }

var loadDefault = sync.OnceValues(New)

// Cut segments text into tokens in reading order. Offsets are counted on
// text itself, so text[Start:End] in runes is always the token's source.
func (s *Segmenter) Cut(text string) []Token {
	return cut(s.gseFor(text), text)
}

// Within returns a Cutter for the parts of text.
func (s *Segmenter) Within(text string) *Cutter { return &Cutter{s: s, text: text} }

// Cutter cuts parts of one text, such as the words around each number of a
// body. Its Cut gives the tokens Segmenter.Cut gives, but builds gse's
// dictionary once for the whole text, on first use, rather than once per
// part: every word of a part is a word of the text, and the text's other
// words do not change the part's cut. A document's keywords and the nouns
// of its facts share one Cutter. A Cutter is for one goroutine.
type Cutter struct {
	s     *Segmenter
	text  string
	words *words // the text's, found on first use
	g     *gse.Segmenter
}

// Cut segments part as Segmenter.Cut does. A part holding a word the
// Cutter's text does not (a part that is not in the text) is cut with a
// dictionary of its own. That is checked word by word, not by looking for
// the part in the text, which would read the text once a part.
func (c *Cutter) Cut(part string) []Token {
	if !c.textWords().holds(c.s.wordsOf(part)) {
		return c.s.Cut(part)
	}
	return cut(c.g, part)
}

// Keywords returns the keywords of the Cutter's text, as
// Segmenter.Keywords does.
func (c *Cutter) Keywords(ctx context.Context, n int) ([]string, error) {
	c.textWords()
	return c.s.keywords(ctx, c.g, c.text, n)
}

// textWords returns the text's words, with gse holding them as its dictionary,
// both made on first use.
func (c *Cutter) textWords() *words {
	if c.g == nil {
		c.words = c.s.wordsOf(c.text)
		c.g = c.s.gseWith(c.words)
	}
	return c.words
}

// words are the lines of the domain words and of the dictionary words a
// text holds, each sorted and listed once.
type words struct{ domain, dict []uint32 }

func (s *Segmenter) wordsOf(text string) *words {
	lower := wordlist.LowerASCII(text)
	domain := s.domain.matches(lower, nil)
	slices.Sort(domain)
	dict := s.dict.matches(lower, nil)
	slices.Sort(dict)
	return &words{slices.Compact(domain), slices.Compact(dict)}
}

// holds reports whether w holds every word of o.
func (w *words) holds(o *words) bool {
	return subset(o.domain, w.domain) && subset(o.dict, w.dict)
}

// subset reports whether sorted a is a subset of sorted b.
func subset(a, b []uint32) bool {
	for _, x := range a {
		if _, found := slices.BinarySearch(b, x); !found {
			return false
		}
	}
	return true
}

// gseFor returns a gse segmenter whose dictionary holds the words of text
// and the filler entry (see the package comment).
func (s *Segmenter) gseFor(text string) *gse.Segmenter { return s.gseWith(s.wordsOf(text)) }

// gseWith returns a gse segmenter whose dictionary holds ws and the filler
// entry.
func (s *Segmenter) gseWith(ws *words) *gse.Segmenter {
	g := &gse.Segmenter{Dict: gse.NewDict()}
	sum := 0.0
	add := func(e wordlist.Entry) {
		// AddToken fails only for a trie of more than MaxInt words.
		_ = g.AddToken(e.Key, e.Freq, e.Pos)
		sum += e.Freq
	}
	for _, i := range ws.domain {
		add(s.domain.entry(i))
	}
	for _, i := range ws.dict {
		if e := s.dict.entry(i); !s.domain.has(e.Key) {
			add(e)
		}
	}
	_ = g.AddToken(fillerKey, s.total-sum, "x")
	g.CalcToken()
	return g
}

func cut(g *gse.Segmenter, text string) []Token {
	parts := g.Pos(text)
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
