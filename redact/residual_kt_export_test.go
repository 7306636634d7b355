package redact

// ResidualCheck plans doc with e and runs the residual check on out as if it were the
// text's output, with no replaced ranges: every removed form found in out fails it.
func ResidualCheck(e *Engine, doc Document, out string) error {
	r, err := e.plan(doc)
	if err != nil {
		return err
	}
	return r.residual(out, nil, nil, nil)
}
