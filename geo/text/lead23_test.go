package text

import "testing"

// TestTownProperOf: "15 kilometers east of the town proper of San
// Mariano" measures from San Mariano, as "the poblacion of" does: a
// Philippine municipality's town proper is the town.
func TestTownProperOf(t *testing.T) {
	checkDistance(t, "Two soldiers were wounded in Sitio Kalabuwan, some 15 kilometers east of the town proper of San Mariano, on Sunday.", "Kalabuwan", "San Mariano")
	checkDistance(t, "The clash took place at Sitio Maglalang, 8 km north of the city proper of Ilagan.", "Maglalang", "Ilagan")
}

// TestNamelessOnHolding: a nameless place on a holding whose name ends
// with its kind ("a remote line camp on the Alder Creek Ranch, about 30
// miles north of Ely") is on the holding, and the distance places the
// holding; a road or a river after "on" still leaves the distance to the
// nameless place before it.
func TestNamelessOnHolding(t *testing.T) {
	checkDistance(t, "A rancher was found dead Wednesday at a remote line camp on the Alder Creek Ranch, about 30 miles north of Ely, the sheriff said.", "Alder Creek Ranch", "Ely")
	checkDistance(t, "Hikers found a tent on the Kaweka Forest Park, 20 km west of Napier.", "Kaweka Forest Park", "Napier")
	checkDistance(t, "A rancher was found dead at a farm on the Omaha Road, about 30 miles north of Garissa.", "a farm", "Garissa")
	checkDistance(t, "A rancher was found dead at a farm on the Tana River, about 30 miles north of Garissa.", "a farm", "Garissa")
}

// TestPlaceSuffixBeforeThing: "a Hamilton-based helicopter operator": a
// name with a place suffix says where the thing after it is based, and
// the noun after it makes it no make ("two Caracal helicopters" still
// does).
func TestPlaceSuffixBeforeThing(t *testing.T) {
	checkEvidence(t, "A Hamilton-based helicopter operator dropped monsoon buckets on the fire.", "Hamilton", EvidencePreposition)
	checkEvidence(t, "Two Caracal helicopters landed at the base.", "Caracal", EvidenceUnlikely)
}

// TestNoNameWords: the plural of an acronym ("ATMs", "NGOs") and a verb
// with "not" glued to it ("Don't") are no names, whatever their capitals;
// nor is a verb of a journey opening a forum post's sentence with its
// subject left out ("Flew Ulaanbaatar–Mörön", stopcaps.tsv).
func TestNoNameWords(t *testing.T) {
	noMention(t, "Don't expect ATMs outside Mörön. NGOs in Gao and IDPs near Kidal asked for help.", "Don't", "ATMs", "NGOs", "IDPs")
	checkEvidence(t, "Don't expect ATMs outside Mörön.", "Mörön", EvidencePreposition)
	noMention(t, "Flew Ulaanbaatar–Mörön with Hunnu Air. Drove Nairobi–Nakuru in three hours.", "Flew Ulaanbaatar", "Drove Nairobi")
	checkEvidence(t, "Flew Ulaanbaatar–Mörön with Hunnu Air.", "Ulaanbaatar", EvidenceCapitalised)
}

// TestCommaLocativeLandform: "at Sitio Balete, in the forested hills about
// 15 kilometers east of Peñablanca": a landform in lower case set off by
// a comma and "in" only says where the name before it stands, and the
// distance places the name.
func TestCommaLocativeLandform(t *testing.T) {
	checkDistance(t, "Soldiers overran a rebel camp at Sitio Balete, in the forested hills about 15 kilometers east of Peñablanca, Cagayan, on Wednesday.", "Balete", "Peñablanca")
}

// TestItAfterRiverStoodOn: "… at Mubiana Lodge, a private game farm on
// the Zambezi river. It lies about 30 km west of Livingstone": "it" is the
// lodge, not the river the farm stands on.
func TestItAfterRiverStoodOn(t *testing.T) {
	checkDistance(t, "Police arrested four men at Mubiana Lodge, a private game farm on the Zambezi river. It lies about 30 km west of Livingstone.", "Mubiana Lodge", "Livingstone")
}

// TestFrenchRoadEndBeforeSpeech: « sur la route de Cerca-la-Source,
// dénoncent … »: the town a road leads to is no speaker, though a comma
// and a verb of speech follow it.
func TestFrenchRoadEndBeforeSpeech(t *testing.T) {
	noUnlikely(t, "Des agriculteurs de l'habitation Bois-Carré, à 14 km à l'est de Hinche sur la route de Cerca-la-Source, dénoncent des vols.", "Cerca-la-Source")
	checkEvidence(t, "Moussa Traoré, dénonce la hausse des prix.", "Moussa Traoré", EvidenceUnlikely)
}

// TestFrenchExpectedFrom: « est attendu de Nouméa »: what is expected
// from a town leaves it (origins.tsv).
func TestFrenchExpectedFrom(t *testing.T) {
	checkEvidence(t, "Un technicien de la Calédonienne des eaux est attendu de Nouméa.", "Nouméa", EvidencePreposition)
	checkEvidence(t, "Des vivres sont attendus de Niamey.", "Niamey", EvidencePreposition)
}

// TestFrenchPostAt: « une base terroriste à Kourbélé »: a camp or an
// armed post opened by an indefinite article stands at the name after «
// à » and bears it, so « cette base » later stands for it; a school in a
// town does not.
func TestFrenchPostAt(t *testing.T) {
	checkDistance(t, "Une unité a neutralisé une base terroriste à Kourbélé. Ouahigouya se trouve à environ 30 km au sud de cette base, installée dans une zone boisée.", "Ouahigouya", "Kourbélé")
	checkKinds(t, []struct{ doc, name, feature string }{
		{"Un camp militaire à Kidal a été attaqué.", "Kidal", "camp"},
		{"Une école à Niamey a fermé.", "Niamey", ""},
	})
}

