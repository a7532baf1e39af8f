package text

import "io/fs"

// wordSet names one of the plain word lists of lexicon/LANG/: a file of
// one lower-case word a line (wordSetFiles), read into a set. A language
// may lack a file, and then has no word of that class; a third language
// adds its own files. A lookup costs one map access per language.
type wordSet int

// The word sets, each a file of every language folder that has one.
const (
	setPartKinds           wordSet = iota // partkinds.tsv: settlements that lie in a division ("a village of X")
	setTownParts                          // townparts.tsv: parts of a town, which lie by it ("a suburb of X")
	setFillers                            // fillers.tsv: words between a subject and its relation ("also", "reportedly")
	setArticles                           // articles.tsv: articles and demonstratives ("le", "du", "cette")
	setPronouns                           // pronouns.tsv: pronouns that stand for the topic ("il", "celle-ci")
	setDefinite                           // definite.tsv: definite articles before an organisation's name ("the", "l'")
	setRoles                              // offices.tsv: roles before a person's name ("journalist", "gouverneur")
	setAdjectives                         // adjectives.tsv: adjectives next to a descriptor noun ("small", "petite")
	setModifiers                          // modifiers.tsv: modifiers kept in a kind ("market town")
	setNameHeads                          // nameheads.tsv: kinds that end a name ("Kidal Region")
	setNameLeads                          // nameleads.tsv: kinds that open a name ("Lake Télé")
	setMonths                             // months.tsv: names of months ("january", "juillet")
	setWeekdays                           // weekdays.tsv: days of the week ("friday", "lundi")
	setBorders                            // borders.tsv: heads of a border phrase ("border", "frontière")
	setTitles                             // titles.tsv: titles before a person's name ("general", "sheikh")
	setSpeechVerbs                        // speech.tsv: verbs of speech after a speaker ("said")
	setOrgWords                           // orgwords.tsv: words that make a name an organisation or event ("army", "war")
	setThingNouns                         // things.tsv: nouns after a make or model ("helicopters")
	setSpecies                            // species.tsv: species and minerals after a place's name ("spar", "bunting")
	setEventVerbs                         // eventverbs.tsv: verbs that place an event, not the name ("killed")
	setPossGenerics                       // possgenerics.tsv: generics after a possessive in a name ("Carver's Gap")
	setOfGenerics                         // ofgenerics.tsv: generics joined by "of" in a name ("Gulf of Aden")
	setQualifiers                         // qualifiers.tsv: qualifiers that open a name ("New Mampong")
	setNumbered                           // numbered.tsv: words that open a numbered name ("Camp 3")
	setStopCaps                           // stopcaps.tsv: ordinary words that open a sentence capitalised ("However", "Cependant")
	setBordered                           // bordered.tsv: words that open a list of neighbours with their sides ("bordered", "limitée")
	setOfWords                            // ofwords.tsv: the forms of "of" before a name ("of", "de", "d'")
	setCopulas                            // copulas.tsv: verbs that say what the name before them is ("est", "devient")
	setElisions                           // elisions.tsv: elided words glued to the next, with their apostrophe ("l'", "d'")
	setNameParts                          // nameparts.tsv: words that names are made of with a hyphen ("saint", "nord")
	setTimeNouns                          // timenouns.tsv: nouns of a time ("nuit", "veille", "morning")
	setRelatives                          // relatives.tsv: words that open a relative clause ("which", "who")
	setPartWords                          // partwords.tsv: nouns of a part of a country, as compass words ("centre", "extrême-nord")
	setAliasLeads                         // aliasleads.tsv: words that open the words before another name ("also", "aussi")
	setAliasVerbs                         // aliasverbs.tsv: words that say another name follows ("spelled", "ou")
	setSources                            // sources.tsv: words before a name that make it the source of a report ("according to", "selon")
	setHearsay                            // hearsay.tsv: participles that call a distance hearsay before "to be" ("said", "believed")
	setWaters                             // waters.tsv: words before "the" and a bare name that make it a river ("on the Niger")
	setMainVerbs                          // mainverbs.tsv: verbs after a name that open the main clause after a participle one ("overlooks")
	setDedicated                          // dedicated.tsv: kinds of building a dedication names ("monastery")
	setDedications                        // dedications.tsv: words that open a dedication ("our", "saint")
	setSaints                             // saints.tsv: "saint" in many languages, opening a building's name ("Santa", "Sveti")
	setHouseHeads                         // househeads.tsv: words ending a dwelling's name before what it now is ("the X House museum")
	setHoldings                           // holdings.tsv: what a person holds, after a person's name and "'s" ("at Mair Pugh's farm")
	setLeaderships                        // leaderships.tsv: phrases of leading before a person's name ("under the direction of", « sous la direction de »)
	setInWaters                           // inwaters.tsv: kinds of place that lie in a river ("island")
	setLandEnds                           // landends.tsv: endings of the names of a stretch of land written after "on the" ("Copperbelt", "Highveld")
	setRiverParts                         // riverparts.tsv: parts of a river before "of the" and its name ("the banks of the Niger")
	setRegionNouns                        // regionnouns.tsv: nouns of a country's regions after a demonym ("highlands")
	setRiverLeads                         // riverleads.tsv: words that open a river's name after "the" ("the Rio Grande")
	setLifeVerbs                          // lifeverbs.tsv: verbs of a person's life after a name ("born", "grew up", "naquit")
	setEmigration                         // emigration.tsv: verbs of emigration before where someone went ("emigrated", "émigra")
	setMeasures                           // measures.tsv: units of size other than length after a number ("250 MW")
	setOperators                          // operators.tsv: words before a name that make it a facility's operator ("operated by")
	setSizeWords                          // sizes.tsv: words that open an aside giving a size ("haute de 65 m", "at 2,320 m")
	setAgencyHeads                        // agencyheads.tsv: nouns that head an agency's name before "of" and common words ("Department of Public Safety")
	setSuperlatives                       // superlatives.tsv: superlatives that make a direction after their noun a half of the map ("the largest city west of X")
	setCurrencies                         // currencies.tsv: currencies after their issuer's name ("US dollars")
	setSeats                              // seats.tsv: buildings and services named after the town that holds them (« l'hôpital de Foix »)
	setOdonyms                            // odonyms.tsv: streets named after a place (« rue de Paris »)
	setTitleLeads                         // titleleads.tsv: words that open a name and keep a title after them ("Villa General Belgrano")
	setSelves                             // selves.tsv: words after a comma that send the phrase to the name before it ("itself", "elle-même")
	setOrigins                            // origins.tsv: words of coming or leaving before « de » and a town (« partis de Marrakech »)
	setPasses                             // passes.tsv: words of a way before « par » and a town (« un détour par Murdochville »)
	setCredits                            // credits.tsv: agencies credited in brackets, whose names are places' or codes elsewhere ("(PA)", "(Belga)")
	setNamedBefore                        // namedbefore.tsv: nouns right before a name that make it a virus's or a variant's (« le virus Zika »)
	setNamedOf                            // namedof.tsv: nouns before "of" whose name after is a treaty's, a bank's or a title's ("Bank of Kigali", « l'accord de Paris »)
	setFolkNouns                          // folknouns.tsv: nouns of a people's members after its name ("Tonga fishermen")
	setNamedAfter                         // namedafter.tsv: nouns after a name that make it a product's, a dynasty's or a meeting's ("Panama hats")
	setMatches                            // matches.tsv: nouns of a game before "against" and the opponent ("the final against Valencia")
	setShips                              // ships.tsv: words after which a capitalised name is a ship's ("the wreck of the Star of Scotland")
	setShipVerbs                          // shipverbs.tsv: verbs said only of a ship ("torpedoed")
	setGoods                              // goods.tsv: nouns of a trade before « de » and a wine's or a cheese's name (« une bouteille de Champagne »)
	setStormLeads                         // stormleads.tsv: words that open a storm's name ("Storm Ciarán", "Tropical Storm Daniel")
	setDwellers                           // dwellers.tsv: nouns of the people of a place before « de » (« les déplacés de X »)
	setPostalStates                       // postalstates.tsv: two-letter codes of the states of the United States ("Ridgecrest, CA")
	setNowNames                           // nownames.tsv: words in brackets before the name a place bears today ("now", « aujourd'hui »)
	setGroundVerbs                        // groundverbs.tsv: verbs whose object is the ground a place stands on ("X crowns a ridge 25 km north of Y")
	setClefts                             // clefts.tsv: the words that open a cleft sentence before its focus ("it was", « c'est »): "It was 20 km east of X, at Y, that …"
	setGroundPreps                        // groundpreps.tsv: prepositions after a participle of place that open the ground the place stands on, before its distance ("perched on a ridge 8 km east of X", « posé au milieu des dunes à 70 km »)
	setPolities                           // polities.tsv: nouns that, capitalised alone after an article, name a state of the past ("the Caliphate", « l'Empire songhaï »)
	setChainNouns                         // chainnouns.tsv: nouns of a division only inside a chain of divisions (« secteur de Beni-Mbau », « section communale de Crochus »)
	setNatives                            // natives.tsv: nouns of a person after "a" and a name, which is then the person's home ("a Fort Stockton man")
	setKinNouns                           // kinnouns.tsv: words of kinship or origin after a name and a comma, which make it a person's ("Marie Comeau, veuve de")
	setAnimals                            // animals.tsv: animals before a name that make it the animal's ("the lioness Naserian", « la louve baptisée Vercors »)
	setSieges                             // sieges.tsv: nouns of a siege or a battle for a town before "of" and its name ("the relief of Ladysmith")
	setFeasts                             // feasts.tsv: names of feasts and holy days that end a name, no place ("Candlemas", « Timkat »)
	setDevotions                          // devotions.tsv: words before "to" or "of" that make the name after a dedication ("dedicated", « fête »)
	setOrgNouns                           // orgnouns.tsv: nouns that head a description of an organisation after its name and a comma ("Funai, Brazil's indigenous affairs agency")
	setSeaWords                           // seawords.tsv: words that make a text one about the sea, where a bare « milles » is the nautical mile (« chalutier », « îlot »)
	setLikenesses                         // likenesses.tsv: nouns of a likeness before "of" and a person's name ("the statue of Benito Juárez")
	setFirmNames                          // firmnames.tsv: names of mining, oil and power firms, no place ("Glencore", "Orano")
	setFirmWords                          // firmwords.tsv: words of a firm's legal form that end its name ("Namib Uranium Ltd")
	setExtentVerbs                        // extentverbs.tsv: verbs of an area's extent before an area and a distance ("The licence covers 120 km² some 30 km south of Y")
	setTongueVerbs                        // tongueverbs.tsv: verbs before the name of a language ("spoke Balti", « parlent tamasheq »)
	setKinBefore                          // kinbefore.tsv: words of kinship before a person's name and "of" a town ("her son Robert Tweed of Helena")
	setFarmDivisions                      // farmdivisions.tsv: codes of the registration divisions after a South African farm's number ("Rietfontein 123 JR")
	setStreetNouns                        // streetnouns.tsv: nouns of a street or a bridge whose name follows them without « de » (« rue Saint-Aubert »)
	setFamilyNouns                        // familynouns.tsv: nouns of a family before its name (« la famille Cannes »)
	setTrades                             // trades.tsv: words that end a family business's name after its owner's possessive ("Dolan's Funeral Home")
	setLodgings                           // lodgings.tsv: verbs of a night's stay before « au » and a lodging's name (« dormi au Dar Zitouna »)
	setHeldVerbs                          // heldverbs.tsv: verbs of an event held or a life lived before « au » and a town's name (« a lieu au Havre »)
	setAuHeads                            // auheads.tsv: French nouns that open a name joined by « au » or « aux » (« La Combe aux Loups »)
	setAuHeadAdjs                         // auheadadjs.tsv: French adjectives written capitalised before such a noun (« Gros Morne à Cabrit »)
	setCourts                             // courts.tsv: words naming a court's kind before "Court" ("crown", "sheriff")
	setServices                           // services.tsv: public services of transport before "from" or "to" and a town ("trains from Luxembourg")
	setAuxiliaries                        // auxiliaries.tsv: auxiliaries that open a person's verb after a name in apposition (« a été enlevé », "has told")
	setNamesakes                          // namesakes.tsv: words between "of" and "name" that give a kind the name just written ("a farm of that name", « du même nom »)
	setStreetEnds                         // streetends.tsv: words of a street written after its name, whole or cut short ("Lenin St", "Pushkin Avenue")
	setLivestock                          // livestock.tsv: farm animals next to a breed's name ("Boran cattle", « les zébus Borgou »)
	setStockyards                         // stockyards.tsv: nouns after livestock that keep the name a place's ("cattle market")
	setCrops                              // crops.tsv: crops after a variety's name and number ("Ruiru 11 coffee")
	setSuffixes                           // placesuffixes.tsv: words after a hyphen that make the name before it a place ("Karachi-based")
	setBodies                             // bodies.tsv: nouns of a learned body before "of" and the land or town it serves ("the National Museum of Mongolia")
	setRaceLeads                          // raceleads.tsv: words that open a race's name before a particle and the land it crosses ("Tour de Pologne", "Giro d'Italia")
	setDeeds                              // deeds.tsv: verbs of a contest said of an athlete or a team, never of a place ("Kenya's Eliud Kipchoge won")
	setStages                             // stages.tsv: nouns of a race's stage before its two ends and its length ("Stage 14, Pau – Laruns (152 km)")
	setHeadings                           // headings.tsv: words of a notice's heading in capitals, no place (« AVIS D'ENQUÊTE PUBLIQUE »)
	setEstablishments                     // establishments.tsv: words that end the name of a school, a clinic or a hotel that stands in a town ("Kiptere Primary School")
	setTimeZones                          // timezones.tsv: time zones after a clock time ("15:00 UTC", « 10 h TU »)
	setStormParts                         // stormparts.tsv: parts of a storm placed by a bulletin ("the centre of Storm X")
	setTerminals                          // terminals.tsv: a town's airport or station named after it ("Liberia airport")
	setTownFacilities                     // townof.tsv: parts, facilities and offices of a town before its name ("downtown Kuwait", "the port of Djibouti")
	setGrapes                             // grapes.tsv: grape varieties and the wines named after them ("Malbec", "Brunello")
	setStormKinds                         // stormkinds.tsv: nouns that open a storm's name other than stormleads.tsv ("Hurricane", "Typhoon")
	setSpotLeads                          // spotleads.tsv: words before the name of the spot a distance places ("at a place called", « au lieu-dit »)
	setNumberSigns                        // numbersigns.tsv: words after a town's name before the number of a part or namesake ("Dawadawa No. 2")
	setActs                               // acts.tsv: verbs of the narrative past by which a person acts, never a place's (« Faidherbe fit construire », « Caillié atteignit »)
	setQuantities                         // quantities.tsv: words of a size or a cost between a number and a kind ("a 1.2 million square foot centre")
	setInstruments                        // instruments.tsv: acronyms of instruments and techniques written in capitals beside a kind, no name ("GPS", "GNSS")
	setScales                             // scales.tsv: alert scales of hazard bulletins, capitalised, no place ("Alert Level", "Aviation Colour Code")
	setScaleValues                        // scalevalues.tsv: the colours an alert scale is at or set to ("remains at Orange")
	setBuilds                             // builds.tsv: verbs of building before the name of what they build ("built", « construit »)
	setNativeAdjs                         // nativeadjs.tsv: adjectives between "a" and the home town of a person ("a rural Boone man")
	setDenominations                      // denominations.tsv: words of a church body before "Church" ("Orthodox", "Moravian")
	setStateCodes                         // statecodes.tsv: capital codes of states written after a town with no comma, no part of its name ("Bourke NSW")
	setCollectives                        // collectives.tsv: nouns of a number of things before "of" and a kind in an apposition ("a handful of log cabins")
	setReplyMarks                         // replymarks.tsv: marks of a reply or a forward before a colon that open a post's or a mail's subject ("Re:", « TR: »)
	setSides                              // sides.tsv: nouns of a sports side whose verb of playing names its opponent ("the Clare panel that takes on Galway")
	setVictories                          // victories.tsv: verbs of one side beating another, between two sides' names ("Dublin beat Kerry")
	setFollowers                          // followers.tsv: nouns of a club's supporters right after its name ("Chelsea fans")
	setNamings                            // namings.tsv: words right before a name that give it to a kind before them ("called", « baptisé », « appellent »)
	setNamingRels                         // namingrels.tsv: words that open a relative clause of naming ("which the family calls X", « que les habitants nomment X »)
	setAsNamings                          // asnamings.tsv: verbs of a relative clause that give the name after "as" or « sous le nom de » ("which herders know as X")
	setAsParticiples                      // asparticiples.tsv: participles of an apposition that give the name after "as" or « sous le nom de », past where it is recorded ("entered in the register as X")
	setNamingAdverbs                      // namingadverbs.tsv: adverbs around a verb of naming, before the name ("which the guides simply call X", « qu'on appelle ici X »)
	setNamingTails                        // namingtails.tsv: words after a given name that open why or since when it is so named ("named X after its founder", « baptisé X en l'honneur de »)
	setSpeakerOpeners                     // speakeropeners.tsv: pronouns and words of assent a speaker's words open with ("we", « oui »)
	setTreaties                           // treaties.tsv: nouns of a treaty that end its name ("the Camp David Accords")
	setServings                           // servings.tsv: adjectives of a drink served, before a brand named like a town ("a cold Saku")
	setClubLeads                          // clubleads.tsv: words that open a sports club's name before its town ("Bayern Munich", « le Stade de Reims »)
	setClubTails                          // clubtails.tsv: words that close a sports club's name after its town ("Aston Villa", "Kano Pillars")
	setFieldLabels                        // fields.tsv: labels of a record's field that says where its place lies, no place ("Location:", « Localisation : »)
	setRecordNames                        // recordnames.tsv: labels of a record's field that names its place ("Name:", « Nom : »)
	setDivisionHeads                      // divisionheads.tsv: titles of the head of a first-level division, before "of" and its name ("the governor of Kanem", « le gouverneur du Ouaddaï »)
	setDivisionKinds                      // divisionkinds.tsv: kind words that end a first-level division's name before the words of one of its bodies ("Plateau State Independent Electoral Commission")
	setPlacings                           // placings.tsv: verbs by which a source in a relative clause places a name ("which older maps put", « que les cartes placent »)
	setDivisionAdjs                       // divisionadjs.tsv: adjectives of a division between a name and a body's noun ("Hiiraan regional officials")
	setDivisionBodies                     // divisionbodies.tsv: nouns of a division's public body after its name and kind word ("Lagos State Government", "Kaduna State Emergency Management Agency")
	setTownNouns                          // townnouns.tsv: nouns of a town's people and bodies right after its bare name ("Inverness councillors", "Zaria officials")
	setTownServices                       // townservices.tsv: public services between a town's bare name and a noun of their staff ("Kota Kinabalu wildlife officers")
	setBuildingLeads                      // buildingleads.tsv: words that open the name of a hotel or a hospital before its own name ("Hotel Villa Maroc", "Ysbyty Gwynedd")
	setBuildings                          // buildings.tsv: nouns of a building that bears a name of its own before « de » and its town (« le stade Lat-Dior de Thiès »)
	setInstitutionAcronyms                // acronyms.tsv: acronyms of an institution that stands in the town named after its « de » (« au CHU de Bobo-Dioulasso »)
	setTownStaff                          // townstaff.tsv: nouns of a public service's staff after a word of townservices.tsv ("wildlife officers", "lifeboat crews")
	setTownFolk                           // townfolk.tsv: nouns of a town's own people or council, which make a common word before them a town ("Hope residents", "Sale councillors")
	setInstitutions                       // institutions.tsv: words that end the name of a building or an institution named after its town ("Kandy Museum", "Makeni Police Station")
	setInstitutionKinds                   // institutionkinds.tsv: words of an institution's kind or rank between its town and its word of institutions.tsv ("Tamale Teaching Hospital")
	setDepartmentServices                 // departmentservices.tsv: words of a public service before "Department" in a body's name ("the Forestry Department")
	setFurniture                          // furniture.tsv: capitalised words that open a news page's byline, time stamp, credit or link line ("By", "Updated", « Par », « Publié »)
	setBylines                            // bylines.tsv: words that open a news page's byline before the writer's name ("By", « Par »)
	setGroupNouns                         // groupnouns.tsv: nouns of a group or an event a bare name may qualify as a town's or a people's ("Karakalpak officials", "the Kuomboka ceremony")
	setVehicles                           // vehicles.tsv: makes and models of vehicles that "the" names as the vehicle, no place ("in the Hilux")
	setHazards                            // hazards.tsv: nouns of a hazard that head a bulletin's title before its area ("Floods, Eastern Province")
	setSampleNouns                        // samples.tsv: nouns of a drill hole, a trench or a sample before its code, no place ("hole KAL-22-014")
	setWilds                              // wilds.tsv: open country a place stands in, no place a distance measures ("in the bush", « dans la brousse »)
	setRubrics                            // rubrics.tsv: a newspaper's section words that head a brief before a colon, no place (« Justice : », « Santé : »)
	setScopes                             // scopes.tsv: adjectives of an institution's reach after its capitalised noun (« le Centre national », « l'Office régional »)
	setBulletins                          // bulletins.tsv: words of a bulletin whose title line names its area after a dash ("update", « situation »)
	setStaffNouns                         // staffnouns.tsv: nouns of an organisation's staff before "from" or "of" and its name ("staff from Oxfam", « les techniciens de Digicel »)
	setPremises                           // premises.tsv: nouns of an organisation's premises after its name ("at the Ker Kwaro Acholi offices")
	setCreditLabels                       // creditlabels.tsv: words of a credit line before "by" or a colon and the name of who wrote or shot it ("Reporting by", "Text:", « Texte : »)
	setTitleWords                         // titlewords.tsv: words that qualify a bulletin's word in its title after the area ("Jonglei Flash Update", "Situation Report")
	setVenues                             // venues.tsv: words that end the name of a ground, a sale or a race held in a town ("Mulenga Stadium", "the Tarawera Ultramarathon")
	setFirmLeads                          // firmleads.tsv: words that open a firm's name before a land's or a town's ("Air Zermatt", « Air Sénégal »)
	setDealings                           // dealings.tsv: words of trade, gift, mail or a lab's work before "from", "at" or "by" and the name of who does it ("imports from Eskom", "analysed at Actlabs")
	setOnward                             // onward.tsv: words of a leg that carries on the way the text came ("25 km beyond X", "another 6 km on", « 20 km plus loin »)
	setStageFinish                        // stagefinish.tsv: words after a distance that measure it from a stage's or a journey's finish ("18 km from the finish", « à 15 km de l'arrivée »)
	setStageStart                         // stagestart.tsv: words after a distance that measure it from a stage's or a journey's start ("60 km into the stage", « 30 km après le départ »)
	setTongueLeads                        // tongueleads.tsv: a verb of speech, writing or translation and the preposition it takes before a language ("translated into", « prêchait en »)
	setPurchases                          // purchases.tsv: verbs of buying or hiring before what was bought, "from" and the seller ("bought a SIM card from Tcell")
	setHirings                            // hirings.tsv: verbs of hiring, which name the seller after "from" only with a vehicle between ("hired a car from Avis")
	setScorings                           // scorings.tsv: nouns of a score in a match before "from", "by" or « de » and the player's name ("goals from Jeffrey Bule", « un doublé de Banda »)
	setObituaryMarks                      // obituarymarks.tsv: words after an obituary's heading "SURNAME, Given names" ("(née", "passed away", « (née »)
	setTimeLeads                          // timeleads.tsv: words that open or close a phrase of when after a place ("last week", "on Monday", « lundi dernier »)
	setTimeWords                          // timewords.tsv: words of when, beside weekdays, months and timenouns.tsv, that may close a clause alone ("yesterday", « hier », « mois »)
	setMainAdjs                           // mainadjs.tsv: adjectives after a kind noun that keep it the place named before (« au nord du gisement principal »)
	setResults                            // results.tsv: a verb of a match's result and the preposition before the other side ("lost to", "drew with", « incliné devant »)
	setMiddles                            // middles.tsv: part words that name the middle of a place, which lies where the place does (« centre », « cœur »)
	setEventLeads                         // eventleads.tsv: capitalised nouns of an event whose title goes on after a preposition (« le Festival au Désert », "the Festival in the Desert")
	setPlaceOpeners                       // placeopeners.tsv: first words of places' names whose last word alone names another place ("Papua New Guinea", "El Salvador"), no given name
	setRecords                            // records.tsv: nouns of a numbered record before a number sign, no place ("Suit No. PLD/J/214/2019", "Case No. 45")
	setTownWhere                          // townwhere.tsv: words after « la ville », « le bourg » as a distance's object that open a phrase of where about that town (« en direction de », « sur la route de »)
	setContests                           // contests.tsv: verbs of a contest right after a name that make it a contestant's, who places nothing ("Ott Tänak won", « Ogier remporte »)
	setSitePreps                          // sitepreps.tsv: prepositions that take a name that is no place to a site a common noun gives ("the Camry at a checkpoint in X")
	setOwnParts                           // ownparts.tsv: nouns of a place's remains or parts after a possessive as a distance's object, which stand for that place ("6 km south-west of its ruins", « à 6 km de ses ruines »)
	setApposeds                           // apposeds.tsv: articles that open an apposition describing the name before it ("X, a row of cabins", « X, une zone de fumerolles »)
	setKeptWays                           // keptways.tsv: prepositions that open a phrase of the way a leg keeps, with a word of samewords.tsv ("on the same road", « sur la même piste »)
	setSameWords                          // samewords.tsv: words of sameness in a phrase of the way a leg keeps ("same", « même »)
	setCompanions                         // companions.tsv: nouns of those who guide, drive, host or go with travellers, which make a name beside them after a determiner a person's ("our guide, Rado,", « Rivo, notre chauffeur, »)
	setHostVerbs                          // hostverbs.tsv: verbs by which a person hosts, guides or drives travellers, after a name and before or after a pronoun of them, which make the name a person's ("Okello put us up", « Rivo nous a hébergés »)
	setTownBodies                         // townbodies.tsv: words that end the name of a body or an event named after its town ("Tralee Chamber", "Ballinasloe Horse Fair")
	setLegNouns                           // legnouns.tsv: nouns of a leg of a way after its two ends joined by "to" ("the Ella to Haputale section")
	setFlights                            // flights.tsv: verbs of flying before where someone flew to or from ("flew to Paris", « s'envola pour Paris »)
	setGlossWords                         // glosswords.tsv: words of a name's translation in brackets ("Khar Tolgoi (Black Hill)", « (Source verte) »)
	setDeskStaff                          // deskstaff.tsv: nouns of a body's office staff before "at" and its name ("analysts at Datanálisis", « les analystes de Cenadep »)
	setCitings                            // citings.tsv: words before a name that make it a written work ("mentioned in", « cité dans »)
	setWorkTails                          // worktails.tsv: nouns after a name that make it a written work ("the Sturlunga saga")
	setWorkHeads                          // workheads.tsv: nouns opening a name that make it a written work (« le Polyptyque d'Irminon »)
	setRides                              // rides.tsv: words after a name set after "a" that make it a vehicle ("a battered Delica driven by")
	setRocks                              // rocks.tsv: nouns of rocks after a name that make it a geological unit ("Katangan metasediments", "the Karoo sandstones")
	setGrants                             // grants.tsv: nouns of a mining or land right next to its name ("the San Lorenzo concession", « le permis Tijirit »)
	setOccupations                        // occupations.tsv: nouns of a trade or a standing that make a name in apposition a person's ("X, a schoolteacher from Y,")
	setOfficeEnds                         // officeends.tsv: nouns of an office that end the capitalised name of its holder ("District Veterinary Officer")
	setDivineNames                        // divinenames.tsv: names of God and of gods, which name no place ("in Christ", "thanks to God")
	setClosings                           // closings.tsv: words of a letter's close before the writer's name ("Love, Sophie")
	setSalutations                        // salutations.tsv: words that open a letter before its addressees' names ("Dear Mum and Dad,")
	setPersonNouns                        // personnouns.tsv: nouns of a person that are no trade, which before a word of naming make the name a person's ("a man called Gela")
	setTheBodies                          // thebodies.tsv: nouns that, capitalised alone after "the", name an institution, no place ("the Church", "the Crown")
	setReflexives                         // reflexives.tsv: pronouns of the actor's own doing after an object ("built the roadhouse himself in 1968, 35 miles north-west of Tok")
	setYearLeads                          // yearleads.tsv: prepositions before a year that says when ("in 1974", « en 2009 »)
	numWordSets
)

