package pii

// Person matching: capitalized words are looked up in the name tables (every
// case form of Russian first names and frequent surnames, English first and
// last names) and checked against patronymic and surname endings. A person
// span is a run of up to four such tokens; its score depends on which parts
// it holds, so that a lone word that is also a common noun ("Вера", "Hope")
// needs a neighbouring name part or a mid-sentence position.

// Token flags beyond the table flags.
const (
	tkPatr uint16 = 1 << (8 + iota)
	tkMorph
	tkInitial
	tkUnknown
)

type nameTok struct {
	start, end int
	flags      uint16
}

func (t nameTok) first() bool { return t.flags&uint16(fRuFirst|fEnFirst) != 0 }
func (t nameTok) ambig() bool { return t.flags&uint16(fAmbig) != 0 }
func (t nameTok) surname() bool {
	return t.flags&(uint16(fRuSurname|fEnLast)|tkMorph) != 0
}

var personTitles = map[string]bool{
	"г-н": true, "г-жа": true, "господин": true, "госпожа": true, "господина": true, "госпоже": true,
	"господину": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "ип": true,
	"клиент": true, "клиентка": true, "клиента": true, "клиенту": true, "клиентом": true, "менеджер": true,
	"менеджера": true, "менеджером": true, "сотрудник": true, "dear": true, "уважаемый": true,
	"уважаемая": true, "mister": true, "гражданин": true, "гражданка": true, "директор": true, "курьер": true,
}

var nameStop = map[string]bool{
	"street": true, "avenue": true, "road": true, "inc": true, "ltd": true, "llc": true, "corp": true,
	"team": true, "support": true, "thanks": true, "thank": true, "regards": true, "hello": true, "hi": true,
	"from": true, "the": true, "and": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "please": true, "ooo": true, "здравствуйте": true, "спасибо": true, "добрый": true,
	"москва": true, "россия": true, "please,": true, "ок": true, "ok": true, "yes": true, "no": true,
}

// nameToken classifies the capitalized word s[i:j].
func (sc *scanner) nameToken(i, j int) nameTok {
	s := sc.s
	t := nameTok{start: i, end: j}
	sz, _ := letterAt(s, i)
	if j-i == sz && j < len(s) && s[j] == '.' { // initial: "И." or "И.И."
		t.flags = tkInitial
		t.end = j + 1
		if t.end+1 < len(s) {
			if sz2, up := letterAt(s, t.end); sz2 > 0 && up && t.end+sz2 < len(s) && s[t.end+sz2] == '.' {
				if e := wordEnd(s, t.end); e == t.end+sz2 {
					t.end += sz2 + 1
				}
			}
		}
		return t
	}
	if j-i > sz {
		if _, up := letterAt(s, i+sz); up {
			return t // acronym: ООО, ИНН, USA
		}
	}
	var buf [96]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return t
	}
	if in, ok := nameTab[string(w)]; ok {
		t.flags = uint16(in.flags)
		return t
	}
	if nameStop[string(w)] || s[i] < 0x80 {
		return t
	}
	if _, ok := matchEnding(string(w), patronymicEndings, 6); ok {
		t.flags = tkPatr
		return t
	}
	if _, ok := matchEnding(string(w), surnameEndings, 4); ok {
		t.flags = tkMorph
	}
	return t
}

// capWord handles a capitalized word: a person name, an English street
// suffix, or nothing. It returns the offset to continue from.
func (sc *scanner) capWord(i, j int) int {
	s := sc.s
	t0 := sc.nameToken(i, j)
	if t0.flags == 0 {
		if end := sc.addressEN(i, j); end > 0 {
			return end
		}
		return j
	}
	var toks [4]nameTok
	toks[0] = t0
	nt := 1
	for nt < len(toks) {
		m := toks[nt-1].end
		switch {
		case m < len(s) && s[m] == ' ':
			m++
		case m+1 < len(s) && s[m] == 0xC2 && s[m+1] == 0xA0:
			m += 2
		case toks[nt-1].flags&tkInitial != 0:
		default:
			m = -1
		}
		if m < 0 || m >= len(s) {
			break
		}
		sz, up := letterAt(s, m)
		if sz == 0 || !up {
			break
		}
		e := wordEnd(s, m)
		if e < len(s) && isDigit(s[e]) {
			break
		}
		t := sc.nameToken(m, e)
		if t.flags == 0 {
			prev := toks[nt-1]
			if !prev.first() || prev.ambig() && nt == 1 || (s[m] < 0x80) != (s[prev.start] < 0x80) {
				break
			}
			var buf [96]byte
			if w, _ := foldInto(buf[:0], s[m:e]); nameStop[string(w)] || addrKeywords[string(w)] != 0 {
				break
			}
			t.flags = tkUnknown
		}
		toks[nt] = t
		nt++
	}
	score := personScore(sc, toks[:nt])
	if score <= 0 {
		return j
	}
	// A trailing run of initials after a first name is more likely an
	// abbreviation; keep it only next to a surname.
	end := toks[nt-1].end
	sc.emit(toks[0].start, end, tPerson, score, 0)
	return end
}

func personScore(sc *scanner, toks []nameTok) float32 {
	var first, ambFirst, patr, sur, dictSur, initials, unknown, en int
	for _, t := range toks {
		switch {
		case t.flags&tkInitial != 0:
			initials++
		case t.flags&tkPatr != 0:
			patr++
		case t.flags&tkUnknown != 0:
			unknown++
		case t.first() && !t.ambig():
			first++
		case t.first():
			ambFirst++
		case t.surname():
			sur++
			if t.flags&uint16(fRuSurname|fEnLast) != 0 && !t.ambig() {
				dictSur++
			}
		}
		if t.flags&uint16(fEnFirst|fEnLast) != 0 {
			en++
		}
	}
	names := first + ambFirst
	switch {
	case names > 0 && patr > 0:
		return 0.97
	case names > 0 && (sur > 0 || unknown > 0):
		return 0.95
	case sur > 0 && initials > 0:
		return 0.95
	case names >= 2:
		return 0.9 // "Anna Maria", or a first name and a surname that is also a first name
	case patr > 0:
		return 0.75
	}
	title := false
	if len(toks) > 0 {
		var buf [64]byte
		title = personTitles[string(prevWord(sc.s, toks[0].start, buf[:0]))]
	}
	switch {
	case title && (names > 0 || sur > 0):
		return 0.9
	case first > 0:
		return 0.85
	case dictSur > 0 && en == 0:
		return 0.75
	case ambFirst > 0 && !sentenceStart(sc.s, toks[0].start):
		return 0.6
	}
	return 0
}
