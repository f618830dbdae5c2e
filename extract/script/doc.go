// Package script tells simplified from traditional Chinese text, and gives
// a simplified view of a traditional page for the stages whose rules are
// written in simplified characters.
//
// The view is rune for rune: every character keeps its place and its
// UTF-8 width, so a byte or rune offset found in the view points at the
// same text in the page as printed. The conversion table is OpenCC's
// character table (TSCharacters, simplified from traditional; STCharacters
// the other way), generated into hant2hans.txt and hans2hant.txt by
// internal/gen with only the characters that keep their width: the CJK
// characters of the Basic Multilingual Plane, which is every character a
// union report prints. OpenCC's phrase tables are left out, so each
// character takes its first conversion (乾 → 干 even in 乾隆).
//
//	t := script.Default()
//	page := "縣總工會發展會員1100餘人"
//	t.Detect(page)                  // script.Hant
//	view := t.Simplified(page)      // "县总工会发展会员1100余人"
//	p := t.NewPrinter(view, page)
//	p.Field("发展会员")             // "發展會員", as the page prints it
//
// A page's text is read through the view (Simplified), and what a stage
// takes from the view is given back as printed by a Printer. Detect is one
// pass over the text's CJK bytes and allocates nothing, so that simplified
// pages, which need no view, pay next to nothing for it.
//
// The tables are data: LoadWithDefaults and Parse read edited copies in
// OpenCC's own format ("key<TAB>candidate candidate…", the first candidate
// being the one used), and `unionfacts run --script-tables DIR` takes them
// from a folder.
package script
