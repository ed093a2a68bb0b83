package pii

import "strings"

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
	"зовут": true, "уважением": true, "regards": true, "named": true,
	"это": false, "я": false, "спросите": false, "спросить": false, "передайте": false, "передать": false,
	"попросите": false, "позовите": false, "позвать": false, "скажите": false, "сообщите": false,
	"позвоните": false, "звоните": false, "напишите": false, "привет": false, "спасибо": false, "пока": false,
	"звонил": false, "звонила": false, "клиент": false, "клиентка": false, "курьер": false, "водитель": false,
	"is": false, "am": false, "im": false, "for": false, "thanks": false, "thx": false, "cheers": false,
	"hi": false, "hey": false, "hello": false, "dear": false, "ask": false,
	// Kin before an apposition ("перезвоните жене, таня") and verbs of a
	// visit or a request before their subject ("заходил вова с братом").
	"жене": false, "жена": false, "жены": false, "муж": false, "мужу": false, "мужа": false, "сын": false,
	"сыну": false, "дочь": false, "дочери": false, "брат": false, "брату": false, "сестра": false, "сестре": false,
	"заходил": false, "заходила": false, "приходил": false, "приходила": false, "приезжал": false,
	"приезжала": false, "заезжал": false, "заезжала": false, "просил": false, "просила": false,
	"спрашивал": false, "спрашивала": false, "забирал": false, "забирала": false,
	// English verbs of talking, before "to" or "with": "i talked to kevin".
	"talked": false, "spoke": false, "speak": false, "talk": false, "chatted": false, "spoken": false,
}

// talkCues take the person after "to" or "with": "spoke with ahmed".
var talkCues = map[string]bool{"talked": true, "spoke": true, "speak": true, "talk": true, "chatted": true, "spoken": true}

// placePreps precede a place rather than a person when one capitalized word
// follows: "живу в Королёве", "посылка из Владимира", "office in Victoria".
var placePreps = map[string]bool{"в": true, "во": true, "из": true, "под": true, "около": true, "возле": true,
	"близ": true, "in": true, "near": true}

// cueName reads a lower-case first name after the cue word s[i:j] of class
// cls and returns the offset to continue from.
func (sc *scanner) cueName(i, j int, cls uint8) int {
	s := sc.s
	switch s[i:j] {
	case "is": // "my name is kevin" (strong), "this is mike" (weak)
		var buf [16]byte
		switch string(prevWord(s, i, buf[:0])) {
		case "name":
			cls |= wCueStrong
		case "this", "it":
		default:
			return j
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
	if talkCues[s[i:j]] {
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
	end, ok := sc.lowerName(p, e, cls&wCueStrong != 0)
	if !ok {
		return j
	}
	score := float32(0.7)
	if cls&wCueStrong != 0 {
		score = 0.8
	}
	sc.emit(p, end, tPerson, score, 0)
	sc.lowerNames = true
	return end
}

// lowerName reports whether the lower-case word s[p:e] is a first name in
// the tables (an ambiguous one only when strong), and extends it over a
// following lower-case surname or patronymic: "саша петров".
func (sc *scanner) lowerName(p, e int, strong bool) (int, bool) {
	s := sc.s
	if e < len(s) && (isDigit(s[e]) || s[e] == '@' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
		return 0, false
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[p:e])
	if !ok {
		return 0, false
	}
	in, _ := wordTab.get(w)
	if in.flags&(fRuFirst|fEnFirst) == 0 || in.flags&fAmbig != 0 && !strong {
		return 0, false
	}
	end := e
	if e+1 < len(s) && s[e] == ' ' {
		if sz, up := letterAt(s, e+1); sz > 0 && !up && s[e+1] >= 0x80 {
			q := wordEnd(s, e+1)
			if w2, ok := foldInto(buf[:0], s[e+1:q]); ok {
				in2, _ := wordTab.get(w2)
				_, patr := matchEnding(w2, patronymicEndings, 6)
				_, sur := matchEnding(w2, surnameEndings, 4)
				if in2.flags&fRuSurname != 0 || in2.word == 0 && in2.addr == 0 && in2.flags == 0 && (patr || sur) {
					end = q
				}
			}
		}
	}
	return end, true
}

// speaker reads a chat speaker label in lower case: "саша: привет" at the
// start of a line or after a "[10:21] " time stamp.
func (sc *scanner) speaker(i, j int) int {
	s := sc.s
	if !(i == 0 || s[i-1] == '\n' || i >= 2 && s[i-1] == ' ' && s[i-2] == ']') {
		return j
	}
	end, ok := sc.lowerName(i, j, false)
	if !ok || end != j {
		return j
	}
	sc.emit(i, j, tPerson, 0.75, 0)
	sc.lowerNames = true
	return j
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
		name := s[sp.start:wordEnd(s, sp.start)]
		for from := 0; from < len(s); {
			x := strings.Index(s[from:], name)
			if x < 0 {
				break
			}
			a, b := from+x, from+x+len(name)
			from = b
			if a == sp.start {
				continue
			}
			if sz, _ := letterAt(s, b); sz > 0 {
				continue
			}
			if a > 0 {
				if sz, _ := letterAtSlow(s, prevRuneStart(s, a)); sz > 0 {
					continue
				}
			}
			sc.out = append(sc.out, span{start: a, end: b, typ: tPerson, score: 0.7})
		}
	}
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
	var buf [64]byte
	in, _ := wordTab.get(prevWord(sc.s, start, buf[:0]))
	return in.word&wPlace != 0 && n == 1 || in.addr == akCity && n <= 2
}
