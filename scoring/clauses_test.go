package scoring

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
)

// wordsAndCommas is the regular expression it replaced, on every text of
// the example town and on the odd characters that could tell them apart.
func TestWordsAndCommasIsTheRegexp(t *testing.T) {
	re := regexp.MustCompile(`[\p{L}\p{N}]+|[,;/—–]| -( )`)
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "a,b;c/d", "x²³ ½ Ⅻ", "café—déjà vu… 3) ok", "venue - gala – x-ray", "a -b - c", "bad \xff utf8, ok", "ﬁ ǅ 日本語/한국어"}
	for _, o := range orgs {
		texts = append(texts, o.Mission)
		texts = append(texts, o.Offers...)
		texts = append(texts, o.Needs...)
	}
	for _, text := range texts {
		text = strings.ToLower(text)
		want := re.FindAllString(text, -1)
		for i, w := range want {
			if w == "–" || w == " - " {
				want[i] = "—" // every setting-off dash is one token
			}
		}
		if got := wordsAndCommas(text); !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
