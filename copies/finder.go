package copies

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"os"
	"slices"
)

// The thresholds two documents must pass to be copies (see the package
// doc), and the bound on comparisons within one LSH bucket.
const (
	minSizeRatio   = 0.45
	minContainment = 0.6
	minNumberShare = 0.75
	maxBucketPeers = 32
	// estimateSlack is how far below minContainment the signatures'
	// estimate may fall and the pair still be checked exactly: 128 bins
	// estimate a Jaccard similarity to within about ±0.05.
	estimateSlack = 0.15
)

// noDate sorts a document without a publication date after every dated one.
const noDate = math.MaxInt32

// Finder collects the sketches of a run's documents, in input order, and
// then finds the copies among them. It holds a signature and a few counts
// per document in memory, and the shingles, numbers and doc names in a
// scratch file. A Finder is used from one goroutine.
type Finder struct {
	scratch *os.File
	w       *bufio.Writer
	size    int64 // bytes written to scratch
	docs    []entry
	buf     []byte // record buffers for exact checks
	a, b    record
}

// entry is what memory holds of one document.
type entry struct {
	off       int64  // its record in the scratch file
	published int32  // days since 1970-01-01, or noDate
	weight    uint32 // weighted distinct shingles; 0: not compared
	nameLen   uint32
	nShingles uint32
	nNumbers  uint32
	numbers   [2]uint64 // a one-bit-per-number mask of its numbers
	sig       [sigBins]uint8
}

// record is what the exact checks read back of a document from the
// scratch file, where each document's doc, numbers and shingles follow
// each other.
type record struct {
	numbers, shingles []uint32
}

// NewFinder starts a Finder whose scratch file is path; Close removes it.
func NewFinder(path string) (*Finder, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("copies: %w", err)
	}
	return &Finder{scratch: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// Add adds the next document in input order: its doc, its publication date
// in days since 1970-01-01 (nil if none) and the sketch of its body. A
// document that must not be compared (one that failed) is added with an
// empty Sketch, so that the indexes stay those of the input.
func (f *Finder) Add(doc string, published *int32, s Sketch) error {
	e := entry{off: f.size, published: noDate, nameLen: uint32(len(doc)),
		nShingles: uint32(len(s.Shingles)), nNumbers: uint32(len(s.Numbers)), sig: s.Signature}
	if published != nil {
		e.published = *published
	}
	for _, h := range s.Shingles {
		e.weight += shingleWeight(h)
	}
	for _, h := range s.Numbers {
		e.numbers[h/64%2] |= 1 << (h % 64)
	}
	_, err := f.w.WriteString(doc)
	var word [4]byte
	for _, list := range [][]uint32{s.Numbers, s.Shingles} {
		for _, h := range list {
			if err == nil {
				binary.LittleEndian.PutUint32(word[:], h)
				_, err = f.w.Write(word[:])
			}
		}
	}
	f.size += int64(len(doc)) + 4*int64(len(s.Shingles)+len(s.Numbers))
	if err != nil {
		return fmt.Errorf("copies: writing scratch file: %w", err)
	}
	f.docs = append(f.docs, e)
	return nil
}

func shingleWeight(h uint32) uint32 {
	if h&1 == 1 {
		return numberWeight
	}
	return 1
}

// Close removes the scratch file.
func (f *Finder) Close() error {
	f.scratch.Close()
	if err := os.Remove(f.scratch.Name()); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("copies: %w", err)
	}
	return nil
}

// Found says which documents are copies, by their index in input order.
type Found struct {
	of   []int32          // the kept copy's index, or -1
	kept map[int32]string // the kept copies' docs
	// Copies counts the documents that are copies of another (the kept
	// copies not included).
	Copies int
}

// DuplicateOf returns the doc of the kept copy of document i, or "" when
// document i is a kept copy or printed once.
func (r Found) DuplicateOf(i int) string {
	if i >= len(r.of) || r.of[i] < 0 {
		return ""
	}
	return r.kept[r.of[i]]
}

