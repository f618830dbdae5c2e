package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// byline returns the people a byline credits, in order:
//
//	(周锐)                      → [周锐]
//	(河北工人报全媒体记者 韩雪梅) → [韩雪梅]
//	(赵文提 孙立强)              → [赵文提 孙立强]
//	记者 张三 通讯员 李四         → [张三 李四]
//	文/王五, 作者:赵六           → [王五], [赵六]
//	光明日报记者 王建宏 张文攀    → [王建宏 张文攀]
//
// Editors, reviewers, proof-readers, uploaders and photo credits are never
// authors ([ignore] in labels.txt). A line counts only when every word in it
// but the first (an outlet: 新华网黑龙江频道 记者 伊琳) is a role or a name,
// so (爱心托管班) and (试行) give nil; an unbracketed line needs an author
// label before its names.
func (r *Rules) byline(line string) []string {
	s := strings.TrimSpace(strings.Map(foldWidth, line))
	if strings.Contains(s, "发自") {
		s = dispatchPlace.ReplaceAllString(s, "") // 本报记者张三发自北京
	}
	if utf8.RuneCountInString(s) > maxBylineLineRunes || strings.Contains(s, "。") {
		return nil // a sentence, not a byline
	}
	if _, ok := parenthesised(s); ok {
		return r.bracketByline(s)
	}
	if h := r.header(s); h.isHeader() {
		return h.authors
	}
	if r.isCaption(s) {
		return nil
	}
	return r.names(s, labelIgnore, true)
}

// dispatchPlace matches where a correspondent filed from, closing a byline
// line: 本报记者张三发自北京, 记者 李四 发自武汉.
var dispatchPlace = regexp.MustCompile(`\s*发自\S{1,12}$`)

// isCaption reports whether an unbracketed line ends with a photo credit,
// as a picture's caption does (这次生育对小李的身体影响很大 本报记者 惠禾 摄):
// its names took the photo. A report's closing bracket (记者 张三 摄) is no
// caption and still credits the reporter.
func (r *Rules) isCaption(s string) bool {
	// Only the last word matters, so the line is read from its end: every
	// body line is asked.
	s = strings.TrimRightFunc(s, isBylineSep)
	i := strings.LastIndexFunc(s, isBylineSep)
	if i < 0 || strings.TrimRightFunc(s[:i], isBylineSep) == "" {
		return false // one word
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	last := s[i+size:]
	if len(last) > maxRoleWord*utf8.UTFMax {
		return false // sentence text, not a credit
	}
	kind, rest, ok := r.role(last)
	return ok && kind == labelPhoto && rest == ""
}

// bracketByline returns the names of a line that is one bracketed byline,
// (周锐) or (记者 郝婧 通讯员 任晓峰); nil for any other line.
func (r *Rules) bracketByline(line string) []string {
	s := strings.TrimSpace(strings.Map(foldWidth, line))
	inner, ok := parenthesised(s)
	if !ok || utf8.RuneCountInString(s) > maxBylineLineRunes {
		return nil
	}
	return r.names(inner, labelAuthor, true)
}

// maxBylineLineRunes bounds a byline: two outlets, roles and a few names.
const maxBylineLineRunes = 60

// parenthesised returns what stands inside a line that is one bracketed
// group, (…) or 【…】.
func parenthesised(s string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"【", "】"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			inner := s[len(p[0]) : len(s)-len(p[1])]
			if !strings.ContainsAny(inner, "()【】") {
				return inner, true
			}
		}
	}
	return "", false
}

// names walks the words of a byline. mode is the role in force before any
// label: labelAuthor where bare names are authors (inside a closing
// bracket), labelIgnore where they are not. With strict, a word that is
// neither a role nor a name means the text is no byline at all, except for
// the first word: the outlet (光山县总工会 陈新宇 周璐).
func (r *Rules) names(s string, mode labelKind, strict bool) []string {
	var out []string
	i := -1
	for w := range strings.FieldsFuncSeq(r.unpadNames(s), isBylineSep) {
		i++
		if r.isName(w) {
			if mode == labelAuthor {
				out = append(out, w)
			}
			continue
		}
		kind, rest, ok := r.role(w)
		switch {
		case ok:
			mode = kind
			if rest != "" && kind == labelAuthor { // role leaves only a name in rest
				out = append(out, rest)
			}
		case strict && i > 0:
			return nil
		}
	}
	return out
}

// allNames returns the words of s when every one is a personal name, or
// nil.
func (r *Rules) allNames(s string) []string {
	s = r.unpadNames(strings.Map(foldWidth, s))
	for w := range strings.FieldsFuncSeq(s, isBylineSep) {
		if !r.isName(w) {
			return nil // most lines, so before building the list
		}
	}
	return strings.FieldsFunc(s, isBylineSep)
}

