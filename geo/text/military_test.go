package text

import "testing"

// Military histories, war diaries, memorial guides and conflict
// monitors, English and French.
// TestCorpusMilitaryHeights: a height that the staff map names by its
// spot height is a place of its own ("Hill 317", "Point 112", « la cote
// 304 », « au camp 3 »), which the distance after it places though the
// clause's subject is a name; and a spot whose name opens with its kind,
// after « au » or « sur le », is placed by that distance, where a
// country after « au » is a container.
func TestCorpusMilitaryHeights(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Canadians held Hill 355, 8 km north-east of Yeoncheon, through the winter of 1952.",
			rels: []string{"Hill 355: 8 km northeast of Yeoncheon"}},
		{doc: "Point 112, 4 km south-west of Caen, changed hands several times in July 1944.",
			rels: []string{"Point 112: 4 km southwest of Caen"}},
		{doc: "Les Allemands attaquent la cote 304, à 10 km au nord-ouest de Verdun, le 3 mai 1916.",
			rels: []string{"la cote 304: 10 km northwest of Verdun"}},
		{doc: "Les déplacés vivent au camp 3, à 5 km au nord de Goma.",
			rels: []string{"camp 3: 5 km north of Goma"}},
		{doc: "Le régiment se bat sur la Cote 108, à 3 km au nord de Berry-au-Bac.",
			rels: []string{"Cote 108: 3 km north of Berry-au-Bac"}},
		{doc: "Le 16 avril 1917, le bataillon s'installe au Mont Sans-Nom, à 3 km au nord de Prosnes.",
			rels: []string{"Mont Sans-Nom: 3 km north of Prosnes"}},
		{doc: "La compagnie se bat sur le Mont Cornillet, à 4 km au nord de Prosnes.",
			rels: []string{"Mont Cornillet: 4 km north of Prosnes"}},
		{doc: "Il vit au Niger, à 35 km de Niamey.", absent: []string{"Niger: 35 km of Niamey"}},
	})
}

// TestCorpusOldMeasures: military histories give distances with
// fractions ("1½ miles", "2 1/2 miles", "¾ mile"), in yards, and French
// memoirs of the Russian campaign in versts (« 8 verstes »).
func TestCorpusOldMeasures(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The brigade halted at the farm of Hougoumont Vale, 2½ miles south of Waterloo.",
			rels: []string{"Hougoumont Vale: 4.02 km south of Waterloo"}},
		{doc: "The column camped at Dry Creek, 3 1/2 miles west of Fredericksburg.",
			rels: []string{"Dry Creek: 5.63 km west of Fredericksburg"}},
		{doc: "The pickets stood at Kelso Ford, ¾ mile north of Culpeper.",
			rels: []string{"Kelso Ford: 1.21 km north of Culpeper"}},
		{doc: "The German sap ran to Mound Farm, 800 yards east of Hooge.",
			rels: []string{"Mound Farm: 0.732 km east of Hooge"}},
		{doc: "Le corps de Ney bivouaque au village de Semenovka, à 8 verstes au sud de Smolensk.",
			rels: []string{"Semenovka: 8.53 km south of Smolensk"}},
	})
}

// TestCorpusArabicTitleNames: an Arabic name that opens with a word of
// the land (tal, bir, ras) keeps the title after it ("Tal Sheikh", "Bir
// Sheikh"), as conflict monitors name farms and hamlets.
func TestCorpusArabicTitleNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Shelling hit Bir Sheikh, 5 km east of Sirte, on Tuesday.",
			rels: []string{"Bir Sheikh: 5 km east of Sirte"}},
		{doc: "Airstrikes hit Tal Sheikh, 9 km north-west of Saraqib, killing four.",
			rels: []string{"Tal Sheikh: 9 km northwest of Saraqib"}},
		{doc: "Sheikh Ahmed met officials in Mosul.", not: []string{"Sheikh Ahmed"}},
	})
}

// TestCorpusNecropolis: a French national necropolis is named after
// « du » as a military cemetery is (« la nécropole nationale du
// Pont-Rouge »).
func TestCorpusNecropolis(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La nécropole nationale du Pont-Rouge se trouve à 3 km au nord de Somme-Suippe.",
			rels: []string{"Pont-Rouge: 3 km north of Somme-Suippe"}},
	})
}

// TestCorpusForcesNamedAfterPlaces: a force named after the river or
// the region it fought in ("the Army of the Tennessee", "the Army of the
// Ohio") or a Korps ("the Afrika Korps") is no place.
func TestCorpusForcesNamedAfterPlaces(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Grant's Army of the Tennessee camped near Vicksburg in May 1863.",
			not: []string{"Tennessee"}, places: []string{"Vicksburg"}},
		{doc: "The Army of the Ohio marched south from Louisville.",
			not: []string{"Ohio"}, places: []string{"Louisville"}},
		{doc: "Rommel's Afrika Korps struck the box at dawn near Tobruk.",
			not: []string{"Afrika Korps"}, places: []string{"Tobruk"}},
	})
}

// TestCorpusOwnersFarms: a farm, a tavern or a redoubt named after its
// owner is one name with the possessive ("Cobb's Farm", "Todd's
// Tavern").
func TestCorpusOwnersFarms(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The brigade entrenched at Weldon's Farm, 4 miles south of Petersburg, in August 1864.",
			rels: []string{"Weldon's Farm: 6.44 km south of Petersburg"}},
		{doc: "Hancock's corps formed at Todd's Tavern, 5 miles south-west of Chancellorsville.",
			rels: []string{"Todd's Tavern: 8.05 km southwest of Chancellorsville"}},
	})
}

// TestSiegesRead reads every row of lexicon/en/sieges.tsv before "of"
// and a name: the name is a place the text names by a preposition ("the
// relief of Ladysmith"), where a noun of no row leaves it a capitalised
// name ("the fall of Tinabaw": a ruler falls too).
func TestSiegesRead(t *testing.T) {
	set := langs().en.sets[setSieges]
	if len(set) < 5 {
		t.Errorf("lexicon/en/sieges.tsv: %d rows, want at least 5", len(set))
	}
	for w := range set {
		doc := "After the " + w + " of Tinabaw the garrison marched north."
		if ev := mentionEvidence(doc, "Tinabaw"); ev < EvidencePreposition {
			t.Errorf("Read(%q): Tinabaw evidence %v, want a preposition's", doc, ev)
		}
	}
	doc := "After the fall of Tinabaw the garrison marched north."
	if ev := mentionEvidence(doc, "Tinabaw"); ev >= EvidencePreposition {
		t.Errorf("Read(%q): Tinabaw evidence %v, want less than a preposition's", doc, ev)
	}
}
