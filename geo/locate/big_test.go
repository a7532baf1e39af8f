package locate

import (
	"strings"
	"testing"
)

// newsParagraphs are news-style paragraphs in English and French: places
// from the gazetteer, distances, directions, borders and regions, as a
// long report repeats them.
var newsParagraphs = []string{
	"Gunmen attacked a military post in Ménaka on Tuesday, the army said. The post lies about 100 km south of Anderamboukane, close to the border with Niger, and reinforcements were sent from Gao, 320 km to the west.",
	"Aid workers reached Ansongo, 95 kilometres south-east of Gao, after two days on the road. Flooding has cut the route to Bourem, which is 85 km north of Gao along the Niger river.",
	"Des affrontements ont eu lieu à Tessalit, à environ 80 km à l'ouest du village de Talahandak et à 20 km de la frontière algérienne, selon une source locale jointe à Kidal.",
	"The convoy left Niamey at dawn and reached Tillabéri, 110 km to the north-west, by noon. Further north, near Ayorou, fighters were seen crossing from Mali.",
	"Selon le gouverneur de la région de Mopti, les déplacés sont arrivés à Sévaré, à 12 km au sud-est de Mopti, après avoir fui les villages situés entre Djenné et Ténenkou.",
	"Officials in Agadez said a truck overturned 60 miles north of the town, on the road to Arlit, killing eleven migrants bound for Algeria.",
}

// bigReport returns a report of about n bytes made of copies of
// newsParagraphs, one paragraph per line.
func bigReport(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		p := newsParagraphs[i%len(newsParagraphs)]
		if b.Len()+len(p)+2 > n {
			break
		}
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkResolveBigReport resolves a 1 MiB report made of many copies of
// news paragraphs: the time and memory should grow linearly with the
// length (target: under 2 s and 300 MB for 1 MiB).
func BenchmarkResolveBigReport(b *testing.B) {
	doc := bigReport(1 << 20)
	r := New(openTestDB(b), Options{})
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
	}
}
