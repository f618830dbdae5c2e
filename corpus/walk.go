package corpus

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// walker yields the files named by a list of inputs one at a time, in a
// deterministic order: arguments in the order given, glob matches and
// folder entries sorted by name. Folders are listed only when reached, so
// memory holds one folder's names at a time, never the whole tree.
//
// Symbolic links are followed, but every folder and file is visited once,
// known by its device and inode: a link back to a parent folder adds
// nothing, and a file named twice, or reached through a link as well, is
// read at its first place in the walk only.
type walker struct {
	stack []entry // next entry last
	seen  map[fileKey]bool
}

// entry is one path waiting to be visited. Explicit paths are the caller's
// arguments, read whatever their name; files found in folders are read
// only when their name says they hold pages (see isPageName).
type entry struct {
	path     string
	explicit bool
}

func newWalker(paths []string) *walker {
	w := &walker{seen: map[fileKey]bool{}}
	for _, p := range slices.Backward(paths) {
		w.stack = append(w.stack, entry{path: p, explicit: true})
	}
	return w
}

// next returns the next file to read. A path that does not exist comes
// back as a file too, so that reading it records the error on a page. err
// is set when a folder cannot be listed or a pattern is malformed: the set
// of documents is then unknown, which no row could record.
func (w *walker) next() (path string, ok bool, err error) {
	for len(w.stack) > 0 {
		e := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		info, statErr := os.Stat(e.path)
		if statErr == nil || !isGlob(e.path) {
			key := keyOf(e.path, info)
			if w.seen[key] {
				continue
			}
			if statErr != nil || info.IsDir() || e.explicit || isPageName(e.path) {
				w.seen[key] = true
			}
		}
		switch {
		case statErr != nil && e.explicit && isGlob(e.path):
			matches, err := filepath.Glob(e.path)
			if err != nil {
				return "", false, fmt.Errorf("corpus: pattern %q: %w", e.path, err)
			}
			if len(matches) == 0 {
				return e.path, true, nil // read fails: "no such file" names the pattern
			}
			w.push(matches, true)
		case statErr == nil && info.IsDir():
			if err := w.pushDir(e.path); err != nil {
				return "", false, err
			}
		case e.explicit || isPageName(e.path):
			return e.path, true, nil
		}
	}
	return "", false, nil
}

// pushDir queues a folder's entries. Names starting with a dot (.git, a
// run's own .partial journal) are skipped.
func (w *walker) pushDir(dir string) error {
	des, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return fmt.Errorf("corpus: listing %s: %w", dir, err)
	}
	names := make([]string, 0, len(des))
	for _, d := range des {
		if !strings.HasPrefix(d.Name(), ".") {
			names = append(names, filepath.Join(dir, d.Name()))
		}
	}
	w.push(names, false)
	return nil
}

func (w *walker) push(paths []string, explicit bool) {
	for _, p := range slices.Backward(paths) {
		w.stack = append(w.stack, entry{path: p, explicit: explicit})
	}
}

func isGlob(path string) bool { return strings.ContainsAny(path, "*?[") }

// isPageName reports whether a file found in a folder holds pages: a page
// itself, a bundle, or either compressed with gzip.
func isPageName(path string) bool {
	switch kindOf(path) {
	case kindJSONL, kindWARC:
		return true
	}
	switch innerExt(path) {
	case ".txt", ".html", ".htm", ".shtml", ".xhtml":
		return true
	}
	return false
}

// Size returns the total size in bytes of the files the inputs name, as
// read from disk (compressed files count compressed). It walks the inputs
// the way a Reader does, so it can feed a progress estimate.
func Size(paths []string) (int64, error) {
	var total int64
	for p, err := range Files(paths) {
		if err != nil {
			return total, err
		}
		if info, err := os.Stat(p); err == nil {
			total += info.Size()
		}
	}
	return total, nil
}

// Files yields the files a Reader over paths reads, in its order: each
// file named, each match of a pattern, each page or bundle file in a
// folder's tree. A path that names nothing comes back as itself, so that
// reading it records the error on a page. It ends with an error where a
// folder cannot be listed. A runner that reads files itself (see
// FilePages) lists them with it, so that it reads what a Reader would.
func Files(paths []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		w := newWalker(paths)
		for {
			p, ok, err := w.next()
			if err != nil {
				yield("", err)
				return
			}
			if !ok || !yield(p, nil) {
				return
			}
		}
	}
}
