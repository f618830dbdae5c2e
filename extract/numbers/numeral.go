package numbers

// numeral is one number expression, before its unit: 1.1万, 三百五十,
// 2千零30万, 十余万, 二〇二二. Its flags let the reader decide whether the
// characters are a number at all (统一 and 千家万户 are not).
type numeral struct {
	start, end int  // rune span, end exclusive
	first      rune // the first rune: 一 ends many words (唯一)
	value      float64
	approx     Approx  // a qualifier inside the number: 十余万, 40余万
	arabic     bool    // written with arabic digits
	han        int     // Chinese numeral characters read
	mults      int     // multipliers read (十 百 千 万 亿 k w)
	maxMult    float64 // the largest multiplier read
	tail       float64 // the multiplier the number ends with, 0 if none
	leadMult   bool    // starts with 百, 千, 万 or 亿, with no digit before
	broken     bool    // stopped at a second digit in a row: 十四五
	decimal    bool    // has a decimal point written 点: 二点五
	leadAbbrev bool    // 千三, 万一: a leading multiplier and an abbreviated digit
	formal     bool    // written with formal numerals (壹, 拾)
	seq        int     // length of a digit-by-digit numeral (二〇二二)
	zero       bool    // the digit-by-digit numeral holds 〇 or 零
	plain      bool    // arabic digits only: no separator, point or multiplier
	intDigits  int     // digits before the point of a plain arabic number
	lead0      bool    // a plain arabic number starting with 0 (0351)
}

// Tokens of the grammar, for deciding what may follow what.
const (
	tNone = iota
	tDigit
	tZero
	tSmall
	tBig
)

// numeral reads the number expression at rs[i].
//
// The value is built as Chinese is read: a small multiplier (十百千) scales
// the digit before it into the current section; a big one (万亿兆) scales
// everything smaller before it, so 一千一百万 and 4.78万亿 both come out
// right; a final lone digit after a multiplier is abbreviated (一百五 is
// 150, 三万五 is 35000). Single spaces may stand between the parts
// (7 万5 千4 百), line breaks may not. Reading stops after maxNumeralRunes
// runes.
func (rd *Reader) numeral(rs []rune, i int) (numeral, bool) {
	if i >= len(rs) {
		return numeral{}, false
	}
	if n, ok := hanSequence(rs, i); ok {
		return n, true
	}
	n := numeral{start: i, first: rs[i]}
	var total, section, num float64
	var lastSmall, lastBig, lastMult float64
	hasNum, numHan, decimal := false, false, false
	last, prev := tNone, tNone
	step := func(t int) { prev, last = last, t }
	mult := func(m float64) {
		n.mults++
		lastMult = m
		if m > n.maxMult {
			n.maxMult = m
		}
	}
	j, end := i, i
loop:
	for j < len(rs) && j-i < maxNumeralRunes {
		c := rs[j]
		switch {
		case isArabicDigit(c) || (last == tNone && isDecimalPoint(c) && j+1 < len(rs) && isArabicDigit(rs[j+1])):
			if hasNum || decimal {
				break loop
			}
			a := readArabic(rs, j)
			if last == tNone {
				n.plain = !a.sep && !a.point
				n.intDigits, n.lead0 = a.intDigits, a.lead0
			}
			n.arabic = true
			num, hasNum, numHan = a.value, true, false
			step(tDigit)
			j, end = a.end, a.end
			if j < len(rs) && letterMult(rs[j]) > 0 && (j+1 == len(rs) || !isASCIILetter(rs[j+1])) {
				m := letterMult(rs[j])
				total = mulPow10(total+section+num, m)
				section, num, hasNum = 0, 0, false
				mult(m)
				n.plain = false
				step(tBig)
				end = j + 1
				break loop
			}
		case isHanDigitRune(c):
			d, _ := hanDigit(c)
			if hasNum || decimal {
				n.broken = hasNum && last == tDigit
				break loop
			}
			n.han++
			n.formal = n.formal || isFormal(c)
			j++
			end = j
			if d == 0 && last != tNone {
				step(tZero)
				continue
			}
			num, hasNum, numHan = float64(d), true, d != 0
			step(tDigit)
		case hanTens(c) > 0:
			if hasNum || decimal || (lastSmall != 0 && lastSmall <= 10) {
				break loop
			}
			section += hanTens(c)
			lastSmall = 10
			mult(10)
			n.han++
			step(tSmall)
			j++
			end = j
		case smallMult(c) > 0:
			m := smallMult(c)
			if decimal || (lastSmall != 0 && m >= lastSmall) {
				break loop
			}
			if !hasNum && last != tNone && last != tZero && !(m == 10 && last == tSmall) {
				break loop // 42.3亿千瓦时: 千 needs a digit or 零 before it; 一百十一 is fine
			}
			if last == tNone && m > 10 {
				n.leadMult = true
			}
			coef := 1.0
			if hasNum && num != 0 {
				coef = num
			}
			section += mulPow10(coef, m)
			num, hasNum = 0, false
			lastSmall = m
			mult(m)
			n.han++
			n.formal = n.formal || isFormal(c)
			step(tSmall)
			j++
			end = j
		case bigMult(c) > 0:
			m := bigMult(c)
			if last == tBig && m < lastBig {
				break loop
			}
			sum := section + num
			if last == tNone {
				sum = 1
				n.leadMult = true
			}
			if m >= lastBig {
				total = mulPow10(total+sum, m)
			} else {
				total += mulPow10(sum, m)
			}
			section, num, hasNum = 0, 0, false
			lastSmall, lastBig = 0, m
			mult(m)
			n.han++
			step(tBig)
			j++
			end = j
			if decimal {
				break loop
			}
		case isHanPoint(c) && !decimal && !n.arabic && (hasNum || last == tSmall || last == tBig):
			frac, k := readHanFraction(rs, j+1)
			if k == j+1 {
				break loop
			}
			if numHan && abbreviates(prev, lastMult) {
				num *= lastMult / 10
			}
			num += frac
			hasNum, numHan, decimal = true, false, true
			n.han++
			n.decimal = true
			step(tDigit)
			j, end = k, k
		case isSpace(c):
			k := skipSpaces(rs, j)
			if k == len(rs) || !rd.continuesAfterSpace(rs, k, last, hasNum) {
				break loop
			}
			j = k
		default:
			m, k, ok := rd.inside.longest(rs, j)
			if !ok || !(hasNum || last == tSmall || last == tBig || last == tZero) {
				break loop
			}
			k = skipSpaces(rs, k)
			if k == len(rs) || bigMult(rs[k]) == 0 {
				break loop // 百余场: the qualifier stands before the unit, not inside the number
			}
			n.approx = m.Approx
			j = k
		}
	}
	if last == tNone {
		return n, false
	}
	if hasNum && numHan && last == tDigit && abbreviates(prev, lastMult) {
		num *= lastMult / 10
		n.leadAbbrev = n.leadMult && n.mults == 1
	}
	if last == tSmall || last == tBig {
		n.tail = lastMult
	}
	n.value = total + section + num
	n.end = end
	if n.mults > 0 || n.han > 0 {
		n.plain = false
	}
	return n, true
}

