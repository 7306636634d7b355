package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// codewordDetector finds codewords spoken in the testimony itself: a short quoted phrase right
// after a cue such as "the word", "code word" or "password" ("We use the word "white rabbit"
// to check it is me"). Families verify brokers and callers with such words, so they identify
// as surely as a name (threat model, rule 4); the archivist may not have listed them in the
// front matter, and plain-text, WebVTT and SRT files have none.
type codewordDetector struct{}

func init() { register(codewordDetector{}) }

func (codewordDetector) name() string { return "codeword" }

// codewordCues come before the quoted codeword, within a few words.
var codewordCues = []string{"word", "words", "codeword", "codewords", "code word", "password", "passphrase",
	"signal", "phrase", "암호", "신호", "암호는", "암구호"}

// codewordCueSet is codewordCues for cueSet.before.
var codewordCueSet = newCueSet(codewordCues)

// callSignCues name a soldier's call sign or a person's nickname, which identify as a name
// does (threat model, rule 4). They reach further back than codewordCues: "My call sign was
// "Grom". Before that, "Malysh"." names two, and the second is a sentence away.
var callSignCues = []string{"call sign", "callsign", "call-sign", "call signs", "callsigns", "nickname", "nicknamed",
	"nicknames", "codename", "code name", "alias", "radio name", "nom de guerre"}

// namedAsCues say what people called someone, right before the quote: "We called him "the
// Badger"", "known as "Auntie Ok"". Further away they say nothing ("I called them at
// "home"").
var namedAsCues = []string{"called him", "called her", "called them", "called me", "called us", "known as", "went by"}

// callSignCueSet is callSignCues for cueSet.before.
var callSignCueSet = newCueSet(callSignCues)

// codewordQuotes pairs each opening quote with its closing quote.
var codewordQuotes = map[rune]string{'"': "\"", '“': "”", '\'': "'", '‘': "’", '「': "」"}

// quoteStartByteList are the bytes an opening quote starts with: the ASCII double and
// single quotes, and the lead bytes 0xE2 and 0xE3 of the others.
const quoteStartByteList = "\"'\xe2\xe3"

// quoteStarts finds the next byte of quoteStartByteList in a text, with one IndexByte per
// byte value and occurrence: each value's next offset is kept until the scan passes it, so
// the text between the quotes is read by IndexByte's wide loads only.
type quoteStarts struct {
	at    [len(quoteStartByteList)]int // each byte's next offset, or len(s): none
	valid bool                         // at has been filled
}

// next returns the offset of the first byte of quoteStartByteList at or after i in s, or
// len(s). Successive calls must pass the same s and offsets that do not decrease.
func (q *quoteStarts) next(s string, i int) int {
	n := len(s)
	for k := range q.at {
		if !q.valid || q.at[k] < i {
			if j := strings.IndexByte(s[i:], quoteStartByteList[k]); j >= 0 {
				q.at[k] = i + j
			} else {
				q.at[k] = len(s)
			}
		}
		n = min(n, q.at[k])
	}
	q.valid = true
	return n
}

