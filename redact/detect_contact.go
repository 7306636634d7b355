package redact

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Contact data: phone numbers, e-mail addresses, URLs and messenger handles. A broker's
// phone number in a testimony is the first thing a security service would call.

func init() {
	register(phoneDetector{})
	register(emailDetector{})
	register(urlDetector{})
	register(handleDetector{})
}

type phoneDetector struct{}

func (phoneDetector) name() string { return "phone" }

var phoneCues = []string{"phone", "call", "called", "calls", "number", "tel", "mobile", "cell", "contact",
	"dial", "dialled", "dialed", "text", "texted", "sms", "fax", "whatsapp", "wechat", "kakaotalk", "koryolink", "landline",
	"전화", "번호", "핸드폰", "휴대폰", "연락처", "电话", "手机"}

// phoneCueSet is phoneCues for cueSet.before.
var phoneCueSet = newCueSet(phoneCues)

func (phoneDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	for _, r := range textNumberRuns(t, 7) {
		n := len(r.digits)
		if n > 15 || looksLikeDate(r) || looksLikeYearRange(r) || compactDateAfterCue(s, r) {
			continue
		}
		cue, hasCue := phoneCueSet.before(s, r.start, 40)
		var rule, reason string
		var score float64
		switch {
		case r.plus && n >= 8:
			rule, score = "international (+country code)", 0.9
			if strings.HasPrefix(r.digits, "850") {
				rule = "North Korean (+850)"
			} else if strings.HasPrefix(r.digits, "86") {
				rule = "Chinese (+86)"
			} else if strings.HasPrefix(r.digits, "82") {
				rule = "South Korean (+82)"
			} else if strings.HasPrefix(r.digits, "7") {
				rule = "Russian (+7)"
			}
			reason = "leading + and country code"
		case n == 11 && r.digits[0] == '1' && r.digits[1] >= '3' && r.digits[1] <= '9':
			rule, score, reason = "Chinese mobile (1xx-xxxx-xxxx)", 0.85, "11 digits starting 13–19"
		case n == 10 && (strings.HasPrefix(r.digits, "191") || strings.HasPrefix(r.digits, "192") || strings.HasPrefix(r.digits, "195")):
			rule, score, reason = "North Korean mobile (191/192/195)", 0.8, "10 digits with a North Korean mobile prefix"
		case (n == 10 || n == 11) && strings.HasPrefix(r.digits, "01") && strings.ContainsRune("016789", rune(r.digits[2])):
			rule, score, reason = "South Korean mobile (01x-xxxx-xxxx)", 0.9, "prefix 010/011/016–019"
		case n >= 9 && n <= 11 && r.digits[0] == '0' && len(r.groups) >= 2:
			rule, score, reason = "national with trunk prefix (0xx-xxx-xxxx)", 0.7, "leading 0 and digit groups"
		case n == 11 && r.digits[0] == '8' && len(r.groups) >= 3:
			rule, score, reason = "Russian national (8 xxx xxx-xx-xx)", 0.75, "11 digits in groups with the trunk prefix 8"
		case strings.HasPrefix(r.digits, "00") && n >= 10:
			rule, score, reason = "international (00 prefix)", 0.85, "00 international prefix"
		case len(r.groups) >= 2 && n <= 12:
			rule, score, reason = "grouped digits", 0.45, "digit groups like a phone number"
		case n >= 7 && n <= 12:
			rule, score, reason = "digit run", 0.3, "7–12 digits"
		default:
			continue
		}
		if hasCue {
			score += 0.4
			if score > 0.99 {
				score = 0.99
			}
			reason += "; context word " + quoteCue(cue)
		}
		if score < 0.5 {
			continue
		}
		out = append(out, t.cand(r.start, r.end, Phone, rule, reason, score))
	}
	return out
}

// quoteCue names a context word in a reason. Cues are our own fixed words, never document text.
func quoteCue(c string) string { return "\"" + c + "\"" }

// looksLikeDate rejects "2019-03-12", "12.03.2019", "2019/3/12 10".
func looksLikeDate(r numberRun) bool {
	g := r.groups
	if len(g) == 3 && (g[0] == 4 && g[1] <= 2 && g[2] <= 2 || g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2)) {
		return true
	}
	return false
}

// looksLikeYearRange rejects "2017-2019" and "1998 2003".
func looksLikeYearRange(r numberRun) bool {
	if len(r.groups) != 2 || r.groups[0] != 4 || r.groups[1] != 4 {
		return false
	}
	y1, y2 := r.digits[:4], r.digits[4:]
	return (y1[:2] == "19" || y1[:2] == "20") && (y2[:2] == "19" || y2[:2] == "20")
}

type emailDetector struct{}

func (emailDetector) name() string { return "email" }

func isEmailLocal(c byte) bool {
	return isASCIIWordByte(c) && c < 0x80 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isDomainByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || 'A' <= c && c <= 'Z'
}

