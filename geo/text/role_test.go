package text

import (
	"fmt"
	"testing"
)

// roleReading writes the relations whose object is a place named by its
// role as "Subject: 25 km SW of [province] the provincial capital", and
// those to a named place as "Subject: 12 km of Name".
func roleReading(d *Document, rel Relation) string {
	if rel.Object < 0 || rel.Subject < 0 {
		return ""
	}
	o := d.Mentions[rel.Object]
	s := fmt.Sprintf("%s: %.3g km %s", d.Mentions[rel.Subject].Name, rel.MinKm, rel.Direction)
	if rel.Kind == KindIn || rel.Kind == KindNear {
		s = fmt.Sprintf("%s: %s", d.Mentions[rel.Subject].Name, rel.Kind)
	}
	if o.RoleCountry != "" {
		return fmt.Sprintf("%s of [%s %s] %s", s, o.Role, o.RoleCountry, o.Name)
	}
	if o.Role != "" {
		return fmt.Sprintf("%s of [%s] %s", s, o.Role, o.Name)
	}
	return fmt.Sprintf("%s of %s", s, o.Name)
}

// TestRoles: a place named only by its role, the seat of a division or
// country the text names ("the provincial capital", "la capitale"), is a
// mention of its own with Role set, the object of the relation; a name
// right after the role words is read as that name. Texts in the style of
// encyclopedia stubs; the places are real, the subjects invented.
func TestRoles(t *testing.T) {
	for _, tt := range []struct {
		doc  string
		want string // the reading of the relation to the role or name
		not  bool   // no place named by a role at all
	}{
		{doc: "Ban Na Kham is a village in Nong Khai Province, in northeastern Thailand, some 25 kilometres south-west of the provincial capital.",
			want: "Ban Na Kham: 25 km south-west of [province] the provincial capital"},
		{doc: "Oud-Vroenhoven is a hamlet in the Dutch province of Limburg. It is located in the municipality of Maastricht, about 3 km west of the city centre.",
			want: "Oud-Vroenhoven: 3 km west of [town] the city centre"},
		{doc: "Kampung Limau is a village in Kedah, Malaysia. It lies about 20 km north of the state capital.",
			want: "Kampung Limau: 20 km north of [state] the state capital"},
		{doc: "Loumbila Yarcé is a village in Burkina Faso, some 45 km north-east of the capital.",
			want: "Loumbila Yarcé: 45 km north-east of [country] the capital"},
		{doc: "Chitukula Mbidzi is a small settlement in central Malawi, located 30 km west of the national capital.",
			want: "Chitukula Mbidzi: 30 km west of [country] the national capital"},
		{doc: "Helmsburg Corner is an unincorporated community in Brown County, Indiana, 8 miles north of the county seat.",
			want: "Helmsburg Corner: 12.9 km north of [county] the county seat"},
		{doc: "Kavathe Ekand is a village in Sangli district of Maharashtra, India. It is 25 km east of the district headquarters.",
			want: "Kavathe Ekand: 25 km east of [district] the district headquarters"},
		{doc: "Tenango del Jataté is a locality in the municipality of Ocosingo, Chiapas, Mexico, 15 km east of the municipal seat.",
			want: "Tenango del Jataté: 15 km east of [municipality] the municipal seat"},
		{doc: "Las Lajitas Arriba is a village in the Boaco Department of Nicaragua, 15 km north of the departmental capital.",
			want: "Las Lajitas Arriba: 15 km north of [department] the departmental capital"},
		{doc: "Sharples Vale is a suburb of Bolton, Greater Manchester, about 4 km north of the town centre.",
			want: "Sharples Vale: 4 km north of [town] the town centre"},
		{doc: "Pokrovka is a village in Ust-Kansky District, 12 km north of the district's administrative centre.",
			want: "Pokrovka: 12 km north of [district] the district's administrative centre"},
		{doc: "Sainte-Radegonde est un hameau de l'Aveyron, situé à 15 km au nord du chef-lieu du département.",
			want: "Sainte-Radegonde: 15 km nord of [department] chef-lieu du département"},
		{doc: "Dioumara Kagoro est un village de la région de Kayes, au Mali, situé à 30 km de la capitale régionale.",
			want: "Dioumara Kagoro: 30 km  of [region] la capitale régionale"},
		{doc: "Tondikiwindi Gorou est un village du Niger, situé à 40 km au nord-est de la capitale.",
			want: "Tondikiwindi Gorou: 40 km nord-est of [country] la capitale"},
		{doc: "Ouled Hmida est un douar de la province de Kénitra, au Maroc, à 20 km au nord de la capitale provinciale.",
			want: "Ouled Hmida: 20 km nord of [province] la capitale provinciale"},
		{doc: "Niouma Sebbé est un village situé à 18 km à l'est du chef-lieu de la province.",
			want: "Niouma Sebbé: 18 km est of [province] chef-lieu de la province"},
		{doc: "Le Petit-Mas est un lieu-dit de la commune d'Arles, à 8 km au nord-est du centre-ville.",
			want: "Le Petit-Mas: 8 km nord-est of [town] centre-ville"},
		{doc: "Chak 214 JB is a village in Jhang District, Punjab, Pakistan, about 20 km north of the district HQ.",
			want: "Chak 214 JB: 20 km north of [district] the district HQ"},
		// A nationality adjective names the country of the capital.
		{doc: "Dialakoroba Sud lies 40 km south of the Malian capital.",
			want: "Dialakoroba Sud: 40 km south of [country Malian] the Malian capital"},
		{doc: "Waterloo Junction lies 20 km east of the Sierra Leonean capital.",
			want: "Waterloo Junction: 20 km east of [country Sierra Leonean] the Sierra Leonean capital"},
		{doc: "Kati-Nord se trouve à 15 km au nord de la capitale malienne.",
			want: "Kati-Nord: 15 km nord of [country malienne] la capitale malienne"},
		{doc: "Gounghin-Est est à 10 km à l'est de la capitale burkinabè.",
			want: "Gounghin-Est: 10 km est of [country burkinabè] la capitale burkinabè"},
		// The name wins: a role followed by its name is that name.
		{doc: "Zagrodziska Wielkie is a village in Subcarpathian Voivodeship, 15 km north of the regional capital Rzeszów.",
			want: "Zagrodziska Wielkie: 15 km north of Rzeszów", not: true},
		{doc: "Ketesso Nord is a village in Kayes Region, Mali. It lies 35 km north of the regional capital, Kayes.",
			want: "Ketesso Nord: 35 km north of Kayes", not: true},
		{doc: "Pokrovskoye is a village in Bolsheselsky District, Yaroslavl Oblast, 12 km north of Bolshoye Selo (the district's administrative centre).",
			want: "Pokrovskoye: 12 km north of Bolshoye Selo", not: true},
		{doc: "Tchéboule est un village de la région du Lac, au Tchad, à 30 km au nord de la capitale régionale Bol.",
			want: "Tchéboule: 30 km nord of Bol", not: true},
		{doc: "Dori Sakatou est un village situé à 10 km au sud de Dori, le chef-lieu de la province du Séno.",
			want: "Dori Sakatou: 10 km sud of Dori", not: true},
		{doc: "Vadu is a village in Tulcea County, 30 km east of the county seat, the port city of Tulcea.",
			want: "Vadu: 30 km east of Tulcea", not: true},
		// "the capital of Niger" names the capital of a named country, not
		// the document's: no role.
		{doc: "Kolo is a village 30 km east of the capital of Niger.", not: true},
	} {
		d := Read(tt.doc)
		var got []string
		roles := 0
		for _, m := range d.Mentions {
			if m.Role != "" {
				roles++
			}
		}
		found := tt.want == ""
		for _, rel := range d.Relations {
			s := roleReading(d, rel)
			got = append(got, s)
			if s == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q:\n got %q\nwant %q", tt.doc, got, tt.want)
		}
		if tt.not && roles > 0 {
			t.Errorf("%q: %d places named by a role, want none", tt.doc, roles)
		}
	}
}
