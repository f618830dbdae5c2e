package batch

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus/synth"
)

// benchDocs is the corpus size of BenchmarkRun: enough documents that
// start-up and the final copy do not dominate.
const benchDocs = 10_000

// BenchmarkRun measures whole runs of the real pipeline over a synthetic
// corpus: documents/s, MB/s of input, and the peak Go heap seen while
// running (sampled). One iteration takes tens of seconds, so the default
// -benchtime runs it once. For resident memory at 10× the size, see the
// bench-batch make target.
func BenchmarkRun(b *testing.B) {
	in := b.TempDir()
	size, err := synth.WriteCorpus(in, benchDocs)
	require.NoError(b, err)
	p := newPipeline(b)
	b.SetBytes(size)
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		opts := testOptions(b.TempDir(), runtime.NumCPU())
		opts.ChunkDocs = DefaultOptions(1).ChunkDocs
		stop := samplePeakHeap(&peak)
		sum, err := Run(context.Background(), reader(b, in), p, opts)
		stop()
		require.NoError(b, err)
		require.Equal(b, benchDocs, sum.Docs)
	}
	b.ReportMetric(float64(b.N*benchDocs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// samplePeakHeap records the largest heap in use, every 20 ms, until stop.
func samplePeakHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-tick.C:
			case <-done:
				return
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}
