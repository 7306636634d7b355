// Package redact is Testimony's redaction engine: it finds what could identify a person in a
// testimony and replaces it according to a policy, then proves to itself that nothing it
// removed is still there.
//
// # Common use
//
// Load a policy (the policies package ships base, strict, defector-family and pow), make an
// engine once, and redact each testimony with it. An Engine is safe for concurrent use.
//
//	p, err := policies.Load("defector-family")
//	...
//	e, err := redact.New(p)
//	...
//	red, err := e.Redact(redact.Document{
//		ID:    id,
//		Title: meta.Title,
//		Text:  text,
//		Date:  meta.InterviewDate,
//		Known: []redact.Known{
//			{Text: meta.Interviewee, Category: redact.Person, Role: redact.RoleInterviewee},
//			{Text: meta.Interviewer, Category: redact.Person, Role: redact.RoleInterviewer},
//			{Text: "green kettle", Category: redact.SensitiveTerm},
//		},
//	})
//	if err != nil {
//		// Nothing may be indexed or published for this testimony.
//	}
//	index.Add(red) // only a *Redacted is accepted
//
// Known identifiers (front-matter identities, speaker labels, the archivist's sensitive
// terms) are always removed, whatever the policy says of their category, in every spelling
// the engine can derive: case, spacing and hyphenation ("Ji-min", "Ji Min", "JIMIN"), any run
// of the name's words ("Min", "Lee Ji"), romanization variants from the gazetteer, Hangul
// with particles attached ("김지민이"), and text hidden with zero-width characters,
// full-width letters or Cyrillic look-alikes.
//
// # How a run works
//
// Detection and action are separate, as in Presidio: detectors propose candidates, the
// policy decides what happens to them.
//
//  1. NewText normalises the document (NFKC, zero-width characters removed, confusable
//     letters and typographic apostrophes and hyphens folded, case folded) and keeps a map
//     from every normalised byte back to the original, so spans are exact in the original.
//  2. Every registered detector runs (contacts, IDs with checksums, dates, ages, money,
//     household counts, military units and ranks, workplaces, addresses, kinship, physical
//     descriptions, routes, names and places), plus the document's known identifiers and
//     the policy's deny list.
//  3. Allow lists (Policy.Allow and the gazetteer's public figures and bodies) and the
//     reviewer's Document.Keep drop every candidate they cover (with premises words around
//     them: "the Hanawon centre"); the decision is recorded as a keep. A known identifier's
//     full form is not protected by an allow list, and a phrase of several words never
//     matches one fused word ("Kimjongsuk county" is a place, not Kim Jong Suk).
//  4. Overlaps are resolved by score, then length. A loser that sticks out of the winner
//     keeps the part that sticks out, so no detected form survives half-redacted.
//  5. Every removed form is removed everywhere else in the testimony too: a detector may
//     need context to find "Ji-min" once, but every "Ji-min" is then the same person. The
//     parts of a detected name go too ("Sun" once "Sun Liqiang" is a name), and a span never
//     ends inside a word or before the hyphenated rest of a name ("Yun Song" → "Yun Song-gap").
//  6. Each span gets its category's action and is rendered.
//  7. The residual check runs (below). Only then is a Redacted returned.
//
// # Policies and actions
//
// A Policy maps each Category to a Rule. A category without a rule is kept.
//
//   - pseudonymize: a label that stands for one entity within the testimony, named by role
//     where the role is known: "[Interviewee]", "[Interviewer]", "[Broker A]",
//     "[Relative A]", "[Person B]". Mentions are grouped across spellings and partial
//     mentions ("Lee Ji Min", "Ji Min's", "Min"); a part shared by two people ("Kim" with
//     two Kims) joins neither, so one label never stands for two people. Labels are per
//     testimony and cannot link testimonies; with Policy.ArchivePseudonyms they become
//     "[Person 3fa9c2d1]", an HMAC-SHA256 of the entity under Policy.Secret, stable across
//     the archive and not linkable without the secret.
//   - generalize: up a hierarchy, keeping what research needs. Places go to the province
//     ("Yeokjeon-dong, Hyesan" → "[a city in Ryanggang Province]"; provinces, countries and
//     capitals stay readable, other cities that are their own province go to the country:
//     "Incheon" → "[a city in South Korea]"), or to the country with level "country". Ages
//     go to a decade ("a 35-year-old woman" → "a woman in her 30s"). Dates go to the year
//     ("12 March 2019" → "2019"; "two years ago" is placed with the interview date), or the
//     decade with level "decade" (strict uses it); durations keep their unit ("three years"
//     → "[years]"). Sums go to a range ("20,000 yuan" → "[10,000–50,000 yuan]").
//     Household counts lose the count ("three children" → "[children]"), workplaces keep
//     their kind ("the Musan Mine" → "[a mine]"), ranks their class ("[officer]").
//   - suppress: "[removed]"; with level "category" the category instead ("[phone number]"),
//     which the shipped policies use for contact data so the text stays readable.
//   - keep: the text stays; the span is still in the report.
//
// # The promise of the Redacted type
//
// A *Redacted is only ever made by Engine.Redact, after the residual check passed; its
// fields cannot be set outside this package. The index accepts nothing else, so raw text
// cannot reach it by any code path: the compiler refuses it. Of the metadata only the
// year of the interview date, the language and the topics that contain no removed form
// survive; the title is redacted with the same pseudonym table as the text.
//
// # The report
//
// Redacted.Report lists every decision: byte offsets in the original, the surface form,
// category, detector, rule (which pattern, table or list), reason (context words, list hits,
// checksums), score, action and replacement, and an entity key that groups the mentions of
// one person without naming them. It also records the policy's name, version and SHA-256
// and the SHA-256 of input and output. The report holds the removed surface forms: store it
// only encrypted. Engine.Detect returns the same spans without rendering, for evaluation.
//
// # The residual check
//
// After rendering, the output is normalised and case-folded the same way as the input and
// re-scanned, on word boundaries and with any spacing or hyphenation, for every removed
// surface form, every variant of every known person, and every deny-list entry. Replacement
// text is skipped, and so are allow-listed phrases and spans the policy deliberately left
// (a removed "Kim" does not fail the run on a kept "Kim Jong Un"). Allow lists win over
// derived forms: a private person who shares a public figure's full name keeps it unless
// the archivist lists that full name for the testimony. A one-word form that is
// also an ordinary word ("Young", "Sun") counts only where it is capitalised, in the
// check and when removing it elsewhere. Any hit fails the run with an error wrapping
// ErrResidual; nothing unverified is returned.
//
// Errors from this package never quote the document: no surface form appears in an error
// string, and the package logs nothing.
package redact
