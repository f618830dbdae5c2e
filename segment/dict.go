package segment

import (
	_ "embed"
	"errors"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unionfacts/unionfacts/segment/internal/wordlist"
)

//go:generate go run ./internal/gendict -out dict.txt

// dictText is gse's simplified-Chinese dictionary (zh_s) in the compact
// form internal/gendict writes: "key freq pos" lines sorted by key, each
// key once, after a "# total N" line.
//
//go:embed dict.txt
var dictText string

// dictionary is a sorted word list searched in place: the embedded text is
// never copied, and a line is parsed only when a text contains its word.
type dictionary struct {
	text  string
	lines []uint32 // where each line starts in text
	keys  []uint8  // the byte length of each line's key
	// prefixes is a hash set, with open addressing, of every prefix of
	// every key that ends at a rune boundary (keys included). A slot holds
	// the prefix's length in bytes in its top byte and, below, 1 + the
	// line of the first key that starts with it; 0 is an empty slot.
	prefixes []uint32
	seed     maphash.Seed
	total    float64 // the sum of all frequencies
}

// Slots pack a line below lineBits and the prefix length above.
const (
	lineBits = 24
	lineMask = 1<<lineBits - 1
)

// parseDictionary indexes the lines of a compact dictionary.
func parseDictionary(text string) (*dictionary, error) {
	head, _, ok := strings.Cut(text, "\n")
	totalText, found := strings.CutPrefix(head, "# total ")
	if !ok || !found {
		return nil, errors.New("segment: dictionary: no total line")
	}
	total, err := strconv.ParseFloat(totalText, 64)
	if err != nil {
		return nil, fmt.Errorf("segment: dictionary: total: %w", err)
	}
	n := strings.Count(text, "\n")
	if n >= lineMask {
		return nil, fmt.Errorf("segment: dictionary: %d lines, more than %d", n, lineMask-1)
	}
	// Keys have about 1.4 prefixes each: at least 2 slots a key leave
	// half the slots or more empty.
	size := 1
	for size < 2*n {
		size *= 2
	}
	d := &dictionary{text: text, total: total, seed: maphash.MakeSeed(),
		lines: make([]uint32, 0, n), keys: make([]uint8, 0, n), prefixes: make([]uint32, size)}
	var prev string
	for at := len(head) + 1; at < len(text); {
		line, _, _ := strings.Cut(text[at:], "\n")
		key, _, _ := strings.Cut(line, " ")
		if key == "" || len(key) == len(line) || len(key) > 255 || key <= prev {
			return nil, fmt.Errorf("segment: dictionary: bad or unsorted line %q", line)
		}
		i := uint32(len(d.lines))
		d.lines, d.keys = append(d.lines, uint32(at)), append(d.keys, uint8(len(key)))
		// Keys are sorted, so the prefixes a key shares with the one
		// before are in the set already, under an earlier line.
		for j := sharedRunes(prev, key); j < len(key); {
			_, w := utf8.DecodeRuneInString(key[j:])
			j += w
			d.insert(key[:j], i)
		}
		prev = key
		at += len(line) + 1
	}
	return d, nil
}

// sharedRunes returns the length of the longest common prefix of a and b
// that ends at a rune boundary.
func sharedRunes(a, b string) int {
	n := 0
	for n < min(len(a), len(b)) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(b) && !utf8.RuneStart(b[n]) {
		n--
	}
	return n
}

func (d *dictionary) insert(prefix string, line uint32) {
	mask := uint64(len(d.prefixes) - 1)
	i := maphash.String(d.seed, prefix) & mask
	for d.prefixes[i] != 0 {
		i = (i + 1) & mask
	}
	d.prefixes[i] = uint32(len(prefix))<<lineBits | (line + 1)
}

// prefix returns the line of the first key that starts with p.
func (d *dictionary) prefix(p string) (uint32, bool) {
	mask := uint64(len(d.prefixes) - 1)
	for i := maphash.String(d.seed, p) & mask; ; i = (i + 1) & mask {
		slot := d.prefixes[i]
		if slot == 0 {
			return 0, false
		}
		if int(slot>>lineBits) == len(p) {
			if line := slot&lineMask - 1; d.key(line)[:len(p)] == p {
				return line, true
			}
		}
	}
}

func (d *dictionary) key(i uint32) string {
	at := d.lines[i]
	return d.text[at : at+uint32(d.keys[i])]
}

// entry parses line i.
func (d *dictionary) entry(i uint32) wordlist.Entry {
	line, _, _ := strings.Cut(d.text[d.lines[i]:], "\n")
	key, rest, _ := strings.Cut(line, " ")
	freqText, pos, _ := strings.Cut(rest, " ")
	freq, _ := strconv.ParseFloat(freqText, 64) // checked by TestDictionaryLines
	return wordlist.Entry{Key: key, Freq: freq, Pos: pos}
}

// find returns the line of key.
func (d *dictionary) find(key string) (uint32, bool) {
	line, ok := d.prefix(key)
	return line, ok && int(d.keys[line]) == len(key)
}

func (d *dictionary) has(key string) bool {
	_, ok := d.find(key)
	return ok
}

// matches appends to out the line of every key that occurs in text, once
// for each place it occurs. text must already have its ASCII letters
// lower-cased, as keys have.
func (d *dictionary) matches(text string, out []uint32) []uint32 {
	for at := 0; at < len(text); {
		_, size := utf8.DecodeRuneInString(text[at:])
		// Grow the word starting at at rune by rune while some key starts
		// with it; the key equal to it, if any, is the first such key.
		for n := size; ; {
			line, ok := d.prefix(text[at : at+n])
			if !ok {
				break
			}
			if int(d.keys[line]) == n {
				out = append(out, line)
			}
			if at+n == len(text) {
				break
			}
			_, next := utf8.DecodeRuneInString(text[at+n:])
			n += next
		}
		at += size
	}
	return out
}
