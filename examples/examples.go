// Package examples embeds the example directory that partnermatch's demo,
// tests and README run on: Millbrook, a fictional town of community
// organizations (with a distant look-alike town, Port Alder), and the judged
// queries a program officer wrote for it.
package examples

import (
	_ "embed"
	"io"
	"strings"
)

//go:embed town.jsonl
var town string

//go:embed town-queries.jsonl
var townQueries string

// TownName is the file name the embedded directory reports in messages.
const TownName = "town.jsonl"

// Town returns the example directory in the interchange format.
func Town() io.Reader { return strings.NewReader(town) }

// TownQueries returns the judged queries of the example directory.
func TownQueries() io.Reader { return strings.NewReader(townQueries) }
