package region_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/region"
)

// TestInventedReports runs Document on short reports written for this
// test (testdata/invented.json), each posing one of the hard cases of a
// real report: a chain of names in the lead, a prefecture listing its
// counties, a shared district name, a former name, a redacted name.
func TestInventedReports(t *testing.T) {
	raw, err := os.ReadFile("testdata/invented.json")
	require.NoError(t, err)
	var reports []struct{ Name, Title, Body, Source, Code string }
	require.NoError(t, json.Unmarshal(raw, &reports))
	require.NotEmpty(t, reports)
	r, err := region.NewResolver()
	require.NoError(t, err)
	for _, rep := range reports {
		t.Run(rep.Name, func(t *testing.T) {
			assertCode(t, rep.Code, r.Document(rep.Title, rep.Body, rep.Source))
		})
	}
}
