package archive

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/testimony-archive/testimony/archive/transcript"
	"github.com/testimony-archive/testimony/index"
	"github.com/testimony-archive/testimony/redact"
)

var (
	benchDocs    = flag.Int("archive.docs", 10000, "testimonies in BenchmarkBulkIngest's large corpus")
	benchSmall   = flag.Int("archive.small", 2500, "testimonies in BenchmarkBulkIngest's small corpus (memory comparison)")
	benchMedium  = flag.Int("archive.medium", 5000, "testimonies in BenchmarkBulkIngest's medium corpus (memory comparison; 0 skips it)")
	benchDocSize = flag.Int("archive.docsize", 5000, "approximate bytes per synthetic testimony")
	benchSyncfs  = flag.Bool("archive.syncfs", false, "BenchmarkBulkIngest: make a batch durable with one syncfs (Linux) rather than an fsync per file")
	benchWorkers = flag.Int("archive.workers", 0, "redaction workers for BenchmarkBulkIngest (0: runtime.NumCPU())")
	benchHeapDir = flag.String("archive.heapprofile", "", "BenchmarkBulkIngest: write a heap profile at each ingest's peak live heap to this folder (heap-<docs>.pprof)")
)

// peakHeap samples every 5 ms until stop is called and returns the peak HeapInuse (which
// includes garbage not yet collected) and the peak live heap (what the last GC kept).
func peakHeap(profile string) (stop func() (inuse, live uint64)) {
	var peak, peakLive atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	sm := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak.Load() {
			peak.Store(ms.HeapInuse)
		}
		metrics.Read(sm)
		if sm[0].Value.Kind() == metrics.KindUint64 && sm[0].Value.Uint64() > peakLive.Load() {
			old := peakLive.Load()
			peakLive.Store(sm[0].Value.Uint64())
			// A heap profile shows what was live at the last GC: at a new peak (5% above the
			// last one written), it shows what makes the peak.
			if profile != "" && sm[0].Value.Uint64() > old+old/20 {
				writeHeapProfile(profile)
			}
		}
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		wg.Wait()
		sample()
		return peak.Load(), peakLive.Load()
	}
}

func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.WriteHeapProfile(f)
}

type ingestRun struct {
	docs       int
	allocBytes uint64 // allocated during the ingest (deterministic, unlike CPU time)
	allocs     uint64
	elapsed    time.Duration
	peakHeap   uint64
	peakLive   uint64
	cpu        time.Duration
	a          *Archive
}

func benchIngest(b *testing.B, corpus string, n int) ingestRun {
	a, _ := newTestArchive(b)
	runtime.GC()
	debug.FreeOSMemory()
	profile := ""
	if *benchHeapDir != "" {
		profile = filepath.Join(*benchHeapDir, fmt.Sprintf("heap-%d.pprof", n))
	}
	stop := peakHeap(profile)
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start, cpu0 := time.Now(), cpuTime()
	res, err := a.Ingest(context.Background(), []string{corpus}, IngestOptions{Actor: "bench", Workers: *benchWorkers})
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	runtime.ReadMemStats(&ms1)
	peak, live := stop()
	require.NoError(b, err)
	require.Len(b, res, n)
	return ingestRun{docs: n, elapsed: elapsed, peakHeap: peak, peakLive: live, cpu: cpu, a: a,
		allocBytes: ms1.TotalAlloc - ms0.TotalAlloc, allocs: ms1.Mallocs - ms0.Mallocs}
}

// redactCorpus parses and redacts every file the way Ingest does, for the bleve-only baseline.
func redactCorpus(b *testing.B, dir string) []*redact.Redacted {
	ents, err := os.ReadDir(dir)
	require.NoError(b, err)
	pc := newPolicyCache(&Archive{}, nil)
	eng, err := pc.engine("base")
	require.NoError(b, err)
	docs := make([]*redact.Redacted, len(ents))
	onAllCores(0, len(ents), func(i int) {
		data, err := os.ReadFile(filepath.Join(dir, ents[i].Name()))
		require.NoError(b, err)
		ts, err := transcript.Parse(ents[i].Name(), data)
		require.NoError(b, err)
		doc, err := document(newID(), ts)
		require.NoError(b, err)
		docs[i], err = eng.Redact(doc)
		require.NoError(b, err)
	})
	return docs
}

