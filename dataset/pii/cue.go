package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cue words and place words around person names. A lower-case first name
// ("меня зовут саша", "this is kevin") counts only right after a cue, and
// every later occurrence of that word in the same text then counts too; a
// lone capitalized name right after a place preposition ("в Королёве", "из
// Владимира", "in Victoria") or a settlement marker ("г. Владимир") is a
// place, not a person.

// nameCues maps cue words to whether they are strong: after a strong cue a
// first name that is also a common word ("меня зовут вера") is a name; after
// a weak one ("это", "спросите") only an unambiguous first name is.
var nameCues = map[string]bool{
	"зовут": true, "уважением": true, "regards": true, "named": true, "кфх": false,
	"это": false, "я": false, "кого": false, "чьё": false, "чье": false, "спросите": false, "спросить": false, "передайте": false, "передать": false,
	"попросите": false, "позовите": false, "позвать": false, "скажите": false, "сообщите": false,
	"позвоните": false, "звоните": false, "напишите": false, "привет": false, "спасибо": false, "пока": false,
	"позвони": false, "перезвони": false, "напиши": false, "передай": false, "скажи": false, "спроси": false,
	"набери": false, "предупреди": false, "предупредите": false, "напомни": false, "напомните": false, "уточни": false,
	"попроси": false, "позови": false, "пригласи": false, "пригласите": false, "встреть": false, "встретьте": false,
	"покажи": false, "отдай": false, "отдайте": false, "отправь": false, "запиши": false,
	"перезвонить": false, "позвонить": false, "написать": false, "напомнить": false, "сообщить": false, // a to-do: "Перезвонить: Сафронова", "Сообщить Гончаруку."
	"звонил": false, "звонила": false, "клиент": false, "клиентка": false, "курьер": false, "водитель": false,
	"is": false, "am": false, "im": false, "for": false, "thanks": false, "thx": false, "cheers": false,
	"hi": false, "hey": false, "hello": false, "dear": false, "ask": false,
	// Kin before an apposition ("перезвоните жене, таня") and verbs of a
	// visit or a request before their subject ("заходил вова с братом").
	"жене": false, "жена": false, "жены": false, "муж": false, "мужу": false, "мужа": false, "сын": false,
	"сыну": false, "дочь": false, "дочери": false, "брат": false, "брату": false, "сестра": false, "сестре": false,
	"меня": false, "дежурная": false, "девушка": false, "мама": false, "бабушка": false, // "меня вера зовут", "дежурная вера слушаю"
	"заходил": false, "заходила": false, "приходил": false, "приходила": false, "приезжал": false,
	"приезжала": false, "заезжал": false, "заезжала": false, "просил": false, "просила": false,
	"спрашивал": false, "спрашивала": false, "забирал": false, "забирала": false,
	// Speaker labels inside a one-line transcript ("caller: angela
	// morales"), lower-case honorifics ("ok mister johnson") and the "s" of
	// "it's" / "name's" ("it's mike johnson").
	"caller": false, "customer": false, "client": false, "абонент": false, "пациент": false,
	"mister": false, "mr": false, "mrs": false, "ms": false, "miss": false, "s": false, "doctor": false,
	"dr": false, "captain": false, "lieutenant": false, "sergeant": false, "inspector": false, // "it's dr. patel", "it's captain morozov on 'maria'", "this is lieutenant vlasov"
	// Informal introductions, thanks and kin in chats: "its jake", "ty
	// kevin", "thank u steph", "my bro tariq", "моего сына даню",
	// "записать мишу".
	"m": false, "its": false, "ty": false, "u": false, "you": false, "bro": false, "brother": false, "sister": false,
	"sis": false, "wife": false, "husband": false, "son": false, "daughter": false, "mom": false, "dad": false,
	"friend": false, "boss": false, "partner": false, "mum": false, "mother": false, "father": false, "girlfriend": false,
	"boyfriend": false, "fiance": false, "fiancee": false, "buyer": false, "seller": false, "tenant": false,
	"tourist": false, "passenger": false, "guest": false,
	"landlord": false, "tutor": false, "coach": false, "сына": false, "сыночка": false, "дочку": false, "дочка": false,
	"внука": false, "внучку": false, "внучка": false, "брата": false, "сестру": false, "друга": false,
	"подругу": false, "подруга": false, "коллегу": false, "коллега": false, "коллеге": false, "записать": false,
	"записала": false, "записал": false, "записали": false, "запишите": false, "родственников": false,
	"родственника": false, "родственнику": false, "родственницы": false, "родственнице": false,
	// Agents in call logs ("agent lena: travel desk") and a surname
	// dictated after "фамилия" ("фамилия зуева").
	"agent": false, "фамилия": true, "фамилию": true, "фамилии": true, "имя": true, "name": true, "делу": true, "surname": true,
	"получатель": true, // a parcel's recipient dictated: "хорошо получатель сафонов"
	// Chat English: "swap my shift with jordan", "tell dawn", "sure jack,", "hiya its leanne".
	"with": false, "tell": false, "told": false, "sure": false, "hiya": false, "colleague": false,
	// An outbound call's first question: "hello is this grace yes hi", "is that hope yes" (englishNameCue).
	"this": false, "that": false,
	// English verbs of talking, before "to" or "with": "i talked to kevin".
	"talked": false, "spoke": false, "speak": false, "talk": false, "chatted": false, "spoken": false,
	// A maiden name: "Anna Kovacs (nee Kowalenko)", "урождённая Петрова"; announced reads "née" and "geb.".
	"nee": true, "урождённая": true, "урожденная": true,
	// A message's sender: "голосовое от шурика:", "смс от вики".
	"от": false,
}

// lowerOnlyCues do not announce a capitalized word: "Caller: It's", "client's Russian account".
var lowerOnlyCues = map[string]bool{"получатель": true, "меня": true, "мама": true, "бабушка": true, "девушка": true, "дежурная": true, "agent": true, "фамилия": true, "фамилию": true, "фамилии": true, "кого": true, "чьё": true, "чье": true, "делу": true, "surname": true, "with": true, "tell": true, "told": true, "colleague": true,
	"sure": true, "hiya": true, "m": true, "its": true, "u": true, "you": true, "caller": true, "customer": true, "client": true, "абонент": true,
	"пациент": true, "mister": true, "mr": true, "mrs": true, "ms": true, "miss": true, "s": true, "for": true, "doctor": true,
	"dr": true, "captain": true, "lieutenant": true, "sergeant": true, "inspector": true, "partner": true, "mother": true, "father": true, "buyer": true, "seller": true, "tenant": true, "landlord": true,
	"tourist": true, "passenger": true, "guest": true,
	"tutor": true, "coach": true, "this": true, "that": true, "от": true, "кфх": true} // not "Partner Lounge"

// honorificSurname returns the end of a lower-case Latin word after the
// honorific ending at j that can be a surname, "mr winter", "mrs o'brien",
// or 0: not a function word ("mr and mrs") nor a number read out.
func honorificSurname(s string, j int) int {
	if j+4 >= len(s) || s[j] != ' ' || s[j+1] < 'a' || s[j+1] > 'z' {
		return 0
	}
	p, e := j+1, j+1
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] == '\'' && e+1 < len(s) && s[e+1] >= 'a' && s[e+1] <= 'z') {
		e++
	}
	if e-p < 3 || e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80) {
		return 0
	}
	if _, ok := spokenWords[s[p:e]]; ok {
		return 0 // a ticket's letters and number read out: "ms two two one"
	}
	switch s[p:e] {
	case "and", "the", "you", "your", "our", "has", "was", "will", "can", "who", "with", "from", "for", "not", "here", "there",
		"please", "speaking", "calling", "too", "also", "again", "she", "her", "his", "him":
		return 0
	}
	return e
}

// adjSurname reports a lower-case surname declined like an adjective, as
// "фамилия" announces it: "бережной", "лесовая", "крутой".
func adjSurname(w string) bool {
	if len(w) < 12 {
		return false // five letters or more
	}
	return endsAny(w, "ой", "ый", "ий", "ая", "ко", "юк", "ук", "ян", "дзе", "швили")
}

// roleTitle reports a title or role word of the tables, in any case form:
// a Russian one may stand before a lower-case surname in a transcript, an
// English one before a nickname in quotes ("paramedic 'Tank'").
func roleTitle(w string) bool {
	return tableInfo(w).word&wTitle != 0
}

// isFiller reports a word skipped between a cue and the name in speech: "клиент да
// хасанова диляра".
func isFiller(w string) bool {
	switch w {
	case "да", "ну", "вот", "так", "ой", "алло", "снова", "опять", "yes", "yeah", "uh", "um", "ok", "okay", "so", "well", "hi":
		return true
	}
	return false
}

// isTalkCue reports a verb that takes the person after "to" or "with": "spoke with ahmed".
func isTalkCue(w string) bool {
	switch w {
	case "talked", "spoke", "speak", "talk", "chatted", "spoken":
		return true
	}
	return false
}

// placePreps precede a place rather than a person when one capitalized word
// follows: "живу в Королёве", "посылка из Владимира", "office in Victoria".
var placePreps = map[string]bool{"в": true, "во": true, "из": true, "под": true, "около": true, "возле": true,
	"близ": true, "in": true, "near": true,
	// A river or a lake named like a person: "спуск по реке Плотникова", "на озере Светлана".
	"река": true, "реки": true, "реке": true, "реку": true, "рекой": true, "озеро": true, "озера": true, "озере": true,
	"озеру": true, "river": true, "lake": true,
	// A town's adjective before a word that is also a name: "Великие Луки", "в Великих Луках".
	"великие": true, "великих": true, "великим": true,
	// A settlement's word before its name: "stanitsa Kanevskaya", "village Ivanovka".
	"stanitsa": true, "khutor": true, "selo": true, "village": true, "posyolok": true, "poselok": true,
	// A cape or an island named after a person: "Cape Flora", "мыс Флоры", "остров Гукера".
	"cape": true, "мыс": true, "мыса": true, "мысе": true, "мысу": true, "остров": true, "острова": true, "острове": true,
	// Peaks, rocks, passes, glaciers and bays named after people: "пик Щуровского", "скалы Пастухова", "бухта Витязь".
	"пик": true, "пика": true, "пике": true, "скалы": true, "скал": true, "скалам": true, "скалах": true, "перевал": true,
	"перевала": true, "перевале": true, "ледник": true, "ледника": true, "леднике": true, "бухта": true, "бухты": true,
	"бухте": true, "бухту": true, "гору": true, "peak": true, "glacier": true, "bay": true}

// cueName reads a lower-case first name after the cue word s[i:j] of class
// cls and returns the offset to continue from.
func (sc *scanner) cueName(i, j int, cls uint8) int {
	s := sc.s
	switch s[i:j] {
	case "is": // "my name is kevin" (strong), "this is mike" (weak)
		var buf [16]byte
		switch pw := string(prevWord(s, i, buf[:0])); {
		case pw == "name":
			cls |= wCueStrong
		case pw == "this" || pw == "it":
		case askOpener(pw): // "hey is grace around?", "agent: is mike there", checked by englishNameCue
		default:
			return j
		}
	case "m": // "i'm sarah o'neill"
		if !strings.HasSuffix(s[:i], "i'") && !strings.HasSuffix(s[:i], "i’") && !strings.HasSuffix(s[:i], "I'") &&
			!strings.HasSuffix(s[:i], "I’") {
			return j
		}
	case "s": // "it's mike", "name's kevin"
		switch {
		case strings.HasSuffix(s[:i], "name'") || strings.HasSuffix(s[:i], "name’"):
			cls |= wCueStrong
		case strings.HasSuffix(s[:i], " it'") || strings.HasSuffix(s[:i], " it’") || i == 3 && s[:i] == "it'":
		default:
			return j
		}
	case "от": // a message's sender: "голосовое от шурика: …", not "звонок от соседа"
		var buf [32]byte
		switch string(prevWord(s, i, buf[:0])) {
		case "голосовое", "голосовуха", "сообщение", "смс", "sms", "письмо", "звонок":
		default:
			return j
		}
	case "u", "you": // "thank u steph", "thank you kevin"
		var buf [16]byte
		if string(prevWord(s, i, buf[:0])) != "thank" {
			return j
		}
	case "mister", "mr", "mrs", "ms", "miss", "doctor", "dr", "captain", "lieutenant", "sergeant", "inspector": // "ok mister johnson", "the doctor was doctor sorokina"
		return sc.honorificName(i, j)
	case "кого", "чьё", "чье":
		return sc.onWhoseNameAnswer(i, j)
	case "получатель": // a parcel's recipient dictated by surname: "хорошо получатель сафонов"; not "получатель другой человек"
		if p := j + 1; p < len(s) && s[j] == ' ' && s[p] >= 0x80 && tableSurname(s[p:wordEnd(s, p)]) {
			if e := sc.lowerSurnameAt(p); e > 0 {
				return e
			}
		}
		return j
	case "фамилия", "фамилию", "фамилии", "делу", "surname": // "фамилия зуева", "по фамилии юлдашбаев", "отложат на её фамилию шарова", "по делу клименко", "surname belyaeva": a surname follows
		if s[i:j] == "surname" {
			if p := answerAfter(s, j); p > j && p+3 < len(s) && s[p] >= 'a' && s[p] <= 'z' {
				if e := wordEnd(s, p); (tableSurnameLatin(s[p:e]) || latinSurnameWord(s[p:e])) && !(speakerAnswer(s, p) && !answerEnds(s, e) && s[e] == ' ') {
					// a surname answered alone; a whole name answered is another rule's: "caller: gorbunova nadezhda ivanovna"
					sc.emit(p, e, tPerson, 0.8, 0)
					sc.lowerNames = true
					return e
				}
			}
			return j
		}
		if (s[i:j] == "делу" || s[i:j] == "фамилии") && !strings.HasSuffix(s[:i], "по ") {
			return j
		}
		p := j + 1
		if j+2 < len(s) && s[j] == ':' && s[j+1] == ' ' {
			p = j + 2 // a form's field: "фамилия: галиев"
		} else if q := answerAfter(s, j); q > j && s[i:j] == "фамилия" {
			p = q // a question and its answer: "фамилия? мещеряков", "фамилия\nклиент: пеллинен", "фамилия моя пастухова"
		} else if j+1 >= len(s) || s[j] != ' ' {
			return j
		}
		if startsAny(s[p:], "кажется ", "вроде ", "наверное ") {
			p += strings.IndexByte(s[p:], ' ') + 1 // a doubt before the surname: "фамилия кажется гайнутдинова"
		}
		if e := sc.lowerSurnameAt(p); e > 0 {
			return e
		}
		if e := wordEnd(s, p); p == j+1 && e-p >= 4 && s[p] >= 0x80 && !upperAt(s[p:]) && !clauseWordRU(s[p:e]) && !surnameFiller(s[p:e]) &&
			(e == len(s) || strings.IndexByte(",.\n", s[e]) >= 0 || startsAny(s[e:], " как ", " имя ", " а ")) && ownSurnameSaid(s, i) {
			sc.emit(p, e, tPerson, 0.8, 0) // a surname that is also a word, or a family's, closing its clause: "фамилия орёл", "фамилия зима", "фамилия зиннатуллины"
			sc.lowerNames = true
			return e
		}
		if e := wordEnd(s, p); p > j+1 && speakerAnswer(s, p) && e-p >= 10 && answerEnds(s, e) && s[p] >= 0x80 && !upperAt(s[p:]) && !clauseWordRU(s[p:e]) &&
			!endsAny(s[p:e], "у", "ю", "ть", "ся", "сь", "те", "ешь", "ем", "ите") {
			sc.emit(p, e, tPerson, 0.8, 0) // the whole answer on the speaker's line, a surname no table knows: "фамилия\nклиент: пеллинен"
			sc.lowerNames = true
			return e
		}
		return j
	case "клиент", "клиентка":
		if e := sc.surnameAnswer(i, j); e > 0 {
			return e
		}
		if e := sc.selfIntroSurname(j); e > 0 {
			return e
		}
	case "caller", "customer", "client", "абонент", "пациент":
		if (j >= len(s) || s[j] != ':') && !(i == 0 || s[i-1] == '\n') {
			return j // a label: "caller: ..." or, in a transcript, at the start of a line
		}
		if e := sc.surnameAnswer(i, j); e > 0 {
			return e
		}
		if e := sc.selfIntroSurname(j); e > 0 {
			return e
		}
		if nameAsked(s, i) {
			cls |= wCueStrong // the answer to "your full name please": "caller: grace o'connor"
		}
	case "for": // "ask for ahmed"
		var buf [16]byte
		switch string(prevWord(s, i, buf[:0])) {
		case "ask", "asked", "asking":
		default:
			return j
		}
	}
	p := j
	kinOf := false
	switch s[i:j] {
	case "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister":
		if strings.HasPrefix(s[j:], " of ") {
			p, kinOf = j+3, true // "the daughter of ismailov"
		}
	}
	if isTalkCue(s[i:j]) {
		switch {
		case strings.HasPrefix(s[j:], " to "):
			p += 3
		case strings.HasPrefix(s[j:], " with "):
			p += 5
		default:
			return j
		}
	}
	for gap := 0; p < len(s) && gap < 4 && (s[p] == ' ' || s[p] == ',' || s[p] == ':' || s[p] == '\n' || s[p] == '\r'); gap++ {
		p++
	}
	if p == j || p >= len(s) {
		return j
	}
	if sz, up := letterAt(s, p); sz == 0 || up {
		return j
	}
	e := wordEnd(s, p)
	if harbourWord(s, p, e) {
		return e // "администратор марины"
	}
	for k := 0; k < 2 && isFiller(s[p:e]) && e+1 < len(s) && s[e] == ' '; k++ {
		p = e + 1 // "клиент да хасанова диляра", "caller yeah it's"
		if sz, up := letterAt(s, p); sz == 0 || up {
			return j
		}
		e = wordEnd(s, p)
	}
	if p > j+1 && s[p:e] == "said" {
		return e // the verb after the clause: "didn't give a name, said the order was …"
	}
	// A stutter says a name: "it's james james whitaker", "this is grace
	// grace o'brien"; the repeated word starts at r.
	r := e + 1
	stutter := r+(e-p) <= len(s) && s[e] == ' ' && s[r:r+(e-p)] == s[p:e] && (r+(e-p) == len(s) || !isAlnum(s[r+(e-p)]))
	if stutter {
		cls |= wCueStrong
	}
	if (e == len(s) || strings.IndexByte(",!?\n", s[e]) >= 0) && p == j+1 && greetingCue(s[i:j]) {
		cls |= wCueStrong // a greeting or thanks, then the name alone: "hi grace, my name is", "thanks mark!", "thank you will"
	}
	if s[p] >= 0x80 && p == j+1 && ruNameCue(s, i, j, e) {
		cls |= wCueStrong // "это надежда я по поводу", "жена надежда звонила", "меня вера зовут"; not "это вера в успех"
	}
	if s[p] < 0x80 && p == j+1 && englishNameCue(s, i, j, e) {
		cls |= wCueStrong // "hey mark can u check", "its grace again", "my husband mark", not "hi hope you're well"
	}
	if strings.HasPrefix(s[e:], " speaking") || strings.HasPrefix(s[e:], " from ") || strings.HasPrefix(s[e:], " again from ") ||
		strings.HasPrefix(s[e:], " here") && (e+5 == len(s) || !isAlnum(s[e+5])) || firmAfterIz(s, e) || s[p] < 0x80 && lowerPatronymicAfter(s, e) {
		cls |= wCueStrong // "this is joe speaking", "its will here", "this is mark from the warehouse", "это роман из компании", "this is marina petrovna"
	}
	end, ok := sc.lowerName(p, e, cls&wCueStrong != 0)
	if !ok && s[p] < 0x80 && e+2 < len(s) && s[e] == ' ' {
		// An ambiguous first name with a surname, then the rest of a
		// self-introduction: "this is mark thompson i booked a table".
		q := wordEnd(s, e+1)
		var buf [64]byte
		if w, ok1 := foldInto(buf[:0], s[p:e]); ok1 {
			if in, _ := wordTab.get(w); in.flags&fEnFirst != 0 && in.word&wStop == 0 {
				if w2, ok2 := foldInto(buf[:0], s[e+1:q]); ok2 {
					if in2, _ := wordTab.get(w2); in2.flags&fEnLast != 0 && in2.word&wStop == 0 && selfIntroEnds(s, q) {
						end, ok = q, true
					}
				}
			}
		}
	}
	if !ok {
		if s[i:j] == "имя" && p == j+1 && s[p] >= 0x80 && lowerSurname(s[p:e]) {
			sc.emit(p, e, tPerson, 0.7, 0) // a booking's surname: "отменить бронь на имя беридзе номер брони"
			sc.lowerNames = true
			return e
		}
		if s[i:j] == "это" && p == j+1 && startsAny(s[e:], " из ", " беспокоит", " звонит", " на связи") && lowerSurname(s[p:e]) {
			sc.emit(p, e, tPerson, 0.7, 0) // a surname introduced with its firm or a verb: "ну это бондаренко из кфх", "это тарасов беспокоит"
			sc.lowerNames = true
			return e
		}
		if (s[i:j] == "это" || s[i:j] == "я") && p == j+1 && turnOpensAt(s, i) {
			a, b := p, e
			if s[p:e] == "я" && strings.HasPrefix(s[e:], ", ") {
				a = e + 2 // "да это я, кузьмин"
				b = wordEnd(s, a)
			}
			// After "я" only a surname the tables know: not "я готова".
			tabled := tableInfo(s[a:b]).flags&fRuSurname != 0
			if (b-a >= 12 || b-a >= 10 && tabled) && (tabled || s[i:j] == "это") && s[a] >= 0x80 && lowerSurname(s[a:b]) && !cityWord(s[a:b]) && !(strings.HasPrefix(s[b:], ", ") && numberWord(s[b+2:wordEnd(s, b+2)])) && (b == len(s) || s[b] == ',' || s[b] == '.' || s[b] == '\n' || startsAny(s[b:], " по ", " насчёт ", " я ", " у меня ", " мне ", " звоню", " с ", " со ", " звонил")) {
				sc.emit(a, b, tPerson, 0.7, 0) // a speaker naming himself by his surname: "собственник: это горбунова, у меня квартира", "пишите номер. это демченко."
				sc.lowerNames = true
				return b
			}
		}
		if s[i:j] == "is" && p == j+1 && endsAny(s[:i], "my name ", "this ", "last name ") && (e == len(s) || s[e] == ',' || s[e] == '.' || s[e] == '\n') &&
			latinRuSurname(s[p:e]) {
			sc.emit(p, e, tPerson, 0.7, 0) // a caller naming himself by a Russian surname: "my name is valiev, i'm calling", "this is kulikova, by the way"
			sc.lowerNames = true
			return e
		}
		if (kinOf || s[i] >= 0x80 && p == j+1 && strings.HasPrefix(s[i:j], "родственни")) && kinSurname(s[p:e]) {
			sc.emit(p, e, tPerson, 0.7, 0) // "везу родственников касымова", "the daughter of ismailov"
			sc.lowerNames = true
			return e
		}
		if s[i] >= 0x80 && s[p] >= 0x80 && p == j+1 && (roleTitle(s[i:j]) || s[i:j] == "кфх") && tableSurname(s[p:e]) { // a farm named after its head: "кфх дорошенко"
			end := e
			if e+1 < len(s) && s[e] == ' ' {
				if q, ok := sc.lowerName(e+1, wordEnd(s, e+1), false); ok {
					end = q // "клиент ли ольга владимировна"
				}
			}
			if end == e && e-p < 6 {
				return j
			}
			sc.emit(p, end, tPerson, 0.75, 0) // "доктор зуева вам перезвонит", "менеджер соколова"
			sc.lowerNames = true
			return end
		}
		if s[i:j] == "зовут" && p == j+1 && s[j] == ' ' && s[p] >= 0xD0 && e-p >= 6 && endsAny(s[:i], "меня ", "его ", "её ", "ее ", "их ") &&
			!clauseWordRU(s[p:e]) && !zovutFiller(s[p:e]) && (e == len(s) || strings.IndexByte(",.\n?!", s[e]) >= 0 || startsAny(s[e:], " он ", " она ", " я ", " мне ", " хочу ", " и ")) {
			sc.emit(p, e, tPerson, 0.75, 0) // a name no table knows after "меня зовут": "меня зовут олжас", "её зовут белла"
			sc.lowerNames = true
			return e
		}
		return j
	}
	score := float32(0.7)
	if cls&wCueStrong != 0 {
		score = 0.8
	}
	if end > e && s[i:j] == "is" && (strings.HasPrefix(s[e:], " around") || strings.HasPrefix(s[e:], " there")) {
		end = e // no surname: "is grace around?"
	}
	sc.emit(p, end, tPerson, score, 0)
	sc.lowerNames = true
	if end == e && stutter {
		// A stutter before the whole name: "this is peter peter haines".
		if end2, ok2 := sc.lowerName(r, r+(e-p), true); ok2 {
			sc.emit(r, end2, tPerson, score, 0)
			return end2
		}
	}
	return end
}

