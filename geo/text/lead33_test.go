package text

import "testing"

// TestLead33ElidedOpeners: a French conjunction or preposition elided
// before its next word (« Jusqu'au », « Lorsqu'elle », « Puisqu'on »)
// opens no name, whatever follows its apostrophe (elidedOpener), so the
// distance after it places the name it was about; an elided article does
// open names ("L'Aquila", "N'Djamena").
func TestLead33ElidedOpeners(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Jusqu'au milieu du siècle, les bergers montaient aux bergeries de Pianu Maiò, à une dizaine de kilomètres à l'ouest de Vivario.",
			rels: []string{"Pianu Maiò: 10 km west of Vivario"}, not: []string{"Jusqu'au"}},
		{doc: "Jusqu’aux années 1950, le hameau de Bassa Tuvara, à 6 km au nord de Sartène, comptait trente feux.",
			rels: []string{"Bassa Tuvara: 6 km north of Sartène"}, not: []string{"Jusqu’aux"}},
		{doc: "Lorsqu'elle quitta Kidal, la colonne fit halte au puits d'Inerzig, à 40 km au nord de Kidal.",
			rels: []string{"Inerzig: 40 km north of Kidal"}, not: []string{"Lorsqu'elle"}},
		{doc: "Puisqu'on manquait d'eau, le camp fut déplacé à Tin Essako, à 20 km à l'est d'Anefis.",
			not: []string{"Puisqu'on"}},
		{doc: "L'Aquila se trouve à 100 km au nord-est de Rome.",
			rels: []string{"L'Aquila: 100 km northeast of Rome"}},
	})
}

// TestLead33AuxiliaryParticiples: "Having" and "Being", opening a
// clause of their own, are no name (stopcaps.tsv), so a place set off
// later in the sentence is measured from the place named before.
func TestLead33AuxiliaryParticiples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Mahawewa is a village about 20 km north of Puttalam. Having examined the plan, the Court held that the permit related to an allotment at Kuda Wewa, some 3 km to the west.",
			rels: []string{"Mahawewa: 3 km east of Kuda Wewa"}, not: []string{"Having"}},
		{doc: "Being a market day, the road to Kitonga, 12 km north of Iringa, was busy.",
			not: []string{"Being"}},
		{doc: "Having left Tolbo at dawn, we camped at Sagsai, 30 km west of Olgii.",
			rels: []string{"Sagsai: 30 km west of Olgii"}, not: []string{"Having"}},
	})
}

// TestLead33TheBodies: a noun of thebodies.tsv capitalised alone after
// "the" names an institution, no place ("the Church", "the Crown"),
// while a town of that name written without "the", or a longer name
// that opens with the word, stays a place.
func TestLead33TheBodies(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Geirland is a farm 6 km north of Kirkjubæjarklaustur. It belonged to the Church until the Reformation.",
			rels: []string{"Geirland: 6 km north of Kirkjubæjarklaustur"}, not: []string{"Church"}},
		{doc: "The estate at Ballykeel, 4 km east of Dromore, reverted to the Crown in 1703.",
			rels: []string{"Ballykeel: 4 km east of Dromore"}, not: []string{"Crown"}},
		{doc: "The mine at Kanyika, 30 km north of Mzimba, was sold by the State in 1998.",
			rels: []string{"Kanyika: 30 km north of Mzimba"}, not: []string{"State"}},
		{doc: "Church Stretton lies 20 km south of Shrewsbury.",
			rels: []string{"Church Stretton: 20 km south of Shrewsbury"}},
	})
}

// TestLead33DepartureFor: a verb of departure ("left", "departed",
// "sailed"; « parti », « quitté ») or a load (« chargé ») a few words
// before "for" or « pour » makes the name after it the journey's goal, a
// place (the bound role of travel.tsv).
func TestLead33DepartureFor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We left Midelt for Fès at dawn.", places: []string{"Midelt", "Fès"}},
		{doc: "The convoy departed Gao for Kidal on Monday.", places: []string{"Gao", "Kidal"}},
		{doc: "In 1962 she sailed for Montevideo with her two sons.", places: []string{"Montevideo"}},
		{doc: "Il est parti pour Fès le lendemain.", places: []string{"Fès"}},
		{doc: "On a quitté Douz pour Tozeur à midi.", places: []string{"Douz", "Tozeur"}},
		{doc: "Chargé de dattes pour Ouarzazate, le camion est tombé en panne.", places: []string{"Ouarzazate"}},
	})
}

