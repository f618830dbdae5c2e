package schema

import (
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/compress"
	parquetzstd "github.com/parquet-go/parquet-go/compress/zstd"
	"github.com/parquet-go/parquet-go/format"
)

// compression is the codec of every file unionfacts writes: zstd at its
// default level, shared by all writers of a process.
var compression compress.Codec = &pageZstd{}

// pageWindow is the zstd window pageZstd encodes with. Parquet compresses
// each page on its own, and pages hold about 256 KiB (parquet-go's page
// buffer), so a longer window finds nothing more; zstd's default of 8 MiB
// made each pooled encoder keep 16 MiB of history, which was a third of a
// run's heap.
const pageWindow = 1 << 20

// pageZstd is parquet-go's zstd codec with a window sized to pages. It
// writes ordinary zstd frames, which any reader decodes.
type pageZstd struct {
	encoders sync.Pool
	decode   parquetzstd.Codec
}

func (c *pageZstd) String() string { return "ZSTD" }

func (c *pageZstd) CompressionCodec() format.CompressionCodec { return format.Zstd }

func (c *pageZstd) Encode(dst, src []byte) ([]byte, error) {
	e, _ := c.encoders.Get().(*zstd.Encoder)
	if e == nil {
		var err error
		e, err = zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithZeroFrames(true),
			zstd.WithEncoderCRC(false), zstd.WithWindowSize(pageWindow))
		if err != nil {
			return dst, err
		}
	}
	defer c.encoders.Put(e)
	return e.EncodeAll(src, dst[:0]), nil
}

func (c *pageZstd) Decode(dst, src []byte) ([]byte, error) { return c.decode.Decode(dst, src) }
