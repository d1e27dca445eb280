package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportKilledMidwayResumes kills the real binary with SIGKILL in the
// middle of an import, checks that the index opens cleanly, runs the same
// import again and checks that every organization is there exactly once.
func TestImportKilledMidwayResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "big.jsonl")
	const n = 6000
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, `{"id":"org-%05d","name":"Organization %d","sector":"nonprofit","mission":"We run a food pantry and need volunteers on weekends. We have a hall.","offers":["meeting space on weekday evenings"],"needs":["volunteers for weekend distributions"],"location":{"lat":%.4f,"lon":-76.49}}`+"\n", i, i, 44.0+float64(i%100)/1000)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	idx := filepath.Join(dir, "idx")

	cmd := exec.Command(bin, "import", "--quiet", "--index", idx, file)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches are on disk but before the end.
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no batch reached the disk within a minute")
		}
		if entries, _ := os.ReadDir(filepath.Join(idx, "store")); len(entries) > 2 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if err == nil {
		t.Fatal("the import finished before it could be killed: make the file bigger")
	}

	count := func() string {
		out, err := exec.Command(bin, "export", "--index", idx).Output()
		if err != nil {
			t.Fatalf("export after the kill: %v", err)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		seen := map[string]bool{}
		for _, l := range lines {
			if l == "" {
				continue
			}
			id := strings.SplitN(strings.TrimPrefix(l, `{"id":"`), `"`, 2)[0]
			if seen[id] {
				t.Fatalf("id %s exported twice", id)
			}
			seen[id] = true
		}
		return fmt.Sprint(len(seen))
	}
	partial := count()
	if partial == fmt.Sprint(n) {
		t.Logf("all %d were on disk before the kill", n)
	}

	out, err := exec.Command(bin, "import", "--quiet", "--index", idx, file).CombinedOutput()
	if err != nil {
		t.Fatalf("import again: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("applied %d, refused 0", n)) {
		t.Errorf("second import reported: %s", out)
	}
	if got := count(); got != fmt.Sprint(n) {
		t.Errorf("after resuming: %s organizations, want %d (had %s after the kill)", got, n, partial)
	}
}
