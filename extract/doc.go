// Package extract turns one page into one Document: decoded, stripped of
// boilerplate, with its own fields, its region and its facts.
//
// Each stage lives in a package of its own, in pipeline order:
//
//	charset   bytes → text (GBK, GB18030, Big5, UTF-8 with lying meta tags)
//	script    text → hans, hant or mixed; the simplified view the later stages read
//	article   text → title, date, source, authors, body
//	region    title + body → GB/T 2260 division
//	numbers   body → every quantity, normalized
//	facts     quantities + their words → taxonomy facts, and which is a part of which
//	period    the facts' places + title, body, publication date → the span each covers
//
// A Pipeline wires them together:
//
//	p, err := extract.New(extract.Options{Rules: rules})
//	doc := p.Process(ctx, page) // doc.Err says which stage failed, if any
//
// Process depends on the page alone. The context only bounds it: every
// stage checks it as it goes, so a page past its deadline, or a run being
// stopped, ends within moments, with Err naming the stage it was in.
package extract
