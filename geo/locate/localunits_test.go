package locate

import "testing"

// TestLocalUnits holds texts that name places with the words of their own
// countries for divisions and settlements (woreda and kebele, tambon and
// amphoe, barangay and sitio, hromada, parish and sub-county, municipio,
// commune rurale and douar, arrondissement), each locating a place the
// gazetteer lacks from a real town. A set of 40 such texts read 26 right
// on main; the classes fixed: a distance after a chain of divisions went
// to the last division (geo/text divisionChainHead,
// frenchDivisionChainHead), « l'arrondissement de X, à 40 km » was not
// linked (frenchCommuneObject), and a commune or barangay the text says
// holds the place was taken for a namesake far from where the distance
// puts that place (dropFarContainers): "Ấp X, a hamlet of Tân Hòa
// commune, 28 km west of Long Xuyên" is in no Tân Hòa 150 km east of
// Long Xuyên.
func TestLocalUnits(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Rains flooded Tân Phú Hai, a hamlet of Tân Hòa commune in Châu Thành district, 20 km south of Long Xuyên. Boats came from Cần Thơ.",
			place: "Tân Phú Hai", anchor: "Long Xuyên", country: "VN", km: 20, mapped: []string{"Cần Thơ"}, unplaced: []string{"Tân Hòa"}},
		{doc: "The bridge to Sitio Bagong Lipunan in Barangay Mabini, about 9 km west of Butuan, collapsed on Monday.",
			place: "Bagong Lipunan", anchor: "Butuan", country: "PH", km: 9, unplaced: []string{"Mabini"}},
		{doc: "A cholera case was confirmed at Dhagax Maroodi, a village in Kebele 07 of Kebri Beyah woreda, 40 km east of Jijiga.",
			place: "Dhagax Maroodi", anchor: "Jijiga", country: "ET", km: 40},
		{doc: "Farmers in Ban Nong Bua Daeng, a village in Tambon Wiang, Amphoe Fang, 8 km north of Fang, lost their crops.",
			place: "Ban Nong Bua Daeng", anchor: "Fang", country: "TH", km: 8},
		{doc: "Kasambya Kati village, Kitanda parish, Kasanda sub-county, 15 km west of Mubende, received a new borehole from Kampala.",
			place: "Kasambya Kati", anchor: "Mubende", country: "UG", km: 15, mapped: []string{"Kampala"}},
		{doc: "Des pluies torrentielles ont frappé l'arrondissement de Zogbodomey-Sud, à 30 km au nord d'Abomey-Calavi. Des secours ont été envoyés depuis Cotonou.",
			place: "Zogbodomey-Sud", anchor: "Abomey-Calavi", country: "BJ", km: 30, mapped: []string{"Cotonou"}},
		{doc: "Le douar Imi n'Tala Ouzddar, commune rurale de Talat N'Yaaqoub, province d'Al Haouz, à 90 km au sud-ouest de Marrakech, a été rasé par le séisme.",
			place: "Imi n'Tala Ouzddar", anchor: "Marrakech", country: "MA", km: 90},
	})
}
