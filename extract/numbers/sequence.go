package numbers

// hanSequence reads a numeral written digit by digit (二〇二二, 一七二零点一),
// which starts with two digits other than 两. It reports false when rs[i]
// does not start one.
func hanSequence(rs []rune, i int) (numeral, bool) {
	if i+1 >= len(rs) || !seqDigit(rs[i]) || !seqDigit(rs[i+1]) {
		return numeral{}, false
	}
	n := numeral{start: i}
	j := i
	for ; j < len(rs) && seqDigit(rs[j]); j++ {
		d, _ := hanDigit(rs[j])
		n.value = n.value*10 + float64(d)
		n.zero = n.zero || d == 0
		n.formal = n.formal || isFormal(rs[j])
	}
	n.seq = j - i
	n.han = n.seq
	if j+1 < len(rs) && isHanPoint(rs[j]) {
		if frac, k := readHanFraction(rs, j+1); k > j+1 {
			n.value += frac
			j = k
		}
	}
	n.end = j
	return n, true
}
