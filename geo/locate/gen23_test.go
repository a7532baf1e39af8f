package locate

import "testing"

// TestGenealogy reads family histories, parish registers and emigration
// notes: the farm, townland or hamlet where the ancestors lived is the
// located place, the towns and counties are its anchors and containers,
// and where the family emigrated from and to may lie far from the rest.
func TestGenealogy(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Where an emigrant left from ("emigrated from X to Y") lies as
		// far from the rest as where he went, even a town whose
		// population the gazetteer does not know.
		{doc: "Lars Bakken emigrated from Eidsvoll to Decorah, Iowa, in 1869. He farmed at Locust Hollow, about 6 miles east of Decorah.",
			place: "Locust Hollow", anchor: "Decorah", country: "US", km: 9.66, mapped: []string{"Eidsvoll", "Decorah", "Iowa"}},
		// A bare noun after a verb of a person's life ("attended school
		// in X") says where the person went, not that the ranch the
		// sentence locates lies in X.
		{doc: "Ruth Calloway was born on the Willow Creek Ranch, about 25 miles north of Tonopah, and attended school in Goldfield.",
			place: "Willow Creek Ranch", anchor: "Tonopah", country: "US", km: 40.2, mapped: []string{"Goldfield"}},
		// A ship between the verb of emigration and "to" is stepped
		// over: where the ship sailed to is still abroad.
		{doc: "Bridget Ryan was born at Knockanore, a townland about 4 miles south of Thurles. In 1851 she sailed aboard the Limerick to New York.",
			place: "Knockanore", anchor: "Thurles", country: "IE", km: 6.44, mapped: []string{"New York"}, notPlaces: []string{"Limerick"}},
		// A historic county the gazetteer lacks is no town of its name
		// abroad, nor a shire of another country: the town put in it is
		// read on its own.
		{doc: "The 1851 census shows William Hartley, agricultural labourer, at Moorside Farm, about 3 miles north-west of Skipton, Yorkshire.",
			place: "Moorside Farm", anchor: "Skipton", country: "GB", km: 4.83, unplaced: []string{"Yorkshire"}},
		{doc: "The family held the croft of Achvaich, about 5 miles west of Dornoch, Sutherland.",
			place: "Achvaich", anchor: "Dornoch", country: "GB", km: 8.05, unplaced: []string{"Sutherland"},
			failing: "a historic county named as a first-level division abroad"},
		// The place measured from a town is no evidence against the
		// town: a namesake of the farm abroad does not make the town a
		// stray.
		{doc: "The farm Welgelegen lay about 20 km north-east of Graaff-Reinet. Pieter Uys later trekked to Natal.",
			place: "Welgelegen", anchor: "Graaff-Reinet", country: "ZA", km: 20},
		// Where someone left for after a French verb of emigration and
		// « pour » is a place, though « pour » alone is no sign of one;
		// where he left from (« de Brest ») is stepped over.
		{doc: "Corentin Le Bihan naquit au hameau de Kergoat, à 7 km au sud de Quimper. Il partit pour Montréal en 1910.",
			place: "Kergoat", anchor: "Quimper", country: "FR", km: 7, mapped: []string{"Montréal"}},
		{doc: "Corentin Le Bihan naquit au hameau de Kergoat, à 7 km au sud de Quimper. Il partit de Brest pour Montréal en 1910.",
			place: "Kergoat", anchor: "Quimper", country: "FR", km: 7, mapped: []string{"Brest", "Montréal"}},
		// « pour la Nouvelle-France », with its article, names a land,
		// no town of Mauritius of its name.
		{doc: "Julien Mercier partit pour la Nouvelle-France et s'établit au lieu-dit la Friponne, à 3 km à l'est de Château-Richer.",
			place: "Friponne", anchor: "Château-Richer", country: "CA", km: 3, unplaced: []string{"Nouvelle-France"}},
	})
}