func (codewordDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	var quotes quoteStarts
	for i := 0; i < len(s); {
		// Every opening quote starts with '"', '\'' or the lead byte 0xE2 or 0xE3: skip to the
		// next of those without decoding the text in between.
		i = quotes.next(s, i)
		if i == len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		closeQ, ok := codewordQuotes[r]
		if !ok {
			i += w
			continue
		}
		start := i + w
		// An apostrophe after a letter ("operator's", "don't": most of an English text's) opens
		// no quote, before its closing quote is looked for.
		if r == '\'' && i > 0 && isASCIIWordByte(s[i-1]) {
			i = start
			continue
		}
		end := strings.Index(s[start:], closeQ)
		if end <= 0 || end > 40 {
			i = start
			continue
		}
		phrase := s[start : start+end]
		if strings.ContainsAny(phrase, "\n.!?") || fieldCountOver(phrase, 4) {
			i = start // a quoted sentence is no codeword
			continue
		}
		cue, hasCue := codewordCueSet.before(s, i, 30)
		if !hasCue {
			cue, hasCue = callSignCueSet.before(s, i, 30)
		}
		if !hasCue && !fieldCountOver(phrase, 2) {
			cue, hasCue = callSignCueSet.before(s, i, 60)
		}
		if !hasCue {
			before := strings.TrimRight(s[:i], " ")
			for _, c := range namedAsCues {
				if strings.HasSuffix(before, c) && (len(before) == len(c) || !isASCIIWordByte(before[len(before)-len(c)-1])) {
					cue, hasCue = c, true
					break
				}
			}
		}
		if !hasCue {
			cue, hasCue = koreanCodewordCue(s, i, start+end+len(closeQ))
		}
		// A quoted word between a given name and a surname is a nickname: Ilya "Kaban" Zhukov.
		if !hasCue && !fieldCountOver(phrase, 1) && betweenCapitals(t, i, start+end+len(closeQ)) {
			cue, hasCue = "nickname", true
		}
		if hasCue {
			c := t.cand(start, start+end, SensitiveTerm, "quoted after a codeword cue",
				"a short quoted phrase after "+quoteCue(cue), 0.85)
			out = append(out, c)
		}
		i = start + end + len(closeQ)
	}
	out = append(out, unquotedCallSigns(t)...)
	out = appositiveEpithets(t, out)
	return append(out, koreanNicknames(t)...)
}

// koreanNicknameEndings follow a nickname said in Korean: the copula or the quoting 라고
// ("별명이 곰이었어요", "짝눈이라고 불렀어요"), longest first.
var koreanNicknameEndings = []string{"이었어요", "였어요", "이었는데", "였는데", "이었고", "였고", "이에요", "예요", "이라고", "라고", "이야", "야", "이고", "고"}

// nicknameAdverbs come before a form of address without naming anyone ("그냥 아줌마라고"),
// or stand where a nickname would ("뭐라고 불러요?").
var nicknameAdverbs = set("그냥", "그저", "다들", "모두", "다", "그", "저", "이", "그때", "보통", "항상", "늘", "자꾸", "우리", "저희",
	"뭐", "무엇", "누구", "어떻게", "이렇게", "그렇게", "저렇게", "아무", "이름", "같이", "함께")

// addressWords are what people are called by beside titles: "토끼 아줌마", "왕 사장".
var addressWords = set("아줌마", "형", "사장", "사장님", "이모", "삼촌", "아재", "영감")

// epithetRoles are the people an epithet in apposition is given to: "The warden, the Old
// Fox, signed".
var epithetRoles = set("warden", "guard", "guards", "officer", "interrogator", "agent", "broker", "driver", "boss",
	"chief", "head", "captain", "director", "manager", "inspector", "jailer", "commander", "man", "woman")

// appositiveEpithets finds an epithet set off by commas after a role: "the warden, the Old
// Fox, signed" (one to three capitalised words after "the"). It names its bearer as a
// nickname does. A public body so placed ("the agent, the Ministry of State Security, ...")
// is kept by the allow list.
func appositiveEpithets(t *Text, out []Candidate) []Candidate {
	ws, s, n := t.wordList(), t.Fold, t.Norm
	if len(s) != len(n) {
		return out // offsets of Fold and Norm differ: the capitals are read from Norm
	}
	// ", the" is far rarer than words: the text is searched for it, and each hit taken to its
	// words (the role that ends at the comma, the word "the").
	for at := 0; ; {
		k := strings.Index(s[at:], ", the")
		if k < 0 {
			break
		}
		g := at + k // the comma
		at = g + len(", the")
		i := firstWordAfter(ws, g)
		if i == 0 || i+2 >= len(ws) || ws[i-1].end != g || ws[i].start != g+len(", ") || ws[i].end != at ||
			!epithetRoles[s[ws[i-1].start:g]] {
			continue
		}
		j := i + 1
		for j < len(ws) && j <= i+3 && 'A' <= n[ws[j].start] && n[ws[j].start] <= 'Z' && (j == i+1 || s[ws[j-1].end:ws[j].start] == " ") {
			j++
		}
		if j == i+1 || j == len(ws) && ws[j-1].end == len(s) || j < len(ws) && !strings.HasPrefix(s[ws[j-1].end:], ",") {
			continue
		}
		if !inCandidates(out, t, ws[i+1].start) {
			out = append(out, t.cand(ws[i+1].start, ws[j-1].end, SensitiveTerm, "epithet in apposition",
				"capitalised words after \"the\", set off by commas after a role", 0.7))
		}
	}
	return out
}

