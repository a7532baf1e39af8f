package text

import "strings"

// This file reads the names that the words around them mark as something
// other than a place, though a place could stand there too: a name before
// a noun of a group or an event ("Karakalpak officials said", "the
// Kuomboka ceremony"), an organisation's name before its initials in
// brackets ("the Disaster Management Centre (DMC)"), a vehicle after
// "the" ("in the Hilux"), a hazard heading a bulletin's title ("Floods,
// Eastern Province").

// doubtfulAt reports whether the bare name [p, q) of sentence s, which
// the text gives no kind, qualifies a lower-case noun of a group or an
// event after it (groupNounAfter), or stands before its own initials in
// brackets (initialsAfter): "Karakalpak officials said", "the Ya'ariba
// imams", "the Disaster Management Centre (DMC)", or is one of a list
// whose last name does ("the Lokwakel and Nayese clans": pairedGroupNoun),
// or follows a verb of speech or translation and its preposition
// ("translated hymns into Chitumbuka": tongueLeadBefore), or is paired
// with a language after "in" ("in Karakalpak and Uzbek": tongueListAt),
// or follows "from" after a verb of buying ("bought a SIM card from
// Tcell": purchaseFrom) or a score in a match ("goals from Jeffrey Bule":
// dealingBefore), or ends in a dwelling's word before what the house now
// is ("the Margiani House museum": houseNameBefore). A town may be named
// so ("Zaria officials", "the Kandy festival"), so the name stays a
// mention, marked Doubtful for the resolver.
func (r *reader) doubtfulAt(p, q int, s *sentence) bool {
	return r.groupNounAfter(q, s) || r.initialsAfter(p, q, s) || r.datelineAgency(p, q, s) || r.staffOf(p, s) || r.premisesAfter(q, s) ||
		r.venueName(p, q) || r.institutionTail(q, s) || r.institutionHead(p) || r.firmLeadName(p, q) || r.buildingLeadName(p, q) || r.joinedAfter(p, s, r.dealingBefore) || r.pairedGroupNoun(q, s) ||
		r.joinedAfter(p, s, r.tongueLeadBefore) || r.tongueLeadAgain(p, s) || r.tongueListAt(p, q, s) || r.joinedAfter(p, s, r.purchaseFrom) ||
		r.houseNameBefore(p, q, s)
}

// houseNameBefore reports whether the name [p, q) of two or more words
// ends in a capitalised word of a dwelling (househeads.tsv) right before
// a lower-case noun of a building's use (institutions.tsv,
// establishments.tsv, premises.tsv): "the Margiani House museum", "the
// Chavchavadze Mansion museum", "the Dadiani Manor hotel in Zugdidi". The
// name is the house's, which a person's or a family's name opens.
func (r *reader) houseNameBefore(p, q int, s *sentence) bool {
	if q-p < 2 || q >= s.b || !r.toks[q-1].cap || !langs().en.has(setHouseHeads, r.toks[q-1].lower) {
		return false
	}
	t := &r.toks[q]
	return t.kind == tokWord && !t.cap && (anyHas(setInstitutions, t.lower) || anyHas(setEstablishments, t.lower) || anyHas(setPremises, t.lower))
}

// pairedGroupNoun reports whether the name that ends before token q is
// joined by "and", "or" or a comma to one or more names, the last of
// which qualifies a noun of a group after it (groupNounAfter): "a feud
// between the Lokwakel and Nayese clans", "Ngikora, Bokora and Matheniko
// herders". Each name of the list qualifies the noun, as the last does.
// At most four names follow, so the reader stays linear.
func (r *reader) pairedGroupNoun(q int, s *sentence) bool {
	k := q
	for names := 0; names < 4; names++ {
		switch r.word(k, s.b) {
		case "and", "or":
		default:
			if !r.is(k, s.b, ",") {
				return false
			}
			if r.is(k+1, s.b, "and") || r.is(k+1, s.b, "or") {
				k++ // "A, B, and C clans"
			}
		}
		k++
		j := k
		for j < s.b && j-k < 4 && r.toks[j].kind == tokWord && r.toks[j].cap {
			j++
		}
		if j == k {
			return false
		}
		if r.groupNounAfter(j, s) {
			return true
		}
		k = j
	}
	return false
}

