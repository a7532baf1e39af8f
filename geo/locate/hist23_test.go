package locate

import "testing"

// TestHist23Texts reads colonial-era travel writing: a great city named
// bare by its former name, even opening a sentence ("Batavia was
// notoriously unhealthy", "Rangoon, by contrast, was deserted"), is that
// city when the document's other places lie in its country
// (formerCityName); a people named like a region ("The Ashanti fell
// back") is no place.
func TestHist23Texts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Batavia was notoriously unhealthy, and the Governor-General lived at Buitenzorg, in the hills to the south. Travellers went on by post-road to the tea estate of Parakan Salak, some 20 miles south of Buitenzorg.",
			place: "Parakan Salak", anchor: "Buitenzorg", country: "ID", km: 32, mapped: []string{"Batavia"}},
		{doc: "In the hot weather the government of Burma moved up to Maymyo. The mission kept a rest house at Wetwun Camp, about 8 miles east of Maymyo. Rangoon, by contrast, was deserted by April.",
			place: "Wetwun Camp", anchor: "Maymyo", country: "MM", km: 13, mapped: []string{"Rangoon"}},
		{doc: "The expedition marched from Poona to Ahmednagar. The mission farm at Sion Camp lay some 12 miles north of Poona. Bombay was then a fever-ridden town of cotton merchants.",
			place: "Sion Camp", anchor: "Poona", country: "IN", km: 19, mapped: []string{"Bombay"}},
		{doc: "Wolseley's column left Cape Coast Castle in January 1874. The advanced depot at Mansu Stockade lay some 35 miles north of Cape Coast. The Ashanti fell back before the column, and on 6 February Kumasi, the Ashanti capital, was burnt.",
			place: "Mansu Stockade", anchor: "Cape Coast", country: "GH", km: 56, mapped: []string{"Kumasi"}, notPlaces: []string{"Ashanti"}},
	})
}
