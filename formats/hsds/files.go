package hsds

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// files finds the tables of an HSDS CSV data package: through the
// resources its datapackage.json lists when it has one, else by the names
// HSDS versions and Ohana/iCarol exports give them (organizations.csv or
// organization.csv, and so on).
type files struct {
	dir       string
	resources map[string]string // resource name -> path, from datapackage.json
}

func newFiles(dir string) (*files, error) {
	f := &files{dir: dir, resources: map[string]string{}}
	data, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if os.IsNotExist(err) {
		return f, nil
	}
	if err != nil {
		return nil, err
	}
	var pkg struct {
		Resources []struct {
			Name string          `json:"name"`
			Path json.RawMessage `json:"path"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "datapackage.json"), err)
	}
	for _, r := range pkg.Resources {
		var p string
		if json.Unmarshal(r.Path, &p) != nil || p == "" || strings.Contains(p, "://") {
			continue // remote or multi-part resources are not read
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, filepath.FromSlash(p))
		}
		f.resources[strings.ToLower(r.Name)] = p
	}
	return f, nil
}

// find returns the path of the first table of names that exists ("" when
// none): a datapackage resource of that name, else NAME.csv in the
// directory.
func (f *files) find(names ...string) string {
	for _, n := range names {
		if p, ok := f.resources[n]; ok && exists(p) {
			return p
		}
		if p := filepath.Join(f.dir, n+".csv"); exists(p) {
			return p
		}
	}
	return ""
}

func exists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// Table names, most recent HSDS spelling first.
var (
	orgTables      = []string{"organizations", "organization"}
	locationTables = []string{"locations", "location"}
	addressTables  = []string{"addresses", "address", "physical_addresses", "physical_address"}
	serviceTables  = []string{"services", "service"}
	termTables     = []string{"taxonomy_terms", "taxonomy_term", "taxonomy"}
	attrTables     = []string{"attributes", "attribute"}
	linkTables     = []string{"service_taxonomy", "services_taxonomy", "service_taxonomies"}
	contactTables  = []string{"contacts", "contact"}
)