// tongueLeadBefore reports whether the capitalised word at p follows a
// verb of speech, writing or translation and the preposition it takes
// before a language (tongueleads.tsv: "translated into", "preached in",
// « traduit en », « prêchait en »), perhaps with its object, an adverb
// or a phrase "of" between them, at most five words, no punctuation and
// no other preposition but that of a year ("recorded in 2019 in
// Maranao"): "He later translated hymns into Chitumbuka",
// "preached for years in Chinyanja" stops at "for", "rendered the
// Psalms into Chitonga", « il prêchait en Kinyarwanda ». A town may be
// named so ("taught in Butare"), so the name stays a mention, for the
// gazetteer to confirm.
func (r *reader) tongueLeadBefore(p int, s *sentence) bool {
	prep := r.lowerWord(p-1, s.b)
	if prep == "" || p-1 <= s.a {
		return false
	}
	for k := p - 2; k >= s.a && k >= p-7; k-- {
		t := &r.toks[k]
		if t.kind == tokNum {
			if j, ok := r.dateBefore(k, s); ok {
				k = j + 1 // "recorded in 2019 in Maranao": the date is stepped over
				continue
			}
		}
		if t.kind != tokWord {
			return false
		}
		if !t.cap && anyHas(setTongueLeads, t.lower+" "+prep) {
			return true
		}
		if k < p-2 && t.lower != "of" && isPreposition(t.lower) {
			return false
		}
	}
	return false
}

// tongueListAt reports whether the single capitalised word [p, q) and a
// language or people of lexicon/peoples.txt are the two names after "in",
// "into" or « en », joined by "and", "or", « et » or « ou », in either
// order: "Voters interviewed in Karakalpak and Uzbek said", "a leaflet in
// Arabic and Tigre"; the other name is then a language too. A town may be
// so paired ("in Atbara and Berber"), so the name stays a mention for the
// gazetteer to confirm.
func (r *reader) tongueListAt(p, q int, s *sentence) bool {
	single := func(k int) bool {
		return k >= s.a && k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap &&
			(k+1 >= s.b || r.toks[k+1].kind != tokWord || !r.toks[k+1].cap) && (k == s.a || r.toks[k-1].kind != tokWord || !r.toks[k-1].cap)
	}
	tongueIn := func(k int) bool {
		switch r.word(k, s.b) {
		case "in", "into", "en":
			return true
		}
		return false
	}
	joined := func(k int) bool {
		switch r.word(k, s.b) {
		case "and", "or", "et", "ou":
			return true
		}
		return false
	}
	if q != p+1 || !single(p) {
		return false
	}
	if tongueIn(p-1) && joined(q) && single(q+1) && isPeople(r.toks[q+1].lower) {
		return true // "in Karakalpak and Uzbek"
	}
	return joined(p-1) && single(p-2) && isPeople(r.toks[p-2].lower) && tongueIn(p-3) // "in Uzbek and Karakalpak"
}

// tongueLeadAgain reports whether the capitalised word at p follows the
// preposition of tongueLeadBefore again after "and" or "or" and a name
// that follows one: "preached in Kiswahili and in Luganda", « il
// prêchait en Kinyarwanda et en Kirundi ».
func (r *reader) tongueLeadAgain(p int, s *sentence) bool {
	prep := r.lowerWord(p-1, s.b)
	switch r.word(p-2, s.b) {
	case "and", "or", "et", "ou":
	default:
		return false
	}
	j := p - 3
	for j >= s.a && j > p-7 && r.toks[j].kind == tokWord && r.toks[j].cap {
		j--
	}
	return prep != "" && j < p-3 && r.is(j, s.b, prep) && r.tongueLeadBefore(j+1, s)
}

