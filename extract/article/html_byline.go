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
// kept while they read as personal names.
func labelledAuthors(line string) []string {
	r := DefaultRules()
	text := []rune(strings.Map(foldWidth, line))
	spans := r.findLabels(text)
	for i, sp := range spans {
		if sp.kind != labelAuthor {
			continue
		}
		end := len(text)
		if i+1 < len(spans) {
			end = spans[i+1].start
		}
		var out []string
		for j, w := range strings.FieldsFunc(string(text[sp.end:end]), isBylineSep) {
			if kind, rest, ok := r.role(w); ok && kind == labelAuthor && r.isName(rest) {
				w = rest // 作者:记者王敬照
			}
			if !r.isName(w) && (j > 0 || !isHandle(w)) {
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

// isHandle reports whether w can be a screen name: short, with a letter,
// and without brackets, sentence punctuation or a date.
func isHandle(w string) bool {
	if utf8.RuneCountInString(w) > maxHandleRunes || strings.ContainsAny(w, "()[]【】《》<>"+sentencePunct) {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0 && normalizeDate(w) == ""
}

// namesLine returns the names of a line made of personal names only
// (赵延东、风笑天), as printed under a headline, or nil.
func namesLine(line string) []string {
	if utf8.RuneCountInString(line) > maxBylineRunes {
		return nil
	}
	r := DefaultRules()
	words := strings.FieldsFunc(strings.Map(foldWidth, line), isBylineSep)
	for _, w := range words {
		if !r.isName(w) {
			return nil
		}
	}
	return words
}

// bracketed finds the bracketed groups of a line: the （记者 格桑边觉） in
// 据新华社拉萨电（记者 格桑边觉）记者近日….
var bracketed = regexp.MustCompile(`[（(]([^（）()]{2,30})[）)]`)

// leadAuthors reads the bylines bracketed in an article's first paragraph.
func leadAuthors(line string) []string {
	for _, m := range bracketed.FindAllStringSubmatch(line, 2) {
		if names := labelledAuthors(m[1]); len(names) > 0 {
			return names
		}
	}
	return nil
}
