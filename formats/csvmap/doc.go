// Package csvmap imports any CSV file whose columns are mapped to profile
// fields, as in
//
//	partnermatch import --format csv --map id=EIN,name=NAME,mission=Description,lat=Latitude,lon=Longitude,offers=Services,needs=Needs --index DIR FILE.csv
//
// See ParseMapping for the syntax. Each row becomes one profile:
//
//   - Text fields (name, mission, address, city, …) are cleaned (Windows-1252
//     bytes are read as such, white space is collapsed) and long texts are cut
//     at a word boundary to the interchange format's limits.
//   - List fields (values, goals, offers, needs, partners, avoid) are split on
//     ';' or '|'; repeats are dropped.
//   - Cells reading NA, N/A, NULL, None or nan count as empty.
//   - id: the id column's value as it is when it is a valid id, made valid
//     otherwise (other characters become '-', with a short hash to keep ids
//     apart); without an id column, "csv:" + the name and the postal code or
//     city, so that re-importing a file gives the same ids.
//   - sector: the sector column's value, a sector's name or a common word for
//     one (charity, school, church, council, club, …); without a sector
//     column, what the name clearly says (a department, a school, a church),
//     else nonprofit.
//
// A row with a value that cannot be read (a latitude of "abc", an unknown
// sector, an email without '@') is refused with its file, line and column,
// and reading goes on. The file is read with encoding/csv reusing its record:
// memory does not grow with it. A row whose id repeats an earlier row's
// replaces it when imported, and the import reports it.
//
// A plain CSV has no contact people: nothing here creates individual
// profiles unless the file maps them itself (sector=individual).
package csvmap