// purchaseFrom reports whether the capitalised word at p follows "from"
// (perhaps with "the") after a verb of buying or hiring (purchases.tsv:
// "bought", "rented", "leased") and at most four words of what was bought,
// no punctuation and no other preposition between: "Bought a SIM card
// from Tcell", "we rented a Skoda from Avis", "buy airtime from Vodacom".
// A verb of hiring (hirings.tsv) counts only with a vehicle or a craft
// between (events.tsv, vehicles.tsv): "hired a Skoda Yeti from Avis",
// "chartered a boat from Kilwa Divers", but "hired a guide from Tessit"
// names where the guide came from.
// The seller is a firm or a person; a village may sell too ("bought
// goats from Kalo"), so the name stays a mention, for the gazetteer to
// confirm.
func (r *reader) purchaseFrom(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if !r.is(k, s.b, "from") {
		return false
	}
	vehicle := false // a vehicle between: "hired a Skoda Yeti from Avis"
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		t := &r.toks[j]
		if t.kind != tokWord {
			return false
		}
		if (anyHas(setPurchases, t.lower) || vehicle && langs().en.has(setHirings, t.lower)) && (!t.cap || j == s.first) {
			return true
		}
		if !t.cap && isPreposition(t.lower) {
			return false
		}
		vehicle = vehicle || vehicleNoun(t.lower, false) != "" || craftNoun(t.lower) != "" || langs().en.has(setVehicles, t.lower)
	}
	return false
}

// firmLeadName reports whether the name [p, q) of two or more words
// opens with a capitalised word of firmleads.tsv, perhaps elided after
// « d' »: "Air Zermatt", « les pilotes d'Air Zermatt ». A town may be
// named so too ("Air Itam" in Penang), so the name stays a mention, for
// the gazetteer to confirm.
func (r *reader) firmLeadName(p, q int) bool {
	if q-p < 2 || !r.toks[p].cap || !r.toks[p+1].cap {
		return false
	}
	w, _ := elidedRest(r.toks[p].lower)
	return anyHas(setFirmLeads, w)
}

// buildingLeadName reports whether the name [p, q) of two or more words
// opens with a capitalised word of lexicon/en/buildingleads.tsv, the
// kind of a hotel or a hospital written before its own name: "Hotel
// Villa Maroc", "Riad Dar Anika", "Ysbyty Gwynedd", "Hospital San Juan de
// Dios". The gazetteer may hold the building, so the name stays a
// mention, doubtful.
func (r *reader) buildingLeadName(p, q int) bool {
	if q-p < 2 || !r.toks[p].cap {
		return false
	}
	return langs().en.has(setBuildingLeads, r.toks[p].lower)
}

// venueName reports whether the name [p, q) of two or more words ends in
// a capitalised word of a ground, a sale or a race (venues.tsv) or of an
// establishment (establishments.tsv): "Mulenga Stadium", "the Colombo
// Tea Auction", "the Tarawera Ultramarathon", "Malcolm Moffat College".
// The gazetteer may hold the building ("Tamale Teaching Hospital"), so
// the name stays a mention.
func (r *reader) venueName(p, q int) bool {
	if q-p < 2 || !r.toks[q-1].cap {
		return false
	}
	w := r.toks[q-1].lower
	if anyHas(setVenues, w) || anyHas(setEstablishments, w) {
		return true
	}
	// "the Aklavik Health Centre": a head of two words, whose last alone
	// ("Centre") also ends the names of towns' parts and regions
	return q-p >= 3 && r.toks[q-2].cap && anyHas(setEstablishments, r.toks[q-2].lower+" "+w)
}

// dealingBefore reports whether the capitalised word at p follows a
// phrase of dealings.tsv, a word of trade, gift, mail or a lab's work and
// its preposition, or of scorings.tsv, a score in a match and the
// preposition before who scored it, perhaps with an article between:
// "imports from Eskom", "a letter from Margarethe", "analysed at
// Actlabs", "goals from Jeffrey Bule", « des importations d'Eskom », «
// analysés chez ALS », « un doublé de Banda ».
func (r *reader) dealingBefore(p int, s *sentence) bool {
	k := p - 1
	prep := ""
	if rest, art := elidedRest(r.toks[p].lower); art == 'd' && rest != "" {
		prep = "de" // « d'Eskom »: the preposition is the name's own first letters
	} else {
		if k >= s.a && anyHas(setDefinite, r.toks[k].lower) {
			k--
		}
		if k < s.a || r.toks[k].kind != tokWord {
			return false
		}
		prep = r.toks[k].lower
		if prep == "du" || prep == "des" {
			prep = "de"
		}
		k--
	}
	// ("Buyers from Dilmah were cautious": the word may open the sentence)
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap && k != s.first {
		return false
	}
	lead := r.toks[k].lower + " " + prep
	return anyHas(setDealings, lead) || anyHas(setScorings, lead)
}

