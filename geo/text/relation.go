package text

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// found is a relation phrase before its subject is known.
type found struct {
	rel         Relation
	start       int  // first token of the phrase: where the search for the subject starts
	end         int  // token after the phrase
	phraseStart int  // first token of Relation.Phrase
	subject     int  // subject fixed by the construction, -1 to search
	reversed    bool // the object is a name the phrase annotates; the subject is the clause's
	french      bool // read by the French rules: the subject is found by them too
	neighbour   bool // a neighbour named with its side ("bordered by X to the north")
	roadTo      bool // "on the road to Y": the road starts from the subject's previous anchor
	stage       bool // a stage's length after its two ends (stageLength): no subject for the phrases after it
	way         bool // the phrase ends on the way it runs, with no direction or object ("2 km down the valley": wayOnlyEnd)
}

// lastPhrase remembers the previous relation phrase of a sentence, for
// coordination ("110 km southeast of A and 120 km northwest of B").
type lastPhrase struct {
	start, end int
	kind       Kind
	subject    int  // -1 when no subject was found
	anaphor    Span // the anaphor that stood for subject, if any
	coast      bool // the phrase put its subject on a coast ("on the coast")
	object     int  // the place the phrase is measured from, -1 when none
}

// objState is how a distance or direction phrase ended.
type objState int

const (
	objNone   objState = iota // a preposition with nothing readable after it
	objFound                  // an object or border was read
	objAbsent                 // the phrase stops without "of"/"from": "600 km to the southwest"
	objFailed                 // an of-word with no object readable after it
)

// findRelations reads every sentence for relation phrases and attaches each
// to its subject.
func (r *reader) findRelations() {
	var buf []found
	for si := range r.sents {
		s := &r.sents[si]
		if s.heading || r.capsHeadline(s) {
			continue
		}
		r.si = si
		var last *lastPhrase
		named := -1
		onlyIn := false // every phrase of named in the sentence puts it in a container
		r0 := len(r.rels)
		for i := s.a; i < s.b; {
			var next int
			buf, next = r.parseAt(i, s, last, buf[:0])
			for n := range buf {
				r.spanTo(&buf[n], s)
				subj, ana := r.attach(&buf[n], s, last)
				// A French containment in apposition to another name
				// ("..., et à 30 km de Pô, chef-lieu de la province du
				// Nahouri, et à 5 km de X") leaves the topic and the
				// subject that later phrases share alone.
				aside := buf[n].french && buf[n].rel.Kind == KindIn && named >= 0 && subj != named
				// "La 3e étape, Atakpamé – Sokodé (160 km), passe par le
				// ravitaillement de X, 24 km au nord d'Atakpamé": the
				// stage's length is an aside too.
				aside = aside || buf[n].stage
				if !aside && r.anchorContainer(&buf[n], subj, last) {
					// "located 60 km west of Letlhakane in the Central
					// District and about 40 km west-south-west of Orapa":
					// the containment only says which Letlhakane; what
					// follows the "and" is still said of the prospect.
					l := *last
					l.end = buf[n].end
					last, aside = &l, true
				}
				if !aside {
					last = &lastPhrase{start: buf[n].start, end: buf[n].end, kind: buf[n].rel.Kind, subject: subj, anaphor: ana,
						coast: buf[n].rel.Border != nil && buf[n].rel.Border.Coast, object: buf[n].rel.Object}
				}
				if subj >= 0 && !buf[n].reversed && ana.IsZero() && !aside && !r.objectRelativeAside(buf[n].start, subj, s) {
					onlyIn = (subj != named || onlyIn) && buf[n].rel.Kind == KindIn
					named = subj
				}
			}
			if next <= i {
				next = i + 1
			}
			i = next
		}
		if named < 0 {
			r.noteScene(si, nil)
		}
		switch {
		case named >= 0:
			// "X is a town in the Rif Dimashq Governorate in Syria", "X is
			// the capital of Lualaba Province in the south of the DRC": the
			// last subject is a container the sentence places; the text goes
			// on about X.
			// "X is a commune in the Bas-Rhin department in Grand Est in
			// north-eastern France": X is of an administrative kind too,
			// but Grand Est is said to hold it.
			// So is "X is a settlement in the Municipality of Dobrova–Polhov
			// Gradec in the Upper Carniola region": a name the sentence
			// only puts in a container is no subject of its own.
			if cs := r.copulaSubject(s, -1); cs >= 0 && cs != named && (onlyIn || r.isContainer(named) && (!r.isContainer(cs) || r.root(named) == cs)) {
				named = cs
			}
			r.topic = named
		default:
			if m, ana, ok := r.sentSubject(s, false); ok && ana.IsZero() {
				if w := r.lowerWord(r.skipParen(r.mtok[m][1], s.b), s.b); isCopula(w) || isFrenchLocative(w) ||
					langs().fr.has(setCopulas, w) { // « Le piton de la Fournaise, haut de 2 632 m, est ... »
					r.topic = m
				}
			} else if !ok {
				if m, ana, ok := r.frenchSentSubject(s); ok && ana.IsZero() && !r.possessor(m, s) {
					r.topic = m // "La localité de X est ..."
				}
			}
			if m, ok := r.predicateName(s); ok && r.topic < 0 {
				r.topic = m // "Our base for the season is X fishing camp."
			}
			if m, ok := r.appositiveOpener(s); ok && r.topic < 0 {
				r.topic = m // "Our newest ranger post, X, opened in August."
			}
			if m, ok := r.areaOfName(s); ok {
				r.topic = m // "A fire burned 4,000 hectares of X. The station homestead …"
			}
			if m, ok := r.bareOpener(s); ok {
				// "Troops clashed in a village 30 km south of Marawi.
				// The village, Sitio Bangon, has long served as …": the
				// bare apposition names the village placed before.
				r.nameNameless(s, m)
			}
			if m, ok := r.calledOpener(s); ok {
				// "Mestia was our base. The guesthouse, called Lileo, is
				// our favourite. It stands 3 km east of Mestia": a place
				// the sentence names as it opens is the new topic.
				r.topic = m
				// "Rescuers reached a village 12 km north of Dori. The
				// village, called X, …": X names the village placed
				// before.
				r.nameNameless(s, m)
			}
		}
		r.nameAfterFact(s, r0)
	}
}

// anchorContainer reports whether f, a containment with subject subj,
// follows right on the last phrase and puts in a container the place that
// phrase is measured from: "60 km west of Letlhakane in the Central
// District". The containment then qualifies the anchor, not what the
// sentence is about.
func (r *reader) anchorContainer(f *found, subj int, last *lastPhrase) bool {
	return last != nil && f.rel.Kind == KindIn && !f.reversed && last.kind != KindIn &&
		last.subject >= 0 && last.object >= 0 && subj == last.object && subj != last.subject &&
		f.start <= last.end+1
}

// spanTo reads a distance with no direction from X followed by "to" and a
// name Y as the length of the way from X to Y, which places Y, not the
// clause's subject: "The Birkebeinerrennet, 54 km from Rena to
// Lillehammer", "It is 30 km from Gao to Bourem". The way is a road, so
// the distance is one by road; after a comma it is the course of the race
// or the walk named before it, which winds, so the length only bounds the
// way (hedge "within").
func (r *reader) spanTo(f *found, s *sentence) {
	if f.french || f.reversed || f.subject >= 0 || f.rel.Kind != KindDistance || f.rel.Points != 0 ||
		f.rel.Object < 0 || f.rel.Border != nil || !r.is(f.end, s.b, "to") || f.end+1 >= s.b {
		return
	}
	if r.roadFromBefore(f.rel.Object, s.b) {
		// "Kumbalyam lies 22 km along the road from Wabag to Mount
		// Hagen": the road's two ends, read as the road the subject
		// lies on (roadEndsAt).
		return
	}
	y := int(r.at[f.end+1])
	if y < 0 || y == f.rel.Object || r.mtok[y][0] != f.end+1 || r.mentions[y].Evidence <= EvidenceUnlikely {
		return
	}
	f.subject, f.end = y, r.mtok[y][1]
	if r.is(f.start-1, s.b, ",") && f.rel.Hedge == "" {
		// "The Bansko Skyrace, 42 km from Bansko to Razlog over the
		// ridge": a race's course in apposition winds, and its length
		// only bounds the way between its ends.
		f.rel.Hedge = "within"
		return
	}
	f.rel.Road = true
}

// predicateName returns the name that sentence s gives as the predicate
// of a copula after a subject that is a common noun phrase with a
// determiner: "Our base for the aurora season is Trollvikbotn fishing
// camp.", "The nearest settlement is Kalo." The sentence is about that
// place, so "It lies 30 km north-east of Tromsø" after it stands for it,
// when the text has no topic yet ("Its name is X" names the topic).
// The name must close the sentence, past lower-case words of its kind,
// and no other name may come before the copula.
func (r *reader) predicateName(s *sentence) (int, bool) {
	k := s.first
	if w := r.word(k, s.b); !isPossessiveDeterminer(w) && w != "the" && w != "this" {
		return -1, false
	}
	e := -1
	for j := k + 1; j < s.b && j <= k+10; j++ {
		if r.at[j] >= 0 || r.toks[j].kind == tokPunct {
			return -1, false
		}
		if w := r.lowerWord(j, s.b); w == "is" || w == "was" {
			e = j + 1
			break
		}
	}
	if e < 0 {
		return -1, false
	}
	if r.is(e, s.b, "the") {
		e++
	}
	m := r.mentionAt(e, s.b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	j := r.mtok[m][1]
	for n := 0; n < 3 && j < s.b && r.toks[j].kind == tokWord && !r.toks[j].cap; n++ {
		j++ // "fishing camp"
	}
	if j < s.b && !r.is(j, s.b, ".") {
		return -1, false
	}
	return m, true
}

// appositiveOpener returns the name set between commas after the noun
// phrase that opens sentence s with a determiner and lower-case words
// only: "Our newest ranger post, Olkiri Boma, opened in August." names the
// post, which the text is then about ("You'll find it 48 km west of
// Arusha"). The noun phrase must end in a descriptor noun.
func (r *reader) appositiveOpener(s *sentence) (int, bool) {
	k := s.first
	if w := r.word(k, s.b); !isPossessiveDeterminer(w) && w != "the" && w != "this" {
		return -1, false
	}
	j := k + 1
	for j < s.b && j <= k+5 && r.toks[j].kind == tokWord && (!r.toks[j].cap && r.at[j] < 0 || r.acronymModifier(j)) {
		j++
	}
	if j == k+1 || !r.is(j, s.b, ",") || !isDescriptorNoun(r.lowerWord(j-1, s.b)) {
		return -1, false
	}
	m := r.mentionAt(j+1, s.b)
	if m < 0 || r.mtok[m][0] != j+1 || !r.is(r.mtok[m][1], s.b, ",") || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	return m, true
}

// nameNameless makes m, the name the opener of sentence s gives its kind
// of place, an alias of the last nameless place of that kind, which is
// then the topic: "Rescuers reached a village 12 km north of Dori. The
// village, called X, …", "… a cattle post 45 km west of Arusha. The post,
// Engikaret, …".
func (r *reader) nameNameless(s *sentence, m int) {
	if n := r.namelessOfKind(s); n >= 0 && r.aliasOf[m] < 0 {
		r.addAlias(n, m)
		r.raise(m, EvidenceDescriptor)
		r.giveFeature(m, r.feature(n))
		r.topic = n
	}
}

// bareOpener returns the name set between commas, with no verb of
// naming, after the kind of place that opens sentence s with a
// determiner: "The village, Sitio Bangon, has long served as a hiding
// place", « Le hameau, Sinta-Kouré, avait déjà été touché ». The name
// must not be a gazetteer place ("The town, Marawi, …" restates a known
// place), and the caller uses it only to name a nameless place of that
// kind (nameNameless).
func (r *reader) bareOpener(s *sentence) (int, bool) {
	j, ok := r.openerComma(s)
	if !ok {
		return -1, false
	}
	m := r.mentionAt(j+1, s.b)
	if m < 0 || r.mtok[m][0] != j+1 || !r.is(r.mtok[m][1], s.b, ",") || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
		return -1, false
	}
	return m, true
}

// openerComma returns the comma after the kind of place that opens
// sentence s with a determiner and up to four lower-case words: "The
// guesthouse," in "The guesthouse, called Lileo, is our favourite", «
// L'auberge, » in « L'auberge, appelée X, … ».
func (r *reader) openerComma(s *sentence) (int, bool) {
	k := s.first
	w, art := elidedRest(r.word(k, s.b))
	if !isPossessiveDeterminer(w) && !isFrenchPossessive(w) && w != "the" && w != "this" &&
		w != "le" && w != "la" && w != "ce" && w != "cette" && art != 'l' {
		return -1, false
	}
	j := k + 1
	if art == 'l' {
		j = k // « L'auberge, appelée X, ... »
	}
	for n := 0; j < s.b && n < 4 && r.toks[j].kind == tokWord && (j == k || !r.toks[j].cap) && r.at[j] < 0; n++ {
		j++
	}
	if j == k || !r.is(j, s.b, ",") {
		return -1, false
	}
	if w, _ := elidedRest(r.lowerWord(j-1, s.b)); !isDescriptorNoun(w) && frenchFeature(w) == "" {
		if _, _, ok := r.kindAfterSpot(j-1, s); !ok {
			return -1, false // "The water point, known as X,", "The landing, called X,": a spot of kindsafter.tsv
		}
	}
	return j, true
}

// calledOpener returns the name that sentence s gives, with a verb of
// naming set between commas, to the kind of place that opens it with a
// determiner: "The guesthouse, called Lileo, is our favourite", "The site,
// known locally as Shën Koll, was rebuilt in 1998", « Le domaine, appelé
// localement le Mas des Oliviers, ... » (namedAfterComma).
func (r *reader) calledOpener(s *sentence) (int, bool) {
	j, ok := r.openerComma(s)
	if !ok {
		return -1, false
	}
	return r.namedAfterComma(j, s.b)
}

// namelessOfKind returns the last place before sentence s that the text
// gave no name (Mention.Nameless) and whose kind is the one of the noun
// that opens s with a determiner before a comma: "a village 12 km north
// of Dori … The village, called X, …", « un hameau peul situé à 25 km de
// Mopti … Le hameau, appelé X, … ». It returns -1 when there is none.
func (r *reader) namelessOfKind(s *sentence) int {
	j := s.first
	for j < s.b && !r.is(j, s.b, ",") && j < s.first+6 {
		j++
	}
	if !r.is(j, s.b, ",") || j == s.first {
		return -1
	}
	w, _ := elidedRest(r.lowerWord(j-1, s.b))
	if f := frenchFeature(w); f != "" {
		w = f
	}
	w2 := "" // "The water point, known as X,": the feature of a spot of kindsafter.tsv
	if _, fe, ok := r.kindAfterSpot(j-1, s); ok {
		w2 = fe
	}
	for n := len(r.mentions) - 1; n >= 0; n-- {
		if r.mtok[n][1] > s.a || !r.mentions[n].Nameless || r.evidence(n) == EvidenceUnlikely {
			continue
		}
		if f := r.feature(n); f != "" && (f == w || strings.HasSuffix(f, " "+w) || !r.nl.events[n] && laterKindAgrees(f, w, w2)) {
			return n
		}
	}
	return -1
}

// laterKindAgrees reports whether a kind noun w that opens a sentence
// naming a place ("The borehole, known locally as X,", "The site, called
// X,"), or w2, the feature of the spot of kindsafter.tsv ending with it
// ("The water point," is a well), may stand for a nameless place of the
// English feature f that the text placed before under another word ("a
// well", "a new mining settlement", "a fishing landing"): both are
// inhabited places, one group of lexicon/en/kindgroups.tsv ("well",
// "borehole", "waterhole"), or w is a word for a site of any kind
// ("site": descriptors flagged any).
func laterKindAgrees(f, w, w2 string) bool {
	h := f
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		h = f[i+1:]
	}
	for _, g := range []string{w, w2} {
		if g != "" && (g == f || sameKindGroup(f, g) || sameKindGroup(h, g)) {
			return true
		}
	}
	return isSettlementKind(h) && isSettlementKind(w) || lex().en[w].anyKind
}

// indefiniteNamed returns the name an apposition gives the kind of place
// that opens a sentence with "a" or "an", past up to three adjectives:
// "A Roman-era quarry, now known as X, has been identified some 7 km
// south-west of Y" is about X.
func (r *reader) indefiniteNamed(k, b int) (int, bool) {
	if w := r.word(k, b); w != "a" && w != "an" {
		return -1, false
	}
	j := k + 1
	for n := 0; n < 3 && j < b && r.toks[j].kind == tokWord; n++ {
		if w := r.toks[j].lower; !(isPlainAdjective(w) || isCompoundModifier(w) || isCompoundAdjective(w) || r.openKindWord(j, b) || r.acronymModifier(j)) {
			break
		}
		j++
	}
	if !isDescriptorNoun(r.lowerWord(j, b)) {
		return -1, false
	}
	return r.namedAfterComma(j+1, b)
}

// namedSubjectApposition returns the name a clause of naming gives the
// kind of place that is the subject of the sentence opening at token k,
// when the name closes the subject before its comma and verb: "A spring
// that herders call X, lies 12 km north of Y", "A second hazardous area, a
// dry riverbed that residents call X, lies about 9 km west of Y", "The
// most significant, a dry-stone enclosure the team designated X, sits on
// a spur 14 km south-west of Y", "The contractor's camp, at a place
// surveyors named X, lies 64 km east of Y". The clause opens the sentence
// or its first comma, perhaps after "at" or "in" (indefiniteNamedKind
// reads it); the verb after the name is a copula or a participle of
// building.
func (r *reader) namedSubjectApposition(k, b int) (int, bool) {
	commas := 0
	for j := k; j < b && commas < 2; j++ {
		if r.is(j, b, ",") {
			commas++
			continue
		}
		if j != k && !r.is(j-1, b, ",") && !((r.is(j-1, b, "at") || r.is(j-1, b, "in")) && r.is(j-2, b, ",")) {
			continue
		}
		m, ok := r.indefiniteNamedKind(j, b)
		if !ok {
			continue
		}
		e := r.mtok[m][1]
		if v := r.lowerWord(e+1, b); r.is(e, b, ",") && (isCopula(v) || openedVerb(v)) && !isFiniteVerb(v) || r.is(e, b, ",") && isFiniteVerb(v) && v != "is" && v != "was" {
			return m, true
		}
		return -1, false
	}
	return -1, false
}

// isContainer reports whether mention m is an area other places are said
// to lie in: an administrative kind ("Lualaba Province", "the Rif Dimashq
// Governorate") or a name the text puts another place in.
func (r *reader) isContainer(m int) bool {
	return r.inOf[m] >= 0 || isAdminFeature(r.feature(m))
}

// baseFor returns the place a distance with no place of its own to start
// from is measured from when m, the name that opens sentence s, is what it
// places ("We based ourselves in Mbabane. Manzini, 30 km away, …", «
// Nous avons logé près de Rochefort. Dinant est à 20 km. »): the place
// the text is about, or else the last place the sentence before named
// with a preposition of place. It reports false when there is none, or
// when that place bears m's name.
func (r *reader) baseFor(m int, s *sentence) (int, bool) {
	o := r.topic
	if o < 0 {
		if o = r.latterPlace(s.a); o >= 0 && r.evidence(o) < EvidencePreposition {
			o = -1
		}
	}
	return o, o >= 0 && r.mentions[o].Name != r.mentions[m].Name
}

// sceneTopic returns, for a reversed phrase with no subject of its own
// in a report filed from a dateline town ("DAR ES SALAAM (Reuters) - …
// a clash at the Kasubuya Ridge pit, about 35 km south-west of Geita …
// taken to hospital in Mwanza, some 85 km away"), the town the place the
// report is about was measured from: the scene's town, not the capital
// the report was filed from, is where the distance starts. It reports
// false with no dateline, no topic measured from a place before the
// phrase, or when that place is the dateline town or the phrase's own
// object.
func (r *reader) sceneTopic(f *found, s *sentence) (int, bool) {
	t := r.topic
	if r.filed < 0 || t < 0 || f.rel.Object < 0 || f.rel.Border != nil || r.mentionAt(s.first, s.b) >= 0 {
		return -1, false
	}
	for _, rel := range r.rels {
		o := rel.Object
		if rel.Subject != t || rel.Kind != KindDistance || o < 0 || rel.Border != nil || r.mtok[o][0] >= s.first {
			continue
		}
		if o == r.filed || o == f.rel.Object || strings.EqualFold(r.mentions[o].Name, r.mentions[r.filed].Name) || strings.EqualFold(r.mentions[o].Name, r.mentions[f.rel.Object].Name) {
			return -1, false
		}
		return o, true
	}
	return -1, false
}

// attach finds the subject of f, adds the relation and returns the subject
// and the anaphor that stood for it, or -1 when none was found and nothing
// was added.
func (r *reader) attach(f *found, s *sentence, last *lastPhrase) (int, Span) {
	subj, ana := f.subject, Span{}
	frame := -1 // the place an apposition is measured from, when no subject is
	if subj >= 0 && !f.reversed && r.namesEvent(subj, s) {
		// "The Sparks Lake wildfire, about 30 km north-west of X": the
		// apposition places the fire, not the lake it is named after.
		if np, ok := r.namelessFrom(r.mtok[subj][0]-1, s); ok && np.event {
			subj = -1
		}
	}
	if subj < 0 {
		ok := false
		if m := r.listBefore(min(f.start, f.phraseStart), s.a); m >= 0 && !f.reversed {
			// "Kalo et Bema, tous deux à 30 km au sud de Gao": the
			// phrase is said of the list; findLists shares it out.
			subj, ok = m, true
		}
		if m := r.listedBefore(f.rel.Object, s); m >= 0 && f.reversed && !ok && !f.neighbour {
			// « Les œufs sont vendus à Parakou, à Djougou, à quelque 115
			// km à l'ouest »: the place before in the list is what the
			// next one is measured from.
			subj, ok = m, true
		}
		switch {
		case ok:
		case f.french && f.reversed:
			subj, ana, ok = r.frenchSentSubject(s)
			if !ok {
				subj, ok = r.sceneTopic(f, s)
			}
			if !ok && r.filed >= 0 && f.rel.Object >= 0 && f.rel.Border == nil && r.filed != f.rel.Object && r.mentionAt(s.first, s.b) < 0 &&
				r.mentions[r.filed].Name != r.mentions[f.rel.Object].Name {
				// « SEPT-ÎLES — ... au camp du lac Matamec, à une trentaine
				// de kilomètres à l'est »: from where the report was filed.
				subj, ok = r.filed, true
			}
		case f.french:
			subj, ana, ok = r.frenchSubject(f.start, s, last)
		case f.reversed:
			subj, ana, ok = r.sentSubject(s, true)
			if !ok {
				subj, ok = r.sceneTopic(f, s)
			}
			if !ok && r.filed >= 0 && f.rel.Object >= 0 && r.filed != f.rel.Object && r.mentionAt(s.first, s.b) < 0 && !f.neighbour &&
				r.mentions[r.filed].Name != r.mentions[f.rel.Object].Name {
				// "PARIS, Texas (AP) — … burglaries in Sulphur Springs, 36
				// miles to the south": a news report measures from where
				// it was filed.
				subj, ok = r.filed, true
			}
			if !ok && r.topic >= 0 && r.mentionAt(s.first, s.b) < 0 {
				// "Other nearby towns are Ruiru (NE), Limuru (NW)": the
				// brackets place the towns from what the text is about.
				subj, ana, ok = r.topic, Span{}, true
			}
			if !ok && r.topic < 0 && r.mentionAt(s.first, s.b) < 0 && !f.neighbour {
				// "Other proximate towns are Ruiru (east of Fekal),
				// Gatundu (NE)": the list goes on around Fekal.
				subj, ok = r.bracketFrame(s)
			}
			if !ok && r.topic < 0 && f.rel.Object >= 0 && !f.neighbour {
				// "Fighting was reported near Sirte and in Misrata,
				// 250 km to the west": no place is what the clause is
				// about, so Misrata lies there from the place before it.
				if frame = r.placeBefore(f.rel.Object, s); frame >= 0 {
					subj, ok = f.rel.Object, true
				} else if r.mentionAt(s.first, s.b) < 0 && !r.placeIn(s.a, r.mtok[f.rel.Object][0]) {
					// "Two bodies were recovered near Chintheche, 40 km
					// to the south": with no place before it in its
					// sentence, from the place the sentences before
					// reached.
					if frame = r.lastReached(s.a, s, f.rel.Object); frame >= 0 {
						subj, ok = f.rel.Object, true
					}
				}
			}
		default:
			subj, ana, ok = r.findSubject(f.start, s, last)
			if ok && ana.IsZero() && f.rel.Kind == KindIn && r.actorSite(subj, f.start, s) {
				// "stopped the Toyota Camry at a checkpoint in X": the
				// checkpoint lies in X, not the car.
				subj, ok = -1, false
			}
		}
		if ok && f.reversed && frame < 0 && subj >= 0 && r.is(r.mtok[subj][1], s.b, "(") {
			switch {
			case subj == f.rel.Object && r.topic >= 0 && r.topic != subj:
				// "The prospect is remote. Agadez (200 km to the
				// southeast) is the nearest town": the bracketed name is
				// its sentence's subject, and the bracket places it from
				// the place the text is about.
				subj, ana = r.topic, Span{}
			case subj != f.rel.Object && r.siblingBracket(subj, s):
				// « Bourem (à 80 km au nord) et Gao (à 20 km au sud)
				// sont les villes les plus proches »: the second name of
				// such a list is placed from the topic too, and from no
				// sibling.
				if r.topic < 0 || r.topic == f.rel.Object {
					return -1, Span{}
				}
				subj, ana = r.topic, Span{}
			}
		}
		subj, ana, ok = r.namelessSubject(f, s, subj, ana, ok)
		if ok && f.rel.Kind == KindBetween && f.rel.Road && subj >= 0 && isAdminFeature(r.feature(subj)) && r.sceneOpener(subj, s) {
			// "In Borno State, the road between Maiduguri and Dikwa was
			// closed": the division that sets the scene lies on no road.
			subj, ana, ok = -1, Span{}, false
		}
		if !ok && !f.reversed {
			subj, ok = r.colonSubject(f, s) // "X se cache à 20 km au nord de Zagora : le ksar d'Aït Tiwlal"
		}
		if !ok && !f.reversed {
			subj, ok = r.recordSubject(f, s) // "Name: Greenhill Farm / Location: 6 miles north-west of Ballarat"
		}
		if !ok && !f.reversed {
			subj, ok = r.frontedSceneAfter(f, s) // "Some 8 km west of Urubamba, archaeologists have uncovered … at X"
		}
		if !ok && f.french && !f.reversed {
			subj, ok = r.frenchNearAfter(f, s) // "à 30 km de Dori, près de X"
		}
		if !ok && !f.reversed {
			subj, ok = r.spotAfter(f, s) // « situé à 8 km de Rodez, au lieu-dit La Borie »
		}
		if !ok {
			if f.rel.Kind == KindNear && f.rel.Object >= 0 && f.rel.Border == nil {
				rel := f.rel
				rel.Phrase = r.span(f.phraseStart, f.end)
				r.noteScene(r.si, &rel)
			}
			r.addArea(f)
			// "with its epicentre about 70 km south-west of Marrakesh":
			// what the phrase is about goes untold, but what it is
			// measured from is a place.
			if f.rel.Kind != KindIn && f.rel.Object >= 0 && r.evidence(f.rel.Object) > EvidenceUnlikely {
				r.raise(f.rel.Object, EvidencePreposition)
			}
			// "une embuscade sur l'axe Gao–Ansongo": both ends of a road
			// or a stretch are places.
			if f.rel.Kind == KindBetween && f.rel.Other >= 0 && r.evidence(f.rel.Other) > EvidenceUnlikely {
				r.raise(f.rel.Other, EvidencePreposition)
			}
			return -1, Span{}
		}
	}
	subj = r.aliasRoot(subj) // "X, also spelt Y, is a city 60 km west of Z" is about X
	rel := f.rel
	if frame >= 0 {
		rel.Object = frame
	}
	if f.roadTo {
		if rel.Object = r.roadFrom(subj, s); rel.Object < 0 {
			return -1, Span{} // "on the road to Y" with no place it starts from
		}
	}
	if rel.Kind == KindDistance && !rel.Road && r.onRoadBefore(f.phraseStart, s) {
		rel.Road = true // "située sur la route nationale RN3 à 369 km de Bangui"
	}
	if rel.Object >= 0 && !ana.IsZero() && (rel.Object == subj || r.mentions[rel.Object].Name == r.mentions[subj].Name) {
		// "Knysna was busy, so we booked Forest Edge Cottages instead.
		// They are 10 km north of Knysna": the anaphor cannot stand for
		// the place it is measured from; it stands for the last other
		// place named before it.
		if m := r.otherPlaceBefore(sort.Search(len(r.toks), func(k int) bool { return r.toks[k].start >= ana.Start }), rel.Object); m >= 0 {
			subj = m
		}
	}
	rel.Subject, rel.Anaphor = subj, ana
	if rel.Object >= 0 && (rel.Object == subj || r.mentions[rel.Object].Name == r.mentions[subj].Name) {
		return -1, Span{}
	}
	if rel.Kind == KindBetween && (rel.Other == subj || r.mentions[rel.Other].Name == r.mentions[subj].Name) {
		return -1, Span{}
	}
	if rel.Border != nil {
		for k := f.start; k < f.end && k < len(r.toks); k++ {
			if m := r.at[k]; m >= 0 && r.toks[k].start >= rel.Border.Span.Start && r.toks[k].end <= rel.Border.Span.End && !r.sideDemonym(int(m)) {
				r.raise(int(m), EvidenceRelation)
			}
		}
	}
	if f.reversed && frame < 0 && rel.Points > 0 {
		rel.Azimuth = normAngle(rel.Azimuth + 180)
		rel.Reversed = true
	}
	rel.Phrase = r.span(f.phraseStart, f.end)
	r.addRelation(rel, EvidenceRelation)
	if spot, ok := r.spotAfter(f, s); ok && !f.reversed && spot != subj && spot != rel.Object {
		// "The farm lies 8 km south-east of Rodez, at the hamlet of La
		// Borie": where the subject stands lies there too.
		rel.Subject, rel.Anaphor = spot, Span{}
		r.addRelation(rel, EvidenceRelation)
	}
	return subj, ana
}

// spotAfter returns the place that words of spotleads.tsv name right after
// the phrase f, perhaps after a comma: "…, at a place called La Borie",
// "at the hamlet of X", « …, au lieu-dit La Borie », « au hameau d'X »,
// or a free relative of naming ("…, in what the herders call X":
// whatNamedAt).
// The phrase places the spot: what has no subject of its own stands
// there, and so does the subject of one that has.
func (r *reader) spotAfter(f *found, s *sentence) (int, bool) {
	if f.rel.Kind != KindDistance && f.rel.Kind != KindDirection {
		return -1, false
	}
	k := f.end
	if r.is(k, s.b, ",") {
		k++
	}
	if m, ok := r.whatNamedAt(k, s.b); ok {
		return m, true // "…, in what the herders call X"
	}
	phrase := ""
	for j := k; j < s.b && j < k+5; j++ {
		t := &r.toks[j]
		if t.kind != tokWord {
			return -1, false
		}
		if m := int(r.at[j]); m >= 0 {
			lead := phrase
			if _, art := elidedRest(t.lower); art == 'd' {
				lead += " de" // « au hameau d'Arvieu »
			}
			if w, ok := strings.CutSuffix(lead, " du"); ok {
				lead = w + " de" // « au hameau du Pré »: the name's article is in « du »
			} else if w, ok := strings.CutSuffix(lead, " des"); ok {
				lead = w + " de" // « au hameau des Clots Blancs »
			}
			if r.mtok[m][0] != j || r.evidence(m) <= EvidenceUnlikely || !anyHas(setSpotLeads, strings.TrimSpace(lead)) {
				return -1, false
			}
			return m, true
		}
		if phrase != "" {
			phrase += " "
		}
		phrase += t.lower
	}
	return -1, false
}

// whatNamedAt returns the name a free relative of naming at token k
// gives, perhaps after a preposition: "in what the herders call X", "at
// what locals know as X", "what the villagers call X" (relativeNameAt,
// with "what" a word of namingrels.tsv). The relative names a place of
// its own, not one before it.
func (r *reader) whatNamedAt(k, b int) (int, bool) {
	if isPreposition(r.lowerWord(k, b)) {
		k++
	}
	if !r.is(k, b, "what") {
		return -1, false
	}
	return r.relativeNameAt(k, b, false)
}

// colonSubject returns the place a colon or a dash after the phrase f
// names, when the phrase found no subject before it: "Mais le véritable
// joyau se cache à une vingtaine de kilomètres au nord de Zagora : le
// ksar d'Aït Tiwlal", "The best spot lies 20 km north of Zagora: the
// ksar of Ait Tiwlal". The name follows the colon, perhaps after an
// article, a kind and "of" or "de", all in lower case.
func (r *reader) colonSubject(f *found, s *sentence) (int, bool) {
	k := f.end
	if k >= s.b || r.toks[k].kind != tokPunct || !strings.Contains(":—–", r.toks[k].lower) {
		return -1, false
	}
	for j := k + 1; j < s.b && j <= k+5; j++ {
		if m := int(r.at[j]); m >= 0 {
			if r.mtok[m][0] != j || r.evidence(m) <= EvidenceUnlikely || r.isContainer(m) {
				return -1, false
			}
			return m, true
		}
		if r.toks[j].kind != tokWord || r.toks[j].cap || isFiniteVerb(r.toks[j].lower) || isCopula(r.toks[j].lower) {
			return -1, false
		}
	}
	return -1, false
}