// koreanNicknames finds a nickname said without quotes, which identifies as a name does:
// the word after 별명/별칭 ("별명이 곰이었어요") and the word called so ("다들 짝눈이라고
// 불렀어요"). A kinship word or title called so ("형님이라고 불렀어요") is no nickname; after
// one ("토끼 아줌마라고"), the word before it is taken with it.
func koreanNicknames(t *Text) []Candidate {
	s := t.Fold
	hits := koreanNicknameCueHits(t)
	if len(hits) == 0 {
		return nil
	}
	var out []Candidate
	add := func(a, b int) {
		if b > a && !inCandidates(out, t, a) {
			// Below a name's score: a name called so ("은별이라고 불러 주세요") keeps its label.
			out = append(out, t.cand(a, b, SensitiveTerm, "Korean nickname", "a word said as someone's nickname, or called so", 0.6))
		}
	}
	// stem cuts a nickname ending from the Hangul word s[a:b] and returns its end.
	stem := func(a, b int) int {
		w := s[a:b]
		for _, e := range koreanNicknameEndings {
			if x, ok := strings.CutSuffix(w, e); ok && x != "" {
				return a + len(x)
			}
		}
		return b
	}
	hangulEnd := func(i int) int {
		for i+3 <= len(s) && isHangulSyllable(leadSyllable(s[i:])) {
			i += 3
		}
		return i
	}
	for ci, cue := range koreanNicknameCues[:nicknameNounCues] {
		eachCueHit(hits, ci, func(at int) {
			a := at + len(cue.end) + len(" ")
			// A noun said with the copula or 라고 ("곰이었어요"), not a verb ("없었어요").
			if b := hangulEnd(a); b > a {
				if e := stem(a, b); e < b && e-a <= 4*3 && !hangulStopwords[s[a:e]] && !nicknameAdverbs[s[a:e]] {
					add(a, e)
				}
			}
		})
	}
	for ci := nicknameNounCues; ci < len(koreanNicknameCues); ci++ {
		eachCueHit(hits, ci, func(at int) {
			b := at + len("라고")
			a := at
			for a >= 3 && isHangulSyllable(leadSyllable(s[a-3:])) {
				a -= 3
			}
			if a == at {
				return // "김 광 호 라고": 라고 as a word of its own
			}
			if ci >= nicknameSaidCues && (!(a >= 4 && s[a-1] == ' ' && (strings.HasSuffix(s[:a-1], "를") || strings.HasSuffix(s[:a-1], "을"))) ||
				at-a < 2*3 || strings.HasSuffix(s[a:at], "달") || strings.ContainsRune("주하가오보자다냐니", lastRune(s[a:at]))) {
				// "가자라고 했어요", "돈을 달라고 했어요": what someone said or asked, not what
				// someone was called (a nickname of two syllables at least, no verb's ending).
				return
			}
			e := stem(a, b)
			w := s[a:e]
			if e <= a || e-a > 4*3 || hangulStopwords[w] || hangulPersonCues[w] || nicknameAdverbs[w] {
				return
			}
			if isHangulTitleWord(w) || hangulTitles[w] {
				return // "선생님이라고 불렀어요": a title, no nickname
			}
			if addressWords[w] {
				// "토끼 아줌마라고": the word before the form of address is the nickname's.
				p := a - 1
				if p < 3 || s[p] != ' ' || !isHangulSyllable(leadSyllable(s[p-3:])) {
					return
				}
				a = p
				for a >= 3 && isHangulSyllable(leadSyllable(s[a-3:])) {
					a -= 3
				}
				if p-a > 3*3 || hangulStopwords[s[a:p]] || nicknameAdverbs[s[a:p]] {
					return
				}
			}
			add(a, e)
		})
	}
	return out
}

