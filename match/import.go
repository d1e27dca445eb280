package match

import (
	"context"
	"fmt"
	"io"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/index"
)

// ImportReport says what an import did: every non-blank line was either
// applied or refused.
type ImportReport struct {
	Read     int                       `json:"read"`
	Applied  int                       `json:"applied"`
	Refused  int                       `json:"refused"`
	Refusals []*partnermatch.LineError `json:"-"`
	// Replaced lists notices of ids given twice in one file: the later line
	// wins.
	Replaced []string `json:"replaced,omitempty"`
}

// Progress, when set in ImportOptions, is called after each batch with the
// number of lines read so far.
type Progress func(read int)

// ImportOptions tunes an import. The zero value is ready to use.
type ImportOptions struct {
	Progress Progress
}

// Import reads a directory in the interchange format from r (name is used
// in messages) and inserts or replaces every valid line by id, in batches.
// Each line is applied whole or refused; batches already applied stay
// applied if a later one fails, and the report counts only what was applied.
func (e *Engine) Import(ctx context.Context, r io.Reader, name string, opts ImportOptions) (ImportReport, error) {
	return e.ImportFrom(ctx, partnermatch.NewReader(r, name), name, opts)
}

// ImportFrom imports the records of any Source (another format's importer)
// with the same guarantees as Import.
func (e *Engine) ImportFrom(ctx context.Context, rd partnermatch.Source, name string, opts ImportOptions) (ImportReport, error) {
	var rep ImportReport
	batch := make([]partnermatch.Organization, 0, index.BatchSize)
	lineOf := map[string]int{} // id -> line, for duplicate notices
	inBatch := map[string]int{}
	batchLines := 0 // lines behind the batch, counting ones a later line superseded
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := e.idx.Put(ctx, batch); err != nil {
			return err
		}
		rep.Applied += batchLines
		batch, batchLines = batch[:0], 0
		clear(inBatch)
		e.invalidate()
		if opts.Progress != nil {
			opts.Progress(rep.Read)
		}
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rep, fmt.Errorf("%s: reading: %w", name, err)
		}
		rep.Read++
		if rec.Err != nil {
			rep.Refused++
			rep.Refusals = append(rep.Refusals, rec.Err)
			continue
		}
		id := rec.Org.ID
		if first, dup := lineOf[id]; dup {
			rep.Replaced = append(rep.Replaced, fmt.Sprintf("%s:%d: id %q was already given on line %d; this later line replaces it", name, rec.Line, id, first))
			if i, ok := inBatch[id]; ok {
				// Same batch: replace in place, it was never applied.
				batch[i] = rec.Org
				lineOf[id] = rec.Line
				batchLines++
				continue
			}
		}
		lineOf[id] = rec.Line
		inBatch[id] = len(batch)
		batch = append(batch, rec.Org)
		batchLines++
		if len(batch) == index.BatchSize {
			if err := flush(); err != nil {
				return rep, err
			}
		}
	}
	return rep, flush()
}
