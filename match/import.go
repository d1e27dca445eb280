package match

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/index"
	"github.com/partnermatch/partnermatch/scoring"
)

// ImportReport says what an import did: every non-blank line was either
// applied or refused.
type ImportReport struct {
	Read    int `json:"read"`
	Applied int `json:"applied"`
	Refused int `json:"refused"`
	// Unchanged counts the lines applied that changed nothing: the index
	// already held the organization exactly as given, with its profile
	// read by this version, so it was not written again (an import run a
	// second time, or resumed after an interruption). Applied includes them.
	Unchanged int                       `json:"unchanged"`
	Refusals  []*partnermatch.LineError `json:"-"`
	// Replaced lists notices of ids given twice in one file: the later line
	// wins.
	Replaced []string `json:"replaced,omitempty"`
}

// Progress, when set in ImportOptions, is called after each batch is
// applied with the number of lines read so far.
type Progress func(read int)

// ImportOptions tunes an import. The zero value is ready to use.
type ImportOptions struct {
	Progress Progress
}

// Import reads a directory in the interchange format from r (name is used
// in messages) and inserts or replaces every valid line by id, in batches.
// Each line is applied whole or refused; batches already applied stay
// applied if a later one fails, and the report counts only what was applied.
// Running the same import again after an interruption applies every line
// again (insert or replace), so it ends with each organization present once;
// lines the index already holds as given are counted, not written again.
func (e *Engine) Import(ctx context.Context, r io.Reader, name string, opts ImportOptions) (ImportReport, error) {
	return e.ImportFrom(ctx, partnermatch.NewReader(r, name), name, opts)
}

// pending is a batch read and analysed, waiting to be written.
type pending struct {
	orgs     []partnermatch.Organization
	profiles []*scoring.Profile
	lines    int // lines behind the batch, counting ones a later line superseded
	// unchanged lines of the batch, dropped from orgs: the index holds them
	unchanged int
	read      int // lines read when the batch was cut
}

// ImportFrom imports the records of any Source (another format's importer)
// with the same guarantees as Import. Reading and analysis of the next batch
// overlap with writing the current one.
func (e *Engine) ImportFrom(ctx context.Context, src partnermatch.Source, name string, opts ImportOptions) (ImportReport, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer bulkGC()()
	// With a valid snapshot the store is loaded first (seconds), so that
	// the import can leave a new snapshot behind; without one it is not
	// (the whole index would be read), and the next Load reads the index.
	e.writeMu.Lock()
	err := e.loadLocked(false)
	e.writeMu.Unlock()
	if err != nil {
		return ImportReport{}, err
	}
	defer func() {
		e.writeMu.Lock()
		e.saveSnapshotLocked()
		e.writeMu.Unlock()
	}()
	var rep ImportReport
	// Into an index that holds organizations already, lines it holds as
	// given are not written again: resuming an interrupted import of a
	// million then re-indexes only what is missing. Into an empty one
	// (a first import) the lookup would find nothing and cost 5% of it.
	held, err := e.idx.Count()
	if err != nil {
		return rep, err
	}
	skipSame := held > 0
	batches := make(chan pending, 2)
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(batches)
		readErr = e.readBatches(ctx, src, name, skipSame, &rep, batches)
	}()
	var writeErr error
	var next *pending // read, not yet written
	for {
		group := make([]pending, 0, 2)
		if next != nil {
			group, next = append(group, *next), nil
		} else if b, ok := <-batches; ok {
			group = append(group, b)
		} else {
			break
		}
		// A second batch that is ready is written at the same time, on the
		// other core, unless an id is in both (the later line must win).
		select {
		case b, ok := <-batches:
			if ok && disjoint(group[0].orgs, b.orgs) {
				group = append(group, b)
			} else if ok {
				next = &b
			}
		default:
		}
		if writeErr != nil {
			continue // drain so the reader can finish
		}
		for i, err := range e.applyGroup(ctx, group) {
			if err != nil {
				writeErr = cmp.Or(writeErr, err)
				cancel()
				continue
			}
			rep.Applied += group[i].lines
			rep.Unchanged += group[i].unchanged
			if opts.Progress != nil {
				opts.Progress(group[i].read)
			}
		}
	}
	wg.Wait()
	if writeErr != nil {
		return rep, writeErr
	}
	if readErr != nil && ctx.Err() == nil {
		return rep, readErr
	}
	return rep, ctx.Err()
}

// applyGroup writes batches that have no id in common to the index at
// once, each its own Bleve batch, and then those that were written to the
// store, in order, all under the write lock. It returns each batch's error.
func (e *Engine) applyGroup(ctx context.Context, group []pending) []error {
	errs := make([]error, len(group))
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	var wg sync.WaitGroup
	for i := range group {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if len(group[i].orgs) > 0 { // not all unchanged
				errs[i] = e.idx.PutProfiles(ctx, group[i].orgs, group[i].profiles)
			}
		}()
	}
	wg.Wait()
	for i, b := range group {
		if errs[i] == nil {
			e.putLocked(b.orgs, b.profiles)
		}
	}
	if err := e.wroteLocked(); err != nil {
		for i := range errs {
			errs[i] = cmp.Or(errs[i], err)
		}
	}
	return errs
}

func disjoint(a, b []partnermatch.Organization) bool {
	ids := make(map[string]bool, len(a))
	for i := range a {
		ids[a[i].ID] = true
	}
	for i := range b {
		if ids[b[i].ID] {
			return false
		}
	}
	return true
}

