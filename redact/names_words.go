package redact

// Cue and stop words of English prose. They are grammar, not data about people, so they live
// with the code that reads them; the names and places themselves are in policies/data.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// englishWords are frequent English words that happen to spell a romanized syllable or a name
// ("man", "son", "go"). Unlike ambiguous names they are never names without a strong cue.
var englishWords = set(
	"a", "an", "the", "in", "on", "to", "do", "so", "no", "go", "he", "me", "we", "us", "it",
	"is", "as", "at", "be", "by", "of", "or", "if", "up", "my", "hi", "oh", "ok", "am", "are",
	"man", "men", "may", "can", "will", "ban", "pan", "bin", "pin", "gun", "sang", "hang",
	"long", "tan", "fan", "bang", "gang", "chin", "sin", "ham", "hung", "dam", "den", "ten",
	"ran", "run", "sea", "see", "she", "her", "his", "him", "who", "how", "now",
	"new", "one", "two", "yes", "yet", "you", "gin", "con",
	"made", "make", "come", "some", "same", "home", "name", "time", "mine", "main", "bad",
	"had", "has", "was", "not", "but", "and", "for", "all", "any", "out", "our", "day",
	"hand", "band", "land", "sand", "mind", "kind", "find", "bond", "pond", "sing", "king",
	"ring", "wing", "thing", "bring", "hong", "along", "among", "sung", "dong", "chi", "jam",
	"mom", "mum", "dad", "nan", "bo", "ho", "yo", "yu", "ya", "ye", "de", "le", "la",
	"da", "ma", "pa", "ha", "hey", "wan", "mo", "san", "sat", "set", "sit", "sip", "tip",
	"top", "ton", "tin", "pun", "bun", "gum", "bum", "hum", "sum", "dun", "nun", "pop",
	"shin", "shun", "chan", "chang", "ding", "dung", "gong", "bong", "pong", "kin", "won",
	"wonder", "woo", "sol", "sole", "soul", "mock", "rock", "dock", "lock", "sock",
	"anyone", "someone", "mandate", "union", "onion", "inside", "online", "sunday", "monday",
	"upon", "undo", "undone", "also", "into", "onto", "unto", "hero", "heroin", "jungle",
	"china", "korea", "seoul", "japan", "hanoi", "mongol", "chosun", "joseon", "kimchi",
	"kimbap", "gimbap", "hanbok", "soju", "bulgogi", "bibimbap", "taekwondo", "hangul",
)

// wordsBeforeNames are surname spellings that are words English puts right before a name
// at the start of a sentence ("So Jun left", "In Jun's house", "Do Jun's parents know?",
// "Oh Jun, ...", "You Jun, come here"): there they are the word, not a surname.
var wordsBeforeNames = set("so", "in", "do", "go", "no", "oh", "ok", "to", "an", "her", "you", "yo", "ye", "won", "ban")

