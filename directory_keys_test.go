package partnermatch

import (
	"bytes"
	"os"
	"testing"
)

func TestExactFieldNames(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{`{"id":"a","name":"A","sector":"nonprofit"}`, true},
		{` { "id" : "a" , "name":"A" } `, true},
		{`{}`, true},
		{`{"Mission":"x"}`, false},
		{`{"id":"a","location":{"lat":1,"Lon":2}}`, false},
		{`{"id":"a","location":{"lat":1,"lon":2,"city":"Québec"},"size":{"staff":3}}`, true},
		{`{"id":"a","size":{"Staff":3}}`, false},
		{`{"id":"a","location":null,"size":null}`, true},
		{`{"mission":"quotes \" and braces } { ] [ , : inside","offers":["a, b","c \\ d"],"founded":1987}`, true},
		{`{"offers":[["nested"],{"x":1}],"needs":[]}`, true},
		{`{"n\u0061me":"escaped key"}`, false},
		{`{"id":"a","latitude":1}`, false},
		{`{"id":"a","values":{"lat":1}}`, true}, // only location's and size's keys are fields
	} {
		if got := exactFieldNames([]byte(tc.line)); got != tc.want {
			t.Errorf("exactFieldNames(%s) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestExactFieldNamesOnTheExampleTown(t *testing.T) {
	data, err := os.ReadFile("examples/town.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if !exactFieldNames(line) {
			t.Errorf("town.jsonl:%d: its field names are exact, exactFieldNames says not", i+1)
		}
	}
}
