package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers spoken digit by digit or in groups, as speech recognition writes a
// phone or a passport number in a call transcript: "восемь девять два шесть
// пятьсот тридцать один сорок четыре ноль два", "oh seven seven double oh
// nine double oh two eight three".

// spokenKind is the role of a number word in a spoken number.
type spokenKind uint8

const (
	spNone     spokenKind = iota
	spUnit                // 0–9
	spTeen                // 10–19
	spTens                // 20, 30, … 90
	spHundreds            // 100, 200, … 900
	spDouble              // "double", "triple": the next digit twice or three times
)

type spokenWord struct {
	kind spokenKind
	v    int
}

// spokenWords maps number words in Russian and English (lower case) to
// their value.
var spokenWords = func() map[string]spokenWord {
	m := map[string]spokenWord{}
	add := func(kind spokenKind, v int, words ...string) {
		for _, w := range words {
			m[w] = spokenWord{kind, v}
		}
	}
	add(spUnit, 0, "ноль", "нуль", "zero", "oh", "nought")
	add(spUnit, 1, "один", "одна", "one")
	add(spUnit, 2, "два", "две", "two")
	add(spUnit, 3, "три", "three")
	add(spUnit, 4, "четыре", "four")
	add(spUnit, 5, "пять", "five")
	add(spUnit, 6, "шесть", "six")
	add(spUnit, 7, "семь", "seven")
	add(spUnit, 8, "восемь", "eight")
	add(spUnit, 9, "девять", "nine")
	for i, w := range []string{"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
		"шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"} {
		add(spTeen, 10+i, w)
	}
	for i, w := range []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"} {
		add(spTeen, 10+i, w)
	}
	for i, w := range []string{"двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
		"восемьдесят", "девяносто"} {
		add(spTens, 20+10*i, w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(spTens, 20+10*i, w)
	}
	for i, w := range []string{"сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
		"восемьсот", "девятьсот"} {
		add(spHundreds, 100*(i+1), w)
	}
	add(spDouble, 2, "double", "двойной")
	add(spDouble, 3, "triple")
	return m
}()

// minSpokenDigits is the fewest digits a spoken number needs to be read as
// one: dates, times and amounts in words are shorter.
const minSpokenDigits = 7

// spokenHyphened reports a word of number words joined by hyphens that no
// filter knows whole: "восемь-девятьсот".
func spokenHyphened(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 {
		return false
	}
	_, ok := spokenWords[w[:h]]
	return ok
}

// spokenNumber reads number words from the lower-case word at i, emits a
// phone or a passport number when the digits make one, and returns the end
// of the words read (or 0 when they make nothing).
func (sc *scanner) spokenNumber(i int) int {
	s := sc.s
	var digits [maxDigits]byte
	n := 0
	put := func(v, width int) bool {
		var b [3]byte
		k := len(b)
		for w := 0; w < width; w++ {
			k--
			b[k] = byte('0' + v%10)
			v /= 10
		}
		if n+width > len(digits) {
			return false
		}
		n += copy(digits[n:], b[k:])
		return true
	}
	pend, pendKind := 0, spNone // a group being built: 500, 530, 30
	// A passport dictated as "серия … номер …": after "серия", or as the
	// answer to a line that asks for a passport, or after its word. Only a
	// "номер" inside the number asks, so most numbers never look.
	series := func() bool {
		return i >= len("серия ") && s[i-len("серия "):i] == "серия " || s[i] >= 0x80 && (prevTurnContext(s, i) == ctxPassport || leftContext(s, i) == ctxPassport)
	}
	flush := func() bool {
		if pendKind == spNone {
			return true
		}
		ok := put(pend, groupWidth(pendKind))
		pendKind = spNone
		return ok
	}
	repeat := 1
	end, words := 0, 0
	numAt := 0   // the digits before a "номер" inside the number
	letters := 0 // letters read out among the digits of a passport
	thouAt := -1 // the digits before a "тысячи" inside the number, whose group after it has three digits
	p := i
	for p < len(s) {
		if words > 0 && isDigit(s[p]) {
			// Speech recognition writes part of a number in digits: "восемь
			// девятьсот шестнадцать 204 33 81".
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			for q+2 < len(s) && s[q] == '-' && isDigit(s[q+1]) && isDigit(s[q+2]) && (q+3 == len(s) || !isAlnum(s[q+3])) {
				q += 3 // the rest typed in dashed pairs: "девятьсот пять, 611-47-80"
			}
			if q-p > 4 && strings.IndexByte(s[p:q], '-') < 0 || q < len(s) && isAlnum(s[q]) || !flush() {
				break
			}
			for k := p; k < q; k++ {
				if s[k] != '-' && !put(int(s[k]-'0'), 1) {
					return 0
				}
			}
			words++
			end = q
			if q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' {
				q++ // "восемь девятьсот четыре, 772, тридцать один"
			}
			if q+1 >= len(s) || s[q] != ' ' {
				break
			}
			p = q + 1
			continue
		}
		q := wordEnd(s, p)
		if h := strings.IndexByte(s[p:q], '-'); h > 0 {
			q = p + h // "seventy-five"
		}
		if q == p {
			break
		}
		w, ok := spokenWords[s[p:q]]
		if !ok {
			if words > 0 && thouAt < 0 && q+1 < len(s) && s[q] == ' ' && thousandWord(s[p:q]) {
				if !flush() {
					return 0
				}
				thouAt = n // a passport's number of six read as thousands: "номер пятьсот шестьдесят две тысячи триста один"
				p = q + 1
				continue
			}
			if words > 0 && q+1 < len(s) && s[q] == ' ' && spokenSeparator(s[p:q]) {
				p = q + 1 // "one three two dash five five four": the layout read out
				continue
			}
			if words > 0 && q == p+1 && s[p] >= 'a' && s[p] <= 'z' && q+1 < len(s) && s[q] == ' ' && letters < 3 && (prevTurnContext(s, i) == ctxPassport || leftContext(s, i) == ctxPassport) {
				if !flush() {
					return 0
				}
				letters++ // a passport's letter read out among its digits: "c zero one x zero zero t four seven"
				p = q + 1
				continue
			}
			break
		}
		switch w.kind {
		case spDouble:
			if !flush() {
				return 0
			}
			repeat = w.v
		case spUnit:
			if repeat > 1 || w.v == 0 || pendKind == spNone {
				if !flush() {
					return 0
				}
				for ; repeat > 0; repeat-- {
					if !put(w.v, 1) {
						return 0
					}
				}
			} else { // 530 + 1, 40 + 4
				pend += w.v
				if !flush() {
					return 0
				}
			}
			repeat = 1
		case spTeen:
			if pendKind == spHundreds && pend%100 == 0 { // 500 + 12; but 550, then 12: "пятьсот пятьдесят двенадцать"
				pend += w.v
				ok = flush()
			} else {
				ok = flush() && put(w.v, 2)
			}
			if !ok {
				return 0
			}
		case spTens:
			if pendKind == spHundreds && pend%100 == 0 {
				pend += w.v
			} else {
				if !flush() {
					return 0
				}
				pend, pendKind = w.v, spTens
			}
		case spHundreds:
			if !flush() {
				return 0
			}
			pend, pendKind = w.v, spHundreds
		}
		words++
		end = q
		// Words are joined by a space, a comma or a hyphen.
		r := q
		if r+1 < len(s) && s[r] == '-' && (s[r+1] >= 'a' && s[r+1] <= 'z' || s[r+1]&^1 == 0xD0) {
			p = r + 1 // "seventy-five", "восемь-девятьсот пятьдесят-три"
			continue
		}
		if r < len(s) && (s[r] == ',' || s[r] == '-') {
			r++
		} else if strings.HasPrefix(s[r:], "...") || strings.HasPrefix(s[r:], "…") {
			r += 3 // a pause the transcript marks: "восемь девятьсот двенадцать... три четыре пять"
		}
		if r >= len(s) || s[r] != ' ' {
			break
		}
		p = skipFiller(s, r+1)
		if strings.HasPrefix(s[p:], "номер ") || strings.HasPrefix(s[p:], "number ") {
			if !flush() {
				return 0
			}
			if n == 4 || series() {
				numAt = n // a passport dictated as "серия … номер …", "forty five twelve number three three …"
				p += strings.IndexByte(s[p:], ' ') + 1
			}
		}
	}
	if thouAt >= 0 {
		if !flush() || n-thouAt > 3 || thouAt == 0 || thouAt-numAt > 3 || thouAt+3 > len(digits) {
			return 0
		}
		pad := 3 - (n - thouAt) // "две тысячи двадцать один" is 2021
		copy(digits[thouAt+pad:], digits[thouAt:n])
		for k := thouAt; k < thouAt+pad; k++ {
			digits[k] = '0'
		}
		n += pad
	}
	if letters > 0 {
		if !flush() || n < 6 || n+letters < 8 || n+letters > 10 {
			return 0
		}
		start := passportLettersSpoken(s, i, sc.lastEnd)
		sc.emit(start, end, tPassport, 0.85, 0)
		return end
	}
	if !flush() || words < 3 || n < minSpokenDigits && !(n >= 5 && localPhoneCue(s, i)) && !(n == 6 && prevTurnContext(s, i) == ctxPhone) {
		return 0
	}
	g := numGroup{start: i, n: n, ng: 1, plus: endsAny(s[:i], "plus ", "плюс ")}
	copy(g.digits[:], digits[:n])
	g.glen[0], g.gend[0] = uint8(n), end
	ctx := leftContext(s, i)
	asked := prevTurnContext(s, i)
	if asked != ctxNone && (ctx == ctxNone || ctx == ctxNeg || ctx == ctxUnknown) {
		ctx = asked // the question's noun wins over its other words: "and your card number for the payment"
	}
	if numAt == 4 && n == 10 {
		ctx = ctxPassport // a series of four and a number of six, as a passport is read out: "сорок пять ноль девять номер шестьсот двенадцать …"
	}
	typ, score, _ := sc.classify(&g, 1, &ctx)
	if score <= 0 && (asked == ctxPhone || n >= 7 && phoneSaidBefore(s, i)) && n >= 6 && n <= 12 && ctx != ctxNeg {
		typ, score = tPhone, 0.75 // the answer to a phone's question, or a number given: "agent: and a phone number\ncaller: nine one two three four five six seven", "call me back on two nine three four one one eight seven seven"
		asked = ctxPhone
	}
	if score <= 0 && ctx == ctxPassport && n >= 6 && n <= 9 && passportLettersSpoken(s, i, sc.lastEnd) < i {
		typ, score = tPassport, 0.85 // a foreign passport's letters and digits read out: "a n four four seven one nine two zero"
	}
	mobile := n == 11 && (digits[0] == '8' || digits[0] == '7') && digits[1] == '9' || // a Russian mobile read out: 8 9xx …
		n == 10 && digits[0] == '9' && containsAny(s[lineStart(s, max(0, lineStart(s, i, 80)-1), 160):i], "телефон", "phone") // or without its 8 on a line, or after a question's line, that names a phone: "телефон тот же, что в заявке, девятьсот пятнадцать …"
	if score <= 0 && (ctx == ctxNone || ctx == ctxPhone || mobile) && n >= 10 && n <= 12 && (digits[0] == '0' || digits[0] == '7' || digits[0] == '8' || digits[0] == '9') {
		typ, score = tPhone, 0.75 // "oh seven seven double oh nine …": a UK mobile read out
	}
	if typ == tINN && ctx != ctxINN && n == 10 && (digits[0] == '9' || digits[0] == '8' && digits[1] == '9' || numberIsBefore(s, i)) {
		typ, score = tPhone, 0.75 // a mobile read out without its 8 or with a digit lost, or after "my number is", whose digits happen to pass the INN check: "nine one six, four zero eight, …"
	}
	if score <= 0 && n == 10 && (digits[0] == '3' || digits[0] == '4') && ctx != ctxNeg &&
		(ctx == ctxPhone || asked == ctxPhone || phoneNumberWordBefore(s, i) || numberIsBefore(s, i) || inSentenceBefore(s, i, 60, "reach me", "reach my", "reach her", "reach him", "reach us", "line is", "fax", "связаться", "домашний", "home number")) {
		typ, score = tPhone, 0.75 // a landline with its town's code read out: "перезвоните мне по номеру три восемь три два …"
	}
	landline := ctx != ctxNeg && (n == 7 && containsAny(s[lineStart(s, i, 60):i], "перезвон", "звонить", "позвон", "городской", "домашний") ||
		n <= 7 && localPhoneCue(s, i)) // a small town's number of five or six digits too
	if landline {
		typ, score = tPhone, 0.75 // a town's number read out after a call's word: "пусть перезвонит на домашний двести сорок шесть тридцать один восемьдесят"
	}
	if mobile && typ == tPassport && n == 11 {
		typ, score = tPhone, 0.75 // a mobile read out near a passport's word: "пусть паспорт возьмёт … восемь девятьсот двадцать семь …"
	}
	if mobile && typ == tPhone && score < 0.75 {
		score = 0.75 // "… номер телефона на который оформлена заявка / клиент: восемь девять один шесть …"
	}
	if score <= 0 || typ == tPhone && n < 10 && !(asked == ctxPhone && n >= 6) && !landline {
		return 0 // seven or eight digits read out are an order or a code as often as a phone, unless the line before asked for a phone
	}
	start := i
	if typ == tPassport {
		start = passportLettersSpoken(s, i, sc.lastEnd) // its letters first: "e r four five seven …", "эн один четыре …"
	}
	if typ == tPhone {
		for _, plus := range [...]string{"plus ", "плюс "} {
			if k := i - len(plus); k >= 0 && k >= sc.lastEnd && s[k:i] == plus && (k == 0 || !isAlnum(s[k-1]) && s[k-1] < 0x80) {
				start = k // "plus seven nine one five …", "плюс семь девятьсот …"
			}
		}
	}
	sc.emit(start, end, typ, score, 0)
	return end
}

