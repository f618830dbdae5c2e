package facts

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A fact is the unions' work: a number counts for the taxonomy only when a
// union is the actor of the clause it stands in. The actor is read from
// the clause, then the clauses before it in its paragraph, then the page:
//
//	县妇联举办培训班12期。全年培训妇女800人次。     both Women's Federation's
//	在县委的领导下，全县新建工会32个。              no actor named: the page's
//	县总工会联合县人社局举办招聘会12场。            the union's; 人社局 is a partner
//
// The words come from the rule set's Work (rules.json "work").

// Work holds the words that say who does the work a page reports.
type Work struct {
	// Unions name a union as the actor: 总工会, 工会, 工联会, 市总.
	Unions []string `json:"unions"`
	// Others name any other actor: 妇联, 团县委, 人社局, 公司, 村委会.
	Others []string `json:"others"`
	// Passing words, anywhere in a clause before an actor word, make it a
	// place, a beneficiary, a partner or a circumstance rather than the
	// actor: 在县委的领导下, 为企业职工, 到县医院, 联合县人社局.
	Passing []string `json:"passing"`
	// Modifiers right after one of Others make it part of a noun phrase
	// rather than an actor: 企业职工, 公司员工.
	Modifiers []string `json:"modifiers"`
	// Masks are words that hold an actor word but name no actor (施工会,
	// 全县总人口): actor words inside them are not read.
	Masks []string `json:"masks"`
	// Foreign words anywhere in a sentence make every union it names
	// someone else's: a strike, a union abroad (罢工, 法国).
	Foreign []string `json:"foreign"`
	// Lead is how many runes of other text may stand before an actor
	// word in its clause for it to be the clause's actor (its subject):
	// 特别是各级工会累计举办 has 5.
	Lead int `json:"lead"`
	// Members are words for the workers and members a union's work
	// serves (职工, 会员, 农民工): on a page whose actor is not a union, a
	// sentence that names no actor and none of them does not continue the
	// union's work of the sentence before it (已建成工会驿站11家。帮扶困难
	// 退役军人431人 is two departments' work).
	Members []string `json:"members"`
	// PageShare is the share of a body's clauses that must name a union
	// as their actor for the union to be the actor of the page where its
	// title names none: a union's report names itself often, a county's
	// roundup with one union item does not.
	PageShare float64 `json:"page_share"`
	// AboutUnions is the Relevance at which a page is about unions.
	AboutUnions float64 `json:"about_unions"`
}

// check returns an error for a Work that cannot read any actor.
func (w *Work) check() error {
	switch {
	case w == nil:
		return nil
	case len(w.Unions) == 0:
		return fmt.Errorf("%w: work: unions must name at least one word", ErrRules)
	case w.Lead < 0:
		return fmt.Errorf("%w: work: lead must not be negative", ErrRules)
	case w.AboutUnions < 0 || w.AboutUnions > 1 || w.PageShare < 0 || w.PageShare > 1:
		return fmt.Errorf("%w: work: about_unions and page_share must lie between 0 and 1", ErrRules)
	}
	if slices.Contains(slices.Concat(w.Unions, w.Others, w.Passing, w.Modifiers, w.Masks, w.Foreign, w.Members), "") {
		return fmt.Errorf("%w: work: empty word", ErrRules)
	}
	return nil
}

// Actor is who a clause says does its work.
type Actor int8

// The actors a clause can name.
const (
	NoActor Actor = iota // the clause names none
	Union                // a union, alone or with others
	Other                // someone else only
)

// Topic is what of a page is the unions' work.
type Topic struct {
	// Relevance is the share of the body's text, in runes, in clauses
	// whose actor is a union: 0 for a page about something else, near 1
	// for a union's report.
	Relevance float64
	// AboutUnions is whether Relevance reaches Work.AboutUnions. A page
	// not about unions yields no facts.
	AboutUnions bool
	// union holds the rune spans of the body's clauses whose actor is a
	// union, in order.
	union []span
}

type span struct{ start, end int }

