// Package charset decides how a page's bytes become text. GBK and GB18030
// pages are common in Chinese crawls, and their meta tags often lie: a page
// re-saved as UTF-8 keeps its old gb2312 meta tag, and an archive wrapper
// declares UTF-8 around a GBK page.
//
// The policy, in order:
//
//  1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides.
//  2. Input that is valid UTF-8 as a whole is UTF-8, whatever it declares.
//  3. The charset in the HTTP Content-Type header, then the first usable
//     declaration in the head (meta charset, meta http-equiv, XML
//     declaration). A UTF-8 declaration on bytes that are mostly not UTF-8
//     is not usable and the next declaration is tried.
//  4. Statistical detection of a multi-byte charset.
//  5. GB18030.
//
// Every GB label (gb2312, gbk, x-gbk, gb18030, cp936...) is decoded as
// GB18030: it is a superset of the others, and x/text's GBK decoder drops
// the four-byte sequences that real GBK-labelled pages contain.
//
// Decoding is lossy, never failing: bytes the chosen charset cannot read
// become U+FFFD. The Result says which charset was used and why, so every
// document row can be audited:
//
//	text, res := charset.Decode(raw, resp.Header.Get("Content-Type"))
//	// res.Name == "gb18030", res.Source == charset.FromMeta
package charset
