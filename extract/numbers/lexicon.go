package numbers

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The default tables are data, not code, so that a researcher can extend
// them (a new counting word, a new qualifier) without touching the reader.
var (
	//go:embed units.txt
	defaultUnits []byte
	//go:embed markers.txt
	defaultMarkers []byte
)

// Unit is a word that says what a number counts: a counting word (人, 家),
// a currency (元, 美元), a percent sign or a calendar word (年, 月).
type Unit struct {
	// Word is the unit as written.
	Word string
	// Kind is the kind of quantity the unit makes. Year, Date and Time units
	// are checked against the number: 3年 is a count of years.
	Kind Kind
	// Canon is what Quantity.Unit reports, so that 圆 and 元人民币 both say 元.
	Canon string
	// Factor multiplies the value: 千分之 is a tenth of a percent.
	Factor float64
	// Prefix units stand before the number: 百分之九十五.
	Prefix bool
	// Digits units end an ordinary word after a lone Chinese numeral
	// (一起 is "together"), so they count only after digits or a numeral
	// of several characters: 17起, 二十起, never 一起.
	Digits bool
}

// Place says where a marker stands relative to the number.
type Place string

// The places a marker can stand.
const (
	Before  Place = "before"  // 近80万人次, 热线12351, 第九届
	Inside  Place = "inside"  // 26万余元, 2400多人
	After   Place = "after"   // 90%以上, 50人左右
	Between Place = "between" // 2至4个
)

// Marker is a word next to a number that changes how it is read: a
// qualifier (近, 余, 以上), a range separator (至), or a context word that
// makes the number a code (热线), a time (晚上) or an ordinal (第).
type Marker struct {
	Word  string
	Place Place
	// Approx is set for qualifiers and range separators. A marker with
	// neither Approx nor Kind blocks a shorter one: 签约 ends in 约 but does
	// not make 签约3家 approximate.
	Approx Approx
	// Kind is set for context words; it overrides the unit's kind.
	Kind Kind
}

// DefaultUnits returns the units compiled into the binary (units.txt).
func DefaultUnits() []Unit {
	us, err := ParseUnits(bytes.NewReader(defaultUnits))
	if err != nil {
		panic(err) // the embedded table is tested; this is a build defect
	}
	return us
}

// DefaultMarkers returns the markers compiled into the binary (markers.txt).
func DefaultMarkers() []Marker {
	ms, err := ParseMarkers(bytes.NewReader(defaultMarkers))
	if err != nil {
		panic(err) // the embedded table is tested; this is a build defect
	}
	return ms
}

// ParseUnits reads a unit table in the format of units.txt: one unit a
// line, "word kind [unit] [factor] [prefix|digits]", # starts a comment.
func ParseUnits(r io.Reader) ([]Unit, error) {
	var us []Unit
	err := eachLine(r, func(f []string) error {
		if len(f) < 2 || len(f) > 5 {
			return fmt.Errorf("want word kind [unit] [factor] [prefix|digits], got %d fields", len(f))
		}
		u := Unit{Word: f[0], Kind: Kind(f[1]), Canon: f[0], Factor: 1}
		if !validKind(u.Kind) {
			return fmt.Errorf("unknown kind %q", f[1])
		}
		if len(f) > 2 && f[2] != "-" {
			u.Canon = f[2]
		}
		if len(f) > 3 {
			v, err := strconv.ParseFloat(f[3], 64)
			if err != nil || v <= 0 {
				return fmt.Errorf("bad factor %q", f[3])
			}
			u.Factor = v
		}
		if len(f) > 4 {
			switch f[4] {
			case "prefix":
				u.Prefix = true
			case "digits":
				u.Digits = true
			default:
				return fmt.Errorf("want prefix or digits, got %q", f[4])
			}
		}
		us = append(us, u)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("numbers: units: %w", err)
	}
	return us, nil
}

// ParseMarkers reads a marker table in the format of markers.txt: one
// marker a line, "word effect place", # starts a comment.
func ParseMarkers(r io.Reader) ([]Marker, error) {
	var ms []Marker
	err := eachLine(r, func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want word effect place, got %d fields", len(f))
		}
		m := Marker{Word: f[0], Place: Place(f[2])}
		switch e := f[1]; e {
		case string(GTE), string(LTE), string(About), string(Range):
			m.Approx = Approx(e)
		case string(Code), string(Time), string(Ordinal):
			m.Kind = Kind(e)
		case "none":
		default:
			return fmt.Errorf("unknown effect %q", e)
		}
		switch m.Place {
		case Before, Inside, After, Between:
		default:
			return fmt.Errorf("unknown place %q", f[2])
		}
		if (m.Approx == Range) != (m.Place == Between) {
			return fmt.Errorf("range goes with between, and only with it")
		}
		ms = append(ms, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("numbers: markers: %w", err)
	}
	return ms, nil
}

// eachLine calls fn with the fields of every line that is not blank or a
// comment, and prefixes its error with the line number.
func eachLine(r io.Reader, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i == 0 || (i > 0 && line[i-1] == ' ') {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func validKind(k Kind) bool {
	switch k {
	case Count, Money, Percent, Year, Date, Time, Ordinal, Code:
		return true
	}
	return false
}
