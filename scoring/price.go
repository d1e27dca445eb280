package scoring

import (
	"regexp"
	"strings"
)

// priced reports whether an offer is sold rather than given: an amount of
// money with a rate or fee ("$150 an hour", "registration $200", "0,25 $
// le mot", "tarifa de $3,000 al mes", "10% nonprofit discount"), or
// selling said outright ("we sell ads", "à vendre", "for a fee"). An
// amount an offer names without saying it gives money is a price too
// ("Welding certificate program, $6,500", "Formation, 2 jours, 350 $",
// "Taller de calzado, 500 pesos"): a grant "up to $15,000" or a business
// that "pays for uniforms" names money given. words are splitWords(text).
func priced(text string, words []string) bool {
	t := strings.ToLower(text)
	for _, p := range salePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	if !moneyAmount.MatchString(t) {
		return false
	}
	givesMoney := false
	for _, w := range words {
		if rateWords[w] {
			return true
		}
		givesMoney = givesMoney || moneyGivingWords[w] || strings.HasSuffix(w, "grants") // "microgrants"
	}
	return !givesMoney
}

var (
	moneyAmount = regexp.MustCompile(`[$€£]\s?\d|\d\s?(\$|€|£|dollars?\b|euros?\b|pesos?\b|dólares\b)|\d+\s?%`)
	// rateWords, next to an amount, make it a price.
	rateWords = fieldSet("per hour hourly hr month monthly year yearly annual each fee fees registration subscription starting rate rates price prices cost costs discount " +
		"heure mois an année mot chacun chaque tarif tarifs inscription abonnement partir rabais réduction prix coût " +
		"hora mes año cada tarifa tarifas precio precios cuota inscripción suscripción desde descuento costo")
	// moneyGivingWords say that an amount named is given: grants, awards,
	// donations, prizes, wages paid.
	moneyGivingWords = fieldSet("grant grants award awards awarded donate donates donated donation donations give gives giving fund funds funding sponsor sponsors sponsorship " +
		"scholarship scholarships prize prizes pay pays paid raise raised match matching stipend stipends wage wages proceeds up " +
		"subvention subventions bourse bourses don dons donne donnent verse versent versé commandite financement prix payé payés rémunéré rémunérés " +
		"beca becas dona donan donativo donativos apoyo apoyos patrocinio financiamiento premio premios paga pagan pagado salario sueldo hasta")
	// salePhrases sell without naming an amount.
	salePhrases = []string{"for a fee", "fee-based", "fee for service", "we sell", "for sale", "for purchase", "financing available", "payment plans",
		"competitive rates", "competitive prices", "competitive pricing", "affordable rates", "reasonable rates", "reduced rates", "discounted rates", "discounted hourly", "hourly rate", "sliding scale", "sliding-scale", "free quote", "free estimate", "request a quote", "get a quote",
		"à vendre", "nous vendons", "on vend", "payant", "moyennant", "tarif réduit", "tarifs réduits", "tarifs préférentiels", "tarif préférentiel", "prix compétitifs", "prix réduit", "prix réduits", "soumission gratuite", "devis gratuit",
		"vendemos", "se vende", "en venta", "de pago", "con costo", "tarifa reducida", "tarifas reducidas", "tarifa preferencial", "tarifas preferenciales", "precios competitivos", "precios accesibles", "precio reducido", "precios reducidos", "presupuesto sin compromiso", "cotización gratis", "cotización gratuita"}
)
