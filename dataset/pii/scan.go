package pii

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// scanner holds the state of one pass over a text.
type scanner struct {
	s      string
	out    []span
	emails []span
	ei     int
	// lastEnd is the end of the last emitted span; left extensions stop there.
	lastEnd int
	// lowerNames is set when a lower-case name was found after a cue.
	lowerNames bool
	// spell is set when a word asks to spell something ("spell", "по
	// буквам"): spelledNames looks for letters after it.
	spell bool
	// persons counts the person spans emitted; ids the identifiers
	// (INN, SNILS, OGRN, card, account, passport), whose repetitions
	// repeatNumbers finds.
	persons int
	ids     int
	// caps holds the starts of the first capitalized words, where
	// repeatNames looks for other occurrences of a name.
	caps  [48]int32
	ncaps int
	// pvPos-1 and pvInfo memoize prevInfo: several rules in a row ask about
	// the word before the same name.
	pvPos  int
	pvInfo nameInfo
	// things holds the names the text gives to animals and ships ("кот
	// Степан", m/v "Captain Ivanov"), whose other mentions dropThings
	// removes from the person spans.
	things  [4][2]int32
	nthings int
	// verMajor is the one-digit major number of the last dotted version the
	// text named ('6' of "версия 6.1.0.22"), 0 if none: the same release
	// line later is no IP ("на 6.0.9.14 всё было ок").
	verMajor byte
	// pwAt-1 and pwWord memoize prevWord: the rules about a name ask about
	// the word before it one after another (a garment's, a church's, an
	// artist's, a title's word). pwLen is the word's length in the text.
	pwAt, pwLen int
	pwN         int
	pwWord      [48]byte
	// exercise is 1 when the text sets a language exercise, 2 when it does
	// not, 3 when it has quotes and nobody asked yet, 0 before exampleName
	// first asks.
	exercise uint8
	// petText is 1 when the text speaks of pets (a groomer, a breed, a
	// dog), 2 when it does not, 0 before petNamed first asks.
	petText uint8
	// engraveText is 1 when the text speaks of an engraving or of a name
	// put on a piece, 2 when it does not, 0 before capWord first asks.
	engraveText uint8
}

// noteThing records the name of a pet or a ship at [start, end).
func (sc *scanner) noteThing(start, end int) {
	if sc.nthings < len(sc.things) {
		sc.things[sc.nthings] = [2]int32{int32(start), int32(end)}
		sc.nthings++
	}
}

// dropThings removes the person spans that repeat a pet's or a ship's name,
// in any case form: "Наш кот Степан … Степан не ест", "Charlie (кокер) …
// Charlie is barking", т/х «Василий Шукшин» … для «Шукшина».
func (sc *scanner) dropThings() {
	s := sc.s
	k := 0
	for _, sp := range sc.out {
		if sp.typ == tPerson && sc.thingName(s[sp.start:sp.end]) &&
			!endsAny(s[:sp.start], "Я ", " я ", "зовут ", "name is ", "I'm ", "I am ") { // the owner who shares the pet's name: "я Маша. У меня умерла морская свинка Маша"
			continue
		}
		sc.out[k] = sp
		k++
	}
	sc.out = sc.out[:k]
}

// thingName reports w as one of the things' names or its last word, or a
// case form of one: the same word up to its last letter.
func (sc *scanner) thingName(w string) bool {
	for _, t := range sc.things[:sc.nthings] {
		name := sc.s[t[0]:t[1]]
		if strings.EqualFold(w, name) {
			return true
		}
		if strings.IndexByte(w, ' ') >= 0 {
			continue
		}
		if k := strings.LastIndexByte(name, ' '); k >= 0 {
			name = name[k+1:]
		}
		if strings.EqualFold(w, name) || len(w) >= 8 && len(name) >= 8 && w[0] >= 0x80 && (w[:len(w)-2] == name[:len(name)-2] ||
			w[:len(w)-2] == name || name[:len(name)-2] == w) {
			return true // "Бусинку" after "Бусинка", «Шукшина» after «Василий Шукшин»
		}
	}
	return false
}

// prevInfo returns what the word table knows about the word before start.
func (sc *scanner) prevInfo(start int) nameInfo {
	if sc.pvPos == start+1 {
		return sc.pvInfo
	}
	var buf [64]byte
	at := start
	if k := start - 3; k > 0 && sc.s[k:start] == "): " {
		// A label with a note: "ФИО (кир.): Тошматов Жамшид".
		if o := strings.LastIndexByte(sc.s[max(0, k-24):k], '('); o >= 0 && !strings.ContainsAny(sc.s[max(0, k-24)+o:k], "\n:") {
			at = max(0, k-24) + o
		}
	}
	in, _ := wordTab.get(sc.prevWord(at, buf[:0]))
	sc.pvPos, sc.pvInfo = start+1, in
	return in
}

func (e *Engine) scan(text string, dst []span) []span {
	sc := scanner{s: text, out: dst[:0]}
	sc.findEmails()
	sc.run()
	n := len(sc.out)
	added := sc.wholeNameAnswers()
	added = sc.cueWords() || added // each pass runs whatever the one before found
	if sc.kmRoadsEN() && len(sc.out) > n || added {
		slices.SortFunc(sc.out, func(x, y span) int { return x.start - y.start }) // the passes below read the spans in order
	}
	sc.repeatStreets()
	sc.siblingStreets()
	if sc.persons >= 2 {
		sc.joinNicknames()
	}
	if sc.persons > 0 || sc.ncaps > 0 {
		sc.nicknames()
	}
	if sc.lowerNames {
		sc.repeatLowerNames()
	}
	if sc.persons > 0 && sc.ncaps > 0 {
		sc.repeatNames()
	}
	if sc.ids > 0 {
		sc.repeatNumbers()
	}
	if sc.persons > 0 {
		sc.listNames()
	}
	if strings.IndexByte(sc.s, '/') >= 0 {
		sc.givenNamesField()
		sc.slashNames()
	}
	if sc.persons > 0 {
		sc.pairedNames()
	}
	if len(sc.emails) > 0 {
		sc.emailNames()
		sc.domainFirms()
	}
	if sc.spell {
		sc.spelledNames()
	}
	if sc.nthings > 0 {
		sc.dropThings()
	}
	sc.lowerSignOff()
	sc.signedInitials()
	sc.answeredAddresses()
	sc.spokenRepeats()
	if sc.persons > 0 {
		sc.answeredNames()
	}
	spans := resolve(sc.out)
	for k := range spans {
		if sp := &spans[k]; sp.typ == tAddress && sp.end < len(text) && text[sp.end] == '\n' && text[sp.start] < 0x80 {
			if e := postalLinesAfter(text, sp.end); e > sp.end && (k+1 == len(spans) || spans[k+1].start >= e) {
				sp.end = e // an envelope's lines: "Friedrichstraße 68\n10117 Berlin\nGermany"
			}
		}
	}
	kept := spans[:0]
	for _, sp := range spans {
		if sp.score >= e.threshold && e.enabled[sp.typ] && (sp.typ != tAddress || houseNumbered(text[sp.start:sp.end])) &&
			(sp.typ != tPerson || !upperAt(text[sp.start:]) || !namesNoOne(text, sp.start, sp.end)) {
			if n := len(kept); n > 0 && sp.typ == tPerson && kept[n-1].typ == tPerson && nicknameBetween(text, kept[n-1].end, sp.start) {
				kept[n-1].end = sp.end // one person with a nickname inside: "Артём «Frost» Ковалёв"
				continue
			}
			if n := len(kept); n > 1 && sp.typ == tPerson && kept[n-1].typ == tPerson && kept[n-2].typ == tPerson &&
				text[kept[n-1].end:sp.start] == ") " && maidenMark(text[kept[n-2].end:kept[n-1].start]) {
				kept[n-2].end = sp.end // one person with her maiden name inside: "Нургалиева (урожд. Садыкова) Айгерим Ерлановна"
				kept = kept[:n-1]
				continue
			}
			kept = append(kept, sp)
		}
	}
	return kept
}

// namesNoOne reports a capitalized name found at s[start:end] that the words
// around show to be no one's: the famous namesake, "no relation to Lee
// Kiefer"; a chat's group, "[Прорабы Покровский] Петровна: …"; a street named
// after someone, "пробка на Ямашева", "the flat on Turgeneva"; a ship or a
// work named after a famous one, «Максим Горький»; a composer in a
// programme, "П. И. Чайковский"; a firm, "Pamyat-Tula".
func namesNoOne(s string, start, end int) bool {
	return famousCueBefore(s, start) || chatRoomName(s, start, end) || streetAfterNa(s, start, end) || streetAfterOnAt(s, start, end) ||
		quotedFamous(s, start, end) || initialsFamous(s, start, end) || hyphenFirm(s[start:end])
}

// chatRoomName reports a name inside the brackets that open a line before
// a speaker's label, which name a chat's group, not a person: "[Прорабы
// Покровский] Петровна: кто забрал …", "[Foremen Pokrovsky] Rinat: me".
func chatRoomName(s string, start, end int) bool {
	o := start - 1
	for o >= 0 && start-o < 40 && s[o] != '[' && s[o] != '\n' && s[o] != ']' {
		o--
	}
	if o < 0 || s[o] != '[' || o > 0 && s[o-1] != '\n' {
		return false
	}
	c := strings.IndexByte(s[end:min(len(s), end+40)], ']')
	if c < 0 || strings.ContainsAny(s[end:end+c], "\n[") || strings.IndexByte(s[o:start], ',') >= 0 {
		return false
	}
	p := end + c + 1
	if p+2 >= len(s) || s[p] != ' ' || isDigit(s[o+1]) {
		return false // not a time: "[09:13] Тимур:"
	}
	label := s[p+1 : min(len(s), p+32)]
	k := strings.IndexAny(label, ":\n.?!,")
	return k > 0 && label[k] == ':' && strings.Count(label[:k], " ") <= 2
}

// houseNumbered reports a number in an address, in digits or words, or a
// house marked as having none ("б/н"): a street without its house
// ("Большой пр. П.С., БЦ «Сенатор»") is no street-level address.
func houseNumbered(a string) bool {
	if strings.ContainsAny(a, "0123456789") || strings.Contains(a, "б/н") || strings.Contains(a, "b/n") {
		return true
	}
	for w := range strings.FieldsFuncSeq(a, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := spokenWords[strings.ToLower(w)]; ok {
			return true
		}
	}
	return false
}

// listNames completes a list of surnames: a capitalized word that a table
// or its ending makes a surname, an item of a comma list of three or more
// or of a list one a line beside a surname found alone, is one too, even a
// word like "Бойко" or "Мельник": "Список: Бойко, Мельник, Шевчук,
// Гарипов", "Аксёнов — 2\nГладких — 3".
func (sc *scanner) listNames() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < len(sc.out); k++ { // the list grows: "Бойко, Мельник, Шевчук" from "Шевчук" leftwards
		sp := sc.out[k]
		if sp.typ != tPerson || strings.IndexByte(s[sp.start:sp.end], ' ') >= 0 {
			continue
		}
		for _, after := range [2]bool{false, true} {
			a, b, lines := listNeighbour(s, sp.start, sp.end, after)
			if a < 0 || sc.covered(a, b, len(sc.out)) {
				continue
			}
			t := sc.nameToken(a, b)
			beside := surnameOnly(sc.nameToken(sp.start, sp.end)) // a surname beside: "Golovanov, Babayan", not "Сорян, Кость"
			shaped := t.cand && surnameShaped(s[a:b]) && beside
			if (t.surname() || shaped) && !t.first() && t.addr == 0 && !t.caps && !famousNames[s[a:b]] && (sc.persons >= 2 || beside) ||
				lines && t.flags == 0 && t.cand && b-a >= 8 && s[a] >= 0x80 && endsAny(s[a:b], "ых", "их") { // Гладких, Седых
				sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.7})
			}
		}
	}
	sc.sortIfGrown(n)
}

// sortIfGrown puts sc.out back in order of position after a pass that
// appended spans to the n it held.
func (sc *scanner) sortIfGrown(n int) {
	if len(sc.out) > n {
		slices.SortFunc(sc.out, func(x, y span) int { return x.start - y.start })
	}
}

// slashNames completes a pair or a crew written with a slash: the
// capitalized word a slash joins to a person found is one too when it has a
// surname's shape or the tables know it as a name ("Orlov/Petrova",
// "Ким/Хан", "crew Kim/Zotov", "Gainullin/Shakirova/Petrenko/Luk"), and a
// passport's Latin spelling after its Cyrillic one ("ВОЛКОВА/VOLKOVA").
func (sc *scanner) slashNames() {
	s := sc.s
	n := len(sc.out)
	for i := strings.IndexByte(s, '/'); i > 0 && i+2 < len(s); {
		// Two surnames a slash joins, neither found alone: "Aliyev/Nasirova".
		if a := wordStartBefore(s, i); a >= 0 && a < i && upperAt(s[a:]) && upperAt(s[i+1:]) && (a == 0 || !isAlnum(s[a-1]) && s[a-1] != '/' && s[a-1] != '.') {
			b := wordEnd(s, i+1)
			if b-i > 3 && (b == len(s) || !isAlnum(s[b]) && s[b] != '/' && s[b] != '-') && slashSurname(s[a:i]) && slashSurname(s[i+1:b]) &&
				!sc.covered(a, i, len(sc.out)) && !sc.covered(i+1, b, len(sc.out)) {
				sc.out = append(sc.out, span{start: a, end: i, typ: tPerson, score: 0.7}, span{start: i + 1, end: b, typ: tPerson, score: 0.7})
			}
		}
		k := strings.IndexByte(s[i+1:], '/')
		if k < 0 {
			break
		}
		i += k + 1
	}
	for k := 0; k < len(sc.out) && k < 64; k++ {
		sp := sc.out[k]
		if sp.typ != tPerson || strings.IndexByte(s[sp.start:sp.end], ' ') >= 0 {
			continue
		}
		var a, b int
		for _, after := range [2]bool{false, true} {
			if after {
				if sp.end+2 >= len(s) || s[sp.end] != '/' {
					continue
				}
				a = sp.end + 1
				b = wordEnd(s, a)
			} else {
				if sp.start < 3 || s[sp.start-1] != '/' {
					continue
				}
				b = sp.start - 1
				a = wordStartBefore(s, b)
				if a < 0 {
					continue
				}
			}
			if b-a < 2 || !upperAt(s[a:]) || b < len(s) && (isAlnum(s[b]) || s[b] == '-') || a > 0 && (isAlnum(s[a-1]) && a-1 != sp.end || s[a-1] == '.') ||
				sc.covered(a, b, len(sc.out)) || famousNames[s[a:b]] || knownCity(s[a:b]) {
				continue
			}
			w := s[a:b]
			in := tableInfo(w)
			if in.addr != 0 || in.word&(wStop|wTitle) != 0 {
				continue
			}
			if in.flags&(fRuSurname|fEnLast|fRuFirst|fEnFirst) != 0 || surnameShaped(w) || surnameShapedLatin(w) || allCapsWord(w) && allCapsWord(s[sp.start:sp.end]) {
				sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.7})
			}
		}
	}
	sc.sortIfGrown(n)
}

// givenNamesField emits the given names in capitals on a bilingual
// passport page's field, each spelling apart: "Имя/Given names ЛЮБОВЬ/LIUBOV",
// "ИМЯ/GIVEN NAMES: ДИАНА/DIANA".
func (sc *scanner) givenNamesField() {
	s := sc.s
	n := len(sc.out)
	for _, label := range [...]string{"Имя/Given names", "ИМЯ/GIVEN NAMES"} {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], label)
			if k < 0 {
				break
			}
			p := from + k + len(label)
			from = p
			for p < len(s) && (s[p] == ' ' || s[p] == ':' || s[p] == '\n') {
				p++
			}
			for part := 0; part < 2 && p < len(s); part++ {
				e := wordEnd(s, p)
				if e-p < 2 || !allCapsWord(s[p:e]) || sc.covered(p, e, len(sc.out)) {
					break
				}
				sc.out = append(sc.out, span{start: p, end: e, typ: tPerson, score: 0.8})
				if e+1 >= len(s) || s[e] != '/' {
					break
				}
				p = e + 1
			}
		}
	}
	sc.sortIfGrown(n)
}

// slashSurname reports a word of a surname's shape, Cyrillic or Latin, that
// no table knows as a word or a place: one side of "Aliyev/Nasirova".
func slashSurname(w string) bool {
	if len(w) < 4 || famousNames[w] || knownCity(w) {
		return false
	}
	in := tableInfo(w)
	if in.addr != 0 || in.word != 0 && in.flags&(fRuSurname|fEnLast) == 0 {
		return false
	}
	return in.flags&fRuSurname != 0 || surnameShaped(w) || surnameShapedLatin(w)
}

// pairedNames completes a pair or a list of people: a first name that is
// also a word, left out alone, is a person when "and", "и", "or", "или",
// "&" or a comma joins it to a person found: "Grace and Hope are twins",
// "Mark, Hope and Will", "Надежде и Роману".
func (sc *scanner) pairedNames() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < len(sc.out); k++ { // the list grows: "Mark, Hope and Will" from "Hope" leftwards
		sp := sc.out[k]
		if sp.typ != tPerson || sp.score < 0.6 {
			continue
		}
		for _, after := range [2]bool{false, true} {
			a, b := pairedWord(s, sp.start, sp.end, after)
			if a < 0 || sc.covered(a, b, len(sc.out)) {
				continue
			}
			if virtue(s[a:b]) && virtue(s[sp.start:sp.end]) {
				continue // "Hope and Faith are virtues"
			}
			if t := sc.nameToken(a, b); t.first() && t.ambig() && !t.caps && t.addr == 0 {
				sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.6})
			}
		}
	}
	sc.sortIfGrown(n)
}

