// Command lexreport lists the need-offer pairs of a paraphrase benchmark file
// that the lexicon scores on the wrong side of 0.4, with the concepts it
// found in each text (the head first, starred), for whoever tunes the
// lexicon: go run ./scoring/internal/lexreport scoring/testdata/paraphrase/dev.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/partnermatch/partnermatch/scoring"
)

func main() {
	lx := scoring.DefaultLexicon()
	f, _ := os.Open(os.Args[1])
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p struct {
			Need, Offer, Lang, Offer_lang, Kind, Note string
			Match                                     bool
		}
		json.Unmarshal(sc.Bytes(), &p)
		ol := p.Offer_lang
		if ol == "" {
			ol = p.Lang
		}
		m := lx.MatchTexts(p.Need, p.Lang, p.Offer, ol)
		if (p.Match && m.Strength < 0.4) || (!p.Match && m.Strength >= 0.4) || os.Getenv("ALL") != "" {
			fmt.Printf("%-5v %.2f %s | need %q %v | offer %q %v %s\n", p.Match, m.Strength, p.Lang, p.Need, lx.Explain(p.Need, p.Lang), p.Offer, lx.Explain(p.Offer, ol), p.Note)
		}
	}
}
