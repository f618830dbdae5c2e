package numbers

import "math"

// acceptable decides whether an operand is a quantity. Arabic numbers
// always are. Chinese numerals are when they carry a unit or form a number
// of several characters with a multiplier (三百五十); not a lone numeral
// inside a word (统一, 一些), a lone formal numeral (陆地, 队伍), a
// digit-by-digit run without 〇 that is not a year (十四五's 四五, 五一), or a
// round multiplier with no digit and no qualifier (千家万户, 万名工匠) —
// 百余场 and 近万人次 are qualified, so they count.
func acceptable(a operand, qualified bool, ctx Kind) bool {
	n := a.n
	switch {
	case n.arabic || a.frac || a.neg || a.pair:
		return true
	case a.unit != nil && a.unit.Prefix:
		return true
	case n.leadAbbrev || n.broken || (n.formal && n.han == 1):
		return false
	case n.seq > 0:
		return n.zero || (a.unit != nil && a.unit.Kind == Year && n.seq == 4)
	case ctx == Ordinal:
		return true
	case n.leadMult && !qualified:
		return false
	case a.unit != nil:
		return !a.unit.Digits || n.han >= 2
	}
	// Two characters starting with 一 are too often a word's end and the
	// next word's start: 唯一十分 must not yield 一十.
	return n.han >= 2 && (n.mults > 0 || n.decimal) && !(n.han == 2 && n.first == '一')
}

// kindOf decides the kind of an accepted operand. Calendar units are
// checked against the number: 2022年 is a year, 3年 a count of years;
// 733号 is no day of a month but a house or file number; a clock unit
// outside the hours of a day makes a count (100点).
func kindOf(rs []rune, a operand, ctx Kind) Kind {
	switch {
	case ctx == Ordinal || ctx == Code:
		return ctx
	case a.frac:
		return Bare
	case a.unit == nil:
		switch {
		case ctx == Time:
			return Time
		case a.end < len(rs) && isASCIILetter(rs[a.end]):
			return Code
		case a.n.plain && (a.n.lead0 || a.n.intDigits >= 9):
			return Code
		}
		return Bare
	}
	v := a.value
	whole := v == math.Trunc(v)
	switch a.unit.Kind {
	case Year:
		if whole && v >= 1000 && v < 3000 && ((a.n.plain && a.n.intDigits == 4) || a.n.seq == 4) {
			return Year
		}
		return Count
	case Date:
		if whole && v >= 1 && v <= 31 {
			return Date
		}
		return Code // 733号 is a house or file number
	case Time:
		if whole && v >= 0 && v <= 24 {
			return Time
		}
		return Count
	}
	return a.unit.Kind
}
