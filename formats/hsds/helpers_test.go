package hsds

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch"
)

// result is what a source yielded: the profiles, with their line, and the
// refusals as "file:line: field: message" with the file's base name.
type result struct {
	Orgs     []partnermatch.Organization
	Lines    []int
	Refusals []string
}

func readAll(t *testing.T, path string, opts Options) result {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	var res result
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return res
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if rec.Err != nil {
			res.Refusals = append(res.Refusals, refusal(rec.Err))
			continue
		}
		if err := rec.Org.Validate(); err != nil {
			t.Errorf("line %d: an accepted profile is not valid: %v", rec.Line, err)
		}
		res.Orgs = append(res.Orgs, rec.Org)
		res.Lines = append(res.Lines, rec.Line)
	}
}

func refusal(e *partnermatch.LineError) string {
	return fmt.Sprintf("%s:%d: %v", filepath.Base(e.File), e.Line, e.Err)
}

func f(v float64) *float64 { return &v }

func byID(orgs []partnermatch.Organization) map[string]partnermatch.Organization {
	m := map[string]partnermatch.Organization{}
	for _, o := range orgs {
		if _, dup := m[o.ID]; !dup {
			m[o.ID] = o
		}
	}
	return m
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
