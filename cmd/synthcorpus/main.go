// Command synthcorpus writes a corpus of synthetic union reports, for
// measuring a run's throughput and memory on more documents than the
// benchmark uses:
//
//	go run ./cmd/synthcorpus -n 100000 /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/unionfacts/unionfacts/corpus/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of documents")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: synthcorpus [-n N] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	bytes, err := synth.WriteCorpus(flag.Arg(0), *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthcorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d documents, %d bytes, into %s\n", *n, bytes, flag.Arg(0))
}
