package copies

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 17, 1000} {
		a := make([]uint32, n)
		for i := range a {
			a[i] = r.Uint32()
			if i%5 == 0 {
				a[i] &= 0xff // small values and repeats too
			}
		}
		want := slices.Sorted(slices.Values(a))
		assert.True(t, slices.Equal(want, radixSort(a)), n)
	}
}

func TestNormalise(t *testing.T) {
	assert.Equal(t, "县总工会发展会员1100余人abc", string(normalise("县总工会，发展 会员\n１１００余人。ＡＢｃ——“”")))
}
