package policies

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/testimony-archive/testimony/redact"
)

// The gazetteer lives in plain text files so a reviewer can read and diff every name the
// engine knows. The whole directory is embedded (not a list of files) because
// public_bodies.txt is written by another part of the project and may be absent.
//
//go:embed data
var dataFS embed.FS

// The data files, relative to the embedded root.
const (
	fileKoreanSurnames  = "data/korean_surnames.tsv"
	fileChineseSurnames = "data/chinese_surnames.txt"
	fileGivenSyllables  = "data/given_syllables.txt"
	filePinyin          = "data/pinyin_syllables.txt"
	fileFirstNames      = "data/first_names.txt"
	fileHangulGiven     = "data/hangul_given_names.txt"
	fileHangulNouns     = "data/hangul_name_shaped_nouns.txt"
	fileHangulVerbs     = "data/hangul_verb_stems.txt"
	fileHangulCompound  = "data/hangul_compound_parts.txt"
	fileHangulHomograph = "data/hangul_given_homographs.txt"
	fileHangulForeign   = "data/hangul_foreign_names.txt"
	fileHangulMongolian = "data/hangul_mongolian_parts.txt"
	fileJapaneseSurname = "data/japanese_surnames.tsv"
	fileJapaneseGiven   = "data/japanese_given_names.tsv"
	fileAmbiguous       = "data/ambiguous_names.txt"
	fileRouteNames      = "data/route_names.txt"
	filePlaces          = "data/places.tsv"
	filePublicFigures   = "data/public_figures.txt"
	filePublicBodies    = "data/public_bodies.txt"
)

var placeKinds = map[string]bool{
	"country": true, "province": true, "city": true, "county": true,
	"district": true, "dong": true, "ri": true, "region": true,
}

var (
	gazOnce sync.Once
	gaz     *redact.Gazetteer
	gazErr  error
)

// Gazetteer returns the shipped name and place tables, parsed once. The result is shared:
// callers must not modify it.
func Gazetteer() (*redact.Gazetteer, error) {
	gazOnce.Do(func() { gaz, gazErr = loadGazetteer() })
	return gaz, gazErr
}

// loadGazetteer builds the name and place tables from the embedded data files.
func loadGazetteer() (*redact.Gazetteer, error) {
	return parseGazetteer(dataFS)
}

