package text

import "testing"

// TestCorpusHistoryRemains: in historical and archaeological writing the
// site is named first and then spoken of as "the tell", "the ruins", "the
// site" or "the citadel", words that stand for a topic of any kind
// (descriptors flagged any), and the remains are named "the ruins of
// ancient X", "Les ruines de l'antique X".
func TestCorpusHistoryRemains(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tell Brak is a large settlement mound in the Upper Khabur basin of northeastern Syria. The tell lies about 40 km north-east of Al-Hasakah and was excavated by Max Mallowan in the 1930s.",
			rels: []string{"Tell Brak: 40 km northeast of Al-Hasakah"}},
		{doc: "Great Zimbabwe is a medieval city in the south-eastern hills of Zimbabwe, near Lake Mutirikwi. The ruins lie about 27 km south-east of the town of Masvingo, formerly Fort Victoria.",
			rels: []string{"Great Zimbabwe: 27 km southeast of Masvingo"}},
		{doc: "The citadel of Mycenae stands on a low hill between two peaks of Mount Euboea, about 11 km north of the modern town of Argos in the Peloponnese.",
			rels: []string{"Mycenae: 11 km north of Argos"}, absent: []string{"Mount Euboea: 11 km north of Argos"}},
		{doc: "The ruins of ancient Sardis, capital of the kingdom of Lydia, lie about 90 km east of Smyrna (modern İzmir), on the road to Ankara.",
			rels: []string{"Sardis: 90 km east of Smyrna"}, absent: []string{"Lydia: 90 km east of Smyrna"}},
		{doc: "The ruins of ancient Merv, once one of the great cities of the Silk Road, lie about 30 km east of the modern city of Mary in Turkmenistan.",
			rels: []string{"Merv: 30 km east of Mary"}, absent: []string{"Silk Road: 30 km east of Mary"}},
		{doc: "The Ming tombs lie about 50 km north-west of Peking.", rels: []string{"Ming: 50 km northwest of Peking"}},
		{doc: "In the winter of 1540 Coronado's army quartered itself in the pueblos of Tiguex, on the Rio Grande some five leagues north of present-day Albuquerque.",
			places: []string{"Albuquerque"}},
		// French.
		{doc: "Les ruines de l'antique Éphèse se trouvent à environ 3 km au sud-ouest de Selçuk.",
			rels: []string{"Éphèse: 3 km southwest of Selçuk"}},
		{doc: "Les ruines de Koumbi Saleh, que l'on identifie à la capitale de l'ancien empire du Ghana, se trouvent à environ 100 km au sud-ouest de Néma, en Mauritanie.",
			rels: []string{"Koumbi Saleh: 100 km southwest of Néma"}},
		{doc: "Les ruines d'Utique se trouvent à environ 33 km au nord-ouest de Tunis.",
			rels: []string{"Utique: 33 km northwest of Tunis"}},
		{doc: "La forteresse de Rumeli Hisarı fut élevée par Mehmed II en 1452 sur la rive européenne du Bosphore, à une dizaine de kilomètres au nord de Constantinople.",
			rels: []string{"Rumeli Hisarı: 10 km north of Constantinople"}, absent: []string{"Bosphore: 10 km north of Constantinople"}},
	})
}