func (emailDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '@')
		if i < 0 {
			break
		}
		at := off + i
		off = at + 1
		a := at
		for a > 0 && isEmailLocal(s[a-1]) {
			a--
		}
		for a < at && (s[a] == '.' || s[a] == '-') {
			a++
		}
		b := at + 1
		for b < len(s) && isDomainByte(s[b]) {
			b++
		}
		for b > at+1 && (s[b-1] == '.' || s[b-1] == '-') {
			b--
		}
		dom := s[at+1 : b]
		dot := strings.LastIndexByte(dom, '.')
		if a == at || dot <= 0 || len(dom)-dot-1 < 2 || hasASCIIDigit(dom[dot+1:]) {
			continue
		}
		out = append(out, t.cand(a, b, Email, "address@domain.tld", "local part, @ and a domain with a top-level domain", 0.95))
		off = b
	}
	// Obfuscated: "name at domain dot com".
	ws, hs := t.wordList(), t.wordHashes()
	for off, k := 0, 0; ; k++ {
		// The next " dot " at or after off: the word "dot" between two spaces, found by its
		// hash among the words' (wordHashes), where a search of the text for "dot " cost more.
		k = nextWordHash(hs[:len(ws)], k, dotHash)
		if k == len(ws) {
			break
		}
		// The word may stand in brackets: "kim(at)example(dot)com", "kim [at] example [dot] cn".
		d, e := ws[k].start-1, ws[k].end
		if d < off || e+1 >= len(s) || e-d != 4 || !spelledJoin(s[d], s[e]) {
			continue
		}
		off = d + 5
		at, atEnd := spelledAt(s, max(0, d-40), d)
		if at < 0 {
			continue
		}
		// A bracketed word may have a space on either side: "kim [at] example [dot] cn".
		local := at
		if s[at] != ' ' && local > 0 && s[local-1] == ' ' {
			local--
		}
		a := local
		for a > 0 && isEmailLocal(s[a-1]) {
			a--
		}
		a = spelledLocalStart(s, a)
		tldStart := e + 1
		if s[e] != ' ' && s[tldStart] == ' ' {
			tldStart++
		}
		b := tldStart
		for b < len(s) && 'a' <= s[b] && s[b] <= 'z' {
			b++
		}
		tld := s[tldStart:b]
		if a == local || !spelledDomain(strings.TrimSpace(s[atEnd:d])) || !commonTLD[tld] {
			continue
		}
		out = append(out, t.cand(a, b, Email, "address at domain dot tld", "e-mail address spelt out with \"at\" and \"dot\"", 0.85))
	}
	return out
}

// spelledJoin says whether the bytes around a spelled "at" or "dot" make it one: spaces or
// brackets ("(dot)", "[dot]", "{dot}").
func spelledJoin(l, r byte) bool {
	return l == ' ' && r == ' ' || l == '(' && r == ')' || l == '[' && r == ']' || l == '{' && r == '}'
}

// spelledAt finds the last spelled "at" of s[from:to] (" at ", "(at)", "[at]", "{at}"): the
// offset of its first byte and of the byte after it, or -1.
func spelledAt(s string, from, to int) (int, int) {
	w := s[from:to]
	for k := len(w) - 4; k >= 0; k-- {
		if w[k+1] == 'a' && w[k+2] == 't' && spelledJoin(w[k], w[k+3]) {
			return from + k, from + k + 4
		}
	}
	return -1, -1
}

// spelledDomain says whether dom, between a spelled "at" and the "dot" before the top-level
// domain, is a domain: words with no space but in spelled dots ("mail dot example").
func spelledDomain(dom string) bool {
	if strings.IndexByte(dom, '\n') >= 0 {
		return false
	}
	f := strings.Fields(dom) // parts and the spelled dots between them
	for k, w := range f {
		dot := w == "dot" || len(w) == 5 && w[1:4] == "dot" && spelledJoin(w[0], w[4])
		if dot != (k%2 == 1) {
			return false
		}
	}
	return len(f)%2 == 1
}

// spelledLocalStart moves the start a of a local part back over words joined by a spelled
// dot ("kim dot broker at ..."), at most three.
func spelledLocalStart(s string, a int) int {
	for n := 0; n < 3 && a >= 6 && spelledJoin(s[a-5], s[a-1]) && s[a-4:a-1] == "dot"; n++ {
		b := a - 5
		p := b
		for p > 0 && isEmailLocal(s[p-1]) {
			p--
		}
		if p == b {
			break
		}
		a = p
	}
	return a
}

// dotHash is the word "dot"'s hash (phraseHash), for nextWordHash.
var dotHash = phraseHash(phraseHashSeed, "dot")

// nextWordHash returns the first index from k on of the hash h in hs, or len(hs); eight
// hashes are compared at a time, from a slice of eight (no bounds test for each).
func nextWordHash(hs []uint32, k int, h uint32) int {
	for k+8 <= len(hs) {
		w := hs[k : k+8 : k+8]
		if w[0] == h || w[1] == h || w[2] == h || w[3] == h || w[4] == h || w[5] == h || w[6] == h || w[7] == h {
			break
		}
		k += 8
	}
	for k < len(hs) && hs[k] != h {
		k++
	}
	return k
}

var commonTLD = map[string]bool{"com": true, "net": true, "org": true, "kr": true, "cn": true, "ru": true,
	"jp": true, "io": true, "me": true, "info": true, "edu": true, "gov": true, "uk": true, "de": true, "kp": true}

type urlDetector struct{}

func (urlDetector) name() string { return "url" }

// urlEnd returns where a link that runs on from b ends: past its URL bytes, less the
// punctuation a sentence puts after it, but not before floor.
func urlEnd(s string, b, floor int) int {
	for b < len(s) && isURLByte(s[b]) {
		b++
	}
	for b > floor && strings.ContainsRune(".,;:!?)", rune(s[b-1])) {
		b--
	}
	return b
}

func isURLByte(c byte) bool {
	return c > ' ' && c < 0x7f && !strings.ContainsRune("<>\"'`{}|\\^[]", rune(c))
}