// Find compares the documents added so far and returns the copies.
func (f *Finder) Find() (Found, error) {
	if err := f.w.Flush(); err != nil {
		return Found{}, fmt.Errorf("copies: writing scratch file: %w", err)
	}
	groups := newUnionFind(len(f.docs))
	var keys []uint64
	for band := range bands {
		keys = f.bandKeys(band, keys[:0])
		for start := 0; start < len(keys); {
			end := start + 1
			for end < len(keys) && keys[end]>>32 == keys[start]>>32 {
				end++
			}
			if err := f.compareBucket(keys[start:end], groups); err != nil {
				return Found{}, err
			}
			start = end
		}
	}
	return f.keep(groups)
}

// bandKeys returns, sorted, each compared document's key in band: the
// band's signature bytes above its index.
func (f *Finder) bandKeys(band int, keys []uint64) []uint64 {
	for i := range f.docs {
		e := &f.docs[i]
		if e.weight == 0 {
			continue
		}
		var key uint64
		for _, v := range e.sig[band*bandRows : (band+1)*bandRows] {
			key = key<<8 | uint64(v)
		}
		keys = append(keys, key<<32|uint64(i))
	}
	slices.Sort(keys)
	return keys
}

// compareBucket compares each document of one bucket, in input order, with
// the documents before it in the bucket, at most maxBucketPeers of them,
// skipping those already known to be the same report.
func (f *Finder) compareBucket(bucket []uint64, groups unionFind) error {
	for p := 1; p < len(bucket); p++ {
		i := int32(bucket[p])
		for q := p - 1; q >= max(0, p-maxBucketPeers); q-- {
			if err := f.join(groups, int32(bucket[q]), i); err != nil {
				return err
			}
		}
	}
	return nil
}

// join puts documents i and j in one group if they are copies and the
// first documents of their groups are copies too. Without the second check
// a chain of look-alikes, each close to the next (a template filled in
// month after month, one number changing at a time), would become one
// report; with it, every member of a group is a copy of a copy of the
// group's first document at most.
func (f *Finder) join(groups unionFind, i, j int32) error {
	ri, rj := groups.find(i), groups.find(j)
	if ri == rj {
		return nil
	}
	same, err := f.same(i, j)
	if err != nil || !same {
		return err
	}
	if fi, fj := groups.first[ri], groups.first[rj]; fi != i || fj != j {
		if same, err = f.same(fi, fj); err != nil || !same {
			return err
		}
	}
	groups.union(i, j)
	return nil
}

// same says whether documents i and j are copies: first by what memory
// holds, then by their numbers, then by their shingles, each read from the
// scratch file only when the cheaper checks have passed.
func (f *Finder) same(i, j int32) (bool, error) {
	small, large := &f.docs[i], &f.docs[j]
	if large.weight < small.weight {
		small, large = large, small
	}
	// Sizes compare in shingles, unweighted: a copy cut where the report
	// holds few numbers is no smaller for it.
	if float64(min(small.nShingles, large.nShingles)) < minSizeRatio*float64(max(small.nShingles, large.nShingles)) {
		return false, nil
	}
	// Numbers whose bit the larger lacks are certainly missing from it.
	missing := bits.OnesCount64(small.numbers[0]&^large.numbers[0]) + bits.OnesCount64(small.numbers[1]&^large.numbers[1])
	if !enoughNumbers(int(small.nNumbers)-missing, int(small.nNumbers)) {
		return false, nil
	}
	if estimateContainment(small, large) < minContainment-estimateSlack {
		return false, nil
	}
	if err := f.read(small, &f.a, false); err != nil {
		return false, err
	}
	if err := f.read(large, &f.b, false); err != nil {
		return false, err
	}
	if !enoughNumbers(int(sharedWeight(f.a.numbers, f.b.numbers, one)), len(f.a.numbers)) {
		return false, nil
	}
	if err := f.read(small, &f.a, true); err != nil {
		return false, err
	}
	if err := f.read(large, &f.b, true); err != nil {
		return false, err
	}
	return float64(sharedWeight(f.a.shingles, f.b.shingles, shingleWeight)) >= minContainment*float64(small.weight), nil
}