// thousandWord reports the word for a thousand inside a number read out.
func thousandWord(w string) bool {
	return w == "тысячи" || w == "тысяч" || w == "тысяча" || w == "thousand"
}

// localPhoneCue reports a word for a home or town phone just before the
// spoken number at i, on its line: a small town's number has five or six
// digits, "перезвонить на домашний два двадцать один пятьдесят шесть",
// "телефон семьдесят два тридцать один восемнадцать", "the landline is two
// seven five, thirty-one, eighteen".
func localPhoneCue(s string, i int) bool {
	return containsAny(s[max(lineStart(s, i, 60), i-40):i], "домашний", "городской", "перезвон", "телефон", "домашнего", "городского",
		"landline", "home number", "home phone", "office number", "call me at", "my number is", "мой номер", "номер телефона")
}

// skipFiller returns where the next number word starts after a speaker's
// filler or a transcript's pause mark at p, with its own pause after it:
// "восемь девятьсот пять… э… триста", "nine one three… uh… four four two",
// "девятьсот шестнадцать… (пауза) …сто двадцать"; or p.
func skipFiller(s string, p int) int {
	for _, f := range [...]string{"э", "ээ", "эм", "мм", "uh", "um", "er", "пауза", "(пауза)", "pause", "(pause)"} {
		if !strings.HasPrefix(s[p:], f) {
			continue
		}
		q := p + len(f)
		if strings.HasPrefix(s[q:], "…") || strings.HasPrefix(s[q:], "...") {
			q += 3
		} else if q < len(s) && s[q] == ',' {
			q++
		}
		if q >= len(s) || s[q] != ' ' {
			return p
		}
		q++
		if strings.HasPrefix(s[q:], "…") || strings.HasPrefix(s[q:], "...") {
			q += 3 // "(пауза) …сто двадцать"
		}
		return q
	}
	if strings.HasPrefix(s[p:], "…") || strings.HasPrefix(s[p:], "...") {
		return p + 3 // a pause opening the next group: "… …сто двадцать"
	}
	return p
}

// prevTurnContext returns what the line before a transcript's answer asks
// for, when the number at i opens the answer: "agent: and your card number
// / caller: four one four nine …", "номер загранпаспорта / клиент: семь
// пять …". It is ctxNone for a number inside a sentence or a line that
// asks for nothing.
func prevTurnContext(s string, i int) ctxKind {
	ls := lineStart(s, i, 60)
	if ls == 0 || s[ls-1] != '\n' {
		return ctxNone
	}
	lettered := false
	if !answerHead(s, ls, i) {
		l := passportLettersSpoken(s, i, ls)
		if l == i || !answerHead(s, ls, l) {
			return ctxNone
		}
		lettered = true // a passport's letters before its digits: "caller: e r four five …"
	}
	prev := lineBefore(s, ls, 200)
	if lettered {
		if containsAny(prev, passportStems[:]...) {
			return ctxPassport
		}
		return ctxNone
	}
	switch {
	case containsAny(prev, "card", "карт"):
		return ctxCard
	case containsAny(prev, passportStems[:]...) || containsAny(prev, "id number", "id card", "ID number", "удостоверени"):
		return ctxPassport // "guard: id number / driver: zero three nine four …"
	case containsAny(prev, "телефон", "Телефон", "phone", "Phone", "your number", "повторите номер", "ваш номер", "номер для связи", "landline", "mobile", "мобильн",
		"связаться", "обратной связи", "reach you", "callback", "contact number", "a number", "номер для", "куда перезвонить"):
		return ctxPhone // "диспетчер: номер телефона / заявитель: два шесть семь ноль четыре пять один"
	}
	return ctxNone
}

// phoneSaidBefore reports words right before a number read out that give
// it as a phone's: "call me back on", "the number is", "номер —",
// "записывайте:".
func phoneSaidBefore(s string, i int) bool {
	w := strings.TrimRight(s[lineStart(s, i, 60):i], " .,")
	if endsAny(w, "call me back on", "call back on", "call us back on", "call us back at", "call me at", "reach me at", "my landline", "line is") {
		return true
	}
	if !endsAny(w, "number is", "call me", "my number", "my phone, dear:", "номер", "номер —", "номер:", "телефон", "телефон:",
		"записывайте:", "пишите:", "записываю:", "по номеру", "на номер", "с номера", "it's", "its") {
		return false
	}
	near := s[lineStart(s, max(0, lineStart(s, i, 60)-1), 200):i] // the line and the one before: the question
	return containsAny(near, "phone", "телефон", "call me", "call back", "call us", "callback", "звон", "reach", "landline", "mobile", "мобильн", "домашн", "рабоч") &&
		!containsAny(near, "order", "card", "account", "meter", "passport", "заказ", "карт", "абонемент", "заводск", "билет", "полис", "счёт", "счет", "паспорт")
}

// answerHead reports the start of an answer's line, s[ls:i], that only
// opens the answer: its speaker, with a colon or, in a transcript that
// writes none, as one lower-case word, and words such as "yes, it's":
// "caller: sure it's", "гость", "клиент так сейчас номер".
func answerHead(s string, ls, i int) bool {
	head := s[ls:i]
	if c := strings.IndexByte(head, ':'); c >= 0 {
		return answerOpening(strings.TrimSpace(head[c+1:])) // the speaker: "caller: ", "клиент: "
	}
	if answerOpening(strings.TrimSpace(head)) {
		return true
	}
	sp := strings.IndexByte(head, ' ')
	if sp <= 0 || !answerOpening(strings.TrimSpace(head[sp+1:])) {
		return false
	}
	for k := 0; k < sp; k++ {
		if head[k] < 'a' && head[k] < 0x80 {
			return false // a label in lower case only
		}
	}
	return true
}

// passportLettersSpoken returns where the letters read out before a
// passport's spoken digits at i start: up to two single Latin letters or
// Russian letter names ("e r", "a n", "эн", "эф а", "фа"); or i.
func passportLettersSpoken(s string, i, lo int) int {
	start := i
	for k := 0; k < 2 && start >= 2 && s[start-1] == ' '; k++ {
		b := start - 1
		a := b
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != ':' {
			a--
		}
		if a < lo {
			break
		}
		w := s[a:b]
		letter := len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' && w != "i" || ruLetterName(w)
		switch w {
		case "б", "г", "д", "е", "ж", "л", "м", "н", "п", "р", "т", "ф", "х", "э", "йе":
			letter = true
		case "а", "в", "к", "с", "у": // words too: a letter only after another letter's name, "эф а семь …"
			if k == 0 && a >= 2 && s[a-1] == ' ' {
				c := strings.LastIndexAny(s[:a-1], " \n:")
				letter = c+1 < a-1 && ruLetterName(s[c+1:a-1])
			}
		}
		if !letter {
			break
		}
		start = a
	}
	return start
}

