package main

import "github.com/apache/beam/sdks/v2/go/pkg/beam"

// The run's counters, reported by the runner when the job ends; they show
// that every page is accounted for.
const metricsNamespace = "unionfacts"

var (
	documentsCounter = beam.NewCounter(metricsNamespace, "documents")
	failedCounter    = beam.NewCounter(metricsNamespace, "failed")
	factsCounter     = beam.NewCounter(metricsNamespace, "facts")
	copiesCounter    = beam.NewCounter(metricsNamespace, "copies")
	panelRowsCounter = beam.NewCounter(metricsNamespace, "panel_rows")
)

type runCounts struct{ documents, failed, facts, copies, panelRows int64 }

// counts reads the counters back from a finished job.
func counts(res beam.PipelineResult) runCounts {
	var c runCounts
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() != metricsNamespace {
			continue
		}
		switch r.Name() {
		case "documents":
			c.documents += r.Result()
		case "failed":
			c.failed += r.Result()
		case "facts":
			c.facts += r.Result()
		case "copies":
			c.copies += r.Result()
		case "panel_rows":
			c.panelRows += r.Result()
		}
	}
	return c
}
