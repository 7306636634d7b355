package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLegalDetectors measures the court-style detectors alone: on our interviews (where
// their triggers are rare and most lines are skipped) and on court prose dense with what
// they look for (the worst case: every line runs every pattern).
func BenchmarkLegalDetectors(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "gold", "*.md"))
	var interviews strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		interviews.Write(data)
	}
	para := "The case originated in an application (no. 19124/02) against the Federal Republic of Germany " +
		"lodged by a German national, Ms Gisela Kirsten, on 1 May 2002. She was represented by Mr K.H. Christoph, " +
		"a lawyer practising in Berlin. On 13 January 1995 the Berlin Social Court referred the case to the " +
		"Frankfurt/Oder Labour Court, which awarded her DEM 28,224. She worked as a ballet dancer for the " +
		"Erich-Weinert-Ensemble and was sentenced to two years' imprisonment along with four other persons.\n\n"
	dets := []detector{legalCaseDetector{}, legalPersonDetector{}, legalOrgDetector{}, legalPlaceDetector{},
		legalDemDetector{}, legalMoneyDetector{}, legalDurationDetector{}}
	for _, bc := range []struct{ name, text string }{
		{"interviews", interviews.String()},
		{"dense-court-prose", strings.Repeat(para, 200)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.text == "" {
				b.Skip("no gold interviews")
			}
			text := NewText(bc.text)
			text.wordList()
			g := &Gazetteer{}
			b.SetBytes(int64(len(bc.text)))
			b.ResetTimer()
			for range b.N {
				for _, d := range dets {
					d.detect(text, g)
				}
			}
		})
	}
}
