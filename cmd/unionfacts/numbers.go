package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

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

// numbersCmd prints every quantity of every stdin line as one JSON object,
// so that a researcher can check the reader (and a units.txt or
// markers.txt of their own) on any text.
func numbersCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("numbers", "[flags] < TEXT", stderr)
	var nf numberFlags
	nf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rd, err := nf.load()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		for _, q := range rd.Find(sc.Text()) {
			err := enc.Encode(numberLine{Line: n, Text: q.Text, Start: q.Start, End: q.End, Value: q.Value,
				ValueMax: q.ValueMax, Unit: q.Unit, Approx: string(q.Approx), Kind: string(q.Kind)})
			if err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("numbers: reading stdin: %w", err)
	}
	return nil
}

// numberFlags name the unit and marker tables that replace the embedded
// ones.
type numberFlags struct {
	units, markers string
}

func (nf *numberFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&nf.units, "units", "", "unit table `FILE` replacing the built-in units.txt (see extract/numbers/units.txt)")
	fs.StringVar(&nf.markers, "markers", "", "marker table `FILE` replacing the built-in markers.txt (see extract/numbers/markers.txt)")
}

// load builds the number reader the flags describe.
func (nf *numberFlags) load() (*numbers.Reader, error) {
	if nf.units == "" && nf.markers == "" {
		return numbers.DefaultReader(), nil
	}
	opts := numbers.DefaultOptions()
	if err := readTable(nf.units, &opts.Units, numbers.ParseUnits); err != nil {
		return nil, err
	}
	if err := readTable(nf.markers, &opts.Markers, numbers.ParseMarkers); err != nil {
		return nil, err
	}
	return numbers.New(opts)
}

// readTable replaces *dst with the table in the file at path, if any.
func readTable[T any](path string, dst *[]T, parse func(io.Reader) ([]T, error)) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("numbers: %w", err)
	}
	defer f.Close()
	t, err := parse(f)
	if err != nil {
		return fmt.Errorf("numbers: %s: %w", path, err)
	}
	*dst = t
	return nil
}
