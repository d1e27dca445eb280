package gen

import (
	"strings"

	"github.com/partnermatch/partnermatch"
)

var (
	firstNames = [3][]string{
		{"Maria", "James", "Aisha", "David", "Linda", "Kevin", "Grace", "Marcus", "Priya", "Tom", "Keisha", "Daniel", "Emily", "Luis", "Hannah", "Omar", "Rachel", "Samuel", "Nora", "Andre"},
		{"Sophie", "Jean", "Amélie", "Mathieu", "Chloé", "Louis", "Camille", "Étienne", "Léa", "Gabriel", "Manon", "Olivier", "Julie", "Antoine", "Fatou", "Nicolas"},
		{"Lucía", "Carlos", "Sofía", "Javier", "Valentina", "Diego", "Camila", "Mateo", "Isabel", "Andrés", "Gabriela", "José", "Paula", "Miguel", "Daniela", "Raúl"},
	}
	surnames = [3][]string{
		{"Johnson", "Smith", "Williams", "Brown", "Okafor", "Nguyen", "Patel", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Jackson", "Harris", "Martin", "Thompson", "Moore", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Lopez", "Hill", "Green", "Baker", "Kowalski", "Murphy"},
		{"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Girard", "Simard", "Diallo", "Nguyen"},
		{"García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Ortiz", "Castillo", "Vargas"},
	}
	saints = [3][]string{
		{"Mary", "Joseph", "Paul", "Peter", "Anne", "Francis", "John", "Luke", "Mark", "Patrick", "Catherine", "Vincent", "Andrew", "Michael"},
		{"Joseph", "Pierre", "Jean", "Michel", "François", "Luc", "Paul", "Denis", "Laurent", "Vincent"},
		{"José", "Pedro", "Juan", "Francisco", "Miguel", "Lucas", "Martín", "Pablo", "Andrés", "Judas Tadeo"},
	}
	streets = [3][]string{
		{"Main Street", "Oak Avenue", "Church Street", "Elm Street", "Park Avenue", "Mill Road", "River Road", "Washington Street", "Maple Avenue", "High Street", "Market Street", "School Street", "Lake Drive", "Pine Street", "Center Street", "Spring Street", "Union Avenue", "Broadway", "Cedar Lane", "Hillside Drive"},
		{"rue Principale", "rue de l'Église", "boulevard Saint-Joseph", "rue des Érables", "avenue du Parc", "rue Notre-Dame", "chemin du Moulin", "rue Sainte-Anne", "rue du Marché", "avenue des Pins"},
		{"Calle Principal", "Avenida Central", "Calle de la Iglesia", "Calle Juárez", "Avenida Hidalgo", "Calle Morelos", "Calle del Mercado", "Avenida de los Pinos", "Calle Reforma", "Calle Independencia"},
	}
)

// sectorSpecific are the sectors whose names follow their own patterns
// (a church, a school, a city department) more often than the theme's.
var sectorSpecific = map[partnermatch.Sector]float64{
	partnermatch.Faith:      0.9,
	partnermatch.Education:  0.7,
	partnermatch.Government: 0.7,
	partnermatch.Health:     0.5,
	partnermatch.Community:  0.5,
	partnermatch.Business:   1,
}

// name draws an organization's name: a person's for individuals; in
// English, sometimes a real name of the same sector and theme from
// ../shared/data; otherwise a pattern of the theme or the sector with the
// town's name.
func (g *generator) name(r *rng, s *skeleton) string {
	li := int(s.lang)
	if s.sector == partnermatch.Individual {
		return firstNames[li][r.intn(len(firstNames[li]))] + " " + surnames[li][r.intn(len(surnames[li]))]
	}
	th := g.b.themes[s.theme]
	if real := th.realName[string(s.sector)]; li == 0 && len(real) > 0 && r.chance(0.25) {
		g.stats.RealUsed++
		return real[r.intn(len(real))]
	}
	lang := languages[li]
	key := lang + "." + string(s.sector)
	var pool []string
	if p, ok := sectorSpecific[s.sector]; ok && r.chance(p) {
		pool = th.names[key]
		if len(pool) == 0 {
			pool = g.b.themes[0].names[key]
		}
		if len(pool) == 0 && s.sector == partnermatch.Business {
			pool = g.b.themes[g.b.byName["neighborhood"]].names[key]
		}
	}
	if len(pool) == 0 {
		pool = th.names[lang]
	}
	t := pool[r.intn(len(pool))]
	if !strings.Contains(t, "{") {
		if li == 0 {
			t = "{place} " + t
		} else {
			t = t + " de {place}"
		}
	}
	for strings.Contains(t, "{surname}") {
		t = strings.Replace(t, "{surname}", surnames[li][r.intn(len(surnames[li]))], 1)
	}
	t = strings.ReplaceAll(t, "{saint}", saints[li][r.intn(len(saints[li]))])
	t = strings.ReplaceAll(t, "{first}", firstNames[li][r.intn(len(firstNames[li]))])
	return fill(t, s.place)
}
