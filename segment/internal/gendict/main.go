// Command gendict rebuilds dict.txt, the compact form of gse's simplified
// Chinese dictionary (zh_s) that package segment embeds:
//
//	go generate ./segment
//
// gse parses its 5 MB word list into tries and token tables at every
// start, which takes over a second and some 130 MB. dict.txt holds the
// same entries already settled as gse's loader settles them (see package
// wordlist: keys lower-cased, first of a key kept, rare words dropped),
// sorted by key, so that package segment can search it in place and hand
// gse only the words a text contains.
//
// The form is wordlist.Compact's: a "# total N" line, then "key freq pos"
// lines.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/unionfacts/unionfacts/segment/internal/wordlist"
)

// gseModule is the module whose dictionary is compacted, at the version
// go.mod requires.
const gseModule = "github.com/go-ego/gse"

func main() {
	src := flag.String("src", "", "gse's zh_s word list (default: data/dict/zh/s_1.txt of the gse module go.mod requires)")
	out := flag.String("out", "dict.txt", "compact dictionary to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

func run(src, out string) error {
	if src == "" {
		var err error
		if src, err = zhSource(); err != nil {
			return err
		}
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	entries, err := wordlist.Read(in)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return os.WriteFile(out, []byte(wordlist.Compact(entries)), 0o644)
}

// zhSource asks the go command where gse's zh_s word list is.
func zhSource() (string, error) {
	b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", gseModule).Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", gseModule, err)
	}
	dir := strings.TrimSpace(string(b))
	if dir == "" {
		return "", fmt.Errorf("go list -m %s: module not downloaded (run go mod download)", gseModule)
	}
	return filepath.Join(dir, "data", "dict", "zh", "s_1.txt"), nil
}
