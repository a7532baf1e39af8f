package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo/text"
)

func TestContractedArticle(t *testing.T) {
	tests := []struct {
		doc, name, want string
	}{
		{"Kalo est à 19 km au nord du Mans.", "Mans", "Le Mans"},
		{"Kalo est à 8 km au nord-est du Havre.", "Havre", "Le Havre"},
		{"Kalo est à 9 km au nord-est des Sables-d'Olonne.", "Sables-d'Olonne", "Les Sables-d'Olonne"},
		{"Kalo est à 7 km au nord des Andelys.", "Andelys", "Les Andelys"},
		{"Kalo est à 18 km au nord-ouest du Caire.", "Caire", "Le Caire"},
		{"On va au Havre.", "Havre", "Le Havre"},
		{"Kalo est à 19 km au nord de Gao.", "Gao", ""},
		{"Kalo est à 19 km au nord du Le Mans.", "Le Mans", ""}, // already with its article
		{"Kalo est près du village de Mans.", "Mans", ""},
		{"Kalo est à 19 km au nord dudu Mans.", "Mans", ""},
		{"Kalo est à 5 km au nord de l'Isle-Adam.", "Isle-Adam", "L'Isle-Adam"},
		{"Kalo est à 5 km à l’ouest de l’Ancienne-Lorette.", "Ancienne-Lorette", "L'Ancienne-Lorette"},
		{"Kalo est à 5 km au nord d'Isle.", "Isle", ""},
		{"Kalo est à 5 km au nord de Val-d'Oise.", "Oise", ""},
	}
	for _, tt := range tests {
		i := strings.LastIndex(tt.doc, tt.name)
		e := &entity{name: tt.name, mentions: []text.Span{{Start: i, End: i + len(tt.name)}}}
		got, ok := contractedArticle(tt.doc, e)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("contractedArticle(%q, %q) = %q, %v, want %q", tt.doc, tt.name, got, ok, tt.want)
		}
	}
}