// monthAbbreviations are the months' short forms that are also first names ("Jan").
var monthAbbreviations = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// nonNames are capitalised words that never begin or continue a name: function words,
// months, weekdays, languages and nationalities, institutions and common title words.
var nonNames = set(
	"the", "a", "an", "this", "that", "these", "those", "my", "his", "her", "our", "their",
	"your", "we", "they", "he", "she", "it", "i", "you", "in", "on", "at", "to", "from", "with",
	"and", "but", "or", "so", "if", "when", "then", "after", "before", "because", "there",
	"here", "what", "who", "where", "why", "how", "yes", "no", "not", "all", "some", "one",
	"two", "three", "as", "of", "for", "by", "about", "mr", "mrs", "ms", "dr", "miss",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "korean", "koreans", "chinese", "russian", "russians",
	"english", "ukrainian", "japanese", "american", "british", "north", "south", "east", "west",
	"party", "army", "ministry", "republic", "people", "peoples", "workers", "state", "security",
	"department", "bureau", "province", "city", "county", "district", "village", "river",
	"mountain", "street", "road", "hospital", "school", "university", "church", "market",
	"station", "camp", "prison", "committee", "union", "league", "god", "christian",
	"buddhist", "internet", "facebook", "kakao", "kakaotalk", "wechat", "telegram", "whatsapp",
	"signal", "youtube", "google", "president", "chairman", "secretary", "general", "leader",
	"premier", "minister", "supreme", "great", "dear", "respected", "marshal", "comrade",
	"staff", "headquarters", "command", "directorate", "intelligence", "guard", "guards",
	"interviewer", "interviewee", "translator", "interpreter", "question", "answer", "note",
	"chapter", "part", "section", "page", "figure", "table", "appendix", "introduction",
	"summary", "conclusion", "background", "unknown", "anonymous", "none", "other", "others",
	"everyone", "nobody", "mother", "father", "sister", "brother", "mom", "dad", "grandmother",
	"grandfather", "uncle", "aunt", "auntie", "son", "daughter", "husband", "wife", "broker",
	"did", "does", "is", "was", "were", "are", "be", "been", "had", "has", "have",
	"said", "told", "asked", "went", "came", "yuan", "won", "dollars", "rubles", "hryvnia",
	"songbun", "juche", "jangmadang", "hanawon", "nis", "kpa", "wpk", "ngo", "covid",
	"christmas", "chuseok", "seollal", "new", "year", "years", "day", "days", "week", "month",
	"morning", "evening", "night", "today", "yesterday", "tomorrow", "ok", "okay", "well",
	"oh", "ah", "um", "uh", "hmm", "sure", "thanks", "thank", "please", "sorry", "hello",
	"directorate", "company", "act", "building", "implementation", "administrative", "office",
	"service", "court", "council", "agency", "commission", "institute", "association", "board",
	"authority", "administration", "government", "police", "prosecutor", "tribunal",
	"parliament", "assembly", "convention", "code", "law", "article", "regulation", "decree",
	"directive", "further", "however", "moreover", "therefore", "thus", "accordingly",
	"furthermore", "nevertheless", "meanwhile", "finally", "first", "second", "third",
)

// commonNounsAfterNames make "Rose Garden", "Hope Street" places or things, not people.
var commonNounsAfterNames = set(
	"garden", "gardens", "street", "road", "hotel", "river", "park", "hall", "house", "power",
	"bay", "hill", "bridge", "church", "school", "centre", "center", "market", "valley",
	"building", "tower", "pioneers", "league", "party", "union", "day", "festival", "award",
	"foundation", "fund", "project", "program", "programme", "group", "company", "restaurant",
	"cafe", "shop", "store", "lake", "island", "avenue", "square", "station", "farm", "mine",
)

// personVerbs follow a person, not a thing: "Kim was arrested", "Park said".
var personVerbs = set(
	"said", "says", "told", "tells", "asked", "asks", "was", "is", "had", "has", "went", "came",
	"left", "crossed", "called", "died", "escaped", "returned", "lived", "lives", "worked",
	"works", "sent", "sends", "gave", "took", "knew", "knows", "helped", "paid", "arrived",
	"disappeared", "got", "would", "could", "will", "did", "does", "wanted", "wants",
	"thought", "believed", "replied", "answered", "explained", "remembered", "cried",
	"laughed", "smiled", "whispered", "shouted", "wrote", "phoned", "married", "defected",
	"fled", "hid", "met", "saw", "heard", "brought", "bought", "sold", "borrowed", "owed",
	"stayed", "and", "himself", "herself",
)

// titles put a name after them: any capitalised word there is a name.
var titles = set(
	"mr", "mrs", "ms", "miss", "mister", "madam", "madame", "dr", "comrade", "dongmu",
	"tongmu", "ssi", "auntie", "ajumma", "ajumoni", "ajeossi", "halmoni", "harabeoji",
	"grandma", "grandpa", "granny", "sir", "lady", "khun",
)

// ranks and kin words used as titles ("Uncle Kim", "Captain Ri") put a name after them only
// when that word is a listed name part: "General Secretary" is not a person.
var ranks = set(
	"uncle", "aunt", "teacher", "officer", "captain", "lieutenant", "sergeant", "corporal",
	"private", "major", "colonel", "general", "soldier", "professor", "pastor", "reverend",
	"father", "brother", "sister", "elder", "deacon", "chief", "director", "manager", "judge",
	"agent", "inspector", "detective", "nurse", "doctor",
	// the military ranks' abbreviations ("Staff Sgt Han", "Lt. Col. Pak": rankAbbreviations)
	"pvt", "pte", "pfc", "cpl", "sgt", "lt", "col", "maj", "capt", "cpt", "gen",
)