// ruLetterName reports a Russian letter's spoken name of two letters, as a
// passport's series is read out: "эн", "эф", "ка".
func ruLetterName(w string) bool {
	switch w {
	case "эн", "эф", "эм", "эр", "эс", "эл", "ка", "бэ", "вэ", "гэ", "дэ", "тэ", "пэ", "зэ", "ха", "фа", "ша":
		return true
	}
	return false
}

// answerOpening reports the words that may open an answer before the
// number it gives: none, "yes, it's", "sure it's", "да, это", "пишите".
func answerOpening(h string) bool {
	switch h {
	case "", "it's", "it is", "yes", "yes it's", "yes, it's", "sure", "sure it's", "sure, it's", "ok", "okay", "so", "um", "uh",
		"да", "это", "да это", "да, это", "пишите", "записывайте", "запишите", "так", "ну", "сейчас", "так сейчас", "номер", "так номер", "так сейчас номер",
		"mine is", "sure mine is", "sure, mine is", "yes mine is", "my number is", "the number is":
		return true
	}
	return false
}

// groupWidth is the number of digits of a pending group of kind k.
func groupWidth(k spokenKind) int {
	if k == spHundreds {
		return 3
	}
	return 2
}

// spokenEmail reads an e-mail address read out around the word s[i:j] ("at",
// "собака"): "ian.mcallister at gmail dot com", "petrova точка svetlana
// собака gmail точка com". It emits the address and returns its end, or 0.
func (sc *scanner) spokenEmail(i, j int) int {
	s := sc.s
	if j+1 >= len(s) || s[j] != ' ' || i < 2 || s[i-1] != ' ' {
		return 0
	}
	if rest := s[j:min(len(s), j+60)]; !containsAny(rest, " dot ", " точка ") {
		return 0 // no "dot" after: "at noon", "at the office"
	}
	// The domain: labels joined by "dot" or "точка", the last one a TLD.
	p, end, labels, last := j+1, 0, 0, ""
	for labels < 4 {
		q := p
		for q < len(s) && (s[q] >= 'a' && s[q] <= 'z' || isDigit(s[q]) || s[q] == '-') {
			q++
		}
		if q == p {
			for q+1 < len(s) && (s[q] == 0xD0 && s[q+1] >= 0xB0 || s[q] == 0xD1 && s[q+1] <= 0x8F) {
				q += 2 // a label said in Russian: "собака мейл точка ру"
			}
		}
		if q == p || q < len(s) && isAlnum(s[q]) {
			return 0
		}
		labels++
		end, last = q, s[p:q]
		if r, ok := spokenDot(s, q); ok {
			p = r
			continue
		}
		break
	}
	if labels < 2 || !commonTLD(last) {
		return 0
	}
	// The local part: tokens of the address alphabet joined by "dot" or "точка".
	a := i - 1
	for parts := 0; parts < 4; parts++ {
		b := a
		for b > 0 && (s[b-1] >= 'a' && s[b-1] <= 'z' || isDigit(s[b-1]) || s[b-1] == '.' || s[b-1] == '_' || s[b-1] == '-') {
			b--
		}
		if b == a {
			for b >= 2 && (s[b-2] == 0xD0 && s[b-1] >= 0xB0 || s[b-2] == 0xD1 && s[b-1] <= 0x9F) {
				b -= 2 // a part said in Russian: "ольга точка ветрова собака мейл точка ру"
			}
		}
		if b == a || b > 0 && (isAlnum(s[b-1]) || s[b-1] >= 0x80 && s[b-1] < 0xC0) {
			break
		}
		a = b
		if k, ok := spokenDotBefore(s, a); ok {
			a = k
			continue
		}
		if _, num := spokenWords[s[a:wordEnd(s, a)]]; num && a >= 2 && s[a-1] == ' ' && parts < 3 {
			if pb := wordStartBefore(s, a-1); pb >= 0 {
				_, pnum := spokenWords[s[pb:a-1]]
				if _, joined := spokenDotBefore(s, pb); pnum || joined {
					a-- // a number said after a name: "лена точка сорокина восемьдесят семь собака джимейл точка ком"
					continue
				}
			}
		}
		break
	}
	for n := len(sc.out); a < sc.lastEnd && n > 0 && sc.out[n-1].typ == tPerson && sc.out[n-1].start >= a && sc.out[n-1].end <= i-1; n-- {
		// the local part's words were read as names: "клиент: ivan точка kovrigin собака мейл точка ру", "ольга точка ветрова"
		sc.out = sc.out[:n-1]
		sc.lastEnd = 0
		if n > 1 {
			sc.lastEnd = sc.out[n-2].end
		}
	}
	if a >= i-1 || a < sc.lastEnd {
		return 0
	}
	// "we met at noon dot com" is no address: the provider is a mail service,
	// the local part has a dot, digit or underscore, written or said, or a
	// mail word precedes.
	local := s[a : i-1]
	if !mailProvider(s[j+1:]) && !strings.ContainsAny(local, "._0123456789") && !containsAny(local, " dot ", " точка ", " underscore ", " подчёркивание ", " подчеркивание ") &&
		!strings.Contains(strings.ToLower(s[max(0, a-40):a]), "mail") && !strings.Contains(s[max(0, a-40):a], "почт") {
		return 0
	}
	sc.emit(a, end, tEmail, 0.9, 0)
	return end
}

// spokenDot reports " dot " or " точка " at q, or a dash said aloud inside
// a label, and returns the offset after it.
func spokenDot(s string, q int) (int, bool) {
	for _, w := range [...]string{" dot ", " точка ", " dash ", " тире ", " дефис "} { // "northwind dash energy dot com"
		if len(s)-q > len(w) && s[q:q+len(w)] == w {
			return q + len(w), true
		}
	}
	return q, false
}

// spokenDotBefore reports " dot " or " точка ", an underscore or a dash said
// aloud, ending at a and returns where the word before it ends.
func spokenDotBefore(s string, a int) (int, bool) {
	for _, w := range [...]string{" dot ", " точка ", " underscore ", " нижнее подчёркивание ", " нижнее подчеркивание ", " dash ", " тире ", " дефис "} {
		if a >= len(w)+1 && s[a-len(w):a] == w {
			return a - len(w), true
		}
	}
	return a, false
}

// mailProvider reports a domain of a public mail service at the start of d.
func mailProvider(d string) bool {
	return startsAny(d, "gmail ", "mail ", "yandex ", "ya ", "outlook ", "hotmail ", "yahoo ", "icloud ",
		"inbox ", "bk ", "list ", "rambler ", "proton ", "protonmail ", "live ", "aol ", "gmx ",
		"мейл ", "маил ", "майл ", "яндекс ", "джимейл ", "гмейл ") // said in Russian: "собака мейл точка ру"
}

// commonTLD reports a top-level domain that ends a spoken address.
func commonTLD(w string) bool {
	switch w {
	case "com", "ru", "net", "org", "io", "uk", "de", "kz", "by", "ua", "fr", "it", "es", "info", "biz", "me", "co",
		"ee", "lv", "lt", "pl", "cz", "nl", "eu", "us", "ca", "au", "in", "cn", "jp", "tr", "ae", "uz", "am", "ge",
		"school", "su", "pro", "online",
		"ру", "ком", "нет", "кз", "рф": // said in Russian: "точка ру"
		return true
	}
	return false
}

// englishNumberWord reports an English number word of a house or flat
// number read out ("twenty six", "one hundred"): the English words of
// spokenWords but zero and "double", and "hundred".
func englishNumberWord(w string) bool {
	if h := strings.IndexByte(w, '-'); h > 0 && h < len(w)-1 {
		// Hyphenated, as transcripts write them: "twenty-two", "one-oh-five".
		for rest := w; ; {
			part, tail, more := strings.Cut(rest, "-")
			if part != "oh" && !englishNumberWord(part) {
				return false
			}
			if !more {
				return true
			}
			rest = tail
		}
	}
	sw, ok := spokenWords[w]
	return w == "hundred" || ok && len(w) > 0 && w[0] < 0x80 && sw.kind != spDouble && sw.v != 0
}

// houseNumberEnd returns the end of a house or flat number at p: digits with
// an optional letter ("7", "12b") or up to three English number words
// ("twenty six"); p if none.
func houseNumberEnd(s string, p int) int {
	if p < len(s) && isDigit(s[p]) {
		q := p
		for q < len(s) && (isDigit(s[q]) || s[q] == '/') {
			q++
		}
		if q < len(s) && s[q] >= 'a' && s[q] <= 'z' && (q+1 == len(s) || !isAlnum(s[q+1])) {
			q++
		}
		if q < len(s) && isAlnum(s[q]) || q+1 < len(s) && s[q] == ':' && isDigit(s[q+1]) || unitFollows(s, q) {
			return p // nor a time or a count: "the exam centre on Rostovskoe shosse starts at 8:30", "the Yuzhnoe shosse post by 40 min"
		}
		return q
	}
	end := p
	for words := 0; words < 4 && p < len(s); words++ {
		q := wordEnd(s, p)
		if q == p || !englishNumberWord(s[p:q]) && !(words > 0 && (s[p:q] == "oh" || s[p:q] == "zero")) {
			break // but a zero read out inside: "four oh five"
		}
		end = q
		for _, sep := range [...]string{" dash ", " slash "} {
			if strings.HasPrefix(s[q:], sep) {
				if r := q + len(sep); englishNumberWord(s[r:wordEnd(s, r)]) {
					q += len(sep) - 1 // a house and its flat, "fourteen dash five"; a corner house, "fifty one slash two"
				}
			}
		}
		if s[p:q] == "hundred" && strings.HasPrefix(s[q:], " and ") {
			if r := q + len(" and "); englishNumberWord(s[r:wordEnd(s, r)]) {
				q += len(" and") // "one hundred and eight"
			}
		}
		if q+1 >= len(s) || s[q] != ' ' {
			break
		}
		p = q + 1
	}
	return end
}

