package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract/article"
	"github.com/unionfacts/unionfacts/extract/charset"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/region"
	"github.com/unionfacts/unionfacts/extract/script"
	"github.com/unionfacts/unionfacts/segment"
)

// Options configure a Pipeline.
type Options struct {
	// Rules decide which numbers are facts; facts.DefaultRules gives the
	// embedded set. Required.
	Rules *facts.Rules
	// Article strips boilerplate and reads document fields, from HTML and
	// text pages alike; nil means the embedded rules, and
	// article.LoadWithDefaults gives a researcher's own.
	Article *article.HTMLRules
	// Numbers reads every quantity of a body; nil means the embedded
	// units and markers.
	Numbers *numbers.Reader
	// Periods are the time words that say when a fact holds; nil means
	// the embedded table, period.ParseWords reads a researcher's own.
	Periods *period.Words
	// Script converts traditional characters for the simplified view
	// pages not in simplified characters are read through; nil means the
	// embedded OpenCC tables, and script.LoadWithDefaults reads a
	// researcher's own.
	Script *script.Table
}

// Pipeline runs every extraction stage on a page. It is safe for
// concurrent use: load one per process and share it among workers.
type Pipeline struct {
	article    *article.HTMLRules
	numbers    *numbers.Reader
	periods    *period.Words
	classifier *facts.Classifier
	regions    *region.Resolver
	seg        *segment.Segmenter
	script     *script.Table
}

// keywordsPerDoc is how many keywords a Document gets.
const keywordsPerDoc = 10

// New validates opts and loads what the stages need.
func New(opts Options) (*Pipeline, error) {
	if opts.Rules == nil {
		return nil, errors.New("extract: Options.Rules is required")
	}
	seg, err := segment.Default()
	if err != nil {
		return nil, err
	}
	cls, err := facts.NewClassifier(opts.Rules, seg)
	if err != nil {
		return nil, err
	}
	res, err := region.NewResolver()
	if err != nil {
		return nil, err
	}
	p := &Pipeline{article: opts.Article, numbers: opts.Numbers, periods: opts.Periods, classifier: cls, regions: res,
		seg: seg, script: opts.Script}
	if p.article == nil {
		p.article = article.DefaultHTMLRules()
	}
	if p.numbers == nil {
		p.numbers = numbers.DefaultReader()
	}
	if p.periods == nil {
		p.periods = period.DefaultWords()
	}
	if p.script == nil {
		p.script = script.Default()
	}
	return p, nil
}

// Process extracts one page. It never panics on bad input: a page that
// cannot be processed comes back with Err set to a *PageError. The result
// depends on the page alone, unless ctx ends first: the stages check ctx as
// they go, and a page whose ctx is done comes back with Err wrapping
// ctx.Err() (context.DeadlineExceeded for a page over its time) and the
// stage it was in.
func (p *Pipeline) Process(ctx context.Context, pg corpus.Page) Document {
	doc := Document{Doc: pg.Doc, Input: pg.Input}
	fail := func(stage Stage, err error) Document {
		doc.Err = &PageError{Doc: pg.Doc, Stage: stage, Err: err}
		return doc
	}
	if pg.Err != nil {
		return fail(StageRead, pg.Err)
	}
	if len(bytes.TrimSpace(pg.Data)) == 0 {
		return fail(StageRead, ErrEmpty)
	}
	if looksBinary(pg.Data) {
		return fail(StageRead, ErrBinary)
	}
	sum := sha256.Sum256(pg.Data)
	doc.ContentHash = hex.EncodeToString(sum[:])
	text, cs := charset.Decode(pg.Data, pg.ContentType)
	doc.Charset, doc.CharsetSource = cs.Name, string(cs.Source)
	if err := ctx.Err(); err != nil {
		return fail(StageDecode, err)
	}

	art, sc, err := p.readArticle(ctx, text, pg.Format == corpus.HTML)
	doc.Script = sc
	if err != nil {
		return fail(StageClean, err)
	}
	if strings.TrimSpace(art.Body) == "" {
		return fail(StageClean, ErrNotArticle)
	}
	doc.Title, doc.Published, doc.Source = art.Title, art.Published, art.Source
	doc.Authors, doc.Body = art.Authors, art.Body
	// The later stages read simplified text; the document keeps the text
	// as printed.
	view := p.simplified(art, sc)
	doc.Region = p.regions.Document(view.Title, view.Body, view.Source)
	if err := ctx.Err(); err != nil {
		return fail(StageRegion, err)
	}
	words := p.seg.Within(view.Body)
	if doc.Keywords, err = words.Keywords(ctx, keywordsPerDoc); err != nil {
		return fail(StageKeywords, err)
	}
	qs := p.numbers.Find(view.Body)
	readBody := func(s string) []numbers.Quantity {
		if s == view.Body {
			return qs // read once for facts and periods
		}
		return p.numbers.Find(s)
	}
	topic := p.classifier.Topic(view.Title, view.Body)
	doc.Relevance, doc.AboutUnions = topic.Relevance, topic.AboutUnions
	if doc.Facts, err = p.classifier.WithWords(words).ClassifyBody(ctx, view.Body, readBody); err != nil {
		return fail(StageFacts, err)
	}
	doc.Facts = topic.Keep(doc.Facts)
	body := []rune(view.Body)
	for i := range doc.Facts {
		// The place a fact is about is named before its number.
		doc.Facts[i].Region = p.regions.Mention(leadOf(doc.Facts[i], body), doc.Region)
	}
	if err := ctx.Err(); err != nil {
		return fail(StageRegion, err)
	}
	p.scope(&doc, view, qs)
	printFacts(doc.Facts, view.Body, art.Body)
	return doc
}

// scope says when each fact holds and which total it is a part of, reading
// the article's simplified view.
func (p *Pipeline) scope(doc *Document, view article.Article, bodyQuantities []numbers.Quantity) {
	if len(doc.Facts) == 0 {
		return
	}
	p.classifier.LinkParts(view.Body, doc.Facts)
	at := make([]period.Fact, len(doc.Facts))
	for i, f := range doc.Facts {
		at[i] = period.Fact{Start: f.Start, Metric: f.Metric}
	}
	page := period.Page{Title: view.Title, Body: view.Body, Published: doc.Published,
		BodyQuantities: bodyQuantities, TitleQuantities: p.numbers.Find(view.Title)}
	for i, s := range p.periods.Spans(page, at) {
		doc.Facts[i].Period = s
	}
}

// leadOf returns the part of a fact's sentence before its evidence.
func leadOf(f facts.Fact, body []rune) string {
	if f.SentenceStart < 0 || f.SentenceStart > f.Start || f.Start > len(body) {
		return ""
	}
	return string(body[f.SentenceStart:f.Start])
}

// looksBinary reports whether data holds NUL bytes in its first kilobytes,
// which no text or HTML page in an ASCII-compatible charset does. UTF-16
// pages are full of NULs, so a UTF-16 byte-order mark exempts them.
func looksBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0
}
