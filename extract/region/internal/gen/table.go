package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

// division is one row of the generated table.
type division struct {
	name, short string
	former      []string
}

// table maps 6-digit codes to divisions.
type table map[string]*division

// outside lists provincial-level codes whose subdivisions xiangyuecn takes
// from non-GB/T 2260 sources (Taiwan, Hong Kong, Macau): only the province
// itself is kept, so their district names cannot shadow mainland ones.
var outside = map[string]bool{"71": true, "81": true, "82": true}

// municipal lists the municipalities, whose prefecture-level rows in the
// statistics list (市辖区, 重庆城区, 重庆郊县) are bookkeeping, not divisions
// anyone names: their counties hang from the province directly.
var municipal = map[string]bool{"11": true, "12": true, "31": true, "50": true}

// readCurrent reads the statistics bureau list. Its ext_id holds the
// 12-digit statistics code, whose first six digits are the GB/T 2260 code;
// name holds the short form (湖南 for 湖南省).
func readCurrent(path string) (table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t := table{}
	for _, r := range rows[1:] {
		if len(r) < 8 {
			return nil, fmt.Errorf("%s: bad row %q", path, r)
		}
		if len(r[6]) != 12 { // 国外, abroad, has no code
			continue
		}
		code, short, name := r[6][:6], r[3], r[7]
		if outside[code[:2]] && code[2:] != "0000" ||
			municipal[code[:2]] && code[4:] == "00" && code[2:] != "0000" {
			continue
		}
		if utf8.RuneCountInString(short) < 2 || short == name || !strings.HasPrefix(name, short) {
			short = ""
		}
		t[code] = &division{name: name, short: short}
	}
	return t, nil
}

// byName finds the current codes of a name.
func (t table) byName() map[string][]string {
	m := map[string][]string{}
	for code, d := range t {
		m[d.name] = append(m[d.name], code)
	}
	return m
}
