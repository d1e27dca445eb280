package gen

import (
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// irsRow is what the generator keeps of one row of the IRS master file.
type irsRow struct {
	ein, name, street, city, state, zip, subsection, ntee string
	ruling                                                int
	income                                                float64
}

// IRSFiles returns the master files under dataDir, sorted; none when the
// folder is absent.
func IRSFiles(dataDir string) []string {
	files, _ := filepath.Glob(filepath.Join(dataDir, "irs-eo-bmf", "eo_*.csv.gz"))
	sort.Strings(files)
	return files
}

func readIRS(files []string) ([]irsRow, error) {
	var rows []irsRow
	seen := map[string]bool{}
	for _, path := range files {
		if err := readIRSFile(path, func(r irsRow) {
			if !seen[r.ein] {
				seen[r.ein] = true
				rows = append(rows, r)
			}
		}); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return rows, nil
}

func readIRSFile(path string, fn func(irsRow)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	r := csv.NewReader(zr)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"EIN", "NAME", "STREET", "CITY", "STATE", "ZIP", "SUBSECTION", "RULING", "INCOME_AMT", "NTEE_CD"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("no column %s", need)
		}
	}
	get := func(rec []string, name string) string {
		if i := col[name]; i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		row := irsRow{ein: get(rec, "EIN"), name: get(rec, "NAME"), street: get(rec, "STREET"), city: get(rec, "CITY"),
			state: get(rec, "STATE"), zip: get(rec, "ZIP"), subsection: get(rec, "SUBSECTION"), ntee: get(rec, "NTEE_CD")}
		if !partnermatch.ValidID("ein-"+row.ein) || row.name == "" {
			continue
		}
		if y, err := strconv.Atoi(get(rec, "RULING")); err == nil && y/100 >= 1000 && y/100 <= 2100 {
			row.ruling = y / 100
		}
		if x, err := strconv.ParseFloat(get(rec, "INCOME_AMT"), 64); err == nil && x > 0 {
			row.income = x
		}
		fn(row)
	}
}

// irs builds the skeletons of an IRS directory: cfg.N rows drawn with the
// seed (all rows when N is 0 or more than the file has), kept in file
// order.
func (g *generator) irs() error {
	files := IRSFiles(g.cfg.DataDir)
	if len(g.cfg.States) > 0 {
		var keep []string
		for _, f := range files {
			for _, st := range g.cfg.States {
				if filepath.Base(f) == "eo_"+strings.ToLower(st)+".csv.gz" {
					keep = append(keep, f)
				}
			}
		}
		files = keep
	}
	if len(files) == 0 {
		return fmt.Errorf("gen: no eo_*.csv.gz under %s for states %v", filepath.Join(g.cfg.DataDir, "irs-eo-bmf"), g.cfg.States)
	}
	rows, err := readIRS(files)
	if err != nil {
		return err
	}
	if g.cfg.N > 0 && g.cfg.N < len(rows) {
		r := newRNG(g.cfg.Seed, 4)
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		for i := 0; i < g.cfg.N; i++ {
			j := i + r.intn(len(idx)-i)
			idx[i], idx[j] = idx[j], idx[i]
		}
		idx = idx[:g.cfg.N]
		sort.Ints(idx)
		picked := make([]irsRow, len(idx))
		for i, j := range idx {
			picked[i] = rows[j]
		}
		rows = picked
	}
	clusterOf := map[string]int32{}
	regionOf := map[string]int32{}
	g.sk = make([]skeleton, len(rows))
	for i, row := range rows {
		s := &g.sk[i]
		s.id = "ein-" + row.ein
		s.name = titleCase(row.name)
		s.sector = irsSector(row)
		s.theme = uint8(g.irsTheme(row))
		s.place = titleCase(row.city)
		zip5 := row.zip
		if len(zip5) > 5 {
			zip5 = zip5[:5]
		}
		s.loc = &partnermatch.Location{Address: titleCase(row.street), City: s.place, Region: row.state, PostalCode: zip5, Country: "US"}
		if lat, lon, ok := zipPoint(row.state, zip5, row.ein); ok {
			s.lat, s.lon, s.hasPoint = round5(lat), round5(lon), true
		}
		key := row.state + "/" + prefix(zip5, 3)
		c, ok := clusterOf[key]
		if !ok {
			c = int32(len(g.regionOf))
			clusterOf[key] = c
			reg, ok := regionOf[row.state]
			if !ok {
				reg = int32(len(g.regions))
				regionOf[row.state] = reg
				g.regions = append(g.regions, nil)
			}
			g.regionOf = append(g.regionOf, reg)
			g.regions[reg] = append(g.regions[reg], c)
		}
		s.cluster = c
		s.budget = row.income
		s.founded = row.ruling
		s.noText = g.cfg.IRSNamesOnly
	}
	return nil
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// irsSector maps a row to a sector by NTEE major group and 501(c)
// subsection.
func irsSector(row irsRow) partnermatch.Sector {
	major := prefix(row.ntee, 1)
	switch {
	case major == "X":
		return partnermatch.Faith
	case major == "B":
		return partnermatch.Education
	case major >= "E" && major <= "H":
		return partnermatch.Health
	}
	switch row.subsection {
	case "01":
		return partnermatch.Government
	case "06":
		return partnermatch.Business // business leagues, chambers of commerce
	case "04", "05", "07", "08", "10", "19":
		return partnermatch.Community // civic leagues, unions, clubs, lodges, veterans
	}
	if major == "S" || major == "M" || major == "N" {
		return partnermatch.Community
	}
	return partnermatch.Nonprofit
}

// nteeThemes files NTEE major groups under the bank's themes. P (human
// services) and X (religion) spread over several themes by EIN.
var nteeThemes = map[string][]string{
	"A": {"arts"}, "B": {"learning", "youth"}, "C": {"environment"}, "D": {"animals"},
	"E": {"health"}, "F": {"health"}, "G": {"health"}, "H": {"health"},
	"I": {"legal"}, "J": {"jobs"}, "K": {"food"}, "L": {"housing"}, "M": {"neighborhood"},
	"N": {"sports"}, "O": {"youth"}, "P": {"food", "seniors", "housing", "youth", "newcomers", "disability"},
	"Q": {"newcomers"}, "R": {"legal"}, "S": {"neighborhood", "jobs"}, "T": {"neighborhood"},
	"U": {"learning", "environment"}, "V": {"learning"}, "W": {"neighborhood"},
	"X": {"food", "neighborhood", "seniors", "youth", "newcomers"}, "Y": {"neighborhood"},
}

func (g *generator) irsTheme(row irsRow) int {
	names := nteeThemes[prefix(row.ntee, 1)]
	if len(names) == 0 {
		if t := g.b.classify(row.name); t > 0 {
			return t
		}
		names = []string{"neighborhood"}
	}
	return g.b.byName[names[hash64("theme", row.ein)%uint64(len(names))]]
}