// honorificName reads a lower-case surname or first name after the
// lower-case honorific s[i:j]: "mister johnson", "mrs kowalski".
func (sc *scanner) honorificName(i, j int) int {
	s := sc.s
	if s[i:j] == "captain" && prevWordIn(s, i, "called", "named", "the", "on", "yacht", "boat") {
		return j // a boat's name: "it was called captain ivanov"
	}
	p := j
	if p < len(s) && s[p] == '.' {
		p++
	}
	if p+1 >= len(s) || s[p] != ' ' || s[p+1] < 'a' || s[p+1] > 'z' {
		return j
	}
	p++
	e := wordEnd(s, p)
	if e == p+1 && (s[p] == 'o' || s[p] == 'd') && e+1 < len(s) && s[e] == '\'' {
		e = wordEnd(s, e+1) // "mr o'brien"
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[p:e])
	if !ok || len(w) < 3 {
		return j
	}
	in, _ := wordTab.get(w)
	if in.flags&(fEnLast|fEnFirst|fRuSurname|fRuFirst) == 0 && !(in.word == 0 && in.addr == 0 && (latinSurname(w) || len(w) >= 5 && endsAny(string(w), "ic", "ich"))) || // "mr. djuric"
		in.flags&fAmbig != 0 && (in.flags&fEnLast == 0 || in.word&wStop != 0) { // "mr brown", not "mr will"
		switch s[i:j] {
		case "mr", "mrs", "ms", "mister":
			if q := honorificSurname(s, p-1); q > 0 && in.word&wStop == 0 && in.flags&fEnFirst == 0 && !isParticle(s[p:q]) &&
				!(i >= 2 && isDigit(s[i-2])) { // not milliseconds: "120 ms latency"
				sc.emit(p, q, tPerson, 0.75, 0) // a word no table knows as a first name, after a man's or a woman's title, is a surname: "thanks mr winter"
				sc.lowerNames = true
				return q
			}
		}
		return j
	}
	if in.flags&(fEnFirst|fRuFirst) != 0 && e+2 < len(s) && s[e] == ' ' && s[e+1] >= 'a' && s[e+1] <= 'z' {
		q := wordEnd(s, e+1)
		if w2, ok := foldInto(buf[:0], s[e+1:q]); ok {
			if in2, found := wordTab.get(w2); in2.flags&(fEnLast|fRuSurname) != 0 && in2.word&wStop == 0 || !found && latinSurname(w2) {
				e = q // "mister george brown", "a mister kamil nurgaliev"
			}
		}
	}
	sc.emit(p, e, tPerson, 0.75, 0)
	sc.lowerNames = true
	return e
}

// kinSurname reports a lower-case surname by its Russian ending, in either
// alphabet, after a word of kin: "касымова", "ismailov".
func kinSurname(w string) bool {
	if w[0] >= 0x80 {
		return lowerSurname(w)
	}
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	in, _ := wordTab.get(f)
	return in.word == 0 && in.addr == 0 && (in.flags&fRuSurname != 0 || latinSurname(f))
}

// greetingBefore reports a greeting or thanks right before the word at p,
// where a vocative follows: "привет танюш", "спасибо, маш".
func greetingBefore(s string, p int) bool {
	var buf [32]byte
	switch string(prevWord(s, p, buf[:0])) {
	case "привет", "спасибо", "пока", "здравствуй", "благодарю", "слушай", "смотри":
		return true
	}
	return false
}

// vocativeOf returns the first name whose colloquial vocative is the
// folded Cyrillic word w, the name without its final а or я: "танюш"
// (Танюша), "маш" (Маша), "серёж" (Серёжа). Names that are also words do
// not count.
func vocativeOf(w []byte) nameInfo {
	if len(w) < 6 || len(w) > 60 {
		return nameInfo{}
	}
	var buf [64]byte
	for _, v := range [...]string{"а", "я"} {
		if in, found := wordTab.get(append(append(buf[:0], w...), v...)); found && in.flags&fRuFirst != 0 &&
			in.flags&fAmbig == 0 && in.cas == 0 && in.word == 0 {
			return in
		}
	}
	return nameInfo{}
}

// lowerName reports whether the lower-case word s[p:e] is a first name in
// the tables (an ambiguous one only when strong), and extends it over a
// following lower-case surname or patronymic: "саша петров".
func (sc *scanner) lowerName(p, e int, strong bool) (int, bool) {
	s := sc.s
	if e < len(s) && (isDigit(s[e]) || s[e] == '@' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
		return 0, false
	}
	if s[p:e] == "алё" || s[p:e] == "але" && turnOpensAt(s, p) {
		return 0, false // a caller's hello, not Аля's dative: "клиент: алё здравствуйте"
	}
	var buf [64]byte
	w, ok := foldLatin(buf[:0], s[p:e])
	if !ok {
		return 0, false
	}
	in, found := wordTab.get(w)
	if s[p] >= 0x80 && (!found || in.flags&fAmbig != 0) && greetingBefore(s, p) {
		if v := vocativeOf(w); v.flags != 0 {
			in = v // "привет танюш", "спасибо, серёж": a vocative, not the genitive plural
		}
	}
	if in.flags&(fRuFirst|fEnFirst) == 0 || in.flags&fAmbig != 0 && !strong || in.word&wTitle != 0 && !strong {
		// A kin word that is also a name's case is the kin: "звоните жене 8 965 …".
		// A surname before the first name, as a transcript dictates it:
		// "клиент сафиуллин ринат", "да хасанова диляра".
		if e+1 < len(s) && s[e] == ' ' && s[p] >= 0x80 && lowerSurname(s[p:e]) {
			r := e + 1
			q := wordEnd(s, r)
			if s[r:q] == s[p:e] && q+1 < len(s) && s[q] == ' ' { // "сафиуллин сафиуллин ринат"
				r = q + 1
				q = wordEnd(s, r)
			}
			if w2, ok := foldInto(buf[:0], s[r:q]); ok && q > r && !upperAt(s[r:]) { // not "менеджер магазина Оксана Дорошенко"
				if in2, _ := wordTab.get(w2); in2.flags&fRuFirst != 0 && in2.flags&fAmbig == 0 {
					return lowerNameTail(s, q, 1), true // "ковалёва зинаида ивановна"
				}
			}
		}
		return 0, false
	}
	end := e
	if e+1 < len(s) && s[e] == ' ' && s[p] < 0x80 && s[e+1] >= 'a' && s[e+1] <= 'z' {
		q := wordEnd(s, e+1)
		if w2, ok := foldLatin(buf[:0], s[e+1:q]); ok && q+1 < len(s) && s[q] == ' ' {
			if in2, _ := wordTab.get(w2); in2.flags&fEnFirst != 0 && in2.flags&fAmbig == 0 && in2.word == 0 && in2.flags&fEnLast == 0 &&
				s[e+1:q] != s[p:e] { // not a stutter: "peter peter grant"
				e, end = q, q // a double first name: "juan pablo ortiz", "anna maria"
				q = wordEnd(s, e+1)
			}
		}
		if r := apostropheAfterOD(s, e); r > 0 && q == e+2 {
			if x := wordEnd(s, r); x > r {
				end = x // "sarah o'neill"
			}
		} else if w2, ok := foldLatin(buf[:0], s[e+1:q]); ok {
			if in2, _ := wordTab.get(w2); s[e+1:q] != s[p:e] && in2.flags&(fEnLast|fRuSurname) != 0 && (in2.flags&fAmbig == 0 || (strong || selfIntroEnds(s, q)) && in2.word&wStop == 0) ||
				strong && in2.word == 0 && in2.addr == 0 && in2.flags == 0 && len(w2) >= 4 && selfIntroEnds(s, q) && q-e-1 == len(w2) &&
					!speechWord(string(w2)) ||
				in2.word == 0 && in2.addr == 0 && (latinSurname(w2) ||
					len(w2) >= 6 && (string(w2[:2]) == "mc" || string(w2[:3]) == "mac")) {
				end = q // "angela morales", "michael brennan" is not known, "olga ivanova" is
			}
		}
	}
	return lowerNameTail(s, end, 2), true
}

// harbourWord reports the lower-case word "марина" (a harbour, in any
// case) in a text about boats, where a woman's name would be capitalized.
func harbourWord(s string, i, j int) bool {
	return strings.HasPrefix(s[i:j], "марин") && vesselText(s)
}

// speechWord reports an English word that follows a name in speech without
// being a surname: "kate speaking", "joe here".
func speechWord(w string) bool {
	switch w {
	case "speaking", "here", "calling", "from", "again", "today", "please", "sorry", "hello", "thanks", "yeah", "okay",
		"actually", "just", "also", "speak", "talking", "there", "this", "that", "with", "about", "back":
		return true
	}
	return false
}

// selfIntroEnds reports the words that follow a caller's full name when
// they introduce themselves: "this is rachel green i ordered", "… green
// from", "… green calling".
func selfIntroEnds(s string, q int) bool {
	if q == len(s) || strings.IndexByte(".,;!?\n", s[q]) >= 0 {
		return true
	}
	if s[q] != ' ' {
		return false
	}
	w := s[q+1 : wordEnd(s, q+1)]
	switch w {
	case "i", "im", "i'm", "from", "calling", "here", "speaking", "and", "my", "how": // "this is daniel brooks my son …", "this is kate brown how can i help"
		return true
	}
	return false
}

// lowerNameTail extends a lower-case Russian name ending at end over up to
// n following surname or patronymic words: "иван петрович сидоров".
func lowerNameTail(s string, end, n int) int {
	var buf [64]byte
	for parts := 0; parts < n && end+1 < len(s) && s[end] == ' '; parts++ {
		sz, up := letterAt(s, end+1)
		if sz == 0 || up {
			break
		}
		q := wordEnd(s, end+1)
		w2, ok := foldInto(buf[:0], s[end+1:q])
		if !ok {
			break
		}
		if s[end+1] < 0x80 {
			if parts == 0 && latinPatronymic(w2) {
				end = q // a patronymic in Latin letters: "tamara ivanovna"
				if r := q + 1; r < len(s) && s[q] == ' ' && s[r] >= 'a' && s[r] <= 'z' {
					if e := wordEnd(s, r); latinSurnameWord(s[r:e]) || tableSurnameLatin(s[r:e]) ||
						e-r >= 5 && endsAny(s[r:e], "in", "ina", "yn", "yna") && !latinWordKnown(s[r:e]) && (answerEnds(s, e) || s[e] == '.') {
						end = e // and the surname after it: "pyotr ilyich shubin"
					}
				}
			}
			break
		}
		if r := q + 1; r < len(s) && s[q] == ' ' {
			if e := wordEnd(s, r); e > r {
				switch s[r:e] {
				case "кызы", "оглы", "улы", "уулу":
					return e // an Azerbaijani or a Kazakh patronymic: "гулиева сабина ровшан кызы"
				}
			}
		}
		in2, _ := wordTab.get(w2)
		_, patr := matchEnding(w2, patronymicEndings, 6)
		_, sur := matchEnding(w2, surnameEndings, 4)
		if !(in2.flags&fRuSurname != 0 || in2.word == 0 && in2.addr == 0 && in2.flags == 0 && (patr || sur && q-end-1 >= 12)) {
			break // an unknown surname needs six letters: not "лена админ"
		}
		end = q
		if patr && parts == 0 && n == 1 {
			n = 2 // a surname may follow the patronymic: "тамара ивановна лосева"
		}
	}
	return end
}

// lowerFirst reads a lower-case first name at s[i:j] with no cue before it,
// as transcripts write names: after a surname ("голубева елена", "anna
// virtanen"), before one ("сафиуллин рустем" is the first case), or before
// a greeting when an operator introduces themselves ("андрей
// здравствуйте").
func (sc *scanner) lowerFirst(i, j int) int {
	s := sc.s
	if progLanguage(s, i, j) {
		return j // "только python и julia остались", "хочет учить джулию"
	}
	if harbourWord(s, i, j) {
		return j // a harbour: "марина Сочи, причал 3"
	}
	if nameCity(s, i, j) {
		return j // the city in lower case: "i'm in vladimir", "вы во владимире?"
	}
	if s[i:j] == "дана" && j+2 < len(s) && s[j] == ' ' && upperAt(s[j+1:]) {
		return j // a certificate's "given to": "Справка дана Шамсиеву Бахриддину"
	}
	if j+2 < len(s) && s[j] == ' ' && s[i] < 0x80 {
		switch s[j+1 : wordEnd(s, j+1)] {
		case "avenue", "ave", "street", "st", "prospekt", "ulitsa", "road":
			return j // a street named for a person, spoken: "almaty, abay avenue one hundred fifty"
		}
	}
	if strings.HasSuffix(s[:i], "портрет ") {
		return j // a sitter in a painting's title, spoken: "лот сорок два портрет анны"
	}
	if endsAny(s[:i], "хостел ", "hostel ", "отель ", "hotel ") {
		return j // a hostel named like a person: "оператор хостел анна здравствуйте"
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return j
	}
	if s[i] >= 0x80 && colloquialPatronymic(w) && !strings.HasPrefix(string(w), "петрович") &&
		!(strings.HasSuffix(s[:i], " у ") && containsAny(s[max(0, i-40):i], "база", "домик", "лодж", "кафе", "озер")) { // a lodge: "база у палыча"
		sc.emit(i, j, tPerson, 0.7, 0) // an older man by his patronymic alone, in a transcript: "сторож говорит михалыч уехал"
		return j
	}
	in, _ := wordTab.get(w)
	if in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig != 0 && s[i] < 0x80 && lowerPatronymicAfter(s, j) {
		end := lowerNameTail(s, j, 1)
		sc.emit(i, end, tPerson, 0.75, 0) // a first name that is also a word, with its patronymic in Latin letters: "the teacher marina sergeevna"
		sc.lowerNames = true
		return end
	}
	if in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig != 0 && in.word == 0 && j+1 < len(s) && s[j] == ' ' {
		// A first name that is also a word, with its surname: "слава мельников", "вера петрова".
		q := wordEnd(s, j+1)
		if q > j+1 && (tableSurname(s[j+1:q]) || s[i] >= 0x80 && lowerSurname(s[j+1:q]) || speakerAnswer(s, i) && answerEnds(s, q) && shapedSurname(s[j+1:q])) && !(q < len(s) && isDigit(s[q])) &&
			genderAgrees(in, s[j+1:q]) { // not "роза ветров", "олимпиаду школьников"
			sc.emit(i, q, tPerson, 0.7, 0)
			sc.lowerNames = true
			return q
		}
	}
	if s[i] >= 0x80 && in.flags&fRuFirst != 0 && in.flags&fAmbig != 0 && in.word == 0 && (i == 0 || s[i-1] == '\n') &&
		(ruPastVerbAfter(s, j) && pastVerbAgrees(in, s, j) || ruSpeechVerbAfter(s, j) || ruVocativeAfter(s, j)) {
		sc.emit(i, j, tPerson, 0.7, 0) // a first name that is also a word opens a chat's line as its subject or its addressee: "вера сказала", "роман говорит", "слава, глянь"
		return j
	}
	if in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig != 0 && in.word == 0 && j+1 < len(s) && s[j] == ' ' {
		// A Russian first name that is also a word, greeting at a message's start: "вера привет, глянь тикет".
		q := wordEnd(s, j+1)
		if g := s[j+1 : q]; (i == 0 || s[i-1] == '\n') && (g == "привет" || g == "здравствуйте" || g == "добрый" || g == "доброе") {
			sc.emit(i, j, tPerson, 0.7, 0)
			sc.lowerNames = true
			return j
		}
	}
	if strings.HasPrefix(s[i:j], "марин") && i >= 2 && s[i-1] == ' ' {
		var pb [16]byte
		switch string(prevWord(s, i, pb[:0])) {
		case "в", "из", "около", "возле", "до":
			return j // a yacht harbour: "в марине Сочи", "из марины Гранд Марина"; but "позвони марине"
		}
	}
	if in.flags&(fRuFirst|fEnFirst) == 0 || in.flags&fAmbig != 0 || in.word != 0 || dishBefore(s, i) || startsAny(s[i:j], "амир", "amir") ||
		brandEnd(s, i, j) > 0 || venueBefore(s, i) || passwordBefore(s, i) || // "платье от виктории бекхэм", "в отеле ани плаза", "кодовое слово сказал олеся"
		startsAny(s[j:], " угодник", " чудотворец", " чудотворца", " победоносец", " победоносца") || prevWordIn(s, i, "архангел", "архангела", "archangel") || strings.HasSuffix(s[:i], " st ") ||
		s[i:j] == "dan" && i >= 4 && isDigit(s[i-4]) && endsAny(s[:i], "st ", "nd ", "rd ", "th ") { // a black belt's grade: "1st dan"
		return j // not the role of a pilgrims' group leader: "амиру группы", "the amir"; nor a saint, "николай угодник", "архангела михаила"
	}
	if sc.petNamed(i, j) {
		sc.noteThing(i, j)
		return j // "у меня собака лёва"
	}
	if i >= 2 && s[i-1] == '\'' && isASCIILetter(s[i-2]) {
		return j // the rest of a word after an elided article: "L'chaim!"
	}
	if j < len(s) && s[j] == '.' && s[i:j] == "влад" {
		return j + 1 // владелец cut short: "Кот Фунтик (влад. Соколова)"
	}
	start, end := i, j
	if p := lowerWordBeforeAny(s, i); p >= 0 && p >= sc.lastEnd && (tableSurname(s[p:i-1]) || speakerAnswer(s, p) && answerEnds(s, j) && shapedSurname(s[p:i-1])) {
		start = p // "голубева елена"; a name the caller gives alone: "caller: longortov petr"
	} else if j+1 < len(s) && s[j] == ' ' {
		q := wordEnd(s, j+1)
		switch {
		case q > j+1 && tableSurname(s[j+1:q]):
			end = q // "anna virtanen", "рустем сафиуллин"
		case q > j+1 && (s[i] < 0x80 || speakerAnswer(s, i)) && answerEnds(s, q) && shapedSurname(s[j+1:q]):
			end = q // a name that ends its line or clause: "caller: nadezhda sengepova", "my uncle, arkady sopochin"
		case q > j+1 && s[i] < 0x80 && latinRuSurname(s[j+1:q]):
			end = q // a Russian surname's shape after the first name: "worker: kristina aksyonova? client: yes."
		case q > j+1 && s[i] >= 0x80 && endsAny(s[j+1:q], "овых", "евых", "ёвых", "иных", "ыных") && lowerFamily(s[j+1:q]):
			sc.emit(i, q, tPerson, 0.75, 0) // a child of a family: "у миры и миши лазаревых", "мама вари и полины корнеевых"
			sc.lowerNames = true
			return q
		case s[i] < 0x80 && apostropheSurnameEnd(s, j) > 0:
			end = apostropheSurnameEnd(s, j) // "kevin o'brien"
		case q > j+1 && greetingWord(s[j+1:q]):
		case s[i] < 0x80 && (personVerbAfter(s, j) || strings.HasPrefix(s[j:], " from ")): // "mike said …", "olga from lotos called"
		case (i == 0 || s[i-1] == '\n') && q > j+1 && (s[j+1:q] == "ты" || s[j+1:q] == "вы" || s[j+1:q] == "you"):
			// addressed at the start of a message: "паша ты видел"
		case lowerNameAlone(s, i, j):
		default:
			return j
		}
	} else if !lowerNameAlone(s, i, j) && !(s[i] < 0x80 && kinPossessiveAfter(s, j)) {
		return j
	}
	end = lowerNameTail(s, end, 1) // "рустем маратович"
	if s[i] >= 0x80 && end > j {
		if e := sc.lowerPersonStreet(start, end); e > 0 {
			return e // a street named after a person: "богдана хмельницкого дом сто тридцать семь"
		}
	}
	sc.emit(start, end, tPerson, 0.75, 0)
	sc.lowerNames = true
	return end
}

// lowerSignOff marks a lower-case surname that signs a chat message off
// after a comma or a dash at its very end: "… dispute DS-82477, yusupov",
// "жду ответа — петрова".
func (sc *scanner) lowerSignOff() {
	s := sc.s
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '.' || s[e-1] == '!' || s[e-1] == '\n') {
		e--
	}
	b := wordStartBefore(s, e)
	if b < 2 || e-b < 3 || e-b > 40 || sc.lastEnd > b {
		return
	}
	if sz, up := letterAt(s, b); sz == 0 || up || wordEnd(s, b) != e {
		return
	}
	if s[b-1] == '\n' || s[b-2] == '.' || s[b-2] == '!' {
		// A first name alone after the last sentence: "… order MV-24-3517. tom".
		var buf [32]byte
		if f, ok := foldInto(buf[:0], s[b:e]); ok {
			if in, _ := wordTab.get(f); in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig == 0 && in.word == 0 && in.addr == 0 {
				sc.out = append(sc.out, span{start: b, end: e, typ: tPerson, score: 0.65})
			}
		}
		return
	}
	if e-b < 6 || !endsAny(s[:b], ", ", "— ", "- ") {
		return
	}
	if s[b-2] == ',' {
		if k := strings.LastIndexAny(s[max(0, b-200):b-2], ",.!?:\n"); k >= 0 && s[max(0, b-200)+k] == ',' {
			return // the last item of a list: "альбом А3, фартук."
		}
	}
	w := s[b:e]
	if s[b] >= 0x80 {
		if !endsAny(w, "ов", "ова", "ев", "ева", "ина", "енко", "ук", "юк") {
			return // not "…, магазин", "нидерландский"
		}
	}
	if kinSurname(w) {
		sc.out = append(sc.out, span{start: b, end: e, typ: tPerson, score: 0.65})
	}
}

// spelledNames marks a name spelled letter by letter after a request to
// spell it, within the next 200 bytes: "can you spell your surname please\n
// caller: w i l l i a m s", "фамилию по буквам: К О З Л О В".
func (sc *scanner) spelledNames() {
	s := sc.s
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], "spell")
		if r := strings.Index(s[from:], "буквам"); r >= 0 && (k < 0 || r < k) {
			k = r
		}
		if k < 0 {
			return
		}
		k += from
		from = k + 1
		for p, hi := k, min(len(s), k+200); p < hi; p++ {
			if p > 0 && (isAlnum(s[p-1]) || s[p-1] >= 0x80 && s[p-1] < 0xC0) {
				continue // inside a word
			}
			if q, n := letterRun(s, p); n >= 4 {
				sc.out = append(sc.out, span{start: p, end: q, typ: tPerson, score: 0.7})
				if e := spelledWordAfter(s, p, q); e > 0 {
					sc.out = append(sc.out, span{start: q + 2, end: e, typ: tPerson, score: 0.7}) // "s-h-a-r-i-p-o-v, sharipov"
					q = e
				}
				p, from = q, max(from, q)
			}
		}
	}
}

// dashSpelled marks a lower-case word of five letters or more joined by
// dashes, a name spelled out, and the word before it that the letters make:
// "makharadze. m-a-k-h-a-r-a-d-z-e", "на жену, ольга жукова. ж-у-к-о-в-а".
func (sc *scanner) dashSpelled(i, j int) bool {
	s := sc.s
	if q, n := letterRun(s, i); q != j || n < 5 {
		return false
	}
	sc.out = append(sc.out, span{start: i, end: j, typ: tPerson, score: 0.7})
	if i >= 4 && (s[i-2] == '.' || s[i-2] == ',') && s[i-1] == ' ' {
		if a := wordStartBefore(s, i-2); a >= 0 && !sc.covered(a, i-2, len(sc.out)) && strings.EqualFold(spelledLetters(s[i:j]), s[a:i-2]) {
			sc.out = append(sc.out, span{start: a, end: i - 2, typ: tPerson, score: 0.7})
		}
	}
	return true
}

