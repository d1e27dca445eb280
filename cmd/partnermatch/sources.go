package main

import (
	"fmt"
	"io"
	"os"

	"github.com/partnermatch/partnermatch"
)

// sourceOptions are the import flags that only some formats use.
type sourceOptions struct {
	zipCentroids  string // irs-bmf: a ZIP -> lat,lon table
	columnMap     string // csv: which column feeds which field
	includePeople bool   // import contact people as individual profiles
}

// formats lists the import formats, for --help and errors.
var formats = []string{"jsonl"}

// openSource opens path in the given format as a stream of records. The
// returned closer releases the files.
func openSource(format, path string, opts sourceOptions) (partnermatch.Source, io.Closer, error) {
	switch format {
	case "jsonl", "":
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		return partnermatch.NewReader(f, path), f, nil
	}
	return nil, nil, fmt.Errorf("unknown format %q (one of %v)", format, formats)
}
