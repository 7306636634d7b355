package redact

// Test hooks for the external tests of the names, Hangul and places detectors, which need the
// shipped gazetteer from the policies package (an internal test cannot import it: cycle).

// RunDetector runs the registered detector with the given name over s.
func RunDetector(name, s string, g *Gazetteer) []Candidate {
	for _, d := range registered {
		if d.name() == name {
			return d.detect(NewText(s), g)
		}
	}
	panic("no detector " + name)
}

// RunDetectors runs the named detectors over one Text, as the engine does.
func RunDetectors(names []string, s string, g *Gazetteer) []Candidate {
	t := NewText(s)
	var out []Candidate
	for _, n := range names {
		for _, d := range registered {
			if d.name() == n {
				out = append(out, d.detect(t, g)...)
			}
		}
	}
	return out
}

// PersonVariants exposes personVariants.
func PersonVariants(name string, g *Gazetteer) []string { return personVariants(name, g) }

// FoldSyllable exposes foldSyllable.
func FoldSyllable(y string) string { return foldSyllable(y) }

// RunDetectorsOn runs the named detectors over a Text made beforehand, so a benchmark
// measures the detectors without normalisation.
func RunDetectorsOn(names []string, t *Text, g *Gazetteer) int {
	n := 0
	for _, name := range names {
		for _, d := range registered {
			if d.name() == name {
				n += len(d.detect(t, g))
			}
		}
	}
	return n
}
