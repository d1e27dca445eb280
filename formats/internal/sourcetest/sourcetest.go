// Package sourcetest reads whole sources in the importers' tests.
package sourcetest

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/partnermatch/partnermatch"
)

// Result is what a source yielded: the accepted profiles with the line of
// each, and the refusals written "file:line: field: message" with the
// file's base name.
type Result struct {
	Orgs     []partnermatch.Organization
	Lines    []int
	Refusals []string
}

// ReadAll reads src to its end. It fails the test on a read error and
// reports any accepted profile that does not pass Validate.
func ReadAll(t testing.TB, src partnermatch.Source) Result {
	t.Helper()
	var res Result
	for {
		rec, err := src.Next()
		if err == io.EOF {
			return res
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if rec.Err != nil {
			res.Refusals = append(res.Refusals, Refusal(rec.Err))
			continue
		}
		if err := rec.Org.Validate(); err != nil {
			t.Errorf("line %d: an accepted profile is not valid: %v", rec.Line, err)
		}
		res.Orgs = append(res.Orgs, rec.Org)
		res.Lines = append(res.Lines, rec.Line)
	}
}

// Refusal writes a refusal with its file's base name.
func Refusal(e *partnermatch.LineError) string {
	return fmt.Sprintf("%s:%d: %v", filepath.Base(e.File), e.Line, e.Err)
}

// ByID indexes profiles by id, keeping the first of a repeated id.
func ByID(orgs []partnermatch.Organization) map[string]partnermatch.Organization {
	m := map[string]partnermatch.Organization{}
	for _, o := range orgs {
		if _, dup := m[o.ID]; !dup {
			m[o.ID] = o
		}
	}
	return m
}

// F returns a pointer to v, for expected coordinates.
func F(v float64) *float64 { return &v }

// Has reports whether list holds s.
func Has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// HeapGrowth reads src to its end, measuring the live heap after a
// collection every `every` records, and returns how much it grew from the
// first measure to the largest, with the number of records read. A source
// that streams keeps it near zero whatever the size of its file.
func HeapGrowth(t testing.TB, src partnermatch.Source, every int) (growth uint64, n int) {
	t.Helper()
	var base, peak uint64
	measure := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for {
		_, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		n++
		if n%every == 0 {
			h := measure()
			if base == 0 {
				base = h
			}
			peak = max(peak, h)
		}
	}
	if peak < base {
		return 0, n
	}
	return peak - base, n
}

// Rows returns n, or a tenth of it under the race detector: the number of
// rows a streaming test generates.
func Rows(n int) int { return n / raceScale }

// Race reports whether the tests run under the race detector.
const Race = raceScale > 1
