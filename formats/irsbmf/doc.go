// Package irsbmf imports the IRS Exempt Organizations Business Master File
// extract (EO BMF): the CSV files the IRS publishes per state (eo_XX.csv),
// plain or gzip-compressed, one file or a directory of them.
//
// The file has no descriptive text and no coordinates. Each row becomes one
// profile:
//
//	id        "ein:" + the 9-digit EIN (read as text: leading zeros matter)
//	name      NAME, as written (upper case)
//	mission   the label of its NTEE category, "Food Banks & Pantries" (K31),
//	          with its major group for the codes all groups share, "Alliances &
//	          Advocacy (Arts, Culture & Humanities)", from the NTEE Core Codes
//	          table shipped in ntee.csv (see README.md); without an NTEE code,
//	          what its 501(c) subsection and classification say ("Religious
//	          organization", "Social and recreational club")
//	sector    a church (FOUNDATION 10) is faith; else by NTEE: B education,
//	          E-H health, X faith, N and Y community, S40-S47 business
//	          (chambers of commerce), S20-S22 and S80-S82 community (neighborhood
//	          associations, service clubs), others nonprofit; without NTEE, by
//	          foundation code (school, hospital, governmental unit) and
//	          subsection (04 civic leagues, 07 social clubs, 19 veterans:
//	          community; 06 business leagues: business; …), else nonprofit
//	location  STREET, CITY, STATE, ZIP, country US; coordinates from the
//	          centre of its ZIP code when a ZIP centroid table is given
//	          (Options.Centroids, see LoadCentroids), else none
//	size      annual_budget from REVENUE_AMT when the organization files
//
// Every file is read with encoding/csv reusing its record buffer: memory
// does not grow with the file. Errors name the file, the line and the
// column. An EIN given twice yields two profiles with the same id; the later
// row replaces the earlier when imported, and the import reports it.
//
// The in-care-of name (ICO) is usually a person, an officer of a small
// organization. It is never imported by default. With Options.IncludePeople
// an ICO that reads as a person's name ("% JOHN A JADACH") becomes an
// individual profile ("ein:" + EIN + ":ico") linked to the organization
// through partners both ways, with the organization's town and ZIP
// coordinates but not its street address, which may be the person's home.
package irsbmf
