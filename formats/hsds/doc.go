// Package hsds imports directories in Open Referral's Human Services Data
// Specification: CSV data packages (HSDS 1-3, and the Ohana/iCarol CSV
// exports that follow them without a datapackage.json) and HSDS 3 JSON.
//
// One organization with its services and locations becomes one profile:
//
//	id        "hsds:" + the organization's id
//	name      the organization's name
//	mission   its description without its VOLUNTEERS, DONATIONS and practical
//	          sections (bus lines, hours, intake); else the overview of its main
//	          location or first service
//	offers    its services' names (without the organization's name in front) and
//	          the names of their taxonomy terms, then the numbered items or
//	          overview of their descriptions; without services, the items of its
//	          locations' descriptions (at most MaxOffers; phone numbers, emails,
//	          "call …" sentences and named staff removed)
//	needs     what its, its locations' and its services' descriptions ask for:
//	          "VOLUNTEERS:" and "DONATIONS:" sections that ask for something,
//	          and sentences asking for volunteers or donations (at most MaxNeeds)
//	values    whom its services are for: taxonomy terms of type "situation"
//	location  its main location: the first physical one with coordinates and a
//	          street address, preferring one named like the organization or its
//	          administration office
//	sector    what its name clearly says (a department, a school, a church),
//	          else its legal status, else the taxonomy tree most of its service
//	          terms are in (Health: health; Education: education), else nonprofit
//	url, email, founded   website, email, year_incorporated
//
// Long texts are cut at a word boundary to the interchange format's limits
// rather than refused.
//
// Streaming: the organizations table, or the JSON file, is read one
// organization at a time. The tables joined to it (locations, addresses,
// services, taxonomy, and contacts with people) are loaded into maps keyed by
// organization id first: their memory grows with their size.
//
// Errors name the file, the line where the row starts and the column. A bad
// organization row is refused; a bad joined row (a location with a latitude
// of "abc", a service of an unknown location, a location of an organization
// that is not in organizations.csv) is reported as refused too, and the
// organization is imported without it (a location with bad coordinates is
// kept without them).
//
// An organization id given twice yields two profiles with the same id: the
// later replaces the earlier when imported, and the import reports it.
//
// Contacts are people. They are read only with Options.IncludePeople, and
// then become individual profiles ("hsds:person:" + contact id) linked to
// their organization through partners both ways, with the organization's
// town and coordinates and never a street address.
package hsds
