package extract

import (
	"errors"
	"fmt"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/region"
	"github.com/unionfacts/unionfacts/extract/script"
)

// Document is everything read from one page. Empty strings stand for fields
// the page does not give.
type Document struct {
	// Doc is the input's path, or its URL for records inside a bundle.
	Doc string
	// Input is the file the document was read from (see corpus.Page).
	Input string
	// ContentHash is the hex SHA-256 of the page's raw bytes, so that a row
	// can be traced to the exact page version it came from.
	ContentHash string
	Title       string
	Published   string // YYYY-MM-DD
	Source      string
	Authors     []string
	Region      *region.Region
	Body        string
	Keywords    []string
	// Charset is the encoding the page was decoded with, CharsetSource
	// where that decision came from.
	Charset, CharsetSource string
	// Script is the characters the page is written in. A page not in
	// simplified characters (Hant, Mixed) was read through a simplified
	// view: its facts, region and keywords come from the view, while its
	// fields, body and evidence are as printed.
	Script script.Script
	// Relevance is how much of the body is about union work (0–1), and
	// AboutUnions whether that is enough for the page to yield facts; see
	// facts.Topic.
	Relevance   float64
	AboutUnions bool
	Facts       []facts.Fact
	// Err is a *PageError when the page could not be processed; the other
	// fields are then as far as the pipeline got.
	Err error
}

// Stage names a pipeline stage in errors.
type Stage string

// The stages, in pipeline order.
const (
	StageRead     Stage = "read"
	StageDecode   Stage = "decode"
	StageClean    Stage = "clean"
	StageRegion   Stage = "region"
	StageKeywords Stage = "keywords"
	StageFacts    Stage = "facts"
)

// Sentinel causes a PageError may wrap.
var (
	// ErrEmpty means the page has no bytes, or no text once decoded.
	ErrEmpty = errors.New("empty page")
	// ErrBinary means the page is not text at all.
	ErrBinary = errors.New("binary content, not a text page")
	// ErrNotArticle means no article body could be found.
	ErrNotArticle = errors.New("no article text found")
)

// PageError says which page failed in which stage, and why.
type PageError struct {
	Doc   string
	Stage Stage
	Err   error
}

func (e *PageError) Error() string { return fmt.Sprintf("%s: %s: %v", e.Doc, e.Stage, e.Err) }

// Unwrap returns the cause.
func (e *PageError) Unwrap() error { return e.Err }