// koreanNicknameCues are the cues of koreanNicknames, each a word's end, a space and what
// follows: the nouns for a nickname with a particle (the first nicknameNounCues), then 라고
// and a verb of calling.
var koreanNicknameCues = [...]struct{ end, next string }{
	{"별명이", ""}, {"별명은", ""}, {"별명도", ""}, {"별칭이", ""}, {"별칭은", ""}, {"라고", "불"}, {"라고", "부르"},
	{"라고", "했"}, {"라고", "해"}, {"라고", "합"},
}

// nicknameNounCues is the number of noun cues first in koreanNicknameCues; nicknameSaidCues
// is where the cues with 하다 ("여우라고 했어요") begin: "X라고 했어요" is as often "said X",
// so they count only after an object ("그 여자를 여우라고 했어요": called her the fox).
const nicknameNounCues, nicknameSaidCues = 5, 7

// koreanNicknameCueHits returns where the cues of koreanNicknames are in t.Fold, in text
// order. A cue's Hangul part ends a word, a space right after
// it: a word with a character that is not ASCII (wordOther) ending so, which a walk over the
// words' flags finds without a search of the whole text for each cue (seven, which read a
// Korean text byte by byte: its lead bytes are everywhere).
func koreanNicknameCueHits(t *Text) []cueHit {
	if t.isASCII() {
		return nil
	}
	s, ws := t.Fold, t.wordList()
	var hits []cueHit
	for i, f := range t.wordFlags[:len(ws)] {
		e := ws[i].end
		if f&wordOther == 0 || e >= len(s) || s[e] != ' ' || e-ws[i].start < 6 {
			continue
		}
		// Every cue's word ends in 명 or 칭 and a particle, or in 라고: the syllable before
		// the last, rarer than the particles, turns most words away.
		if mid := s[e-6 : e-3]; mid != "명" && mid != "칭" && mid != "라" {
			continue
		}
		w := s[ws[i].start:e]
		for ci, cue := range koreanNicknameCues {
			if strings.HasSuffix(w, cue.end) && strings.HasPrefix(s[e+1:], cue.next) {
				hits = append(hits, cueHit{ci, e - len(cue.end)})
			}
		}
	}
	return hits
}

// eachCueHit calls f with the offset of each hit of cue ci (koreanNicknameCueHits), in
// order.
func eachCueHit(hits []cueHit, ci int, f func(int)) {
	for _, h := range hits {
		if h.cue == ci {
			f(h.at)
		}
	}
}

// betweenCapitals says whether the quote that opens at o and closes before e stands between
// two capitalised words, one space each side ("Ilya "Kaban" Zhukov").
func betweenCapitals(t *Text, o, e int) bool {
	n := t.Norm
	if len(n) != len(t.Fold) || o < 2 || e+1 >= len(n) || n[o-1] != ' ' || n[e] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(n[o+1:]); !unicode.IsUpper(r) {
		return false
	}
	k := o - 2
	for k > 0 && isASCIIWordByte(n[k-1]) {
		k--
	}
	return k < o-1 && 'A' <= n[k] && n[k] <= 'Z' && 'A' <= n[e+1] && n[e+1] <= 'Z'
}

// callSignAnchors are the words unquotedCallSigns' cues start: "call" of "call sign" and
// "call-sign", the other cues whole.
var callSignAnchors = newAnchorTable(setOfWords("call callsign nickname nicknamed codename code"))

