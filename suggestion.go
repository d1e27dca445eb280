package partnermatch

// Suggestion is one partner suggested for an organization, with the
// evidence behind it. Score is in [0, 1], higher is better; suggestions are
// returned best first.
type Suggestion struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Sector     Sector     `json:"sector"`
	Score      float64    `json:"score"`
	Components Components `json:"components"`
	DistanceKM *float64   `json:"distance_km,omitempty"`
	Exchanges  []Exchange `json:"exchanges"`
	Reasons    []string   `json:"reasons"`
}

// Components are the per-criterion scores, each in [0, 1], that make up a
// suggestion's score. A component with no evidence behind it is 0.
type Components struct {
	// Alignment: shared goals, values and purpose.
	Alignment float64 `json:"alignment"`
	// Complementarity: how well each side's offers meet the other's needs,
	// both ways; a one-sided match scores well below a mutual one.
	Complementarity float64 `json:"complementarity"`
	// Proximity: 1 next door, falling smoothly to 0 at the edge of the
	// nearer service radius; 0 when either location is unknown.
	Proximity float64 `json:"proximity"`
	// Reach: how well-connected the candidate is (partner links), counted
	// only when the organization needs introductions, trust or outreach.
	Reach float64 `json:"reach"`
}

// Exchange is one concrete need-offer pair: From can give Offer, which meets
// To's Need.
type Exchange struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Offer string `json:"offer"`
	Need  string `json:"need"`
	// Concept names what links the two texts when they share no word
	// ("cold storage"), empty otherwise.
	Concept string `json:"concept,omitempty"`
	// Strength of the match in (0, 1].
	Strength float64 `json:"strength"`
	// Inferred is true when the offer or the need was read from a mission
	// statement rather than listed by the organization.
	Inferred bool `json:"inferred,omitempty"`
	// Via is empty when Offer is one of From's offers. "need": Offer is one
	// of From's needs that seeks what To seeks to give (a club's need for
	// referees is the volunteer placement a school needs). "buyer": Offer is
	// one of From's needs that To's offers meet, making From the customer To
	// needs.
	Via string `json:"via,omitempty"`
}