// maxNumeralRunes bounds a numeral read in characters, well beyond the
// longest one written (一千二百三十四万五千六百七十八亿… runs to thirty).
// Without it, text such as 万万万… would be read to its end from each of its
// characters in turn, at a cost that grows with the square of its length.
const maxNumeralRunes = 64

// abbreviates reports whether a lone final digit is short for a digit one
// place below the multiplier before it: 一百五, 三万五, but not 十五.
func abbreviates(prev int, lastMult float64) bool {
	return (prev == tSmall || prev == tBig) && lastMult >= 100
}

func isHanDigitRune(r rune) bool { _, ok := hanDigit(r); return ok }

// continuesAfterSpace reports whether the number goes on at rs[k] after
// spaces: with a multiplier (2 万), a digit after a multiplier (一百 五),
// a qualifier before a multiplier (十 余 万) or a decimal point.
func (rd *Reader) continuesAfterSpace(rs []rune, k, last int, hasNum bool) bool {
	c := rs[k]
	afterMult := last == tSmall || last == tBig
	switch {
	case smallMult(c) > 0 || bigMult(c) > 0:
		return hasNum || afterMult
	case isHanDigitRune(c):
		return afterMult
	case isArabicDigit(c):
		return afterMult && k+1 < len(rs) && smallMult(rs[k+1]) > 0
	case isHanPoint(c):
		return hasNum && k+1 < len(rs) && (seqDigit(rs[k+1]) || isArabicDigit(rs[k+1]))
	}
	if _, e, ok := rd.inside.longest(rs, k); ok && (hasNum || afterMult) {
		e = skipSpaces(rs, e)
		return e < len(rs) && bigMult(rs[e]) > 0
	}
	return false
}
