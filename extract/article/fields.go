package article

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Field parsers shared by the text and HTML readers. They take one line as
// the page prints it and never fail: a line that does not hold the field
// gives "" or nil.

// webAddress matches a URL or a bare domain, which datelines of saved pages
// carry (http://www.sina.net 2005年03月21日, BUSINESS.SOHU.COM 2005年3月11日).
var webAddress = regexp.MustCompile(`(?i)(?:https?://\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?)`)

// header is what one header or byline line says. A page prints its fields
// in lines like "2023-06-07 16:51:37 来源:中工网" or "发布时间:… 来源:… 字号:".
type header struct {
	published string // a dateline or a [published] label's date
	updated   string // an [updated] label's date (页面更新)
	source    string
	authors   []string
	fields    int  // labels and datelines recognised
	rest      int  // letters and digits that belong to no field or URL
	dated     bool // unlabelled text holds a date: a dateline
	clauses   bool // the line has clause punctuation, as sentences do
	// pending is the field whose label ends the line with no value after
	// it (作者: alone, its name on the next line); noLabel when none.
	pending labelKind
}

// maxHeaderRunes bounds a header line; the longest carry six or seven
// fields (发布时间, 来源, 作者, 编辑, 浏览, 字号).
const maxHeaderRunes = 120

// Rest bounds for isHeader: a few stray characters (a bracket's 【打印】),
// or an outlet name beside a dateline (2005年3月31日 03:18 北京娱乐信报).
const (
	maxHeaderRest   = 2
	maxDatelineRest = 8
)

// isHeader reports whether the line is made of fields only, and so is page
// furniture rather than article text.
func (h header) isHeader() bool {
	return h.fields > 0 && (h.rest <= maxHeaderRest || h.dated && !h.clauses && h.rest <= maxDatelineRest)
}

// header splits a line at its labels; unlabelled text counts as a dateline
// when it holds a date. Labels are matched in canonical form, values are
// taken from the line with only its widths folded, so CCTV stays CCTV.
func (r *Rules) header(line string) header {
	if len(line) > maxHeaderRunes*utf8.UTFMax || strings.Contains(line, "。") {
		// A paragraph, not worth reading for fields.
		return header{pending: noLabel, clauses: true, rest: utf8.RuneCountInString(line)}
	}
	folded := strings.Map(foldWidth, line)
	text := []rune(folded)
	h := header{pending: noLabel, clauses: strings.ContainsAny(folded, ",;!?")}
	if len(text) > maxHeaderRunes { // the byte test above lets some through
		h.rest = len(text)
		return h
	}
	spans := r.findLabels(text)
	lead := text
	if len(spans) > 0 {
		lead = text[:spans[0].start]
	}
	outlet := h.readUnlabelled(r, string(lead))
	credited := 0 // where the names of the last author label start
	for i, sp := range spans {
		end := len(text)
		if i+1 < len(spans) {
			end = spans[i+1].start
		}
		value := strings.TrimSpace(string(text[sp.end:end]))
		h.fields++
		if value == "" && i == len(spans)-1 && sp.kind != labelIgnore && sp.kind != labelPhoto {
			h.pending = sp.kind
		}
		switch sp.kind {
		case labelPublished:
			if d := normalizeDate(value); d != "" {
				h.published = cmp.Or(h.published, d)
				if outlet == "" {
					outlet = r.outletBesideDate(value) // 时间:2017-09-01 11:30某某网
				}
			}
		case labelUpdated:
			if h.updated == "" {
				h.updated = normalizeDate(value)
			}
		case labelSource:
			if h.source == "" {
				h.source = sourceName(value)
			}
			if h.published == "" {
				h.published = normalizeDate(value) // 稿源: 某某日报 | 2007-02-06 07:17:44
			}
		case labelAuthor:
			credited = len(h.authors)
			h.readAuthors(r, value)
		case labelPhoto:
			if i > 0 && spans[i-1].kind == labelAuthor {
				h.authors = h.authors[:credited] // 本报记者 惠禾 摄
			}
		}
	}
	if h.source == "" && h.isHeader() {
		h.source = outlet // a labelled source wins over the dateline's
	}
	return h
}

// readAuthors takes the names an author label's value gives. One word that
// is no name (a pen name, 芊草凡凡) gives none but leaves the line a header;
// more words that are not all names (记者 张三 报道了这件事) are sentence
// text and count against it. A date after the names is read as one.
func (h *header) readAuthors(r *Rules, value string) {
	if h.published == "" {
		h.published = normalizeDate(value)
	}
	value = clockTime.ReplaceAllString(removeDates(value), " ")
	value = strings.Trim(value, " ()[]【】") // (记者 郝婧 通讯员 任晓峰)
	names := r.names(value, labelAuthor, true)
	if names == nil && (len(strings.FieldsFunc(value, isBylineSep)) > 1 || isUtterance(value)) {
		h.countRest(value)
	}
	h.authors = append(h.authors, names...)
}

