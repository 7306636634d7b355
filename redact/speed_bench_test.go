package redact_test

import (
	"fmt"
	"runtime"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/testimony-archive/testimony/policies"
	"github.com/testimony-archive/testimony/redact"
)

// BenchmarkRedactPolicies redacts the synthetic corpus under every shipped policy, in MB/s
// of input per core (run it with -cpu 1). The machine is shared, so each run also times a
// plain pass over the same text in the same process (NFKC, then splitting into words, the
// least any engine must do) and reports x-baseline: engine time divided by that pass's
// time, and MB/cpu-s: input per CPU-second the process used (with -cpu 1, the collector
// included). Both move much less with the machine's load than MB/s does.
//
//	go test -run '^$' -bench RedactPolicies -benchtime 20x -cpu 1 -count 5 -benchmem ./redact/
func BenchmarkRedactPolicies(b *testing.B) {
	corpus := loadCorpus(b)
	var n int64
	for _, c := range corpus {
		n += int64(len(c.doc.Text) + len(c.doc.Title))
	}
	b.Run("baseline-nfkc-words", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for range b.N {
			nfkcWords(corpus)
		}
	})
	for _, info := range policies.List() {
		p, err := policies.Load(info.Name)
		require.NoError(b, err)
		e, err := redact.New(p)
		require.NoError(b, err)
		b.Run(info.Name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0, cpuOK := processCPU()
			start := time.Now()
			for range b.N {
				for _, c := range corpus {
					if _, err := e.Redact(c.doc); err != nil {
						b.Fatal(err)
					}
				}
			}
			engine := time.Since(start)
			b.StopTimer()
			if cpu1, ok := processCPU(); cpuOK && ok && cpu1 > cpu0 {
				// MB per CPU-second of the whole process (GC included): what a core does
				// when it is not shared, whatever else runs on the machine.
				b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
			}
			start = time.Now()
			for range b.N {
				nfkcWords(corpus)
			}
			b.ReportMetric(float64(engine)/float64(time.Since(start)), "x-baseline")
		})
	}
}

// BenchmarkRedactRotation is a diagnostic, not the bar: strict over the corpus with each
// group of docs documents redacted eight times in a row before the next group. docs=62 is
// BenchmarkRedactPolicies' order; docs=1 redacts one document eight times over, so the
// processor has just run on that very text. Valgrind counts the same instructions in both
// orders, so the gap is what reading new text costs beyond them: mostly branches the
// processor mispredicts, since four documents in turn (docs=4), whose data fits its caches
// as well as one does, lose most of the gain. It is what an engine with fewer
// text-dependent branches per word would win.
//
//	go test -run '^$' -bench RedactRotation -benchtime 5x -cpu 1 -count 3 ./redact/
func BenchmarkRedactRotation(b *testing.B) {
	const repeats = 8
	corpus := loadCorpus(b)
	var n int64
	for _, c := range corpus {
		n += int64(len(c.doc.Text) + len(c.doc.Title))
	}
	p, err := policies.Load("strict")
	require.NoError(b, err)
	e, err := redact.New(p)
	require.NoError(b, err)
	for _, docs := range []int{1, 4, len(corpus)} {
		b.Run(fmt.Sprintf("docs=%d", docs), func(b *testing.B) {
			b.SetBytes(n * repeats)
			for range b.N {
				for g := 0; g < len(corpus); g += docs {
					group := corpus[g:min(g+docs, len(corpus))]
					for range repeats {
						for _, c := range group {
							if _, err := e.Redact(c.doc); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
			}
		})
	}
}

// nfkcWords is the baseline pass: NFKC-normalise every document and count its words.
var baselineWords int

func nfkcWords(corpus []corpusDoc) {
	for _, c := range corpus {
		for _, s := range []string{c.doc.Title, c.doc.Text} {
			inWord := false
			for _, r := range norm.NFKC.String(s) {
				w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
				if w && !inWord {
					baselineWords++
				}
				inWord = w
			}
		}
	}
}

// TestEngineMemoryFlat redacts the corpus many times with one engine and checks that the
// live heap does not grow with the number of documents: nothing a run allocates may stay
// reachable from the engine after the run.
func TestEngineMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("redacts the corpus several times")
	}
	corpus := loadCorpus(t)
	p, err := policies.Load("strict")
	require.NoError(t, err)
	e, err := redact.New(p)
	require.NoError(t, err)
	redactAll := func() {
		for _, c := range corpus {
			_, err := e.Redact(c.doc)
			require.NoError(t, err)
		}
	}
	redactAll() // lazy tables are built on first use
	before := liveHeap()
	for range 5 {
		redactAll()
	}
	after := liveHeap()
	// The corpus is about 150 KB; a leak of even a fraction of each run's text over five
	// passes (some 500 documents) would pass 1 MB.
	require.Less(t, after-before, int64(1<<20), "live heap grew from %d to %d bytes over 5 passes", before, after)
}

func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// BenchmarkRedactAfterDetectors redacts the corpus under the strict policy with detectors
// that answer from a recording of their first run: what is left is what the engine does
// with the candidates (allow lists, overlaps, propagation, labels, replacements, rendering,
// the residual check), which the detectors' time hides in BenchmarkRedactPolicies.
func BenchmarkRedactAfterDetectors(b *testing.B) {
	corpus := loadCorpus(b)
	p, err := policies.Load("strict")
	require.NoError(b, err)
	e, err := redact.New(p)
	require.NoError(b, err)
	e = redact.WithRecordedDetectors(e)
	var n int64
	for _, c := range corpus {
		n += int64(len(c.doc.Text) + len(c.doc.Title))
		if _, err := e.Redact(c.doc); err != nil { // records the detectors' answers
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := processCPU()
	for range b.N {
		for _, c := range corpus {
			if _, err := e.Redact(c.doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	if cpu1, ok := processCPU(); cpuOK && ok && cpu1 > cpu0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
	}
}
