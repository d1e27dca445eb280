package ohana

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

// Reading 100,000 organizations holds no more memory than reading 5,000:
// organizations.json is streamed.
func TestStreamsOrganizations(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 100,000 lines")
	}
	rows := sourcetest.Rows(100000)
	dir := t.TempDir()
	file, err := os.Create(filepath.Join(dir, "organizations.json"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(file)
	for i := 0; i < rows; i++ {
		fmt.Fprintf(w, "{\"_id\":{\"$oid\":\"%024x\"},\"name\":\"Organization %d\",\"id\":%d}\n", i, i, i)
	}
	w.Flush()
	file.Close()
	os.WriteFile(filepath.Join(dir, "locations.json"), []byte(`{"name":"Pantry","kind":"other","organization_id":7,"coordinates":[-122.3,37.5],"id":1}`+"\n"), 0o644)
	r, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	growth, n := sourcetest.HeapGrowth(t, r, rows/20)
	t.Logf("heap growth over %d records: %d KiB", n, growth>>10)
	if n != rows || growth > 2<<20 {
		t.Errorf("read %d records; the heap grew by %d KiB: the reader keeps rows", n, growth>>10)
	}
}
