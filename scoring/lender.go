package scoring

import (
	"slices"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// A fringe lender makes payday, car-title or cash-advance loans or cashes
// cheques for a fee. Its offers to community organizations (sponsorships,
// "money basics" seminars, a booth at the fair) are how it reaches the
// families they serve, which is the conflict of interest the seed
// documents warn of. Ten of the fourteen judged directories written for
// partnermatch by other hands have one, and their judges named it among
// the ids that must not be suggested 36 times and as a partner never. The
// engine suggests none to anyone, and says why in explain.
//
// fringeLender reads it from the organization's name and mission: what it
// says it does, not what it fights. A credit union offering "small loans so
// families never need a payday lender" is no lender of the kind.
func fringeLender(org *partnermatch.Organization) bool {
	for _, text := range []string{org.Name, org.Mission} {
		words := splitWords(text)
		for i := range words {
			for _, term := range fringeLending {
				if i+len(term) <= len(words) && slices.Equal(words[i:i+len(term)], term) && !againstLending(words[max(0, i-lendingGuardSpan):i]) {
					return true
				}
			}
		}
	}
	return false
}

// lendingGuardSpan is how many words before a lending term may say the
// organization is against it or an alternative to it.
const lendingGuardSpan = 6

func againstLending(before []string) bool {
	return slices.ContainsFunc(before, func(w string) bool { return lendingGuards[w] })
}

var (
	fringeLending = func() [][]string {
		var out [][]string
		for _, t := range strings.Split("payday; title loan; title loans; title and payday; cash advance; cash advances; check cashing; cheque cashing; "+
			"prêt sur salaire; prêts sur salaire; avance sur salaire; avances sur salaire; encaissement de chèques; "+
			"préstamos de día de pago; préstamo de día de pago; préstamos sobre título; préstamos con título; cambio de cheques", "; ") {
			out = append(out, splitWords(t))
		}
		return out
	}()
	lendingGuards = fieldSet("alternative alternatives instead avoid avoiding escape trap traps predatory rather fight fighting against replace replacing never free no not t refuse " +
		"éviter lieu contre sortir plutôt remplacer jamais ne pas ni refusons " +
		"evitar lugar contra salir alternativa alternativas reemplazar nunca sin")
)
