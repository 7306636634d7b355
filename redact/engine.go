package redact

import "errors"

// ErrResidual is returned (wrapped) when the residual check finds a removed surface form, or
// one of its variants, still present in the rendered output.
var ErrResidual = errors.New("residual check failed: a removed form is still present in the output")

// Engine applies one policy. It is safe for concurrent use.
type Engine struct {
	policy *Policy
}

// New validates the policy and returns an engine for it.
func New(p *Policy) (*Engine, error) {
	panic("not implemented")
}

// Policy returns the engine's policy.
func (e *Engine) Policy() *Policy { return e.policy }

// Detect finds every candidate span in doc and resolves overlaps, without rendering. The
// evaluation harness uses it; Redact uses it too.
func (e *Engine) Detect(doc Document) ([]Span, error) {
	panic("not implemented")
}

// Redact detects, applies the policy's actions, renders the output, and verifies it with the
// residual check. It never returns unverified output: on any failure the result is nil.
// Errors never quote text from the document.
func (e *Engine) Redact(doc Document) (*Redacted, error) {
	panic("not implemented")
}