// chatHandle emits a chat member's handle that labels a line, s[i:j] its
// first part before "_", when one part is a known first name: "Tanya_Omsk:",
// "admin_Olga:", "Жанна_Караганда:". It returns the handle's end, or 0.
func (sc *scanner) chatHandle(i, j int) int {
	s := sc.s
	e := j
	for e < len(s) && e-i < 32 && (s[e] == '_' || isAlnum(s[e]) || s[e] >= 0x80 && s[e] < 0xC0) {
		e++
	}
	if e >= len(s) || s[e] != ':' {
		return 0
	}
	for p := i; p < e; {
		q := p
		for q < e && s[q] != '_' {
			q++
		}
		if in := tableInfo(s[p:q]); q-p >= 3 && in.flags&(fRuFirst|fEnFirst) != 0 && in.word == 0 {
			sc.emit(i, e, tPerson, 0.75, 0)
			return e
		}
		p = q + 1
	}
	return 0
}

// latinSurnameWord reports a lower-case Latin word shaped like a Russian
// surname that the tables know as no word: "belyaeva", "nurgaliev".
func latinSurnameWord(w string) bool {
	var buf [64]byte
	f, ok := foldLatin(buf[:0], w)
	if !ok {
		return false
	}
	in, found := wordTab.get(f)
	return (!found || in.word == 0 && in.addr == 0 && in.flags&fAmbig == 0) && latinSurname(f)
}

// spelledLetters returns the letters spelled in w without their spaces and
// dashes: "s-h-a-r-i-p-o-v" → "sharipov".
func spelledLetters(w string) string {
	var buf [64]byte
	letters := buf[:0]
	for k := 0; k < len(w); k++ {
		if w[k] != ' ' && w[k] != '-' {
			letters = append(letters, w[k])
		}
	}
	return string(letters)
}

// spelledWordAfter returns the end of the word after ", " at q that the
// letters spelled at s[p:q] make, or 0.
func spelledWordAfter(s string, p, q int) int {
	if q+3 >= len(s) || s[q] != ',' || s[q+1] != ' ' {
		return 0
	}
	e := wordEnd(s, q+2)
	if e-(q+2) < 4 || e-(q+2) > 40 {
		return 0
	}
	if !strings.EqualFold(spelledLetters(s[p:q]), s[q+2:e]) {
		return 0
	}
	return e
}

// letterRun returns the end of the single letters at p separated by a
// space or a dash ("w i l l i a m s", "K-O-Z-L-O-V") and their count.
func letterRun(s string, p int) (int, int) {
	q, n := p, 0
	for q < len(s) {
		sz, _ := letterAt(s, q)
		e := q + sz
		if sz == 0 || e < len(s) && isAlnum(s[e]) {
			break
		}
		q, n = e, n+1
		if e+1 >= len(s) || s[e] != ' ' && s[e] != '-' {
			break
		}
		if sz2, _ := letterAt(s, e+1); sz2 == 0 || e+1+sz2 < len(s) && isAlnum(s[e+1+sz2]) {
			break
		}
		q = e + 1
	}
	return q, n
}

// dishBefore reports a dish, a variety or a garment named before a
// lower-case name: "пиццу маргарита", "салат цезарь", "сорт изабелла",
// "платье виктория".
func dishBefore(s string, i int) bool {
	var buf [32]byte
	switch w := string(prevWord(s, i, buf[:0])); w {
	case "пицца", "пиццу", "пиццы", "пиццей", "торт", "торта", "салат", "салата", "коктейль", "коктейля", "сорт", "сорта",
		"pizza", "cocktail", "salad":
		return true
	default:
		return garmentWord(w) // a garment's model: "платье виктория белое"
	}
}

// apostropheSurnameEnd returns the end of a lower-case surname with an
// apostrophe one space after j, "o'brien", "d'angelo", or 0.
func apostropheSurnameEnd(s string, j int) int {
	r := apostropheAfterOD(s, j)
	if r == 0 {
		return 0
	}
	if e := wordEnd(s, r); e > r+1 && s[r] >= 'a' && s[r] <= 'z' {
		return e
	}
	return 0
}

// apostropheAfterOD returns the index after " o'" or " d'" (also with ’)
// at j, where the rest of a surname follows: "o'neill", "d’angelo"; 0 if
// none.
func apostropheAfterOD(s string, j int) int {
	if j+3 >= len(s) || s[j] != ' ' || s[j+1] != 'o' && s[j+1] != 'd' {
		return 0
	}
	switch {
	case s[j+2] == '\'':
		return j + 3
	case strings.HasPrefix(s[j+2:], "’"):
		return j + 2 + len("’")
	}
	return 0
}

// firmAfterIz reports " из " or " с " and a word for a firm, a department
// or a workplace at e: "это роман из компании вектор", "это роза из
// ресторана пахлава", "это лев с кухни"; not "это роман из серии".
func firmAfterIz(s string, e int) bool {
	p := e
	switch {
	case strings.HasPrefix(s[e:], " из "):
		p += len(" из ")
	case strings.HasPrefix(s[e:], " с "):
		p += len(" с ")
	default:
		return false
	}
	switch s[p:wordEnd(s, p)] {
	case "компании", "фирмы", "отдела", "банка", "офиса", "магазина", "службы", "агентства", "салона", "клиники", "ооо", "ип",
		"ресторана", "кафе", "кухни", "склада", "ресепшена", "ресепшн", "отеля", "гостиницы", "лагеря", "школы", "бухгалтерии",
		"производства", "точки", "филиала":
		return true
	}
	return false
}

// genderAgrees reports a Russian surname whose ending agrees with the
// first name's gender: "вера петрова", "слава мельников", not "роза
// ветров". A surname with no gender in its ending ("бойко") agrees.
func genderAgrees(first nameInfo, surname string) bool {
	if first.lemma < 0 || int(first.lemma) >= len(lemmas) || surname[0] < 0x80 {
		return true
	}
	fem := endsAny(surname, "ова", "ева", "ина", "ына", "ская", "цкая")
	masc := !fem && endsAny(surname, "ов", "ев", "ин", "ын", "ский", "цкий")
	switch lemmas[first.lemma].gender {
	case genderFemale:
		return !masc
	case genderMale:
		return !fem
	}
	return true
}

// nameAsked reports a question for a name in the line before i: "can i have
// your full name please", "как вас зовут", "назовите фамилию".
func nameAsked(s string, i int) bool {
	return askedOnLineBefore(s, i, "name", "зовут", "фамили", "имя")
}

// surnameAsked reports a question for the surname on the line before the
// answer at i: "оператор: фамилия\nабонент: лыкова".
func surnameAsked(s string, i int) bool {
	return askedOnLineBefore(s, i, "фамили")
}

// askedOnLineBefore reports one of words on the line before i or on i's own
// line, within 90 bytes.
func askedOnLineBefore(s string, i int, words ...string) bool {
	lo := max(0, i-90)
	line := s[lo:i]
	if k := strings.LastIndexByte(strings.TrimRight(line, "\n "), '\n'); k >= 0 {
		line = line[k:] // the line before the answer and the answer's own line
	}
	return containsAny(line, words...)
}

// surnameAnswer reads a surname in lower case after a speaker's label s[i:j]
// and its colon when the line before asked for it: "оператор: фамилия\n
// абонент: лыкова". It returns the surname's end, or 0.
func (sc *scanner) surnameAnswer(i, j int) int {
	s := sc.s
	if j+2 < len(sc.s) && s[j] == ':' && s[j+1] == ' ' && s[j+2] >= 0x80 && surnameAsked(s, i) {
		return sc.lowerSurnameAt(j + 2)
	}
	return 0
}

// turnOpensAt reports a word at i that opens what a transcript's speaker
// says, maybe after "да", or a lower-case sentence: "собственник: это",
// "арендатор: да это", "пишите номер. это".
func turnOpensAt(s string, i int) bool {
	for _, f := range [...]string{"да ", "ало, ", "алло, ", "здравствуйте, ", "добрый день, ", "ало ", "алло ", "здравствуйте ", "добрый день ", "здрасте ", "здрасьте "} {
		if strings.HasSuffix(s[:i], f) {
			i -= len(f) // a greeting first: "клиент: ало, это доржиев, договор у вас"
			break
		}
	}
	return speakerAnswer(s, i) || i >= 2 && s[i-2:i] == ". " || labelWordOpensLine(s, i)
}

// labelWordOpensLine reports a lower-case Cyrillic word of four letters or
// more that opens its line one space before i, as transcripts without
// colons write a speaker's label: "клиент это зубов", "охранник это".
func labelWordOpensLine(s string, i int) bool {
	if i < 9 || s[i-1] != ' ' {
		return false
	}
	b := i - 1
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
		b--
	}
	if b > 0 && s[b-1] != '\n' || i-1-b < 8 || s[b] < 0xD0 {
		return false
	}
	w := s[b : i-1]
	return !upperAt(w) && wordEnd(s, b) == i-1
}

// selfIntroSurname reads a caller introducing himself by his surname in
// lower case right after the speaker's label that ends at j: "клиент: это
// белов, у меня счёт не пришёл", "клиент: я колесников". The surname must
// close its clause. It returns the surname's end, or 0.
func (sc *scanner) selfIntroSurname(j int) int {
	s := sc.s
	p := j
	for _, w := range [...]string{": это ", ": да это ", ": я ", ": это я "} {
		if strings.HasPrefix(s[j:], w) {
			p = j + len(w)
		}
	}
	if p == j || p >= len(s) || s[p] < 0x80 {
		return 0
	}
	e := wordEnd(s, p)
	if e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '.' && !strings.HasPrefix(s[e:], " из ") {
		return 0 // not "это белов иван": lowerSurnameAt reads on from a table's name only when it closes
	}
	return sc.lowerSurnameAt(p)
}

// onWhoseNameAnswer reads the surname that answers a transcript's question
// "на кого …" or "на чьё имя" (s[i:j] is "кого" or "чьё") on the next line,
// after the speaker's label or a dash and perhaps "на": "— на кого бронь\n—
// кириллов", "оператор: на кого заказ\nклиент: на яковлеву, яковлева
// елена". It returns the offset to continue from.
func (sc *scanner) onWhoseNameAnswer(i, j int) int {
	s := sc.s
	var buf [16]byte
	if string(prevWord(s, i, buf[:0])) != "на" {
		return j
	}
	q := j
	for q < len(s) && s[q] != '\n' && q-j < 32 {
		if isDigit(s[q]) {
			return j
		}
		q++
	}
	if q+1 >= len(s) || s[q] != '\n' {
		return j
	}
	p := q + 1
	if k := strings.IndexByte(s[p:min(len(s), p+24)], ':'); k > 0 && p+k+1 < len(s) && s[p+k+1] == ' ' && wordEnd(s, p) == p+k {
		p += k + 2 // "клиент: …"
	} else if strings.HasPrefix(s[p:], "— ") || strings.HasPrefix(s[p:], "- ") {
		p = skipSpaces(s, p+strings.IndexByte(s[p:], ' '))
	} else {
		return j
	}
	for _, w := range [...]string{"пишите на ", "запишите на ", "записывайте на ", "оформляйте на ", "на "} {
		if strings.HasPrefix(s[p:], w) {
			p += len(w) // "клиент: пишите на петрова"
			break
		}
	}
	if e := sc.lowerSurnameAt(p); e > 0 {
		return e
	}
	return j
}

// answerAfter returns where the answer opens after a transcript's question
// for a surname ending at j: "фамилия? мещеряков", "фамилия моя пастухова",
// "фамилия\nклиент: пеллинен", "what is your surname? caller: ismagilov",
// "surname\ncaller: shilov", or j when none follows.
func answerAfter(s string, j int) int {
	p := j
	if p < len(s) && s[p] == '?' {
		p++
	} else {
		for _, w := range [...]string{" моя", " ваша?", " ваша", " please?", " please"} {
			if strings.HasPrefix(s[p:], w) && (p+len(w) == len(s) || !isAlnum(s[p+len(w)]) && s[p+len(w)] < 0x80) {
				p += len(w)
				break
			}
		}
	}
	if p+1 >= len(s) || s[p] != ' ' && s[p] != '\n' {
		return j
	}
	p++
	if q := strings.IndexByte(s[p:min(len(s), p+24)], ':'); q > 0 && q+2 < len(s)-p && s[p+q+1] == ' ' {
		if wordEnd(s, p) == p+q {
			p += q + 2 // the answer on the speaker's line: "caller: ismagilov"
		} else if s[p-1] == '\n' {
			return j
		}
	} else if s[p-1] == '\n' {
		return j // a new line needs the speaker's label: not "surname?\nplease"
	}
	return p
}

// lowerSurnameAt emits a surname in lower case at p, with the given name and
// patronymic after it unless they repeat the surname, and returns its end; 0
// if the word at p is none: "фамилия савельев роман андреевич", "фамилия:
// галиев", "лебедев иван".
func (sc *scanner) lowerSurnameAt(p int) int {
	s := sc.s
	if sz, up := letterAt(s, p); sz == 0 || up || s[p] < 0x80 {
		return 0
	}
	e := wordEnd(s, p)
	if e == p || !(tableSurname(s[p:e]) || lowerSurname(s[p:e]) || adjSurname(s[p:e])) {
		return 0
	}
	end := e
	if e+1 < len(s) && s[e] == ' ' {
		if q, ok := sc.lowerName(e+1, wordEnd(s, e+1), true); ok && !strings.Contains(s[e+1:q], s[p:e]) {
			end = q // the given name and patronymic after it, "фамилия савельев роман андреевич"; not a name repeated whole, "гусев лев гусев"
		}
	}
	sc.emit(p, end, tPerson, 0.8, 0)
	sc.lowerNames = true
	return end
}

// lowerEnNotName reports words around a lower-case Latin name that make it
// a product, a place or part of a spoken e-mail: "the milana sofa",
// "alexander park residence", "petrova точка svetlana собака gmail".
func lowerEnNotName(s string, i, j int) bool {
	if j+1 < len(s) && (s[j] == '.' || s[j] == '_' || s[j] == '@') && isAlnum(s[j+1]) || i > 0 && (s[i-1] == '.' || s[i-1] == '_' || s[i-1] == '@') {
		return true // part of an address read out: "ian.mcallister at gmail dot com"
	}
	var buf [32]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "the", "a", "an", "your", "our", "this", "dot", "точка", "at", "собака":
		return true
	}
	if j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && (i > 0 && s[i-1] == ' ' && i > 1 && s[i-2] == ',') {
		return true // a unit of an address: "Kralja Milana 34, stan 7"
	}
	if j+2 < len(s) && s[j] == ' ' {
		w, _ := foldInto(buf[:0], s[j+1:wordEnd(s, j+1)])
		switch string(w) {
		case "dot", "точка", "at", "собака", "park", "residence", "tower", "towers", "plaza", "street", "road", "hotel",
			"marksa", "libknekhta", "libknechta": // a street named after Karl Marx: "karla marksa one twenty three"
			return true
		}
		if productNoun(w) {
			return true
		}
	}
	return false
}

// lowerEnName reports whether a lower-case Latin first name of the tables
// counts as a name wherever it stands in chat or transcript text, as Russian
// ones do (lowerRuName): it has four letters or more and is no English word.
// The words were found by checking every lower-case Latin first name of the
// tables against an English spelling dictionary (hunspell-en-us), a one-off
// development step.
func lowerEnName(w string) bool {
	if len(w) == 3 {
		switch w {
		case "ian", "eva", "amy", "ava", "eli", "jim", "jon", "kai", "kay", "kev", "leo", "lia", "liv", "liz", "mia", "ned",
			"rex", "ron", "roy", "tim", "zoe", "dan", "jen", "isa", "noa", "nia", "wes", "viv", "ali", "uma":
			return true // short names that are no English words and no common abbreviations
		}
		return false
	}
	if len(w) < 4 {
		return false
	}
	switch w {
	case "matt", "abigail", "amadou", "amber", "anil", "anna", "aria", "benjamin", "benny", "berk", "bertha", "beth", "billy",
		"bobby", "bola", "brad", "brent", "caner", "carl", "carol", "cesar", "chad", "charlie", "charlotte",
		"christian", "clarence", "colleen", "daphne", "dato", "dexter", "dieter", "dinar", "donna", "dora", "fang",
		"franklin", "gemma", "gilbert", "graham", "gunter", "hamza", "harry", "heather", "hector", "hila", "horst",
		"ilia", "jane", "jasmine", "jean", "jenny", "jerry", "jess", "jill", "jimmy", "joey", "john", "johnny",
		"josh", "kheda", "kyle", "lamia", "leva", "liana", "ling", "louis", "lulu", "macarena", "manana", "mane",
		"mantas", "marcel", "margarita", "maria", "martin", "mason", "mats", "maxim", "mick", "mike", "milo",
		"mirza", "modest", "molly", "morris", "nancy", "nick", "oles", "omer", "otto", "paisley", "pasha", "patty",
		"peter", "phil", "phoebe", "rail", "randy", "roger", "roman", "ruth", "semen", "sheila", "shelly", "sherif",
		"sima", "sultan", "tamari", "tamer", "tammy", "tanka", "terry", "timothy", "tolu", "tony", "tori", "troy",
		"vanda", "varia", "veronica", "victor", "wade", "xenia":
		return false
	}
	return true
}

// lowerNameAlone reports a lower-case first name s[i:j] that stands for a
// person without a surname or a cue: lowerRuName for Cyrillic, lowerEnName
// for Latin unless the words around make it no name.
func lowerNameAlone(s string, i, j int) bool {
	return s[i] >= 0x80 && lowerRuName(s[i:j]) || s[i] < 0x80 && lowerEnName(s[i:j]) && !lowerEnNotName(s, i, j)
}

// lowerRuName reports a Russian first name in lower case that is no common
// word in any of its forms, as chats and transcripts write names: "у вики",
// "пусть гена привезёт", "с денисом". Forms that are also words are listed
// and left out (тома, алиса the voice assistant, света, бренда).
func lowerRuName(w string) bool {
	if len(w) < 6 {
		return false // at least three Cyrillic letters: "оля", "аня"
	}
	switch w {
	case "тома", "тому", "томе", "томом", "алиса", "алисы", "алисе", "алису", "алисой", "мира", "миру", "миры",
		"августа", "августе", "августу", "мая", "марта", "марте", "марту", // months
		"кости", "лида", "лиды", "лиду", "лиде", "лидом", "лидов", // bones, sales leads
		"вали", "дани", "гены", "гене", "левой", "левую", "лева", "леве", "левы", "леву",
		// Found by checking every lower-case form of the name tables
		// against a Russian spelling dictionary (hunspell-ru).
		"бренда", "бренде", "бренду", "бренды", "лора", "лоре", "лору", "лоры", "дана", "даны", "лука", "луке",
		"луки", "луку", "корней", "костей", "жене", "лили", "майка", "майке", "майку", "мишка", "мишке", "мишки",
		"мишкой", "мишку", "рому", "саней", "света", "свете", "свету", "семена", "такую", "уши", "ушей", "филе",
		"филей", "шейном", "шире", "ислам", "ислама", "исламе", "исламом", "исламу", "динар", "динара", "динары",
		"кончите", "лупите", "омар", "омара", "султан", "султана", "улей", "юрка", "юркой", "сени",
		"бахрома", "бахроме", "бахрому", "барыша", "барыше", "барышу", "резеда", "резеде", "резедой", "резеду",
		"резеды", "толика", "толике", "толику", "тихоне", "санной", "донной", "левкой", "лианой", "омаром", "костяном",
		"даримой", "лучане":
		return false
	}
	return true
}

// lowerWordBeforeAny returns the start of the lower-case word (Latin or
// Cyrillic) that ends one space before i, or -1.
func lowerWordBeforeAny(s string, i int) int {
	if i < 3 || s[i-1] != ' ' {
		return -1
	}
	if p := lowerWordBefore(s, i); p >= 0 {
		return p
	}
	k := i - 1
	for k > 0 && s[k-1] >= 'a' && s[k-1] <= 'z' {
		k--
	}
	if k == i-1 || k > 0 && isAlnum(s[k-1]) {
		return -1
	}
	return k
}

// tableSurname reports a lower-case word the tables know as a surname and
// not as a common word.
func tableSurname(word string) bool {
	var buf [64]byte
	w, ok := foldInto(buf[:0], word)
	if !ok || len(w) < 3 {
		return false
	}
	in, _ := wordTab.get(w)
	return in.flags&(fRuSurname|fEnLast) != 0 && in.flags&fAmbig == 0 && in.word == 0
}

// tableSurnameLatin reports a lower-case Latin word the tables know as a
// surname and as no first name or word: "herrera", "müller".
func tableSurnameLatin(word string) bool {
	var buf [64]byte
	w, ok := foldLatin(buf[:0], word)
	if !ok || len(w) < 3 || w[0] >= 0x80 {
		return false
	}
	in, _ := wordTab.get(w)
	return in.flags&fEnLast != 0 && in.flags&(fAmbig|fEnFirst) == 0 && in.word == 0 && in.addr == 0
}

// greetingWord reports a word that follows a speaker's own name: "андрей
// здравствуйте", "елена добрый день", "this is kate speaking".
func greetingWord(w string) bool {
	switch w {
	case "здравствуйте", "добрый", "доброе", "доброго", "привет", "слушаю", "hello", "hi", "speaking", "here":
		return true
	}
	return false
}

// lowerPatronymic reads a full name in lower case around the patronymic
// s[i:j], as speech recognition writes it: a first name before it, and a
// surname before the first name or after the patronymic ("записать маму
// ковалёва зинаида ивановна", "иван петрович сидоров").
func (sc *scanner) lowerPatronymic(i, j int) int {
	s := sc.s
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return j
	}
	if colloquialPatronymic(w) && ruPastVerbAfter(s, j) && i >= sc.lastEnd {
		sc.emit(i, j, tPerson, 0.75, 0) // "петрович сказал у тебя"
		sc.lowerNames = true
		return j
	}
	if _, ok := matchEnding(w, patronymicEndings, 6); !ok {
		return j
	}
	if in, _ := wordTab.get(w); in.flags != 0 || in.word != 0 || in.addr != 0 {
		return j
	}
	first := lowerWordBefore(s, i)
	if first < 0 || first < sc.lastEnd {
		return j
	}
	if w, ok := foldInto(buf[:0], s[first:i-1]); !ok {
		return j
	} else if in, _ := wordTab.get(w); in.flags&fRuFirst == 0 {
		return j
	}
	start, end := first, j
	if p := lowerWordBefore(s, first); p >= 0 && p >= sc.lastEnd && lowerSurname(s[p:first-1]) {
		start = p
	} else if j+1 < len(s) && s[j] == ' ' {
		if q := wordEnd(s, j+1); q > j+1 && lowerSurname(s[j+1:q]) {
			end = q
		}
	}
	sc.emit(start, end, tPerson, 0.85, 0)
	sc.lowerNames = true
	return end
}

// lowerWordBefore returns the start of the lower-case Cyrillic word that
// ends one space before i, or -1.
func lowerWordBefore(s string, i int) int {
	if i < 3 || s[i-1] != ' ' {
		return -1
	}
	k := i - 1
	for k >= 2 && (s[k-2] == 0xD0 && s[k-1] >= 0xB0 && s[k-1] <= 0xBF || s[k-2] == 0xD1 && s[k-1] <= 0x9F) {
		k -= 2
	}
	if k == i-1 || k > 0 && isAlnum(s[k-1]) {
		return -1
	}
	return k
}

