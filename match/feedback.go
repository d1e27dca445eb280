package match

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/partnermatch/partnermatch"
)

// Verdict is what an organization made of a suggestion.
type Verdict string

// Verdicts. A declined suggestion is not made again; a partnership formed
// counts as an existing partner (left out unless Options.IncludePartners).
const (
	Interested Verdict = "interested"
	Declined   Verdict = "declined"
	Partnered  Verdict = "partnered"
)

// Feedback records what Org made of Other as a suggested partner: the
// "evaluate and adapt" practice of the partnership guides, kept where the
// engine can act on it.
type Feedback struct {
	Org     string    `json:"org"`
	Other   string    `json:"other"`
	Verdict Verdict   `json:"verdict"`
	Note    string    `json:"note,omitempty"`
	At      time.Time `json:"at"`
}

// RecordFeedback stores fb durably, replacing any earlier verdict of Org on
// Other. Both ids must exist.
func (e *Engine) RecordFeedback(ctx context.Context, fb Feedback) error {
	switch fb.Verdict {
	case Interested, Declined, Partnered:
	default:
		return partnermatch.FieldErrorf("verdict", "%q is not a verdict (interested, declined or partnered)", fb.Verdict)
	}
	if fb.Org == fb.Other {
		return partnermatch.FieldErrorf("other", "is the organization itself")
	}
	for _, id := range []string{fb.Org, fb.Other} {
		if _, err := e.Get(ctx, id); err != nil {
			return err
		}
	}
	if fb.At.IsZero() {
		fb.At = time.Now().UTC()
	}
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	all, err := e.feedback(fb.Org)
	if err != nil {
		return err
	}
	kept := all[:0]
	for _, f := range all {
		if f.Other != fb.Other {
			kept = append(kept, f)
		}
	}
	kept = append(kept, fb)
	raw, err := json.Marshal(kept)
	if err != nil {
		return err
	}
	return e.idx.SetMeta("feedback/"+fb.Org, raw)
}

// FeedbackOf returns the verdicts org has recorded, oldest first.
func (e *Engine) FeedbackOf(ctx context.Context, org string) ([]Feedback, error) {
	if _, err := e.Get(ctx, org); err != nil {
		return nil, err
	}
	return e.feedback(org)
}

func (e *Engine) feedback(org string) ([]Feedback, error) {
	raw, err := e.idx.Meta("feedback/" + org)
	if err != nil || raw == nil {
		return nil, err
	}
	var all []Feedback
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, fmt.Errorf("feedback of %q does not decode: %w", org, err)
	}
	return all, nil
}

// verdicts maps the ids org gave feedback on to the verdicts.
func (e *Engine) verdicts(org string) (map[string]Verdict, error) {
	all, err := e.feedback(org)
	if err != nil {
		return nil, err
	}
	m := make(map[string]Verdict, len(all))
	for _, f := range all {
		m[f.Other] = f.Verdict
	}
	return m, nil
}
