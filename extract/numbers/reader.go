package numbers

import (
	"errors"
	"fmt"
	"sync"
)

// Options configures a Reader. Start from DefaultOptions and append to or
// replace its tables; New checks them once.
type Options struct {
	// Units are the words read as a number's unit; see units.txt.
	Units []Unit
	// Markers are the qualifiers, range separators and context words read
	// around a number; see markers.txt.
	Markers []Marker
}

// DefaultOptions returns the tables compiled into the binary.
func DefaultOptions() Options {
	return Options{Units: DefaultUnits(), Markers: DefaultMarkers()}
}

// Reader finds quantities in text. It holds only lookup tables, so one
// Reader may be used from many goroutines.
type Reader struct {
	units   trie[*Unit]  // units written after the number
	prefix  trie[*Unit]  // units written before it: 百分之
	before  trie[Marker] // reversed words standing before the number
	inside  trie[Marker]
	after   trie[Marker]
	between trie[Marker]
	// starts marks the runes of the Basic Multilingual Plane that may begin
	// a number (numerals, signs, the first rune of a prefix unit), so that
	// the scan tests one bit per rune of ordinary text.
	starts [1 << 16 / 64]uint64
}

// ErrOptions is wrapped by every error New returns.
var ErrOptions = errors.New("numbers: bad options")

// New builds a Reader from o, rejecting empty tables, empty words and
// words listed twice for the same place.
func New(o Options) (*Reader, error) {
	if len(o.Units) == 0 || len(o.Markers) == 0 {
		return nil, fmt.Errorf("%w: units and markers are required (start from DefaultOptions)", ErrOptions)
	}
	rd := &Reader{}
	for _, u := range o.Units {
		if u.Word == "" || !validKind(u.Kind) || u.Factor <= 0 {
			return nil, fmt.Errorf("%w: unit %+v needs a word, a kind and a positive factor", ErrOptions, u)
		}
		if u.Canon == "" {
			u.Canon = u.Word
		}
		t := &rd.units
		if u.Prefix {
			t = &rd.prefix
		}
		if !t.add(u.Word, &u, false) {
			return nil, fmt.Errorf("%w: unit %q listed twice", ErrOptions, u.Word)
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		if isHanNumeral(r) || isArabicDigit(r) || isNeg(r) || isMinus(r) || isDecimalPoint(r) || rd.prefix.next[r] != nil {
			rd.starts[r>>6] |= 1 << (r & 63)
		}
	}
	for _, m := range o.Markers {
		t, back := rd.markerTrie(m.Place)
		if m.Word == "" || t == nil {
			return nil, fmt.Errorf("%w: marker %+v needs a word and a place", ErrOptions, m)
		}
		if !t.add(m.Word, m, back) {
			return nil, fmt.Errorf("%w: marker %q listed twice as %s", ErrOptions, m.Word, m.Place)
		}
	}
	return rd, nil
}

func (rd *Reader) markerTrie(p Place) (t *trie[Marker], back bool) {
	switch p {
	case Before:
		return &rd.before, true
	case Inside:
		return &rd.inside, false
	case After:
		return &rd.after, false
	case Between:
		return &rd.between, false
	}
	return nil, false
}

// defaultReader is built on first use, not at package load.
var defaultReader = sync.OnceValue(func() *Reader {
	rd, err := New(DefaultOptions())
	if err != nil {
		panic(err) // the embedded tables are tested; this is a build defect
	}
	return rd
})

// DefaultReader returns the Reader of the embedded tables, built once.
func DefaultReader() *Reader { return defaultReader() }

// Find returns every quantity in text, in order of appearance, read with
// the default tables.
func Find(text string) []Quantity { return defaultReader().Find(text) }

// Find returns every quantity in text, in order of appearance. It scans the
// text once; characters that cannot start a number cost one comparison.
func (rd *Reader) Find(text string) []Quantity {
	buf := runeBufs.Get().(*[]rune)
	if cap(*buf) < len(text) {
		*buf = make([]rune, len(text)) // a string has no more runes than bytes
	}
	rs := (*buf)[:len(text)]
	n := 0
	for _, r := range text {
		rs[n] = r
		n++
	}
	rs = rs[:n]
	defer func() {
		if cap(*buf) <= maxPooledRunes {
			runeBufs.Put(buf)
		}
	}()
	var out []Quantity
	for i := 0; i < len(rs); {
		if c := rs[i]; c < 1<<16 && rd.starts[c>>6]&(1<<(c&63)) == 0 {
			i++
			continue
		}
		if !rd.mayStart(rs, i) {
			i++
			continue
		}
		q, next, ok := rd.read(rs, i)
		if ok {
			out = append(out, q)
			i = next
			continue
		}
		// Not a number here; the rest of an arabic run is never reread.
		for i = next; i < len(rs) && isArabicDigit(rs[i]) && isArabicDigit(rs[i-1]); i++ {
		}
	}
	return out
}

// runeBufs recycles the rune copies of texts: offsets are in runes, and a
// fresh []rune per page would make the scan allocation-bound.
var runeBufs = sync.Pool{New: func() any { return new([]rune) }}

// maxPooledRunes keeps one huge page from pinning its buffer in the pool.
const maxPooledRunes = 1 << 20

// mayStart reports whether a number can start at rs[i], whose rune is
// marked in starts.
func (rd *Reader) mayStart(rs []rune, i int) bool {
	switch c := rs[i]; {
	case isDecimalPoint(c):
		return i+1 < len(rs) && isArabicDigit(rs[i+1]) && (i == 0 || !isArabicDigit(rs[i-1]))
	case isMinus(c):
		return minusAllowed(rs, i)
	}
	return true
}