// lowerUnitsAfter extends a lower-case address that ends at end over up
// to two building or flat parts: " building 1 room 718", " flat 40".
func lowerUnitsAfter(s string, end int) int {
	for parts := 0; parts < 3; parts++ {
		found := false
		p := end
		if strings.HasPrefix(s[p:], ", ") {
			p++ // typed with commas: "pokrovka st 31, apt 9"
		}
		for _, u := range [...]string{" apartment ", " flat ", " apt ", " apt. ", " building ", " korpus ", " bldg ", " kv ",
			" kv. ", " kvartira ", " room ", " office ", " entrance ", " floor "} {
			if strings.HasPrefix(s[p:], u) {
				if e := houseNumberEnd(s, p+len(u)); e > p+len(u) {
					end, found = e, true
				}
				break
			}
		}
		if !found && p+1 < len(s) && s[p] == ' ' {
			if e := wordEnd(s, p+1); ordinalWord(s[p+1:e]) && strings.HasPrefix(s[e:], " floor") && wordEnd(s, e+1) == e+len(" floor") {
				end, found = e+len(" floor"), true // "miera iela fifty-eight, second floor"
			}
		}
		if !found {
			break
		}
	}
	return end
}

// lowerFlatEN reads a Russian street said in a transcript in Latin letters
// with no keyword, its house and the flat at s[i:j] ("apartment",
// "flat"): "bolshaya dorogomilovskaya fourteen apartment eighty two",
// "pobeditelei thirty one apartment two zero four". The street's last word
// must end as a transliterated Russian street name does. It returns the
// end, or 0.
func (sc *scanner) lowerFlatEN(i, j int) int {
	s := sc.s
	if i < 8 || s[i-1] != ' ' || j+2 >= len(s) || s[j] != ' ' {
		return 0
	}
	// The house: digits or up to three number words before the flat, perhaps
	// typed with a comma: "tverskaya twelve, apartment forty".
	h := i - 1
	if s[i-2] == ',' {
		h = i - 2
	}
	h0 := h
	for w := 0; w < 3 && h > 0; w++ {
		a := h
		for a > 0 && s[a-1] != ' ' {
			a--
		}
		if a == h || !(englishNumberWord(s[a:h]) || w == 0 && houseNumberEnd(s, a) == h || w == 1 && (s[a:h] == "oh" || s[a:h] == "zero")) {
			break
		}
		h = a - 1
		if a == 0 || s[a-1] != ' ' || w == 0 && isDigit(s[a]) {
			break
		}
	}
	if h == h0 || h < 4 || s[h] != ' ' {
		return 0
	}
	// The street: one or two lower-case words before the house.
	b := h
	a := b
	for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
		a--
	}
	w := s[a:b]
	short := w == "val" || w == "iela" // a street's word of its own, short: "zemlyanoy val", "brivibas iela"
	if b-a < 5 && !short || a > 0 && isAlnum(s[a-1]) || !endsAny(w, "aya", "skoy", "ei", "ey", "ogo", "ova", "eva", "ina", "ykh", "ikh", "sky", "skiy",
		"ovka", "evka", "inka", "anka", "ynka", "arbat", "marksa") && !short {
		return 0 // "bolshaya dmitrovka", "novy arbat", "karla marksa", "zemlyanoy val", "brivibas iela"
	}
	if a > 1 && s[a-1] == ' ' {
		a2 := a - 1
		for a2 > 0 && s[a2-1] >= 'a' && s[a2-1] <= 'z' {
			a2--
		}
		if w2 := s[a2 : a-1]; (endsAny(w2, "aya", "oy", "iy", "ogo", "yy") && len(w2) >= 5 || w2 == "novy" || w2 == "karla") && (a2 == 0 || !isAlnum(s[a2-1])) {
			a = a2 // "bolshaya dorogomilovskaya"
		}
	}
	if a < sc.lastEnd {
		return 0
	}
	end := houseNumberEnd(s, j+1)
	if end <= j+1 {
		return 0
	}
	// "two zero four": a flat's number read digit by digit.
	for end+1 < len(s) && s[end] == ' ' {
		e := wordEnd(s, end+1)
		if w := s[end+1 : e]; !englishNumberWord(w) && w != "zero" && w != "oh" {
			break
		}
		end = e
	}
	sc.emit(a, end, tAddress, 0.75, 0)
	return end
}

// lowerStreetEN reads a lower-case English address around the street word
// s[i:j], as a call transcript writes a Russian one: "vavilova street 7
// building 2", "gorky street twenty one apartment nine", "ulitsa arbat
// thirty one", "number twelve pionerskaya street". It returns the end of
// the address or 0.
func (sc *scanner) lowerStreetEN(i, j int) int {
	s := sc.s
	if s[i:j] == "st" && !(j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1])) && !startsAny(s[j:], " apt ", " apartment ", " flat ", ", apt ") &&
		!(digitHouseBeforeWord(s, i-1) && (j == len(s) || strings.IndexByte("?.,!;)\n", s[j]) >= 0)) {
		// "st" only with its house right after it, a flat, or its house before the name and the clause's end after it:
		// "kirova st 15 apt 3", "22 nametkina st apt 301", "send the tech to 58 avtostroiteley st?"; not "st petersburg"
		return 0
	}
	var nameStart, p int
	keywordFirst := false
	switch s[i:j] {
	case "ulitsa", "prospekt", "prospect", "pereulok", "shosse", "naberezhnaya", "bulvar":
		// "ulitsa arbat thirty one"; but "kutuzovsky prospekt 2" has its name before; "prospect" as English spells it.
		keywordFirst = s[i:j] == "ulitsa" || j+1 < len(s) && s[j] == ' ' && !isDigit(s[j+1]) && !englishNumberWord(s[j+1:wordEnd(s, j+1)]) &&
			!streetAdjectiveBefore(s, i) // but "fourteen leninsky prospekt can you": the name before
	}
	switch {
	case keywordFirst:
		if j+1 >= len(s) || s[j] != ' ' || s[j+1] < 'a' || s[j+1] > 'z' {
			return 0
		}
		nameStart, p = i, wordEnd(s, j+1)
		if q := wordEnd(s, p+1); p+1 < q && s[p] == ' ' && s[p+1] >= 'a' && s[p+1] <= 'z' && !englishNumberWord(s[p+1:q]) &&
			q+1 < len(s) && (s[q] == ' ' && houseNumberEnd(s, q+1) > q+1 || startsAny(s[q:], ", dom ", " dom ", ", house ") ||
			s[q] == ',' && q+2 < len(s) && s[q+1] == ' ' && houseNumberEnd(s, q+2) > q+2) { // "ulitsa dekabrskikh sobytiy, one hundred five"
			switch s[p+1 : q] {
			case "apartment", "flat", "apt", "building", "bldg", "house", "korpus", "kv", "room", "office", "number", "dom":
			default:
				p = q // a name of two words: "ulitsa bolshaya yakimanka twenty two"; not "ulitsa zorge apartment 88"
			}
		}
	default: // street, avenue, road, lane, drive, row; "kutuzovsky prospekt 2"
		b := i - 1
		if b < 1 || s[b] != ' ' {
			return 0
		}
		a := b
		latvian := s[i:j] == "iela" || s[i:j] == "gatve" // a street's name in Latvian: "lāčplēša iela", "brīvības gatve"
		for a > 0 && (s[a-1] >= 'a' && s[a-1] <= 'z' || latvian && s[a-1] >= 0x80 || s[a-1] == '-' && a-1 > 0 && s[a-2] >= 'a' && s[a-2] <= 'z' && a < b) {
			a-- // and hyphenated: "vazha-pshavela avenue"
		}
		if a > 1 && isUpperASCII(s[a-1]) && s[a-2] == ' ' && houseNumberBefore(s, a-2) {
			a-- // a capital the speech recognizer kept: "thirty one Marata street"
		}
		if b-a < 3 || a > 0 && isAlnum(s[a-1]) || lowerStreetStop(s[a:b]) && !strings.HasPrefix(s[j:], " number ") &&
			!((s[a:b] == "high" || s[a:b] == "main") && a >= 2 && houseNumberBefore(s, a-1)) {
			return 0 // "high street number forty two" and "twelve high street chelmsford" name their house
		}
		nameStart, p = a, j
		// A name of two or three words with the house before it: "twenty
		// one bolshaya yakimanka street", "23 first tverskaya yamskaya street".
		for k, b := 0, a; k < 2 && b > 1 && s[b-1] == ' '; k++ {
			a2 := b - 1
			for a2 > 0 && s[a2-1] >= 'a' && s[a2-1] <= 'z' {
				a2--
			}
			w := s[a2 : b-1]
			if !(b-1-a2 >= 4 && !englishNumberWord(w) || ordinalWord(w)) || lowerStreetStop(w) && !(w == "high" || w == "main") || a2 < 2 || s[a2-1] != ' ' {
				break
			}
			if houseNumberBefore(s, a2-1) {
				nameStart = a2
				break
			}
			b = a2
		}
	}
	if strings.HasSuffix(s[:nameStart], "karla ") && nameStart-len("karla ") >= sc.lastEnd {
		nameStart -= len("karla ") // "karla marksa avenue one hundred forty one"
	}
	start := nameStart
	end := 0
	numberAfter := true
	switch s[i:j] {
	case "lane", "drive", "row", "close", "crescent", "grove", "gardens", "terrace", "way", "court", "mews":
		numberAfter = false // "14 park row", not "the hard drive 2"
	}
	comma := p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' // "baumana street, number forty four", "ulitsa baumana, fifty one"
	if comma && !startsAny(s[p+2:], "number ", "house ", "dom ") && !englishNumberWord(s[p+2:wordEnd(s, p+2)]) {
		comma = false // after a comma the house is said in words or named: not "ring road, 15"
	}
	if numberAfter && p+1 < len(s) && (s[p] == ' ' || comma) {
		q := p + 1
		if comma {
			q++
		}
		if strings.HasPrefix(s[q:], "number ") {
			q += len("number ")
		} else if strings.HasPrefix(s[q:], "house number ") {
			q += len("house number ") // "profsoyuznaya street, house number forty two"
		} else if strings.HasPrefix(s[q:], "house ") || strings.HasPrefix(s[q:], "dom ") {
			q += strings.IndexByte(s[q:], ' ') + 1 // "tverskaya street house eighteen flat sixty two", "ulitsa krasnaya presnya, dom twenty eight"
		}
		if e := houseNumberEnd(s, q); e > q {
			end = e
		}
	}
	if end == 0 && startsAny(s[p:], ", building ", ", plot ", ", apartment ", ", flat ", ", korpus ") && !(nameStart >= 2 && houseNumberBefore(s, nameStart-1)) {
		if strings.HasPrefix(s[p:], ", plot ") {
			if e := houseNumberEnd(s, p+len(", plot ")); e > p+len(", plot ") {
				end = e // a village's plot: "bessonovka, sadovaya street, plot twelve"
			}
		} else if e := lowerUnitsAfter(s, p); e > p {
			end = e // the building named instead of the house: "prospekt kosmonavtov, building twenty seven, apartment one five four"
		}
	}
	if end == 0 {
		// The number before the street: "number twelve pionerskaya street", "5 lesnaya street".
		k := nameStart - 1
		if k < 2 || s[k] != ' ' {
			return 0
		}
		a := k
		for a > 0 && s[a-1] != ' ' {
			a--
		}
		if englishNumberWord(s[a:k]) {
			for w := 0; w < 3 && a >= 2 && s[a-1] == ' '; w++ {
				b := a - 1
				a2 := b
				for a2 > 0 && s[a2-1] != ' ' {
					a2--
				}
				if s[a2:b] == "and" && a2 >= 2 && s[a2-1] == ' ' && strings.HasSuffix(s[:a2-1], "hundred") {
					a = a2 // "one hundred and twelve leninsky prospekt"
					continue
				}
				if !englishNumberWord(s[a2:b]) {
					break
				}
				a = a2
			}
		}
		if houseNumberEnd(s, a) <= a {
			return 0
		}
		start = a
		if a >= 7 && s[a-7:a] == "number " {
			start = a - 7
		}
		end = j
		if keywordFirst {
			end = p // the name after its keyword: "9 ulitsa ostrovskogo"
		}
		f := flatWordBefore(s, start)
		if !numberAfter && !addressPrepBefore(s, f) && !((speakerAnswer(s, f) || lineLabelBefore(s, f)) && f < start) &&
			lowerPostcodeAfter(s, end) == end && placeTailEN(s, end, true) == end {
			return 0 // "2 hard drive replacements", "12 test drive slots"; but "caller: flat four twenty two elgin crescent london"
		}
		if f < start && end+1 < len(s) && s[end] == ' ' && isDigit(s[start]) {
			if e := houseNumberEnd(s, end+1); e > end+1 && f >= sc.lastEnd {
				start, end = f, e // the flat's number first, the house's after the street: "apartment 12 kozitsky lane 2 moscow"
			}
		}
	}
	end = lowerUnitsAfter(s, end) // a flat or a building after the house
	start = lowerUnitBefore(s, start)
	if start < sc.lastEnd {
		return 0
	}
	if strings.HasSuffix(s[:start], "house ") && start-len("house ") >= sc.lastEnd && start < len(s) && s[start] >= 'a' {
		start -= len("house ") // the house's word before its number: "house seventeen lesnaya street"
	}
	if s[start] >= 'a' {
		// The flat, and a building, read out with the house: "flat four twenty two elgin crescent",
		// "apartment forty two building three nine tverskaya street".
		start = spokenUnitsBefore(s, start, sc.lastEnd)
	}
	start = lowerCityBefore(s, start, sc.lastEnd)
	end = lowerPlaceTailEN(s, lowerUnitsAfter(s, lowerPostcodeAfter(s, lowerTownAfter(s, end)))) // and a flat after the town: "fifty one duki street, bryansk, flat twelve"
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// lowerHouseAfterStreetEN reads a street said in Latin letters with no
// keyword, a comma and its house named by "house" at s[i:j]: "she lives on
// nevsky, house eighty-five, flat twelve". The street's word must end as a
// transliterated Russian street name does. It returns the end, or 0.
func (sc *scanner) lowerHouseAfterStreetEN(i, j int) int {
	s := sc.s
	if i < 7 || s[i-2:i] != ", " || j+1 >= len(s) || s[j] != ' ' {
		return 0
	}
	end := houseNumberEnd(s, j+1)
	if end <= j+1 {
		return 0
	}
	b := i - 2
	a := b
	for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
		a--
	}
	if b-a < 5 || a > 0 && s[a-1] != ' ' || a < sc.lastEnd || !endsAny(s[a:b], "sky", "skaya", "aya", "ova", "eva", "ina", "ogo", "ka") {
		return 0
	}
	end = lowerTownAfter(s, lowerUnitsAfter(s, end))
	sc.emit(a, end, tAddress, 0.75, 0)
	return end
}

