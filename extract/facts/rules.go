package facts

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
)

//go:embed rules.json
var defaultRules []byte

// Rule maps the words around a quantity to a metric.
type Rule struct {
	// Name identifies the rule in every fact it produces.
	Name string `json:"name"`
	// Metric is the taxonomy name the rule yields.
	Metric string `json:"metric"`
	// Units are the counting words the quantity must carry (元 for money,
	// % for percentages).
	Units []string `json:"units"`
	// Triggers are words of which one must stand in the clause before the
	// number.
	Triggers []string `json:"triggers"`
}

// Rules is a complete rule set.
type Rules struct {
	Rules []Rule `json:"rules"`
	hash  string
}

// DefaultRules returns the rule set compiled into the binary.
func DefaultRules() (*Rules, error) { return ParseRules(bytes.NewReader(defaultRules)) }

// ParseRules reads a rule set in the JSON form of rules.json.
func ParseRules(r io.Reader) (*Rules, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("facts: reading rules: %w", err)
	}
	var rs Rules
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs); err != nil {
		return nil, fmt.Errorf("facts: parsing rules: %w", err)
	}
	for i, rule := range rs.Rules {
		if rule.Name == "" || rule.Metric == "" || len(rule.Units) == 0 {
			return nil, fmt.Errorf("facts: rule %d: name, metric and units are required", i)
		}
	}
	sum := sha256.Sum256(raw)
	rs.hash = hex.EncodeToString(sum[:8])
	return &rs, nil
}

// Hash identifies the rule set's contents, so that an output file can say
// which rules produced it.
func (rs *Rules) Hash() string { return rs.hash }
