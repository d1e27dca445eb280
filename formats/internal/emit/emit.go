// Package emit builds the records importers yield: accepted profiles,
// validated once more, and refusals that name the file, the row and the
// field.
package emit

import (
	"fmt"

	"github.com/partnermatch/partnermatch"
)

// Refuse returns the refusal of one row: file and line locate it (the line
// where the row starts in the file), field names the offending field in the
// source's own terms (a column or a JSON key).
func Refuse(file string, line int, field, format string, args ...any) partnermatch.Record {
	err := partnermatch.FieldErrorf(field, format, args...)
	return partnermatch.Record{Line: line, Err: &partnermatch.LineError{File: file, Line: line, Field: field, Err: err}}
}

// Org returns the record of a mapped profile, or its refusal when the
// profile breaks a rule of the interchange format. Importers map fields so
// that this does not happen; the check makes sure a mistake is reported
// rather than indexed.
func Org(file string, line int, org partnermatch.Organization) partnermatch.Record {
	if err := org.Validate(); err != nil {
		field := partnermatch.ErrorField(err)
		return partnermatch.Record{Line: line, Err: &partnermatch.LineError{File: file, Line: line, Field: field,
			Err: fmt.Errorf("%w (profile %q)", err, org.ID)}}
	}
	return partnermatch.Record{Line: line, Org: org}
}

// Queue holds records made ahead of the one being returned, such as the
// people of an organization or the refusal of one of its joined rows.
type Queue struct{ recs []partnermatch.Record }

// Push appends records.
func (q *Queue) Push(recs ...partnermatch.Record) { q.recs = append(q.recs, recs...) }

// Pop removes and returns the first record, if any.
func (q *Queue) Pop() (partnermatch.Record, bool) {
	if len(q.recs) == 0 {
		return partnermatch.Record{}, false
	}
	r := q.recs[0]
	q.recs[0] = partnermatch.Record{}
	q.recs = q.recs[1:]
	if len(q.recs) == 0 {
		q.recs = nil
	}
	return r, true
}

// Len returns the number of queued records.
func (q *Queue) Len() int { return len(q.recs) }
