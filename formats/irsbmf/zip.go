package irsbmf

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// Centroids is a table from 5-digit ZIP code to the coordinates of its
// centre, loaded whole (the US has about 33,000 ZIP codes: a few MB).
type Centroids struct {
	points map[string][2]float64
}

// Column names recognized in a centroid file, compared without case: plain
// names and those of the Census Bureau's ZCTA Gazetteer file (GEOID,
// INTPTLAT, INTPTLONG).
var (
	zipColumns = []string{"zip", "zipcode", "zip_code", "zip5", "zcta", "zcta5", "zcta5ce10", "zcta5ce20", "geoid", "postal_code", "postcode"}
	latColumns = []string{"lat", "latitude", "intptlat", "intptlat10", "intptlat20", "y"}
	lonColumns = []string{"lon", "lng", "long", "longitude", "intptlong", "intptlon10", "intptlon20", "x"}
)

// LoadCentroids reads a ZIP centroid table: CSV or tab-separated (the
// delimiter is read from the first line), plain or gzip-compressed, with a
// header naming a ZIP, a latitude and a longitude column (zip/lat/lon,
// ZCTA5/latitude/longitude, GEOID/INTPTLAT/INTPTLONG, …). ZIP codes that
// lost their leading zeros in a spreadsheet are padded back ("2134" is
// 02134). A row that cannot be read is an error naming its line: a wrong
// table would otherwise place organizations in the wrong town.
func LoadCentroids(path string) (*Centroids, error) {
	comma, err := sniffDelimiter(path)
	if err != nil {
		return nil, err
	}
	t, err := table.OpenDelimited(path, comma)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	zipCol, latCol, lonCol := find(t, zipColumns), find(t, latColumns), find(t, lonColumns)
	if zipCol == "" || latCol == "" || lonCol == "" {
		return nil, fmt.Errorf("%s: want columns for the ZIP code, the latitude and the longitude (such as zip,lat,lon or GEOID,INTPTLAT,INTPTLONG); the header has %q", path, t.Header)
	}
	c := &Centroids{points: map[string][2]float64{}}
	for {
		row, err := t.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		zip := zip5(row.Get(zipCol))
		lat, err1 := strconv.ParseFloat(strings.TrimSpace(row.Get(latCol)), 64)
		lon, err2 := strconv.ParseFloat(strings.TrimSpace(row.Get(lonCol)), 64)
		switch {
		case zip == "":
			return nil, fmt.Errorf("%s:%d: %s: %q is not a ZIP code", path, row.Line, zipCol, row.Get(zipCol))
		case err1 != nil || lat < -90 || lat > 90:
			return nil, fmt.Errorf("%s:%d: %s: %q is not a latitude", path, row.Line, latCol, row.Get(latCol))
		case err2 != nil || lon < -180 || lon > 180:
			return nil, fmt.Errorf("%s:%d: %s: %q is not a longitude", path, row.Line, lonCol, row.Get(lonCol))
		}
		c.points[zip] = [2]float64{lat, lon}
	}
	if len(c.points) == 0 {
		return nil, fmt.Errorf("%s: no ZIP codes", path)
	}
	return c, nil
}

func find(t *table.Reader, names []string) string {
	for _, h := range t.Header {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(h), n) {
				return h
			}
		}
	}
	return ""
}

// sniffDelimiter reads the first line: tab-separated when it has a tab,
// else comma-separated.
func sniffDelimiter(path string) (rune, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	if strings.Contains(line, "\t") {
		return '\t', nil
	}
	return ',', nil
}

// Len returns the number of ZIP codes in the table.
func (c *Centroids) Len() int { return len(c.points) }

// Lookup returns the centre of a ZIP code, given as 5 digits or ZIP+4.
func (c *Centroids) Lookup(zip string) (lat, lon float64, ok bool) {
	if c == nil {
		return 0, 0, false
	}
	p, ok := c.points[zip5(zip)]
	return p[0], p[1], ok
}

// zip5 returns the 5-digit ZIP code of "19901", "19901-4058" or "2134"
// (leading zero lost), and "" for anything else.
func zip5(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '-'); i >= 0 {
		s = s[:i]
	}
	if len(s) == 9 { // ZIP+4 without the dash
		s = s[:5]
	}
	if len(s) == 0 || len(s) > 5 {
		return ""
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return strings.Repeat("0", 5-len(s)) + s
}
