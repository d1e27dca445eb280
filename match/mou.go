package match

import (
	"context"
	"fmt"
	"strings"
)

// MOU drafts a memorandum of understanding for a partnership between id and
// other, in Markdown, from the evidence Explain finds: the shared purpose,
// what each side gives and receives (the exchanges become roles and shared
// resources), and the practices the partnership documents recommend
// (regular check-ins, measures of success, a review date). It is a starting
// point for the partners to edit, not a contract.
func (e *Engine) MOU(ctx context.Context, id, other string) (string, error) {
	a, err := e.Get(ctx, id)
	if err != nil {
		return "", err
	}
	b, err := e.Get(ctx, other)
	if err != nil {
		return "", err
	}
	x, err := e.Explain(ctx, id, other)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&sb, format+"\n", args...) }
	p("# Memorandum of understanding (draft)")
	p("")
	p("Between **%s** and **%s**.", a.Name, b.Name)
	if x.Excluded != "" {
		p("")
		p("> partnermatch would not suggest this partnership: %s. Review before going further.", x.Excluded)
	}
	p("")
	p("## 1. Shared purpose")
	p("")
	goals := append(append([]string{}, a.Goals...), b.Goals...)
	if len(goals) == 0 {
		p("- _State the goal the partners will pursue together._")
	}
	for _, g := range goals {
		p("- %s", g)
	}
	p("")
	p("## 2. Roles and resources")
	p("")
	for _, side := range []struct{ from, to, fromName, toName string }{{b.ID, a.ID, b.Name, a.Name}, {a.ID, b.ID, a.Name, b.Name}} {
		p("**%s** will provide to **%s**:", side.fromName, side.toName)
		n := 0
		for _, ex := range x.Exchanges {
			if ex.From != side.from {
				continue
			}
			switch ex.Via {
			case "need":
				p("- the opening it is looking for: %s (meeting the need: %s)", ex.Offer, ex.Need)
			case "buyer":
				p("- its custom, as a buyer of what it needs: %s (meeting the need: %s)", ex.Offer, ex.Need)
			default:
				p("- %s (meeting the need: %s)", ex.Offer, ex.Need)
			}
			n++
		}
		if n == 0 {
			p("- _Nothing found in the profiles yet: agree what this partner contributes, so the benefit runs both ways._")
		}
		p("")
	}
	p("## 3. Communication and decisions")
	p("")
	p("- A named contact on each side; a check-in every month and whenever a concern arises.")
	p("- Decisions about shared work are taken jointly; roles above are reviewed when either side's capacity changes.")
	p("- Each side declares any conflict of interest before it affects the partnership.")
	p("")
	p("## 4. Measuring success")
	p("")
	p("- _Agree two or three measures (participants reached, goods or hours exchanged, satisfaction of the people served) and collect them._")
	p("- Gather feedback from both teams and the community served at each review.")
	p("")
	p("## 5. Term and review")
	p("")
	p("- This memorandum starts on ____ and is reviewed after six months; either side may end it with 30 days' notice.")
	p("")
	p("Signed: ____________________ (%s)    ____________________ (%s)", a.Name, b.Name)
	return sb.String(), nil
}
