package numbers

// operand is a number with what is written on it: a sign, a prefix unit,
// a qualifier inside and a unit (负3.9%, 百分之九十五, 26万余元). A range
// has two operands.
type operand struct {
	n          numeral
	start, end int // rune span, sign and units included
	value      float64
	max        float64 // upper end of a pair range (七八个), when pair
	unit       *Unit
	approx     Approx // a qualifier inside the span
	trailing   Approx // a qualifier after a number without unit (四百多)
	neg        bool
	frac       bool // a fraction: 三分之一
	pair       bool // two neighbouring digits read as a range: 七八个, 三五百
}

// operand reads the operand at rs[i].
func (rd *Reader) operand(rs []rune, i int) (operand, bool) {
	o := operand{start: i}
	j := i
	if isNeg(rs[j]) || (isMinus(rs[j]) && minusAllowed(rs, j)) {
		o.neg = true
		if j++; j == len(rs) {
			return o, false
		}
	}
	if u, k, ok := rd.prefix.longest(rs, j); ok {
		o.unit = u
		if j = skipSpaces(rs, k); j == len(rs) {
			return o, false
		}
	}
	n, ok := rd.numeral(rs, j)
	if !ok {
		return o, false
	}
	o.n, o.value, o.approx, o.end = n, n.value, n.approx, n.end
	if n.seq == 2 && rd.readPair(rs, &o) {
		return o, true
	}
	switch {
	case o.unit != nil:
		o.value = mulPow10(o.value, o.unit.Factor)
	case rd.readFraction(rs, &o):
	default:
		rd.readUnit(rs, &o)
	}
	if o.neg {
		o.value = -o.value
	}
	return o, true
}

// readUnit reads the unit after the number, with a qualifier between them
// (26万余元) kept in the span. A qualifier with no unit after it (四百多)
// stays outside the span.
func (rd *Reader) readUnit(rs []rune, o *operand) {
	k := skipSpaces(rs, o.end)
	q, kq, hasQ := rd.inside.longest(rs, k)
	at := k
	if hasQ {
		at = skipSpaces(rs, kq)
	}
	u, ku, ok := rd.units.longest(rs, at)
	if !ok {
		if hasQ {
			o.trailing = q.Approx
		}
		return
	}
	o.unit, o.end = u, ku
	o.value = mulPow10(o.value, u.Factor)
	if hasQ && o.approx == "" {
		o.approx = q.Approx
	}
	if u.Kind == Money && u.Canon == "元" {
		readCents(rs, o)
	}
}

// readCents adds 角 (or 毛) and 分 written after 元: 50元6角三分. The sum
// is kept in whole cents so that 50.63 is not 50.630000000000003.
func readCents(rs []rune, o *operand) {
	cents := 0.0
	for _, sub := range [...]struct {
		marks string
		cents float64
	}{{"角毛", 10}, {"分", 1}} {
		d, k := oneDigit(rs, o.end)
		if k < 0 || k >= len(rs) || !containsRune(sub.marks, rs[k]) || (k+1 < len(rs) && rs[k+1] == '钟') {
			continue
		}
		cents += d * sub.cents
		o.end = k + 1
	}
	if cents > 0 {
		o.value = (mulPow10(o.value, 100) + cents) / 100
	}
}

// readFraction reads X分之Y, the fraction Y/X.
func (rd *Reader) readFraction(rs []rune, o *operand) bool {
	k := skipSpaces(rs, o.end)
	if k+1 >= len(rs) || rs[k] != '分' {
		return false
	}
	k = skipSpaces(rs, k+1)
	if k >= len(rs) || rs[k] != '之' {
		return false
	}
	k = skipSpaces(rs, k+1)
	if k >= len(rs) || o.value == 0 {
		return false
	}
	b, ok := rd.numeral(rs, k)
	if !ok || b.seq > 0 {
		return false
	}
	o.value = b.value / o.value
	o.end, o.frac = b.end, true
	return true
}

// readPair reads two neighbouring digits as a rough range: 七八个 is 7 to 8,
// 三五百 is 300 to 500. It needs a multiplier or a unit after the digits.
func (rd *Reader) readPair(rs []rune, o *operand) bool {
	d1, _ := hanDigit(rs[o.n.start])
	d2, _ := hanDigit(rs[o.n.start+1])
	if !(d2 == d1+1 && d1 > 0) && !(d1 == 3 && d2 == 5) {
		return false
	}
	lo, hi := float64(d1), float64(d2)
	if e := o.n.end; e < len(rs) && (smallMult(rs[e]) > 0 || bigMult(rs[e]) > 0) {
		b, ok := rd.numeral(rs, o.n.start+1)
		if !ok {
			return false
		}
		scale := b.value / hi
		lo, hi = mulPow10(lo, scale), b.value
		o.n.tail, o.n.maxMult, o.end = b.tail, b.maxMult, b.end
	}
	p := *o
	p.value = lo
	rd.readUnit(rs, &p)
	if p.unit == nil && p.end == o.n.end {
		return false
	}
	if p.unit != nil {
		hi = mulPow10(hi, p.unit.Factor)
	}
	p.max, p.pair = hi, true
	*o = p
	return true
}

// oneDigit reads one arabic or Chinese digit at rs[i]; k is -1 if none.
func oneDigit(rs []rune, i int) (float64, int) {
	if i >= len(rs) {
		return 0, -1
	}
	if d, ok := arabicDigit(rs[i]); ok {
		return float64(d), i + 1
	}
	if d, ok := hanDigit(rs[i]); ok {
		return float64(d), i + 1
	}
	return 0, -1
}

// minusAllowed reports whether a minus sign at rs[i] can be a sign: not
// after a digit, letter or word, where it joins (2023-06-07, COVID-19).
func minusAllowed(rs []rune, i int) bool {
	if i+1 >= len(rs) || !(isArabicDigit(rs[i+1]) || (isDecimalPoint(rs[i+1]) && i+2 < len(rs) && isArabicDigit(rs[i+2]))) {
		return false
	}
	return i == 0 || isSpace(rs[i-1]) || containsRune("(（,，:：、;；=", rs[i-1])
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
