package numbers

// Character classes of the number grammar. They are switch statements, not
// tables, because the scanner asks them about every rune of the text.

// arabicDigit returns the value of an ASCII or full-width digit.
func arabicDigit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

func isArabicDigit(r rune) bool { _, ok := arabicDigit(r); return ok }

// hanDigit returns the value of a Chinese digit, everyday or formal.
func hanDigit(r rune) (int, bool) {
	switch r {
	case '〇', '零':
		return 0, true
	case '一', '壹', '幺':
		return 1, true
	case '二', '贰', '貳', '两', '兩', '倆', '俩':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// seqDigit reports whether r can stand in a digit-by-digit numeral
// (二〇二二) or after a decimal point: every digit except 两, which is
// only ever a count.
func seqDigit(r rune) bool {
	switch r {
	case '两', '兩', '倆', '俩':
		return false
	}
	_, ok := hanDigit(r)
	return ok
}

// isFormal reports whether r is a formal (financial) numeral. These double
// as ordinary characters (陆地, 队伍, 收拾), so one alone is never a number.
func isFormal(r rune) bool {
	switch r {
	case '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟':
		return true
	}
	return false
}

// smallMult returns the value of 十, 百 or 千 (and their formal forms).
func smallMult(r rune) float64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

// bigMult returns the value of 万, 亿 or 兆, which multiply everything
// smaller before them.
func bigMult(r rune) float64 {
	switch r {
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	case '兆':
		return 1e12
	}
	return 0
}

// hanTens returns the value of the contracted tens 廿, 卅 and 卌.
func hanTens(r rune) float64 {
	switch r {
	case '廿':
		return 20
	case '卅':
		return 30
	case '卌':
		return 40
	}
	return 0
}

// letterMult returns the value of k (thousand) and w (万) written after
// arabic digits: 15k, 30w.
func letterMult(r rune) float64 {
	switch r {
	case 'k', 'K':
		return 1e3
	case 'w', 'W':
		return 1e4
	}
	return 0
}

func isHanNumeral(r rune) bool {
	_, ok := hanDigit(r)
	return ok || smallMult(r) > 0 || bigMult(r) > 0 || hanTens(r) > 0
}

func isDecimalPoint(r rune) bool { return r == '.' || r == '．' }
func isHanPoint(r rune) bool     { return r == '点' || r == '點' }
func isComma(r rune) bool        { return r == ',' || r == '，' }
func isNeg(r rune) bool          { return r == '负' || r == '負' }
func isMinus(r rune) bool        { return r == '-' || r == '－' }
func isColon(r rune) bool        { return r == ':' || r == '：' }

// isSpace reports the spaces that may stand inside a number (2 万余次);
// line breaks may not, so a number split across lines is not joined.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

func isASCIILetter(r rune) bool { return (r|0x20) >= 'a' && (r|0x20) <= 'z' }

// skipSpaces returns the index of the first non-space at or after i,
// stepping over at most four spaces.
func skipSpaces(rs []rune, i int) int {
	for k := 0; k < 4 && i < len(rs) && isSpace(rs[i]); k++ {
		i++
	}
	return i
}
