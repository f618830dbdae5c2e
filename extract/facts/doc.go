// Package facts decides which numbers in a report count something of the
// fact taxonomy (unions formed, members added, funds disbursed...) and which
// are not facts at all. The decisions come from rules kept as data, so that
// researchers can change them without touching the engine.
//
// # Rules
//
// rules.json, embedded in the binary, is a decision list: for each count,
// sum or percentage the number reader found, the rules are tried in order
// and the first whose words are all present decides, either a metric or
// "none" (a growth rate, an honour, the union's own staff...). A rule reads
// three contexts, all within the number's clause:
//
//	组建基层工会27个,发展会员642人
//	^^^^^^^^^^^^    near and clause context of 27个: before words (组建)
//	            ^^^ unit; the counted noun (工会) must lie within a few runes
//	                ^ after 27个 the right context is empty: the clause ends
//
// A rule word may hold the gap mark … for a few runes of any text, so that
// 成立…工会 reads 在9个乡镇成立区域性工会联合会 as well as 成立工会.
//
// The near context stops at the previous number, so in a list
// (建立工会组织8742家、发展会员63.2万人) each number is read with its own
// words first; only if no rule applies there is the whole clause tried.
//
// Some numbers take their metric from the fact before them in the same
// sentence (sequel.go): a part after 其中 or 包括 (吸纳会员970余人，其中…360人),
// further parts no rule claims, and running totals (新建书屋6个，总数达到48个),
// which become the stock metric the rules map them to (unions_formed →
// union_count), and sums (慰问困难职工860人、劳模120人，共计980人), which
// keep the metric of the facts they add up. Units of one group (家 and 个; 人, 名, 人次 and 户) count the
// same things here.
//
// Lists stretch these contexts. Items set apart by commas that are only a
// noun phrase and a number (慰问困难职工183人,大病职工107人,劳动模范142人) are
// read in the clause of the list's first item, whose verb governs them; items
// that put their noun after the number (1810名货车司机、3941名快递员加入工会)
// share the words after the last one; a noun right before a list mark
// (60多家企业和423户…) counts the item before it, not the next number. A
// rule's context words may stand anywhere earlier in the sentence
// (计划投入17.5万元,…为7600多名职工送清凉: a plan).
//
// ClassifyBody also drops what a page says twice (a passage printed again,
// a headline line the text below repeats) and the numbers of its plans: the
// rest of the body after a plan heading (三、2024年工作打算; not the first
// line, and not a heading of results: …计划完成情况) and paragraphs
// that open with a plan word (下一步, 明年), both word lists in rules.json.
//
// A data table's cells may hold bare numbers under a header that names the
// unit (乡镇 新建工会（家） / 西城镇 24): TableFacts reads each such cell as
// its header would say it (新建工会24家) and the same rules classify it.
//
// A user rules file (unionfacts --rules FILE) is either a complete set or
// an amendment of the embedded one:
//
//	{"extends": "default",
//	 "remove": ["none.sales"],
//	 "rules": [{"name": "sites.canteen", "metric": "service_sites",
//	            "units": ["个"], "nouns": ["职工食堂"],
//	            "why": "canteens run for workers count as sites"}]}
//
// New rules go before the default ones, a rule with a default rule's name
// replaces it in place, and Rules.Hash names the merged result so that
// every output says which rules produced it. Every Fact names its Rule.
//
// # Whose work
//
// A fact is the unions' work, so before any number counts, Topic reads who
// does the work of each clause, from the words in rules.json's "work":
//
//	"work": {
//	  "unions":    ["总工会", "工会", "市总", ...],   a union as the actor
//	  "others":    ["妇联", "团县委", "人社局", "公司", ...],   anyone else
//	  "passing":   ["在", "为", "到", "联合", ...],   after these an actor word is a
//	                                             place, beneficiary or partner
//	  "modifiers": ["职工", "书记", "建设", ...],   after one of others: a noun phrase
//	                                             (公司员工) or a person (镇党委书记), not an actor
//	  "masks":     ["施工会", "总人口", ...],   words holding an actor word that
//	                                             name no actor
//	  "foreign":   ["罢工", "法国", ...],   a sentence naming one is about a strike or
//	                                             a union abroad: its unions are others
//	  "members":   ["职工", "会员", "农民工", ...],   the people the unions' work serves
//	  "lead":         6,      runes that may stand before another actor in its clause
//	  "page_share":   0.1,    the share of clauses naming a union that makes it the
//	                          actor of a page whose title names none
//	  "about_unions": 0.02    the relevance at which a page is about unions
//	}
//
// A clause's actor is a union when it names one before any passing word;
// otherwise another actor when one opens the clause (at most lead runes and
// no verb before it, 特别是各级妇联…, 县人社局…); otherwise none. A clause
// that names none has the actor of the clause before it in its paragraph,
// and a paragraph's first clause that of the page: the title's, or a union
// when the body names unions as actors in more clauses than anyone else and
// in at least page_share of them. On a page whose actor is not a union, a
// union named in one sentence carries into the next only while that names
// members (新建工会驿站11家。帮扶困难退役军人431人 are two departments' work).
// On a union's page another actor holds for its sentence, or for its
// paragraph when it is the first actor the paragraph names (市委组织部给予
// 指导。全年发展会员8600人 is the union's again).
// A clause that gives a part of the clause before (其中, 包括: the rule set's
// parts) keeps its actor, whoever it names: 其中，市慈善总会出资133.8万元.
// Relevance is the share of the body's runes in union clauses; a page
// below about_unions yields no facts, and on any page only numbers in union
// clauses do. To add an actor, amend the default rules with the whole
// "work" object changed (settings replace the default's, as above).
//
// # Example
//
//	rs, _ := facts.DefaultRules()
//	seg, _ := segment.Default()
//	c, _ := facts.NewClassifier(rs, seg)
//	body := "开展春节帮扶活动,慰问困难职工386人,慰问金26万余元。"
//	for _, f := range c.Classify(body, numbers.Find(body)) {
//		fmt.Println(f.Metric, f.Value, f.Unit, f.Rule)
//	}
//	// people_assisted 386 人 people_assisted.aid
//	// funds_disbursed 260000 元 funds_disbursed.pay
package facts
