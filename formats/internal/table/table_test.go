package table

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sample = "\ufeffID, Name ,Notes\n1,First,\"two\nlines\"\n2,Second,\n3,Short\n"

type got struct {
	Line              int
	ID, Name, Missing string
}

func readAll(t *testing.T, path string) []got {
	t.Helper()
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.Has("id") || !r.Has("NAME") || r.Column("nope", "notes") != "Notes" {
		t.Errorf("header %q: columns not found by name", r.Header)
	}
	var out []got
	for {
		row, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got{row.Line, row.Get("id"), row.Get("name"), row.Get("absent")})
	}
}

func TestReaderLinesAndColumns(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "x.csv")
	if err := os.WriteFile(plain, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	gz := filepath.Join(dir, "x.csv.gz")
	f, _ := os.Create(gz)
	w := gzip.NewWriter(f)
	w.Write([]byte(sample))
	w.Close()
	f.Close()

	want := []got{{2, "1", "First", ""}, {4, "2", "Second", ""}, {5, "3", "Short", ""}}
	for _, p := range []string{plain, gz} {
		if diff := cmp.Diff(want, readAll(t, p)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", filepath.Base(p), diff)
		}
	}
}

func TestReaderEmptyFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.csv")
	os.WriteFile(p, nil, 0o644)
	if _, err := Open(p); err == nil {
		t.Error("Open of an empty file: no error")
	}
}
