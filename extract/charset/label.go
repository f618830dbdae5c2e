package charset

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// aliases spells labels that pages and detectors use but the WHATWG table
// (htmlindex) does not list.
var aliases = map[string]string{
	"cp936":       "gbk",
	"ms936":       "gbk",
	"windows-936": "gbk",
	"gb-18030":    "gb18030", // chardet's name
}

// resolve maps a charset label to an encoding and its canonical name, using
// the WHATWG label table (htmlindex). Every label of the GB family resolves
// to GB18030, which reads everything GBK and GB2312 pages contain.
func resolve(label string) (encoding.Encoding, string, bool) {
	label = strings.ToLower(strings.Trim(label, " \t\r\n\"'"))
	if a, ok := aliases[label]; ok {
		label = a
	}
	if label == "" {
		return nil, "", false
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", false
	}
	if enc == simplifiedchinese.GBK || enc == simplifiedchinese.GB18030 {
		return simplifiedchinese.GB18030, "gb18030", true
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" {
		return nil, "", false
	}
	return enc, name, true
}
