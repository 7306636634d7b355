package redact

// Candidate is a span a detector proposes, in original-text byte offsets. The engine resolves
// overlaps between candidates and then applies the policy's action for the category.
type Candidate struct {
	Start, End int
	Category   Category
	Detector   string
	Rule       string
	Reason     string
	Score      float64 // 0..1; higher wins overlaps, then longer
	// Entity is a canonical key that groups mentions of one entity for pseudonyms
	// ("kim|jimin" for "Kim Ji-min", "Ji Min", "Jimin"); "" means the span's own folded text.
	Entity string
	// Role is the person's role when the context shows it (broker, relative, ...).
	Role Role
	// Place is the gazetteer entry for places, used to generalize.
	Place *PlaceEntry
}

// detector finds candidates in a normalised text. Detectors never change text and never log it.
// A detector appends its candidates to t.candidateRoom() (text_candidates.go), once per call:
// the run keeps the part of the room the result uses until the Text is released.
type detector interface {
	name() string
	detect(t *Text, g *Gazetteer) []Candidate
}

// registered holds every detector; detector files add themselves in init.
var registered []detector

// register adds a detector to every engine.
func register(d detector) { registered = append(registered, d) }
