package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchPage is a page of a few kilobytes, the size of a union report.
var benchPage = "<html><body>" + strings.Repeat("<p>全年新建基层工会27家,发展会员1350人。</p>", 60) + "</body></html>"

// BenchmarkReaderBundles measures the reader alone over 2,000 pages in
// each bundle form, to show it is never the pipeline's bottleneck.
func BenchmarkReaderBundles(b *testing.B) {
	var warc, jsonl bytes.Buffer
	for i := range 2000 {
		warc.Write(gz(warcRecord("response", fmt.Sprintf("http://a.cn/%d", i), "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8"}, benchPage))))
		line, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("http://a.cn/%d", i), "html": benchPage})
		jsonl.Write(append(line, '\n'))
	}
	for name, data := range map[string][]byte{"crawl.warc.gz": warc.Bytes(), "crawl.jsonl.gz": gz(jsonl.String())} {
		b.Run(name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), name)
			require.NoError(b, os.WriteFile(path, data, 0o644))
			b.SetBytes(int64(2000 * len(benchPage)))
			for b.Loop() {
				r, err := NewReader([]string{path}, DefaultOptions())
				require.NoError(b, err)
				n := 0
				for r.Next() {
					require.NoError(b, r.Page().Err)
					n++
				}
				require.Equal(b, 2000, n)
			}
		})
	}
}
