// Package region ties a report to the administrative division it is about,
// with its GB/T 2260 code, and a fact to the lower division its sentence
// names.
//
// The divisions (provinces, prefectures, counties, with their short and
// former names) are an embedded table generated from the shared statistics
// bureau and MCA lists; see internal/gen. A Resolver indexes them once:
//
//	r, err := region.NewResolver()
//	doc := r.Document(title, body, source) // 山东省临沂市 371300, or nil
//	fact := r.Mention("兰山区总工会新建驿站", doc) // 山东省临沂市兰山区 371302
//
// Names are read cautiously: a name of three runes or more counts as
// written, while short names (临沂) and two-rune names (兴县) need their
// parent, a child or an institution (总工会, 县委) beside them, or the
// text to name them (or, for short names, their parent) elsewhere. A name
// shared by several divisions (通州区) is settled by the parent the text
// names, and a redacted name (××县, ___省) makes the report's region nil.
// Short names that reports use as plain words (新建, 振兴: plainwords.txt)
// never count, and a place named once in passing deep in the body is no
// report's region.
//
// Codes are today's: a page naming a division by a former name (崇明县)
// gets the code of the division it became (崇明区, 310151), so that a
// county's figures stay one series across a renaming.
package region
