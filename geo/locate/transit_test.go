package locate

import "testing"

// TestCodeOfOperator: a code of capitals that is also a country's code
// is no country when it abbreviates another name of the text, the
// initials of its capitalised words (codeOfName): "A Canadian National
// train ... CN crews" names the railway, not China; "the South Africa
// team ... SA officials" abbreviates South Africa, not Saudi Arabia. A
// code the text spells out as its own country ("New Zealand ... NZ")
// stays the country.
func TestCodeOfOperator(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	noCountry := func(doc, code string) {
		t.Helper()
		for _, p := range analyse(t, doc).Places {
			if p.Name == code && p.Feature == "country" {
				t.Errorf("%s: %s is the country %q; want no country", doc, code, p.Country)
			}
		}
	}
	noCountry("A Canadian National freight train derailed near Capreol, Ontario. CN crews from Hornepayne and Sudbury helped with the clean-up.", "CN")
	noCountry("The South Africa team arrived in Durban on Monday; SA officials said the match would go ahead.", "SA")
	res := analyse(t, "The New Zealand Defence Force flew supplies from Auckland; NZ troops landed in Tonga on Friday.")
	if p := placeNamed(t, res, "NZ"); p.Feature != "country" || p.Country != "NZ" {
		t.Errorf("NZ is %q in %q; want the country", p.Feature, p.Country)
	}
}

// TestCodeOfFlight: a code written before a number is a flight's or a
// train's ("AR 1755", "IC 62"), the airline's or the railway's code, not
// the country whose code it shares (numberedCode).
func TestCodeOfFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, p := range analyse(t, "The flight, AR 1755, had departed Esquel for Trelew when the crew reported smoke. Flight GA 614 landed safely in Denpasar.").Places {
		if (p.Name == "AR" || p.Name == "GA") && p.Feature == "country" {
			t.Errorf("%s is the country %q; want a flight's code", p.Name, p.Country)
		}
	}
}

// TestCityNamedLikeCountry: an English text's "Salvador", only another
// spelling of El Salvador, is Bahia's capital of 2.7 million people
// (cityNamedLikeCountry); a French text's « au Salvador » stays the
// country.
func TestCityNamedLikeCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "The interstate bus was travelling from Rio de Janeiro to Salvador when it overturned near Muriaé.", "Salvador", "BR")
	res := analyse(t, "Le président du Salvador a visité San Salvador et Santa Ana.")
	if p := placeNamed(t, res, "Salvador"); p.Country != "SV" {
		t.Errorf("Salvador is %q in %q; want El Salvador", p.Feature, p.Country)
	}
}
