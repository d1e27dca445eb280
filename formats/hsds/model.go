package hsds

// The HSDS entities an organization is built from, the same whether they
// were read from CSV tables or from HSDS 3 JSON.

type organization struct {
	ID, Name, AltName, Description string
	Email, Website, LegalStatus    string
	Founded                        int
	Services                       []*service
	Locations                      []*location
	Contacts                       []*contact
}

type service struct {
	ID, Name, AltName, Description, Status string
	Terms                                  []term
}

type location struct {
	ID, Name, Type, Description string
	Lat, Lon                    *float64
	Address                     *address
}

type address struct {
	Line1, Line2, City, Region, PostalCode, Country, Type string
}

// term is a taxonomy term attached to a service, with the name of the root
// of its tree ("Short-Term Housing" under "Housing").
type term struct {
	Name, Root string
	Situation  bool // describes whom a service is for, not what it gives
}

// contact is a person named by the directory. Contacts are read only when
// people are imported.
type contact struct {
	ID, Name, Title, Department, Email string
}
