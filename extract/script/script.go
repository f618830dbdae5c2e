package script

// Script names the characters a text is written in.
type Script string

// The scripts Detect tells apart.
const (
	Hans  Script = "hans"  // simplified characters
	Hant  Script = "hant"  // traditional characters
	Mixed Script = "mixed" // both, each in more than a tenth of the telling characters
)

// minorShare is the share of the telling characters below which the
// minority script counts as stray: a traditional name or a 繁體 link on a
// simplified page, a converter's misses on a traditional one.
const minorShare = 0.1

// Detect says which script text is written in, counting the characters
// only one script writes (會 against 会); characters both write (人, 工) do
// not count. A text without traditional characters is Hans, which is also
// what a text with no Chinese at all is taken for.
func (t *Table) Detect(text string) Script { return t.Count(text).Script() }

// Counts are the characters of a text that only one script writes.
type Counts struct {
	Hant, Hans int
}

// Count counts the characters of text that only one script writes. It is
// the one pass a simplified page pays for, so it reads the bytes itself:
// only the lead byte of a three-byte character (0xE0–0xEF) starts a
// lookup, and every other byte, ASCII markup above all, is one compare.
func (t *Table) Count(text string) Counts {
	var c Counts
	for i := 0; i+2 < len(text); i++ {
		if b := text[i]; b >= 0xE0 && b < 0xF0 {
			r := uint16(b&0x0F)<<12 | uint16(text[i+1]&0x3F)<<6 | uint16(text[i+2]&0x3F)
			switch t.kind[r] {
			case hantOnly:
				c.Hant++
			case hansOnly:
				c.Hans++
			}
			i += 2
		}
	}
	return c
}

// Script says which script the counts betray: the minority one counts only
// from a tenth of the telling characters on.
func (c Counts) Script() Script {
	switch share := float64(c.Hant) / float64(max(c.Hant+c.Hans, 1)); {
	case c.Hant == 0 || share < minorShare:
		return Hans
	case share > 1-minorShare:
		return Hant
	}
	return Mixed
}

// Simplified returns the simplified view of text: each traditional
// character replaced by its simplified form, everything else, offsets
// included, as it was. Text with nothing to convert comes back unchanged,
// without a copy.
func (t *Table) Simplified(text string) string { return convert(text, t.toHans) }

// Traditional returns text with each simplified character replaced by its
// first traditional form, keeping every offset: the reverse of Simplified,
// for making traditional test pages from simplified ones. It is a
// character table, not a translation: where a simplified character stands
// for several traditional ones (发: 發, 髮) it always takes the first.
func (t *Table) Traditional(text string) string { return convert(text, t.toHant) }

// convert replaces every character conv maps, in place in a copy made at
// the first replacement.
func convert(text string, conv []rune) string {
	var out []byte
	for i := 0; i < len(text); {
		r, ok := threeByteAt(text, i)
		if !ok {
			i++
			continue
		}
		if to := conv[r]; to != 0 {
			if out == nil {
				out = []byte(text)
			}
			out[i] = byte(0xE0 | to>>12)
			out[i+1] = byte(0x80 | to>>6&0x3F)
			out[i+2] = byte(0x80 | to&0x3F)
		}
		i += 3
	}
	if out == nil {
		return text
	}
	return string(out)
}

// threeByteAt decodes the character of three UTF-8 bytes starting at
// text[i], if one does. Other bytes (ASCII, continuation bytes, the lead
// bytes of other widths) are stepped over one at a time by the callers,
// which never lands inside a three-byte character: its continuation bytes
// are below 0xE0.
func threeByteAt(text string, i int) (rune, bool) {
	b := text[i]
	if b < 0xE0 || b >= 0xF0 || i+2 >= len(text) {
		return 0, false
	}
	c1, c2 := text[i+1], text[i+2]
	if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return 0, false
	}
	r := rune(b&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
	return r, r >= 0x800 && (r < 0xD800 || r > 0xDFFF)
}