// bleveAlone indexes docs with bleve alone into dir and returns the wall and CPU time and the
// peak live heap above what was live before it started (docs themselves, mostly).
func bleveAlone(b *testing.B, dir string, docs []*redact.Redacted) (elapsed, cpu time.Duration, peakLive uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc // right after a GC: what is live
	stop := peakHeap("")
	start, cpu0 := time.Now(), cpuTime()
	require.NoError(b, index.IndexWithBleveOnly(dir, docs))
	elapsed, cpu = time.Since(start), cpuTime()-cpu0
	_, live := stop()
	if live > base {
		peakLive = live - base
	}
	return elapsed, cpu, peakLive
}

func median(ds []time.Duration) time.Duration { return percentile(ds, 50) }

func percentile(ds []time.Duration, p int) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)*p/100]
}

// BenchmarkBulkIngest generates synthetic testimonies, bulk-ingests them end to end (parse,
// encrypt, redact, verify, report, index, manifest, audit), and indexes the same redacted
// documents with bleve alone (index.IndexWithBleveOnly: same mapping and batches). It
// reports docs/s for both and their ratio, the peak heap for three corpus sizes, and search
// latency. It runs only when asked:
//
//	go test -run XXX -bench BulkIngest -benchtime 1x ./archive/
//	go test -run XXX -bench BulkIngest -benchtime 1x ./archive/ -archive.docs 20000 -archive.small 5000 -archive.medium 0
//	go test -run XXX -bench BulkIngest -benchtime 1x ./archive/ -archive.heapprofile /tmp/heap
//
// It also reports CPU time per document for the ingest, parse+redact alone and bleve alone
// (steadier than wall time on a shared machine; the remainder is the archive's own cost), the
// cores each kept busy, and cpu-ratio, bleve's CPU per document over the ingest's: the
// wall-time ratio both reach when each has the machine's cores to itself. floor-ratio is
// floorIngest's rate over bleve alone's: the most any ingest keeping the on-disk contract can
// reach here (2026-12-06, idle: 0.57-0.83; the ingest itself 0.29-0.37).
//
// On the 2-core development VM (2026-11-22, three runs with the load average between 4 and 11
// from other jobs, so wall-time figures are of little use: the ingest got 0.41-1.14 cores),
// 10,000 testimonies of ~5 KB: CPU per testimony ingest 4.09-4.62 ms, engine 1.45-1.69 ms,
// bleve 0.78-0.93 ms, the archive's own 1.86-2.23 ms (age: 0.24 ms per file, two X25519
// wraps; creating the object and report files: 0.19 ms of kernel time each); cpu-ratio
// 0.19-0.21. Peak live heap 133-174 MiB (2,500), 154-177 MiB (5,000), 187-189 MiB (10,000);
// bleve alone, same documents, same runs: 129-164 MiB (2,500) and 183-202 MiB (10,000) above
// its input. Heap profiles at the ingest's peaks show bleve analysing one 1,000-document
// batch as the largest part (41-77 MiB of token frequencies with term vectors, as much as the
// collector happens to catch) and the archive's bookkeeping per testimony (manifest entry,
// result, item) at about 0.5 KB. Search median 3.1-3.9 ms through Archive.Search (which opens
// the index per query), 1.8-2.1 ms on an open index, 0.9 ms through bleve alone without facets
// or snippets; p90 10-21 ms (phrases of common words).
func BenchmarkBulkIngest(b *testing.B) {
	setSyncfs(*benchSyncfs)
	root := b.TempDir()
	small, medium, large := filepath.Join(root, "small"), filepath.Join(root, "medium"), filepath.Join(root, "large")
	writeCorpus(b, small, *benchSmall, *benchDocSize, 11)
	if *benchMedium > 0 {
		writeCorpus(b, medium, *benchMedium, *benchDocSize, 13)
	}
	writeCorpus(b, large, *benchDocs, *benchDocSize, 12)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rs := benchIngest(b, small, *benchSmall)
		var rm ingestRun
		if *benchMedium > 0 {
			rm = benchIngest(b, medium, *benchMedium)
		}
		rl := benchIngest(b, large, *benchDocs)

		b.StopTimer()
		t0, cpu0 := time.Now(), cpuTime()
		docs := redactCorpus(b, large)
		redactElapsed, redactCPU := time.Since(t0), cpuTime()-cpu0
		b.StartTimer()
		bleveElapsed, bleveCPU, bleveLarge := bleveAlone(b, filepath.Join(root, fmt.Sprint("bleve", i)), docs)
		floorElapsed, floorCPU := floorIngest(b, filepath.Join(root, fmt.Sprint("floor", i)), rl.a, large, docs)
		docs = nil
		// bleve alone on the small corpus too: how much of the ingest's peak growth with the
		// corpus is bleve's own.
		b.StopTimer()
		docs = redactCorpus(b, small)
		_, _, bleveSmall := bleveAlone(b, filepath.Join(root, fmt.Sprint("bleve-small", i)), docs)
		docs = nil
		b.StartTimer()

		// Search latency on the large archive: through Archive.Search (opens the index
		// read-only per query, as the CLI does) and on an index held open.
		queries := []string{vocab[5], vocab[200], vocab[1500], vocab[3000] + " " + vocab[40], `"` + vocab[3] + " " + vocab[7] + `"`,
			"+" + vocab[100] + " -" + vocab[10], "border", `"the market was crowded"`}
		// The same queries through bleve alone on the open index, with neither facets nor
		// snippets, interleaved with the others: the floor, measured under the same load.
		var viaArchive, held, bare []time.Duration
		ix, err := index.OpenReadOnly(filepath.Join(rl.a.dir, indexDir), time.Second)
		require.NoError(b, err)
		for k := 0; k < 400; k++ {
			q := index.Request{Query: queries[k%len(queries)], Limit: 10}
			if k%2 == 0 {
				require.NoError(b, ix.Close()) // Archive.Search opens its own
				t0 := time.Now()
				_, err := rl.a.Search(q)
				require.NoError(b, err)
				viaArchive = append(viaArchive, time.Since(t0))
				ix, err = index.OpenReadOnly(filepath.Join(rl.a.dir, indexDir), time.Second)
				require.NoError(b, err)
				continue
			}
			t0 := time.Now()
			_, err := ix.Search(q)
			require.NoError(b, err)
			held = append(held, time.Since(t0))
			t0 = time.Now()
			_, err = ix.SearchWithBleveOnly(q, false)
			require.NoError(b, err)
			bare = append(bare, time.Since(t0))
		}
		require.NoError(b, ix.Close())

		e2e := float64(rl.docs) / rl.elapsed.Seconds()
		bleve := float64(rl.docs) / bleveElapsed.Seconds()
		b.ReportMetric(e2e, "ingest-docs/s")
		b.ReportMetric(bleve, "bleve-docs/s")
		b.ReportMetric(e2e/bleve, "ratio")
		floor := float64(rl.docs) / floorElapsed.Seconds()
		b.ReportMetric(floor/bleve, "floor-ratio")
		b.ReportMetric(float64(rl.docs)/redactElapsed.Seconds(), "engine-only-docs/s")
		b.ReportMetric(float64(rs.peakHeap)/(1<<20), "peakMiB-small")
		b.ReportMetric(float64(rl.peakHeap)/(1<<20), "peakMiB-large")
		b.ReportMetric(float64(rs.peakLive)/(1<<20), "liveMiB-small")
		b.ReportMetric(float64(rl.peakLive)/(1<<20), "liveMiB-large")
		if *benchMedium > 0 {
			b.ReportMetric(float64(rm.peakLive)/(1<<20), "liveMiB-medium")
		}
		b.ReportMetric(float64(bleveSmall)/(1<<20), "bleve-liveMiB-small")
		b.ReportMetric(float64(bleveLarge)/(1<<20), "bleve-liveMiB-large")
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		b.ReportMetric(ms(median(viaArchive)), "search-ms-median")
		b.ReportMetric(ms(percentile(viaArchive, 90)), "search-ms-p90")
		b.ReportMetric(ms(median(held)), "search-open-index-ms-median")
		b.ReportMetric(ms(median(bare)), "bleve-bare-search-ms-median")
		b.Logf("corpus %d x ~%d B: ingest %.0f docs/s (%v), bleve alone %.0f docs/s (%v), ratio %.2f",
			rl.docs, *benchDocSize, e2e, rl.elapsed.Round(time.Millisecond), bleve, bleveElapsed.Round(time.Millisecond), e2e/bleve)
		// CPU time per document is steadier than wall time on a shared machine: ingest's
		// minus the engine's and bleve's is what the archive itself adds.
		perDoc := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(rl.docs) }
		b.ReportMetric(perDoc(rl.cpu), "ingest-cpu-ms/doc")
		// Allocation per document (engine, bleve and archive together) does not depend on
		// the machine's load: it tells a change in the archive's churn apart from noise.
		b.ReportMetric(float64(rl.allocBytes)/1024/float64(rl.docs), "ingest-alloc-KiB/doc")
		b.ReportMetric(float64(rl.allocs)/float64(rl.docs), "ingest-allocs/doc")
		// Cores busy on average: at runtime.NumCPU() the ingest is CPU-bound, and its rate is
		// the cores divided by the CPU per document; below it, it waits (on the disk, or on
		// other work on the machine).
		b.ReportMetric(rl.cpu.Seconds()/rl.elapsed.Seconds(), "ingest-cores")
		b.ReportMetric(bleveCPU.Seconds()/bleveElapsed.Seconds(), "bleve-cores")
		b.ReportMetric(perDoc(redactCPU), "engine-cpu-ms/doc")
		b.ReportMetric(perDoc(bleveCPU), "bleve-cpu-ms/doc")
		b.ReportMetric(perDoc(floorCPU), "floor-cpu-ms/doc")
		// The ratio a CPU-bound ingest reaches against a CPU-bound bleve on the same cores,
		// whatever else runs on the machine: bleve's CPU per document over the ingest's.
		b.ReportMetric(bleveCPU.Seconds()/rl.cpu.Seconds(), "cpu-ratio")
		b.Logf("CPU per document: ingest %.2f ms, parse+redact alone %.2f ms, bleve alone %.2f ms; archive's own %.2f ms",
			perDoc(rl.cpu), perDoc(redactCPU), perDoc(bleveCPU), perDoc(rl.cpu)-perDoc(redactCPU)-perDoc(bleveCPU))
		b.Logf("allocated by the ingest: %.0f KiB and %.0f allocations per document",
			float64(rl.allocBytes)/1024/float64(rl.docs), float64(rl.allocs)/float64(rl.docs))
		b.Logf("parse+redact alone, on all cores: %.0f docs/s (%v)", float64(rl.docs)/redactElapsed.Seconds(), redactElapsed.Round(time.Millisecond))
		b.Logf("peak HeapInuse: %d docs %.0f MiB, %d docs %.0f MiB; peak live heap: %.0f MiB, %.0f MiB; small corpus ingest %.0f docs/s",
			rs.docs, float64(rs.peakHeap)/(1<<20), rl.docs, float64(rl.peakHeap)/(1<<20),
			float64(rs.peakLive)/(1<<20), float64(rl.peakLive)/(1<<20), float64(rs.docs)/rs.elapsed.Seconds())
		if *benchMedium > 0 {
			b.Logf("peak live heap: %d docs %.0f MiB", rm.docs, float64(rm.peakLive)/(1<<20))
		}
		b.Logf("bleve alone, peak live heap above the documents it is given: %d docs %.0f MiB, %d docs %.0f MiB",
			rs.docs, float64(bleveSmall)/(1<<20), rl.docs, float64(bleveLarge)/(1<<20))
		b.Logf("cores busy: ingest %.2f, bleve alone %.2f; CPU-time ratio (bleve/ingest per document) %.2f",
			rl.cpu.Seconds()/rl.elapsed.Seconds(), bleveCPU.Seconds()/bleveElapsed.Seconds(), bleveCPU.Seconds()/rl.cpu.Seconds())
		b.Logf("floor (bleve alone plus two age files per testimony, fsynced per batch, nothing else): %.0f docs/s (%v), %.2f ms CPU per document, %.2f cores; ratio to bleve alone %.2f",
			floor, floorElapsed.Round(time.Millisecond), perDoc(floorCPU), floorCPU.Seconds()/floorElapsed.Seconds(), floor/bleve)
		b.Logf("search median: %v via Archive.Search (open per query, p90 %v), %v on an open index, %v through bleve alone without facets or snippets",
			median(viaArchive), percentile(viaArchive, 90), median(held), median(bare))

		// The ceiling: the best ratio any ingest that keeps the on-disk contract can reach on
		// these cores, CPU-bound and perfectly scheduled, with no bookkeeping at all. It must
		// do the floor's work (bleve, the two age files) and parse and redact every document,
		// so its rate is at most the cores over that CPU per document. engine-at-bar puts the
		// engine at its own target of 10 MB/s of text per core instead of today's cost. Below
		// 0.8 the bar cannot be met on this machine, whatever the archive does.
		cores := float64(runtime.NumCPU())
		corpusBytes := dirBytes(b, large)
		ceiling := func(cpuPerDoc float64) float64 { return cores / cpuPerDoc / bleve }
		floorPerDoc := floorCPU.Seconds() / float64(rl.docs)
		enginePerDoc := redactCPU.Seconds() / float64(rl.docs)
		engineAtBar := float64(corpusBytes) / float64(rl.docs) / 10e6
		b.ReportMetric(cores/(0.8*bleve)*1000, "budget-cpu-ms/doc@0.8")
		b.ReportMetric(ceiling(floorPerDoc+enginePerDoc), "ceiling-ratio")
		b.ReportMetric(ceiling(floorPerDoc+engineAtBar), "ceiling-ratio-engine-at-bar")
		b.Logf("ceiling on %.0f cores (floor + parse and redaction, nothing else, CPU-bound): %.2f of bleve alone; %.2f with the engine at 10 MB/s per core (%.2f ms per %.0f-byte document); the CPU budget per document for 0.8 is %.2f ms, the floor alone takes %.2f",
			cores, ceiling(floorPerDoc+enginePerDoc), ceiling(floorPerDoc+engineAtBar), engineAtBar*1000,
			float64(corpusBytes)/float64(rl.docs), cores/(0.8*bleve)*1000, floorPerDoc*1000)
	}
}

