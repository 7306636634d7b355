package redact

// AnalyseWords runs the shared word analysis every detector reads (normalisation, words,
// their hashes and lexicon classes, the names tokens and places), as the engine's first
// detectors do, and returns the number of words and tokens.
func AnalyseWords(s string, g *Gazetteer) int {
	t := NewText(s)
	defer t.release()
	n := len(t.classes()) + len(t.anchorLists())
	return n + len(analyse(t, indexFor(g)).toks)
}
