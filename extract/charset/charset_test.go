package charset

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// gb encodes s as GB18030, the byte form of every GB-labelled page here.
func gb(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// big5Bytes encodes s as Big5, the byte form of the traditional pages here.
func big5Bytes(t *testing.T, s string) []byte {
	t.Helper()
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestDecode(t *testing.T) {
	big5 := big5Bytes(t, `<meta charset="big5"><p>工會會員</p>`)
	report := "縣總工會召開年度工作會議，總結過去一年的工作。全年新建基層工會四十八家，發展會員一千二百餘人，發放慰問金四十一萬餘元，慰問困難職工五百餘人。"
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<p>工会</p>"))
	require.NoError(t, err)
	utf16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<p>工会</p>"))
	require.NoError(t, err)

	tests := []struct {
		Name        string
		Input       []byte
		ContentType string
		Output      string
		Result      Result
	}{{
		Name:   "StaleGBMetaOnUTF8",
		Input:  []byte(`<meta charset="gb2312"><p>工会</p>`),
		Output: `<meta charset="gb2312"><p>工会</p>`,
		Result: Result{Name: "utf-8", Source: FromUTF8Check},
	}, {
		Name:   "MetaCharsetGB2312",
		Input:  append([]byte(`<meta charset="gb2312"><p>`), gb(t, "工会会员")...),
		Output: `<meta charset="gb2312"><p>工会会员`,
		Result: Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:   "HTTPEquivGBK",
		Input:  append([]byte(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK"><p>`), gb(t, "工会")...),
		Output: `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK"><p>工会`,
		Result: Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:   "FourByteCharUnderGB2312Label",
		Input:  append([]byte(`<meta charset="gb2312">`), gb(t, "𠀀㐀")...),
		Output: `<meta charset="gb2312">𠀀㐀`,
		Result: Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:        "HeaderBeatsMeta",
		Input:       append([]byte(`<meta charset="big5">`), gb(t, "工会")...),
		ContentType: `text/html; charset="GBK"`,
		Output:      `<meta charset="big5">工会`,
		Result:      Result{Name: "gb18030", Source: FromHeader},
	}, {
		Name:        "StaleUTF8HeaderSkipped",
		Input:       append([]byte(`<meta charset="cp936">`), gb(t, "工会")...),
		ContentType: "text/html; charset=utf-8",
		Output:      `<meta charset="cp936">工会`,
		Result:      Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:   "ScriptCharsetIsNotADeclaration",
		Input:  append([]byte(`<script src="a.js" charset="utf-8"></script><meta http-equiv="content-type" content="text/html;charset=x-gbk">`), gb(t, "工会")...),
		Output: `<script src="a.js" charset="utf-8"></script><meta http-equiv="content-type" content="text/html;charset=x-gbk">工会`,
		Result: Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:   "XMLDeclaration",
		Input:  append([]byte(`<?xml version="1.0" encoding="GB18030"?><p>`), gb(t, "工会")...),
		Output: `<?xml version="1.0" encoding="GB18030"?><p>工会`,
		Result: Result{Name: "gb18030", Source: FromMeta},
	}, {
		Name:   "Big5Meta",
		Input:  big5,
		Output: `<meta charset="big5"><p>工會會員</p>`,
		Result: Result{Name: "big5", Source: FromMeta},
	}, {
		Name:        "Big5Header",
		Input:       big5Bytes(t, "<p>"+report),
		ContentType: "text/html; charset=big5",
		Output:      "<p>" + report,
		Result:      Result{Name: "big5", Source: FromHeader},
	}, {
		Name:        "Big5HKSCSHeader",
		Input:       big5Bytes(t, "<p>"+report),
		ContentType: "text/html; charset=Big5-HKSCS",
		Output:      "<p>" + report,
		Result:      Result{Name: "big5", Source: FromHeader},
	}, {
		Name:   "Big5Undeclared",
		Input:  big5Bytes(t, report),
		Output: report,
		Result: Result{Name: "big5", Source: FromDetection},
	}, {
		// WHATWG's Big5 holds the HKSCS characters: 嘅 is 0x9DEF.
		Name:   "Big5HKSCSMeta",
		Input:  append(big5Bytes(t, `<meta charset="big5-hkscs"><p>工會`), 0x9D, 0xEF),
		Output: `<meta charset="big5-hkscs"><p>工會嘅`,
		Result: Result{Name: "big5", Source: FromMeta},
	}, {
		Name:   "TruncatedUTF8KeepsDeclaredUTF8",
		Input:  []byte("<meta charset=\"utf-8\"><p>全省基层工会组织达二十万家，发展会员一千万人，建会率达到百分之九十以上\xe5\xb7"),
		Output: "<meta charset=\"utf-8\"><p>全省基层工会组织达二十万家，发展会员一千万人，建会率达到百分之九十以上\uFFFD",
		Result: Result{Name: "utf-8", Source: FromMeta},
	}, {
		Name:   "UTF8BOM",
		Input:  []byte("\xef\xbb\xbf<p>工会</p>"),
		Output: "<p>工会</p>",
		Result: Result{Name: "utf-8", Source: FromBOM},
	}, {
		Name:   "UTF16LEBOM",
		Input:  utf16le,
		Output: "<p>工会</p>",
		Result: Result{Name: "utf-16le", Source: FromBOM},
	}, {
		Name:   "UTF16BEBOM",
		Input:  utf16be,
		Output: "<p>工会</p>",
		Result: Result{Name: "utf-16be", Source: FromBOM},
	}, {
		Name:   "UndecodableBytesBecomeReplacement",
		Input:  []byte("\x81\x20"),
		Output: "\uFFFD ",
		Result: Result{Name: "gb18030", Source: FromFallback},
	}, {
		Name:   "UnknownLabelFallsThrough",
		Input:  append([]byte(`<meta charset="x-unheard-of">`), gb(t, "工")...),
		Output: `<meta charset="x-unheard-of">工`,
		Result: Result{Name: "gb18030", Source: FromFallback},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			out, res := Decode(tt.Input, tt.ContentType)
			assert.Equal(t, tt.Output, out)
			assert.Equal(t, tt.Result, res)
		})
	}
}

// TestDetected checks that an undeclared GB page of some length is found by
// statistics rather than by the fallback.
func TestDetected(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "union-report-gbk.html"))
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("testdata", "union-report-utf8.html"))
	require.NoError(t, err)
	out, res := Decode(raw[len("<!DOCTYPE html>"):], "") // still declared in meta
	assert.Equal(t, FromMeta, res.Source)
	assert.Equal(t, string(want[len("<!DOCTYPE html>"):]), out)

	body := gb(t, "区总工会召开年度工作会议，总结过去一年的工作。全年新建基层工会四十八家，发展会员一千二百余人，发放慰问金四十一万余元，慰问困难职工五百余人。")
	out, res = Decode(body, "")
	assert.Equal(t, Result{Name: "gb18030", Source: FromDetection}, res)
	assert.Contains(t, out, "慰问困难职工")
}