// pairJoins are what joins two people: "Grace and Hope", "Вера и Надежда".
var pairJoins = [...]string{", ", " and ", " & ", " or ", " и ", " или "}

// pairedWord returns the capitalized word joined to s[start:end] before it
// or after it, or -1. The word stands alone: no capitalized word next to
// it on its other side ("MV Nordic Hope and Anna Maria"), no number or
// word of place before it ("On 3 May, Kate Morrison", "from Jordan,
// Jordan Ellis"), no month or country ("June", "Georgia"). A comma joins
// only the items of a list, with a third one or a comma before: not
// "Ваня, Вера в успех".
func pairedWord(s string, start, end int, after bool) (int, int) {
	for _, j := range pairJoins {
		var a, b int
		if after {
			if !strings.HasPrefix(s[end:], j) || end+len(j) >= len(s) || !upperAt(s[end+len(j):]) {
				continue
			}
			a = end + len(j)
			b = wordEnd(s, a)
			if b < len(s) && (isAlnum(s[b]) || s[b] == '-' || s[b] == '.' && b+1 < len(s) && s[b+1] != ' ' && s[b+1] != '\n') ||
				b+1 < len(s) && s[b] == ' ' && upperAt(s[b+1:]) {
				return -1, -1
			}
			if j == ", " && !commaBefore(s, start) && !startsAny(s[b:], pairJoins[:]...) {
				return -1, -1
			}
			if standsAlone(s, start) {
				return -1, -1
			}
		} else {
			if !strings.HasSuffix(s[:start], j) {
				continue
			}
			b = start - len(j)
			a = wordStartBefore(s, b)
			if a < 0 || !upperAt(s[a:]) || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '-') {
				return -1, -1
			}
			if a >= 2 && s[a-1] == ' ' {
				if c := wordStartBefore(s, a-1); c >= 0 && upperAt(s[c:]) && !sentenceStart(s, c) {
					return -1, -1 // "MV Nordic Hope and Anna Maria": a name of two words, not this one
				}
			}
			if j == ", " && !commaBefore(s, a) && !startsAny(s[end:], pairJoins[:]...) {
				return -1, -1
			}
			if standsAlone(s, a) {
				return -1, -1
			}
		}
		if englishMonth(s[a:b]) || countryWord(s[a:b]) {
			return -1, -1
		}
		return a, b
	}
	return -1, -1
}

// standsAlone reports a number or a word of place right before the pair
// that opens at i: "On 3 May, Kate", "from Jordan, Jordan Ellis", "in
// Florence, Giulia".
func standsAlone(s string, i int) bool {
	if i >= 2 && s[i-1] == ' ' && isDigit(s[i-2]) {
		return true
	}
	var buf [16]byte
	return placeWords[string(prevWord(s, i, buf[:0]))]
}

// listNeighbour returns the word next to s[start:end] in a list, after it
// or before it, and whether the list is one a line. In a comma list both
// words are items and the list has a third one; in a list one a line both
// lines open with their words and go on with the same mark (" — ", " (",
// ","). It returns -1 if none.
func listNeighbour(s string, start, end int, after bool) (int, int, bool) {
	if !listItem(s, start, end) {
		return -1, -1, false
	}
	if after {
		if strings.HasPrefix(s[end:], ", ") && end+2 < len(s) && upperAt(s[end+2:]) {
			a := end + 2
			b := wordEnd(s, a)
			if listItem(s, a, b) && (commaBefore(s, start) || strings.HasPrefix(s[b:], ", ")) {
				return a, b, false
			}
		}
		if mark := lineMark(s, end); mark != "" && (start == 0 || s[start-1] == '\n') {
			if nl := strings.IndexByte(s[end:], '\n'); nl >= 0 {
				a := end + nl + 1
				if a < len(s) && upperAt(s[a:]) {
					if b := wordEnd(s, a); lineMark(s, b) == mark {
						return a, b, true
					}
				}
			}
		}
		return -1, -1, false
	}
	if commaBefore(s, start) {
		if a := wordStartBefore(s, start-2); a >= 0 && upperAt(s[a:]) && listItem(s, a, start-2) &&
			(strings.HasPrefix(s[end:], ", ") || commaBefore(s, a) || a >= 2 && s[a-2:a] == ": " && (end == len(s) || s[end] == '.' || s[end] == '\n')) {
			return a, start - 2, false // a list of two after its label: "Guards on shift: Golovanov, Babayan."
		}
	}
	return -1, -1, false
}

func commaBefore(s string, i int) bool { return i >= 2 && s[i-2:i] == ", " }

// surnameOnly reports a token that the tables know as a surname and not as
// a first name.
func surnameOnly(t nameTok) bool { return t.surname() && !t.first() }

// listItem reports a word that fills an item of a list: after ", ", ": ",
// a line break or a dash, and before ", ", ".", ";", " (", " — ", " и ",
// " and " or a line break.
func listItem(s string, a, b int) bool {
	before := a == 0 || s[a-1] == '\n' || a >= 2 && (s[a-2:a] == ", " || s[a-2:a] == ": ") || strings.HasSuffix(s[:a], "— ")
	if !before {
		return false
	}
	if b == len(s) || s[b] == '\n' || s[b] == '.' || s[b] == ';' {
		return true
	}
	return startsAny(s[b:], ", ", " (", " — ", " – ", " - ", " и ", " and ")
}

// lineMark returns what follows a list item's word at e: " — ", " - ",
// " (" or ","; "" otherwise.
func lineMark(s string, e int) string {
	for _, m := range [...]string{" — ", " – ", " - ", " (", ","} {
		if strings.HasPrefix(s[e:], m) {
			return m
		}
	}
	return ""
}

// emailNames marks a capitalized first name and surname that spell an
// e-mail address's local part in the same text: "Patience Ibekwe" beside
// patience.ibekwe@unn.edu.ng, names no table knows.
func (sc *scanner) emailNames() {
	s := sc.s
	n := len(sc.out)
	for _, em := range sc.emails {
		local := s[em.start:em.end]
		at := strings.IndexByte(local, '@')
		if at < 0 {
			continue
		}
		local = local[:at]
		sc.headerName(em.start, local)
		d := strings.IndexAny(local, "._")
		if d < 3 || len(local)-d-1 < 3 || strings.ContainsAny(local[d+1:], "._-0123456789") || !asciiLetters(local[:d]) ||
			!asciiLetters(local[d+1:]) {
			continue
		}
		first, last := local[:d], local[d+1:]
		if mailboxWord(first) || mailboxWord(last) {
			continue // a role's mailbox: sales.team@, customer.relations@
		}
		// The first name alone, in any case, right before its own address: "my colleague will at will.adams@…".
		for _, sep := range [...]string{" at ", " - ", " – ", " (", " <", ": "} {
			a := em.start - len(sep) - len(first)
			if a < 0 || s[a+len(first):em.start] != sep || !strings.EqualFold(s[a:a+len(first)], first) || a > 0 && isAlnum(s[a-1]) ||
				covered(sc.out[:n], a, a+len(first)) {
				continue
			}
			var buf [24]byte
			if f, ok := foldInto(buf[:0], first); ok {
				if in, _ := wordTab.get(f); in.flags&(fEnFirst|fRuFirst) != 0 {
					sc.out = append(sc.out, span{start: a, end: a + len(first), typ: tPerson, score: 0.8})
				}
			}
			break
		}
		for from := 0; from < len(s); {
			k := strings.IndexByte(s[from:], ' ')
			if k < 0 {
				break
			}
			sp := from + k
			from = sp + 1
			a, b := sp-len(first), sp+1+len(last)
			if a < 0 || b > len(s) || !isUpperASCII(s[a]) || !isUpperASCII(s[sp+1]) || a > 0 && isAlnum(s[a-1]) ||
				b < len(s) && (isAlnum(s[b]) || s[b] == '@' || s[b] == '.' && b+1 < len(s) && isAlnum(s[b+1])) ||
				!strings.EqualFold(s[a:sp], first) || !strings.EqualFold(s[sp+1:b], last) || covered(sc.out[:n], a, b) {
				continue
			}
			sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.85})
		}
	}
}

// headerName emits the name a mail header shows before its address at
// start when one of its words is in the address's local part: "From:
// Avraham Cohen <avi.cohen@…>", "From: Dr. Bruno Ferreira <bruno@…>"; not
// "От: Логистика Юг <dispatch@…>" nor "From: Claims Desk <claims@…>". The
// matching word must be a name the tables know; a title before the name
// stays out of it.
func (sc *scanner) headerName(start int, local string) {
	s := sc.s
	if start < 4 || s[start-1] != '<' || s[start-2] != ' ' {
		return
	}
	ls := lineStart(s, start, 160)
	line := s[ls : start-2]
	if strings.HasPrefix(line, "> ") {
		line, ls = line[2:], ls+2
	}
	c := strings.Index(line, ": ")
	if c < 0 {
		return
	}
	switch line[:c] {
	case "From", "To", "Cc", "Reply-To", "Sender", "От", "Кому", "Копия", "Отправитель":
	default:
		return
	}
	var lbuf [64]byte
	lf, ok := foldInto(lbuf[:0], local)
	if !ok {
		return
	}
	a := ls + c + 2
	for {
		e := strings.IndexByte(s[a:start-2], ' ')
		if e < 0 {
			break
		}
		switch s[a : a+e] {
		case "Fr.", "Dr.", "Dr", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof.", "Adv.", "Rev.":
			a += e + 1
			continue
		}
		break
	}
	words, matched := 0, false
	for p := a; p < start-2; {
		e := strings.IndexByte(s[p:start-2], ' ')
		if e < 0 {
			e = start - 2 - p
		}
		w := strings.TrimSuffix(s[p:p+e], ",")
		if words++; words > 3 || len(w) < 2 || !upperAt(w) || w != s[p:p+e] && words > 1 {
			return
		}
		for k := 0; k < len(w); {
			r, sz := utf8.DecodeRuneInString(w[k:])
			if !unicode.IsLetter(r) && !(k > 0 && (r == '-' || r == '\'')) {
				return
			}
			k += sz
		}
		if mailboxWord(w) {
			return // a role's or a firm's mailbox: "Claims Desk <claims@…>", "Customer Care <care@…>"
		}
		if len(w) >= 3 && asciiLetters(w) {
			var buf [32]byte
			if f, ok := foldInto(buf[:0], w); ok && bytes.Contains(lf, f) {
				if in, _ := wordTab.get(f); in.isName() && in.addr == 0 {
					matched = true
				}
			}
		}
		p += e + 1
	}
	if matched {
		sc.out = append(sc.out, span{start: a, end: start - 2, typ: tPerson, score: 0.85})
	}
}

// mailboxWord reports a word of a role's or a department's mailbox.
func mailboxWord(w string) bool {
	var buf [24]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return true
	}
	switch string(f) {
	case "sales", "team", "support", "info", "office", "customer", "customers", "service", "services", "relations",
		"admin", "billing", "press", "media", "marketing", "accounts", "account", "contact", "contacts", "hello", "help",
		"booking", "bookings", "reservations", "orders", "order", "noreply", "reply", "hr", "jobs", "careers", "claims",
		"legal", "finance", "payments", "guest", "guests", "front", "desk", "reception", "mail", "news", "group", "dept":
		return true
	}
	in, _ := wordTab.get(f)
	return in.word&wStop != 0 && !in.isName()
}

// asciiLetters reports Latin letters only.
func asciiLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isASCIILetter(w[k]) {
			return false
		}
	}
	return true
}

// repeatNumbers finds the other occurrences of an identifier the scan
// found once, which the scan skipped where nothing announced them: an
// INN again in a receipt's link, "…/receipt/590271884467/20ab7x1c9/print".
// Only digits bounded by no other digit or letter count.
func (sc *scanner) repeatNumbers() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < n; k++ {
		sp := sc.out[k]
		switch sp.typ {
		case tINN, tSNILS, tOGRN, tCard, tAccount, tPassport:
		default:
			continue
		}
		v := s[sp.start:sp.end]
		if len(v) < 9 || !allDigits(v) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(s[from:], v)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(v)
			from = b
			if a == sp.start || a > 0 && isAlnum(s[a-1]) || b < len(s) && isAlnum(s[b]) || sc.covered(a, b, len(sc.out)) {
				continue
			}
			sc.emit(a, b, sp.typ, sp.score, sp.aux)
		}
	}
}

// covered reports a person span among out that overlaps [a, b) with a
// score of at least 0.85 (a weaker one yields to the e-mail's evidence).
func covered(out []span, a, b int) bool {
	for _, sp := range out {
		if sp.typ == tPerson && sp.score >= 0.85 && sp.start < b && a < sp.end {
			return true
		}
	}
	return false
}

// joinNicknames joins a nickname in quotes, or a maiden name in brackets, to
// the names around it, one person: Mikhail "Misha" Voronin, Benjamin «Benji»
// Stone, Иванова (Петрова) Ольга Сергеевна.
func (sc *scanner) joinNicknames() {
	s, out := sc.s, sc.out
	k := 0
	for i := 0; i < len(out); i++ {
		if i+1 < len(out) && out[i].typ == tPerson && out[i+1].typ == tPerson {
			a, b := out[i], out[i+1]
			if q := nicknameQuotes(s, a.end, b.start, b.end); q > 0 {
				switch {
				case i+2 < len(out) && out[i+2].typ == tPerson && out[i+2].start == b.end+q:
					a.end, a.score = out[i+2].end, max(a.score, out[i+2].score)
					i += 2
				case b.end+q < len(s) && upperAt(s[b.end+q:]):
					a.end = wordEnd(s, b.end+q) // a surname the scanner left alone: Daniel "Dan" Kowalski
					i++
				}
				if a.end > b.end {
					out[k] = a
					k++
					continue
				}
			}
		}
		out[k] = out[i]
		k++
	}
	sc.out = out[:k]
}

// nickMarks are what says, in brackets, that the name after them is the
// nickname's owner: "Шаман (он же Костя Ерохин)".
var nickMarks = [...]string{"он же ", "она же ", "aka ", "a.k.a. ", "real name ", "настоящее имя ", "настоящее имя — "}

// nickMarkBefore reports a mark that says the word at p is a nickname,
// right before it: "Roman Vasiliev (aka Shark)", "прораб Лёха, он же
// Борода", "nicknamed Kaban", "по прозвищу «Ключ»", what people call
// someone ("people call me Seun", "все зовут его «Шаман»"), and, before
// quotes only, "the washer known as 'Beaver'", "известен как «Чёрный»" (not
// "the village known as Sosnovka").
func nickMarkBefore(s string, p int, quoted bool) bool {
	if p < 3 || s[p-1] != ' ' {
		return false
	}
	if callNameBefore(s, p-1) {
		return true
	}
	b := p - 1
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '(' {
		b--
	}
	pre := s[:b]
	switch s[b : p-1] {
	case "же":
		return endsWord(pre, "он ") || endsWord(pre, "она ")
	case "aka", "a.k.a.", "прозвище", "nicknamed":
		return true
	case "name":
		return endsWord(pre, "real ")
	case "имя":
		return endsWord(pre, "настоящее ")
	case "—":
		return endsWord(pre, "настоящее имя ")
	case "прозвищу":
		return endsWord(pre, "по ")
	case "as":
		return quoted && endsWord(pre, "known ")
	case "как":
		return quoted && (endsWord(pre, "известен ") || endsWord(pre, "известна "))
	}
	return false
}

// endsWord reports s ending in w, whole words: "по " in "… по ".
func endsWord(s, w string) bool {
	return strings.HasSuffix(s, w) && (len(s) == len(w) || !isAlnum(s[len(s)-len(w)-1]))
}

// nicknames marks nicknames as persons, with a score that lets repeatNames
// find them again: a word before a person's name in brackets, the two
// sharing their first three letters or the brackets saying so ("Бобёр
// (Бобров Д.)", "Шаман (он же Костя Ерохин)", "'Lekoma' (Ivan
// Lekomtsev)"); a word in quotes in brackets after the name it shares
// them with ("Artur Ponomarev ('Pony')"); a word after a mark ("Roman
// Vasiliev (aka Shark)", "прораб Лёха, он же Борода", "nicknamed Kaban");
// a word in quotes after a staff title ("paramedic 'Tank'"); and one of
// commonNicknames ("Шаман сказал").
func (sc *scanner) nicknames() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < n; k++ {
		if sp := sc.out[k]; sp.typ == tPerson {
			if sp.start >= 4 && s[sp.start-1] != '\n' {
				sc.nicknameBefore(sp, n)
			}
			if !sc.aliasAfter(sp) {
				sc.nicknameAfter(sp)
			}
		}
	}
	for _, c := range sc.caps[:sc.ncaps] { // the capitalized words the scanner noted outside names: a few per message
		a := int(c)
		q := openingQuote(s, a)
		switch p := a - q; {
		case nickMarkBefore(s, p, q > 0):
			sc.nicknameAt(p) // "Roman Vasiliev (aka Shark)", "по прозвищу «Ключ»", "known as 'Beaver'"
		case q == 1 && s[p] == '\'' && p >= 3 && s[p-1] == ' ' && sc.staffTitleBefore(p-1):
			sc.nicknameAt(p) // "paramedic 'Tank'"
		case q == 0 && a >= 3 && s[a-1] == ' ' && lowerRoleBefore(s, a-1) && !numberAfterWord(s, a):
			sc.nicknameAt(a) // a worker by the nickname after his trade: "ваш монтажник Фреон", "guide Burunduk"
		case q == 0 && nickInitial(s, a):
			if b := wordEnd(s, a); commonNicknames[s[a:b]] && !sc.covered(a, b, len(sc.out)) &&
				!startsAny(s[b:], " Rock", " Lodge", "'s concert", "’s concert") && !prevWordIn(s, a, "песню", "песни", "from", "кот", "кота", "пёс", "пса", "мыс", "Мыс") {
				sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.85})
				sc.persons++
			}
		}
	}
	sc.sortIfGrown(n)
}

