package main

import (
	"bufio"
	"os"
	"slices"
	"strings"
)

// addChanges reads JioNLP's change list: tab-separated old province,
// its short form, old prefecture, its short form[, old county, its short
// form] "=>" new province, prefecture[, county]. The old prefecture or
// county name becomes a former name of the new division.
func addChanges(t table, path string, logf func(string, ...any)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	names := t.byName()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		oldPart, newPart, ok := strings.Cut(sc.Text(), "=>")
		if !ok {
			continue
		}
		old := strings.Split(oldPart, "\t")
		if len(old) < 6 {
			continue
		}
		oldName := old[4]
		if len(old) >= 8 {
			oldName = old[6]
		}
		code := t.find(strings.Split(newPart, "\t"))
		if code == "" {
			logf("change %q: new division not found", sc.Text())
			continue
		}
		t.addFormer(names, code, oldName, "jionlp", logf)
	}
	return sc.Err()
}

// find resolves a path of names (province, prefecture, county) to a code.
func (t table) find(path []string) string {
	code := ""
	for _, name := range path {
		if name == "" {
			continue
		}
		next := ""
		for c, d := range t {
			if d.name == name && (code == "" || strings.HasPrefix(c, prefix(code))) && c != code && (next == "" || c < next) {
				next = c
			}
		}
		if next == "" {
			if code != "" && t[code].name == name { // municipality: the city repeats the province
				continue
			}
			return ""
		}
		code = next
	}
	return code
}

// prefix is the part of a code its descendants share.
func prefix(code string) string {
	return strings.TrimRight(code, "0")
}

// addFormer records old as a former name of code unless some current
// division bears that name, which then keeps it alone, or an earlier,
// better source already placed it.
func (t table) addFormer(names map[string][]string, code, old, from string, logf func(string, ...any)) {
	if len(names[old]) > 0 || strings.Contains(old, "行政委员会") || t.placed(old) {
		return
	}
	logf("%s: %s => %s %s", from, old, code, t[code].name)
	t[code].former = append(t[code].former, old)
}

// placed reports whether old is already some division's former name.
func (t table) placed(old string) bool {
	for _, d := range t {
		if slices.Contains(d.former, old) {
			return true
		}
	}
	return false
}
