package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeRepublished writes 60 pages: 20 reports from one template, each with
// numbers of its own, then each again whole, then each cut short after a
// line of an aggregator's furniture. It returns the paths in reading order.
func writeRepublished(t *testing.T, dir string) []string {
	t.Helper()
	var paths []string
	for i := range 60 {
		r := i % 20
		body := fmt.Sprintf("第%d号通报：县总工会今年以来新建基层工会%d家，发展会员%d人，其中新就业形态劳动者%d人；"+
			"走访慰问困难职工%d户，发放慰问金%d万元；举办职业技能培训%d场次，培训职工%d人次。",
			r, 10+r, 300+7*r, 50+3*r, 100+11*r, 20+r, 5+r, 900+13*r)
		switch i / 20 {
		case 2:
			rs := []rune(body)
			body = "来源：某某新闻网 浏览次数：88\n" + string(rs[:len(rs)*7/10])
		}
		p := filepath.Join(dir, fmt.Sprintf("p%05d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		paths = append(paths, p)
	}
	return paths
}

// TestRunFindsCopies: every republished page names the first page of its
// report, whatever the workers, and a resumed run finds the same.
func TestRunFindsCopies(t *testing.T) {
	in := t.TempDir()
	paths := writeRepublished(t, in)
	check := func(t *testing.T, out string, sum Summary) {
		docs, _ := output(t, out)
		require.Len(t, docs, 60)
		for i, d := range docs {
			if i < 20 {
				assert.Nil(t, d.DuplicateOf, d.Doc)
			} else if assert.NotNil(t, d.DuplicateOf, d.Doc) {
				assert.Equal(t, paths[i%20], *d.DuplicateOf, d.Doc)
			}
		}
		assert.Equal(t, 40, sum.Copies)
	}
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			out := t.TempDir()
			sum, err := Run(context.Background(), reader(t, in), &fakeProcessor{delay: 100_000}, testOptions(out, workers))
			require.NoError(t, err)
			check(t, out, sum)
		})
	}
	t.Run("Resumed", func(t *testing.T) {
		out := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		_, err := Run(ctx, reader(t, in), &cancellingProcessor{after: 30, cancel: cancel}, testOptions(out, 2))
		require.ErrorIs(t, err, ErrInterrupted)
		opts := testOptions(out, 2)
		opts.Resume = true
		sum, err := Run(context.Background(), reader(t, in), &fakeProcessor{}, opts)
		require.NoError(t, err)
		require.NotZero(t, sum.Resumed)
		check(t, out, sum)
	})
}