// rankAbbreviations are the ranks written short, which a full stop may follow before the
// name ("Sgt. Ryu"), as it may an abbreviated title's.
var rankAbbreviations = set("pvt", "pte", "pfc", "cpl", "sgt", "lt", "col", "maj", "capt", "cpt", "gen")

// namingCues introduce a name: "a man named Chol", "she was called Miso".
var namingCues = set(
	"named", "called", "surnamed", "nicknamed", "alias", "aka", "codenamed", "dubbed",
	"christened", "renamed",
)

// kinCues introduce a person after a determiner ("my sister Jimin", "the broker Chol") and say
// the role the person plays.
var kinCues = map[string]Role{
	"sister": RoleRelative, "brother": RoleRelative, "mother": RoleRelative,
	"father": RoleRelative, "mom": RoleRelative, "mum": RoleRelative, "dad": RoleRelative,
	"son": RoleRelative, "daughter": RoleRelative, "wife": RoleRelative,
	"husband": RoleRelative, "aunt": RoleRelative, "uncle": RoleRelative,
	"cousin": RoleRelative, "niece": RoleRelative, "nephew": RoleRelative,
	"grandmother": RoleRelative, "grandfather": RoleRelative, "grandma": RoleRelative,
	"grandpa": RoleRelative, "stepmother": RoleRelative, "stepfather": RoleRelative,
	"child": RoleRelative, "baby": RoleRelative, "relative": RoleRelative,
	"sister-in-law": RoleRelative, "law": RoleRelative, "granddaughter": RoleRelative,
	"grandson": RoleRelative, "fiance": RoleRelative, "fiancee": RoleRelative,
	"fiancé": RoleRelative, "fiancée": RoleRelative, "parents": RoleRelative,
	"broker": RoleBroker, "brokers": RoleBroker, "guide": RoleBroker,
	"smuggler": RoleBroker, "middleman": RoleBroker, "courier": RoleBroker,
	"friend": RolePerson, "neighbour": RolePerson, "neighbor": RolePerson,
	"colleague": RolePerson, "boss": RolePerson, "teacher": RolePerson,
	"classmate": RolePerson, "girlfriend": RolePerson, "boyfriend": RolePerson,
	"partner": RolePerson, "roommate": RolePerson, "cellmate": RolePerson,
	"interrogator": RolePerson, "officer": RolePerson, "contact": RolePerson,
	"acquaintance": RolePerson, "comrade": RolePerson, "commander": RolePerson,
	"man": RolePerson, "woman": RolePerson, "girl": RolePerson, "boy": RolePerson,
}

var objectPronouns = set("him", "her", "them", "me", "us", "it")

var determiners = set("my", "his", "her", "our", "their", "your", "a", "the", "whose", "one")

// placeNouns turn "called X" into a place cue; the value is the kind of place.
var placeNouns = map[string]string{
	"village": "ri", "hamlet": "ri", "town": "city", "city": "city", "county": "county",
	"district": "district", "province": "province", "neighbourhood": "dong",
	"neighborhood": "dong", "settlement": "ri", "area": "region", "region": "region",
	"place": "region", "island": "region", "port": "city", "valley": "region",
}

// orgNouns turn "called X" into a workplace or organisation cue, which is not ours.
var orgNouns = set(
	"company", "firm", "restaurant", "factory", "mine", "farm", "unit", "school", "shop",
	"store", "church", "organisation", "organization", "group", "ship", "boat", "app",
	"program", "programme", "show", "film", "movie", "book", "song", "drama", "brand",
	"hotel", "market", "cooperative", "enterprise", "team", "band", "newspaper", "channel",
	"river", "mountain", "street", "road", "bridge", "camp", "prison",
)

// Roles a transcript in Russian puts before a turn (a prisoner of war's interview) are no
// speakers either: nonSpeakerLabels holds them as Fold writes them ("интepвьюep", cyrFoldSet).
func init() {
	for w := range cyrFoldSet("интервьюер интервьюируемый опрошенный опрашиваемый респондент вопрос ответ " +
		"переводчик ведущий рассказчик собеседник корреспондент журналист исследователь примечание") {
		nonSpeakerLabels[w] = true
	}
}

