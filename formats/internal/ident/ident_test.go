package ident

import (
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch"
)

func TestMake(t *testing.T) {
	tests := []struct {
		prefix, raw, want string
	}{
		{"ein:", "010548657", "ein:010548657"},
		{"hsds:", " 139776 ", "hsds:139776"},
		{"ohana:", "521d32b81974fcdb2b000001", "ohana:521d32b81974fcdb2b000001"},
		{"csv:", "Food Bank #1", "csv:Food-Bank-1-"}, // prefix of the hashed form; checked below
	}
	for _, tt := range tests {
		got, err := Make(tt.prefix, tt.raw)
		if err != nil {
			t.Fatalf("Make(%q, %q): %v", tt.prefix, tt.raw, err)
		}
		if !partnermatch.ValidID(got) {
			t.Errorf("Make(%q, %q) = %q, not a valid id", tt.prefix, tt.raw, got)
		}
		if strings.HasSuffix(tt.want, "-") {
			if !strings.HasPrefix(got, tt.want) || len(got) != len(tt.want)+8 {
				t.Errorf("Make(%q, %q) = %q, want %q + 8 hex digits", tt.prefix, tt.raw, got, tt.want)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("Make(%q, %q) = %q, want %q", tt.prefix, tt.raw, got, tt.want)
		}
	}
}

func TestMakeKeepsRewrittenIdsDistinctAndStable(t *testing.T) {
	a, _ := Make("x:", "a b")
	b, _ := Make("x:", "a/b")
	a2, _ := Make("x:", "a b")
	if a == b {
		t.Errorf("Make gave %q to both %q and %q", a, "a b", "a/b")
	}
	if a != a2 {
		t.Errorf("Make is not stable: %q then %q", a, a2)
	}
}

func TestMakeLongIdentifier(t *testing.T) {
	got, err := Make("hsds:", strings.Repeat("x", 300))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != partnermatch.MaxIDLength || !partnermatch.ValidID(got) {
		t.Errorf("Make of a 300-character identifier = %q (%d characters)", got, len(got))
	}
}

func TestMakeEmpty(t *testing.T) {
	if _, err := Make("ein:", "  "); err != ErrEmpty {
		t.Errorf("Make of blanks: err = %v, want ErrEmpty", err)
	}
}
