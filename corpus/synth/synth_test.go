package synth

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageIsDeterministicAndVaried(t *testing.T) {
	name, data := Page(7)
	name2, data2 := Page(7)
	assert.Equal(t, name, name2)
	assert.Equal(t, data, data2)
	assert.Equal(t, "report-000007.txt", name)
	htmlName, html := Page(8)
	assert.Equal(t, "report-000008.html", htmlName)
	assert.Contains(t, string(html), "<p>")
	assert.NotEqual(t, data, html)
}

func TestWriteCorpus(t *testing.T) {
	dir := t.TempDir()
	size, err := WriteCorpus(dir, 501)
	require.NoError(t, err)
	var files int
	var onDisk int64
	require.NoError(t, filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files++
			onDisk += info.Size()
		}
		return err
	}))
	assert.Equal(t, 501, files)
	assert.Equal(t, size, onDisk)
	assert.FileExists(t, filepath.Join(dir, "batch-0001", "report-000500.html"))
}