// staffOf reports whether the name at token p follows "from" or "of"
// (« de », « du », « des », an elided « d' ») and perhaps an article
// after a lower-case noun of an organisation's staff (staffnouns.tsv), or
// is joined by "and" (« et ») to a name that does: "staff from Oxfam",
// "volunteers from Inkaterra and PromPerú", « des techniciens de Digicel
// et de l'EDH ». The organisation employs them; a town may be named so
// ("volunteers from Gulu"), so the name stays a mention.
func (r *reader) staffOf(p int, s *sentence) bool {
	return r.joinedAfter(p, s, r.staffBefore)
}

// joinedAfter reports whether before(p, s) holds for the name at token p
// of s, or for a name that "and" (« et », perhaps with « de ») joins it
// to: "staff from Medair and Tearfund", "imports from Eskom and
// Kalahari Gas".
func (r *reader) joinedAfter(p int, s *sentence, before func(int, *sentence) bool) bool {
	if before(p, s) {
		return true
	}
	k := p - 1
	if r.isStaffPrep(k, s) {
		k-- // « et de l'EDH »
	}
	if w := r.word(k, s.b); w != "and" && w != "et" {
		return false
	}
	j := k - 1
	for j >= s.a && r.toks[j].kind == tokWord && r.toks[j].cap {
		j--
	}
	return j < k-1 && before(j+1, s)
}

// staffBefore reports whether the capitalised word at p follows a
// preposition of staffOf, perhaps with an article between, after a noun
// of staffnouns.tsv ("Volunteers from Inkaterra joined": the noun may
// open the sentence).
func (r *reader) staffBefore(p int, s *sentence) bool {
	return r.nounPrepBefore(p, s, func(k int) bool { return r.isStaffPrep(k, s) }, setStaffNouns)
}

// nounPrepBefore reports whether the name at token p follows a
// preposition that prep accepts at its token, perhaps with an article
// between (definite.tsv), right after a lower-case noun of the word set
// nouns or one opening the sentence: "Volunteers from Inkaterra",
// "Analysts at Datanálisis". An elided « d' » glued to the name is the
// preposition (« d'Oxfam »).
func (r *reader) nounPrepBefore(p int, s *sentence, prep func(k int) bool, nouns wordSet) bool {
	k := p - 1
	if rest, art := elidedRest(r.toks[p].lower); art == 'd' && rest != "" {
		k++ // « d'Oxfam »: the preposition is the name's own first letters
	} else {
		if k >= s.a && anyHas(setDefinite, r.toks[k].lower) {
			k--
		}
		if !prep(k) {
			return false
		}
	}
	k--
	return k >= s.a && r.toks[k].kind == tokWord && (!r.toks[k].cap || k == s.first) && anyHas(nouns, r.toks[k].lower)
}

// isStaffPrep reports whether token k of s is "from" or "of" or a French
// « de », « du », « des ».
func (r *reader) isStaffPrep(k int, s *sentence) bool {
	switch r.word(k, s.b) {
	case "from", "of", "de", "du", "des":
		return k >= s.a
	}
	return false
}

// datelineAgency reports whether the name [p, q) fills the brackets of a
// dateline, closed by a dash (agencyBracket), a few words into its
// sentence: the news agency or paper that filed the story ("Harare (New
// Ziana) - …", "KAMPALA (New Vision) — …", "Goma, 3 mai (Radio Maendeleo)
// - …"). A region may be written there ("GOMA (North Kivu) -"), so the
// name stays a mention, for the gazetteer to confirm.
func (r *reader) datelineAgency(p, q int, s *sentence) bool {
	return p-1 > s.first && p-1 <= s.first+8 && r.is(q, s.b, ")") && r.agencyBracket(p-1, s.b)
}

