package facts

import (
	"fmt"
	"slices"
)

// amend returns base changed by the amending set ext, as the Rules doc
// says: ext's settings replace base's, its rules replace same-named base
// rules in place or else go first, and the rules it names in Remove go.
func (base *Rules) amend(ext *Rules) (*Rules, error) {
	out := *base
	out.Extends, out.Remove = "", nil
	if ext.ClauseEnds != "" {
		out.ClauseEnds = ext.ClauseEnds
	}
	if ext.SentenceEnds != "" {
		out.SentenceEnds = ext.SentenceEnds
	}
	if ext.Parts != nil {
		out.Parts = ext.Parts
	}
	if ext.Totals != nil {
		out.Totals = ext.Totals
	}
	if ext.Sums != nil {
		out.Sums = ext.Sums
	}
	if ext.Subsets != nil {
		out.Subsets = ext.Subsets
	}
	if ext.StockOf != nil {
		out.StockOf = ext.StockOf
	}
	if ext.UnitGroups != nil {
		out.UnitGroups = ext.UnitGroups
	}
	if ext.NounWindow != 0 {
		out.NounWindow = ext.NounWindow
	}
	if ext.PlanHeadings != nil {
		out.PlanHeadings = ext.PlanHeadings
	}
	if ext.ResultHeadings != nil {
		out.ResultHeadings = ext.ResultHeadings
	}
	if ext.PlanOpeners != nil {
		out.PlanOpeners = ext.PlanOpeners
	}
	if ext.Joiners != nil {
		out.Joiners = ext.Joiners
	}
	if ext.Articles != nil {
		out.Articles = ext.Articles
	}
	if ext.Actors != nil {
		out.Actors = ext.Actors
	}
	if ext.Work != nil {
		out.Work = ext.Work
	}
	kept := slices.Clone(base.Rules)
	for _, name := range ext.Remove {
		i := slices.IndexFunc(kept, func(r Rule) bool { return r.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("%w: remove %q: no such default rule", ErrRules, name)
		}
		kept = slices.Delete(kept, i, i+1)
	}
	var added []Rule
	for _, r := range ext.Rules {
		if i := slices.IndexFunc(kept, func(k Rule) bool { return k.Name == r.Name }); i >= 0 {
			kept[i] = r
		} else {
			added = append(added, r)
		}
	}
	out.Rules = append(added, kept...)
	return &out, nil
}
