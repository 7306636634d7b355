package redact

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Text in Cyrillic script (Russian and Ukrainian) inside testimonies: prisoners of war and
// their families write and speak it, and quote it in English or Korean lines ("Петренко told
// us"). The Latin detectors see none of it, so this detector reads Cyrillic words itself:
//
//   - person names: a capitalised first name of the table below (with its diminutives and
//     case forms), a patronymic (-ович, -евна, ...), a surname of a Slavic ending (-ов, -енко,
//     -ский, ...) inside a sentence, and any capitalised words after a cue that names a
//     person (жена, брат, командир, зовут, по имени, фамилия); a call sign after "позывной";
//   - places: a gazetteer place written in Cyrillic (Курске → Kursk), found by transliterating
//     the word and its stem; a village after село/деревня/посёлок; a district "X района";
//   - military unit numbers (в/ч 12345), ranks (старший лейтенант) and ages (Мне 26 лет).
//
// Person entities are keyed by the Latin transliteration, as names.go keys Latin Slavic
// surnames ("|petrenko"), so "Петренко" and "Petrenko" share one label. Public figures keep
// their names readable, as the allow list does for their Latin forms.

func init() {
	register(cyrillicDetector{})
	// A date after "родился" ("I was born") is a birth date. The dates detector reads cues
	// in Fold, where Cyrillic letters that look Latin are Latin: the cues are folded alike.
	for _, c := range []string{"родился", "родилась", "родились", "рождения", "народився", "народилася", "народження"} {
		birthCues = append(birthCues, NewText(c).Fold)
	}
}

type cyrillicDetector struct{}

func (cyrillicDetector) name() string { return "cyrillic" }

// cyrTok is one Cyrillic word of Norm.
type cyrTok struct {
	start, end int
	text, low  string
	upper      bool // first letter upper case
	sentStart  bool // first word of a sentence or line
	quoted     bool // right after an opening quote
}

// isCyr says whether r is a Cyrillic letter.
func isCyr(r rune) bool { return r >= 0x400 && r <= 0x52F }

// hasCyrillic says whether s holds a Cyrillic letter (lead bytes 0xD0 to 0xD4).
func hasCyrillic(s string) bool {
	// In a long text the loop begins at the first lead byte: five byte searches, which
	// read many bytes at a time, find it, and most texts (Korean and English testimonies)
	// have none. A short one (a candidate's text) is read by the loop alone.
	from := 0
	if len(s) >= 64 {
		from = len(s)
		for b := byte(0xD0); b <= 0xD4; b++ {
			if k := strings.IndexByte(s[:from], b); k >= 0 {
				from = k
			}
		}
	}
	for i := from; i < len(s); i++ {
		if c := s[i]; c >= 0xD0 && c <= 0xD4 && i+1 < len(s) {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isCyr(r) {
				return true
			}
		}
	}
	return false
}

// cyrTokens splits s into Cyrillic words (a hyphen inside a word joins it: "генерал-майор").
func cyrTokens(s string) []cyrTok {
	var out []cyrTok
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isCyr(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isCyr(r2) || r2 == '\'' && j+w2 < len(s) && startsCyr(s[j+w2:]) {
				j += w2
				continue
			}
			if r2 == '-' && j+1 < len(s) && startsCyr(s[j+1:]) {
				j++
				continue
			}
			break
		}
		tok := cyrTok{start: i, end: j, text: s[i:j], low: strings.ToLower(s[i:j]), upper: unicode.IsUpper(r)}
		// What stands before: the start of a sentence, or an opening quote.
		k := i
		for k > 0 {
			p, pw := utf8.DecodeLastRuneInString(s[:k])
			if p == ' ' || p == '\t' {
				k -= pw
				continue
			}
			break
		}
		p, _ := utf8.DecodeLastRuneInString(s[:k])
		tok.quoted = p == '«' || p == '"' || p == '“' || p == '„' || p == '\''
		q := k
		for q > 0 {
			c, cw := utf8.DecodeLastRuneInString(s[:q])
			if c == '«' || c == '"' || c == '“' || c == '„' || c == '\'' || c == '(' || c == '-' || c == '—' || c == '–' || c == '*' || c == '>' || c == ' ' {
				q -= cw
				continue
			}
			break
		}
		c, _ := utf8.DecodeLastRuneInString(s[:q])
		tok.sentStart = q == 0 || c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '…'
		out = append(out, tok)
		i = j
	}
	return out
}

func startsCyr(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCyr(r)
}

// cyrLatin transliterates Cyrillic to the Latin letters the gazetteer and names.go use
// (BGN/PCGN-like: "Кузнецов" → "kuznetsov", "Курск" → "kursk"). Other runes stay.
var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Ukrainian.
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

