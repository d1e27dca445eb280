package hsds

import (
	"strings"

	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// taxonomy is a table of taxonomy terms, found by id or by code. It reads
// the HSDS 3 taxonomy_terms table (id, code, name, parent_id), the HSDS 2
// taxonomy table (id, name, parent_id, vocabulary) and the Ohana/iCarol one
// (id, name, taxonomy_id, parent_id as a code, type service or situation).
type taxonomy struct {
	byID   map[string]*rawTerm
	byCode map[string]*rawTerm
	// parentByCode: parent_id holds the parent's code (Ohana/iCarol, whose
	// codes are in a taxonomy_id column), not its id.
	parentByCode bool
}

type rawTerm struct {
	id, code, name, parent string
	situation              bool
}

// loadTerms reads the taxonomy table, if the package has one.
func (j *joined) loadTerms(f *files) (*taxonomy, error) {
	path := f.find(termTables...)
	if path == "" {
		return nil, nil
	}
	tx := &taxonomy{byID: map[string]*rawTerm{}, byCode: map[string]*rawTerm{}}
	err := j.eachRow(path, func(t *table.Reader, r table.Row) {
		codeCol := t.Column("code", "taxonomy_id", "term_code")
		tx.parentByCode = strings.EqualFold(codeCol, "taxonomy_id")
		rt := &rawTerm{
			id:     strings.TrimSpace(r.Get("id")),
			code:   strings.TrimSpace(r.Get(codeCol)),
			name:   r.Get("name"),
			parent: strings.TrimSpace(r.Get("parent_id")),
		}
		if rt.name = strings.TrimSpace(rt.name); rt.name == "" {
			j.refuse(path, r.Line, "name", "is empty: a taxonomy term needs a name")
			return
		}
		typ := strings.ToLower(r.Get("type"))
		rt.situation = typ == "situation" || typ == "personal" || typ == "audience"
		if rt.id != "" {
			tx.byID[rt.id] = rt
		}
		if rt.code != "" {
			tx.byCode[rt.code] = rt
		}
	})
	return tx, err
}

func (tx *taxonomy) lookup(key string) (*rawTerm, bool) {
	if tx == nil || key == "" {
		return nil, false
	}
	if t, ok := tx.byID[key]; ok {
		return t, true
	}
	t, ok := tx.byCode[key]
	return t, ok
}

// term returns the term of an id or code with the name of its root.
func (tx *taxonomy) term(key string) (term, bool) {
	t, ok := tx.lookup(key)
	if !ok {
		return term{}, false
	}
	root := t
	for range 20 { // taxonomies are shallow; this also stops cycles
		p, ok := tx.parent(root)
		if !ok || p == root {
			break
		}
		root = p
	}
	return term{Name: t.name, Root: root.name, Situation: t.situation || root.situation}, true
}

func (tx *taxonomy) parent(t *rawTerm) (*rawTerm, bool) {
	if t.parent == "" {
		return nil, false
	}
	if tx.parentByCode {
		p, ok := tx.byCode[t.parent]
		return p, ok
	}
	return tx.lookup(t.parent)
}
