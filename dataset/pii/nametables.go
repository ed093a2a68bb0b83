package pii

import (
	"embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed names/*.txt
var nameFiles embed.FS

// Name-table flags.
const (
	fRuFirst uint8 = 1 << iota
	fRuSurname
	fEnFirst
	fEnLast
	fAmbig
)

// Grammatical genders and cases, used to pick surrogates in the same form.
const (
	genderMale   = 1
	genderFemale = 2
	numCases     = 6 // nominative, genitive, dative, accusative, instrumental, prepositional
)

// lemma is one name in all its case forms (folded lower case: ё→е).
type lemma struct {
	forms  [numCases]string
	norm   string // pseudonym key: the masculine nominative for surnames
	gender uint8
	flags  uint8
}

// nameInfo is what the word table knows about a folded word: name flags
// (with lemma and case) and, for non-name words, the word classes the
// person and address matchers ask about, so each word costs one lookup.
type nameInfo struct {
	flags uint8
	cas   uint8
	word  uint8 // wStop, wTitle, wAnnouncer, wHonorific
	addr  uint8 // address keyword kind
	lemma int32
}

// Word classes in nameInfo.word.
const (
	wStop uint8 = 1 << iota
	wTitle
	wAnnouncer
	wHonorific
	wPlace     // a preposition or marker before a place: "в", "из", "г.", "in"
	wCue       // a word after which a lower-case first name is a name: "зовут", "это"
	wCueStrong // the cue licenses names that are also common words: "меня зовут вера"
	wCueLower  // the cue announces only lower-case names: "caller: angela", "it's mike"
)

// isName reports whether the entry is a name (it has a lemma).
func (in nameInfo) isName() bool { return in.flags&^fAmbig != 0 }

var (
	tablesOnce sync.Once
	nameTab    map[string]nameInfo
	lemmas     []lemma
	// lemmaNormBuf holds every lemma's norm back to back, lemma k's at
	// lemmaNormBuf[lemmaNormAt[k]:lemmaNormAt[k+1]]: pseudonymizing a name
	// reads this compact copy instead of a 120-byte lemma and its string.
	lemmaNormBuf []byte
	lemmaNormAt  []uint32
	// byKind lists lemma indexes per (flag bit, gender) for surrogates.
	byKind map[[2]uint8][]int32
)

func loadTables() {
	tablesOnce.Do(func() {
		nameTab = make(map[string]nameInfo, 8192)
		byKind = map[[2]uint8][]int32{}
		for _, w := range readNames("ru_male.txt") {
			addLemma(ruFirstForms(w, genderMale), genderMale, fRuFirst)
		}
		for _, w := range readNames("ru_female.txt") {
			addLemma(ruFirstForms(w, genderFemale), genderFemale, fRuFirst)
		}
		for _, w := range readNames("ru_male_more.txt") {
			addLemma(ruFirstForms(w, genderMale), genderMale, fRuFirst)
		}
		for _, w := range readNames("ru_female_more.txt") {
			addLemma(ruFirstForms(w, genderFemale), genderFemale, fRuFirst)
		}
		// Foreign names as Russian text spells them: "Уильям Картер",
		// "Франческо Риччи", declined like Russian ones where Russian does.
		for _, w := range readNames("ru_foreign_male.txt") {
			addLemmaTo(ruFirstForms(w, genderMale), genderMale, fRuFirst, false)
		}
		for _, w := range readNames("ru_foreign_female.txt") {
			addLemmaTo(ruFirstForms(w, genderFemale), genderFemale, fRuFirst, false)
		}
		// The colloquial vocative of names in -а/-я: "Алин, посмотри",
		// "Серёж, перезвони", "Тань". Many are also words or syllables,
		// so they are ambiguous: a request or greeting must follow.
		for idx, l := range lemmas {
			if v := vocative(l.forms[0]); v != "" {
				if _, taken := nameTab[v]; !taken {
					nameTab[v] = nameInfo{flags: fRuFirst | fAmbig, lemma: int32(idx)}
				}
			}
		}
		// The same first names as passports and English e-mails spell
		// them: Dmitriy, Yekaterina, Kseniya.
		for _, file := range [...]string{"ru_male.txt", "ru_female.txt", "ru_male_more.txt", "ru_female_more.txt"} {
			g := uint8(genderMale)
			if strings.Contains(file, "female") {
				g = genderFemale
			}
			for _, w := range readNames(file) {
				// Lower case, not folded: "Лёша" is Lyosha, not Lesha.
				for _, lw := range latinSpellings(strings.ToLower(w)) {
					if !nameStop[lw] && !productWords[lw] { // "german" is a nationality, not Герман
						addLemma(sameForms(lw), g, fEnFirst)
					}
				}
			}
		}
		var latinSurnames [][2]string
		for _, w := range append(readNames("ru_surnames.txt"), readNames("ru_surnames_more.txt")...) {
			m, f := ruSurnameForms(w)
			addLemma(m, genderMale, fRuSurname)
			addLemma(f, genderFemale, fRuSurname)
			lemmas[len(lemmas)-1].norm = m[0]
			latinSurnames = append(latinSurnames, [2]string{m[0], f[0]})
		}
		for _, w := range readNames("en_first.txt") {
			addLemma(sameForms(w), 0, fEnFirst)
		}
		for _, w := range readNames("en_last.txt") {
			addLemma(sameForms(w), 0, fEnLast)
		}
		for _, w := range readNames("intl_first.txt") {
			addLemma(sameForms(w), 0, fEnFirst)
		}
		for _, w := range readNames("intl_last.txt") {
			addLemma(sameForms(w), 0, fEnLast)
		}
		for _, w := range readNames("ru_foreign_surnames.txt") {
			m, f := ruSurnameForms(w)
			addLemmaTo(m, genderMale, fRuSurname, false)
			addLemmaTo(f, genderFemale, fRuSurname, false)
			lemmas[len(lemmas)-1].norm = m[0]
		}
		// The same surnames as passports and English text spell them
		// (Petrov, Sokolova, Khabibullin), after every other table so that
		// a word that is also an English name or a common word keeps its
		// entry; they count as Russian surnames, not English ones, and an
		// international entry of the same spelling gains the Russian flag.
		for _, mf := range latinSurnames {
			for g, nom := range mf {
				for k, lw := range latinSpellings(nom) {
					if k >= 3 {
						break
					}
					if in, taken := nameTab[lw]; taken && in.isName() {
						in.flags |= fRuSurname // Petrov is in the international list too
						nameTab[lw] = in
					} else if !taken && !nameStop[lw] && !productWords[lw] {
						addLemmaTo(sameForms(lw), uint8(g+1), fRuSurname, false)
					}
				}
			}
		}
		for _, w := range readNames("ambiguous.txt") {
			// Every case form of an ambiguous name is ambiguous: "Вера" and
			// "верой", "Марк" and "марка", "Тёма" and "тему".
			k := fold(w)
			in, ok := nameTab[k]
			if !ok {
				continue
			}
			forms := []string{k}
			// A listed case form ("Сани", sledges) is ambiguous alone, not
			// its lemma ("Саня").
			if in.lemma >= 0 && int(in.lemma) < len(lemmas) && in.isName() && in.cas == 0 && lemmas[in.lemma].forms[0] == k {
				forms = lemmas[in.lemma].forms[:]
			}
			for _, f := range forms {
				if fi, ok := nameTab[f]; ok {
					fi.flags |= fAmbig
					nameTab[f] = fi
				}
			}
		}
		initAddressTables()
		mark := func(words map[string]bool, class uint8) {
			for w := range words {
				in, ok := nameTab[w]
				if !ok {
					in.lemma = -1
				}
				in.word |= class
				nameTab[w] = in
			}
		}
		mark(nameStop, wStop)
		mark(productWords, wStop)
		mark(carBrands, wStop)
		mark(personTitles, wTitle)
		for _, w := range roleTitles {
			mark(map[string]bool{w: true}, wTitle)
		}
		mark(announcers, wAnnouncer)
		mark(honorifics, wHonorific)
		mark(placePreps, wPlace)
		cues, lowerOnly := maps.Clone(nameCues), maps.Clone(lowerOnlyCues)
		for _, w := range append(slices.Collect(maps.Keys(personTitles)), roleTitles...) { // "менеджер олег обещал", not "Оператор: Назовите"
			if _, ok := cues[w]; !ok && w[0] >= 0x80 {
				cues[w], lowerOnly[w] = false, true
			}
		}
		for w, strong := range cues {
			class := wCue
			if strong {
				class |= wCueStrong
			}
			if lowerOnly[w] {
				class |= wCueLower
			}
			mark(map[string]bool{w: true}, class)
			filterAdd(w)
		}
		for w, kind := range addrKeywords {
			in, ok := nameTab[w]
			if !ok {
				in.lemma = -1
			}
			in.addr = kind
			nameTab[w] = in
		}
		for k, in := range nameTab {
			// Russian names that are also words go too ("вера привет"); English ones ("will", "may") would cost
			// a lookup on every such word for the rare name among them, but long ones are rare words:
			// "caller: nadezhda sengepova".
			if in.flags&(fRuFirst|fEnFirst) != 0 && (in.flags&fAmbig == 0 || (k[0] >= 0x80 || len(k) >= 7) && in.word == 0) && len(k) >= 3 {
				h := filterHash(k)
				firstFilter[h>>6] |= 1 << (h & 63)
			}
		}
		for _, p := range colloquialPatronymics {
			for _, e := range [...]string{"", "а", "у", "ем", "е"} {
				h := filterHash(p + e) // "сторож говорит михалыч уехал": lowerFirst reads them
				firstFilter[h>>6] |= 1 << (h & 63)
			}
		}
		wordTab = newWordTable(nameTab)
		lemmaNormAt = make([]uint32, 0, len(lemmas)+1)
		for _, l := range lemmas {
			lemmaNormAt = append(lemmaNormAt, uint32(len(lemmaNormBuf)))
			lemmaNormBuf = append(lemmaNormBuf, l.norm...)
		}
		lemmaNormAt = append(lemmaNormAt, uint32(len(lemmaNormBuf)))
	})
}

func readNames(file string) []string {
	b, err := nameFiles.ReadFile("names/" + file)
	if err != nil {
		panic("pii: embedded name file missing: " + file)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

func addLemma(forms [numCases]string, gender, flag uint8) {
	addLemmaTo(forms, gender, flag, true)
}

// addLemmaTo adds a lemma; surrogate says whether surrogates may be drawn
// from it (not Latin spellings of Russian names, not foreign names in
// Cyrillic: a Russian name is replaced by a common Russian one).
func addLemmaTo(forms [numCases]string, gender, flag uint8, surrogate bool) {
	idx := int32(len(lemmas))
	lemmas = append(lemmas, lemma{forms: forms, norm: forms[0], gender: gender, flags: flag})
	if surrogate {
		byKind[[2]uint8{flag, gender}] = append(byKind[[2]uint8{flag, gender}], idx)
	}
	for c, f := range forms {
		if f == "" {
			continue
		}
		in, ok := nameTab[f]
		if !ok {
			nameTab[f] = nameInfo{flags: flag, cas: uint8(c), lemma: idx}
			continue
		}
		in.flags |= flag
		nameTab[f] = in
	}
}

// fold lower-cases a word and maps ё to е, the key form of every table.
func fold(w string) string {
	var buf [96]byte
	b, ok := foldInto(buf[:0], w)
	if !ok {
		return strings.ToLower(w)
	}
	return string(b)
}

// foldInto appends the folded form of w to dst; false if w holds runes
// outside ASCII and basic Cyrillic or dst would exceed its capacity.
func foldInto(dst []byte, w string) ([]byte, bool) {
	n := len(dst)
	if n+len(w) > cap(dst) { // folding never changes the byte length
		return dst, false
	}
	out := dst[n : n+len(w)]
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			out[i] = lowerASCII[c]
			i++
			continue
		}
		if c&^1 != 0xD0 || i+1 >= len(w) {
			if c&^1 == 0xD2 && i+1 < len(w) {
				if b0, b1 := kazakhFold(c, w[i+1]); b0 != 0 {
					out[i], out[i+1] = b0, b1
					i += 2
					continue
				}
			}
			return append(dst, out[:i]...), false
		}
		p := &foldPair[c&1][w[i+1]]
		out[i], out[i+1] = p[0], p[1]
		i += 2
	}
	return dst[:n+len(w)], true
}

// latinBase is the lower-case ASCII base letter of U+00C0–U+017F (Latin-1
// Supplement and Latin Extended-A); '_' marks × and ÷.
const latinBase = "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// asciiFoldInto appends w folded to lower-case ASCII with accents dropped
// (José → jose, Müller → muller, Łukasz → lukasz), so that a name written with
// diacritics finds its table entry. It fails on any other non-ASCII letter.
func asciiFoldInto(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			dst = append(dst, lowerASCII[c])
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		if r < 0xC0 || r > 0x17F || latinBase[r-0xC0] == '_' || len(dst) == cap(dst) {
			return dst, false
		}
		dst = append(dst, latinBase[r-0xC0])
		i += sz
	}
	return dst, true
}

