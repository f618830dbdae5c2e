package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseByline returns the people a byline credits, in order:
//
//	(李炜)                      → [李炜]
//	(湖南工人报全媒体记者 罗晓芳) → [罗晓芳]
//	(张明提 王永刚)              → [张明提 王永刚]
//	记者 张三 通讯员 李四         → [张三 李四]
//	文/王五, 作者:赵六           → [王五], [赵六]
//	光明日报记者 王建宏 张文攀    → [王建宏 张文攀]
//
// Editors, reviewers, proof-readers, uploaders and photo credits are never
// authors ([ignore] in labels.txt). A line counts only when every word in it
// but the first (an outlet: 新华网黑龙江频道 记者 伊琳) is a role or a name,
// so (爱心托管班) and (试行) give nil; an unbracketed line needs an author
// label before its names.
func parseByline(line string) []string { return defaultRules().byline(line) }

func (r *Rules) byline(line string) []string {
	s := strings.TrimSpace(strings.Map(foldWidth, line))
	if utf8.RuneCountInString(s) > maxBylineLineRunes || strings.Contains(s, "。") {
		return nil // a sentence, not a byline
	}
	if _, ok := parenthesised(s); ok {
		return r.bracketByline(s)
	}
	if h := r.header(s); h.isHeader() {
		return h.authors
	}
	return r.names(s, labelIgnore, true)
}

// bracketByline returns the names of a line that is one bracketed byline,
// (李炜) or (记者 郝婧 通讯员 任晓峰); nil for any other line.
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
	for i, w := range strings.FieldsFunc(s, isBylineSep) {
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

// maxRoleWord bounds a word that can hold a role: an outlet, the role and a
// name (湖南工人报全媒体记者罗晓芳). Longer words are sentence text.
const maxRoleWord = 30

// role finds an author or ignore label that a word ends with or that
// precedes a name inside it: 湖南工人报全媒体记者, 记者罗晓芳, 责任编辑.
// One-character labels (文, 摄) count only as whole words, since they are
// also parts of names (李文).
func (r *Rules) role(w string) (kind labelKind, rest string, ok bool) {
	lw := []rune(strings.ToLower(w))
	if len(lw) > maxRoleWord {
		return 0, "", false
	}
	for i := range lw {
		for _, l := range r.byFirst[lw[i]] {
			n := len(l.runes)
			if l.kind != labelAuthor && l.kind != labelIgnore || i+n > len(lw) || !slices.Equal(lw[i:i+n], l.runes) {
				continue
			}
			if n == 1 && len(lw) != 1 {
				continue
			}
			tail := string([]rune(w)[i+n:])
			if tail == "" || r.isName(tail) {
				return l.kind, tail, true
			}
		}
	}
	return 0, "", false
}

// isName reports whether w looks like a person's name: two or three
// characters after a single surname, one or two after a compound one, or a
// name with a middle dot (阿依古丽·买买提).
func (r *Rules) isName(w string) bool {
	rs := []rune(w)
	for _, c := range rs {
		if !unicode.Is(unicode.Han, c) && c != '·' {
			return false
		}
	}
	if strings.ContainsRune(w, '·') {
		parts := strings.Split(w, "·")
		return len(parts) >= 2 && len(rs) <= 12 && !strings.Contains(w, "··") && parts[0] != "" && parts[len(parts)-1] != ""
	}
	switch {
	case len(rs) >= 3 && len(rs) <= 4 && r.surnames[string(rs[:2])]:
		return true
	case len(rs) >= 2 && len(rs) <= 3 && r.surnames[string(rs[:1])]:
		return true
	}
	return false
}

func isBylineSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":/|丨,、;", r)
}