// groupNounAfter reports whether token q, right after a name, is a
// lower-case noun of a group of people or of an event (groupnouns.tsv,
// townnouns.tsv, folknouns.tsv): "Sarvodaya volunteers", "Ngati Porou
// elders", "the Nabhani sultans", "the Mutomboko festival".
func (r *reader) groupNounAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setGroupNouns) || r.lowerWordIn(q, s, setTownNouns) || r.lowerWordIn(q, s, setFolkNouns)
}

// initialsAfter reports whether the name [p, q) of two or more
// capitalised words is followed by its initials in capitals between
// brackets, as an organisation is introduced: "the National Disaster
// Management Authority (NDMA)", "the Rural Water Supply Agency
// (RWSA)". Lower-case words of the name ("of", "and") give no letter.
func (r *reader) initialsAfter(p, q int, s *sentence) bool {
	if q-p < 2 || !r.is(q, s.b, "(") || !r.is(q+2, s.b, ")") || !r.toks[q+1].upper {
		return false
	}
	var b strings.Builder
	for k := p; k < q; k++ {
		if r.toks[k].cap {
			b.WriteString(r.toks[k].lower[:1])
		}
	}
	return b.Len() >= 2 && b.String() == r.toks[q+1].lower
}

// vehicleAfterThe reports whether the name [p, q) is a make or a model
// of vehicle (vehicles.tsv) after "the", a possessive ("his", "the
// Cooperative's", « sa ») or a French article, perhaps with one
// lower-case word between that is no verb, or a make and its model of one
// word or more, each a row: the vehicle someone rides in: "we left Maun
// in the Land Cruiser", "the Unimog got stuck near X", "the
// Cooperative's old Ford carried the mail", « la vieille Peugeot ».
func (r *reader) vehicleAfterThe(p, q int, s *sentence) bool {
	k := p - 1
	if k < s.a {
		return false
	}
	if w := r.toks[k].lower; k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && !r.ownerWord(k) && !isPreposition(w) && !isMainVerb(w) {
		k-- // "his battered Hilux", « la vieille Peugeot »
	}
	if k < s.a || r.toks[k].kind != tokPoss && !r.ownerWord(k) {
		return false
	}
	name := r.toks[p].lower // the set is looked up last, and a run of words lowered only then
	if q-p > 1 {
		name = strings.ToLower(r.text[r.toks[p].start:r.toks[q-1].end])
	}
	if langs().en.has(setVehicles, name) {
		return true
	}
	// a make and its model, each a row: "the Dacia Duster", "our Lada
	// Niva", "Abdou's Toyota Land Cruiser"
	return q-p >= 2 && langs().en.has(setVehicles, r.toks[p].lower) &&
		langs().en.has(setVehicles, strings.ToLower(r.text[r.toks[p+1].start:r.toks[q-1].end]))
}

// ownerWord reports whether token k is "the", a possessive determiner
// ("his", "our", « sa », « leur ») or a French definite article: a word
// that makes the noun after it a thing someone has in view.
func (r *reader) ownerWord(k int) bool {
	w := r.toks[k].lower
	return r.toks[k].kind == tokWord && (w == "the" || isPossessiveDeterminer(w) || isFrenchPossessive(w) || w == "son" || w == "sa" || w == "leur" || isFrenchArticle(w))
}

// hazardTitle reports whether the single word at p is a noun of a hazard
// (hazards.tsv) that opens a sentence or follows a dash or a colon, before
// a comma: the title of a bulletin names its hazard, then its area
// ("FLASH UPDATE #2 – Floods, Eastern Province, Sri Lanka", "Drought,
// Afar Region"). The noun is no place the area holds.
func (r *reader) hazardTitle(p, q int, s *sentence) bool {
	if q-p != 1 || !r.is(q, s.b, ",") || !langs().en.has(setHazards, r.toks[p].lower) {
		return false
	}
	if p == s.a {
		return true
	}
	t := r.toks[p-1].lower
	return isDash(t) || t == ":"
}