// nickInitial reports the first letter of one of commonNicknames at a:
// Ш, Б, С, Т, Л, S or B, a cheap test before the word is looked up.
func nickInitial(s string, a int) bool {
	switch s[a] {
	case 'S', 'B':
		return true
	case 0xD0:
		return a+1 < len(s) && (s[a+1] == 0xA8 || s[a+1] == 0x91 || s[a+1] == 0xA1 || s[a+1] == 0xA2 || s[a+1] == 0x9B)
	}
	return false
}

// commonNicknames are nicknames that crews, guides and foremen go by and
// that no table knows as a name, in their case forms: "Шаман сказал",
// "бурим с Бородой", "Beard takes the 9am group". Not in quotes, where they
// name a camp ("лагерь «Шаман»"), nor before "Rock" or after a song's word,
// where they name a rock or a singer.
var commonNicknames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("Шаман Шамана Шаману Шаманом Шамане Бородач Бородача Бородачу Бородачом Бородаче " +
		"Борода Бороды Бороде Бороду Бородой Седой Седого Седому Седым Седом Шмель Шмеля Шмелю Шмелём Шмелем Шмеле " +
		"Толстый " + // the nominative only: Толстого, Толстому and Толстым are Tolstoy's too
		"Левша " + // the nominative only: not the monument's "Левше" nor the cup's "Левши"
		"Shaman Beard Boroda Sedoy Borodach Shmel Boatswain Botsman") { // a skipper's: "Skipper: Boatswain"
		m[w] = true
	}
	return m
}()

// nicknameBefore marks the word before a bracket that opens with the person
// sp: "Бобёр (Бобров Д.)", "Лис (Лисовский)", "Шаман (он же Костя Ерохин)".
func (sc *scanner) nicknameBefore(sp span, n int) {
	s := sc.s
	o := strings.LastIndexByte(s[max(0, sp.start-24):sp.start], '(')
	if o < 0 {
		return
	}
	o += max(0, sp.start-24)
	inner := s[o+1 : sp.start]
	marked := inner != ""
	if marked && !slices.Contains(nickMarks[:], inner) {
		return
	}
	if o < 3 || s[o-1] != ' ' || sp.end >= len(s) || s[sp.end] != ')' && s[sp.end] != ',' {
		return
	}
	e := o - 1
	quoted := false
	if q := closingQuote(s, e); q > 0 && !marked {
		e -= q // in quotes, sharing its first letters with the name: "'Lekoma' (Ivan Lekomtsev)", not a boat's "Grace" (Kaan Öztürk)
		quoted = true
	}
	a := wordStartBefore(s, e)
	if a < 0 || capAt(s, a) == 0 || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.') && !quoted || sc.covered(a, e, n) {
		return
	}
	if quoted && openingQuote(s, a) == 0 {
		return
	}
	t := sc.nameToken(a, e)
	if t.caps || t.addr != 0 || t.flags&tkInitial != 0 || tableInfo(s[a:e]).word&(wStop|wTitle) != 0 || sc.prevInfo(a).word&wPlace != 0 {
		// not a title, nor a place: "Гарри из Лагоса (он же Harry Okafor)"
		return
	}
	if !marked && !samePrefix(s[a:e], s[sp.start:sp.end]) {
		return
	}
	sc.out = append(sc.out, span{start: a, end: e, typ: tPerson, score: 0.85})
	sc.persons++
}

// nicknameAfter marks a nickname in quotes in brackets after the person
// sp that shares its first letters with the name: "Artur Ponomarev
// ('Pony')", "Денис Шилов («Шило»)"; not a team's "Вера Лисицына
// («Чебурашки»)".
func (sc *scanner) nicknameAfter(sp span) {
	s := sc.s
	if !strings.HasPrefix(s[sp.end:], " (") {
		return
	}
	p := sp.end + 2
	q := quoteAt(s, p, "«", "“")
	if q == 0 || p+q >= len(s) || capAt(s, p+q) == 0 {
		return
	}
	if w := s[p+q : wordEnd(s, p+q)]; !samePrefix(w, s[sp.start:sp.end]) {
		// Any one word in quotes closing the brackets, "Darya Kuzmina ("Cat")",
		// "Трофимов Станислав («Толстый»)"; not a plural, which names a team,
		// "Вера Лисицына («Чебурашки»)", a party to a contract, "('Lessor')", nor
		// a firm's hyphenated name, "Пак Е.В. («Смайл-Про»)".
		e := p + q + len(w)
		c := closingQuoteAt(s, e)
		if c == 0 || e+c >= len(s) || s[e+c] != ')' || pluralWord(w) || contractParties[w] || strings.IndexByte(w, '-') >= 0 {
			return
		}
	}
	sc.nicknameAt(p)
}

// pluralWord reports a word with a plural's ending: Russian "-и", "-ы",
// English "-s" but not "-ss": "Медведи", "Foxes"; not "Boss".
func pluralWord(w string) bool {
	return strings.HasSuffix(w, "и") || strings.HasSuffix(w, "ы") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// contractParties name the sides of a contract, which a contract defines
// in quotes in brackets after their names: "Gusev S. I. ('Lessor')".
var contractParties = map[string]bool{
	"Lessor": true, "Lessee": true, "Renter": true, "Landlord": true, "Tenant": true, "Agent": true, "Principal": true,
	"Buyer": true, "Seller": true, "Supplier": true, "Customer": true, "Client": true, "Contractor": true, "Employer": true,
	"Employee": true, "Borrower": true, "Lender": true, "Pledgor": true, "Pledgee": true, "Guarantor": true, "Guest": true,
	"Арендодатель": true, "Арендатор": true, "Наймодатель": true, "Наниматель": true, "Заказчик": true, "Исполнитель": true,
	"Покупатель": true, "Продавец": true, "Поставщик": true, "Агент": true, "Принципал": true, "Заёмщик": true,
	"Займодавец": true, "Залогодатель": true, "Залогодержатель": true, "Поручитель": true, "Работодатель": true,
	"Работник": true, "Подрядчик": true, "Клиент": true, "Гость": true,
}

// aliasMarks open a bracket after a person's name and say that what
// follows in quotes is the name the person goes by.
var aliasMarks = [...]string{"сценический псевдоним ", "псевдоним ", "stage name ", "call sign ", "позывной ", "ник ", "nickname "}

// aliasAfter marks a stage name, a pen name or a call sign of up to four
// words in quotes in brackets right after the person sp: "Дорохов Олег
// Игоревич (сценический псевдоним «Великий Мерлин»)", "Igor Morozov (call
// sign "Frost")"; without a mark, the quoted name must share a word's first
// letters with the person's, "Чхеидзе Леван Нодарович («Маэстро Леван»)",
// "Timur Sadykov ("Timur the Magnificent")". It reports whether it marked
// one.
func (sc *scanner) aliasAfter(sp span) bool {
	s := sc.s
	if !strings.HasPrefix(s[sp.end:], " (") {
		return false
	}
	p := sp.end + 2
	marked := false
	for _, m := range aliasMarks {
		if strings.HasPrefix(s[p:], m) {
			p, marked = p+len(m), true
			break
		}
	}
	q := quoteAt(s, p, "«", "“")
	if q == 0 {
		return false
	}
	a := p + q
	if a >= len(s) || capAt(s, a) == 0 {
		return false
	}
	b, words := a, 0
	for words < 4 {
		e := wordEnd(s, b)
		if e == b {
			return false
		}
		words++
		if e < len(s) && s[e] == ' ' {
			b = e + 1
			continue
		}
		b = e
		break
	}
	c := closingQuoteAt(s, b)
	if c == 0 || b+c >= len(s) || s[b+c] != ')' && s[b+c] != ',' || strings.ContainsAny(s[a:b], "0123456789") {
		return false
	}
	if !marked {
		shared := false
		for w := range strings.FieldsSeq(s[a:b]) {
			if samePrefix(w, s[sp.start:sp.end]) {
				shared = true
				break
			}
		}
		if !shared || words == 1 {
			return false // one word is nicknameAfter's
		}
	}
	if sc.covered(a, b, len(sc.out)) {
		return true
	}
	sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.85})
	sc.persons++
	return true
}

// closingQuoteAt returns the size of a closing quote at p, or 0.
func closingQuoteAt(s string, p int) int { return quoteAt(s, p, "»", "”") }

// closingQuote returns the size of a closing quote that ends at e, or 0.
func closingQuote(s string, e int) int { return quoteBefore(s, e, "»", "”", "’") }

// openingQuote returns the size of an opening quote that ends at a, or 0.
func openingQuote(s string, a int) int { return quoteBefore(s, a, "«", "“", "‘") }

// quoteBefore returns the size of a straight quote or one of the curly
// quotes that ends at i, or 0.
func quoteBefore(s string, i int, curly ...string) int {
	if i > 0 && (s[i-1] == '\'' || s[i-1] == '"') {
		return 1
	}
	for _, q := range curly {
		if strings.HasSuffix(s[:i], q) {
			return len(q)
		}
	}
	return 0
}

// openingQuoteAt returns the size of an opening quote at p, or 0.
func openingQuoteAt(s string, p int) int { return quoteAt(s, p, "«") }

// quoteAt returns the size of a straight quote or one of the curly quotes
// at p, or 0.
func quoteAt(s string, p int, curly ...string) int {
	if p < len(s) && (s[p] == '\'' || s[p] == '"') {
		return 1
	}
	for _, q := range curly {
		if strings.HasPrefix(s[p:], q) {
			return len(q)
		}
	}
	return 0
}

// samePrefix reports a word of name that opens with the first three
// letters of w, in any case: "Бобёр" and "Бобров Д.", "Kaban" and "Kabanov".
func samePrefix(w, name string) bool {
	var b1, b2 [96]byte
	fw, ok1 := foldInto(b1[:0], w)
	fn, ok2 := foldInto(b2[:0], name)
	if !ok1 || !ok2 || len(fw) == 0 {
		return false
	}
	sz := 3
	if fw[0] >= 0x80 {
		sz = 6
	}
	if len(fw) < sz {
		return false
	}
	for f := range bytes.FieldsSeq(fn) {
		if bytes.HasPrefix(f, fw[:sz]) {
			return true
		}
	}
	return false
}

// nicknameAt marks the capitalized word at p, or in quotes there, as a
// nickname unless a span holds it already.
func (sc *scanner) nicknameAt(p int) {
	s := sc.s
	q := openingQuoteAt(s, p)
	a := p + q
	if a >= len(s) || capAt(s, a) == 0 {
		return
	}
	b := wordEnd(s, a)
	if q > 0 && (b >= len(s) || !strings.HasPrefix(s[b:], "»") && s[b] != '\'' && s[b] != '"') {
		return // one word in its quotes: not "«Лис и партнёры»"
	}
	if q == 0 && b < len(s) && capAt(s, min(b+1, len(s)-1)) > 0 && s[b] == ' ' {
		return // a full name after the mark: "он же Костя Ерохин" is the scanner's
	}
	if sc.covered(a, b, len(sc.out)) {
		return
	}
	if t := sc.nameToken(a, b); t.caps || t.addr != 0 {
		return
	}
	sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.85})
	sc.persons++
}

// staffTitleBefore reports an English staff title, or "crew", whose word
// ends at e: "paramedic 'Tank'", "Crew 'Goose'".
func (sc *scanner) staffTitleBefore(e int) bool {
	a := wordStartBefore(sc.s, e)
	return a >= 0 && sc.s[a] < 0x80 && (strings.EqualFold(sc.s[a:e], "crew") || roleTitle(sc.s[a:e]))
}

// nicknameQuotes returns the length of the closing quote and space after a
// nickname at [b, e) that an opening quote and a space put after a name
// ending at a: ` "Dan" `, " «Дэн» "; 0 if none.
func nicknameQuotes(s string, a, b, e int) int {
	if b < a {
		return 0 // spans may overlap before resolve
	}
	for _, q := range [...][2]string{{` "`, `" `}, {" «", "» "}, {" “", "” "}, {" (", ") "}} { // and a maiden name: Иванова (Петрова) Ольга
		if s[a:b] == q[0] && strings.HasPrefix(s[e:], q[1]) {
			return len(q[1])
		}
	}
	return 0
}

// twoHouses reports two addresses in a row, each with its street and house,
// that a ", " only lists: "Казань, пр. Победы, 141, ул. Кул Гали, 27".
func (sc *scanner) twoHouses(a, b, start, end int) bool {
	s := sc.s
	if bareStreetItem(s, a) == b && bareStreetItem(s, start) == end {
		return true // a list of bare streets: "Старцева 61-8, Уральская 102-44"
	}
	if isDigit(s[a]) && isDigit(s[start]) && houseFirstStreet(strings.TrimSuffix(s[a:b], ".")) && houseFirstStreet(strings.TrimSuffix(s[start:end], ".")) {
		return true // "62 Budyonnovsky Ave., 174 Pushkinskaya St."
	}
	c := strings.LastIndex(s[a:b], ", ")
	if c < 0 || !isDigit(s[b-1]) || isDigit(s[start]) || !digitRun(s[start:end], 1) || strings.IndexByte(s[start:end], ' ') < 0 {
		return false
	}
	house := strings.TrimPrefix(strings.TrimPrefix(s[a+c+2:b], "д. "), "дом ") // the first's last part: its house
	return len(house) <= 4 && allDigits(house)
}

func (sc *scanner) emit(start, end int, typ uint8, score float32, aux uint16) {
	if end <= start || score <= 0 || typ == tPerson && (start > 0 && end < len(sc.s) && titleAfterThe(sc.s, start, end) || jewelleryBrand(sc.s, start, end) || cityBranch(sc.s[start:end])) {
		return
	}
	if typ == tPerson && start >= 4 && sc.s[start-1] == ' ' && (sc.s[start-3:start-1] == "в" && sc.s[start-4] < 0x80 && !isAlnum(sc.s[start-4]) || start >= 6 && sc.s[start-5:start-1] == "во" && sc.s[start-6] < 0x80 && !isAlnum(sc.s[start-6])) {
		if k := strings.IndexByte(sc.s[start:end], ' '); k > 2 && strings.HasSuffix(sc.s[start:start+k], "е") && upperAt(sc.s[start:]) {
			if in := tableInfo(sc.s[start+k+1 : wordEnd(sc.s, start+k+1)]); in.flags&fRuFirst != 0 && in.flags&fAmbig == 0 {
				start += k + 1 // a town's locative before the name: "на объекте в Тутаеве Бекзат сорвался"
			}
		}
	}
	if typ == tPerson && end < len(sc.s) && sc.s[end] == ':' {
		if k := strings.IndexByte(sc.s[start:end], ' '); k > 0 && strings.IndexByte(sc.s[start+k+1:end], ' ') < 0 && knownCity(sc.s[start+k+1:end]) &&
			tableInfo(sc.s[start:start+k]).flags&(fRuFirst|fEnFirst) != 0 {
			end = start + k // a chat's speaker and her branch: "Ксюша Белгород: кто брал рулетку?"
		}
	}
	if n := len(sc.out); typ == tAddress && n > 0 {
		// Two address parts joined by ", " are one address: "мкр.
		// Железнодорожный, ул. Граничная, д. 28".
		if prev := &sc.out[n-1]; prev.typ == tAddress && prev.end < start && start-prev.end <= 2 &&
			strings.TrimLeft(sc.s[prev.end:start], ", ") == "" && sc.s[prev.end] == ',' && !sc.twoHouses(prev.start, prev.end, start, end) {
			prev.end = max(prev.end, end)
			prev.score = max(prev.score, score)
			sc.lastEnd = max(sc.lastEnd, end)
			return
		}
	}
	if n := len(sc.out); typ == tPerson && n > 0 && sc.s[start] >= 0xD0 {
		// A lower-case first name and a capitalized surname after it are
		// one person: "я мама лизоньки Карповой".
		if prev := &sc.out[n-1]; prev.typ == tPerson && prev.end+1 == start && sc.s[prev.end] == ' ' && sc.s[prev.start] >= 0xD0 &&
			!upperAt(sc.s[prev.start:]) && upperAt(sc.s[start:]) && strings.IndexByte(sc.s[start:end], ' ') < 0 && tableSurname(sc.s[start:end]) {
			prev.end = end
			sc.lastEnd = max(sc.lastEnd, end)
			return
		}
	}
	if typ == tAddress {
		if b := streetLeadBefore(sc.s, start); b >= sc.lastEnd {
			start = b // the street's first word: "на Малой Бронной, 15, кв. 32", "на Адмирала Фокина 4Б"
		}
		if k := start - len("ул. "); isDigit(sc.s[start]) && k >= sc.lastEnd && strings.HasSuffix(sc.s[:start], "ул. ") {
			start = sc.addressLeft(k) // the keyword before an ordinal street, and the town before it: "г. Ростов-на-Дону, ул. 14-я линия, д. 63"
		}
		end = countryAfter(sc.s, end) // "…, Bristol BS6 6AH, United Kingdom"
		end = settlementAfter(sc.s, end)
		end = remarkTownAfter(sc.s, end)
		end = labelCityLine(sc.s, end)
		if k := strings.IndexByte(sc.s[start:end], '|'); k > 0 {
			end = start + k // a table's cell ends the address: "|118 Balham High Road, London SW12 9AA|crew 6|"
			for sc.s[end-1] == ' ' {
				end--
			}
		}
	}
	if typ == tPerson && end < len(sc.s) && sc.s[end] == '=' {
		for end > start && sc.s[end-1] != ' ' {
			end-- // a log's key is no name: "esme=172.16.40.12", "user=ivanova esme=…"
		}
		for end > start && sc.s[end-1] == ' ' {
			end--
		}
		if end <= start {
			return
		}
	}
	if typ == tPerson {
		end = arabicParticleTail(sc.s, end) // "Мухаммед аль-Хашими", "ахмед аль мансури"
		end = kyrgyzLowerTail(sc.s, start, end)
		sc.persons++
		for sc.ncaps > 0 && int(sc.caps[sc.ncaps-1]) >= start {
			sc.ncaps-- // a word inside a name is no place for a repetition
		}
	}
	switch typ {
	case tINN, tSNILS, tOGRN, tCard, tAccount, tPassport:
		sc.ids++
	}
	sc.out = append(sc.out, span{start: start, end: end, typ: typ, score: score, aux: aux})
	if end > sc.lastEnd {
		sc.lastEnd = end
	}
	if typ == tPerson && sc.s[start] < 0x80 {
		if a, e := scriptTwinAfter(sc.s, end); e > 0 {
			// The same name in another script after a slash: "MÜLLER / МЮЛЛЕР", "Fatima Hassan / فاطمة حسن".
			sc.out = append(sc.out, span{start: a, end: e, typ: tPerson, score: score})
			sc.lastEnd = e
		}
	}
	if typ == tPerson && sc.s[start] >= 0x80 {
		if a, e := latinTwinAfter(sc.s, end); e > 0 {
			// The same name in Latin letters after a slash on a scan: "ТКАЧЕНКО / TKACHENKO".
			sc.out = append(sc.out, span{start: a, end: e, typ: tPerson, score: score})
			sc.lastEnd = e
		}
	}
}

