// Package sample holds a handful of union work reports, written for this
// project, compiled into the binary so that `unionfacts run` with no input
// shows what the tool produces on a machine with nothing else.
package sample

import (
	"embed"
	"io/fs"
	"path"

	"github.com/unionfacts/unionfacts/corpus"
)

//go:embed pages
var pages embed.FS

// Pages returns the sample pages in name order, each keyed as sample/<name>.
func Pages() []corpus.Page {
	entries, err := fs.ReadDir(pages, "pages")
	if err != nil {
		panic("sample: embedded pages missing: " + err.Error()) // a build defect, not input
	}
	out := make([]corpus.Page, 0, len(entries))
	for _, e := range entries {
		data, err := pages.ReadFile(path.Join("pages", e.Name()))
		if err != nil {
			panic("sample: " + err.Error())
		}
		name := "sample/" + e.Name()
		out = append(out, corpus.Page{Doc: name, Input: name, Data: data, Format: corpus.FormatOf(name, data)})
	}
	return out
}
