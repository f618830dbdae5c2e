package region

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:generate go run ./internal/gen -out divisions.tsv

// divisionsTSV is the division table: code, name, short name, former names.
// It is generated from the shared statistics bureau and MCA lists so the
// binary needs no data files at run time.
//
//go:embed divisions.tsv
var divisionsTSV string

// plainWordsTXT lists short names that reports use as everyday words.
//
//go:embed plainwords.txt
var plainWordsTXT string

// plainWords reads plainWordsTXT.
func plainWords() map[string]bool {
	words := map[string]bool{}
	for line := range strings.Lines(plainWordsTXT) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			words[w] = true
		}
	}
	return words
}

// level is a division's tier; a lower level is higher up.
type level uint8

const (
	province level = iota
	prefecture
	county
)

// division is one row of the table, linked to its parent.
type division struct {
	Region
	own    string // the division's own name: 义安区
	short  string // the name without its suffix, where that is two runes or more: 义安
	former []string
	level  level
	parent int // index into the table, -1 for provinces
}

// parseTable reads the embedded table. A row's parent is its nearest
// listed ancestor by code, so counties of municipalities and the
// province-administered cities (济源市, 仙桃市) hang from their province.
func parseTable(tsv string) ([]division, error) {
	var divs []division
	at := map[string]int{}
	for i, line := range strings.Split(strings.TrimSuffix(tsv, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || len(f[0]) != 6 {
			return nil, fmt.Errorf("region: divisions.tsv line %d: %q", i+1, line)
		}
		d := division{Region: Region{Code: f[0]}, own: f[1], short: f[2], parent: -1}
		if f[3] != "" {
			d.former = strings.Split(f[3], ",")
		}
		switch {
		case f[0][2:] == "0000":
			d.level = province
		case f[0][4:] == "00":
			d.level = prefecture
		default:
			d.level = county
		}
		for _, up := range []string{f[0][:4] + "00", f[0][:2] + "0000"} {
			if p, ok := at[up]; ok && up != f[0] {
				d.parent = p
				break
			}
		}
		d.Name = d.own
		if d.parent >= 0 {
			d.Name = divs[d.parent].Name + d.own
		}
		at[f[0]] = len(divs)
		divs = append(divs, d)
	}
	return divs, nil
}
