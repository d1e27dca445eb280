package hsds

import (
	"os"
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

func readAll(t *testing.T, path string, opts Options) sourcetest.Result {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	return sourcetest.ReadAll(t, r)
}

var (
	f   = sourcetest.F
	has = sourcetest.Has
)

func byID(orgs []partnermatch.Organization) map[string]partnermatch.Organization {
	return sourcetest.ByID(orgs)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
