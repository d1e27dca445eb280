package irsbmf

import (
	"strings"
	"unicode"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// PersonSuffix ends the id of an in-care-of person's profile, imported only
// with Options.IncludePeople: "ein:" + EIN + ":ico".
const PersonSuffix = ":ico"

// Words that show an in-care-of name is not a person ("% FOUNDATION
// SOURCE", "% WILMINGTON TRUST CO", "% WOMEN OF THE MOOSE CHAPTER 1814").
var notPerson = map[string]bool{
	"SOURCE": true, "INC": true, "CO": true, "CORP": true, "COMPANY": true, "TRUST": true, "BANK": true, "NA": true,
	"LTD": true, "LIMITED": true, "LLC": true, "LLP": true, "PC": true, "PA": true, "CPA": true, "CPAS": true,
	"FOUNDATION": true, "FUND": true, "SCHOOL": true, "CHURCH": true, "CHAPTER": true, "CLUB": true, "ASSOC": true,
	"ASSOCIATION": true, "SOCIETY": true, "COUNCIL": true, "DEPT": true, "DEPARTMENT": true, "OFFICE": true,
	"CENTER": true, "UNIVERSITY": true, "COLLEGE": true, "GROUP": true, "SERVICES": true, "PARTNERS": true,
	"CONTROLLER": true, "LODGE": true, "POST": true, "UNION": true, "LOCAL": true, "COMMITTEE": true,
	"OF": true, "THE": true, "AND": true, "FOR": true, "IN": true, "AT": true, "&": true,
}

// Titles around a person's name: kept as the person's role.
var titles = map[string]string{
	"TREASURER": "Treasurer", "TREAS": "Treasurer", "PRESIDENT": "President", "PRES": "President",
	"SECRETARY": "Secretary", "SEC": "Secretary", "TTEE": "Trustee", "TRUSTEE": "Trustee",
	"DIRECTOR": "Director", "DIR": "Director", "CHAIR": "Chair", "CHAIRMAN": "Chair", "CHAIRPERSON": "Chair",
	"CFO": "Chief financial officer", "CEO": "Chief executive officer", "ED": "Executive director",
	"MGR": "Manager", "MANAGER": "Manager", "ADMIN": "Administrator", "ADMINISTRATOR": "Administrator",
}

var honorifics = map[string]bool{"DR": true, "REV": true, "PASTOR": true, "PAS": true, "MR": true, "MRS": true, "MS": true, "ATTY": true, "HON": true}

// careOf returns the individual profile of an in-care-of name that is a
// person's ("% JOHN A JADACH", "% PAUL WILLBANKS TREASURER"), linked to the
// organization through partners both ways, and nil for any other ("%
// FOUNDATION SOURCE", a bank, a firm). The person gets the organization's
// town and ZIP coordinates, never its street address, which may be theirs.
func careOf(ico string, org *partnermatch.Organization) *partnermatch.Organization {
	words := strings.Fields(strings.ToUpper(strings.TrimLeft(strings.TrimSpace(ico), "% ")))
	role := ""
	for len(words) > 0 {
		last := strings.Trim(words[len(words)-1], ".,")
		if t, ok := titles[last]; ok {
			role = t
			words = words[:len(words)-1]
			continue
		}
		break
	}
	for len(words) > 0 && honorifics[strings.Trim(words[0], ".")] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		if notPerson[strings.Trim(w, ".,")] || !lettersOnly(w) {
			return nil
		}
	}
	name := titleCase(words)
	if role == "" {
		role = "Contact"
	}
	p := &partnermatch.Organization{
		ID:       org.ID + PersonSuffix,
		Name:     name,
		Sector:   partnermatch.Individual,
		Mission:  text.Mission(role + " of " + org.Name + " (its in-care-of name in the IRS master file)"),
		Partners: []string{org.ID},
	}
	if l := org.Location; l != nil {
		p.Location = &partnermatch.Location{Lat: l.Lat, Lon: l.Lon, City: l.City, Region: l.Region, Country: l.Country}
	}
	org.Partners = append(org.Partners, p.ID)
	return p
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r == '.' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

// titleCase writes "JOHN A MCQUEEN JR" as "John A Mcqueen Jr" and
// "MARY-ANN O'NEIL" as "Mary-Ann O'Neil".
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		switch w {
		case "II", "III", "IV":
			out[i] = w
			continue
		}
		rs := []rune(strings.ToLower(w))
		for k := range rs {
			if k == 0 || rs[k-1] == '-' || rs[k-1] == '\'' {
				rs[k] = unicode.ToUpper(rs[k])
			}
		}
		out[i] = string(rs)
	}
	return strings.Join(out, " ")
}