// prepStreetEN reads a Russian street said in Latin letters with no
// keyword, its house in words at i, after "on", "at", "from" or "to", a
// town and a comma, or a speaker's label: "the shop on kirova twenty
// seven", "khabarovsk, karla marksa one hundred forty three", "agent:
// kirova forty two, adler"; with the house first it hands over to
// houseFirstEN. The street's word must end as a transliterated street name
// does and be no first name, and no count may follow the number ("to
// marina twenty minutes"). It returns the end, or 0.
func (sc *scanner) prepStreetEN(i int) int {
	s := sc.s
	if i < 8 || s[i-1] != ' ' {
		return 0
	}
	if addressPrepBefore(s, i) || speakerAnswer(s, i) {
		return sc.houseFirstEN(i)
	}
	a := i - 1
	for a > 0 && (s[a-1] >= 'a' && s[a-1] <= 'z' || s[a-1] == '-') {
		a--
	}
	w := s[a : i-1]
	if strings.HasSuffix(s[:a], "karla ") {
		a -= len("karla ") // "karla marksa one twenty three"
	}
	if b := a - 1; b > 0 && s[b] == ' ' {
		c := strings.LastIndexByte(s[:b], ' ') + 1
		switch s[c:b] {
		case "bolshaya", "malaya", "novaya", "staraya", "verkhnyaya", "nizhnyaya", "krasnaya", "bolshoy", "maly", "novy", "stary":
			if c > 0 && addressPrepBefore(s, c) {
				a = c // a two-word street: "the clinic on bolshaya sadovaya seventy one"
			}
		}
	}
	continental := false
	if c := continentalStreetStart(s, a, i-1); c >= 0 {
		a, continental = c, true // "send it to berliner strasse twelve", "caller herrengasse twelve"
	}
	turn := speakerAnswer(s, a) || continental && lineLabelBefore(s, a) // a read-back: "agent: kirova forty two, adler"
	if len(w) < 4 || a < sc.lastEnd || !addressPrepBefore(s, a) && !turn && lowerCityBefore(s, a, sc.lastEnd) == a || englishNumberWord(w) || lowerStreetStop(w) || !translitStreetWord(w) && !continental {
		return 0
	}
	if firstNameWord(w) || endsAny(s[:a], " the ", " a ", " my ", " your ") {
		return 0 // "to marina", "on the sofa"
	}
	end := houseNumberEnd(s, i)
	if end <= i {
		return 0
	}
	if end+2 <= len(s) && s[end] == ' ' && s[end+1] >= 'a' && s[end+1] <= 'h' && (end+2 == len(s) || s[end+2] == ',' || s[end+2] == '\n') {
		end += 2 // the house's letter: "usacheva eleven g, entrance three"
	}
	if end < len(s) && s[end] == ' ' {
		next := s[end+1 : wordEnd(s, end+1)]
		switch next {
		case "minutes", "minute", "mins", "hours", "hour", "days", "day", "weeks", "years", "people", "percent", "times", "rubles",
			"roubles", "dollars", "euros", "pieces", "cases", "boxes", "kilos", "kg", "km", "meters", "metres", "seats", "tickets", "o'clock":
			return 0
		}
	}
	end = lowerUnitsAfter(s, end)
	if continental {
		end = lowerPlaceTailEN(s, end) // its postcode and town: "herrengasse twelve eight zero one zero graz"
	}
	if turn && !(end == len(s) || s[end] == ',' || s[end] == '\n') {
		return 0
	}
	end = lowerPlaceTailEN(s, lowerPostcodeAfter(s, lowerUnitsAfter(s, lowerTownAfter(s, end))))
	sc.emit(lowerCityBefore(s, a, sc.lastEnd), end, tAddress, 0.75, 0)
	return end
}

// translitStreetWord reports a lower-case Latin word that ends as a
// transliterated Russian street's name does ("chistopolskaya", "kirova",
// "respubliki", a trade's plural "tankistov", "kosmonavtov", "stroiteley",
// a surname's genitive "sheinkmana"), or is one of
// the short common ones ("mira").
func translitStreetWord(w string) bool {
	return endsAny(w, "skaya", "tskaya", "aya", "ova", "eva", "ina", "yna", "ogo", "ykh", "ikh", "ovykh", "skiy", "sky", "istov", "avtov", "teley", "nikov", "mana", "sena", "chki") ||
		w == "mira" || strings.HasSuffix(w, "elya") || w == "gogolya" || w == "shchorsa" || w == "respubliki" || w == "marksa" || w == "engelsa" || w == "frunze" || w == "zorge"
}

