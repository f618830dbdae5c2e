//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"syscall"
)

// fileKey names a file or folder whatever path reached it.
type fileKey struct {
	dev, ino uint64
	path     string // for a path that does not exist
}

// keyOf returns the key of the file at path, which os.Stat described as
// info (nil if it failed).
func keyOf(path string, info os.FileInfo) fileKey {
	if info != nil {
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}
		}
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return fileKey{path: path}
}