// TestFiles decodes a GBK-labelled file and compares it with its UTF-8 twin,
// in the manner of x/text's enctest.TestFile, then decodes the twin to check
// that UTF-8 input survives its stale gbk meta tag unchanged.
func TestFiles(t *testing.T) {
	gbk, err := os.ReadFile(filepath.Join("testdata", "union-report-gbk.html"))
	require.NoError(t, err)
	twin, err := os.ReadFile(filepath.Join("testdata", "union-report-utf8.html"))
	require.NoError(t, err)

	out, res := Decode(gbk, "")
	assert.Equal(t, Result{Name: "gb18030", Source: FromMeta}, res)
	assert.Equal(t, string(twin), out)

	again, res := Decode([]byte(out), "")
	assert.Equal(t, Result{Name: "utf-8", Source: FromUTF8Check}, res)
	assert.Equal(t, out, again)
}

func TestResolve(t *testing.T) {
	tests := []struct {
		Label string
		Name  string
		OK    bool
	}{
		{"gb2312", "gb18030", true},
		{"GBK", "gb18030", true},
		{"x-gbk", "gb18030", true},
		{"gb18030", "gb18030", true},
		{"cp936", "gb18030", true},
		{"GB-18030", "gb18030", true},
		{" \"utf8\" ", "utf-8", true},
		{"Big5", "big5", true},
		{"Big5-HKSCS", "big5", true}, // WHATWG's Big5 holds the HKSCS characters
		{"x-x-big5", "big5", true},
		{"hz-gb-2312", "", false}, // WHATWG's replacement encoding
		{"", "", false},
		{"no-such-charset", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.Label, func(t *testing.T) {
			_, name, ok := resolve(tt.Label)
			assert.Equal(t, tt.OK, ok)
			assert.Equal(t, tt.Name, name)
		})
	}
}

func TestContentTypeCharset(t *testing.T) {
	tests := []struct{ In, Out string }{
		{"text/html; charset=GBK", "GBK"},
		{`text/html; Charset="gb2312"`, "gb2312"},
		{"text/html;charset = utf-8; foo=bar", "utf-8"},
		{"text/html", ""},
		{"text/html; charset", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Out, contentTypeCharset(tt.In), tt.In)
	}
}

func TestDeclaredLabels(t *testing.T) {
	tests := []struct {
		Name string
		In   string
		Out  []string
	}{
		{"MetaOrder", `<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, []string{"utf-8", "gb2312"}},
		{"XML", `<?xml version="1.0" encoding='gbk'?><html>`, []string{"gbk"}},
		{"NoPragma", `<meta name="description" content="charset=gbk">`, nil},
		{"StopsAtBody", `<head></head><body><meta charset="gbk">`, nil},
		{"ScriptAndLink", `<script charset="utf-8"></script><link charset="gbk">`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Out, declaredLabels([]byte(tt.In)))
		})
	}
}

func TestLooksUTF8(t *testing.T) {
	assert.True(t, looksUTF8([]byte("工会会员\xe5")))
	assert.False(t, looksUTF8(gb(t, "工会会员")))
	assert.False(t, looksUTF8([]byte("ascii only")))
}

// FuzzDecode checks the lossy-decoding contract: any bytes give valid
// UTF-8 and a named result. Run: go test -fuzz FuzzDecode ./extract/charset
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`<meta charset="gbk">`+"\xb9\xa4\xbb\xe1"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00"), "text/html; charset=utf-16")
	f.Add([]byte("\x81\x20\xe5"), "text/html; charset=utf-8")
	f.Fuzz(func(t *testing.T, raw []byte, contentType string) {
		out, res := Decode(raw, contentType)
		if !utf8.ValidString(out) || res.Name == "" || res.Source == "" {
			t.Fatalf("Decode(%q, %q) = %q, %+v", raw, contentType, out, res)
		}
	})
}
