package article

import (
	"errors"
	"io/fs"
)

// LoadWithDefaults reads the rule files a researcher keeps in fsys
// (boilerplate.txt, labels.txt, surnames.txt, html_hints.txt), and takes
// the embedded file for each one fsys lacks, so that a folder holding an
// edited labels.txt alone changes the labels and nothing else. It returns
// the text rules and the HTML rules built on them.
func LoadWithDefaults(fsys fs.FS) (*Rules, *HTMLRules, error) {
	files := overlay{fsys, defaultFiles, htmlHintFiles}
	text, err := LoadRules(files)
	if err != nil {
		return nil, nil, err
	}
	html, err := LoadHTMLRules(files, text)
	if err != nil {
		return nil, nil, err
	}
	return text, html, nil
}

// overlay opens a file from the first of its file systems that has it.
type overlay []fs.FS

func (o overlay) Open(name string) (fs.File, error) {
	for _, fsys := range o {
		f, err := fsys.Open(name)
		if !errors.Is(err, fs.ErrNotExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
