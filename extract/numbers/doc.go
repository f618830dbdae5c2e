// Package numbers reads every quantity in Chinese text, as a careful human
// reader would: arabic, full-width and Chinese numerals (三百五十, 两千,
// 廿二, formal 壹佰贰拾), multipliers mixed with digits (1.1万, 3万4000,
// 2千零30万), qualifiers (近, 约, 超过 before; 余, 多 inside; 以上, 左右
// after), ranges (2至4个, 1万-5万元), units, money and percentages.
//
// The pipeline calls Find on an article body; extract/facts then decides
// which quantities are facts. The reader's job is to get each number's
// value, unit, approx and kind right, and to keep numbers that are not
// amounts (2022年, 第九届, 热线12351, ICP numbers, 十四五) from passing for
// counts.
//
// # A worked example
//
// In 全年走访一线职工近万人次，发放补助金26万余元，厂务公开建制率达85%以上 Find
// returns three quantities:
//
//	Text      Value   Unit  Approx  Kind
//	万人次     10000   人次  lte     count    (近 stands before: outside the text)
//	26万余元   260000  元    gte     money    (余 stands inside: kept in the text)
//	85%       85      %     gte     percent  (以上 follows the unit: outside)
//
// Text is the evidence span, from the number's first character to its
// unit's last, exactly as written (spaces kept: 2 万余次); Start and End
// are its rune offsets, End exclusive. Money is folded to 元: 万元 and 亿元
// are multipliers before 元, not units of their own.
//
// # What is a number
//
// Arabic numbers always are. A Chinese numeral is a quantity only with a
// counting word (一家, 两次), a 百分之, a fraction (三分之一), or when it
// is a number of several characters with a multiplier (三百五十): numeral
// characters inside ordinary words (统一, 一些, 万一, 十分, 千方百计) are
// not. A round multiplier with no digit (百, 千, 万) counts only when
// qualified (百余场, 近万人次), so that 千家万户 and 万名工匠 are rhetoric,
// not counts. A line break ends a number: a PDF line that split 3140 from
// 万元 is read as 3140, never as a larger wrong amount.
//
// # Tables
//
// The counting words and currencies (units.txt) and the qualifiers, range
// separators and context words (markers.txt) are data compiled into the
// binary. DefaultOptions returns them; append to or replace them and call
// New for a Reader of one's own. `unionfacts numbers -units FILE` does the
// same from the command line.
package numbers