// lowerSurname reports a lower-case word that is a surname: in the tables,
// or unknown to them with a surname ending ("ковалёва", "сидоров").
func lowerSurname(word string) bool {
	var buf [64]byte
	w, ok := foldInto(buf[:0], word)
	if !ok || len(w) < 8 {
		return false
	}
	in, _ := wordTab.get(w)
	if in.flags&fRuSurname != 0 && in.flags&fAmbig == 0 {
		return true
	}
	if in.flags != 0 || in.word != 0 || in.addr != 0 {
		return false
	}
	if endsAny(string(w), "ерская", "ерской", "ерскую", "торская", "торской", "торскую", "магазин") {
		return false // a room named by an adjective, or a shop: "алло это диспетчерская", "это зоомагазин"
	}
	_, ok = matchEnding(w, surnameEndings, 4)
	return ok
}

// latinRuSurname reports a Russian surname in lower-case Latin letters
// that the tables know as one and as nothing else, or that ends in -ov,
// -ova, -ev or -eva: "kulikova", "valiev", "tsyrenov".
func latinRuSurname(w string) bool {
	if len(w) < 6 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	in := tableInfo(w)
	if in.word != 0 || in.addr != 0 || in.flags&fAmbig != 0 {
		return false
	}
	return in.flags&fRuSurname != 0 || in.flags == 0 && endsAny(w, "ov", "ova", "ev", "eva")
}

// lowerAddressed reads a lower-case first name that opens a message or a
// line before a comma, as chats address people: "танечка, привет!",
// "dasha, send me the file". Only unambiguous names count.
func (sc *scanner) lowerAddressed(i, j int) int {
	if filterHas(sc.s[i:j]) {
		if e := sc.lowerWord(i, j); e > j || len(sc.out) > 0 && sc.out[len(sc.out)-1].end > j {
			return e // a cue: "regards, anna"
		}
	}
	end, ok := sc.lowerName(i, j, false)
	if !ok && sc.s[i] >= 0x80 && ruVocativeAfter(sc.s, j) {
		var buf [32]byte
		if w, fine := foldInto(buf[:0], sc.s[i:j]); fine {
			if in, _ := wordTab.get(w); in.flags&fRuFirst != 0 && in.word == 0 {
				ok, end = true, j // a first name that is also a word, then a request: "слава, глянь заказ"
			}
		}
	}
	if !ok || end != j {
		return j
	}
	sc.emit(i, j, tPerson, 0.7, 0)
	sc.lowerNames = true
	return j
}

// cueWord is lowerWord behind the keyword filter.
func (sc *scanner) cueWord(i, j int) int {
	if !filterHas(sc.s[i:j]) {
		return j
	}
	return sc.lowerWord(i, j)
}

// speaker reads a chat speaker label in lower case: "саша: привет" at the
// start of a line or after a "[10:21] " time stamp.
func (sc *scanner) speaker(i, j int) int {
	s := sc.s
	if !(i == 0 || s[i-1] == '\n' || i >= 2 && s[i-1] == ' ' && s[i-2] == ']') {
		return sc.cueWord(i, j) // a label inside the line: "... caller: angela morales"
	}
	end, ok := sc.lowerName(i, j, false)
	if !ok && s[i] >= 0x80 && lowerSurname(s[i:j]) && !roleTitle(s[i:j]) {
		ok, end = true, j // a surname labels the speaker: "соболев: алло марина"
	}
	if !ok && s[i] >= 0x80 && j-i >= 8 {
		var buf [64]byte
		if w, fine := foldInto(buf[:0], s[i:j]); fine && colloquialPatronymic(w) {
			ok, end = true, j // a foreman by his patronymic: "михалыч: брус привезли", "петрович: надо бензин"
		}
	}
	if !ok || end != j {
		if e := sc.answeredName(i, j); e > 0 {
			return e
		}
		return sc.cueWord(i, j) // a role label: "оператор: елена, всё верно"
	}
	sc.emit(i, j, tPerson, 0.75, 0)
	sc.lowerNames = true
	return j
}

// spelledAfter returns the end of the letters spelled one by one after q,
// a space before each ("ка эр а вэ е цэ"), or q.
func spelledAfter(s string, q int) int {
	for q+1 < len(s) && s[q] == ' ' {
		e := wordEnd(s, q+1)
		if e == q+1 || utf8.RuneCountInString(s[q+1:e]) > 2 {
			return q
		}
		q = e
	}
	return q
}

// answeredName emits the name that a speaker's turn, labelled s[i:j] and
// a colon, gives alone in answer to a question for it on the line before:
// "оператор: ваше имя пожалуйста\nклиент: надежда", "уточните фамилию
// пассажира\nчат: гусейнова", and a surname spelled after it, "клиент:
// кравец ка эр а вэ е цэ". One or two words of three letters or more,
// neither fillers nor words the tables know as no name; nothing but the
// line's end, a full stop or letters spelled one by one may follow. It
// returns the end, or 0.
func (sc *scanner) answeredName(i, j int) int {
	s := sc.s
	if i < 2 || s[i-1] != '\n' || j+2 >= len(s) || s[j] != ':' || s[j+1] != ' ' {
		return 0
	}
	q := s[lineStart(s, i-1, 200) : i-1] // the question: the turn before, its last words after its label
	c := strings.Index(q, ": ")
	if c < 0 || c > 40 {
		return 0 // no turn, or a form's field: "имя: Аруна\nстрана: Индия"
	}
	if q = q[c+2:]; !containsAny(q[max(0, len(q)-50):], "имя", "фамили", "зовут", "представить", "обращаться", "name") {
		return 0
	}
	p := j + 2
	end, words := p, 0
	for words < 2 {
		sz, up := letterAt(s, p)
		if sz == 0 || up && p > j+2 {
			break
		}
		e := wordEnd(s, p)
		if utf8.RuneCountInString(s[p:e]) < 3 {
			break
		}
		var buf [32]byte
		w, ok := foldInto(buf[:0], s[p:e])
		if !ok || isFiller(string(w)) || containsAny(string(w), "фамили", "имя", "инициал", "отчеств", "name") {
			return 0 // "оператор: инициалы", "фамилию подскажите"
		}
		in, found := wordTab.get(w)
		if found && in.word&wStop != 0 && !in.isName() {
			return 0 // "клиент: минутку", "caller: sorry"
		}
		if !in.isName() && (s[p] < 0x80 || !lowerSurname(s[p:e]) && (words > 0 || !endsAny(string(w), "ец", "ко", "ук", "юк", "ян", "дзе", "швили"))) {
			break // a name, or a surname by its ending: not "how can", "клиент: минутку", "рыбакова похоронена"
		}
		end, words = e, words+1
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		p = e + 1
	}
	if words == 0 {
		return 0
	}
	if r := spelledAfter(s, p-1); words == 2 && r > p-1 {
		end = p - 1 // a surname and its letters: "ставицкий через и"
	} else if g := givenAfterComma(s, end); words == 1 && g > 0 {
		sc.emit(j+2, end, tPerson, 0.75, 0) // the surname, then the given name: "сиделка: кузьмина, регина"
		sc.emit(end+2, g, tPerson, 0.75, 0)
		sc.lowerNames = true
		return g
	} else if r = spelledAfter(s, end); r < len(s) && s[r] != '\n' && s[r] != '.' {
		return 0
	}
	sc.emit(j+2, end, tPerson, 0.75, 0)
	sc.lowerNames = true
	return end
}

// givenAfterComma returns the end of a lower-case first name that follows
// ", " at end and closes the line or the sentence, or 0.
func givenAfterComma(s string, end int) int {
	if end+3 >= len(s) || s[end] != ',' || s[end+1] != ' ' {
		return 0
	}
	e := wordEnd(s, end+2)
	if sz, up := letterAt(s, end+2); sz == 0 || up || e < len(s) && s[e] != '\n' && s[e] != '.' && s[e] != ' ' {
		return 0
	}
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[end+2:e])
	if in, _ := wordTab.get(w); !ok || in.flags&(fRuFirst|fEnFirst) == 0 || in.flags&fAmbig != 0 || in.word != 0 {
		return 0
	}
	if t := lowerNameTail(s, e, 1); t > e && (t == len(s) || s[t] == '\n' || s[t] == '.') {
		return t // and the patronymic: "зайцева, ксения олеговна"
	}
	if e < len(s) && s[e] == ' ' {
		return 0
	}
	return e
}

// repeatLowerNames marks the later and earlier occurrences of each
// lower-case name found after a cue: "[10:23] оператор: да, саша, вчера".
func (sc *scanner) repeatLowerNames() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < n; k++ {
		sp := sc.out[k]
		if sp.typ != tPerson {
			continue
		}
		if sz, up := letterAt(s, sp.start); sz == 0 || up {
			continue
		}
		for w := sp.start; w < sp.end; {
			e := wordEnd(s, w)
			if w == sp.start || strings.IndexByte(s[w:e], '\'') > 0 {
				// the first word, and a surname with an apostrophe: "james o'connor … o'connor with an apostrophe"
				sc.repeatLowerName(sp.start, sp.end, s[w:e], false)
			} else if laterNamePart(s[w:e]) {
				sc.repeatLowerName(sp.start, sp.end, s[w:e], true) // a later part no word shares: "bakhtiyor rakhimov … rakhimov"
			}
			for w = e; w < sp.end && s[w] == ' '; w++ {
			}
			if w == e {
				break
			}
		}
	}
}

// laterNamePart reports a later word of a lower-case name worth finding
// again: a name the tables know as no word, or a word they do not know at
// all, of five letters or more ("rakhimov", "тулегенов").
func laterNamePart(w string) bool {
	if len(w) < 5 || w[0] >= 0x80 && len(w) < 10 {
		return false
	}
	var buf [64]byte
	f, ok := foldLatin(buf[:0], w)
	if !ok {
		return false
	}
	in, found := wordTab.get(f)
	if !found {
		return true
	}
	return in.isName() && in.flags&fAmbig == 0 && in.word == 0 && in.addr == 0
}

// repeatLowerName marks the other occurrences of name, a word of the
// lower-case person's name at s[start:end]. A later part of the name
// (later) takes the particle it had there and joins a name found beside it.
func (sc *scanner) repeatLowerName(start, end int, name string, later bool) {
	s := sc.s
	for from := 0; from < len(s); {
		x := strings.Index(s[from:], name)
		if x < 0 {
			break
		}
		a, b := from+x, from+x+len(name)
		from = b
		if a >= start && a < end {
			continue // the name itself
		}
		if sz, _ := letterAt(s, b); sz > 0 {
			continue
		}
		if a > 0 {
			if sz, _ := letterAtSlow(s, prevRuneStart(s, a)); sz > 0 {
				continue
			}
		}
		if lowerFirmAfter(s, b) || partnersAfter(s, b) || strings.HasPrefix(s[b:], " period") || strings.HasPrefix(s[b:], " gold") ||
			strings.HasPrefix(s[b:], " of ") {
			continue // "the job at grace consulting", "grace period", "the rose gold one", "joy of cooking"
		}
		if s[a] < 0x80 && endsAny(s[:a], " the ", " a ", " an ", " your ", " our ", " their ", "\nthe ") {
			continue // the word, not the name again: "it's bill again about the bill"
		}
		if q := wordStartBefore(s, a-1); later && q >= 0 && a-q <= 4 && s[a-1] == ' ' && strings.Contains(s[start:end], s[q:b]) {
			a = q // the particle as in the name: "mohammed al hammadi … mister al hammadi"
		}
		if later && endsAny(s[:a], " from ") && b+5 < len(s) && s[b] == ' ' && wordEnd(s, b+1)-b > 4 && !firstNameAt(s, b+1) {
			continue // the firm named after them: "john miller from miller home goods"
		}
		if !later && b+3 < len(s) && s[b] == ' ' && s[a] < 0x80 {
			if q := wordEnd(s, b+1); q > b+3 && tableSurnameLatin(s[b+1:q]) && (q == len(s) || !isAlnum(s[q])) {
				b = q // the first name again with the surname: "my name's tomás, tomás herrera"
			}
		}
		if (later || s[a] < 0x80 && end-start == len(name) && tableInfo(name).flags&fEnFirst == 0) && sc.joinPerson(a, b, len(sc.out), name) {
			continue // the other part found again beside it: "ершова надежда", "roman lukin"; a surname found alone, "mr winter … daniel winter"
		}
		if !later && s[a] >= 0x80 && lowerSurname(name) && !strings.HasPrefix(s[b:], " "+name) && sc.joinNext(a, b) {
			continue // a surname, the first name found after it: "фамилия ваша\nклиент: сомов. сомов геннадий"
		}
		sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.7})
	}
}

// repeatNames marks the other occurrences in the text of the parts of a
// name found with certainty (two words or more, or a known first name):
// "From: Lena Fischer ... the booking is under Fischer", and, for Russian,
// their case forms ("Ольга Петрова ... передайте Петровой").
func (sc *scanner) repeatNames() {
	s := sc.s
	n := len(sc.out)
	// Keep the capitalized words outside person spans: the only places a
	// repetition can be. Both lists are in text order.
	m, k := 0, 0
	for _, c := range sc.caps[:sc.ncaps] {
		for k < n && (sc.out[k].typ != tPerson || sc.out[k].end <= int(c)) {
			k++
		}
		if k < n && int(c) >= sc.out[k].start {
			continue
		}
		sc.caps[m] = c
		m++
	}
	sc.ncaps = m
	if m == 0 {
		return
	}
	for k := 0; k < n; k++ {
		sp := sc.out[k]
		if sp.typ != tPerson || sp.score < 0.85 && strings.IndexByte(s[sp.start:sp.end], ' ') < 0 {
			continue
		}
		for p := sp.start; p < sp.end; {
			q := strings.IndexByte(s[p:sp.end], ' ')
			if q < 0 {
				q = sp.end
			} else {
				q += p
			}
			if sz, up := letterAt(s, p); up && q-p >= 3*sz && s[q-1] != '.' {
				sc.repeatWord(s[p:q], sp.start, sp.end, n)
			}
			p = q + 1
		}
	}
}

// repeatWord marks the capitalized words of the text that the scanner met
// (sc.caps) outside [lo, hi) and equal to word or, for a Cyrillic word, to
// its stem with an ending of up to three letters.
func (sc *scanner) repeatWord(word string, lo, hi, n int) {
	s := sc.s
	stem := word
	if word[0] >= 0x80 && len(word) >= 10 && cyrVowelEnd(word) {
		stem = word[:len(word)-2]
	}
	c0, c1 := stem[0], stem[1]
	checked, ambig := false, false
	for _, c := range sc.caps[:sc.ncaps] {
		a := int(c)
		if s[a] != c0 || a+1 >= len(s) || s[a+1] != c1 || a >= lo && a < hi || !strings.HasPrefix(s[a:], stem) {
			continue
		}
		b := wordEnd(s, a)
		extra := 6 // three Cyrillic letters of a case ending after the stem
		if len(stem) == len(word) {
			extra = 4 // "Наде" → "Надей", not "Надежда"
		}
		if b-a > len(stem)+extra || word[0] < 0x80 && b != a+len(stem) {
			continue
		}
		if b > a+len(word) || b < a+len(word) {
			var fb [64]byte
			if f, ok := foldInto(fb[:0], s[a:b]); ok {
				if in, found := wordTab.get(f); found && in.isName() && in.flags&fAmbig != 0 {
					continue // another name that is also a word: "Надежда умирает последней"
				}
			}
		}
		if !checked {
			var buf [64]byte
			if w, ok := foldInto(buf[:0], word); !ok {
				return
			} else if in, _ := wordTab.get(w); in.flags&fAmbig != 0 {
				if word[0] >= 0x80 {
					return // "Лев Аронович ... Лев на логотипе": the lion
				}
				ambig = true // only a possessive may follow below
			}
			checked = true
		}
		if ambig && !(strings.HasPrefix(s[b:], "'s") && !(b+3 < len(s) && s[b+2] == ' ' && isUpperASCII(s[b+3]))) {
			continue // but a possessive is a person's, "Jan Kowalski's account … Jan's usual IP"; not a shop's, "Patel's Corner Shop"
		}
		if a > 0 && (s[a-1] == '@' || s[a-1] == '.' && a > 1 && s[a-2] != ' ') {
			continue
		}
		if startsAny(s[b:], " you ", " we ", " I ") {
			continue // a verb opening a question: "Can you send a quote?" after "Can Yilmaz"
		}
		if b+2 < len(s) && s[b] == ' ' && s[a] < 0x80 && productNounAt(s, b+1) {
			continue // a brand's product, not the client again: "Sachs clutch kit" beside "Peter Sachs"
		}
		if vesselBefore(s, a) || productColumn(s, a, b) || skyWordBefore(s, a) {
			continue // a ship named after a passenger's namesake, "MS Alexander Grin" beside "GREEN, Alexander"; a boat in its column, "owner,boat" … "Ivanova Maria,Maria"
		}
		if famousNames[s[a:b]] && b+1 < len(s) && s[b] == ' ' && (venueTail(s[b+1:wordEnd(s, b+1)]) || startsAny(s[b+1:], "gala", "concert", "festival", "evening")) {
			continue // the composer's event, not the patron again: "Anna Tchaikovsky … the Tchaikovsky gala"
		}
		if carMakeWord(s[a:b]) && b+1 < len(s) && s[b] == ' ' && (upperAt(s[b+1:]) || startsAny(s[b+1:], "car", "dealer", "model")) {
			continue // the car, not "Amanda Porsche" again: "Porsche Macan", "Ferrari cars"; but "Кто такой Феррари?"
		}
		if b < len(s) && (s[b] == '@' || isDigit(s[b])) || sc.placeBefore(a, 1) || sc.covered(a, b, n) || orgWordAfter(s, b) ||
			partnersAfter(s, b) || firmQuoteBefore(s, a) || eponymAfter(s, b) || sc.countryName(a, b) || sc.petNamed(a, b) || eateryNamed(s, a, b, b) || lodgingBefore(s, a) || sc.dedicationBefore(a) || placeNounNaBefore(s, a) || quotedAlone(s, a, b) && modelBeforeQuote(s, a) || brandEnd(s, a, b) > 0 || quotedAlone(s, a, b) && quotedTitle(s, a, b) || productQuoteBefore(s, a) || sc.modelName(a, b) ||
			b+1 < len(s) && s[b] == ' ' && telecomTail(s[b+1:wordEnd(s, b+1)]) || progLanguage(s, a, b) || // "Julia Becker … writes mostly Julia"
			strings.HasPrefix(s[b:], " & ") && !firstNameAt(s, b+3) { // a firm: "Reyes & Cole LLP"
			continue // "из Владимира", "Petrenko Auto Repair", LLC "Hughes and Partners", "Parkinson's disease", "Daisy and her owner Daisy Kaplan", or already part of a span
		}
		if sc.joinPerson(a, b, n, "") {
			continue // "Шапиро" before "Дина Марковна"
		}
		if a >= 2 && s[a-1] == ' ' {
			if pa := wordStartBefore(s, a-1); pa >= 0 && pa >= hi || pa >= 0 && pa < lo {
				if sz, up := letterAt(s, pa); sz > 0 && up && !sentenceStart(s, pa) {
					var buf [64]byte
					if w, ok := foldInto(buf[:0], s[pa:a-1]); ok {
						if in, _ := wordTab.get(w); in.word == 0 && in.addr == 0 && !sc.covered(pa, a-1, n) {
							a = pa // the first name before a known surname: "— Rohan Patel"
						}
					}
				}
			}
		}
		sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.7})
	}
}

// productQuoteBefore reports a word for a product, an event or a place of
// business before the quote that opens at a: фестиваль «Иван Купала».
func productQuoteBefore(s string, a int) bool {
	if !quoteOpens(s, a) {
		return false
	}
	q := a - 1 // '"'
	switch {
	case a >= 2 && s[a-2:a] == "«":
		q = a - len("«")
	case a >= 3 && s[a-3:a] == "“":
		q = a - len("“")
	}
	var buf [64]byte
	pw := prevWord(s, q, buf[:0])
	return len(pw) > 0 && productNoun(pw)
}

// quotedAlone reports a word that fills its quotes: «Чехов», "Edison".
func quotedAlone(s string, a, b int) bool {
	return quoteOpens(s, a) && (strings.HasPrefix(s[b:], "»") || strings.HasPrefix(s[b:], "”") || b < len(s) && s[b] == '"')
}

// orgWordAfter reports a capitalized stop or product word one space after
// b: the name is part of a company's name ("Petrenko Auto Repair").
// lowerFirmAfter reports a lower-case word for a firm after a name in chat
// text: "grace consulting", "smith logistics".
func lowerFirmAfter(s string, b int) bool {
	if b+2 >= len(s) || s[b] != ' ' {
		return false
	}
	switch s[b+1 : wordEnd(s, b+1)] {
	case "consulting", "logistics", "group", "holding", "holdings", "ltd", "llc", "inc", "partners", "solutions",
		"services", "trading", "trade", "studio", "agency", "motors", "bank", "capital", "systems", "media":
		return true
	}
	return false
}

func orgWordAfter(s string, b int) bool {
	if strings.HasPrefix(s[b:], "'s ") {
		b += 2 // "Kelly's Bakery"
	}
	if b+2 >= len(s) || s[b] != ' ' {
		return false
	}
	if sz, up := letterAt(s, b+1); sz == 0 || !up {
		return false
	}
	if wordEnd(s, b+1)-b > 3 && orgAfter(s, b) {
		return true // "Team: Petrov Racing" beside "Ivan Petrov"; not a passport's series, "у Нилуфар AB 6620915"
	}
	we := wordEnd(s, b+1)
	for k := 0; k < 2 && we+2 < len(s) && s[we] == ' ' && isUpperASCII(s[we+1]) && !orgAfter(s, we); k++ {
		we = wordEnd(s, we+1) // "Dubois Wines Rus LLC"
	}
	if orgAfter(s, we) {
		return true // "Brandt Elektro GmbH"
	}
	we = wordEnd(s, b+1)
	var buf [64]byte
	w, _ := foldInto(buf[:0], s[b+1:we])
	in, _ := wordTab.get(w)
	return in.word&wStop != 0 && !in.isName()
}

// cyrVowelEnd reports a word that ends in a Cyrillic vowel, й or ь, whose
// case forms replace it: "Петрова" → "Петровой", "Мария" → "Марии".
func cyrVowelEnd(w string) bool {
	a, b := w[len(w)-2], w[len(w)-1]
	switch a {
	case 0xD0:
		return b == 0xB0 || b == 0xB5 || b == 0xB8 || b == 0xB9 || b == 0xBE // а е и й о
	case 0xD1:
		return b == 0x83 || b == 0x8B || b == 0x8C || b == 0x8D || b == 0x8E || b == 0x8F // у ы ь э ю я
	}
	return false
}

// joinPerson extends a person span among the first n that starts one
// space after b or ends one space before a over [a, b); not a span that
// holds unless already, when unless is set: "weber karin weber" is two.
func (sc *scanner) joinPerson(a, b, n int, unless string) bool {
	for k := range sc.out[:n] {
		sp := &sc.out[k]
		if sp.typ != tPerson || unless != "" && strings.Contains(sc.s[sp.start:sp.end], unless) {
			continue
		}
		if sp.start == b+1 && sc.s[b] == ' ' {
			sp.start = a
			return true
		}
		if sp.end == a-1 && sc.s[sp.end] == ' ' {
			sp.end = b
			return true
		}
	}
	return false
}

// joinNext extends a person that starts one space after s[a:b] back to a.
func (sc *scanner) joinNext(a, b int) bool {
	if b >= len(sc.s) || sc.s[b] != ' ' {
		return false
	}
	for k := range sc.out {
		if sp := &sc.out[k]; sp.typ == tPerson && sp.start == b+1 {
			sp.start = a
			return true
		}
	}
	return false
}

// covered reports whether [a, b) overlaps one of the first n spans.
func (sc *scanner) covered(a, b, n int) bool {
	for _, sp := range sc.out[:n] {
		if a < sp.end && sp.start < b {
			return true
		}
	}
	return false
}

// wordStartBefore returns the start of the word that ends at i, or -1.
func wordStartBefore(s string, i int) int {
	k := i
	for k > 0 {
		p := prevRuneStart(s, k)
		if sz, _ := letterAt(s, p); sz == 0 && s[p] != '-' { // letterAt: ASCII by table, not by unicode.IsLetter
			break
		}
		k = p
	}
	if k == i {
		return -1
	}
	return k
}

