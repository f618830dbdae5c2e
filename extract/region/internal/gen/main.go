// Command gen rebuilds divisions.tsv, the division table package region
// embeds, from the shared division data:
//
//	go generate ./extract/region
//
// The statistics bureau's 2023 list (xiangyuecn ok_data_level3.csv) gives
// the current provinces, prefectures and counties with their short names;
// JioNLP's change list and the MCA 2014 and 2019 code tables give former
// names, so that a report written before a renaming still resolves.
//
// Output lines are "code<TAB>name<TAB>short<TAB>former,former", sorted by
// code; short and former may be empty.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	data := flag.String("data", "../../../shared/data/divisions", "directory of the shared division files")
	out := flag.String("out", "divisions.tsv", "table to write")
	verbose := flag.Bool("v", false, "log every former name and where it came from")
	flag.Parse()
	if err := run(*data, *out, *verbose); err != nil {
		log.Fatal(err)
	}
}

func run(data, out string, verbose bool) error {
	divs, err := readCurrent(filepath.Join(data, "xiangyuecn+AreaCity-JsSpider-StatsGov", "ok_data_level3.csv"))
	if err != nil {
		return err
	}
	logf := func(string, ...any) {}
	if verbose {
		logf = log.Printf
	}
	if err := addChanges(divs, filepath.Join(data, "dongrixinyu+JioNLP", "china_location_change.txt"), logf); err != nil {
		return err
	}
	for _, rev := range []string{"mca-201412.tsv", "mca-201904.tsv"} {
		if err := addRevision(divs, filepath.Join(data, "cn+GB2260", rev), logf); err != nil {
			return err
		}
	}
	return write(divs, out)
}

func write(divs table, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, code := range slices.Sorted(maps.Keys(divs)) {
		d := divs[code]
		slices.Sort(d.former)
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", code, d.name, d.short, strings.Join(slices.Compact(d.former), ","))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