func (urlDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	// Each search below but the one for "www." looks for a slash: a text without one (most
	// texts) is spared them, at the cost of one IndexByte.
	hasSlash := strings.IndexByte(s, '/') >= 0
	for off := 0; off < len(s); {
		// The first "www." (or, with a slash, "http://" or "https://"): indexAny3, but found
		// by the dots and colons those end or go on at, rarer than the w's and h's a search
		// for them stops at.
		i := indexWWW(s[off:])
		if hasSlash {
			if h := indexHTTP(s[off:]); h >= 0 && (i < 0 || h < i) {
				i = h
			}
		}
		if i < 0 {
			break
		}
		a := off + i
		b := a
		b = urlEnd(s, b, a)
		off = max(b, a+4)
		if !isBoundaryBefore(s, a) || b-a < 8 {
			continue
		}
		out = append(out, t.cand(a, b, URL, "scheme or www.", "starts with http(s):// or www.", 0.9))
	}
	// Bare links to messenger and social profiles: "t.me/name", "facebook.com/name". Every
	// site holds ".com/" or ".me/": one look for those spares a scan per site.
	hasProfileSite := hasSlash && (strings.Contains(s, ".com/") || strings.Contains(s, ".me/"))
	for _, site := range profileSites {
		if !hasProfileSite {
			break
		}
		for off := 0; ; {
			i := strings.Index(s[off:], site)
			if i < 0 {
				break
			}
			a := off + i
			off = a + len(site)
			if !isBoundaryBefore(s, a) || a > 0 && (s[a-1] == '/' || s[a-1] == '.') {
				continue
			}
			b := a + len(site)
			b = urlEnd(s, b, a)
			if b <= a+len(site) {
				continue
			}
			out = append(out, t.cand(a, b, URL, "profile link "+site, "link to a personal profile", 0.9))
			off = b
		}
	}
	// A host without a scheme, with a path: "naver.me/x7Kp2", "blog.naver.com/hyesanmom".
	// A path names a page, often one person's; a bare "rfa.org" names the site only. A
	// profile link found above is not found again.
	for off := 0; hasSlash && off < len(s); {
		i := strings.IndexByte(s[off:], '/')
		if i < 0 {
			break
		}
		slash := off + i
		off = slash + 1
		a := slash
		for a > 0 && isDomainByte(s[a-1]) {
			a--
		}
		host := s[a:slash]
		dot := strings.LastIndexByte(host, '.')
		if dot <= 0 || !commonTLD[host[dot+1:]] || !isBoundaryBefore(s, a) || a > 0 && (s[a-1] == '/' || s[a-1] == '@') || inCandidates(out, t, a) {
			continue
		}
		b := slash + 1
		b = urlEnd(s, b, slash+1)
		if b == slash+1 {
			continue
		}
		out = append(out, t.cand(a, b, URL, "host and path", "a domain name followed by a path", 0.85))
		off = b
	}
	return out
}

var profileSites = []string{"t.me/", "facebook.com/", "fb.com/", "instagram.com/", "twitter.com/", "x.com/",
	"vk.com/", "youtube.com/", "tiktok.com/", "weibo.com/", "open.kakao.com/", "linkedin.com/in/"}

// indexWWW is strings.Index(s, "www."), found by the dots of s: an occurrence ends at one,
// and a text has fewer dots than the w's a search for "www." stops at.
func indexWWW(s string) int {
	for off := 3; off < len(s); {
		i := strings.IndexByte(s[off:], '.')
		if i < 0 {
			return -1
		}
		if p := off + i; s[p-3:p] == "www" {
			return p - 3
		}
		off += i + 1
	}
	return -1
}

// indexHTTP is the first index of "http://" or "https://" in s, or -1, found by the colons
// of s. The first colon that either follows is the earlier start: two colons are too far
// apart for "https://" at a later one to start before "http://" at an earlier one.
func indexHTTP(s string) int {
	for off := 4; off < len(s); {
		i := strings.IndexByte(s[off:], ':')
		if i < 0 {
			return -1
		}
		p := off + i
		if strings.HasPrefix(s[p:], "://") {
			if s[p-4:p] == "http" {
				return p - 4
			}
			if p >= 5 && s[p-5:p] == "https" {
				return p - 5
			}
		}
		off = p + 1
	}
	return -1
}

