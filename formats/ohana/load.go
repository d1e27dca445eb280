package ohana

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/jsonl"
)

// joined holds locations.json and services.json, loaded whole into maps
// before organizations.json is streamed: locations by organization id,
// services by location id. Their memory grows with their size.
type joined struct {
	locByOrg map[key][]*locationDoc
	svcByLoc map[key][]*serviceDoc
	unseen   map[key]bool // organizations named by locations and not yet read
	refusals []partnermatch.Record
}

// eachLine calls fn with each line of a JSON Lines file, refusing the lines
// for which it fails. A missing file has no lines.
func (j *joined) eachLine(path string, fn func(line int, data []byte) error) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil // a directory without services is still a directory
	}
	if err != nil {
		return err
	}
	defer f.Close()
	r := jsonl.NewReader(f)
	for {
		line, data, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, jsonl.ErrLineTooLong) {
			j.refusals = append(j.refusals, emit.Refuse(path, line, "", "%v", err))
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(line, data); err != nil {
			j.refusals = append(j.refusals, emit.Refuse(path, line, jsonField(err), "%s", jsonMessage(err)))
		}
	}
}

func load(locPath, svcPath string) (*joined, error) {
	j := &joined{locByOrg: map[key][]*locationDoc{}, svcByLoc: map[key][]*serviceDoc{}, unseen: map[key]bool{}}
	locIDs := map[key]bool{}
	err := j.eachLine(locPath, func(line int, data []byte) error {
		l := &locationDoc{line: line}
		if err := json.Unmarshal(data, l); err != nil {
			return err
		}
		if l.OrgID == "" {
			return fieldError{"organization_id", fmt.Sprintf("is missing: location %q belongs to no organization", l.Name)}
		}
		if c := l.Coordinates; c != nil && !validCoordinates(c) {
			j.refusals = append(j.refusals, emit.Refuse(locPath, line, "coordinates",
				"%v is not [longitude, latitude] (-180..180, -90..90); location %q is kept without coordinates", c, l.Name))
			l.Coordinates = nil
		}
		j.locByOrg[l.OrgID] = append(j.locByOrg[l.OrgID], l)
		j.unseen[l.OrgID] = true
		if l.ID != "" {
			locIDs[l.ID] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = j.eachLine(svcPath, func(line int, data []byte) error {
		s := &serviceDoc{}
		if err := json.Unmarshal(data, s); err != nil {
			return err
		}
		if !locIDs[s.LocationID] {
			return fieldError{"location_id", fmt.Sprintf("no location %q in %s", s.LocationID, "locations.json")}
		}
		j.svcByLoc[s.LocationID] = append(j.svcByLoc[s.LocationID], s)
		return nil
	})
	return j, err
}

func validCoordinates(c []float64) bool {
	if len(c) != 2 {
		return false
	}
	lon, lat := c[0], c[1]
	return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 && !(lon == 0 && lat == 0)
}

// found records that an organization was read: its locations are not
// orphans.
func (j *joined) found(org key) { delete(j.unseen, org) }

// orphans returns the refusals of locations whose organization was never
// given, in line order.
func (j *joined) orphans(locPath string) []partnermatch.Record {
	var locs []*locationDoc
	for org := range j.unseen {
		locs = append(locs, j.locByOrg[org]...)
	}
	sort.Slice(locs, func(a, b int) bool { return locs[a].line < locs[b].line })
	out := make([]partnermatch.Record, 0, len(locs))
	for _, l := range locs {
		out = append(out, emit.Refuse(locPath, l.line, "organization_id", "no organization %q in organizations.json", l.OrgID))
	}
	return out
}

// fieldError is a problem with one field of a line.
type fieldError struct{ field, msg string }

func (e fieldError) Error() string { return e.msg }

func jsonField(err error) string {
	var fe fieldError
	if errors.As(err, &fe) {
		return fe.field
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field
	}
	return ""
}

func jsonMessage(err error) string {
	var fe fieldError
	if errors.As(err, &fe) {
		return fe.msg
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("got JSON %s, want %s", te.Value, te.Type)
	}
	return "not JSON: " + err.Error()
}