// Topic reads, clause by clause, whose work body reports, the title
// giving the actor of paragraphs that name none.
func (c *Classifier) Topic(title, body string) Topic {
	w := c.rules.Work
	if w == nil {
		return Topic{Relevance: 1, AboutUnions: true, union: []span{{0, utf8.RuneCountInString(body)}}}
	}
	rs := []rune(body)
	clauses := c.clauses(rs)
	own := make([]Actor, len(clauses))
	var unions, others int
	for i, cl := range clauses {
		own[i] = c.actorOf(string(rs[cl.start:cl.end]), cl.foreign)
		switch own[i] {
		case Union:
			unions++
		case Other:
			others++
		}
	}
	page := c.actorOf(title, containsAny(title, w.Foreign))
	if page == NoActor && unions > others && float64(unions) >= w.PageShare*float64(len(clauses)) {
		page = Union
	}
	var sc Topic
	var total, inUnion int
	actor := page
	// named is whether the paragraph has named an actor yet, and
	// othersParagraph whether the first it named was someone else.
	named, othersParagraph := false, false
	for i, cl := range clauses {
		switch {
		case cl.opensParagraph:
			actor = page
		case cl.opensSentence && actor == Union && page != Union && !cl.members:
			// On a page about other work, the union named before stays
			// the actor of a new sentence only while it speaks of the
			// workers and members the unions serve.
			actor = page
		case cl.opensSentence && actor == Other && page == Union && !othersParagraph:
			// On a union's page another actor named inside a paragraph
			// holds for its sentence; one that opens the paragraph, for
			// the paragraph.
			actor = page
		}
		if cl.opensParagraph {
			named = false
		}
		if own[i] != NoActor && !c.partOfBefore(rs, clauses, i) {
			actor = own[i]
			if !named {
				named, othersParagraph = true, own[i] == Other
			}
		}
		n := cl.end - cl.start
		total += n
		if actor == Union {
			inUnion += n
			sc.union = append(sc.union, span{cl.start, cl.end})
		}
	}
	if total > 0 {
		sc.Relevance = float64(inUnion) / float64(total)
	}
	sc.AboutUnions = sc.Relevance >= w.AboutUnions && sc.Relevance > 0
	return sc
}

// Keep returns the facts of fs that are the unions' work: those in a
// clause whose actor is a union, on a page about unions.
func (s Topic) Keep(fs []Fact) []Fact {
	if !s.AboutUnions {
		return nil
	}
	return slices.DeleteFunc(fs, func(f Fact) bool { return !s.isUnion(f.Start) })
}

// isUnion reports whether the body's rune at offset at lies in a clause
// whose actor is a union.
func (s Topic) isUnion(at int) bool {
	i, found := slices.BinarySearchFunc(s.union, at, func(sp span, at int) int {
		switch {
		case sp.end <= at:
			return -1
		case sp.start > at:
			return 1
		}
		return 0
	})
	return found && i < len(s.union)
}

// partOfBefore reports whether clauses[i] gives a part of what the clause
// before it counted: it opens with a part word (其中, 包括) or follows one
// standing alone. A part keeps the actor of its total, whoever it names:
// 累计赠送保障计划332万元，其中，市慈善总会出资133.8万元.
func (c *Classifier) partOfBefore(rs []rune, clauses []clause, i int) bool {
	if c.work.parts.at(rs[:clauses[i].end], clauses[i].start) > 0 {
		return true
	}
	if i == 0 || clauses[i].opensSentence {
		return false
	}
	prev := strings.TrimSpace(string(rs[clauses[i-1].start:clauses[i-1].end]))
	return slices.Contains(c.rules.Parts, prev)
}

// clause is one clause of a body: its rune span, whether its sentence
// names a strike or a union abroad (Work.Foreign) or workers and members
// (Work.Members), and whether it starts a paragraph or a sentence.
type clause struct {
	start, end                    int
	foreign, members              bool
	opensParagraph, opensSentence bool
}