// wordSetFiles names the file of each word set in a language's folder.
var wordSetFiles = [numWordSets]string{
	setPartKinds:           "partkinds.tsv",
	setTownParts:           "townparts.tsv",
	setFillers:             "fillers.tsv",
	setArticles:            "articles.tsv",
	setPronouns:            "pronouns.tsv",
	setDefinite:            "definite.tsv",
	setRoles:               "offices.tsv",
	setAdjectives:          "adjectives.tsv",
	setModifiers:           "modifiers.tsv",
	setNameHeads:           "nameheads.tsv",
	setNameLeads:           "nameleads.tsv",
	setMonths:              "months.tsv",
	setWeekdays:            "weekdays.tsv",
	setBorders:             "borders.tsv",
	setTitles:              "titles.tsv",
	setSpeechVerbs:         "speech.tsv",
	setOrgWords:            "orgwords.tsv",
	setThingNouns:          "things.tsv",
	setSpecies:             "species.tsv",
	setEventVerbs:          "eventverbs.tsv",
	setPossGenerics:        "possgenerics.tsv",
	setOfGenerics:          "ofgenerics.tsv",
	setQualifiers:          "qualifiers.tsv",
	setNumbered:            "numbered.tsv",
	setStopCaps:            "stopcaps.tsv",
	setBordered:            "bordered.tsv",
	setOfWords:             "ofwords.tsv",
	setCopulas:             "copulas.tsv",
	setElisions:            "elisions.tsv",
	setNameParts:           "nameparts.tsv",
	setTimeNouns:           "timenouns.tsv",
	setRelatives:           "relatives.tsv",
	setPartWords:           "partwords.tsv",
	setAliasLeads:          "aliasleads.tsv",
	setAliasVerbs:          "aliasverbs.tsv",
	setSources:             "sources.tsv",
	setHearsay:             "hearsay.tsv",
	setWaters:              "waters.tsv",
	setMainVerbs:           "mainverbs.tsv",
	setDedicated:           "dedicated.tsv",
	setDedications:         "dedications.tsv",
	setSaints:              "saints.tsv",
	setHouseHeads:          "househeads.tsv",
	setHoldings:            "holdings.tsv",
	setLeaderships:         "leaderships.tsv",
	setInWaters:            "inwaters.tsv",
	setLandEnds:            "landends.tsv",
	setRiverParts:          "riverparts.tsv",
	setRegionNouns:         "regionnouns.tsv",
	setRiverLeads:          "riverleads.tsv",
	setLifeVerbs:           "lifeverbs.tsv",
	setEmigration:          "emigration.tsv",
	setMeasures:            "measures.tsv",
	setOperators:           "operators.tsv",
	setSizeWords:           "sizes.tsv",
	setSuperlatives:        "superlatives.tsv",
	setAgencyHeads:         "agencyheads.tsv",
	setNamedBefore:         "namedbefore.tsv",
	setAnimals:             "animals.tsv",
	setNamedOf:             "namedof.tsv",
	setFolkNouns:           "folknouns.tsv",
	setNamedAfter:          "namedafter.tsv",
	setOrigins:             "origins.tsv",
	setMatches:             "matches.tsv",
	setGoods:               "goods.tsv",
	setSampleNouns:         "samples.tsv",
	setWilds:               "wilds.tsv",
	setRubrics:             "rubrics.tsv",
	setScopes:              "scopes.tsv",
	setPolities:            "polities.tsv",
	setGroundVerbs:         "groundverbs.tsv",
	setGroundPreps:         "groundpreps.tsv",
	setClefts:              "clefts.tsv",
	setNowNames:            "nownames.tsv",
	setChainNouns:          "chainnouns.tsv",
	setNatives:             "natives.tsv",
	setNativeAdjs:          "nativeadjs.tsv",
	setShips:               "ships.tsv",
	setShipVerbs:           "shipverbs.tsv",
	setCurrencies:          "currencies.tsv",
	setSeats:               "seats.tsv",
	setOdonyms:             "odonyms.tsv",
	setTitleLeads:          "titleleads.tsv",
	setSelves:              "selves.tsv",
	setPasses:              "passes.tsv",
	setCredits:             "credits.tsv",
	setStormLeads:          "stormleads.tsv",
	setPostalStates:        "postalstates.tsv",
	setDwellers:            "dwellers.tsv",
	setKinNouns:            "kinnouns.tsv",
	setSieges:              "sieges.tsv",
	setFeasts:              "feasts.tsv",
	setDevotions:           "devotions.tsv",
	setOrgNouns:            "orgnouns.tsv",
	setSeaWords:            "seawords.tsv",
	setLikenesses:          "likenesses.tsv",
	setFirmNames:           "firmnames.tsv",
	setFirmWords:           "firmwords.tsv",
	setExtentVerbs:         "extentverbs.tsv",
	setTongueVerbs:         "tongueverbs.tsv",
	setKinBefore:           "kinbefore.tsv",
	setFarmDivisions:       "farmdivisions.tsv",
	setStreetNouns:         "streetnouns.tsv",
	setFamilyNouns:         "familynouns.tsv",
	setTrades:              "trades.tsv",
	setLodgings:            "lodgings.tsv",
	setHeldVerbs:           "heldverbs.tsv",
	setServices:            "services.tsv",
	setStreetEnds:          "streetends.tsv",
	setNamesakes:           "namesakes.tsv",
	setAuxiliaries:         "auxiliaries.tsv",
	setLivestock:           "livestock.tsv",
	setStockyards:          "stockyards.tsv",
	setCrops:               "crops.tsv",
	setBodies:              "bodies.tsv",
	setSuffixes:            "placesuffixes.tsv",
	setStages:              "stages.tsv",
	setDeeds:               "deeds.tsv",
	setRaceLeads:           "raceleads.tsv",
	setCourts:              "courts.tsv",
	setAuHeads:             "auheads.tsv",
	setAuHeadAdjs:          "auheadadjs.tsv",
	setHeadings:            "headings.tsv",
	setEstablishments:      "establishments.tsv",
	setTimeZones:           "timezones.tsv",
	setStormParts:          "stormparts.tsv",
	setStormKinds:          "stormkinds.tsv",
	setGrapes:              "grapes.tsv",
	setTerminals:           "terminals.tsv",
	setTownFacilities:      "townof.tsv",
	setSpotLeads:           "spotleads.tsv",
	setOnward:              "onward.tsv",
	setStageFinish:         "stagefinish.tsv",
	setStageStart:          "stagestart.tsv",
	setNumberSigns:         "numbersigns.tsv",
	setActs:                "acts.tsv",
	setQuantities:          "quantities.tsv",
	setBuilds:              "builds.tsv",
	setDenominations:       "denominations.tsv",
	setInstruments:         "instruments.tsv",
	setScales:              "scales.tsv",
	setScaleValues:         "scalevalues.tsv",
	setStateCodes:          "statecodes.tsv",
	setCollectives:         "collectives.tsv",
	setReplyMarks:          "replymarks.tsv",
	setSides:               "sides.tsv",
	setVictories:           "victories.tsv",
	setServings:            "servings.tsv",
	setTreaties:            "treaties.tsv",
	setFollowers:           "followers.tsv",
	setNamings:             "namings.tsv",
	setNamingRels:          "namingrels.tsv",
	setAsNamings:           "asnamings.tsv",
	setAsParticiples:       "asparticiples.tsv",
	setNamingAdverbs:       "namingadverbs.tsv",
	setNamingTails:         "namingtails.tsv",
	setSpeakerOpeners:      "speakeropeners.tsv",
	setClubLeads:           "clubleads.tsv",
	setClubTails:           "clubtails.tsv",
	setTownNouns:           "townnouns.tsv",
	setDivisionHeads:       "divisionheads.tsv",
	setDivisionKinds:       "divisionkinds.tsv",
	setPlacings:            "placings.tsv",
	setDivisionAdjs:        "divisionadjs.tsv",
	setDivisionBodies:      "divisionbodies.tsv",
	setFieldLabels:         "fields.tsv",
	setRecordNames:         "recordnames.tsv",
	setFurniture:           "furniture.tsv",
	setInstitutions:        "institutions.tsv",
	setInstitutionKinds:    "institutionkinds.tsv",
	setDepartmentServices:  "departmentservices.tsv",
	setBylines:             "bylines.tsv",
	setTownServices:        "townservices.tsv",
	setTownStaff:           "townstaff.tsv",
	setTownFolk:            "townfolk.tsv",
	setInstitutionAcronyms: "acronyms.tsv",
	setBuildings:           "buildings.tsv",
	setBuildingLeads:       "buildingleads.tsv",
	setGroupNouns:          "groupnouns.tsv",
	setVehicles:            "vehicles.tsv",
	setHazards:             "hazards.tsv",
	setBulletins:           "bulletins.tsv",
	setStaffNouns:          "staffnouns.tsv",
	setPremises:            "premises.tsv",
	setVenues:              "venues.tsv",
	setDealings:            "dealings.tsv",
	setFirmLeads:           "firmleads.tsv",
	setCreditLabels:        "creditlabels.tsv",
	setTitleWords:          "titlewords.tsv",
	setTongueLeads:         "tongueleads.tsv",
	setPurchases:           "purchases.tsv",
	setObituaryMarks:       "obituarymarks.tsv",
	setTimeLeads:           "timeleads.tsv",
	setTimeWords:           "timewords.tsv",
	setMainAdjs:            "mainadjs.tsv",
	setScorings:            "scorings.tsv",
	setHirings:             "hirings.tsv",
	setResults:             "results.tsv",
	setMiddles:             "middles.tsv",
	setEventLeads:          "eventleads.tsv",
	setPlaceOpeners:        "placeopeners.tsv",
	setRecords:             "records.tsv",
	setTownWhere:           "townwhere.tsv",
	setApposeds:            "apposeds.tsv",
	setOwnParts:            "ownparts.tsv",
	setContests:            "contests.tsv",
	setSitePreps:           "sitepreps.tsv",
	setKeptWays:            "keptways.tsv",
	setSameWords:           "samewords.tsv",
	setOccupations:         "occupations.tsv",
	setOfficeEnds:          "officeends.tsv",
	setDivineNames:         "divinenames.tsv",
	setClosings:            "closings.tsv",
	setSalutations:         "salutations.tsv",
	setPersonNouns:         "personnouns.tsv",
	setTheBodies:           "thebodies.tsv",
	setReflexives:          "reflexives.tsv",
	setYearLeads:           "yearleads.tsv",
	setCompanions:          "companions.tsv",
	setHostVerbs:           "hostverbs.tsv",
	setTownBodies:          "townbodies.tsv",
	setLegNouns:            "legnouns.tsv",
	setFlights:             "flights.tsv",
	setGlossWords:          "glosswords.tsv",
	setDeskStaff:           "deskstaff.tsv",
	setCitings:             "citings.tsv",
	setWorkTails:           "worktails.tsv",
	setWorkHeads:           "workheads.tsv",
	setGrants:              "grants.tsv",
	setRocks:               "rocks.tsv",
	setRides:               "rides.tsv",
}

// readWordSets reads the word sets of the folder dir (ending in "/") of
// fsys; a missing file leaves its set empty. A line must hold one word,
// written once.
func readWordSets(fsys fs.FS, dir string, sets *[numWordSets]map[string]bool) error {
	for s, name := range wordSetFiles {
		set := map[string]bool{}
		sets[s] = set
		if _, err := fs.Stat(fsys, dir+name); err != nil {
			continue
		}
		err := readTable(fsys, dir+name, 1, func(f []string) error {
			if set[f[0]] {
				return errDuplicate(f[0])
			}
			set[f[0]] = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// has reports whether w is a word of the language's set s.
func (l *language) has(s wordSet, w string) bool { return l.sets[s][w] }

// anyHas reports whether w is a word of the set s in any language.
func anyHas(s wordSet, w string) bool { return langs().sets[s][w] }
