package batch

import "github.com/unionfacts/unionfacts/corpus"

// Source yields pages in a deterministic order; *corpus.Reader is one. A
// source that also has a BytesRead() int64 method gets a read rate and,
// with Options.Size, an estimate of the time left.
type Source interface {
	Next() bool
	Page() corpus.Page
	Err() error
}

// FromPages returns a Source over pages held in memory, such as the
// embedded sample.
func FromPages(pages []corpus.Page) Source { return &pageList{pages: pages, i: -1} }

type pageList struct {
	pages []corpus.Page
	i     int
}

func (l *pageList) Next() bool {
	if l.i+1 >= len(l.pages) {
		return false
	}
	l.i++
	return true
}

func (l *pageList) Page() corpus.Page { return l.pages[l.i] }
func (l *pageList) Err() error        { return nil }
