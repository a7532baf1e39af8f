// Package text reads English documents into place mentions and the spatial
// relations stated between them, each tied to byte offsets in the document.
//
// Read is the entry point. It splits the text into sentences, finds every
// capitalised name that may be a place (a Mention, graded by Evidence, with
// the descriptor the text gives: "the village of X", "wadi X", "X Region"),
// and reads four kinds of Relation:
//
//   - KindDistance: "80 km east of the village of Tessalit", "some 120km east
//     of X", "between two and five kilometres south of X", "10–15 km from X",
//     "31 miles (50 km) from X", "20 km from the Algerian border", "Niamey
//     (600 km to the southwest)" (direction turned round: Reversed);
//   - KindDirection: "to the east of Lake Télé", "north of X";
//   - KindNear: "near X", "close to X", "the area around X", "outside X",
//     "on the left bank of X", "near the border";
//   - KindIn: "in the Kidal Region", "in southwestern Niger", "X, Kidal
//     Region, Mali", "Chad's Lac Region", "the capital of Y".
//
// The subject of a relation is the place the clause is about: the name
// before a relative clause or apposition ("Zouid, which is located ...",
// "Feratin, a village lying ..."), the sentence's subject after a comma and a
// finite verb ("..., is 50 km from"), the subject of a coordinated phrase
// ("110 km southeast of A and 120 km northwest of B"), or the current topic
// for "it" and "the village". When no subject can be told, nothing is
// reported rather than a guess.
//
// The reader is rule-based and uses no gazetteer: it reports candidate names
// with the evidence that they are places and leaves the decision to the
// caller. It uses no regular expressions; a hand-written tokenizer and
// bounded look-ahead and look-behind keep it linear in the length of the
// document, whatever the input (invalid UTF-8 and binary data included).
package text
