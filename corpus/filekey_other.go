//go:build !unix

package corpus

import (
	"os"
	"path/filepath"
)

// fileKey names a file or folder. Without inodes it is its absolute path
// with links resolved.
type fileKey struct{ path string }

// keyOf returns the key of the file at path, which os.Stat described as
// info (nil if it failed).
func keyOf(path string, info os.FileInfo) fileKey {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return fileKey{path: path}
}
