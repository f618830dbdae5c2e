package copies

import (
	"math/bits"
	"slices"
	"unicode"
)

// The comparison's parameters; doc.go explains each.
const (
	// shingleRunes is a shingle's length in normalised characters: long
	// enough that two reports of one genre share few shingles (工会 phrases
	// run to four or five characters), short enough that an edited line
	// costs a copy few of its shingles.
	shingleRunes = 6
	// numberWeight is the weight of a shingle holding a digit.
	numberWeight = 4
	// minShingles is the fewest distinct shingles a body needs to be
	// compared at all: a caption-sized body says too little to be a copy.
	minShingles = 20
	// sigBins is the number of MinHash values in a signature, bandRows the
	// values in one LSH band; bands is how many bands the bins make.
	sigBins  = 128
	bandRows = 3
	bands    = sigBins / bandRows
)

// Sketcher computes Sketches. Its zero value compares bodies as printed.
type Sketcher struct {
	// Simplify returns text in simplified characters, rune for rune, so
	// that a traditional-character mirror compares equal to its original.
	// It is the hook for a traditional → simplified table (such as package
	// extract/script's); nil leaves characters as they are, and only
	// width, case, punctuation and whitespace are folded.
	Simplify func(string) string
}

// Sketch is what the Finder needs of one body: a pure function of the body,
// so that workers can compute it in parallel.
type Sketch struct {
	// Shingles are the body's distinct shingle hashes, in no order; a
	// shingle holding a digit has the lowest bit of its hash set. Nil for a
	// body too short to compare.
	Shingles []uint32
	// Numbers are the hashes of the body's distinct numbers (runs of
	// digits), sorted.
	Numbers []uint32
	// Signature is the body's MinHash signature (see the package doc).
	Signature [sigBins]uint8
}

// Sketch normalises body and returns its sketch.
func (s Sketcher) Sketch(body string) Sketch {
	if s.Simplify != nil {
		body = s.Simplify(body)
	}
	text := normalise(body)
	var sk Sketch
	if len(text) < shingleRunes+minShingles-1 {
		return sk
	}
	var mins [sigBins]uint64
	for i := range mins {
		mins[i] = noHash
	}
	seen := newHashSet(len(text) - shingleRunes + 1)
	shingles := make([]uint32, 0, len(text)-shingleRunes+1)
	digits := 0 // digits in the current window
	for i, r := range text {
		if isDigit(r) {
			digits++
		}
		if i >= shingleRunes && isDigit(text[i-shingleRunes]) {
			digits--
		}
		if i < shingleRunes-1 {
			continue
		}
		h := hashRunes(text[i-shingleRunes+1 : i+1])
		weight := 1
		short := uint32(h>>32) &^ 1
		if digits > 0 {
			weight = numberWeight
			short |= 1
		}
		if !seen.add(short) {
			continue // its hashes are in the bins already
		}
		shingles = append(shingles, short)
		for k := range weight {
			binMin(&mins, mix(h+uint64(k)*replicaStep))
		}
	}
	if len(shingles) < minShingles {
		return sk
	}
	sk.Shingles = slices.Clip(shingles)
	sk.Numbers = numbers(text)
	sk.Signature = densify(&mins)
	return sk
}

// normalise returns the runes the comparison reads: letters and digits,
// full-width forms made narrow and letters lower-cased; punctuation,
// symbols, marks and whitespace go.
func normalise(s string) []rune {
	out := make([]rune, 0, len(s)/3+8)
	for _, r := range s {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF: // the common Han characters, most of a body
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
			fallthrough
		default:
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// numbers returns the sorted distinct hashes of the digit runs in text.
func numbers(text []rune) []uint32 {
	var out []uint32
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		out = append(out, uint32(hashRunes(text[i:j])>>32))
		i = j
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// hashSet is a set of shingle hashes for one body: open addressing in a
// table at least twice the size of what it will hold, cheaper than a map
// or a sort for the thousand or so shingles of a report.
type hashSet struct {
	slots []uint32 // 0 is empty; hash 0 is kept as 2
	mask  uint32
}

func newHashSet(n int) hashSet {
	size := 1 << bits.Len(uint(2*n))
	return hashSet{slots: make([]uint32, size), mask: uint32(size - 1)}
}

// add adds h and says whether it was new.
func (s hashSet) add(h uint32) bool {
	if h == 0 {
		h = 2
	}
	for i := (h * 0x9e3779b1) & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = h
			return true
		case h:
			return false
		}
	}
}

// radixSort sorts a in four passes of eight bits, in linear time: the
// exact checks compare two documents' shingles as sorted sets. One pass
// over a counts all four digits.
func radixSort(a []uint32) []uint32 {
	var count [4][256]int
	for _, v := range a {
		count[0][v&0xff]++
		count[1][(v>>8)&0xff]++
		count[2][(v>>16)&0xff]++
		count[3][v>>24]++
	}
	tmp := make([]uint32, len(a))
	for pass := range count {
		c := &count[pass]
		at := 0
		for b, n := range c {
			c[b] = at
			at += n
		}
		shift := 8 * pass
		for _, v := range a {
			b := (v >> shift) & 0xff
			tmp[c[b]] = v
			c[b]++
		}
		a, tmp = tmp, a
	}
	return a
}

// noHash marks an empty bin: every hash kept in a bin is below it.
const noHash = ^uint64(0)

// binBits is log2(sigBins): a hash's top binBits bits choose its bin.
const binBits = 7

// replicaStep separates the copies of a weighted shingle before mixing.
const replicaStep = 0x9e3779b97f4a7c15

// binMin puts hash h into its bin, keeping the bin's least value.
func binMin(mins *[sigBins]uint64, h uint64) {
	bin := h >> (64 - binBits)
	if v := h & (noHash >> binBits); v < mins[bin] {
		mins[bin] = v
	}
}

// densify fills each empty bin from the first full bin to its right,
// mixed with the distance so that two documents' borrowed values agree
// only when both the source bin and the distance do, and keeps the low 8
// bits of each.
func densify(mins *[sigBins]uint64) [sigBins]uint8 {
	var sig [sigBins]uint8
	for i := range sigBins {
		for d := range sigBins {
			if v := mins[(i+d)%sigBins]; v != noHash {
				sig[i] = uint8(mix(v + uint64(d)*replicaStep))
				break
			}
		}
	}
	return sig
}

// hashRunes hashes a few runes (FNV-1a over their code points, then mixed).
func hashRunes(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return mix(h)
}

// mix is splitmix64's finaliser: it spreads every input bit over the
// output, so that bins and low bits are uniform.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
