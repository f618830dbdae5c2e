package article

// Article is what a page says once its boilerplate is gone. Empty strings
// mean the page does not give that field.
type Article struct {
	Title     string
	Published string // YYYY-MM-DD
	Source    string
	Authors   []string
	// Body holds the report's paragraphs, one per line, without title,
	// dateline, byline or any page furniture.
	Body string
}