// latinTwinAfter returns the bounds of a name in Latin capitals after " / "
// at end that fills the rest of its line or field, as a passport prints a
// name in both alphabets ("ТКАЧЕНКО / TKACHENKO"), or 0, 0.
func latinTwinAfter(s string, end int) (int, int) {
	if !strings.HasPrefix(s[end:], " / ") {
		return 0, 0
	}
	a := end + len(" / ")
	e := a
	for e < len(s) && (isUpperASCII(s[e]) || s[e] == ' ' && e+1 < len(s) && isUpperASCII(s[e+1]) || s[e] == '-' || s[e] == '\'') {
		e++
	}
	if e-a < 2 || e < len(s) && s[e] != '\n' && s[e] != '\r' && !strings.HasPrefix(s[e:], " /") {
		return 0, 0
	}
	return a, e
}

// scriptTwinAfter returns the bounds of a name in a script other than
// Latin after " / " at end that fills the rest of its line, as a translated
// passport or a client card prints it ("MÜLLER / МЮЛЛЕР", "Fatima Hassan /
// فاطمة حسن"), or 0, 0: letters and spaces only, at most four words.
func scriptTwinAfter(s string, end int) (int, int) {
	if !strings.HasPrefix(s[end:], " / ") {
		return 0, 0
	}
	a := end + len(" / ")
	if a >= len(s) || s[a] < 0x80 {
		return 0, 0
	}
	e, words := a, 1
	for e < len(s) && s[e] != '\n' && s[e] != '\r' {
		r, sz := utf8.DecodeRuneInString(s[e:])
		switch {
		case r == ' ':
			words++
		case !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '-':
			return 0, 0
		}
		e += sz
	}
	if words > 4 || e-a < 4 {
		return 0, 0
	}
	return a, e
}

func (sc *scanner) run() {
	s := sc.s
	n := len(s)
	i := 0
	for last := -1; i < n; {
		if i <= last { // every matcher must advance; never loop on odd input
			i = last + 1
			if i >= n {
				break
			}
		}
		last = i
		if sc.ei < len(sc.emails) {
			for sc.ei < len(sc.emails) && sc.emails[sc.ei].end <= i {
				sc.ei++
			}
			if sc.ei < len(sc.emails) && i >= sc.emails[sc.ei].start {
				sc.out = append(sc.out, sc.emails[sc.ei])
				i = sc.emails[sc.ei].end
				sc.lastEnd = i
				sc.ei++
				continue
			}
		}
		c := s[i]
		if c >= 0xE3 && c <= 0xED { // Chinese, Japanese or Korean script
			if e := sc.cjk(i); e > i {
				i = e
				continue
			}
		}
		switch {
		case c >= '0' && c <= '9':
			if e := sc.ipv6(i); e > 0 {
				i = e
				continue
			}
			if e := sc.gdsName(i); e > 0 {
				i = e
				continue
			}
			if e := sc.mixedPassport(i); e > 0 {
				i = e
				continue
			}
			if e := sc.gluedQuarter(i); e > 0 {
				i = e
				continue
			}
			i = sc.number(i)
			continue
		case c == '+' || c == '(':
			if c == '(' && i+1 < n && isHex(s[i+1]) {
				if e := sc.ipv6(i + 1); e > 0 {
					i = e // "(2a00:1fa0:4461:8a2b::3c)"
					continue
				}
			}
			if c == '(' && (dottedQuadAt(s, i+1) || bracketedNumber(s, i)) {
				i = sc.number(i + 1) // an IP or a lone number in brackets: "Tokyo (126.78.143.201)", "passport (533814962)"
			} else if i+1 < n && isDigit(s[i+1]) {
				i = sc.number(i)
			} else {
				i++
			}
			continue
		case c == '[':
			i = skipBracketToken(s, i)
			continue
		case c == '{':
			i = skipPlaceholder(s, i) // a template's field: "{Имя}, ваш автомобиль {Марка} готов", "{{client_name}}"
			continue
		case c < 0x80 && !isASCIILetter(c):
			i++
			continue
		}
		if c|0x20 >= 'a' && c|0x20 <= 'f' {
			if e := sc.ipv6(i); e > 0 {
				i = e
				continue
			}
		}
		var size int
		var upper bool
		switch { // c is an ASCII letter here, or a lead byte
		case c < 0x80:
			size, upper = 1, c < 'a'
		case c == 0xD0 && i+1 < n && s[i+1] >= 0x80 && s[i+1] <= 0xBF:
			size, upper = 2, s[i+1] < 0xB0
		case c == 0xD1 && i+1 < n && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			size = 2
		default:
			size, upper = letterAtSlow(s, i)
		}
		if size == 0 {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			continue
		}
		j := wordEnd(s, i)
		// Words glued to digits or to operator output ("[…]", "***") are
		// skipped whole, so re-anonymizing anonymized text changes nothing.
		if j < n && (isDigit(s[j]) || s[j] == '[' || s[j] == '*' || (s[j] == '-' || s[j] == '_') && j+1 < n && isAlnum(s[j+1])) ||
			i > 0 && (s[i-1] == ']' || s[i-1] == '*') || i > 1 && s[i-1] == '-' && isDigit(s[i-2]) || // "пом. 3-Н."
			i > 0 && s[i-1] == '/' && j < n && s[j] == '/' { // a path's part or a log's date: "[20/Jun/2024:11:02:45"
			if j-i >= 3 && j+2 < n && c >= 'A' && c <= 'Z' && s[j] == '-' && isDigit(s[j+1]) { // not a road, "M-4 highway, 214 km"
				if e := alnumEnd(s, j); e < n && s[e] == ' ' {
					if end := sc.streetLowerSuffix(i, e); end > 0 {
						i = end // a numbered microdistrict: "Samal-2 microdistrict, 58", "Aksay-4 mkr, 82"
						continue
					}
				}
			}
			if j-i <= 3 && j < n && c >= 'A' && c <= 'Z' && isDigit(s[j]) {
				if e := sc.gluedPassport(i, j); e > 0 {
					i = e
					continue
				}
				if e := ukPostcodeAt(s, i); e > 0 && sc.ukAddressBack(i, e) {
					i = e // "..., Leeds LS6 2AQ"
					continue
				}
			}
			if c >= 0xD0 && j < n && isDigit(s[j]) {
				if e := gluedMobile(s, j); e > 0 {
					sc.emit(j, e, tPhone, 0.85, 0) // "тел прораба89031117788звонить после обеда"
					i = e
					continue
				}
			}
			if j < n && s[j] == '_' && (i == 0 || s[i-1] == '\n' || i >= 2 && s[i-2] == ':' && s[i-1] == ' ') {
				if e := sc.chatHandle(i, j); e > 0 {
					i = e // a chat member's handle: "Tanya_Omsk: спасибо!", "admin_Olga: 3500"
					continue
				}
			}
			e := alnumEnd(s, j)
			if k := strings.IndexByte(s[j:e], '/'); k >= 0 && dottedQuadAt(s, j+k+1) {
				e = j + k // a VPN peer's name before its address: "pilot-tablet-07/100.64.12.9"
			}
			if j < n && s[j] == '_' {
				sc.fileNameNames(i, e) // "Sarah_and_Tom_001.jpg", "паспорт_Бабаян.pdf"
			}
			i = e // SKU, plate, ticket id: letters glued to digits
			continue
		}
		if c < 0x80 && j-i <= 5 && j+2 < n && (s[j] == ':' && s[j+1] == '/' || s[j] == '.' && s[j+1] != ' ' && j-i > 1 && (s[i] == 'w' || s[i] == 'W')) { // not the initials "W.K."
			if s[j] == ':' && j+3 < n && s[j+2] == '/' && isDigit(s[j+3]) {
				sc.number(j + 3) // a device's address in a URL: "http://10.0.0.15:8080"
			}
			i = urlEnd(s, j) // URL
			continue
		}
		if upper {
			i = sc.capWord(i, j)
			continue
		}
		if j-i >= 16 && c >= 0xD0 && patronymicNominative(s[i:j]) && i > sc.lastEnd && patronymicAsked(s, i) {
			e := j
			if j+1 < n && s[j] == ' ' && !upperAt(s[j+1:]) {
				if q := wordEnd(s, j+1); q > j+1 {
					if _, sur := matchEnding(s[j+1:q], surnameEndings, 4); sur {
						e = q // and the surname after it: "азатович ишмухаметов"
					}
				}
			}
			sc.emit(i, e, tPerson, 0.8, 0) // a patronymic alone in lower case: "а по отчеству / клиент: рафаэлевна"
			sc.lowerNames = true
			i = e
			continue
		}
		if j-i >= 8 {
			if n := elderSuffix(s[i:j]); n > 0 && tableInfo(s[i:j-n]).flags&(fRuFirst|fEnFirst) != 0 {
				sc.emit(i, j, tPerson, 0.85, 0) // an elder named in lower case: "прораб бекзат-ака вы где", "bekzat-aka will you"
				sc.lowerNames = true
				i = j
				continue
			}
		}
		if c < 0x80 && j-i > 2 && j+5 < n && s[j] == '\'' && s[j+1] == 's' && s[j+2] == ' ' && kinAfterPossessive(s, j+3) {
			if in := tableInfo(s[i:j]); in.flags&fEnFirst != 0 && in.word&wStop == 0 {
				sc.emit(i, j, tPerson, 0.7, 0) // a child named by a parent: "this is grace's mum joanne", "lily's dad"
				sc.lowerNames = true
				i = j + 2
				continue
			}
		}
		if c < 0x80 && j-i >= 4 && j-i <= 12 && i >= 3 && s[i-1] == ' ' && strings.IndexByte(s[i+1:j], '-') > 0 {
			if b := koreanLowerName(s, i, j); b >= 0 {
				sc.emit(b, j, tPerson, 0.8, 0) // a Korean name in a transcript: "this is park ji-hoon", "his son choi min-ho"
				i = j
				continue
			}
		}
		if j+2 < n && s[j] == ' ' && (s[i:j] == "снт" || s[i:j] == "кп" || s[i:j] == "snt" || s[i:j] == "kp") {
			if e := sc.lowerSNT(i, j); e > j {
				i = e // "дача в снт луч третья линия участок сорок восемь"
				continue
			}
		}
		if j-i <= 18 && j+1 < n && s[j] == ' ' && s[j+1] >= 0xD0 && surnamePrep(s[i:j]) {
			if e := sc.preppedLowerSurname(i, j); e > j {
				i = e // "у зайцевой", "к сорокиной"
				continue
			}
		}
		h := filterHash(s[i:j]) // one hash for both lower-case filters
		switch {
		case j-i <= 4 && j+2 < n && s[j] == '.' && s[j+1] == ' ' && (settlementMark(s[i:j]) || s[i:j] == "в") && upperAt(s[j+2:]):
			i = sc.village(i, j) // "п. Горки-10, д. 18, кв. 4"; "д. 5" goes on below
		case j < n && s[j] == ':':
			i = sc.speaker(i, j)
		case c < 0x80 && i > 1 && s[i-1] == '=' && staffField(s, i-1):
			i = sc.loggedName(i, j) // "agent=afanasyeva topic=debt"
		case j-i <= 4 && j+1 < n && s[j] == ' ' && s[j+1] >= 0xD0 && (s[i:j] == "на" || s[i:j] == "с" || s[i:j] == "со"):
			i = sc.prepLowerStreet(j) // maybe "на гагарина двенадцать квартира сорок"
		case c >= 0xD0 && j < n && (s[j] == ',' || s[j] == '?' || s[j] == '!') && i >= 2 && s[i-1] == ' ' && s[i-2] == ',' && i >= sc.lastEnd && lowerVocative(s, i, j):
			sc.emit(i, j, tPerson, 0.75, 0) // a first name said between commas: "ок, саш, ранний заезд", "алло, лёш, это вадим"
			sc.lowerNames = true
			i = j
		case j+1 < n && s[j] == ',' && (i == 0 || s[i-1] == '\n'):
			i = sc.lowerAddressed(i, j) // "танечка, привет!", "dasha, send me"
		case j-i >= 9 && (s[i+1] == '-' || c >= 0xD0 && s[i+2] == '-') && sc.dashSpelled(i, j):
			i = j // a name spelled letter by letter: "m-a-k-h-a-r-a-d-z-e", "ж-у-к-о-в-а"
		case c >= 0xD0 && j-i >= 12 && i >= sc.lastEnd && (endsAny(s[i:j], "енко", "чук", "швили", "дзе") || tableSurname(s[i:j]) && lowerLine(s, i) && lowerTableSurname(s, i, j) && !insideQuotes(s, i)) && lowerSurnameBare(s, i, j):
			i = max(j, sc.lowerSurnameAt(i)) // a surname in lower case, ending as Ukrainian and Georgian ones do or in the tables on a chat's line: "кто его менял петренко или захарченко?", "там голованов просит"
		case c >= 'a' && c <= 'z' && j-i >= 6 && i >= sc.lastEnd && endsAny(s[i:j], "ov", "ova", "ev", "eva", "enko", "chuk", "shvili", "dze") && latinRuSurname(s[i:j]) && !latinFamous(s[i:j]) &&
			(sc.lowerPersonSeen() || endsAny(s[i:j], "enko", "chuk", "shvili", "dze") || lowerLine(s, i) && tableInfo(s[i:j]).flags&fRuSurname != 0) && lowerSurnameBareEN(s, i, j):
			e := j
			if j+1 < n && s[j] == ' ' {
				if q := wordEnd(s, j+1); q > j+1 && tableInfo(s[j+1:q]).flags&(fEnFirst|fRuFirst) != 0 && !strings.HasPrefix(s[q:], " "+s[i:j]) {
					e = q // and the given name after it: "longortov petr"; not "romanenko sofia romanenko", the surname said again
				}
			}
			i = latinNamesBefore(s, i, sc.lastEnd) // and the given names before it: "khabir valeev"
			if k := len(sc.out) - 1; k >= 0 && sc.out[k].typ == tPerson && sc.out[k].end+1 == i && s[i-1] == ' ' && s[sc.out[k].start] >= 'a' {
				sc.out[k].end = e // the given name found before it: "gennady lvovich shumov"
				sc.lastEnd = max(sc.lastEnd, e)
			} else {
				sc.emit(i, e, tPerson, 0.75, 0) // a Russian surname in lower-case Latin where people are named so: "where is dorzhiev"
			}
			sc.lowerNames = true
			i = e
		case lowerFilter[h>>6]&(1<<(h&63)) != 0: // maybe a street keyword or a cue
			e := sc.lowerWord(i, j)
			if e == j && c >= 0xD0 && j-i >= 10 && patronymicTail(s[j-10:j]) {
				e = sc.lowerPatronymic(i, j)
			}
			if e == j && j-i >= 3 && firstFilter[h>>6]&(1<<(h&63)) != 0 {
				e = sc.lowerFirst(i, j) // both filters may answer for one word
			}
			i = e
		case c >= 0xD0 && j-i >= 10 && patronymicTail(s[j-10:j]):
			i = sc.lowerPatronymic(i, j) // maybe "зинаида ивановна"
		case j-i >= 3 && firstFilter[h>>6]&(1<<(h&63)) != 0:
			i = sc.lowerFirst(i, j) // maybe "голубева елена", "андрей здравствуйте"
		case c >= 0xD0 && j-i >= 12 && spokenHyphened(s[i:j]):
			i = sc.lowerWord(i, j) // a number read out with hyphens: "восемь-девятьсот пятьдесят-три-ноль"
		case c >= 0xD0 && j-i >= 16 && s[j-1] == 0x85 && endsAny(s[i:j], "овых", "евых", "ёвых", "иных", "ыных"):
			i = sc.lowerFamilyAt(i, j) // maybe "у кравцовых"
		default:
			i = j
		}
	}
}