// enoughNumbers says whether shared of the smaller document's n numbers
// are enough for a copy.
func enoughNumbers(shared, n int) bool { return float64(shared) >= minNumberShare*float64(n) }

// estimateContainment estimates the share of small's weighted shingles in
// large from their signatures: the share of agreeing bins estimates the
// Jaccard similarity J (corrected for the 1 in 256 chance that two 8-bit
// values agree by accident), and |S∩L| = J(|S|+|L|)/(1+J).
func estimateContainment(small, large *entry) float64 {
	agree := 0
	for k := range sigBins {
		if small.sig[k] == large.sig[k] {
			agree++
		}
	}
	const chance = 1.0 / 256
	j := max(0, (float64(agree)/sigBins-chance)/(1-chance))
	return j * float64(small.weight+large.weight) / ((1 + j) * float64(small.weight))
}

// read loads e's numbers from the scratch file into r, and with shingles
// its shingles too.
func (f *Finder) read(e *entry, r *record, shingles bool) error {
	n := 4 * int(e.nNumbers)
	if shingles {
		n += 4 * int(e.nShingles)
	}
	f.buf = slices.Grow(f.buf[:0], n)[:n]
	if _, err := f.scratch.ReadAt(f.buf, e.off+int64(e.nameLen)); err != nil {
		return fmt.Errorf("copies: reading scratch file: %w", err)
	}
	r.numbers = decode(r.numbers[:0], f.buf[:4*e.nNumbers])
	r.shingles = radixSort(decode(r.shingles[:0], f.buf[4*e.nNumbers:]))
	return nil
}

func decode(dst []uint32, b []byte) []uint32 {
	for ; len(b) >= 4; b = b[4:] {
		dst = append(dst, binary.LittleEndian.Uint32(b))
	}
	return dst
}

// sharedWeight returns the weight of the values two sorted sets share.
func sharedWeight(a, b []uint32, weight func(uint32) uint32) uint32 {
	var w uint32
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			w += weight(a[0])
			a, b = a[1:], b[1:]
		}
	}
	return w
}

// one weighs every number alike.
func one(uint32) uint32 { return 1 }

// keep chooses each group's kept copy: the earliest published, then the
// first by doc.
func (f *Finder) keep(groups unionFind) (Found, error) {
	found := Found{of: make([]int32, len(f.docs)), kept: map[int32]string{}}
	best := map[int32]int32{} // group root → its kept member so far
	for i := range f.docs {
		found.of[i] = -1
		root := groups.find(int32(i))
		if groups.size[root] < 2 {
			continue
		}
		b, ok := best[root]
		if !ok {
			best[root] = int32(i)
			continue
		}
		earlier, err := f.before(int32(i), b)
		if err != nil {
			return Found{}, err
		}
		if earlier {
			best[root] = int32(i)
		}
	}
	for _, b := range best {
		name, err := f.name(b)
		if err != nil {
			return Found{}, err
		}
		found.kept[b] = name
	}
	for i := range f.docs {
		root := groups.find(int32(i))
		if b, ok := best[root]; ok && b != int32(i) {
			found.of[i] = b
			found.Copies++
		}
	}
	return found, nil
}

// before says whether document i is kept over document j.
func (f *Finder) before(i, j int32) (bool, error) {
	if pi, pj := f.docs[i].published, f.docs[j].published; pi != pj {
		return pi < pj, nil
	}
	ni, err := f.name(i)
	if err != nil {
		return false, err
	}
	nj, err := f.name(j)
	if err != nil {
		return false, err
	}
	return ni < nj, nil
}

func (f *Finder) name(i int32) (string, error) {
	e := &f.docs[i]
	b := make([]byte, e.nameLen)
	if _, err := f.scratch.ReadAt(b, e.off); err != nil {
		return "", fmt.Errorf("copies: reading scratch file: %w", err)
	}
	return string(b), nil
}
