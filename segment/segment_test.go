package segment

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testSegmenter(t testing.TB) *Segmenter {
	t.Helper()
	s, err := Default()
	require.NoError(t, err)
	return s
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestCutKeepsDomainTermsWhole(t *testing.T) {
	s := testSegmenter(t)
	tests := []struct {
		Name  string
		Input string
		Want  string // a token that must appear
	}{
		{"Campaign", "开展县级工会加强年专项工作", "县级工会加强年"},
		{"NewForms", "新就业形态劳动者踊跃入会", "新就业形态"},
		{"Join", "新就业形态劳动者踊跃入会", "入会"},
		{"Station", "建起了5家工会服务驿站", "工会服务驿站"},
		{"Home", "创建模范职工之家", "模范职工之家"},
		{"MothersRoom", "新建妈咪小屋12个", "妈咪小屋"},
		{"Bargaining", "推进工资集体协商", "工资集体协商"},
		{"Rate", "企业建会率达到91%", "建会率"},
		{"Condolence", "发放慰问金26万元", "慰问金"},
		{"Warmth", "开展送温暖活动", "送温暖"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := texts(s.Cut(tt.Input))
			assert.Contains(t, got, tt.Want, "tokens %v", got)
		})
	}
}

func TestCutOffsets(t *testing.T) {
	s := testSegmenter(t)
	in := "ABC公司工会慰问困难职工386人,发放慰问金26万余元。"
	rs := []rune(in)
	toks := s.Cut(in)
	require.NotEmpty(t, toks)
	at := 0
	for _, tok := range toks {
		assert.Equal(t, at, tok.Start, "token %q", tok.Text)
		assert.Equal(t, string(rs[tok.Start:tok.End]), tok.Text)
		at = tok.End
	}
	assert.Equal(t, len(rs), at)
	assert.Equal(t, "ABC", toks[0].Text, "Latin letters keep their case")
}

func TestKeywords(t *testing.T) {
	s := testSegmenter(t)
	text := "市总工会开展送温暖活动,慰问困难职工386人,发放慰问金26万元。" +
		"送温暖活动覆盖全市各区县,慰问金由市总工会筹集。工会工作扎实推进。"
	got := keywords(t, s, text, 5)
	assert.Len(t, got, 5)
	assert.Contains(t, got, "送温暖")
	assert.Contains(t, got, "慰问金")
	assert.NotContains(t, got, "工会", "a domain stop word")
	assert.NotContains(t, got, "工作", "a domain stop word")
	assert.Equal(t, got, keywords(t, s, text, 5), "ranking is deterministic")
	assert.Empty(t, keywords(t, s, "", 5))
}

// keywords runs s.Keywords with a context that never ends.
func keywords(t *testing.T, s *Segmenter, text string, n int) []string {
	t.Helper()
	got, err := s.Keywords(context.Background(), text, n)
	require.NoError(t, err)
	return got
}

// TestKeywordsPieceByPiece checks that segmenting a long text a piece at a
// time ranks as the whole text would: the pieces end where no word goes
// on, and a text with no such place is still cut, into pieces of bounded
// length that together are the text.
func TestKeywordsPieceByPiece(t *testing.T) {
	s := testSegmenter(t)
	sentence := "市总工会开展送温暖活动,慰问困难职工386人,发放慰问金26万元。"
	long := strings.Repeat(sentence, 3*pieceBytes/len(sentence))
	var whole []string
	for _, tok := range s.Cut(long) {
		whole = append(whole, tok.Text)
	}
	var split []string
	for piece := range pieces(long) {
		assert.LessOrEqual(t, len(piece), 4*pieceBytes)
		for _, tok := range s.Cut(piece) {
			split = append(split, tok.Text)
		}
	}
	assert.Equal(t, whole, split)

	endless := strings.Repeat("慰问困难职工", 5*pieceBytes)
	var b strings.Builder
	for piece := range pieces(endless) {
		assert.LessOrEqual(t, len(piece), 4*pieceBytes+utf8.UTFMax)
		assert.True(t, utf8.ValidString(piece))
		b.WriteString(piece)
	}
	assert.Equal(t, endless, b.String())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Keywords(ctx, long, 5)
	assert.ErrorIs(t, err, context.Canceled)
}

// TestConcurrentCut checks, under go test -race, that one Segmenter can be
// shared by workers.
func TestDefaultIsShared(t *testing.T) {
	a := testSegmenter(t)
	b, err := Default()
	require.NoError(t, err)
	assert.Same(t, a, b)
}

func TestConcurrentCut(t *testing.T) {
	s := testSegmenter(t)
	in := "全市建立工会组织8742家、发展会员63.2万人,建会率达到91%。"
	want := texts(s.Cut(in))
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Go(func() {
			results[i] = texts(s.Cut(in))
			s.Keywords(context.Background(), in, 3)
		})
	}
	wg.Wait()
	for _, got := range results {
		assert.True(t, slices.Equal(want, got), "got %v want %v", got, want)
	}
}

// TestCutterMatchesCut checks that cutting parts of a text with the
// text's dictionary gives what cutting each part alone gives, for parts
// that start and end anywhere, in the middle of a word or of a Latin run.
func TestCutterMatchesCut(t *testing.T) {
	s := testSegmenter(t)
	text := "ABC公司工会慰问困难职工386人，发放慰问金26万余元；4S店新建工会服务驿站5家。"
	c := s.Within(text)
	rs := []rune(text)
	for start := 0; start < len(rs); start += 3 {
		for end := start + 1; end <= len(rs); end += 5 {
			part := string(rs[start:end])
			assert.Equal(t, s.Cut(part), c.Cut(part), "part %q", part)
		}
	}
	assert.Equal(t, s.Cut("不在原文里的职工之家"), c.Cut("不在原文里的职工之家"), "a part not in the text")
}
