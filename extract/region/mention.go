package region

import (
	"strings"
	"unicode/utf8"
)

// Mention returns the division text names that lies below doc, the
// document's own region, or nil where it names none or doc is nil. text is
// the part of a sentence that leads up to a fact (冷水滩区总工会…建成驿站24家):
// of the divisions it names below doc, the last one named, taken at its
// deepest (娄底市娄星区 gives 娄星区), is the one the fact is about. A scope
// word after it that widens to another tier (兰陵县…指导全市28个) hands the
// fact back to the document; one of its own tier (长沙县…全县) keeps it.
// Short names count when doc or another name in text supports them, as in
// Document.
func (r *Resolver) Mention(text string, doc *Region) *Region {
	if doc == nil {
		return nil
	}
	top, ok := r.byCode[doc.Code]
	if !ok {
		return nil
	}
	named := func(div int) bool { return div == top || r.isAncestor(div, top) }
	below := func(div int) float64 {
		if r.isAncestor(top, div) {
			return 1
		}
		return 0
	}
	hits := r.ix.scan(text)
	found, from := -1, 0
	for k, h := range hits {
		c, ok := r.choose(text, hits, k, named, below)
		if !ok || below(c.div) == 0 {
			continue
		}
		if found >= 0 && r.widens(text[from:h.start], found) {
			found = -1
		}
		if found < 0 || !r.isAncestor(c.div, found) {
			found = c.div
		}
		from = h.end
	}
	if found < 0 || r.widens(text[from:], found) {
		return nil
	}
	reg := r.divs[found].Region
	return &reg
}

// scopeHeads start the words that make a sentence speak of a whole
// division: 全市, 我县, 本区.
const scopeHeads = "全我本"

// widens reports whether text holds a scope word whose tier differs from
// the suffix of div's name.
func (r *Resolver) widens(text string, div int) bool {
	own, _ := utf8.DecodeLastRuneInString(r.divs[div].own)
	for i, head := range text {
		if !strings.ContainsRune(scopeHeads, head) {
			continue
		}
		suffix, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(head):])
		if isSuffix(suffix) && suffix != own {
			return true
		}
	}
	return false
}
