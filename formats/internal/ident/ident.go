// Package ident makes profile ids from the identifiers of other formats.
package ident

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// ErrEmpty is returned for an empty source identifier.
var ErrEmpty = errors.New("is empty")

// Make returns prefix+raw as a valid profile id (1-128 characters of
// A-Za-z0-9._:-). An identifier that is already valid is kept as it is, so
// that ids stay readable and stable ("ein:010548657", "hsds:139776"). Other
// characters become '-', and a too long or rewritten identifier gets a short
// hash of the original so that two identifiers that differ only in the
// rewritten characters still get different ids. The same raw identifier
// always gives the same id.
func Make(prefix, raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", ErrEmpty
	}
	id := prefix + raw
	if partnermatch.ValidID(id) {
		return id, nil
	}
	var b strings.Builder
	dash := false
	for _, r := range raw {
		if valid(r) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	h := fnv.New32a()
	h.Write([]byte(raw))
	suffix := fmt.Sprintf("-%08x", h.Sum32())
	body := strings.Trim(b.String(), "-")
	if room := partnermatch.MaxIDLength - len(prefix) - len(suffix); len(body) > room {
		body = body[:max(room, 0)]
	}
	id = prefix + body + suffix
	if !partnermatch.ValidID(id) {
		return "", fmt.Errorf("%q cannot be made into an id with prefix %q", raw, prefix)
	}
	return id, nil
}

func valid(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == ':' || r == '-'
}