// houseFirstEN reads a house said in words before a transliterated street
// with no keyword, after "at", "to" or "from" at i: "pick me up at ten
// bolshaya yakimanka, moscow". The street's last word must end as a
// transliterated street name does and close the clause. It returns the
// end, or 0.
func (sc *scanner) houseFirstEN(i int) int {
	s := sc.s
	h := houseNumberEnd(s, i)
	if h <= i || h+1 >= len(s) || s[h] != ' ' || i < sc.lastEnd {
		return 0
	}
	p := h + 1
	adj := false
	for words := 0; words < 2; words++ {
		q := wordEnd(s, p)
		w := s[p:q]
		if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || englishNumberWord(w) || lowerStreetStop(w) || firstNameWord(w) {
			return 0
		}
		if (translitStreetWord(w) && len(w) >= 6 || adj && len(w) >= 5) && (q == len(s) || s[q] == ',' || s[q] == '\n' || s[q] == '.') {
			end := lowerPlaceTailEN(s, lowerPostcodeAfter(s, lowerUnitsAfter(s, lowerTownAfter(s, lowerUnitsAfter(s, q)))))
			sc.emit(i, end, tAddress, 0.75, 0)
			return end
		}
		if q+1 >= len(s) || s[q] != ' ' || !endsAny(w, "aya", "yaya") {
			return 0
		}
		p, adj = q+1, true // an adjective before the name: "bolshaya yakimanka"
	}
	return 0
}

// lowerUnitBefore extends a spoken address back over the flat said before
// its house: "flat 2 14 high street".
func lowerUnitBefore(s string, start int) int {
	if start < 2 || s[start-1] != ' ' {
		return start
	}
	a := start - 1
	for a > 0 && isDigit(s[a-1]) {
		a--
	}
	if a == start-1 || a == 0 || s[a-1] != ' ' {
		return start
	}
	for _, u := range [...]string{"flat ", "apartment ", "apt "} {
		if b := a - len(u); b >= 0 && s[b:a] == u && (b == 0 || s[b-1] == ' ') {
			return b
		}
	}
	return start
}

// lowerCityBefore extends a lower-case address that opens at start over a
// known city said before it with a comma: "saint petersburg, ulitsa marata,
// dom twelve", "irkutsk, ulitsa dekabrskikh sobytiy, one hundred five".
func lowerCityBefore(s string, start, lo int) int {
	if start < 4 || s[start-2:start] != ", " {
		return start
	}
	b := wordStartBefore(s, start-2)
	if b < lo || b < 0 || s[b] < 'a' || s[b] > 'z' {
		return start
	}
	if !knownCity(s[b : start-2]) {
		var buf [32]byte
		if f, ok := foldInto(buf[:0], s[b:start-2]); ok && start-2-b >= 6 && speakerAnswer(s, b) {
			if _, known := wordTab.get(f); !known {
				return b // a village the caller names first, no word or name the tables know: "caller: bessonovka, sadovaya street, plot twelve"
			}
		}
		return start
	}
	for _, w := range [...]string{"saint ", "nizhny ", "veliky "} {
		if a := b - len(w); a >= lo && a >= 0 && s[a:b] == w && (a == 0 || !isAlnum(s[a-1])) {
			return a
		}
	}
	return b
}

// lowerTownAfter extends a spoken address over the town named after it in
// lower case: "twelve harehills lane leeds".
func lowerTownAfter(s string, end int) int {
	p := end
	if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' {
		p++ // "miera iela fifty-eight, riga"
	}
	if p+1 >= len(s) || s[p] != ' ' || s[p+1] < 'a' || s[p+1] > 'z' {
		return end
	}
	e := wordEnd(s, p+1)
	var buf [32]byte
	if w, ok := foldInto(buf[:0], s[p+1:e]); ok && e-p > 3 {
		if in, _ := wordTab.get(w); in.addr == akCity || p > end && latinCities[string(w)] {
			return e // "leeds", and after a comma a city of the east: ", riga", ", moscow"
		}
	}
	return end
}

// addressPrepBefore reports a word before s[a] that leads to an address:
// "to 14 park row", "address is 7 church lane", "at 3 mill lane".
func addressPrepBefore(s string, a int) bool {
	k := a - 1
	if k < 2 || s[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
		b--
	}
	switch strings.TrimSuffix(s[b:k], ":") {
	case "to", "at", "is", "address", "from", "on", "yes":
		return true
	}
	return false
}

// ordinalWord reports an English ordinal that opens a street name: "first
// tverskaya yamskaya street", "2nd".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th":
		return true
	}
	return false
}

// houseNumberBefore reports a house number, in digits or words, that ends at
// the space s[k]: "14 park row", "twenty one bolshaya yakimanka street".
func houseNumberBefore(s string, k int) bool {
	a := k
	for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' {
		a--
	}
	if a == k {
		return false
	}
	if isDigit(s[a]) {
		return houseNumberEnd(s, a) == k
	}
	return englishNumberWord(s[a:k])
}

// lowerPostcodeAfter extends a lower-case address that ends at end over a
// town and a UK postcode written in lower case: "14 park row leeds ls1 5hd",
// "14 maple avenue, oxford ox2 7ea".
func lowerPostcodeAfter(s string, end int) int {
	p := end
	if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' {
		p++
	}
	for words := 0; words < 3 && p+1 < len(s) && s[p] == ' '; words++ {
		if e := postcodeShape(s, p+1, 'a'); e > 0 { // a lower-case UK postcode: "ls1 5hd", "sw1a 1aa"
			return e
		}
		q := p + 1
		for q < len(s) && s[q] >= 'a' && s[q] <= 'z' {
			q++
		}
		if q-p < 4 {
			break
		}
		p = q
	}
	return end
}

// lowerStreetStop reports an English word that names no street before
// "street": "main", "high", "the".
// spokenUnitsBefore returns where a flat and a building read out before
// the spoken house at start open, "apartment forty two building three …",
// or start: at most two units, each its word and up to three number words.
func spokenUnitsBefore(s string, start, lo int) int {
	for k := 0; k < 2; k++ {
		b := start
		for w := 0; w < 3 && b >= 2 && s[b-1] == ' '; w++ {
			a := wordStartBefore(s, b-1)
			if a < 0 || !englishNumberWord(s[a:b-1]) {
				break
			}
			b = a
		}
		if b < 2 || s[b-1] != ' ' {
			return start
		}
		a := wordStartBefore(s, b-1)
		if a < lo || a < 0 {
			return start
		}
		switch s[a : b-1] {
		case "flat", "apartment", "apt", "building", "bldg", "korpus":
			start = a
		default:
			return start
		}
	}
	return start
}

// streetAdjectiveBefore reports a lower-case street name declined as an
// adjective right before the keyword at i: "leninsky prospekt",
// "kutuzovskiy prospect", "sadovaya naberezhnaya".
func streetAdjectiveBefore(s string, i int) bool {
	if i < 6 || s[i-1] != ' ' {
		return false
	}
	a := i - 1
	for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
		a--
	}
	w := s[a : i-1]
	return len(w) >= 5 && (a == 0 || !isAlnum(s[a-1])) && endsAny(w, "sky", "skiy", "skoy", "skaya", "tsky", "ovy", "aya", "oye")
}

func lowerStreetStop(w string) bool {
	switch w {
	case "main", "high", "this", "that", "same", "next", "other", "side", "back", "wall", "your", "their", "down", "the", "our",
		"his", "her", "one", "two", "six", "ten", "big", "old", "new", "end", "any",
		"across", "from", "along", "into", "onto", "over", "busy", "quiet", "whole", "each", "every", "what", "which":
		return true
	}
	return false
}

// spokenSeparator reports a word for a separator read out inside a number:
// "dash", "space", "тире".
func spokenSeparator(w string) bool {
	switch w {
	case "dash", "hyphen", "space", "тире", "дефис", "пробел":
		return true
	}
	return false
}

// digitHouseBeforeWord reports a house in digits before the lower-case word
// that ends at e, shaped as a transliterated Russian street's name:
// "58 avtostroiteley", "12 lenina".
func digitHouseBeforeWord(s string, e int) bool {
	if e <= 0 {
		return false // "st" opens the text
	}
	a := e
	for a > 0 && s[a-1] >= 'a' && s[a-1] <= 'z' {
		a--
	}
	if w := s[a:e]; !translitStreetWord(w) && !endsAny(w, "ey", "ov", "ev") {
		return false
	}
	if e-a < 4 || a < 2 || s[a-1] != ' ' || !isDigit(s[a-2]) {
		return false
	}
	k := a - 2
	for k > 0 && isDigit(s[k-1]) {
		k--
	}
	return a-1-k <= 4 && (k == 0 || s[k-1] == ' ' || s[k-1] == '(')
}

// lowerPlaceTailEN extends a spoken English address that ends at end over
// the town, region and postcode read out after it, as a caller dictates
// them: "forty two station road ely cambridgeshire c b seven four b l",
// "four twenty one maple drive columbus ohio four three two one five",
// "berliner strasse twelve ten seven one three berlin". The words must be
// place words (no function word, time or courtesy) and the postcode's
// letters and number words; the run is kept whole when it closes the
// line or the clause (three place words or more only with a town the
// tables know or a postcode: not "room 718 nobody brought them"), up to
// its postcode when at least three of the postcode's words end it, up to
// a settlement's word ("… sokolinoye village near …"), or up to a known
// town alone before a word of the call ("… lane 2 moscow ok"). It returns
// the new end, or end.
func lowerPlaceTailEN(s string, end int) int {
	return placeTailEN(s, end, false)
}

