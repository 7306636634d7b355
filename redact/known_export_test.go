package redact

// KnownVariants plans doc with e and returns every known entry's variants (phrase keys),
// in order, and how many of them are parts of another.
func KnownVariants(e *Engine, doc Document) ([][]string, []int) {
	r := &runState{e: e, doc: doc}
	r.prepareKnown()
	var vs [][]string
	var ps []int
	for _, k := range r.known {
		vs = append(vs, k.variants)
		ps = append(ps, k.partials)
	}
	return vs, ps
}

// PhraseKey exposes phraseKey.
func PhraseKey(s string) string { return phraseKey(s) }

// WordRuns exposes wordRuns.
func WordRuns(s string) []string { return wordRuns(s) }
