package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelSpan is one label found in a line, in rune offsets: the label runs
// from start, its value from end.
type labelSpan struct {
	start, end int
	kind       labelKind
}

// findLabels finds the labels of a width-folded line. A label counts at the
// start of the line or after anything but a Chinese character (so the 记者
// of 全媒体记者 is not one) or, for a label in Latin letters, another
// letter or digit (so the by of baby is not one); and only when a
// separator or the line's end follows it. Right after a Chinese character
// a label still counts when a colon follows it and an earlier label stands
// in the line: pages set their fields in adjacent elements that render
// with no space between them (来源:保定日报作者:韩冬浏览量:1903).
func (r *Rules) findLabels(text []rune) []labelSpan {
	var spans []labelSpan
	for i := 0; i < len(text); i++ {
		glued := i > 0 && unicode.Is(unicode.Han, text[i-1])
		if glued && len(spans) == 0 || i > 0 && isASCIIAlnum(text[i]) && isASCIIAlnum(text[i-1]) {
			continue
		}
		for _, l := range r.byFirst[unicode.ToLower(text[i])] {
			n := len(l.runes)
			if i+n > len(text) || !equalFold(text[i:i+n], l.runes) {
				continue
			}
			j := i + n
			if j < len(text) && !isLabelSep(text[j]) || glued && (j == len(text) || text[j] != ':') {
				continue
			}
			for j < len(text) && isLabelSep(text[j]) {
				j++
			}
			spans = append(spans, labelSpan{start: i, end: j, kind: l.kind})
			i = j - 1
			break
		}
	}
	return spans
}

func equalFold(a, b []rune) bool {
	for i := range a {
		if unicode.ToLower(a[i]) != b[i] {
			return false
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isLabelSep(r rune) bool {
	return r == ':' || r == '/' || r == '|' || r == '丨' || r == ' ' || r == '\t'
}

// startsWithLabel reports whether a line opens with a label of labels.txt.
func (r *Rules) startsWithLabel(line string) bool {
	spans := r.findLabels([]rune(strings.Map(foldWidth, line)))
	return len(spans) > 0 && spans[0].start == 0
}