// kinAfterPossessive reports a parent's or a relative's word at p, after a
// name's "'s": "grace's mum", "lily's dad".
func kinAfterPossessive(s string, p int) bool {
	switch s[p:wordEnd(s, p)] {
	case "mum", "mom", "mummy", "mommy", "dad", "daddy", "mother", "father", "sister", "brother", "husband", "wife", "son",
		"daughter", "grandma", "granny", "grandmother", "grandfather", "grandpa", "aunt", "uncle":
		return true
	}
	return false
}

// streetLeadBefore returns the start of a capitalized size or age word or
// a rank that opens a street's name right before start ("Малой Бронной",
// "Большой Покровской", "Новой Басманной", "Адмирала Фокина"), or of a
// microdistrict's word in Latin letters and the town before it ("Berdsk,
// Microdistrict Severny 12"), or -1.
func streetLeadBefore(s string, start int) int {
	if start < 8 || s[start-1] != ' ' {
		return -1
	}
	b := wordStartBefore(s, start-1)
	if b < 0 {
		return -1
	}
	if s[start] < 0x80 {
		switch s[b : start-1] {
		case "Microdistrict", "microdistrict", "Mikrorayon", "mikrorayon", "Mkr.", "mkr.":
			if c := wordStartBefore(s, b-2); c >= 0 && b >= 4 && s[b-2:b] == ", " && b-2-c >= 4 && isUpperASCII(s[c]) && !firstNameAt(s, c) {
				return c // and the town before it: "Berdsk, Microdistrict Severny 12, apt 45"
			}
			return b // a microdistrict's word before its name: "Mikrorayon Yuzhny 37"
		}
		return -1
	}
	switch s[b : start-1] {
	case "Большой", "Малой", "Большая", "Малая", "Нижней", "Нижняя", "Верхней", "Верхняя", "Новой", "Новая", "Старой", "Старая",
		"Большую", "Малую", "Нижнюю", "Верхнюю", "Новую", "Старую",
		"Маршала", "Генерала", "Адмирала", "Академика", "Космонавта", "Героя":
		return b
	}
	return -1
}

// passportToken reports capitals and digits only at s[i:e], standing alone.
func passportToken(s string, i, e int) bool {
	return upperAlnum(s[i:e]) && (e == len(s) || !isAlnum(s[e]) && s[e] != '-') && !russianPlate(s[i:e])
}

// passportLettersDigits reports one or two capital letters, seven or eight
// digits and perhaps a capital letter: "E48203917", "P9914276A".
func passportLettersDigits(w string) bool {
	k := 0
	for k < len(w) && k < 2 && isUpperASCII(w[k]) {
		k++
	}
	d := k
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if k == 0 || d-k < 7 || d-k > 8 {
		return false
	}
	return d == len(w) || d+1 == len(w) && isUpperASCII(w[d])
}

// mixedIDToken reports an identity card's number of capitals and digits
// mixed, nine of them, a letter first and three to seven digits: a Finnish
// "N4K9T2R07", a German "C01X00T47" or "L8X42TNV1", a Dutch "IR8J47PK2".
func mixedIDToken(w string) bool {
	if len(w) != 9 || !isUpperASCII(w[0]) {
		return false
	}
	digits := 0
	for k := 0; k < len(w); k++ {
		switch {
		case isDigit(w[k]):
			digits++
		case !isUpperASCII(w[k]):
			return false
		}
	}
	return digits >= 3 && digits < 8
}

// russianPlate reports a Russian car plate in Latin letters, a letter, three
// digits, two letters and the region's two or three digits: "A221MK799".
func russianPlate(w string) bool {
	if len(w) != 8 && len(w) != 9 {
		return false
	}
	plateLetter := func(c byte) bool { return strings.IndexByte("ABEKMHOPCTYXRSNVU", c) >= 0 } // and transliterated: "R552OS43" for "Р552ОС43"
	for k := 0; k < len(w); k++ {
		switch {
		case k == 0 || k == 4 || k == 5:
			if !plateLetter(w[k]) {
				return false
			}
		case !isDigit(w[k]):
			return false
		}
	}
	return true
}

// upperAlnum reports capital letters and digits only, with both present.
func upperAlnum(w string) bool {
	letters, digits := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case isDigit(c):
			digits++
		case isUpperASCII(c):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits >= 2
}

// patronymicTail reports "вн" or "ич" among the last five letters of a
// Cyrillic word (the ten bytes in t): ивановна, ивановной, петрович,
// петровичем. It is the cheap test before lowerPatronymic.
func patronymicTail(t string) bool {
	const vn, ich = 0xBDD0B2D0, 0x87D1B8D0 // "вн", "ич" as little-endian uint32
	for k := 0; k+4 <= len(t); k += 2 {
		if v := uint32(t[k]) | uint32(t[k+1])<<8 | uint32(t[k+2])<<16 | uint32(t[k+3])<<24; v == vn || v == ich {
			return true
		}
	}
	return false
}

// mixedPassport emits a passport number that opens with digits and mixes
// in capital letters ("15AB22071", Georgian, also in groups: "09 AB
// 23457") under a passport header or after the word passport, and returns
// its end; 0 otherwise.
func (sc *scanner) mixedPassport(i int) int {
	s := sc.s
	if e := i + len("09 AB 23457"); e <= len(s) && isDigit(s[i+1]) && s[i+2] == ' ' && isUpperASCII(s[i+3]) && isUpperASCII(s[i+4]) &&
		s[i+5] == ' ' && allDigits(s[i+6:e]) && (e == len(s) || !isAlnum(s[e])) && (i == 0 || !isAlnum(s[i-1])) &&
		leftContext(s, i) == ctxPassport {
		sc.emit(i, e, tPassport, 0.9, 0) // a Georgian passport in groups: "Passport: 09 AB 23457"
		return e
	}
	if i+8 > len(s) || !isDigit(s[i+1]) || !isUpperASCII(s[i+2]) || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	e := alnumEnd(s, i)
	if e-i < 8 || e-i > 10 || e < len(s) && (s[e] == '/' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) ||
		!passportToken(s, i, e) {
		return 0
	}
	if e-i >= 7 && monthAbbrev(s[i+2:i+5]) {
		return 0 // a date of birth: "02NOV1968"
	}
	if leftContext(s, i) != ctxPassport {
		return 0
	}
	sc.emit(i, e, tPassport, 0.9, 0)
	return e
}

// monthAbbrev reports a month's three capitals: "NOV".
func monthAbbrev(w string) bool {
	switch w {
	case "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// negWordBefore reports a negative context word or another document's right
// before i, which names the number that follows whatever words stand further
// back: "— passport 75 5318840 — plate A218OR777", "passport P4821937A …,
// SIRB C0912773".
func negWordBefore(s string, i int) bool {
	var buf [24]byte
	k, ok := lookupStem(prevWord(s, i, buf[:0]))
	return ok && (k == ctxNeg || k == ctxDoc)
}

// gluedPassport reports a foreign passport number written as one or two
// capital letters glued to 6–9 digits ("P8814027", "TR4471902") after a
// passport context word, and returns its end; 0 otherwise.
func (sc *scanner) gluedPassport(i, j int) int {
	s := sc.s
	if i > 0 && isAlnum(s[i-1]) || s[j-1] < 'A' || s[j-1] > 'Z' {
		return 0
	}
	if e := alnumEnd(s, i); e-i >= 8 && e-i <= 10 && passportToken(s, i, e) {
		if (passportLettersDigits(s[i:e]) || mixedIDToken(s[i:e])) && idCardBefore(s, i) {
			sc.emit(i, e, tPassport, 0.85, 0) // an identity card as a passport: "удостоверение личности РК N07218840", "Kazakhstan ID N05527713"
			return e
		}
		if note := bracketAfter(s, e, 32); note != "" && (containsAny(note, passportStems[:]...) || (isCountry(note) || countryCode(note)) && passportNear(s, i)) {
			sc.emit(i, e, tPassport, 0.85, 0) // a passport's country or kind after it: "Passport …: E52910473 (Germany)", "ID: C4X81270R (foreign passport)", "Passport copies: … PAF118203 (ES)"
			return e
		}
		if passportLabelBefore(s, i) && (passportLettersDigits(s[i:e]) || mixedIDToken(s[i:e]) || strings.HasSuffix(s[:i], " is ")) {
			sc.emit(i, e, tPassport, 0.9, 0) // the label names the passport whatever its last word: "Passport number for the receipt: U24871563"
			return e
		}
		if kazakhID(s[i:e]) && (leftContext(s, i) != ctxNeg || idWordBefore(s, i)) {
			sc.emit(i, e, tPassport, 0.8, 0) // a Kazakh card's "N" and eight digits: "Guardian ID (Kazakhstan): N14077352", "my id N09876113"
			return e
		}
		if !negWordBefore(s, i) {
			if passportWordBefore(s, i) {
				sc.emit(i, e, tPassport, 0.9, 0) // a machine-readable passport number: "German passport C01X00T47"
				return e
			}
			if (j-i == 1 || j-i == 2 && e-i == 9 && numberWordBefore(s, i)) && passportNear(s, i) && leftContext(s, i) != ctxNeg ||
				j-i == 2 && e-i == 9 && passportInSentence(s, i) && leftContext(s, i) <= ctxNone || // "паспорт …, Республика Армения, AT0718264"; not "visa BRP ZX1234567"
				headerContext(delimHeader(s, i, '|')) == ctxPassport || headerContext(cellHeader(s, i, e)) == ctxPassport || passportColumn(s, i, e) ||
				passportInParagraph(s, i) && endsAny(strings.TrimRight(s[max(0, i-12):i], " "), "No:", "No.", "No.:", "№", "Номер:", "номер:") {
				// "Passport of Kazakhstan, holder …, No. N12938475"; a data page's field under its heading, "Номер / No: AC3048152"
				sc.emit(i, e, tPassport, 0.85, 0)
				return e
			}
			if passportLettersDigits(s[i:e]) && passportAskedAbove(s, i) && leftContext(s, i) != ctxNeg {
				sc.emit(i, e, tPassport, 0.8, 0) // an answer: "…passport number please\ncaller: sure, it's K41278305"
				return e
			}
			if passportLettersDigits(s[i:e]) && pipeCellAt(s, i, e) && sc.personOnLine(i) && leftContext(s, i) != ctxNeg {
				sc.emit(i, e, tPassport, 0.8, 0) // a passport in a row of people: "| SANTOS MARK JOSEPH | PHL | P9914276A |"
				return e
			}
			if sc.passportShapeSeen(s[i:e]) && leftContext(s, i) != ctxNeg {
				sc.emit(i, e, tPassport, 0.85, 0) // "паспорт AR0473916 … новый уже получил — AV1502847"
				return e
			}
		}
	}
	q := j
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-j < 6 || q-j > 9 || q < len(s) && (isAlnum(s[q]) || s[q] == '-' || s[q] == '/') {
		return 0
	}
	if leftContext(s, i) != ctxPassport {
		return 0
	}
	sc.emit(i, q, tPassport, 0.95, 0)
	return q
}

// kazakhID reports a Kazakh identity card's or passport's number: "N" and
// eight digits, "N14077352".
func kazakhID(w string) bool {
	return len(w) == 9 && w[0] == 'N' && allDigits(w[1:])
}

// idWordBefore reports "ID" as a word (not an order's, a user's or a
// transaction's) or an identity card on the line within 40 bytes before i:
// "Guardian ID (Kazakhstan): N14077352", "my id N09876113".
func idWordBefore(s string, i int) bool {
	lo := lineStart(s, i, 40)
	if k := strings.LastIndex(s[lo:i], ". "); k >= 0 {
		lo += k + 2 // the number's own sentence: not "Kazakhstan ID N05527713. Order N04718835"
	}
	if containsAny(s[lo:i], "достоверени") && !containsAny(s[lo:i], "одительск") {
		return true // "Удостоверение для пропуска: N14820736"
	}
	for _, id := range [...]string{"ID", "id"} {
		k := strings.LastIndex(s[lo:i], id)
		if k < 0 {
			continue
		}
		k += lo
		if k > 0 && isAlnum(s[k-1]) || k+2 < len(s) && isAlnum(s[k+2]) {
			continue
		}
		var buf [16]byte
		switch string(prevWord(s, k, buf[:0])) {
		case "order", "user", "transaction", "client", "customer", "session", "request", "ticket", "invoice", "заказа", "клиента":
			return false
		}
		return true
	}
	return false
}

// passportAskedAbove reports a passport asked for on the line before the
// short answer at i: "agent: can i have your passport number please\ncaller:
// sure, it's K41278305".
func passportAskedAbove(s string, i int) bool {
	lo := lineStart(s, i, 48)
	if lo < 2 || s[lo-1] != '\n' || strings.ContainsAny(s[lo:i], "0123456789") {
		return false
	}
	prev := lineBefore(s, lo, 160)
	return containsAny(prev, passportStems[:]...) && containsAny(prev, "?", "please", "пожалуйста", "продиктуйте", "what", "can you", "can i", "need", "нужен")
}

// passportLabelBefore reports a label that opens with the passport's word
// and ends in a colon right before i, within its sentence ("Passport
// number for the receipt: U24871563"), or "passport number is" right
// before it, or with a few words between in its clause ("my passport number
// for the booking is GA719304").
func passportLabelBefore(s string, i int) bool {
	if endsAny(s[:i], "passport number is ", "Passport number is ", "passport no. is ", "passport is ", "Номер моего паспорта ", "номер моего паспорта ",
		"номер паспорта ", "Номер паспорта ") {
		return true // said in a call: "for the customs, my passport number is NXR1K7P39", "Номер моего паспорта CJ7R2L9K4"
	}
	if strings.HasSuffix(s[:i], " is ") {
		a := max(0, i-48)
		if k := strings.LastIndexAny(s[a:i], "\n.?!;"); k >= 0 {
			a += k + 1
		}
		// A few words between: "my passport number for the booking is GA719304".
		clause := s[a:i]
		return containsAny(clause, "passport number ", "passport no. ") && !strings.ContainsAny(clause, "0123456789")
	}
	if i < 3 || s[i-2:i] != ": " {
		return false
	}
	a := max(0, i-48)
	if k := strings.LastIndexAny(s[a:i-2], "\n.?!"); k >= 0 {
		a += k + 1
	}
	label := strings.TrimLeft(s[a:i-2], " ")
	return (startsAny(label, "Passport", "passport", "Паспорт", "паспорт") || containsAny(label, "passport number", "passport no", "номер паспорта")) &&
		!strings.ContainsAny(label, "0123456789") // "Here is my passport number for the contract: FA3381950"
}

// idCardBefore reports an identity card named on the line before i:
// "Удостоверение личности N04718834", "ID card: N04418320", "Kazakhstan ID
// N05527713"; not a driving licence's "удостоверение".
func idCardBefore(s string, i int) bool {
	lo := max(0, i-48)
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	w := s[lo:i]
	if k := strings.LastIndexByte(w, '\n'); containsAny(w[k+1:], "УДОСТ. ЛИЧНОСТ", "Удост. личност", "удост. личност", "Уд. личност", "уд. личност") {
		return true // a patent's field: "ДОК. УДОСТ. ЛИЧНОСТЬ: AD 0914477"
	}
	if t := strings.TrimRight(w, " :"); endsAny(t, "No.", "no.") {
		w = t[:len(t)-len("No.")] // the number's own label ends in a dot: "Kazakh ID card …: ID No. 047812359", "ID card no.: L01X00T47"
	}
	if k := strings.LastIndexAny(w, "\n.;"); k >= 0 {
		w = w[k+1:] // the clause's own words: not "… ID N05527713. Order N04718835"
	}
	if t := strings.TrimRight(w, " :"); (strings.HasSuffix(t, "ID number") || strings.HasSuffix(t, "ID no") || strings.HasSuffix(t, "ID No")) &&
		!containsAny(t, "ilitary", "ILITARY", "оенн", "user", "User", "order", "Order", "client", "Client", "transaction") {
		return true // "ID number AN 1728364"; not a military ID's or a user's
	}
	if containsAny(w, "достоверение личности", "достоверения личности", "достоверению личности", "ID card", "ID-card",
		"identity card", "Identity card", "Kazakhstan ID", "Kazakh ID", "national ID", "National ID", "ID-карт", "ID карт",
		"Teudat Zehut", "teudat zehut", "Теудат") { // an Israeli identity number: "ID number (Teudat Zehut): 039471825"
		return true
	}
	// A scan's number field under the card's heading: "IDENTITY CARD … Card No. BM1842077", "IDENTITY CARD\nNo 051736284".
	if !endsAny(strings.TrimRight(s[lo:i], " "), "Card No.", "Card No:", "Card No", "Card No.:", "CARD No.", "CARD No:", "CARD NO.", "CARD NO:", "Document No.", "Document No:", "Document No.:", "Document no.", "Document no:", "DOCUMENT NO:", "\nNo", "\nNo.", "\nNo:", "\n№", "\nID No.", "\nID No:", "\nID No.:") {
		return false
	}
	return containsAny(paragraphBefore(s, i), "IDENTITY CARD", "Identity Card", "Identity card", "identity card", "ID CARD", "ID card", "ДОСТОВЕРЕНИЕ ЛИЧНОСТИ", "достоверение личности",
		"ID-KARTA", "ID-karta", "ID-card", "ID-CARD") // an Uzbek card: "O'ZBEKISTON RESPUBLIKASI ID-KARTA … Document No: AD1927364"; "ID-card scan, Kyrgyz Republic"
}

// numberWordBefore reports "no.", "number" or "is" right before i: "the
// passport of my late father, no. AT0495271", not "visa BRP ZX1234567".
func numberWordBefore(s string, i int) bool {
	if strings.HasSuffix(s[:i], "№ ") || strings.HasSuffix(s[:i], "№") {
		return true
	}
	var buf [16]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "no", "nr", "number", "is", "номер":
		return true
	}
	return false
}

// passportShapeSeen reports a passport found earlier in the text with the
// same run of capitals and digits as w: a second passport of the same
// country, often the new one after the old.
func (sc *scanner) passportShapeSeen(w string) bool {
	for k := len(sc.out) - 1; k >= 0; k-- {
		sp := sc.out[k]
		if sp.typ != tPassport || sp.end-sp.start != len(w) {
			continue
		}
		if mixedIDToken(w) && mixedIDToken(sc.s[sp.start:sp.end]) {
			return true // the letters and digits mix anyhow on a German passport: "C7FJ2K9L1 …, and my husband's is CLT48R0G7"
		}
		same := true
		for x := 0; x < len(w) && same; x++ {
			a, b := sc.s[sp.start+x], w[x]
			same = isDigit(a) == isDigit(b) && isUpperASCII(a) == isUpperASCII(b) ||
				x == 1 && len(w) >= 8 && isUpperASCII(w[0]) // one series letter or two: China's "E94520137" and "EH2291845"
		}
		if same {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool       { return isDigit(c) || isASCIILetter(c) || c >= 0xC0 }

// asciiKind classifies ASCII bytes for letterAt: bit 0 letter, bit 1 upper.
var asciiKind = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-32] = 3
	}
	return t
}()

// letterAt reports the byte size of the letter starting at i (0 when the rune
// there is not a letter) and whether it is upper case.
func letterAt(s string, i int) (int, bool) {
	if uint(i) < uint(len(s)) {
		c := s[i]
		if c < 0x80 {
			return int(asciiKind[c] & 1), asciiKind[c] > 1
		}
		// Basic Cyrillic here too (letterAt is too big to inline anyway):
		// one call, not two, for most letters of Russian text.
		if i+1 < len(s) {
			if c2 := s[i+1]; c == 0xD0 && c2 >= 0x80 && c2 <= 0xBF {
				return 2, c2 < 0xB0
			} else if c == 0xD1 && c2 >= 0x80 && c2 <= 0x9F {
				return 2, false
			}
		}
	}
	return letterAtSlow(s, i)
}

func letterAtSlow(s string, i int) (int, bool) {
	if uint(i) >= uint(len(s)) {
		return 0, false
	}
	c := s[i]
	if i+1 < len(s) {
		c2 := s[i+1]
		if c == 0xD0 && c2 >= 0x80 && c2 <= 0xBF {
			return 2, c2 < 0xB0
		}
		if c == 0xD1 && c2 >= 0x80 && c2 <= 0x9F {
			return 2, false
		}
	}
	r, sz := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return 0, false
	}
	return sz, unicode.IsUpper(r)
}

