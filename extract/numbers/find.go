package numbers

import (
	"strconv"
)

// Find returns every quantity in text, in order of appearance.
//
// This first reader knows arabic digits, 万/亿 and a few units; it is the
// seam the full reader replaces.
func Find(text string) []Quantity {
	rs := []rune(text)
	var out []Quantity
	for i := 0; i < len(rs); {
		if !isDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.') {
			j++
		}
		v, err := strconv.ParseFloat(string(rs[i:j]), 64)
		if err != nil {
			i = j
			continue
		}
		k := j
		if k < len(rs) && rs[k] == '万' {
			v *= 1e4
			k++
		} else if k < len(rs) && rs[k] == '亿' {
			v *= 1e8
			k++
		}
		approx := Exact
		if k < len(rs) && (rs[k] == '余' || rs[k] == '多') {
			approx = GTE
			k++
		}
		q := Quantity{Value: v, Approx: approx, Kind: Bare}
		if k < len(rs) {
			switch u := rs[k]; {
			case u == '元':
				q.Unit, q.Kind = "元", Money
				k++
			case u == '%':
				q.Unit, q.Kind = "%", Percent
				k++
			case isCounter(u):
				q.Unit, q.Kind = string(u), Count
				k++
			}
		}
		q.Start, q.End, q.Text = i, k, string(rs[i:k])
		out = append(out, q)
		i = k
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isCounter(r rune) bool {
	const counters = "人名家个户场次项件张"
	for _, c := range counters {
		if c == r {
			return true
		}
	}
	return false
}