// frontedSceneAfter returns the place where the main clause's event
// happens when the phrase f opens the sentence, set off by a comma, and
// found no subject: "Some 8 km west of Urubamba, on a spur above the
// Sacred Valley, archaeologists have uncovered a storehouse complex at
// Qhellopuquio Alto", « À 15 km au sud de Gao, des soldats ont été
// attaqués à X ». The place is the first name after "at", "in" or « à »
// past the comma, or a verb of event before a name and its settlement kind
// ("attacked X village"), other than a division, a water or a relief; the
// phrase may close with the divisions of its anchor in brackets.
func (r *reader) frontedSceneAfter(f *found, s *sentence) (int, bool) {
	end := f.end
	if r.is(end, s.b, "(") {
		end = r.skipParen(end, s.b) // "Around 15 km north of Dikwa (Dikwa LGA, Borno State), ..."
	}
	if f.phraseStart > s.first+1 || !r.is(end, s.b, ",") && !isPersonalPronoun(r.lowerWord(end, s.b)) {
		return -1, false // "About 60 km north of Mörön he pulled in at …"
	}
	if m, ok := r.indefiniteNamedKind(end+1, s.b); ok && !r.isContainer(m) {
		return m, true // "Some 18 km south-west of Tozeur, a camp called X offers …"
	}
	for j := end + 1; j < s.b; j++ {
		m := int(r.at[j])
		if m < 0 || r.mtok[m][0] != j {
			continue
		}
		if r.evidence(m) <= EvidenceUnlikely || r.isContainer(m) || isLandmarkFeature(r.feature(m)) {
			continue
		}
		w := r.lowerWord(j-1, s.b)
		if w == "the" && j-2 > end {
			w = r.lowerWord(j-2, s.b) // "..., at the Nyakashaka ranch, breeders have sold"
		}
		if w == "at" || w == "in" || w == "à" || r.namedAtScene(j, s) {
			return m, true
		}
		if isEventVerb(w) && isSettlementKind(r.lowerWord(r.mtok[m][1], s.b)) {
			return m, true // "..., ISWAP fighters attacked Ajiri Kura village"
		}
	}
	return -1, false
}

// namedAtScene reports whether the name at token j follows "called" or
// "named" after a kind of place with "a" set after "at" or "in": "he pulled in at
// a ger camp called Burgasan", "we stopped at a small adobe hamlet named
// X".
func (r *reader) namedAtScene(j int, s *sentence) bool {
	if w := r.lowerWord(j-1, s.b); w != "called" && w != "named" {
		return false
	}
	if !isDescriptorNoun(r.lowerWord(j-2, s.b)) {
		return false
	}
	for k := j - 3; k >= s.a && k >= j-7 && r.toks[k].kind == tokWord && !r.toks[k].cap; k-- {
		if w := r.toks[k].lower; w == "a" || w == "an" {
			w = r.lowerWord(k-1, s.b)
			return w == "at" || w == "in"
		}
	}
	return false
}

// placeBefore returns the place named last before mention m in sentence
// s under another name, or -1 when there is none.
func (r *reader) placeBefore(m int, s *sentence) int {
	for k := r.mtok[m][0] - 1; k >= s.a && k >= r.mtok[m][0]-maxLook; k-- {
		if p := int(r.at[k]); p >= 0 && p != m && r.mentions[p].Name != r.mentions[m].Name && r.evidence(p) > EvidenceUnlikely {
			return p
		}
	}
	return -1
}

// listedBefore returns the place named right before mention m in a list
// of places, each after its preposition ("in Parakou, in Djougou", « à
// Parakou, à Djougou »), or -1.
func (r *reader) listedBefore(m int, s *sentence) int {
	if m < 0 {
		return -1
	}
	k := r.mtok[m][0] - 1
	w := r.lowerWord(k, s.b)
	if w != "à" && w != "in" && w != "to" && w != "at" {
		return -1
	}
	if !r.is(k-1, s.b, ",") {
		return -1
	}
	p := r.mentionEndingAt(k-2, s.a)
	if p < 0 || r.evidence(p) == EvidenceUnlikely || r.isContainer(p) || !r.is(r.mtok[p][0]-1, s.b, w) {
		return -1
	}
	return p
}

// theKindApposition returns the place "the <kind>" before a comma stands
// for (kindAntecedent), when an indefinite apposition follows the comma
// right up to the phrase at token ps: "Forty families from Sitio
// Malipayon … had lived in the sitio, a fishing settlement about 14 km
// north of Guiuan".
func (r *reader) theKindApposition(ps int, s *sentence) (int, bool) {
	k := ps - 1
	for k > s.a && k >= ps-maxAppositionWords-2 && !r.is(k, s.b, ",") {
		k--
	}
	if !r.is(k, s.b, ",") || !r.is(k-2, s.b, "the") || !(r.is(k+1, s.b, "a") || r.is(k+1, s.b, "an")) {
		return -1, false
	}
	for j := k + 2; j < ps; j++ {
		if r.toks[j].kind != tokWord || r.at[j] >= 0 {
			return -1, false
		}
	}
	noun := r.lowerWord(k-1, s.b)
	if !isDescriptorNoun(noun) {
		return -1, false
	}
	m := r.kindAntecedent(noun, k-2)
	return m, m >= 0
}

// bracketFrame returns the place that an earlier bracket of sentence s
// measures a name from by a direction ("Ruiru (east of Fekal)"), the
// latest first, so that the bare directions in brackets after it in a
// list ("Gatundu (NE)") measure from it too. It reports false when there
// is none.
func (r *reader) bracketFrame(s *sentence) (int, bool) {
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= s.span.Start; i-- {
		rel := r.rels[i]
		if rel.Object < 0 || rel.Reversed || rel.Points == 0 || rel.Subject < 0 {
			continue
		}
		if r.is(r.mtok[rel.Subject][1], s.b, "(") {
			return rel.Object, true
		}
	}
	return -1, false
}

// onRoadBefore reports whether the distance phrase at token i follows
// words that put the subject on a road ("on Highway 986, approximately 100
// km ...", "sur la route nationale RN3 à 369 km ..."): such distances are
// measured along the road.
func (r *reader) onRoadBefore(i int, s *sentence) bool {
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		w := r.toks[k].lower
		switch w {
		case ".", ";", "(", ")", "between", "entre":
			return false
		case "road", "highway", "route", "autoroute", "piste", "motorway", "expressway", "freeway":
			for j := k - 1; j >= s.a && j >= k-4; j-- {
				switch r.toks[j].lower {
				case "on", "along", "sur", "le", "long":
					return true
				}
			}
			return false
		}
	}
	return false
}

// addRelation appends rel unless it repeats the previous one, raises the
// evidence of its places to at least e and records containment.
func (r *reader) addRelation(rel Relation, e Evidence) {
	if rel.Border != nil && rel.Border.At && r.nl != nil && r.nl.crafts[rel.Subject] {
		return // "boarded the carrier 120 nautical miles east of X, on the coast of Y": the ship is at sea
	}
	if r.nl != nil && r.nl.sea[rel.Subject] && (rel.Kind == KindDistance || rel.Kind == KindDirection) {
		rel.Offshore = true // "The trawler sank 40 nautical miles north of X": at sea
	}
	if rel.Subject >= 0 && r.firmWordIn(rel.Subject) {
		// « Sahara Énergie Minérale SA publie … de son permis de
		// Tagharsa, au Niger »: a firm named with its legal form
		// (firmwords.tsv) is where the phrase places nothing.
		return
	}
	if n := len(r.rels); n > 0 {
		p := &r.rels[n-1]
		if p.Kind == rel.Kind && p.Subject == rel.Subject && p.Object == rel.Object && p.Phrase == rel.Phrase {
			return
		}
	}
	r.rels = append(r.rels, rel)
	r.raise(rel.Subject, e)
	r.raise(rel.Object, e)
	if rel.Kind == KindBetween {
		r.raise(rel.Other, e)
	}
	if rel.Kind == KindIn && rel.Object >= 0 && r.inOf[rel.Object] < 0 {
		r.inOf[rel.Object] = int32(rel.Subject)
	}
}

// addArea keeps a nearness phrase that found no subject when it names an
// area in its own right: "the area around X", "the vicinity of X".
func (r *reader) addArea(f *found) {
	if f.rel.Kind != KindNear || f.rel.Object < 0 || f.rel.Border != nil {
		return
	}
	area := false
	o := r.mtok[f.rel.Object]
	for k := f.phraseStart; k < f.end && k < len(r.toks); k++ {
		if o[0] <= k && k < o[1] {
			continue // "near the Millers Rest Area": the name's own word
		}
		switch r.toks[k].lower {
		case "area", "region", "vicinity", "surroundings", "environs", "outskirts", "neighbourhood", "neighborhood":
			area = true
		}
	}
	if !area {
		return
	}
	rel := f.rel
	rel.Subject = -1
	rel.Phrase = r.span(f.phraseStart, f.end)
	if n := len(r.areas); n > 0 && r.areas[n-1].Phrase == rel.Phrase {
		return
	}
	r.areas = append(r.areas, rel)
	r.raise(rel.Object, EvidenceRelation)
}

// root climbs from m to the place said to lie in it, and on, so that "X is a
// village in Y, Z Region in Niger, 174 km north of ..." attaches the
// distance to X.
func (r *reader) root(m int) int {
	for n := 0; n < 8 && r.inOf[m] >= 0; n++ {
		m = int(r.inOf[m])
	}
	return m
}

// inherit returns the subject a phrase coordinated with last shares.
func (r *reader) inherit(last *lastPhrase) (int, Span, bool) {
	if last.subject < 0 {
		return -1, Span{}, false
	}
	if last.kind == KindIn {
		if root := r.root(last.subject); root != last.subject {
			return root, Span{}, true
		}
	}
	return last.subject, last.anaphor, true
}

// anchorAddressBefore reports whether a comma before token k ("and") closes
// the address of the place the last phrase is measured from: "30 miles
// west of Elko, Nev., and", "40 km south-west of Moranbah, Qld, and". The
// address (containers after commas, a point after an abbreviation) follows
// right on the last phrase, and its last name holds the anchor.
func (r *reader) anchorAddressBefore(k int, s *sentence, last *lastPhrase) bool {
	if last.object < 0 || last.kind == KindIn || !r.is(k-1, s.b, ",") {
		return false
	}
	j := k - 2
	if r.is(j, s.b, ".") {
		j-- // "Nev.", "Ont."
	}
	m := r.mentionEndingAt(j, s.a)
	if m >= 0 && m != last.object && r.mtok[m][1]-r.mtok[m][0] == 1 && (anyHas(setStateCodes, r.toks[j].lower) || anyHas(setPostalStates, r.toks[j].lower)) &&
		r.mtok[m][0] == last.end+1 && r.is(last.end, s.b, ",") {
		return true // "Moranbah, Qld, and": a state's code (statecodes.tsv, postalstates.tsv)
	}
	if m < 0 || m == last.object || r.mtok[m][0] != last.end+1 || !r.is(last.end, s.b, ",") {
		return false
	}
	x := last.object
	for n := 0; n < 4 && x >= 0; n++ {
		if x = int(r.inOf[x]); x == m {
			return true
		}
	}
	return r.isContainer(m) && r.mentionEndingAt(last.end-1, s.a) == last.object
}

// addressedAnchor returns the subject of the relation measured from a
// place whose address ends with mention m, the last name before the comma
// that opens the phrase: "Kutupalong lies 30 km south of Cox's Bazar,
// Bangladesh, near the town of Ukhia" puts Kutupalong, not Cox's Bazar
// nor Bangladesh, near Ukhia; the address only says which Cox's Bazar.
func (r *reader) addressedAnchor(m int, s *sentence) (int, Span, bool) {
	x := m
	for n := 0; n < 4; n++ {
		y := int(r.inOf[x])
		if y < 0 || y >= x || r.mtok[y][0] < s.a || !r.is(r.skipParen(r.mtok[y][1], s.b), s.b, ",") {
			break
		}
		x = y
	}
	if x == m {
		return -1, Span{}, false
	}
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= r.toks[s.a].start; i-- {
		rel := r.rels[i]
		if rel.Kind != KindIn && rel.Object == x && rel.Subject >= 0 && rel.Phrase.End == r.mentions[x].Span.End {
			return rel.Subject, rel.Anaphor, true
		}
	}
	return -1, Span{}, false
}

// nearApposition returns the place named before the comma at token k
// when the phrase before it is "near" that place and its subject is no
// place said to lie there, but something that happened near it: "Snow
// stranded drivers near Pine Hollow Junction, 30 miles north of
// Flagstaff" places Pine Hollow Junction. A subject joined to "near" by a
// verb of place or only by its descriptor ("X is on a plain beside the
// Waipa River, 50 km ...", "X, a village near Y, 30 km ...") keeps the
// distance. It returns -1 when the comma is no such apposition. So does
// "in": "A car bomb hit the checkpoint in X, 20 km west of Y" places X,
// when the subject of "in X" is an event and X no administrative area.
func (r *reader) nearApposition(k int, s *sentence, last *lastPhrase) int {
	m := r.mentionEndingAt(k-1, s.a)
	if m < 0 && isDescriptorNoun(r.lowerWord(k-1, s.b)) {
		m = r.mentionEndingAt(k-2, s.a) // "near the Nunatarsuaq hut, 25 km …"
	}
	if m >= 0 && last.kind == KindIn && last.anaphor.IsZero() && r.isEvent(last.subject) &&
		r.evidence(m) > EvidenceUnlikely && !isAdminFeature(r.feature(m)) {
		return m
	}
	if m < 0 || last.kind != KindNear || !last.anaphor.IsZero() || r.evidence(m) == EvidenceUnlikely {
		return -1
	}
	e := r.mtok[last.subject][1]
	if e > last.start || last.start-e > maxLook {
		return -1
	}
	event := false
	for j := e; j < last.start; j++ {
		w := r.lowerWord(j, s.b)
		switch {
		case isCopula(w) || isRelativeWord(w):
			return -1
		case w == "" || isDescriptorNoun(w) || isFiller(w) || isPlainAdjective(w) || isCompoundModifier(w) || w == "a" || w == "an" || w == "the":
		default:
			event = true
		}
	}
	if !event && !r.isEvent(last.subject) {
		// "A hunter was rescued near the Kalo hut, 25 km north of
		// Gao": a scene is something that happened near the place.
		return -1
	}
	return m
}

// insertedPronounOf returns the name right before the dash or opening
// bracket that comes before the pronoun at token k, when the pronoun opens
// an insert about it: "Tin Essako – it lies some 40 km east of Kidal – was
// attacked", "X (it is 20 km from Y) ...", "X – il se trouve à 40 km de Y
// – ...". Such a pronoun stands for that name, not for the topic.
func (r *reader) insertedPronounOf(k int, s *sentence) (int, bool) {
	if k-2 < s.a || r.toks[k-1].kind != tokPunct || !(isDash(r.toks[k-1].lower) || r.toks[k-1].lower == "(") {
		return -1, false
	}
	if r.toks[k-1].lower == "-" && r.toks[k-1].start == r.toks[k-2].end {
		return -1, false // a hyphen inside a word
	}
	m := r.mentionEndingAt(k-2, s.a)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	return m, true
}

// clauseTopic returns what "it" at token k stands for when it opens a
// clause after a semicolon or a colon of the text's first sentence about
// a place: "X is a village in Khatlon Region; it is located 30 km south
// of Kulob", "X, a small temple, can be reached on foot from Jakar: it
// stands 19 km north-east of the town". The topic is only set once a
// sentence is read, so the pronoun stands for the subject of the clause
// before, when that clause names one with a copula (after its apposition
// and a modal). It reports false when a topic is already set, or "it"
// follows neither mark.
func (r *reader) clauseTopic(k int, s *sentence) (int, bool) {
	if r.topic >= 0 || !(r.is(k-1, s.b, ";") || r.is(k-1, s.b, ":")) {
		return -1, false
	}
	m, ana, ok := r.sentSubject(s, false)
	if !ok || !ana.IsZero() || r.mtok[m][1] > k {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], s.b)
	if r.is(e, s.b, ",") && isIndefinite(r.lowerWord(e+1, s.b)) {
		// "X, a small temple, can be reached ...": past the apposition
		for c := e + 2; c < k-1; c++ {
			if r.is(c, s.b, ",") {
				e = c + 1
				break
			}
		}
	}
	if isModal(r.lowerWord(e, s.b)) {
		e++ // "X can be reached on foot from Y: it stands ..."
	}
	if w := r.lowerWord(e, s.b); !isCopula(w) {
		return -1, false
	}
	return m, true
}

// openerBefore returns what "it" at token k stands for when it opens
// sentence s and no topic is set: the name that opened the sentence before
// as its subject, whatever verb followed it. "Barafu Hut, the last camp
// before the summit push, sits at 4,673 m. It lies about 30 km north of
// Moshi"; "Pelion Hut on the Overland Track sleeps 60 walkers. It lies
// ...", « Le camp X, au pied du massif, accueille les grimpeurs. Il se
// trouve à 40 km de Y ». A container, or a name the reader doubts,
// stands for nothing.
func (r *reader) openerBefore(k int, s *sentence) (int, bool) {
	if r.topic >= 0 || k != s.first || r.si == 0 || &r.sents[r.si] != s {
		return -1, false
	}
	p := &r.sents[r.si-1]
	if p.heading {
		return -1, false
	}
	m, ana, ok := r.sentSubject(p, false)
	if !ok {
		m, ana, ok = r.frenchSentSubject(p)
	}
	if !ok {
		m, ok = r.openingName(p)
	}
	if !ok {
		m, ok = r.onlyKindNamed(p) // "From Akureyri we drove to the farm at X. It is 18 km SW of town"
	} else if e := r.mtok[m][1]; ana.IsZero() && e < p.b && r.toks[e].kind == tokPoss {
		if n := r.mentionAt(e+1, p.b); n >= 0 && r.mtok[n][0] == e+1 {
			m = n // "Ruth Glacier's Sheldon Mountain House perches on a nunatak"
		} else if e+1 < p.b && r.toks[e+1].kind == tokWord && r.toks[e+1].cap {
			// "Botswana's Department of Wildlife … says lions killed cattle
			// at Mokgware cattle post. It lies …": the sentence is about
			// the body the place owns, and "it" is none of them.
			return -1, false
		}
	}
	if !ok || !ana.IsZero() || m < 0 || r.isContainer(m) || r.evidence(m) <= EvidenceUnlikely {
		return -1, false
	}
	return m, true
}

// onlyKindNamed returns the one name of sentence p the text gives a kind
// of place that is no division ("the farm at X", "the village of X"),
// or false when p gives none or several: "From Akureyri we drove to the
// farm at Hrafnavík. It is about 18 km SW of town" is about the farm.
func (r *reader) onlyKindNamed(p *sentence) (int, bool) {
	found := -1
	for k := p.a; k < p.b; k++ {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][0] != k || r.evidence(m) < EvidenceDescriptor || r.feature(m) == "" || r.isContainer(m) || isLandmarkFeature(r.feature(m)) ||
			isStretchFeature(r.feature(m)) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = m
	}
	return found, found >= 0
}

// isStretchFeature reports whether the feature f names a stretch of land
// or shore too long for one distance to place ("If you're driving the
// Skeleton Coast, don't skip Camp X. It's 30 km north-east of Y" is about
// the camp): a coast, a desert, a plain or a plateau.
func isStretchFeature(f string) bool {
	switch f {
	case "coast", "coastline", "desert", "plain", "plains", "plateau":
		return true
	}
	return false
}

// openingName returns the name that opens sentence p, perhaps after an
// article and a kind (« Le camp Tsaranoro, au pied du massif, accueille
// les grimpeurs ») or a possessor ("Ruth Glacier's Sheldon Mountain House
// perches on a nunatak"), or false when p opens with none.
func (r *reader) openingName(p *sentence) (int, bool) {
	k := p.first
	switch w, art := elidedRest(r.word(k, p.b)); {
	case w == "the" || w == "le" || w == "la" || w == "les":
		k++
		if w := r.lowerWord(k, p.b); isDescriptorNoun(w) || frenchFeature(w) != "" {
			k++
		}
	case art == 'l' && frenchFeature(w) != "":
		k++
	}
	m := r.mentionAt(k, p.b)
	if m < 0 || r.mtok[m][0] != k {
		return -1, false
	}
	if e := r.mtok[m][1]; e < p.b && r.toks[e].kind == tokPoss {
		if n := r.mentionAt(e+1, p.b); n >= 0 && r.mtok[n][0] == e+1 {
			return n, true
		}
	}
	return m, true
}

// topicAnaphor returns the current topic for the anaphor at tokens [i, j).
// With no topic, an anaphor that ends in a place noun ("the crossing")
// stands for the last place the text gave that kind (kindAntecedent):
// "Aid agencies opened a point at Wunkur, a river crossing …. The
// crossing lies 60 km north of Malakal". The noun may be French (« Le
// gisement se trouve … »).
func (r *reader) topicAnaphor(i, j int) (int, Span, bool) {
	noun := j-1 > i && j-1 < len(r.toks) && (isAnaphorNoun(r.toks[j-1].lower) || isFrenchAnaphorNoun(r.toks[j-1].lower))
	if r.topic < 0 && noun {
		if m := r.kindAntecedent(r.toks[j-1].lower, i); m >= 0 {
			return m, r.span(i, j), true
		}
	}
	if r.topic < 0 {
		return -1, Span{}, false
	}
	if w := r.toks[j-1].lower; noun && (lex().en[w].kindOnly || lex().fr[w].kindOnly) {
		// « La mission a visité le camp de X »: a noun that is also a
		// team or an errand stands only for a place of its kind.
		if h := r.mentions[r.topic].FeatureHead(); h == w || h != "" && h == frenchFeature(w) {
			return r.topic, r.span(i, j), true
		}
		if m := r.kindAntecedent(w, i); m >= 0 {
			return m, r.span(i, j), true
		}
		return -1, Span{}, false
	}
	if h := r.mentions[r.topic].FeatureHead(); noun && h != r.toks[j-1].lower && (h == "" || h != frenchFeature(r.toks[j-1].lower)) {
		if m := r.kindAntecedent(r.toks[j-1].lower, i); m >= 0 && m != r.topic && r.measuredFrom(m, r.topic) {
			// "… for the Kisasa project, 35 km east of Solwezi in
			// North-Western Province. The project sits between …": the
			// kind names the place measured from the topic, not the
			// topic, a town the text placed it by.
			return m, r.span(i, j), true
		}
		if m := r.kindAntecedent(r.toks[j-1].lower, i); m >= 0 && m != r.topic && r.mtok[m][0] > r.mtok[r.topic][0] &&
			r.mentions[r.topic].FeatureHead() == "" && !r.nameHoldsKind(r.topic, r.toks[j-1].lower) && r.nameHoldsKind(m, r.toks[j-1].lower) {
			// "Salta was our first stop. Then we stayed at Finca Las
			// Nubes. The finca is 4 km west of Cafayate": a name the
			// text gave after the topic, whose own words hold the kind,
			// is what the kind stands for, not a topic of no kind.
			return m, r.span(i, j), true
		}
		if m := r.kindAntecedent(r.toks[j-1].lower, i); m >= 0 && m != r.topic && r.firmNamed(r.topic) {
			// "Nimba Gold SARL holds the Tokadeh permit. The permit
			// lies …": the firm the text opened with holds the title
			// and is no place the kind stands for.
			return m, r.span(i, j), true
		}
	}
	return r.topic, r.span(i, j), true
}

// firmNamed reports whether mention m is a firm's name written with its
// legal form (firmwords.tsv), inside the name or right after it:
// "Nimba Gold SARL", "Luapula Copper plc".
func (r *reader) firmNamed(m int) bool {
	e := r.mtok[m][1]
	return r.firmWordIn(m) || e < len(r.toks) && r.toks[e].kind == tokWord && anyHas(setFirmWords, r.toks[e].lower)
}

// measuredFrom reports whether a relation read so far places mention m
// by a distance or a direction from mention o.
func (r *reader) measuredFrom(m, o int) bool {
	for n := range r.rels {
		if rel := &r.rels[n]; rel.Subject == m && rel.Object == o && (rel.Kind == KindDistance || rel.Kind == KindDirection) {
			return true
		}
	}
	return false
}

// bankPhraseStart returns the preposition that opens "on the west bank"
// or "along the left bank" when the word "bank" (or "banks", "shore",
// "shores": "on the shores of Lake George")
// stands at token k, right before the "of" of a river the subject search
// has stepped over: the whole phrase says where the place before it stands. It
// returns -1 when no such phrase ends at k.
func (r *reader) bankPhraseStart(k int, s *sentence) int {
	switch r.lowerWord(k, s.b) {
	case "bank", "banks", "shore", "shores":
	default:
		return -1
	}
	j := k - 1
	if w := r.lowerWord(j, s.b); j > s.a && !r.toks[j].cap && (isCompassWord(w) || w == "left" || w == "right" || w == "far" || w == "opposite") {
		j--
	}
	if !r.is(j, s.b, "the") || j-1 < s.a {
		return -1
	}
	switch r.lowerWord(j-1, s.b) {
	case "on", "along", "upon":
		return j - 1
	}
	return -1
}

// townRoadEndingAt reports whether a road named after the one town it
// leads to ends at token e: "the Tarbert road", "the Njoro road"
// (roadNamedAfter).
func (r *reader) townRoadEndingAt(e int, s *sentence) bool {
	m := r.mentionEndingAt(e-1, s.a)
	return m >= 0 && r.roadNamedAfter(r.mtok[m][0], r.mtok[m][1], s)
}

// timeAsideEndingAt returns the first token of a time phrase that ends
// at token k between a name and the comma of a phrase about it: "last",
// "this", "next" or "that" and a noun of timenouns.tsv ("at Bear Flat last
// weekend, about 15 mi SE of X", "last wknd"), or a date with its month
// (dateAsideEndingAt: "reached Ujiji in November 1871, some 200 miles
// west of Tabora").
func (r *reader) timeAsideEndingAt(k int, s *sentence) (int, bool) {
	if j, ok := r.dateAsideEndingAt(k, s); ok {
		return j, true
	}
	w := r.lowerWord(k, s.b)
	if w == "" || k-1 < s.a || !anyHas(setTimeNouns, w) {
		return k, false
	}
	switch r.lowerWord(k-1, s.b) {
	case "last", "this", "next", "that":
	default:
		return k, false
	}
	if r.mentionEndingAt(k-2, s.a) < 0 {
		return k, false
	}
	return k - 1, true
}

// dateAsideEndingAt returns the first token of a date that ends at token
// k right after a name: "in", "on" or "by", a day, a month of months.tsv
// and a year, the day and the year each optional ("in July 1911", "on 6
// February", "by March 1874"), or a year of four digits alone ("in
// 1799"). A month, capitalised, would otherwise stop the walk back from a
// phrase to the name it places, and a year before a river stepped over
// ("built X in 1799 on the North Saskatchewan, some 100 miles ...") hides
// the name behind it.
func (r *reader) dateAsideEndingAt(k int, s *sentence) (int, bool) {
	j := k
	year := false
	if j > s.a && r.toks[j].kind == tokNum {
		year = len(r.toks[j].lower) == 4
		j-- // the year
	}
	switch {
	case j > s.a && r.toks[j].kind == tokWord && anyHas(setMonths, r.toks[j].lower):
		j--
		if j > s.a && r.toks[j].kind == tokNum {
			j-- // the day
		}
	case !year:
		return k, false
	}
	switch r.lowerWord(j, s.b) {
	case "in", "on", "by":
	default:
		return k, false
	}
	if r.mentionEndingAt(j-1, s.a) < 0 {
		return k, false
	}
	return j, true
}

// headwordSubject returns the headword of a gazetteer's entry that opens
// sentence s (headwordEntry) as the subject of the phrase at ps set off by
// a comma: the names between, in the entry's chain of parish, county or
// commune, say where the headword lies and are no subjects.
func (r *reader) headwordSubject(ps int, s *sentence) (int, bool) {
	if !r.is(ps-1, s.b, ",") {
		return -1, false
	}
	m := r.mentionAt(s.first, s.b)
	if m < 0 || r.mtok[m][1] >= ps || !r.headwordEntry(s, r.mtok[m][0], r.mtok[m][1]) {
		return -1, false
	}
	return m, true
}