// uzbekApostrophe reports an apostrophe at i that writes Uzbek's o' or g'
// inside a word: after o or g, before two lower-case letters that are no
// English contraction or possessive ("Hugo's", "who'll", "o'clock" aside).
func uzbekApostrophe(s string, i int) bool {
	if i < 1 || i+2 >= len(s) || s[i-1]|0x20 != 'o' && s[i-1]|0x20 != 'g' || s[i+1] < 'a' || s[i+1] > 'z' || s[i+2] < 'a' || s[i+2] > 'z' {
		return false
	}
	e := i + 1
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	switch s[i+1 : e] {
	case "ll", "re", "ve", "clock":
		return false
	}
	return true
}

// wordEnd returns the end of the word starting at i: letters, with inner
// hyphens (Санкт-Петербург, пр-т), O'Brien-style apostrophes and Uzbek's o'
// and g' (uzbekApostrophe).
func wordEnd(s string, i int) int {
	n := len(s)
	for i < n {
		// Runs of basic Cyrillic and of ASCII letters, the bulk of every
		// word, go in tight loops that keep nothing on the stack; the
		// byte differences wrap, so one compare tests each range. Four
		// Cyrillic letters go at once where eight bytes are left.
		for i+8 <= n && cyrillic4(s[i:i+8]) {
			i += 8
		}
		for i+1 < n && (s[i] == 0xD0 && s[i+1]-0x80 < 0x40 || s[i] == 0xD1 && s[i+1]-0x80 < 0x20) {
			i += 2
		}
		for i < n && asciiKind[s[i]] != 0 {
			i++
		}
		if i >= n {
			break
		}
		c := s[i]
		if c < 0x80 {
			if (c == '-' || c == '\'') && i+1 < n {
				if sz2, up := letterAt(s, i+1); sz2 > 0 && (c == '-' || up) {
					i++
					continue
				}
				if c == '\'' && uzbekApostrophe(s, i) {
					i++ // Uzbek's o' and g' inside a word: "O'tkir", "G'ulomov", "Sho'xrat"
					continue
				}
			}
			break
		}
		sz, _ := letterAtSlow(s, i)
		if sz == 0 {
			break
		}
		i += sz
	}
	return i
}

// cyrillic4 reports whether the eight bytes of w are four basic Cyrillic
// letters, as wordEnd tests them one by one: a lead byte 0xD0 with a
// continuation byte, or 0xD1 with one of 0x80–0x9F, which is a
// continuation byte without bit 5 (the lead's bit 0 moves under it).
func cyrillic4(w string) bool {
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56 // one load
	return x&0x00FE00FE00FE00FE == 0x00D000D000D000D0 && x&0xC000C000C000C000 == 0x8000800080008000 &&
		(x&0x0001000100010001)<<13&x == 0
}

func alnumEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) || isASCIILetter(c) || c == '-' || c == '_' || c == '/' {
			i++
			continue
		}
		if sz, _ := letterAt(s, i); sz > 0 {
			i += sz
			continue
		}
		break
	}
	return i
}

// urlEnd returns the end of a URL that runs from i to a space or a quote:
// JSON's quote ends it, "endpoint":"https://…/hooks/pay","remote_addr":"2a03:…".
func urlEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' && s[i] != '"' && s[i] != '<' && s[i] != '>' {
		i++
	}
	return i
}

// skipBracketToken skips an operator output such as "[PERSON_1a2b3c4d]" or
// "[CARD]", so that anonymized text re-scans clean.
func skipBracketToken(s string, i int) int {
	j := i + 1
	for j < len(s) && j-i < 40 && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == '_' || isDigit(s[j]) || s[j] >= 'a' && s[j] <= 'f') {
		j++
	}
	if j < len(s) && s[j] == ']' && j > i+1 {
		return j + 1
	}
	return i + 1
}

// skipPlaceholder returns the end of a template's field at i, "{Имя}" or
// "{{client_name}}": one word of letters, digits, '_', '.' or '-' in braces
// (not a JSON object); i+1 otherwise.
func skipPlaceholder(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '{' {
		j++
	}
	b := j
	for j < len(s) && j-i < 48 {
		if sz, _ := letterAt(s, j); sz > 0 {
			j += sz
			continue
		}
		if c := s[j]; isDigit(c) || c == '_' || c == '.' || c == '-' {
			j++
			continue
		}
		break
	}
	if j > b && j < len(s) && s[j] == '}' {
		for j < len(s) && s[j] == '}' {
			j++
		}
		return j
	}
	return i + 1
}

// prevWordBefore returns the word (folded) that ends right before byte i,
// skipping spaces and punctuation other than sentence ends.
func prevWord(s string, i int, buf []byte) []byte {
	k, j := prevWordBounds(s, i)
	b, _ := foldInto(buf[:0], s[k:j])
	return b
}

