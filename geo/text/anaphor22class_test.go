package text

import "testing"

// TestCorpusAnaphor22LodgingGroup: in hotel reviews and trip reports a
// lodging named once is taken up by another lodging noun ("the property",
// "the farmhouse", « le lodge »), whose kind group (kindgroups.tsv) holds
// the name's last word or its kind.
func TestCorpusAnaphor22LodgingGroup(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We booked two nights at Bamboo Lodge. The property is about 15 km south-west of Sa Pa, in a quiet valley.",
			rels: []string{"Bamboo Lodge: 15 km southwest of Sa Pa"}, not: []string{"The property"}},
		{doc: "Our favourite stop was Brekkulækur, a sheep farm with guest rooms. The farmhouse lies about 10 km south-east of Hvammstangi.",
			rels: []string{"Brekkulækur: 10 km southeast of Hvammstangi"}, not: []string{"The farmhouse"}},
		{doc: "Pousada Vila Verde was the highlight of the coast. The pousada is 12 km south of Paraty, a short walk from the beach.",
			rels: []string{"Pousada Vila Verde: 12 km south of Paraty"}},
		{doc: "After a night in Paris, Tennessee, we moved to Eagle Creek Cabins. The cabins are 25 km east of Paris, near Kentucky Lake.",
			rels: []string{"Eagle Creek Cabins: 25 km east of Paris"}},
		{doc: "Nous avons dormi au Kingfisher Ecolodge. Le lodge se trouve à 30 km au sud-est de Champasak.",
			rels: []string{"Kingfisher Ecolodge: 30 km southeast of Champasak"}, not: []string{"Le lodge"}},
	})
}

// TestCorpusAnaphor22DashIt: "it" after a dash (or a colon) stands for the
// place the writer stayed at, named earlier in the sentence or, with no
// topic, in the sentence before; a capitalised "I'd" is passed over.
func TestCorpusAnaphor22DashIt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We spent three nights at Olare Bush Camp, and I'd happily go back - it sits about 35 km south-west of Narok.",
			rels: []string{"Olare Bush Camp: 35 km southwest of Narok"}},
		{doc: "We spent two nights at Kasbah Azul. It's a lovely place – it lies 6 km west of Agdz, among the palms.",
			rels: []string{"Kasbah Azul: 6 km west of Agdz"}},
		{doc: "Kaikoura is a must for whale watching. We stayed at Hapuku Lodge and would recommend it – it's 12 km north of Kaikoura.",
			rels: []string{"Hapuku Lodge: 12 km north of Kaikoura"}},
		{doc: "Nous avons séjourné au gîte de la Combe. L'endroit est magnifique : il se trouve à 6 km au nord de Gordes.",
			rels: []string{"Combe: 6 km north of Gordes"}},
	})
}

// TestCorpusAnaphor22CalledOpener: "The guesthouse, called Lileo, ..."
// opening a sentence names a new place the text is then about, even after
// another topic; "known locally as", « appelé localement le X » give the
// name too.
func TestCorpusAnaphor22CalledOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Mestia was our base in Svaneti. The guesthouse, called Lileo, is our favourite in the region. It stands 3 km east of Mestia.",
			rels: []string{"Lileo: 3 km east of Mestia"}},
		{doc: "Our guide insisted we see the old monastery. The site, known locally as Shën Koll, was rebuilt in 1998. It lies 12 km east of Berat.",
			rels: []string{"Shën Koll: 12 km east of Berat"}},
		{doc: "Le domaine, appelé localement le Mas des Oliviers, se trouve à 7 km à l'est d'Uzès.",
			rels: []string{"Mas des Oliviers: 7 km east of Uzès"}},
	})
}

// TestCorpusAnaphor22FrenchLodging: after a French verb of a night's stay
// (lodgings.tsv, « nuits » among them), a kind may stand between « au »
// or « à la » and the name, and « il », « elle » opening the next sentence
// stand for it.
func TestCorpusAnaphor22FrenchLodging(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons passé trois nuits au campement Keur Saloum. Il est situé à 15 km au sud de Kaolack.",
			rels: []string{"Keur Saloum: 15 km south of Kaolack"}},
		{doc: "Nous avons séjourné à la maison d'hôtes An Bang. Elle est située à 4 km au nord-est de Hoi An.",
			rels: []string{"An Bang: 4 km northeast of Hoi An"}},
		{doc: "Nous avons dormi à l'auberge Tizi. Elle est située à 15 km au sud de Kaolack.",
			rels: []string{"Tizi: 15 km south of Kaolack"}},
	})
}

// TestCorpusAnaphor22SecondRound: the classes of the second round of trip
// reports. A kind noun stands for a name given after a topic of no kind
// whose own words hold the noun ("The finca" for "Finca Las Nubes", not
// "Salta"); "our" before a kind and a verb of naming ("Our hotel, called
// X,", « Notre hôtel, appelé X, »); "it" after a semicolon as after a
// dash; an anaphor measured from the place it would stand for ("it" for
// Bled, "They" for Knysna) stands for the last other place named.
func TestCorpusAnaphor22SecondRound(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Salta was our first stop. Then we drove on and stayed at Finca Las Nubes. The finca is 4 km west of Cafayate, among the vineyards.",
			rels: []string{"Finca Las Nubes: 4 km west of Cafayate"}},
		{doc: "Our hotel, called Dar Sabri, is 3 km north of Hammamet.",
			rels: []string{"Dar Sabri: 3 km north of Hammamet"}},
		{doc: "Après Sousse, nous avons rejoint Hammamet. Notre hôtel, appelé Dar Sabri, est situé à 3 km au nord de Hammamet.",
			rels: []string{"Dar Sabri: 3 km north of Hammamet"}},
		{doc: "We spent a week in Bled. Our apartment, called Vila Zora, was lovely; it stands 2 km west of Bled, above the lake.",
			rels: []string{"Vila Zora: 2 km west of Bled"}},
		{doc: "Knysna was busy, so we booked Forest Edge Cottages instead. They are 10 km north of Knysna, in the forest.",
			rels: []string{"Forest Edge Cottages: 10 km north of Knysna"}},
	})
}

// TestCorpusAnaphor22AwayFromBase: "X, 30 km away, ..." or « X est à 20
// km. » opening a sentence measures X from the base the text is about or
// the sentence before named.
func TestCorpusAnaphor22AwayFromBase(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We based ourselves in Mbabane for a week. Manzini, 30 km away, is easily reached by minibus.",
			rels: []string{"Manzini: 30 km from Mbabane"}},
		{doc: "Mbabane is a pleasant base. Manzini, 30 km away, is easily reached by minibus.",
			rels: []string{"Manzini: 30 km from Mbabane"}},
		{doc: "Nous avons logé à la ferme de Hamptay, à 5 km au nord de Rochefort. Dinant est à 20 km.",
			rels: []string{"Dinant: 20 km from Hamptay"}},
	})
}
