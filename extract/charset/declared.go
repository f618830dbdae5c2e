package charset

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHeadScan bounds the bytes searched for declarations when a page has no
// </head>: archive wrappers push the real meta tag past the 1024 bytes
// WHATWG prescans, but a declaration deep in the body is not the page's.
const maxHeadScan = 64 << 10

// contentTypeCharset returns the charset parameter of a Content-Type value
// ("text/html; charset=GBK" → "GBK"), or "".
func contentTypeCharset(v string) string {
	i := indexFoldASCII(v, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(v[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), "\"'")
	if j := strings.IndexAny(rest, "\"'; \t,"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// indexFoldASCII is strings.Index ignoring ASCII case. Lower-casing the
// whole value instead would shift byte offsets wherever it holds invalid
// UTF-8 or letters whose lower case is longer.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// declaredLabels returns, in document order, the charset labels the page's
// head declares: <meta charset>, <meta http-equiv content>, and the XML
// declaration's encoding. Script and link charset attributes describe other
// resources and are not included.
func declaredLabels(raw []byte) []string {
	var labels []string
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), maxHeadScan)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return labels
		case html.CommentToken:
			// The tokenizer reads <?xml ...?> as a bogus comment.
			if d := string(z.Text()); strings.HasPrefix(d, "?xml") {
				labels = appendNonEmpty(labels, xmlEncoding(d))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return labels
			case atom.Meta:
				if hasAttr {
					labels = appendNonEmpty(labels, metaLabel(z))
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return labels
			}
		}
	}
}

// metaLabel reads the charset a <meta> tag declares, if any.
func metaLabel(z *html.Tokenizer) string {
	var charset, content string
	var httpEquiv bool
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "charset":
			charset = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		}
		if !more {
			break
		}
	}
	if charset != "" {
		return charset
	}
	if httpEquiv {
		return contentTypeCharset(content)
	}
	return ""
}

// xmlEncoding reads encoding="..." from an XML declaration's text.
func xmlEncoding(decl string) string {
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	if j := strings.IndexByte(rest[1:], rest[0]); j >= 0 {
		return rest[1 : j+1]
	}
	return ""
}

func appendNonEmpty(s []string, v string) []string {
	if v = strings.TrimSpace(v); v != "" {
		return append(s, v)
	}
	return s
}
