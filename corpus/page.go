// Package corpus reads the pages of a crawl: files, folders and glob
// patterns; JSONL and WARC bundles; any of them gzipped. Every input
// document becomes exactly one Page, including the ones that cannot be read
// (missing, truncated, too large, a bad bundle record), which carry their
// error for the pipeline to turn into a row. See Reader.
package corpus

// Format is how a page's text is laid out.
type Format string

// The page formats the cleaner tells apart.
const (
	HTML Format = "html"
	Text Format = "text"
)

// Page is one input document as read from disk, before decoding.
type Page struct {
	// Doc identifies the document in every output row: its path, or its URL
	// for records inside a bundle.
	Doc string
	// Input is the file the page was read from; it differs from Doc for
	// records inside a bundle (JSONL, WARC).
	Input string
	// Data holds the raw bytes, in whatever charset the page was saved in.
	Data []byte
	// ContentType is the HTTP Content-Type recorded with the page, "" when
	// the page came without one.
	ContentType string
	Format      Format
	// Err is set when the page could not be read; Data is then empty.
	Err error
}