// unquotedCallSigns finds a call sign or nickname written without quotes right after its cue,
// with "was" or "is" between at most: "callsign Veter", "his call sign was Sokol-7". The word
// must be capitalised (or hold a digit), so "a call sign was given" is left alone.
func unquotedCallSigns(t *Text) []Candidate {
	var out []Candidate
	s, n := t.Fold, t.Norm
	if len(s) != len(n) {
		return nil
	}
	// The cues begin with three stems. A cue is taken after a byte that is no word byte, and
	// is followed by a space or a colon (the skips below): it starts a word, and that word is
	// one of callSignAnchors. So the stems are looked for at those words, not with a
	// search of the whole text for each stem.
	anchors := callSignAnchors.find(t)[0]
	if len(anchors) == 0 {
		return nil
	}
	for _, stem := range []struct {
		stem string
		cues []string
	}{{"call", []string{"call sign", "callsign", "call-sign"}}, {"nick", []string{"nicknamed", "nickname"}}, {"code", []string{"codename", "code name"}}} {
		from := 0
		for _, k := range anchors {
			if k < from || !strings.HasPrefix(s[k:], stem.stem) {
				continue
			}
			from = k + len(stem.stem)
			cue := ""
			for _, c := range stem.cues {
				if strings.HasPrefix(s[k:], c) {
					cue = c
					break
				}
			}
			if cue == "" {
				continue
			}
			from = k + len(cue)
			if k > 0 && isASCIIWordByte(s[k-1]) {
				continue
			}
			j := from
			for _, skip := range []string{" was ", " is ", ": ", " - ", " — ", " "} {
				if strings.HasPrefix(s[j:], skip) {
					j += len(skip)
					break
				}
			}
			if j == from || j >= len(s) {
				continue
			}
			e := j
			for e < len(s) && (isASCIIWordByte(s[e]) || s[e] == '-' && e+1 < len(s) && isASCIIWordByte(s[e+1])) {
				e++
			}
			if e == j || !('A' <= n[j] && n[j] <= 'Z' || strings.ContainsAny(s[j:e], "0123456789")) {
				continue
			}
			out = append(out, t.cand(j, e, SensitiveTerm, "word after a call-sign cue", "a word right after "+quoteCue(cue), 0.8))
		}
	}
	return out
}

// fieldCountOver says whether s has more than n fields in the sense of strings.Fields
// (runs of runes that are not unicode.IsSpace), without building the slice of fields.
func fieldCountOver(s string, n int) bool {
	fields := 0
	inField := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			inField = true
			fields++
			if fields > n {
				return true
			}
		}
	}
	return false
}

// koreanCodewordCues are Korean cues that take particles ("암호를 써요"), so they are looked
// for inside words in the 30 bytes before the quote.
var koreanCodewordCues = []string{"암호", "암구호", "신호", "호출부호", "별명", "비밀번호"}

// hasHangulLead says whether s holds a byte 0xEA..0xED, the first of a Hangul syllable's.
func hasHangulLead(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xEA && s[i] <= 0xED {
			return true
		}
	}
	return false
}

// koreanCodewordCue finds a Korean cue before the quote that opens at o, or a naming verb
// after the quote that closes at e ("'디마'라고 불렀어요": we called him "Dima").
func koreanCodewordCue(s string, o, e int) (string, bool) {
	a := max(0, o-30)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	// Every cue and verb here starts with a Hangul syllable, whose UTF-8 starts with a byte
	// 0xEA..0xED: a window without one (an English text's) holds none of them.
	if hasHangulLead(s[a:o]) {
		for _, c := range koreanCodewordCues {
			if strings.Contains(s[a:o], c) {
				return c, true
			}
		}
	}
	after := s[e:min(len(s), e+24)]
	if after == "" || after[0] < 0xEA || after[0] > 0xED {
		return "", false
	}
	for _, v := range []string{"라고 불렀", "라고 불러", "라고 부르", "라고 부릅", "라고 불렸"} {
		if strings.HasPrefix(after, v) || strings.HasPrefix(after, "이"+v) {
			return "라고 부르다", true
		}
	}
	return "", false
}
