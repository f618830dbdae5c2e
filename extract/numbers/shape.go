package numbers

// shape reads groups of arabic digits joined by separators that are not
// amounts: dates (2023-06-07, 2023.06.07, 2023/6/7), clock times (16:51,
// 16:51:37), dotted numbers (1.2.3, and garbled ones such as 2.74.1, which
// must not pass for a decimal) and phone numbers (0351-1234567,
// 400-123-4567). It reports false for anything else, such as 3-5个.
func shape(rs []rune, a operand) (Quantity, bool) {
	n := a.n
	if !n.arabic || a.unit != nil || a.neg || n.mults > 0 || n.han > 0 {
		return Quantity{}, false
	}
	type group struct{ start, end int }
	var gs []group
	var sep rune
	j := a.start
	for len(gs) < 4 {
		s := j
		for j < len(rs) && isArabicDigit(rs[j]) {
			j++
		}
		if j == s {
			break
		}
		gs = append(gs, group{s, j})
		if j+1 >= len(rs) || !isShapeSep(rs[j]) || !isArabicDigit(rs[j+1]) || (sep != 0 && rs[j] != sep) {
			break
		}
		sep = rs[j]
		j++
	}
	if len(gs) < 2 {
		return Quantity{}, false
	}
	size := func(k int) int { return gs[k].end - gs[k].start }
	val := func(k int) float64 { return readArabic(rs[:gs[k].end], gs[k].start).value }
	last := gs[len(gs)-1].end
	q := Quantity{Start: a.start, End: last, Text: string(rs[a.start:last])}
	switch {
	case isColon(sep) && len(gs) <= 3 && size(0) <= 2 && size(1) == 2 && (len(gs) == 2 || size(2) == 2):
		q.Kind, q.Value = Time, val(0)+val(1)/60
		if len(gs) == 3 {
			q.Value += val(2) / 3600
		}
		if val(0) > 24 || val(1) >= 60 {
			q.Kind, q.Value = Code, val(0) // a score or a duration: 30:21
		}
	case !isColon(sep) && len(gs) == 3 && size(0) == 4 && size(1) <= 2 && size(2) <= 2:
		q.Kind, q.Value = Date, val(0)*1e4+val(1)*100+val(2)
	case isDecimalPoint(sep) && len(gs) >= 3:
		q.Kind, q.Value = Code, val(0)
	case isMinus(sep) && ((n.lead0 && size(0) >= 3 && size(1) >= 5) || (len(gs) == 3 && last-a.start >= 12)):
		q.Kind, q.Value = Code, val(0)
	default:
		return Quantity{}, false
	}
	return q, true
}

func isShapeSep(r rune) bool {
	return isMinus(r) || isDecimalPoint(r) || isColon(r) || r == '/'
}