// findSubject finds the subject of the phrase that starts at token ps by
// walking back over the words that link it to a name: "Zouid, which is
// located some 120km ...", "Feratin, a village lying 100 km ...", "Tintin
// is located approximately ...". A comma followed by a finite verb
// ("..., is 50 km from") goes back to the sentence's subject; "and" after
// another phrase shares that phrase's subject; "it" is the current topic.
func (r *reader) findSubject(ps int, s *sentence, last *lastPhrase) (int, Span, bool) {
	a, b := s.a, s.b
	if k0, ok := r.timeMeasureBefore(langs().en, ps, s); ok {
		ps = k0 + 1 // "X, a day's march — some 30 km — east of Y": as if "X, some 30 km"
	}
	if c := r.englishClauseAsideStart(ps-1, s); c > a {
		ps = c + 1 // "Floods reached X, founded in 1890 by herders, 40 km north of Y": as if "X, 40 km"
	}
	if c := r.placingRelativeStart(ps-1, s); c > a {
		ps = c + 1 // "X, which older maps put 35 miles north-west of Y": as if "X, 35 miles"
	}
	if m, ana, ok := r.openerSubject(ps, s); ok {
		return m, ana, true
	}
	if m, ok := r.ordinalApposition(ps, s); ok {
		return m, Span{}, true // "The first, at Dirib Olla, is some 40 km north of X"
	}
	if m, ok := r.andClauseApposition(ps, s); ok {
		return m, Span{}, true // "…, and a smaller camp, Vittrekwa Point, sits 5 km north of the landing"
	}
	if m, ok := r.heightBracketSubject(ps, s); ok {
		return m, Span{}, true // "Stage 2 crosses X (5,020 m), another 6 km further south"
	}
	if last != nil && last.subject >= 0 && last.coast && last.end == ps {
		// "Stanley set out from Bagamoyo, on the coast opposite
		// Zanzibar": a phrase right after the coast the last one put its
		// subject on says more of where that subject lies.
		return r.inherit(last)
	}
	if r.othersEndingAt(ps-1, s) {
		return -1, Span{}, false // "resembles those found near X": other things than the subject
	}
	if r.countedObjectEndingAt(ps-1, s) || r.originNounBefore(ps, s) {
		// "abandoned some eighty villages around X", "households
		// from around X": the counted things, or the people from
		// there, lie near X, not the sentence's subject.
		return -1, Span{}, false
	}
	if m, ok := r.eventPlaceBefore(ps, s); ok {
		return m, Span{}, true // "Police said the ambush on X occurred 25 km south of Y"
	}
	if m, ok := r.divisionChainHead(ps, s); ok {
		return m, Span{}, true // "X, a village in Kebele 04 of Gursum woreda, 22 km east of Y"
	}
	if m, ok := r.headwordSubject(ps, s); ok {
		return m, Span{}, true // "KNOCKBRAE, a hamlet in the par. of Kirkmahoe, co. of Dumfries, 4 m. N.W. of Dumfries"
	}
	if m, ok := r.asideSubject(ps, s); ok {
		return m, Span{}, true // "X, abandoned after the siege of 256 BC, lies 10 km north of Y"
	}
	var sawVerb, sawWhich, sawOther, sawComma, commaVerb, sawDescr, appos bool
	verbBeforeComma := false // a verb between the comma and the name
	k := ps - 1
	if m, ok := r.longAppositionName(ps, s); ok {
		// "Lola was born on Macaw Bank, her father's citrus and cattle
		// farm some eight miles south-west of Y": a long apposition
		// describes the name before its comma.
		return m, Span{}, true
	}
	if v, ok := r.whereInsertBefore(ps, s); ok {
		k = v // "X stands on a wooded ridge 15 km north of Y": from the verb
	} else if v, ok := r.extentBefore(ps, s); ok {
		k = v // "The licence covers 120 km² some 30 km south of Y": from the verb
	} else if j, ok := r.lowerLocativeBefore(ps, s); ok {
		k = j // "set up Camp X on the ice sheet about 45 km east of Y"
	} else if c, ok := r.indefiniteApposition(ps, s); ok {
		// "at Cerro Tuina Sur, a copper prospect 35 km northeast of
		// Calama": an indefinite noun phrase between a comma and the
		// phrase describes the name before the comma, whatever its kind;
		// "the Ballycarty pitch, a club ground about 6 km east of Tralee":
		// the name before a head the tables lack, as theNameHead reads it.
		k, sawDescr = c, true
		if h := r.nameHeadEndingAt(c-1, s); h >= 0 && r.mentionEndingAt(c-1, a) < 0 && !r.kindAfterName(c-1, s) {
			k, sawComma = h, true
		}
	} else if c, ok := r.sizeApposition(ps, s); ok {
		k, sawDescr = c, true // "X, 300 hectares with title deeds, 30 km east of Y"
	} else if m, ok := r.theKindApposition(ps, s); ok {
		return m, Span{}, true // "They had lived in the sitio, a fishing settlement about 14 km north of Y"
	}
	if k == ps-1 && waterNouns[r.lowerWord(k, b)] {
		if j, ok := r.shoreAsideBefore(ps, s); ok {
			// "Floods have cut off Estancia San Miguel, across the river
			// about 40 km north-west of Asunción": the aside ends right
			// at the distance, without a comma of its own.
			k = j
		}
	}
	if k == ps-1 && r.is(k, b, ",") {
		if j, ok := r.shoreAsideBefore(k, s); ok {
			// "Loiyangalani, on the south-eastern shore of the lake,
			// about 150 km west-north-west of Marsabit": an aside in
			// lower case that puts the name by water it does not name
			// is stepped over, as a named river is.
			k = j
		}
	}
	if k == ps-1 && r.is(k, b, ",") {
		if j := r.roadAsideStart(k-1, s); j > a && (isDescriptorNoun(r.lowerWord(j, b)) && r.mentionEndingAt(r.modifiersStart(j, s)-1, a) >= 0 ||
			r.mentionEndingAt(j, a) >= 0) {
			// "the Cross Creek checkpoint on U.S. Highway 90, 12 miles
			// west of X", "the Pine Ridge weigh station on Interstate
			// 75, ...": the road says where the named place stands, and
			// is stepped over with its preposition; so it does right
			// after a name ("at Simaltal on the Prithvi Highway, 28 km
			// north of X", "on the Narayangadh-Mugling road").
			k, sawComma = j, true
		} else if t := r.roadToAsideStart(k-1, s); t > a {
			// "a bridge on the road to Jacmel, 15 km south of X", "Kalo,
			// on the road to Gao, 20 km north of Y": the town the road
			// leads to is stepped over with the road.
			k, sawComma = t, true
		} else if j > a && r.townRoadEndingAt(k-1, s) {
			// "The crash happened on the Tarbert road, about 8 km
			// north-east of X": a road named after the town it leads to
			// is stepped over, and with it the town, which the phrase
			// does not place.
			k, sawComma = j, true
		} else if j > a && r.is(j, b, ",") && r.mentionEndingAt(j-1, a) >= 0 {
			// "stopped at Millers, on U.S. 95, 14 miles west of X", «
			// intercepté au péage de Saint-Arnoult, sur l'A10, à 45 km
			// de X »: a road set off by commas after the name.
			k = j
		}
	}
	if k == ps-1 && (r.is(k, b, "and") || r.is(k, b, "et")) && !r.is(k-1, b, ",") {
		if j, ok := r.elevationEndingAt(k-1, a, b); ok && r.is(j, b, ",") {
			// "the pass of X, at about 1,250 m and roughly 11 km
			// north-east of Y", « X, à 1 250 m d'altitude et à 11 km de
			// Y »: a height joined to the distance by "and" is stepped
			// over as one set off by a comma is.
			k, sawComma = j-1, true
		}
	}
	if k == ps-1 {
		if c, ok := r.sourceClauseBefore(ps, s); ok {
			// "Naung Kawng, a village the Karenni Human Rights Group
			// says is roughly 25 km south of Y": the clause crediting
			// the phrase to its source is read as "which is".
			k, sawWhich = c-1, true
		}
	}
	if k == ps-1 && k > a && r.toks[k].kind == tokWord && isHeightUnit(r.lowerWord(k, b)) {
		if j, ok := r.elevationSpan(k, a, b); ok && (r.mentionEndingAt(j, a) >= 0 || r.is(j, b, ",") && r.mentionEndingAt(j-1, a) >= 0) {
			// "the rock church of X, perched at 3,150 m some 9 km
			// north-east of Y": a height right before the distance, with
			// no comma, is stepped over to the name it is given to.
			k = j
		}
	}
	for steps := 0; k >= a && steps < maxLook; steps++ {
		if j, ok := r.elevationEndingAt(k, a, b); ok && sawComma && !sawVerb && !sawWhich {
			k = j // "the Sajama glacier camp at 5,200 m, about 22 km west of X"
			continue
		}
		if m := r.mentionEndingAt(k, a); m >= 0 {
			if w := r.waterAsideStart(k, s); w > a && r.namelessKindBefore(w, s) && !r.nameBefore(w, s) {
				// « Un seuil d'irrigation sur la rivière Artibonite, à
				// 10 km à l'est de Saint-Marc »: the work before the water
				// is what the distance places.
				k = w - 1
				continue
			}
			if (r.feature(m) == "river" || r.feature(m) == "lake") && r.objectOfPreposition(m, s) && !r.is(k+1, b, "at") &&
				!r.is(r.mtok[m][0]-1, b, "at") && r.nameBefore(r.mtok[m][0], s) {
				// "Bethabara, on the Jordan, about 10 km east of Jericho":
				// the river (or lake: "on the western bank of Lake Nasser,
				// about 230 km south-west of Aswan") says where the place
				// before it stands, and is stepped over with its
				// preposition; but "drilling at Snowdrift Lake, 90 km
				// east of X" places the lake itself, where the work is.
				k = r.mtok[m][0] - 1
				if r.is(k, b, "the") {
					k--
				}
				k--
				if j := r.bankPhraseStart(k, s); j >= 0 {
					k = j - 1 // "El Egeiga, on the west bank of the Nile about 10 km north of Omdurman"
				}
				if j, ok := r.dateAsideEndingAt(k, s); ok {
					k = j - 1 // "built Rocky Mountain House in 1799 on the North Saskatchewan, some 100 miles ..."
				}
				continue
			}
			before := r.mtok[m][0] - 1
			if r.is(before, b, "the") {
				before--
			}
			if sawComma && !sawVerb && !sawWhich && borderingWords[r.lowerWord(before, b)] {
				// "Dan Issa, a town bordering Nigeria, 25 km south of
				// Maradi": what the place borders or overlooks is no
				// subject, and is stepped over with its participle.
				k = before - 1
				continue
			}
			if sawComma && !sawVerb && !sawWhich && (r.roadBetweenEnd(m, s) || r.betweenEnd(m, s)) {
				// "Gunmen struck on the road between Gwoza and Pulka, near
				// Ngoshe": the phrase after the road says where the road
				// or the sentence's event is, not where its end lies.
				return r.sentSubject(s, false)
			}
			if c := r.relativeClauseOpen(r.mtok[m][0], a); c >= 0 && sawComma && !sawWhich && r.evidence(m) <= EvidenceUnlikely {
				// "The X mine, operated by Vale, lies ...": the firm
				// is no subject, and its clause is stepped over.
				sawWhich = true
				k = c - 1
				continue
			}
			if j, ok := r.kindOfDivision(m, s); ok {
				// "the Dar es Salaam camp of the Lake province, located
				// 12 km north of Bol": the division qualifies the camp,
				// and the search goes on to the camp's name.
				k = j
				continue
			}
			if sawComma && !sawVerb && !sawWhich && r.actorObject(m, ps, s) {
				// "Dallas Seavey reached the shelter cabin, about 30
				// miles east of Nome": the phrase places the thing the
				// actor reached, never the actor.
				return -1, Span{}, false
			}
			if sawDescr && !sawComma && !sawVerb && !sawWhich {
				if h, ok := r.ownerApposition(m, s); ok {
					return h, Span{}, true
				}
			}
			if sawComma && !sawVerb && !sawWhich && !commaVerb {
				if h, ok := r.locativeApposition(m, s); ok {
					return h, Span{}, true
				}
				if r.othersEndingAt(r.mtok[m][0]-2, s) && isPreposition(r.lowerWord(r.mtok[m][0]-1, b)) {
					// "resembles those found near Altamura, some 19 km
					// north of Matera": the name is no place of the
					// subject's, and the phrase after it is its own.
					return m, Span{}, true
				}
			}
			return r.decideSubject(m, k, ps, s, last, sawVerb, sawWhich || appos, sawOther, sawComma, commaVerb)
		}
		t := &r.toks[k]
		switch t.kind {
		case tokPunct:
			if k2 := r.skipSizeAsideBack(k, a, b); k2 != k {
				k = k2 // « La cascade du Hérisson, haute de 65 m, se trouve à ... »
				continue
			}
			lower := t.lower
			if r.insertDash(k, s) {
				lower = "," // "reached Laila hut — a wooden shelter 9 km north-east of Mestia —"
			}
			switch lower {
			case ",":
				if m, ok := r.namedAsideBefore(k, s); ok && !sawComma && !sawWhich {
					// "A new evacuation centre, named X by barangay
					// officials, was set up 8 km west of Y": the name
					// given in the aside, past who gives it.
					return m, Span{}, true
				}
				if m := r.mentionEndingAt(k-1, a); sawDescr && !sawComma && (r.is(k+1, b, "a") || r.is(k+1, b, "an")) &&
					m >= 0 && r.feature(m) != "" && !isAdminFeature(r.feature(m)) && !r.restatesKind(last, m) {
					// "The shrine is located in Cova da Iria, a field
					// 2 km west of Fátima": an indefinite apposition
					// right before the phrase that gives the name
					// before it a kind of place other than a division
					// describes that name, not the subject of the phrase
					// that named it.
				} else if sawDescr && !sawComma && r.is(k+1, b, "the") && m >= 0 && last != nil && last.end == k &&
					r.mtok[m][0] >= last.start && m != last.subject {
					// "X is a 3-hour hike from Villa Catedral, the ski
					// base 20 km west of Bariloche": a definite
					// apposition of kind after the object that closes the
					// last phrase describes that object.
				} else if last != nil && last.subject >= 0 && last.end == k-1 && last.kind == KindNear && !sawVerb && !sawWhich && r.isEvent(last.subject) &&
					isDescriptorNoun(r.lowerWord(k-1, b)) && r.nearApposition(k, s, last) >= 0 {
					// "A hunter was rescued near the Kalo hut, 25 km
					// north of X": the hut, whose kind ends the phrase.
					return r.nearApposition(k, s, last), Span{}, true
				} else if last != nil && last.subject >= 0 && last.end == k && !sawVerb && !sawWhich {
					if m := r.nearApposition(k, s, last); m >= 0 {
						return m, Span{}, true
					}
					if m := r.mentionEndingAt(k-1, a); m >= 0 && last.kind == KindIn && r.establishmentTown(m) {
						// "The Shree Bhadrakali Secondary School in
						// Lekhnath, 10 km east of Pokhara": the town the
						// school stands in lies there, and the school
						// with it.
						return m, Span{}, true
					}
					return r.inherit(last)
				}
				sawComma = true
				appos = appos || sawDescr // ", a village lying ..."
				if isFiniteVerb(r.lowerWord(k+1, b)) {
					commaVerb = true
				}
				if t0, ok := r.timeAsideEndingAt(k-1, s); ok && !sawVerb && !sawWhich {
					k = t0 // "Camped at Bear Flat last weekend, about 15 mi SE of X": the time is stepped over
				}
			case ")", "]":
				k2 := r.skipParenBack(k, a)
				if k2 == k {
					return r.sentSubject(s, false)
				}
				k = k2
				continue
			case "\"", "“", "”", "'", "‘", "’":
			case ";":
				if m, ok := r.pluralSubject(k+1, b); ok {
					return m, Span{}, true // "Sama and Koro were burned; both lie …"
				}
				m, ana, ok := r.sentSubject(s, false)
				if np, found := r.namelessFrom(k+1, s); found {
					head := np.feature
					if i := lastSpace(head); i >= 0 {
						head = head[i+1:]
					}
					r.namelessInit()
					if !ok || m < 0 || r.feature(m) == "" || !r.kindAgrees(m, head) {
						// "Kirkuk and Erbil were hit; the camp lies 20
						// km south-east of Kirkuk": the clause after the
						// semicolon has its own subject, read as
						// nameless; "X is a village; the village lies"
						// is still X, whose kind the text gives.
						return -1, Span{}, false
					}
				} else if r.ownNounSubject(k+1, s) {
					// "The village sits 40 km south-west of Gondar; the
					// nearest referral hospital is in Bahir Dar",
					// "Excavated in 1809; the finds are in the X
					// Museum": the clause after the semicolon opens with
					// a noun of its own, no place and no anaphor of one.
					return -1, Span{}, false
				}
				return m, ana, ok
			case "(":
				m := r.mentionEndingAt(k-1, a)
				if m < 0 && (isDescriptorNoun(r.lowerWord(k-1, b)) || r.kindAfterEndsAt(k-1, a)) {
					m = r.mentionEndingAt(k-2, a) // "The Kalo farm (…)"
				}
				if h := r.nameHeadEndingAt(k-1, s); m < 0 && h >= 0 {
					// "drilling at the Ekunyuk oil field (about 45 km
					// south of Lodwar)", "its X gold project (…)": the
					// name before a head noun the bracket follows.
					m = r.mentionEndingAt(h, a)
				}
				if m >= 0 && k == ps-1 && r.evidence(m) > EvidenceUnlikely && !sawVerb && !sawWhich {
					// "The estancia La Paloma (about 40 km south of
					// Tandil, on the road to Necochea) breeds cattle": a
					// bracket the phrase opens places the name before it.
					return m, Span{}, true
				}
				return r.sentSubject(s, false)
			default:
				return r.sentSubject(s, false)
			}
		case tokPoss:
			if r.mentionEndingAt(k-1, a) >= 0 && r.possessedThing(k+1, b) {
				// "Marconi's engineers lodged here while building the
				// station near Clifden": the possessor is no subject.
				return r.sentSubject(s, false)
			}
			sawVerb = true // "it's"
		case tokNum:
			if m := r.mentionEndingAt(k-1, a); m >= 0 && sawComma && !verbBeforeComma && !sawWhich && !sawOther && r.is(k+1, b, ",") &&
				(r.is(r.mtok[m][0]-1, b, "farm") || r.is(r.mtok[m][0]-1, b, "plaas")) {
				// "on the farm Kareebosch 412, located 25 km north-west
				// of Y": the farm's registered number; a participle after
				// the comma ("located", "situated") still describes the farm.
				k--
				continue
			}
			if j, ok := r.dateBefore(k, s); ok && sawComma && !sawVerb && !sawWhich && !sawOther && r.is(k+1, b, ",") {
				k = j // "Gold was found at Mulga Flat in 1894, some 40 miles north of X"
				continue
			}
			sawOther = true
		case tokWord:
			w := t.lower
			if j, ok := r.timeBefore(k, s); ok && sawComma && !sawVerb && !sawWhich && !sawOther && r.is(k+1, b, ",") {
				k = j // "We reached the X teahouse by noon, maybe 7 km north-west of Y"
				if h := r.nameHeadEndingAt(k, s); h >= 0 {
					k = h // the name before its head noun, as theNameHead
				}
				continue
			}
			if (w == "the" || w == "this") && r.is(k-1, b, ",") && r.topic >= 0 {
				// "Located between the hills and the Ishëm River, the city
				// lies 20 km north of X": the anaphor after the comma, not
				// the river before it.
				if e, ok := r.anaphorAt(k, b); ok && e < ps {
					return r.topicAnaphor(k, e)
				}
			}
			if m, ok := r.ordinalSubjectAt(k-1, b); ok {
				// "Mardijin and Gurrwala were cut off. The former lies
				// 35 km south-west of X": one of the pair named before.
				return m, r.span(k-1, k+1), true
			}
			switch {
			case w == "latter" && r.is(k-1, b, "the"):
				// "… then three days at the camp of X. The latter lies 85
				// km north-east of Y": the last place named.
				if m := r.latterSignedPlace(k - 1); m >= 0 {
					return m, r.span(k-1, k+1), true
				}
			case w == "it":
				if m, ok := r.insertedPronounOf(k, s); ok {
					return m, r.span(k, k+1), true
				}
				if m, ok := r.clauseTopic(k, s); ok {
					return m, r.span(k, k+1), true
				}
				if m, ok := r.openerBefore(k, s); ok {
					return m, r.span(k, k+1), true
				}
				if m := r.itAntecedent(k, s); m >= 0 {
					return m, r.span(k, k+1), true
				}
				return r.topicAnaphor(k, k+1)
			case w == "and" || w == "or" || w == "but":
				if last != nil && last.subject >= 0 && (last.end == k || (last.end == k-1 && r.is(k-1, b, ","))) {
					return r.inherit(last)
				}
				if last != nil && last.subject >= 0 && r.anchorAddressBefore(k, s, last) {
					// "30 miles west of Elko, Nev., and 15 miles northwest
					// of Carlin": the state after the anchor only says
					// which Elko; the second distance is the pit's too.
					return r.inherit(last)
				}
				if k == ps-2 && r.is(ps-1, b, "the") && isPlainAdjective(r.lowerWord(ps, b)) {
					// "shelled X and the nearby settlements of A": the
					// nearness the lead adjective gives is X's.
					if m := r.mentionEndingAt(k-1, a); m >= 0 && r.evidence(m) > EvidenceUnlikely {
						return m, Span{}, true
					}
				}
				if r.coordinatedModifier(k, s) {
					break // "a copper and gold mine 22 km north-west of Y"
				}
				if c := r.participleAsideOpen(k, s); c >= 0 && !sawComma && !sawWhich {
					// "The Tumaini school, built by a charity from Nakuru
					// and located 15 km north of Y": the first participle
					// of the aside, and the names in it, are stepped over
					// to the comma that opens it.
					k = c
					continue
				}
				// "It lies near the border with A and close to B": a name
				// before "and" ends another phrase, not this one's subject.
				sawOther = true
			case isRelativeWord(w):
				sawWhich = true
			case anyHas(setSelves, w) && r.is(k-1, b, ","):
				// "Bir Kalaït, 10 km north of Ouadi Tinga, itself 30 km
				// east of Abéché", « X, à 12 km de Y, elle-même à 40 km
				// au nord de Z »: the chained phrase places the name
				// before the comma, as a relative clause would.
				sawWhich = true
			case isCopula(w):
				sawVerb = true
				verbBeforeComma = verbBeforeComma || sawComma
			case isEventVerb(w) && !commaVerb:
				// "Droukdel was seen 20 km north of Gao"; but in a clause
				// set off by commas before the main verb the event is
				// an aside ("The Pratzen Heights, where the fighting took
				// place, rise 6 km west of X").
				return -1, Span{}, false
			case w == "in" && (r.is(k+1, b, "itself") || r.is(k+1, b, "turn")):
			case w == "turn" && r.is(k-1, b, "in"):
				// "Y, 15 km south of X, which in turn lies 40 km west of
				// Z": the adverb is stepped over, as a filler is.
			case isKindPreposition(w) && sawComma && !verbBeforeComma && !sawWhich && isDescriptorNoun(r.lowerWord(k-1, b)) && r.kindQualifier(k+1, b):
				// "the X camp for internally displaced persons, located
				// 20 km north of Y": the lower-case phrase after the kind
				// qualifies it, and the search goes on to X, as after the
				// kind of an apposition.
				sawOther, appos = false, true
			case isKindPreposition(w) && sawWhich && sawComma && isDescriptorNoun(r.lowerWord(k-1, b)):
				// "He landed at Kabara, the river port of the city, which
				// lies 8 km south of Timbuktu": the kind's own "of" phrase
				// in an apposition before the relative clause; the search
				// goes on to the name before it.
				sawDescr = true
			case isKindPreposition(w) && sawWhich && !sawComma && isDescriptorNoun(r.lowerWord(k-1, b)):
				// "Soltan Ali, a shrine with a turquoise dome that lies 9
				// km west of Y": the kind's own phrase inside the
				// apposition, before its relative clause, qualifies the
				// kind; the search goes on to the name before it.
				sawOther = false
			case w == "of" && sawDescr && r.collectiveOf(k, b):
				k-- // "X, a handful of log cabins on the Alaska Highway 40 km west of Y": the cabins are X's kind
			case isPreposition(w):
				if c := r.relativeClauseOpen(k, a); sawComma && !sawWhich && c >= 0 {
					// "The X mine, whose dam collapsed in 2019, is
					// located ...": a relative clause set off by
					// commas before the verb is stepped over whole.
					sawWhich = true
					k = c - 1
					continue
				}
				return r.sentSubject(s, false)
			case !sawDescr && r.theNameHead(k, ps, s) >= 0:
				// "Dallas Seavey reached the Bonanza Flats shelter cabin,
				// about 30 miles east of Nome": a head noun the tables
				// lack after "the" and a name, right before the phrase's
				// comma, is the thing the phrase places; the search goes
				// on to the name.
				k = r.theNameHead(k, ps, s) + 1
				sawDescr = true
			case !sawDescr && !sawComma && r.theNameHeadVerb(k, s) >= 0:
				k = r.theNameHeadVerb(k, s) + 1
				sawDescr = true
			case isDescriptorNoun(w) && !r.nounCompoundAfter(k, b) || r.kindAfterEndsAt(k, a) || r.kindAfterArticle(k, a) || r.bareTrailingKind(k, a):
				// "X, a village ...", "the X trading centre, ..."; not
				// "…, and the village council is based in Y", a council.
				sawDescr = true
				if i, ok := r.kindAfterStart(k, a); ok {
					k = i // "at X business centre, ...": the whole kind
				}
			case anyHas(setReflexives, w) && sawComma && !sawVerb && !sawWhich && !sawOther:
				// "he built the Willow Draw roadhouse himself in 1931, about
				// 28 miles north of Elko": the actor's own doing is stepped
				// over to the object the phrase places.
			case isFiller(w) || isPlainAdjective(w) || isCompoundModifier(w):
			case r.openKindWord(k, b): // "The colonial town lies"
			default:
				sawOther = true
			}
		}
		k--
	}
	return r.sentSubject(s, false)
}

// bareTrailingKind reports whether token k is a natural kind of
// kindsafter.tsv flagged skip or bare, not a division, written right after
// a name with no article before it: "a truck overturned at Chiweta
// escarpment, 55 km north of Karonga", "at Kibenge hill, 18 km from X".
// The phrase after the comma places the name, as after "the Chiweta
// escarpment".
func (r *reader) bareTrailingKind(k, a int) bool {
	w := r.lowerWord(k, len(r.toks))
	return (isTrailingDescriptor(w) && !isAdminFeature(w) || lex().bareKinds[w]) && r.mentionEndingAt(k-1, a) >= 0
}

// ownerApposition returns the name before the comma of a definite
// apposition whose kind the name m qualifies: "Oyu Tolgoi, the Rio Tinto
// copper-gold mine 550 km south of X", "Las Bambas, the MMG-owned mine
// 75 km south-west of Y". The name inside the apposition is its owner or
// its namesake, and the phrase after the kind places the name the
// apposition describes.
func (r *reader) ownerApposition(m int, s *sentence) (int, bool) {
	p := r.mtok[m][0]
	if !r.is(p-1, s.b, "the") || !r.is(p-2, s.b, ",") {
		return -1, false
	}
	h := r.mentionEndingAt(p-3, s.a)
	if h < 0 || r.evidence(h) == EvidenceUnlikely {
		return -1, false
	}
	return h, true
}

// locativeApposition returns the name before an apposition of kind that
// ends with a locative phrase naming m: "Loma Campana, its flagship block
// in the Vaca Muerta shale play, about 100 km north-west of X", "Kalo,
// the largest village in the Tilemsi valley, about 100 km north of Gao".
// The place the locative names holds the apposition's head; the phrase
// after the apposition places that head, as one after a bare apposition
// of kind does.
func (r *reader) locativeApposition(m int, s *sentence) (int, bool) {
	j := r.mtok[m][0] - 1
	if r.is(j, s.b, "the") {
		j--
	}
	if w := r.lowerWord(j, s.b); w != "in" && w != "on" && w != "within" {
		return -1, false
	}
	kind := false
	for j--; j > s.a && j >= r.mtok[m][0]-9; j-- {
		t := &r.toks[j]
		if r.is(j, s.b, ",") {
			h := r.mentionEndingAt(j-1, s.a)
			if !kind || h < 0 || r.evidence(h) == EvidenceUnlikely {
				return -1, false
			}
			return h, true
		}
		if t.kind == tokPoss {
			continue // "the world's largest mine"
		}
		if t.kind != tokWord || t.cap || isFiniteVerb(t.lower) || isRelativeWord(t.lower) || isCopula(t.lower) {
			return -1, false
		}
		if isDescriptorNoun(t.lower) || r.kindAfterEndsAt(j, s.a) || r.kindAfterArticle(j, s.a) {
			kind = true
		} else if _, e, ok := phraseAt(r, lex().kindsAfter, j, s.b, true); ok && e == j+1 {
			kind = true
		}
	}
	return -1, false
}

// lowerLocativeBefore returns the last token of the name before a
// locative that the phrase at ps follows, with or without a comma
// ("set up Camp Nanok on the sea ice, 35 km north-west of Ilulissat"), the locative a
// preposition of where and a landform in lower case ("set up Camp Sermeq
// Nord on the ice sheet about 45 km east of Ilulissat", "built Fort Kalo
// on the plateau some 20 km north of Gao"), or set off by a comma before
// "in" ("at Sitio Balete, in the forested hills about 15 kilometers east
// of Peñablanca"): the phrase places the name, and the landform only says
// where it stands.
func (r *reader) lowerLocativeBefore(ps int, s *sentence) (int, bool) {
	k := ps - 1
	if r.is(k, s.b, ",") {
		k-- // "set up Camp Nanok on the sea ice, 35 km north-west of Ilulissat"
	}
	e := k
	for n := 0; k > s.a && n < 4 && r.toks[k].kind == tokWord && !r.toks[k].cap; n++ {
		w := r.toks[k].lower
		if w == "the" || w == "a" || w == "an" {
			break
		}
		if isPreposition(w) || isCopula(w) || isFiniteVerb(w) || isRelativeWord(w) || r.at[k] >= 0 || langs().en.has(setTimeNouns, w) {
			return -1, false
		}
		k--
	}
	if k == e || !r.is(k, s.b, "the") && !r.is(k, s.b, "a") && !r.is(k, s.b, "an") {
		return -1, false
	}
	switch r.lowerWord(k-1, s.b) {
	case "on", "in", "at", "across", "below", "above", "beneath", "atop", "inside":
	default:
		return -1, false
	}
	n := k - 2
	if r.is(n, s.b, ",") && r.is(k-1, s.b, "in") {
		n-- // "at Sitio Balete, in the forested hills about 15 kilometers east of Peñablanca"
	}
	m := r.mentionEndingAt(n, s.a)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	return n, true
}

// insertDash reports whether token k of sentence s is a dash that opens
// an insert, spaced on both sides as a dash is and a hyphen is not, an
// em or en dash, not after a name that opens the sentence (a dateline,
// "MOGADISHU —"): "reached Laila hut — a wooden shelter 9 km north-east
// of Mestia — by lunch". It then sets off an apposition as a comma does.
func (r *reader) insertDash(k int, s *sentence) bool {
	t := &r.toks[k]
	if t.lower != "—" && t.lower != "–" || k-1 <= s.first || k+1 >= s.b {
		return false
	}
	return r.toks[k-1].end < t.start && t.end < r.toks[k+1].start
}

// closingDash returns the spaced dash that closes the insert the spaced
// dash at token k opens (insertDash), within maxInsert tokens.
func (r *reader) closingDash(k int, s *sentence) (int, bool) {
	for e := k + 1; e < s.b && e <= k+maxInsert; e++ {
		if r.toks[e].lower == r.toks[k].lower && r.insertDash(e, s) {
			return e, true
		}
	}
	return 0, false
}

// maxInsert is the most tokens an insert between spaced dashes may hold.
const maxInsert = 12

// actorObject reports whether mention m, a name that opens sentence s
// with no kind and no sign of a place, is the actor of a verb of action
// right after it whose object, "the" and lower-case words, closes at the
// comma before the phrase at ps: "Dallas Seavey
// reached the shelter cabin, about 30 miles east of Nome", "Hamid Karzai
// visited the refugee camp, 8 km east of Jalalabad". The phrase places
// that object, never the person or the firm; a verb of place or a copula
// ("X is the main town, 30 km from Y") makes m no actor, nor a verb of
// having ("X has the nearest airport, 30 km from Y").
func (r *reader) actorObject(m, ps int, s *sentence) bool {
	p, e := r.mtok[m][0], r.mtok[m][1]
	if p != s.first || r.feature(m) != "" || r.evidence(m) > EvidenceCapitalised || e+2 >= ps {
		return false
	}
	v := r.lowerWord(e, s.b)
	if v == "" || r.toks[e].cap || isCopula(v) || isPreposition(v) || isRelativeWord(v) || isFiller(v) || v == "and" || v == "or" {
		return false
	}
	switch v {
	case "has", "have", "had", "boasts", "offers", "includes", "contains":
		return false // "Gao has the nearest airport, 30 km from Kidal": a place's own thing
	}
	if !r.is(e+1, s.b, "the") {
		return false
	}
	c := e + 2
	for c < ps && !r.is(c, s.b, ",") {
		if r.toks[c].kind != tokWord || r.toks[c].cap || c-e > 5 {
			return false
		}
		c++
	}
	if c >= ps || c == e+2 {
		return false
	}
	for j := c + 1; j < ps; j++ {
		if !isFiller(r.lowerWord(j, s.b)) {
			return false
		}
	}
	return true
}

// theNameHead returns the last token of the name in "the <name> <head>"
// when the head, one to three lower-case nouns the tables lack, ends at
// token k right before the comma that opens the phrase at ps: "the
// Bonanza Flats shelter cabin, about 30 miles east of Nome", "the Waiqele
// Upper crushing station, 11 km east of Labasa". It returns -1 when the
// words are no such head: a verb, a preposition, a relative word, a noun
// of a person or a number among them, or no "the" or possessive before
// the name.
func (r *reader) theNameHead(k, ps int, s *sentence) int {
	c := k + 1
	if !r.is(c, s.b, ",") {
		// "the Rabots ice divide at 1,750 m, about 65 km west of X": a
		// height between the head and the comma.
		e := ps - 1
		for e > c && !r.is(e, s.b, ",") {
			e--
		}
		if j, ok := r.elevationEndingAt(e-1, s.a, s.b); !ok || j != k {
			return -1
		}
		c = e
	}
	for j := c + 1; j < ps; j++ {
		if w := r.lowerWord(j, s.b); !isFiller(w) && !isParticipleLead(w) {
			// "the Punta Lobera tide gauge, located 9 km south of
			// Pisco", "the X borehole, drilled c. 6 km south of Y": a
			// participle of place, as a filler, leaves the head the
			// thing the phrase places.
			return -1
		}
	}
	return r.nameHeadEndingAt(k, s)
}

// theNameHeadVerb is theNameHead for a head right before the verb of
// place of the phrase: "the Wainui Beach surf club sits 7 km east of the
// city", "The Tsagaan Davaa ovoo stands 20 km east of the capital".
func (r *reader) theNameHeadVerb(k int, s *sentence) int {
	if w := r.lowerWord(k+1, s.b); w == "" || !isCopula(w) || r.toks[k].cap {
		return -1
	}
	return r.nameHeadEndingAt(k, s)
}

// nameHeadEndingAt returns the last token of the name in "the <name>
// <head>" when the head, one to three lower-case nouns the tables lack,
// ends at token k, or -1 (theNameHead).
func (r *reader) nameHeadEndingAt(k int, s *sentence) int {
	for j, lo := k, k-2; j > s.a && j >= lo; j-- {
		if r.toks[j].kind == tokPoss && j < k && r.lowerWord(j-1, s.b) != "" && r.mentionEndingAt(j-1, s.a) < 0 {
			lo-- // "the El Riyad farmers' association": a plural possessive of common nouns modifies the head
			continue
		}
		w := r.lowerWord(j, s.b)
		if w == "" || isCopula(w) || isFiniteVerb(w) || isEventVerb(w) || isPreposition(w) || isRelativeWord(w) ||
			isRoleNoun(w) || isTitleWord(w) || isFiller(w) || w == "and" || w == "or" || w == "the" || isNumberWord(w) {
			return -1
		}
		if m := r.mentionEndingAt(j-1, s.a); m >= 0 {
			p := r.mtok[m][0]
			if p-1 > s.a && r.toks[p-1].cap && localKindCut(r.toks[p-1].lower) {
				p-- // "The Sitio Kalibugan evacuation centre, 5 km north of X": the local kind cut from the name
			}
			if r.is(p-1, s.b, "the") || p-1 >= s.a && r.toks[p-1].kind == tokPoss || isPossessiveDeterminer(r.lowerWord(p-1, s.b)) {
				return j - 1 // "at its Nacuale ruby licence, lying 35 km east of Montepuez"
			}
			return -1
		}
	}
	return -1
}

// isPossessiveDeterminer reports whether the lower-case English word w is
// a possessive determiner ("its", "their", "our"), which, as "the" does,
// opens a noun phrase whose head may follow a name: "its Nacuale ruby
// licence".
func isPossessiveDeterminer(w string) bool {
	switch w {
	case "its", "their", "our", "his", "her", "my", "your":
		return true
	}
	return false
}

