package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHandleRunes is the longest screen name taken after an author label.
const maxHandleRunes = 20

// labelledAuthors reads the people after the author labels of labels.txt
// (作者, 记者, 通讯员, 文 …) in a header or footer line. Unlike parseByline
// it keeps a screen name right after the label (作者:zboygirl, 作者：放飞&心情),
// since forums and blogs credit their posters by handle; further words are
// kept while they read as personal names. A [nobody] value (作者:未知)
// names no one.
func (r *Rules) labelledAuthors(line string) []string {
	text := []rune(strings.Map(foldWidth, line))
	spans := r.findLabels(text)
	for i, sp := range spans {
		if sp.kind != labelAuthor || i+1 < len(spans) && spans[i+1].kind == labelPhoto {
			continue // 记者 惠禾 摄 credits a photo
		}
		end := len(text)
		if i+1 < len(spans) {
			end = spans[i+1].start
		}
		var out []string
		for j, w := range strings.FieldsFunc(r.unpadNames(string(text[sp.end:end])), isBylineSep) {
			if kind, rest, ok := r.role(w); ok && kind == labelAuthor && r.isName(rest) {
				w = rest // 作者:记者王敬照
			}
			if !r.isName(w) && (j > 0 || !isHandle(w) || r.nobody[canon(w)]) {
				break
			}
			out = append(out, w)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// headerAuthors returns the authors of a line read as h: the names its
// author labels give, or else the screen name after one (文:眉间尺), which
// the header reader leaves out since it takes personal names only.
func (r *Rules) headerAuthors(h header, line string) []string {
	if len(h.authors) > 0 {
		return h.authors
	}
	return r.labelledAuthors(line)
}

// posterStamp finds the poster's handle in a forum or blog post stamp,
// which names the poster without an author label:
//
//	由海姑娘张贴 @ 2005-06-14 03:25:55
//	本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.
//	ggjjzhzz 发表于 2005-9-15 11:46:00
var posterStamp = regexp.MustCompile(`^(?:本[贴帖])?由\s*([^\s@:]{2,20}?)\s*(?:张贴|发表|发布|于|@)|^([^\s@:]{2,20}?)\s*(?:发表于|张贴于|发布于)`)

// posterAuthors returns the handle a post stamp names, or nil. A stamp
// carries a date and a time of day, which a sentence such as 由市总工会于
// 6月主办 does not.
func posterAuthors(line string) []string {
	m := posterStamp.FindStringSubmatch(strings.TrimSpace(strings.Map(foldWidth, line)))
	if m == nil || !clockTime.MatchString(line) || normalizeDate(line) == "" {
		return nil
	}
	if h := m[1] + m[2]; isHandle(h) {
		return []string{h}
	}
	return nil
}

// stampAuthors returns who a post stamp or footer line credits: the names
// after its author label (作者:zboygirl 发表于:…, … by duscha), or else its
// poster.
func (r *Rules) stampAuthors(line string) []string {
	if names := r.labelledAuthors(line); len(names) > 0 {
		return names
	}
	return posterAuthors(line)
}

// isHandle reports whether w can be a screen name: short but more than one
// character (the 号 of a padded 文　　号 label is none), with a letter,
// and without brackets, sentence punctuation (记者:你怎么看?), markup
// (size="20") or a date.
func isHandle(w string) bool {
	if n := utf8.RuneCountInString(w); n < 2 || n > maxHandleRunes || strings.ContainsAny(w, "()[]【】《》<>=\"',;!?"+sentencePunct) {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0 && normalizeDate(w) == ""
}

// namesLine returns the names of a line made of personal names only
// (赵延东、风笑天), as printed under a headline, or nil. In a list of
// co-authors joined by 、 a name may start with a surname that
// surnames.txt lacks (风笑天); such a word still counts when it has a
// name's length and another word of the list reads as a name.
func (r *Rules) namesLine(line string) []string {
	if utf8.RuneCountInString(line) > maxBylineRunes {
		return nil
	}
	if names := r.allNames(line); names != nil || !strings.Contains(line, "、") {
		return names
	}
	words := strings.Split(strings.TrimSpace(line), "、")
	named := 0
	for _, w := range words {
		if !isHanWord(w, 2, 3) {
			return nil
		}
		if r.isName(w) {
			named++
		}
	}
	if len(words) < 2 || named == 0 {
		return nil
	}
	return words
}

// isHanWord reports whether w is min to max Chinese characters and
// nothing else.
func isHanWord(w string, min, max int) bool {
	n := utf8.RuneCountInString(w)
	return n >= min && n <= max && strings.IndexFunc(w, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) < 0
}

// bracketed finds the bracketed groups of a line: the （记者 格桑边觉） in
// 据新华社拉萨电（记者 格桑边觉）记者近日….
var bracketed = regexp.MustCompile(`[（(]([^（）()]{2,30})[）)]`)

// leadAuthors reads the bylines bracketed in an article's first paragraph.
func (r *Rules) leadAuthors(line string) []string {
	for _, m := range bracketed.FindAllStringSubmatch(line, 2) {
		if names := r.labelledAuthors(m[1]); len(names) > 0 {
			return names
		}
	}
	return nil
}

// metaAuthors reads an author <meta>: personal names (赵  培, 张三,李四), or
// one pen name, which a page's own metadata credits as plainly as a byline
// does. Site and company names (大汉网络, 某某网) and placeholders (佚名)
// are no authors.
func (r *Rules) metaAuthors(v string) []string {
	v = strings.TrimSpace(strings.Map(foldWidth, v))
	if v == "" {
		return nil
	}
	if names := r.allNames(v); len(names) > 0 {
		return names
	}
	if r.isPenName(v) {
		return []string{v}
	}
	return nil
}

// isPenName reports whether w can be a Chinese pen name: two to four
// Chinese characters, ending as no outlet's name does ([outlet] in
// labels.txt), and neither a role nor a [nobody] value.
func (r *Rules) isPenName(w string) bool {
	if !isHanWord(w, 2, 4) {
		return false
	}
	_, _, isRole := r.role(w)
	return !isRole && !r.nobody[canon(w)] && !hasAnySuffix(w, r.outlets)
}

// creditedPenName finds a lone pen name among the lines above an article's
// text that another of them credits the way commentary sites title a
// piece, name and colon before the headline (茉莉：我是怎样卷入八九民运的,
// then 茉莉 on a line of its own). A headline quoting a speaker (某某：加快推进…)
// has no such line, and a lone name no headline credits needs a known
// surname (see namesLine).
func (r *Rules) creditedPenName(lines []string) (string, bool) {
	for _, line := range lines {
		name := strings.TrimSpace(line)
		if !r.isPenName(name) {
			continue
		}
		for _, l := range lines {
			headline, credited := strings.CutPrefix(strings.Map(foldWidth, strings.TrimSpace(l)), name+":")
			if credited && strings.TrimSpace(headline) != "" {
				return name, true
			}
		}
	}
	return "", false
}
