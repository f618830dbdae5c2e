// Package schema defines the Parquet files a run writes, and writes them
// so that notebooks (DuckDB, polars, pandas/pyarrow) load them without
// surprises: text arrives as strings, not bytes; dates as DATE; lists as
// lists of strings that are empty, never null.
//
// documents.parquet has one row per input page (DocumentRow) and
// facts.parquet one row per fact (FactRow); they join on doc.
// panel.parquet (PanelRow) is the county-year panel package panel adds up
// from them; its facts column names facts as doc#fact_no. All carry
// key/value metadata (see Metadata) naming the schema version, the tool
// version, the rules' hash, the run's arguments and a run id shared by the
// pair.
//
// A Writer makes the pair appear whole or not at all:
//
//	w, err := schema.Create("out", schema.RunMetadata(version, rules.Hash(), args))
//	if err != nil {
//		return err
//	}
//	defer w.Abort() // a no-op once Close has succeeded
//	for _, d := range docs {
//		if err := w.Write(d); err != nil {
//			return err
//		}
//	}
//	return w.Close()
//
// Whatever happens, a documents.parquet in the folder sits beside the
// facts.parquet and panel.parquet of its own run: Close retires the old
// documents.parquet first, then moves facts.parquet in, then the panel
// (when WritePanel gave one), then documents.parquet. A reader that
// wants to be certain compares the two files' unionfacts.run_id.
package schema