// indefiniteApposition reports whether the tokens from a comma to the
// phrase at ps are an indefinite noun phrase, the apposition of the name
// before the comma: "Cerro Tuina Sur, a copper prospect 35 km northeast
// of Calama", "Ballangsletta, a flat stretch of shoreline 20 km southwest
// of Narvik", "Qalat Umm Sharif, a small Ottoman blockhouse about 30 km
// south-east of Ma'an", "Tukusenda, a village in the highlands of Papua
// New Guinea about 40 km west of Wabag", "at Huaylla Qollqa, on a terrace
// roughly 8 km north-west of Ollantaytambo"; the name may end before a
// head the tables lack ("the Ballycarty pitch, a club ground about 6 km
// east of Tralee", nameHeadEndingAt). The phrase opens with "a" or
// "an", perhaps after a preposition of where (appositionPrepositions),
// and holds at most maxAppositionWords words: adjectives and nouns, "of"
// between two of them, a possessive between two lower-case words ("an
// old planter's house"), a number after "of" ("a settlement of 2,300
// households"), a capitalised word before a lower-case one ("a Quechua
// farming community"), fillers ("about") at its end; and after
// its head at most one "in", "on" or "for" phrase ("a camp for displaced
// people"), with "the" and names, of up
// to maxAppositionPP words more. It holds no verb, no relative word and
// no noun of a person ("a spokesman"). It returns the comma's token.
func (r *reader) indefiniteApposition(ps int, s *sentence) (int, bool) {
	k := ps - 1
	for k > s.a && k >= ps-maxAppositionWords-maxAppositionPP-4 && !r.is(k, s.b, ",") {
		k--
	}
	n0 := k - 1
	if r.is(n0, s.b, ")") {
		n0 = r.skipParenBack(n0, s.a) // "Vlasti Ano (Βλάστη Άνω), a stone village …"
	}
	if !r.is(k, s.b, ",") || r.mentionEndingAt(n0, s.a) < 0 && !r.kindAfterName(n0, s) && r.nameHeadEndingAt(n0, s) < 0 {
		return 0, false
	}
	start := k + 1
	if appositionPrepositions[r.lowerWord(start, s.b)] {
		start++ // "X, on a terrace 8 km north-west of Y"
	}
	if !r.is(start, s.b, "a") && !r.is(start, s.b, "an") {
		return 0, false
	}
	start++
	e := ps
	for e > start && isFiller(r.lowerWord(e-1, s.b)) {
		e--
	}
	if w := r.lowerWord(e-1, s.b); e-1 > start && isCopula(w) && !isFiniteVerb(w) && r.toks[e-2].kind == tokWord {
		e-- // "an Aymara community of about 60 families located some 30 km south-west of Y": the participle after a count
	}
	n := e - start
	if n < 1 {
		return 0, false
	}
	pp := -1 // the token of the "in", "on" or "for" after the head ("a camp for displaced people")
	count := 0
	for j := start; j < e; j++ {
		w := r.lowerWord(j, s.b)
		switch {
		case w == "":
			// A capitalised word qualifies a lower-case noun after it
			// ("a small Ottoman blockhouse") or, in the phrase after the
			// head, names where ("in the highlands of Papua New Guinea").
			t := r.toks[j]
			if t.kind == tokNum && (r.is(j-1, s.b, "of") || r.countHedgeAt(j-1, s)) && j+1 < e {
				// "a settlement of 2,300 displaced households", "a
				// village of about 30 souls": the count is no word of
				// the apposition's length.
				count += 2
				if !r.is(j-1, s.b, "of") {
					count++
				}
				break
			}
			if m, ok := r.sizeBeforeHead(j, start, e, s); ok {
				// "a 40 MW plant", "a 40-bed clinic", "a 300-hectare
				// farm": a size opening the phrase qualifies its head,
				// one word of it.
				count += m - j
				j = m
				break
			}
			if t.kind == tokPoss && j > start && r.lowerWord(j-1, s.b) != "" && r.lowerWord(j+1, s.b) != "" && j+1 < e {
				count++ // "an old planter's house", "a shepherd's hut": a possessive inside the noun phrase
				break
			}
			if t.kind == tokNum && pp >= 0 && j == pp+1 && r.is(pp, s.b, "with") {
				break // "a lodge with 12 rooms 5 km from Y": what it has
			}
			if t.kind != tokWord || !t.cap || pp < 0 && r.lowerWord(j+1, s.b) == "" && !r.isCapWord(j+1, e) {
				return 0, false
			}
		case w == "of":
			if j == start || j == e-1 {
				return 0, false
			}
		case (w == "in" || w == "on" || w == "for" || w == "with") && pp < 0 && j > start && j < e-1:
			pp = j // "a camp for displaced people", "a sheep farm with three guest rooms"
		case w == "the" && pp >= 0 && (j == pp+1 || r.is(j-1, s.b, "of")):
		case r.countHedgeAt(j, s) && j+1 < e && r.toks[j+1].kind == tokNum:
		case isCopula(w) || isFiniteVerb(w) || isEventVerb(w) || isPreposition(w) || isRelativeWord(w) ||
			isRoleNoun(w) || isTitleWord(w) || w == "and" || w == "or" || w == "the":
			return 0, false
		}
	}
	if pp < 0 && n-count > maxAppositionWords || pp >= 0 && (pp-start-count > maxAppositionWords || e-pp > maxAppositionPP) {
		return 0, false
	}
	if h := r.lowerWord(pp-1, s.b); pp >= 0 && r.is(pp, s.b, "with") && !isDescriptorNoun(h) && !isSpotFeature(h) {
		return 0, false // "X, a man with two sons": what has it must be a kind of place
	}
	return k, true
}

// sizeBeforeHead reads, at token j opening an indefinite apposition (right
// after its "a" at start) that ends before e, a size written as a number
// and the word of what it counts, with or without a hyphen: "a 40 MW
// plant", "a 40-bed clinic", "a 300-hectare farm"; the word is in lower
// case or, a unit's symbol, in capitals. A lower-case word must follow it
// inside the phrase, the head the size qualifies. It returns
// the token of the counted word.
func (r *reader) sizeBeforeHead(j, start, e int, s *sentence) (int, bool) {
	if j != start || r.toks[j].kind != tokNum {
		return j, false
	}
	m := j + 1
	if r.is(m, s.b, "-") {
		m++
	}
	if t := &r.toks[m]; m+1 >= e || t.kind != tokWord || t.cap && !t.upper || !isLowerWord(r, m+1, s.b) {
		return j, false
	}
	return m, true
}

// isLowerWord reports whether token k is a word written in lower case.
func isLowerWord(r *reader, k, b int) bool {
	return k < b && r.toks[k].kind == tokWord && !r.toks[k].cap
}

// countHedgeAt reports whether token k is a hedge of a count right after
// "of": "a village of about 30 souls", "a camp of some 2,000 households".
func (r *reader) countHedgeAt(k int, s *sentence) bool {
	switch r.lowerWord(k, s.b) {
	case "about", "some", "around", "roughly", "nearly", "almost", "barely", "over", "under":
		return r.is(k-1, s.b, "of")
	}
	return false
}

// kindAfterName reports whether token k is a descriptor noun written
// lower case after a name that "the" opens, perhaps with a modifier
// between: "at the Sirota camp, a forest clearing 12 km south-east of
// Karakol", "the Ishinca base camp, a meadow ...".
func (r *reader) kindAfterName(k int, s *sentence) bool {
	if k < s.a || k >= s.b || r.toks[k].kind != tokWord || r.toks[k].cap || !isDescriptorNoun(r.toks[k].lower) {
		return false
	}
	j := k - 1
	if w := r.lowerWord(j, s.b); w != "" && (isDescriptorNoun(w) || isCompoundModifier(w)) {
		j-- // "the Ishinca base camp, a meadow 14 km north-east of Huaraz"
	}
	m := r.mentionEndingAt(j, s.a)
	return m >= 0 && r.is(r.mtok[m][0]-1, s.b, "the")
}

// isCapWord reports whether token j, before e, is a capitalised word.
func (r *reader) isCapWord(j, e int) bool {
	return j < e && r.toks[j].kind == tokWord && r.toks[j].cap
}

// appositionPrepositions are the prepositions of where an indefinite
// apposition may open with: "X, on a terrace 8 km north-west of Y", "X,
// in a clearing 3 km from Y".
// borderingWords are the English participles by which an apposition says
// what a place lies beside, not what it is: "a town bordering Nigeria",
// "a farm adjoining Kalo", "a lodge overlooking Lake Kivu".
var borderingWords = map[string]bool{"bordering": true, "adjoining": true, "abutting": true, "facing": true, "overlooking": true, "straddling": true}

var appositionPrepositions = map[string]bool{"on": true, "in": true, "at": true, "near": true, "beside": true, "along": true, "above": true, "below": true, "among": true}

// maxAppositionWords is the longest indefinite apposition
// indefiniteApposition reads, in words after the article, and
// maxAppositionPP the longest "in", "on", "for" or "with" phrase after its
// head.
const (
	maxAppositionWords = 5
	maxAppositionPP    = 8
)

// kindApposition reports whether mention m of sentence s is set between
// commas after the kind of place that opens its clause: "its main
// village, Qala-e Nau, lies ...", "The largest camp, Kutupalong, is ...",
// "; its centre, Filadelfia, lies". The clause opens the sentence or
// follows a semicolon, with "its", "the" or "their", perhaps adjectives and
// modifiers, and a descriptor noun, or after "its" a noun of a seat; or
// with a possessor, a name or "the" and a noun, before the adjectives and
// a descriptor noun ("Skeleton Coast Park's southern gate, Ugab, is ...").
func (r *reader) kindApposition(m int, s *sentence) bool {
	p := r.mtok[m][0]
	if !r.is(p-1, s.b, ",") || !r.is(r.skipParen(r.mtok[m][1], s.b), s.b, ",") {
		return false
	}
	k := p - 2
	noun := r.lowerWord(k, s.b)
	if r.ordinalOpener(k, s) {
		return true // "The first, Skamnouli, lies 14 km north-west of X"
	}
	if k < s.a || !isDescriptorNoun(noun) && !isSeatNoun(noun) {
		return false
	}
	for k--; k >= s.a && (isPlainAdjective(r.lowerWord(k, s.b)) || isCompoundModifier(r.lowerWord(k, s.b)) || r.is(k, s.b, "main")); k-- {
	}
	if j := k; isDescriptorNoun(noun) {
		// "a herders' spring camp", "the nomads' dry-season camp": after
		// a possessive, up to two lower-case words qualify the kind.
		for n := 0; n < 2 && j > s.a && r.toks[j].kind == tokWord && !r.toks[j].cap; n++ {
			j--
		}
		if j > s.a && r.toks[j].kind == tokPoss {
			k = j
		}
	}
	if k > s.a && r.toks[k].kind == tokPoss && isDescriptorNoun(noun) {
		// "Skeleton Coast Park's southern gate, Ugab, is 200 km north
		// of X", "The park's main camp, Y, lies ...": the possessor
		// before the kind, a name or "the" and a noun.
		k--
		if o := r.mentionEndingAt(k, s.a); o >= 0 {
			k = r.mtok[o][0]
		} else if r.lowerWord(k, s.b) != "" && (r.is(k-1, s.b, "the") || isIndefinite(r.lowerWord(k-1, s.b))) {
			k-- // "; a herders' winter camp, X, lies ..."
		}
		if r.is(k-1, s.b, "the") {
			k--
		}
		return k == s.first || k-1 >= s.a && r.is(k-1, s.b, ";")
	}
	switch w := r.lowerWord(k, s.b); {
	case w == "its":
	case (w == "the" || w == "their") && isDescriptorNoun(noun):
	default:
		return r.indefiniteAfterSemicolon(m, s)
	}
	return k == s.first || k-1 >= s.a && r.is(k-1, s.b, ";")
}

// ordinalOpener reports whether token k is an ordinal (ordinals.tsv) that
// opens sentence s, or a clause after a semicolon, with an article alone:
// "The first, Skamnouli, lies 14 km north-west of Ioannina", "A second,
// Dolni Kamak, stands …". The ordinal stands for the kind the text is
// counting, and the name in apposition to it is the clause's subject.
func (r *reader) ordinalOpener(k int, s *sentence) bool {
	if _, ok := lex().ordinals[r.lowerWord(k, s.b)]; !ok {
		return false
	}
	if w := r.word(k-1, s.b); w != "the" && !isIndefinite(w) {
		return false
	}
	return k-1 == s.first || k-2 >= s.a && r.is(k-2, s.b, ";")
}

// indefiniteAfterSemicolon reports whether mention m is named between
// commas after an indefinite kind of place that opens a clause after a
// semicolon, as appositiveName reads one opening a sentence: "Okahuaru has
// a clinic; a seasonal cattle post, Otjikuvare, lies 8 km further west", «
// … ; un nouveau site, Am-Kharouba, a été ouvert à 25 km plus à l'est ».
func (r *reader) indefiniteAfterSemicolon(m int, s *sentence) bool {
	for j := r.mtok[m][0] - 1; j > s.a && j > r.mtok[m][0]-8; j-- {
		if r.is(j, s.b, ";") {
			if !isIndefinite(r.lowerWord(j+1, s.b)) {
				return false
			}
			a, ok := r.appositiveName(j+1, s.b)
			return ok && a == m
		}
	}
	return false
}

// restatesKind reports whether the kind the apposition gives mention m
// restates the kind of the subject of the last phrase: "Ouled Tagherbit
// is a town ... in southern Algeria, an oasis town in the Gourara
// region" says the town again, whatever name stands before the comma.
func (r *reader) restatesKind(last *lastPhrase, m int) bool {
	if last == nil || last.subject < 0 || last.subject >= len(r.mentions) {
		return false
	}
	head := func(f string) string {
		if i := lastSpace(f); i >= 0 {
			return f[i+1:]
		}
		return f
	}
	f, g := head(r.feature(last.subject)), head(r.feature(m))
	return f != "" && (f == g || isSettlementKind(f) && isSettlementKind(g))
}

// kindOfDivision reports whether mention m of sentence s is a division
// that qualifies the kind of place named before it: "the Dar es Salaam
// camp of the Lake province", "the Kalo site of the Mopti region", "the
// Kalobeyei settlement of Turkana County". The division bears an
// administrative kind (its own word, "Turkana County", or the word after
// it, "the Lake province"), and before it stand "of", perhaps "the", a
// descriptor noun and a name. It returns the descriptor noun's token.
func (r *reader) kindOfDivision(m int, s *sentence) (int, bool) {
	if !isAdminFeature(r.feature(m)) {
		return 0, false
	}
	j := r.mtok[m][0] - 1
	if r.is(j, s.b, "the") {
		j--
	}
	if !r.is(j, s.b, "of") {
		return 0, false
	}
	j--
	if !isDescriptorNoun(r.lowerWord(j, s.b)) || r.mentionEndingAt(j-1, s.a) < 0 {
		return 0, false
	}
	return j, true
}

// kindQualifier reports whether the tokens from j to the next comma are
// lower-case words that qualify a kind of place before them ("for
// internally displaced persons"): no article, which would open a phrase
// of its own ("the capital of the province of the same name"), and no
// other kind of place.
func (r *reader) kindQualifier(j, b int) bool {
	n := 0
	for k := j; k < b && !r.is(k, b, ","); k++ {
		t := &r.toks[k]
		if t.kind != tokWord || t.cap || isDescriptorNoun(t.lower) || t.lower == "the" || t.lower == "a" || t.lower == "an" {
			return false
		}
		n++
	}
	return n > 0
}

// shoreAsideBefore reports whether the comma at token c closes an aside
// set off by an earlier comma right after a name, that opens with "on",
// "along", "by" or "across" and holds only lower-case words (a shore, a
// bank, a bay: "Loiyangalani, on the south-eastern shore of the lake,
// about 150 km ...", "X, on the north bank of the river, 20 km ...", "X,
// across the river about 40 km ..."), and returns the earlier comma. c
// may be the token right after the aside, a distance without a comma.
func (r *reader) shoreAsideBefore(c int, s *sentence) (int, bool) {
	for j := c - 1; j > s.a && j >= c-10; j-- {
		t := &r.toks[j]
		if r.is(j, s.b, ",") {
			if j+1 >= c || !r.is(j+1, s.b, "on") && !r.is(j+1, s.b, "along") && !r.is(j+1, s.b, "by") && !r.is(j+1, s.b, "across") {
				return -1, false
			}
			return j, r.mentionEndingAt(j-1, s.a) >= 0
		}
		if t.kind != tokWord || t.cap {
			return -1, false
		}
		if w := t.lower; isFiniteVerb(w) || w == "and" || w == "or" {
			return -1, false
		}
	}
	return -1, false
}

// asideSubject returns the name that opens sentence s and is set off by
// the sentence's first comma, when a second comma closes the aside right
// before the finite verb of place that the distance at token ps follows
// (a filler may stand between): "The Punic town of X, abandoned after the
// Roman siege of 256 BC and never rebuilt, lies about 10 km north of Y",
// "The Horns of X, an extinct volcano where Saladin destroyed the army of
// the Kingdom of Jerusalem in 1187, rise 8 km west of Y". Whatever the
// aside names, dates or tells, the verb's subject is the name before it.
func (r *reader) asideSubject(ps int, s *sentence) (int, bool) {
	v := ps - 1
	if w, ok := r.whereInsertBefore(ps, s); ok {
		// "X, ..., lies on the tip of Cape Bon about 10 km north of Y",
		// "X, ..., crowns a ridge 25 km north of Y".
		v = w
		if r.is(w, s.b, ",") {
			v = w + 1
		}
	} else if !isFiniteVerb(r.lowerWord(v, s.b)) {
		v--
		if !isFiniteVerb(r.lowerWord(v, s.b)) || r.toks[v+1].kind != tokWord || !isFiller(r.toks[v+1].lower) {
			return -1, false
		}
	}
	if w := r.lowerWord(v, s.b); !isFiniteVerb(w) && !anyHas(setGroundVerbs, w) {
		return -1, false
	}
	if !r.is(v-1, s.b, ",") {
		return -1, false
	}
	c, a := -1, s.a
	for k := s.a; k < v-1; k++ {
		if r.toks[k].kind == tokPunct {
			if r.is(k, s.b, ",") {
				c = k
				break
			}
			if r.is(k, s.b, ":") {
				// "… not the only Neolithic site on Orkney: the Stones of
				// X, a chambered cairn, lies 8 km west of Y": the clause
				// after a colon opens as a sentence does.
				a = k + 1
				continue
			}
			if !r.is(k, s.b, "'") && !r.is(k, s.b, "’") && !r.is(k, s.b, "-") {
				return -1, false
			}
		}
	}
	if c < 0 || v-1-c < 3 {
		return -1, false
	}
	for k := c + 1; k < v-1; k++ {
		if r.toks[k].kind == tokPunct && !r.is(k, s.b, "–") && !r.is(k, s.b, "-") && !r.is(k, s.b, "'") && !r.is(k, s.b, "’") {
			return -1, false // one aside, with no comma, bracket or semicolon of its own
		}
	}
	m := r.mentionEndingAt(c-1, a)
	if m < 0 && c-2 >= a && r.toks[c-1].kind == tokWord && !r.toks[c-1].cap && (isDescriptorNoun(r.toks[c-1].lower) || r.kindAfterEndsAt(c-1, a)) {
		// "The Kamizuka mound, a burial mound of the Kofun period,
		// lies 2 km east of Y", "the Cuween Hill cairn, a chambered
		// tomb, lies …": the kind written after the name.
		for j := c - 2; m < 0 && j >= a && j >= c-4; j-- {
			m = r.mentionEndingAt(j, a)
		}
	}
	if m < 0 || r.evidence(m) <= EvidenceUnlikely && r.evidence(m) != EvidenceCapitalised {
		return -1, false
	}
	return m, true
}

// openerSubject returns the subject of a phrase at token ps inside a
// participle clause that opens sentence s ("Located in the North Shewa
// Zone, about 120 km north-east of Addis Ababa, the town has ..."): the
// subject of the main clause after it, a name, "the village of X", "it" or
// "the town" standing for the topic. It reports false when s opens with no
// such clause, the phrase is past it, or the main clause names no subject.
func (r *reader) openerSubject(ps int, s *sentence) (int, Span, bool) {
	k0 := s.first
	if k0 >= ps || !r.toks[k0].cap || !isParticipleLead(r.toks[k0].lower) && !r.kindOpener(k0, ps, s) {
		return -1, Span{}, false
	}
	for k := k0 + 1; k < ps; k++ {
		if isCopula(r.lowerWord(k, s.b)) {
			return -1, Span{}, false // the main clause has begun
		}
	}
	for j := ps; j < s.b && j < ps+maxLook; j++ {
		if !r.is(j, s.b, ",") {
			continue
		}
		at := j + 1
		if anyHas(setDefinite, r.word(at, s.b)) && r.mentionAt(at, s.b) < 0 {
			at++ // "..., the Hualapai Mountain Park overlooks the city"
		}
		if m := r.mentionAt(at, s.b); m >= 0 && r.evidence(m) > EvidenceUnlikely &&
			(isCopula(r.lowerWord(r.skipParen(r.mtok[m][1], s.b), s.b)) || r.mainVerbAt(r.mtok[m][1], s.b)) {
			return m, Span{}, true
		}
		if m, ok := r.describedAt(j+1, s.b); ok {
			return m, Span{}, true
		}
		if e, ok := r.anaphorAt(j+1, s.b); ok {
			return r.topicAnaphor(j+1, e)
		}
	}
	return -1, Span{}, false
}

// kindOpener reports whether sentence s opens at token k0 with an
// indefinite kind of place set before its name, as a participle clause is:
// "A small crossroads settlement on the N59, roughly 8 km southeast of
// Clifden, Derrylea Cross grew up around a forge". The kind, a descriptor
// noun after "A" or "An" and at most three adjectives and modifiers, comes
// before the phrase at ps.
func (r *reader) kindOpener(k0, ps int, s *sentence) bool {
	if w := r.toks[k0].lower; w != "a" && w != "an" {
		return false
	}
	for k := k0 + 1; k < ps && k <= k0+4; k++ {
		w := r.lowerWord(k, s.b)
		switch {
		case isDescriptorNoun(w):
			return true
		case isPlainAdjective(w) || isCompoundModifier(w) || isOpenAdjective(w):
		default:
			return false
		}
	}
	return false
}

// possessor reports whether mention m stands before a possessive and
// something other than a kind of place ("Marconi's engineers lodged
// here"): it is then no subject of its sentence s.
func (r *reader) possessor(m int, s *sentence) bool {
	e := r.mtok[m][1]
	return e < s.b && r.toks[e].kind == tokPoss && r.possessedThing(e+1, s.b)
}

// possessedThing reports whether the words at token j, after a name's
// possessive, name something other than a kind of place: "Marconi's
// engineers", "Kidal's residents", not "Gao's old town" nor "Kidal's
// airport". A make or a model, capitalised words where no name that may
// be a place starts, is such a thing when a lower-case word that names
// no kind of place follows it: "Sergei's UAZ broke down", "Maria's old
// Lada Niva stalled"; "Mali's Kidal region" names the region.
func (r *reader) possessedThing(j, b int) bool {
	for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, b)) || isCompoundModifier(r.lowerWord(j, b))); n++ {
		j++
	}
	if k := r.productEnd(j, b); k > j {
		j = k
	}
	w := r.lowerWord(j, b)
	if w == "" || isDescriptorNoun(w) || isAnaphorNoun(w) || isSeatNoun(w) {
		return false
	}
	if _, _, ok := phraseAt(r, lex().kindsAfter, j, b, true); ok {
		return false
	}
	return true
}

// productEnd returns the end of the capitalised words and model numbers
// from token j on where no mention starts ("UAZ", "Lada Niva", "Land
// Cruiser 79"), or j when there are none or a mention starts among them.
func (r *reader) productEnd(j, b int) int {
	k := j
	for k < b && (r.toks[k].kind == tokWord && r.toks[k].cap || k > j && r.toks[k].kind == tokNum) {
		if r.at[k] >= 0 {
			return j
		}
		k++
	}
	return k
}

// mainVerbAt reports whether the word at token k, right after a name that
// opens the main clause after a participle clause, is that clause's verb:
// a row of mainverbs.tsv, or a lower-case word of the third person or the
// past ("looks out over", "guarded") that is no preposition, article,
// conjunction or relative word.
func (r *reader) mainVerbAt(k, b int) bool {
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	w := r.toks[k].lower
	if isMainVerb(w) {
		return true
	}
	switch w {
	case "and", "or", "but", "as", "its", "this", "his", "is", "was":
		return false
	}
	if isPreposition(w) || isRelativeWord(w) || isFiller(w) || anyHas(setArticles, w) {
		return false
	}
	return len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || strings.HasSuffix(w, "ed"))
}

// itAntecedent returns the place "it" at token k stands for when the
// text is about no place yet and "it" opens sentence s: the last place
// named before the sentence, introduced as one ("We left Pokhara and
// reached Thulo Kharka. It sits on a ridge 18 km north-west of the
// city"), or -1.
//
// "it" after a dash, a colon or a semicolon stands for that place too, whether named in an
// earlier sentence or earlier in this one: "We spent two nights at Kasbah
// Azul. It's a lovely place – it lies 6 km west of Agdz", "We stayed at X,
// and I'd recommend it - it sits 11 km north-west of Y". A capitalised
// word with no sign of place between ("I'd") is passed over.
func (r *reader) itAntecedent(k int, s *sentence) int {
	if k != s.first && !r.reportedIt(k, s) {
		splice := r.spliceIt(k, s)
		if k-1 <= s.a || !isDash(r.toks[k-1].lower) && !r.is(k-1, s.b, ":") && !r.is(k-1, s.b, ";") && !splice {
			return -1
		}
		// With a topic, only a place named earlier in the sentence
		// displaces it: "Kaikoura is a must. We stayed at Hapuku Lodge
		// and would recommend it – it's 12 km north of Kaikoura."
		lo := k - antecedentWindow
		if r.topic >= 0 || splice {
			lo = s.a
		}
		for j := k - 1; j >= 0 && j >= lo; j-- {
			m := int(r.at[j])
			if m < 0 || r.mtok[m][1]-1 != j || r.isContainer(m) {
				continue
			}
			if r.evidence(m) >= EvidencePreposition {
				return m
			}
		}
		return -1
	}
	if r.topic >= 0 {
		return -1
	}
	m := r.latterPlace(s.a)
	if m >= 0 && r.waterStoodOn(m) {
		// "… at Mubiana Lodge, a private game farm on the Zambezi river.
		// It lies about 30 km west of Livingstone": the river only says
		// where the place before it stands.
		if m2 := r.latterPlace(r.mtok[m][0]); m2 >= 0 && r.evidence(m2) >= EvidencePreposition {
			m = m2
		}
	}
	if m >= 0 && (r.evidence(m) >= EvidencePreposition || r.kindNamed(m) || r.kindFollows(m)) {
		// "Highly recommend the Sunrise View Homestay run by a lovely
		// family. It's roughly 18 km north-west of Pokhara": a name
		// whose last word is a kind of place says it names one.
		return m
	}
	return -1
}

// reportedIt reports whether "it" at token k opens the clause a verb of
// speech reports, perhaps after "that" or the hearer ("Bold says it is
// about 90 km north-west of Mörön", "the driver told us that it lies 20
// km …"): the clause is said of the place the sentences before named, as
// a sentence that "it" opens is.
func (r *reader) reportedIt(k int, s *sentence) bool {
	j := k - 1
	if r.is(j, s.b, "that") {
		j--
	}
	switch r.lowerWord(j, s.b) {
	case "us", "me", "him", "her", "them":
		j--
	}
	return j > s.a && r.toks[j].kind == tokWord && !r.toks[j].cap && isSpeechVerb(r.toks[j].lower) && isCopula(r.lowerWord(k+1, s.b))
}

// spliceIt reports whether "it" at token k opens a clause that a comma
// splices on to the one before, right before a copula or a verb of place
// (lexicon/en/verbs.tsv): "We slept at the Dhakmar Kharka teahouse, it's
// maybe 6 km north-east of Jomsom", "We camped at X, it lies 9 km south
// of Y". Such an "it" stands for the place named before the comma in
// its sentence, as after a dash.
func (r *reader) spliceIt(k int, s *sentence) bool {
	if k-1 <= s.a || k+1 >= s.b || !r.is(k-1, s.b, ",") {
		return false
	}
	if w := r.toks[s.first].lower; isPreposition(w) || langs().en.verbs[w].lead || strings.HasSuffix(w, "ing") {
		// "Located in the valley of the Aghstev River, it lies ...":
		// an opening phrase, whose "it" is the main clause's subject.
		return false
	}
	return isCopula(r.toks[k+1].lower)
}

// waterStoodOn reports whether mention m is a river or lake after "on"
// or "along" ("on the Zambezi river", "along the Niger"): what the text
// places by it stands there, and is the place a sentence on goes on about.
func (r *reader) waterStoodOn(m int) bool {
	if f := r.feature(m); f != "river" && f != "lake" {
		return false
	}
	k := r.mtok[m][0] - 1
	if r.is(k, len(r.toks), "the") {
		k--
	}
	w := r.lowerWord(k, len(r.toks))
	return w == "on" || w == "along"
}

// kindFollows reports whether mention m is followed by a kind of place in
// lower case that "the W" may stand for, perhaps after one word that
// qualifies it: "A landslide buried most of Tumbipaka hamlet. It lies
// roughly 20 km north-west of Wabag", "at Mokgware cattle post".
func (r *reader) kindFollows(m int) bool {
	e := r.mtok[m][1]
	if e >= len(r.toks) || r.toks[e].kind != tokWord || r.toks[e].cap {
		return false
	}
	if e+1 < len(r.toks) && !isDescriptorNoun(r.toks[e].lower) && r.toks[e+1].kind == tokWord && !r.toks[e+1].cap {
		e++ // "at Mokgware cattle post … It lies about 45 km north-west of Serowe"
	}
	w := r.toks[e].lower
	return isDescriptorNoun(w) && isNamelessKind(w) && !isAdminFeature(w)
}

// kindNamed reports whether mention m is a name of several words, read
// as a capitalised name, whose last word is a noun of a kind of place
// that "the W" may stand for ("Sunrise View Homestay", "Hapuku Lodge").
func (r *reader) kindNamed(m int) bool {
	a, e := r.mtok[m][0], r.mtok[m][1]
	if e-a < 2 || r.evidence(m) != EvidenceCapitalised {
		return false
	}
	t := r.toks[e-1]
	return t.kind == tokWord && t.cap && isDescriptorNoun(t.lower) && isAnaphorNoun(t.lower)
}

// anaphorAt reports whether "it" or "the <place noun>" ("the town", "this
// small village") at token j is the subject of the verb after it, and
// returns the token after the anaphor.
func (r *reader) anaphorAt(j, b int) (int, bool) {
	k := j
	switch {
	case r.is(k, b, "it"):
		k++
	case r.is(k, b, "the") || r.is(k, b, "this"):
		k++
		k = r.sizeCompoundEnd(k, b) // "The 12-bure property sits …"
		if r.openKindWord(k, b) {
			k++ // "the colonial town lies"
		}
		for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(k, b)) || isCompoundModifier(r.lowerWord(k, b))); n++ {
			k++
		}
		if !isAnaphorNoun(r.lowerWord(k, b)) {
			return 0, false
		}
		k++
	default:
		return 0, false
	}
	// "The project has moved its base to X, 20 km …": it acts on
	// another thing, which the clause goes on to place.
	return k, isCopula(r.lowerWord(k, b)) && !r.actsOnObject(k, b)
}

// sizeCompoundEnd returns the token after a size written as a number, a
// hyphen and a lower-case noun at token j ("12-bure", "40-room",
// "3,000-hectare", "5-star"), or j when none stands there: such a size
// qualifies the noun after it as an adjective does ("The 12-bure property
// sits …").
func (r *reader) sizeCompoundEnd(j, b int) int {
	if j+2 < b && r.toks[j].kind == tokNum && r.is(j+1, b, "-") && r.toks[j+2].kind == tokWord && !r.toks[j+2].cap &&
		r.toks[j+1].start == r.toks[j].end && r.toks[j+2].start == r.toks[j+1].end {
		return j + 3
	}
	return j
}

// ownClauseBefore reports whether the phrase at token ps lies in a clause
// after a semicolon that opens with a noun of its own (ownNounSubject).
func (r *reader) ownClauseBefore(ps int, s *sentence) bool {
	for k := ps - 1; k > s.a; k-- {
		if r.is(k, s.b, ";") {
			return r.ownNounSubject(k+1, s)
		}
	}
	return false
}

// ownNounSubject reports whether the clause at token k opens with a
// determiner and a noun phrase that stands for no place the text names:
// "the nearest hospital", "its school", "a clinic", "the finds". "the
// town" and "the village" (anaphorAt) stand for one, and a name opening
// the clause is its subject.
func (r *reader) ownNounSubject(k int, s *sentence) bool {
	switch r.lowerWord(k, s.b) {
	case "the", "its", "their", "a", "an":
	default:
		return false
	}
	switch r.lowerWord(k+1, s.b) {
	case "nearest", "closest", "next", "other":
		return true // "the nearest hospital" is another place than the one the text is about
	}
	if _, ok := r.anaphorAt(k, s.b); ok {
		return false
	}
	if _, found := r.namelessFrom(k, s); found {
		return false
	}
	return r.at[k+1] < 0 && k+1 < s.b && r.toks[k+1].kind == tokWord && !r.toks[k+1].cap
}

// timeOpenerEnd returns the token after a time of day that opens a
// clause at token k, with its comma, or k when none does: a preposition of
// time and a clock time, perhaps with "a.m." or "p.m.", a time zone
// (timezones.tsv) and "local time" or "Japan time" ("At 8 a.m.", "At
// 15:00 UTC", "At 0300 GMT,", "At 9 a.m. Japan time,"), a noun of time
// ("At noon,": timenouns.tsv) or a day of the week ("On Monday,"). A
// bulletin opens with when the storm was where it says, and the storm's
// name after it is the clause's subject as if it opened the sentence.
func (r *reader) timeOpenerEnd(k, b int) int {
	switch r.word(k, b) {
	case "at", "by", "around", "until", "on", "à", "vers":
	default:
		return k
	}
	j := k + 1
	switch {
	case j < b && r.toks[j].kind == tokNum:
		j++
		if r.is(j, b, ":") && j+1 < b && r.toks[j+1].kind == tokNum {
			j += 2 // "15:00"
		}
		if (r.is(j, b, "a") || r.is(j, b, "p")) && r.is(j+1, b, ".") && r.is(j+2, b, "m") {
			j += 3 // "a.m", its point after
			if r.is(j, b, ".") {
				j++
			}
		} else if w := r.word(j, b); w == "am" || w == "pm" || w == "h" || w == "hrs" || w == "hours" {
			j++
			if w == "h" && j < b && r.toks[j].kind == tokNum {
				j++ // « à 10 h 30 »
			}
		}
		if anyHas(setTimeZones, r.word(j, b)) {
			j++
		}
		if r.is(j+1, b, "time") && (r.is(j, b, "local") || j < b && r.toks[j].cap) {
			j += 2 // "local time", "Japan time"
		}
	case langs().en.has(setTimeNouns, r.word(j, b)) && r.word(k, b) != "on":
		j++ // "At noon"
	case j < b && r.toks[j].cap && isWeekday(r.toks[j].lower) && r.word(k, b) == "on":
		j++ // "On Monday"
		if langs().en.has(setTimeNouns, r.word(j, b)) {
			j++ // "On Monday evening"
		}
	default:
		return k
	}
	if r.is(j, b, ",") {
		j++
	}
	if j >= b {
		return k
	}
	return j
}

