// Package formats opens the directories people already have as streams of
// partnermatch profiles: the interchange format itself (jsonl), Open
// Referral HSDS data packages and JSON (hsds), Ohana API exports (ohana),
// the IRS Exempt Organizations Business Master File (irs-bmf) and any CSV
// with a column mapping (csv).
//
// Each format lives in its own package (hsds, ohana, irsbmf, csvmap); Open
// picks one by name. Every source is a partnermatch.Source: it yields one
// record per profile, or the refusal of a bad row naming its file, line and
// field, and io.EOF at the end, reading the main file one row at a time.
// Nothing is sent anywhere: importers only read local files.
//
// docs/IMPORTING.md describes how each format's fields become a profile.
package formats

import (
	"fmt"
	"io"
	"os"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/csvmap"
	"github.com/partnermatch/partnermatch/formats/hsds"
	"github.com/partnermatch/partnermatch/formats/irsbmf"
	"github.com/partnermatch/partnermatch/formats/ohana"
)

// Names lists the formats Open knows, in the order help texts show them.
var Names = []string{"jsonl", "hsds", "ohana", "irs-bmf", "csv"}

// Options are the settings only some formats use. The zero value imports
// organizations only, without coordinates from ZIP codes.
type Options struct {
	// ZipCentroids (irs-bmf): a ZIP -> latitude, longitude table; see
	// irsbmf.LoadCentroids. Nil leaves organizations without coordinates.
	ZipCentroids *irsbmf.Centroids
	// ColumnMap (csv): which column feeds which field; see
	// csvmap.ParseMapping. Required for csv.
	ColumnMap string
	// IncludePeople (hsds, ohana, irs-bmf): also import the contact people
	// a format names as individual profiles linked to their organization.
	IncludePeople bool
}

// Source is an open stream of records. Close releases its files.
type Source interface {
	partnermatch.Source
	io.Closer
}

// Open opens path in the named format.
func Open(format, path string, opts Options) (Source, error) {
	switch format {
	case "jsonl", "":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		return jsonlSource{partnermatch.NewReader(f, path), f}, nil
	case "hsds":
		return hsds.Open(path, hsds.Options{IncludePeople: opts.IncludePeople})
	case "ohana":
		return ohana.Open(path, ohana.Options{IncludePeople: opts.IncludePeople})
	case "irs-bmf":
		return irsbmf.Open(path, irsbmf.Options{Centroids: opts.ZipCentroids, IncludePeople: opts.IncludePeople})
	case "csv":
		if opts.ColumnMap == "" {
			return nil, fmt.Errorf("--format csv needs --map field=Column,... (name=Column at least)")
		}
		m, err := csvmap.ParseMapping(opts.ColumnMap)
		if err != nil {
			return nil, err
		}
		return csvmap.Open(path, m)
	}
	return nil, fmt.Errorf("unknown format %q (one of %v)", format, Names)
}

type jsonlSource struct {
	*partnermatch.Reader
	io.Closer
}
