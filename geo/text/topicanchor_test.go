package text

import "testing"

// TestCorpusTopicAnchor: a clause whose own named subject is not the place
// the text is about, and that gives a distance with a direction but no
// place to measure from, is measured from that place ("The site of Hegra
// lies 22 km to the north"). A clause about the topic itself ("It lies
// 80 km to the east") has nothing to measure from and states nothing.
func TestCorpusTopicAnchor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Al-Ula is an oasis town in Saudi Arabia, some 300 km north-west of Medina. The Nabataean site of Hegra lies 22 km to the north.",
			rels: []string{"Hegra: 22 km north of Al-Ula", "Al-Ula: 300 km northwest of Medina"}},
		{doc: "Jebel Shams is the highest mountain in Oman. Nizwa is 40 km to the south-east.",
			rels: []string{"Nizwa: 40 km southeast of Jebel Shams"}},
		{doc: "Tessalit is a town in Mali. It lies 80 km to the east.",
			absent: []string{"Tessalit: 80 km east of Tessalit"}},
	})
}

// TestCorpusFrenchKindBeforeAdjectives: adjectives before a French kind
// ("une ancienne ville caravanière de l'Adrar") keep the name after « de »
// the container, so the participle after it is the subject's.
func TestCorpusFrenchKindBeforeAdjectives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ouadane est une ancienne ville caravanière de l'Adrar, située à environ 120 km au nord-est de Chinguetti.",
			rels: []string{"Ouadane: 120 km northeast of Chinguetti", "Ouadane: in Adrar"}},
		{doc: "Kalo est un petit village de la Kayes, situé à 20 km au nord de Gao.",
			rels: []string{"Kalo: 20 km north of Gao"}},
	})
}

// TestCorpusFrenchRoadMarkers: « par une route sinueuse » after the place
// measured from makes the distance a road's.
func TestCorpusFrenchRoadMarkers(t *testing.T) {
	d := Read("Cilaos est une commune de La Réunion, à 37 km au nord de Saint-Louis par une route sinueuse.")
	n := 0
	for _, rel := range d.Relations {
		if rel.Kind == KindDistance {
			n++
			if !rel.Road {
				t.Errorf("%q: not a road distance", reading(d, rel))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d distances, want 1", n)
	}
}

// TestCorpusTopicAnchorNeedsDirection: a quantity with no direction after
// a name the topic is not ("a drop of 870 m") is no distance from the
// topic.
func TestCorpusTopicAnchorNeedsDirection(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Horton Plains National Park is a protected area in the central highlands of Sri Lanka. World's End, a sheer cliff with a drop of 870 m, lies 60 km south of Kandy.",
			rels: []string{"World's End: 60 km south of Kandy"}, absent: []string{"World's End: 0.87 km from Horton Plains National Park"}},
	})
}