// prevWordIn reports whether the word before byte i, folded, is one of
// words.
func prevWordIn(s string, i int, words ...string) bool {
	var buf [24]byte
	w := string(prevWord(s, i, buf[:0]))
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// prevWord is prevWord over the scanner's text, memoized for the last
// position asked. The copy it returns is what prevWord returns with the same
// buf: empty for a word longer than buf's capacity, folded up to a letter
// foldInto cannot fold.
func (sc *scanner) prevWord(i int, buf []byte) []byte {
	if sc.pwAt != i+1 {
		k, j := prevWordBounds(sc.s, i)
		w, _ := foldInto(sc.pwWord[:0], sc.s[k:j]) // a word is 43 bytes at most
		sc.pwAt, sc.pwLen, sc.pwN = i+1, j-k, len(w)
	}
	if sc.pwLen > cap(buf) {
		return buf[:0]
	}
	return append(buf[:0], sc.pwWord[:sc.pwN]...)
}

// jewelleryBrand reports a jeweller's brand that is also a surname or a
// name, alone at s[start:end], where the words around it say it is the
// brand: "my Sokolov ring", "(Sokolov, Pandora, Tiffany)", "изделий Sokolov
// и «Адамас»", "Breakfast at Tiffany's".
func jewelleryBrand(s string, start, end int) bool {
	switch s[start:end] {
	case "Sokolov", "SOKOLOV", "sokolov", "Tiffany", "Cartier":
	default:
		return false
	}
	if strings.HasSuffix(s[:start], "Breakfast at ") {
		return true
	}
	lo, hi := max(0, start-60), min(len(s), end+60)
	if containsAny(s[lo:start], "Pandora", "Adamas", "Адамас", "Bvlgari", "Cartier, ", "Tiffany, ", "Sokolov, ", "Sokolov and ") ||
		containsAny(s[end:hi], "Pandora", "Adamas", "Адамас", "Bvlgari", ", Cartier", ", Tiffany", "and Tiffany", "and Sokolov") {
		return true // a list of brands
	}
	var pb [32]byte
	switch string(prevWord(s, start, pb[:0])) {
	case "of", "by", "brand", "including", "изделия", "изделий", "украшения", "цепочки", "цепей", "комплект", "бренд", "бренда", "это", "стиле", "очками", "представитель":
		return true
	}
	k := end
	if k < len(s) && (s[k] == '\'' || s[k] == '"') {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k > end && startsAny(s[k:], "ring", "necklace", "bracelet", "pendant", "catalogue", "stamp", "tags", "items", "HardWear", "T bracelet", "Return", "brand", "chain",
		"x6", "ranges", "585", "750", "925", "or a fake", "или подделка")
}

// cityBranch reports a word a hyphen joins to a town before it, a branch's
// or an office's name, not a person's: "Барнаул-Малахова", "Таганрог-Центр".
func cityBranch(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && strings.IndexByte(w, ' ') < 0 && knownCity(w[:k])
}

// titleAfterThe reports a name s[start:end] in quotes after "the", "on",
// "at" or "in": a product's, a room's or a boat's title, not a person ("the
// 'Olivia' layout", "on \"Grace\"", "the «Marilyn» sketch").
func titleAfterThe(s string, start, end int) bool {
	q := s[start-1]
	var k int
	switch {
	case (q == '\'' || q == '"') && s[end] == q:
		k = start - 1
	case start >= 2 && s[start-2] == 0xC2 && q == 0xAB && strings.HasPrefix(s[end:], "»"):
		k = start - 2
	case start >= 3 && strings.HasPrefix(s[start-3:], "“") && strings.HasPrefix(s[end:], "”"):
		k = start - 3
	default:
		return false
	}
	if k < 2 || s[k-1] != ' ' {
		return false
	}
	b := k - 1
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	switch s[b : k-1] {
	case "the", "The", "on", "at", "in", "or":
		return b == 0 || !isAlnum(s[b-1])
	}
	return false
}

// prevWordBounds returns the bounds of the word prevWord folds.
func prevWordBounds(s string, i int) (int, int) {
	j := max(i, 0) // callers step back over a word they know, "имени " at the text's start
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ',' || s[j-1] == '.' || s[j-1] == ':') {
		j--
	}
	k := j
	for k > 0 && j-k < 40 {
		if c := s[k-1]; c < 0x80 {
			if asciiKind[c] == 0 && c != '-' {
				break
			}
			k--
			continue
		}
		if k >= 2 && (s[k-2] == 0xD0 && s[k-1] <= 0xBF || s[k-2] == 0xD1 && s[k-1] <= 0x9F) {
			k -= 2 // basic Cyrillic letter
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		k -= sz
	}
	return k, j
}

// sentenceStart reports whether the word at i begins a sentence.
func sentenceStart(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '"' || s[j-1] == '\t') {
		j--
	}
	if j == 0 {
		return true
	}
	switch s[j-1] {
	case '.', '!', '?', '\n', '\r', ':', '-', '>':
		return true
	case ')': // a list's item: "4) Надежда на то, что …"
		k := j - 1
		for k > 0 && j-1-k < 3 && isDigit(s[k-1]) {
			k--
		}
		return k < j-1 && (k == 0 || s[k-1] == '\n')
	}
	if j >= 2 && s[j-2] == 0xC2 && s[j-1] == 0xAB { // «
		return true
	}
	return j >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80 // dashes and quotes
}

// findEmails expands every '@' into an e-mail address span.
func (sc *scanner) findEmails() {
	s := sc.s
	from := 0
	for {
		k := strings.IndexByte(s[from:], '@')
		if k < 0 {
			return
		}
		at := from + k
		from = at + 1
		a := at
		for a > 0 && isLocalChar(s[a-1]) {
			a--
		}
		for a < at && (s[a] == '.' || s[a] == '-') {
			a++
		}
		if a == at {
			continue
		}
		b := at + 1
		lastDot, labels := -1, 0
		for b < len(s) {
			c := s[b]
			if isDigit(c) || isASCIILetter(c) || c == '-' {
				b++
				continue
			}
			if sz, _ := letterAt(s, b); sz > 1 {
				b += sz
				continue
			}
			if c == '.' && b+1 < len(s) && b > at+1 && s[b-1] != '.' {
				if sz, _ := letterAt(s, b+1); sz > 0 || isDigit(s[b+1]) {
					lastDot = b
					labels++
					b++
					continue
				}
			}
			break
		}
		if lastDot < 0 || b-lastDot < 3 {
			continue
		}
		if len(sc.emails) > 0 && sc.emails[len(sc.emails)-1].end > a {
			continue
		}
		sc.emails = append(sc.emails, span{start: a, end: b, typ: tEmail, score: 0.99})
		from = b
	}
}

func isLocalChar(c byte) bool {
	return isDigit(c) || isASCIILetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// resolve sorts spans by start and drops overlaps, keeping the higher score
// (the longer span on ties).
func resolve(sp []span) []span {
	for i := 1; i < len(sp); i++ {
		for j := i; j > 0 && sp[j].start < sp[j-1].start; j-- {
			sp[j], sp[j-1] = sp[j-1], sp[j]
		}
	}
	out := sp[:0]
	for _, x := range sp {
		if len(out) > 0 && x.start < out[len(out)-1].end {
			last := &out[len(out)-1]
			if x.score > last.score || x.score == last.score && x.end-x.start > last.end-last.start {
				*last = x
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// hexKind marks ASCII hex digits.
var hexKind = func() (t [128]bool) {
	for _, c := range "0123456789abcdefABCDEF" {
		t[c] = true
	}
	return t
}()

func isHex(c byte) bool { return c < 0x80 && hexKind[c] }

// ipv6 emits the IPv6 address at i and returns its end, or returns -1.
func (sc *scanner) ipv6(i int) int {
	if !maybeIPv6(sc.s, i) {
		return -1
	}
	e := ipv6End(sc.s, i)
	if e > 0 && !(e+1 < len(sc.s) && sc.s[e] == '/' && isDigit(sc.s[e+1]) && strings.HasSuffix(sc.s[i:e], "::")) {
		// a network, "2a02:6b8::/32", is no one's address
		sc.emit(i, e, tIP, 0.9, 0)
	}
	return e
}

// maybeIPv6 is the cheap test before ipv6End: one to four hex digits, then ':'.
func maybeIPv6(s string, i int) bool {
	// The ':' is one of the five bytes at i: most words and numbers have none.
	if w := s[i:min(i+5, len(s))]; len(w) == 5 {
		if w[1] != ':' && w[2] != ':' && w[3] != ':' && w[4] != ':' && w[0] != ':' {
			return false
		}
	} else if strings.IndexByte(w, ':') < 0 {
		return false
	}
	j := i
	for j < len(s) && j-i < 5 && isHex(s[j]) {
		j++
	}
	return j-i <= 4 && j+1 < len(s) && s[j] == ':' && (isHex(s[j+1]) || s[j+1] == ':')
}

// ipv6End returns the end of the IPv6 address that starts at i ("2001:db8::1",
// "fe80:0:0:0:202:b3ff:fe1e:8329"), or -1: eight groups of one to four hex
// digits, or fewer with a single "::".
func ipv6End(s string, i int) int {
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == ':' || s[i-1] == '.') {
		return -1
	}
	groups, double, end := 0, false, -1
	j := i
	for {
		h := j
		for h < len(s) && h-j <= 4 && isHex(s[h]) {
			h++
		}
		if h-j > 4 {
			return -1
		}
		group := h > j
		if group {
			groups++
			end = h
		}
		j = h
		if j+1 < len(s) && s[j] == ':' && s[j+1] == ':' {
			if double {
				return -1
			}
			double = true
			j += 2
			end = j
			continue
		}
		if group && j+1 < len(s) && s[j] == ':' && isHex(s[j+1]) {
			j++
			continue
		}
		break
	}
	if end < 0 || end < len(s) && (isAlnum(s[end]) && (s[end] < 0x80 || letterSize(s, end) > 0) || s[end] == ':' && !clauseColon(s, end) || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
		return -1
	}
	if groups == 8 && !double && end-i == 23 {
		return -1 // eight groups of two: a Zigbee device's EUI-64, "00:15:8D:00:04:A1:7C:33", not an IPv6 address
	}
	if groups == 8 && !double || double && groups >= 2 && groups <= 7 || double && groups == 1 && end-i >= 3 {
		return end
	}
	return -1
}

// clauseColon reports a colon at i that ends a clause, not an address's
// group: a space, a line's end or the text's end after it ("submission from
// 2a01:4b00:…:3b07: \"Why…\"").
func clauseColon(s string, i int) bool {
	return i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n'
}

// bracketedNumber reports "(" and seven or more digits closed by ")" with no
// digit after, or by the issuing country's code and ")": a number put in
// brackets, "(533814962)", "(562841937, UK)", not an area code "(495)
// 123-45-67".
func bracketedNumber(s string, i int) bool {
	k := i + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-i-1 >= 7 && k+4 < len(s) && s[k] == ',' && s[k+1] == ' ' {
		c := k + 2 // the issuing country after it: "my passport (562841937, UK)"
		for c < len(s) && c-k-2 < 3 && isUpperASCII(s[c]) {
			c++
		}
		if c-k-2 >= 2 && c < len(s) && s[c] == ')' {
			return true
		}
	}
	return k-i-1 >= 7 && k < len(s) && s[k] == ')' && !(k+2 < len(s) && s[k+1] == ' ' && isDigit(s[k+2]))
}

// passportWordBefore reports the word "passport" or "паспорт" right before i.
func passportWordBefore(s string, i int) bool {
	var buf [16]byte
	if i >= 2 && s[i-1] == '(' && s[i-2] == ' ' {
		i -= 2 // "your passport (22AB41982)"
	}
	if i >= 6 && s[i-1] == ' ' && s[i-2] == ')' {
		if o := strings.LastIndexByte(s[max(0, i-24):i-2], '('); o >= 0 {
			if c := s[max(0, i-24)+o+1 : i-2]; isCountry(c) || countryCode(c) {
				i = max(0, i-24) + o // a country between: "passport (DE) CF9K3R7LZ"
			}
		}
	}
	w := prevWord(s, i, buf[:0])
	switch string(w) {
	case "passport", "паспорт", "документ", "document", "personalausweis", "pass-nr", "reisepass":
		return true // also a form's document field, "Документ: A25106847"; German, "Personalausweis L01X00T47", "Pass-Nr. C4J9L2K71"
	}
	// "Passport: France, no. 18AV49215": a country and "no." between.
	if string(w) == "no" || string(w) == "number" || string(w) == "№" {
		lo := max(0, i-40)
		k := strings.LastIndex(strings.ToLower(s[lo:i]), "passport")
		return k >= 0 && !strings.ContainsAny(s[lo+k:i], "\n;")
	}
	return false
}

// letterSize returns the byte size of the letter at s[i], 0 if none.
func letterSize(s string, i int) int {
	sz, _ := letterAt(s, i)
	return sz
}

// countries that close a postal address after ", ".
var countries = [...]string{"United Kingdom", "UK", "U.K.", "England", "Scotland", "Wales", "Ireland", "Germany",
	"Deutschland", "France", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Austria", "Switzerland",
	"Poland", "Czech Republic", "Czechia", "Finland", "Sweden", "Norway", "Denmark", "Estonia", "Latvia",
	"Lithuania", "Cyprus", "Greece", "Turkey", "Türkiye", "Israel", "UAE", "United Arab Emirates", "USA", "U.S.A.",
	"United States", "Canada", "Australia", "New Zealand", "China", "Japan", "India", "Singapore", "Thailand",
	"Russia", "Russian Federation", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Armenia", "Azerbaijan", "Belarus",
	"Serbia", "Montenegro", "Россия", "Российская Федерация", "РФ", "Казахстан", "Беларусь", "Армения",
	"Узбекистан", "Кыргызстан", "Грузия", "Турция", "Кипр", "Германия", "Србија", "Srbija", "Crna Gora", "Црна Гора"}

// remarkTownAfter extends an address that ends at end over a remark in
// brackets and the town with its postcode after it: "45 Sovetskaya St, 2nd
// floor (above the pharmacy), Syzran 446001".
func remarkTownAfter(s string, end int) int {
	note := bracketAfter(s, end, 32)
	if note == "" {
		return end
	}
	p := end + len(" (") + len(note) + len(")")
	if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' || !isUpperASCII(s[p+2]) {
		return end
	}
	q := wordEnd(s, p+2)
	r := q + 1
	for r < len(s) && r-q-1 < 7 && isDigit(s[r]) {
		r++
	}
	if q >= len(s) || s[q] != ' ' || r-q-1 != 6 || r < len(s) && isAlnum(s[r]) {
		return end
	}
	return r
}

// settlementAfter extends an address that ends at end over the village
// or stanitsa named after it with "в" or its letter: "ул. Водопроводная,
// 4/12 в станице Горячеводской", "пер. садовый 11 ст. боргустанская",
// "Садовой, 15 в Подсосново", "Kochubeya 9 in Goryachevodsky".
func settlementAfter(s string, end int) int {
	if end == 0 || !isAlnum(s[end-1]) && s[end-1] < 0x80 {
		return end // after the house, not after a word's punctuation
	}
	p := end
	for _, w := range [...]string{" в станице ", " в ст. ", " ст. ", " в селе ", " в с. ", " в посёлке ", " в поселке ", " в п. ",
		" в деревне ", " в д. ", " в хуторе ", " в х. ", " в ауле ", " в СНТ ", " в снт "} {
		if strings.HasPrefix(s[end:], w) {
			p = end + len(w)
			break
		}
	}
	if p == end {
		q := end
		for _, w := range [...]string{" в ", " in "} {
			if strings.HasPrefix(s[end:], w) {
				q = end + len(w)
			}
		}
		if q == end {
			return end
		}
		if sz, up := letterAt(s, q); sz == 0 || !up {
			return end
		}
		e := wordEnd(s, q)
		if e-q < 8 || !endsAny(s[q:e], "ово", "ево", "ино", "ыно", "ovo", "evo", "ino", "sky", "skaya") || firstNameAt(s, q) {
			return end // an indeclinable village, "в Подсосново"; not "в Москве"
		}
		return e
	}
	if sz, _ := letterAt(s, p); sz == 0 || wordEnd(s, p)-p < 8 {
		return end // a name of four letters or more: not "в посёлке не"
	}
	return wordEnd(s, p)
}

// bracketAfter returns the words in brackets right after e when the
// bracket closes within n bytes: "E52910473 (Germany)" gives "Germany";
// "" when none.
func bracketAfter(s string, e, n int) string {
	if e+2 >= len(s) || s[e] != ' ' || s[e+1] != '(' {
		return ""
	}
	k := strings.IndexByte(s[e+2:min(len(s), e+2+n)], ')')
	if k <= 0 {
		return ""
	}
	return s[e+2 : e+2+k]
}

// isCountry reports one of the countries that close a postal address.
func isCountry(w string) bool {
	for _, c := range countries {
		if w == c {
			return true
		}
	}
	return false
}

// countryAfter extends an address that ends at end over a country after a
// comma; it returns end when none follows.
func countryAfter(s string, end int) int {
	if end+3 >= len(s) || s[end] != ',' || s[end+1] != ' ' {
		return end
	}
	p := end + 2
	for _, c := range countries {
		if strings.HasPrefix(s[p:], c) {
			if q := p + len(c); q == len(s) || !isAlnum(s[q]) {
				return q
			}
		}
	}
	return end
}

// labelCityLine extends an address that ends its line over the next line
// when that line holds only a known town and its six-digit postcode, as a
// shipping label or an invoice prints it, and over a country alone on the
// line after that: "ul. Respublikanskaya, d. 54, kv. 31\nYaroslavl
// 150003\nRussian Federation".
func labelCityLine(s string, end int) int {
	p := end
	if p < len(s) && s[p] == '\r' {
		p++
	}
	if p+8 >= len(s) || s[p] != '\n' {
		return end
	}
	p++
	if !knownCity(s[p:wordEnd(s, p)]) {
		return end // nor an order's number: "Order 170100"
	}
	q, words := p, 0
	for words < 3 {
		sz, up := letterAt(s, q)
		if sz == 0 || !up {
			break
		}
		q = wordEnd(s, q)
		words++
		if q < len(s) && s[q] == '-' {
			q++
			continue
		}
		if q+1 >= len(s) || s[q] != ' ' {
			break
		}
		q++
		if isDigit(s[q]) {
			break
		}
	}
	if words == 0 || q+6 > len(s) || !allDigits(s[q:q+6]) || s[q-1] != ' ' {
		return end
	}
	q += 6
	if q < len(s) && s[q] != '\n' && s[q] != '\r' {
		return end
	}
	end = q
	if q < len(s) && s[q] == '\r' {
		q++
	}
	if q+1 < len(s) && s[q] == '\n' {
		q++
		for _, c := range countries {
			if strings.HasPrefix(s[q:], c) {
				if r := q + len(c); r == len(s) || s[r] == '\n' || s[r] == '\r' {
					return r
				}
			}
		}
	}
	return end
}

// kyrgyzLowerTail extends a lower-case name at [start, end) over "уулу" or
// "кызы" and the child's name after it, as a transcript writes a Kyrgyz
// name, the father's first: "жена бакыта уулу нурлана".
func kyrgyzLowerTail(s string, start, end int) int {
	if s[start] < 0xD0 || upperAt(s[start:]) || !(strings.HasPrefix(s[end:], " уулу ") || strings.HasPrefix(s[end:], " кызы ")) {
		return end
	}
	q := end + len(" уулу ")
	if q >= len(s) || s[q] < 0xD0 || upperAt(s[q:]) {
		return end
	}
	if e := wordEnd(s, q); e-q >= 6 {
		return e
	}
	return end
}

// arabicParticleTail extends a name over the Arabic particles and family
// names after it: "Мухаммед аль-Хашими", "ахмед аль мансури", "Khalid bin
// Rashid".
func arabicParticleTail(s string, end int) int {
	for k := 0; k < 2; k++ {
		p := -1
		for _, pt := range [...]string{" аль-", " аль ", " эль-", " Эль-", " ибн ", " бин ", " al-", " al ", " Al-", " Al ", " bin ", " ibn ", " El-", " el-"} {
			if strings.HasPrefix(s[end:], pt) {
				p = end + len(pt)
				break
			}
		}
		if p < 0 || p >= len(s) {
			return end
		}
		e := wordEnd(s, p)
		if utf8.RuneCountInString(s[p:e]) < 3 || e < len(s) && (isDigit(s[e]) || s[e] == '@') {
			return end
		}
		end = e
	}
	return end
}

// fileNameExts are the extensions of the files a CRM message names: scans,
// photos, documents and archives.
var fileNameExts = []string{"pdf", "jpg", "jpeg", "png", "heic", "tif", "tiff", "doc", "docx", "xls", "xlsx", "zip", "rar",
	"mp4", "mov", "raw", "cr2", "nef", "PDF", "JPG", "JPEG", "PNG", "HEIC", "ZIP", "NEF", "CR2", "RAW", "MOV", "MP4"} // a camera's "DSC_Morozova_001.NEF"

// fileNameNames marks the names among the underscore-joined parts of a file
// name at s[i:e], one before its extension: a first name or a surname the
// tables know and no common word, capitalized, or a surname before
// "family" ("Nowak_family_2024_001.jpg", "Holloway_Moscow_B20611.zip",
// "паспорт_Бабаян.pdf"), but not "passport_scan.pdf" or "IMG_4821.jpg".
func (sc *scanner) fileNameNames(i, e int) {
	s := sc.s
	if e+3 >= len(s) || s[e] != '.' {
		return
	}
	if x := alnumEnd(s, e+1); !slices.Contains(fileNameExts, s[e+1:x]) || x < len(s) && isAlnum(s[x]) {
		return
	}
	for p := i; p < e; {
		q := p
		for q < e && s[q] != '_' {
			q++
		}
		part := s[p:q]
		if sz, up := letterAt(s, p); sz > 0 && up && q-p >= 3 && !upperAt(part[sz:]) && !strings.ContainsAny(part, "0123456789-") {
			in := tableInfo(part)
			if in.isName() && in.flags&fAmbig == 0 && in.word&wStop == 0 && in.addr == 0 ||
				in.word&wStop == 0 && startsAny(s[q:e], "_family", "_семья") {
				sc.emit(p, q, tPerson, 0.7, 0)
			}
		}
		p = q + 1
	}
}

// nicknameBetween reports a nickname in quotes, one word, that is all of
// text[a:b] but the spaces around it: the gap between a first name and a
// surname in "Артём «Frost» Ковалёв", "Никита "Nix" Орехов".
func nicknameBetween(text string, a, b int) bool {
	if b-a < 5 || b-a > 32 || text[a] != ' ' || text[b-1] != ' ' {
		return false
	}
	g := text[a+1 : b-1]
	switch {
	case strings.HasPrefix(g, "«") && strings.HasSuffix(g, "»"):
		g = g[len("«") : len(g)-len("»")]
	case len(g) > 2 && g[0] == '"' && g[len(g)-1] == '"':
		g = g[1 : len(g)-1]
	default:
		return false
	}
	return g != "" && !strings.ContainsAny(g, " \n«»\"")
}

// maidenMark reports the gap that opens a maiden name in brackets between a
// surname and the first name: " (урожд. ", " (до брака — ", " (née ".
func maidenMark(gap string) bool {
	switch gap {
	case " (урожд. ", " (урождённая ", " (урожденная ", " (до брака — ", " (до брака ", " (née ", " (nee ":
		return true
	}
	return false
}

// patronymicNominative reports a lower-case Russian patronymic in the
// nominative, at least three letters before its ending: "рафаэлевна",
// "салаватович", "николаевна"; not a street's genitive ("лукашевича").
func patronymicNominative(w string) bool {
	for _, e := range [...]string{"ович", "евич", "овна", "евна", "ична"} {
		if len(w) >= len(e)+6 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// patronymicAsked reports a patronymic at i that answers its question on
// the line above, alone after the speaker's label: "оператор: эльмира а по
// отчеству\nклиент: рафаэлевна".
func patronymicAsked(s string, i int) bool {
	ls := lineStart(s, i, 60)
	if ls == 0 || !strings.Contains(lineBefore(s, ls, 160), "отчеств") {
		return false
	}
	head := strings.TrimSpace(s[ls:i])
	return head == "" || strings.HasSuffix(head, ":") || strings.IndexByte(head, ' ') < 0 // "клиент: ", "клиент ", "— "
}

// lowerRoleBefore reports a worker's trade in lower case whose word ends at
// e, as a crew names its men by nickname after it: "монтажник", "guide",
// "бригадир".
func lowerRoleBefore(s string, e int) bool {
	a := wordStartBefore(s, e)
	if a < 0 {
		return false
	}
	switch s[a:e] {
	case "монтажник", "монтажника", "монтажнику", "бригадир", "бригадира", "бригадиру", "механик", "механика", "механику",
		"сварщик", "сварщика", "гид", "гида", "гиду", "егерь", "егеря", "егерю", "инструктор", "инструктора", "инструктору",
		"прораб", "прораба", "банщик", "банщика", "охранник", "охранника", "installer", "mechanic", "welder", "foreman",
		"guide", "instructor", "guard", "bouncer", "skipper", "huntsman":
		return true
	}
	return false
}

// numberAfterWord reports a number or "№" after the word at a: a crew's or a
// room's name, "Бригада №3", "Group 2".
func numberAfterWord(s string, a int) bool {
	e := wordEnd(s, a)
	return e+1 < len(s) && s[e] == ' ' && (isDigit(s[e+1]) || strings.HasPrefix(s[e+1:], "№"))
}

// spokenRepeats gives a number read out again the type it had the first
// time: the operator repeating a passport's number, "клиент девяносто два
// шестнадцать … / администратор так девяносто два шестнадцать … кем
// выдан", reads no phone.
func (sc *scanner) spokenRepeats() {
	s := sc.s
	for k := 1; k < len(sc.out); k++ {
		x := &sc.out[k]
		if x.typ != tPhone || s[x.start] < 'a' {
			continue
		}
		for _, y := range sc.out[:k] {
			if y.typ == tPassport && y.end <= x.start && s[y.start:y.end] == s[x.start:x.end] {
				x.typ = tPassport
				break
			}
		}
	}
}

// domainFirms drops a "person" none of whose words the name tables know and
// one of whose words names a firm's e-mail domain in the same text, or who
// with the word after it spells a hyphenated domain whole: the hostel that
// signs "— Koika" beside kazan@koika-hostels.ru, "Lotus Breeze" beside
// retreat@lotos-breeze.ru, "Flora Dom" beside events@flora-dom.ru is no
// one. Mail providers' domains say nothing.
func (sc *scanner) domainFirms() {
	s := sc.s
	var labels, whole [8]string
	nl, nd := 0, 0
	var lb [16]string
	locals := lb[:0] // the pieces of every local part, split once: "p", "tikka" of p.tikka@…
	for _, em := range sc.emails {
		local := s[em.start:em.end]
		at := strings.IndexByte(local, '@')
		if at > 0 {
			local = local[:at]
		}
		for p := range strings.FieldsFuncSeq(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
			locals = append(locals, p)
		}
		if at < 0 {
			continue
		}
		d := s[em.start+at+1 : em.end]
		if k := strings.IndexByte(d, '.'); k > 0 {
			d = d[:k]
		}
		if mailProvider(strings.ToLower(d)) {
			continue
		}
		if nd < len(whole) && strings.IndexByte(d, '-') > 0 {
			whole[nd] = strings.ReplaceAll(strings.ToLower(d), "-", "")
			nd++
		}
		for w := range strings.SplitSeq(d, "-") {
			if len(w) >= 4 && nl < len(labels) {
				labels[nl] = strings.ToLower(w)
				nl++
			}
		}
	}
	if nl == 0 {
		return
	}
	for k := range sc.out {
		x := &sc.out[k]
		if x.typ != tPerson || s[x.start] >= 0x80 || !upperAt(s[x.start:]) || sc.titleWordBefore(x.start) {
			continue // "Dear Mr. Tikka" beside p.tikka@tikka-logistics.fi is someone
		}
		known, match := false, false
		for w := range strings.FieldsSeq(s[x.start:x.end]) {
			if tableInfo(w).isName() {
				known = true
				break
			}
			if slices.ContainsFunc(locals, func(p string) bool { return strings.EqualFold(p, w) }) {
				known = true // the person's own address: "Petar Jovanović <petar@jovanovic.dev>"
				break
			}
			for _, l := range labels[:nl] {
				if strings.EqualFold(w, l) || len(w) >= 5 && strings.EqualFold(w[:5], l[:min(5, len(l))]) {
					match = true // "Lotus" beside "lotos-breeze" agrees in "Breeze"
				}
			}
		}
		if match && !known && !sc.namedElsewhere(k) || sc.spellsDomain(x.start, x.end, whole[:nd]) {
			x.score = 0 // dropped: a firm's name
		}
	}
}

// titleWordBefore reports a courtesy title right before i: "Mr. ", "Mrs ",
// "Dr. ", "mister ".
func (sc *scanner) titleWordBefore(i int) bool {
	return endsAny(sc.s[:i], "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ", "mister ", "Mister ", "Herr ", "Frau ")
}

// namedElsewhere reports the words of person k inside another person's
// name with a first name the tables know: "under Greenberg … Aaron
// Greenberg prefers".
func (sc *scanner) namedElsewhere(k int) bool {
	s := sc.s
	x := sc.out[k]
	for j, y := range sc.out {
		if j == k || y.typ != tPerson || !strings.Contains(s[y.start:y.end], " ") {
			continue
		}
		first := s[y.start : y.start+strings.IndexByte(s[y.start:y.end], ' ')]
		if !tableInfo(first).isName() {
			continue
		}
		for w := range strings.FieldsSeq(s[x.start:x.end]) {
			if strings.Contains(s[y.start:y.end], w) {
				return true
			}
		}
	}
	return false
}

// spellsDomain reports a name s[a:b], with the capitalized word after it,
// that spells a hyphenated e-mail domain whole: "Flora Dom" beside
// events@flora-dom.ru, whatever the tables know of "Flora".
func (sc *scanner) spellsDomain(a, b int, whole []string) bool {
	if len(whole) == 0 {
		return false
	}
	s := sc.s
	e := b
	if b+2 < len(s) && s[b] == ' ' && upperAt(s[b+1:]) {
		e = wordEnd(s, b+1)
	}
	var buf [48]byte
	w := buf[:0]
	for _, c := range []byte(s[a:e]) {
		if c == ' ' {
			continue
		}
		if c >= 0x80 || len(w) == cap(w) {
			return false
		}
		w = append(w, lowerASCII[c])
	}
	for _, d := range whole {
		if string(w) == d {
			return true
		}
	}
	return false
}

// surnamePrep reports a preposition or a verb that puts a person in an
// oblique case: "у", "к", "для", "от", "с", "позвони", "передайте".
func surnamePrep(w string) bool {
	switch w {
	case "у", "к", "ко", "для", "от", "с", "со", "на", "позвони", "позвоните", "сообщи", "сообщите", "передай", "передайте",
		"напиши", "напишите", "скажи", "скажите":
		return true
	}
	return false
}

// preppedLowerSurname emits a surname in lower case after the preposition
// s[i:j] when the tables know it as a surname and as nothing else, as
// transcripts write them: "у зайцевой тоже не отвечает", "тут к сорокиной
// пришли", "груз для кузьменко". Not a form that reads as a plural ("от
// комаров", "у козлов"), a famous namesake ("как у шараповой"), a street
// before its house ("я у гороховой 64"), nor a surname before its first
// name, which the name's own rules read whole ("для лаптевой ольги"). It
// returns the surname's end, or j.
func (sc *scanner) preppedLowerSurname(i, j int) int {
	s := sc.s
	p := j + 1
	e := wordEnd(s, p)
	if e-p < 12 || p < sc.lastEnd || e < len(s) && (s[e] == '@' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1]) || s[e] == '-' || s[e] == '_') {
		return j
	}
	if endsAny(s[p:e], "ов", "ев", "ёв", "ин", "ын", "ых", "их") || endsAny(s[:i], "как ", "улицы ", "улица ", "ул. ") {
		return j
	}
	if (s[i:j] == "с" || s[i:j] == "со") && !endsAny(s[p:e], "ым", "им", "ой", "ом", "ем", "ко") {
		return j // with "с" only the instrumental: "с вебером", "с гусейновой"; not "с петрова", from a street
	}
	if s[i:j] == "на" && (!endsAny(s[p:e], "ову", "еву", "ёву", "ину", "ыну") || s[p:e] == "родину") &&
		!(endsAny(s[p:e], "ова", "ева", "ёва", "ина", "ына") && bookingBefore(s, i)) {
		return j // with "на" the accusative of a booking, "запишите на крылову", "бронь на хабибуллина"; not a street's "на гагарина", nor "на родину"
	}
	if e+1 < len(s) && s[e] == ' ' || e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' {
		q := e + 1
		if s[e] == ',' {
			q++
		}
		if isDigit(s[q]) || numberWord(s[q:wordEnd(s, q)]) {
			return j // a street and its house: "я у гороховой 64", "у чичерина, 14"
		}
		if in := tableInfo(s[q:wordEnd(s, q)]); in.flags&fRuFirst != 0 && in.word == 0 {
			return j // "для павловой ксении": the whole name is the scanner's
		}
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[p:e])
	if !ok || string(w) != s[p:e] {
		return j // lower case only: a capitalized surname is the scanner's
	}
	in, _ := wordTab.get(w)
	if in.flags&fRuSurname == 0 || in.flags&fAmbig != 0 || in.word != 0 || in.addr != 0 {
		return j
	}
	sc.emit(p, e, tPerson, 0.7, 0)
	sc.lowerNames = true
	return e
}

// postalLinesAfter returns the end of up to three lines after the line
// break at end that close a postal address in Latin letters: a postcode
// and a town in either order ("10117 Berlin", "London W2 5DX", "Baku
// AZ1122, Azerbaijan"), maybe after a town alone ("Harrow\nHA3 7PQ"), then a
// country ("United Kingdom", "GERMANY"); or end. It runs on every address
// span found; townLinesAfter reads the six-digit postcodes of Russian labels
// inside enAddressTail, for the paths that call it.
func postalLinesAfter(s string, end int) int {
	p := end
	postal, town := false, false // a postcode's line was read; a town alone was, which needs a postcode next
	for n := 0; n < 3 && p < len(s) && s[p] == '\n'; n++ {
		a := p + 1
		b := a
		for b < len(s) && s[b] != '\n' && b-a <= 40 {
			b++
		}
		line := strings.TrimRight(s[a:b], " \r")
		switch {
		case line == "" || b-a > 40 || numberLabelLine(line):
			return end
		case postalLine(line):
			postal, town, end = true, false, a+len(line)
		case !postal && !town && townWords(line, 3):
			town = true
		case postal && postalCountry(line):
			return a + len(line)
		default:
			return end
		}
		p = b
	}
	return end
}

// postalLine reports a line with a postcode and maybe its town and
// country: "10117 Berlin", "113 50 Stockholm", "London W2 5DX", "New York, NY
// 10036, USA", "Baku AZ1122, Azerbaijan", "HA3 7PQ", "Cork T12 XW36".
func postalLine(line string) bool {
	if k := strings.LastIndex(line, ", "); k > 0 && postalCountry(line[k+2:]) {
		line = line[:k]
	}
	if ukPostcodeAt(line, 0) == len(line) {
		return true // a UK postcode alone
	}
	d := 0
	for d < len(line) && isDigit(line[d]) {
		d++
	}
	if d == 3 && strings.HasPrefix(line[d:], " ") && len(line) > d+3 && isDigit(line[d+1]) && isDigit(line[d+2]) {
		d += 3 // a Swedish postcode: "113 50 Stockholm"
	}
	if d >= 4 && d <= 6 {
		return d < len(line) && line[d] == ' ' && townWords(line[d+1:], 3) // "10117 Berlin", "20121 Milano"
	}
	if d > 0 {
		return false
	}
	// A town, then its code: "London W2 5DX", "Baku AZ1122", "New York, NY 10036".
	k := strings.LastIndexByte(line, ' ')
	if k <= 0 {
		return false
	}
	code, town := line[k+1:], strings.TrimSuffix(line[:k], ",")
	if j := strings.LastIndexByte(line[:k], ' '); len(code) == 3 && j > 0 && ukPostcodeAt(line, j+1) == len(line) {
		return townWords(strings.TrimSuffix(line[:j], ","), 3) // a UK postcode's two parts: "London W2 5DX"
	}
	if len(code) == 4 && k >= 5 && line[k-4] == ' ' && isUpperASCII(line[k-3]) && isDigit(line[k-2]) && isDigit(line[k-1]) {
		return townWords(line[:k-4], 3) // an Irish Eircode: "Cork T12 XW36"
	}
	c := 0
	for c < len(code) && isUpperASCII(code[c]) {
		c++
	}
	if c > 2 || !allDigits(code[c:]) || len(code)-c < 4 || len(code)-c > 6 {
		return false
	}
	if c == 0 && k >= 4 && isUpperASCII(line[k-1]) && isUpperASCII(line[k-2]) && line[k-3] == ' ' {
		town = strings.TrimSuffix(line[:k-3], ",") // a state before the ZIP code: "New York, NY 10036"
	}
	return townWords(town, 3)
}

// townWords reports one to max words that name a town: each opens with a
// capital and holds letters or hyphens only ("Harrow", "Saint Petersburg",
// "Köln", "ROSTOV-ON-DON"), and none is a country's name.
func townWords(t string, max int) bool {
	if t == "" || postalCountry(t) {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(t) {
		if n++; n > max {
			return false
		}
		if sz, up := letterAt(w, 0); sz == 0 || !up {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return n > 0
}

// postalCountry reports a country's name alone that closes a postal
// address's lines, in any case: "Germany", "UNITED KINGDOM", "USA".
// (countries and isCountry, case-exact, serve countryAfter's ", Germany".)
func postalCountry(w string) bool {
	var buf [32]byte
	f, _ := foldInto(buf[:0], w)
	switch string(f) {
	case "germany", "united kingdom", "uk", "england", "scotland", "wales", "ireland", "italy", "sweden", "norway", "denmark",
		"finland", "france", "spain", "portugal", "poland", "austria", "switzerland", "netherlands", "belgium", "czech republic",
		"usa", "united states", "canada", "australia", "russia", "russian federation", "kazakhstan", "uzbekistan", "kyrgyzstan",
		"azerbaijan", "armenia", "georgia", "belarus", "latvia", "lithuania", "estonia", "turkey", "israel", "uae", "china",
		"japan", "south korea", "korea", "mongolia":
		return true
	}
	return false
}

// streetAfterNa reports a lone capitalized word in the genitive right after
// "на", which names a street after someone rather than the person: "пробка
// на Ямашева", "смена на Бекетова", "в доме на Гороховой"; not after a word
// that takes a person there ("жалуется на Сметанина", "заказ на Кротову"),
// nor before a first name or initials ("на Абрамова Льва").
func streetAfterNa(s string, start, end int) bool {
	if start < 3 || s[start-1] != ' ' || !(strings.HasSuffix(s[:start-1], "на") || strings.HasSuffix(s[:start-1], "На")) {
		return false
	}
	k := start - 1 - len("на") // where "на" starts
	if k > 0 && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '(' {
		return false
	}
	w := s[start:end]
	if strings.IndexByte(w, ' ') >= 0 || !endsAny(w, "ова", "ева", "ёва", "ина", "ына", "ого", "его", "ой", "ей") {
		return false
	}
	next := end + 1 // a first name or initials after it, "на Абрамова Льва", or another person, "пропуск на Гарипова и Мингазова"
	if strings.HasPrefix(s[end:], " и ") {
		next = end + len(" и ")
	} else if strings.HasPrefix(s[end:], ", ") {
		next = end + len(", ")
	}
	if next < len(s) && s[next-1] == ' ' && upperAt(s[next:]) {
		return false
	}
	var buf [32]byte
	b0 := prevWord(s, max(0, k-1), buf[:0])
	w0 := unsafe.String(unsafe.SliceData(b0), len(b0)) // no copy: w0 does not outlive buf
	return !startsAny(w0, "жалу", "жалоб", "похож", "оформ", "заказ", "брон", "запиш", "записа", "перерасп", "перев", "перекл", "перекин",
		"раскин", "доверен", "характерист", "страхов", "счёт", "счет", "договор", "карт", "стол", "ставк", "пропуск", "документ",
		"справк", "квитанц", "посылк", "груз", "венк", "табел", "приказ", "фамили", "выпис", "отлож", "долг", "лист", "ссыла", "тест",
		"заявк", "направлен", "путёвк", "путевк", "билет", "выстав", "прием", "приём", "оба", "обе")
}

// bookingBefore reports a word for a booking or an order right before the
// word at i, "на" in "бронь на хабибуллина", "записала на мельникова".
func bookingBefore(s string, i int) bool {
	var buf [32]byte
	b := prevWord(s, i-1, buf[:0])
	w := unsafe.String(unsafe.SliceData(b), len(b)) // no copy: w does not outlive buf
	return startsAny(w, "брон", "заказ", "запиш", "записа", "оформ", "посылк", "договор", "квитанц", "счёт", "счет") && !strings.HasPrefix(w, "заказчик")
}

// streetAfterOnAt reports a name right after "on" or "at" that is a street's:
// a Russian genitive in Latin letters ("the flat on Turgeneva", "traffic on
// Malysheva") or a name before a street's word ("on Marshal Zhukov St."); not
// a person's possession, "at Shilyaev's".
func streetAfterOnAt(s string, start, end int) bool {
	if start < 4 || s[start-1] != ' ' || !(strings.HasSuffix(s[:start-1], " on") || strings.HasSuffix(s[:start-1], " at")) || s[start] >= 0x80 {
		return false
	}
	if end < len(s) && (s[end] == '\'' || strings.HasPrefix(s[end:], "’")) {
		return false
	}
	if startsAny(s[end:], " St", " St.", " Ave", " street", " Street", " avenue", " Avenue", " Prospekt", " prospekt") {
		return true
	}
	w := s[start:end]
	return strings.IndexByte(w, ' ') < 0 && endsAny(w, "ova", "eva", "ina", "yna", "ogo", "ego", "skaya") // one word: not "an option on Anna Petrova"
}

// callNameBefore reports words ending at e that say what a person is
// called: "call me", "call him", "the students call", "все зовут его".
func callNameBefore(s string, e int) bool {
	return endsAny(s[:e], " call me", " call him", " call her", " calls me", " calls him", " calls her", "students call", "we call him",
		"everyone calls", "зовут его", "зовут её", "зовут ее", "называют его", "называют её", "кличут")
}

// quotedFamous reports a name in quotes whose surname is a famous one's,
// which names a ship, a hall or a work after the figure: «Максим Горький»,
// «Кузьма Минин», MS "Maxim Gorky".
func quotedFamous(s string, start, end int) bool {
	if openingQuote(s, start) == 0 || closingQuoteAt(s, end) == 0 && (end >= len(s) || s[end] != '"' && s[end] != '\'') {
		return false
	}
	w := s[start:end]
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:]
	}
	return famousNames[w]
}

// initialsFamous reports a famous surname after its initials, as a
// concert's programme or a bibliography writes a composer or an author:
// "Ф. Шопен", "П. И. Чайковский «Легенда»".
func initialsFamous(s string, start, end int) bool {
	w := s[start:end]
	k := strings.LastIndexByte(w, ' ')
	if k < 2 || w[k-1] != '.' || !famousNames[w[k+1:]] {
		return false
	}
	for _, part := range strings.Fields(w[:k]) {
		if sz, up := letterAt(part, 0); !up || len(part) != sz+1 || part[sz] != '.' {
			return false // initials only: not "Пётр Чайковский"
		}
	}
	return true
}

// firmParts are the words that Russian firms put together with a hyphen,
// in Latin letters: "Pamyat-Tula", "Agro-Tambov", "Bastion-Sever".
var firmParts = map[string]bool{
	"Pamyat": true, "Agro": true, "Aist": true, "Volga": true, "Tula": true, "Tambov": true, "Raft": true, "Print": true,
	"Sib": true, "Montazh": true, "Dent": true, "Trassa": true, "Service": true, "Servis": true, "Lingva": true, "Ural": true,
	"Drive": true, "Bastion": true, "Sever": true, "Moloko": true, "Granit": true, "Avto": true, "Auto": true, "Kama": true,
	"Invest": true, "Stroy": true, "Trans": true, "Tekh": true, "Tech": true, "Med": true, "Bio": true, "Eko": true, "Eco": true,
	"Neft": true, "Gaz": true, "Energo": true, "Nord": true, "Yug": true, "Vostok": true, "Zapad": true, "Centr": true,
	"Center": true, "Group": true, "Market": true, "Torg": true, "Snab": true, "Telecom": true, "Soft": true, "Motors": true,
}

// hyphenFirm reports one word of two capitalized parts joined by a hyphen
// of which one is a firm's word: "Pamyat-Tula", "Agro-Tambov"; not
// "Jean-Luc", "Al-Rashid".
func hyphenFirm(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	return firmParts[w[:h]] || firmParts[w[h+1:]]
}
