// Package jsonl reads files of one JSON value per line (JSON Lines, MongoDB
// exports) one line at a time, so that memory does not grow with the file.
package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// MaxLine bounds one line; a longer line is reported, skipped and reading
// goes on.
const MaxLine = 16 << 20

// ErrLineTooLong is returned (with the line's number) for a line longer
// than MaxLine.
var ErrLineTooLong = errors.New("line is longer than 16 MiB")

// Reader yields the non-blank lines of a file with their line numbers.
type Reader struct {
	r    *bufio.Reader
	line int
	buf  []byte
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 256<<10)}
}

// Next returns the next non-blank line (without its line break) and its
// 1-based number, ErrLineTooLong with the number of a line that was skipped,
// io.EOF at the end, or a read error. The returned bytes are valid until the
// next call.
func (d *Reader) Next() (line int, data []byte, err error) {
	for {
		d.buf = d.buf[:0]
		tooLong := false
		for {
			chunk, err := d.r.ReadSlice('\n')
			if !tooLong {
				if len(d.buf)+len(chunk) > MaxLine {
					tooLong = true
					d.buf = d.buf[:0]
				} else {
					d.buf = append(d.buf, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				if len(d.buf) == 0 && !tooLong {
					return d.line, nil, io.EOF
				}
				break
			}
			if err != nil {
				return d.line, nil, err
			}
			break
		}
		d.line++
		if tooLong {
			return d.line, nil, ErrLineTooLong
		}
		if t := bytes.TrimSpace(d.buf); len(t) > 0 {
			return d.line, t, nil
		}
	}
}
