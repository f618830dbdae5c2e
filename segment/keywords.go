package segment

import (
	"context"
	_ "embed"
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// stopList holds words that every union report uses (工会, 职工, 开展...);
// as keywords they would name the genre, not the document.
//
//go:embed stopwords.txt
var stopList string

func stopWords() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stopList, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
}

// Keywords returns up to n words of text ranked by TF-IDF, best first.
//
// The inverse document frequency is read from the segmentation
// dictionary's word frequencies (log of total over word frequency) rather
// than from gse's separate 6 MB idf table: the dictionary is at hand
// anyway, and for ranking words within one document the two orders agree
// closely.
// Only words of two or more Han characters tagged as nouns, verbs or domain
// terms count; stop words never do.
//
// The text is segmented a piece at a time (see pieces), so that memory
// holds the tokens of one piece, not of a whole book-length page, and ctx
// is checked between pieces; its error is the only one.
func (s *Segmenter) Keywords(ctx context.Context, text string, n int) ([]string, error) {
	return s.Within(text).Keywords(ctx, n)
}

// keywords ranks the words g cuts text into.
func (s *Segmenter) keywords(ctx context.Context, g *gse.Segmenter, text string, n int) ([]string, error) {
	tf := map[string]int{}
	for piece := range pieces(text) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, t := range cut(g, piece) {
			if s.candidate(t) {
				tf[t.Text]++
			}
		}
	}
	total := g.Dict.TotalFreq()
	type scored struct {
		word  string
		score float64
	}
	ranked := make([]scored, 0, len(tf))
	for w, c := range tf {
		freq, _, ok := g.Dict.Find([]byte(w))
		if !ok || freq <= 0 {
			freq = 1
		}
		ranked = append(ranked, scored{w, float64(c) * math.Log(total/freq)})
	}
	slices.SortFunc(ranked, func(a, b scored) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.word, b.word)
	})
	out := make([]string, 0, min(n, len(ranked)))
	for _, r := range ranked[:min(n, len(ranked))] {
		out = append(out, r.word)
	}
	return out, nil
}

// pieceBytes is about how long a piece of text Keywords segments at once.
const pieceBytes = 4096

// pieces splits text into pieces of about pieceBytes, each ending at a line
// or sentence end, across which no word goes on.
func pieces(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(text) > 0 {
			end := pieceEnd(text)
			if !yield(text[:end]) {
				return
			}
			text = text[end:]
		}
	}
}

// pieceEnd returns where the first piece of text ends: after the first line
// or sentence end past pieceBytes or, in a text that runs on for four times
// that without one, at the character there.
func pieceEnd(text string) int {
	if len(text) <= pieceBytes {
		return len(text)
	}
	limit := min(len(text), 4*pieceBytes)
	if i := strings.IndexAny(text[pieceBytes:limit], "\n。！？；"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[pieceBytes+i:])
		return pieceBytes + i + n
	}
	end := limit
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return end
}

// candidate reports whether t may be a keyword.
func (s *Segmenter) candidate(t Token) bool {
	if utf8.RuneCountInString(t.Text) < 2 || s.stop[t.Text] {
		return false
	}
	for _, r := range t.Text {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return strings.HasPrefix(t.Pos, "n") || strings.HasPrefix(t.Pos, "v") || t.Pos == "l" || t.Pos == "i"
}
