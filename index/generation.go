package index

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/blevesearch/bleve/v2"
)

// generationKey names the internal value that changes with every batch
// written: a snapshot of the directory taken at one generation is valid
// exactly while the index is at it.
var generationKey = []byte("pm/generation")

func newGeneration() []byte {
	var b [12]byte
	rand.Read(b[:])
	return []byte(hex.EncodeToString(b[:]))
}

// newGenerationIn adds a new generation to a Bleve batch of profiles:
// Bleve applies and persists it atomically with the batch.
func newGenerationIn(b *bleve.Batch) { b.SetInternal(generationKey, newGeneration()) }

// Generation identifies the index's contents: Put, PutProfiles and Delete
// each give it a new random value in the same Bleve batch as their
// profiles, so that it changes exactly when the profiles do (a crash leaves
// either both or neither). It is "" for an index whose profiles were written
// before generations were kept; see Regenerate.
func (x *Index) Generation() (string, error) {
	v, err := x.bleve.GetInternal(generationKey)
	return string(v), err
}

// Regenerate gives the index a new generation without changing its
// profiles, and returns it: for an index written before generations were
// kept, before its contents are described by one.
func (x *Index) Regenerate() (string, error) {
	g := newGeneration()
	if err := x.bleve.SetInternal(generationKey, g); err != nil {
		return "", err
	}
	return string(g), nil
}