// indexAny3 returns the first index of any of the needles in s.
func indexAny3(s string, needles ...string) int {
	best := -1
	for _, n := range needles {
		if i := strings.Index(s, n); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

type handleDetector struct{}

func (handleDetector) name() string { return "handle" }

// Messenger cues: the handle is the next token after the cue and an optional "id", ":",
// "is" or "was".
var handleCues = []string{"wechat", "weixin", "kakaotalk", "kakao", "telegram", "line", "signal", "qq",
	"whatsapp", "skype", "viber", "instagram", "facebook", "twitter", "username", "user name", "handle",
	"nickname online", "account name", "카톡", "카카오톡", "위챗", "微信", "아이디", "인스타그램", "텔레그램",
	"instagram", "tiktok", "youtube",
	// WeChat as Chinese writes it in Latin letters ("wx: kimyj1979", "加我vx kim88")
	"wx", "vx"}

// handleCueSet is handleCues for cueSet.before.
var handleCueSet = newCueSet(handleCues)

// handleCueFirst indexes the cues by their first word.
var handleCueFirst = func() map[string][]string {
	m := map[string][]string{}
	for _, c := range handleCues {
		f := strings.Fields(c)[0]
		m[f] = append(m[f], c)
	}
	return m
}()

var handleFillers = map[string]bool{"id": true, "is": true, "was": true, "account": true, "name": true,
	"number": true, "handle": true, "username": true, "called": true, "as": true, "me": true, "at": true,
	"nickname": true, "nick": true, "display": true}

func isHandleByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '-' || 'A' <= c && c <= 'Z'
}

func (handleDetector) detect(t *Text, _ *Gazetteer) []Candidate {
	out := t.candidateRoom()
	s := t.Fold
	// @handle, not part of an e-mail address.
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '@')
		if i < 0 {
			break
		}
		at := off + i
		off = at + 1
		if at > 0 && isEmailLocal(s[at-1]) {
			continue
		}
		b := at + 1
		for b < len(s) && isHandleByte(s[b]) {
			b++
		}
		if b == at+1 {
			b = wideHandleEnd(s, b) // "@延吉金老板", "@별빛엄마": a user name in another script
		}
		for b > at+1 && (s[b-1] == '.' || s[b-1] == '-') {
			b--
		}
		if b-at-1 < 2 {
			continue
		}
		out = append(out, t.cand(at, b, Handle, "@handle", "@ followed by a user name", 0.85))
	}
	// Cue-based: "my WeChat ID is jimin_88", "KakaoTalk: hj1990".
	c := newWordScan(t)
	ws, cls := c.ws, c.cls
	// Identifier-like tokens: "kc_yun_help", "rina.fox.82". Ordinary prose has no
	// underscores between letters and no word.word.digits tokens.
	nextUnder, nextDot := -1, -1 // the next '_', and '.' before a word, at or after the word's end
	for i := 0; i < len(ws); i++ {
		// A token starts at a word followed by '_', or by '.' and another word: the words
		// before the next such byte are passed over (by a binary search) without a look at
		// each. A '.' before a byte that starts no word (". ", a sentence's end) is no such.
		for i < len(ws) {
			e := ws[i].end
			if st := ws[i].start; st > 0 && s[st-1] == '_' {
				break // "_sora": an underscore may lead a handle
			}
			if nextUnder < e {
				nextUnder = indexByteFrom(s, e, '_')
			}
			if nextDot < e {
				nextDot = indexByteFrom(s, e, '.')
				for nextDot < len(s) && (nextDot+1 == len(s) || !isASCIIWordByte(s[nextDot+1])) {
					nextDot = indexByteFrom(s, nextDot+1, '.')
				}
			}
			p := min(nextUnder, nextDot)
			if p == e {
				break
			}
			i += sort.Search(len(ws)-i, func(k int) bool { return ws[i+k].end >= p })
		}
		if i >= len(ws) {
			break
		}
		a := ws[i].start
		b := ws[i].end
		j := i
		unders, dots := 0, 0
		// A handle may start with underscores ("Follow _sora"), unless they open a Markdown
		// emphasis that closes after the words ("_Jin-hee_ lives here").
		if a > 0 && s[a-1] == '_' && !emphasisClosedAfter(s, a) {
			for a > 0 && s[a-1] == '_' {
				a--
				unders++
			}
			if a > 0 && isASCIIWordByte(s[a-1]) {
				a, unders = ws[i].start, 0 // inside a token the scan passed over
			}
		}
		for j+1 < len(ws) && (ws[j+1].start-ws[j].end == 1 && s[ws[j].end] == '.' || onlyUnderscores(s[ws[j].end:ws[j+1].start])) {
			if s[ws[j].end] == '_' {
				unders++
			} else {
				dots++
			}
			j++
			b = ws[j].end
		}
		// The underscore may also lead or trail ("_jimin", "jimin_"), unless it closes a
		// Markdown emphasis that an underscore opened ("_Jin-hee_ lives here", "__Chol-su__").
		if b < len(s) && s[b] == '_' && !(unders == 0 && emphasisOpenedBefore(s, ws[i].start)) {
			unders++
			b++
		}
		if j == i && unders == 0 {
			continue
		}
		a, b = trimHan(s, a, b) // "他的微信是kim_88然后": the token, not the Chinese around it
		tok := s[a:b]
		if unders == 0 && numericDateToken(tok) {
			i = j
			continue // "12.06.2016", "2018.3.5에": a date (the date detector's)
		}
		if unders == 0 && a > 0 && strings.ContainsRune(moneySymbols, lastRune(s[:a])) && isDigit(tok[0]) {
			i = j
			continue // "₩2.000.000": a sum with full stops between its thousands (the money detector's)
		}
		if (unders > 0 || dots >= 2 && (hasASCIIDigit(tok) || dottedID(t.Norm[a:b], tok))) && !strings.Contains(s[max(0, a-1):a], "@") {
			score, reason := 0.65, "identifier-like token (underscores or dotted parts with digits)"
			if handleCueNear(s, ws, cls, i, a, 80) {
				if cue, ok := handleCueSet.before(s, a, 80); ok {
					score, reason = 0.85, reason+"; messenger cue "+quoteCue(cue)
				}
			}
			// A URL or e-mail address is not a handle: leave it to those detectors.
			if !strings.Contains(tok, "www.") && !(b < len(s) && s[b] == '@') {
				out = append(out, t.cand(a, b, Handle, "identifier-like token", reason, score))
			}
		}
		i = j
	}
	for i := c.next(0, clsHandle); i < len(ws); i = c.next(i+1, clsHandle) {
		w := s[ws[i].start:ws[i].end]
		cue := ""
		for _, c := range handleCueFirst[w] {
			if strings.HasPrefix(s[ws[i].start:], c) {
				cue = c
				break
			}
		}
		if cue == "" {
			continue
		}
		if a, b, ok := quotedDisplayName(s, ws, i+len(strings.Fields(cue))); ok {
			out = append(out, t.cand(a, b, Handle, "quoted name after "+cue, "messenger cue "+quoteCue(cue)+" and a display name in quotes", 0.85))
			i = wordAt(ws, b) - 1
			continue
		}
		j := i + 1
		for j < len(ws) && j < i+4 && handleFillers[s[ws[j].start:ws[j].end]] {
			j++
		}
		if j >= len(ws) || ws[j].start-ws[j-1].end > 3 {
			continue
		}
		// Extend over handle characters ("jimin_88", "hj.1990").
		a, b := ws[j].start, ws[j].start
		for b < len(s) && isHandleByte(s[b]) {
			b++
		}
		if a > 0 && s[a-1] == '+' {
			continue // "Her Viber is +7 914 …": a phone number, the phone detector's
		}
		colon := strings.Contains(s[ws[j-1].end:a], ":")
		if b == a && (j > i+1 || colon) {
			// A display name or ID in Hangul or Han after "ID", "name", "is" or a colon
			// ("kakao ID: 민지0415", "WeChat name was 春花姐").
			b = wideHandleEnd(s, a)
		}
		for b > a && (s[b-1] == '.' || s[b-1] == '-') {
			b--
		}
		if b <= a {
			continue
		}
		tok := s[a:b]
		// "Her Line is always busy", "his Telegram is silent": after a bare "is"/"was" an
		// adverb, an adjective or a participle says how the account is, not what it is
		// called. Adverbs are passed over ("is still minji1988"); a word of state that
		// carries no digit, underscore or dot is no handle.
		if copulaOnly(s, ws, i, j) && !colon && b == ws[j].end {
			for j+1 < len(ws) && j < i+5 && handleAdverb(t, ws, j) && ws[j+1].start-ws[j].end == 1 && s[ws[j].end] == ' ' {
				j++
				a, b = ws[j].start, ws[j].start
				for b < len(s) && isHandleByte(s[b]) {
					b++
				}
				for b > a && (s[b-1] == '.' || s[b-1] == '-') {
					b--
				}
				if b <= a {
					break
				}
				tok = s[a:b]
			}
			if b <= a || !handleShaped(tok) && handleStateWord(t, ws, j) {
				continue
			}
		}
		// An ID read out: "kim dot hyesan eight eight", "sunhee underscore two".
		spelled := false
		if b == ws[j].end {
			if e := spelledHandleEnd(s, ws, j); e > b {
				b, spelled = e, true
			}
		}
		// An ordinary word after the cue ("WeChat and ...") is not a handle; a handle has a
		// digit, an underscore or a dot, or follows an explicit "id"/"is".
		// "Signal: jimin" on a line of notes: a field and its value, as "위챗: ..." is.
		explicit := j > i+1 || colon && (fieldValueEnds(s, b) || s[a] >= utf8.RuneSelf)
		shaped := hasASCIIDigit(tok) || strings.ContainsAny(tok, "_.") || spelled
		if !(shaped || explicit) || stopWords[tok] || noValue(s, a, tok) {
			continue
		}
		// "line" and "signal" are ordinary words too ("The signal was weak", "Line was
		// busy"): a word after them is a handle only when the messenger is meant.
		if !shaped && ordinaryWordCues[cue] && !messengerMeant(t, ws, i, j) {
			continue
		}
		// A messenger cue is more specific than the generic "ID" cue of the ID detector.
		score := 0.8
		if hasASCIIDigit(tok) || strings.ContainsAny(tok, "_") {
			score = 0.92
		}
		if inCandidates(out, t, a) {
			i = j
			continue // already taken as an identifier-like token
		}
		out = append(out, t.cand(a, b, Handle, "after "+cue, "messenger cue "+quoteCue(cue), score))
		i = j
	}
	return append(out, koreanCuedHandles(t, &c, out)...)
}

