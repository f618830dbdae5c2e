package facts

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// defaultRules is the embedded rule set; see rules.json.
//
//go:embed rules.json
var defaultRules []byte

// DefaultRules returns the rule set compiled into the binary.
func DefaultRules() (*Rules, error) {
	rs, err := decodeRules(bytes.NewReader(defaultRules))
	if err != nil {
		return nil, err
	}
	return rs.finish()
}

// ParseRules reads a rule set in the JSON form of rules.json; see Rules
// for how a file that extends the default set is merged.
func ParseRules(r io.Reader) (*Rules, error) {
	rs, err := decodeRules(r)
	if err != nil {
		return nil, err
	}
	switch rs.Extends {
	case "":
		if len(rs.Remove) > 0 {
			return nil, fmt.Errorf("%w: remove needs \"extends\": \"default\"", ErrRules)
		}
	case "default":
		base, err := decodeRules(bytes.NewReader(defaultRules))
		if err != nil {
			return nil, err
		}
		if rs, err = base.amend(rs); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: extends %q: only \"default\" can be extended", ErrRules, rs.Extends)
	}
	return rs.finish()
}

func decodeRules(r io.Reader) (*Rules, error) {
	var rs Rules
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs); err != nil {
		return nil, fmt.Errorf("facts: parsing rules: %w", err)
	}
	return &rs, nil
}

// finish validates a complete rule set and computes its hash.
func (rs *Rules) finish() (*Rules, error) {
	if rs.ClauseEnds == "" || rs.SentenceEnds == "" {
		return nil, fmt.Errorf("%w: clause_ends and sentence_ends are required", ErrRules)
	}
	if rs.NounWindow <= 0 {
		return nil, fmt.Errorf("%w: noun_window must be positive", ErrRules)
	}
	seen := map[string]bool{}
	for i, r := range rs.Rules {
		if r.Name == "" || r.Metric == "" || len(r.Units) == 0 {
			return nil, fmt.Errorf("%w: rule %d (%q): name, metric and units are required", ErrRules, i, r.Name)
		}
		if seen[r.Name] {
			return nil, fmt.Errorf("%w: rule %q appears twice", ErrRules, r.Name)
		}
		seen[r.Name] = true
		if len(r.Before)+len(r.After)+len(r.Nouns)+len(r.Prefix)+len(r.Context) == 0 && !r.Round {
			return nil, fmt.Errorf("%w: rule %q: needs before, after, nouns, prefix, context or round", ErrRules, r.Name)
		}
		if r.Within < 0 {
			return nil, fmt.Errorf("%w: rule %q: within must not be negative", ErrRules, r.Name)
		}
		if err := checkGaps("rule "+r.Name, slices.Concat(r.Before, r.After, r.Nouns, r.Prefix, r.Context, r.Not)); err != nil {
			return nil, err
		}
	}
	if err := checkGaps("totals, sums and subsets", slices.Concat(rs.Totals, rs.Sums, rs.Subsets)); err != nil {
		return nil, err
	}
	if err := rs.Work.check(); err != nil {
		return nil, err
	}
	canon, err := json.Marshal(rs)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(canon)
	rs.hash = hex.EncodeToString(sum[:8])
	return rs, nil
}

// checkGaps returns an error, naming what, for the first of words that has
// nothing on one side of a gap mark.
func checkGaps(what string, words []string) error {
	for _, w := range words {
		if slices.Contains(strings.Split(w, gapMark), "") {
			return fmt.Errorf("%w: %s: word %q is empty on a side of %s", ErrRules, what, w, gapMark)
		}
	}
	return nil
}

// Hash identifies the rule set's effective contents (after any merge), so
// that an output file can say which rules produced it.
func (rs *Rules) Hash() string { return rs.hash }
