package region

import "unicode/utf8"

// isPlaceholder reports whether r is written in place of a redacted name:
// ___省, ××县, 某市.
func isPlaceholder(r rune) bool {
	switch r {
	case '_', '＿', '×', 'X', 'x', '＊', '*', '○', '□', '■', '某':
		return true
	}
	return false
}

// isSuffix reports whether r ends a division name, so that placeholders
// before it are a redacted division.
func isSuffix(r rune) bool {
	switch r {
	case '省', '市', '县', '区', '州', '旗', '盟':
		return true
	}
	return false
}

// redactions finds the redacted divisions in text, runs of placeholder
// runes before a suffix (two or more, unless the rune is 某 or ×) that does
// not start a word (某市场, 某区域), and returns the byte offset just past
// each suffix.
func redactions(text string) []int {
	var ends []int
	run, single := 0, false
	for i, r := range text {
		switch {
		case isPlaceholder(r):
			run++
			single = r == '某' || r == '×'
		case run > 0 && isSuffix(r) && (run >= 2 || single):
			end := i + utf8.RuneLen(r)
			if next, _ := utf8.DecodeRuneInString(text[end:]); next != '场' && next != '域' {
				ends = append(ends, end)
			}
			run = 0
		default:
			run = 0
		}
	}
	return ends
}
