package region

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// institutions are words that, right after a name, show it names a
// division: 兴县总工会, 兴县县委, 湖南工会. They let a bare two-rune name like
// 兴县 count while 振兴县域 does not.
var institutions = []string{"总工会", "工会", "县委", "区委", "市委", "州委", "旗委", "省委", "委", "人民政府", "政府", "人大", "政协"}

// institutionAt reports whether an institution word starts at text[i:].
func institutionAt(text string, i int) bool {
	for _, w := range institutions {
		if strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}

// unionAt reports whether a union follows at text[i:]: a name directly
// before 总工会 or 工会 is what the report is usually about.
func unionAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "总工会") || strings.HasPrefix(text[i:], "工会")
}

// accepts reports whether the k-th hit of hits in text may stand for c.
// Names of three runes or more count as written. Others are common inside
// plain words: a two-rune full or former name (兴县, 城区, 郫县), a generic
// one (老城区, 城关区), one whose suffix starts the next word (振兴区域) and
// a short name (义安, 临沂). They count only with support: their parent
// named right before (吕梁市兴县, 通辽市科尔沁), a child named right after
// (淮安清江浦区), an institution right after (兴县总工会), the division
// itself named with support elsewhere in the text (named: 建设六个兴县
// once 兴县总工会 has been read), or, for short names, their parent named
// elsewhere. Province short names (湖南, 广西) count as written. A two-rune
// name that opens with a conjunction inside a phrase (大局和县工会: "and the
// county union", not 和县) needs more than an institution after it.
func (r *Resolver) accepts(text string, hits []hit, k int, c candidate, named func(div int) bool) bool {
	d := &r.divs[c.div]
	h := hits[k]
	if c.form != short && utf8.RuneCountInString(h.p.text) > 2 && !generic(h.p.text) && !compoundAt(text, h.end) {
		return true
	}
	if c.form == short && d.level == province {
		return true
	}
	if institutionAt(text, h.end) && !conjoinedAt(text, h) {
		return true
	}
	if c.form == short && suffixAt(text, h.end) {
		return true // 石林县 for 石林彝族自治县: the short name with a plain suffix
	}
	if k > 0 && hits[k-1].end == h.start && r.anyAncestor(hits[k-1].p, c.div) {
		return true
	}
	if k+1 < len(hits) && hits[k+1].start == h.end && r.anyDescendant(hits[k+1].p, c.div) {
		return true
	}
	if named == nil {
		return false
	}
	return named(c.div) || c.form == short && d.parent >= 0 && named(d.parent)
}

// anyAncestor reports whether p may name an ancestor of div.
func (r *Resolver) anyAncestor(p *pattern, div int) bool {
	for _, c := range p.cands {
		if r.isAncestor(c.div, div) {
			return true
		}
	}
	return false
}

// anyDescendant reports whether p may name a descendant of div.
func (r *Resolver) anyDescendant(p *pattern, div int) bool {
	for _, c := range p.cands {
		if r.isAncestor(div, c.div) {
			return true
		}
	}
	return false
}

// isAncestor reports whether a lies strictly above d.
func (r *Resolver) isAncestor(a, d int) bool {
	for p := r.divs[d].parent; p >= 0; p = r.divs[p].parent {
		if p == a {
			return true
		}
	}
	return false
}

// genericRunes are the runes of names that are also plain words:
// 老城区 (an old town), 新城区, 城关区, 市中区, 城区, 郊区, 矿区.
const genericRunes = "城郊矿东西南北中新老市关"

// generic reports whether every rune of name before its suffix is generic.
func generic(name string) bool {
	_, size := utf8.DecodeLastRuneInString(name)
	for _, r := range name[:len(name)-size] {
		if !strings.ContainsRune(genericRunes, r) {
			return false
		}
	}
	return true
}

// compoundAt reports whether text[i:] starts with 域, which forms a word
// with the suffix before it: 区域 (area), 县域 (county territory), so that
// 振兴区域 need not name 振兴区. (市场 is left alone: 南京市场监管局 does
// name 南京市.)
func compoundAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '域'
}

// conjunctionRunes open two-rune names (和县) that are as often a
// conjunction or a preposition before a bare suffix: 大局和县工会 is "the
// whole picture and the county union".
const conjunctionRunes = "和与及同跟在向对"

// conjoinedAt reports whether hit h is a two-rune name whose first rune is
// a conjunction and which follows a Chinese character, as a conjunction
// does inside a phrase.
func conjoinedAt(text string, h hit) bool {
	name := text[h.start:h.end]
	first, _ := utf8.DecodeRuneInString(name)
	if utf8.RuneCountInString(name) != 2 || !strings.ContainsRune(conjunctionRunes, first) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:h.start])
	return unicode.Is(unicode.Han, before)
}

// suffixAt reports whether a division's plain suffix starts at text[i:], as
// in the everyday names of autonomous counties and banners: 石林县.
func suffixAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return strings.ContainsRune("县区市旗", r)
}
