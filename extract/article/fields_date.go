package article

import (
	"fmt"
	"regexp"
	"strings"
)

// Dates as pages print them, read into the YYYY-MM-DD of the fact contract.

// numericDate finds 2023-06-07, 2023/6/7, 2023.06.07 and 2023年6月7日 (with
// or without the 日, spaces allowed around 年 and 月), one separator
// throughout so that "2004 - 01/01" is no date, and not touching other
// digits, so that 12023-06-071 is none either.
var numericDate = regexp.MustCompile(`(?:^|\D)(?:` +
	`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})|` +
	`(\d{4})-(\d{1,2})-(\d{1,2})|` +
	`(\d{4})/(\d{1,2})/(\d{1,2})|` +
	`(\d{4})\.(\d{1,2})\.(\d{1,2}))(?:\D|$)`)

// dayFirstDate finds the day-first date with dots that sites built on
// European software print (29.01.2016 10:56). A month-first date is never
// written with dots, so the order is not in doubt.
var dayFirstDate = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[^\d.]|$)`)

// usDateTime finds the month-first date that English-language blog
// software prints before a time with AM or PM (9/17/2004 5:54:13 AM); the
// clock is what tells it from a day-first date.
var usDateTime = regexp.MustCompile(`(?i)(?:^|\D)(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b`)

// hanDate finds dates written in Chinese numerals: 二〇二三年六月七日.
var hanDate = regexp.MustCompile(`([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日`)

// clockTime matches a time of day that may follow a date, so that a
// dateline line can be told to hold nothing else: 16:51:37, 下午3:05.
var clockTime = regexp.MustCompile(`(?:上午|下午|晚上|早上)?\d{1,2}:\d{2}(?::\d{2})?`)

// normalizeDate returns the first date in s as YYYY-MM-DD, or "" if s holds
// none. Years outside 1949–2099 and impossible months or days are no date:
// they are section numbers or counts, not publication dates.
func normalizeDate(s string) string {
	s = strings.Map(foldWidth, s)
	if !mayHoldDate(s) {
		return ""
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		for i := 1; i < len(m); i += 3 {
			if m[i] != "" {
				return validDate(atoi(m[i]), atoi(m[i+1]), atoi(m[i+2]))
			}
		}
	}
	if strings.Contains(s, ".") {
		if m := dayFirstDate.FindStringSubmatch(s); m != nil {
			return validDate(atoi(m[3]), atoi(m[2]), atoi(m[1]))
		}
	}
	if strings.Contains(s, "/") {
		if m := usDateTime.FindStringSubmatch(s); m != nil {
			return validDate(atoi(m[3]), atoi(m[1]), atoi(m[2]))
		}
	}
	if m := hanDate.FindStringSubmatch(s); m != nil {
		year := 0
		for _, r := range m[1] {
			year = year*10 + hanDigit(r)
		}
		return validDate(year, hanNumber(m[2]), hanNumber(m[3]))
	}
	return ""
}

// mayHoldDate is a cheap test that spares the date expressions most text:
// a date has four digits in a row or a 年.
func mayHoldDate(s string) bool {
	run := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if run++; run == 4 {
				return true
			}
		case r == '年':
			return true
		default:
			run = 0
		}
	}
	return false
}

// removeDates blanks out the dates in s, leaving the characters around
// them (numericDate's match takes one on either side) in place.
func removeDates(s string) string {
	for _, m := range numericDate.FindAllStringSubmatchIndex(s, -1) {
		for i := 2; i < len(m); i += 6 {
			if m[i] >= 0 {
				s = s[:m[i]] + strings.Repeat(" ", m[i+5]-m[i]) + s[m[i+5]:]
			}
		}
	}
	if m := dayFirstDate.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[2]] + strings.Repeat(" ", m[7]-m[2]) + s[m[7]:]
	}
	return hanDate.ReplaceAllString(s, " ")
}

func validDate(y, m, d int) string {
	if y < 1949 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// hanDigit reads one Chinese digit; 〇, 零 and ○ are all zero.
func hanDigit(r rune) int {
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return i/len("一") + 1
	}
	return 0
}

// hanNumber reads a month or day in Chinese numerals: 六, 十, 十二, 二十一.
func hanNumber(s string) int {
	tens, ones, seenTen := 0, 0, false
	for _, r := range s {
		if r == '十' {
			tens, seenTen = max(ones, 1), true
			ones = 0
			continue
		}
		ones = hanDigit(r)
	}
	if seenTen {
		return tens*10 + ones
	}
	return ones
}
