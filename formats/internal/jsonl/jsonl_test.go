package jsonl

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReaderSkipsBlankLinesAndNumbersThem(t *testing.T) {
	r := NewReader(strings.NewReader("{\"a\":1}\n\n  \n{\"a\":2}\r\n{\"a\":3}"))
	type got struct {
		Line int
		Data string
	}
	var out []got
	for {
		n, data, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got{n, string(data)})
	}
	want := []got{{1, `{"a":1}`}, {4, `{"a":2}`}, {5, `{"a":3}`}}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReaderLineTooLong(t *testing.T) {
	long := strings.Repeat("x", MaxLine+10)
	r := NewReader(strings.NewReader("{}\n" + long + "\n{\"b\":1}\n"))
	if n, _, err := r.Next(); err != nil || n != 1 {
		t.Fatalf("line 1: %d, %v", n, err)
	}
	if n, _, err := r.Next(); err != ErrLineTooLong || n != 2 {
		t.Fatalf("line 2: %d, %v; want ErrLineTooLong", n, err)
	}
	if n, data, err := r.Next(); err != nil || n != 3 || string(data) != `{"b":1}` {
		t.Fatalf("line 3: %d, %q, %v", n, data, err)
	}
}

func TestLineCounter(t *testing.T) {
	doc := "[\n  {\"id\": 1},\n\n  {\"id\": 2,\n   \"x\": 3}\n]\n"
	lc := NewLineCounter(strings.NewReader(doc))
	dec := json.NewDecoder(lc)
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var lines []int
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, lc.Line(dec.InputOffset()-int64(len(raw))))
	}
	if diff := cmp.Diff([]int{2, 4}, lines); diff != "" {
		t.Errorf("element lines (-want +got):\n%s", diff)
	}
}
