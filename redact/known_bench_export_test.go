package redact

// PrepareKnownOnly runs prepareKnown alone for doc, on a pooled run state given back after.
func PrepareKnownOnly(e *Engine, doc Document) int {
	r := newRunState(e, doc)
	r.prepareKnown()
	n := len(r.variants)
	if r.partial != nil {
		r.partial.reset()
		partialSets.Put(r.partial)
		r.partial = nil
	}
	r.recycle()
	return n
}