// dottedID says whether a token of three or more dotted parts without a digit is an ID
// ("daesung.k.seoul"): Latin letters in lower case as written, a part of three letters or more (not "e.g.",
// "a.m."), and no top-level domain at the end (a bare host names a site, not a person).
func dottedID(norm, fold string) bool {
	if norm != fold || !isASCII(fold) {
		return false // "김.광.호" is a name spelt out, the names' to take
	}
	long := false
	for p := range strings.SplitSeq(fold, ".") {
		long = long || len(p) >= 3
	}
	last := fold[strings.LastIndexByte(fold, '.')+1:]
	return long && !commonTLD[last] && len(last) > 1
}

// wideHandleEnd returns where a user name that starts at a ends when it may be written in
// any script: letters, digits and the bytes of a handle, up to a space or punctuation. A
// Korean particle glued to it goes with it (removing a particle hides nothing).
func wideHandleEnd(s string, a int) int {
	b := a
	for b < len(s) {
		if isHandleByte(s[b]) {
			b++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[b:])
		if r < utf8.RuneSelf || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			break
		}
		b += n
	}
	return b
}

// displayNameWords may stand between a messenger cue and a display name in quotes ("On
// KakaoTalk I am \"hyesan mom\"", "WeChat, where she is called \"Spring\"").
var displayNameWords = set("i", "am", "was", "is", "as", "called", "named", "name", "nickname", "me",
	"my", "her", "his", "she", "he", "they", "their", "go", "goes", "went", "by", "under", "display",
	"id", "where", "its", "it", "s")

