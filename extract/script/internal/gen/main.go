// Command gen rebuilds the character tables package script embeds, from
// OpenCC's dictionaries:
//
//	go generate ./extract/script
//
// It reads TSCharacters.txt (traditional → simplified) and STCharacters.txt
// (simplified → traditional) from the github.com/longbridgeapp/opencc
// module, which `go mod download` fetches into the module cache without the
// repository's go.mod naming it, and writes them in OpenCC's own format
// ("key<TAB>candidate candidate…", the first candidate being the
// conversion) with only the entries a rune-for-rune view can use: a key of
// one character whose UTF-8 encoding is three bytes (the CJK blocks of the
// Basic Multilingual Plane), candidates of that same width, and a first
// candidate that differs from the key. Keeping the width keeps every byte
// and rune offset of a converted text where it was. What is left out is
// counted on stderr; it is characters outside the BMP (CJK Extension B and
// later, e.g. 㑮 → 𫝈) on either side, which union reports do not print.
// OpenCC's phrase tables (TSPhrases, STPhrases) are left out as well: they
// settle readings such as 乾隆 against 乾 → 干, and a rune-for-rune view
// takes each character's first conversion.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// openccModule is the module whose embedded dictionaries the tables come
// from.
const openccModule = "github.com/longbridgeapp/opencc@v0.3.13"

func main() {
	dir := flag.String("opencc", "", "OpenCC dictionary `DIR` (default: the module's dictionary folder, downloaded if needed)")
	flag.Parse()
	if *dir == "" {
		d, err := moduleDir(openccModule)
		if err != nil {
			log.Fatal(err)
		}
		*dir = filepath.Join(d, "dictionary")
	}
	if err := run(*dir, ".", os.Stderr); err != nil {
		log.Fatal(err)
	}
}

// run writes every table into out from the dictionaries in dir, saying on
// log what it left out.
func run(dir, out string, log io.Writer) error {
	for _, t := range tables {
		n, err := convert(filepath.Join(dir, t.from), filepath.Join(out, t.to))
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "%s: %d entries kept; left out: %d outside the BMP, %d converting to themselves\n",
			t.to, n.kept, n.wide, n.same)
	}
	return nil
}

// tables pairs each OpenCC dictionary with the file it becomes.
var tables = []struct{ from, to string }{
	{"TSCharacters.txt", "hant2hans.txt"},
	{"STCharacters.txt", "hans2hant.txt"},
}

// moduleDir asks the go command where a module version is unpacked,
// downloading it first if needed.
func moduleDir(mod string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", mod).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", mod, info.Error)
	}
	return info.Dir, nil
}

// counts says what filter kept and why it left entries out.
type counts struct {
	kept int
	wide int // key or first candidate outside the BMP
	same int // first candidate equal to the key (彷 → 彷 仿)
}

// convert filters the dictionary at from into the table at to.
func convert(from, to string) (counts, error) {
	in, err := os.Open(from)
	if err != nil {
		return counts{}, err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return counts{}, err
	}
	n, err := filter(in, out)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// filter copies the entries of an OpenCC character dictionary that map one
// three-byte character to another, with their candidates of that width.
func filter(in io.Reader, out io.Writer) (counts, error) {
	var n counts
	w := bufio.NewWriter(out)
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		key, cands, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		all := strings.Fields(cands)
		switch {
		case len(all) == 0:
			continue
		case !threeBytes(key) || !threeBytes(all[0]):
			n.wide++
			continue
		case all[0] == key:
			n.same++
			continue
		}
		var narrow []string
		for _, c := range all {
			if threeBytes(c) {
				narrow = append(narrow, c)
			}
		}
		n.kept++
		fmt.Fprintf(w, "%s\t%s\n", key, strings.Join(narrow, " "))
	}
	if err := sc.Err(); err != nil {
		return counts{}, err
	}
	return n, w.Flush()
}

// threeBytes reports whether s is one character of three UTF-8 bytes.
func threeBytes(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && n == 3 && n == len(s)
}