// foldLatin is foldInto, or for a word it cannot fold, asciiFoldInto: a
// Latin name with diacritics finds its entry, "jürgen müller" → "jurgen",
// "muller". Any other word fails both.
func foldLatin(dst []byte, w string) ([]byte, bool) {
	if f, ok := foldInto(dst, w); ok {
		return f, true
	}
	return asciiFoldInto(dst, w)
}

// foldPair maps a two-byte sequence led by 0xD0 (index 0) or 0xD1 (index
// 1) to its folded bytes: upper-case basic Cyrillic to lower case, ё and Ё
// to е; every other second byte is kept. One load replaces a chain of
// range tests that the branch predictor cannot learn on mixed-case text.
var foldPair = func() (t [2][256][2]byte) {
	for c2 := range 256 {
		b := byte(c2)
		t[0][c2] = [2]byte{0xD0, b}
		t[1][c2] = [2]byte{0xD1, b}
		switch {
		case b >= 0x90 && b <= 0x9F: // А-П
			t[0][c2][1] = b + 0x20
		case b >= 0xA0 && b <= 0xAF: // Р-Я
			t[0][c2] = [2]byte{0xD1, b - 0x20}
		case b == 0x81: // Ё
			t[0][c2][1] = 0xB5
		}
		if b == 0x91 { // ё
			t[1][c2] = [2]byte{0xD0, 0xB5}
		}
		if b == 0x86 { // І, Ukrainian, Belarusian and Kazakh: "ВІКТОР" finds виктор
			t[0][c2] = [2]byte{0xD0, 0xB8}
		}
		if b == 0x96 { // і
			t[1][c2] = [2]byte{0xD0, 0xB8}
		}
	}
	return t
}()