// noUnlikely reports an error unless Read(doc) has a mention named name
// read as more than unlikely.
func noUnlikely(t *testing.T, doc, name string) {
	t.Helper()
	for _, m := range Read(doc).Mentions {
		if m.Name == name && m.Evidence > EvidenceUnlikely {
			return
		}
	}
	t.Errorf("Read(%q): no mention %q read as a place", doc, name)
}

// TestSizedAnaphor: "The 12-bure property sits in the Sabeto hills, 14 km
// north-east of Nadi" after a lodge is named: a size before the noun
// qualifies it as an adjective does, and the noun stands for the lodge.
func TestSizedAnaphor(t *testing.T) {
	checkDistance(t, "MEDIA RELEASE – Vunato Valley Eco Lodge opens 1 July\nThe 12-bure property sits in the Sabeto hills, 14 km north-east of Nadi, and offers guided hikes, mud pools and village visits to guests arriving from abroad.", "Vunato Valley Eco Lodge", "Nadi")
	checkDistance(t, "We stayed at Vunato Valley Eco Lodge. The 40-room hotel is 14 km north-east of Nadi.", "Vunato Valley Eco Lodge", "Nadi")
}

// TestPersonClauseNoPlace: "… passed to the Liphart family, who also held
// lands around Elva": a relative clause about people places their lands,
// not the nameless place that opens the sentence; a nameless place inside
// such a clause is still placed.
func TestPersonClauseNoPlace(t *testing.T) {
	noMention(t, "The estate was rebuilt in stone in the 1760s and later passed to the Liphart family, who also held lands around Elva.", "The estate")
	checkDistance(t, "The camp was attacked by herders, who came from a village 20 km north of Gao.", "a village", "Gao")
}

// TestCampModifiers: "the Kokkuvely relocation camp … Vavuniya town lies
// 14 km north of the camp": a modifier of the camp's purpose
// (modifiers.tsv) keeps the kind the name's, and "the camp" stands for it.
func TestCampModifiers(t *testing.T) {
	checkDistance(t, "Around 400 families are still living in tents at the Kokkuvely relocation camp. Vavuniya town lies 14 km north of the camp.", "Vavuniya", "Kokkuvely")
}

// TestTownNamedWithKind: "We left Alice Springs … 45 km south of town":
// a town whose own last word is a kind ("Springs", "Falls") is the town
// "of town" stands for.
func TestTownNamedWithKind(t *testing.T) {
	checkDistance(t, "We left Alice Springs and drove out to Wirrimbi Station, which is somewhere between 40 and 50 km south of town – the last stretch is all red dirt.", "Wirrimbi Station", "Alice Springs")
	// Nearer than a bare name the text gives no sign of.
	checkDistance(t, "Day 9 of our Red Centre road trip! We left Alice Springs after breakfast and drove out to Wirrimbi Station, which the owners told us is somewhere between 40 and 50 km south of town – the last stretch is all red dirt.", "Wirrimbi Station", "Alice Springs")
}

// TestItAfterAnd: "…, and the town of Clonmel lay some six kilometres to
// the east of it": "it" closing a clause joined by a comma and "and" is
// the place the clause before names.
func TestItAfterAnd(t *testing.T) {
	checkDistance(t, "By 1790 the Ballydrennan mill was the largest flour mill on the Suir, and the town of Clonmel lay some six kilometres to the east of it.", "Clonmel", "Ballydrennan")
}

// TestDatelineNoSubject: "MZUZU, Malawi, June 2 (Xinhua) -- … near the
// Mzokoto estate, about 45 km south of Karonga": the town a report is
// filed from is no subject of what its first sentence places.
func TestDatelineNoSubject(t *testing.T) {
	doc := "MZUZU, Malawi, June 2 (Xinhua) -- At least 2,000 people have been displaced after the Rukuru River burst its banks near the Mzokoto estate, about 45 km south of Karonga, local officials said Sunday."
	checkDistance(t, doc, "Mzokoto", "Karonga")
	d := Read(doc)
	for _, rel := range d.Relations {
		if rel.Subject >= 0 && d.Mentions[rel.Subject].Name == "MZUZU" && rel.Kind != KindIn {
			t.Errorf("the dateline MZUZU is the subject of a %s relation", rel.Kind)
		}
	}
}

// TestTownThenWhereClause: "about 25 miles north-west of town, right
// where the Orkhon valley opens up": a clause of where after the comma
// names no town, and "town" is the one the text stayed in.
func TestTownThenWhereClause(t *testing.T) {
	checkDistance(t, "After two nights in Kharkhorin we drove out to the Altan Khuder ger camp, about 25 miles north-west of town, right where the Orkhon valley opens up.", "Altan Khuder", "Kharkhorin")
}

// TestDatelineDottedState: "TRUTH OR CONSEQUENCES, N.M. — …": a state's
// dotted initials close a dateline as "Calif." does, so the town is no
// subject of the first sentence and keeps its reading.
func TestDatelineDottedState(t *testing.T) {
	checkEvidence(t, "ELY, N.M. — A fire that started Saturday has burned 3,000 acres around the Kalo ranch headquarters, about 25 miles southwest of Wells.", "ELY", EvidencePreposition)
	checkDistance(t, "TRUTH OR CONSEQUENCES, N.M. — A wildfire that started Saturday afternoon has burned more than 3,000 acres around the Perche Canyon ranch headquarters, about 25 miles southwest of Truth or Consequences, Sierra County Sheriff Glenn Hamilton said.", "Perche Canyon", "Truth or Consequences")
}