// stormPartOf reads at token j a part of a storm (stormparts.tsv), "of"
// and a storm's name: one whose first word opens a storm's name
// (stormleads.tsv, stormkinds.tsv). It returns the storm's mention: "the
// centre of Tropical Storm Kiko was estimated 240 km east of X", "the eye
// of Hurricane Lidia was located ..." place the storm.
func (r *reader) stormPartOf(j, b int) (int, bool) {
	if !anyHas(setStormParts, r.lowerWord(j, b)) || !r.is(j+1, b, "of") {
		return -1, false
	}
	m := r.mentionAt(j+2, b)
	if m < 0 || r.mtok[m][0] != j+2 {
		return -1, false
	}
	first := r.toks[j+2].lower
	if !anyHas(setStormLeads, first) && !anyHas(setStormKinds, first) {
		return -1, false
	}
	return m, true
}

// dateBefore reports whether the number at token k of sentence s is a
// year that closes a date after a word of yearleads.tsv ("in 1894", "in
// March 1894", « en 2009 ») and returns the token before that word: a
// date between a name and the phrase after it is stepped over.
func (r *reader) dateBefore(k int, s *sentence) (int, bool) {
	y, err := strconv.Atoi(r.toks[k].lower)
	if err != nil || y < 1000 || y > 2100 {
		return 0, false
	}
	j := k - 1
	if r.monthBeforeYear(j, s.b) {
		j--
	}
	if j-1 < s.a || !anyHas(setYearLeads, r.lowerWord(j, s.b)) {
		return 0, false
	}
	return j - 1, true
}

// yearAsideEnd returns the comma that closes a year said after the word
// that ends at token k of sentence s, and true: "in 1912," and "in March
// 1912," in "sank the X bore in 1912, 60 km south-west of Y", « en 2009, »
// and « en juin 2009, » in « a installé la station de X en 2009, à 15 km
// de Y ». The year is when the thing was done, not where.
func (r *reader) yearAsideEnd(k int, s *sentence) (int, bool) {
	j := k
	if !anyHas(setYearLeads, r.lowerWord(j, s.b)) {
		return 0, false
	}
	j++
	if r.monthBeforeYear(j, s.b) {
		j++
	}
	if j >= s.b || r.toks[j].kind != tokNum || !r.is(j+1, s.b, ",") {
		return 0, false
	}
	if _, ok := r.dateBefore(j, s); !ok {
		return 0, false
	}
	return j + 1, true
}

// monthBeforeYear reports whether token j, right before a year, names a
// month: a row of months.tsv in either case ("in March 1926", « en juin
// 2009 »), or « mars » and « mai », which months.tsv leaves out as parts
// of names (Champ de Mars, Chiang Mai) but which before a year are months
// (« en mai 1958 »), as dateNameAfter reads them after a day.
func (r *reader) monthBeforeYear(j, b int) bool {
	if j < 0 || j >= b || r.toks[j].kind != tokWord {
		return false
	}
	w := r.toks[j].lower
	return anyHas(setMonths, w) || w == "mars" || w == "mai"
}

// timeBefore reports whether the words ending at token k say when, not
// where: a preposition of time and a noun of time (timenouns.tsv: "by
// noon", "at dusk", "in the afternoon", "before nightfall"), perhaps with
// its article, or "on" and a day of the week ("on Tuesday"). It returns
// the token before them.
func (r *reader) timeBefore(k int, s *sentence) (int, bool) {
	w := r.lowerWord(k, s.b)
	j := k - 1
	switch {
	case langs().en.has(setTimeNouns, w) && j > s.a && r.toks[j].cap && anyHas(setWeekdays, r.toks[j].lower):
		return r.weekdayBefore(j, s, true)
	case langs().en.has(setTimeNouns, w):
		if r.is(j, s.b, "the") {
			j--
		}
		switch r.lowerWord(j, s.b) {
		case "by", "at", "in", "before", "after", "around", "until", "towards", "toward":
		default:
			return 0, false
		}
	case k < s.b && r.toks[k].cap && anyHas(setWeekdays, r.toks[k].lower):
		return r.weekdayBefore(k, s, false)
	default:
		return 0, false
	}
	if j-1 < s.a {
		return 0, false
	}
	return j - 1, true
}

// weekdayBefore reads the day of the week at token k, the head of a time
// phrase that ends a place's phrase before its comma, back to the token
// before the phrase: "on Sunday", "late on Saturday", "early Monday", and
// with a part of the day after it (dayPart) "on Sunday morning" or a
// bare "Saturday night" ("A bus overturned at X late on Sunday night,
// about 20 km north of Y" places X). It reports false for a bare day
// without a part ("at X Sunday, 20 km ...").
func (r *reader) weekdayBefore(k int, s *sentence, dayPart bool) (int, bool) {
	j := k - 1
	on := r.is(j, s.b, "on")
	if on {
		j--
	}
	if w := r.lowerWord(j, s.b); w == "late" || w == "early" {
		j--
	} else if !on && !dayPart {
		return 0, false
	}
	if j < s.a {
		return 0, false
	}
	return j, true
}

// decideSubject decides whether the name m, found walking back from the
// phrase at ps, is its subject.
func (r *reader) decideSubject(m, k, ps int, s *sentence, last *lastPhrase,
	sawVerb, sawWhich, sawOther, sawComma, commaVerb bool) (int, Span, bool) {
	if last != nil && last.subject >= 0 && k >= last.start && k < last.end && !sawWhich && !sawVerb {
		return r.inherit(last) // "... from the border with Nigeria, 80km east of Isa"
	}
	if at := r.premisesAt(s.first, s.b); at > 0 && at+1 == r.mtok[m][0] && r.evidence(m) > EvidenceUnlikely && !sawWhich {
		// "The mission station at X was founded in 1867, 12 miles
		// south-east of Y": what the sentence opens with stands at X
		// (premisesAt), and so does what the sentence says of it.
		return m, Span{}, true
	}
	if r.evidence(m) == EvidenceUnlikely {
		if sawComma && !sawVerb && !sawWhich && !sawOther && r.stationAfterAt(m, s) {
			// "Hosts X drew 1-1 at Kapemba Mission, about 30 km west of
			// Y": the mission station the match was played at is what
			// the phrase places, not the team.
			return m, Span{}, true
		}
		if sawWhich && r.is(r.mtok[m][1], s.b, ",") && isRelativeWord(r.lowerWord(r.mtok[m][1]+1, s.b)) {
			// "The camp is run by Wilderness Safaris, which also
			// operates lodges near Maun": the clause is the firm's, and
			// places nothing of the sentence.
			return -1, Span{}, false
		}
		return r.sentSubject(s, false)
	}
	if sawComma && !sawVerb && !sawWhich && !sawOther && k+1 < ps && r.is(k+1, s.b, ",") {
		if a, ana, ok := r.addressedAnchor(m, s); ok {
			return a, ana, true
		}
	}
	switch {
	case sawWhich && r.inOf[m] >= 0 && (r.feature(m) == "" || isAdminFeature(r.feature(m))):
		// "X is a village in Niger that lies 60 km south-east of Y", "X
		// is a hamlet in the Kayes Region which is situated 30 km north
		// of Y": a country or division spans more than a point at a
		// distance; the clause is about the place said to lie in it.
		return r.root(m), Span{}, true
	case sawWhich:
		return m, Span{}, true
	case sawComma && !commaVerb && r.is(r.mtok[m][0]-1, s.b, ";"):
		// "Djibo is besieged; Tinangol, 35 km south-east of Djibo, was
		// emptied": a name opening a clause after a semicolon is that
		// clause's subject, as at the start of a sentence.
		return m, Span{}, true
	case (commaVerb || openedVerb(r.lowerWord(r.mtok[m][1]+1, s.b))) && r.namingApposition(m, s):
		// "A second locus, the rock shelter known locally as Mavri
		// Spilia, lies 3 km further west": the name the apposition gives
		// its kind of place is what the clause is about.
		return m, Span{}, true
	case (commaVerb || openedVerb(r.lowerWord(r.mtok[m][1]+1, s.b))) && r.kindApposition(m, s):
		// "Deh Sabz is a district; its main village, Qala-e Nau, lies
		// 15 km north-east of Kabul", "X is a colony in Paraguay; its
		// centre, Filadelfia, lies 470 km north-west of Y": the name in
		// apposition to the clause's opening kind is what the clause is
		// about.
		return m, Span{}, true
	case commaVerb && r.hasSentSubject(s):
		return r.sentSubject(s, false)
	case commaVerb && !r.listEndsAt(m, s):
		// "Two hamlets, A and B, lie 15 km north of X": with no subject
		// opening the sentence, a list before the verb is what the
		// phrase places; any other name is no subject.
		return -1, Span{}, false
	case k == ps-1:
		// Nothing between name and phrase: "reached Satin 100 km north of"
		// is about Satin, "the left bank of the Niger River 90 km south of"
		// is not about the river.
		if r.objectOfPreposition(m, s) {
			sm, ana, ok := r.sentSubject(s, false)
			if !ok && r.is(r.mtok[m][0]-1, s.b, "at") && r.inOf[m] < 0 && r.evidence(m) > EvidenceUnlikely && !isAdminFeature(r.feature(m)) {
				// "We camped at Kalo 18 km south of Gao", "the talc
				// workings at X about 18 km south-west of Y": with no
				// place the sentence is about, what stands at the name
				// stands where the phrase right after it places the
				// name, as with a comma between them.
				return m, Span{}, true
			}
			return sm, ana, ok
		}
		return m, Span{}, true
	case sawComma && !sawOther && r.semicolonClause(m, s):
		// "Ore was carted down to Aberystwyth; miners' families shopped
		// at Machynlleth, some 15 miles to the north-east": the clause
		// after the semicolon has its own subject, and the copula before
		// it says nothing of this phrase.
		return m, Span{}, true
	case sawComma && m != r.copulaSubject(s, -1):
		// "X is a farm in Spain, 18 km north of Y", "It is on a plain by
		// the Waipa River, 50 km south of Z": after a comma the phrase is
		// about the subject of the sentence's copula, not the name of an
		// earlier complement.
		if !sawOther && r.is(r.mtok[m][0]-1, s.b, "at") && r.inOf[m] < 0 && !isAdminFeature(r.feature(m)) {
			// "The camp is located at Kalo, 12 km north of Gao", "Hotel
			// X sits at Pradollano, 32 km south-east of Granada": the
			// subject stands at the name, which the phrase set off after
			// it places, as "The mission station at X ..." (premisesAt).
			return m, Span{}, true
		}
		if sm := r.copulaSubject(s, m); sm >= 0 {
			if !sawOther && r.clauseBreakBetween(r.mtok[sm][1], r.mtok[m][0], s) {
				// "Ollantaytambo is known for its terraces, but every
				// May the villagers climb to the chapel of X, 8 km east
				// of Ollantaytambo": a second clause with its own verb
				// is not the copula's; the name before the comma is
				// the phrase's subject.
				return m, Span{}, true
			}
			return r.sentSubject(s, false)
		}
		if r.anaphorOpens(s) {
			// "The worst-hit community is Gwalamba, 35 km north of X",
			// "… is the aldeia of X, around 9 km east of Y": the name
			// the copula gives the place is its subject.
			if w := r.lowerWord(r.mtok[m][0]-1, s.b); (w == "is" || w == "was" || r.copulaNamesKind(m, s)) && !sawOther {
				return m, Span{}, true
			}
			// "The village lies at the foot of Mount Elgon, 30 km north
			// of X" with no topic known: the village, not the mountain.
			return -1, Span{}, false
		}
		if r.inOf[m] >= 0 {
			return r.root(m), Span{}, true
		}
		if sawOther {
			return r.sentSubject(s, false)
		}
		return m, Span{}, true
	case sawComma && r.inOf[m] >= 0:
		return r.root(m), Span{}, true
	case sawVerb && r.inOf[m] >= 0 && !sawOther:
		return r.root(m), Span{}, true // "Tonopah, Nevada is 200 miles north of X"
	case sawOther:
		return r.sentSubject(s, false)
	}
	return m, Span{}, true
}

// establishmentTown reports whether mention m is a bare name, with no kind
// given, that holds one named establishment right before it, "X in m",
// whose name ends with a word of establishments.tsv, one word or two
// (establishmentNamed): "Lekhnath" in "The
// Shree Bhadrakali Secondary School in Lekhnath". A school, a clinic or a
// hotel stands inside a town, so a distance set off after the town is the
// town's; the establishment lies in it. A place said to lie in m that
// lies in another ("X, a village in Y, Z Region") or a kind given to m
// ("in Kaski District") leaves the distance to what m holds.
func (r *reader) establishmentTown(m int) bool {
	x := int(r.inOf[m])
	if x < 0 || r.inOf[x] >= 0 || r.feature(m) != "" || r.evidence(x) <= EvidenceUnlikely {
		return false
	}
	in := r.mtok[x][1]
	if in+1 != r.mtok[m][0] || !r.is(in, len(r.toks), "in") {
		return false
	}
	return r.establishmentNamed(x)
}

// clauseBreakBetween reports whether a conjunction that opens a clause
// of its own ("but", "while", "whereas", "yet", or "and" after a comma)
// stands between tokens a and b of sentence s: what comes after it is no
// complement of the copula before it.
func (r *reader) clauseBreakBetween(a, b int, s *sentence) bool {
	for k := a; k < b && k < s.b; k++ {
		switch r.toks[k].lower {
		case "but", "while", "whereas", "yet":
			return true
		case "and":
			if r.is(k-1, s.b, ",") {
				return true
			}
		}
	}
	return false
}

// semicolonClause reports whether mention m stands in a clause after a
// semicolon of sentence s that opens with no name: what the clause says
// is not about the sentence's first subject.
func (r *reader) semicolonClause(m int, s *sentence) bool {
	for j := r.mtok[m][0] - 1; j > s.a; j-- {
		if r.is(j, s.b, ";") {
			return r.mentionAt(j+1, s.b) < 0 && !r.is(j+1, s.b, "it")
		}
	}
	return false
}

// hasSentSubject reports whether sentSubject finds the subject of s.
func (r *reader) hasSentSubject(s *sentence) bool {
	_, _, ok := r.sentSubject(s, false)
	return ok
}

// listEndsAt reports whether mention m closes a list of names joined by
// commas and "and" ("Tinfagat and Kourfeye").
func (r *reader) listEndsAt(m int, s *sentence) bool {
	p := r.mtok[m][0] - 1
	return (r.is(p, s.b, "and") || r.is(p, s.b, "et")) && r.mentionEndingAt(p-1, s.a) >= 0
}

// anaphorOpens reports whether sentence s opens with "It" or "The <place
// noun>" followed by a copula: its subject is an anaphor, whether or not the
// topic is known.
func (r *reader) anaphorOpens(s *sentence) bool {
	k := s.first
	switch {
	case r.is(k, s.b, "it"):
		k++
	case r.is(k, s.b, "the") || r.is(k, s.b, "this"):
		k++
		k = r.sizeCompoundEnd(k, s.b)
		if r.openKindWord(k, s.b) {
			k++ // "The colonial town lies"
		}
		for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(k, s.b)) || isCompoundModifier(r.lowerWord(k, s.b))); n++ {
			k++
		}
		if !isAnaphorNoun(r.lowerWord(k, s.b)) {
			return false
		}
		k++
	default:
		return false
	}
	return isCopula(r.lowerWord(k, s.b)) && !r.actsOnObject(k, s.b)
}

// copulaSubject returns the mention that opens sentence s as the subject of
// a copula ("X is a farm", "X lies on", "X (Arabic: ...) is", "It is"), or
// -1; an anaphor counts when the topic is known. The name except must not
// be that subject's first token (it is the candidate being weighed).
func (r *reader) copulaSubject(s *sentence, except int) int {
	m, ana, ok := r.sentSubject(s, false)
	if !ok || m == except {
		return -1
	}
	k := s.a
	for k < s.b && r.toks[k].kind == tokPunct {
		k++
	}
	k = r.skipLocalKind(k, s.b)
	var e int
	switch {
	case r.mentionAt(k, s.b) == m:
		e = r.skipParen(r.mtok[m][1], s.b)
	case r.is(k, s.b, "the") && r.mentionAt(k+1, s.b) == m:
		// "The Mosteiro de Santa Maria de Bouro lies in ...": a name
		// that takes the article.
		e = r.skipParen(r.mtok[m][1], s.b)
	case !ana.IsZero() && r.toks[k].start == ana.Start:
		// "It is ...", "The commune is located ...".
		for e = k; e < s.b && r.toks[e].end <= ana.End; e++ {
		}
	default:
		if d, ok := r.describedAt(k, s.b); !ok || d != m {
			return -1
		}
		e = r.skipParen(r.mtok[m][1], s.b) // "The town of X is ..."
	}
	if !isCopula(r.lowerWord(e, s.b)) || r.auxiliaryAt(e, s.b) || r.passiveAt(e+1, s.b) || r.activeObjectAt(e, s.b) || r.progressiveAt(e+1, s.b) || r.departureAt(e, s.b) {
		return -1
	}
	return m
}

// departureAt reports whether the verb of place at token e is "set" with
// a particle of departure after it, "set out", "set off", "set forth",
// "set sail": a journey's start, which says nothing of where the subject
// lies ("Stanley set out from Bagamoyo, 70 km north of Dar es Salaam"
// places Bagamoyo).
func (r *reader) departureAt(e, b int) bool {
	if r.lowerWord(e, b) != "set" {
		return false
	}
	switch r.lowerWord(e+1, b) {
	case "out", "off", "forth", "sail":
		return true
	}
	return false
}

// progressiveAt reports whether the word at token k, after a copula, is
// the present participle of a verb that is no verb of place, making the
// copula an auxiliary of action: "Queensland Police are appealing for
// information about a man last seen at X, 85 km south-west of Y" says
// nothing of where the police are; "X is lying in the valley" still does.
func (r *reader) progressiveAt(k, b int) bool {
	w := r.lowerWord(k, b)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !isCopula(w) && !isPlainAdjective(w) && !isCompoundModifier(w) && !isDescriptorNoun(w)
}

// isModal reports whether w is an English modal verb, which takes a verb's
// base form after it ("will", "could", "must").
func isModal(w string) bool {
	switch w {
	case "will", "would", "can", "could", "may", "might", "must", "should", "shall":
		return true
	}
	return false
}

// isPlaceVerbBase reports whether w is the base form of a verb that may
// place its subject after a modal ("will be", "would lie", "will stand",
// "will sit", "will remain", "will build" read on by activeObjectAt).
func isPlaceVerbBase(w string) bool {
	switch w {
	case "be", "lie", "stand", "sit", "remain", "rise", "stretch", "build", "construct", "install", "set", "have", "not", "also", "still", "soon", "then":
		return true
	}
	return false
}

// activeObjectAt reports whether the verb at token e, perhaps after a
// modal ("will build"), is a verb of place, of building (builds.tsv) or
// of an act done at a place (verbs.tsv flagged act) used actively with
// an object after it, or whether a modal comes before a verb that places nothing
// ("will reopen"): "Samsung built a plant in Yen Phong, 18 km south-west of
// Haiphong" tells where the plant is, not where Samsung lies; "The dam
// was built 20 km from X" and "X, built on a hill" stay verbs of place.
func (r *reader) activeObjectAt(e, b int) bool {
	if isModal(r.lowerWord(e, b)) {
		e++
		if w := r.lowerWord(e, b); w != "" && !isCopula(w) && !isFiller(w) && !isPlaceVerbBase(w) {
			// "Fiji Sugar Corporation will reopen the X crushing station,
			// 11 km east of Y": a modal before a verb that places
			// nothing is no copula either.
			return true
		}
	}
	switch w := r.lowerWord(e, b); w {
	case "built", "build", "builds", "building", "constructed", "construct", "constructs", "installed", "install", "installs", "placed", "set", "sited", "based", "found":
	default:
		if !langs().en.verbs[w].act && !langs().en.has(setBuilds, w) {
			// "Tom Riley dug the Kangaroo Flat bore in 1926, 40 km
			// north-east of Winton", "Father Tablino founded the
			// mission of X": an act done at a place (verbs.tsv flagged
			// act) or a verb of building (builds.tsv) with its object
			// after it says where the object is, not the actor.
			return false
		}
	}
	switch r.lowerWord(e+1, b) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "new", "two", "three", "several":
		return true
	}
	return e+1 < b && r.toks[e+1].kind == tokNum
}

// passiveAt reports whether the words at token k, after a copula, make
// it a passive of a verb that is no verb of place ("Ore was once carted
// down to X", "Ore would be trucked through X"): the name before it is
// what is acted on, not described, and a phrase after a comma is no
// statement of where it lies.
func (r *reader) passiveAt(k, b int) bool {
	for n := 0; n < 2; n++ {
		switch r.lowerWord(k, b) {
		case "be", "been", "once", "also", "then", "later", "first":
			k++
		}
	}
	w := r.lowerWord(k, b)
	if langs().en.verbs[w].act {
		// "Borehole GT-7 was drilled to 1,860 m at Hveragil, about 14 km
		// east of Höfn": the phrase places where the act was done.
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !isCopula(w) && !isPlainAdjective(w)
}

// auxiliaryAt reports whether "has", "have" or "had" at token e is the
// auxiliary of another verb ("De Beers has sold the X workings, 30 km
// north-west of Y": the name after the verb is its object, not a
// complement that describes the subject), rather than a verb of having
// ("X has a population of", "X has about 500 people") or the auxiliary
// of a copula ("X has been a market town").
func (r *reader) auxiliaryAt(e, b int) bool {
	switch r.lowerWord(e, b) {
	case "has", "have", "had":
	default:
		return false
	}
	w := r.lowerWord(e+1, b)
	switch {
	case w == "" || w == "been" || w == "become" || w == "remained":
		return false
	case w == "a" || w == "an" || w == "the" || w == "no" || isNumberWord(w) || isFiller(w):
		return false
	case w == "its" || w == "their" || w == "some" || w == "many" || w == "several" || w == "few" || w == "more" || w == "over":
		return false
	}
	return true
}

// objectOfPreposition reports whether the name m follows a preposition
// ("of the Niger River"), unless a descriptor makes it a place in its own
// right ("the wadi of Ourdjane"), or is a river, a valley or another
// landform that a verb of mainverbs.tsv takes as its object ("overlooks
// the Kidron Valley").
func (r *reader) objectOfPreposition(m int, s *sentence) bool {
	p := r.mtok[m][0]
	if _, ok := r.descriptorBefore(p, s.a); ok {
		return false
	}
	k := p - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if k >= s.a && isMainVerb(r.lowerWord(k, s.b)) {
		// "Mar Saba Monastery overlooks the Kidron Valley about 15 km
		// east of Bethlehem": the valley the verb's object, the
		// monastery what the distance is said of.
		switch f := r.feature(m); {
		case isLandmarkFeature(f), f == "valley", f == "gorge", f == "plain", f == "sea", f == "bay":
			return true
		}
	}
	return k >= s.a && isPreposition(r.lowerWord(k, s.b))
}

// peopleOfPlaceAfter reports whether token e, right after a name, is a
// lower-case plural noun of persons: of an office or a role (offices.tsv:
// "deputies", "officers"), of a person (natives.tsv: "residents",
// "families"), or "police", "troops", "officials", "authorities".
func (r *reader) peopleOfPlaceAfter(e, b int) bool {
	if e >= b || r.toks[e].kind != tokWord || r.toks[e].cap {
		return false
	}
	w := r.toks[e].lower
	switch w {
	case "police", "troops", "officials", "authorities", "forces", "firefighters", "rescuers", "volunteers":
		return true
	}
	one := ""
	switch {
	case strings.HasSuffix(w, "ies"):
		one = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s"):
		one = w[:len(w)-1]
	default:
		return false
	}
	return isRoleNoun(one) || langs().en.has(setNatives, one)
}

// datelineSkip returns the token after the dash that closes a dateline
// opening sentence s at token k ("MZUZU, Malawi, June 2 (Xinhua) --"), or
// k when no dateline opens it there: the town a report is filed from is
// no subject of what the report then says.
func (r *reader) datelineSkip(k int, s *sentence) int {
	m := r.mentionAt(k, s.b)
	if m < 0 || k != s.first || !r.datelineName(r.mtok[m][0], r.mtok[m][1], s) {
		return k
	}
	for j := r.mtok[m][1]; j < s.b && j < r.mtok[m][1]+maxDatelineTokens; j++ {
		switch r.toks[j].lower {
		case "--", "—", "–", "-":
			if r.toks[j].lower != "-" || r.is(j+1, s.b, "-") || j > r.mtok[m][1] && r.toks[j-1].end < r.toks[j].start {
				for j+1 < s.b && r.is(j+1, s.b, "-") {
					j++
				}
				return j + 1
			}
		}
	}
	return k
}

// maxDatelineTokens bounds how far after its town a dateline's closing
// dash may stand: "MZUZU, Malawi, June 2 (Xinhua) --".
const maxDatelineTokens = 16

// sentSubject returns the subject of sentence s: a name at its start ("Zouid,
// which ..."), "The village of X", an anaphor ("It", "The village") standing
// for the topic, or a name after an introductory phrase ("Located in ...,
// Adjelhoc lies ..."). For a reversed relation ("The nearest town is Konna,
// 55 km to the northeast") "the nearest town" is measured from the topic,
// which is returned without an anaphor.
func (r *reader) sentSubject(s *sentence, reversed bool) (int, Span, bool) {
	a, b := s.a, s.b
	k := a
	for k < b && r.toks[k].kind == tokPunct {
		k++
	}
	k = r.timeOpenerEnd(k, b) // "At 15:00 UTC Hurricane Lidia was located ...", its colon no label's
	j := k
	for j < b && j < k+4 && (r.toks[j].kind == tokWord || r.toks[j].kind == tokNum) {
		j++
	}
	if r.is(j, b, ":") {
		if m := r.mentionAt(k, b); m >= 0 && r.entryName(s, k, j) && (r.mtok[m][1] == j || r.mtok[m][1] == j-1 && !r.toks[j-1].cap && isDescriptorNoun(r.toks[j-1].lower)) && !r.divisionHeading(m, j+1, b) {
			// "Kouréga: village, 60 km SE of Niamey", and with its kind
			// after the name, as a list of sites writes it: "- Kalo
			// camp: 12 km NE of Gao, 3,400 IDPs".
			return m, Span{}, true
		}
		k = j + 1 // "- Place: ..."
	} else if e := r.divisionHeadingEnd(k, s); e > 0 {
		k = e + 1 // "Hiiraan region, Beledweyne district: the X site … is 6 km east of Y"
	}
	k = r.skipLocalKind(k, b) // "Barangay San Isidro lies ..."
	k = r.datelineSkip(k, s)  // "MZUZU, Malawi, June 2 (Xinhua) -- At least 2,000 people …"
	if m := r.mentionAt(k, b); m >= 0 && k == s.first && r.evidence(m) == EvidenceUnlikely && r.heldAfter(r.mtok[m][1], s) {
		return -1, Span{}, false // "AfrikaBurn is held on a farm …, 120 km north of Y": an event
	}
	if m, ok := r.indefiniteNamed(k, b); ok {
		return m, Span{}, true
	}
	if m, ok := r.namedSubjectApposition(k, b); ok {
		return m, Span{}, true
	}
	if w := r.word(k, b); w == "a" || w == "an" {
		if m, ok := r.appositiveName(k, b); ok {
			return m, Span{}, true // "A second site, Mphampha camp, lies 15 km north of Y"
		}
	}
	if e := r.containerOpenerEnd(s); e > 0 {
		// "In Idlib governorate, a new camp, X, was opened 12 km north of
		// Y": the container that opens the sentence is its setting, and
		// the clause after the comma names its subject.
		if m, ok := r.indefiniteNamed(e, b); ok {
			return m, Span{}, true
		}
		if m, ok := r.appositiveName(e, b); ok {
			return m, Span{}, true
		}
	}
	if m, ok := r.pluralSubject(k, b); ok {
		return m, Span{}, true // "Sama and Koro were burned. Both lie …"
	}
	switch w := r.word(k, b); w {
	case "it":
		if m, ok := r.openerBefore(k, s); ok {
			return m, r.span(k, k+1), true
		}
		if m := r.itAntecedent(k, s); m >= 0 {
			return m, r.span(k, k+1), true
		}
		return r.topicAnaphor(k, k+1)
	case "they":
		// "The twin temples of Abu Simbel were carved ... They stand on
		// the western bank of Lake Nasser, about 230 km south-west of
		// Aswan": before a verb of place, the plural pronoun stands for
		// the topic, as "it" does; before another verb it is people.
		if isCopula(r.lowerWord(k+1, b)) && !isEventVerb(r.lowerWord(k+2, b)) {
			// "They were rescued from plantations near X", "They were
			// arrested near Y": a verb of what befell people
			// (eventverbs.tsv) after the copula makes them people.
			return r.topicAnaphor(k, k+1)
		}
		return -1, Span{}, false
	case "our", "my":
		// "Our hotel, called Dar Sabri, is 3 km north of X": a trip
		// report's own lodging given its name with a verb of naming.
		j := k + 1
		for n := 0; j < b && n < 4 && r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0; n++ {
			j++
		}
		if j > k+1 && r.is(j, b, ",") && isDescriptorNoun(r.lowerWord(j-1, b)) {
			if m, ok := r.namedAfterComma(j, b); ok {
				return m, Span{}, true
			}
		}
	case "the", "this", "its":
		j := k + 1
		nearest := false
		if r.peopleBeforeKind(j, b) {
			j++ // "The Aymara community of X, ..., is"
		}
		j = r.sizeCompoundEnd(j, b) // "The 12-bure property sits in the Sabeto hills, 14 km …"
		if r.openKindWord(j, b) {
			j++ // "The colonial town lies"
		}
		for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, b)) || isCompoundModifier(r.lowerWord(j, b))); n++ {
			if w := r.lowerWord(j, b); w == "nearest" || w == "closest" {
				nearest = true
			}
			j++
		}
		if j < b && r.acronymModifier(j) && isDescriptorNoun(r.lowerWord(j+1, b)) {
			j++ // "The newest IDP settlement, X, lies ..."
		}
		noun := r.lowerWord(j, b)
		if nearest && reversed && r.topic >= 0 {
			// "The nearest town is Kita, 12 km away", "Its nearest
			// neighbour is Kita, 8 km to the east": measured from the topic.
			return r.topic, Span{}, true
		}
		if w == "its" && isSeatNoun(noun) && r.is(j+1, b, ",") {
			if m, ok := r.appositiveName(k, b); ok {
				return m, Span{}, true // "Its centre, Filadelfia, lies ..."
			}
		}
		if w == "its" && isSeatNoun(noun) && r.topic >= 0 && r.seatUnnamed(j+1, b) {
			// "X is a county of Guangxi. Its seat lies 60 km south of
			// Guilin": where X is, as a point.
			return r.topicAnaphor(k, j+1)
		}
		if w == "the" && r.is(j+1, b, "seat") && isDescriptorNoun(noun) && r.topic >= 0 && r.seatUnnamed(j+2, b) {
			// "X is a county of South Jeolla. The county seat lies 19 km
			// north of Gwangju": the topic's seat, as "Its seat".
			return r.topicAnaphor(k, j+2)
		}
		if m := r.mentionAt(k+1, b); m >= 0 && !isDescriptorNoun(noun) && r.evidence(m) > EvidenceUnlikely &&
			(isCopula(r.lowerWord(r.mtok[m][1], b)) || r.is(r.mtok[m][1], b, ",")) {
			// "The Hacienda Huambo Chico lies two hours by road east
			// of X": a name with its article, right before its verb, or
			// before a phrase set off by commas, as a bare name opening
			// the sentence ("The Pratzen Heights, where the fighting took
			// place, rise 6 km west of X").
			return m, Span{}, true
		}
		if m := r.mentionAt(k+1, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			if _, e, ok := phraseAt(r, lex().kindsAfter, r.mtok[m][1], b, true); ok {
				if w := r.lowerWord(e, b); isCopula(w) || r.is(e, b, ",") || w == "on" || w == "in" || w == "at" {
					// "The José Rivas refuge on Cotopaxi sits at 4,864 m",
					// "The Kuda barracks lie ...": the name before its
					// kind (kindsafter.tsv) opens the sentence.
					return m, Span{}, true
				}
			}
		}
		if j < b && r.toks[j].kind == tokWord && r.toks[j].cap && isDescriptorNoun(r.toks[j].lower) && r.is(j+1, b, "of") {
			if m := r.mentionAt(j+2, b); m >= 0 && r.mtok[m][0] == j+2 {
				return m, Span{}, true // "The Fortress of Louisbourg, besieged ..., stands ..."
			}
		}
		if at := r.premisesAt(k, b); at > 0 && !(r.is(j+1, b, "at") && isAtDescriptor(noun)) {
			// "The mission station at X was founded in 1867, 12 miles
			// south-east of Y": what the sentence opens with stands at
			// X, whatever it is (premisesAt).
			if m := r.mentionAt(at+1, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
				return m, Span{}, true
			}
		}
		if m, ok := r.stormPartOf(j, b); ok {
			return m, Span{}, true // "The centre of Tropical Storm Kiko was estimated 240 km east of X"
		}
		if !isDescriptorNoun(noun) {
			if m, ok := r.appositiveName(k, b); ok {
				return m, Span{}, true // "The latest resettlement site, X, lies ..."
			}
			return -1, Span{}, false
		}
		if isDescriptorNoun(r.lowerWord(j+1, b)) && r.is(j+2, b, "of") {
			j++ // "The mission station of X was founded ... 130 miles south-west of Y"
			noun = r.lowerWord(j, b)
		}
		if m, ok := r.namedAfterComma(j+1, b); ok {
			return m, Span{}, true // "The village, called X, lies ..."
		}
		if m, ok := r.appositiveName(k, b); ok {
			return m, Span{}, true // "The worst-hit village, Chingoni, lies ..."
		}
		if r.is(j+1, b, "of") || (r.is(j+1, b, "at") && isAtDescriptor(noun)) {
			o := j + 2
			if !r.toks[min(o, b-1)].cap && isPlainAdjective(r.lowerWord(o, b)) {
				o++ // "The ruins of ancient Sardis lie ..."
			}
			if m := r.mentionAt(o, b); m >= 0 {
				return m, Span{}, true
			}
			return -1, Span{}, false
		}
		switch {
		case nearest && reversed && r.topic >= 0:
			return r.topic, Span{}, true
		case nearest:
			return -1, Span{}, false
		case isAnaphorNoun(noun):
			return r.topicAnaphor(k, j+1)
		}
		return -1, Span{}, false
	}
	if m := r.mentionAt(k, b); m >= 0 {
		if r.evidence(m) == EvidenceUnlikely && (r.common[m] || !isCopula(r.lowerWord(r.skipParen(r.mtok[m][1], b), b)) || r.lifeAfter(r.mtok[m][1], b) ||
			r.mtok[m][1]-r.mtok[m][0] == 1 && isUpperWord(r.mentions[m].Name)) {
			// "RCMP are investigating after a body was found … 45 km
			// southwest of Kamloops": an acronym is an agency.
			// "Michael Doyle was born in X, 6 miles from Y": a person's
			// life is no statement of place; the phrase is about X.
			return -1, Span{}, false
		}
		if r.contestantAt(m, b) {
			// "Ott Tänak won the Rally Estonia, a gravel event around
			// Tartu": who won, finished or scored is an athlete or a
			// side, and what the clause places is where they competed.
			return -1, Span{}, false
		}
		if r.firmWordIn(m) || r.orgSubject(m) {
			// "Namib Uranium Ltd has been granted licence EPL 7234,
			// covering 185 km² some 55 km east of Y": a firm, named with
			// its legal form (firmwords.tsv) or an organisation's word
			// ("Khan Resources was awarded the licence"), holds what the
			// phrase places.
			return -1, Span{}, false
		}
		if e := r.mtok[m][1]; e < b && r.toks[e].kind == tokPoss && r.orgAfter(e+1, b) {
			// "Ukraine's General Staff said its troops repelled assaults
			// along the Pokrovsk axis": the organisation speaks, and
			// the country it belongs to is not what the clause places.
			return -1, Span{}, false
		}
		if r.possessor(m, s) {
			// "Marconi's engineers lodged here while building the
			// station near Clifden": the possessor is no subject.
			return -1, Span{}, false
		}
		if r.peopleOfPlaceAfter(r.mtok[m][1], b) {
			// "Grand County deputies rescued two hikers near Hatch Wash
			// Ranch": the people of the place act, and what the clause
			// places is where they acted, not the county.
			return -1, Span{}, false
		}
		return m, Span{}, true
	}
	inserted := false
	for j := k; j < b && j < k+maxLook; j++ {
		comma := r.is(j, b, ",")
		if !comma && r.insertDash(j, s) {
			// "About 22 km north-east of Lalibela — three hours on a
			// mule — the church of X is reached": the insert between
			// spaced dashes is stepped over, its closing dash read as the
			// comma.
			if e, ok := r.closingDash(j, s); ok {
				j, comma = e, true
			}
		}
		if comma {
			if m, ok := r.placedAtAfter(k, j, b); ok {
				return m, Span{}, true // "A second centre, at Muelegane, lies ..."
			}
			if m, _, ok := r.arrivedAfter(j+1, b); ok {
				// "Some 30 km short of Murghob, we stopped at the yurt
				// café of X": the place the travellers reached.
				return m, Span{}, true
			}
			if m := r.mentionAt(j+1, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
				e := r.skipParen(r.mtok[m][1], b)
				list := r.is(e, b, ",") && r.mentionAt(e+1, b) >= 0 // "..., Gatundu (NE), Limuru (NW)"
				if in := int(r.inOf[m]); in >= 0 && in == r.mentionEndingAt(j-1, k) && r.is(e, b, ",") {
					// "North of Bozeman, Montana, some 20 miles out, sits
					// X": the state holds the name before it.
					j, inserted = e-1, true
					continue
				}
				if m2 := r.mentionAt(e+1, b); r.is(e, b, ",") && m2 >= 0 && r.evidence(m2) > EvidenceUnlikely &&
					isMainVerb(r.lowerWord(r.mtok[m2][1], b)) && r.mentionEndingAt(j-1, k) >= 0 {
					// "Some 40 km south of Tanga, Tanzania, Mkwaja lives
					// by octopus": the name after the anchor's country,
					// then the main clause's verb.
					return m2, Span{}, true
				}
				if isCopula(r.lowerWord(e, b)) || (r.is(e, b, ",") && !list) {
					return m, Span{}, true
				}
				if r.mtok[m][0] == j+1 && isMainVerb(r.lowerWord(e, b)) {
					// « À 7 km à l'est de Sassandra, Latéko vit au rythme
					// des pirogues »: the name, then the main clause's verb.
					return m, Span{}, true
				}
				if w := r.lowerWord(e+1, b); r.mtok[m][0] == j+1 && isDescriptorNoun(r.lowerWord(e, b)) &&
					(isCopula(w) || isMainVerb(w) || isFiniteVerb(w) || w == "has" || w == "have") {
					// "3 miles west of Keswick, Low Gillerthwaite bothy
					// sits above the lake": the name, its kind, then the
					// main clause's verb.
					return m, Span{}, true
				}
			}
			if m, ok := r.describedAt(j+1, b); ok {
				return m, Span{}, true // "About 20 km west of Kayes, the village of Diamou lies ..."
			}
			if m, ok := r.dwellersOfAt(j+1, b); ok {
				return m, Span{}, true // "Roughly five miles north of Jakar, the families of X looked after …"
			}
			if m, ok := r.definiteApposition(j+1, b); ok {
				return m, Span{}, true // "A forgotten work camp, the Kuchiru labour camp, stood ..."
			}
			if m := r.mentionAt(j+2, b); r.is(j+1, b, "the") && m >= 0 && r.evidence(m) > EvidenceUnlikely {
				// "Hidden in the lava fields 24 km north-east of Vík, the
				// Tjarnarsel guesthouse has four rooms": the name, its kind,
				// then the clause's verb; "Halfway between Almaty and
				// Talgar, the Bereke orchard sells apples": a kind of
				// kindsafter.tsv, and a verb of any deed.
				v := -1
				if e, ok := r.kindAfterEnd(r.mtok[m][1], b); ok {
					v = e
				}
				if w := r.lowerWord(v, b); v > 0 && (isCopula(w) || isFiniteVerb(w) || w == "has" || w == "have" || r.mainVerbAt(v, b)) {
					return m, Span{}, true
				}
			}
			if m, e, ok := r.theKindName(j+1, b); ok {
				// "Just 16 km north-east of Takayama, the farmhouse inn
				// Kuroyuki-sō keeps its thatched roof": the kind, the
				// name, then the clause's verb.
				if w := r.lowerWord(e, b); isCopula(w) || isFiniteVerb(w) || isMainVerb(w) || w == "has" || w == "have" || w == "keeps" {
					return m, Span{}, true
				}
			}
			if r.is(j+1, b, "it") && isCopula(r.lowerWord(j+2, b)) {
				return r.topicAnaphor(j+1, j+2) // "About 10 km inland from Lake X, it is ..."
			}
			if e, ok := r.insertAfterComma(j+1, b); ok {
				// "About 30 km north-west of Timaru, in the foothills,
				// stands the sheep station of X": the late subject comes
				// after the inserted phrase.
				j, inserted = e-1, true
				continue
			}
			if inserted && isCopula(r.lowerWord(j+1, b)) {
				continue
			}
			break
		}
		if isCopula(r.lowerWord(j, b)) && j > k {
			// "20 km north of Gao lies the village of X": a late subject.
			if m, ok := r.describedAt(j+1, b); ok {
				return m, Span{}, true
			}
			if m, e, ok := r.theKindName(j+1, b); ok && (r.clauseEndAt(langs().en, e, b) || r.is(e, b, ",")) {
				return m, Span{}, true // "30 km east of X stands the abandoned Y farmhouse, once …"
			}
			// "Some 20 km north of Khiva lies Ayaz Kala, a fortress": the
			// name before the verb may be the fronted phrase's object.
			if m0 := r.mentionEndingAt(j-1, k); !reversed && (m0 < 0 || r.mtok[m0][0]-1 > k && (r.is(r.mtok[m0][0]-1, b, "of") || r.is(r.mtok[m0][0]-1, b, "from") ||
				r.betweenOpens(k, s) && isBetweenJoin(r.lowerWord(r.mtok[m0][0]-1, b)))) {
				// "Between Hampi and Hospet stands the Tungabhadra
				// Heritage Inn": the second end of the stretch before the
				// verb is no subject either.
				at := j + 1
				if r.is(at, b, "the") {
					at++ // "About 23 miles east of Tonopah, Nevada, lies the Silver Hatchet Mine, which …"
				}
				if m := r.mentionAt(at, b); m >= 0 && r.mtok[m][0] == at && r.evidence(m) > EvidenceUnlikely {
					e := r.mtok[m][1]
					if isDescriptorNoun(r.lowerWord(e, b)) {
						e++ // "… lies Warlayi outstation, where …": the kind after the name
					}
					if r.clauseEndAt(langs().en, e, b) || r.is(e, b, ",") {
						return m, Span{}, true
					}
				}
			}
		}
	}
	if k < b && r.toks[k].cap && isParticipleLead(r.toks[k].lower) {
		// "Located 20 km north of X, near the border." names no subject:
		// the topic.
		return r.topicAnaphor(k, k+1)
	}
	return -1, Span{}, false
}

