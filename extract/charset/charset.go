// Package charset decides how a page's bytes become text. GBK and GB18030
// pages are common in Chinese crawls, and their meta tags often lie.
package charset

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Source says where the chosen charset came from.
type Source string

// Where a charset decision can come from.
const (
	FromUTF8Check Source = "utf8-valid" // the bytes are valid UTF-8
	FromFallback  Source = "fallback"   // nothing else decided; GB18030
)

// Result records the decision, so that every document row can say how it
// was read.
type Result struct {
	Name   string // the encoding used, e.g. "utf-8", "gb18030"
	Source Source
}

// Decode turns raw page bytes into text. Bytes that cannot be decoded become
// U+FFFD; decoding never fails a document.
func Decode(raw []byte, contentType string) (string, Result) {
	if utf8.Valid(raw) {
		return string(raw), Result{Name: "utf-8", Source: FromUTF8Check}
	}
	text, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	return string(text), Result{Name: "gb18030", Source: FromFallback}
}
