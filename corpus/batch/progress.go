package batch

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/term"
)

// Progress shows how a run is going: on a terminal, one line redrawn in
// place several times a second; otherwise (a log file, a CI job) a plain
// line every few seconds, which stays readable when captured.
type Progress struct {
	w     io.Writer
	tty   bool
	every time.Duration
}

// NewProgress writes progress to w, redrawing in place only when w is a
// terminal.
func NewProgress(w io.Writer) *Progress {
	f, ok := w.(*os.File)
	if ok && term.IsTerminal(int(f.Fd())) {
		return &Progress{w: w, tty: true, every: 200 * time.Millisecond}
	}
	return &Progress{w: w, every: 10 * time.Second}
}

// Stats are a run's counts so far.
type Stats struct {
	Docs, Facts, Failed int // written by this run, not counting resumed ones
	Resumed             int
	// Bytes is how much input this run has read, TotalBytes how much there
	// is (0 while unknown); both as stored on disk.
	Bytes, TotalBytes int64
	Elapsed           time.Duration
}

// String renders the counts, with rates and an estimate of the time left
// when the total input size is known.
func (s Stats) String() string {
	secs := max(s.Elapsed.Seconds(), 1e-3)
	line := fmt.Sprintf("%d docs (%d failed) · %d facts · %.1f docs/s · %.2f MB/s",
		s.Resumed+s.Docs, s.Failed, s.Facts, float64(s.Docs)/secs, float64(s.Bytes)/secs/1e6)
	if s.TotalBytes > 0 && s.Bytes > 0 {
		left := time.Duration(float64(max(s.TotalBytes-s.Bytes, 0)) / float64(s.Bytes) * float64(s.Elapsed))
		line += fmt.Sprintf(" · %s · ETA %s", bar(float64(s.Bytes)/float64(s.TotalBytes)), left.Round(time.Second))
	}
	return line
}

// bar draws a fraction done as a 20-cell bar with its percentage.
func bar(done float64) string {
	done = min(max(done, 0), 1)
	full := int(done * 20)
	return fmt.Sprintf("[%s%s] %3.0f%%", strings.Repeat("#", full), strings.Repeat(".", 20-full), done*100)
}

func (p *Progress) show(s Stats, final bool) {
	switch {
	case p.tty && final:
		fmt.Fprintf(p.w, "\r\033[K%s\n", s)
	case p.tty:
		fmt.Fprintf(p.w, "\r\033[K%s", s)
	default:
		fmt.Fprintf(p.w, "progress: %s\n", s)
	}
}

// counters are the live counts the writer updates and the display reads.
type counters struct {
	docs, facts, failed atomic.Int64
}

func (c *counters) stats(start time.Time, resumed int) Stats {
	return Stats{
		Docs: int(c.docs.Load()), Facts: int(c.facts.Load()), Failed: int(c.failed.Load()),
		Resumed: resumed, Elapsed: time.Since(start),
	}
}

// showProgress starts the progress display, if any; the returned function
// draws the last state and stops it.
func showProgress(opts Options, src Source, c *counters, resumed int) (stop func()) {
	if opts.Progress == nil {
		return func() {}
	}
	start := time.Now()
	bytesRead := func() int64 { return 0 }
	if m, ok := src.(interface{ BytesRead() int64 }); ok {
		base := m.BytesRead()
		bytesRead = func() int64 { return m.BytesRead() - base }
	}
	var total atomic.Int64
	if opts.Size != nil {
		go func() {
			if n, err := opts.Size(); err == nil {
				total.Store(n)
			}
		}()
	}
	stats := func() Stats {
		s := c.stats(start, resumed)
		s.Bytes, s.TotalBytes = bytesRead(), total.Load()
		return s
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(opts.Progress.every)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				opts.Progress.show(stats(), false)
			case <-done:
				opts.Progress.show(stats(), true)
				return
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
