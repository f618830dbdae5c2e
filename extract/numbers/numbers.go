package numbers

// Kind says what sort of number a quantity is. Only counts, money and
// percentages can become facts; the other kinds are read so that they are not
// mistaken for counts.
type Kind string

// The kinds of quantity the reader tells apart.
const (
	Count Kind = "count" // a number with a counting word: 27个, 850余人
	// Money is a sum: in 元 (26万余元 → 260000, unit 元) or, for another
	// currency, in that currency with its name as unit (1.95港元).
	Money Kind = "money"
	// Percent is a share (91%, 百分之九十五: unit %) or a change in
	// percentage points (提高2.4个百分点: unit 个百分点, value 2.4), which
	// is not a share and must not be read as one.
	Percent Kind = "percent"
	Year    Kind = "year" // 2022年, 二〇二二年: value 2022
	// Date is a day or month (10月, 15日: value 10, 15) or a whole date
	// written with separators (2023-06-07: value 20230607).
	Date Kind = "date"
	// Time is a clock time: 晚上9点 (value 9), 16:51 (value 16.85, hours).
	Time    Kind = "time"
	Ordinal Kind = "ordinal" // 第九届, 第2名, 十九届, 100周年, 第3页
	// Code is a number that names rather than counts: phone numbers, ICP
	// numbers, hotlines, long digit strings, digits glued to latin letters
	// (5G), dotted groups (1.2.3). Value is the first group of digits.
	Code Kind = "code"
	Bare Kind = "bare" // a number with no unit: 二百五十, 3140
)

// Approx is how exact a quantity is, in the vocabulary of the fact contract.
type Approx string

// The approx values of the fact contract.
const (
	Exact Approx = ""
	GTE   Approx = "gte"   // 余, 多, 以上, 超过, 逾, 超
	LTE   Approx = "lte"   // 近, 不到, 不足, 以下, 以内
	About Approx = "about" // 约, 大约, 左右, 上下
	Range Approx = "range" // 2至4个
)

// Quantity is one number found in a text.
type Quantity struct {
	// Text is the evidence span: from the number's first character to its
	// unit's last. Qualifiers before the number (近, 约) or after the unit
	// (以上, 左右) lie outside it and show only in Approx.
	Text string
	// Start and End are rune offsets of Text in the input, End exclusive.
	Start, End int
	// Value is the normalized number: multipliers applied, money in 元.
	Value float64
	// ValueMax is the upper end of a range, nil otherwise.
	ValueMax *float64
	// Unit is the counting word as written (traditional forms folded by
	// units.txt: 個 is 个), 元 for money in yuan, the currency's name for
	// other money, % for percentages, 个百分点 for percentage points, and
	// "" when there is none and for codes.
	Unit   string
	Approx Approx
	Kind   Kind
}
