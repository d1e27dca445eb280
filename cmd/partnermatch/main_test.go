package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const twoOrgs = `{"id":"bakery","name":"Riverside Bakery","sector":"business","offers":["baked goods for school events"],"needs":["steady weekday orders"],"location":{"lat":44.23,"lon":-76.49}}
{"id":"school","name":"Millbrook School","sector":"education","offers":["400 families who order for class parties"],"needs":["baked goods for school events"],"location":{"lat":44.24,"lon":-76.48}}
`

func TestImportExitCodes(t *testing.T) {
	good := writeTemp(t, "good.jsonl", twoOrgs)
	bad := writeTemp(t, "bad.jsonl", twoOrgs+`{"id":"x","name":"X","sector":"charity"}`+"\n")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdoutIn string
	}{
		{"all applied", []string{"import", "--index", "IDX", good}, 0, "applied 2, refused 0, read 2 lines"},
		{"some refused", []string{"import", "--index", "IDX", bad}, 1, `refused ` + bad + `:3: sector: "charity" is not a sector`},
		{"no index flag", []string{"import", good}, 2, ""},
		{"no file", []string{"import", "--index", "IDX"}, 2, ""},
		{"missing file", []string{"import", "--index", "IDX", "/nonexistent.jsonl"}, 2, ""},
		{"unknown flag", []string{"import", "--index", "IDX", "--colour", good}, 2, ""},
		{"unknown format", []string{"import", "--index", "IDX", "--format", "xml", good}, 2, ""},
		{"csv without a map", []string{"import", "--index", "IDX", "--format", "csv", good}, 2, ""},
		{"flags after files", []string{"import", good, "--index", "IDX"}, 0, "applied 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := filepath.Join(t.TempDir(), "idx")
			for i, a := range tt.args {
				if a == "IDX" {
					tt.args[i] = idx
				}
			}
			code, out, errOut := runCLI(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdoutIn) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdoutIn, out)
			}
		})
	}
}

func TestSuggestJSONAndUnknownID(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	if code, out, errOut := runCLI("import", "--index", idx, writeTemp(t, "d.jsonl", twoOrgs)); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	code, out, _ := runCLI("suggest", "--index", idx, "--limit", "3", "--json", "bakery", "nobody")
	if code != 1 {
		t.Errorf("exit %d, want 1 for an unknown id", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one JSON line per id, got:\n%s", out)
	}
	var first struct {
		Org         string `json:"org"`
		Suggestions []struct {
			ID        string `json:"id"`
			Exchanges []struct {
				From, To, Offer, Need string
			} `json:"exchanges"`
		} `json:"suggestions"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Org != "bakery" || len(first.Suggestions) != 1 || first.Suggestions[0].ID != "school" {
		t.Errorf("first line = %s", lines[0])
	}
	var second map[string]string
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"org": "nobody", "error": `no organization with id "nobody"`}
	if diff := cmp.Diff(want, second); diff != "" {
		t.Errorf("unknown id line (-want +got):\n%s", diff)
	}
}

func TestSuggestOnMissingIndexDoesNotCreateOne(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "nothing-here")
	code, _, errOut := runCLI("suggest", "--index", idx, "bakery")
	if code != 1 || !strings.Contains(errOut, "is not a partnermatch index") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(idx); !os.IsNotExist(err) {
		t.Errorf("suggest created %s", idx)
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		code, out, _ := runCLI(c.name, "--help")
		if code != 0 || !strings.Contains(out, "Usage: partnermatch "+c.name) {
			t.Errorf("%s --help: exit %d, output %q", c.name, code, out)
		}
	}
	if code, out, _ := runCLI("--help"); code != 0 || !strings.Contains(out, "Commands:") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
	if code, _, _ := runCLI("frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestExportThenImportGivesSameDirectory(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	in := writeTemp(t, "d.jsonl", twoOrgs)
	if code, _, _ := runCLI("import", "--index", idx, in); code != 0 {
		t.Fatal("import failed")
	}
	code, out, _ := runCLI("export", "--index", idx)
	if code != 0 {
		t.Fatalf("export exit %d", code)
	}
	if diff := cmp.Diff(twoOrgs, out); diff != "" {
		t.Errorf("export (-imported +exported):\n%s", diff)
	}
}
