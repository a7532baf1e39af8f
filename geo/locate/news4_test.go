package locate

import "testing"

// TestNewsFourthTexts is a blind round of short English wire stories,
// situation reports, security briefs and field diaries, written before
// the reader was run on them, in classes known to be weak: an event told
// inside a reported clause, an event with a capitalised subject, a
// fronted direction with its distance after it, "beyond X" with its
// distance after it, descriptor nouns of East Africa and the Americas,
// and the usual lists, agencies, demonyms, namesakes and inversions. The
// located places are invented; the anchors are real towns.
func TestNewsFourthTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// An event told inside a reported clause.
		{doc: "Soldiers said the attack on Dhadho Yare happened about 30 km north of Garissa on Monday.",
			place: "Dhadho Yare", anchor: "Garissa", country: "KE", km: 30, notPlaces: []string{"Monday"}},
		{doc: "Residents told AFP that gunmen attacked Tin Agharas, 25 km east of Ménaka, before dawn.",
			place: "Tin Agharas", anchor: "Ménaka", country: "ML", km: 25, notPlaces: []string{"AFP"}},
		{doc: "Officials said the blast hit Shah Alam Kalay, about 15 km west of Peshawar.",
			place: "Shah Alam Kalay", anchor: "Peshawar", country: "PK", km: 15},
		{doc: "Army sources said the clash occurred in La Palmita Baja, 40 km south of Cúcuta.",
			place: "La Palmita Baja", anchor: "Cúcuta", country: "CO", km: 40},
		// An event with a capitalised subject.
		{doc: "An IED exploded at Buulo Warsame, 20 km north of Baidoa, killing three soldiers.",
			place: "Buulo Warsame", anchor: "Baidoa", country: "SO", km: 20, notPlaces: []string{"IED"}},
		{doc: "A roadside bomb struck a police vehicle in Qala-e Sufla, 15 km east of Kandahar.",
			place: "Qala-e Sufla", anchor: "Kandahar", country: "AF", km: 15},
		{doc: "A suicide bomber attacked the market in Gwoza Tashan, 30 km south of Bama, Borno State.",
			place: "Gwoza Tashan", anchor: "Bama", country: "NG", km: 30},
		{doc: "A car bomb went off in Albu Hardan, 12 km west of Ramadi, police said.",
			place: "Albu Hardan", anchor: "Ramadi", country: "IQ", km: 12},
		// A fronted direction with its distance after it.
		{doc: "South of Lilongwe, some 25 km down the road, lies the village of Chimbalanga.",
			place: "Chimbalanga", anchor: "Lilongwe", country: "MW", km: 25},
		{doc: "East of Chipata, about 18 km out, is the mission at Kanjala Nseba.",
			place: "Kanjala Nseba", anchor: "Chipata", country: "ZM", km: 18},
		{doc: "West of Cusco, some 30 km along the valley, lies the hamlet of Huayllacocha Alta.",
			place: "Huayllacocha Alta", anchor: "Cusco", country: "PE", km: 30},
		{doc: "North of Bozeman, Montana, roughly 20 miles out, sits the ranch town of Cedar Butte.",
			place: "Cedar Butte", anchor: "Bozeman", country: "US", km: 32.2},
		// "Beyond X" with its distance after it.
		{doc: "A few kilometres beyond Mbarara, some 15 km to the south-west, sits the trading village of Rwentobo Kashaka.",
			place: "Rwentobo Kashaka", anchor: "Mbarara", country: "UG", km: 15},
		{doc: "Beyond Iringa, about 40 km to the south, is the tea estate of Kidabaga Juu.",
			place: "Kidabaga Juu", anchor: "Iringa", country: "TZ", km: 40},
		{doc: "Just beyond Shimla, some 20 km to the north-east, lies the apple village of Kotkhai Dhar.",
			place: "Kotkhai Dhar", anchor: "Shimla", country: "IN", km: 20},
		{doc: "Beyond Alice Springs, around 60 km to the west, is the outstation of Ulpanyali Creek.",
			place: "Ulpanyali Creek", anchor: "Alice Springs", country: "AU", km: 60},
		// Descriptor nouns.
		{doc: "The trading centre of Kyamukwenda, 18 km west of Hoima, was flooded overnight.",
			place: "Kyamukwenda", anchor: "Hoima", country: "UG", km: 18},
		{doc: "Squatters were resettled at Kanjuri Kiambogo settlement scheme, 25 km north of Nyeri.",
			place: "Kanjuri Kiambogo", anchor: "Nyeri", country: "KE", km: 25},
		{doc: "Smoke forced the evacuation of the Wapekeka Narrows reserve, 45 km east of Sioux Lookout.",
			place: "Wapekeka Narrows", anchor: "Sioux Lookout", country: "CA", km: 45},
		{doc: "Maize prices doubled at the growth point of Chizvirizvi Ward, 30 km east of Masvingo.",
			place: "Chizvirizvi Ward", anchor: "Masvingo", country: "ZW", km: 30},
		// Lists, agencies, demonyms, namesakes, inversions.
		{doc: "Raids in Tillabéri, Ouallam and Filingué displaced thousands; the camp at Bangou Kirey lies 15 km west of Ouallam.",
			place: "Bangou Kirey", anchor: "Ouallam", country: "NE", km: 15, mapped: []string{"Tillabéri", "Filingué"}},
		{doc: "WFP airdropped food to Pakur Nyal, 70 km north of Bentiu, where 8,000 people are stranded.",
			place: "Pakur Nyal", anchor: "Bentiu", country: "SS", km: 70, notPlaces: []string{"WFP"}},
		{doc: "Ethiopian troops were seen near Ceel Garas Dheer, 20 km east of Luuq.",
			place: "Ceel Garas Dheer", anchor: "Luuq", country: "SO", km: 20, notPlaces: []string{"Ethiopian"}},
		{doc: "The ranch of Las Tunitas Viejas lies 30 km north of Santa Rosa, La Pampa.",
			place: "Las Tunitas Viejas", anchor: "Santa Rosa", country: "AR", km: 30},
		{doc: "The hamlet of Little Bexley is 12 km south of London, Ontario.",
			place: "Little Bexley", anchor: "London", country: "CA", km: 12},
		{doc: "Ouahigouya is about 35 km south of Kalsaka Tanga, the mining village.",
			place: "Kalsaka Tanga", anchor: "Ouahigouya", country: "BF", km: 35},
		{doc: "Frost hit the vineyards of Podlipje Gornje, 18 km north-east of Zagreb, on Sunday.",
			place: "Podlipje Gornje", anchor: "Zagreb", country: "HR", km: 18, notPlaces: []string{"Sunday"}},
		{doc: "Herders at Bayan Tsagaan Bulag, 60 km south of Mandalgovi, lost half their goats in the dzud.",
			place: "Bayan Tsagaan Bulag", anchor: "Mandalgovi", country: "MN", km: 60},
		{doc: "Clan fighting burned homes at Tambul Yakanda, 20 km west of Mount Hagen, the provincial police commander said.",
			place: "Tambul Yakanda", anchor: "Mount Hagen", country: "PG", km: 20},
		{doc: "Floods isolated the village of El Zapotal Arriba, 25 km east of Danlí, Copeco said.",
			place: "El Zapotal Arriba", anchor: "Danlí", country: "HN", km: 25, notPlaces: []string{"Copeco"}},
	})
}

