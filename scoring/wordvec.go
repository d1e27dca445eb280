package scoring

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"gonum.org/v1/gonum/floats"
)

//go:generate go run ./internal/wordvecgen -out wordvec/vectors.bin -glossaries wordvec/glossary-fr.tsv,wordvec/glossary-es.tsv

// wordVectorTable is the English word-vector table wordvecgen builds from
// the public-domain GloVe vectors (see wordvec/README.md).
//
//go:embed wordvec/vectors.bin
var wordVectorTable []byte

// wordVectors maps a word to its vector, scaled to unit length.
var wordVectors = sync.OnceValue(func() map[string][]float64 {
	vs, err := parseWordVectors(wordVectorTable)
	if err != nil {
		panic(err) // the table is embedded: a bad one is a bad build
	}
	return vs
})

// parseWordVectors reads a table in wordvecgen's format.
func parseWordVectors(b []byte) (map[string][]float64, error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var count, dims, version int
	if _, err := fmt.Fscanf(r, "pmwordvec %d %d %d\n", &version, &count, &dims); err != nil || version != 1 || count < 0 || dims <= 0 {
		return nil, fmt.Errorf("word vectors: bad header (%v)", err)
	}
	words := make([]string, count)
	for i := range words {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("word vectors: word %d: %w", i+1, err)
		}
		words[i] = line[:len(line)-1]
	}
	raw := make([]byte, count*dims)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, fmt.Errorf("word vectors: %d vectors of %d values expected: %w", count, dims, err)
	}
	vs := make(map[string][]float64, count)
	for i, w := range words {
		v := make([]float64, dims)
		for j, q := range raw[i*dims : (i+1)*dims] {
			v[j] = float64(int8(q))
		}
		if n := floats.Norm(v, 2); n > 0 {
			floats.Scale(1/n, v)
			vs[w] = v
		}
	}
	return vs, nil
}

// phraseVector is the direction of a phrase's content words (the mean of
// their unit vectors, itself of unit length), or nil when the table knows
// none of its words. French and Spanish words count through the English
// words their glossary gives (glossary.go), each word's translations
// sharing one word's weight; a language without a glossary gets no soft
// signal rather than a wrong one.
func phraseVector(words []string, lang string) []float64 {
	if lang == "" {
		lang = "en"
	}
	var gl glossary
	if lang != "en" {
		var ok bool
		if gl, ok = glossaries()[lang]; !ok {
			return nil
		}
	}
	vs := wordVectors()
	var sum []float64
	add := func(w string, weight float64) {
		if isStopWord(w, "en") || generic[Stem(w, "en")] {
			return
		}
		v, ok := vs[w]
		if !ok {
			return
		}
		if sum == nil {
			sum = make([]float64, len(v))
		}
		floats.AddScaled(sum, weight, v)
	}
	for _, w := range words {
		if isNumber(w) || isStopWord(w, lang) {
			continue
		}
		if lang == "en" {
			add(w, 1)
			continue
		}
		ts := gl.english(w, lang)
		for _, t := range ts {
			add(t, 1/float64(len(ts)))
		}
	}
	norm := floats.Norm(sum, 2)
	if norm == 0 {
		return nil
	}
	floats.Scale(1/norm, sum)
	return sum
}

// vectorSimilarity is the cosine of two phrase vectors, 0 when either is
// missing or they point apart.
func vectorSimilarity(a, b []float64) float64 {
	if a == nil || b == nil {
		return 0
	}
	return max(0, floats.Dot(a, b))
}

// vectorCoverage is how near, on average, the offers come to the needs by
// their word vectors: for each need with a vector, the best cosine with an
// offer above vectorFloor, rescaled to [0, 1]. Unrelated phrases' cosines
// sit well above 0, so only what is above the floor counts.
func vectorCoverage(needs, offers []Phrase) float64 {
	sum, n := 0.0, 0
	for i := range needs {
		if needs[i].vec == nil {
			continue
		}
		n++
		best := 0.0
		for j := range offers {
			best = max(best, vectorSimilarity(needs[i].vec, offers[j].vec))
		}
		sum += max(0, best-w.vectorFloor) / (1 - w.vectorFloor)
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
