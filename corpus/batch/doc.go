// Package batch runs the extraction pipeline over a whole crawl: it reads
// pages from a corpus.Reader, extracts them on several workers and writes
// documents.parquet and facts.parquet, in input order, so that the same
// input always gives the same rows however many workers ran. Once every
// page is journalled it runs the collection stages on the rows: package
// copies sets duplicate_of (each worker sketches its page's body, the
// journal feeds the sketches to a copies.Finder in input order, a resume
// feeds it the journalled documents again), and package panel adds the
// rows up into panel.parquet as they are copied into the final files.
//
// It sits above package rows, which turns one page into its rows (the
// per-document step it shares with the Beam runner, cmd/unionfacts-beam),
// and beside package schema, which writes rows; it is neither a stage nor a
// file format, hence a package of its own rather than extract/batch.
//
//	sum, err := batch.Run(ctx, reader, pipeline, batch.Options{Out: "out", ...})
//
// # Flow and memory
//
// One goroutine reads pages, Options.Workers goroutines extract them, and
// the caller's goroutine writes rows in input order. A fixed number of
// slots (a few per worker) bounds the pages between reader and writer, so
// memory stays flat however large the crawl: at most that many pages, each
// under the reader's size limit, plus one journal chunk.
//
// # Crash safety and resume
//
// Rows do not go straight to the output files. The writer appends them to a
// journal in Out/.partial/: a series of chunks, each a small pair of Parquet
// files written by schema.Writer, which makes a chunk appear whole (written,
// fsynced, renamed) or not at all. A chunk closes after Options.ChunkDocs
// documents or Options.ChunkAge, whichever comes first. Because the writer
// works in input order, the finished chunks always hold a prefix of the
// input, and nothing else need be recorded: a chunk is done when its
// documents.parquet exists.
//
// Once every page is journalled, the chunks are copied in order into the
// final files (again through schema.Writer, so they appear whole or not at
// all) and .partial is removed. A run killed at any moment, even by SIGKILL,
// leaves the previous final files untouched and the journal holding every
// chunk it closed. Run with Options.Resume then rereads the inputs, checks
// that their first documents are the journalled ones, skips them without
// extracting them again, and carries on; since the final files are always
// built from the chunks, a resumed run writes the same rows as an
// uninterrupted one. Cancelling the context (SIGINT, SIGTERM) stops the
// pages in flight (the stages check the context), journals those finished
// before the first one cut short, and closes the open chunk before Run
// returns, so nothing done is lost and nothing half done is kept.
//
// # A page that takes too long
//
// Each page is extracted under Options.PageTimeout. A page over it becomes
// a row whose error names its stage and "context deadline exceeded", and
// the run goes on: one pathological page must not hold up a night's crawl.
//
// The journal records a fingerprint of Options.Meta (tool version, rules,
// inputs); a resume against another fingerprint, or inputs whose documents
// differ from the journal's, is refused rather than mixing two runs' rows.
package batch
