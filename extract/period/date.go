package period

import "time"

// date is a calendar day; the zero date stands for no date.
type date struct{ y, m, d int }

func (d date) zero() bool { return d.y == 0 }

// String formats d as YYYY-MM-DD, "" for the zero date.
func (d date) String() string {
	if d.zero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+d.y/1000%10), byte('0'+d.y/100%10), byte('0'+d.y/10%10), byte('0'+d.y%10), '-')
	b = append(b, byte('0'+d.m/10), byte('0'+d.m%10), '-', byte('0'+d.d/10), byte('0'+d.d%10))
	return string(b)
}

func (d date) before(e date) bool {
	return d.y < e.y || d.y == e.y && (d.m < e.m || d.m == e.m && d.d < e.d)
}

// parseDate reads YYYY-MM-DD; anything else is the zero date.
func parseDate(s string) date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return date{}
	}
	return date{t.Year(), int(t.Month()), t.Day()}
}

// lastDay returns the last day of month m of year y.
func lastDay(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// valid reports whether y-m-d is a real day.
func valid(y, m, d int) bool {
	return y >= 1000 && y < 3000 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m)
}
