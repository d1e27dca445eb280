package scoring

import (
	"math"

	"github.com/partnermatch/partnermatch"
)

// Corpus tells how common a word (a stem) is across the directory, so that
// sharing "gymnasium" counts for more than sharing "family".
type Corpus interface {
	IDF(stem string) float64
}

// DocFreq counts in how many profiles each stem occurs. The zero value is
// an empty corpus in which every word is equally rare.
type DocFreq struct {
	Docs int
	DF   map[string]int
}

// Add counts one organization's words.
func (d *DocFreq) Add(o *partnermatch.Organization) {
	if d.DF == nil {
		d.DF = map[string]int{}
	}
	d.Docs++
	seen := map[string]bool{}
	lang := o.Lang()
	for _, t := range profileTexts(o) {
		for _, tk := range Analyze(t, lang) {
			if !seen[tk.Stem] {
				seen[tk.Stem] = true
				d.DF[tk.Stem]++
			}
		}
	}
}

// IDF is a smoothed inverse document frequency, 1 for a word seen nowhere
// else and falling towards 0 for a word every profile uses.
func (d *DocFreq) IDF(stem string) float64 {
	if d == nil || d.Docs == 0 {
		return 1
	}
	return IDFOf(d.Docs, d.DF[stem])
}

// IDFOf is the smoothed inverse document frequency of a word used by df of
// docs profiles, scaled to [0, 1].
func IDFOf(docs, df int) float64 {
	if docs <= 0 {
		return 1
	}
	return math.Log(float64(docs+1)/float64(min(df, docs)+1)) / math.Log(float64(docs+1))
}

func profileTexts(o *partnermatch.Organization) []string {
	texts := []string{o.Name, o.Mission}
	for _, l := range [][]string{o.Values, o.Goals, o.Offers, o.Needs} {
		texts = append(texts, l...)
	}
	return texts
}

type uniform struct{}

func (uniform) IDF(string) float64 { return 1 }

// cosine is the IDF-weighted cosine similarity of two bags of stems.
func cosine(a, b map[string]float64, c Corpus) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if c == nil {
		c = uniform{}
	}
	var dot, na, nb float64
	for s, x := range a {
		idf := c.IDF(s)
		wx := x * idf
		na += wx * wx
		if y, ok := b[s]; ok {
			dot += wx * y * idf
		}
	}
	for s, y := range b {
		wy := y * c.IDF(s)
		nb += wy * wy
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// bag returns the specific stems of phrases with their counts.
func bag(ps []Phrase) map[string]float64 {
	m := map[string]float64{}
	for _, p := range ps {
		for s := range p.stems {
			if !generic[s] {
				m[s]++
			}
		}
	}
	return m
}
