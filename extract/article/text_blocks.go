package article

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// minProseRunes is the length from which a line with clause punctuation is
// read as prose rather than a menu entry, a link or a heading.
const minProseRunes = 20

// articleBlock returns the part of a page's lines that holds the article,
// and the lines around it that may still hold the page's own fields: those
// above it, and the marker line that ends it (本文来源:人民网).
//
// [tail] markers (推荐阅读, 相关新闻, 发表评论, 本文来源 …) head the lists and
// prompts around an article: they split the page into blocks, and the
// article is the block with the most prose, its marker line dropped. A page
// saved from a site can carry such a list above the article as well as
// below it, so "everything before the first marker" would not do.
func (r *Rules) articleBlock(lines []string) (block, around []string) {
	bestScore, start := -1, 0
	flush := func(end int) {
		from := start
		if start > 0 {
			from++ // the marker line itself
		}
		if s := proseRunes(lines[from:end]); s > bestScore {
			block, bestScore = lines[from:end], s
			around = slices.Clip(lines[:from])
			if end < len(lines) {
				around = append(around, lines[end])
			}
		}
	}
	for i, l := range lines {
		if i > 0 && r.isTail(l) {
			flush(i)
			start = i
		}
	}
	flush(len(lines))
	return block, around
}

// isTail reports whether a line heads a list or prompt that is not part of
// the article. A line holding a full sentence is article text whatever its
// first words. Spaces are ignored, since pages letter-space such headings
// (郑 重 声 明, 相 关 链 接).
func (r *Rules) isTail(line string) bool {
	return !strings.Contains(line, "。") && hasAnyPrefix(strings.ReplaceAll(canonHead(line), " ", ""), r.tails)
}

// proseRunes counts the characters of a block's prose lines.
func proseRunes(lines []string) int {
	n := 0
	for _, l := range lines {
		if c := utf8.RuneCountInString(l); c >= minProseRunes && strings.ContainsAny(l, "，。；！？,;!?") {
			n += c
		}
	}
	return n
}
