package batch

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/unionfacts/unionfacts/schema"
)

// TestSummaryCountsPagesNotAboutUnions: a page read but not about unions
// is counted and printed; a failed page is a failure, not one of them.
func TestSummaryCountsPagesNotAboutUnions(t *testing.T) {
	failed := "c.html: clean: no article text found"
	var s Summary
	s.add(schema.DocumentRow{Doc: "a.html", AboutUnions: true}, []schema.FactRow{{Metric: "members_added"}})
	s.add(schema.DocumentRow{Doc: "b.html"}, nil)
	s.add(schema.DocumentRow{Doc: "c.html", Error: &failed}, nil)
	assert.Equal(t, 1, s.NotAboutUnions)
	assert.Equal(t, 1, s.FailedDocs)
	var out bytes.Buffer
	s.Print(&out, "out")
	assert.Contains(t, out.String(), "not about unions: 1 (no facts taken from them)\n")
}
