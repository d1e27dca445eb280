package irsbmf

// What the master file's SUBSECTION, CLASSIFICATION and FOUNDATION codes
// say, after the IRS's documentation of the EO BMF extract ("Subsection and
// Classification Codes", "Foundation Code"; see README.md). Only the codes
// that say something about a partner are listed.

// subsections describes a 501(c) subsection, by its two-digit code.
var subsections = map[string]string{
	"01": "Corporation organized under an Act of Congress",
	"02": "Title-holding corporation for an exempt organization",
	"03": "Charitable organization",
	"04": "Civic league or social welfare organization",
	"05": "Labor, agricultural or horticultural organization",
	"06": "Business league, chamber of commerce or board of trade",
	"07": "Social and recreational club",
	"08": "Fraternal beneficiary society",
	"09": "Voluntary employees' beneficiary association",
	"10": "Domestic fraternal society",
	"13": "Cemetery company",
	"14": "State-chartered credit union",
	"19": "Veterans' organization",
	"20": "Legal service organization",
	"23": "Veterans' association founded before 1880",
	"40": "Religious or apostolic association",
	"92": "Charitable trust (private foundation)",
}

// charitableClasses describes the first digit of a 501(c)(3)
// organization's CLASSIFICATION.
var charitableClasses = map[byte]string{
	'1': "Charitable organization",
	'2': "Educational organization",
	'3': "Literary organization",
	'4': "Organization to prevent cruelty to animals",
	'5': "Organization to prevent cruelty to children",
	'6': "Organization for public safety testing",
	'7': "Religious organization",
	'8': "Scientific organization",
}

// describe returns the phrase of a subsection and classification, "" when
// the codes are unknown.
func describeSubsection(sub, class string) string {
	if sub == "03" && class != "" {
		if d, ok := charitableClasses[class[0]]; ok {
			return d
		}
	}
	return subsections[sub]
}