// parseGazetteer reads the data files from fsys. Errors name the file and line, and what is
// wrong with it, so a broken edit to a data file is easy to find.
func parseGazetteer(fsys fs.FS) (*redact.Gazetteer, error) {
	g := &redact.Gazetteer{
		Surnames:            map[string]string{},
		GivenSyllables:      map[string]bool{},
		FirstNames:          map[string]bool{},
		AmbiguousNames:      map[string]bool{},
		HangulGiven:         map[string]bool{},
		HangulNouns:         map[string]bool{},
		HangulVerbStems:     map[string]bool{},
		HangulCompoundParts: map[string]bool{},
		HangulHomographs:    map[string]bool{},
		Places:              map[string]redact.PlaceEntry{},
	}

	// Korean surnames first: where a spelling is both Korean and Chinese (Li, Jin, Han),
	// the Korean canonical form wins so Korean names group across romanizations.
	err := eachLine(fsys, fileKoreanSurnames, func(line string, n int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated columns (canonical, Hangul, spellings), got %d", fileKoreanSurnames, n, len(cols))
		}
		canon := strings.ToLower(strings.TrimSpace(cols[0]))
		if canon == "" {
			return fmt.Errorf("%s:%d: empty canonical surname", fileKoreanSurnames, n)
		}
		addSurname(g, canon, canon)
		for _, h := range splitList(cols[1]) {
			addSurname(g, h, canon)
		}
		for _, s := range splitList(cols[2]) {
			addSurname(g, s, canon)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := eachWord(fsys, fileChineseSurnames, func(w string) { addSurname(g, w, w) }); err != nil {
		return nil, err
	}
	g.KoreanGivenSyllables = map[string]bool{}
	if err := eachWord(fsys, fileGivenSyllables, func(w string) { g.GivenSyllables[w], g.KoreanGivenSyllables[w] = true, true }); err != nil {
		return nil, err
	}
	if err := eachWord(fsys, filePinyin, func(w string) { g.GivenSyllables[w] = true }); err != nil {
		return nil, err
	}
	if err := eachWord(fsys, fileFirstNames, func(w string) { g.FirstNames[w] = true }); err != nil {
		return nil, err
	}
	if err := eachWord(fsys, fileAmbiguous, func(w string) { g.AmbiguousNames[w] = true }); err != nil {
		return nil, err
	}
	// The generated Hangul lists: a given name of two syllables, a name-shaped noun of two or
	// three, a verb stem of three or four, a part of compounds of two,
	// a word that is also a given name of two.
	for _, list := range []struct {
		file                    string
		minSyllables, syllables int
		set                     map[string]bool
	}{{fileHangulGiven, 2, 2, g.HangulGiven}, {fileHangulNouns, 2, 3, g.HangulNouns}, {fileHangulVerbs, 3, 4, g.HangulVerbStems}, {fileHangulCompound, 2, 2, g.HangulCompoundParts},
		{fileHangulHomograph, 2, 2, g.HangulHomographs}} {
		err = eachLine(fsys, list.file, func(line string, n int) error {
			w := strings.TrimSpace(line)
			if c := utf8.RuneCountInString(w); c < list.minSyllables || c > list.syllables || !isHangulWord(w) {
				return fmt.Errorf("%s:%d: want a word of %d to %d Hangul syllables", list.file, n, list.minSyllables, list.syllables)
			}
			list.set[w] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// Foreign names in Hangul join the first names (Hangul never collides with a romanized
	// word); a trailing "?" marks one that is also a Korean word and needs context.
	if err := eachWord(fsys, fileHangulForeign, func(w string) {
		if n, ok := strings.CutSuffix(w, "?"); ok {
			w = n
			g.AmbiguousNames[w] = true
		}
		g.FirstNames[w] = true
	}); err != nil {
		return nil, err
	}
	g.MongolianHangulParts = map[string]bool{}
	if err := eachWord(fsys, fileHangulMongolian, func(w string) {
		g.MongolianHangulParts[w] = true
	}); err != nil {
		return nil, err
	}
	if err := loadRouteNames(fsys, g); err != nil {
		return nil, err
	}
	if err := loadJapaneseNames(fsys, g); err != nil {
		return nil, err
	}
	if err := loadPlaces(fsys, g); err != nil {
		return nil, err
	}
	g.PublicFigures, err = loadPhraseList(fsys, filePublicFigures, true)
	if err != nil {
		return nil, err
	}
	g.PublicBodies, err = loadPhraseList(fsys, filePublicBodies, false)
	if err != nil {
		return nil, err
	}
	return g, nil
}

// loadJapaneseNames reads the Japanese surnames and given names. They join the tables the
// other names are found with, loaded after the Korean and Chinese ones so a shared spelling
// keeps its Korean canonical form: romanized surnames join Surnames (canonical: the first
// spelling of the line), romanized given names FirstNames, and the Hangul forms of both
// FirstNames, as the foreign names in Hangul do. The romanized and kanji surnames are
// also JapaneseSurnames: a romanized one joins a given name after it ("Tanaka Yoshiko"),
// a kanji one finds names inside Japanese sentences. A spelling ending with "?" is also a common word:
// it goes to AmbiguousNames too (a romanized one only there), and counts with context.
func loadJapaneseNames(fsys fs.FS, g *redact.Gazetteer) error {
	g.JapaneseSurnames = map[string]bool{}
	hangul := func(file string, n int, col string) error {
		for _, h := range splitList(col) {
			w, amb := strings.CutSuffix(h, "?")
			if !isHangulWord(w) {
				return fmt.Errorf("%s:%d: %q is not a Hangul word", file, n, h)
			}
			g.FirstNames[w] = true
			if amb {
				g.AmbiguousNames[w] = true
			}
		}
		return nil
	}
	// A romanized spelling the Korean and Chinese tables already hold (a surname, a given
	// syllable, a word that is also a name: "kan", "jun", "ren") keeps what they say of it.
	korean := func(w string) bool {
		_, sur := g.Surnames[w]
		return sur && !g.JapaneseSurnames[w] || g.GivenSyllables[w] || g.AmbiguousNames[w] && !g.JapaneseSurnames[w]
	}
	err := eachLine(fsys, fileJapaneseSurname, func(line string, n int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated columns (romanized, kanji, Hangul), got %d", fileJapaneseSurname, n, len(cols))
		}
		canon := ""
		for _, sp := range splitList(cols[0]) {
			w, amb := strings.CutSuffix(strings.ToLower(sp), "?")
			if canon == "" {
				canon = w
			}
			if korean(w) {
				continue
			}
			addSurname(g, w, canon)
			g.JapaneseSurnames[w] = true
			if amb {
				g.AmbiguousNames[w] = true
			}
		}
		if canon == "" {
			return fmt.Errorf("%s:%d: no romanized spelling", fileJapaneseSurname, n)
		}
		for _, k := range splitList(cols[1]) {
			g.JapaneseSurnames[k] = true
		}
		return hangul(fileJapaneseSurname, n, cols[2])
	})
	if err != nil {
		return err
	}
	return eachLine(fsys, fileJapaneseGiven, func(line string, n int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 2 {
			return fmt.Errorf("%s:%d: want 2 tab-separated columns (romanized, Hangul), got %d", fileJapaneseGiven, n, len(cols))
		}
		for _, sp := range splitList(cols[0]) {
			w, amb := strings.CutSuffix(strings.ToLower(sp), "?")
			if korean(w) {
				continue
			}
			if amb {
				g.AmbiguousNames[w] = true
			} else {
				g.FirstNames[w] = true
			}
		}
		return hangul(fileJapaneseGiven, n, cols[1])
	})
}

// addSurname maps one spelling to its canonical surname; the first mapping of a spelling
// wins, so the order of the files decides conflicts.
// loadRouteNames reads the Vietnamese and Mongolian name tables: each line a kind, a colon
// and words.
func loadRouteNames(fsys fs.FS, g *redact.Gazetteer) error {
	g.VietSurnames, g.VietMiddle, g.VietGiven, g.MongolianParts = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	kinds := map[string]map[string]bool{"vi-surname": g.VietSurnames, "vi-middle": g.VietMiddle, "vi-given": g.VietGiven, "mn-part": g.MongolianParts}
	return eachLine(fsys, fileRouteNames, func(line string, n int) error {
		kind, words, ok := strings.Cut(line, ":")
		set := kinds[strings.TrimSpace(kind)]
		if !ok || set == nil {
			return fmt.Errorf("%s:%d: want a kind (vi-surname, vi-middle, vi-given, mn-part), a colon and words", fileRouteNames, n)
		}
		for _, w := range strings.Fields(words) {
			set[strings.ToLower(w)] = true
		}
		return nil
	})
}

func addSurname(g *redact.Gazetteer, spelling, canon string) {
	k := strings.ToLower(strings.TrimSpace(spelling))
	if k == "" {
		return
	}
	if _, ok := g.Surnames[k]; !ok {
		g.Surnames[k] = canon
	}
}

func loadPlaces(fsys fs.FS, g *redact.Gazetteer) error {
	return eachLine(fsys, filePlaces, func(line string, n int) error {
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || len(cols) > 5 {
			return fmt.Errorf("%s:%d: want 4 or 5 tab-separated columns (name, kind, province, country, spellings), got %d", filePlaces, n, len(cols))
		}
		e := redact.PlaceEntry{
			Name:     strings.TrimSpace(cols[0]),
			Kind:     strings.TrimSpace(cols[1]),
			Province: strings.TrimSpace(cols[2]),
			Country:  strings.TrimSpace(cols[3]),
		}
		switch {
		case e.Name == "":
			return fmt.Errorf("%s:%d: empty place name", filePlaces, n)
		case !placeKinds[e.Kind]:
			return fmt.Errorf("%s:%d: kind %q is not one of country, province, city, county, district, dong, ri, region", filePlaces, n, e.Kind)
		case e.Country == "":
			return fmt.Errorf("%s:%d: place %q has no country", filePlaces, n, e.Name)
		case e.Kind != "country" && e.Kind != "region" && e.Province == "":
			return fmt.Errorf("%s:%d: place %q of kind %s has no province", filePlaces, n, e.Name, e.Kind)
		}
		names := []string{e.Name}
		if len(cols) == 5 {
			names = append(names, splitList(cols[4])...)
		}
		for _, s := range names {
			k := strings.ToLower(s)
			if prev, ok := g.Places[k]; !ok {
				g.Places[k] = e
			} else {
				// A spelling of several rows (Jung-gu of six cities) is the place they share.
				g.Places[k] = redact.SharedPlace(prev, e)
			}
		}
		return nil
	})
}

// loadPhraseList reads a list of phrases: the first column of each line and, after a tab,
// comma-separated other spellings. A missing optional file is an empty list.
func loadPhraseList(fsys fs.FS, file string, required bool) ([]string, error) {
	var out []string
	err := eachLine(fsys, file, func(line string, n int) error {
		cols := strings.Split(line, "\t")
		for i, c := range cols {
			if i == 0 {
				if s := strings.TrimSpace(c); s != "" {
					out = append(out, s)
				}
				continue
			}
			out = append(out, splitList(c)...)
		}
		return nil
	})
	if !required && errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return out, err
}

// eachWord calls f for every whitespace-separated word, lower-cased.
func eachWord(fsys fs.FS, file string, f func(string)) error {
	return eachLine(fsys, file, func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			f(strings.ToLower(w))
		}
		return nil
	})
}

// eachLine calls f for every line that is not blank or a # comment, with its 1-based number.
func eachLine(fsys fs.FS, file string, f func(line string, n int) error) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return fmt.Errorf("gazetteer %s: %w", path.Base(file), err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := f(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isHangulWord reports a word of Hangul syllables only.
func isHangulWord(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}
