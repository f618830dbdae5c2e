package numbers_test

import (
	"encoding/json"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// rtCases reads a Recognizers-Text spec. Every expected result must be
// matched, in order, by a quantity of the given kind ("" for any) with the
// same value whose span overlaps it, and there must be no other.
// Recognizers' spans leave units out (199个 → 199), ours keep them, hence
// overlap rather than equality; its currency units are mapped to ours.
func rtCases(file string, kind numbers.Kind) func(*testing.T, string) []conformanceCase {
	currency := map[string]string{
		"Chinese yuan": "元", "United States dollar": "美元", "Euro": "欧元", "Japanese yen": "日元",
		"Hong Kong dollar": "港元", "New Taiwan dollar": "新台币",
	}
	return func(t *testing.T, dir string) []conformanceCase {
		var spec []struct {
			Input   string
			Results []struct {
				Start, End int
				Resolution struct {
					Value any
					Unit  string
				}
			}
		}
		readJSON(t, filepath.Join(dir, "microsoft+Recognizers-Text", "Specs", file), &spec)
		var cs []conformanceCase
		for _, s := range spec {
			cs = append(cs, conformanceCase{Input: s.Input, Check: func(qs []numbers.Quantity) bool {
				if kind != "" {
					qs = ofKind(qs, kind)
				}
				if len(qs) != len(s.Results) {
					return false
				}
				for k, r := range s.Results {
					q := qs[k]
					str, _ := r.Resolution.Value.(string)
					v, err := strconv.ParseFloat(strings.TrimSuffix(str, "%"), 64)
					if err != nil || !near(q.Value, v) || q.Start > r.End || r.Start >= q.End {
						return false
					}
					if kind == numbers.Money && currency[r.Resolution.Unit] != q.Unit {
						return false
					}
				}
				return true
			}})
		}
		return cs
	}
}

func ofKind(qs []numbers.Quantity, k numbers.Kind) []numbers.Quantity {
	var out []numbers.Quantity
	for _, q := range qs {
		if q.Kind == k {
			out = append(out, q)
		}
	}
	return out
}

// one checks that the input is read as exactly one quantity of value v.
func one(v float64) func([]numbers.Quantity) bool {
	return func(qs []numbers.Quantity) bool { return len(qs) == 1 && near(qs[0].Value, v) }
}

// cn2anCases reads cn2an's tables: each input is one number (strict,
// normal and smart modes alike). The direct mode returns digit strings and
// does not apply.
func cn2anCases(t *testing.T, dir string) []conformanceCase {
	spec := readCn2an(t, dir)
	var cs []conformanceCase
	for _, mode := range []string{"strict_data_dict", "normal_data_dict", "smart_data_dict"} {
		var m map[string]float64
		require.NoError(t, json.Unmarshal(spec[mode], &m))
		for in, v := range m {
			cs = append(cs, conformanceCase{Input: in, Check: one(v)})
		}
	}
	return cs
}

// cn2anErrorCases reads cn2an's error lists: such an input must not be
// read as one number spanning all of it. (一一 is an error in strict mode
// only, so the lists are a source of their own.)
func cn2anErrorCases(t *testing.T, dir string) []conformanceCase {
	spec := readCn2an(t, dir)
	var cs []conformanceCase
	for _, mode := range []string{"error_strict_datas", "error_normal_datas", "error_smart_datas"} {
		var l []string
		require.NoError(t, json.Unmarshal(spec[mode], &l))
		for _, in := range l {
			n := len([]rune(in))
			cs = append(cs, conformanceCase{Input: in, Check: func(qs []numbers.Quantity) bool {
				return !(len(qs) == 1 && qs[0].Start == 0 && qs[0].End == n)
			}})
		}
	}
	return cs
}

func readCn2an(t *testing.T, dir string) map[string]json.RawMessage {
	var spec map[string]json.RawMessage
	readJSON(t, filepath.Join(dir, "Ailln+cn2an", "cn2an_test.cases.json"), &spec)
	return spec
}

// jionlpCases reads JioNLP's money parser cases: one money quantity with
// the value (or range), currency and approx given.
func jionlpCases(t *testing.T, dir string) []conformanceCase {
	var spec struct {
		List [][2]json.RawMessage `json:"money_string_list"`
	}
	readJSON(t, filepath.Join(dir, "dongrixinyu+JioNLP", "test_money_parser.cases.json"), &spec)
	approx := map[string]numbers.Approx{"accurate": numbers.Exact, "blur": numbers.About, "blur+": numbers.GTE, "blur-": numbers.LTE}
	var cs []conformanceCase
	for _, pair := range spec.List {
		var in string
		var want struct {
			Num        any
			Case       string
			Definition string
		}
		require.NoError(t, json.Unmarshal(pair[0], &in))
		require.NoError(t, json.Unmarshal(pair[1], &want))
		cs = append(cs, conformanceCase{Input: in, Check: func(qs []numbers.Quantity) bool {
			qs = ofKind(qs, numbers.Money)
			if len(qs) != 1 || qs[0].Unit != want.Case {
				return false
			}
			q := qs[0]
			switch num := want.Num.(type) {
			case string:
				v, _ := strconv.ParseFloat(num, 64)
				return math.Abs(q.Value-v) < 0.006 && q.ValueMax == nil && q.Approx == approx[want.Definition]
			case []any:
				lo, _ := strconv.ParseFloat(num[0].(string), 64)
				hi, _ := strconv.ParseFloat(num[1].(string), 64)
				return near(q.Value, lo) && q.ValueMax != nil && near(*q.ValueMax, hi) && q.Approx == numbers.Range
			}
			return false
		}})
	}
	return cs
}

// ducklingCases reads Duckling's Chinese numeral corpus: each input is one
// number of the expected value.
func ducklingCases(t *testing.T, dir string) []conformanceCase {
	var spec []struct {
		Expected string
		Inputs   []string
	}
	readJSON(t, filepath.Join(dir, "facebook+duckling", "Numeral.ZH.corpus.json"), &spec)
	var cs []conformanceCase
	for _, s := range spec {
		v, err := strconv.ParseFloat(strings.Trim(strings.TrimPrefix(s.Expected, "NumeralValue "), "()"), 64)
		require.NoError(t, err, s.Expected)
		for _, in := range s.Inputs {
			cs = append(cs, conformanceCase{Input: in, Check: one(v)})
		}
	}
	return cs
}