// kazakhFold returns the lower-case basic Cyrillic letter that a Kazakh
// letter led by 0xD2 or 0xD3 folds to, as names are written in Russian
// (Жұмабекова → жумабекова, Әсем → асем, Ғалымжан → галымжан), or 0, 0.
func kazakhFold(c, c2 byte) (byte, byte) {
	switch uint16(c)<<8 | uint16(c2&^1) {
	case 0xD398: // Ә ә
		return 0xD0, 0xB0
	case 0xD292: // Ғ ғ
		return 0xD0, 0xB3
	case 0xD29A: // Қ қ
		return 0xD0, 0xBA
	case 0xD2A2: // Ң ң
		return 0xD0, 0xBD
	case 0xD3A8: // Ө ө
		return 0xD0, 0xBE
	case 0xD2B0, 0xD2AE: // Ұ ұ, Ү ү
		return 0xD1, 0x83
	case 0xD2BA: // Һ һ
		return 0xD1, 0x85
	}
	return 0, 0
}

// lowerASCII lower-cases ASCII letters and keeps every other byte.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 32
		}
	}
	return t
}()

func sameForms(w string) [numCases]string {
	f := fold(w)
	return [numCases]string{f, f, f, f, f, f}
}

// endsAny reports whether w ends with one of sfx.
func endsAny(w string, sfx ...string) bool {
	for _, s := range sfx {
		// The last byte first: most words fail there, before a string
		// compare. The third byte from the end is the next cheap test: in
		// Cyrillic the one before the last is the letter's lead byte,
		// which tells little.
		if len(w) >= len(s) && (len(s) == 0 || w[len(w)-1] == s[len(s)-1]) &&
			(len(s) < 3 || w[len(w)-3] == s[len(s)-3]) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// startsAny reports whether w begins with one of pfx.
func startsAny(w string, pfx ...string) bool {
	for _, p := range pfx {
		// The prefix's last byte first (a Cyrillic letter's lead byte would
		// tell little): most words fail there, before a string compare.
		if len(w) >= len(p) && (len(p) == 0 || w[len(p)-1] == p[len(p)-1]) && w[:len(p)] == p {
			return true
		}
	}
	return false
}

// hardAfter reports whether the stem ends in a consonant after which Russian
// writes и instead of ы (г к х ж ш ч щ).
func hardAfter(stem string) bool { return endsAny(stem, "г", "к", "х", "ж", "ш", "ч", "щ") }

func sibilant(stem string) bool { return endsAny(stem, "ж", "ш", "ч", "щ", "ц") }

// aForms declines a noun in -а: Анна, Никита, Ольга.
func aForms(w string) [numCases]string {
	st := strings.TrimSuffix(w, "а")
	gen := st + "ы"
	if hardAfter(st) {
		gen = st + "и"
	}
	ins := st + "ой"
	if sibilant(st) {
		ins = st + "ей"
	}
	return [numCases]string{w, gen, st + "е", st + "у", ins, st + "е"}
}

var ruMaleIrregular = map[string][numCases]string{
	"петр":  {"петр", "петра", "петру", "петра", "петром", "петре"},
	"лев":   {"лев", "льва", "льву", "льва", "львом", "льве"},
	"павел": {"павел", "павла", "павлу", "павла", "павлом", "павле"},
}

// vocative returns the truncated vocative of a folded first name in -а or
// -я of at least four letters ("алина" → "алин", "таня" → "тань",
// "сережа" → "сереж"), or "".
func vocative(w string) string {
	r := []rune(w)
	if len(r) < 4 {
		return ""
	}
	st, last := r[:len(r)-1], r[len(r)-1]
	prev := st[len(st)-1]
	switch {
	case strings.ContainsRune("аеиоуыэюяй", prev):
		return "" // "мария", "лия": no truncated form
	case last == 'а':
		return string(st)
	case last == 'я':
		return string(st) + "ь"
	}
	return ""
}

// ruFirstForms declines a Russian first name of the given gender.
func ruFirstForms(name string, gender uint8) [numCases]string {
	w := fold(name)
	if f, ok := ruMaleIrregular[w]; ok && gender == genderMale {
		return f
	}
	switch {
	case strings.HasSuffix(w, "ия"):
		st := strings.TrimSuffix(w, "я")
		return [numCases]string{w, st + "и", st + "и", st + "ю", st + "ей", st + "и"}
	case strings.HasSuffix(w, "а"):
		return aForms(w)
	case strings.HasSuffix(w, "я"):
		st := strings.TrimSuffix(w, "я")
		return [numCases]string{w, st + "и", st + "е", st + "ю", st + "ей", st + "е"}
	}
	if gender == genderFemale {
		if strings.HasSuffix(w, "ь") {
			st := strings.TrimSuffix(w, "ь")
			return [numCases]string{w, st + "и", st + "и", w, w + "ю", st + "и"}
		}
		return [numCases]string{w, w, w, w, w, w}
	}
	switch {
	case strings.HasSuffix(w, "ий"):
		st := strings.TrimSuffix(w, "й")
		return [numCases]string{w, st + "я", st + "ю", st + "я", st + "ем", st + "и"}
	case strings.HasSuffix(w, "й"), strings.HasSuffix(w, "ь"):
		st := w[:len(w)-2]
		return [numCases]string{w, st + "я", st + "ю", st + "я", st + "ем", st + "е"}
	case endsAny(w, "о", "е", "и", "у", "ю", "э"):
		return [numCases]string{w, w, w, w, w, w}
	}
	ins := w + "ом"
	if sibilant(w) {
		ins = w + "ем"
	}
	return [numCases]string{w, w + "а", w + "у", w + "а", ins, w + "е"}
}

// ruSurnameForms declines a masculine-nominative surname into its masculine
// and feminine paradigms.
func ruSurnameForms(name string) (m, f [numCases]string) {
	w := fold(name)
	switch {
	case endsAny(w, "ов", "ев", "ин", "ын"):
		m = [numCases]string{w, w + "а", w + "у", w + "а", w + "ым", w + "е"}
		f = [numCases]string{w + "а", w + "ой", w + "ой", w + "у", w + "ой", w + "ой"}
	case endsAny(w, "ский", "цкий"):
		st := strings.TrimSuffix(w, "ий")
		m = [numCases]string{w, st + "ого", st + "ому", st + "ого", st + "им", st + "ом"}
		f = [numCases]string{st + "ая", st + "ой", st + "ой", st + "ую", st + "ой", st + "ой"}
	case endsAny(w, "ко", "ых", "их", "дзе", "швили", "ли", "о", "е", "и", "у"):
		m = [numCases]string{w, w, w, w, w, w}
		f = m
	case strings.HasSuffix(w, "й"):
		st := strings.TrimSuffix(w, "й")
		m = [numCases]string{w, st + "я", st + "ю", st + "я", st + "ем", st + "е"}
		f = [numCases]string{w, w, w, w, w, w}
	default:
		m = [numCases]string{w, w + "а", w + "у", w + "а", w + "ом", w + "е"}
		f = [numCases]string{w, w, w, w, w, w}
	}
	return m, f
}

// morphEnding maps a word ending to a gender and case; stem is the part kept
// for the normalized (pseudonym) key.
type morphEnding struct {
	sfx    string
	keep   string // ending of the lemma key replacing sfx
	gender uint8
	cas    uint8
}

var surnameEndings = indexEndings(buildSurnameEndings())

func buildSurnameEndings() []morphEnding {
	var out []morphEnding
	for _, b := range []string{"ов", "ев", "ин", "ын"} {
		out = append(out,
			morphEnding{b + "ым", b, genderMale, 4},
			morphEnding{b + "ой", b, genderFemale, 1},
			morphEnding{b + "ою", b, genderFemale, 4},
			morphEnding{b + "а", b, genderFemale, 0},
			morphEnding{b + "у", b, genderMale, 2},
			morphEnding{b + "е", b, genderMale, 5},
			morphEnding{b, b, genderMale, 0})
	}
	for _, b := range []string{"ск", "цк"} {
		out = append(out,
			morphEnding{b + "ий", b, genderMale, 0}, morphEnding{b + "ого", b, genderMale, 1},
			morphEnding{b + "ому", b, genderMale, 2}, morphEnding{b + "им", b, genderMale, 4},
			morphEnding{b + "ом", b, genderMale, 5}, morphEnding{b + "ая", b, genderFemale, 0},
			morphEnding{b + "ой", b, genderFemale, 1}, morphEnding{b + "ую", b, genderFemale, 3})
	}
	for _, b := range []string{"енко", "швили", "дзе", "аури", "иани"} { // Georgian: Цыклаури, Чкониани
		out = append(out, morphEnding{b, b, genderMale, 0})
	}
	for _, b := range []string{"аускас", "айтис", "явичюс", "евичюс"} { // Lithuanian: Жукаускас, Жукаускасу, Гудайтис
		out = append(out,
			morphEnding{b + "ом", b, genderMale, 4}, morphEnding{b + "а", b, genderMale, 1},
			morphEnding{b + "у", b, genderMale, 2}, morphEnding{b + "е", b, genderMale, 5},
			morphEnding{b, b, genderMale, 0})
	}
	for _, b := range []string{"аускайте", "аускене", "явичюте", "евичюте", "явичене", "евичене"} { // Lithuanian women's: Казлаускайте, Петраускене
		out = append(out, morphEnding{b, b, genderFemale, 0})
	}
	for _, b := range []string{"ян", "юк", "ук", "инен", "онен", "анен", "айнен"} { // Шевчук, Шевчука, Шевчуку, Шевчуком, Шевчуке; Finnish: Коскинен, Пелтонена, Хаккарайнену
		out = append(out,
			morphEnding{b + "ом", b, genderMale, 4}, morphEnding{b + "а", b, genderMale, 1},
			morphEnding{b + "у", b, genderMale, 2}, morphEnding{b + "е", b, genderMale, 5},
			morphEnding{b, b, genderMale, 0})
	}
	return out
}

var patronymicEndings = indexEndings(buildPatronymicEndings())

func buildPatronymicEndings() []morphEnding {
	var out []morphEnding
	for _, b := range []string{"ович", "евич", "ич"} {
		out = append(out,
			morphEnding{b + "ем", b, genderMale, 4}, morphEnding{b + "а", b, genderMale, 1},
			morphEnding{b + "у", b, genderMale, 2}, morphEnding{b + "е", b, genderMale, 5},
			morphEnding{b, b, genderMale, 0})
	}
	for _, b := range []string{"овн", "евн", "ичн"} {
		out = append(out,
			morphEnding{b + "ой", b + "а", genderFemale, 4}, morphEnding{b + "а", b + "а", genderFemale, 0},
			morphEnding{b + "ы", b + "а", genderFemale, 1}, morphEnding{b + "е", b + "а", genderFemale, 2},
			morphEnding{b + "у", b + "а", genderFemale, 3})
	}
	return out
}

// endingIndex buckets an ending list by the last letter (every ending is
// Cyrillic: lead byte 0xD0 or 0xD1, then a continuation byte), so a word is
// checked against a handful of endings.
type endingIndex [128][]morphEnding

func endingKey(a, b byte) int { return int(a&1)<<6 | int(b&0x3F) }

func indexEndings(list []morphEnding) *endingIndex {
	var m endingIndex
	for _, e := range list {
		k := endingKey(e.sfx[len(e.sfx)-2], e.sfx[len(e.sfx)-1])
		m[k] = append(m[k], e)
	}
	return &m
}

// matchEnding returns the first ending of w in idx, requiring at least
// minStem bytes before it.
func matchEnding[T string | []byte](w T, idx *endingIndex, minStem int) (morphEnding, bool) {
	if len(w) < 2+minStem || w[len(w)-2]&^1 != 0xD0 {
		return morphEnding{}, false
	}
	for _, e := range idx[endingKey(w[len(w)-2], w[len(w)-1])] {
		// The bucket fixes the last letter; the byte that tells the one
		// before it (at -3) goes before a string compare.
		if len(w) >= len(e.sfx)+minStem && (len(e.sfx) < 3 || w[len(w)-3] == e.sfx[len(e.sfx)-3]) &&
			string(w[len(w)-len(e.sfx):]) == e.sfx {
			return e, true
		}
	}
	return morphEnding{}, false
}
