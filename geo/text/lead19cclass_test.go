package text

import "testing"

// TestCorpusAddressAfterList: a container set off by a comma after the
// last member of a list is that member's address, not the list's: "her
// sons in Limerick and Boston, Massachusetts" puts Boston alone in
// Massachusetts, while "Mosul and Erbil in northern Iraq" puts both in
// Iraq (findLists).
func TestCorpusAddressAfterList(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "She is missed by her sons in Limerick and Boston, Massachusetts.", rels: []string{"Boston: in Massachusetts"}, absent: []string{"Limerick: in Massachusetts"}},
		{doc: "Shelling hit Mosul and Erbil in northern Iraq.", rels: []string{"Mosul: in Iraq", "Erbil: in Iraq"}}, // guard
	})
}