// prevRuneStart returns the start of the rune that ends at i.
func prevRuneStart(s string, i int) int {
	k := i - 1
	for k > 0 && s[k]&0xC0 == 0x80 {
		k--
	}
	return k
}

// placeBefore reports whether a capitalized run of n words at start reads
// as a place: one word after a place preposition, or up to two after a
// settlement marker ("г. Королёв").
func (sc *scanner) placeBefore(start, n int) bool {
	if start >= 2 && sc.s[start-1] == ' ' && sc.s[start-2] == '.' {
		if b := wordStartBefore(sc.s, start-2); b >= 0 && utf8.RuneCountInString(sc.s[b:start-2]) >= 5 {
			return false // a sentence ends before it, not an abbreviation: "Доставка в Истринский район. Арсений, +7 …"
		}
	}
	in := sc.prevInfo(start)
	if in.addr == akCity && strings.HasSuffix(sc.s[:start], " г. ") && yearBefore(sc.s, start-len("г. ")) {
		return false // a year's г.: "поверка до 2029 г. Елена Чернова"
	}
	return in.word&wPlace != 0 && n == 1 || in.addr == akCity && n <= 2
}

// lowerFamily reports a lower-case family name in the plural: "лазаревых".
func lowerFamily(w string) bool {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	return ok && familyOf(f) != 0
}

// englishNameCue reports a cue at s[i:j] that makes the lower-case word
// at j+1..e a name even when it is also a word: a greeting that opens a
// line, then a word that does not go on with "you", "all" or "it" ("hey
// mark can u check", "thank you grace cancelling now", not "hi hope you're
// well", "hi will you send"); a self-introduction and "again", "calling"
// or a stop after the name ("its grace again", "this is mark calling",
// "it's hope."); kin after "my" ("my husband mark", not "my husband will").
func englishNameCue(s string, i, j, e int) bool {
	next := ""
	if e+1 < len(s) && s[e] == ' ' {
		next = s[e+1 : wordEnd(s, e+1)]
	}
	clauseEnd := e == len(s) || strings.IndexByte(",.!?\n", s[e]) >= 0
	switch s[i:j] {
	case "hi", "hey", "hello", "yo", "hiya", "you", "u", "thanks", "thx":
		if s[i:j] == "you" || s[i:j] == "u" {
			var buf [16]byte
			if string(prevWord(s, i, buf[:0])) != "thank" {
				return false
			}
		} else if i > 0 && s[i-1] != '\n' && s[i-1] != ' ' || i > 1 && s[i-1] == ' ' && !strings.ContainsRune(":\n", rune(s[i-2])) && !speakerWordBefore(s, i) {
			return false // a greeting that opens the line or a chat's turn: "chat: hey mark did u", "caller hi grace my name is"
		}
		if next == "" {
			return false
		}
		if next == "it" && (strings.HasPrefix(s[e+3:], "'s ") || strings.HasPrefix(s[e+3:], "’s ")) {
			next = "it's"
		}
		switch next {
		case "its", "it's":
			w := s[j+1 : e]
			if w == "hope" {
				return firstNameAfterIts(s, e) // "hey hope its jess", not "hi hope it's ok"
			}
			return w != "wish" && w != "trust" // "hi mark it's oksana", "hey will it's jess"
		case "this", "i", "im", "i'm":
			return !verbName(s[j+1 : e]) // "hey grace i need"; not "hi will i get"
		case "you", "u", "ya", "all", "everyone", "everybody", "it", "that", "there", "guys",
			"team", "we", "ur", "your", "to", "and", "is", "was", "be", "the", "a":
			return false
		}
		return true
	case "this", "that":
		// An outbound call's first question and its answer: "hello is this grace yes hi", "is that hope yes".
		return strings.HasSuffix(s[:i], "is ") && (next == "yes" || next == "speaking" || next == "hi" || next == "hello" ||
			e < len(s) && s[e] == '\n' && answerYes(s, e+1)) // the answer on the next line: "is this hope\ncaller yes speaking"
	case "is", "s", "its", "m", "im":
		var pb [16]byte
		if pw := string(prevWord(s, i, pb[:0])); s[i:j] == "is" && (next == "around" || next == "there") && askOpener(pw) {
			return true // someone asked for: "hey is grace around?", "is mike there"
		}
		if s[i:j] == "is" && !strings.HasSuffix(s[:i], "this ") {
			return false
		}
		if s[i:j] != "is" && speakerWord(next) {
			return true // a transcript's next turn after the name: "caller it's grace operator and a contact number"
		}
		if next != "" && tableSurname(next) {
			return true // the surname after it: "hi yes it's grace turner"
		}
		if s[i:j] != "is" && (next == "from" || next == "re" || next == "here" || next == "thanks" || next == "thx" ||
			next == "in" && e+4 < len(s) && isDigit(s[e+4])) {
			return true // "hi its mark in 903", "it's jack thanks for lending", "its will here from the bar", "it's grace from claims"
		}
		return clauseEnd || next == "again" || next == "calling" || next == "ringing" || next == "by" ||
			s[i:j] == "is" && next == "how" && !verbName(s[j+1:e]) || // "this is grace how can i help"
			(next == "i" || next == "im" || next == "i'm") && (s[i:j] == "m" || s[i:j] == "im" || !verbName(s[j+1:e])) // "hi this is mark i missed my appointment", "i'm will i ordered"
	case "husband", "wife", "daughter", "son", "friend", "girlfriend", "boyfriend", "manager", "boss", "mum", "mom", "dad",
		"sister", "brother", "colleague", "partner", "fiance", "fiancee":
		var buf [16]byte
		switch string(prevWord(s, i, buf[:0])) {
		case "my", "our", "her", "his":
			switch s[j+1 : e] {
			case "will", "may", "said", "says", "can", "bill":
				return false // "my husband will be there", "my friend said"
			}
			return true
		}
	}
	return false
}

// askOpener reports what may stand before "is" that asks for someone:
// nothing, a greeting or a speaker's word ("hey is grace around?",
// "agent: is mike there").
func askOpener(pw string) bool { return pw == "" || greetingCue(pw) || speakerWord(pw) }

// answerYes reports a line at p that answers "yes" or "speaking", after
// its speaker's word: "caller yes speaking", "client: speaking".
func answerYes(s string, p int) bool {
	e := wordEnd(s, p)
	if speakerWord(s[p:e]) {
		p = e
		if p < len(s) && s[p] == ':' {
			p++
		}
		p = skipSpaces(s, p)
	}
	return strings.HasPrefix(s[p:], "yes") || strings.HasPrefix(s[p:], "speaking")
}

// pastVerbAgrees reports a past-tense verb one space after end whose
// gender agrees with the first name's: "вера сказала", "роман позвонил";
// not "роман прочитала".
func pastVerbAgrees(first nameInfo, s string, end int) bool {
	if first.lemma < 0 || int(first.lemma) >= len(lemmas) {
		return true
	}
	fem := endsAny(s[end+1:wordEnd(s, end+1)], "ла")
	switch lemmas[first.lemma].gender {
	case genderFemale:
		return fem
	case genderMale:
		return !fem
	}
	return true
}

// ruVocativeAfter reports a comma and a request or a greeting after a name
// that opens a line: "слава, глянь заказ", "вера, ты где?"; not "вера,
// надежда, любовь".
func ruVocativeAfter(s string, end int) bool {
	if !strings.HasPrefix(s[end:], ", ") {
		return false
	}
	switch s[end+2 : wordEnd(s, end+2)] {
	case "глянь", "посмотри", "проверь", "позвони", "перезвони", "напиши", "скинь", "отправь", "подскажи", "уточни", "зайди",
		"возьми", "забери", "передай", "сделай", "набери", "ответь", "подойди", "привет", "здравствуй", "доброе", "добрый",
		"ты", "можешь", "сможешь", "помоги", "срочно":
		return true
	}
	return false
}

// ruSpeechVerbAfter reports a verb of speaking or asking in the present
// tense one space after end: "роман говорит", "вера пишет".
func ruSpeechVerbAfter(s string, end int) bool {
	if end+3 >= len(s) || s[end] != ' ' {
		return false
	}
	switch s[end+1 : wordEnd(s, end+1)] {
	case "говорит", "пишет", "звонит", "спрашивает", "просит", "сообщает", "передаёт", "передает", "уточняет", "жалуется", "ждёт", "ждет":
		return true
	}
	return false
}

// kinPossessiveAfter reports "'s" and a word for kin after a lower-case
// name: "ani's mom asked".
func kinPossessiveAfter(s string, j int) bool {
	if !startsAny(s[j:], "'s ", "’s ") {
		return false
	}
	p := j + strings.IndexByte(s[j:], ' ') + 1
	switch s[p:wordEnd(s, p)] {
	case "wife", "husband", "mum", "mom", "dad", "mother", "father", "son", "daughter", "brother", "sister", "partner", "boss":
		return true
	}
	return false
}

// firstNameAfterIts reports a lower-case first name after the "its" or
// "it's" that follows end: "hey hope its jess from the waiting room".
func firstNameAfterIts(s string, end int) bool {
	p := end + 1
	q := wordEnd(s, p)
	if q+1 >= len(s) || s[q] != ' ' {
		return false
	}
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[q+1:wordEnd(s, q+1)])
	if !ok {
		return false
	}
	in, _ := wordTab.get(w)
	return in.flags&(fEnFirst|fRuFirst) != 0 && in.flags&fAmbig == 0 && in.word == 0
}

// loggedName emits a lower-case surname or first name that a log gives as
// the value of a staff field: "agent=afanasyeva topic=debt". A login with a
// dot or a digit ("user=petrova.a", "agent=ivanov2") is left alone.
func (sc *scanner) loggedName(i, j int) int {
	s := sc.s
	if j < len(s) && strings.IndexByte(" ,;&|\n", s[j]) < 0 {
		return j
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return j
	}
	if in, _ := wordTab.get(f); in.flags&(fRuSurname|fEnLast|fRuFirst|fEnFirst) != 0 && in.flags&fAmbig == 0 && in.word == 0 ||
		latinSurname(f) {
		sc.emit(i, j, tPerson, 0.8, 0)
	}
	return j
}

// staffField reports a log's key for a member of staff before the "=" at
// eq: "agent=", "operator=".
func staffField(s string, eq int) bool {
	b := eq
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	if eq-b < 4 || eq-b > 10 {
		return false
	}
	switch strings.ToLower(s[b:eq]) {
	case "agent", "operator", "manager", "technician", "courier", "driver", "staff", "assignee", "employee",
		"engineer", "master", "cashier", "handler", "owner":
		return true
	}
	return false
}

// speakerAnswer reports a word at i that opens what a transcript's speaker
// says: one word and ": " alone before it on its line, "caller: ", "гид: ".
func speakerAnswer(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' || s[i-2] != ':' {
		return false
	}
	b := lineStart(s, i-2, 25) // a label of up to 24 bytes, so no further back than that
	label := s[b : i-2]
	return label != "" && len(label) <= 24 && wordEnd(s, b) == i-2 // "caller", "клиент", "гид"
}

// answerEnds reports the end of a speaker's short answer at q: the end of
// the line or the text, or a comma.
func answerEnds(s string, q int) bool {
	return q == len(s) || s[q] == '\n' || s[q] == '\r' || s[q] == ','
}

// shapedSurname reports a lower-case word that no table knows and that
// ends as Russian surnames do: "sengepova", "лонгортов".
func shapedSurname(w string) bool {
	if w[0] < 0x80 {
		return latinSurnameWord(w)
	}
	return lowerSurname(w)
}

// speakerWord reports a transcript's speaker label written without a colon:
// "caller", "agent", "operator".
func speakerWord(w string) bool {
	switch w {
	case "caller", "agent", "operator", "customer", "client", "staff", "dispatcher", "receptionist":
		return true
	}
	return false
}

// speakerWordBefore reports a speaker label one space before i: "caller hi
// grace".
func speakerWordBefore(s string, i int) bool {
	var buf [16]byte
	return speakerWord(string(prevWord(s, i, buf[:0])))
}

// verbName reports a lower-case first name that is also a verb or an
// auxiliary, which a greeting or "it's" may precede as a verb: "hi hope
// it's ok", "hi will i get", "it's may i ask".
func verbName(w string) bool {
	switch w {
	case "hope", "will", "may", "can", "wish", "trust", "love", "miss":
		return true
	}
	return false
}

// greetingBeforeRU reports a greeting that opens a call right before the
// word at i, maybe with "да" after it: "алло это", "здравствуйте, это",
// "добрый день да это".
func greetingBeforeRU(s string, i int) bool {
	e := i - 1
	if e < 0 || s[e] != ' ' {
		return false
	}
	if strings.HasSuffix(s[:e], " да") || strings.HasSuffix(s[:e], ", да") {
		e -= len(" да")
	}
	if e > 0 && s[e-1] == ',' {
		e--
	}
	return endsAny(s[:e], "алло", "ало", "здравствуйте", "здрасте", "здрасьте", "привет", "добрый день", "добрый вечер", "доброе утро")
}

// ruNameCue reports a Russian cue at s[i:j] that makes the lower-case word
// at j+1..e a name even when it is also a word: a self-introduction with
// "это" before what the caller says next ("это надежда я по поводу", "это
// вера мне муж сказал"), "меня … зовут", kin and roles before a name that
// is not followed by its object ("жена надежда звонила", "курьер вера
// пишет"; not "вера в успех", "надежда на вас").
func ruNameCue(s string, i, j, e int) bool {
	var buf [64]byte
	if w, ok := foldInto(buf[:0], s[j+1:e]); !ok {
		return false
	} else if in, _ := wordTab.get(w); in.flags&fRuFirst == 0 {
		return false // only a first name: not "это бренд,"
	}
	next := ""
	if e+1 < len(s) && s[e] == ' ' {
		next = s[e+1 : wordEnd(s, e+1)]
	}
	clauseEnd := e == len(s) || strings.IndexByte(",.!?\n", s[e]) >= 0
	switch s[i:j] {
	case "это", "я":
		if s[i:j] == "это" && greetingBeforeRU(s, i) || s[i:j] == "я" && (greetingBeforeRU(s, i) || turnOpensAt(s, i)) {
			return true // a caller naming himself after a greeting or at his turn's start, whatever follows: "алло это лев из триста пятого", "клиент: я надежда из андреевки"
		}
		switch next {
		case "я", "мама", "папа", "по", "звоню", "беспокою", "снова", "опять", "мне":
			return s[i:j] == "это"
		case "из":
			// a workplace after it: "это роман из кадрового агентства", "это слава из регистратуры"
			q := e + len(" из ")
			return q < len(s) && startsAny(s[q:], "кадров", "автосалон", "регистратур", "компани", "банк", "центр", "офис", "отдел",
				"сервис", "магазин", "клиник", "школ", "агентств", "салон", "склад", "бухгалтери", "поддержк", "ипотечн", "страхов")
		}
		return next != "" && lowerSurname(next) // "это слава мельников я по возврату", "я роман стрельцов"
	case "звонил", "звонила", "заходил", "заходила", "приходил", "приходила":
		return len(next) >= 8 && endsAny(next, "ал", "ил", "ел", "ала", "ила", "ела") // "звонил роман сказал что …"
	case "меня":
		return next == "зовут"
	case "жена", "жене", "муж", "дочь", "дочка", "сестра", "мама", "бабушка", "курьер", "водитель", "дежурная", "девушка",
		"клиентка", "клиент":
		switch next {
		case "в", "на", "к", "и":
			return false
		case "":
			return clauseEnd
		}
		return true
	}
	return false
}

// greetingCue reports a greeting or a thanks that a name follows, alone,
// as its addressee: "hi", "thanks", "thank you".
func greetingCue(w string) bool {
	switch w {
	case "hi", "hey", "hello", "thanks", "thx", "you", "u", "dear":
		return true
	}
	return false
}

// latinWordKnown reports a lower-case Latin word that the tables know as a
// word or a place.
func latinWordKnown(w string) bool {
	var buf [64]byte
	f, ok := foldLatin(buf[:0], w)
	if !ok {
		return true
	}
	in, found := wordTab.get(f)
	return found && (in.word != 0 || in.addr != 0)
}

// nameAnswerStop reports a word that cannot be part of a name read out in
// answer to a name's question: a pronoun, a verb of the answer, a function
// word ("… olena hrytsenko i want to complain", "… askar seitkali s e i t k
// a l i").
func nameAnswerStop(w string) bool {
	switch w {
	case "i", "i'm", "im", "want", "with", "from", "through", "and", "or", "but", "is", "it's", "its", "my", "your", "the",
		"here", "speaking", "calling", "please", "yes", "no", "ok", "okay", "so", "like", "as", "for", "to", "not", "that", "this",
		"и", "или", "я", "как", "через", "это", "с", "со", "из", "у", "по", "на", "не", "а", "но", "да", "нет", "вот", "мне",
		"меня", "пожалуйста", "ну", "так", "тоже", "ещё", "еще", "она", "он", "мой", "моя", "для", "до", "от", "звоню", "хочу",
		"его", "её", "ее", "их", "зовут", "пока", "что", "если", "her", "his", "their", "our",
		"внучка", "внук", "дочь", "дочка", "сын", "жена", "муж", "мама", "папа", "сестра", "брат", "соседка", "сосед",
		"grandson", "granddaughter", "daughter", "son", "wife", "husband", "mum", "mom", "dad", "sister", "brother", "neighbour",
		"управляющий", "управляющая", "менеджер", "директор", "хозяйка", "хозяин", "manager", "owner", "director":
		return true
	}
	return false
}

// answeredNames widens a lower-case first name that opens the answer to a
// name's question on the line before over the rest of the name read out
// with it: a surname the tables do not know ("operator and your
// name\ncaller askar seitkali s e i t k a l i", "клиент да да это я ирина
// гольц", "name as in passport\nteacher alice brannagh") or a surname
// before it ("клиент: хорошо записывайте цароев ахмед"). A word joins when
// it is lower case, of three letters or more, not a number, a kin's or a
// role's word and no function word, and the answer ends after it.
func (sc *scanner) answeredNames() {
	s := sc.s
	for k := range sc.out {
		p := &sc.out[k]
		if p.typ != tPerson || strings.IndexByte(s[p.start:p.end], ' ') >= 0 || !lowerLetterAt(s, p.start) {
			continue
		}
		ls := lineStart(s, p.start, 200)
		if ls == 0 || !nameQuestion(lineBefore(s, ls, 120)) {
			continue
		}
		head := ls // the answer's words start after the speaker's label and an opening
		if c := strings.Index(s[ls:p.start], ": "); c >= 0 {
			head = ls + c + 2
		} else if sp := strings.IndexByte(s[ls:p.start], ' '); sp >= 0 {
			head = ls + sp + 1
		}
		for head < p.start {
			q := wordEnd(s, head)
			if w := s[head:q]; q >= p.start || s[q] != ' ' || !answerOpener(w) && w != "хорошо" && w != "ладно" && w != "ok" {
				break
			}
			head = q + 1
		}
		end, words := p.end, 0
		for words < 2 && end+1 < len(s) && s[end] == ' ' {
			q := wordEnd(s, end+1)
			w := s[end+1 : q]
			if !sc.freeAnswerWord(w, end+1, q) {
				break
			}
			end, words = q, words+1
		}
		if end > p.end && !nameClosesAt(s, end) {
			end = p.end // the answer goes on: no name's end here
		}
		if head != p.start {
			end = p.end // the name must open the answer, or a surname before it
		}
		start := p.start
		if b := wordStartBefore(s, p.start-1); b >= head && b >= 0 && p.start >= 2 && s[p.start-1] == ' ' && sc.freeAnswerWord(s[b:p.start-1], b, p.start-1) {
			_, sur := matchEnding(s[b:p.start-1], surnameEndings, 4)
			if b == head && (sur || end > p.end) && tableInfo(s[b:p.start-1]).word&(wTitle|wHonorific) == 0 {
				start = b // "цароев ахмед", "rose amanda jane"
			}
		}
		if start < p.start || end > p.end {
			p.start, p.end = start, end
		}
	}
}

// freeAnswerWord reports a word s[a:b] that may be part of a name read out
// in lower case: three letters or more, no number, no function word, not
// inside another span.
func (sc *scanner) freeAnswerWord(w string, a, b int) bool {
	if b-a < 3 || !lowerLetterAt(w, 0) || nameAnswerStop(w) || answerOpener(w) || strings.ContainsAny(w, "0123456789-'") {
		return false
	}
	if _, num := spokenWords[w]; num {
		return false
	}
	if in := tableInfo(w); in.word&wStop != 0 {
		return false
	}
	for _, x := range sc.out {
		if x.start < b && x.end > a {
			return false
		}
	}
	for k := 0; k < len(w); {
		r, sz := utf8.DecodeRuneInString(w[k:])
		if !unicode.IsLetter(r) {
			return false
		}
		k += sz
	}
	return true
}

// nameClosesAt reports the end of a name read out at end: the line's end, a
// comma or a full stop, or a spelled letter after it ("… askar seitkali s e
// i t", "… grinberg g-r-i-n").
func nameClosesAt(s string, end int) bool {
	if end >= len(s) || strings.IndexByte("\n,.", s[end]) >= 0 {
		return true
	}
	if s[end] != ' ' || end+2 >= len(s) {
		return false
	}
	return s[end+2] == ' ' || s[end+2] == '-' // a spelled letter
}

// lowerLetterAt reports a lower-case letter at s[i].
func lowerLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}

// nameQuestion reports a transcript's line that asks for a name: "and your
// name", "как к вам обращаться?", "фамилия", not a caller's "my name is …".
func nameQuestion(q string) bool {
	if containsAny(q, "my name", "меня зовут", "зовут меня", "моя фамилия", "name is", "name's") {
		return false
	}
	return containsAny(q, "your name", "the name", "name as in", "name please", "name?", "first name", "surname", "last name",
		"ваше имя", "как вас зовут", "как зовут", "фамили", "имя", "обращаться", "на кого")
}

// surnameFiller reports a word that may follow "фамилия" without being
// one: "фамилия такая", "фамилия та же", "фамилия указана".
func surnameFiller(w string) bool {
	switch w {
	case "моя", "его", "её", "ее", "их", "ваша", "такая", "та", "же", "указана", "написана", "другая", "неверная", "верная",
		"правильная", "совпадает", "сменилась", "изменилась", "есть", "нет", "длинная", "сложная", "редкая", "двойная", "мужа",
		"жены", "отца", "матери", "клиента", "пациента", "латиницей", "полностью", "по-русски", "потом", "имя":
		return true
	}
	return false
}

// ownSurnameSaid reports "фамилия" at i said by the one whose surname
// follows, not asked for: a client's line ("клиент мария ивановна фамилия
// орёл"), or after "меня зовут", "моя", "у нас" on the line ("меня зовут
// алесь, фамилия жук", "у нас двое детей фамилия орёл"); not an operator's
// "фамилия имя" nor "укажите фамилию ребёнка".
func ownSurnameSaid(s string, i int) bool {
	ls := lineStart(s, i, 200)
	line := s[ls:i]
	if containsAny(line, "зовут ", " у нас ", " мы ") || startsAny(line, "у нас ", "мы ") || strings.HasSuffix(line, "моя ") {
		return true
	}
	w := line[:wordEnd(line, 0)]
	switch w {
	case "клиент", "клиентка", "абонент", "звонящий", "звонящая", "гость", "кандидат", "пациент", "пациентка", "покупатель":
		return true
	}
	return false
}

// zovutFiller reports a word after "меня зовут" that is not the name:
// "меня зовут как деда", "её зовут тоже вера".
func zovutFiller(w string) bool {
	switch w {
	case "как", "так", "тоже", "также", "все", "просто", "сейчас", "именно", "по", "вот", "ещё", "еще", "теперь", "обычно", "кажется", "вроде":
		return true
	}
	return false
}

