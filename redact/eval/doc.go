// Package eval measures a redaction policy against gold annotations: how many identifiers it
// misses and how much it removes that should have stayed readable.
//
// # Common case
//
// One call evaluates a policy on a gold file and gives the figures `testimony policy eval`
// prints:
//
//	r, err := eval.Run(engine, "testdata/gold/gold.json")
//	r.WriteText(os.Stdout)            // or json.Marshal(r)
//	eval.WriteMasks(f, r.Masks)       // --masks-out
//
// # Gold
//
// Gold is TAB JSON (the Text Anonymization Benchmark's layout): a list of documents, each
// with annotators, each with entity mentions at code-point offsets, an entity_type (PERSON,
// CODE, LOC, ORG, DEM, DATETIME, QUANTITY, MISC), an identifier_type (DIRECT, QUASI,
// NO_MASK) and an entity_id grouping mentions of one entity. ReadGold reads a TAB JSON file,
// one annotated interview, or a directory of them.
//
// Our own gold is written as Markdown interviews in testdata/gold, front matter and then a
// body where each annotated mention reads {{TYPE:IDTYPE:ENTITY|surface text}} (see
// ParseMarkup). testdata/gold/gold.json is their TAB JSON form; a test keeps it in sync, and
//
//	go test ./redact/eval -run TestGoldCorpusInSync -update
//
// regenerates it.
//
// # Metrics
//
// Score reproduces the TAB reference scorer (approx_score.py) exactly, on the first annotator
// of each document:
//
//   - ER_di, ER_qi: entity-level recall on direct and quasi identifiers. An entity counts only
//     if every mention of it that needs masking is covered. A mention is covered when every
//     character is masked, forgiving spaces, some punctuation, function words and the tokens
//     mr, mrs, ms, no, nr, about.
//   - token recall: covered \w+ tokens inside mentions that need masking.
//   - precision: masked \w+ tokens that lie inside a DIRECT or QUASI mention.
//   - mention recall, and mention recall per entity type.
//
// Masks are the spans whose action changes text (everything but keep), merged, in Unicode
// code points; Go strings are bytes, and the package converts both ways.
//
// The tests hold every shipped policy to recall 1.0 on the direct identifiers of all our
// gold interviews (every policy extends base, which removes them all), to a precision floor
// on the interviews written for it, and policy strict to the bar of issue 3 on the 31 TAB
// test documents (ER_di 0.95, ER_qi 0.85, precision 0.65) when ../shared is present.
//
// # What the engine is told
//
// Each gold document becomes a redact.Document whose Known identifiers come from its meta:
// interviewee, interviewer and sensitive_terms from our front matter, and TAB's "applicant",
// the person the TAB task names for protection, as the interviewee. That is what an archivist
// knows when ingesting a testimony.
package eval