// betweenOpens reports whether sentence s opens at token k with a between
// phrase, perhaps after a midway word: "Between A and B …", "Halfway
// between A and B …", « Entre A et B … ».
func (r *reader) betweenOpens(k int, s *sentence) bool {
	for j := k; j < s.b && j <= k+1 && r.toks[j].kind == tokWord; j++ {
		w := r.toks[j].lower // capitalised when it opens the sentence
		if t, _ := betweenLang(w); t != nil && t[w] == "between" {
			return true
		}
		if !isMidwayWord(w) {
			return false
		}
	}
	return false
}

// theKindName reads at token j "the", at most three lower-case words of
// kind or quality, and a name, perhaps with a kind after it: "the
// farmhouse inn Kuroyuki-sō", "the abandoned Rössing Siding farmhouse".
// It returns the name's mention and the token after the phrase; a name
// the text gives no kind of, before or after it, is none.
func (r *reader) theKindName(j, b int) (int, int, bool) {
	if !r.is(j, b, "the") {
		return -1, j, false
	}
	k, kinds := j+1, 0
	for n := 0; n < 3 && k < b && r.toks[k].kind == tokWord && !r.toks[k].cap && r.at[k] < 0; n++ {
		w := r.toks[k].lower
		switch {
		case isDescriptorNoun(w):
			kinds++
		case isCompoundModifier(w) || isPlainAdjective(w):
		default:
			return -1, j, false
		}
		k++
	}
	m := r.mentionAt(k, b)
	if m < 0 || r.mtok[m][0] != k || r.evidence(m) == EvidenceUnlikely {
		return -1, j, false
	}
	e := r.mtok[m][1]
	if k, ok := r.kindAfterEnd(e, b); ok {
		e, kinds = k, kinds+1
	}
	return m, e, kinds > 0
}

// kindAfterEnd reads the kind written right after a name at token k and
// returns the token after it: the longest of a descriptor noun and a
// phrase of kindsafter.tsv, so that "the Khoyor Bulag ger camp" ends after
// "camp", not after the descriptor "ger", and "the old Xhaga cattle post"
// after "post"; a modifier of modifiers.tsv may stand before the kind
// ("the Kollpa Pampa salt camp").
func (r *reader) kindAfterEnd(k, b int) (int, bool) {
	if k < b && r.toks[k].kind == tokWord && !r.toks[k].cap && isKindModifier(r.toks[k].lower) {
		if e, ok := r.kindAfterEnd(k+1, b); ok {
			return e, true // "the Kollpa Pampa salt camp": a modifier of modifiers.tsv, then the kind
		}
	}
	e, ok := -1, false
	if isDescriptorNoun(r.lowerWord(k, b)) {
		e, ok = k+1, true
	}
	if _, pe, found := phraseAt(r, lex().kindsAfter, k, b, true); found && pe > e {
		e, ok = pe, true
	}
	return e, ok
}

// firmWordIn reports whether the name of mention m ends with a word of
// a firm's legal form (firmwords.tsv): "Namib Uranium Ltd", "Atacama
// Copper Corp".
func (r *reader) firmWordIn(m int) bool {
	k := r.mtok[m][1] - 1
	return k > r.mtok[m][0] && r.toks[k].kind == tokWord && anyHas(setFirmWords, r.toks[k].lower)
}

// orgAfter reports whether the words from token k on name an
// organisation, a body or a person's role: a capitalised run with an
// organisation word ("General Staff", "Defence Ministry", "Red Cross") or
// a role ("president", "commander-in-chief").
func (r *reader) orgAfter(k, b int) bool {
	for n := 0; n < 4 && k < b && r.toks[k].kind == tokWord; n, k = n+1, k+1 {
		t := &r.toks[k]
		if isRoleNoun(t.lower) || isTitleWord(t.lower) || (t.cap && (isOrgWord(t.lower) || t.lower == "staff")) {
			return true
		}
		if !t.cap && !isPlainAdjective(t.lower) {
			return false
		}
	}
	return false
}

// placedAtAfter returns the name an apposition ", at X," gives to the
// place a sentence opens with, the words k up to the comma at token j:
// "A second centre, at Muelegane, lies 15 km north of X", "Another
// camp, at Kalo, is ...". The opening words are an article and at most
// three lower-case words ("A third gathering"); the name must end the
// apposition with a comma.
func (r *reader) placedAtAfter(k, j, b int) (int, bool) {
	switch r.word(k, b) {
	case "a", "an", "the", "another":
	default:
		return -1, false
	}
	if j-k < 2 || j-k > 4 || !r.is(j+1, b, "at") {
		return -1, false
	}
	for i := k + 1; i < j; i++ {
		if r.lowerWord(i, b) == "" {
			return -1, false
		}
	}
	m := r.mentionAt(j+2, b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely || !r.is(r.skipParen(r.mtok[m][1], b), b, ",") {
		return -1, false
	}
	return m, true
}

// namedAfterComma returns the name given in an apposition at token k
// that names what comes before it: ", called X,", ", known as X,", ",
// nommé X,", ", appelée X,", perhaps after an adverb (", now known as X,",
// ", locally called X,"), or in a relative clause of naming (", which
// residents call X,", « , que les déplacés appellent X, »: relativeNameAt).
func (r *reader) namedAfterComma(k, b int) (int, bool) {
	if !r.is(k, b, ",") {
		return -1, false
	}
	k++
	if m, ok := r.relativeNameAt(k, b, true); ok {
		// "The site, which residents call X, has …", « Ce site, que
		// les déplacés appellent X, … »
		return r.closedName(m, b)
	}
	if r.lowerWord(k, b) == "whose" && r.is(k+1, b, "name") && isCopula(r.lowerWord(k+2, b)) {
		k += 2 // ", whose name is X,"
	}
	switch r.lowerWord(k, b) {
	case "now", "locally", "also", "today", "still", "aujourd'hui", "localement", "également":
		k++ // ", now known as X,", « , aujourd'hui appelée X, »
	}
	switch r.lowerWord(k, b) {
	case "is", "was":
		if !r.is(k-1, b, "name") {
			return -1, false
		}
		k++
	case "called", "named", "dubbed", "nicknamed", "appelé", "appelée", "nommé", "nommée", "baptisé", "baptisée", "surnommé", "surnommée", "dit", "dite":
		k++
		if r.namingAdverbAt(k, b) {
			k++ // ", called locally X,", « , appelé localement X, »
		}
	default:
		if !anyHas(setAsParticiples, r.lowerWord(k, b)) {
			return -1, false
		}
		// ", known locally as X,", ", known to local trappers as X,", ",
		// entered in the register as X,", « , connu des éleveurs sous le
		// nom d'X, »
		if k = r.asNamedAt(k+1, b); k < 0 {
			return -1, false
		}
	}
	k = r.skipLocalKind(k, b) // ", named Purok Malinawon by officials,"
	m := r.mentionAt(k, b)
	if w := r.lowerWord(k, b); m < 0 && (w == "le" || w == "la" || w == "les") {
		m = r.mentionAt(k+1, b) // « , appelé le Mas des Oliviers, »: the article is no part of the name
		if m >= 0 && r.mtok[m][0] != k+1 {
			m = -1
		}
	}
	return r.closedName(m, b)
}

// closedName returns mention m, a name an apposition gives, when it may
// be a place and a comma closes the apposition after it, past who uses
// the name (namingAgentEnd): ", called X by the guides,".
func (r *reader) closedName(m, b int) (int, bool) {
	if m < 0 || r.evidence(m) == EvidenceUnlikely || !r.is(r.namingTailEnd(r.namingAgentEnd(r.skipParen(r.mtok[m][1], b), b), b), b, ",") {
		return -1, false
	}
	return m, true
}

// maxNamingTailWords bounds the words of a phrase after a given name that
// says why or since when it is so named: "after its founder, the trader
// Ali Kavita" takes seven.
const maxNamingTailWords = 8

// namingTailEnd returns the comma that closes a phrase at token k, after a
// name given by a verb of naming, that says why or since when the place
// is so named: "named X after its founder,", "called X for its red
// rocks,", « baptisé X en l'honneur de son fondateur, » (namingtails.tsv).
// It returns k when no such phrase, closed by a comma within
// maxNamingTailWords words, stands there.
func (r *reader) namingTailEnd(k, b int) int {
	if !anyHas(setNamingTails, r.lowerWord(k, b)) {
		return k
	}
	for j := k + 1; j < b && j <= k+maxNamingTailWords; j++ {
		if r.is(j, b, ",") {
			return j
		}
		if r.toks[j].kind == tokNum {
			continue // « surnommé X depuis 1990, »
		}
		if w := r.word(j, b); w == "" || isCopula(w) || isRelativeWord(w) {
			return k
		}
	}
	return k
}

// namingAgentEnd returns the token after the words at token k that say
// who uses a name, between a verb of naming and its name or after the
// name: "known to local trappers as X", "known as X to estancia workers",
// "called X by the guides", « connu des éleveurs sous le nom de X », «
// appelé X par les habitants », « appelé X par les éleveurs de la zone ».
// They are a preposition and one to six words, closed by "as", « sous »
// or a comma; without them it returns k.
func (r *reader) namingAgentEnd(k, b int) int {
	switch r.lowerWord(k, b) {
	case "to", "by", "par", "des", "du", "de":
	default:
		return k
	}
	for j := k + 1; j < b && j <= k+7; j++ {
		switch w := r.lowerWord(j, b); {
		case w == "as" || w == "sous" || r.is(j, b, ","):
			if j > k+1 {
				return j
			}
			return k
		case w == "" || isCopula(w) || isRelativeWord(w):
			return k
		}
	}
	return k
}

// isSeatNoun reports whether w, after "its", names the town that stands for
// an area: "its seat", "its capital", "its headquarters".
func isSeatNoun(w string) bool {
	switch w {
	case "seat", "capital", "headquarters", "centre", "center", "chef-lieu":
		return true
	}
	return false
}

// seatUnnamed reports whether the verb at token j, after "Its seat", places
// the seat without naming it ("Its seat lies 60 km south of X"), rather
// than naming it ("Its seat is the village of X", "Its headquarters are in
// X").
func (r *reader) seatUnnamed(j, b int) bool {
	if !isCopula(r.lowerWord(j, b)) {
		return false
	}
	for isCopula(r.lowerWord(j, b)) {
		j++
	}
	return !r.seatNamedAt(j, b)
}

// appositiveName returns the name that a definite description opening a
// sentence at token k gives between commas before its verb: "The
// worst-hit village, Chingoni, lies ...", "The largest camp, Dagahaley,
// is ...", or an indefinite one after an opening container ("In Idlib
// governorate, a new camp, X, was opened ..."). Up to three words of any
// kind may qualify the descriptor noun,
// since news writes the description freely; the name must be followed by a
// comma and a copula, so a list ("The towns, A, B and C") is no subject.
// A superlative may stand for the noun ("The largest, Ikenge Camp, lay
// ..."), and the name may come with "the" and its kind ("The leak point,
// the Okpuhu manifold, is ...": definiteApposition).
func (r *reader) appositiveName(k, b int) (int, bool) {
	its := r.is(k, b, "its")
	if !r.is(k, b, "the") && !its && !isIndefinite(r.word(k, b)) {
		return -1, false
	}
	j := k + 1
	for n := 0; n < 4 && j < b && r.toks[j].kind == tokWord && (!r.toks[j].cap || r.acronymModifier(j) || n == 0 && r.familyOwner(j, b)); n++ {
		w := r.lowerWord(j, b)
		if (isDescriptorNoun(w) || its && isSeatNoun(w) || r.superlativeHeadAt(j, k, b)) && r.is(j+1, b, ",") && r.is(j+2, b, "the") {
			// "The leak point, the Okpuhu manifold, is ...", "The
			// largest, the Ikenge camp, lay ...": the name with its
			// article and its kind.
			return r.definiteApposition(j+2, b)
		}
		if (isDescriptorNoun(w) || its && isSeatNoun(w) || r.superlativeHeadAt(j, k, b)) && r.is(j+1, b, ",") {
			m := r.mentionAt(r.skipLocalKind(j+2, b), b) // "The village, Sitio Bangon, has ..."
			if m < 0 || r.evidence(m) == EvidenceUnlikely {
				return -1, false
			}
			e := r.skipParen(r.appositiveKindEnd(r.mtok[m][1], b), b)
			if v := r.lowerWord(e+1, b); !r.is(e, b, ",") || !isCopula(v) && !openedVerb(v) {
				return -1, false
			}
			return m, true
		}
		j++
	}
	return -1, false
}

// appositiveKindEnd returns the token after the kind written in lower case at
// token e, right after a name ("The worst-hit site, X kebele, lies ...",
// "The new settlement, X farm block, is ..."): up to three phrases of
// lexicon/en/kindsafter.tsv or descriptor nouns. With no kind there it
// returns e.
func (r *reader) appositiveKindEnd(e, b int) int {
	for n := 0; n < 3 && e < b && r.toks[e].kind == tokWord && !r.toks[e].cap; n++ {
		if _, end, ok := phraseAt(r, lex().kindsAfter, e, b, true); ok && end > e {
			e = end // "farm block", "trading centre"
			continue
		}
		if !isDescriptorNoun(r.lowerWord(e, b)) {
			break
		}
		e++ // "farm", "kebele"
	}
	return e
}

// superlativeHeadAt reports whether token j, right after the article at
// token k or after a superlative there, ends a superlative that stands for
// the noun of a description: "The largest, X, lay …", or a superlative and
// a participle, "The best preserved, X, stands 4 km west of Y", "The
// oldest surviving, X, …".
func (r *reader) superlativeHeadAt(j, k, b int) bool {
	w := r.lowerWord(j, b)
	if j == k+1 {
		return langs().en.has(setSuperlatives, w)
	}
	return j == k+2 && langs().en.has(setSuperlatives, r.lowerWord(k+1, b)) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || isIrregularParticiple(w))
}

// familyOwner reports whether the capitalised word at token j is a
// family's name before its place, one word before "family" or a
// descriptor noun: "The Kruger family farm, Rietfontein, lay ...", "The
// Lindqvist homestead, Björkbacken, lay ...".
func (r *reader) familyOwner(j, b int) bool {
	if j+1 >= b || r.toks[j+1].kind != tokWord || r.toks[j+1].cap {
		return false
	}
	w := r.lowerWord(j+1, b)
	return w == "family" || isDescriptorNoun(w)
}

// definiteApposition reads, at token j right after the comma that closes
// a sentence's nameless opening, "the", a name, perhaps its kind in lower
// case, a second comma and the verb of place: "A forgotten work camp, the
// Kuchiru labour camp, stood about 25 km …", "Its largest mine, the
// Kuchiru mine, lies …". The name is the sentence's subject.
func (r *reader) definiteApposition(j, b int) (int, bool) {
	if !r.is(j, b, "the") {
		return -1, false
	}
	m := r.mentionAt(j+1, b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], b)
	for n := 0; n < 3 && e < b && r.toks[e].kind == tokWord && !r.toks[e].cap; n++ {
		e++ // "labour camp", "mine"
	}
	if !r.is(e, b, ",") || !isCopula(r.lowerWord(e+1, b)) {
		return -1, false
	}
	return m, true
}

// insertLook is the most words a phrase set between a fronted distance and
// its verb may hold: "at the end of a sandy track passable only by 4x4"
// holds eleven.
const insertLook = 15

// insertAfterComma reports whether a short prepositional phrase ("in the
// foothills", "on the left bank", "at the edge of a cutaway peat field":
// at most insertLook words) starts at token j, right after a comma, and
// ends at a second comma; it returns that comma.
// Such a phrase set between a fronted distance and the verb ("About 30 km
// north-west of X, in the foothills, stands ...") delays the late subject
// without being it.
func (r *reader) insertAfterComma(j, b int) (int, bool) {
	if d, ok := r.setOffAt(langs().en, j, b); ok && r.is(d.end, b, ",") {
		// "North of Kenema, some 22 km out, is the camp of X": the
		// distance set off after the place (fronted.go).
		return d.end, true
	}
	if !isPreposition(r.lowerWord(j, b)) && !r.leadOfInsert(j, b) {
		return 0, false
	}
	for e := j + 1; e < b && e <= j+insertLook; e++ {
		switch t := &r.toks[e]; {
		case r.is(e, b, ","):
			return e, e > j+1
		case t.kind != tokWord && t.kind != tokNum && !r.roadCodeAt(e):
			return 0, false // (a road's code: "off the C28 gravel road")
		}
	}
	return 0, false
}

// leadOfInsert reports whether token j is an adverb of height or distance
// or a participle of position right before a preposition, which may open
// a phrase set between a fronted distance and its verb: "About 18 km east
// of X, high above the river on a ridge of blue pine, lies …", "…, perched
// on a spur, stands …", "…, tucked into a side valley, lies …".
func (r *reader) leadOfInsert(j, b int) bool {
	if j >= b {
		return false
	}
	t := r.toks[j]
	if t.kind != tokWord || t.cap || !isPreposition(r.lowerWord(j+1, b)) {
		return false
	}
	switch t.lower {
	case "high", "far", "deep", "low", "just", "right", "well", "way", "halfway", "somewhere":
		return true
	}
	return strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4
}

// describedAt returns the name that "the village of X", "the small farming
// community of X", "the tea village of X" (one unlisted word before the
// noun, openKindWord), "the Pashtun settlement of X" (a people or a
// nationality before the noun, lexicon/peoples.txt and demonyms), "the herders' hamlet of X", "the ranch town of X",
// "the mission at X" or "the hamlet X" starting at token j introduces.
func (r *reader) describedAt(j, b int) (int, bool) {
	if !r.is(j, b, "the") && !r.is(j, b, "a") && !r.is(j, b, "an") {
		return -1, false
	}
	j++
	if j+2 < b && r.toks[j].kind == tokWord && !r.toks[j].cap && r.toks[j+1].kind == tokPoss && isDescriptorNoun(r.lowerWord(j+2, b)) {
		j += 2 // "the herders' hamlet of X"
	}
	if r.peopleBeforeKind(j, b) {
		j++ // "the Pashtun settlement of X", "the Aymara community of X"
	}
	if r.openKindWord(j, b) {
		j++ // "the tea village of X"
	}
	for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, b)) || isCompoundModifier(r.lowerWord(j, b))); n++ {
		if isDescriptorNoun(r.lowerWord(j, b)) && !isDescriptorNoun(r.lowerWord(j+1, b)) &&
			!isPlainAdjective(r.lowerWord(j+1, b)) && !isCompoundModifier(r.lowerWord(j+1, b)) {
			break // "the small oasis of X": "oasis" is the head here, not a modifier
		}
		j++
	}
	if isDescriptorNoun(r.lowerWord(j, b)) && isDescriptorNoun(r.lowerWord(j+1, b)) {
		j++ // "the ranch town of X": the last noun is the head
	}
	noun := r.lowerWord(j, b)
	if !isDescriptorNoun(noun) {
		return -1, false
	}
	j++
	if r.is(j, b, "of") || (r.is(j, b, "at") && isAtDescriptor(noun)) {
		j++ // "the mission at X"
	}
	if m := r.mentionAt(j, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
		return m, true
	}
	return -1, false
}

// dwellersOfAt returns the name that "the residents of X", "the families
// of X" starting at token j, a noun of those who live in a place (a
// dwellers row of lists.tsv) and "of", put as the subject of a main verb
// after the name: after a distance set off before the clause, where they
// live is the place the distance puts ("Roughly five miles north of
// Jakar, the families of Dorji Phedrang looked after the royal horses",
// "About 20 km east of Gao, the residents of Tin Hama fled").
func (r *reader) dwellersOfAt(j, b int) (int, bool) {
	if !r.is(j, b, "the") || !isDwellerNoun(r.lowerWord(j+1, b)) || !r.is(j+2, b, "of") {
		return -1, false
	}
	m := r.mentionAt(j+3, b)
	if m < 0 || r.mtok[m][0] != j+3 || r.evidence(m) <= EvidenceUnlikely {
		return -1, false
	}
	e := r.mtok[m][1]
	if w := r.lowerWord(e, b); isCopula(w) || isFiniteVerb(w) || r.mainVerbAt(e, b) || anyHas(setAuxiliaries, w) {
		return m, true
	}
	return -1, false
}

// peopleBeforeKind reports whether token j is a capitalised people,
// language or nationality (lexicon/peoples.txt, demonyms, or a people of
// folknames.txt the reader took for no place) that qualifies the kind of
// place after it: "Aymara" in "the Aymara community of X", "Pashtun" in
// "the Pashtun farming village of X", "Balti" in "the Balti village of
// X". Such a word names no place.
func (r *reader) peopleBeforeKind(j, b int) bool {
	if j+1 >= b || r.toks[j].kind != tokWord || !r.toks[j].cap || !isPeopleOrDemonym(r.toks[j].lower) && !(lex().folkNames.has(r.toks[j].lower) && r.at[j] < 0) {
		return false
	}
	next := r.lowerWord(j+1, b)
	return isDescriptorNoun(next) || isPlainAdjective(next) || isCompoundModifier(next) || r.openKindWord(j+1, b)
}

// parseAt reads the relation phrases that start at token i, appends them to
// out and returns the token to go on from. A coast, a road and its ends
// are read first, whatever the language; then every language enters its
// rules at the token (enterAt, entry.go).
func (r *reader) parseAt(i int, s *sentence, last *lastPhrase, out []found) ([]found, int) {
	b := s.b
	if out2, next, ok := r.neighboursAt(i, s, out); ok {
		return out2, next // "Nearby localities include A to the west" (neighbours.go)
	}
	if !r.mayStartPhrase(i) {
		return out, i + 1
	}
	if f, ok := r.coastNearAt(i, s, last); ok {
		return append(out, f), f.end // "on the coast", "a coastal town" (coast.go)
	}
	if f, ok := r.roadPairAt(i, b); ok {
		return append(out, f), f.end
	}
	if f, ok := r.roadToAt(i, b); ok {
		return append(out, f), f.end
	}
	if fs, next, ok := r.viaStopsAt(i, s); ok {
		return append(out, fs...), next // "from X via the hamlet of A to Y"
	}
	if f, ok := r.kilometrePostAt(i, s); ok {
		return append(out, f), f.end // "at kilometre 45 of the road from X to Y"
	}
	if out2, next, ok := r.wayPostAt(i, s, out); ok {
		return out2, next // « La piste de X à Y traverse Z au kilomètre 40 »
	}
	if f, ok := r.departPostAt(i, s); ok {
		return append(out, f), f.end // "Left X heading south and stopped at km 37, at Y" (postleg.go)
	}
	if out2, next, ok := r.enterAt(i, s, last, out); ok {
		return out2, next
	}
	return out, i + 1
}

// frontedAt reports whether the English distance whose quantity starts at
// token i opens sentence s or a clause after a comma, perhaps after its
// hedges: "About 40 km short of Shakawe we turned off …", "Two days
// later, some 30 km short of Murghob, we stopped …".
func (r *reader) frontedAt(i int, s *sentence) bool {
	for k := i; k >= s.a && k >= i-3; k-- {
		if k != s.a && !r.is(k-1, s.b, ",") {
			continue
		}
		e := k
		for n := 0; n < 2 && e < i; n++ {
			// in any case: "About" opens the sentence in capitals
			_, next, ok := phraseAt(r, langs().en.hedges, e, s.b, false)
			if !ok {
				break
			}
			e = next
		}
		if e == i {
			return true
		}
	}
	return false
}