// wholeNameAnswers emits a name read out as a transcript's whole answer to
// the line before that asks for it, when no table knows it or no rule read
// all of it: "agent your last name please\ncaller morrison", "оператор:
// фамилия\nклиент: яруллина", "agent and your name\ncaller zhou yiming",
// "courier: name please\nguest: nguyen van an". The answer opens after a
// speaker's label (with a colon, or a transcript's "caller", "клиент"
// without one) or a dash and holds one to three lower-case words and
// nothing else on its line: no number, no function word, no word of a
// reply ("sorry", "секунду"). It reports whether it emitted any.
func (sc *scanner) wholeNameAnswers() bool {
	s := sc.s
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || !containsAny(s, "name", "фамили", "имя", "зовут", "обращаться", "на кого", "записать", "батюшке") {
		return false
	}
	added := false
	for ls := nl + 1; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		if head := nameAnswerHead(s, ls, le); head > 0 {
			end := le
			for end > head && (s[end-1] == '.' || s[end-1] == ' ' || s[end-1] == '\r') {
				end--
			}
			if q := lineBefore(s, ls, 120); end-head >= 2 && end-head <= 48 && lowerLetterAt(s, head) && sc.nameAskedLast(ls-1-len(q), ls, head) && nameQuestion(q) {
				if a, ok := sc.answerName(head, end); ok {
					score, _ := sc.personScore(a, end, 0.8)
					sc.emit(a, end, tPerson, score, 0)
					sc.lowerNames = true
					added = true
				}
			}
		}
		ls = le + 1
	}
	return added
}

// personScore returns the highest score among base and the spans found
// over s[a:e], so that a name read whole wins over its parts, and whether
// those spans are all persons.
func (sc *scanner) personScore(a, e int, base float32) (float32, bool) {
	score := base
	for _, x := range sc.out {
		if x.start < e && x.end > a {
			if x.typ != tPerson {
				return score, false
			}
			score = max(score, x.score)
		}
	}
	return score, true
}

// nameAskedLast reports a question on the line s[qs:ls-1] that a speaker
// other than the answer's (whose words start at head) closes with the
// name it asks for, at most three words after its word: "agent: and the
// name on the bell", not "оператор: ага записала на фамилию барсуковы", a
// name said after its word ("фамилия фролова") nor a form's "Фамилия, имя,
// отчество: …".
func (sc *scanner) nameAskedLast(qs, ls, head int) bool {
	s := sc.s
	qh := nameAnswerHead(s, qs, ls-1)
	if qh == 0 || qh-qs == head-ls && s[qs:qh] == s[ls:head] {
		return false
	}
	q := s[qh : ls-1]
	k := -1
	for _, w := range [...]string{"name", "фамили", "имя", "зовут", "обращаться", "на кого", "записать", "батюшке"} {
		if i := strings.LastIndex(q, w); i > k {
			k = i
		}
	}
	if k < 0 || strings.Count(q[k:], " ") > 3 || strings.ContainsAny(q[k:], "0123456789") {
		return false
	}
	for _, x := range sc.out {
		if x.typ == tPerson && x.start >= qh+k && x.start < ls {
			return false
		}
	}
	return true
}

// nameAnswerHead returns where a transcript's answer opens on the line
// s[ls:le]: after a one-word speaker's label and ": " ("caller: ",
// "клиент: "), a speaker's word without a colon ("caller ", "клиент ") or a
// dash; 0 when the line opens none of them.
func nameAnswerHead(s string, ls, le int) int {
	if strings.HasPrefix(s[ls:le], "— ") || strings.HasPrefix(s[ls:le], "- ") {
		return ls + strings.IndexByte(s[ls:le], ' ') + 1
	}
	e := wordEnd(s, ls)
	if e == ls || e+2 > le || e-ls > 24 {
		return 0
	}
	switch {
	case s[e] == ':' && s[e+1] == ' ':
		return e + 2
	case s[e] == ' ' && (speakerWord(s[ls:e]) || answerSpeakerRU(s[ls:e])):
		return e + 1
	}
	return 0
}

// answerSpeakerRU reports a Russian transcript's label for who answers or
// asks, written without a colon: "клиент яруллина", "оператор фамилия".
func answerSpeakerRU(w string) bool {
	switch w {
	case "клиент", "клиентка", "абонент", "абонентка", "звонящий", "звонящая", "гость", "пациент", "пациентка", "покупатель", "покупательница",
		"оператор", "менеджер", "администратор", "диспетчер", "регистратор", "сотрудник", "дежурный":
		return true
	}
	return false
}

// answerName returns where the name starts in the answer s[head:end] and
// whether the answer is one: one to three words of two letters or more,
// in lower case, each letters with perhaps a hyphen or an apostrophe
// inside ("mary-ann o'connor"), after openers such as "yes" or "это"; no
// function word, number, table stop word, reply word or other span but a
// person's.
func (sc *scanner) answerName(head, end int) (int, bool) {
	s := sc.s
	for head < end {
		q := wordEnd(s, head)
		if q >= end || s[q] != ' ' || !answerNameOpener(s[head:q]) {
			break
		}
		head = q + 1
	}
	words := 0
	for p := head; p < end; {
		q := p
		for q < end && s[q] != ' ' {
			q++
		}
		w := s[p:q]
		if words++; words > 3 || !answerNameWord(w) || strings.Contains(s[q:end], w) {
			return 0, false // not a name given twice: "rose rose bennett", which the tables' rules read
		}
		p = q + 1
	}
	if words == 0 {
		return 0, false
	}
	persons := 0
	for _, x := range sc.out {
		if x.start < end && x.end > head {
			if x.typ != tPerson || persons > 0 {
				return 0, false // another kind, or two people the tables read: "лёва лев зайцев"
			}
			persons++
		}
	}
	return head, true
}

// answerNameOpener reports a word an answer may open with before the name:
// "yes morrison", "да яруллина", "it's levin".
func answerNameOpener(w string) bool {
	switch w {
	case "yes", "yeah", "it's", "its", "um", "uh", "er", "well", "so", "да", "это", "ну", "э", "эм":
		return true
	}
	return false
}

// answerNameWord reports a word that may be part of a name given as a whole
// answer: lower-case letters, a hyphen or an apostrophe only between them.
func answerNameWord(w string) bool {
	if len(w) < 2 || nameAnswerStop(w) || answerOpener(w) || nameReplyWord(w) {
		return false
	}
	if _, num := spokenWords[w]; num {
		return false
	}
	if in := tableInfo(w); in.word&wStop != 0 {
		return false
	}
	prevLetter := false
	for k := 0; k < len(w); {
		r, sz := utf8.DecodeRuneInString(w[k:])
		switch {
		case unicode.IsLower(r):
			prevLetter = true
		case (r == '-' || r == '\'') && prevLetter && k+sz+1 < len(w) && (k < 2 || w[k-2] != '-'):
			prevLetter = false // not a word spelled out: "g-r-i-n"
		default:
			return false
		}
		k += sz
	}
	return prevLetter
}

// nameReplyWord reports a word of a reply that gives no name: "sorry?",
// "hold on", "секунду", "а зачем".
func nameReplyWord(w string) bool {
	switch w {
	case "sorry", "pardon", "what", "why", "who", "hold", "wait", "moment", "second", "sec", "same", "before", "hmm", "mm", "hello",
		"hi", "thanks", "thank", "you", "sure", "right", "correct", "again", "also", "anonymous", "private", "card", "number",
		"спасибо", "секунду", "секундочку", "минуту", "минутку", "сейчас", "зачем", "какую", "какая", "какой", "какое", "чью", "чья",
		"любую", "знаю", "помню", "подождите", "повторите", "раз", "анонимно", "номер", "карта", "мм", "угу", "ага", "хм",
		"верно", "правильно", "that's", "имя", "отчество", "фамилия", "инициалы", "name", "surname", "пусть", "будет", "просто",
		"вроде", "бы", "такая", "такой", "же", "возраст", "auntie", "aunt", "uncle", "тётя", "тетя", "дядя":
		return true
	}
	return false
}

// introAt emits a name a caller gives for himself after the cue "this
// is", "it's" or "my name is" at k (cue with its space) in a lower-case
// transcript when the tables do not know all of it: "caller: hi this is
// mart tamm i am calling from narva", "hello it's ji-hoon park from
// busan", "my name is pieter de vries and we are four". "this is" and
// "it's" must open the turn, after a greeting or a speaker's label at most
// ("hi vadim its tom archer again"). The name is one to three lower-case
// words that end at a stop, the line's end or a word that goes on with the
// call ("from", "calling", "again", "i"); one of them a name the tables
// know or shaped as a surname, and none a function word or a word of the
// tables' stop list. A single word must be a name, a hyphenated given name
// ("jae-won") or a surname's shape.
func (sc *scanner) introAt(k int, cue string) bool {
	if cue[0] != 'm' && !introOpensTurn(sc.s, k) {
		return false
	}
	a, e, ok := sc.introName(k+len(cue), cue)
	if !ok {
		return false
	}
	score, _ := sc.personScore(a, e, 0.75)
	sc.emit(a, e, tPerson, score, 0)
	sc.lowerNames = true
	return true
}

// introOpensTurn reports a self-introduction's cue at k that opens a
// speaker's turn: nothing before it on its line but a speaker's label, a
// greeting and the name of whom it greets, or fillers ("caller: hi yes
// this is", "hi lev it's", "uh hi").
func introOpensTurn(s string, k int) bool {
	ls := lineStart(s, k, 80)
	if k-ls >= 79 {
		return false
	}
	p := ls
	if h := nameAnswerHead(s, ls, k); h > 0 && h <= k {
		p = h
	}
	greeted := false
	for p < k {
		e := wordEnd(s, p)
		w := s[p:e]
		switch w {
		case "hi", "hello", "hey", "hiya", "morning", "good", "afternoon", "evening", "yes", "yeah", "uh", "um", "oh", "ok", "okay", "so":
			greeted = greeted || w != "yes" && w != "yeah" && w != "uh" && w != "um" && w != "oh" && w != "ok" && w != "okay" && w != "so"
		default:
			if p == ls && e < k && s[e] == ' ' && greetsEN(s[e+1:wordEnd(s, e+1)]) {
				break // a transcript's label without a colon: "supplier hello this is"
			}
			if !greeted || e-p < 2 || !lowerLetterAt(w, 0) {
				return false // one word after a greeting: whom it greets, "hi lev it's summer"
			}
			greeted = false
		}
		p = e
		for p < k && (s[p] == ' ' || s[p] == ',') {
			p++
		}
	}
	return true
}

// staffTurn reports a line at i said by the firm's side of a transcript,
// who may name the firm instead of himself: "agent: this is sibtechrent
// calling", "оператор: это гатчина".
func staffTurn(s string, i int) bool {
	ls := lineStart(s, i, 120)
	switch s[ls:wordEnd(s, ls)] {
	case "agent", "operator", "staff", "dispatcher", "receptionist", "admin", "manager", "оператор", "Оператор", "менеджер", "Менеджер",
		"администратор", "Администратор", "диспетчер", "Диспетчер", "админ", "оп", "мен":
		return true
	}
	return false
}

// greetsEN reports an English word that greets: "hi", "hello".
func greetsEN(w string) bool {
	switch w {
	case "hi", "hello", "hey", "hiya", "morning", "good":
		return true
	}
	return false
}

// introName reads the name after a self-introduction's cue at p and
// returns its bounds. A single word no table knows is a name after "my
// name is" or before "from", "again", "calling", "here" or "speaking":
// "my name is chejnesh", "this is rowena calling".
func (sc *scanner) introName(p int, cue string) (int, int, bool) {
	s := sc.s
	a, e, words, known := p, p, 0, false
	single := false
	for {
		q := wordEnd(s, e)
		for q < len(s) && (s[q] == '-' || s[q] == '\'') && q+1 < len(s) && s[q+1] >= 'a' && s[q+1] <= 'z' {
			q = wordEnd(s, q+1) // "ji-hoon", "o'connor"
		}
		w := s[e:q]
		if words > 0 && (introBreak(w) || verbName(w)) {
			break // "my name is grace will you help"
		}
		if q == e || words == 3 || !answerNameWord(w) || introStop(w) || strings.Contains(s[a:e], w) {
			return 0, 0, false // nor a name said twice, "grace grace okafor", which the tables' rules read
		}
		var buf [32]byte
		f, ok := foldInto(buf[:0], w)
		if !ok {
			return 0, 0, false
		}
		in, _ := wordTab.get(f)
		switch {
		case in.word&(wStop|wTitle|wHonorific) != 0 || in.addr != 0:
			return 0, 0, false
		case in.isName():
			known = true
			single = in.word == 0 && in.flags&fAmbig == 0
		case latinSurnameWord(w):
			known = true
			single = !endsAny(w, "sky", "skiy", "skaya", "skoye") // not a town's adjective alone: "it's volzhsky, ulitsa mira"
		case hyphenGivenName(w):
			single = true // a hyphenated given name: "jae-won", "hye-jin"
		}
		words++
		e = q
		if e >= len(s) || s[e] != ' ' {
			break // the line's end or a stop: "it's tom fletcher, can you"
		}
		e++
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	if words == 1 && !single && (strings.HasSuffix(s[a:e], "ing") || strings.HasSuffix(s[a:e], "ed")) {
		return 0, 0, false // a verb: "i'm phoning from", "it's leaking from"
	}
	if words == 1 && !single && cue[0] != 'm' && e+1 < len(s) && !staffTurn(s, a) {
		switch s[e+1 : wordEnd(s, e+1)] {
		case "from", "again", "calling", "here", "speaking":
			single = s[e] == ' '
		}
	}
	if words == 0 || words == 1 && !single && cue[0] != 'm' || words > 1 && !known || e < len(s) && strings.IndexByte(" \n,.!?—–", s[e]) < 0 {
		return 0, 0, false
	}
	if _, persons := sc.personScore(a, e, 0); !persons {
		return 0, 0, false
	}
	return a, e, true
}

// hyphenGivenName reports a lower-case given name of two short parts joined
// by a hyphen, as Korean names are written: "jae-won", "min-ji"; not
// "khanty-mansiysk" nor "thirty-four".
func hyphenGivenName(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 5 || len(w)-h-1 < 2 || len(w)-h-1 > 5 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	_, num := spokenWords[w[:h]]
	return !num
}

// introBreak reports a word after a self-introduction's name that goes on
// with the call: "… from busan", "… calling about", "… i booked", "… again".
func introBreak(w string) bool {
	switch w {
	case "from", "calling", "again", "i", "i'm", "im", "we", "we're", "my", "about", "and", "here", "speaking", "the", "at", "in",
		"with", "um", "uh", "sorry", "ringing", "writing", "on", "for", "lol", "thanks", "thank", "can", "could", "just", "please",
		"is", "was", "it's", "its", "you", "your", "who", "regarding", "re", "of", "but", "so", "did", "have", "had", "need", "want":
		return true
	}
	return false
}

// introStop reports a word that is no name after a self-introduction's
// cue: "it's me", "this is urgent", "it's not working".
func introStop(w string) bool {
	switch w {
	case "me", "not", "really", "very", "just", "so", "still", "also", "only", "about", "regarding", "urgent", "late", "ok", "okay",
		"fine", "done", "ready", "broken", "important", "quick", "weird", "strange", "a", "an", "the", "your", "our", "his", "her",
		"their", "my", "him", "them", "us", "that", "this", "what", "how", "there", "here", "all", "too", "actually", "probably",
		"mum", "mom", "dad", "wife", "husband", "son", "daughter", "sister", "brother", "friend", "neighbour", "neighbor", "boss",
		"missis", "mrs", "miss", "mister", "mr", "ms", "dr", "doctor", "captain", "motor", "near", "under", "btw", "by", "outside",
		"behind", "opposite", "next", "inside", "at", "on", "in":
		return true
	}
	return nameAnswerStop(w)
}

// theAt emits a surname at p between "the" and a word for what a client
// or a family has or is in a firm's work: "the Rosenberg invoice", "the
// volkov family", "move the Johnson group", "the Vogel matter". The
// surname is one the tables know as a surname and as no first name, word or
// place, or shaped as a Slavic one.
func (sc *scanner) theAt(p int) bool {
	s := sc.s
	if p >= len(s) || s[p] >= 0x80 {
		return false
	}
	e := wordEnd(s, p)
	if e+2 >= len(s) || s[e] != ' ' || e-p < 3 || !theNoun(s[e+1:wordEnd(s, e+1)]) {
		return false
	}
	w := s[p:e]
	if !tableSurnameLatin(w) && !latinSurnameWord(w) {
		return false
	}
	if in := tableInfo(w); in.addr != 0 || in.word != 0 || endsAny(w, "sky", "skaya", "skiy", "skoy", "skogo") {
		return false // a street's or a district's adjective: "the Ligovsky order"
	}
	sc.emit(p, e, tPerson, 0.8, 0)
	return true
}

// theNoun reports a word for what a client or a family has or is in a
// firm's work, after "the" and a surname: "family", "invoice", "matter".
func theNoun(w string) bool {
	switch w {
	case "family", "group", "order", "invoice", "contract", "complaint", "registration", "estimate", "report", "file", "account",
		"case", "claim", "booking", "matter", "hearing", "refund", "application", "row", "scan", "lots", "intake", "project", "deal",
		"dossier", "payment", "transfer", "shipment", "reservation", "visa", "paperwork", "documents", "docs", "request",
		"quotation", "twins", "sisters", "kids", "children", "girl", "boy", "household", "wedding", "dress", "urn", "meter",
		"estate", "heirs", "party":
		return true
	}
	return false
}

// toldName returns the end of the name at p that an order or a greeting
// is passed to, or p when none is there: "tell grace the price goes up",
// "ask for liliya at the back door", "say hi to Dashinima", "thanks to
// Reinhold (our guest setter)". The word is a name the tables know (also
// one that is a word: "tell frost to bring"), shaped as a surname, or a
// capitalized word no table knows; a clause or a stop must follow it.
func (sc *scanner) toldName(p int) int {
	s := sc.s
	e := wordEnd(s, p)
	if e == p || e-p < 3 {
		return p
	}
	w := s[p:e]
	var buf [32]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return p
	}
	in, _ := wordTab.get(f)
	switch {
	case in.word&(wStop|wTitle|wHonorific) != 0 || in.addr != 0 || introStop(w) || nameReplyWord(w) || famousNames[w]:
		return p // nor a famous one: "tourists ask for Pushkin's museum"
	case in.isName() || latinSurnameWord(w):
	case upperAt(w) && !in.isName() && asciiLetters(w) && !allCapsWord(w):
	default:
		return p
	}
	if sc.covered(p, e, len(sc.out)) {
		return p // read by another rule already
	}
	if e == len(s) || strings.IndexByte(",.!?:;\n)'’", s[e]) >= 0 {
		return e
	}
	if s[e] != ' ' || e+1 >= len(s) {
		return p
	}
	switch s[e+1 : wordEnd(s, e+1)] {
	case "that", "to", "the", "we", "we'll", "we're", "i", "i'm", "i'll", "she", "he", "they", "it", "its", "it's", "our", "about",
		"at", "in", "from", "he's", "she's", "her", "his", "thanks", "thank", "and", "or", "(", "—", "-", "if", "when", "not", "please",
		"pls", "asap", "now", "today", "tomorrow", "there":
		return e
	}
	if s[e+1] == '(' {
		return e
	}
	return p
}

// toldNameRU returns the end of the name at p after a Russian verb of
// telling, asking or thanking, or p when none is there: "передай Вере, что
// сетку он не вернул", "скажи вере что джингл готов", "спросите орлову",
// "спасибо Артуру-Бэтмену". The word is a name the tables know, a
// surname's shape or, capitalized, an adjectival surname's; no pronoun,
// kin's or role's word ("скажи маме", "передайте курьеру"); a clause, a
// stop or the text's end follows it.
func (sc *scanner) toldNameRU(p int) int {
	s := sc.s
	if p >= len(s) || s[p] < 0xD0 {
		return p
	}
	e := wordEnd(s, p)
	if e-p < 6 || tellNotNameRU(s[p:e]) || allCapsWord(s[p:e]) {
		return p
	}
	w := s[p:e]
	var buf [48]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return p
	}
	in, _ := wordTab.get(f)
	if in.word&(wStop|wTitle|wHonorific) != 0 || in.addr != 0 || clauseWordRU(w) {
		return p
	}
	if !in.isName() && !lowerSurname(w) && !(upperAt(w) && adjSurname(w)) {
		return p // not a firm: "позвоните Сбербанку"
	}
	if sc.covered(p, e, len(sc.out)) {
		return p // read by another rule already
	}
	if e == len(s) || strings.IndexByte(",.!?:;\n)-", s[e]) >= 0 {
		return e
	}
	if s[e] != ' ' || e+1 >= len(s) {
		return p
	}
	switch s[e+1 : wordEnd(s, e+1)] {
	case "что", "чтоб", "чтобы", "пусть", "за", "привет", "спасибо", "и", "а", "—", "(", "когда", "если", "как", "где":
		return e
	}
	return p
}

// tellNotNameRU reports a word after "передай", "скажи" or "спасибо" that
// names no one: a pronoun, kin, a role or a word of the message.
func tellNotNameRU(w string) bool {
	switch w {
	case "мне", "ему", "ей", "им", "нам", "вам", "всем", "тебе", "вас", "тебя", "его", "её", "ее", "их", "всех", "кого", "кому", "себе",
		"маме", "папе", "мужу", "жене", "сыну", "дочке", "дочери", "брату", "сестре", "бабушке", "дедушке", "маму", "папу", "мужа",
		"жену", "клиенту", "клиентке", "курьеру", "водителю", "менеджеру", "оператору", "охране", "охраннику", "администратору",
		"директору", "бухгалтеру", "бухгалтерии", "диспетчеру", "мастеру", "врачу", "доктору", "ребятам", "коллегам", "привет",
		"пожалуйста", "большое", "огромное", "заранее", "сразу", "сейчас", "завтра", "сегодня", "потом", "тоже", "ещё", "еще",
		"пусть", "чтобы", "чтоб", "что", "когда", "спасибо", "всё", "все", "хозяину", "хозяйке", "соседу", "соседке", "начальнику",
		"руководителю", "шефу", "боссу", "продавцу", "кассиру", "повару", "няне", "учителю", "тренеру", "Маме", "Папе", "Спасибо",
		"Вам", "Всем", "Большое", "Огромное", "Пожалуйста", "сорян", "сорри", "извини", "извините":
		return true
	}
	return false
}

