package locate

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestLead26DatelineCapital: a dateline bearing a country's name is the
// capital that bears it, where the report was filed, not the country's
// middle; a division the text heads its report with, or names with its
// kind of Central Asian or Russian division, is found.
func TestLead26DatelineCapital(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkNamesakes(t, []namesakeCase{
		{doc: "DJIBOUTI, 3 juillet (ADI) – Une embarcation a chaviré au large de Ras Garbi, à 40 km au nord d'Obock.",
			name: "Djibouti", country: "DJ", at: orb.Point{43.145, 11.589}, km: 10},
		{doc: "KUWAIT, May 3 (Reuters) - Oil workers struck on Monday at Ahmadi, south of the capital.",
			name: "Kuwait", country: "KW", at: orb.Point{47.978, 29.369}, km: 10},
		{doc: "Ituri : dans la nuit du 14 novembre, des combattants ont attaqué le site de Lala, à 30 km au nord de Bunia.",
			name: "Ituri", country: "CD", at: orb.Point{30.25, 1.56}, km: 150},
		{doc: "Field crews trenched the Karajilga prospect in the Gorno-Badakhshan Autonomous Region of Tajikistan, 40 km east of Murghob.",
			name: "Gorno-Badakhshan Autonomous Region", country: "TJ", at: orb.Point{71.55, 37.49}, km: 300},
	})
}
