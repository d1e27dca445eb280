package ohana

import (
	"bytes"
	"encoding/json"
	"strings"
)

// The documents of the Ohana API's MongoDB export, in MongoDB extended JSON
// ({"$oid": …} ids, {"$date": …} times). Fields not used are ignored.

type orgDoc struct {
	MongoID key    `json:"_id"`
	ID      key    `json:"id"`
	Name    string `json:"name"`
}

type locationDoc struct {
	MongoID     key          `json:"_id"`
	ID          key          `json:"id"`
	OrgID       key          `json:"organization_id"`
	Name        string       `json:"name"`
	Kind        string       `json:"kind"`
	Description string       `json:"description"`
	ShortDesc   string       `json:"short_desc"`
	Coordinates []float64    `json:"coordinates"` // [longitude, latitude]
	Address     *addressDoc  `json:"address_attributes"`
	MailAddress *addressDoc  `json:"mail_address_attributes"`
	URLs        []string     `json:"urls"`
	Emails      []string     `json:"emails"`
	Contacts    []contactDoc `json:"contacts_attributes"`
	Products    []string     `json:"products"`
	Payments    []string     `json:"payments"` // farmers' markets: WIC, SNAP…

	line int // in locations.json
}

type addressDoc struct {
	Street string `json:"street"`
	City   string `json:"city"`
	State  string `json:"state"`
	Zip    string `json:"zip"`
}

type contactDoc struct {
	MongoID key    `json:"_id"`
	Name    string `json:"name"`
	Title   string `json:"title"`
	Email   string `json:"email"`
}

type serviceDoc struct {
	LocationID  key      `json:"location_id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Keywords    []string `json:"keywords"`
}

// key is an identifier written as a number, a string or {"$oid": "…"}.
type key string

func (k *key) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*k = ""
	case len(b) > 0 && b[0] == '{':
		var oid struct {
			OID string `json:"$oid"`
		}
		if err := json.Unmarshal(b, &oid); err != nil {
			return err
		}
		*k = key(oid.OID)
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*k = key(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return err
		}
		*k = key(n.String())
	}
	*k = key(strings.TrimSpace(string(*k)))
	return nil
}