// placeTailEN is lowerPlaceTailEN; strict, it keeps a tail only with a
// town the tables know or a postcode read out.
func placeTailEN(s string, end int, strict bool) int {
	p := end
	places, codes, numbers := 0, 0, 0
	lastCode, kwEnd := -1, 0
	knownEnd := 0 // the end of a town the tables know among the words
tail:
	for tokens := 0; tokens < 14 && p+1 < len(s); tokens++ {
		q := p
		if s[q] == ',' {
			q++ // "brooklyn, new york"
		}
		if q+1 >= len(s) || s[q] != ' ' || s[q+1] < 'a' || s[q+1] > 'z' {
			break
		}
		e := q + 1
		for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
			e++
		}
		if e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80 || s[e] == '\'' || s[e] == '-' && !englishNumberWord(s[q+1:wordEnd(s, q+1)])) {
			break
		}
		w := s[q+1 : e]
		switch {
		case englishNumberWord(w) || w == "oh" || w == "zero":
			codes++
			numbers++
			lastCode = e
		case len(w) == 1 && w != "i" && (lastCode == q || q == end && numberWordEnds(s, end)):
			codes++ // a postcode's letter after its number, "y one a two b three", or the house's: "twenty four a six helsinki"
			lastCode = e
		case placeTailStop(w):
			break tail // a word of the call ends the tail
		case len(w) <= 2:
			codes++ // a postcode's letters: "c b seven four b l"
			lastCode = e
		default:
			places++
			if knownCity(w) {
				knownEnd = e
			}
			switch w {
			case "village", "district", "region", "oblast", "krai", "county", "province", "raion", "rayon", "settlement":
				kwEnd = e // "… lesnaya street sokolinoye village near bakhchysarai"
			}
		}
		p = e
	}
	switch {
	case strict && knownEnd == 0 && !(codes >= 3 && numbers > 0):
		return end
	case places > 0 && (places <= 2 || knownEnd > 0 || codes > 0) && (p == len(s) || strings.IndexByte("\n.,?!;", s[p]) >= 0) && p > end:
		return p // three words or more need a town the tables know: not "room 718 nobody brought them"
	case places > 0 && codes >= 3 && numbers > 0:
		return lastCode
	case kwEnd > 0:
		return kwEnd
	case knownEnd > 0 && places == 1:
		return knownEnd // the town alone before a word of the call: "… kozitsky lane 2 moscow ok"
	}
	return end
}

// flatWordBefore returns where "flat ", "apartment " or "apt " starts right
// before a house read out in words at start, or start.
func flatWordBefore(s string, start int) int {
	for _, u := range [...]string{"flat ", "apartment ", "apt "} {
		if b := start - len(u); b >= 0 && s[b:start] == u && (b == 0 || !isAlnum(s[b-1])) {
			return b
		}
	}
	return start
}

// numberWordEnds reports an English number word ending at end.
func numberWordEnds(s string, end int) bool {
	b := wordStartBefore(s, end)
	return b >= 0 && englishNumberWord(s[b:end])
}

// placeTailStop reports a word that ends a spoken address's tail: a
// function word, a time, a courtesy or a word of the call itself.
func placeTailStop(w string) bool {
	switch w {
	case "i", "a", "an", "the", "is", "it", "its", "at", "to", "in", "on", "of", "by", "or", "so", "no", "ok", "me", "my", "we", "us", "he", "be", "do", "if", "as", "up", "hi", "uh", "um", "er", "oh",
		"and", "but", "for", "from", "with", "near", "next", "behind", "opposite", "please", "thanks", "thank", "okay", "yes", "yeah", "yep", "right",
		"sorry", "then", "that", "this", "there", "here", "what", "when", "where", "who", "how", "can", "could", "would", "will", "should", "did",
		"does", "have", "has", "had", "need", "want", "send", "ship", "deliver", "bring", "call", "phone", "number", "name", "address", "same",
		"also", "too", "again", "just", "got", "fine", "good", "great", "perfect", "you", "your", "our", "his", "her", "their", "they", "she",
		"tomorrow", "today", "tonight", "morning", "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "not", "was", "are", "were", "room", "apartment", "flat", "building", "unit", "suite", "office", "entrance", "gate", "door",
		"floor", "back", "front", "side", "code", "intercom", "mister", "miss", "mrs", "ms", "mr", "sir", "madam", "dear", "all", "via", "instead",
		"before", "after", "until", "till", "since", "because", "about", "around", "only", "now", "later", "soon", "still", "yet", "over", "under",
		"postcode", "zip", "cheers", "bye", "goodbye", "hello", "sure", "exactly", "correct", "spelled", "spell", "like",
		"ago", "minute", "minutes", "mins", "hour", "hours", "day", "days", "week", "weeks", "year", "years", "people", "times", "percent",
		"rubles", "roubles", "dollars", "euros", "pounds", "pieces", "boxes", "kilos", "metres", "meters", "tickets", "seats", "o'clock",
		"them", "him", "nobody", "somebody", "someone", "anyone", "nothing", "everything":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") // "shchorsa eight, carrying stuff down"
}

// continentalStreetStart returns where a continental street's name said in
// lower case starts when it ends at b (its last word s[a:b]): one word with
// the street's ending ("herrengasse", "torikatu", "mannerheimintie",
// "nordbahnhofstrasse"), the word for street after its adjective
// ("berliner strasse", "schönhauser allee") or after a keyword ("ulica
// dluga"); or -1.
func continentalStreetStart(s string, a, b int) int {
	w := s[a:b]
	before := func() int { // the word before a, lower case, of four letters or more
		if a < 2 || s[a-1] != ' ' {
			return -1
		}
		k := a - 1
		for k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || s[k-1] >= 0x80) {
			k--
		}
		if a-1-k < 4 || k > 0 && isAlnum(s[k-1]) {
			return -1
		}
		return k
	}
	switch w {
	case "strasse", "straße", "allee", "gasse", "platz", "weg", "ring", "damm", "ufer", "chaussee":
		return before()
	}
	if len(w) >= 8 && endsAny(w, "strasse", "straße", "gasse", "allee", "platz", "katu", "gatan", "vägen", "gade", "straat", "plein") ||
		len(w) >= 9 && endsAny(w, "tie", "weg", "vej") {
		return a
	}
	if k := before(); k >= 0 {
		switch s[k : a-1] {
		case "ulica", "ulitsa", "aleja", "calle", "avenida", "rua", "rue", "via", "viale", "corso":
			return k
		}
	}
	return -1
}

// lineLabelBefore reports a speaker's label without its colon just before
// a, at its line's start, as lower-case transcripts write it: "caller
// herrengasse twelve", "staff mannerheimintie twenty four".
func lineLabelBefore(s string, a int) bool {
	if a < 2 || s[a-1] != ' ' {
		return false
	}
	b := lineStart(s, a-1, 25)
	if b != 0 && s[b-1] != '\n' || b == a-1 {
		return false
	}
	for k := b; k < a-1; k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	return true
}

// addressAsked reports a transcript's line that asks for an address: the
// question above an answer that gives one.
func addressAsked(q string) bool {
	return len(q) < 160 && !containsAny(q, "сколько", "how many") && containsAny(q, "адрес", "address", "where is the house", "which building", "where do you live",
		"где вы живёте", "где живёте", "куда привезти", "куда доставить", "куда подъехать", "where should we deliver") &&
		!strings.ContainsAny(q, "0123456789")
}

// answerOpener reports a word that opens an answer before what it gives:
// "it's", "да", "живу на".
func answerOpener(w string) bool {
	switch w {
	case "it's", "its", "it", "is", "as", "yes", "yeah", "sure", "ok", "okay", "so", "um", "uh", "er", "well", "from", "at", "in", "on",
		"to", "a", "the", "i", "we", "live", "we're", "i'm", "called", "да", "я", "мы", "живу", "живём", "живем", "на", "в", "по", "с", "из", "от", "ну", "так", "значит", "это", "пишите", "записывайте", "запишите", "диктую", "э", "эм", "адрес", "address":
		return true
	}
	return false
}

// answerStop reports a word after which an answer's address has ended: a
// check, a remark or a new clause ("… flat nine got it", "… я у подъезда
// буду", "… near obninsk no street names there").
func answerStop(w string) bool {
	switch w {
	case "got", "right", "correct", "not", "there", "just", "please", "leave", "near", "between", "same", "but", "the", "and",
		"next", "behind", "opposite", "by", "we", "i", "i'm", "he", "she", "it's", "alright", "since", "after", "before", "did", "do",
		"you", "will", "thanks", "thank", "и", "после", "до", "через", "спасибо", "no", "wait", "нет", "ой", "name", "for", "guest",
		"получатель", "получателя", "имя", "фамилия", "спросить", "спросите", "зовут", "меня", "хозяин", "хозяйка", "уточнить", "куда",
		"till", "until", "instead", "kilometres", "miles", "can", "could", "would", "should",
		"правильно", "верно", "поняла", "понял", "записала", "записал", "я", "у", "там", "вход", "заезд", "возле", "между",
		"частный", "но", "а", "мы", "он", "она", "это", "напротив", "рядом", "около", "за", "во", "со":
		return true
	}
	return false
}

// addressUnit reports a word that names a part of a spoken address before
// or after its number: a house, a flat, a building.
func addressUnit(w string) bool {
	switch w {
	case "house", "flat", "apartment", "apt", "building", "office", "entrance", "block", "plot", "unit", "room", "number", "floor",
		"дом", "квартира", "кв", "корпус", "строение", "офис", "подъезд", "участок", "номер", "этаж", "блок":
		return true
	}
	return false
}

// answeredAddresses emits a transcript's answer to an address's question
// on the line above it as an address when the answer is lower case, holds
// no digit and reads its numbers out: "operator address for the invitation
// letter / caller abay street forty two apartment seven petropavlovsk",
// "оператор адрес квартиры / клиент челны сорок лет победы дом шестьдесят
// три квартира двадцать один". The address runs from the answer's first
// word after its speaker and an opening ("it's", "да") to its last number,
// or to the line's end over one last word, a town; a check or a remark
// after it stays out ("… got it", "… я у подъезда буду"), and so does
// an intercom's code or a phone after it; a person it names before or
// after it stays a person. A part of it found already is replaced by the
// whole; a line with digits, a time or a price, a phone or a number of six
// digits or more, or only a house's parts ("building two") is left alone.
func (sc *scanner) answeredAddresses() {
	s := sc.s
	if !containsAny(s, "адрес", "ddress", "куда", "живёте", "where ", "which building", "m at ", "re at ", "re on ", "live ", "it to ", "deliver to ") {
		return // one pass a pattern over every text: keep them few ("where " asks "where is the house", "where do you live")
	}
	asked := false
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s) - ls
		}
		line := s[ls : ls+le]
		if asked {
			sc.addressAnswer(ls, ls+le, -1, false)
		} else if k, placed := addressSaid(line); k > 0 {
			sc.addressAnswer(ls, ls+le, ls+k, placed) // "клиент: пишите адрес омск улица двадцать вторая декабрьская дом …"
		}
		asked = addressAsked(line) && !spokenNumberIn(line) // not an address given: "следующий адрес пятницкая семьдесят три"
		ls += le + 1
	}
}