func translit(low string) string {
	var b strings.Builder
	for _, r := range low {
		if l, ok := cyrLatin[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cyrCaseEndings are the noun case endings tried, longest first, to find a name's or a
// place's nominative ("Курске" → "Курск", "Москву" → "Москв" + "а").
var cyrCaseEndings = []string{"ами", "ові", "еві", "ах", "ях", "ям", "ом", "ем", "ой", "ей", "ою", "е", "у", "ю", "а", "я", "и", "ы", "і"}

// cyrStems returns low and its stems without one case ending, each also with "а", "я" and
// "й" put back (the nominatives the stem may have).
func cyrStems(low string) []string {
	out := []string{low}
	for _, e := range cyrCaseEndings {
		st, ok := strings.CutSuffix(low, e)
		if !ok || utf8.RuneCountInString(st) < 2 {
			continue
		}
		if e == "а" || e == "я" {
			// A nominative in -а or -я has no case form in -а or -я: a masculine
			// genitive ("Ивана", "Андрея", "Игоря").
			out = append(out, st, st+"й", st+"ь")
			continue
		}
		out = append(out, st, st+"а", st+"я", st+"й", st+"ь")
	}
	return out
}

// cyrFirstNames are Russian and Ukrainian first names and their common diminutives, in the
// nominative. cyrAmbiguousFirst are also common words ("Вера" faith, "Роман" novel): they
// count only inside a sentence or after a cue.
var cyrFirstNames = set(
	// Men.
	"александр", "алексей", "анатолий", "андрей", "антон", "аркадий", "арсений", "артём", "артем",
	"борис", "вадим", "валентин", "валерий", "василий", "виктор", "виталий", "владимир",
	"владислав", "вячеслав", "геннадий", "георгий", "глеб", "григорий", "даниил", "денис",
	"дмитрий", "евгений", "егор", "иван", "игорь", "илья", "кирилл", "константин", "леонид",
	"максим", "матвей", "михаил", "никита", "николай", "олег", "павел", "пётр", "петр",
	"руслан", "семён", "семен", "сергей", "станислав", "степан", "тарас", "тимофей", "тимур",
	"фёдор", "федор", "филипп", "юрий", "ярослав", "богдан", "остап", "микола", "олександр",
	"андрій", "сергій", "дмитро", "василь", "юрій", "петро", "іван", "віктор", "олексій",
	"володимир", "євген", "ігор", "михайло", "григорій", "валерій", "анатолій", "віталій",
	// Men's diminutives.
	"саша", "саня", "шура", "лёша", "леша", "алёша", "алеша", "андрюша", "антоша", "боря",
	"вадик", "валера", "вася", "витя", "виталик", "вова", "володя", "гена", "гоша", "гриша",
	"дима", "димка", "женя", "жека", "егорка", "ваня", "ванька", "игорёк", "илюша", "костя",
	"лёня", "леня", "макс", "миша", "мишка", "коля", "колян", "паша", "петя", "серёжа",
	"сережа", "серёга", "серега", "стас", "стёпа", "степа", "толя", "тёма", "тема", "федя",
	"юра", "юрка", "ярик", "славик", "владик", "кирюха", "никитос", "санёк", "санек",
	// Women.
	"алёна", "алена", "алина", "алла", "анастасия", "анна", "антонина", "валентина",
	"валерия", "варвара", "галина", "дарья", "диана", "евгения", "екатерина", "елена",
	"елизавета", "жанна", "зинаида", "зоя", "инна", "ирина", "кристина", "ксения", "лариса",
	"лидия", "людмила", "марина", "мария", "маргарита", "наталья", "наталия", "нина",
	"оксана", "ольга", "полина", "раиса", "светлана", "софья", "софия", "тамара", "татьяна",
	"ульяна", "юлия", "яна", "олена", "наталія", "тетяна", "оля", "олечка", "таня", "танюша",
	"наташа", "света", "маша", "даша", "катя", "лена", "галя", "люда", "ира", "аня",
	"настя", "юля", "ксюша", "лиза", "соня", "зина", "валя", "тома", "лара",
)

var cyrAmbiguousFirst = set("вера", "надежда", "любовь", "роман", "лев", "слава", "мила", "влада",
	"лада", "майя", "зоя", "тома", "макс", "стас", "лара", "тема", "яна", "инна", "нина", "аня")

// cyrPublicFigures are public figures named in Cyrillic testimonies whose surnames the
// Latin allow list may miss in Cyrillic (the allow list keeps "Путин"; "Зеленский" is the
// Russian spelling of the Ukrainian "Зеленський"). Their names stay readable.
var cyrPublicFigures = set("путин", "зеленский", "зеленський", "шойгу", "белоусов", "герасимов",
	"лавров", "песков", "медведев", "лукашенко", "пригожин", "кадыров", "сырский", "сирський",
	"залужный", "залужний", "буданов", "байден", "трамп", "сталин", "ленин", "ельцин",
	"горбачёв", "горбачев", "навальный", "порошенко", "янукович", "кличко", "гитлер")

// cyrCommonCaps are words often capitalised at a sentence start that end like a surname
// ("Потом" does not, "Один" and "Готов" do).
var cyrCommonCaps = set("один", "готов", "каждый", "многих", "своих", "наших", "ваших", "таких",
	"других", "всех", "этих", "тех", "них", "снов", "часов", "домов", "врагов", "годов",
	"раненых", "русский", "русская", "русские", "российский", "украинский", "советский",
	"магазин", "мужчин", "женщин", "причин", "машин", "будин", "один", "сразу", "каков",
	"основ", "слов", "столов", "ребят", "дров", "островов", "отцов", "братьев", "друзей")

// cyrKinCues name a relative; cyrPersonCues name someone else. A capitalised word after
// either is a name.
var cyrKinCues = set("жена", "жены", "жене", "жену", "женой", "муж", "мужа", "мужу", "мужем",
	"брат", "брата", "брату", "братом", "сестра", "сестры", "сестре", "сестру", "сестрой",
	"мать", "матери", "мама", "мамы", "маме", "маму", "отец", "отца", "отцу", "папа", "папы",
	"сын", "сына", "сыну", "дочь", "дочери", "дочка", "дочку", "дядя", "дяди", "тётя", "тетя",
	"бабушка", "дедушка", "дед", "племянник", "двоюродный", "двоюродная", "невеста", "жених",
	"дружина", "чоловік", "сестра", "мати", "батько", "донька", "син")

var cyrPersonCues = set("командир", "командира", "командиром", "зовут", "звали", "имени",
	"фамилия", "фамилии", "фамилией", "друг", "друга", "другу", "товарищ", "товарища",
	"сослуживец", "сослуживца", "знакомый", "знакомая", "сосед", "соседка", "соседа",
	"взводный", "ротный", "начальник", "звать", "кличка", "прозвище", "по-имени", "звуть",
	"прізвище", "побратим")

// cyrCallSignCues: what follows is a call sign, a nickname that identifies.
var cyrCallSignCues = set("позывной", "позывного", "позывным", "позывному", "позивний", "позивного", "кличка", "прозвище")

// cyrSettlementCues: a capitalised run after them is a village or town.
var cyrSettlementCues = set("село", "села", "селе", "селом", "деревня", "деревни", "деревне",
	"деревню", "деревней", "посёлок", "поселок", "посёлка", "поселка", "посёлке", "поселке",
	"хутор", "хутора", "хуторе", "станица", "станицы", "станице", "пгт", "город", "города",
	"городе", "городом", "городок", "селище", "місто", "міста", "місті", "селі")

// cyrDistrictNouns and cyrRegionNouns follow the adjective of a district or a region.
var cyrDistrictNouns = set("район", "района", "районе", "районом", "району", "районі", "округ", "округа", "округе")
var cyrRegionNouns = set("область", "области", "областью", "областей", "край", "края", "крае", "краем", "республика", "республики", "республике", "обл", "області")

// cyrRankWords are the words of ranks; cyrRankMods may go before them.
var cyrRankStems = []string{"рядов", "ефрейтор", "сержант", "старшин", "прапорщик", "лейтенант",
	"капитан", "капітан", "майор", "подполковник", "полковник", "генерал", "матрос", "мичман"}
var cyrRankMods = []string{"младш", "старш", "молодш", "генерал-", "гвардии"}

// cyrRankLabel generalizes a rank in Cyrillic as generalizeRank does one in Latin letters.
func cyrRankLabel(l string) (string, bool) {
	if !hasCyrillic(l) {
		return "", false
	}
	switch {
	case strings.Contains(l, "генерал") || strings.Contains(l, "маршал") || strings.Contains(l, "адмирал"):
		return "[general officer]", true
	case strings.Contains(l, "лейтенант") || strings.Contains(l, "капитан") || strings.Contains(l, "капітан") ||
		strings.Contains(l, "майор") || strings.Contains(l, "полковник"):
		return "[officer]", true
	case strings.Contains(l, "сержант") || strings.Contains(l, "старшин") || strings.Contains(l, "прапорщик") ||
		strings.Contains(l, "мичман") || strings.Contains(l, "ефрейтор"):
		return "[non-commissioned officer]", true
	}
	return "[soldier]", true
}

// cyrAge generalizes an age said in Russian or Ukrainian ("26 лет") to its decade, in the
// same language, as koreanAge does for Korean.
func cyrAge(s string) (string, bool) {
	if !hasCyrillic(s) {
		return "", false
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	n, err := strconv.Atoi(s[:i])
	if i == 0 {
		// In words: "тридцать пять лет".
		for _, w := range strings.Fields(strings.ToLower(s)) {
			n += cyrNumberWords[w]
		}
		err = nil
	}
	if n == 0 || err != nil {
		return "[возраст]", true
	}
	unit := " лет"
	if f := strings.Fields(s); len(f) > 0 && (strings.HasPrefix(f[len(f)-1], "рок") || f[len(f)-1] == "рік") {
		unit = " років" // Ukrainian
	}
	if n < 10 {
		return "до 10" + unit, true
	}
	return strconv.Itoa(n/10*10) + "–" + strconv.Itoa(n/10*10+9) + unit, true
}

// cyrPlaceIndex caches, per gazetteer, the transliterated names of public figures.
var cyrFigureIndex sync.Map // *Gazetteer → map[string]bool

func cyrFigures(g *Gazetteer) map[string]bool {
	if v, ok := cyrFigureIndex.Load(g); ok {
		return v.(map[string]bool)
	}
	m := map[string]bool{}
	for _, f := range g.PublicFigures {
		// The surname: the last word of a full name ("Andrei Belousov"), not the given name,
		// which private people share.
		if ws := strings.Fields(strings.ToLower(f)); len(ws) > 0 && len(ws[len(ws)-1]) >= 4 {
			m[ws[len(ws)-1]] = true
		}
	}
	cyrFigureIndex.Store(g, m)
	return m
}

// cyrPlace looks a Cyrillic word up in the gazetteer by its transliteration and stems.
func cyrPlace(g *Gazetteer, low string) (PlaceEntry, bool) {
	if g == nil || len(g.Places) == 0 {
		return PlaceEntry{}, false
	}
	for _, st := range cyrStems(low) {
		// Plural names ("Сумы") also in their genitive and locative ("из Сум", "в Сумах").
		for _, f := range []string{st, st + "ы", st + "и"} {
			if p, ok := g.Places[translit(f)]; ok {
				return p, true
			}
		}
	}
	return PlaceEntry{}, false
}

// isCyrAdjective says whether a word is an adjective of the kind that names districts,
// regions and nationalities ("Суджанского", "Курская", "русский").
func isCyrAdjective(low string) bool {
	for _, e := range []string{"ский", "ская", "ское", "ского", "скому", "ском", "ской", "скую", "ским", "ские", "ских",
		"цкий", "цкая", "цкого", "цкой", "ний", "няя", "него", "ней", "ый", "ая", "ого", "ой", "ий", "ое"} {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// isCyrPatronymic: "Петрович", "Петровна", "Ильинична" and their case forms.
func isCyrPatronymic(low string) bool {
	for _, e := range []string{"ович", "евич", "йович"} {
		if i := strings.LastIndex(low, e); i > 0 && utf8.RuneCountInString(low[i+len(e):]) <= 2 {
			return true
		}
	}
	// A woman's patronymic declines in its last letters: "у Натальи Ивановны", "с Ольгой
	// Петровной", "Оксані Іванівні". The stem without its ending, then one of the feminine
	// case endings only: "Ровно" (a city, and "exactly") has the stem's letters but no such
	// ending.
	for _, e := range []string{"овн", "евн", "ичн", "івн", "ївн"} {
		if i := strings.LastIndex(low, e); i > 0 && cyrFeminineEndings[low[i+len(e):]] {
			return true
		}
	}
	return false
}

// cyrFeminineEndings are the case endings of a Russian or Ukrainian feminine noun in -а.
var cyrFeminineEndings = set("а", "ы", "и", "е", "у", "ой", "ою", "і")

// isCyrSurname: a word of a Slavic surname ending, in the nominative or a case form.
func isCyrSurname(low string) bool {
	if utf8.RuneCountInString(low) < 4 || cyrCommonCaps[low] {
		return false
	}
	for _, e := range []string{"енко", "ко", "ук", "юк", "чук", "ский", "ская", "цкий", "цкая", "ского", "ской", "цкого", "цкой",
		"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ову", "еву", "ину", "овым", "евым", "иным",
		"ове", "еве", "ине", "овой", "евой", "иной", "ых", "их", "швили", "дзе", "ян", "яна"} {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

func (cyrillicDetector) detect(t *Text, g *Gazetteer) []Candidate {
	// Norm folds Cyrillic letters that look Latin into Latin ones ("Мельникова" becomes
	// "Meльникoвa"): the words are read in Original, and the candidates' offsets are its own.
	if t.isASCII() || !hasCyrillic(t.Original) {
		return nil
	}
	s := t.Original
	toks := cyrTokens(s)
	out := t.candidateRoom()
	var figs map[string]bool
	if g != nil {
		figs = cyrFigures(g)
	}
	taken := make([]bool, len(toks))
	// gapOK says whether tokens k-1 and k are neighbours in one phrase (a space between).
	gapOK := func(k int) bool {
		if k <= 0 || k >= len(toks) {
			return false
		}
		gap := s[toks[k-1].end:toks[k].start]
		return gap == " "
	}
	isFigure := func(k int) bool {
		l := toks[k].low
		if cyrPublicFigures[l] || figs[translit(l)] {
			return true
		}
		for _, st := range cyrStems(l) {
			if cyrPublicFigures[st] {
				return true
			}
		}
		return false
	}
	var isFirst func(k int) bool
	// namesake: a public figure's surname next to a kin or person cue, a first name or a
	// patronymic is a name to remove ("мой брат Герасимов", "Валерий Герасимов"); the allow
	// list keeps the figures' own full forms ("Владимир Путин").
	namesake := func(k int) bool {
		if k > 0 && gapOK(k) && (cyrKinCues[toks[k-1].low] || cyrPersonCues[toks[k-1].low] || isFirst(k-1)) {
			return true
		}
		return k+1 < len(toks) && gapOK(k+1) && (isFirst(k+1) || isCyrPatronymic(toks[k+1].low))
	}
	isFirst = func(k int) bool {
		if cyrKinCues[toks[k].low] || cyrPersonCues[toks[k].low] {
			return false
		}
		for _, st := range cyrStems(toks[k].low) {
			if cyrFirstNames[st] || cyrAmbiguousFirst[st] {
				// An ambiguous name at a sentence start is a name when a patronymic
				// follows ("Любовь Ивановна").
				return !cyrAmbiguousFirst[st] || !toks[k].sentStart ||
					k+1 < len(toks) && isCyrPatronymic(toks[k+1].low)
			}
		}
		return false
	}
	// nameLike: a capitalised word that may be part of a name once a cue or a neighbour says so.
	nameLike := func(k int) bool {
		return toks[k].upper && !(isFigure(k) && !namesake(k)) && !cyrCommonCaps[toks[k].low]
	}
	// entityOf keys a name by its Latin transliteration: the surname (a word neither a first
	// name nor a patronymic) and the first name, as names.go keys Latin names.
	entityOf := func(a, b int) string {
		sur, given := "", ""
		for k := a; k < b; k++ {
			switch {
			case isCyrPatronymic(toks[k].low):
			case isFirst(k) && given == "":
				given = translit(cyrFirstNominative(toks[k].low))
			case sur == "":
				// As written, as names.go keys a Latin surname ("Мельникова" is
				// "melnikova"); a Korean one in its nominative ("Кимом" is "kim").
				// linkCyrillicNames joins other case forms.
				sur = toks[k].low
				if ks := cyrKoreanSurnameCase(sur); ks != "" {
					sur = ks
				}
				sur = translit(sur)
			}
		}
		if sur == "" {
			// A first name and patronymic without a surname ("Ольгу Петровну").
			for k := a; k < b && given != ""; k++ {
				if isCyrPatronymic(toks[k].low) {
					return firstNameKey(given) + "|" + cyrPatronymicMark + translit(cyrPatronymicStem(toks[k].low))
				}
			}
			return ""
		}
		// names.go keys a Latin name in the order "given|surname", a surname alone
		// "|surname" ("Olga Melnikova" → "olga|melnikova", "Petrenko" → "|petrenko").
		return firstNameKey(given) + "|" + sur // "Саша Волков" is Александр Волков
	}
	// grow extends a name from token a over the capitalised name words that follow.
	grow := func(a int) int {
		b := a + 1
		for b < len(toks) && b < a+4 && gapOK(b) && toks[b].upper && !taken[b] &&
			(isFirst(b) || isCyrPatronymic(toks[b].low) || isCyrSurname(toks[b].low) ||
				cyrKoreanSurnameCase(toks[b].low) != "") { // "Татьяна Сергеевна Ким", "Николаем Кимом"
			b++
		}
		// Initials after the name: "Иванов И.И.", "Иванов И. И.".
		for b < len(toks) && b < a+5 && toks[b].upper && utf8.RuneCountInString(toks[b].text) == 1 &&
			toks[b].end < len(s) && s[toks[b].end] == '.' && (gapOK(b) || s[toks[b-1].end:toks[b].start] == ".") {
			b++
		}
		return b
	}
	emitPerson := func(a, b int, rule, reason string, score float64, role Role) {
		end := toks[b-1].end
		if utf8.RuneCountInString(toks[b-1].text) == 1 && end < len(s) && s[end] == '.' {
			end++ // the initial's dot
		}
		c := cyrCand(toks[a].start, end, Person, rule, reason, score)
		c.Entity, c.Role = entityOf(a, b), role
		out = append(out, c)
		for k := a; k < b; k++ {
			taken[k] = true
		}
	}
	// korean reads a Korean name in Cyrillic at token a, whose word is a Korean surname in
	// the nominative or a case form, and returns the end of what it took (0 for nothing).
	korean := func(a int) int {
		tk := toks[a]
		// With a Russian first name or patronymic: "Ким Наталья", "Ким Ольга Петровна".
		if a+1 < len(toks) && gapOK(a+1) && toks[a+1].upper && !taken[a+1] && (isFirst(a+1) || isCyrPatronymic(toks[a+1].low)) {
			e := grow(a)
			emitPerson(a, e, "cyrillic name", "a Korean surname and a first name in Cyrillic", 0.8, RolePerson)
			return e
		}
		// One to three short capitalised given syllables ("Ким Ён Чхоль", "Пак Мён-Хи"), as
		// Russian writes the names of the North's workers and of Koryo-saram.
		b := a + 1
		for cyrKoreanSurnames[tk.low] && b < len(toks) && b < a+4 && toks[b].upper && !taken[b] && cyrKoreanSyllable(toks[b].low) &&
			(gapOK(b) || s[toks[b-1].end:toks[b].start] == "-") {
			b++
		}
		if b > a+1 {
			for k := a; k < b; k++ {
				taken[k] = true
			}
			// The last syllable may carry a Russian case ending ("Хван Ён Нама", "Ким Чен
			// Ына"): the name is keyed, and a leader's kept, in the nominative.
			given := cyrKoreanGivenNominative(strings.ToLower(s[toks[a+1].start:toks[b-1].end]))
			if cyrKoreanFigures[strings.ToLower(s[tk.start:toks[a+1].start])+given] {
				return b // a leader: readable
			}
			c := cyrCand(tk.start, toks[b-1].end, Person, cyrKoreanRule, "a Korean surname and given syllables in Cyrillic", 0.85)
			// The key the same name has in Latin letters and Hangul ("kim|jolsu" of
			// "Kim Chol-su", 김철수): one person, one label (cyrillic_korean.go).
			if c.Entity = cyrKoreanEntity(g, tk.low, given); c.Entity == "" {
				c.Entity = "|" + translit(tk.low+" "+given)
			}
			out = append(out, c)
			return b
		}
		// A Korean surname alone, in the nominative or a case form ("с Кимом", "у Пака"):
		// inside a sentence, or at its start for a surname that is no Russian word ("Ким",
		// where "Нам" and "Хана" are words).
		sur := cyrKoreanSurnameCase(tk.low)
		if utf8.RuneCountInString(sur) >= 3 && (!tk.sentStart || tk.quoted || cyrKoreanDistinct[sur]) {
			emitPerson(a, a+1, "cyrillic name", "a Korean surname in Cyrillic", 0.75, RolePerson)
			return a + 1
		}
		return 0
	}
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		tk := toks[i]
		// Military unit: "в/ч 13140", "войсковая часть 13140".
		if tk.low == "в" && tk.end+1 < len(s) && s[tk.end] == '/' && i+1 < len(toks) && toks[i+1].low == "ч" && toks[i+1].start == tk.end+1 {
			if e := cyrNumberAfter(s, toks[i+1].end); e > 0 {
				out = append(out, cyrCand(tk.start, e, MilitaryUnit, "military unit number", "\"в/ч\" and a number", 0.9))
				taken[i], taken[i+1] = true, true
				i++
				continue
			}
		}
		if (strings.HasPrefix(tk.low, "войсков") || strings.HasPrefix(tk.low, "воинск") || strings.HasPrefix(tk.low, "військов")) &&
			i+1 < len(toks) && (strings.HasPrefix(toks[i+1].low, "част")) {
			if e := cyrNumberAfter(s, toks[i+1].end); e > 0 {
				out = append(out, cyrCand(tk.start, e, MilitaryUnit, "military unit number", "unit noun and a number", 0.9))
				taken[i], taken[i+1] = true, true
				i++
				continue
			}
		}
		// Ranks: "старший лейтенант", "сержант", "рядовой".
		if rankStem(tk.low) || rankMod(tk.low) && i+1 < len(toks) && gapOK(i+1) && rankStem(toks[i+1].low) {
			b := i + 1
			if rankMod(tk.low) && !rankStem(tk.low) {
				b = i + 2
			}
			out = append(out, cyrCand(tk.start, toks[b-1].end, Rank, "rank", "Russian or Ukrainian rank", 0.8))
			for k := i; k < b; k++ {
				taken[k] = true
			}
			// A capitalised name right after a rank is the officer's; a Korean one whole
			// ("Рядовой Ким Чер Ун"), as the Korean branch reads it.
			if b < len(toks) && gapOK(b) && toks[b].upper && !taken[b] && cyrKoreanSurnames[toks[b].low] && !isFigure(b) {
				if e := korean(b); e > 0 {
					i = e - 1
					continue
				}
			}
			if b < len(toks) && gapOK(b) && nameLike(b) && !taken[b] {
				e := grow(b)
				emitPerson(b, e, "cyrillic name after rank", "capitalised words after a rank", 0.8, RolePerson)
			}
			i = b - 1
			continue
		}
		// Call signs: "Позывной «Мельник»", "позывной у него был «Мельник»", "Позывной: Мельник".
		// The call sign is the first quoted word within a few words of the cue, or a
		// capitalised word right after it.
		if cyrCallSignCues[tk.low] {
			k := -1
			for q := i + 1; q < len(toks) && q <= i+4 && toks[q].start-toks[q-1].end <= 6; q++ {
				if toks[q].quoted {
					k = q
					break
				}
			}
			if k < 0 && i+1 < len(toks) && toks[i+1].upper && len(strings.Trim(s[tk.end:toks[i+1].start], " -—–:")) == 0 {
				k = i + 1
			}
			if k >= 0 {
				first := k
				if toks[k].quoted {
					// The whole quoted call sign.
					for k+1 < len(toks) && gapOK(k+1) && !strings.ContainsAny(s[toks[k].end:toks[k+1].start], "»\"”") {
						k++
					}
				}
				out = append(out, cyrCand(toks[first].start, toks[k].end, Person, "call sign", "after \""+tk.low+"\"", 0.9))
				for q := first; q <= k; q++ {
					taken[q] = true
				}
				i = k
				continue
			}
		}
		// A Korean name in Cyrillic ("Ким Ён Чхоль"), or a Korean surname with a Russian
		// first name ("Ким Наталья") or alone in a case form ("с Кимом").
		if tk.upper && cyrKoreanSurnameCase(tk.low) != "" && !isFigure(i) {
			if e := korean(i); e > 0 {
				i = e - 1
				continue
			}
		}
		// Villages and towns after their noun: "под селом Русское Поречное".
		if cyrSettlementCues[tk.low] && i+1 < len(toks) && gapOK(i+1) && toks[i+1].upper {
			b := i + 2
			for b < len(toks) && b < i+4 && gapOK(b) && toks[b].upper &&
				!(b+1 < len(toks) && (cyrDistrictNouns[toks[b+1].low] || cyrRegionNouns[toks[b+1].low])) {
				b++ // not the district's adjective: "селом Русское Поречное Суджанского района"
			}
			words := make([]string, 0, b-i-1)
			for k := i + 1; k < b; k++ {
				words = append(words, translit(toks[k].low))
			}
			c := cyrCand(toks[i+1].start, toks[b-1].end, Place, "settlement", "capitalised words after \""+tk.low+"\"", 0.85)
			if p, ok := cyrPlaceKey(g, strings.Join(words, " ")); ok {
				c.Place, c.Entity = &p, "place|"+strings.ToLower(p.Name)
			} else if b == i+2 {
				if p, ok := cyrPlace(g, toks[i+1].low); ok {
					c.Place, c.Entity = &p, "place|"+strings.ToLower(p.Name)
				}
			}
			out = append(out, c)
			for k := i + 1; k < b; k++ {
				taken[k] = true
			}
			i = b - 1
			continue
		}
		// A numbered formation: "11-й армейский корпус", "64-я бригада", "155 полка".
		if cyrFormations[tk.low] {
			if a := cyrFormationStart(s, toks, i); a >= 0 {
				out = append(out, cyrCand(a, tk.end, MilitaryUnit, "military unit number", "a number and a formation noun", 0.85))
				taken[i] = true
				continue
			}
		}
		if !tk.upper {
			continue
		}
		// Districts and regions: "Суджанского района", "Курская область".
		if i+1 < len(toks) && gapOK(i+1) && isCyrAdjective(tk.low) {
			next := toks[i+1].low
			if cyrDistrictNouns[next] {
				c := cyrCand(tk.start, toks[i+1].end, Place, "district", "adjective before \""+next+"\"", 0.85)
				if p, ok := cyrDistrictPlace(g, tk.low); ok {
					c.Place, c.Entity = &p, "place|"+strings.ToLower(p.Name)
				}
				out = append(out, c)
				taken[i], taken[i+1] = true, true
				i++
				continue
			}
			if cyrRegionNouns[next] {
				// A region is country level for this engine's policies, as "Kursk Oblast" is:
				// given as the gazetteer's province when it has one, so the policy decides.
				if p, ok := cyrDistrictPlace(g, tk.low); ok {
					if pr, ok := g.Places[strings.ToLower(p.Province)]; ok && pr.Kind == "province" {
						c := cyrCand(tk.start, toks[i+1].end, Place, "region", "adjective before \""+next+"\"", 0.85)
						c.Place, c.Entity = &pr, "place|"+strings.ToLower(pr.Name)
						out = append(out, c)
					}
				}
				taken[i], taken[i+1] = true, true
				i++
				continue
			}
		}
		if isFigure(i) && !namesake(i) || cyrCountry(tk.low) {
			continue // a public figure or a country: readable, as their Latin forms are
		}
		// Gazetteer places in Cyrillic: "в Курске", "Судже".
		// A town in -ск in the instrumental ends as an adjective does: "под Курском",
		// "за Брянском", after a preposition that takes that case.
		instr := (strings.HasSuffix(tk.low, "ском") || strings.HasSuffix(tk.low, "цком")) && i > 0 && gapOK(i) && cyrInstrPreps[toks[i-1].low]
		if !isCyrAdjective(tk.low) || strings.HasSuffix(tk.low, "ой") || instr {
			if p, ok := cyrPlace(g, tk.low); ok {
				if p.Kind != "country" {
					c := cyrCand(tk.start, tk.end, Place, "gazetteer", "gazetteer "+p.Kind+" \""+p.Name+"\" in Cyrillic", 0.9)
					c.Place, c.Entity = &p, "place|"+strings.ToLower(p.Name)
					out = append(out, c)
				}
				taken[i] = true
				continue
			}
		}
		// A capitalised word after a kin or person cue: "Жена Мельникова Ольга", "зовут Саша".
		if i > 0 && gapOK(i) && nameLike(i) {
			prev := toks[i-1].low
			cued, role := cyrPersonCues[prev], RolePerson
			if cyrKinCues[prev] {
				cued, role = true, RoleRelative
			}
			if prev == "имени" && i > 1 && toks[i-2].low == "по" || prev == "фамилии" {
				cued = true
			}
			if cued {
				emitPerson(i, grow(i), "cyrillic name after cue", "capitalised words after \""+prev+"\"", 0.85, role)
				continue
			}
		}
		// First names, patronymics and Slavic surnames.
		first, patr, sur := isFirst(i), isCyrPatronymic(tk.low), isCyrSurname(tk.low)
		inSentence := !tk.sentStart || tk.quoted || cyrEmbedded(s, tk.start, tk.end)
		nextName := i+1 < len(toks) && gapOK(i+1) && toks[i+1].upper && (isFirst(i+1) || isCyrPatronymic(toks[i+1].low))
		if first || patr || sur && (inSentence || nextName || cyrDistinctSurname(tk.low)) && !cyrCommonCaps[tk.low] {
			emitPerson(i, grow(i), "cyrillic name", "Cyrillic first name, patronymic or Slavic surname", 0.75, RolePerson)
			continue
		}
	}
	out = append(out, cyrDayMonths(s, toks)...)
	out = append(out, cyrAges(s, toks)...)
	return append(out, cyrSums(s, toks)...)
}

func rankStem(low string) bool {
	for _, st := range cyrRankStems {
		if strings.HasPrefix(low, st) {
			return true
		}
	}
	return strings.HasPrefix(low, "генерал-")
}

func rankMod(low string) bool {
	for _, m := range cyrRankMods {
		if strings.HasPrefix(low, m) {
			return true
		}
	}
	return false
}

// cyrNumberAfter returns the end of a number (with "№" before it) after offset o, or 0.
func cyrNumberAfter(s string, o int) int {
	i := o
	for i < len(s) && (s[i] == ' ' || s[i] == '.') {
		i++
	}
	if strings.HasPrefix(s[i:], "№") {
		i += len("№")
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == '-' && j+1 < len(s) && isDigit(s[j+1])) {
		j++
	}
	if j-i < 2 {
		return 0
	}
	return j
}

// cyrDistrictPlace finds the gazetteer place a district's or region's adjective is made from
// ("Суджанского" → Sudzha, "Курская" → Kursk): the longest gazetteer name the
// transliterated stem starts with, of four letters at least.
func cyrDistrictPlace(g *Gazetteer, low string) (PlaceEntry, bool) {
	if g == nil {
		return PlaceEntry{}, false
	}
	st := low
	for _, e := range []string{"ского", "скому", "ском", "ской", "скую", "ский", "ская", "ское", "цкого", "цкой", "цкий", "цкая"} {
		if x, ok := strings.CutSuffix(low, e); ok {
			st = x
			break
		}
	}
	lat := translit(st)
	for n := len(lat); n >= 4; n-- {
		if p, ok := g.Places[lat[:n]]; ok && p.Kind != "country" {
			return p, true
		}
		if p, ok := g.Places[lat[:n]+"a"]; ok && p.Kind != "country" {
			return p, true
		}
	}
	return PlaceEntry{}, false
}

// cyrPlaceKey looks a transliterated name up in the gazetteer.
func cyrPlaceKey(g *Gazetteer, key string) (PlaceEntry, bool) {
	if g == nil {
		return PlaceEntry{}, false
	}
	p, ok := g.Places[key]
	return p, ok
}

// cyrKoreanSurnames are the common Korean surnames as Russian writes them, the North's
// and the Koryo-saram's spellings (Цой, Тен, Тян), lower case.
var cyrKoreanSurnames = set("ким", "ли", "пак", "цой", "чхве", "чой", "хан", "кан", "чон", "юн", "хон", "ко",
	"рю", "нам", "шин", "син", "ан", "ян", "чо", "пэк", "хван", "мин", "чан", "чхон", "ри", "пэ", "тен", "тян",
	"когай", "огай", "хегай", "ем", "лим", "им", "квон", "сон", "ю", "со")

// cyrKoreanFigures are the North's leaders as Russian writes them: public figures, kept.
var cyrKoreanFigures = set("ким ир сен", "ким чен ир", "ким чен ын", "ким чжон ын", "ким чен ен", "ким ё чжон",
	"ким е чжон", "ри соль чжу", "ли соль чжу", "ким чен нам", "ким чен сук", "мун чжэ ин", "юн сок ёль")

// cyrKoreanSyllable says whether a word, lower case, may be a Korean given name's
// syllable (or two hyphenated) in Cyrillic: one or two short syllables of at most five
// letters each ("ён", "чхоль", "мён-хи"), with no Russian case ending of a longer word.
func cyrKoreanSyllable(low string) bool {
	for _, part := range strings.Split(low, "-") {
		n := utf8.RuneCountInString(part)
		if n < 1 || n > 5 {
			return false
		}
	}
	return !cyrCommonCaps[low]
}

// cyrEmbedded says whether the Cyrillic word [a, b) is quoted inside a line of another
// script ("Петренко told us"): more Latin or Hangul letters than Cyrillic ones around it. A
// capitalised Cyrillic word there is a proper name even at the start of the line.
func cyrEmbedded(s string, a, b int) bool {
	from, to := max(0, a-40), min(len(s), b+40)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	cyr, other := 0, 0
	for _, r := range s[from:a] + " " + s[b:to] {
		switch {
		case isCyr(r):
			cyr++
		case unicode.IsLetter(r):
			other++
		}
	}
	return other > cyr
}

// cyrAgeCues say that a number of years after them is someone's age ("Мне 26 лет");
// cyrDurationCues that it is a span of time ("через 5 лет").
var cyrAgeCues = set("мне", "ему", "ей", "нам", "им", "исполнилось", "исполнится", "возрасте", "мені", "йому", "їй", "виповнилось",
	// A relative in the dative: "Сыну было 12 лет".
	"сыну", "дочери", "дочке", "брату", "сестре", "маме", "матери", "отцу", "папе", "мужу", "жене", "внуку",
	"внучке", "ребёнку", "ребенку", "мальчику", "девочке", "бабушке", "дедушке")

// cyrNumberWords are the Russian number words an age ("тридцать пять лет") or a sum is said
// in, with their values.
var cyrNumberWords = map[string]int{"один": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
	"семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
	"четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
	"девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
	"семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "одна": 1,
	// and the hundreds and the vague counts a sum is said in ("сто двадцать тысяч рублей",
	// "несколько тысяч"): несколько is no age (0)
	"двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
	"восемьсот": 800, "девятьсот": 900, "полтора": 1, "полторы": 1, "несколько": 0}
var cyrDurationCues = set("через", "за", "на", "назад", "тому", "течение", "срок", "лет", "года")
var cyrYearWords = set("лет", "года", "год", "годика", "рік", "роки", "років")

// cyrAges finds ages: a number and "лет" after an age cue, or a number from 15 to 99 and "лет"
// that no word of duration surrounds.
func cyrAges(s string, toks []cyrTok) []Candidate {
	var out []Candidate
	for k, tk := range toks {
		// "35-летняя женщина", "12-летнего сына": an age made an adjective.
		if strings.HasPrefix(tk.low, "летн") && tk.start > 1 && s[tk.start-1] == '-' && isDigit(s[tk.start-2]) {
			j := tk.start - 1
			for j > 0 && isDigit(s[j-1]) {
				j--
			}
			if tk.start-1-j <= 3 {
				out = append(out, cyrCand(j, tk.end, Age, "age", "a number of years made an adjective", 0.8))
			}
			continue
		}
		if !cyrYearWords[tk.low] {
			continue
		}
		i := tk.start
		j := numberBefore(s, i, false)
		kn := k // the first token of a number said in words
		n := 0
		if j < 0 {
			// "Ей тридцать пять лет": number words, one space apart.
			for kn > 0 && toks[kn].start-toks[kn-1].end == 1 && s[toks[kn-1].end] == ' ' && cyrNumberWords[toks[kn-1].low] > 0 {
				kn--
				n += cyrNumberWords[toks[kn].low]
			}
			if kn == k {
				continue
			}
			j = toks[kn].start
		} else {
			if j > 0 && (isDigit(s[j-1]) || s[j-1] == '.' || s[j-1] == ',' || s[j-1] == '-') || i-1-j > 3 {
				continue
			}
			n, _ = strconv.Atoi(s[j : i-1])
		}
		prev := ""
		if kn > 0 && toks[kn-1].end <= j && j-toks[kn-1].end <= 2 {
			prev = toks[kn-1].low
		}
		next := ""
		if k+1 < len(toks) && toks[k+1].start-tk.end <= 2 {
			next = toks[k+1].low
		}
		switch {
		case cyrAgeCues[prev]:
		case (prev == "было" || prev == "будет" || prev == "стало") && kn >= 2 && cyrAgeCues[toks[kn-2].low] && toks[kn-1].start-toks[kn-2].end <= 2:
			// "Мне было 34 года": the copula between the cue and the number.
		case n >= 15 && n <= 99 && !cyrDurationCues[prev] && !cyrDurationCues[next] && tk.low == "лет":
		default:
			continue
		}
		out = append(out, cyrCand(j, tk.end, Age, "age", "number of years", 0.8))
	}
	return out
}

// numberBefore returns where the number that ends one space before offset i starts, or -1
// when no digit stands there. grouped takes its digits in groups ("5 000", "1,500") too.
func numberBefore(s string, i int, grouped bool) int {
	if i < 2 || s[i-1] != ' ' || !isDigit(s[i-2]) {
		return -1
	}
	j := i - 1
	for j > 0 && (isDigit(s[j-1]) || grouped && (s[j-1] == ' ' || s[j-1] == ',' || s[j-1] == '.') && j > 1 && isDigit(s[j-2])) {
		j--
	}
	return j
}

// cyrCurrencies are the currencies a sum in Russian is counted in, in their case forms.
var cyrCurrencies = set("доллар", "доллара", "долларов", "долларах", "рубль", "рубля", "рублей", "юань", "юаня",
	"юаней", "вона", "вон", "евро", "долар", "долари", "доларів", "гривень", "гривні", "руб")

// cyrMultipliers stand between a number and its currency ("12 тысяч рублей", "350 тыс.
// руб.", "1,5 млн рублей"); parseAmount reads them (multipliers).
var cyrMultipliers = set("тысяч", "тысячи", "тысяча", "тыс", "миллион", "миллиона", "миллионов", "млн", "млрд",
	"тисяч", "тисячі", "мільйонів")

// isCyrNumberWord says whether w is one of cyrNumberWords.
func isCyrNumberWord(w string) bool {
	_, ok := cyrNumberWords[w]
	return ok
}

// cyrSums finds the number before a currency word in Russian or Ukrainian ("300 долларов",
// "5 000 рублей", "350 тыс. руб.", "сто двадцать тысяч рублей"): the money detector reads
// Latin and Hangul words only.
func cyrSums(s string, toks []cyrTok) []Candidate {
	var out []Candidate
	// near says whether token k ends right before offset b: a space, or an abbreviation's
	// full stop and a space ("тыс. руб.").
	near := func(k, b int) bool { g := s[toks[k].end:b]; return g == " " || g == ". " }
	for x, tk := range toks {
		if !cyrCurrencies[tk.low] {
			continue
		}
		i, end, k := tk.start, tk.start-1, x
		for k > 0 && cyrMultipliers[toks[k-1].low] && near(k-1, i) {
			k--
			i = toks[k].start // the multiplier goes with the number ("350 тыс.")
		}
		words := false
		for k > 0 && isCyrNumberWord(toks[k-1].low) && near(k-1, i) {
			k--
			i, words = toks[k].start, true
		}
		j := numberBefore(s, i, true)
		if j < 0 && !words {
			continue
		}
		if j < 0 {
			j = i
		}
		// The number goes, generalized; the currency stays readable after it.
		out = append(out, cyrCand(j, end, Money, "sum in Cyrillic", "a number before a currency word", 0.85))
	}
	return out
}

// cyrCand builds a candidate from a span of Original.
func cyrCand(start, end int, c Category, rule, reason string, score float64) Candidate {
	return Candidate{Start: start, End: end, Category: c, Rule: rule, Reason: reason, Score: score}
}

// cyrCountries are country and continent names in Cyrillic, which stay readable as their
// Latin forms do (a country is no identifier); the gazetteer has most only in Latin letters.
var cyrCountries = set("россия", "украина", "україна", "беларусь", "белоруссия", "білорусь",
	"корея", "кндр", "китай", "сша", "америка", "европа", "європа", "польша", "польща",
	"германия", "німеччина", "франция", "грузия", "молдова", "казахстан", "монголия",
	"япония", "турция", "вьетнам", "таиланд", "лаос", "россии", "украины", "сирия", "чечня")

func cyrCountry(low string) bool {
	for _, st := range cyrStems(low) {
		if cyrCountries[st] {
			return true
		}
	}
	return false
}

// cyrDistinctSurname: surname endings no common word has ("Бондаренко", "Ковальчук"): such a
// word is a name even at the start of a sentence.
func cyrDistinctSurname(low string) bool {
	for _, e := range []string{"енко", "енка", "енку", "чук", "чука", "юк", "юка", "швили", "дзе"} {
		if strings.HasSuffix(low, e) && utf8.RuneCountInString(low) >= 5 {
			return true
		}
	}
	return false
}

// cyrKoreanDistinct are the Korean surnames in Cyrillic that no Russian word is spelt as:
// a name even at the start of a sentence ("Ким сказал"), where "Нам" or "Хан" may be words.
var cyrKoreanDistinct = set("ким", "пак", "цой", "чхве", "хван", "квон", "когай", "огай", "хегай", "пэк", "чхон", "тян")

// cyrKoreanSurnameCase returns the Korean surname a lower-case word is, in the nominative
// or, for a surname of three letters or more, in a Russian masculine case form ("Кима",
// "Кимом", "Цоя", "Цоем"), or "".
func cyrKoreanSurnameCase(low string) string {
	if cyrKoreanSurnames[low] {
		return low
	}
	for _, e := range []string{"ом", "ем", "а", "я", "у", "ю", "е"} {
		st, ok := strings.CutSuffix(low, e)
		if !ok {
			continue
		}
		for _, c := range []string{st, st + "й"} { // "Цоя" is Цой
			if utf8.RuneCountInString(c) >= 3 && cyrKoreanSurnames[c] {
				return c
			}
		}
	}
	return ""
}

// cyrKoreanGivenNominative takes a Russian case ending off the last syllable of a Korean
// given name in Cyrillic, lower case ("ён нама" → "ён нам", "чен ыном" → "чен ын"). A
// syllable has one vowel group; a last word of two, whose second is a case ending after a
// consonant, is a syllable and its ending.
func cyrKoreanGivenNominative(given string) string {
	i := strings.LastIndexAny(given, " -") + 1
	last := given[i:]
	for _, e := range []string{"ом", "ем", "ым", "ой", "а", "я", "у", "ю", "е", "ы"} {
		st, ok := strings.CutSuffix(last, e)
		if !ok || st == "" {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(st); !strings.ContainsRune(cyrVowels, r) && strings.ContainsAny(st, cyrVowels) {
			return given[:i] + st
		}
		break
	}
	return given
}

// cyrVowels are the Russian vowel letters.
const cyrVowels = "аеёиоуыэюя"

// cyrFirstNominative returns a first name's nominative ("Ольгу" → "ольга"), or low.
func cyrFirstNominative(low string) string {
	for _, st := range cyrStems(low) {
		if cyrFirstNames[st] || cyrAmbiguousFirst[st] {
			return st
		}
	}
	return low
}

// cyrSurnameNominative returns a surname's stem without its case ending ("Мельникову" and
// "Мельниковым" → "мельников"; a Korean "Кимом" → "ким"), what linkCyrillicNames compares.
// A woman's "-ова" and a man's genitive "-ова" share the stem.
func cyrSurnameNominative(low string) string {
	if k := cyrKoreanSurnameCase(low); k != "" {
		return k
	}
	for _, sfx := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		for _, e := range []string{"ыми", "ым", "ой", "ою", "ых", "а", "у", "е", "ы", ""} {
			if st, ok := strings.CutSuffix(low, sfx+e); ok && utf8.RuneCountInString(st) >= 2 {
				return st + sfx
			}
		}
	}
	for _, e := range []string{"ского", "скому", "ским", "ском", "ской", "скую", "ская", "ский"} {
		if st, ok := strings.CutSuffix(low, e); ok && utf8.RuneCountInString(st) >= 2 {
			return st + "ский"
		}
	}
	return low
}

// cyrPatronymicMark marks an entity key whose second part is a patronymic's stem, not a
// surname: "olga|~petrovn" of "Ольгу Петровну".
const cyrPatronymicMark = "~"

// cyrPatronymicStem is a patronymic without its case ending ("Петровну" → "петровн",
// "Петровичем" → "петрович").
func cyrPatronymicStem(low string) string {
	for _, e := range []string{"овн", "евн", "ичн", "івн", "ївн", "ович", "евич", "йович"} {
		if i := strings.LastIndex(low, e); i > 0 {
			return low[:i+len(e)]
		}
	}
	return low
}

// cyrInstrPreps take the instrumental case: a place after them ends in -ом.
var cyrInstrPreps = set("под", "над", "за", "перед", "с", "со", "между", "під")

// cyrFormations are the nouns of military formations, in their case forms.
var cyrFormations = set("корпус", "корпуса", "корпусе", "корпусом", "корпусу", "армия", "армии", "армию", "армией",
	"дивизия", "дивизии", "дивизию", "дивизией", "бригада", "бригады", "бригаде", "бригаду", "бригадой",
	"полк", "полка", "полку", "полком", "батальон", "батальона", "батальоне", "батальоном", "батальону",
	"рота", "роты", "роте", "роту", "ротой", "взвод", "взвода", "взводе", "взводом", "бригади", "бригаді", "полку")

// cyrFormationStart returns where the number of the formation whose noun is toks[k] starts
// ("11-й армейский корпус", "155 полка"): at most two adjectives between, the number an
// ordinal ("11-й") or bare digits; -1 without one.
func cyrFormationStart(s string, toks []cyrTok, k int) int {
	at := toks[k].start
	for n := 0; n < 3 && k > 0; n++ {
		// The number right before: "155 полка", "11-й", "11-я".
		if e := at - 1; e > 0 && s[e] == ' ' {
			j := e
			if k > 0 && toks[k-1].end == e && toks[k-1].start > 1 && s[toks[k-1].start-1] == '-' && utf8.RuneCountInString(toks[k-1].text) <= 3 {
				j = toks[k-1].start - 1 // the ordinal's ending
			}
			d := j
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if d < j && j-d <= 4 && (d == 0 || !isDigit(s[d-1]) && s[d-1] != '.') {
				return d
			}
		}
		// An adjective before the noun: "армейский", "мотострелковой".
		if toks[k-1].end != at-1 || s[at-1] != ' ' || !isCyrAdjective(toks[k-1].low) {
			return -1
		}
		k--
		at = toks[k].start
	}
	return -1
}

// cyrDayMonths finds a day and month said without a year ("Встретились 15 апреля"): the
// dates detector takes a month with the year after it ("12 марта 1985"), not alone.
func cyrDayMonths(s string, toks []cyrTok) []Candidate {
	var out []Candidate
	for _, tk := range toks {
		if c, ok := cyrMonths[tk.low]; !ok || c.gram != caseGen {
			continue
		}
		j := numberBefore(s, tk.start, false)
		if j < 0 || tk.start-1-j > 2 || j > 0 && (isDigit(s[j-1]) || s[j-1] == '.' || s[j-1] == ',') {
			continue
		}
		if d, _ := strconv.Atoi(s[j : tk.start-1]); d < 1 || d > 31 {
			continue
		}
		// A year after it: the dates detector's.
		if e := tk.end; e+1 < len(s) && s[e] == ' ' && isDigit(s[e+1]) {
			continue
		}
		out = append(out, cyrCand(j, tk.end, Date, "day and month", "a day and a month in Cyrillic", 0.8))
	}
	return out
}
