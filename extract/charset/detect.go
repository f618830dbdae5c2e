package charset

import (
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
)

// maxDetect bounds the bytes given to the detector: its n-gram statistics
// settle long before that, and it costs more than the rest of decoding.
const maxDetect = 8 << 10

// minConfidence is the chardet confidence (1–100) below which a guess is
// no better than the GB18030 fallback.
const minConfidence = 30

// detect guesses the charset from byte statistics. Only multi-byte
// charsets are believed: single-byte ones (Latin-1, windows-125x) accept
// any bytes, so chardet names them for Chinese text it cannot place, and a
// Chinese crawl is better served by the GB18030 fallback.
func detect(raw []byte) (encoding.Encoding, string, bool) {
	r, err := chardet.NewHtmlDetector().DetectBest(raw[:min(len(raw), maxDetect)])
	if err != nil || r.Confidence < minConfidence {
		return nil, "", false
	}
	enc, name, ok := usable(r.Charset, raw)
	if !ok || !multiByte[name] {
		return nil, "", false
	}
	return enc, name, true
}

// multiByte lists the canonical names detection may choose.
var multiByte = map[string]bool{
	"utf-8": true, "gb18030": true, "big5": true,
	"shift_jis": true, "euc-jp": true, "euc-kr": true,
}

// looksUTF8 reports whether raw is UTF-8 apart from a few damaged bytes, as
// in a page cut mid-character or with one corrupt fragment: at least twenty
// valid multi-byte sequences for every invalid byte. Text in GBK or Big5
// seldom forms valid multi-byte UTF-8 sequences at all.
func looksUTF8(raw []byte) bool {
	var valid, invalid int
	for len(raw) > 0 {
		if raw[0] < utf8.RuneSelf {
			raw = raw[1:]
			continue
		}
		if !utf8.FullRune(raw) {
			break // cut off mid-character at the end
		}
		r, size := utf8.DecodeRune(raw)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		raw = raw[size:]
	}
	return valid > 0 && invalid*20 <= valid
}