// cueWords reads, in one pass over the words of the text, the names that
// follow a self-introduction ("this is", "it's", "my name is"), "the" before
// a client's matter, and an order, a question or a thanks passed on
// ("tell", "ask for", "say hi to", "thanks to", "передай", "спросите",
// "спасибо"). It reports whether it emitted any.
func (sc *scanner) cueWords() bool {
	s := sc.s
	added := false
	var pw, ppw string // the two words before, when a single space parts each from the next
	ws := 0
	for ws < len(s) {
		sp := strings.IndexByte(s[ws:], ' ')
		if sp < 0 {
			break
		}
		sp += ws
		if nl := strings.LastIndexByte(s[ws:sp], '\n'); nl >= 0 {
			ws += nl + 1
			pw, ppw = "", ""
		}
		w := s[ws:sp]
		bare := trimOpeners(w)
		if len(pw) >= 6 && pw[0] >= 0xD0 && (ws == 0 || s[ws-1] == ' ') {
			added = sc.ambiguousNameRU(ws-1-len(pw), ws-1, bare, pw, ppw) || added
		} else if len(pw) >= 3 && pw[0] >= 'a' && pw[0] <= 'z' && (ws == 0 || s[ws-1] == ' ') {
			added = sc.ambiguousNameEN(ws-1-len(pw), ws-1, bare, pw, ppw) || added
		}
		next := byte(0) // the next word's first byte: the tests below each open with one
		if sp+1 < len(s) {
			next = s[sp+1]
		}
		if (next == 'y' || next == 0xD0) && len(w) >= 4 && w[len(w)-1] == ',' && (isUpperASCII(w[0]) || w[0] >= 0xD0) && startsAny(s[sp+1:], "your ", "ваш ", "ваша ", "ваше ", "ваши ", "вашу ", "вам ") {
			added = sc.addressedNameAt(ws, sp-1) || added
		} else if next == 'f' && len(w) >= 3 && isASCIILetter(w[0]) && !allCapsWord(w) && w != "min" && !englishMonth(w) && !(pw != "" && isDigit(pw[len(pw)-1])) &&
			pw != "the" && pw != "The" && pw != "a" && pw != "an" && pw != "latest" && pw != "team" && pw != "car" && pw != "Les" && pw != "your" &&
			startsAny(s[sp+1:], "from the ", "from our ", "from billing", "from accounting", "from reception", "from support") {
			added = sc.addressedNameAt(ws, sp) || added // "did hope from the pharmacy pick up", "is narspi from billing in today"
		}
		if next == 'i' && len(w) >= 3 && isASCIILetter(w[0]) && startsAny(s[sp+1:], "is off sick", "is off today", "is off tomorrow", "is off till", "is off until", "is on leave", "is on sick leave",
			"is on vacation", "is on holiday", "is on duty", "is on shift", "is on reception", "is on the till") {
			added = sc.shiftNameAt(ws, sp) || added
		} else if (next == 'o') && len(w) >= 5 && strings.HasSuffix(w, "'s") && isASCIILetter(w[0]) && startsAny(s[sp+1:], "off sick", "off today", "off tomorrow", "off on ", "on the till", "on leave") {
			added = sc.shiftNameAt(ws, sp-2) || added
		}
		switch bare {
		case "is":
			if pw == "this" {
				added = sc.introAt(ws-len("this "), "this is ") || added
			} else if pw == "name" && ppw == "my" {
				added = sc.introAt(ws-len("my name "), "my name is ") || added
			}
		case "it's", "its", "it’s", "i'm":
			if w == bare {
				added = sc.introAt(ws, bare+" ") || added
			}
		case "am":
			if pw == "i" {
				added = sc.introAt(ws-len("i "), "i am ") || added
			}
		case "name's":
			if pw == "my" {
				added = sc.introAt(ws-len("my "), "my name's ") || added
			}
		case "это", "Это":
			if ok, greeted := introOpensTurnRU(s, ws); ok {
				added = sc.introAtRU(sp+1, greeted, staffTurn(s, ws)) || added
			}
		case "Фамилия:", "ФАМИЛИЯ:", "фамилия:", "Surname:", "SURNAME:", "name:", "Name:", "NAME:":
			sc.surnameFieldAt(sp + 1)
		case "the":
			added = sc.theAt(sp+1) || added
		case "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss":
			added = sc.honorificSurnameAt(sp+1) || added
		case "holder", "Holder", "holder:", "Holder:", "cardholder", "Cardholder", "cardholder:", "Cardholder:", "CARDHOLDER:":
			if pw != "grave" && pw != "policy" && pw != "licence" && pw != "license" {
				added = sc.holderNameAt(sp+1) || added
			}
		case "ТСЖ", "СНТ", "ЖСК", "ТСН", "ГСК":
			switch pw {
			case "Председатель", "председатель", "председателя", "председателю", "председателем", "Председателя":
				added = sc.chairNameAt(sp+1) || added
			}
		case "client", "Client", "customer", "Customer", "guest", "Guest", "patient", "Patient":
			if pw != "corporate" && pw != "Corporate" && pw != "business" && pw != "Business" && clientWord(w) {
				added = sc.clientNameAt(sp+1) || added
			}
		case "tell", "Tell":
			added = sc.toldAt(sp+1) || added
		case "for":
			if pw == "ask" {
				added = sc.toldAt(sp+1) || added
			}
		case "to":
			if pw == "hi" && ppw == "say" || pw == "thanks" || pw == "Thanks" {
				added = sc.toldAt(sp+1) || added
			}
		case "передай", "передайте", "скажи", "скажите", "напиши", "напишите", "позвони", "позвоните", "спроси", "спросите",
			"попроси", "попросите", "спасибо", "Передай", "Передайте", "Скажи", "Скажите", "Напиши", "Напишите", "Позвони",
			"Позвоните", "Спроси", "Спросите", "Попроси", "Попросите", "Спасибо":
			if e := sc.toldNameRU(sp + 1); e > sp+1 {
				sc.emit(sp+1, e, tPerson, 0.75, 0)
				added = true
			}
		default:
			if len(w) > 4 && w[len(w)-1] == ':' && sp+1 < len(s) && s[sp+1] != ' ' {
				sc.addressFieldAt(sp + 1) // "Home address: 14 Glenageary Park, Dún Laoghaire"
				if ws == 0 || s[ws-1] == '\n' {
					added = sc.speakerNameAt(ws, sp-1) || added
				}
			}
			if len(bare) >= 4 && bare[0] >= 0xD0 && vocativeEnding(bare) && (ws == 0 || s[ws-1] == '\n' || ws >= 2 && s[ws-2] == ':' || vocativeOpener(pw)) {
				if sc.vocativeAt(sp-len(bare), sp) {
					added = true
					break
				}
			}
			if tail := bare[max(0, len(bare)-10):]; len(bare) >= 7 && (strings.Contains(tail, "ч") || strings.Contains(tail, "ch")) &&
				lowerLetterAt(bare, 0) && lonePatronymic(bare) && answerNameWord(bare) && pw != "на" && pw != "on" && pw != "учебника" &&
				!(pw == "у" && (ppw == "база" || ppw == "базе" || ppw == "домик" || ppw == "дача" || ppw == "гараж")) { // not a place named after him: "база у палыча"
				added = sc.patronymicNick(sp-len(bare), sp) || added
			}
		}
		if ws > 0 && s[ws-1] == ' ' || ws == 0 {
			ppw, pw = pw, w
		} else {
			ppw, pw = "", w
		}
		ws = sp + 1
	}
	return added
}

// toldAt emits the name at p that toldName reads.
func (sc *scanner) toldAt(p int) bool {
	if p >= len(sc.s) {
		return false
	}
	if e := sc.toldName(p); e > p {
		sc.emit(p, e, tPerson, 0.75, 0)
		return true
	}
	return false
}

// lonePatronymic reports a lower-case patronymic said alone as a man's
// nickname, in any case, in Cyrillic or Latin letters: "петрович", "у
// петровича", "михалыч", "кузьмичу", "mikhalych", "petrovich"; not
// "кирпич", "москвич", "which", "sandwich".
func lonePatronymic(w string) bool {
	var buf [48]byte
	if f, ok := foldInto(buf[:0], w); ok && colloquialPatronymic(f) {
		return true
	}
	if w[0] < 0x80 {
		return endsAny(w, "ovich", "evich", "ovicha", "evicha")
	}
	for _, end := range [...]string{"ович", "евич", "овича", "евича", "овичу", "евичу", "овичем", "евичем"} {
		if strings.HasSuffix(w, end) {
			return len(w)-len(end) >= 6 // three letters or more before it
		}
	}
	return false
}

// patronymicNick emits a colloquial patronymic at s[a:e] as a person, or
// widens the first name right before it over it: "ключи у петровича",
// "виктор палыч".
func (sc *scanner) patronymicNick(a, e int) bool {
	if sc.covered(a, e, len(sc.out)) {
		return false // read by another rule already
	}
	for k := range sc.out {
		if x := &sc.out[k]; x.typ == tPerson && x.end == a-1 && sc.s[a-1] == ' ' {
			x.end = e // "виктор палыч"
			return true
		}
	}
	s := sc.s
	if w := s[a:e]; strings.HasSuffix(w, "вич") || strings.HasSuffix(w, "vich") {
		// A whole name read out around it, the first name before it: "галиев минтимер хасанович", "болот маратович кыдыев".
		for n := 0; n < 2 && a >= 2 && s[a-1] == ' '; n++ {
			b := wordStartBefore(s, a-1)
			if b < 0 || s[b:a-1] == "" || !lowerLetterAt(s, b) || !answerNameWord(s[b:a-1]) || clauseWordRU(s[b:a-1]) || sc.covered(b, a-1, len(sc.out)) {
				break
			}
			in := tableInfo(s[b : a-1])
			if n == 0 && in.flags&(fRuFirst|fEnFirst) == 0 || in.word != 0 || in.addr != 0 {
				break // a first name right before it, a surname or a name no table knows before that
			}
			a = b
		}
		if e+1 < len(s) && s[e] == ' ' {
			if q := wordEnd(s, e+1); q > e+1 && (tableSurname(s[e+1:q]) || lowerSurname(s[e+1:q])) && !sc.covered(e+1, q, len(sc.out)) {
				e = q
			}
		}
	}
	sc.emit(a, e, tPerson, 0.75, 0)
	return true
}

// vocativeAt emits a first name cut to the vocative, the word at s[a:sp]
// with the stops after it, that calls someone where the message or the
// turn opens: "Оль, давай", "лёш ты ключи куда дел", "привет тань"; not one
// before a capitalized word, which may be the name's surname ("Ясь
// Кухарчик"). The caller has seen its ending (vocativeEnding). It reports
// whether it emitted one.
func (sc *scanner) vocativeAt(a, sp int) bool {
	s := sc.s
	core := strings.TrimRight(s[a:sp], ",!?).")
	e := a + len(core)
	if len(core) < 4 || len(core) > 14 || e == sp && upperAt(s[sp+1:]) || !truncatedVocative(core) || sc.covered(a, e, len(sc.out)) {
		return false
	}
	sc.emit(a, e, tPerson, 0.75, 0)
	return true
}

// vocativeEnding reports a word that ends, before its stops, in "ь", "ш"
// or "ж", as a name cut to the vocative does: "Оль,", "саш", "лёш!".
func vocativeEnding(w string) bool {
	e := len(w)
	for e > 0 && strings.IndexByte(",!?).", w[e-1]) >= 0 {
		e--
	}
	if e < 2 {
		return false
	}
	switch w[e-2 : e] {
	case "ь", "ш", "ж":
		return true
	}
	return false
}

// truncatedVocative reports a Russian first name cut to the vocative that
// speech uses to call someone: "Оль" (Оля), "саш" (Саша), "тань" (Таня),
// "ксюш" (Ксюша), "танюш" (Танюша). The full name, with "а" or, for a cut
// ending in "ь", "я" in place of it, must be a first name the tables know.
func truncatedVocative(w string) bool {
	var buf [40]byte
	f, ok := foldInto(buf[:0], w)
	if !ok || len(f) < 4 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ь"):
		f = append(f[:len(f)-len("ь")], "я"...)
	case strings.HasSuffix(w, "ш") || strings.HasSuffix(w, "ж"):
		f = append(f, "а"...)
	default:
		return false
	}
	in, _ := wordTab.get(f)
	return in.flags&fRuFirst != 0 && in.cas == 0
}

// vocativeOpener reports a word before which a name called is the
// message's own: "привет тань", "слушай лёш", "ну оль".
func vocativeOpener(w string) bool {
	switch w {
	case "привет", "Привет", "слушай", "Слушай", "ну", "Ну", "ой", "Ой", "спасибо", "Спасибо", "да", "Да", "ок", "Ок", "давай",
		"Давай", "эй", "Эй", "короче", "Короче", "здравствуй", "Здравствуй":
		return true
	}
	return false
}

// introOpensTurnRU reports "это" at k that opens what a Russian caller says
// on the line: after a speaker's label, a greeting, fillers, or the first
// name and patronymic of whom it greets ("клиент: добрый это", "алло
// гульшат это", "бригадир алло виктор палыч это").
func introOpensTurnRU(s string, k int) (ok, greeted bool) {
	ls := lineStart(s, k, 80)
	if k-ls >= 79 {
		return false, false
	}
	p := ls
	if h := nameAnswerHead(s, ls, k); h > 0 && h <= k {
		p, greeted = h, true
	}
	for p < k {
		greeted = true
		e := wordEnd(s, p)
		switch w := s[p:e]; w {
		case "привет", "здравствуйте", "здрасьте", "здрасте", "добрый", "доброе", "доброго", "день", "вечер", "утро", "утра", "дня",
			"алло", "ало", "да", "ну", "вот", "короче", "слушай", "слушайте", "а", "ой", "Привет", "Здравствуйте", "Добрый", "Алло", "Да":
		default:
			var buf [40]byte
			f, ok := foldInto(buf[:0], w)
			if !ok {
				return false, false
			}
			in, _ := wordTab.get(f)
			if in.flags&fRuFirst == 0 && !colloquialPatronymic(f) && !endsAny(w, "вич", "вна", "ична") &&
				!(p == ls && e < k && (strings.HasPrefix(s[e:], " алло ") || strings.HasPrefix(s[e:], " здравствуйте ") || strings.HasPrefix(s[e:], " добрый "))) {
				return false, false // whom the caller greets: "алло гульшат это марсель", "виктор палыч это мамедов"; a label first: "бригадир алло"
			}
		}
		p = e
		for p < k && (s[p] == ' ' || s[p] == ',') {
			p++
		}
	}
	return true, greeted
}

// introAtRU emits the name a Russian caller gives after "это" at p: a
// first name or a surname the tables know, or a surname's shape, with a
// second such word after it: "это абдуллаев по поводу лицензии", "это
// марсель я у дома", "это пак сон ми". A word that goes on with the call
// ("по", "я", "с", "из", "звоню") or a stop ends it. A name that is also
// a word needs a greeting or a speaker's label before "это" (not "это
// роман из серии"); the firm's side needs a first name (not "оператор:
// это гатчина").
func (sc *scanner) introAtRU(p int, greeted, staff bool) bool {
	s := sc.s
	a, e, words := p, p, 0
	for words < 3 && e < len(s) {
		q := wordEnd(s, e)
		w := s[e:q]
		if q == e || !lowerLetterAt(s, e) || nameAnswerStop(w) || clauseWordRU(w) || nameReplyWord(w) || isFiller(w) || w == "папин" || w == "мамин" {
			break // nor "это снова я", "это папин"
		}
		if words > 0 && strings.Contains(s[a:e], w) {
			return false // a name said twice, "тарас тарас бондаренко", which the tables' rules read
		}
		var buf [48]byte
		f, ok := foldInto(buf[:0], w)
		if !ok {
			break
		}
		in, _ := wordTab.get(f)
		if in.word&(wStop|wTitle|wHonorific) != 0 || in.addr != 0 || !(in.isName() || lowerSurname(w) || words > 0 && len(w) <= 6) {
			break // a short word after a name may be a Korean name's part: "пак сон ми"
		}
		if words == 0 && (in.flags&fAmbig != 0 && !greeted || staff && in.flags&fRuFirst == 0) {
			return false
		}
		words++
		e = q
		if e >= len(s) || s[e] != ' ' {
			break
		}
		e++
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	if words == 0 || e < len(s) && strings.IndexByte(" \n,.!)", s[e]) < 0 {
		return false // nor an operator's question: "это гатчина?"
	}
	if q := wordEnd(s, e+1); e < len(s) && s[e] == ' ' && e+1 < len(s) && !introBreakRU(s[e+1:q]) {
		return false // the name must close its clause or go on with the call
	}
	score, persons := sc.personScore(a, e, 0.75)
	if !persons {
		return false
	}
	sc.emit(a, e, tPerson, score, 0)
	sc.lowerNames = true
	return true
}

// introBreakRU reports a word after a Russian caller's name that goes on
// with the call: "это абдуллаев по поводу", "это марсель я у дома".
func introBreakRU(w string) bool {
	switch w {
	case "по", "я", "с", "со", "из", "мне", "звоню", "насчёт", "насчет", "от", "у", "мы", "вот", "хочу", "вам", "вас", "ваш", "ваша",
		"тут", "здесь", "опять", "снова", "ещё", "еще", "который", "которая", "мама", "папа", "жена", "муж", "дочка", "сын", "брат",
		"сестра", "слушай", "слушайте", "короче", "беспокою", "звонил", "звонила", "пишу", "ну", "из-за", "подскажите", "скажите":
		return true
	}
	return false
}

// trimOpeners drops the opening brackets and quotes before a word: "(the",
// "«Передай".
func trimOpeners(w string) string {
	for {
		switch {
		case strings.HasPrefix(w, "(") || strings.HasPrefix(w, "\""):
			w = w[1:]
		case strings.HasPrefix(w, "«"):
			w = w[len("«"):]
		default:
			return w
		}
	}
}

// signedInitials emits the initials that sign a message at its end: "… до
// обеда. — А.К.", "Thanks, J.H.", "Получила ваш чек, спасибо. Т.С.",
// "Approved by O.R." Two capitals, each with its stop, perhaps a space
// between, after a dash, a stop, a comma or a line's start.
func (sc *scanner) signedInitials() {
	s := strings.TrimRight(sc.s, " \n\r")
	e := len(s)
	if e < 6 || s[e-1] != '.' {
		return
	}
	p := e - 1
	for n := 0; n < 2; n++ {
		if p < 1 {
			return
		}
		r, sz := utf8.DecodeLastRuneInString(s[:p])
		if !unicode.IsUpper(r) {
			return
		}
		p -= sz
		if n == 0 {
			if p > 0 && s[p-1] == ' ' {
				p--
			}
			if p < 1 || s[p-1] != '.' {
				return
			}
			p--
		}
	}
	if w := s[p:e]; p < 2 || sc.covered(p, e, len(sc.out)) || w == "М.П." || w == "М. П." || w == "A.Ş." || w == "A.S." && strings.HasSuffix(s[:p], "San. ") {
		return // a seal's place, "М.П.", or a firm's form, "Kimya San. A.Ş."
	}
	switch {
	case s[p-1] == '\n', strings.HasSuffix(s[:p], "— "), strings.HasSuffix(s[:p], "– "), strings.HasSuffix(s[:p], "- "),
		strings.HasSuffix(s[:p], ". "), strings.HasSuffix(s[:p], "! "), strings.HasSuffix(s[:p], ", "), strings.HasSuffix(s[:p], " by "),
		strings.HasSuffix(s[:p], ": "):
		sc.emit(p, e, tPerson, 0.75, 0)
	}
}

// surnameFieldAt emits the value at a of a form's surname field that no
// other rule read, short ones in capitals above all: "Фамилия: ЦОЙ",
// "Фамилия / Surname: ЮН", "Surname: LI". The value is one to three
// capitalized words of letters and closes its line.
func (sc *scanner) surnameFieldAt(a int) {
	s := sc.s
	ls := lineStart(s, a, 48)
	if a-ls < 4 || !surnameLabel(s[ls:a-2]) {
		return
	}
	e := a
	if k := strings.IndexByte(s[a:], '\n'); k >= 0 {
		e += k
	} else {
		e = len(s)
	}
	for e > a && (s[e-1] == ' ' || s[e-1] == '\r') {
		e--
	}
	if v := s[a:e]; e > a && upperAt(v) && !sc.covered(a, e, len(sc.out)) && fieldNameWords(v) && v != "Test" && v != "TEST" && v != "Тест" {
		sc.emit(a, e, tPerson, 0.8, 0)
	}
}

// surnameLabel reports a form's label for a surname: "Фамилия", "Фамилия /
// Surname", "Last name", "SURNAME".
func surnameLabel(l string) bool {
	switch strings.TrimSpace(l) {
	case "Фамилия", "ФАМИЛИЯ", "фамилия", "Surname", "SURNAME", "Last name", "Last Name", "LAST NAME", "Family name", "Family Name",
		"Фамилия / Surname", "ФАМИЛИЯ / SURNAME", "Surname / Фамилия", "Фамилия/Surname", "Фамилия (лат.)", "Surname (as in passport)":
		return true
	}
	return false
}

// fieldNameWords reports one to three words of letters, with a hyphen or
// an apostrophe inside, each opening with a capital: "ЦОЙ", "Ким",
// "AL-SAYED", "O'NEILL".
func fieldNameWords(v string) bool {
	words := 0
	for _, w := range strings.Fields(v) {
		if words++; words > 3 || !upperAt(w) {
			return false
		}
		for k := 0; k < len(w); {
			r, sz := utf8.DecodeRuneInString(w[k:])
			if !unicode.IsLetter(r) && !(k > 0 && (r == '-' || r == '\'' || r == '’')) {
				return false
			}
			k += sz
		}
	}
	return words > 0
}

// lowerSurnameBare reports the lower-case word s[i:j], a surname by its
// ending ("-енко", "-чук", "-швили", "-дзе") or by the tables, as a
// surname said alone: not a street, a metro station or a hospital named
// after someone ("на дыбенко 12", "по улице дуси ковальчук", "в бурденко"),
// not before an e-mail spelled out, nor part of a login.
func lowerSurnameBare(s string, i, j int) bool {
	if i > 0 && (s[i-1] == '.' || s[i-1] == '_' || s[i-1] == '@' || s[i-1] == '-') || j < len(s) && (s[j] == '.' || s[j] == '_' || s[j] == '@') && j+1 < len(s) && s[j+1] != ' ' && s[j+1] != '\n' {
		return false
	}
	switch s[i:j] {
	case "фламенко", "каучук", "нечипоренко", "чёрных", "черных", "буровой", "планка", "планку": // a dance, rubber, a urine test, words
		return false
	}
	var buf [24]byte
	pk, pe := prevWordBounds(s, i)
	if w, _ := foldInto(buf[:0], s[pk:pe]); streetBeforeSurname(string(w)) {
		return false
	}
	if streetBeforeSurname(string(prevWord(s, pk, buf[:0]))) {
		return false // a street named by a whole name: "по улице дуси ковальчук"
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == ',') {
		k++
	}
	if k > j && k < len(s) && (isDigit(s[k]) || strings.HasPrefix(s[k:], "дом ")) {
		return false // a street and its house: "дыбенко 12"
	} else if k > j {
		e := k
		for e+1 < len(s) && (s[e] == 0xD0 || s[e] == 0xD1) {
			e += 2
		}
		if _, ok := spokenWords[s[k:e]]; ok && !(prevWordIn(s, i, "у", "от", "к", "для") && smallCount(s[k:e])) {
			return false // "с гаража, пархоменко сто двадцать"; but "забираем у тимошенко два ковра"
		}
		switch s[k:e] {
		case "собака", "тире", "точка", "подчёркивание", "дефис", "через":
			return false // an e-mail spelled out: "белова собака мейл точка ру", "соколов через о"
		}
	}
	return true
}

// smallCount reports a count of things said in words ("два ковра"), not a
// house's number.
func smallCount(w string) bool {
	switch w {
	case "один", "одна", "одну", "два", "две", "три", "четыре", "пять":
		return true
	}
	return false
}

// streetBeforeSurname reports a word before a surname that makes it a
// street's, a station's or a hospital's name: "на дыбенко", "имени
// бурденко", "старое название леселидзе".
func streetBeforeSurname(w string) bool {
	switch w {
	case "на", "в", "во", "ул", "улица", "улице", "улицы", "улицу", "пр", "проспект", "пер", "переулок", "метро", "станции", "станция", "им", "имени", "пл",
		"площадь", "наб", "б-р", "бульвар", "больница", "больницу", "больнице", "госпиталь", "госпитале", "название", "названию", "нии",
		"гарри", "фредди", "шерлока", "адмирал", "маршала", "теплоход", "картина", "картину", "учебника", "зал", "компания", "режим", "стороны", "пересечении",
		"посёлок", "поселок", "станица", "хутор", "село", "деревня", "город", "школа", "кузница", "поле", "рояль":
		// a character, a ship, a painter's work, a hall: "гарри поттера", "адмирал макаров", "картина серова"
		return true
	}
	return false
}

// lowerLine reports the line that holds i, or its turn after a speaker's
// label, opening in lower case, as chats and transcripts write names:
// "клиент: да это гришин", "— ну короче ковалев приедет".
func lowerLine(s string, i int) bool {
	k := lineStart(s, i, 400)
	if c := strings.Index(s[k:min(i, k+25)], ": "); c >= 0 {
		k += c + 2
	}
	for k < i && (s[k] == ' ' || s[k] == '-' || s[k] == '>' || strings.HasPrefix(s[k:], "—")) {
		if s[k] == 0xE2 {
			k += len("—")
		} else {
			k++
		}
	}
	sz, up := letterAt(s, k)
	return sz > 0 && !up
}

// lowerTableSurname reports a lower-case word the tables know as a surname
// (s[i:j]) as a person's name where it stands: not a famous figure
// ("эпитафию из пушкина"), not a town or a street in the genitive after
// "с", "до", "из" ("с малахова", "до ефремова"), not a plural noun after a
// number or "много" ("5 рожков", "много комаров").
func lowerTableSurname(s string, i, j int) bool {
	var buf [48]byte
	if j-i <= len(buf) && (s[i] == 0xD0 || s[i] == 0xD1) {
		b := append(buf[:0], s[i:j]...)
		switch {
		case b[0] == 0xD0 && b[1] >= 0xB0: // а–п
			b[1] -= 0x20
		case b[0] == 0xD1 && b[1] <= 0x8F: // р–я
			b[0], b[1] = 0xD0, b[1]+0x20
		case b[0] == 0xD1 && b[1] == 0x91: // ё
			b[0], b[1] = 0xD0, 0x81
		}
		if famousNames[string(b)] {
			return false
		}
	}
	k, kj := prevWordBounds(s, i)
	if k > 0 && k < i && isDigit(s[k-1]) || k >= 2 && s[k-1] == ' ' && isDigit(s[k-2]) {
		return false
	}
	var pb [24]byte
	pw, _ := foldInto(pb[:0], s[k:kj])
	switch string(pw) {
	case "много", "дедов", "лома", "отходов", "комплектов", "паллета", "василий":
		return false
	case "с", "со", "до", "из":
		return !endsAny(s[i:j], "ова", "ева", "ёва", "ина", "ына")
	case "от", "против":
		return !endsAny(s[i:j], "ов", "ев", "ёв") // a plural: "средство от комаров"
	case "у":
		if prevWordIn(s, k, "как") {
			return false // a likeness: "хочу как у шараповой"
		}
	}
	return true
}

// latinFamous reports a lower-case Latin word that names a famous figure,
// or a street by one in the genitive: "turgenev", "turgeneva".
func latinFamous(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	b := append(buf[:0], w...)
	b[0] -= 'a' - 'A'
	return famousNames[string(b)] || b[len(b)-1] == 'a' && famousNames[string(b[:len(b)-1])]
}

// latinNamesBefore returns where the lower-case Latin given name and
// patronymic before a surname at i begin ("khabir valeev", "anna sergeevna
// petrova"), or i; not before lo.
func latinNamesBefore(s string, i, lo int) int {
	for i >= 2 && s[i-1] == ' ' && s[i-2] >= 'a' && s[i-2] <= 'z' {
		k := i - 1
		for k > 0 && s[k-1] >= 'a' && s[k-1] <= 'z' {
			k--
		}
		if k < lo || i-1-k < 3 || k > 0 && isAlnum(s[k-1]) {
			break
		}
		w := s[k : i-1]
		if in := tableInfo(w); !(in.flags&(fEnFirst|fRuFirst) != 0 && in.word == 0 && in.flags&fAmbig == 0 || endsAny(w, "ovna", "evna", "ovich", "evich", "ichna")) {
			break
		}
		i = k
	}
	return i
}

// lowerSurnameBareEN is lowerSurnameBare for a lower-case Latin word: not
// part of a login, a path or an e-mail read out ("ivanov dot anna at
// mail"), nor a street's name ("ulitsa lermontova 5", "sadovaya street").
func lowerSurnameBareEN(s string, i, j int) bool {
	for _, k := range [...]int{i - 1, j} {
		if k >= 0 && k < len(s) && (s[k] == '.' && k == i-1 || s[k] == '_' || s[k] == '@' || s[k] == '/' || s[k] == '-' || s[k] == '=' || s[k] == '|' || isDigit(s[k])) {
			return false
		}
	}
	if j+1 < len(s) && s[j] == '.' && isAlnum(s[j+1]) || s[i:j] == "geneva" {
		return false
	}
	var buf [24]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "street", "st", "ulitsa", "ul", "prospekt", "pr", "avenue", "ave", "lane", "pereulok", "per", "bulvar", "on", "metro", "station", "hotel", "village", "town", "named",
		"user", "login", "at", "near", "in", "bolshaya", "malaya", "the", "a", "of", "room", "from", "to", "captain", "kapitan", "admiral", "called", "dolina", "professor", "dot":
		return false
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == ',') {
		k++
	}
	if k > j {
		e := k
		for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
			e++
		}
		switch s[k:e] {
		case "street", "st", "ulitsa", "ul", "prospekt", "avenue", "ave", "lane", "pereulok", "bulvar", "dot", "at", "underscore", "dash", "hotel", "village", "district",
			"centre", "center", "branch", "station", "kiosk", "medal", "production", "house", "building", "flat", "apartment", "apt", "boulevard", "square", "embankment",
			"highway", "brand", "and":
			return false
		}
		if _, ok := spokenWords[s[k:e]]; ok || k < len(s) && isDigit(s[k]) {
			return false // a street and its house: "mendeleeva one three four", "shcherbakova 4 flat 77"
		}
	}
	return true
}