// englishDistanceAt reads an English distance at token i (distanceAt)
// with the English steps that find its subject: a border that opens the
// sentence ("The Chadian border runs 12 km east of Aney"), a journey ("We
// drove 40 km north from Mopti to reach Sarakoro"), an apposition to a
// name ("..., Niamey, 600 km to the southwest"), "its" and the name the
// sentence calls nearest. A quantity whose phrase reads nothing is taken
// all the same: the rules after it are not tried at its tokens.
func (r *reader) englishDistanceAt(i int, s *sentence, last *lastPhrase, out []found) ([]found, int, bool) {
	b := s.b
	if f, st, q, ok := r.distanceAt(langs().en, i, s); ok {
		switch st {
		case objFound:
			if br, ok := r.borderSubjectBefore(langs().en, (*reader).borderAt, i, s); ok && f.rel.Object >= 0 && f.rel.Border == nil {
				// "The Chadian border runs 12 km east of Aney": Aney lies
				// 12 km west of the border.
				f.subject, f.rel.Object, f.rel.Border, f.reversed = f.rel.Object, -1, br, true
			}
			if f.subject < 0 && f.rel.Object >= 0 && r.frontedAt(f.start, s) {
				// "Two days later, 30 km short of Murghob, we stopped at
				// the yurt café of X", "About 40 km short of Shakawe we
				// turned off at a sign for X": a distance set off before
				// the clause in which the travellers reach X, whose
				// phrase opens with its pronoun (travel.tsv, arrive).
				e := f.end
				if r.is(e, b, ",") {
					e++
				}
				if m, _, ok := r.arrivedAfter(e, b); ok {
					f.subject = m
				} else if m, ok := r.reachedAfterFronted(e, b); ok {
					// "35 km out of Uyuni on the Tupiza road, the trucks
					// stopped at X", "… a gravel track leads down to X"
					// (wayreach.go).
					f.subject = m
				}
				if f.subject >= 0 {
					// "We left Coober Pedy heading north. Some 55 km out
					// of town we stopped at X": the journey's heading.
					f = r.journeyHeading(f, i, s)
				}
			}
			if f.subject < 0 && f.rel.Object >= 0 && r.cleftBefore(langs().en, f.start, s) {
				// "It was some 20 km east of Leh, at a roadside camp
				// called X, that the convoy halted": the cleft's focus.
				if m, ok := r.cleftFocus(r.afterComma(f.end, b), s); ok {
					f.subject = m
				}
			}
			if f.subject < 0 && f.rel.Object >= 0 && r.boundNounBefore(f.start, s) {
				// "A turn-off 9 km past Bahla leads up a graded track to
				// X": the way leaves the road there for X.
				e := f.end
				if r.is(e, b, ",") {
					e++
				}
				if m, ok := r.wayLeadsTo(e, b); ok {
					f.subject = m
				}
			}
			if f.subject < 0 && f.rel.Object >= 0 && !r.roadFromBefore(f.rel.Object, b) {
				// "We drove 40 km north from Mopti to reach Sarakoro":
				// the place reached lies there (travel.go). "22 km along
				// the road from Wabag to Mount Hagen" names the road by
				// its ends: no journey ends at Mount Hagen.
				if m, _ := r.journeyAt(i, f.end, s); m >= 0 {
					f.subject = m
				}
			}
			return append(out, f), f.end, true
		case objFailed:
			// "X lies 25 km from there": from the last place the text
			// reached.
			if f2, ok := r.thereObject(langs().en, f, s, func(ps int) int { m, _, _ := r.findSubject(ps, s, last); return m }); ok {
				// "Ten miles beyond that is X": the place reached is
				// named after the phrase.
				if m, e, ok := r.legReached(langs().en, f2, q, s, true); ok && m != f2.rel.Object {
					f2.subject, f2.end = m, e
				}
				return append(out, f2), f2.end, true
			}
		case objNone:
			if out2, ok := r.passedFound(f, i, s, out); ok {
				return out2, f.end, true // "The road from Isiolo to Marsabit passes X after some 140 km"
			}
			// "A further 40 km on is X", "Another 25 miles brings you to
			// X": a leg from the last place the text reached (travel.go).
			if f2, ok := r.legAfter(f, q, s); ok {
				return append(out, f2), f2.end, true
			}
			// "The road out of Leh runs east for some 40 km before it
			// reaches X": a journey from its start.
			if m, _ := r.journeyAt(i, f.end, s); m >= 0 {
				if from := r.journeyStart(i, s); from >= 0 && from != m {
					f.rel.Object, f.subject = from, m
					return append(out, r.journeyHeading(f, i, s)), f.end, true
				}
			}
			// "The next halt was at X, 20 miles further on.": a further
			// leg ending its clause, measured as below.
			if k, further := r.legTrail(langs().en, f, q, s); further && k > f.end && (r.clauseEndAt(langs().en, k, b) || r.landmarkAfter(k, b)) {
				subj := r.nameBeforeCopula(q.start, s)
				named := subj >= 0
				if !named {
					subj, _, _ = r.findSubject(i, s, last)
				}
				if m := r.lastReached(i, s, subj); m >= 0 {
					if r.is(k-1, b, ",") {
						k-- // "X is another 6 km on, past the chorten"
					}
					f.rel.Object, f.end = m, k
					if named {
						f.subject = subj // "Pasang says X is another 6 km on"
					}
					return append(out, f), f.end, true
				}
			}
		case objAbsent:
			// "Y, a further 8 km north on the same road": the way the
			// leg keeps is part of the phrase.
			f.end = r.keptWayEnd(langs().en, f.end, b)
			if out2, ok := r.passedFound(f, i, s, out); ok {
				return out2, f.end, true
			}
			if f2, ok := r.legAfter(f, q, s); ok {
				return append(out, f2), f2.end, true
			}
			further := r.furtherLeg(langs().en, i, s) || r.nextStop(langs().en, s)
			// "From Gulu our convoy travelled 35 km north to Paminyai".
			if m, _ := r.journeyAt(i, f.end, s); m >= 0 {
				from := r.journeyStart(i, s)
				if from < 0 && (r.dayEntry(s) || r.onwardBefore(i, s) || r.startsThere(i, s)) {
					// "Day 1: arrive in Mestia. Day 2: walk 15 km east to
					// Zhabeshi": a day's leg starts where the text last
					// reached, as does one told with an onward verb
					// ("After lunch in Nanyuki we continued 40 km west").
					from = r.lastReached(i, s, m)
				}
				if further {
					// "... 200 km north to Arlit, then another 150 km to
					// Assamaka": the leg starts at Arlit.
					if m2 := r.lastReached(i, s, m); m2 >= 0 {
						from = m2
					}
				}
				if from >= 0 && from != m {
					f.rel.Object, f.subject = from, m
					return append(out, r.journeyHeading(f, i, s)), f.end, true
				}
			}

			// "... and the second at Y, 7 km further north", "push on to Y,
			// another 12 km further south": a further leg set off after a
			// name places that name from the last place the text reached,
			// as « Y, 6 km plus au nord » does.
			if m, ok := r.furtherApposed(i, q, f, s); ok {
				f.rel.Object, f.subject = m[1], m[0]
				return append(out, f), f.end, true
			}
			// "The next stop, Bilma, lies a further 450 km to the east": a
			// further leg with no object is measured from the last place
			// the text reached.
			if further && (r.clauseEndAt(langs().en, f.end, b) || isPreposition(r.lowerWord(f.end, b))) {
				// "... a further 450 km to the east across the dunes": a
				// phrase of the way may follow.
				subj, _, _ := r.findSubject(i, s, last)
				if m := r.lastReached(i, s, subj); m >= 0 {
					f.rel.Object = m
					return append(out, f), f.end, true
				}
			}
			// "We based ourselves in Mbabane. Manzini, 30 km away, is
			// easily reached": a distance with no direction set off after
			// the name that opens the sentence is measured from the place
			// the text is about, or else from the last place the sentence
			// before named with a preposition of place.
			if m := r.mentionEndingAt(i-2, s.a); m >= 0 && f.rel.Points == 0 && r.mtok[m][0] == s.first && r.is(i-1, b, ",") &&
				(r.is(f.end-1, b, "away") || f.way) && r.is(f.end, b, ",") {
				if o, ok := r.baseFor(m, s); ok {
					f.rel.Object, f.subject = o, m
					return append(out, f), f.end, true
				}
			}
			// "..., Niamey, 600 km to the southwest": an apposition to a
			// name gives where that name lies from the clause's subject.
			if m := r.mentionEndingAt(i-2, s.a); m >= 0 && r.is(i-1, b, ",") && r.clauseEndAt(langs().en, f.end, b) {
				m = r.wayEnd(m, s) // "Salta to Cafayate through the Quebrada de las Conchas, 150 km south"
				if sm, _, ok := r.sentSubject(s, false); !ok || sm != m {
					f.rel.Object, f.reversed, f.phraseStart = m, true, r.mtok[m][0]
					return append(out, f), f.end, true
				}
				// "The post of Baboua, 90 km to the west, opened soon
				// after": the sentence's own subject lies there from the
				// place before (placeBeforeObject, below).
			}
			// "HOBART — ... found alive at the Lake Ewart hut, some 40 km
			// to the west": the kind after the name is the name's.
			if m := r.mentionEndingAt(i-3, s.a); m >= 0 && r.is(i-1, b, ",") && i-2 >= s.a && r.toks[i-2].kind == tokWord && !r.toks[i-2].cap &&
				isDescriptorNoun(r.toks[i-2].lower) && r.clauseEndAt(langs().en, f.end, b) {
				f.rel.Object, f.reversed, f.phraseStart = m, true, r.mtok[m][0]
				return append(out, f), f.end, true
			}
			// "A is 80 km south of B; the village of C lies 15 km to its
			// east": "its" is the place the text was just about.
			if m := r.possessorOf(i, q.end, f.end, s, last); m >= 0 && r.clauseEndAt(langs().en, f.end, b) {
				f.rel.Object = m
				return append(out, f), f.end, true
			}
			// "Kita, the nearest town, is 15 km to the south": the name
			// the sentence calls nearest lies there from the topic.
			if m := r.nearestNamed(s); m >= 0 && r.topic >= 0 && m != r.topic && r.clauseEndAt(langs().en, f.end, b) {
				f.rel.Object, f.reversed, f.phraseStart, f.subject = m, true, r.mtok[m][0], r.topic
				return append(out, f), f.end, true
			}
			// "Al-Ula is an oasis town …. The Nabataean site of Hegra lies
			// 22 km to the north", "The convoy left Gao at dawn. The camp
			// lies 40 km to the north": a clause whose own subject is not
			// the place the text is about, with a direction and nothing
			// else to measure from, is measured from that place, or from
			// the place the sentence before reached.
			if r.clauseEndAt(langs().en, f.end, b) {
				if o, ok := r.placeBeforeObject(&f, s, func(int) (int, Span, bool) { return r.findSubject(i, s, last) }); ok {
					f.rel.Object = o
					return append(out, f), f.end, true
				}
			}
		}
		return out, q.end, true
	}
	return out, i, false
}

// possessorOf returns the place "its" stands for when the distance phrase
// that starts at token i, its words in tokens [a, e) of sentence s, ends
// with "to its <direction>": the subject of the sentence's previous
// phrase, or else the topic; in a text about no place, the last place
// named before the phrase's own named subject ("arrested at Pajimo East,
// a small trading centre; Kitgum town is roughly 25 km to its north-east"
// is Pajimo East). It is -1 when there is no "its" or nothing it can stand
// for.
func (r *reader) possessorOf(i, a, e int, s *sentence, last *lastPhrase) int {
	its := false
	for k := a; k < e && k < s.b; k++ {
		if r.seq(k, s.b, "to", "its") {
			its = true
		}
	}
	switch {
	case !its:
		return -1
	case last != nil && last.subject >= 0:
		return last.subject
	case r.topic >= 0:
		return r.topic
	}
	if m, ana, ok := r.findSubject(i, s, last); ok && m >= 0 && ana.IsZero() {
		return r.latterPlace(r.mtok[m][0])
	}
	return -1
}

// borderSubjectBefore returns the border phrase that opens sentence s
// when it is the subject of the verb right before token i, in language l:
// "The Chadian border runs 12 km east of X", "the border lies 5 km north
// of X", "La frontière tchadienne passe à 12 km à l'est de X", "la
// frontière se trouve à". At most three words stand between the border
// and token i, each written in lower case and each a verb of l's
// verbs.tsv flagged border ("lies", "se trouve") or a course word of its
// distance.tsv ("runs", "only"; "passe", "serpente"). The caller gives the language's border reader (borderAt,
// frenchBorderAt): the French rules call this one, so looking it up in
// the language's syntax would make the syntaxes' initialisation a cycle.
func (r *reader) borderSubjectBefore(l *language, border func(*reader, int, int) (*BorderRef, int, bool), i int, s *sentence) (*BorderRef, bool) {
	br, e, ok := border(r, s.first, s.b)
	if !ok || e >= i || i-e > 3 {
		return nil, false
	}
	for k := e; k < i; k++ {
		w := r.lowerWord(k, s.b)
		if _, course := l.distance.course.word(w); !l.verbs[w].border && !course {
			return nil, false
		}
	}
	return br, true
}

// nearestNamed returns the name that opens sentence s when an apposition
// calls it the nearest or closest place ("Kita, the nearest town, is ..."),
// or -1.
func (r *reader) nearestNamed(s *sentence) int {
	m := r.mentionAt(s.first, s.b)
	if m < 0 {
		return -1
	}
	k := r.mtok[m][1]
	if !(r.is(k, s.b, ",") || r.is(k, s.b, "is")) || !r.is(k+1, s.b, "the") {
		return -1 // "Kita, the nearest town, ...", "Kita is the nearest town ..."
	}
	if w := r.lowerWord(k+2, s.b); w == "nearest" || w == "closest" {
		return m
	}
	return -1
}

// distanceNounAt reads a distance stated as a noun at token i: "the
// distance between A and B is 30 km" (A is the subject), "its distance
// from X is 20 km" (the topic is).
func (r *reader) distanceNounAt(i int, s *sentence) (found, bool) {
	b := s.b
	if !r.is(i, b, "distance") {
		return found{}, false
	}
	det := r.word(i-1, b)
	subj, obj, k := -1, -1, i+1
	switch {
	case det == "the" && r.is(k, b, "between"):
		subj = r.mentionAt(k+1, b)
		if subj < 0 || !r.is(r.mtok[subj][1], b, "and") {
			return found{}, false
		}
		obj = r.mentionAt(r.mtok[subj][1]+1, b)
	case det == "its" && (r.is(k, b, "from") || r.is(k, b, "to")):
		subj, obj = r.topic, r.mentionAt(k+1, b)
	default:
		return found{}, false
	}
	if subj < 0 || obj < 0 {
		return found{}, false
	}
	k = r.mtok[obj][1]
	if !isCopula(r.lowerWord(k, b)) {
		return found{}, false
	}
	q, ok := r.parseQuantity(k+1, b)
	if !ok || !r.clauseEndAt(langs().en, q.end, b) {
		return found{}, false
	}
	f := newFound(KindDistance, i-1)
	f.subject, f.end = subj, q.end
	rel := &f.rel
	rel.Object = obj
	rel.MinKm, rel.MaxKm, rel.Unit, rel.Hedge, rel.Road = q.lo, q.hi, q.unit, q.hedge, q.road
	if q.alt.unit != "" {
		rel.AltMinKm, rel.AltMaxKm, rel.AltUnit = q.alt.lo, q.alt.hi, q.alt.unit
	}
	return f, true
}

// clauseEndAt reports whether token k closes a clause or list item of
// language l: the end of the span, closing punctuation or a dash (the
// same in every language), or a word of l's clauses.tsv ("and", "or";
// "et", "ou", "mais"). One rule for every language, so that a relation
// read before "and" in English is read before "et" in French.
func (r *reader) clauseEndAt(l *language, k, b int) bool {
	if k >= b {
		return true
	}
	switch w := r.toks[k].lower; w {
	case ",", ".", ";", ")", ":", "!", "?":
		return true
	default:
		return l.clauses[w] || isDash(w)
	}
}

// newFound starts a phrase at token i.
func newFound(kind Kind, i int) found {
	return found{rel: Relation{Kind: kind, Object: -1, Other: -1}, start: i, phraseStart: i, subject: -1}
}

// setDirection records d in rel.
func setDirection(rel *Relation, d direction) {
	rel.Direction, rel.Azimuth, rel.Points = d.text, d.az, d.points
}

// finishObject reads the English object of f at token k and any "by road"
// after it (objectAfter).
func (r *reader) finishObject(f found, k, b int) (found, objState) {
	return r.objectAfter(langs().en, f, k, b)
}

// partAfter reports whether the words from token k to the next name hold
// a kind of place that is never a seat (notSeatKind): « de la capitale,
// le quartier de X » names the quarter the clause is about, not the
// capital.
func (r *reader) partAfter(k, b int) bool {
	for t := k; t < b && t < k+6 && r.at[t] < 0; t++ {
		if notSeatKind(r.toks[t].lower) {
			return true
		}
	}
	return false
}

// parseObject reads the reference place of a relation at token j: a border
// phrase or a name behind descriptors ("the village of Tessalit", "the
// Malian capital Bamako", "the nation's capital Niamey", "the national
// capital, N'Djamena", "Mauritania's capital of Nouakchott", "Chad's Lac
// Region", "the capital of Niger, Niamey"). It returns the mention (-1 for a
// border), the border, and the token after the object. "the capital of
// Niger" alone names no readable place and fails.
func (r *reader) parseObject(j, b int) (int, *BorderRef, int, bool) {
	if br, e, ok := r.borderAt(j, b); ok {
		return -1, br, e, true
	}
	if br, e, ok := r.coastAt(j, b); ok {
		return -1, br, e, true // "23 km from the coast" (coast.go)
	}
	if m, e, ok := r.formerOrLatterAt(j, b); ok {
		return m, nil, e, true // "between A and B, about 20 km from the former"
	}
	capOf := false
	k := j
	for n := 0; n < 10 && k < b; n++ {
		if m := r.mentionAt(k, b); m >= 0 {
			e := r.mtok[m][1]
			if r.grapeName(r.mtok[m][0], e) {
				// "in the heart of the Brunello vineyards": a grape's
				// name holds nothing and is measured from by nothing.
				return -1, nil, j, false
			}
			if e < b && r.toks[e].kind == tokPoss {
				if e2, ok := r.centreAfter(e+1, b); ok {
					return m, nil, e2, true // "of Kampala's central business district"
				}
				if e2, ok := r.possessedPlaceAfter(e+1, b); ok {
					return m, nil, e2, true // "60 km north of Copiapó's port district"
				}
				k = e + 1
				continue
			}
			if isTrailingDescriptor(r.lowerWord(e, b)) {
				e++ // "the Tilemsi valley"
			}
			if capOf {
				if r.is(e, b, ",") {
					if m2 := r.mentionAt(e+1, b); m2 >= 0 {
						return m2, nil, r.mtok[m2][1], true
					}
				}
				return m, nil, e, true // "the regional capital of Ijevan" names Ijevan
			}
			return m, nil, e, true
		}
		if k == j {
			if at := r.premisesAt(j, b); at > 0 {
				k = at + 1 // "30 km north of our salt-cooperative warehouse at X"
				continue
			}
		}
		t := &r.toks[k]
		w := t.lower
		switch {
		case t.kind == tokPoss:
		case k > j && !t.cap && r.toks[k-1].kind == tokPoss && r.isDirAdjective(k, b):
			// "in Colombia's southwestern Cauca province": the part of
			// the country the division lies in.
		case t.kind != tokWord:
			if w == "," && k > j && (isDescriptorNoun(r.lowerWord(k-1, b)) || r.lowerWord(k-1, b) == "centre") && !r.partAfter(k+1, b) && !r.speakerAt(k+1, b) {
				break // "the county seat, Suceava", "the county seat, the port city of X"
			}
			if k2 := r.skipParen(k, b); k2 > k && k > j {
				k = k2
				continue
			}
			return -1, nil, j, false
		case w == "the" || w == "a" || w == "an" || isPossessiveDeterminer(w) && k == j:
		case w == "at" && k > j && isAtDescriptor(r.lowerWord(k-1, b)):
		case w == "of":
			if k == j {
				return -1, nil, j, false
			}
			if r.is(k-1, b, "capital") && (k-2 < 0 || r.toks[k-2].kind != tokPoss) {
				capOf = true
			}
		case t.cap && isDemonym(w):
		case t.cap && isDescriptorNoun(w) && r.is(k+1, b, "of") && r.at[k] < 0: // "the Town of Peace River"
		case isDescriptorNoun(w) && r.headquartersAt(k+1, b) > 0 && r.at[k] < 0:
		case w == "head" && r.is(k+1, b, "quarters"), w == "quarters" && r.is(k-1, b, "head"), w == "headquarters":
			// "from District head quarters Hyderabad"
		case !t.cap && (isDescriptorNoun(w) || isPlainAdjective(w) || isCompoundModifier(w) ||
			w == "centre" || w == "center" || w == "heart" || w == "nation" || w == "country" || w == "downtown" || w == "poblacion" ||
			w == "proper" && isDescriptorNoun(r.lowerWord(k-1, b))):
			// "7 km south-east of the poblacion of Bayugan", "15
			// kilometers east of the town proper of San Mariano": the
			// town proper of a Philippine municipality is measured from.
		case !t.cap && r.modifiesKindOf(k, b):
			// "the bayou town of X", "the sleepy bayou town of X": words no
			// table lists, before a kind of place and "of".
		case k > j && r.openKindWord(k, b): // "the prefectural capital Utsunomiya"
		default:
			return -1, nil, j, false
		}
		k++
	}
	return -1, nil, j, false
}

// premisesAt returns the index of "at" when the tokens from j on are a
// short noun phrase of lower-case words, opened by an article or a
// possessive determiner, before "at" and a name: "30 km north of our
// salt-cooperative warehouse at Colchani Sur", "of the old pumping station
// at X". The words need be in no table: what stands at the name is
// measured from it. It returns -1 otherwise: for a phrase of more than
// four words, one a relative word or a clause's end breaks, or one whose
// last word is a verb ("The column camped at X").
func (r *reader) premisesAt(j, b int) int {
	if j >= b || r.toks[j].kind != tokWord {
		return -1
	}
	if w := r.toks[j].lower; w != "the" && w != "a" && w != "an" && !isPossessiveDeterminer(w) {
		return -1 // "The" opening a sentence too
	}
	words := 0
	for k := j + 1; k < b; k++ {
		t := &r.toks[k]
		switch {
		case t.kind != tokWord || t.cap || isRelativeWord(t.lower) || r.clauseEndAt(langs().en, k, b):
			return -1 // "of the point where we stopped at X", "of the town and at X"
		case t.lower == "at":
			if h := r.toks[k-1].lower; words == 0 || r.mentionAt(k+1, b) < 0 || strings.HasSuffix(h, "ed") || isCopula(h) || isFiniteVerb(h) {
				return -1 // "The column camped at X": a verb, no noun, before "at"
			}
			return k
		case words == 4:
			return -1
		}
		words++
	}
	return -1
}

// possessedPlaceAfter reports whether the words from token j on, after a
// name's possessive, are a place of that name written in lower case and
// closing the clause: at most two adjectives or modifiers and a
// descriptor noun ("Copiapó's port district", "Gao's airport",
// "Kidal's old market"). A distance from it is one from the name. It
// returns the token after the words.
func (r *reader) possessedPlaceAfter(j, b int) (int, bool) {
	k := j
	for n := 0; n < 2 && (isPlainAdjective(r.lowerWord(k, b)) || isCompoundModifier(r.lowerWord(k, b)) || r.lowerWord(k, b) == "port") && isDescriptorNoun(r.lowerWord(k+1, b)); n++ {
		k++
	}
	if !isDescriptorNoun(r.lowerWord(k, b)) || !r.clauseEndAt(langs().en, k+1, b) {
		return 0, false
	}
	return k + 1, true
}

// modifiesKindOf reports whether the lower-case word at token k is one of
// at most two words before a descriptor noun that "of" and a name follow:
// "bayou" and "sleepy" in "the sleepy bayou town of X".
func (r *reader) modifiesKindOf(k, b int) bool {
	for n := 1; n <= 2; n++ {
		w := r.lowerWord(k+n, b)
		if w == "" {
			return false
		}
		if isDescriptorNoun(w) && r.is(k+n+1, b, "of") && r.mentionAt(k+n+2, b) >= 0 {
			return true
		}
	}
	return false
}

// headquartersAt returns the number of tokens of "head quarters" or
// "headquarters" at token j, 0 if none.
func (r *reader) headquartersAt(j, b int) int {
	switch {
	case r.is(j, b, "headquarters"):
		return 1
	case r.seq(j, b, "head", "quarters"):
		return 2
	}
	return 0
}

// isCentreWord reports whether w names a town's centre: "centre",
// "center", "downtown", "cbd".
func isCentreWord(w string) bool {
	return w == "centre" || w == "center" || w == "downtown" || w == "cbd"
}

// centreAfter reports whether the words at token j name a town's centre
// ("city centre", "central business district", "downtown", "historic
// center", "old town", "medina") after the town's possessive, and returns
// the token after them.
func (r *reader) centreAfter(j, b int) (int, bool) {
	business, old := false, false
	for k := j; k < b && k < j+4; k++ {
		switch w := r.lowerWord(k, b); w {
		case "city", "town", "quarter", "medina":
			if (old || w == "medina") && !isCentreWord(r.lowerWord(k+1, b)) {
				return k + 1, true // "Muscat's old town", "Tunis's medina"
			}
			if w == "quarter" {
				return 0, false
			}
		case "historic", "old":
			old = true
		case "central", "commercial":
		case "business":
			business = true
		case "centre", "center", "downtown", "cbd":
			return k + 1, true
		case "district":
			return k + 1, business
		default:
			return 0, false
		}
	}
	return 0, false
}

// parseParen reads distances in parentheses after the name m: "Niamey (600
// km to the southwest)", "Bamako (112 miles)", "Arlit (200 km to the
// northeast, 150 km from the Algerian border)". An item without an object
// says where m lies from the clause's subject (reversed); an item with one
// is about m.
func (r *reader) parseParen(i, m int, s *sentence, out []found) ([]found, int) {
	b := s.b
	n0 := len(out)
	k := i + 1
	var stage []int // the items that give a stage's length
	for n := 0; n < 4; n++ {
		var f found
		q, ok := r.parseQuantity(k, b)
		if f2, have := r.neighbourDistance(k, s); !ok && have {
			// "Timimoun (à 30 km au sud-est)": a distance whose words
			// come before its number in another language.
			if f2.rel.Points == 0 && f2.rel.Unit == "m" && r.toks[k].kind == tokNum {
				// « le col de X (2 480 m) »: metres with no side and no «
				// à » before them are a height, as "Mont Memboukem (1635
				// m)" is below; the distance after the bracket is X's.
				return out[:n0], i
			}
			f2.rel.Object, f2.reversed = m, true
			out = append(out, f2)
			k = f2.end
			if r.is(k, b, ",") || r.is(k, b, ";") {
				k++
				continue
			}
			break
		}
		if ok {
			var st objState
			f, st = r.afterQuantity(langs().en, r.quantityFound(langs().en, q, q.start), q.end, b)
			switch st {
			case objFound:
				f.subject = m
			case objAbsent:
				if f.rel.Points == 0 && f.rel.Unit == "m" {
					return out[:n0], i // "Mont Memboukem (1635 m)": a height
				}
				f.rel.Object, f.reversed = m, true
				if a := r.stageLength(m, s); a >= 0 {
					// "Stage 14, Pau – Laruns (152 km)": the length is
					// the stage's, from the name before the dash; the
					// course winds, so it only bounds the way between
					// the two ends.
					f.rel.Object, f.reversed, f.subject, f.stage = a, false, m, true
					f.phraseStart = r.mtok[a][0]
					stage = append(stage, len(out))
					if f.rel.Hedge == "" {
						f.rel.Hedge = "within"
					}
				}
			default:
				return out[:n0], i
			}
		} else {
			j := k
			if r.seq(j, b, "to", "the") {
				j += 2
			}
			d, e, ok := r.parseDirection(j, b, true)
			if !ok {
				break
			}
			f = newFound(KindDirection, k)
			setDirection(&f.rel, d)
			f.rel.Object, f.reversed, f.end = m, true, e
			if r.is(e, b, "of") {
				// "Ruiru (east of Fekal)": the bracket places the name
				// before it.
				obj, br, e2, ok := r.parseObject(e+1, b)
				if !ok {
					break
				}
				f.rel.Object, f.rel.Border, f.reversed, f.subject, f.end = obj, br, false, m, e2
			}
		}
		out = append(out, f)
		k = f.end
		if r.is(k, b, ",") || r.is(k, b, ";") || r.is(k, b, "and") {
			k++
			continue
		}
		break
	}
	if len(out) == n0 || !r.is(k, b, ")") {
		return out[:n0], i
	}
	for n := n0; n < len(out); n++ {
		if out[n].reversed {
			out[n].phraseStart, out[n].end = r.mtok[m][0], k+1
		} else if slices.Contains(stage, n) {
			out[n].end = k + 1
		}
	}
	return out, k + 1
}

// stageLength returns the mention a bracket after mention m of sentence
// s measures from when the bracket gives the length of a stage of a race
// or of a walk, or -1: m ends a pair of names joined by a dash ("Pau –
// Laruns (152 km)") after a noun of a stage of stages.tsv earlier in the
// sentence ("Stage 14, Pau – Laruns", « la 6e étape, Romans-sur-Isère –
// Sisteron »), and the first name of the pair is returned. The course
// winds over cols and loops, so its length bounds the way between the two
// ends and measures nothing more.
func (r *reader) stageLength(m int, s *sentence) int {
	p := r.mtok[m][0]
	if r.routeLink(p-1, s) == "" || p-2 < s.a || r.at[p-2] < 0 || int(r.at[p-2]) == m {
		return -1
	}
	for k := s.a; k < p-1; k++ {
		if r.toks[k].kind == tokWord && anyHas(setStages, r.toks[k].lower) {
			return int(r.at[p-2])
		}
	}
	return -1
}

// dayEntry reports whether sentence s opens an itinerary's entry for a
// numbered day or stage ("Day 2:", "Stage 4 of the Kungsleden:"): its
// first word is "day", "jour" or a noun of a stage (stages.tsv), then a
// number.
func (r *reader) dayEntry(s *sentence) bool {
	k := s.first
	if k+1 >= s.b || r.toks[k+1].kind != tokNum {
		return false
	}
	w := r.word(k, s.b)
	return w == "day" || w == "jour" || anyHas(setStages, w)
}

// wayEnd returns the name right before "through", "via", "over" or
// "across" (perhaps with "the") that comes right before mention m: in
// "Salta to Cafayate through the Quebrada de las Conchas, 150 km south"
// the distance after the comma is the stage's, to the place reached, not
// to the way it went through. It returns m when no such name stands there.
func (r *reader) wayEnd(m int, s *sentence) int {
	k := r.mtok[m][0] - 1
	if r.is(k, s.b, "the") {
		k--
	}
	switch r.lowerWord(k, s.b) {
	case "through", "via", "over", "across":
	default:
		return m
	}
	if e := r.mentionEndingAt(k-1, s.a); e >= 0 && r.evidence(e) > EvidenceUnlikely {
		return e
	}
	return m
}

// siblingBracket reports whether the bracket after mention m of sentence
// s places m by a distance or a side with no object ("Bourem (80 km to
// the north)"): m is then one of a list of places measured from another,
// not the subject of the next bracket.
func (r *reader) siblingBracket(m int, s *sentence) bool {
	out, next := r.parseParen(r.mtok[m][1], m, s, nil)
	return next > r.mtok[m][1] && len(out) > 0 && out[0].reversed
}

// nameBefore reports whether a name that may be a place (a mention
// graded above EvidenceUnlikely) comes before token p in sentence s: a
// river or lake after a preposition then says where that name stands
// ("Bethabara, on the Jordan, about 10 km east of Jericho"); with none
// ("his canoe overturned on Manasan Lake, 30 km northeast of Thompson")
// the lake is what the distance is said of.
func (r *reader) nameBefore(p int, s *sentence) bool {
	for k := s.a; k < p; k++ {
		if m := int(r.at[k]); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return true
		}
	}
	return false
}

// namelessKindBefore reports whether a located kind of place without a
// name stands in sentence s before token p, where a river or lake
// follows: "An irrigation weir on the Murray River, 15 km east of
// Mildura", « Un seuil d'irrigation sur la rivière Artibonite, à 10 km à
// l'est de Saint-Marc ». The water says where the work stands, and the
// distance after it is the work's, not the river's.
func (r *reader) namelessKindBefore(p int, s *sentence) bool {
	for k := s.a; k < p; k++ {
		if r.at[k] >= 0 || r.toks[k].kind != tokWord || r.toks[k].cap && k > s.a {
			continue
		}
		w := r.lowerWord(k, s.b)
		if isDescriptorNoun(w) && isNamelessKind(w) || frenchFeature(w) != "" && isNamelessKind(frenchFeature(w)) {
			return true
		}
		if _, fe, ok := r.kindAfterSpot(k, s); ok && isSpotFeature(fe) {
			return true
		}
		if f := frenchFeature(w); f != "" && isSpotFeature(f) {
			return true
		}
		if _, fe, ok := r.frenchSpotKind(k, s); ok && (isSpotFeature(fe) || isNamelessKind(fe)) {
			return true
		}
	}
	return false
}

// waterNouns are the lower-case nouns of water that may end an aside
// right before a distance without a comma ("X, across the river about
// 40 km north-west of Y", "X, on the lake shore 12 km from Y").
var waterNouns = map[string]bool{
	"river": true, "lake": true, "lagoon": true, "shore": true, "shores": true,
	"bank": true, "banks": true, "reservoir": true, "estuary": true, "delta": true, "creek": true,
}

// isLandmarkFeature reports whether the feature f names a river, lake, a
// sea's gulf, bay or strait, or a relief that a text places its subject by ("on the bank of the Tigris",
// "at the foot of Mount X"), not a place the rest of the clause is about.
func isLandmarkFeature(f string) bool {
	switch f {
	case "river", "lake", "gulf", "bay", "strait", "mount", "mountain", "mountains", "range", "hills", "massif":
		return true
	}
	return false
}

// thingBefore reports whether token k, right before a participle of place
// ("based", "located"), is a lower-case noun of no kind of place that the
// participle describes: "a charity based in Bristol", "a firm located in
// Lyon". A copula or an auxiliary ("is based"), an adverb ("locally
// based"), a comma or a kind of place ("a village located in Y") leaves
// the participle to the subject found before.
func (r *reader) thingBefore(k int, s *sentence) bool {
	if k <= s.a || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	w := r.toks[k].lower
	if isDescriptorNoun(w) || isCopula(w) || isModal(w) || isFiniteVerb(w) || isRelativeWord(w) || strings.HasSuffix(w, "ly") ||
		r.auxiliaryAt(k, s.b) {
		return false
	}
	a := r.lowerWord(k-1, s.b)
	return a == "a" || a == "an" || a == "the" || isPossessiveDeterminer(a)
}

