package locate

import "testing"

// TestCompanyCountry: a namesake in the country that holds most of the
// document's other places chosen so far takes Ranking.Company: "70 km north
// of Aral" beside Almaty and Kazalinsk is Kazakhstan's Aral, not the larger
// one in Xinjiang (inCompany). With the weight at 0 it is China's.
func TestCompanyCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "The weather station at Zhaltyrkol, 70 km north of Aral, was abandoned in 1994. Its logbooks are held in Almaty. Herders from Kazalinsk use the buildings."
	if p := placeNamed(t, analyse(t, doc), "Aral"); p.Country != "KZ" {
		t.Errorf("Aral beside Almaty and Kazalinsk is in %s, want KZ", p.Country)
	}
	k := DefaultRanking()
	k.Company = 0
	res, err := New(openTestDB(t), Options{Ranking: &k}).Analyse(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if p := placeNamed(t, res, "Aral"); p.Country != "CN" {
		t.Errorf("with Company at 0, Aral is in %s; the test no longer tells the weight's effect", p.Country)
	}
}