// ambiguousNameRU emits the lower-case word s[p:e] (pw), a first name that
// is also a word ("вера", "надежда", "роман", "слава", "лев", "роза"), when
// the word after it (next) is a verb or an address only a person takes
// ("вера просила напомнить", "лев ты где", "надежда ищет ключ"), or the
// word before it (ppw) names a kin or a job ("сын лев", "жена надежда",
// "мастер роман"). It reports whether it emitted.
func (sc *scanner) ambiguousNameRU(p, e int, next, pw, ppw string) bool {
	if p < 0 || !lowerLetterAt(pw, 0) || sc.covered(p, e, len(sc.out)) {
		return false
	}
	if !personVerbRU(strings.TrimRight(next, ",.!?")) && !kinBeforeRU(ppw) {
		return false
	}
	switch ppw {
	case "за", "по", "в", "во", "на", "с", "к", "о", "об", "и", "у": // "за ним придёт", "в питере ждёт", "дом и лад"
		return false
	}
	switch pw {
	case "бренд", "олимпиада", "ханум", "жене", "ним", "ней":
		return false
	}
	if in := tableInfo(pw); in.flags&fRuFirst == 0 || in.flags&fAmbig == 0 && in.word == 0 || in.word&wStop != 0 {
		return false // not a first name, or one the scan reads unaided
	}
	end, ok := sc.lowerName(p, e, true)
	if !ok {
		return false
	}
	sc.emit(p, end, tPerson, 0.75, 0)
	sc.lowerNames = true
	return true
}

// personVerbRU reports a word after a name that only a person does or is
// asked: "вера просила", "лев ты где", "надежда ищет".
func personVerbRU(w string) bool {
	switch w {
	case "ты", "просила", "просил", "сказала", "сказал", "ищет", "звонила", "звонил", "пришла", "пришёл", "придёт", "приедет", "говорит",
		"ждёт", "уехала", "уехал", "заболела", "заболел", "позвонит", "передала", "передал", "спрашивала", "спрашивал", "написала",
		"написал", "ответила", "ответил", "здравствуйте", "привет", "приходила", "приходил", "вышла", "вышел", "забрала", "забрал",
		"хочет", "знает", "сделала", "сделал", "проверь", "посмотри", "глянь", "зайди", "подойди", "позвони", "напиши", "скинь", "ведёт",
		"звонит", "спрашивает", "просит", "попросила", "попросил", "уволилась", "уволился", "опоздает", "отпросилась", "отпросился":
		return true
	}
	return false
}

// kinBeforeRU reports a kin or a job before a first name: "сын лев",
// "жена надежда", "мастер роман".
func kinBeforeRU(w string) bool {
	switch w {
	case "сын", "сына", "дочь", "дочка", "дочку", "жена", "жену", "муж", "мужа", "брат", "брата", "сестра", "сестру", "мама", "папа",
		"мастер", "мастеру", "мастера", "тренер", "тренера", "студентка", "студент", "внук", "внучка", "бабушка", "дедушка", "тётя",
		"дядя", "коллега", "сотрудница", "сотрудник", "соседка", "сосед":
		return true
	}
	return false
}

// ambiguousNameEN is ambiguousNameRU for a lower-case Latin first name that
// is also a word ("grace", "hope", "rose", "will", "mark"): "rose said the
// order is short", "vera is sick again", "my assistant grace".
func (sc *scanner) ambiguousNameEN(p, e int, next, pw, ppw string) bool {
	if p < 0 || sc.covered(p, e, len(sc.out)) {
		return false
	}
	next = strings.TrimRight(next, ",.!?")
	switch pw {
	case "will", "said", "may", "can", "must", "shall", "says", "daisy": // "my husband will call", "the courier said he", a poodle
		if !personVerbEN(next) || pw == "said" || pw == "says" {
			return false
		}
	}
	if !personVerbEN(next) && !kinBeforeEN(ppw) {
		return false
	}
	if in := tableInfo(pw); in.flags&(fEnFirst|fRuFirst) == 0 || in.flags&fAmbig == 0 && in.word == 0 || in.word&wStop != 0 {
		return false
	}
	switch strings.ToLower(ppw) {
	case "i", "we", "they", "you", "the", "a", "of", "to", "and", "in", "on", "at", "for", "with", "his", "her", "my", "our", "your", "their", "its", "this", "that",
		"dog", "cat", "beagle", "poodle", "puppy", "kitten", "horse", "pony", "parrot", "dispatchers":
		return false // "i hope said", "the bill says", "our beagle max needs"
	}
	if strings.HasSuffix(ppw, "'s") || ppw != "" && isDigit(ppw[len(ppw)-1]) || pw == "bill" || pw == "min" {
		return false // "my mother's will needs", "3 min partner enquiry"
	}
	end, ok := sc.lowerName(p, e, true)
	if !ok {
		return false
	}
	if personVerbEN(next) {
		end = e // the verb is no surname: "grace called"
	}
	sc.emit(p, end, tPerson, 0.75, 0)
	sc.lowerNames = true
	return true
}

// personVerbEN reports a word after a name that only a person does: "rose
// said", "vera is sick" is not among them ("is" opens too much).
func personVerbEN(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "called", "texted", "wants", "wanted", "needs", "thinks", "knows", "left", "came", "replied",
		"promised", "emailed", "messaged", "booked", "signed", "logged", "phoned", "confirmed", "mentioned", "told", "quit", "forgot":
		return true
	}
	return false
}

// kinBeforeEN reports a kin or a job before a first name: "my husband
// will", "my assistant grace", "instructor hope".
func kinBeforeEN(w string) bool {
	switch w {
	case "husband", "wife", "son", "daughter", "assistant", "instructor", "neighbour", "neighbor", "brother", "sister", "mum", "mom", "dad",
		"colleague", "teacher", "nurse", "driver", "courier", "manager", "leader", "receptionist", "trainer", "boss", "friend", "granddaughter", "grandson":
		return true
	}
	return false
}

// honorificSurnameAt emits the capitalized Latin word at p after an
// English honorific, whatever else the word may be (a city, a word, a
// surname the tables do not know): "Dear Mr. Rostov,", "See you tomorrow,
// Dr Orel!", "Mr. Petrov's INN". Not a brand named so (Dr. Oetker, Dr
// Martens, Mr Proper) nor "Mr and Mrs".
func (sc *scanner) honorificSurnameAt(p int) bool {
	s := sc.s
	if p >= len(s) || !isUpperASCII(s[p]) {
		return false
	}
	e := p + 1
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] == '-' && e+1 < len(s) && isUpperASCII(s[e+1]) || s[e] == '\'' && e+1 < len(s) && isUpperASCII(s[e+1])) {
		e++
	}
	if e-p < 2 || e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80) || sc.covered(p, e, len(sc.out)) || insideQuotes(s, p) {
		return false // "Miss Dior", "Mr Whiskers" in quotes
	}
	if e+2 < len(s) && s[e] == ' ' && (isUpperASCII(s[e+1]) || s[e+1] == '&') || strings.HasSuffix(strings.TrimRight(s[:p], ". "), "&") {
		return false // a firm or a pair of characters: "Dr. Ivanov Medical Center", "Dr. Jekyll & Mr. Hyde"
	}
	switch s[p:e] {
	case "And", "The", "Pepper", "Oetker", "Martens", "Proper", "Bean", "Web", "Hauschka", "Scholl", "Who", "Dre", "President", "Director", "Chairman", "Muscle", "Freeze",
		"Mom", "Kipling", "Monopoly", // brands
		"House", "Hudson", "Watson", "Hyde", "Jekyll", "Zhivago", "Strange", "Doolittle", "Aibolit", "Evil", "No", "Potato", "Holmes": // characters
		return false
	}
	sc.emit(p, e, tPerson, 0.8, 0)
	return true
}

// chairNameAt emits the capitalized surname (and the given name after it)
// at p that follows a partnership's chairman and the partnership: "Председатель
// ТСЖ Лаптев уже написал", "председатель ТСЖ «Ромашка» Дудко".
func (sc *scanner) chairNameAt(p int) bool {
	s := sc.s
	if strings.HasPrefix(s[min(p, len(s)):], "«") {
		k := strings.Index(s[p:], "» ")
		if k < 0 || k > 60 {
			return false
		}
		p += k + len("» ")
	}
	if p >= len(s) || !upperAt(s[p:]) || s[p] < 0xD0 {
		return false
	}
	e := wordEnd(s, p)
	if in := tableInfo(s[p:e]); sc.covered(p, e, len(sc.out)) || in.flags&(fRuSurname|fRuFirst|fAmbig) == 0 && (in.word != 0 || in.addr != 0) {
		return false // a word: "председатель ТСЖ Сообщил"; a name or no word at all: "Дудко"
	}
	if e+1 < len(s) && s[e] == ' ' && upperAt(s[e+1:]) {
		if q := wordEnd(s, e+1); tableInfo(s[e+1:q]).flags&fRuFirst != 0 {
			e = q // "Председатель ТСЖ Новикова Евдокия"
		}
	}
	sc.emit(p, e, tPerson, 0.8, 0)
	return true
}

// addressedNameAt emits the capitalized first name s[p:e] that a message
// addresses before "your" or "ваш", also one that is a word: "Koleso: Hope,
// your car is ready", "Reminder: Grace, your loan is due", "Надежда, ваш
// заказ готов".
func (sc *scanner) addressedNameAt(p, e int) bool {
	s := sc.s
	if e-p < 3 || sc.covered(p, e, len(sc.out)) || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '-' || s[p-1] == '\'' || s[p-1] == '"') {
		return false
	}
	in := tableInfo(s[p:e])
	if in.flags&(fEnFirst|fRuFirst) == 0 || in.word&(wStop|wTitle) != 0 || in.addr != 0 {
		return false
	}
	sc.emit(p, e, tPerson, 0.75, 0)
	return true
}

// shiftNameAt emits the word s[p:e] before a roster's "is off sick", "is
// on leave", "'s on the till": a colleague, by first name, surname or a
// nickname no table knows ("Hope is off sick", "Baker is on leave until
// Monday", "Batya is off tomorrow"); not a word, unless the tables know it
// as a name too.
func (sc *scanner) shiftNameAt(p, e int) bool {
	s := sc.s
	if e-p < 3 || sc.covered(p, e, len(sc.out)) || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '-' || s[p-1] == '\'' || s[p-1] == '"' || s[p-1] == '.') {
		return false
	}
	for k := p; k < e; k++ {
		if !isASCIILetter(s[k]) {
			return false
		}
	}
	switch s[p:e] {
	case "She", "He", "Who", "Whoever", "Everyone", "Everybody", "Nobody", "Someone", "Somebody", "This", "That", "They", "It", "Luna":
		return false // "She's off sick", "Who is on duty tonight?"; a dog in season
	}
	in := tableInfo(s[p:e])
	if in.word&(wStop|wTitle) != 0 || in.addr != 0 || allCapsWord(s[p:e]) {
		return false
	}
	if in.flags&(fEnFirst|fRuFirst|fEnLast|fRuSurname) == 0 && (in.word != 0 || !isUpperASCII(s[p])) ||
		!isUpperASCII(s[p]) && in.flags&(fEnFirst|fRuFirst) == 0 {
		return false // "the bar is off today", "the small hall is off until Monday"
	}
	sc.emit(p, e, tPerson, 0.75, 0)
	return true
}

// holderNameAt emits the name at p after a card's or a document's
// "holder" or "cardholder": capitals as cards print them, with initials and
// particles ("JAMES FROST", "E R CAVENDISH", "OMAR AL FARSI"), a surname then
// a comma and the given name ("SCHULZ, ANDREAS"), a booking's "NGUYEN/THI
// HUONG", or capitalized words ("Tomasz Zieliński"). It takes over a part
// of it found before ("AHMED" of "AHMED AL FARSI").
func (sc *scanner) holderNameAt(p int) bool {
	s := sc.s
	if p >= len(s) || !upperAt(s[p:]) {
		return false
	}
	caps := allCapsWord(s[p:wordEnd(s, p)])
	e, words := p, 0
	for q := p; q < len(s) && words < 4; words++ {
		r := wordEnd(s, q)
		if r == q || caps != allCapsWord(s[q:r]) || !upperAt(s[q:]) {
			break
		}
		if in := tableInfo(s[q:r]); !caps && in.word != 0 && in.flags&(fEnFirst|fEnLast|fRuFirst|fRuSurname) == 0 {
			break // "holder: Tomasz Zieliński, ID" ends before a word
		}
		e = r
		switch {
		case caps && words == 0 && startsAny(s[r:], ", ") && r+2 < len(s) && allCapsWord(s[r+2:wordEnd(s, r+2)]) && wordEnd(s, r+2) > r+3:
			q = r + 2 // "SCHULZ, ANDREAS"
		case caps && r+1 < len(s) && (s[r] == ' ' || s[r] == '/'):
			q = r + 1
		case !caps && r+1 < len(s) && s[r] == ' ':
			q = r + 1
		default:
			q = len(s)
		}
	}
	if e-p < 3 || words == 1 && tableInfo(s[p:e]).flags&(fEnFirst|fEnLast|fRuFirst|fRuSurname) == 0 {
		return false // "holder: Form No. 3", "New holder SNILS:"
	}
	for q := p; q < len(s) && q <= e+1; {
		r := wordEnd(s, q)
		var fb [16]byte
		if f, _ := foldInto(fb[:0], s[q:r]); r > q {
			switch string(f) {
			case "llc", "ooo", "ооо", "oy", "ltd", "gmbh", "inc", "corp", "ao", "оао", "зао", "ип", "ab", "limited", "service", "labs", "group", "company", "distribution",
				"notarius", "master", "s", "sro", "srl", "bv", "plc", "co":
				return false // a firm's card or account: "holder ARGUS-M LLC", "Account holder: Rhein Autoteile LLC", "OOO Argus-M"
			}
		}
		if r >= len(s) || (s[r] != ' ' && s[r] != '/' && s[r] != ',') {
			break
		}
		q = r + 1
		for q < len(s) && s[q] == ' ' {
			q++
		}
	}
	first := -1
	for k, sp := range sc.out {
		if sp.start < e && p < sp.end {
			if sp.typ != tPerson || sp.start < p || sp.end > e {
				return false // something else, or a longer name, is there
			}
			if first < 0 {
				first = k
			}
		}
	}
	if first < 0 {
		sc.emit(p, e, tPerson, 0.85, 0)
		return true
	}
	sc.out[first].start, sc.out[first].end = p, e // "holder AHMED AL FARSI" over "AHMED"
	for j := first + 1; j < len(sc.out) && sc.out[j].start < e; {
		sc.out = append(sc.out[:j], sc.out[j+1:]...) // every other part of it: persons all, tested above
	}
	return true
}

// lowerVocative reports a lower-case Cyrillic word that is a first name or
// its short form in address ("саш", "лёш", "вась", "надежда"), not a
// place's or another word's.
func lowerVocative(s string, i, j int) bool {
	w := s[i:j]
	if len(w) < 6 {
		return false // "ян", "юр": two letters are too little to tell
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	in, _ := wordTab.get(f)
	if in.addr != 0 || in.word != 0 || !(in.flags&fRuFirst != 0 || nameForm(w)) {
		return false // a word in a list: "газ, свет, вода", "рыба, рука, роза"
	}
	if prevWordIn(s, i-1, "ок", "окей", "алло", "ой", "привет", "слушай", "спасибо", "хорошо", "чё", "ну", "да", "ты", "так", "ладно", "здравствуйте", "сын", "дочь", "внук", "внучка", "иду") {
		return true // "ок, саш, ранний заезд", "алло, лёш, это вадим", "у вас мой сын, тёма, скажите"
	}
	return in.flags&fRuFirst == 0 // a short form no dictionary has: "ну чё, кирюх, завтра"
}

// clientWord reports a word that names whom a firm serves.
func clientWord(w string) bool {
	switch w {
	case "client", "Client", "customer", "Customer", "guest", "Guest", "patient", "Patient":
		return true
	}
	return false
}

// clientNameAt emits the capitalized Latin name at p after "client",
// "customer", "guest" or "patient" when a clause's mark closes it: "Client
// Frost, Prospekt Pobedy 12", "the client Baker received a discount",
// "Client Smith (Dubki)". The word must be a name the tables know or no
// word at all: "Customer Care", "Guest Registration" are desks.
func (sc *scanner) clientNameAt(p int) bool {
	s := sc.s
	if p >= len(s) || !isUpperASCII(s[p]) {
		return false
	}
	e := wordEnd(s, p)
	if e-p < 2 || e < len(s) && s[e] >= 0x80 || allCapsWord(s[p:e]) || sc.covered(p, e, len(sc.out)) || insideQuotes(s, p) {
		return false
	}
	for k := p + 1; k < e; k++ {
		if (s[k] < 'a' || s[k] > 'z') && !(s[k] == '\'' && k == p+1) {
			return false // "Wi-Fi", "IDs", "X-rays"; but "O'Neill"
		}
	}
	in := tableInfo(s[p:e])
	if in.word&(wStop|wTitle) != 0 || in.addr != 0 || in.flags&(fEnLast|fEnFirst|fRuSurname|fRuFirst) == 0 && (in.word != 0 || !latinSurnameWord(s[p:e])) {
		return false // a word or a firm's name: "Customer Care", "client Rosneft"
	}
	switch {
	case e == len(s), startsAny(s[e:], ",", ".", ")", " (", "'s ", " —", " –", "\n"):
	case e+2 < len(s) && s[e] == ' ' && s[e+1] >= 'a' && s[e+1] <= 'z' && !startsAny(s[e+1:], "and ", "of ", "or ", "service", "care", "support"):
	default:
		return false
	}
	sc.emit(p, e, tPerson, 0.75, 0)
	return true
}

// speakerNameAt emits a chat's speaker label s[p:e] (the colon at e) that
// is a first name, also one that is a word ("Max: will do", "роза: я на
// месте", "grace: me monday"), when the line before or after opens with
// another speaker's label: a conversation, not a form's field.
func (sc *scanner) speakerNameAt(p, e int) bool {
	s := sc.s
	if e-p < 3 || e+2 >= len(s) || !lowerLetterAt(s, e+2) || allCapsWord(s[p:e]) || sc.covered(p, e, len(sc.out)) || !labelLineNear(s, p, e) {
		return false // a form's field: "ИНН: 7724…", "Тема: Re: …"; a chat's turn goes on in lower case
	}
	in := tableInfo(s[p:e])
	if in.flags&(fRuFirst|fEnFirst) == 0 || in.word&(wStop|wTitle) != 0 || in.addr != 0 {
		return false
	}
	switch s[p:e] {
	case "May", "June", "April", "August", "Summer", "Winter", "Зима", "Лето", "Май", "Весна", "Осень", "Тема", "тема", "Ник", "ник", "Лид", "лид":
		return false // a schedule's month or season, a mail's subject, a CRM's lead: "June: 12 sessions", "Лид: новый"
	}
	sc.emit(p, e, tPerson, 0.75, 0)
	return true
}

// labelLineNear reports the line before the one at p (a line's start) or
// the one after it, e the end of its label, opening with a short label and
// ": ": "Max: will do\nAnna: thanks".
func labelLineNear(s string, p, e int) bool {
	if p >= 2 {
		ls := lineStart(s, p-1, 200)
		if c := strings.Index(s[ls:min(p-1, ls+26)], ": "); c > 0 && strings.Count(s[ls:ls+c], " ") <= 1 {
			return true
		}
	}
	if n := lineEndFrom(s, e); n+1 < len(s) {
		ls := n + 1
		if c := strings.Index(s[ls:min(len(s), ls+26)], ": "); c > 0 && strings.Count(s[ls:ls+c], " ") <= 1 && strings.IndexByte(s[ls:ls+c], '\n') < 0 {
			return true
		}
	}
	return false
}