// ownerAfterOf reports whether the name [p, q) of two or more words after
// "of" or "of the" ends in an organisation's word (isOrgWord): the kind
// before it is the organisation's title, works or office, and the name
// names its owner, no place: "the licence of Adansi Gold Resources", "the
// offices of the Rural Roads Agency", "the concession of Kivu Mining
// Corporation". A one-word name stays a place ("the town of Mission").
func (r *reader) ownerAfterOf(p, q int, s *sentence) bool {
	if !r.orgWordEnds(p, q) {
		return false
	}
	return r.is(p-1, s.b, "of") || r.is(p-1, s.b, "the") && r.is(p-2, s.b, "of")
}

// orgWordEnds reports whether the name [p, q) of two or more words ends
// in an organisation's word (isOrgWord): "Adansi Gold Resources", "the
// Rural Roads Agency", "Kivu Mining Corporation". A word that is also a
// place's generic (possgenerics.tsv) ends a place's name too, "Morgenster
// Mission", and is left out.
func (r *reader) orgWordEnds(p, q int) bool {
	return q-p >= 2 && isOrgWord(r.toks[q-1].lower) && !isToponymGeneric(r.toks[q-1].lower)
}

// orgSubject reports whether mention m, read as unlikely a place, is an
// organisation's name (orgWordEnds): as the subject of a clause it holds
// or runs what the clause places, it is none of it ("Khan Resources was
// awarded the licence in 2007. The deposit lies 110 km north of
// Choibalsan").
func (r *reader) orgSubject(m int) bool {
	return r.evidence(m) == EvidenceUnlikely && r.orgWordEnds(r.mtok[m][0], r.mtok[m][1])
}

// creditBefore reports whether the name at token p follows a word of a
// credit line (creditlabels.tsv) and "by", « par » or a colon: "Reporting
// by Sandra Wells", "photos by Joseph Mollel", "Text: Sandra Wells", «
// Texte : Jean Hill », « Photos par Aliou Mbaye ». The name is who wrote
// or shot the piece, however much it reads like a place ("Wells",
// "Hill"), and so is the contact a release names ("Media queries:
// Siobhán Ní Fhlatharta"). The label opens its sentence, perhaps after
// one word, or follows a comma or a semicolon, as credits are strung
// together.
func (r *reader) creditBefore(p int, s *sentence) bool {
	k := p - 1
	if w := r.word(k, s.b); w != "by" && w != "par" && !r.is(k, s.b, ":") {
		return false
	}
	k--
	if k < s.a || r.toks[k].kind != tokWord || !anyHas(setCreditLabels, r.toks[k].lower) {
		return false
	}
	if k == s.first || k-1 == s.first && r.toks[k-1].kind == tokWord {
		return true // "Media queries: Siobhán Ní Fhlatharta"
	}
	return r.is(k-1, s.b, ";") || r.is(k-1, s.b, ",") || r.is(k-1, s.b, ".")
}

// premisesAfter reports whether the name that ends before token q stands
// before a lower-case noun of an organisation's premises (premises.tsv),
// perhaps after one lower-case word of what is done there that is no
// preposition, article, "and" or "or", possessive determiner or finite
// verb ("Kenya has laboratories"): "the Bónus supermarket", "the ALS Global
// laboratory in Perth", "the SGS Minerals preparation laboratory", "the
// Safaricom headquarters". A town may stand there too ("the Nairobi
// offices"), so the name is doubtful, for the gazetteer to confirm.
func (r *reader) premisesAfter(q int, s *sentence) bool {
	if r.lowerWordIn(q, s, setPremises) {
		return true
	}
	w := r.lowerWord(q, s.b)
	return w != "" && w != "and" && w != "or" && !isPreposition(w) && !anyHas(setDefinite, w) && !isPossessiveDeterminer(w) && !isFiniteVerb(w) && r.lowerWordIn(q+1, s, setPremises)
}