// TestLead33SetParticiples: « posé », « juché », « adossé » and «
// accroché » after a comma place the name before them as « situé » does.
func TestLead33SetParticiples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons rejoint le campement de Bir Tlalet, posé à environ 60 km au sud-est de Douz.",
			rels: []string{"Bir Tlalet: 60 km southeast of Douz"}},
		{doc: "Le hameau de Tizi Oumlil, adossé à la falaise à 6 km au nord de Tinerhir, est désert.",
			rels: []string{"Tizi Oumlil: 6 km north of Tinerhir"}},
		{doc: "On a dormi au village d'Aït Hamza, juché à 8 km à l'ouest de Tabant.",
			rels: []string{"Aït Hamza: 8 km west of Tabant"}},
	})
}

// TestLead33EstablishmentWithOrgWord: "Mission" right before the word
// of an establishment ("Mnene Mission Hospital") leaves the name a
// building's, which a relative clause or an apposition places
// (establishmentEnds), as it places "Kalulu Health Centre" or "Kalomo
// Red Cross Clinic".
func TestLead33EstablishmentWithOrgWord(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Greetings from Chivaraidze Mission Hospital, which as you know sits some 70 km south-east of Masvingo.",
			rels: []string{"Chivaraidze Mission Hospital: 70 km southeast of Masvingo"}},
		{doc: "We work at Mnene Mission Hospital, which is about 40 km west of Mberengwa.",
			rels: []string{"Mnene Mission Hospital: 40 km west of Mberengwa"}},
		{doc: "The injured were taken to Kalomo Red Cross Clinic, 12 km north of Kalomo Boma.",
			rels: []string{"Kalomo Red Cross Clinic: 12 km north of Kalomo Boma"}},
	})
}

// TestLead33PersonApposition: a noun of a trade or a standing
// (occupations.tsv) or of an office (offices.tsv), after a determiner in
// an apposition set off by a comma right after a name, makes the name a
// person's when the apposition ends there, at a relative pronoun or at a
// preposition of where the person is from (personNounAt,
// personNounEnds). A kind of place after the noun ("the rebel capital")
// keeps the name a place.
func TestLead33PersonApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The women's race went to Gulnara Sadykova, a nurse from Talas, in 13:10.",
			places: []string{"Talas"}, not: []string{"Gulnara Sadykova"}},
		{doc: "We bought cheese from Ionel, the head shepherd, who keeps 400 sheep near Rucăr.",
			not: []string{"Ionel"}},
		{doc: "The land was sold by Mbaye Fall, a resident of Louga, in 2011.",
			not: []string{"Mbaye Fall"}},
		{doc: "Nous avons dormi chez Abakar, un éleveur de Bahaï, à 20 km au nord d'Iriba.",
			not: []string{"Abakar"}},
		{doc: "Kidal, the rebel capital, lies 300 km north of Gao.",
			rels: []string{"Kidal: 300 km north of Gao"}},
	})
}

// TestLead33PersonOfTown: "of" between a person's name of two words or
// more and the person's verb gives where the person is from, a place
// (personOfTown); a body, a title or a generic before "of" does not.
func TestLead33PersonOfTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "NOME, Alaska — Aaron Burmeister of Unalakleet led the race into the checkpoint.", places: []string{"Unalakleet"}},
		{doc: "Gulnara Sadykova of Karakol won the women's race in 13 hours.", places: []string{"Karakol"}},
		{doc: "Musa Ali of Bauchi said the herders had left.", places: []string{"Bauchi"}},
		{doc: "The Bank of Ghana said rates would rise.", not: []string{"Bank"}},
		{doc: "The Duke of York visited the camp.", not: []string{"York", "Duke"}},
	})
}
