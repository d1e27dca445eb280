package jsonl

import (
	"io"
	"sort"
)

// LineCounter wraps the input of a json.Decoder so that byte offsets
// (Decoder.InputOffset) can be turned into line numbers for messages. It
// keeps only the positions of the line breaks the decoder has read ahead, so
// its memory does not grow with the file.
type LineCounter struct {
	r       io.Reader
	off     int64   // bytes read so far
	breaks  []int64 // offsets of line breaks not yet passed
	dropped int     // line breaks before breaks[0]
}

// NewLineCounter returns a LineCounter reading from r.
func NewLineCounter(r io.Reader) *LineCounter { return &LineCounter{r: r} }

// Read implements io.Reader.
func (c *LineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			c.breaks = append(c.breaks, c.off+int64(i))
		}
	}
	c.off += int64(n)
	return n, err
}

// Line returns the 1-based line of the byte at offset. Offsets must be
// asked in increasing order: the line breaks before an offset are forgotten
// once it has been asked.
func (c *LineCounter) Line(offset int64) int {
	i := sort.Search(len(c.breaks), func(i int) bool { return c.breaks[i] >= offset })
	c.dropped += i
	c.breaks = c.breaks[i:]
	return c.dropped + 1
}
