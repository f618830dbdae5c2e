// Package copies finds republished reports among the documents of a run: the
// same report on the union's own page, a county portal, an aggregator, a
// truncated app share, a traditional-character mirror or a document
// library's lightly edited copy. It is a collection stage: it sees the rows
// of every page (doc, publication date, body), never the raw pages.
//
// # Comparing bodies
//
// Bodies are compared in a normalised form made for the comparison only:
// full-width letters and digits made narrow, letters lower-cased,
// punctuation, symbols and whitespace dropped, and, through
// Sketcher.Simplify (a run passes package extract/script's table),
// traditional characters read as simplified ones. The
// normalised text is cut into overlapping shingles of six characters. A
// shingle that holds a digit weighs numberWeight times as much as one that
// does not, so that two reports written from one template (a county union's
// monthly news, a set of year-end summaries) but with other numbers stay
// apart, while a copy, which keeps the report's numbers, stays close.
//
// Two documents are copies when
//
//   - the smaller has at least minSizeRatio of the larger's shingles
//     (unweighted, so that where a copy is cut does not matter), so that a
//     short item quoted inside a longer report does not make the two one
//     report;
//   - at least minContainment of the smaller's weighted shingles are in the
//     larger: containment, not symmetric similarity, so that a copy cut
//     to 60% of the report is still a copy of it;
//   - at least minNumberShare of the smaller's distinct numbers are in the
//     larger.
//
// # Finding candidates without comparing all pairs
//
// Each document gets a MinHash signature by one-permutation hashing
// (Li, Owen and Zhang 2012): every weighted shingle's hash falls into one of
// sigBins bins by its top bits and each bin keeps its least hash, empty
// bins borrowing from the next full one to their right (rotation
// densification, Shrivastava and Li 2014). Two signatures agree in a bin
// with a probability equal to the weighted Jaccard similarity of the two
// shingle sets. Each bin keeps only its lowest 8 bits (b-bit MinHash, Li and
// König 2010), so a signature takes sigBins bytes.
//
// Locality-sensitive hashing then groups the signatures band by band:
// bandRows bins make a band's key, and documents whose key agrees in some
// band are candidates. A pair of Jaccard similarity s is a candidate with
// probability 1-(1-s^3)^42: 0.94 at s=0.4 (a copy cut to 60% with some
// edits), above 0.99 at s=0.5, and 0.001 at s=0.03, about what two unrelated
// union reports share. A candidate pair is first checked against the
// signatures (estimated containment, numbers, sizes) and then exactly,
// against both documents' shingle sets, which the Finder keeps in a scratch
// file rather than in memory, numbers first: most look-alikes that get
// that far fail on their numbers, and those are few bytes to read. Memory
// thus holds about 200 bytes a document, and the scratch file about four
// bytes a character of body.
//
// Within one band, a bucket that many documents share is a template, not a
// report: each document is compared with at most maxBucketPeers of the
// documents before it in the bucket, which keeps a crawl of a million
// look-alike pages linear.
//
// # Which copy is kept
//
// Copies found pairwise are joined into groups, but two groups join only
// when their first documents are copies too: otherwise a chain of
// look-alikes, each close to the next (a template filled in month after
// month, a few numbers changing each time), would become one report. Every
// member of a group is thus a copy of a copy of the group's first document
// at most. The kept copy of a group is
// the earliest published; on a tie, or where no member gives a date, the
// first by doc. The others' DuplicateOf is the kept copy's doc. The result
// depends only on the documents and their order, so it is the same however
// many workers extracted them and whether or not a run was resumed.
//
//	s := copies.Sketcher{Simplify: table.Simplified}
//	f, err := copies.NewFinder(scratchPath)
//	...
//	for _, d := range docs { // in input order
//		err = f.Add(d.Doc, d.Published, s.Sketch(d.Body))
//	}
//	found, err := f.Find()
//	found.DuplicateOf(3) // "" unless document 3 is a copy
package copies
