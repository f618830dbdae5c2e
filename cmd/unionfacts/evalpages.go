package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract/article"
	"github.com/unionfacts/unionfacts/extract/charset"
)

// evalPagesCmd scores HTML boilerplate removal on a dataset laid out like
// Chinese-Web-Content-Extraction-Dataset: original/NAME.html with the
// expected body in cleaned/NAME.txt, the date in date/NAME.txt and the
// authors in author/NAME.txt. Pages go through charset.Decode and
// article.FromHTML exactly as the pipeline runs them.
func evalPagesCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval-pages", "[flags] DIR", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	detail := fs.Bool("detail", false, "list every page's body F1 and every wrong date and author")
	floors := fs.String("floors", "", "JSON `FILE` of minimum scores (keys as in --json); fail when any is below")
	var rulesDir string
	registerArticleRules(fs, &rulesDir)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rules, err := loadArticleRules(rulesDir)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	dir := fs.Arg(0)
	pages, err := filepath.Glob(filepath.Join(dir, "original", "*.html"))
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return fmt.Errorf("eval-pages: no original/*.html under %s", dir)
	}
	s := pageScores{rules: rules}
	for _, path := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.add(ctx, dir, path, *detail, stdout); err != nil {
			return err
		}
	}
	s.finish()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "pages %d\nbody char-bag F1 (mean) %.4f\n", s.Pages, s.BodyF1)
		fmt.Fprintf(stdout, "published day right %d/%d = %.4f (%d pages with only a partial date, %d without one)\n",
			s.DatesRight, s.DatedPages, s.DateAccuracy, s.PartialDates, s.Pages-s.DatedPages-s.PartialDates)
		fmt.Fprintf(stdout, "authors right %d/%d = %.4f\n", s.AuthorsRight, s.AuthoredPages, s.AuthorAccuracy)
	}
	if *floors == "" {
		return nil
	}
	return checkFloors(*floors, map[string]float64{
		"body_char_bag_f1": s.BodyF1, "date_accuracy": s.DateAccuracy, "author_accuracy": s.AuthorAccuracy,
	}, stdout)
}

// pageScores are the eval-pages results.
type pageScores struct {
	rules *article.HTMLRules // what cleans the pages
	Pages int                `json:"pages"`
	// BodyF1 is the mean over pages of gold.CharBagF1(extracted body, cleaned).
	BodyF1 float64 `json:"body_char_bag_f1"`
	// Dates: pages whose gold date gives a full day, and how many of them
	// the extracted published date matches; partial gold dates (1998-3)
	// have no day to compare and are counted apart.
	DatedPages   int     `json:"dated_pages"`
	DatesRight   int     `json:"dates_right"`
	DateAccuracy float64 `json:"date_accuracy"`
	PartialDates int     `json:"partial_date_pages"`
	// Authors: pages whose gold names anyone, and how many of them get
	// exactly the same set of names.
	AuthoredPages  int     `json:"authored_pages"`
	AuthorsRight   int     `json:"authors_right"`
	AuthorAccuracy float64 `json:"author_accuracy"`

	f1Sum float64
}

// add scores one page.
func (s *pageScores) add(ctx context.Context, dir, path string, detail bool, w io.Writer) error {
	name := strings.TrimSuffix(filepath.Base(path), ".html")
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text, _ := charset.Decode(raw, "")
	got, err := s.rules.FromHTML(ctx, text)
	if err != nil {
		return err
	}
	goldBody, err := readGold(dir, "cleaned", name)
	if err != nil {
		return err
	}
	s.Pages++
	f1 := gold.CharBagF1(got.Body, goldBody)
	s.f1Sum += f1
	if detail {
		fmt.Fprintf(w, "%s body F1 %.3f\n", name, f1)
	}

	goldDate, err := readGold(dir, "date", name)
	if err != nil {
		return err
	}
	switch day, partial := goldDay(goldDate); {
	case day != "":
		s.DatedPages++
		if got.Published == day {
			s.DatesRight++
		} else if detail {
			fmt.Fprintf(w, "%s date: got %q, want %q\n", name, got.Published, day)
		}
	case partial:
		s.PartialDates++
	}

	goldAuthors, err := readGold(dir, "author", name)
	if err != nil {
		return err
	}
	if want := nameSet(goldAuthors); len(want) > 0 {
		s.AuthoredPages++
		if slices.Equal(nameSet(strings.Join(got.Authors, " ")), want) {
			s.AuthorsRight++
		} else if detail {
			fmt.Fprintf(w, "%s authors: got %q, want %q\n", name, got.Authors, want)
		}
	}
	return nil
}

func (s *pageScores) finish() {
	s.BodyF1 = ratio(s.f1Sum, s.Pages)
	s.DateAccuracy = ratio(float64(s.DatesRight), s.DatedPages)
	s.AuthorAccuracy = ratio(float64(s.AuthorsRight), s.AuthoredPages)
}

func ratio(a float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return a / float64(n)
}

// readGold reads DIR/kind/NAME.txt; a missing file reads as "".
func readGold(dir, kind, name string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, kind, name+".txt"))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("eval-pages: %w", err)
	}
	text, _ := charset.Decode(raw, "")
	return strings.TrimSpace(text), nil
}
