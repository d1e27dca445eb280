package scoring

import (
	"fmt"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// maxExchangeReasons bounds how many need-offer pairs are told in words each
// way; exchanges lists them all.
const maxExchangeReasons = 3

// reasons builds the sentences of a suggestion from its evidence: which offer
// meets which need (and through which concept when the words differ), which
// purpose they share, how far apart they are, and what to be careful about.
func (lx *Lexicon) reasons(a, b *Profile, ev *Evaluation, g Graph) []string {
	an, bn := a.Org.Name, b.Org.Name
	var out []string
	for i, m := range ev.Gives {
		if i == maxExchangeReasons {
			break
		}
		switch m.Via {
		case ViaNeed:
			out = append(out, fmt.Sprintf("%s is looking for %q, which is the opening %s needs: %q%s.", bn, m.Offer.Text, an, m.Need.Text, lx.link(m, an, bn)))
		case ViaBuyer:
			out = append(out, fmt.Sprintf("%s needs %q, which %s can supply: a customer for %s's need %q.", bn, m.Offer.Text, an, an, m.Need.Text))
		case ViaUser:
			out = append(out, fmt.Sprintf("%s needs %q: it would be one of the users %s is looking for (%q).", bn, m.Offer.Text, an, m.Need.Text))
		default:
			out = append(out, fmt.Sprintf("%s can meet %s's need %q with %q%s.", bn, an, m.Need.Text, m.Offer.Text, lx.link(m, an, bn)))
		}
	}
	for i, m := range ev.Receives {
		if i == maxExchangeReasons {
			break
		}
		lead := "In return, "
		if len(ev.Gives) == 0 || i > 0 {
			lead = ""
		}
		switch m.Via {
		case ViaNeed:
			out = append(out, capitalize(fmt.Sprintf("%s%s is looking for %q, which is the opening %s needs: %q.", lead, an, m.Offer.Text, bn, m.Need.Text)))
		case ViaBuyer:
			out = append(out, capitalize(fmt.Sprintf("%s%s needs %q, which %s can supply: a customer for %s's need %q.", lead, an, m.Offer.Text, bn, bn, m.Need.Text)))
		case ViaUser:
			out = append(out, capitalize(fmt.Sprintf("%s%s needs %q: it would be one of the users %s is looking for (%q).", lead, an, m.Offer.Text, bn, m.Need.Text)))
		default:
			out = append(out, capitalize(fmt.Sprintf("%s%s's %q meets %s's need %q%s.", lead, an, m.Offer.Text, bn, m.Need.Text, lx.link(m, bn, an))))
		}
	}
	for _, m := range ev.Gives {
		if m.Need.Tongue != "" && m.Need.Tongue != b.Lang {
			out = append(out, fmt.Sprintf("%s asks for %q in %s; %s works in %s, so this counts for less.", an, m.Need.Text, tongueName(m.Need.Tongue), bn, tongueName(b.Lang)))
		}
	}
	switch {
	case ev.PaysInMentions:
		out = append(out, fmt.Sprintf("One-sided: %s offers only to be seen (posts, mentions, a logo) and asks for most of what it needs free; it is a request for support rather than a partnership.", bn))
	case len(ev.Gives) > 0 && len(ev.Receives) == 0:
		out = append(out, fmt.Sprintf("One-sided: nothing %s lists meets a need of %s, so the benefit runs one way.", an, bn))
	case onlyTakesForFree(a, ev.Gives, ev.Receives):
		out = append(out, fmt.Sprintf("One-sided: %s offers nothing %s needs and asks for what it would get free; it is a request for support rather than a partnership.", bn, an))
	case len(ev.Gives) == 0 && len(ev.Receives) > 0:
		out = append(out, fmt.Sprintf("One-sided: %s offers nothing %s needs; %s would be the one giving.", bn, an, an))
	}
	for i, c := range ev.Shared {
		if i == 2 {
			break
		}
		out = append(out, fmt.Sprintf("Both work on %s: %s says %q and %s says %q.", lx.Concepts[c].Label, an, a.purposeText[c], bn, b.purposeText[c]))
	}
	if ev.Suggestion.Components.Reach >= w.wellConnected {
		out = append(out, fmt.Sprintf("%s is one of the best-connected organizations here (%s) and can open doors where %s needs reach and trust.", bn, plural(g.Partners, "partner link"), an))
	}
	if ev.Competition >= w.competitionCaution {
		out = append(out, fmt.Sprintf("Caution: %s and %s need and offer much the same things, so they may compete for the same volunteers, funders and people.", an, bn))
	}
	if r := discrepancyReason(a.Org, b.Org); r != "" {
		out = append(out, r)
	}
	out = append(out, distanceReason(a, b, ev))
	return out
}

// discrepancyReason warns when one partner is many times the other's size:
// the smaller one risks being overwhelmed, the larger one dominating.
func discrepancyReason(a, b *partnermatch.Organization) string {
	size := func(o *partnermatch.Organization) (float64, string) {
		if o.Size == nil {
			return 0, ""
		}
		if o.Size.AnnualBudget != nil && *o.Size.AnnualBudget > 0 {
			return *o.Size.AnnualBudget, "budget"
		}
		if o.Size.Staff != nil && *o.Size.Staff > 0 {
			return float64(*o.Size.Staff), "staff"
		}
		return 0, ""
	}
	sa, ka := size(a)
	sb, kb := size(b)
	if sa == 0 || sb == 0 || ka != kb {
		return ""
	}
	big, small, ratio := a.Name, b.Name, sa/sb
	if sb > sa {
		big, small, ratio = b.Name, a.Name, sb/sa
	}
	if ratio < w.discrepancyRatio {
		return ""
	}
	return fmt.Sprintf("Mind the difference in size: %s's %s is about %.0f times %s's; agree roles and decisions up front so the smaller partner is not overwhelmed.", big, ka, ratio, small)
}

// linkingConcept returns the concept that links a need to an offer: the
// need's concept, unless the offer names only something broader ("30
// volunteers who can help at events" for "volunteer tutors"), which then is
// what they share, and meets the need only in part.
func (lx *Lexicon) linkingConcept(m Match) int {
	if m.Concept < 0 || m.Offer == nil {
		return m.Concept
	}
	best, bestS := -1, 0.0
	for _, cs := range [][]int{m.Offer.Heads, m.Offer.Others} {
		for _, oc := range cs {
			if oc == m.Concept {
				return m.Concept // the offer names the need's concept itself
			}
			if s := lx.Meets(m.Concept, oc); s > bestS {
				best, bestS = oc, s
			}
		}
	}
	if best >= 0 && lx.isAncestor(best, m.Concept) {
		return best
	}
	return m.Concept
}

// link explains a match that shares no word, and flags inferred texts.
func (lx *Lexicon) link(m Match, needOwner, offerOwner string) string {
	var parts []string
	if c := lx.linkingConcept(m); c >= 0 && c != m.Concept {
		parts = append(parts, "both are about "+lx.Concepts[c].Label+", not specifically "+lx.Concepts[m.Concept].Label)
	} else if m.Concept >= 0 {
		parts = append(parts, "both are about "+lx.Concepts[m.Concept].Label)
	}
	switch {
	case m.Need.Inferred && m.Offer.Inferred:
		parts = append(parts, "both read from their mission statements")
	case m.Need.Inferred:
		parts = append(parts, "the need is read from "+needOwner+"'s mission statement")
	case m.Offer.Inferred:
		parts = append(parts, "the offer is read from "+offerOwner+"'s mission statement")
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

func distanceReason(a, b *Profile, ev *Evaluation) string {
	if !ev.HasDistance {
		missing := a.Org.Name
		if _, _, ok := a.Org.Point(); ok {
			missing = b.Org.Name
		}
		return fmt.Sprintf("Distance unknown: %s gives no coordinates.", missing)
	}
	ra, rb := Radius(a.Org), Radius(b.Org)
	where := "within both service areas"
	if !ev.Within {
		where = "beyond the reach of one of them"
	}
	return fmt.Sprintf("%.1f km apart, %s (%s %g km, %s %g km).", ev.Distance, where, a.Org.Name, ra, b.Org.Name, rb)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// tongueName names a language code in English, as the reasons are written.
func tongueName(code string) string {
	switch code {
	case "fr":
		return "French"
	case "es":
		return "Spanish"
	case "en":
		return "English"
	}
	return "another language"
}
