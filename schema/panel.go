package schema

// PanelFile is the file of the county-year panel, beside the other two.
const PanelFile = "panel.parquet"

// PanelRow is one row of panel.parquet: one metric of one division in one
// calendar year, added up from the facts by package panel's rules.
type PanelRow struct {
	// RegionCode and RegionName are the division: a fact's own region
	// where it has one, else its document's.
	RegionCode string `parquet:"region_code,dict"`
	RegionName string `parquet:"region_name,dict"`
	Year       int32  `parquet:"year"`
	Metric     string `parquet:"metric,dict"`
	// Unit is the counting word the value counts in; a metric counted in
	// several (人 and 人次) has a row for each.
	Unit  string  `parquet:"unit,dict"`
	Value float64 `parquet:"value"`
	// NFacts and NDocs count the facts the value comes from and their
	// documents; Facts names those facts as doc#fact_no, so that every
	// cell can be traced to its sentences.
	NFacts int32    `parquet:"n_facts"`
	NDocs  int32    `parquet:"n_docs"`
	Facts  []string `parquet:"facts,list"`
}

// panelGroups bounds the panel's row groups; a row is small.
var panelGroups = groupLimit{rows: 100_000, bytes: 64 << 20}

func panelBytes(r *PanelRow) int {
	n := len(r.RegionName)
	for _, f := range r.Facts {
		n += len(f)
	}
	return n
}
