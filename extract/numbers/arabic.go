package numbers

import (
	"math"
	"strconv"
	"strings"
)

// arabic is one run of arabic digits as written: 1,234.5 or ．77.
type arabic struct {
	value     float64
	end       int
	intDigits int  // digits before the point, separators not counted
	sep       bool // thousands separators were read
	point     bool // a decimal point was read
	lead0     bool // the integer part starts with 0 and has more digits (0351)
}

// readArabic reads digits from rs[i], with thousands separators (`,` or
// `，` before exactly three digits, after a first group of one to three) and
// a decimal point followed by a digit. The mantissa is accumulated as an
// integer and divided once, which rounds correctly for up to 15 digits.
func readArabic(rs []rune, i int) arabic {
	var a arabic
	var mant float64
	j := i
	for ; j < len(rs); j++ {
		d, ok := arabicDigit(rs[j])
		if !ok {
			break
		}
		mant = mant*10 + float64(d)
		a.intDigits++
	}
	a.lead0 = a.intDigits > 1 && (rs[i] == '0' || rs[i] == '０')
	if a.intDigits >= 1 && a.intDigits <= 3 {
		for j < len(rs) && isComma(rs[j]) && threeDigits(rs, j+1) {
			for k := j + 1; k < j+4; k++ {
				d, _ := arabicDigit(rs[k])
				mant = mant*10 + float64(d)
			}
			j += 4
			a.intDigits += 3
			a.sep = true
		}
	}
	frac := 0
	if j+1 < len(rs) && isDecimalPoint(rs[j]) && isArabicDigit(rs[j+1]) {
		a.point = true
		for j++; j < len(rs); j++ {
			d, ok := arabicDigit(rs[j])
			if !ok {
				break
			}
			mant = mant*10 + float64(d)
			frac++
		}
	}
	a.value = mant / math.Pow10(frac)
	a.end = j
	return a
}

// threeDigits reports whether rs[i:i+3] are digits and rs[i+3] is not.
func threeDigits(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isArabicDigit(rs[k]) {
			return false
		}
	}
	return i+3 == len(rs) || !isArabicDigit(rs[i+3])
}

// readHanFraction reads the digits after a decimal point written 点: Chinese
// digits other than 两, or arabic digits. It returns the fraction and the
// index past it; end == i when there is none.
func readHanFraction(rs []rune, i int) (float64, int) {
	var mant float64
	j := i
	for ; j < len(rs); j++ {
		d, ok := arabicDigit(rs[j])
		if !ok && seqDigit(rs[j]) {
			d, ok = hanDigit(rs[j])
		}
		if !ok {
			break
		}
		mant = mant*10 + float64(d)
	}
	return mant / math.Pow10(j-i), j
}

// mulPow10 returns v×m for a power of ten m without the binary rounding of
// v*m (4.6*1e8 is 459999999.99999994, and the gold says 460000000): v is
// taken at its shortest decimal form and scaled as an integer.
func mulPow10(v, m float64) float64 {
	if v == math.Trunc(v) && m >= 1 {
		return v * m
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	p := 1.0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		p = math.Pow10(len(s) - i - 1)
	}
	mant := math.Round(v * p)
	if m >= 1 {
		return mant * m / p
	}
	return mant / (p / m)
}
