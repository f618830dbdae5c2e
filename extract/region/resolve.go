package region

// Resolver finds the division a report, or one of its sentences, is about.
// It is safe for concurrent use.
type Resolver struct {
	divs     []division
	ix       *index
	children [][]int // children[i] lists the divisions whose parent is i
	top      []int   // the provinces
	byCode   map[string]int
}

// NewResolver loads the embedded division table and indexes its names.
func NewResolver() (*Resolver, error) {
	divs, err := parseTable(divisionsTSV)
	if err != nil {
		return nil, err
	}
	r := &Resolver{divs: divs, ix: newIndex(divs, plainWords()), children: make([][]int, len(divs)), byCode: map[string]int{}}
	for i, d := range divs {
		r.byCode[d.Code] = i
		if d.parent < 0 {
			r.top = append(r.top, i)
		} else {
			r.children[d.parent] = append(r.children[d.parent], i)
		}
	}
	return r, nil
}

// Document picks the division a whole report is about from its title, body
// and source, or nil where the text never names one or blanks it out.
//
// Every accepted name adds its weight (see weightTitle) to its division;
// a division's total adds up its own weight and its descendants'. The
// pick starts at the province with the highest total, which must outweigh
// all other provinces together and the redacted names (a national report
// touring five provinces, or one with its own place blanked out, gives
// nil), and steps down to a child while that child's total outweighs both
// the names of the current division itself and all its other children
// together: a report naming 湖南省总工会 throughout and a few counties in
// passing stays at 湖南省, one about 义安区 that mentions 安徽省 twice goes
// down to 义安区. Where the title names divisions of that province, the
// lowest one above them all is the pick: the title says what the report
// is about, the body may dwell on one of its parts.
func (r *Resolver) Document(title, body, source string) *Region {
	ev := r.collect(parts(title, body, source))
	total, all := map[int]float64{}, 0.0
	for d, w := range ev.own {
		all += w
		for ; d >= 0; d = r.divs[d].parent {
			total[d] += w
		}
	}
	cur := r.heaviest(r.top, total)
	if cur < 0 || ev.head == 0 && total[cur] < minRestEvidence || ev.redacted >= total[cur] || total[cur] <= all-total[cur] {
		return nil
	}
	if t := ev.titled; t >= 0 && (t == cur || r.isAncestor(cur, t)) {
		cur = t // the title names the division the report is about
	}
	for cur != ev.titled {
		kids := r.children[cur]
		c := r.heaviest(kids, total)
		if c < 0 {
			break
		}
		others := total[cur] - ev.own[cur] - total[c]
		if total[c] <= ev.own[cur] || total[c] <= others {
			break
		}
		cur = c
	}
	if ev.titled < 0 && ev.cues != "" && !r.isCued(cur, ev.cues) {
		// A report calling its own division 我市 while its names point
		// below it (万柏林区) is the city's report, unless its title names
		// the division (某某县委慰问…, under a city's 我市普降大雪).
		for a := r.divs[cur].parent; a >= 0; a = r.divs[a].parent {
			if r.isCued(a, ev.cues) {
				cur = a
				break
			}
		}
	}
	reg := r.divs[cur].Region
	return &reg
}

// minRestEvidence is the least weight a division named only in the rest of
// the body (not in the title, source or lead) needs: a union's name, or two
// names. A single place named in passing (环卫工人…某某城区) says nothing of
// what the report is about.
const minRestEvidence = 2 * weightBody

// heaviest returns the division of ds with the highest positive total,
// the first on a tie, or -1.
func (r *Resolver) heaviest(ds []int, total map[int]float64) int {
	best := -1
	for _, d := range ds {
		if total[d] > 0 && (best < 0 || total[d] > total[best]) {
			best = d
		}
	}
	return best
}