// dirBytes is the total size of the files in dir.
func dirBytes(b *testing.B, dir string) int64 {
	ents, err := os.ReadDir(dir)
	require.NoError(b, err)
	var n int64
	for _, e := range ents {
		info, err := e.Info()
		require.NoError(b, err)
		n += info.Size()
	}
	return n
}

// floorIngest does, for every document, only what the architecture obliges an ingest to do
// besides indexing, and does it alongside bleve alone on the same cores: the original bytes
// and the redacted text each encrypted with age to the archive's recipients into a file of
// its own (objects/ and reports/ hold one age file per testimony and per run), the files
// fsynced a batch at a time with their directories, while index.IndexWithBleveOnly indexes
// the documents. No parsing, no redaction, no manifest, no audit log, and nothing waits for
// anything else. Its rate is an upper bound for any ingest that keeps the on-disk contract
// on this machine, whatever the engine and the archive's bookkeeping cost.
func floorIngest(b *testing.B, root string, a *Archive, corpus string, docs []*redact.Redacted) (elapsed, cpu time.Duration) {
	ents, err := os.ReadDir(corpus)
	require.NoError(b, err)
	require.Len(b, docs, len(ents))
	originals := make([][]byte, len(ents))
	for i, e := range ents {
		originals[i], err = os.ReadFile(filepath.Join(corpus, e.Name()))
		require.NoError(b, err)
	}
	objects, reports := filepath.Join(root, "objects"), filepath.Join(root, "reports")
	require.NoError(b, os.MkdirAll(objects, 0o700))
	require.NoError(b, os.MkdirAll(reports, 0o700))
	runtime.GC()
	start, cpu0 := time.Now(), cpuTime()
	var indexErr error
	indexed := make(chan struct{})
	go func() {
		defer close(indexed)
		indexErr = index.IndexWithBleveOnly(filepath.Join(root, "index"), docs)
	}()
	for lo := 0; lo < len(docs); lo += index.BatchSize {
		hi := min(lo+index.BatchSize, len(docs))
		files := make([]string, 2*(hi-lo))
		onAllCores(lo, hi, func(i int) {
			obj := filepath.Join(objects, docs[i].ID()+".age")
			rep := filepath.Join(reports, docs[i].ID()+".age")
			_, _, err := writeEncryptedSize(obj, a.recipients, func(w io.Writer) error { _, err := w.Write(originals[i]); return err }, false)
			require.NoError(b, err)
			_, _, err = writeEncryptedSize(rep, a.recipients, func(w io.Writer) error { _, err := io.WriteString(w, docs[i].Text()); return err }, false)
			require.NoError(b, err)
			files[2*(i-lo)], files[2*(i-lo)+1] = obj, rep
		})
		require.NoError(b, syncEach(files, []string{objects, reports}))
	}
	<-indexed
	elapsed, cpu = time.Since(start), cpuTime()-cpu0
	require.NoError(b, indexErr)
	return elapsed, cpu
}

// onAllCores calls f for every i in [lo, hi), on runtime.NumCPU() goroutines, and returns
// when every call has.
func onAllCores(lo, hi int, f func(i int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	next.Store(int64(lo))
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= hi {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
