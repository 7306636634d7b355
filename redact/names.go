package redact

import "strings"

// personVariants lists the surface forms under which a known person may appear in the text:
// the full name, its parts, and romanization variants. (Placeholder: the names detector
// replaces it with romanization-aware variants.)
func personVariants(name string, g *Gazetteer) []string {
	out := []string{name}
	for _, f := range strings.Fields(name) {
		if len(f) > 1 {
			out = append(out, f)
		}
	}
	return out
}
