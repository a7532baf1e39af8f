package text

import "testing"

// TestLead34bHolidays: a holiday's name ending in "Day" or "Eve"
// (feasts.tsv) is a time, no place, and the town it may open is not
// mapped from it ("Waitangi Day").
func TestLead34bHolidays(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "On Boxing Day the road to Kaikoura reopened.", places: []string{"Kaikoura"}, not: []string{"Boxing Day"}},
		{doc: "Crowds gathered for Waitangi Day at Paihia.", places: []string{"Paihia"}, not: []string{"Waitangi Day"}},
		{doc: "The ferry to Rottnest sailed on Australia Day and on New Year's Eve.", not: []string{"Australia Day", "New Year's Eve"}},
	})
}
