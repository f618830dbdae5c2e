package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// numberLine is the JSON form of one quantity found by `unionfacts numbers`.
type numberLine struct {
	Line     int      `json:"line"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max"`
	Unit     string   `json:"unit"`
	Approx   string   `json:"approx"`
	Kind     string   `json:"kind"`
}

func numbersCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("numbers", "< TEXT", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		for _, q := range numbers.Find(sc.Text()) {
			err := enc.Encode(numberLine{Line: n, Text: q.Text, Start: q.Start, End: q.End, Value: q.Value,
				ValueMax: q.ValueMax, Unit: q.Unit, Approx: string(q.Approx), Kind: string(q.Kind)})
			if err != nil {
				return err
			}
		}
	}
	return sc.Err()
}