// maxRoleWord bounds a word that can hold a role: an outlet, the role and a
// name (河北工人报全媒体记者韩雪梅). Longer words are sentence text.
const maxRoleWord = 30

// role finds an author, ignore or photo label that a word ends with or
// that precedes a name inside it: 河北工人报全媒体记者, 记者韩雪梅, 责任编辑.
// One-character labels (文, 摄) count only as whole words, since they are
// also parts of names (李文). It runs for every word of every candidate
// byline, so it walks w and its lower-case form side by side rather than
// converting either to runes.
func (r *Rules) role(w string) (kind labelKind, rest string, ok bool) {
	n := utf8.RuneCountInString(w)
	if n > maxRoleWord {
		return 0, "", false
	}
	lw := strings.ToLower(w) // as many runes as w, maybe not as many bytes
	wi := 0                  // byte offset in w of the rune at lw[li:]
	for li, c := range lw {
		for _, l := range r.byFirst[c] {
			if l.kind != labelAuthor && l.kind != labelIgnore && l.kind != labelPhoto || !strings.HasPrefix(lw[li:], l.text) {
				continue
			}
			if len(l.runes) == 1 && n != 1 {
				continue
			}
			tail := w[wi:]
			for range l.runes {
				_, size := utf8.DecodeRuneInString(tail)
				tail = tail[size:]
			}
			if tail == "" || r.isName(tail) {
				return l.kind, tail, true
			}
		}
		_, size := utf8.DecodeRuneInString(w[wi:])
		wi += size
	}
	return 0, "", false
}

// isName reports whether w looks like a person's name: two or three
// characters after a single surname, one or two after a compound one, or a
// name with a middle dot (阿依古丽·买买提).
func (r *Rules) isName(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.Is(unicode.Han, c) && c != '·' {
			return false
		}
		n++
	}
	if strings.ContainsRune(w, '·') {
		// An outlet and a role are no name: 新华日报·交汇点记者.
		if n > 12 || strings.Contains(w, "··") || strings.HasPrefix(w, "·") || strings.HasSuffix(w, "·") {
			return false
		}
		_, tail, isRole := r.role(w)
		return !isRole || tail != ""
	}
	_, one := utf8.DecodeRuneInString(w)
	_, second := utf8.DecodeRuneInString(w[one:])
	switch {
	case n >= 3 && n <= 4 && r.surnames[w[:one+second]]:
		return true
	case n >= 2 && n <= 3 && r.surnames[w[:one]]:
		return true
	}
	return false
}

// unpadNames joins the names a page pads with spaces to line them up with
// three-character ones (作者: 赵  培, 王 小 明): a run of two or three
// one-character words with only spaces between them, the first a surname,
// is one name. A run with a one-character label in it (文 图, 王 摄) is
// left alone, and so is a longer run, which is no name.
func (r *Rules) unpadNames(s string) string {
	if !hasLoneHan(s) {
		return s // most lines: spares the word list below
	}
	type word struct{ start, end int } // byte offsets in s
	var words []word
	start := -1
	for i, c := range s {
		switch {
		case isBylineSep(c) && start >= 0:
			words, start = append(words, word{start, i}), -1
		case !isBylineSep(c) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		words = append(words, word{start, len(s)})
	}
	single := func(w word) bool {
		c, size := utf8.DecodeRuneInString(s[w.start:])
		if size != w.end-w.start || !unicode.Is(unicode.Han, c) {
			return false
		}
		_, _, isLabel := r.role(s[w.start:w.end])
		return !isLabel
	}
	spaced := func(a, b word) bool { return strings.TrimSpace(s[a.end:b.start]) == "" }
	var b strings.Builder
	last := 0 // bytes of s written to b
	for i := 0; i < len(words); {
		j := i + 1
		for single(words[i]) && j < len(words) && single(words[j]) && spaced(words[j-1], words[j]) {
			j++
		}
		if n := j - i; n >= 2 && n <= 3 && r.surnames[s[words[i].start:words[i].end]] {
			for k := i; k < j; k++ {
				b.WriteString(s[last:words[k].start])
				b.WriteString(s[words[k].start:words[k].end])
				last = words[k].end
				if k+1 < j {
					last = words[k+1].start // drop the padding
				}
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// hasLoneHan reports whether s has a Chinese character that starts a word
// and has a space after it, as the surname of every padded name does.
func hasLoneHan(s string) bool {
	wordStart := true
	for i, c := range s {
		if wordStart && c >= 0x2E80 && unicode.Is(unicode.Han, c) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(c):])
			if unicode.IsSpace(next) {
				return true
			}
		}
		wordStart = isBylineSep(c)
	}
	return false
}

func isBylineSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":/|丨,、;", r)
}