// addressSaid returns where the address starts on a transcript's line that
// gives it after its own word, within the first words of the turn
// ("клиент: адрес омск улица …", "ну короче пиши адрес город гатчина …"),
// or after words that place the speaker or a delivery ("we're at …",
// "send it to …", "по адресу …"; placed is then true); or 0.
func addressSaid(line string) (start int, placed bool) {
	k := strings.Index(line, "адрес ")
	n := len("адрес ")
	if k < 0 {
		k, n = strings.Index(line, "address "), len("address ")
	}
	if k < 0 || k > 60 || strings.Count(line[:k], " ") > 4 {
		for _, c := range [...]string{"i'm at ", "im at ", "we're at ", "we are at ", "we're on ", "we live at ", "i live at ", "i live on ",
			"send it to ", "deliver to ", "deliver it to ", "bring it to ", "по адресу ", "на адрес "} {
			if k := strings.Index(line, c); k >= 0 {
				return k + len(c), true // "we're at dovatora twenty three apartment eleven", "курьер заберёт по адресу проспект …"
			}
		}
		return 0, false
	}
	p := k + n
	for _, w := range [...]string{"такой ", "is ", "it's ", ": ", "— ", "- "} {
		if strings.HasPrefix(line[p:], w) {
			p += len(w)
		}
	}
	return p, false
}

// addressAnswer emits the address an answer's line, s[ls:le], reads out,
// from a when a >= 0, or from the answer's first word after its speaker.
// An address placed by words such as "we're at" (placed) needs two number
// words or a house's, a flat's or an office's word: not "i'm at the dacha,
// forty kilometres out".
func (sc *scanner) addressAnswer(ls, le, a int, placed bool) {
	s := sc.s
	line := s[ls:le]
	if le-ls > 480 || strings.ContainsAny(line, "0123456789?") || containsAny(line, "минут", "minute", " час", "o'clock", "утра", "вечера",
		"рубл", "ruble", "rouble", "same as", "тот же", "не помню") {
		return
	}
	for _, w := range [...]string{"домофон", "intercom", "code", "код", "телефон", "phone"} {
		if k := strings.Index(line, w); k >= 0 {
			le = ls + k // an intercom's code or a phone after the address is none of it: "… квартира восемьдесят один подъезд четвёртый код домофона …"
			line = s[ls:le]
		}
	}
	if a < 0 {
		a = ls
		if c := strings.Index(line, ": "); c > 0 && c < 40 {
			a = ls + c + 2 // "caller: ", "caller (elderly, slow): "
		} else if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "— ") {
			a = ls + strings.IndexByte(line, ' ') + 1
		} else if sp := strings.IndexByte(line, ' '); sp > 0 {
			a = ls + sp + 1 // a transcript that writes no colon: "caller abay street …"
		} else {
			return
		}
	}
	if a >= le {
		return
	}
	for _, r := range s[a:le] {
		if unicode.IsUpper(r) {
			return // a lower-case transcript's answer only
		}
	}
	score := float32(0.8)
	for _, x := range sc.out {
		if x.end > a && x.start < le {
			switch x.typ {
			case tPerson: // a name in the answer is dealt with below
			case tAddress:
				score = max(score, x.score) // a part found already: the whole answer replaces it
			default:
				return
			}
		}
	}
	type tok struct{ a, b int } // a word, or a sentence's end where a == b
	var toks [48]tok
	n := 0
	for p := a; p < le && n < len(toks); {
		switch c := s[p]; {
		case c == ' ' || c == ',' || c == '*' || c == '-' || c == '(' || c == ')':
			p++
		case strings.HasPrefix(s[p:], "..."):
			p += 3 // a pause: "петухова пятьдесят семь... корпус один"
		case strings.HasPrefix(s[p:], "…") || strings.HasPrefix(s[p:], "—"):
			p += 3
		case c == '?' || c == '!' || c == '.' || c == ';':
			toks[n] = tok{p, p}
			n++
			p++
		default:
			q := p
			for q < le && strings.IndexByte(" ,?!.;*()", s[q]) < 0 && !strings.HasPrefix(s[q:], "…") {
				q++
			}
			toks[n] = tok{p, q}
			n++
			p = q
		}
	}
	k := 0
	for k < n && toks[k].b > toks[k].a && answerOpener(s[toks[k].a:toks[k].b]) {
		k++
	}
	// A name the answer opens with stays the person's: "клиент тен владислав
	// краснообск дом …"; a street named after a person does not:
	// "abay street forty two".
	for k < n {
		pe := -1
		for _, x := range sc.out {
			if x.typ == tPerson && x.start <= toks[k].a && x.end > toks[k].a {
				pe = x.end
			}
		}
		if pe < 0 {
			break
		}
		m := k
		for m < n && toks[m].a < pe {
			m++
		}
		if m < n && toks[m].b > toks[m].a && (addrKindAt(s, toks[m].a, toks[m].b) != 0 || streetNamedAt(s, pe)) {
			break // a street named after a person: "abay street forty two", "karla marksa fifty two"
		}
		k = m
	}
	if k >= n {
		return
	}
	if t := s[toks[k].a:toks[k].b]; t == "" || answerStop(t) {
		return // not an address: "got it, friday at eleven", "but apartment eleven is my neighbour"
	}
	start := toks[k].a
	last, named, nums, digits, run, units := -1, -1, 0, 0, 0, 0
	t0 := s[toks[k].a:toks[k].b]
	_, houseFirst := spokenWords[t0] // "forty one teheran ro …", "unit four twelve hoxton square"
	houseFirst = houseFirst || spokenHyphened(t0) || t0 == "unit" || t0 == "flat" || t0 == "apartment" || t0 == "building"
	stopped := false
	for m := k; m < n; m++ {
		t := s[toks[m].a:toks[m].b]
		if t == "" {
			stopped = true
			break
		}
		if t == "oh" && (last < 0 || last != m-1) && (m+1 >= n || spokenWords[s[toks[m+1].a:toks[m+1].b]].kind == 0) {
			stopped = true // a cry, not a zero: "oh wait"
			break
		}
		if sw, ok := spokenWords[t]; ok || spokenHyphened(t) || t == "hundred" || t == "thousand" || t == "тысяч" || ordinalWord(t) || ordinalRU(t) ||
			(t == "and" || t == "и") && last == m-1 && m+1 < n && spokenWords[s[toks[m+1].a:toks[m+1].b]].kind != 0 {
			nums++
			if ok && sw.kind == spUnit {
				run++
				digits = max(digits, run)
			} else {
				run = 0
			}
			last = m
			continue
		}
		if answerStop(t) {
			stopped = true
			break
		}
		run = 0
		if utf8.RuneCountInString(t) == 1 && last == m-1 && last >= 0 {
			last = m // a house's letter or a postcode's: "nine a", "сорок а", "s w three five r g"
			continue
		}
		if addressUnit(t) {
			units++
		}
		if !addressUnit(t) && !answerOpener(t) && len(t) >= 3 {
			if named < 0 {
				named = m
			}
			if houseFirst && m-last <= 4 {
				last = m // a house before its street: "forty one teheran ro gangnam gu seoul", "unit four twelve hoxton square"
			}
		}
	}
	if last < 0 || named < 0 || nums == 0 || digits >= 6 || placed && nums < 2 && units == 0 {
		return
	}
	end := toks[last].b
	if !stopped && last+2 == n && toks[n-1].b-toks[n-1].a >= 4 && !addressUnit(s[toks[n-1].a:toks[n-1].b]) {
		end = toks[n-1].b // a town after the number: "… apartment six toronto"
	}
	first := toks[k].a // the first number's start
	for m := k; m < n; m++ {
		if _, ok := spokenWords[s[toks[m].a:toks[m].b]]; ok {
			first = toks[m].a
			break
		}
	}
	for _, x := range sc.out {
		if x.typ != tPerson || x.end <= start || x.start >= end || streetNamedAt(s, x.end) {
			continue // not a street named after a person: "forty one ivana susanina street"
		}
		if x.start < first {
			start = skipSpaces(s, x.end) // the person it goes to, before it: "to my mother-in-law, svetlana borisovna krylova, kaluga, …"
			for start < end && (s[start] == ',' || s[start] == ' ') {
				start++
			}
			continue
		}
		for last >= 0 && toks[last].b > x.start {
			last-- // the person after it: "… квартира девять на имя ольги семёновой"
		}
		if last < 0 {
			return
		}
		end = min(end, toks[last].b)
	}
	for _, x := range sc.out {
		if x.typ == tAddress && x.end > a && x.start < le && (x.start < start || x.end > end) {
			return // an address found already reaches beyond the answer's
		}
	}
	if end > start && strings.IndexByte(s[start:end], ' ') > 0 {
		sc.emit(start, end, tAddress, score, 0)
	}
}

// streetWordAfter reports a street's word one or two words after a name
// ending at e: "ivana susanina street", "karl marx avenue", "ленина улица".
func streetWordAfter(s string, e int) bool {
	for range 2 {
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		q := wordEnd(s, e+1)
		switch s[e+1 : q] {
		case "street", "avenue", "lane", "road", "prospekt", "prospect", "boulevard", "ulitsa", "square", "embankment", "highway",
			"улица", "проспект", "переулок", "бульвар", "шоссе", "площадь", "набережная":
			return true
		}
		e = q
	}
	return false
}

// streetNamedAt reports a name ending at e that names a street: a street's
// word or a house's number follows it, perhaps after one more word ("karl
// marx avenue", "karla marksa fifty two", "салавата юлаева двадцать три").
func streetNamedAt(s string, e int) bool {
	if streetWordAfter(s, e) {
		return true
	}
	for range 2 {
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		q := wordEnd(s, e+1)
		if spokenWords[s[e+1:q]].kind != 0 {
			return true
		}
		e = q
	}
	return false
}

// spokenNumberIn reports two number words on a line: a house read out, not
// "the old one".
func spokenNumberIn(line string) bool {
	n := 0
	for w := range strings.FieldsSeq(line) {
		if spokenWords[strings.Trim(w, ",.:;!?")].kind != 0 {
			n++
		}
	}
	return n >= 2
}
