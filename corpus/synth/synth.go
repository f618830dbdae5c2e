// Package synth writes synthetic union work reports: pages shaped like a
// county federation's year-end report, made from templates written for
// this project, with the numbers, places and layout varied by index. They
// are load for benchmarks and memory checks, not test data: nothing checks
// what the pipeline extracts from them.
package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// counties and outlets vary the pages' places and sources.
var (
	counties = []string{"青阳县", "义安区", "枞阳县", "歙县", "黟县", "祁门县", "休宁县", "宁国市", "广德市", "泾县"}
	outlets  = []string{"县总工会", "市职工报", "工人日报", "区融媒体中心"}
)

// paragraphs are the report's body; %[1]d… are filled from the index.
var paragraphs = []string{
	"%[9]s总工会紧紧围绕全年目标任务,扎实推进“县级工会加强年”工作,各项工作取得新进展。",
	"组织建设方面,全年新建基层工会%[1]d家,发展会员%[2]d人,其中新就业形态劳动者%[3]d余人,建会率达到%[4]d%%。",
	"服务职工方面,开展“两节”送温暖活动,走访慰问困难职工%[5]d户,发放慰问金%[6]d.%[7]d万元。",
	"就业帮扶方面,举办招聘洽谈会%[8]d场次,提供就业岗位%[2]d多个,开展技能培训%[5]d人次。",
	"阵地建设方面,新建工会户外劳动者驿站%[8]d家,全县累计建成服务站点%[1]d个,覆盖职工%[2]d万人。",
	"下一步,%[9]s总工会将持续深化工会改革,推动各项工作落地见效,为地方经济社会发展贡献工会力量。",
}

// Page returns the i-th synthetic page: its file name and content. Even
// pages are HTML with a navigation bar and footer to strip, odd ones text.
func Page(i int) (name string, data []byte) {
	county := counties[i%len(counties)]
	args := []any{10 + i%90, 100 + i*7%9000, 20 + i%300, 80 + i%20, 30 + i%500, 10 + i%90, i % 10, 2 + i%40, county}
	title := fmt.Sprintf("%s总工会%d年工作总结(第%d期)", county, 2015+i%10, i)
	date := fmt.Sprintf("%d-%02d-%02d", 2015+i%10, 1+i%12, 1+i%28)
	source := outlets[i%len(outlets)]
	var body strings.Builder
	for k := range 2 + i%3 { // reports differ in length
		for _, p := range paragraphs {
			fmt.Fprintf(&body, p, args...)
			if k > 0 {
				body.WriteString("同时,持续做好日常服务工作。")
			}
			body.WriteString("\n")
		}
	}
	if i%2 == 1 {
		return fmt.Sprintf("report-%06d.txt", i),
			fmt.Appendf(nil, "%s\n\n发布时间:%s 来源:%s\n\n%s", title, date, source, body.String())
	}
	var html strings.Builder
	fmt.Fprintf(&html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n", title)
	html.WriteString(`<div class="nav"><a href="/">首页</a> | <a href="/news">工会要闻</a> | <a href="/about">关于我们</a></div>` + "\n")
	fmt.Fprintf(&html, "<div class=\"article\"><h1>%s</h1><div class=\"info\">发布时间:%s 来源:%s</div>\n", title, date, source)
	for _, line := range strings.Split(strings.TrimSpace(body.String()), "\n") {
		fmt.Fprintf(&html, "<p>%s</p>\n", line)
	}
	html.WriteString("</div><div class=\"footer\">版权所有 皖ICP备00000000号 联系我们</div></body></html>\n")
	return fmt.Sprintf("report-%06d.html", i), []byte(html.String())
}

// WriteCorpus writes pages 0..n-1 into dir, 500 to a folder as crawls tend
// to store them, and returns the bytes written.
func WriteCorpus(dir string, n int) (int64, error) {
	var total int64
	for i := range n {
		name, data := Page(i)
		path := filepath.Join(dir, fmt.Sprintf("batch-%04d", i/500), name)
		if i%500 == 0 {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return total, err
			}
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(data))
	}
	return total, nil
}