// clauses splits rs into clauses by the rule set's clause ends.
func (c *Classifier) clauses(rs []rune) []clause {
	var out []clause
	w := c.rules.Work
	sentences := endsOf(rs, c.rules.SentenceEnds)
	opens, opensSentence, foreign, members := true, true, false, false
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && !strings.ContainsRune(c.rules.ClauseEnds, rs[end]) {
			end++
		}
		if start == 0 || strings.ContainsRune(c.rules.SentenceEnds, rs[start-1]) {
			sentence := string(rs[start:sentences.next(end, len(rs))])
			foreign, members = containsAny(sentence, w.Foreign), containsAny(sentence, w.Members)
			opensSentence = true
		}
		if end > start {
			out = append(out, clause{start: start, end: end, foreign: foreign, members: members,
				opensParagraph: opens, opensSentence: opensSentence})
			opens, opensSentence = false, false
		}
		if end < len(rs) && rs[end] == '\n' {
			opens = true
		}
		start = end + 1
	}
	return out
}

// actorOf returns the actor clause names: a union when it names one before
// any passing word (unless foreign, its sentence naming a strike or a
// union abroad: then the union counts as someone else), else
// someone else when the clause opens with another actor as its subject
// (no more than Lead runes and no verb before it), else NoActor.
func (c *Classifier) actorOf(clause string, foreign bool) Actor {
	m := c.work
	rs := []rune(clause)
	masked := make([]bool, len(rs))
	for i := range rs {
		for k := i; k < i+m.masks.at(rs, i); k++ {
			masked[k] = true
		}
	}
	subject := NoActor
	var lead []rune // the clause before i, less its actor words
	for i := 0; i < len(rs); {
		n, union := m.actorAt(rs, i, masked)
		switch {
		case n == 0 && m.passing.at(rs, i) > 0:
			return subject
		case n == 0:
			lead = append(lead, rs[i])
			i++
			continue
		case union && !foreign:
			return Union
		case union:
			subject = Other
		case subject == NoActor && len(lead) <= c.rules.Work.Lead && m.modifiers.at(rs, i+n) == 0 &&
			!c.hasVerb(string(lead)):
			subject = Other
		}
		i += n
	}
	return subject
}

// hasVerb reports whether s holds a verb other than the copula 是 (特别是,
// 一是 open a subject rather than act on it): 覆盖企业, 形成党委.
func (c *Classifier) hasVerb(s string) bool {
	if s == "" {
		return false
	}
	for _, t := range c.seg.Cut(s) {
		if isVerb(t.Pos) && t.Text != "是" {
			return true
		}
	}
	return false
}

// workWords are a Work's word lists, indexed for matching at every rune.
type workWords struct {
	unions, others, passing, modifiers, masks wordSet
	// parts are the rule set's part words (其中, 包括).
	parts wordSet
}

func newWorkWords(rs *Rules) *workWords {
	w := rs.Work
	return &workWords{
		unions: newWordSet(w.Unions), others: newWordSet(w.Others), passing: newWordSet(w.Passing),
		modifiers: newWordSet(w.Modifiers), masks: newWordSet(w.Masks), parts: newWordSet(rs.Parts),
	}
}

// actorAt returns the length in runes of the longest actor word at rs[i:]
// that no mask covers, 0 when none stands there, and whether it names a
// union.
func (m *workWords) actorAt(rs []rune, i int, masked []bool) (n int, union bool) {
	u, o := m.unions.at(rs, i), m.others.at(rs, i)
	n, union = max(u, o), u >= o
	if n == 0 || slices.Contains(masked[i:i+n], true) {
		return 0, false
	}
	return n, union
}

// wordSet holds words by their first rune, longest first.
type wordSet map[rune][][]rune

func newWordSet(words []string) wordSet {
	s := wordSet{}
	for _, w := range words {
		rs := []rune(w)
		s[rs[0]] = append(s[rs[0]], rs)
	}
	for _, ws := range s {
		slices.SortStableFunc(ws, func(a, b []rune) int { return len(b) - len(a) })
	}
	return s
}

// at returns the length in runes of the longest word of s that rs[i:]
// starts with, 0 when none does.
func (s wordSet) at(rs []rune, i int) int {
	if i >= len(rs) {
		return 0
	}
	for _, w := range s[rs[i]] {
		if i+len(w) <= len(rs) && slices.Equal(rs[i:i+len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