// readBatches reads records, refuses bad ones, folds repeated ids within a
// batch, analyses each batch on all cores and sends it on.
func (e *Engine) readBatches(ctx context.Context, src partnermatch.Source, name string, skipSame bool, rep *ImportReport, out chan<- pending) error {
	lineOf := map[string]int{} // id -> line, for duplicate notices
	inBatch := map[string]int{}
	// again holds the ids given more than once: a later line is never
	// skipped, since an earlier one may not be written yet when it is read.
	again := map[string]bool{}
	cur := pending{}
	send := func() error {
		if len(cur.orgs) == 0 {
			return nil
		}
		var same func(o *partnermatch.Organization) bool
		if skipSame {
			same = func(o *partnermatch.Organization) bool { return !again[o.ID] && e.holds(ctx, o) }
		}
		profiles := e.analyse(cur.orgs, same)
		if skipSame {
			// New slices, not the batch's moved up in place: each profile
			// points at its organization in cur.orgs, which must not move.
			orgs, kept := make([]partnermatch.Organization, 0, len(cur.orgs)), make([]*scoring.Profile, 0, len(profiles))
			for i, p := range profiles {
				if p == nil {
					cur.unchanged++
					continue
				}
				orgs, kept = append(orgs, cur.orgs[i]), append(kept, p)
			}
			cur.orgs, profiles = orgs, kept
		}
		cur.profiles = profiles
		cur.read = rep.Read
		select {
		case out <- cur:
		case <-ctx.Done():
			return ctx.Err()
		}
		cur = pending{}
		clear(inBatch)
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := src.Next()
		if err == io.EOF {
			return send()
		}
		if err != nil {
			return fmt.Errorf("%s: reading: %w", name, err)
		}
		rep.Read++
		if rec.Err != nil {
			rep.Refused++
			rep.Refusals = append(rep.Refusals, rec.Err)
			continue
		}
		id := rec.Org.ID
		if first, dup := lineOf[id]; dup {
			again[id] = true
			rep.Replaced = append(rep.Replaced, fmt.Sprintf("%s:%d: id %q was already given on line %d; this later line replaces it", name, rec.Line, id, first))
			if i, ok := inBatch[id]; ok {
				// Same batch: replace in place, it was never applied.
				cur.orgs[i] = rec.Org
				lineOf[id] = rec.Line
				cur.lines++
				continue
			}
		}
		lineOf[id] = rec.Line
		inBatch[id] = len(cur.orgs)
		cur.orgs = append(cur.orgs, rec.Org)
		cur.lines++
		if len(cur.orgs) == index.BatchSize {
			if err := send(); err != nil {
				return err
			}
		}
	}
}

// While imports run, the garbage collector runs less often: bulk loading
// makes garbage fast (a third of the import's CPU went to collecting it at
// the default GOGC of 100), and three times the live heap stays well within
// the import's memory budget, which a soft limit guards. Settings a program
// made itself (a higher GOGC, or a memory limit) are left alone.
const (
	importGCPercent   = 300
	importMemoryLimit = 2 << 30
)

var bulk struct {
	sync.Mutex
	imports            int
	gcPercent          int
	limit              int64
	raised, limitedOwn bool
}

// bulkGC tunes the collector for an import and returns what undoes it when
// the last import running ends.
func bulkGC() (restore func()) {
	bulk.Lock()
	defer bulk.Unlock()
	if bulk.imports == 0 {
		bulk.gcPercent = debug.SetGCPercent(importGCPercent)
		bulk.raised = bulk.gcPercent >= 0 && bulk.gcPercent < importGCPercent
		if !bulk.raised {
			debug.SetGCPercent(bulk.gcPercent)
		}
		bulk.limit = debug.SetMemoryLimit(-1)
		bulk.limitedOwn = bulk.raised && bulk.limit == math.MaxInt64
		if bulk.limitedOwn {
			debug.SetMemoryLimit(importMemoryLimit)
		}
	}
	bulk.imports++
	return func() {
		bulk.Lock()
		defer bulk.Unlock()
		if bulk.imports--; bulk.imports > 0 {
			return
		}
		if bulk.raised {
			debug.SetGCPercent(bulk.gcPercent)
		}
		if bulk.limitedOwn {
			debug.SetMemoryLimit(bulk.limit)
		}
	}
}

// holds reports whether the index stores o exactly as given, with a
// profile packed by this lexicon. A failed lookup says no: the line is
// then written, which is always safe.
func (e *Engine) holds(ctx context.Context, o *partnermatch.Organization) bool {
	source, profile, err := e.idx.Stored(ctx, o.ID)
	if err != nil || source == nil {
		return false
	}
	want, err := index.Source(o)
	return err == nil && bytes.Equal(source, want) && e.lx.PackedWithThis(profile)
}

// analyse runs scoring.NewProfile over a batch on every core, but for the
// organizations same says the index holds already: their profile is nil.
func (e *Engine) analyse(orgs []partnermatch.Organization, same func(*partnermatch.Organization) bool) []*scoring.Profile {
	out := make([]*scoring.Profile, len(orgs))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(orgs); i += workers {
				if same == nil || !same(&orgs[i]) {
					out[i] = e.lx.NewProfile(&orgs[i])
				}
			}
		}(w)
	}
	wg.Wait()
	return out
}
