package schema

import (
	"path/filepath"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/stretchr/testify/assert"
)

// The Arrow types our columns must arrive as. pyarrow and polars build on
// Arrow, so these are the types a notebook sees.
var (
	utf8T    = arrow.BinaryTypes.String
	listOfT  = arrow.ListOfField(arrow.Field{Name: "element", Type: utf8T})
	date32T  = arrow.FixedWidthTypes.Date32
	int32T   = arrow.PrimitiveTypes.Int32
	float64T = arrow.PrimitiveTypes.Float64
	boolT    = arrow.FixedWidthTypes.Boolean
)

func TestRoundTripDocuments(t *testing.T) {
	dir := writeAll(t, roundTripDocs(), documentGroups, factGroups)
	tbl := readTable(t, filepath.Join(dir, DocumentsFile))
	assertColumns(t, tbl.Schema(), []arrow.Field{
		{Name: "doc", Type: utf8T},
		{Name: "title", Type: utf8T, Nullable: true},
		{Name: "published", Type: date32T, Nullable: true},
		{Name: "source", Type: utf8T, Nullable: true},
		{Name: "authors", Type: listOfT},
		{Name: "region_name", Type: utf8T, Nullable: true},
		{Name: "region_code", Type: utf8T, Nullable: true},
		{Name: "body", Type: utf8T},
		{Name: "keywords", Type: listOfT},
		{Name: "body_length", Type: int32T},
		{Name: "relevance", Type: float64T},
		{Name: "about_unions", Type: boolT},
		{Name: "error", Type: utf8T, Nullable: true},
		{Name: "input", Type: utf8T},
		{Name: "content_hash", Type: utf8T},
		{Name: "charset", Type: utf8T},
		{Name: "charset_source", Type: utf8T},
		{Name: "script", Type: utf8T},
		{Name: "duplicate_of", Type: utf8T, Nullable: true},
	})
	assert.Equal(t, []map[string]any{{
		"doc": "a.html", "title": "区总工会工作报告", "published": "2023-06-07", "source": "中工网",
		"authors": []string{"周明远", "陈雪梅"}, "region_name": "安徽省铜陵市义安区", "region_code": "340706",
		"body": "全区发展会员652人，新建基层工会3至5个。", "keywords": []string{"工会"}, "body_length": int32(22),
		"relevance": 0.75, "about_unions": true,
		"error": nil, "input": "in/a.html", "content_hash": "c0ffee", "charset": "gbk", "charset_source": "meta",
		"script":       "hans",
		"duplicate_of": nil,
	}, {
		"doc": "b.html", "title": nil, "published": nil, "source": nil,
		"authors": []string{}, "region_name": nil, "region_code": nil,
		"body": "", "keywords": []string{}, "body_length": int32(0),
		"relevance": 0.0, "about_unions": false,
		"error": "b.html: decode: empty page", "input": "in/b.html", "content_hash": "deadbeef",
		"charset": "utf-8", "charset_source": "sniff", "script": "", "duplicate_of": nil,
	}}, tableRows(t, tbl))
}

func TestRoundTripFacts(t *testing.T) {
	dir := writeAll(t, roundTripDocs(), documentGroups, factGroups)
	tbl := readTable(t, filepath.Join(dir, FactsFile))
	assertColumns(t, tbl.Schema(), []arrow.Field{
		{Name: "doc", Type: utf8T},
		{Name: "fact_no", Type: int32T},
		{Name: "metric", Type: utf8T},
		{Name: "value", Type: float64T},
		{Name: "value_max", Type: float64T, Nullable: true},
		{Name: "unit", Type: utf8T},
		{Name: "approx", Type: utf8T},
		{Name: "evidence", Type: utf8T},
		{Name: "evidence_start", Type: int32T},
		{Name: "evidence_end", Type: int32T},
		{Name: "sentence", Type: utf8T},
		{Name: "trigger", Type: utf8T},
		{Name: "noun", Type: utf8T},
		{Name: "rule", Type: utf8T},
		{Name: "region_name", Type: utf8T, Nullable: true},
		{Name: "region_code", Type: utf8T, Nullable: true},
		{Name: "part_of", Type: int32T, Nullable: true},
		{Name: "period_start", Type: date32T, Nullable: true},
		{Name: "period_end", Type: date32T, Nullable: true},
		{Name: "period_text", Type: utf8T, Nullable: true},
	})
	assert.Equal(t, []map[string]any{{
		"doc": "a.html", "fact_no": int32(1), "metric": "members_added", "value": 652.0, "value_max": nil, "unit": "人", "approx": "",
		"evidence": "652人", "evidence_start": int32(6), "evidence_end": int32(10), "sentence": "全区发展会员652人，",
		"trigger": "发展", "noun": "会员", "rule": "members_added/develop", "region_name": nil, "region_code": nil,
		"part_of": nil, "period_start": "2023-01-01", "period_end": "2023-06-07", "period_text": "title:2023年",
	}, {
		"doc": "a.html", "fact_no": int32(2), "metric": "unions_formed", "value": 3.0, "value_max": 5.0, "unit": "个", "approx": "range",
		"evidence": "3至5个", "evidence_start": int32(17), "evidence_end": int32(21), "sentence": "新建基层工会3至5个。",
		"trigger": "新建", "noun": "工会", "rule": "unions_formed/new",
		"region_name": "安徽省铜陵市枞阳县", "region_code": "340722",
		"part_of": int32(1), "period_start": nil, "period_end": nil, "period_text": nil,
	}}, tableRows(t, tbl))
}
