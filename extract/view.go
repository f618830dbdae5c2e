package extract

import (
	"context"
	"unicode/utf8"

	"github.com/unionfacts/unionfacts/extract/article"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/script"
)

// readArticle cleans a page's text. A page not written in simplified
// characters is cleaned through its simplified view, since the cleaner's
// labels and furniture words are simplified (来源, 记者, 责任编辑), and
// its title, source, authors and body are then given back as the page
// prints them. A page mostly in simplified characters may still frame a
// traditional article (a simplified portal's navigation around a reposted
// Hong Kong report); if its article is not simplified, it is read again
// through the view, and its script is the article's. The view is taken of
// the page without its pinyin notes, which the cleaner leaves out, so that
// view and page keep one layout.
func (p *Pipeline) readArticle(ctx context.Context, text string, html bool) (article.Article, script.Script, error) {
	counts := p.script.Count(text)
	sc := counts.Script()
	if sc == script.Hans {
		a, err := p.clean(ctx, text, html)
		if err != nil || counts.Hant == 0 {
			return a, sc, err
		}
		if sc = p.script.Detect(a.Title + "\n" + a.Body); sc == script.Hans {
			return a, sc, nil
		}
	}
	printed := article.WithoutPinyinNotes(text)
	view := p.script.Simplified(printed)
	a, err := p.clean(ctx, view, html)
	if err != nil {
		return a, sc, err
	}
	pr := p.script.NewPrinter(view, printed)
	a.Title, a.Source = pr.Field(a.Title), pr.Field(a.Source)
	for i, name := range a.Authors {
		a.Authors[i] = pr.Field(name)
	}
	a.Body = pr.Text(a.Body)
	return a, sc, nil
}

func (p *Pipeline) clean(ctx context.Context, text string, html bool) (article.Article, error) {
	if html {
		return p.article.FromHTML(ctx, text)
	}
	return p.article.TextRules().FromText(ctx, text)
}

// simplified returns the article as the later stages read it: in
// simplified characters, with every offset of the body where it was.
func (p *Pipeline) simplified(a article.Article, sc script.Script) article.Article {
	if sc == script.Hans {
		return a
	}
	a.Title, a.Source, a.Body = p.script.Simplified(a.Title), p.script.Simplified(a.Source), p.script.Simplified(a.Body)
	return a
}

// printFacts gives each fact's evidence and sentence, read from view, as
// body prints them; unit, trigger and noun stay the rule words they
// matched. view is Simplified(body), so the offsets hold in both.
func printFacts(fs []facts.Fact, view, body string) {
	if view == body || len(fs) == 0 {
		return
	}
	// at[i] is the byte offset of the body's rune i.
	at := make([]int, 0, len(body)/3+1)
	for i := range body {
		at = append(at, i)
	}
	at = append(at, len(body))
	for i := range fs {
		f := &fs[i]
		f.Evidence = body[at[f.Start]:at[f.End]]
		// The sentence stands where the view's does: a substring of the
		// body, as it is of the view.
		if end := f.SentenceStart + utf8.RuneCountInString(f.Sentence); 0 <= f.SentenceStart && f.SentenceStart <= f.Start && end < len(at) {
			f.Sentence = body[at[f.SentenceStart]:at[end]]
		}
	}
}