// quotedDisplayName finds a display name in quotes that follows a messenger cue ending
// before word k: at most four displayNameWords, then a quoted run of at most 40 bytes on the
// same line. It returns the quoted text's span (inside the quotes).
func quotedDisplayName(s string, ws []word, k int) (int, int, bool) {
	for n := 0; n <= 4 && k <= len(ws); n, k = n+1, k+1 {
		from := ws[k-1].end
		to := len(s)
		if k < len(ws) {
			to = ws[k].start
		}
		gap := s[from:to]
		if q := strings.IndexAny(gap, "\"“"); q >= 0 && !strings.ContainsAny(gap[:q], "\n.;!?") {
			a := from + q + 1
			if gap[q] != '"' {
				a = from + q + len("“")
			}
			end := strings.IndexAny(s[a:min(len(s), a+41)], "\"”\n")
			if end <= 0 || s[a+end] == '\n' {
				return 0, 0, false
			}
			return a, a + end, true
		}
		if k == len(ws) || !displayNameWords[s[ws[k].start:ws[k].end]] || strings.ContainsAny(gap, "\n.;!?") {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// fieldValueEnds says whether a value ending at b is the last word of its line ("Signal:
// jimin\n", "WeChat: hyesanmom."): only spaces and punctuation follow it before the line's end.
func fieldValueEnds(s string, b int) bool {
	for ; b < len(s) && s[b] != '\n'; b++ {
		if isASCIIWordByte(s[b]) || s[b] >= 0x80 {
			return false
		}
	}
	return true
}

// handleShaped says whether a token has the marks of an ID: a digit, an underscore or a dot.
func handleShaped(tok string) bool {
	return hasASCIIDigit(tok) || strings.ContainsAny(tok, "_.")
}

// copulaOnly says whether the words between the cue word i and word j are only "is" or
// "was" (at least one): "Her Line is ...", not "Her Line ID is ..." nor "WeChat name was ...",
// where a display name may well be an ordinary word ("Lucky").
func copulaOnly(s string, ws []word, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := s[ws[k].start:ws[k].end]; w != "is" && w != "was" {
			return false
		}
	}
	return j > i+1
}

// handleAdverbs may stand between "is"/"was" and what follows ("is always busy", "is still
// minji1988").
var handleAdverbs = set("always", "never", "often", "usually", "sometimes", "still", "now",
	"just", "really", "very", "mostly", "rarely", "seldom", "constantly", "probably", "already",
	"only", "even", "almost", "quite", "ever", "hardly", "barely", "completely", "totally", "also",
	"not", "too", "so")

// handleAdverb says whether word j is one of handleAdverbs or an adverb in -ly written in
// lower case.
func handleAdverb(t *Text, ws []word, j int) bool {
	w := t.Fold[ws[j].start:ws[j].end]
	return handleAdverbs[w] || len(w) >= 5 && strings.HasSuffix(w, "ly") && t.Norm[ws[j].start] == w[0]
}

// handleStateWords are adjectives and participles that say how an account is ("busy",
// "off", "silent", "down") rather than name it.
var handleStateWords = set("busy", "off", "down", "up", "dead", "silent", "quiet", "empty", "full", "free", "open",
	"closed", "shut", "private", "public", "new", "old", "different", "gone", "active",
	"inactive", "offline", "online", "available", "unavailable", "unreachable", "blank", "fine",
	"good", "bad", "safe", "unsafe", "dangerous", "risky", "slow", "fast", "secure", "broken",
	"hidden", "stolen", "taken", "lost", "cut", "useless", "better", "worse", "easier", "harder",
	"weak", "strong", "low", "high", "unstable", "patchy", "spotty", "terrible", "great", "okay",
	"ok", "cheap", "expensive", "illegal", "legal", "normal", "strange", "weird", "loud", "back",
	"away", "out", "over", "alive", "asleep", "awake", "enough", "there", "popular", "common",
	"easy", "hard", "fake", "real", "mine", "hers", "his", "theirs", "ours", "yours", "here",
	"what", "how", "where", "ringing", "working", "loading", "buzzing", "going", "being", "been",
	"nothing", "everything", "important")

// handleStateWord says whether word j is a word of state after "is"/"was": one of
// handleStateWords, or an adverb in -ly, a participle in -ed or an adjective in -ous, -ful,
// -less, -able, -ible or -ive written in lower case (a capitalised "Kelly" or "Jared" may be
// a display name).
func handleStateWord(t *Text, ws []word, j int) bool {
	w := t.Fold[ws[j].start:ws[j].end]
	if handleStateWords[w] || handleAdverb(t, ws, j) {
		return true
	}
	if c := t.Norm[ws[j].start]; c < 'a' || c > 'z' || len(w) < 5 {
		return false
	}
	for _, x := range handleStateEnds {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// handleStateEnds are the endings of adverbs, participles and adjectives handleStateWord reads.
var handleStateEnds = []string{"ly", "ed", "ous", "ful", "less", "able", "ible", "ive"}

// ordinaryWordCues are the messenger cues that are also ordinary English words ("a door
// handle").
var ordinaryWordCues = set("line", "signal", "handle")

// handleIDWords are the fillers that say an account is meant ("Line ID", "Signal name").
var handleIDWords = set("id", "account", "name", "handle", "username", "number", "nickname", "nick", "display")

// messengerMeant says whether the cue word i, followed by fillers up to word j, names the
// messenger rather than the ordinary word: an ID word follows it ("Line ID is ..."), a colon
// ("Signal: ..."), it is capitalised inside a sentence ("her Line is ..."), or it follows
// "on", "via" or "over" ("reached me on Signal as ..."); "handle" after a possessive or a
// messenger ("my handle", "her WeChat handle").
func messengerMeant(t *Text, ws []word, i, j int) bool {
	s := t.Fold
	for k := i + 1; k < j; k++ {
		if handleIDWords[s[ws[k].start:ws[k].end]] {
			return true
		}
	}
	if strings.Contains(s[ws[i].end:ws[i+1].start], ":") {
		return true
	}
	if c := t.Norm[ws[i].start]; 'A' <= c && c <= 'Z' && !atSentenceStart(t.Norm, ws[i].start) {
		return true
	}
	if i > 0 && s[ws[i-1].end:ws[i].start] == " " {
		switch prev := s[ws[i-1].start:ws[i-1].end]; prev {
		case "on", "via", "over":
			return true
		case "my", "her", "his", "their", "your", "our", "online", "user", "account":
			// "my handle is ...": someone's handle, not a door's.
			return s[ws[i].start:ws[i].end] == "handle"
		default:
			// "her WeChat handle": a messenger before the word.
			return s[ws[i].start:ws[i].end] == "handle" && slices.Contains(handleCues, prev)
		}
	}
	return false
}

// handleSpokenJoins are the words an ID read out joins its parts with.
var handleSpokenJoins = set("dot", "underscore", "dash", "hyphen", "period")

// spelledHandleEnd returns where an ID read out in words that starts with word j ends
// ("kim dot hyesan eight eight": joins and the next part, digits as words, "double"), or
// ws[j].end when nothing read out follows.
func spelledHandleEnd(s string, ws []word, j int) int {
	end := ws[j].end
	for k := j + 1; k < len(ws) && s[ws[k-1].end:ws[k].start] == " "; {
		w := s[ws[k].start:ws[k].end]
		switch _, digit := englishDigitWords[w]; {
		case handleSpokenJoins[w] && k+1 < len(ws) && s[ws[k].end:ws[k+1].start] == " ":
			end, k = ws[k+1].end, k+2
		case digit || w == "double" || w == "triple":
			end, k = ws[k].end, k+1
		default:
			return end
		}
	}
	return end
}

// koreanHandleCues are the messengers a Korean sentence names before an ID, with a particle
// glued to the name ("위챗은 hyesanmom88이에요", "카톡 아이디는 kim_88").
var koreanHandleCues = []string{"위챗", "카톡", "카카오톡", "텔레그램", "인스타그램", "인스타", "라인 아이디", "큐큐"}

// koreanHandleFillers are the words between such a cue and the ID.
var koreanHandleFillers = map[string]bool{"아이디": true, "아이디는": true, "아이디가": true,
	"아이디도": true, "계정": true, "계정은": true, "계정이": true, "id는": true, "id": true,
	"번호": true, "번호는": true, "번호가": true} // "큐큐 번호가 384723991"

// koreanCuedHandles finds a Latin ID after a Korean messenger cue: the cue may carry a
// particle, and so may the ID ("hyesanmom88이에요"), which ends at its last Latin byte. It
// skips IDs a detector pass found already (found).
//
// A cue is taken only at a word boundary, and it starts with a Hangul syllable: it starts a
// word of class clsHangul. So the cues are looked for at the start of those words (c.next),
// not with a search of the whole text per cue, which read every byte of a Korean text again
// and again (its lead bytes are everywhere); found in one walk, the hits are taken cue by
// cue, in the order the searches took them.
func koreanCuedHandles(t *Text, c *wordScan, found []Candidate) []Candidate {
	var out []Candidate
	s, ws := t.Fold, c.ws
	var hits []cueHit // in text order
	for k := c.next(0, clsHangul); k < len(ws); k = c.next(k+1, clsHangul) {
		w := s[ws[k].start:]
		if !koreanHandleCueFirst.has(leadSyllable(w)) {
			continue
		}
		for ci, cue := range koreanHandleCues {
			if strings.HasPrefix(w, cue) {
				hits = append(hits, cueHit{ci, k})
			}
		}
	}
	for ci, cue := range koreanHandleCues {
		for _, h := range hits {
			if h.cue != ci {
				continue
			}
			k := h.at
			at := ws[k].start
			if !isBoundaryBefore(s, at) {
				continue
			}
			j, explicit := k+1, strings.Contains(cue, "아이디")
			for j < len(ws) && j < k+3 && koreanHandleFillers[s[ws[j].start:ws[j].end]] {
				j, explicit = j+1, true
			}
			if j >= len(ws) || ws[j].start-ws[j-1].end > 3 {
				continue
			}
			if strings.Contains(s[ws[j-1].end:ws[j].start], ":") {
				explicit = true // "위챗: lee-boss-dandong": a field and its value
			}
			a, b := ws[j].start, ws[j].start
			for b < len(s) && isHandleByte(s[b]) {
				b++
			}
			if b == a && explicit {
				b = wideHandleEnd(s, a) // "카톡 아이디: 진사장88": an ID in Hangul
			}
			for b > a && (s[b-1] == '.' || s[b-1] == '-') {
				b--
			}
			tok := s[a:b]
			if b <= a || !(hasASCIIDigit(tok) || strings.ContainsAny(tok, "_.") || explicit) || noValue(s, a, tok) || inCandidates(found, t, a) {
				continue
			}
			out = append(out, t.cand(a, b, Handle, "after "+cue, "messenger cue "+quoteCue(cue), 0.9))
		}
	}
	return out
}

// cueHit is cue number cue of a list found at at (an offset, or a word's index).
type cueHit struct{ cue, at int }

// koreanHandleCueFirst holds the first syllables of koreanHandleCues.
var koreanHandleCueFirst = firstSyllables(koreanHandleCues)

// handleCueNear says whether cueBefore(s, a, window, handleCues) can find a cue before word
// i (which starts at a): a word that may start a cue (clsHandle) starts in its window, or
// the word that runs across the window's start has a cue from there. A cue starts at a word
// boundary, and within a word only the window's start is one. This test is cheaper than
// cueBefore's thirty searches, which run only when it is true.
func handleCueNear(s string, ws []word, cls []uint32, i, a, window int) bool {
	from := max(0, a-window)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for k := i - 1; k >= 0 && ws[k].end > from; k-- {
		if ws[k].start >= from && cls[k]&clsHandle != 0 {
			return true
		}
		if ws[k].start < from {
			for _, c := range handleCues {
				if strings.HasPrefix(s[from:a], c) {
					return true
				}
			}
		}
	}
	return false
}

// noValueWords are the words a form or a note writes in a field that has no value
// ("Twitter: none", "WeChat: n/a", "위챗: 없음"). After a messenger cue they say there is no
// account, and a handle there would tell the reader of the redacted copy there is one.
var noValueWords = set("none", "no", "nil", "null", "n/a", "unknown", "nothing", "없음",
	"없어요", "없습니다", "없다", "모름")

// noValue says whether the handle-shaped token tok at a is a placeholder for no value,
// including "n/a" (the handle stops at the '/').
func noValue(s string, a int, tok string) bool {
	return noValueWords[tok] || strings.HasPrefix(s[a:], "n/a") && (a+3 == len(s) || !isHandleByte(s[a+3]))
}

// trimHan narrows s[a:b] by the Han characters at either end: Chinese prose writes no
// space around an ID in Latin letters, so the word holding it holds the sentence too. An ID
// written in Han ("春花_姐") keeps its Han: the narrowed token must keep a Latin letter or
// a digit next to each end it lost.
func trimHan(s string, a, b int) (int, int) {
	na, nb := a, b
	for na < nb && s[na] >= utf8.RuneSelf {
		r, w := utf8.DecodeRuneInString(s[na:nb])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		na += w
	}
	for nb > na && s[nb-1] >= utf8.RuneSelf {
		r, w := utf8.DecodeLastRuneInString(s[na:nb])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		nb -= w
	}
	if na > a && (na == nb || !asciiAlnum(s[na])) {
		na = a
	}
	if nb < b && (nb == na || !asciiAlnum(s[nb-1])) {
		nb = b
	}
	return na, nb
}

// hanHandleLinks may stand between 微信 and the ID glued after it: "微信号", "微信是", "微信账号是".
var hanHandleLinks = set("", "号", "是", "号是", "号码", "号码是", "账号", "账号是", "名", "名是")

// hanCuedHandle appends the handle written right after the Han run s[i:j] (Norm) when the
// run ends with the messenger cue 微信 ("微信minji1988", "他的微信是kim_88"): Chinese prose
// writes no space between the cue and the ID, so the word-based cues above never see it.
// The han detector calls it for each run it reads.
func hanCuedHandle(t *Text, s string, i, j int, out []Candidate) []Candidate {
	k := strings.LastIndex(s[i:j], "微信")
	if (k < 0 || !hanHandleLinks[s[i+k+len("微信"):j]]) && !latinCuedHanRun(s, i, j) {
		// "加我vx kimyj1979": the Latin cue after the run, then a space or a colon.
		e := j
		for e < len(s) && s[e]|0x20 >= 'a' && s[e]|0x20 <= 'z' {
			e++
		}
		if e == j || e == len(s) || s[e] != ' ' && s[e] != ':' || !hanLatinCues[strings.ToLower(s[j:e])] {
			return out
		}
		j = e
	}
	a := j
	for a < len(s) && a < j+3 && (s[a] == ' ' || s[a] == ':') {
		a++
	}
	b := a
	for b < len(s) && isHandleByte(s[b]) {
		b++
	}
	for b > a && (s[b-1] == '.' || s[b-1] == '-') {
		b--
	}
	tok := strings.ToLower(s[a:b])
	if b-a < 2 || stopWords[tok] || noValue(tok, 0, tok) {
		return out
	}
	return append(out, t.cand(a, b, Handle, "after 微信", `messenger cue "微信"`, 0.9))
}

// hanLatinCues are the messengers Chinese writes in Latin letters, glued to the Han
// around them: "QQ号码 2843719956", "我的QQ是2843719956", "wx号：kim88", and "V信" (微信
// said as "V" and 信).
var hanLatinCues = set("qq", "wx", "vx", "wechat", "weixin")

// latinCuedHanRun says whether the Han run s[i:j] (Norm) is a link (hanHandleLinks) after
// a messenger written in Latin letters right before it (hanLatinCues; "v" with the run
// starting 信), so that an ID follows: the cue words of handleDetector are whole words,
// and the Latin cue and the Han link are one word here.
func latinCuedHanRun(s string, i, j int) bool {
	a := i
	for a > 0 && (s[a-1]|0x20 >= 'a' && s[a-1]|0x20 <= 'z') {
		a--
	}
	if a == i || a > 0 && asciiAlnum(s[a-1]) {
		return false
	}
	cue, run := strings.ToLower(s[a:i]), s[i:j]
	if cue == "v" {
		var ok bool
		if run, ok = strings.CutPrefix(run, "信"); !ok {
			return false
		}
	} else if !hanLatinCues[cue] {
		return false
	}
	return hanHandleLinks[run]
}

// stopWords are words that follow a messenger cue without being a handle.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "to": true,
	"of": true, "in": true, "on": true, "with": true, "for": true, "not": true, "no": true, "that": true,
	"this": true, "it": true, "my": true, "his": true, "her": true, "their": true, "our": true,
	"your": true, "by": true, "from": true, "but": true, "so": true, "then": true, "there": true,
	"changed": true, "deleted": true, "blocked": true, "group": true, "call": true, "calls": true,
	"message": true, "messages": true, "app": true, "too": true, "also": true, "again": true}

// onlyUnderscores says whether gap, between two words of a token, is one to three
// underscores ("kim_88", "mina__x").
func onlyUnderscores(gap string) bool {
	return gap != "" && len(gap) <= 3 && strings.Trim(gap, "_") == ""
}

// emphasisClosedAfter says whether the underscores before offset o (a word's start) open a
// Markdown emphasis: an underscore closes it on the same line, right after a letter or a
// digit and before no letter or digit ("_Jin-hee_", "__Chol-su__", "_my friend_,").
func emphasisClosedAfter(s string, o int) bool {
	for k := o; k < len(s) && k < o+80; k++ {
		switch s[k] {
		case '\n':
			return false
		case '_':
			if !isASCIIWordByte(s[k-1]) || s[k-1] == '_' {
				return false
			}
			for k+1 < len(s) && s[k+1] == '_' {
				k++
			}
			return k+1 >= len(s) || !isASCIIWordByte(s[k+1])
		}
	}
	return false
}

// emphasisOpenedBefore says whether an underscore that opens a Markdown emphasis ("_" or
// "__" after a line's start, a space or a bracket, before a letter) stands before offset o
// on its line, with no other underscore between: "_Jin-hee_" and "__Chol-su__" are
// emphasis, not the handle "hee_".
func emphasisOpenedBefore(s string, o int) bool {
	for k := o - 1; k >= 0 && k >= o-80; k-- {
		switch s[k] {
		case '\n':
			return false
		case '_':
			// The opener is followed by a letter (k is its last underscore) and preceded by
			// the line's start, a space or a bracket.
			if k+1 >= len(s) || !isASCIIWordByte(s[k+1]) || isDigit(s[k+1]) {
				return false
			}
			for k > 0 && s[k-1] == '_' {
				k--
			}
			return k == 0 || strings.IndexByte(" \n([*", s[k-1]) >= 0
		}
	}
	return false
}
