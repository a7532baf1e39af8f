package locate

import "testing"

// TestHist20Texts reads history texts whose anchor the text names both as
// a landform's ("the Taos valley") and as a town in its state ("Taos, New
// Mexico"): the stated division holds the gazetteer's town, which is kept
// though another place of the text lies far away (inStatedAdmin1).
func TestHist20Texts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Cantonment Burgwin, an army post built in 1852 to guard the Taos valley against Jicarilla raids, stood about 13 km south-east of Taos, New Mexico. Its garrison fought at Cieneguilla in 1854.",
			place: "Cantonment Burgwin", anchor: "Taos", country: "US", km: 13},
	})
}
