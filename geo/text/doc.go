// Package text reads English (and French) documents into place mentions and
// the spatial relations stated between them, each tied to byte offsets in the
// document.
//
// Read is the entry point. It splits the text into sentences, finds every
// capitalised name that may be a place (a Mention, graded by Evidence, with
// the descriptor the text gives: "the village of X", "wadi X", "X Region"),
// and reads four kinds of Relation:
//
//   - KindDistance: "80 km east of the village of Tessalit", "some 120km east
//     of X", "between two and five kilometres south of X", "10–15 km from X",
//     "31 miles (50 km) from X", "20 km from the Algerian border", "Niamey
//     (600 km to the southwest)" (direction turned round: Reversed), and a
//     distance set off by commas after its place (fronted.go): "North of
//     Kenema, some 22 km out, is the camp of X", "X lies north of Y, some
//     20 km out", "Beyond Dori, about 45 km to the north-east, is X" (with
//     no compass after it, "beyond X" gives a distance alone);
//   - KindDirection: "to the east of Lake Télé", "north of X", and the
//     neighbours of a place with their side (bordered.go): "bordered by X
//     to the north", "bounded on the east by X", "limitée au nord par X"
//     (Reversed: X lies north of the subject), and a list of neighbours
//     with their sides or distances (neighbours.go): "Nearby localities
//     include Tell Rifaat 8 kilometers to the west and Mare' to the
//     southwest", "Nearby towns include Nabatieh (6 km) to the
//     northwest", "Les localités voisines sont Ouahigouya au nord et Yako
//     à 30 km au sud" (Reversed too; every neighbour is a place);
//   - KindNear: "near X", "close to X", "the area around X", "outside X",
//     "on the left bank of X", "near the border", and a part of a town
//     (partof.go): "a suburb of X", "un quartier de X", "une banlieue de X";
//   - KindIn: "in the Kidal Region", "in southwestern Niger", "X, Kidal
//     Region, Mali", "Chad's Lac Region", "the capital of Y", "a village of
//     the Y Region";
//   - the sea coast as the object of KindDistance or KindNear, a BorderRef
//     with Coast set (coast.go): "23 km from the coast", "10 km inland",
//     "near the east coast of Madagascar", and with At for "on the coast of
//     the Gulf of Thailand", "a coastal town", "by the sea", "à vingt
//     kilomètres de la côte Est de Madagascar", "sur le littoral", "au bord
//     de la mer"; the words are in lexicon/en/coast.tsv and
//     lexicon/fr/coast.tsv;
//   - KindBetween: "between Kabul and Jalalabad", "on the road between A
//     and B" (Road), "midway between A and B" (Midway), "entre A et B", "à
//     mi-chemin entre A et B", with the second place in Other; and a
//     sentence opening "Halfway," or « À mi-chemin, » after one that told
//     a journey ("We drove from A to B", « Nous avons quitté A pour B »),
//     which puts the first name after the comma midway between A and B
//     (midwayAfterJourney); the words are in lexicon/en/between.tsv and
//     lexicon/fr/between.tsv.
//
// The subject of a relation is the place the clause is about: the name
// before a relative clause or apposition ("Zouid, which is located ...",
// "Feratin, a village lying ...", "Kiva, a stone hut with a spring 11 km
// north of Y", whose second kind after a preposition flagged second in
// prepositions.tsv is no place of its own: secondKindAt; "X, her
// father's citrus and cattle farm some eight miles south-west of Y", «
// X, un hameau de cases posé au bord de la rivière et entouré de
// girofliers, à 14 km de Y », whose long apposition describes X:
// longApposition), the sentence's subject after a comma and a
// finite verb ("..., is 50 km from"), the subject of a coordinated phrase
// ("110 km southeast of A and 120 km northwest of B"; but after "near X,"
// the distance places X when something happened near X rather than lay
// there: "Rebels clashed near X, 30 km north of Y"), or the current topic
// for "it", "the village" and "the county seat". One adjective no list holds
// may stand before a descriptor noun and reads like a listed one ("a
// component city", "The colonial town lies", "the prefectural capital X"),
// and a late subject may be named so, or with a possessive or a second
// kind before its own ("the tea village of X", "the herders' hamlet of
// X", "the ranch town of X"), or after "at" as "the camp at X" ("the
// mission at X"). A participle clause that opens a sentence
// ("Located in the X Zone, about 120 km north-east of Y, the town has ...")
// is about the main clause's subject; a province or governorate that the
// first sentence places ("X is a town in the Y Governorate in Syria") does
// not become the topic; "Its headquarters are in the town of X, 70 km ..."
// is about X, and "Its seat lies 60 km ..." about the topic. A description
// opening the sentence may name its place between commas ("The worst-hit
// village, Chingoni, lies ..."); a prepositional phrase between a fronted
// distance and the verb delays the late subject ("About 30 km north-west
// of Timaru, in the foothills, stands the sheep station of X"); a hedge
// that opens such a sentence, capitalised, is its distance's ("More than
// 40 km south of X, the Y camp …", « À peine 6 km à l'est de X, … »,
// and in French without its « à »: « Plus de 40 km au sud de X, le ksar
// Y, abandonné depuis 1960, menace … »), the late subject's kind may be
// the longest of kindsafter.tsv after its name ("the old Y cattle post",
// "the Y ger camp felt …"), and a firm's possessive before it names no
// place ("Minera Z's Y mine, 35 km east of X"); and the
// clause after a semicolon that opens with a nameless place is about it
// ("Kirkuk was hit; the camp lies 20 km south-east of Kirkuk"), or with
// an indefinite kind and its name between commas ("X has a clinic; a
// cattle post, Y, lies 8 km further west", « … ; un nouveau site, Y, a été
// ouvert à 25 km plus à l'est »), its kind perhaps after owners ("a
// herders' winter camp, Y, lies 40 km further north"); in a text that
// has reached no place before, such a further leg is measured from the
// place opening the sentence. A French participle after a chain of
// areas the subject lies in, set off by commas, bare or after « à » («
// un village de la région Amoron'i Mania, à Madagascar, situé à 35 km de
// Y »), is the subject's, as is a distance after a chain that opens
// with the participle itself (« un village situé à Madagascar, dans la
// région Amoron'i Mania, à 35 km de Y »); a word of origin opening a
// sentence (« Originaire de X, un village à 15 km de Y, … »,
// stopcaps.tsv) is no part of X. When no subject can be told, nothing is
// reported rather than a guess.
//
// History and archaeology write the same relations with their own words:
// the remains stand for the site the text is about ("Great Zimbabwe is a
// medieval city ... The ruins lie 27 km south-east of Masvingo"; "the
// tell", "the site", "les fouilles": descriptors flagged any), an age
// stands before a name without changing it ("the ruins of ancient Sardis",
// "north of present-day Albuquerque", "de l'antique Éphèse"), "They"
// before a verb of place is the topic, and "of Dundee in KwaZulu-Natal"
// puts the place measured from in the area that picks its namesake. An era
// closes a sentence ("in 52 B.C. The site lies ..."), a Roman-numeral
// century is no name ("au XIIe siècle"), and leagues are read at 4.5 km
// (lexicon/en/units.tsv); a day's march or "three marches" is no distance
// and gives none.
//
// Buildings and institutions are no places of their own, but the town
// they name is one (building.go): « le stade Lat-Dior de Thiès », «
// l'hôpital universitaire Justinien du Cap-Haïtien », « le CHU
// Yalgado-Ouédraogo de Ouagadougou », « la Grande Mosquée de Kairouan »
// name Thiès, Cap-Haïtien, Ouagadougou and Kairouan, and drop the
// building's own name (lexicon/fr/buildings.tsv); « du lycée bilingue de
// Bafoussam » names Bafoussam; « l'église Saint-Dominique », which no
// relation places, is unlikely a place. A hotel or a hospital named with
// its kind first ("Hotel Villa Maroc", "Ysbyty Gwynedd";
// lexicon/en/buildingleads.tsv) or a cemetery, funeral home or bus
// station with its kind last (establishments.tsv) is doubtful, and a
// language ("broadcast in Bislama", "in Cebuano"; lexicon/peoples.txt)
// is no place.
//
// Biographies and local histories place a person's life: the name before
// a verb of that life ("Michael Doyle (1842–1919) was born in", "Jack
// Riley grew up on", « Marie Chabrol naquit au hameau de »;
// lexicon/LANG/lifeverbs.tsv) is a person's, unlikely a place, and no
// subject, so "was born in the townland of Ballyfad, about 6 miles
// north-east of Gorey" places Ballyfad. The kinds of rural life
// ("townland", "shtetl", "manor", "croft", "a sheep run", "a boarding
// school") are descriptors; "Kirkton of Auchterless" and "Bridge of
// Allan" are one name each, and so is "the Hacienda San Gabriel". A name
// opening its sentence and set off by a comma before such a verb or a
// word of kinship or origin (« Victor Chabert, né le », « Marie Comeau,
// veuve de », « Les Jaquet, originaires du »; lexicon/LANG/kinnouns.tsv)
// is a person's or a family's too. Family histories measure in versts,
// Scandinavian miles, « une demi-lieue », « un quart de lieue » and "a
// quarter of a mile" (units.tsv, amounts.tsv).
//
// Document.Demonyms lists the nationality adjectives before a kind of
// place ("a Palestinian town", "the Mexican state of Jalisco"), which are
// no place but tell the resolver which country the text is about.
// Document.Voices lists those before officials, sources, police or
// residents ("Lebanese officials said"), a weaker sign the resolver uses
// only when the text names no country otherwise.
//
// A place named only by its role is an object (role.go): "25 km south-west
// of the provincial capital", "3 km west of the city centre", "à 40 km de
// la capitale", "au nord du chef-lieu de la province". The words of
// lexicon/LANG/roles.tsv, closing the clause, become a Mention with Role
// set to the kind of place whose seat they name; the resolver finds the
// seat from the container the document names. A name after the words
// ("the regional capital Rzeszów", "la capitale, Niamey") is read as that
// name, and the French "le chef-lieu (de la commune)" after a named commune
// or department stays that division (bareSeatAt).
//
// A place the text gives no name is a subject too (nameless.go): "The camp
// is 60 km east of the Mauritanian border, near Nara", "A military base lies
// ...", "Le poste de contrôle est situé à ...". The descriptor with its
// article becomes a Mention with Nameless set, named by those words, unless
// the topic is of its kind ("X is a village. The village is ..."), the
// document names a place of that kind ("the camp at Inabag"), an earlier
// nameless place of that kind is meant ("A camp ... The camp ..."), or the
// phrase is a bare "the W" or « ce W » that takes up a place named before
// it in its paragraph (backref.go): the nearest whose kind W may stand for
// (lexicon/en/backrefs.tsv: "its X property ... The property", "crossed X
// Gap ... The gap", « son permis de X ... Le permis », "X, a family
// vineyard ... The estate"), or, for a site, camp, mine, pass, holding or
// village, the nearest name of no kind that an earlier sentence gave a
// sign of place ("arrested at X ... The mine lies", « arrivées à X ... Ce
// site se trouve »), unless it stands in a list, was measured from, or
// shares its sentence with another of the kind. Only
// located kinds qualify (camp, base, well, village, checkpoint, epicentre...),
// never containers, borders or capitals. The same holds for such a phrase
// right before a distance, as the object of a verb or preposition: "fled
// to a camp 12 km south of Gilgit", "un campement à 8 km au sud de Gao";
// after a copula or a comma it is an apposition of the named subject ("Kidal
// is a town 80 km from X").
//
// An event is such a place too (lexicon/en/events.tsv, lexicon/fr/events.tsv):
// "The attack took place 30 km east of Ménaka, near the village of
// Tinabaw", "L'embuscade s'est produite à 40 km de X", "Les combats ont eu
// lieu ...". It is never the topic nor a place the document names, and
// "the attack" that a later sentence places is near the scene an earlier
// one gave it without placing it ("Gunmen attacked the village of Tinabaw.
// The attack took place 30 km east of Ménaka": Tinabaw is near the point
// 30 km east of Ménaka), up to two sentences on. An event told with the
// place it happened at, as the subject of its verb, places that place
// instead, in a reported clause too ("Police said the ambush on X occurred
// 25 km south of Y": X lies there; the prepositions are the place rows of
// events.tsv); and after "in X," the distance places X when the subject
// of "in X" is an event ("A car bomb hit the checkpoint in X, 20 km west
// of Y"), as after "near X,". Disasters are events: "A magnitude 6.1
// earthquake struck 25 km SSW of X", "An earthquake of magnitude 6.8
// struck ...", « Le séisme de magnitude 6,8 s'est produit à 71 km de X »,
// « Un feu de forêt s'est déclaré à 10 km de X » (the size is skipped,
// the measure rows of events.tsv); "Cyclone Freddy made landfall 40 km
// south of X" places the landfall (the site rows). A mishap or an attack
// told by its subject and verb names its scene with those words, after a
// phrase about the subject too ("The trawler sank 40 nautical miles north
// of X", "A boat carrying 40 migrants capsized 30 nautical miles off X",
// « Une pirogue transportant 80 migrants a chaviré à 4 km de X »: the
// scene and lead rows).
//
// Names followed by words of impact are places (impact.go,
// lexicon/*/impacts.tsv): "Les Cayes, Jérémie and Anse-à-Veau were badly
// hit", « Les communes d'X et d'Y ont été les plus touchées »; a list
// takes the evidence of its last member. "The Limpopo burst its banks",
// « Le Niger est sorti de son lit » name a river.
//
// A place the text names only after placing it takes that name
// (named.go): "A village 20 km south of Kasese ...; it is called
// Bukirova", "The farm lies ... It is known as Kiamboru", "Its name is X"
// make the name an Alias of the nameless place, and "The settlement,
// whose name is X, lies ..." makes X the subject; "A settlement 18 km
// east of Lodwar, known locally as X," names the settlement, not Lodwar,
// and so does "Locals call it X" after it. Who uses the name is stepped
// over ("The cabin, known to mushers as X,", "The camp, called X by the
// guides,", « Le campement, appelé X par les habitants, »: namingAgentEnd),
// also when the aside names the subject of the sentence's own distance ("A
// new camp, named X by district officials, was set up 8 km west of Y", «
// Un nouveau site, baptisé X par les autorités locales, a été aménagé à 20
// km de Y »: namedAsideBefore). A participle of record gives the name
// after "as" or « sous le nom de », past where or by whom it is so named
// ("The site, entered in the register as X,", "known to the Warlpiri as
// X", « connu localement sous le nom d'X »: asparticiples.tsv,
// asNamedAt), and so does a relative clause's verb ("which the old maps
// mark as X": asnamings.tsv); a phrase after the name that says why it is
// so named stays in the aside ("named X after its founder,", « baptisé X
// en l'honneur de son fondateur, »: namingtails.tsv), and an adverb, an
// article and a lower-case kind may stand between the verb and the name
// (« un lac que l'on appelle ici le lac X »: namingadverbs.tsv,
// givenNameStart).
//
// The same relations written in French, as in French encyclopedia articles
// on villages of the Sahel, are read by rules that start only at French
// words, so the English reading is unchanged by them (nearness and a
// direction without a distance by rules one for both languages, with the
// French tables):
//
//   - KindDistance: "à 17 km au sud-est de Pama", "à environ 12 kilomètres
//     au sud-ouest du centre de Kaya", "à 1,5 km à l'ouest de X", "à 12 km
//     de Lantaga", "entre 2 et 5 km", "de 10 à 15 km", "à vingt-cinq
//     kilomètres", "à une dizaine de kilomètres", "à 10 km de la frontière
//     ivoirienne", "la frontière ivoirienne située à 10 km au sud"
//     (Reversed, measured from the sentence's subject), "à 6 km du
//     centre-ville" (from the town the subject is a quartier of);
//   - KindDirection: "au nord de X", "à l'est de X", after a verb of place;
//   - KindNear: "près de X", "non loin de X", "à proximité de X";
//   - KindIn: "dans la région de Y", "un village du département de Y", "le
//     chef-lieu de la province du Z" (Seat), "dans le nord du Mali".
//
// Hedge holds the English equivalent ("environ" gives "about", "plus de"
// "more than", "moins de" "less than") and Direction the French as written
// ("sud-est", "Sud-Ouest", "est" for "à l'est"). Subjects follow "X est
// situé à", "X se trouve à", "La localité de X est située", coordination
// (", et à ..."), and "il", "elle", "le village" for the topic; in a news
// sentence with no subject of its own, the name right before the comma
// ("a visé le village de X, à 25 km de Y", "après l'attaque de X, à ...");
// the place the main clause names by its kind after a distance that opens
// the sentence ("À une cinquantaine de kilomètres de Y, des hommes armés
// ont pillé le village de X"); the name before a distance in brackets ("le
// poste de X (à 30 km au sud de Y)"); the head of an apposition of kind
// ("le maire de X, une commune à 80 km de Y", "X, une île du lac Tchad
// située à"); the place after a distance with no subject (", à 30 km de
// Y, près de X"); and "la localité" for the one settlement named before.
// A division named with its article ("le département du Pool", "la région
// des Savanes") gives its kind, and is X's container, not the subject of
// a participle after it. Mention.Name
// leaves out an elided article ("d'Agadez" gives "Agadez") and
// Mention.Feature gives the English kind ("la ville de X" gives "town").
//
// # Stages
//
// Read runs these stages in order, each over the whole document and each
// linear in its length. The first three hand the next a value of their
// own: tokens ([]token), sentences ([]sentence over the tokens) and name
// chunks ([]nameChunk, made from tokens alone). The evidence stage hands on
// the graded mention table, which no later stage rewrites: what relations
// and lists learn of a name (a role that lifts its evidence, a river that
// "the bank of" reveals) is kept beside it in the reader's roles, one entry
// per mention, and the last stage (settle) folds them into the mentions
// Read returns (TestStagesKeepGradedTable holds the stages to this). The
// relation stage adds the nameless places it finds at the table's end and
// records containment and aliases in tables of their own (inOf, aliasOf):
//
//  1. tokens with byte offsets (token.go), after the repairs of the text as
//     mirrors and scraped pages deliver it (repair.go, lexicon/repair/):
//     mojibake ("situÃ©" is "situé"), HTML entities ("&nbsp;", "&#233;"),
//     reference marks ("35 km[2] east"), soft hyphens and zero-width
//     spaces, and words cut at a line's end ("Tom-\nbouctou"); the reader
//     reads the repaired text and every span is mapped back to the input,
//     which clean text is, byte for byte: words, numbers, punctuation and
//     the possessive "'s" (and the plural's "the herders' camp"); a spaced elision ("d' Ouahigouya") reads as "de"
//     and a preposition glued to a name ("ofLa Paz") is split off, as is
//     a road named by its towns after a French road noun ("l'axe
//     Gao-Ansongo" reads as "l'axe Gao – Ansongo");
//  2. sentences (sentence.go), with references after a full stop ("Yemen.[1]
//     It ...") and abbreviations ("lit.", "ex.", "St.") kept inside;
//  3. name chunks (chunkNames in mention.go): runs of capitalised words
//     joined by particles, possessives before a kind of spot ("Carver's
//     Gap") and "St." ("St. John's Wood"), names with lower-case words
//     listed in lexicon/names.txt whole; cut at months, titles, units and
//     elided descriptors ("L'oasis de X");
//  4. place and non-place evidence (gradeNames, emitName in mention.go,
//     lexicon.go): descriptors,
//     prepositions, and the lexicons of agencies, peoples and languages,
//     demonyms and organisations that are never places, names in brackets of
//     other languages, glosses (lit. "Red Rock"), a people before a
//     descriptor ("a Quechua farming community");
//  5. containers and aliases (container.go, alias.go), then relations with
//     their attachment (relation.go, french.go: subject, anaphor, late
//     subject, copula subject, border as subject, chains, apposition), and
//     the lists (list.go), whose members share their best evidence;
//  6. settle (reader.go): the roles folded into the mention table.
//
// # Tables
//
// Each language is a folder of tables, lexicon/en/ and lexicon/fr/, read
// once from the embedded files into the language's tables (language.go;
// the descriptor nouns and en/admin.txt in lexicon.go) and never written
// after; the grammar consults them. One file per class of word, tab-separated, each with a test that
// it is well-formed, has no duplicate and that every row is read in a
// sentence (language_test.go, lexicon_test.go):
//
//   - units.tsv: units of length with their factor to kilometres ("km",
//     "miles", "nautical miles", "kilomètres", "leagues" and "lieues" as
//     one loose unit of 4.5 km); a unit is read in either language;
//   - hedges.tsv: words before a number and the English hedge Relation.Hedge
//     holds ("about", "just over"; "environ" gives "about", "plus de" "more
//     than"); the longest phrase written wins; a French row flagged
//     after may also follow the unit ("5 km à peine", "12 km environ");
//   - numbers.tsv: number words with their value and class (unit, teen,
//     ten, hundred, thousand, dozen; French round nouns, "une dizaine de");
//   - amounts.tsv: vague amounts and their range ("a few" 2 to 5,
//     "plusieurs" 3 to 9, "half a");
//   - ranges.tsv: the words that join a range ("between 2 and 5 km", "de
//     10 à 15 km", "2 ou 3 km");
//   - verbs.tsv: verbs of place ("lies", "is located", "se trouve", "est
//     situé"), flagged when one returns to the main clause after a comma,
//     opens a sentence ("Located 20 km north of X"), places its subject
//     before "in", or may follow a border that is the subject of a
//     distance ("The Chadian border lies 12 km east of X");
//   - prepositions.tsv: prepositions that end the search for a subject,
//     words that make the name after them a place ("near", "reached",
//     "vers"), and the English "of" of "north of X" ("of", "from"), and
//     the prepositions of place only, after which a people's name is a
//     town's ("camped at Berber");
//   - near.tsv: the leads of nearness ("near", "close to", "on the left
//     bank of", "près de", "aux environs de"), as patterns of words, with
//     whether "de" follows, whether only a border may, and whether the
//     place is a river;
//   - neighbours.tsv: the leads of a list of the neighbours of the place
//     the text is about ("Nearby localities include", "Its nearest towns
//     are", "It borders", "Les localités voisines sont", "La ville la
//     plus proche est", "limitrophe de"), as patterns of words, with
//     whether "de" may stand before each neighbour (neighbours.go);
//   - roads.tsv: road markers after a distance ("by road", "par la route");
//   - clauses.tsv: the words that close a clause or list item ("and",
//     "or"; "et", "ou", "mais"), read by one rule with the punctuation and
//     dashes every language shares (clauseEndAt);
//   - distance.tsv: the words of a distance phrase around its quantity,
//     one piece a column value: what opens the quantity ("at a distance
//     of", "une distance de"), the lead words before it ("à", "qu'à" with
//     its hedge "only", "distant de"), "as the crow flies" and "à vol
//     d'oiseau", the links before a compass ("to the", "towards", "au",
//     "à" with "l'est"), the of-words after it ("of", "from", "de", "du",
//     "d'" glued to the name), the words before an object with no
//     direction ("from", "outside", "off", "de"), the river words
//     ("upstream", "en aval", « en contrebas »), and the course words that, beside the
//     verbs flagged border, may stand between a border opening the
//     sentence and its distance ("runs", "passe", "serpente"); and the
//     words of a distance set off by commas after its place (fronted.go):
//     the beyond words before the place ("beyond", "past", "au-delà de",
//     "passé") and the trail words after the quantity ("out", "further
//     on", "down the road", "along the Yendi road", "plus loin", "sur la
//     route de Y");
//   - travel.tsv: the words of a traveller's journey (travel.go): a word
//     of travel before a distance ("drove", "travelled", "parcouru") and
//     the words after it that lead to where the journey ended ("to
//     reach", "to", "jusqu'à", "nous avons atteint"): "We drove 40 km
//     north from Mopti to reach Sarakoro", "From Gulu our convoy
//     travelled 35 km north to Paminyai", « Il a parcouru 45 km vers le
//     nord jusqu'à X » place the place reached, and its naming verbs
//     ("called", "named") the place reached given by its kind and the
//     name someone gave it ("marched 40 km west to a camp the porters
//     called Kisitwe Ndogo"); the words of a further leg ("a further",
//     "another", « encore », « plus loin ») measure a leg from the last
//     place the text reached, and so do, for a place reached named after
//     the distance, the bring verbs ("Another 25 miles brings you to X"),
//     the arrive phrases ("After another 40 km we reached X"; a first
//     leg told the sentence after the travellers leave a town with a
//     depart verb, "We left X with our guide Z. After 45 km we stopped
//     at Y", starts at the town, not at the guide, the vehicle, the way
//     or the goal named after it), the next
//     stop in apposition ("The next stop, X, lies 90 km to the west") and
//     the words for the last place reached ("from there", "beyond that",
//     « de là »), also opening the sentence ("From there it's a bumpy
//     120 km drive west in a Soviet-era van to X": startsThere, the
//     vehicle or road after "in", "by", "on" stepped over as a way); French legs (legAt) also take the journey's heading
//     (« vers l'est ») when they give none, and a noun of the way
//     (« après 80 km de piste »); a distance set off by commas before
//     the clause in which travellers reach a place places it ("Some 30
//     km short of X, we stopped at the yurt café of Y", "The next
//     morning, 25 km further north, we passed the ovoo of Y": arrive
//     phrases, arrivedAfter), and a leg's subject may come before it
//     with a relative clause or a speaker, or a landmark may close it
//     ("Dorje says Y, where we sleep tomorrow, is another 10 km on, over
//     the ridge"; "Another 8 km on, over a pass, is Y"); the road the
//     fronted distance runs along may stand before that clause, and the
//     travellers or the way may be named by a noun (halt phrases, or a
//     bring or course verb and a reach phrase: "35 km out of X on the
//     Tupiza road, the trucks stopped at Y", "40 km out of X on the road
//     to Z, a gravel track leads down to Y", "A turn-off 9 km past X
//     leads up a graded track to Y"; wayreach.go); a way from X passes Y
//     (pass phrases) before "after" (passing) and a distance with no
//     object ("The road from X to Z passes Y after some 140 km"), the way
//     perhaps the one the sentence before named ("The trail passed Y
//     after 55 km"); a kilometre post ending the clause after Y places it
//     on a way the sentence named by its ends before (« La piste qui mène
//     de X à Z traverse Y au kilomètre 40 »); a verb of
//     flight counts as a public service (services.tsv), with "back"
//     between (back: "flew back to Djibouti" is the capital);
//   - onward.tsv: the words by which a leg with no direction carries on
//     the way the text came ("25 km beyond X", "another 6 km on", « 20
//     km plus loin »; onward.go): Relation.Onward, which the resolver
//     reads as the direction in which the text reached X;
//   - stagefinish.tsv, stagestart.tsv: the words after a distance that
//     measure it from the finish or the start of the stage or journey
//     the text names by its two ends ("from Kasese to Fort Portal … 18
//     km from the finish", « entre Tambacounda et Kédougou … à une
//     quinzaine de kilomètres de l'arrivée », "60 km into the stage";
//     stage.go); a road named by its own name or by its two ends ("22
//     km along the Highlands Highway from Wabag towards Mount Hagen",
//     "14 km along the road from Wabag to Mount Hagen") gives the
//     distance from its first town and the road between the two
//     (roadpair.go); « à 40 km avant X » is short of X;
//   - en/waters.tsv: the words before "the" and a bare name that make it
//     a river's, which the resolver maps as no country or town ("a
//     crossing point on the Niger", "descended the Congo");
//   - compass.tsv: the parts of compass words and their letters ("north" N,
//     "sud" S); compass words share one reader (direction.go), and a French
//     abbreviation ("NO") is read from the initials of the parts;
//   - events.tsv: the nouns of events ("attack", "embuscade") with the
//     English noun, the verbs that place them ("took place", "a eu
//     lieu"), the prepositions between a noun and the place it
//     happened at ("the attack on X"), the words of an event's size
//     ("magnitude") and the sites a verb names ("made landfall");
//   - impacts.tsv: the auxiliaries, degree words and participles after a
//     name that say the place suffered a disaster ("were badly hit", « ont
//     été les plus touchées »), and the words only a river takes after
//     its name ("burst its banks");
//   - descriptors.tsv: the words that name kinds of place, with the English
//     feature each French noun gives and whether "the W" may stand for the
//     topic; en/admin.txt the administrative kinds; en/kindsafter.tsv the
//     kinds written only after a name ("the X trading centre", "the X
//     barracks"), and en/localkinds.tsv the words of other languages
//     written before one, cut from the name when the gazetteer writes
//     such names without them ("Barangay San Isidro" is San Isidro, a
//     barangay) and kept when it writes them with ("Kampung Baru",
//     "Ksar el Kebir", "Colonia del Sacramento"); en/roadheads.txt the
//     last words of a numbered road's name ("West Virginia Route 47",
//     "Interstate 80"), which with its number is no mention, and
//     en/towncentres.txt the words after a town's name that name a part of
//     it ("Lusaka CBD" is read as Lusaka);
//   - sources.tsv: the words right before a name that make it the source
//     of a report, no place ("according to Glencore", "selon X"); set
//     between a place and its distance, the source and its words are taken
//     out of the token stream (asides.go): "X, which, according to
//     police, is 18 km west of Y", « X, situé, d'après des sources
//     sécuritaires, à 12 km de Y »;
//   - en/hearsay.tsv: the participles that call a distance hearsay before
//     "to be" or "to lie" ("X, said by residents to be 25 km east of Y"),
//     taken out with the words up to the verb (asides.go);
//   - between.tsv: the words of "between A and B" and their roles (the
//     words that open and join it, "midway", the roads and stops before
//     it, and the nouns that make it no place's position: "the border
//     between A and B").
//   - fr/entry.tsv: the words a French relation phrase may start at, each
//     with the rules tried there in order ("à" a distance, a direction or
//     nearness; "dans" nearness or containment; "village" part-of;
//     "au-delà" and "passé" beyond, fronted.go). A
//     language without the file starts phrases at any word with the rules
//     its syntax lists (English).
//
// The words that are never places are lexicon/*.txt, shared by all
// languages. lexicon/en/common.txt.gz lists the common English words no
// place bears, and lexicon/en/placewords.txt.gz those some place does
// bear ("snow", "police"): opening a sentence before a verb of action
// ("Snow stranded drivers", "Police said") such a word names no place.
//
// What is still code, and why: the grammar itself (how a number is built
// from its words, "twenty-five", "quatre-vingt-dix", "vingt et un", and
// which number reader a language's range uses, in number.go and
// french_number.go; "a kilometre" read as one). A quick filter still names a few words of these classes on purpose: the
// words a phrase may start with (mayStartPhrase, which spares most tokens
// the full parse; it takes every hedge of hedges.tsv). The capitalised
// words that are no name are the rows of stopcaps.tsv (isStopCap). The
// other word classes (stop words, titles, the words after which a title
// stays in a town's name ("Villa General Belgrano", titleleads.tsv),
// particles, months, organisation words, adjectives, fillers, border
// words, the demonym rules, road nouns, the words of lists, elisions) are
// tables too: word sets of
// lexicon/LANG/ (wordsets.go), the rules on the shape of words
// (wordrules.go: demonyms.tsv, roadnouns.tsv, lists.tsv) and
// lexicon/particles.tsv. A few small classes are still switches in the
// stages that read them (the glosses of a name, "lit." or "signifiant";
// the French modifiers "rural" and "urbain"; the words a rule reads at
// one place, as the heads of a road before its towns).
//
// The distance phrase is one rule for every language (distanceAt in
// distance.go): [lead] quantity [conversion] [as the crow flies] [road]
// then a direction after its link and the object after its of-word, or
// the object after a from-word or a river word, each piece read from the
// language's distance.tsv, so that "à environ 12 km à vol d'oiseau au
// nord-est de X" and "about 12 km as the crow flies to the north-east of
// X" are read by the same steps. An aside set off by commas or dashes
// between the quantity and the rest ("8 km, or about two hours on foot,
// north of X", « à 20 km — à vol d'oiseau — de X », « à 25 km, par la
// route, au nord de X ») is skipped, a road marker in it kept
// (quantityAsideAt). Vague nearness and a direction without a
// distance are one rule each too (near.go, directiononly.go), reading the
// language's near.tsv and prepositions.tsv. What stays code, one case a
// language, is syntax rather than words, named in syntax.go and
// distance.go: the number reader (quantityIn), the compass after its link
// (compassIn: French writes a bare direction only as an abbreviation
// before its of-word, "12 km NO de Kaya", and glues the article of "à
// l'est"), the reader of the object (parseObject, frenchObject), the
// French "de" with its contractions, and whether a verb of place must
// come first (French, frenchGate). Where a language enters the rules is
// one loop (enterAt in entry.go): at each token, after the coast and road
// phrases of every language, each language whose phrases may start at the
// word tries its rules in its order, the French rows of entry.tsv first,
// then English at any word with the list of its syntax. The rules are
// named, not coded a language: distance, direction and near are the shared
// rules above; in and part-of are still English and French rules of their
// own (inAt and partOfAt in relation.go and partof.go, frenchInAt and
// frenchPartOfAt in french.go), named in the syntax; and so is the step
// that finds the subject after a distance (englishDistanceAt: a journey,
// an apposition, "its"; frenchDistanceAt: frenchBorderBefore for "la
// frontière ... située à", where the border follows the subject as the
// distance's object). A border that opens the sentence and is the subject
// of its distance ("The Chadian border runs 12 km east of X", "La
// frontière tchadienne passe à 12 km à l'est de X") is one rule
// (borderSubjectBefore), given the language's border reader. A distance
// set off by commas after a direction or "beyond X" is one rule too
// (setOffAfter and beyondIn in fronted.go): the part before the comma
// gives the place and maybe the direction, the distance its amount and
// maybe a direction that wins, and a fronted phrase leaves the subject to
// the late-subject steps of each language (the place after "lies", "se
// trouve", "s'étend"). English also
// names steps that read no table of words yet (bordered, a bracket after
// a name, "a distance of", between, "the capital of"). A third language
// thus needs its folder of tables, an entry.tsv or a list of rules, and a
// syntax naming its readers and its rules for containment, part-of and
// the subject of a distance.
//
// A unit and a direction with the number lost ("à km à l'est de X") give a
// KindDirection relation with MissingNumber set: what remains is kept and
// the distance is said not to be stated. With no direction either ("à km
// de X") it is a KindDistance relation with MissingNumber set and no
// direction, which keeps the place listed and places nothing.
//
// The reader is rule-based and uses no gazetteer: it reports candidate names
// with the evidence that they are places and leaves the decision to the
// caller. It uses no regular expressions; a hand-written tokenizer and
// bounded look-ahead and look-behind keep it linear in the length of the
// document, whatever the input (invalid UTF-8 and binary data included).
package text