// reportedKindBefore reports whether the descriptor noun at token k ends
// an indefinite noun phrase of lower-case words ("a girls' secondary
// school") that opens a reported clause, after "that" or a verb of speech
// ("showed that a school", "police said a clinic"): the phrase is that
// clause's subject, a place with no name.
func (r *reader) reportedKindBefore(k int, s *sentence) bool {
	for j, n := k-1, 0; j > s.a && n < 5; j, n = j-1, n+1 {
		t := &r.toks[j]
		switch {
		case t.kind == tokPoss:
			continue // "a girls' school"
		case t.kind != tokWord || t.cap:
			return false
		case t.lower == "a" || t.lower == "an":
			w := r.lowerWord(j-1, s.b)
			return w == "that" || isSpeechVerb(w)
		}
	}
	return false
}

// inAt reads containment at token i: "in Mali", "in the Kidal Region", "in
// southwestern Niger", "in the north of Mali", "in the rural commune of Y".
// Only after a word that places the subject ("is", "lies", "located", "a
// village", "the largest city") or after a region's name ("Tillabéri Region
// in southwestern Niger"), so that "the events in Algeria" is no relation.
func (r *reader) inAt(i int, s *sentence, last *lastPhrase) (found, bool) {
	b := s.b
	if !r.is(i, b, "in") {
		return found{}, false
	}
	prev := r.word(i-1, b)
	fixed := -1
	// "St Mary's Church in Lae": a named building the gazetteer lacks is
	// no place of its own in its town (dedicated.tsv).
	building := i-1 >= s.a && r.toks[i-1].cap && langs().en.has(setDedicated, prev)
	gate := i-1 >= s.a && ((isDescriptorNoun(prev) && prev != "area" && prev != "zone" && !building) || isLocative(prev))
	if gate && isLocative(prev) && r.thingBefore(i-2, s) {
		// "... with help from a charity based in Bristol": the
		// participle says where the charity is, not the school the
		// sentence is about.
		return found{}, false
	}
	if gate && isDescriptorNoun(prev) && i-2 >= s.a && anyHas(setLifeVerbs, r.lowerWord(i-2, b)) {
		// "She was born on the Cedar Spring Ranch, about 30 miles north
		// of Tonopah, and attended school in Goldfield": the bare noun
		// is what a person did, not a place the sentence locates.
		return found{}, false
	}
	if gate && isDescriptorNoun(prev) && r.reportedKindBefore(i-1, s) {
		// "Results showed that a girls' secondary school in Armant ...":
		// the reported clause has its own subject, the nameless school,
		// and the name that opens the sentence is not in Armant.
		return found{}, false
	}
	if r.is(i-1, b, ",") && last != nil && last.subject >= 0 && last.end == i-1 && last.kind != KindIn {
		gate = true // "... 1,080 km northeast of Bangui, in the Vakaga prefecture"
	}
	if m := r.mentionEndingAt(i-1, s.a); m >= 0 && r.evidence(m) > EvidenceUnlikely {
		fixed = m
	}
	k := i + 1
	var d direction
	hasDir := false
	if r.is(k, b, "the") {
		j := k + 1
		if w := r.lowerWord(j, b); w == "far" || w == "extreme" || w == "deep" {
			j++
		}
		if d2, e, ok := r.parseDirection(j, b, false); ok && r.is(e, b, "of") {
			d, hasDir, k = d2, true, e+1
		} else {
			k++
		}
	}
	if !hasDir {
		if w := r.lowerWord(k, b); w == "far" || w == "extreme" || w == "deep" {
			k++
		}
		if d2, e, ok := r.parseDirAdjective(k, b); ok {
			d, hasDir, k = d2, true, e
		}
	}
	if !hasDir {
		// "in the west central part of the US state of Nevada".
		j := k
		for n := 0; n < 6; n++ {
			switch w := r.lowerWord(j, b); {
			case isCompassWord(w), w == "central", w == "middle", w == "part", w == "portion",
				w == "section", w == "corner", w == "side", w == "of", w == "the":
				j++
				continue
			}
			break
		}
		if j > k && r.is(j-1, b, "of") || r.is(j-1, b, "the") && j-1 > k {
			k = j
		}
		if w := r.word(k, b); (w == "us" || w == "u.s") && r.lowerWord(k+1, b) == "state" {
			k++
		}
	}
	k = r.skipLocalKind(k, b) // "Sitio X in Barangay San Roque"
	obj, _, e, ok := r.parseObject(k, b)
	if !ok || obj < 0 {
		return found{}, false
	}
	if e < b && r.at[e] < 0 && !r.toks[e].cap && anyHas(setRegionNouns, r.toks[e].lower) {
		// "in the Batak highlands of North Sumatra": the name qualifies a
		// part of a land, as a people's name does, and is no container.
		return found{}, false
	}
	if fixed >= 0 && !hasDir && !r.isDivision(obj) && r.townPartBefore(fixed, s) {
		// "the colonia Guerrero in Mexico City", "the neighbourhood of
		// Santa Fe in Bogotá": a part of the town, which lies by it,
		// as "a suburb of X" does (partOfAt), whatever place elsewhere
		// bears its name.
		f := newFound(KindNear, i)
		f.subject, f.phraseStart = fixed, r.mtok[fixed][0]
		f.rel.Object, f.end = obj, e
		return f, true
	}
	if fixed >= 0 && !(isAdminFeature(r.feature(fixed)) || r.inOf[fixed] >= 0 || hasDir ||
		r.isDivision(obj) || r.townListBefore(fixed, s)) {
		fixed = -1 // "Hyderabad in Sindh province" is Hyderabad's container
	}
	if fixed >= 0 && isLandmarkFeature(r.feature(fixed)) {
		// "It stands on the east bank of the Tigris in the Saladin
		// Governorate": the clause's subject is in the governorate.
		fixed, gate = -1, true
	}
	if fixed < 0 && !gate {
		return found{}, false
	}
	f := newFound(KindIn, i)
	f.subject = fixed
	if fixed >= 0 {
		f.phraseStart = r.mtok[fixed][0]
	}
	if hasDir {
		setDirection(&f.rel, d)
	}
	f.rel.Object, f.end = obj, e
	return f, true
}

// townPartBefore reports whether a lowercase noun of a part of a town
// (townparts.tsv) introduces mention m, bare or with "of": "the colonia
// Guerrero", "the barrio La Vega", "the neighbourhood of Santa Fe".
func (r *reader) townPartBefore(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	if r.is(k, s.b, "of") {
		k--
	}
	return k >= s.a && !r.toks[k].cap && isTownPart(r.lowerWord(k, s.b))
}

// townListBefore reports whether mention m closes a list of at least two
// names, none an unlikely place, that no word of origin or of a route
// opens: "the municipalities of Aparri, Gattaran and Amulung in Cagayan"
// puts the three in Cagayan, as "in Cagayan province" would; "visitors
// from Paris, London and Rome in Bamako" puts no city in Bamako.
func (r *reader) townListBefore(m int, s *sentence) bool {
	if !r.listEndsAt(m, s) {
		return false
	}
	for first := max(0, m-8); first < m; first++ {
		n := r.listFrom(first)
		if r.mtok[first][0] < s.a || n < 2 || first+n-1 != m {
			continue // the longest list first: "from Paris, London and Rome"
		}
		for k := first; k <= m; k++ {
			if r.evidence(k) == EvidenceUnlikely {
				return false
			}
		}
		switch r.word(r.mtok[first][0]-1, s.b) {
		case "from", "between", "to", "via", "and", "de", "entre":
			return false
		}
		return true
	}
	return false
}

// capitalOfAt reads "the capital of Y" (also "seat of", "chef-lieu of")
// making the subject lie in Y: "Oudoumer is the capital of Chad's Lac
// Region". "the capital of Niger, Niamey" is left to findContainers, and
// "Mauritania's capital of Nouakchott" names Nouakchott itself.
func (r *reader) capitalOfAt(i int, s *sentence) (found, bool) {
	b := s.b
	w := r.lowerWord(i, b)
	if (w != "capital" && w != "seat" && w != "chef-lieu") || !r.is(i+1, b, "of") {
		return found{}, false
	}
	if i-1 >= s.a && r.toks[i-1].kind == tokPoss {
		return found{}, false
	}
	obj, _, e, ok := r.parseObject(i+2, b)
	if !ok || obj < 0 || (r.is(e, b, ",") && r.mentionAt(e+1, b) >= 0 && r.mentionAt(i+2, b) == obj) {
		return found{}, false
	}
	f := newFound(KindIn, i)
	f.rel.Object, f.end, f.rel.Seat = obj, e, true
	a := i - 1
	for a > s.a && a >= i-3 && (isCompoundModifier(r.lowerWord(a, b)) || isPlainAdjective(r.lowerWord(a, b))) {
		a-- // "Pemba, the provincial capital of Cabo Delgado"
	}
	if r.is(a, b, "the") && r.is(a-1, b, ",") {
		// "35 km east of Ipoh, the capital of Perak": the apposition is
		// about Ipoh, not the subject of the phrase before it.
		if m := r.mentionEndingAt(a-2, s.a); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			f.subject = m
		}
	}
	return f, true
}

// nounCompoundAfter reports whether the kind of place at token j only
// qualifies the noun after it, one or two lower-case words before the
// verb: "the village council is based in X", "the mountain rescue team
// is based in X" are about a council and a team, not the village or the
// mountain the text is about. An adverb ("The village now lies …",
// "… itself lies …") is no noun.
func (r *reader) nounCompoundAfter(j, b int) bool {
	for k := j + 1; k < b && k <= j+3; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || t.cap {
			return false
		}
		if isCopula(t.lower) {
			return k > j+1
		}
		if strings.HasSuffix(t.lower, "ly") || isPreposition(t.lower) || isPlaceVerbBase(t.lower) || t.lower == "itself" || t.lower == "now" || t.lower == "today" {
			return false
		}
	}
	return false
}

// openedVerb reports whether w is the past of a verb of building or
// opening (lexicon/en/builds.tsv: "opened", "established"), which after a
// place's name set off by commas says where it was set up: "a new IDP
// site, Bula Hawa, opened about 15 km north of Garissa".
func openedVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && langs().en.has(setBuilds, w)
}

// isLocative reports whether w, before "in", places its subject there now:
// "Gao is in Mali", "located in", "lies in" (a row of lexicon/en/verbs.tsv
// flagged in). Past forms ("was in", "had been in") more often tell where a
// person was and are left out.
func isLocative(w string) bool {
	return langs().en.verbs[w].in
}

// mayStartPhrase reports whether a relation phrase can start at token i: a
// cheap test that spares most tokens the full parse.
func (r *reader) mayStartPhrase(i int) bool {
	t := &r.toks[i]
	switch t.kind {
	case tokNum:
		return true
	case tokPunct:
		return t.lower == "("
	case tokPoss:
		return false
	}
	if r.at[i] >= 0 {
		return false
	}
	if langs().en.hedges[t.lower] != nil {
		return true // the first word of a hedge (lexicon/en/hedges.tsv)
	}
	if isBeyondWord(t.lower) {
		return true // "Beyond X, 45 km ..." (fronted.go)
	}
	if (i == 0 || r.toks[i-1].kind == tokPunct) && isMidwayWord(t.lower) {
		return true // "We drove from A to B. Halfway, ..." (midwayAfterJourney)
	}
	switch t.lower {
	case "a", "at", "between", "from", "half", "several", "dozen", "hundred", "thousand", "to", "due",
		"near", "nearby", "beside", "along", "alongside", "outside", "next", "adjacent", "on", "off",
		"astride", "straddling", "in", "capital", "seat", "chef-lieu", "distance", "km", "kms",
		"kilometres", "kilometers", "miles", "across", "upstream", "downstream", "opposite",
		"kilometre", "kilometer", "kilomètre", "pk", "via", "towards", "toward":
		return true
	}
	if t.upper && len(t.lower) <= 3 {
		return true // "NE", "ESE"
	}
	if isFrenchLead(t.lower) || isCoastLead(t.lower) || isBorderedLead(t.lower) {
		return true
	}
	w := t.lower
	if len(w) < 3 || len(w) > 24 {
		return false
	}
	switch w[0] {
	case 'n', 's', 'e', 'w':
		if isCompassWord(w) {
			return true
		}
	}
	if i := strings.IndexByte(w, '-'); i > 0 && (isNumberWord(w[:i]) || w[:i] == "half" || w[:i] == "quarter") {
		return true // "a one-hour ferry ride" (pace.go), "a half-mile" (hyphenAmountAt)
	}
	if hyphenedNumber(w) {
		return true // « Trente-cinq kilomètres plus tard » (entryWord)
	}
	return isNumberWord(w)
}

// relativeClauseOpen returns the comma that opens the relative clause
// token k stands in ("X, whose dam collapsed in 2019, is ..."), or the
// clause of its operator ("X, operated by Vale until 2022, lies ...";
// operators.tsv): the nearest comma before k, within a few words and
// after token a, whose next words open such a clause, with no likely
// place between; -1 if there is none.
func (r *reader) relativeClauseOpen(k, a int) int {
	for i := k - 1; i > a && i >= k-maxLook; i-- {
		if m := r.mentionEndingAt(i, a); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return -1
		}
		if r.toks[i].kind == tokPunct {
			if r.toks[i].lower == "," && (isRelativeWord(r.lowerWord(i+1, len(r.toks))) ||
				anyHas(setOperators, r.lowerWord(i+1, len(r.toks))+" "+r.lowerWord(i+2, len(r.toks)))) {
				return i
			}
			return -1
		}
	}
	return -1
}

// acronymModifier reports whether token j is an acronym in capitals that
// the reader does not take for a place, qualifying the kind of place after
// it: "The newest IDP settlement, X, lies …", "A new WFP warehouse, X, was
// opened …".
func (r *reader) acronymModifier(j int) bool {
	if j < 0 || j >= len(r.toks) {
		return false // past the text: "… Share this article" at its very end
	}
	t := &r.toks[j]
	if t.kind != tokWord || !t.upper || len(t.lower) < 2 {
		return false
	}
	m := int(r.at[j])
	return m < 0 || r.evidence(m) == EvidenceUnlikely
}

// containerOpenerEnd returns the token after the comma when sentence s
// opens with "In", a name and perhaps its kind of division in lower case,
// and a comma ("In Idlib governorate, …", "In Borno State, …"), or -1.
func (r *reader) containerOpenerEnd(s *sentence) int {
	k := s.first
	if r.word(k, s.b) != "in" {
		return -1
	}
	m := r.mentionAt(k+1, s.b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1
	}
	e := r.mtok[m][1]
	for n := 0; n < 2 && e < s.b && r.toks[e].kind == tokWord && !r.toks[e].cap && isAdminFeature(featureOfHead(r.toks[e].lower)); n++ {
		e++
	}
	if !r.is(e, s.b, ",") {
		return -1
	}
	return e + 1
}

// sceneOpener reports whether mention m stands in the phrase that opens
// sentence s with "in", « dans », « en » or « au » and closes with a comma
// within a few words: "In the Grand'Anse department, …", « Dans la région
// de Mopti, … ». Such a place sets the scene of the sentence.
func (r *reader) sceneOpener(m int, s *sentence) bool {
	switch r.word(s.first, s.b) {
	case "in", "dans", "en", "au":
	default:
		return false
	}
	for c := s.first + 1; c < s.b && c <= s.first+7; c++ {
		if r.is(c, s.b, ",") {
			return r.mtok[m][1] <= c
		}
	}
	return false
}

// modifiersStart returns the first of at most two lower-case words that
// stand right before the kind's noun at token j ("weigh" in "the Pine
// Ridge weigh station"), or j when none does.
func (r *reader) modifiersStart(j int, s *sentence) int {
	k := j
	for k > s.a && k > j-2 && r.lowerWord(k-1, s.b) != "" && r.at[k-1] < 0 && !isPreposition(r.lowerWord(k-1, s.b)) && r.lowerWord(k-1, s.b) != "the" {
		k--
	}
	return k
}

// fromFrame returns the place a sentence opens with after a phrase of
// any language's travel.tsv start role and before a comma: "From Gao,
// Kalo is 30 km to the north", « Depuis Gao, Kalo se trouve à 30 km au
// nord ». It returns -1 when the sentence opens otherwise.
func (r *reader) fromFrame(s *sentence) int {
	for _, l := range langs().all {
		e, ok := r.anyCaseWordsAt(l.travel.starts, s.first, s.b)
		if !ok {
			continue
		}
		if r.is(e, s.b, "de") {
			e++
		}
		if m := r.mentionAt(e, s.b); m >= 0 && r.is(r.mtok[m][1], s.b, ",") && r.evidence(m) > EvidenceUnlikely {
			return m
		}
	}
	return -1
}

// placeBeforeObject returns what a distance phrase f with a direction and
// no object ("40 km to the north", « à 40 km au nord ») ending its clause
// measures from, when its sentence opens with a nameless place ("The camp
// lies 40 km to the north", namelessSubject places it later) or names a
// subject that subject finds: the place a fronted "From X," names
// (fromFrame), the place the text is about, or in a text about no place
// the last place the sentences before reached (lastReached: "The convoy
// left Gao at dawn. The camp lies 40 km to the north"). A named subject is
// set on f. It reports false when there is none.
func (r *reader) placeBeforeObject(f *found, s *sentence, subject func(ps int) (int, Span, bool)) (int, bool) {
	if f.rel.Points == 0 {
		return -1, false // "a drop of 870 m" has no direction and places nothing
	}
	m, ana, ok := subject(f.start)
	frame := r.fromFrame(s)
	if ok && m >= 0 && m != frame {
		if !ana.IsZero() || r.isContainer(m) || m == r.topic {
			return -1, false
		}
		o := frame
		if o < 0 {
			o = r.elidedObject(m, s)
		}
		if o < 0 && r.topic >= 0 && r.feature(r.topic) != "river" {
			o = r.topic // a river is no point to measure from
		}
		if o < 0 {
			o = r.lastReached(s.a, s, m)
		}
		if o < 0 {
			o = r.clauseBeforeSubject(m, s)
		}
		if o < 0 {
			return -1, false
		}
		f.subject = m
		return o, true
	}
	if np, nameless := r.namelessAt(s); !nameless || np.event || np.b > f.start {
		return -1, false
	}
	o := frame
	if o < 0 {
		o = r.topic
	}
	if o < 0 {
		o = r.lastReached(s.a, s, -1)
	}
	return o, o >= 0
}

// clauseBeforeSubject returns the place that opens sentence s as the
// subject of the clause before a semicolon that stands before mention m,
// in a text that has reached no place before s: "Hwange has a colliery
// and a hospital; a cattle post, X, lies 30 km further south", « Mopti a
// reçu des vivres ; un campement, X, se trouve à 10 km plus au nord ». It
// returns -1 when no semicolon stands between them or no place opens s.
func (r *reader) clauseBeforeSubject(m int, s *sentence) int {
	semi := false
	for k := s.first; k < r.mtok[m][0] && k < s.b; k++ {
		if r.is(k, s.b, ";") {
			semi = true
			break
		}
	}
	if !semi {
		return -1
	}
	o := r.mentionAt(s.first, s.b)
	if o < 0 || o == m || r.mtok[o][0] != s.first || r.evidence(o) == EvidenceUnlikely || r.isContainer(o) || r.sameName(o, m) {
		return -1
	}
	return o
}

// elidedObject returns the object of the distance said just before
// mention m in sentence s when m opens a clause after "and" or "while"
// that leaves that object out: "Knin lies about 9 km north of the mill,
// and Drniš some 12 km to the south" measures Drniš from the mill too. It
// returns -1 when no such distance comes right before.
func (r *reader) elidedObject(m int, s *sentence) int {
	p := r.mtok[m][0]
	if !(r.is(p-1, s.b, "and") || r.is(p-1, s.b, "while") || r.is(p-1, s.b, "et")) || p-1 <= s.a {
		return -1
	}
	k := p - 2
	if r.is(k, s.b, ",") {
		k--
	}
	if k < s.a {
		return -1
	}
	end := r.toks[k].end
	for n := len(r.rels) - 1; n >= 0; n-- {
		rel := &r.rels[n]
		if rel.Phrase.End < r.toks[s.a].start {
			break
		}
		if rel.Kind == KindDistance && rel.Phrase.End == end && rel.Object >= 0 && rel.Object != m && rel.Subject != m {
			return rel.Object
		}
	}
	return -1
}

// othersEndingAt reports whether the words ending at token k stand for
// other things than the clause's subject, which a phrase of place after
// them places: "those" or "others", perhaps followed by a past participle
// ("resembles those found near Altamura", "like others built at X").
func (r *reader) othersEndingAt(k int, s *sentence) bool {
	w := r.lowerWord(k, s.b)
	if w != "those" && w != "others" && k > s.a && (strings.HasSuffix(w, "ed") || isIrregularParticiple(w)) {
		k--
		w = r.lowerWord(k, s.b)
	}
	return k >= s.a && (w == "those" || w == "others")
}

// areaOfName returns the name a measured area of sentence s is taken
// from, "N hectares of X", "N acres of X": "A fire has burned through more
// than 4,000 hectares of Kulumindi Downs", "Floods covered 2,000 acres of
// Riverside Farm". The text is about that property, so "the station
// homestead" or "the farm" after it stands for it.
func (r *reader) areaOfName(s *sentence) (int, bool) {
	for j := s.a + 2; j+1 < s.b; j++ {
		if r.toks[j].lower != "of" || !anyHas(setMeasures, r.toks[j-1].lower) || r.toks[j-2].kind != tokNum {
			continue
		}
		if m := r.mentionAt(j+1, s.b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return m, true
		}
	}
	return -1, false
}

// countedObjectEndingAt reports whether token k of sentence s ends a
// counted plural of a kind with no name before it, the object of a verb:
// "The Paliwal Brahmins abandoned some eighty villages around Jaisalmer",
// "settlers founded several hamlets 20 km north of Y". The kinds are
// what the phrase after them places, not the verb's subject; a count set
// off after a name ("A and B, two villages near Y") is an apposition and
// is left to the apposition rules, and so is a count after a preposition
// ("a summer meadow with two yurts about 15 km south of Y").
func (r *reader) countedObjectEndingAt(k int, s *sentence) bool {
	w := r.lowerWord(k, s.b)
	if k <= s.a || r.toks[k].cap || !isPlural(w) || !isDescriptorNoun(w) && !isDescriptorNoun(w[:len(w)-1]) {
		return false
	}
	j := k - 1
	for j > s.a && (r.toks[j].kind == tokNum || isCountLead(r.lowerWord(j, s.b))) {
		j--
	}
	if j == k-1 || r.toks[j].kind != tokWord || r.mentionEndingAt(j, s.a) >= 0 {
		return false
	}
	w = r.toks[j].lower
	return !isCountLead(w) && !r.toks[j].cap && !isPreposition(w) && w != "and" && w != "or"
}

// isCountLead reports whether w counts the plural after it: a number word
// or a quantifier ("some eighty", "several", "a dozen", "many").
func isCountLead(w string) bool {
	switch w {
	case "some", "several", "many", "few", "dozens", "hundreds", "scores", "dozen", "about", "nearly", "over", "more", "than":
		return true
	}
	return isNumberWord(w)
}

// originNounBefore reports whether the nearness phrase at ps of sentence
// s follows "from" after a lower-case noun, the people or things that come
// from near a place: "pastoralist households from around Lodwar are
// converging", "traders from near Gao". The phrase says where they come
// from; it places neither them nor the sentence's subject.
func (r *reader) originNounBefore(ps int, s *sentence) bool {
	if ps-2 <= s.a || !r.is(ps-1, s.b, "from") {
		return false
	}
	t := r.toks[ps-2]
	return t.kind == tokWord && !t.cap && isPlural(t.lower) && r.mentionEndingAt(ps-2, s.a) < 0
}

// isIrregularParticiple reports whether w is an English past participle
// that does not end in "-ed" and may follow "those": "those found near X".
func isIrregularParticiple(w string) bool {
	switch w {
	case "found", "seen", "built", "known", "made", "dug", "held", "kept", "left", "set", "shown", "taken", "given", "drawn", "written":
		return true
	}
	return false
}

// participleAsideOpen returns the comma that opens an aside of two
// participles joined by the "and" at token k, the second a verb of place
// ("…, built by a charity from Nakuru and located 15 km north of Y"): the
// first is a lower-case past participle right after the comma, with no
// verb, relative word or other comma before the "and". It returns -1 when
// there is none.
func (r *reader) participleAsideOpen(k int, s *sentence) int {
	if !r.is(k, s.b, "and") || !isPlaceVerb(r.lowerWord(k+1, s.b)) {
		return -1
	}
	for c := k - 1; c > s.a && c >= k-12; c-- {
		w := r.lowerWord(c, s.b)
		if r.is(c, s.b, ",") {
			p := r.lowerWord(c+1, s.b)
			if c+1 < k && p != "" && (strings.HasSuffix(p, "ed") || isIrregularParticiple(p)) {
				return c
			}
			return -1
		}
		if (isCopula(w) && !r.is(c-1, s.b, ",")) || isRelativeWord(w) || r.is(c, s.b, ";") {
			return -1 // a verb of its own, not the aside's first participle ("built")
		}
	}
	return -1
}

// coordinatedModifier reports whether the "and" or "or" at token k joins
// two lower-case modifiers inside an indefinite noun phrase ("a copper and
// gold mine", "a copper and molybdenum prospect"): it ends no phrase, and
// the subject search walks on past it.
func (r *reader) coordinatedModifier(k int, s *sentence) bool {
	left, right := r.lowerWord(k-1, s.b), r.lowerWord(k+1, s.b)
	if left == "" || right == "" || r.toks[k-1].cap || r.toks[k+1].cap || isPreposition(left) || isPreposition(right) ||
		isCopula(left) || isCopula(right) || isIndefinite(right) || right == "the" {
		return false
	}
	for j := k - 2; j >= s.a && j >= k-3; j-- {
		w := r.lowerWord(j, s.b)
		if w == "a" || w == "an" {
			return true
		}
		if w == "" || r.toks[j].cap || isPreposition(w) || isCopula(w) {
			return false
		}
	}
	return false
}

// objectRelativeAside reports whether the phrase at token ps is a relative
// clause about subj, the object of a preposition, in a sentence that
// opens with a pronoun for the topic: "It belongs to the district of
// Antsirabe II, which is a part of Vakinankaratra Region", « Il relève de
// la commune de Y, qui fait partie de ... ». The sentence stays about the
// topic, and the next "it" is still the topic's.
func (r *reader) objectRelativeAside(ps, subj int, s *sentence) bool {
	if r.topic < 0 || subj == r.topic || s.first >= s.b || !isTopicPronoun(r.toks[s.first].lower) {
		return false
	}
	k := ps - 1
	for n := 0; n < 3 && k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && !isRelativeWord(r.toks[k].lower); n++ {
		k-- // "which is", "which lies", "qui fait"
	}
	if !isRelativeWord(r.lowerWord(k, s.b)) || !r.is(k-1, s.b, ",") {
		return false
	}
	if m := r.mentionEndingAt(k-2, s.a); m != subj {
		return false
	}
	p := r.mtok[subj][0]
	if r.is(p-1, s.b, "the") || isFrenchArticle(r.word(p-1, s.b)) {
		p--
	}
	w, art := elidedRest(r.word(p-1, s.b))
	return isPreposition(w) || w == "du" || art == 'd'
}

// isTopicPronoun reports whether w, lower-cased, is a subject pronoun
// that stands for the text's topic place: "it", « il », « elle ».
func isTopicPronoun(w string) bool {
	return w == "it" || w == "il" || w == "elle"
}

// otherPlaceBefore returns the last mention before token j, in the window
// kindAntecedent looks at, that the text gives evidence of being a place,
// that is no container and that bears another name than mention o, or -1.
func (r *reader) otherPlaceBefore(j, o int) int {
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.mentions[m].Name == r.mentions[o].Name {
			continue
		}
		if r.evidence(m) >= EvidenceCapitalised && !r.isContainer(m) {
			return m
		}
	}
	return -1
}

// recordSubject returns the place a record names when the phrase f is
// the value of the record's location field and found no subject: a line
// of a record, an infobox or a form that opens with labels of
// fields.tsv and a colon ("Location: 25 km north-west of Tamale",
// « Localisation : à 12 km au nord-est de Gao »). The place is the name
// that makes up the whole value of the nearest line before it in the
// same block whose label names the record's place: a word of
// recordnames.tsv ("Name:", "Site name:", « Nom : ») or a kind of place
// ("Hotel: Casa del Sol Lodge", « Site : Camp de Kalo »). A blank line
// ends the record; lines of other fields ("Type: dairy farm", "Country:
// Jordan") are passed over.
func (r *reader) recordSubject(f *found, s *sentence) (int, bool) {
	k := s.first
	for k < f.phraseStart && r.toks[k].kind == tokWord && anyHas(setFieldLabels, r.toks[k].lower) {
		k++
	}
	if k == s.first || !r.is(k, s.b, ":") {
		return -1, false
	}
	if k+1 < f.phraseStart && !(k+2 == f.phraseStart && r.toks[k+1].kind == tokWord && !r.toks[k+1].cap) {
		return -1, false // only "à" or "about" may stand between the colon and the phrase
	}
	for i := r.si - 1; i >= 0 && i >= r.si-8; i-- {
		if strings.Count(r.text[r.sents[i].span.End:r.sents[i+1].span.Start], "\n") > 1 {
			return -1, false // a blank line ends the record
		}
		if m, ok := r.recordName(&r.sents[i]); ok {
			return m, true
		}
	}
	return -1, false
}

// recordName returns the place a line of a record names when the line is
// a label that names the record's place, a colon and a name that fills
// the rest of the line ("Name: Greenhill Farm", « Site : Camp de Kalo »).
// A label of a division ("Country:", « Département : ») or with an
// adjective ("Nearest town:", « Ville la plus proche : ») names another
// place.
func (r *reader) recordName(s *sentence) (int, bool) {
	k := s.first
	for k < s.b && k < s.first+3 && r.toks[k].kind == tokWord && !r.is(k, s.b, ":") {
		k++
	}
	if k == s.first || !r.is(k, s.b, ":") {
		return -1, false
	}
	named := false
	for j := s.first; j < k; j++ {
		w := r.toks[j].lower
		if anyHas(setAdjectives, w) {
			return -1, false // "Nearest town: Savelugu" names another place
		}
		if anyHas(setRecordNames, w) || (isDescriptorNoun(w) || frenchFeature(w) != "") && !isAdminFeature(w) {
			named = true // "Site name:", "Station météo :", but not "Country:"
		}
	}
	if !named {
		return -1, false
	}
	m := r.mentionAt(k+1, s.b)
	if m < 0 || r.mtok[m][0] != k+1 || r.mtok[m][1] != s.b || r.evidence(m) <= EvidenceUnlikely {
		return -1, false
	}
	return m, true
}

// stationAfterAt reports whether mention m, graded an organisation by
// its last word, is written right after "at" with no article and ends in a
// word that lexicon/en/descriptors.tsv flags "at" as well ("at Kapemba
// Mission"): a station of that kind, the place where something happens,
// rather than the body that runs it ("the UN Mission").
func (r *reader) stationAfterAt(m int, s *sentence) bool {
	p, e := r.mtok[m][0], r.mtok[m][1]
	if e-p < 2 || !r.is(p-1, s.b, "at") {
		return false
	}
	w := r.toks[e-1].lower
	return isOrgWord(w) && isAtDescriptor(w)
}

// passedFound reads a way that passes a place before the distance f at
// token i (passedAfter): "The road from Isiolo to Marsabit passes X after
// some 140 km" puts X that far from the way's start, and on the road to
// its end when the text names one. It appends the phrases to out.
func (r *reader) passedFound(f found, i int, s *sentence, out []found) ([]found, bool) {
	m, from, to, ok := r.passedAfter(i, s)
	if !ok {
		return out, false
	}
	f.rel.Object, f.subject = from, m
	out = append(out, f)
	if to >= 0 {
		g := newFound(KindBetween, r.mtok[from][0])
		g.rel.Object, g.rel.Other, g.rel.Road, g.subject, g.end = from, to, true, m, r.mtok[to][1]
		out = append(out, g)
	}
	return out, true
}

// contestantAt reports whether the name of mention m is followed, right
// after it (or after an auxiliary), by a verb of a contest said of an
// athlete or a side (contests.tsv): "Ott Tänak won the Rally Estonia",
// "Nasser Al-Attiyah finished second", « Sébastien Ogier remporte le
// Rallye Monte-Carlo ». A place wins nothing; the name is a contestant's.
func (r *reader) contestantAt(m, b int) bool {
	k := r.mtok[m][1]
	if w := r.lowerWord(k, b); w == "has" || w == "had" || w == "a" {
		k++
	}
	return anyHas(setContests, r.lowerWord(k, b))
}

// andClauseApposition returns the name a clause after ", and" gives its
// subject in apposition, when that clause holds the phrase at token ps:
// "The largest, X, lies 14 km south-east of Y, and a smaller camp,
// Vittrekwa Point, sits 5 km north of the landing" places Vittrekwa
// Point, not the subject of the clause before (appositiveName reads the
// apposition).
func (r *reader) andClauseApposition(ps int, s *sentence) (int, bool) {
	for k := ps - 1; k > s.a; k-- {
		if r.is(k, s.b, ";") {
			return -1, false
		}
		if !r.is(k, s.b, "and") || !r.is(k-1, s.b, ",") {
			continue
		}
		m, ok := r.appositiveName(k+1, s.b)
		if !ok || r.mtok[m][1] >= ps {
			return -1, false
		}
		return m, true
	}
	return -1, false
}
