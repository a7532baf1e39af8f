package text

import (
	"strings"
	"testing"
)

// TestBuilding28InstitutionTown: an English building or institution named
// after its town, with its kind after (lexicon/en/institutions.tsv,
// perhaps after words of institutionkinds.tsv), leaves the town a
// mention, doubtful, and the building's words none (institutionTailStart).
func TestBuilding28InstitutionTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The two suspects are being held at Bondo Police Station until Monday.",
			places: []string{"Bondo"}, not: []string{"Bondo Police Station", "Police Station"}},
		{doc: "She was admitted to Nakuru County Referral Hospital with burns.",
			places: []string{"Nakuru"}, not: []string{"Nakuru County Referral Hospital", "County Referral Hospital"}},
		{doc: "He lectured in geology at Aberdeen University for twenty years.",
			places: []string{"Aberdeen"}, not: []string{"Aberdeen University"}},
		{doc: "The bronze axe is now on show at Tralee Museum.",
			places: []string{"Tralee"}, not: []string{"Tralee Museum"}},
		{doc: "Pupils of Oban High School raised money for the lifeboat.",
			not: []string{"Oban High School", "High School"}},
		{doc: "We spent the night at Kurupukari Guest House before the ferry.",
			places: []string{"Kurupukari"}, not: []string{"Kurupukari Guest House"}},
		{doc: "Tamale Teaching Hospital received two ambulances from Accra.",
			places: []string{"Tamale"}, not: []string{"Tamale Teaching Hospital", "Teaching Hospital"}},
		{doc: "The Dumfries Royal Infirmary admitted three climbers on Sunday.",
			places: []string{"Dumfries"}, not: []string{"Dumfries Royal Infirmary"}},
		{doc: "The records are kept at Kasama Public Library and in Lusaka.",
			places: []string{"Kasama", "Lusaka"}, not: []string{"Kasama Public Library"}},
	})
	for _, c := range []struct{ doc, town string }{
		{"Pupils of Oban High School raised money for the lifeboat.", "Oban"},
		{"Mzuzu University opened a herbarium last year.", "Mzuzu"},
		{"Tamale Teaching Hospital received two ambulances.", "Tamale"},
	} {
		d := Read(c.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == c.town && m.Doubtful && m.Evidence > EvidenceUnlikely {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no doubtful mention %q; mentions %v", c.doc, c.town, mentionNames(d))
		}
	}
}

// TestBuilding28KeepsBuilding: a name the words of institutions.tsv do not
// end, or one whose words before the kind are a person's, a title's, an
// organisation's or more than two, stays whole; so does one whose town
// follows after a comma or "in", or whose aside places it.
func TestBuilding28KeepsBuilding(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"The plane landed safely at Lodwar Airport on Friday.", "Lodwar Airport"},
		{"Production at Tarkwa Mine resumed in May.", "Tarkwa Mine"},
		{"She was born at Okomfo Anokye Teaching Hospital, Kumasi, in 1960.", "Okomfo Anokye Teaching Hospital"},
		{"The polling station at Mbale Primary School in Kabale, 20 km north of Kisoro, was closed.", "Mbale Primary School"},
		{"He was educated at Loretto College, a school some 8 miles east of Edinburgh.", "Loretto College"},
		{"Families sheltered at Vatukoula Secondary School, 5 km north of Tavua.", "Vatukoula Secondary School"},
		{"Families sheltered at Nadi Primary School, about 2 km from the river.", "Nadi Primary School"},
		{"She was treated at Jaramogi Oginga Odinga Teaching Hospital for a week.", "Jaramogi Oginga Odinga Teaching Hospital"},
	} {
		d := Read(c.doc)
		found := false
		for _, m := range d.Mentions {
			if strings.HasSuffix(m.Name, c.name) {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %q; mentions %v", c.doc, c.name, mentionNames(d))
		}
	}
	checkCorpus(t, []example{
		{doc: "She studied law at Harvard University before moving to Goma.",
			places: []string{"Goma"}, not: []string{"Harvard", "Harvard University"}},
		{doc: "The delegation from Columbia University visited Kibera.",
			not: []string{"Columbia", "Columbia University"}},
		{doc: "Nurses at King George Hospital went on strike in Bulawayo.",
			places: []string{"Bulawayo"}, not: []string{"George", "King George"}},
		{doc: "Researchers at Johns Hopkins University tested samples from Bo.",
			not: []string{"Johns Hopkins", "Hopkins"}},
	})
}

// TestBuilding28ServiceDepartment: "Department" after a word of a public
// service (departmentservices.tsv) names a government body, no place; a
// department named after a place or a compass word stays one.
func TestBuilding28ServiceDepartment(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The case was handed to the Criminal Investigations Department (CID) in Freetown.",
			places: []string{"Freetown"}, not: []string{"Criminal Investigations Department", "CID"}},
		{doc: "Officers of the Zambia Forestry Department seized the logs near Mansa.",
			places: []string{"Mansa"}, not: []string{"Zambia Forestry Department"}},
		{doc: "The Public Works Department repaired the bridge at Kapsabet.",
			places: []string{"Kapsabet"}, not: []string{"Public Works Department"}},
	})
	d := Read("Floods hit the Tarija Department and the North Department last week.")
	for _, n := range []string{"Tarija Department", "North Department"} {
		found := false
		for _, m := range d.Mentions {
			if m.Name == n && m.Evidence > EvidenceUnlikely {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): %q no place mention; mentions %v", "Floods hit …", n, mentionNames(d))
		}
	}
}

// TestBuilding28TablesRead reads every row of institutions.tsv after a
// town, with and without a word of institutionkinds.tsv before it, and
// every row of departmentservices.tsv before "Department".
func TestBuilding28TablesRead(t *testing.T) {
	for _, c := range []struct {
		file string
		set  wordSet
		min  int
	}{
		{"institutions.tsv", setInstitutions, 10},
		{"institutionkinds.tsv", setInstitutionKinds, 15},
		{"departmentservices.tsv", setDepartmentServices, 20},
	} {
		if n := len(langs().en.sets[c.set]); n < c.min {
			t.Errorf("lexicon/en/%s: %d rows, want at least %d", c.file, n, c.min)
		}
	}
	var corpus []example
	for w := range langs().en.sets[setInstitutions] {
		corpus = append(corpus, example{doc: "They met at Kalo " + titleWords(w) + " on Monday.",
			places: []string{"Kalo"}, not: []string{"Kalo " + titleWords(w)}})
	}
	for w := range langs().en.sets[setInstitutionKinds] {
		corpus = append(corpus, example{doc: "They met at Kalo " + titleWords(w) + " Hospital on Monday.",
			places: []string{"Kalo"}, not: []string{"Kalo " + titleWords(w) + " Hospital", titleWords(w) + " Hospital"}})
	}
	for w := range langs().en.sets[setDepartmentServices] {
		corpus = append(corpus, example{doc: "Officers of the Kalo " + titleWords(w) + " Department came to Gao.",
			places: []string{"Gao"}, not: []string{"Kalo " + titleWords(w) + " Department"}})
	}
	checkCorpus(t, corpus)
}

// titleWords capitalises each word of the lower-case phrase w.
func titleWords(w string) string {
	f := strings.Fields(w)
	for i := range f {
		f[i] = titleCase(f[i])
	}
	return strings.Join(f, " ")
}
