package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestLatinAmericanPlaceWords reads French texts from Latin America and
// Spain that keep the Spanish and Portuguese words for a settlement or a
// farm (« l'aldea Chuicutama », « le caserío Las Marías », « l'ejido San
// Isidro », « le fundo Santa Ana », « l'assentamento Dorothy Stang ») and
// the French names of the divisions that decide a namesake (« Trujillo,
// en Estrémadure », « Temuco (Araucanie) », « Mexicali
// (Basse-Californie) »). Before the fixes the word opened no place, so
// the place was lost or taken from the gazetteer (Puerto Rico's Las
// Marías), and the division was unresolved, so Trujillo was Peru's.
func TestLatinAmericanPlaceWords(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "L'aldea Chuicutama, à 10 km au nord de San Marcos (Guatemala), a été ensevelie par un glissement de terrain. Les secours sont venus de San Pedro Sacatepéquez.",
			place: "Chuicutama", anchor: "San Marcos", country: "GT", km: 10, mapped: []string{"San Pedro Sacatepéquez"}},
		{doc: "Le caserío Las Marías, à 12 km à l'ouest de Santa Rosa de Copán (Honduras), produit un café primé.",
			place: "Las Marías", anchor: "Santa Rosa de Copán", country: "HN", km: 12},
		{doc: "L'ejido San Isidro, à 30 km à l'est de Mexicali (Basse-Californie), cultive du coton et du blé.",
			place: "San Isidro", anchor: "Mexicali", country: "MX", km: 30, mapped: []string{"Basse-Californie"}},
		{doc: "Le fundo Santa Ana, à 20 km à l'est de Temuco (Araucanie), a été occupé par des communautés mapuches de Collipulli.",
			place: "Santa Ana", anchor: "Temuco", country: "CL", km: 20, mapped: []string{"Araucanie", "Collipulli"}},
		{doc: "L'assentamento Dorothy Stang, à 50 km d'Altamira (Pará), accueille 200 familles.",
			place: "Dorothy Stang", anchor: "Altamira", country: "BR", km: 50, mapped: []string{"Pará"}},
		{doc: "La finca Los Lagos, à 8 km au nord de Trujillo, en Estrémadure, a été vendue à un fonds portugais.",
			place: "Los Lagos", anchor: "Trujillo", country: "ES", km: 8, mapped: []string{"Estrémadure"}},
		{doc: "La vereda La Esperanza, à 12 km au sud de Florencia (Caquetá), a été évacuée.",
			place: "La Esperanza", anchor: "Florencia", country: "CO", km: 12, mapped: []string{"Caquetá"}},
		{doc: "Le sítio São João, à 25 km de Tefé (Amazonas), vit de la pêche. Les bateaux vont ensuite jusqu'à Coari.",
			place: "São João", anchor: "Tefé", country: "BR", km: 25, mapped: []string{"Amazonas", "Coari"}},
	})
}

// TestStatedTownDecidesDivision reads "Town, Division" where the division's
// name is also a second-level division of a neighbouring country that the
// text names for another reason: "Puerto Asís, Putumayo, ... on the road
// to Ecuador" is Colombia's Putumayo Department, which holds Puerto Asís,
// not Ecuador's canton of Putumayo (taken before the fix, leaving the
// containment unmeasured).
func TestStatedTownDecidesDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, doc := range []string{
		"The corregimiento of La Carmelita, in the municipio of Puerto Asís, Putumayo, lies 20 km southeast of Puerto Asís on the road to Ecuador.",
		"Soldiers patrolled near Puerto Asís, Putumayo, close to the border with Ecuador.",
	} {
		res := analyse(t, doc)
		p := placeNamed(t, res, "Putumayo")
		if p.Source != SourceGazetteer || p.Country != "CO" || !p.HasPoint {
			t.Errorf("%s: Putumayo is %s in %q (point %v), want Colombia's department", doc, p.Source, p.Country, p.HasPoint)
		}
	}
}

// TestTownPartInTown reads a neighbourhood that "the colonia", "the
// barrio" or "the neighbourhood of" introduces and "in" puts in a city:
// it lies in that city, not at a namesake elsewhere (the state of
// Guerrero, taken before the fix; Guerrero in Coahuila for "the
// neighbourhood of Guerrero").
func TestTownPartInTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct{ doc, place, town string }{
		{"Police patrolled the colonia Guerrero in Mexico City after a shooting on Monday.", "Guerrero", "Mexico City"},
		{"Police patrolled the neighbourhood of Guerrero in Mexico City after a shooting on Monday.", "Guerrero", "Mexico City"},
		{"Residents of the barrio San Blas in Valencia, Venezuela, queued for water.", "San Blas", "Valencia"},
	} {
		res := analyse(t, tt.doc)
		p, c := placeNamed(t, res, tt.place), placeNamed(t, res, tt.town)
		if !p.HasPoint || p.Source != SourceDerived || geo.Distance(p.Point, c.Point) > 5000 {
			t.Errorf("%s: %s is %s (point %v), want derived by %s", tt.doc, tt.place, p.Source, p.HasPoint, tt.town)
		}
	}
}
