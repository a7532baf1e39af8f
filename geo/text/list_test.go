package text

import (
	"fmt"
	"testing"
)

// TestDocumentLists: the lists the reader coordinates are in
// Document.Lists, each as its members' mentions in order.
func TestDocumentLists(t *testing.T) {
	tests := []struct {
		doc  string
		want [][]string
	}{
		{"We visited Gao, Kidal and Niamey.", [][]string{{"Gao", "Kidal", "Niamey"}}},
		{"Mosul and Erbil, as well as Kirkuk, were shelled; Tessalit was calm.", [][]string{{"Mosul", "Erbil", "Kirkuk"}}},
		{"Les combats ont touché Gao et Kidal.", [][]string{{"Gao", "Kidal"}}},
		{"Tessalit lies 80 km west of Talahandak.", nil},
		// A member may be a part of a place.
		{"Typhoon Rai crossed Dinagat and southern Leyte.", [][]string{{"Dinagat", "Leyte"}}},
		{"Troops moved through Gao, Ansongo and north-eastern Menaka.", [][]string{{"Gao", "Ansongo", "Menaka"}}},
		// « ainsi qu'à », the preposition elided onto the conjunction.
		{"Ses habitants travaillent à Magog, à Coaticook ainsi qu'à Windsor.", [][]string{{"Magog", "Coaticook", "Windsor"}}},
		{"Les paysans vendent à Mékhé et Khombole, ainsi qu'à Pout.", [][]string{{"Mékhé", "Khombole", "Pout"}}},
		// A name ending like a demonym after a word that introduces
		// places is one, and the list keeps its first member.
		{"Residents commute to Duncan, Langford and Sidney.", [][]string{{"Duncan", "Langford", "Sidney"}}},
		{"Convoys pass through Gharyan, Zawiya and Misrata.", [][]string{{"Gharyan", "Zawiya", "Misrata"}}},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got [][]string
		for _, l := range d.Lists {
			var names []string
			for _, m := range l {
				names = append(names, d.Mentions[m].Name)
			}
			got = append(got, names)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Read(%q).Lists = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestUniqueContainments: a containment two rules read alike is stated
// once.
func TestUniqueContainments(t *testing.T) {
	d := Read("Kharkhorin lies about 360 km west of Ulaanbaatar in Övörkhangai Province.")
	n := 0
	for _, rel := range d.Relations {
		if rel.Kind == KindIn {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d containments, want 1: %+v", n, d.Relations)
	}
}
