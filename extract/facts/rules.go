package facts

import "errors"

// Rule maps the words around a quantity to a metric. A rule applies when
// the quantity carries one of its Units and every word list it sets is
// satisfied; rules are tried in order and the first that applies decides.
// A word may hold the gap mark …, which stands for up to 8 runes of any
// text: 成立…工会 matches 成立工会 and 成立区域性工会联合会.
type Rule struct {
	// Name identifies the rule in every fact it produces.
	Name string `json:"name"`
	// Metric is the taxonomy name the rule yields, or None: the number is
	// deliberately not a fact (a growth rate, an honour, the union's staff).
	Metric string `json:"metric"`
	// Why says what wording the rule is about; it is the rule's comment.
	Why string `json:"why,omitempty"`
	// Units are the counting words the quantity must carry (元 for money,
	// % for percentages, * for any).
	Units []string `json:"units"`
	// Before are trigger words of which one must stand in the clause
	// before the number (组建, 发放, 慰问...).
	Before []string `json:"before,omitempty"`
	// After are words of which one must stand in the clause after the
	// unit (应聘, 走访慰问...).
	After []string `json:"after,omitempty"`
	// Nouns are counted nouns of which one must stand within Within runes
	// of the number, on either side (工会, 会员, 驿站...).
	Nouns []string `json:"nouns,omitempty"`
	// Within bounds the distance of a noun from the number; 0 means the
	// rule set's NounWindow.
	Within int `json:"within,omitempty"`
	// Prefix are words of which one must end right where the number
	// starts (第 of an ordinal, the opening quote of a slogan).
	Prefix []string `json:"prefix,omitempty"`
	// Not are words that keep the rule from applying when they stand
	// anywhere in the number's clause.
	Not []string `json:"not,omitempty"`
	// Round, when set, makes the rule apply only to exact round numbers
	// written as a bare magnitude (千名, 万场), which in this genre name
	// programmes rather than count anything.
	Round bool `json:"round,omitempty"`
	// Clause, when set, makes the rule look for its Before words in the
	// whole clause in both passes, for words that colour every number
	// after them (力争…, a target rather than a result).
	Clause bool `json:"clause,omitempty"`
	// Context are words of which one must stand anywhere earlier in the
	// number's sentence, even clauses before it. They qualify the rule
	// without being its trigger: a plan announced before
	// (计划投入17.5万元,…为7600多名职工送清凉: both are a plan), or the
	// publicity that a benefit came from (发放宣传资料…,受益职工…人次).
	Context []string `json:"context,omitempty"`
}

// None is the metric of rules that mark a number as no fact.
const None = "none"

// Rules is a complete rule set. The embedded set is rules.json; a user file
// of the same form either replaces it or, with "extends": "default",
// amends it: its rules replace base rules of the same name in place, its
// other rules go before all base rules (so they win), base rules named in
// "remove" are dropped, and each setting it gives replaces the base's.
type Rules struct {
	// Extends is "default" in a file that amends the embedded set.
	Extends string `json:"extends,omitempty"`
	// Remove names base rules an amending file drops.
	Remove []string `json:"remove,omitempty"`
	// ClauseEnds are the characters that end the clause a rule looks in.
	ClauseEnds string `json:"clause_ends,omitempty"`
	// SentenceEnds are the characters that end a sentence.
	SentenceEnds string `json:"sentence_ends,omitempty"`
	// Parts are words that introduce the part of a total (其中): a number
	// after one has the metric of the total before it.
	Parts []string `json:"parts,omitempty"`
	// Totals are words that introduce a running total of what the fact
	// before counted (总数达到, 累计达到).
	Totals []string `json:"totals,omitempty"`
	// Sums are words that introduce the sum of the facts before (共计,
	// 合计): a number after one that no rule decides has their metric.
	Sums []string `json:"sums,omitempty"`
	// Subsets are words that, after a number, make it a subset of a larger
	// count of the same things before it in the sentence (1个托管班获评…
	// after 在7个小区开设托管班): a part without a part word.
	Subsets []string `json:"subsets,omitempty"`
	// StockOf maps a metric of new things to the metric of their stock,
	// for running totals: unions_formed → union_count.
	StockOf map[string]string `json:"stock_of,omitempty"`
	// UnitGroups are units that count the same kind of thing, so that a
	// part or total may use another unit of the group than its fact
	// (组建工会46家，其中工会联合会5个).
	UnitGroups [][]string `json:"unit_groups,omitempty"`
	// NounWindow is the default Within of rules.
	NounWindow int `json:"noun_window,omitempty"`
	// PlanHeadings are words that, in a heading line (short, with no
	// sentence end: 三、2024年工作打算), make the rest of the body the union's
	// plans, whose numbers are no facts.
	PlanHeadings []string `json:"plan_headings,omitempty"`
	// ResultHeadings are words that make a heading one of results even
	// with a plan word in it: 2024年工作计划完成情况.
	ResultHeadings []string `json:"result_headings,omitempty"`
	// PlanOpeners are words that, opening a paragraph, make it a plan:
	// 下一步,县总工会将新建驿站5个…
	PlanOpeners []string `json:"plan_openers,omitempty"`
	// Joiners are the marks that join the items of a list (、, 和): a noun
	// before one belongs to the item before it, and a list whose items
	// put their noun after the number shares the words after its last
	// item (1810名货车司机、3941名快递员加入工会).
	Joiners []string `json:"joiners,omitempty"`
	// Articles are measure words whose 一 is the indefinite article, not
	// a count, wherever it stands: 一份温暖包 handed to each worker, 一件大事,
	// 金秋助学是工会的一项品牌活动. Other numbers of them count.
	Articles []string `json:"articles,omitempty"`
	// Actors are the bodies a report names as the doer (县总工会, 市总工会):
	// a noun inside one (工会) is never what a number counts, so that
	// 县总工会成立3个工作专班 counts no unions.
	Actors []string `json:"actors,omitempty"`
	// Work holds the words that say whose work a clause reports, so that
	// only the unions' numbers become facts (see Topic); nil counts every
	// clause as the unions'.
	Work *Work `json:"work,omitempty"`
	// Rules are tried in order.
	Rules []Rule `json:"rules"`

	hash string
}

// ErrRules is wrapped by every error about a rule set's contents.
var ErrRules = errors.New("facts: bad rules")
