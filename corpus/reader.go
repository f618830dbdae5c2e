package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Reader walks inputs and yields their pages one at a time, in a
// deterministic order, in the manner of bufio.Scanner:
//
//	r := corpus.NewReader(paths)
//	for r.Next() {
//		page := r.Page()
//		...
//	}
//	if err := r.Err(); err != nil { ... }
type Reader struct {
	pending []string
	page    Page
	err     error
}

// NewReader returns a reader over the given files and folders. Folders are
// walked recursively for .txt, .html and .htm files.
func NewReader(paths []string) *Reader {
	return &Reader{pending: append([]string(nil), paths...)}
}

// Next advances to the next page. It returns false when the inputs are
// exhausted or a path could not be listed; Err tells which.
func (r *Reader) Next() bool {
	for len(r.pending) > 0 {
		p := r.pending[0]
		r.pending = r.pending[1:]
		info, err := os.Stat(p)
		if err != nil {
			r.page = Page{Doc: p, Input: p, Err: err}
			return true
		}
		if info.IsDir() {
			files, err := listDir(p)
			if err != nil {
				r.err = err
				return false
			}
			r.pending = append(files, r.pending...)
			continue
		}
		r.page = ReadFile(p)
		return true
	}
	return false
}

// Page returns the page Next advanced to.
func (r *Reader) Page() Page { return r.page }

// Err returns the error that stopped the walk, nil at a normal end.
func (r *Reader) Err() error { return r.err }

// ReadFile reads one page from disk; a failure is recorded in Page.Err.
func ReadFile(path string) Page {
	data, err := os.ReadFile(path)
	if err != nil {
		return Page{Doc: path, Input: path, Err: err}
	}
	return Page{Doc: path, Input: path, Data: data, Format: FormatOf(path, data)}
}

// FormatOf guesses a page's layout from its name, then from its first bytes.
func FormatOf(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".shtml", ".xhtml":
		return HTML
	case ".txt":
		return Text
	}
	head := strings.ToLower(string(data[:min(len(data), 512)]))
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") {
		return HTML
	}
	return Text
}

func listDir(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isPageName(path) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: listing %s: %w", dir, err)
	}
	sort.Strings(files)
	return files, nil
}

func isPageName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}
