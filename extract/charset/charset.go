package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Source says where the chosen charset came from.
type Source string

// Where a charset decision can come from, in the order they are tried.
const (
	FromBOM       Source = "bom"        // a byte-order mark
	FromUTF8Check Source = "utf8-valid" // the bytes are valid UTF-8
	FromHeader    Source = "header"     // the HTTP Content-Type header
	FromMeta      Source = "meta"       // a declaration in the page's head
	FromDetection Source = "detected"   // statistical detection
	FromFallback  Source = "fallback"   // nothing else decided; GB18030
)

// Result records the decision, so that every document row can say how it
// was read.
type Result struct {
	Name   string // the encoding used, e.g. "utf-8", "gb18030"
	Source Source
}

// Decode turns raw page bytes into text, following the package policy.
// contentType is the HTTP Content-Type header, or "" when there was none.
// Bytes that cannot be decoded become U+FFFD; decoding never fails a
// document.
func Decode(raw []byte, contentType string) (string, Result) {
	enc, res := choose(raw, contentType)
	return decodeWith(enc, raw), res
}

// choose applies the policy and returns the encoding to decode with.
func choose(raw []byte, contentType string) (encoding.Encoding, Result) {
	if enc, name, ok := fromBOM(raw); ok {
		return enc, Result{Name: name, Source: FromBOM}
	}
	if utf8.Valid(raw) {
		return unicode.UTF8, Result{Name: "utf-8", Source: FromUTF8Check}
	}
	if enc, name, ok := usable(contentTypeCharset(contentType), raw); ok {
		return enc, Result{Name: name, Source: FromHeader}
	}
	for _, label := range declaredLabels(raw) {
		if enc, name, ok := usable(label, raw); ok {
			return enc, Result{Name: name, Source: FromMeta}
		}
	}
	if enc, name, ok := detect(raw); ok {
		return enc, Result{Name: name, Source: FromDetection}
	}
	enc, name, _ := resolve("gb18030")
	return enc, Result{Name: name, Source: FromFallback}
}

// usable resolves a label declared for raw, refusing UTF-8 for bytes that
// are not mostly UTF-8 (the declaration is then stale) and UTF-16, which an
// ASCII-compatible declaration cannot truthfully name (WHATWG does the same).
func usable(label string, raw []byte) (encoding.Encoding, string, bool) {
	enc, name, ok := resolve(label)
	switch {
	case !ok, strings.HasPrefix(name, "utf-16"):
		return nil, "", false
	case name == "utf-8" && !looksUTF8(raw):
		return nil, "", false
	}
	return enc, name, true
}

// fromBOM recognizes a leading byte-order mark.
func fromBOM(raw []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8", true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	}
	return nil, "", false
}

// decodeWith decodes raw, replacing what enc cannot read with U+FFFD. The
// x/text decoders already substitute U+FFFD for bad input; the final
// ToValidUTF8 guards the output contract should one of them stop early.
func decodeWith(enc encoding.Encoding, raw []byte) string {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	return strings.ToValidUTF8(strings.TrimPrefix(string(out), "\uFEFF"), "\uFFFD")
}