// nonSpeakerLabels are line-initial labels that are roles or headings, not names.
var nonSpeakerLabels = set(
	"q", "a", "interviewer", "interviewee", "translator", "interpreter", "moderator",
	"narrator", "note", "notes", "speaker", "question", "answer", "transcript", "date", "time",
	"location", "place", "title", "subject", "source", "language", "summary", "context",
	"editor", "topic", "topics", "tags", "translation", "background", "warning", "content",
	"consent", "policy", "risk", "profile", "alias", "id", "age", "sex", "gender", "duration",
	"recorded", "recording", "session", "part", "chapter", "section", "webvtt", "kind",
	"and", "the", "then", "but", "so", "yes", "no", "ok", "okay", "answer", "response",
	"reply", "follow", "update", "edit", "comment", "comments", "description", "example",
	"i", "we", "he", "she", "they", "it", "you", "this", "that", "there", "here", "later",
	"first", "second", "third", "finally", "also", "important", "caution", "attention",
	"reviewer", "archivist", "researcher", "unknown", "voice", "audio", "video", "tape",
	"file", "lines", "line", "turn", "host", "guest", "panel", "audience", "all", "both",
	"other", "man", "woman", "male", "female", "officer", "guard", "soldier", "witness",
	// kinship and trade words: "Mother: ..." is someone's mother speaking, and a label made
	// of the word would put a speaker's pseudonym on every "my mother" of the text
	"mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
	"grandmother", "grandfather", "aunt", "uncle", "cousin", "child", "broker", "prisoner",
	"pastor", "doctor", "teacher", "driver", "respondent", "participant", "others", "elder",
	"younger", "older",
	// the words a line of notes starts with ("Korean: 02-...", "Phone: ...")
	"korean", "english", "chinese", "russian", "japanese", "phone", "tel", "email", "address",
	"blog", "website", "web", "link", "number", "original", "wechat", "kakaotalk", "kakao",
	"telegram", "whatsapp", "signal", "viber", "skype", "instagram", "facebook", "twitter",
	"tiktok", "youtube", "qq", "weixin", "wx", "vx", "v信", "mobile", "cell", "fax", "handle", "username", "id",
	"plate", "car", "vehicle", "truck",
	// and the fields of a transfer or a bank card ("Beneficiary: Ryu Ok-ran", "Account
	// name: ..."): the name after them is the person, not the label
	"name", "account", "holder", "recipient", "beneficiary", "sender", "payee", "payer",
	"remitter", "depositor", "bank", "card", "amount", "branch", "transfer",
	// ordinary words a line of notes or prose starts with ("Remember: ...", "Honestly: ...",
	// "Tomorrow: ..."): imperatives, adverbs, interjections and note words that are no one's
	// name. Words that are also names or romanized surnames (Hope, Grace, Will, May, Oh,
	// Young, Song, Moon) are not here: a label made of one stays a speaker. Keep in step with
	// noteWords of archive/transcript.
	"remember", "reminder", "nb", "ps", "fyi", "tip", "hint", "lesson", "rule", "rules",
	"step", "steps", "fact", "truth", "result", "reason", "problem", "solution",
	"conclusion", "correction", "clarification", "addendum", "aside", "remark", "remarks",
	"observation", "notice", "danger", "careful", "advice", "questions", "answers",
	"meanwhile", "afterwards", "afterward", "firstly", "secondly", "lastly", "however",
	"instead", "again", "basically", "honestly", "seriously", "anyway", "actually",
	"obviously", "sadly", "luckily", "fortunately", "unfortunately", "surprisingly",
	"listen", "look", "imagine", "consider", "please", "beware", "never", "always",
	"sometimes", "today", "tomorrow", "yesterday", "tonight", "now", "once", "otherwise",
	"wait", "well", "sure", "really", "exactly", "maybe", "perhaps", "probably", "certainly",
	"definitely",
)

// placeSuffix are the hyphenated suffixes of Korean administrative units.
var placeSuffix = set(
	"dong", "ri", "gu", "ku", "gun", "kun", "do", "si", "up", "eup", "myeon", "myon",
	"guyok", "kuyok", "nodongjagu", "rodongjagu",
)
