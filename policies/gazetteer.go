package policies

import "github.com/testimony-archive/testimony/redact"

// loadGazetteer builds the name and place tables from the embedded data files.
// (Placeholder: returns empty tables until the data files land.)
func loadGazetteer() (*redact.Gazetteer, error) {
	return &redact.Gazetteer{
		Surnames:       map[string]string{},
		GivenSyllables: map[string]bool{},
		FirstNames:     map[string]bool{},
		AmbiguousNames: map[string]bool{},
		Places:         map[string]redact.PlaceEntry{},
	}, nil
}
