package scoring

import (
	"testing"

	"github.com/partnermatch/partnermatch"
)

// TestFringeLender pins which organizations are read as fringe lenders:
// those that say they make such loans, not those that say they fight them,
// and that a packed profile keeps the reading.
func TestFringeLender(t *testing.T) {
	tests := []struct {
		name, orgName, mission string
		want                   bool
	}{
		{"a lender by its name", "QuickCash Title & Payday Loans", "", true},
		{"a lender by its mission", "QuickCash Northgate", "PAYDAY ADVANCES, CHEQUE CASHING, INSTALLMENT LOANS. OPEN 7 DAYS.", true},
		{"car title loans", "QuikDesert Title & Cash", "Fast cash and car title loans. Aproval in 15 minutes.", true},
		{"the same in French", "Argent Express", "Prêts sur salaire et encaissement de chèques, 7 jours sur 7.", true},
		{"the same in Spanish", "Dinero Ya", "Préstamos de día de pago y cambio de cheques sin cita.", true},
		{"a credit union that is the alternative", "Puente Credit Union", "Small loans so that families never need a payday lender again.", false},
		{"a credit union against them", "Caisse solidaire", "Des petits prêts, une alternative aux prêts sur salaire.", false},
		{"a drop-in that refuses their money", "Aberdeen Youth Drop-In", "(And no, we won't take money from payday lenders, thanks.)", false},
		{"a fund named for cash", "Cash for Kids Foundation", "We give school supplies to children.", false},
	}
	lx := DefaultLexicon()
	for _, tt := range tests {
		org := &partnermatch.Organization{ID: "x", Name: tt.orgName, Sector: partnermatch.Business, Mission: tt.mission}
		p := lx.NewProfile(org)
		if p.FringeLender != tt.want {
			t.Errorf("%s: FringeLender %v, want %v", tt.name, p.FringeLender, tt.want)
		}
		unpacked, err := lx.UnpackProfile("x", p.AppendPacked(nil))
		if err != nil {
			t.Fatal(err)
		}
		if unpacked.FringeLender != tt.want {
			t.Errorf("%s: packed and unpacked, FringeLender %v, want %v", tt.name, unpacked.FringeLender, tt.want)
		}
	}
}
