package main

import (
	"io"
	"sync"

	"github.com/partnermatch/partnermatch"
	pmformats "github.com/partnermatch/partnermatch/formats"
	"github.com/partnermatch/partnermatch/formats/irsbmf"
)

// sourceOptions are the import flags that only some formats use.
type sourceOptions struct {
	zipCentroids  string // irs-bmf: a ZIP -> lat,lon table
	columnMap     string // csv: which column feeds which field
	includePeople bool   // import contact people as individual profiles
}

// formats lists the import formats, for --help and errors.
var formats = pmformats.Names

// centroids caches the ZIP table across the files of one import: it is
// read once, not once per state file.
var centroids struct {
	sync.Mutex
	path string
	c    *irsbmf.Centroids
}

func loadCentroids(path string) (*irsbmf.Centroids, error) {
	centroids.Lock()
	defer centroids.Unlock()
	if centroids.c != nil && centroids.path == path {
		return centroids.c, nil
	}
	c, err := irsbmf.LoadCentroids(path)
	if err != nil {
		return nil, err
	}
	centroids.path, centroids.c = path, c
	return c, nil
}

// openSource opens path in the given format as a stream of records. The
// returned closer releases the files.
func openSource(format, path string, opts sourceOptions) (partnermatch.Source, io.Closer, error) {
	o := pmformats.Options{ColumnMap: opts.columnMap, IncludePeople: opts.includePeople}
	if opts.zipCentroids != "" && format == "irs-bmf" {
		c, err := loadCentroids(opts.zipCentroids)
		if err != nil {
			return nil, nil, err
		}
		o.ZipCentroids = c
	}
	src, err := pmformats.Open(format, path, o)
	if err != nil {
		return nil, nil, err
	}
	return src, src, nil
}