// TestNewsFourthSecond is a second blind round of the same classes in
// other towns, written after the fixes of the first and kept as first
// read: 7 of 15 read right (and an eighth whose listed Sévaré the
// gazetteer lacks, which the case no longer asks to be mapped).
func TestNewsFourthSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Villagers said the raid on Kapichira Kasitu took place 20 km west of Kasungu.",
			place: "Kapichira Kasitu", anchor: "Kasungu", country: "MW", km: 20},
		{doc: "Witnesses said rebels had looted Nyangezi Bas, 25 km south-west of Bukavu, overnight.",
			place: "Nyangezi Bas", anchor: "Bukavu", country: "CD", km: 25},
		{doc: "A landmine killed two herders near Lokiriama Nawoyapua, 35 km north of Moroto.",
			place: "Lokiriama Nawoyapua", anchor: "Moroto", country: "UG", km: 35},
		{doc: "A truck bomb destroyed the checkpoint at Surkh Kotal Payin, 18 km south of Mazar-e Sharif.",
			place: "Surkh Kotal Payin", anchor: "Mazar-e Sharif", country: "AF", km: 18},
		{doc: "East of Tamale, about 30 km along the Yendi road, lies the village of Nyankpala Gbung.",
			place: "Nyankpala Gbung", anchor: "Tamale", country: "GH", km: 30},
		{doc: "North of Kenema, some 22 km out, is the diamond camp of Tongo Kpandebu.",
			place: "Tongo Kpandebu", anchor: "Kenema", country: "SL", km: 22},
		{doc: "Beyond Dori, about 45 km to the north-east, is the well of Ti-n-Akoff Ouest.",
			place: "Ti-n-Akoff Ouest", anchor: "Dori", country: "BF", km: 45},
		{doc: "A little beyond Pucallpa, some 25 km to the south, sits the river port of San Juan de Yarina.",
			place: "San Juan de Yarina", anchor: "Pucallpa", country: "PE", km: 25},
		{doc: "Traders fled the Awach Pakwelo trading centre, 30 km north of Gulu, after the shooting.",
			place: "Awach Pakwelo", anchor: "Gulu", country: "UG", km: 30},
		{doc: "Flooding reached the Ombeyi Nyakach sugar scheme, 20 km south-east of Kisumu.",
			place: "Ombeyi Nyakach", anchor: "Kisumu", country: "KE", km: 20},
		{doc: "UNICEF trucks reached the tea garden of Lakkatura Purbo, 8 km north of Sylhet, on Friday.",
			place: "Lakkatura Purbo", anchor: "Sylhet", country: "BD", km: 8, notPlaces: []string{"UNICEF", "Friday"}},
		{doc: "Filipino soldiers evacuated Barangay San Roque Ilaya, 12 km west of Tacloban.",
			place: "San Roque Ilaya", anchor: "Tacloban", country: "PH", km: 12, notPlaces: []string{"Filipino"}},
		{doc: "Dodoma lies some 40 km north-west of Chamwino Ikulu Juu, the chief said.",
			place: "Chamwino Ikulu Juu", anchor: "Dodoma", country: "TZ", km: 40},
		{doc: "Fighting in Mopti, Sévaré and Bandiagara spread to Kani Bonzon Sud, 30 km east of Bandiagara.",
			place: "Kani Bonzon Sud", anchor: "Bandiagara", country: "ML", km: 30, mapped: []string{"Mopti"}},
		{doc: "The cocoa farm of Adansi Nkwanta lies 25 km south of Kumasi, Ghana.",
			place: "Adansi Nkwanta", anchor: "Kumasi", country: "GH", km: 25},
	})
}
