package main

import (
	"bufio"
	"maps"
	"os"
	"slices"
	"strings"
)

// addRevision compares an older MCA code table with the current list, one
// prefecture at a time, and pairs a vanished county with the division that
// took its place: first by a shared two-rune stem (铜官山区 → 铜官区), then,
// where one newly named county is left, with the vanished county named
// after its prefecture (铜陵县 → 义安区) or with the one vanished county left.
func addRevision(t table, path string, logf func(string, ...any)) error {
	old, err := readMCA(path)
	if err != nil {
		return err
	}
	oldNames := map[string]bool{}
	for _, name := range old {
		oldNames[name] = true
	}
	names := t.byName()
	gone := map[string][]string{}  // prefix → vanished county codes
	fresh := map[string][]string{} // prefix → county codes with new names
	for code, name := range old {
		if len(names[name]) == 0 && code[4:] != "00" {
			gone[code[:2]] = append(gone[code[:2]], code)
		}
	}
	for code, d := range t {
		if !oldNames[d.name] && code[4:] != "00" {
			fresh[code[:2]] = append(fresh[code[:2]], code)
		}
	}
	left := map[string][]string{}  // prefecture prefix → vanished, unpaired
	added := map[string][]string{} // prefecture prefix → fresh, unpaired
	for _, prov := range slices.Sorted(maps.Keys(gone)) {
		vanished := gone[prov]
		slices.Sort(vanished)
		cands := slices.Sorted(slices.Values(fresh[prov]))
		for _, v := range vanished {
			i := slices.IndexFunc(cands, func(a string) bool { return sameStem(old[v], t[a].name) })
			if i < 0 {
				left[v[:4]] = append(left[v[:4]], v)
				continue
			}
			t.addFormer(names, cands[i], old[v], "stem", logf)
			cands = slices.Delete(cands, i, i+1)
		}
		for _, c := range cands {
			added[c[:4]] = append(added[c[:4]], c)
		}
	}
	for _, pref := range slices.Sorted(maps.Keys(left)) {
		vanished := left[pref]
		if len(added[pref]) != 1 {
			continue
		}
		city := strings.TrimSuffix(old[pref+"00"], "市")
		i := slices.IndexFunc(vanished, func(v string) bool { return city != "" && old[v] == city+"县" })
		switch {
		case i >= 0:
			t.addFormer(names, added[pref][0], old[vanished[i]], "namesake", logf)
		case len(vanished) == 1:
			t.addFormer(names, added[pref][0], old[vanished[0]], "only", logf)
		}
	}
	return nil
}

// sameStem reports whether two names share their first two runes.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) > 2 && len(rb) > 2 && ra[0] == rb[0] && ra[1] == rb[1]
}

// readMCA reads a cn/GB2260 table: Source, Revision, Code, Name.
func readMCA(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) == 4 && len(p[2]) == 6 && p[2][0] != 'C' {
			m[p[2]] = p[3]
		}
	}
	return m, sc.Err()
}
