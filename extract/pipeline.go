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
	"github.com/unionfacts/unionfacts/extract/region"
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
}

// Pipeline runs every extraction stage on a page. It is safe for
// concurrent use: load one per process and share it among workers.
type Pipeline struct {
	article    *article.HTMLRules
	numbers    *numbers.Reader
	classifier *facts.Classifier
	regions    *region.Resolver
	seg        *segment.Segmenter
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
	p := &Pipeline{article: opts.Article, numbers: opts.Numbers, classifier: cls, regions: res, seg: seg}
	if p.article == nil {
		p.article = article.DefaultHTMLRules()
	}
	if p.numbers == nil {
		p.numbers = numbers.DefaultReader()
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

	var art article.Article
	var err error
	if pg.Format == corpus.HTML {
		art, err = p.article.FromHTML(ctx, text)
	} else {
		art, err = p.article.TextRules().FromText(ctx, text)
	}
	if err != nil {
		return fail(StageClean, err)
	}
	if strings.TrimSpace(art.Body) == "" {
		return fail(StageClean, ErrNotArticle)
	}
	doc.Title, doc.Published, doc.Source = art.Title, art.Published, art.Source
	doc.Authors, doc.Body = art.Authors, art.Body
	doc.Region = p.regions.Document(art.Title, art.Body, art.Source)
	if err := ctx.Err(); err != nil {
		return fail(StageRegion, err)
	}
	if doc.Keywords, err = p.seg.Keywords(ctx, art.Body, keywordsPerDoc); err != nil {
		return fail(StageKeywords, err)
	}
	if doc.Facts, err = p.classifier.ClassifyBody(ctx, art.Body, p.numbers.Find); err != nil {
		return fail(StageFacts, err)
	}
	body := []rune(art.Body)
	for i := range doc.Facts {
		// The place a fact is about is named before its number.
		doc.Facts[i].Region = p.regions.Mention(leadOf(doc.Facts[i], body), doc.Region)
	}
	if err := ctx.Err(); err != nil {
		return fail(StageRegion, err)
	}
	return doc
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
