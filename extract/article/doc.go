// Package article strips page boilerplate and reads a page's own fields:
// headline, publication date, source and bylines. It handles HTML pages
// (FromHTML) and pages saved as plain text (FromText) alike; both return an
// Article whose Body holds the report's paragraphs only.
//
// A page saved as text, as a scraper or a PDF conversion leaves it:
//
//	您的位置:首页 > 综合 >
//	某市工会:建强阵地 服务职工
//	2023-06-07 16:51:37 来源:某某工人报
//	今年以来,市总工会筹集帮扶资金3520
//
//	万元,慰问困难职工家庭。(记者 张三)
//	关键词:
//	相关推荐
//	…
//
// reads as
//
//	Article{
//		Title:     "某市工会:建强阵地 服务职工",
//		Published: "2023-06-07",
//		Source:    "某某工人报",
//		Authors:   []string{"张三"},
//		Body:      "今年以来,市总工会筹集帮扶资金3520万元,慰问困难职工家庭。",
//	}
//
// The breadcrumb, the keyword line and the related list are boilerplate;
// the number the conversion broke across a blank line is whole again.
//
// What counts as boilerplate, which labels introduce which field, which
// surnames a bylined name may start with, and which class names mark an
// HTML page's article or its furniture are data, not code: the files
// boilerplate.txt, labels.txt, surnames.txt and html_hints.txt are
// embedded, and a researcher can keep edited copies of any of them in a
// folder (`unionfacts run --article-rules DIR`, or in Go):
//
//	text, html, err := article.LoadWithDefaults(os.DirFS("my-rules"))
//	a, err := text.FromText(ctx, page)   // or html.FromHTML(ctx, page); err is ctx's
//
// HTML is parsed with goquery, which also answers the page-level questions
// (<meta>, <title>, <body>); the layout into lines and the choice of the
// article element walk the parsed nodes in one pass each, since they visit
// every element of every page.
//
// Field values follow the fact contract (spec/facts.md): a date is
// YYYY-MM-DD, and a page-update stamp (页面更新) counts only where the page
// gives no better date; the source is the outlet credited, never a URL;
// authors are the people bylined, never editors, reviewers or uploaders.
package article
