// Package ohana imports the MongoDB export of Code for America's Ohana API
// (organizations.json, locations.json, services.json: one document per
// line in MongoDB extended JSON, with {"$oid": …} ids).
//
// In Ohana an organization has only a name; what it does is told by its
// locations (description, kind, coordinates, address) and their services
// (keywords, descriptions). One organization becomes one profile:
//
//	id        "ohana:" + the organization's $oid
//	name      the organization's name
//	mission   the description of its main location (else its short_desc, else
//	          what its kind and payments say: "Farmers' market. Accepts WIC, SNAP.")
//	offers    its services' names, descriptions and keywords, and the products
//	          of farmers' markets (at most MaxOffers)
//	needs     the sentences of descriptions that ask for volunteers or
//	          donations (at most MaxNeeds)
//	location  the main location: one with coordinates ([longitude, latitude])
//	          and a street address, preferring one named like the organization
//	sector    from the locations' kind: government and libraries → government,
//	          clinics → health, education → education, farmers_markets →
//	          business; for generic kinds (human_services, other, arts, museums,
//	          entertainment, parks → nonprofit; sports → community) a name that
//	          clearly says more wins ("… Parks and Recreation Department")
//	url, email  the main location's first website, and its first email that
//	          names a role (info@, volunteer@) rather than, probably, a person
//
// Organizations whose locations are all of kind "test" are refused: the
// export carries a few fake organizations used to test the API.
//
// Streaming: organizations.json is read one line at a time; locations.json
// and services.json are loaded first into maps keyed by organization and
// location id, so their memory grows with their size. Errors name the file,
// the line and the field. A location whose organization is not in
// organizations.json, or a service whose location is not in locations.json,
// is refused; a location with coordinates that are not [longitude,
// latitude] is kept without them and reported.
//
// Contacts (contacts_attributes: staff names and titles) are people: they are
// read only with Options.IncludePeople and then become individual profiles
// ("ohana:person:" + the contact's $oid), linked to their organization
// through partners both ways, with their location's town and coordinates.
package ohana
