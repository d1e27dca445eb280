package hsds

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

// Reading 50,000 organizations holds no more memory than reading 2,500:
// the organizations table is streamed (the joined tables, loaded whole, are
// small here on purpose).
func TestStreamsOrganizations(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 50,000 rows")
	}
	rows := sourcetest.Rows(50000)
	dir := t.TempDir()
	file, err := os.Create(filepath.Join(dir, "organizations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(file)
	fmt.Fprintln(w, "id,name,description")
	for i := 0; i < rows; i++ {
		fmt.Fprintf(w, "org-%d,Organization %d,\"Runs a food pantry.\n\nVOLUNTEERS: Adults are welcome to sort food.\"\n", i, i)
	}
	w.Flush()
	file.Close()
	os.WriteFile(filepath.Join(dir, "locations.csv"), []byte("id,organization_id,name,latitude,longitude\nl1,org-7,Pantry,39.3,-76.6\n"), 0o644)
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
