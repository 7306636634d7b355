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
// NO_MASK) and an entity_id grouping mentions of one entity. Our own gold is written as
// Markdown interviews with inline markup (see ParseMarkup) and converted to TAB JSON;
// ReadGold reads either form.
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
// # What the engine is told
//
// Each gold document becomes a redact.Document whose Known identifiers come from its meta:
// interviewee, interviewer and sensitive_terms from our front matter, and TAB's "applicant",
// the person the TAB task names for protection, as the interviewee. That is what an archivist
// knows when ingesting a testimony.
package eval
