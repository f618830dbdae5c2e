package numbers

// read reads the quantity starting at rs[i]: one operand, or a range of
// two, with the words around them, and returns it with the index after it.
// It reports false when the characters there are not a quantity (统一,
// 千家万户, 十四五), with the index where the scan goes on.
func (rd *Reader) read(rs []rune, i int) (Quantity, int, bool) {
	a, ok := rd.operand(rs, i)
	if !ok {
		return Quantity{}, i + 1, false
	}
	before, ctx := rd.context(rs, i)
	if a.unit != nil && a.unit.Kind == Time && ctx != Time && !a.n.arabic {
		a.unit, a.end = nil, a.n.end // 一点 is mostly "a little": a clock needs 晚上 or digits
	}
	if q, ok := shape(rs, a); ok && ctx != Code {
		return q, q.End, true
	}
	q := Quantity{Start: a.start, End: a.end, Value: a.value}
	approx := firstApprox(before, a.approx)
	if b, ok := rd.rangeEnd(rs, a); ok {
		lo := a.value
		if a.unit == nil {
			if b.n.tail > 0 && a.n.maxMult < b.n.tail && lo*b.n.tail <= b.value {
				lo = mulPow10(lo, b.n.tail)
			}
			lo = mulPow10(lo, b.unit.Factor)
		}
		hi := b.value
		q.Value, q.ValueMax, q.End = lo, &hi, b.end
		a.unit, approx = b.unit, Range
	} else if !acceptable(a, approx != "" || a.trailing != "", ctx) {
		return Quantity{}, rejectedEnd(rs, i, a.n), false
	}
	if a.pair {
		hi := a.max
		q.ValueMax, approx = &hi, Range
	}
	kind := kindOf(rs, a, ctx)
	if kind == Ordinal && a.unit != nil && !amountKind(a.unit.Kind) && a.unit.Kind != Ordinal {
		q.End, a.unit = a.n.end, nil // 第一时间 is 第一, not 一时
	}
	if a.unit != nil && kind != Code {
		q.Unit = a.unit.Canon
	}
	switch kind {
	case Code:
		q.End = codeEnd(rs, q.End)
	case Time:
		rd.clockMinutes(rs, &q)
	}
	if approx == "" {
		approx = a.trailing
	}
	if approx == "" {
		if m, _, ok := rd.after.longest(rs, skipSpaces(rs, q.End)); ok {
			approx = m.Approx
		}
	}
	q.Kind, q.Approx = kind, approx
	q.Text = string(rs[q.Start:q.End])
	return q, q.End, true
}

// rejectedEnd is where the scan goes on after a numeral that is not a
// quantity. A run that broke off (十四五), was read digit by digit (五一)
// or abbreviates after a bare multiplier (万一) is a word or a name as a
// whole, so no number starts inside it: 十四五期间, 五一期间 and 万一家长
// hold no 5期, 1期 or 1家. Otherwise the next rune may start one.
func rejectedEnd(rs []rune, i int, n numeral) int {
	if !n.broken && n.seq == 0 && !n.leadAbbrev {
		return i + 1
	}
	j := i + 1
	for j < len(rs) && isHanNumeral(rs[j]) {
		j++
	}
	return j
}

// firstApprox returns the first qualifier given; read passes them in order
// of precedence.
func firstApprox(as ...Approx) Approx {
	for _, a := range as {
		if a != "" {
			return a
		}
	}
	return ""
}

// context reads the word right before rs[i], across a few spaces or a
// colon: a qualifier (近, 超过) or a word giving the kind (热线, 晚上, 第).
// Digits glued to latin letters (5G, A2021...) are codes.
func (rd *Reader) context(rs []rune, i int) (Approx, Kind) {
	j := i
	for j > 0 && i-j < 3 && (isSpace(rs[j-1]) || isColon(rs[j-1])) {
		j--
	}
	if m, _, ok := rd.before.longestBack(rs, j); ok {
		return m.Approx, m.Kind
	}
	if i > 0 && isASCIILetter(rs[i-1]) && isArabicDigit(rs[i]) {
		return "", Code
	}
	return "", ""
}

// rangeEnd reads the upper end of a range after a: 2至4个, 1万元--5万元.
// The upper end must carry a count, money or percent unit, the same as
// the lower end's if it has one, so that 2020-2022年 is not a range.
func (rd *Reader) rangeEnd(rs []rune, a operand) (operand, bool) {
	if a.pair || a.frac || (a.unit != nil && !amountKind(a.unit.Kind)) {
		return operand{}, false
	}
	_, k, ok := rd.between.longest(rs, skipSpaces(rs, a.end))
	if !ok {
		return operand{}, false
	}
	if k = skipSpaces(rs, k); k >= len(rs) || isMinus(rs[k]) || isNeg(rs[k]) {
		return operand{}, false
	}
	b, ok := rd.operand(rs, k)
	if !ok || b.unit == nil || b.unit.Prefix || !amountKind(b.unit.Kind) || b.frac || b.pair {
		return operand{}, false
	}
	if a.unit != nil && a.unit.Canon != b.unit.Canon {
		return operand{}, false
	}
	return b, acceptable(b, true, "")
}

func amountKind(k Kind) bool { return k == Count || k == Money || k == Percent }

// clockMinutes extends a clock time over its minutes: 9点30分, 九点半.
func (rd *Reader) clockMinutes(rs []rune, q *Quantity) {
	if q.Unit == "" {
		return
	}
	if q.End < len(rs) && rs[q.End] == '半' {
		q.Value += 0.5
		q.End++
		return
	}
	m, ok := rd.numeral(rs, q.End)
	if !ok || m.value >= 60 || m.end >= len(rs) || rs[m.end] != '分' {
		return
	}
	q.Value += m.value / 60
	q.End = m.end + 1
}

// codeEnd extends a code over a trailing number after a dash:
// 浙ICP备20419637号-2.
func codeEnd(rs []rune, end int) int {
	if end+1 < len(rs) && isMinus(rs[end]) && isArabicDigit(rs[end+1]) {
		end++
		for end < len(rs) && isArabicDigit(rs[end]) {
			end++
		}
	}
	return end
}