// TestCorpusHistoryClauses: the clauses history writing sets between a
// site and its distance: an aside with an event in it, an apposition with
// its own "of", a plural pronoun, a lake the site stands by, two kinds
// before "of", a religious order before a kind.
func TestCorpusHistoryClauses(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Pratzen Heights, where the decisive fighting took place, rise about 6 km west of Slavkov u Brna.",
			rels: []string{"Pratzen Heights: 6 km west of Slavkov u Brna"}},
		{doc: "The twin temples of Abu Simbel were carved out of the mountainside during the reign of Ramesses II. They stand on the western bank of Lake Nasser, about 230 km south-west of Aswan.",
			rels: []string{"Abu Simbel: 230 km southwest of Aswan"}, absent: []string{"Lake Nasser: 230 km southwest of Aswan"}},
		{doc: "The Baptist mission station of Ngombe Lutete was founded in 1884 about 130 miles south-west of Léopoldville, on the caravan route to Matadi.",
			rels: []string{"Ngombe Lutete: 209 km southwest of Léopoldville"}, not: []string{"Baptist"}},
		{doc: "René Caillié reached Timbuktu in April 1828 after descending the Niger from Djenné. He landed at Kabara, the river port of the city, which lies some 8 km south of Timbuktu.",
			rels: []string{"Kabara: 8 km south of Timbuktu"}},
		{doc: "The Mogao Caves, also known as the Caves of the Thousand Buddhas, are carved into a cliff about 25 km south-east of the oasis town of Dunhuang.",
			rels: []string{"Mogao Caves: 25 km southeast of Dunhuang"}},
		{doc: "Le temple d'Angkor Vat, construit au XIIe siècle sous le règne de Suryavarman II, se trouve à environ 6 km au nord de Siem Reap.",
			rels: []string{"Angkor Vat: 6 km north of Siem Reap"}, not: []string{"XIIe"}},
		// A list before a plural verb with no subject opening the sentence.
		{doc: "Two hamlets, Tinfagat and Kourfeye, lie 15 km north of Gao on the road to Bourem.",
			rels: []string{"Tinfagat: 15 km north of Gao", "Kourfeye: 15 km north of Gao"}},
	})
}

// TestCorpusObjectInArea: "of X in Y" with Y closing the clause puts X in
// Y, which tells X's namesake ("70 km south-east of Dundee in
// KwaZulu-Natal"); a year or a longer phrase after "in" does not.
func TestCorpusObjectInArea(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "At Isandlwana, about 70 km south-east of Dundee in KwaZulu-Natal, a Zulu army destroyed the main British column on 22 January 1879.",
			rels: []string{"Isandlwana: 70 km southeast of Dundee", "Dundee: in KwaZulu-Natal"}},
		{doc: "Le hameau se trouve à 12 km de Foix en Ariège.", rels: []string{"Foix: in Ariège"}},
		{doc: "Kidal lies 300 km north of Gao in 2012 terms.", absent: []string{"Gao: in 2012"}},
	})
}

// TestCorpusHistoryEras: an era closes a sentence ("52 B.C.", "52 av.
// J.-C."), though it ends as an initial does, and "av." inside a sentence
// is an abbreviation; a capitalised kind before "of" ("The Fortress of
// X") names X as the lower-case kind does; "les fouilles" and "les
// vestiges" are French words for a site's remains.
func TestCorpusHistoryEras(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le plateau de Gergovie, où Vercingétorix repoussa les légions de César en 52 av. J.-C., se trouve à environ 6 km au sud de Clermont-Ferrand.",
			rels: []string{"Gergovie: 6 km south of Clermont-Ferrand"}},
		{doc: "La bataille eut lieu en 52 av. J.-C. Le site se trouve à 6 km au sud de Clermont-Ferrand.",
			not: []string{"La bataille"}},
		{doc: "The battle took place in 52 B.C. The site lies 6 km south of Clermont-Ferrand.",
			not: []string{"The battle"}, absent: []string{"The battle: 6 km south of Clermont-Ferrand"}},
		{doc: "The Fortress of Louisbourg, besieged by the British in 1745 and again in 1758, stands on Cape Breton Island about 35 km south-east of Sydney, Nova Scotia.",
			rels: []string{"Louisbourg: 35 km southeast of Sydney"}},
		{doc: "Les fouilles de Kerma, capitale du premier royaume de Koush, se situent sur la rive droite du Nil, à environ 50 km au nord de Dongola, au Soudan.",
			rels: []string{"Kerma: 50 km north of Dongola"}, absent: []string{"Nil: 50 km north of Dongola"}},
	})
}
