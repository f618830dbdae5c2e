// Command peers runs other extractors on the pages unionfacts reads, so
// that make bench-mem can set unionfacts' time and memory beside theirs.
// It is a module of its own: its dependencies stay out of unionfacts'
// go.mod.
//
//	go run . [--workers N] PATH...
//
// Each PATH is an HTML file or a folder searched for *.html and *.htm
// files. Today the one peer is readeck's go-readability (a Go port of
// Mozilla's Readability.js), which extracts the article text only: no
// fields, facts, keywords or Parquet. It prints how many pages it read,
// how many failed and how many characters of text it kept.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
)

func main() {
	workers := flag.Int("workers", runtime.NumCPU(), "pages extracted at once")
	flag.Parse()
	if flag.NArg() == 0 || *workers < 1 {
		fmt.Fprintln(os.Stderr, "usage: peers [--workers N] PATH...")
		os.Exit(2)
	}
	files, err := htmlFiles(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	var (
		mu            sync.Mutex
		failed, chars int
		wg            sync.WaitGroup
	)
	next := make(chan string)
	for range *workers {
		wg.Go(func() {
			for path := range next {
				n, err := readeck(path)
				mu.Lock()
				if err != nil {
					failed++
				}
				chars += n
				mu.Unlock()
			}
		})
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	fmt.Printf("readeck go-readability: %d pages (%d failed), %d characters of text\n", len(files), failed, chars)
}

// readeck extracts the article text of one page and returns its length in
// characters.
func readeck(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	art, err := readability.FromReader(bytes.NewReader(data), nil)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	return utf8.RuneCountInString(text.String()), nil
}

// htmlFiles lists the HTML files of paths in walk order.
func htmlFiles(paths []string) ([]string, error) {
	var out []string
	for _, root := range paths {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := strings.ToLower(filepath.Ext(path)); !d.IsDir() && (ext == ".html" || ext == ".htm") {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