// isUtterance reports whether an author label's value is something said
// rather than a name: punctuated as a sentence or too long for a pen name,
// as an interview's question is (记者：你们这次活动有多少职工参加？).
func isUtterance(value string) bool {
	return strings.ContainsAny(value, "?!,;。") || utf8.RuneCountInString(value) > maxHandleRunes
}

// readUnlabelled takes the text before the first label: a date there is a
// dateline, and names in square brackets beside it are its byline
// (2004年7月16日08:19 [ 黄宇 ]); anything else left over counts against the
// line being a header. A dateline that prints one word beside its date
// credits the outlet that way (江河晚报 2024-03-05 08:15,
// 2005年3月31日 03:18 北京娱乐信报), which readUnlabelled returns; the
// header reader takes it only where no label names a source and the line
// is a header, since a line of prose may start with a date and a word too.
func (h *header) readUnlabelled(r *Rules, s string) (outlet string) {
	if d := normalizeDate(s); d != "" {
		h.published, h.dated = d, true
		h.fields++
		s = editionMark.ReplaceAllString(removeDates(s), " ") // a paper's page is part of its dateline
		s = squareBracketed.ReplaceAllStringFunc(s, func(group string) string {
			names := r.allNames(strings.Trim(group, "[]【】"))
			if len(names) == 0 {
				return group
			}
			h.authors = append(h.authors, names...)
			return " "
		})
	}
	if strings.Contains(s, ":") {
		s = clockTime.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, ".") {
		s = webAddress.ReplaceAllString(s, " ")
	}
	h.countRest(s)
	if !h.dated {
		return ""
	}
	return r.soleOutlet(s)
}

// soleOutlet returns the one word left beside a dateline's date when it
// names an outlet, or "". The 日 that closes 2024年2月22日 is left over
// from the date; a paper prints its page beside it and its name in title
// marks (《某某日报》(2016年01月22日 02版)).
func (r *Rules) soleOutlet(s string) string {
	words := slices.DeleteFunc(strings.FieldsFunc(s, isDatelineSep),
		func(w string) bool { return w == "日" })
	if len(words) == 1 && r.isOutlet(words[0]) {
		return words[0]
	}
	return ""
}

// outletBesideDate returns the outlet a publication label's value, which
// holds a date, prints beside that date and its time (2017-09-01
// 11:30某某网(www.example.cn)), or "".
func (r *Rules) outletBesideDate(value string) string {
	s := clockTime.ReplaceAllString(removeDates(value), " ")
	return r.soleOutlet(webAddress.ReplaceAllString(s, " "))
}

// editionMark matches a newspaper's page beside its date: 02版, 第3版.
var editionMark = regexp.MustCompile(`第?\d{1,3}\s*版`)

// isDatelineSep separates the words of a dateline: spaces, and the brackets
// and title marks around a weekday, a page or a paper's name.
func isDatelineSep(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("()《》", r) }

// minOutletRunes is the shortest outlet read beside a dateline: 新华社,
// 中工网. Two characters beside a date are more often a word (发布, 更新).
const minOutletRunes = 3

// isOutlet reports whether a word beside a dateline names an outlet: all
// Chinese, ending the way outlets' names do ([outlet] in labels.txt), and
// no personal name (a blog's 张三 2024-01-01 names its poster).
func (r *Rules) isOutlet(w string) bool {
	return isHanWord(w, minOutletRunes, len(w)) && !r.isName(w) && hasAnySuffix(w, r.outlets)
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func (h *header) countRest(s string) {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h.rest++
		}
	}
}

// squareBracketed matches a group in square brackets, where datelines
// print a byline. Round brackets are left out: they hold the weekday, and
// 周一 reads as a name.
var squareBracketed = regexp.MustCompile(`[\[【][^\[\]【】]{2,30}[\]】]`)

// sourceName is the outlet in a source label's value: its first word,
// without 《》, and "" for a bare URL or domain or for markup that a broken
// template printed in its place (来源: width="100").
func sourceName(value string) string {
	f := strings.Fields(strings.Trim(value, " []【】()"))
	if len(f) == 0 {
		return ""
	}
	name := strings.Trim(f[0], "《》\"'")
	if strings.Contains(name, "://") || strings.HasPrefix(name, "www.") || looksLikeDomain(name) || strings.ContainsAny(name, "=<>") {
		return ""
	}
	return name
}

func looksLikeDomain(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return strings.Contains(s, ".")
}
