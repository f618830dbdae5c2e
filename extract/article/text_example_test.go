package article_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/article"
)

func ExampleFromText() {
	page := `您的位置:首页 > 综合 >
某市工会:建强阵地 服务职工
2023-06-07 16:51:37 来源:某某工人报
今年以来,市总工会筹集帮扶资金3520

万元,慰问困难职工家庭。(记者 张三)
关键词:
相关推荐
某条无关新闻的标题`
	a := article.FromText(page)
	fmt.Printf("%q\n%s %s %q\n%s\n", a.Title, a.Published, a.Source, a.Authors, a.Body)
	// Output:
	// "某市工会:建强阵地 服务职工"
	// 2023-06-07 某某工人报 ["张三"]
	// 今年以来,市总工会筹集帮扶资金3520万元,慰问困难职工家庭。
}
