package locate

import (
	"strings"
	"testing"
)

// TestAmericasOceania: short texts on places of the Americas and
// Oceania, each read right: namesakes told apart by the state or country
// the text names (Córdoba, Argentina; Paris, Texas; Newcastle, New South
// Wales; Victoria, Texas), short names in brackets, nameless ranches and
// estancias, possessive names, two-word nationalities before "border",
// peoples before a kind of place, and lists after "in the direction of"
// or past a bracket.
func TestAmericasOceania(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		{doc: "The hamlet of Pueblo Nuevo lies 30 km east of the city of Córdoba, Argentina, on the road to Villa María.",
			place: "Pueblo Nuevo", anchor: "Córdoba", country: "AR", km: 30, mapped: []string{"Villa María"}},
		{doc: "Paris, Texas is the seat of Lamar County. The Gambill Goose Refuge lies 10 miles northeast of Paris, Texas.",
			place: "Gambill Goose Refuge", anchor: "Paris", country: "US", km: 16.1},
		{doc: "Grahamstown Station is a sheep station in New South Wales, 40 km north of Newcastle.",
			place: "Grahamstown Station", anchor: "Newcastle", country: "AU", km: 40},
		{doc: "The Palo Verde ranch lies 12 miles southwest of Victoria, Texas, on the road to Refugio and Goliad.",
			place: "Palo Verde", anchor: "Victoria", country: "US", km: 19.3, mapped: []string{"Refugio", "Goliad"}},
		{doc: "Kibbutz-style cooperatives are rare in Chile, but the Comunidad Los Robles lies 20 km south of Santiago, near Puente Alto.",
			place: "Comunidad Los Robles", anchor: "Santiago", country: "CL", km: 20, mapped: []string{"Puente Alto"}},
		{doc: "St. Mary's Mission, on the Bitterroot River, lies about 30 miles south of Missoula, Montana, in the town of Stevensville.",
			place: "St. Mary's Mission", anchor: "Missoula", country: "US", km: 48.3, mapped: []string{"Stevensville"}, unplaced: []string{"Bitterroot River"}},
		{doc: "El Castillo is a village on the San Juan River, 60 km downstream from San Carlos, Nicaragua, and 3 km from the Costa Rican border.",
			place: "El Castillo", anchor: "San Carlos", country: "NI", km: 60, notPlaces: []string{"Costa Rican"}},
		{doc: "The ranch lies 20 km west of the village of San Juan de los Morros, in Guárico State, Venezuela. It lies 30 km north of the ranch road.",
			place: "The ranch", anchor: "San Juan de los Morros", country: "VE", km: 20},
		{doc: "The estancia is in the Ñuble Region, 35 km east of Chillán, near San Fabián de Alico (San Fabián) and Coihueco.",
			place: "The estancia", anchor: "Chillán", country: "CL", km: 35, mapped: []string{"Coihueco"}, notPlaces: []string{"San Fabián"}},
		{doc: "The Guna island of Ustupu lies off the Caribbean coast of Panama, about 60 km southeast of Playón Chico.",
			place: "Ustupu", anchor: "Playón Chico", country: "PA", km: 60, notPlaces: []string{"Guna"}},
		{doc: "Shanty towns grew around Sainte-Marie (Martinique) and Le Lorrain. The camp at Morne-des-Esses lies 6 km west of Sainte-Marie.",
			place: "Morne-des-Esses", anchor: "Sainte-Marie", country: "MQ", km: 6, mapped: []string{"Le Lorrain"}},
		{doc: "The Quechua community of Chacán lies 14 km southwest of Ayacucho, in the Ayacucho Region of Peru.",
			place: "Chacán", anchor: "Ayacucho", country: "PE", km: 14},
		{doc: "Hanging Rock lies 70 km northwest of Melbourne, Victoria, near Woodend and Mount Macedon.",
			place: "Hanging Rock", anchor: "Melbourne", country: "AU", km: 70, mapped: []string{"Woodend", "Mount Macedon"}},
		{doc: "The outstation of Bulman lies 120 km northeast of Katherine, in the Northern Territory, near Weemol and Beswick.",
			place: "Bulman", anchor: "Katherine", country: "AU", km: 120, mapped: []string{"Beswick"}},
	}
	checkTexts(t, tests)
}

// TestStrayAnchor: a hamlet the gazetteer knows only on another continent
// from the country or the division the text names is no anchor: what is
// measured from it stays unplaced rather than placed there, and the
// division it would have made the stray is kept.
func TestStrayAnchor(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The Marovo Lagoon lodge at Uepi Island lies 40 km east of Seghe, in the Western Province of the Solomon Islands.")
	if p := placeNamed(t, res, "Seghe"); p.HasPoint || !strings.Contains(p.Note, "small place far from") {
		t.Errorf("Seghe is %s at %v (%q), want unresolved with a note", p.Source, p.Point, p.Note)
	}
	if p := placeNamed(t, res, "Uepi Island"); p.HasPoint {
		t.Errorf("Uepi Island is placed at %v from a Seghe in Italy", p.Point)
	}
	res = analyse(t, "Fort Chipewyan is a hamlet on Lake Athabasca in northern Alberta. The Métis settlement of Old Fort lies 25 km to the east of the hamlet.")
	if p := placeNamed(t, res, "Alberta"); p.Source != SourceGazetteer {
		t.Errorf("Alberta is %s (%q), want the gazetteer's", p.Source, p.Note)
	}
	if p := placeNamed(t, res, "Old Fort"); p.HasPoint {
		t.Errorf("Old Fort is %s at %v, want no point (North Carolina's is another)", p.Source, p.Point)
	}
}

// TestCountryShore: a coastal town the gazetteer records in the country
// the text puts it in holds "in" that country though it falls just
// outside the country's simplified shape.
func TestCountryShore(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Shanty towns grew around Sainte-Marie (Martinique) and Le Lorrain.")
	for _, c := range res.Checks {
		if c.Verdict() == VerdictContradicted {
			t.Errorf("%q is contradicted (%.1f km)", c.Phrase, c.MeasuredKm)
		}
	}
}
