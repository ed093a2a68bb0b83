package pii

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Surrogates are fakes of the same format, derived deterministically from a
// keyed HMAC of the normalized value: the same card always becomes the same
// fake card under one key, and the fake passes the same check digits.

// srng is a splitmix64 stream seeded from the HMAC.
type srng struct{ x uint64 }

func (r *srng) next() uint64 {
	r.x += 0x9E3779B97F4A7C15
	z := r.x
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

func (r *srng) intn(n int) int { return int(r.next() % uint64(n)) }
func (r *srng) digit() byte    { return byte('0' + r.intn(10)) }

func (e *Engine) rngFor(typ uint8, value string) *srng {
	var kb [128]byte
	key := normalizeValue(kb[:0], typ, value)
	var mb [32]byte
	sum := e.mac(mb[:0], "surrogate:", Types[typ], ":", string(key))
	return &srng{x: binary.LittleEndian.Uint64(sum)}
}

func (e *Engine) surrogate(typ uint8, value string) string {
	r := e.rngFor(typ, value)
	switch typ {
	case tPerson:
		return surrogateName(r, value)
	case tEmail:
		return "user" + strconv.FormatUint(r.next()%1e6, 10) + "@example.com"
	case tIP:
		return "198.51.100." + strconv.Itoa(1+r.intn(254))
	case tAddress:
		return surrogateAddress(r, value)
	}
	d := make([]byte, 0, 24)
	for i := 0; i < len(value); i++ {
		if isDigit(value[i]) {
			d = append(d, value[i])
		}
	}
	fake := surrogateDigits(r, typ, d)
	if string(fake) == string(d) && len(fake) > 1 { // never hand back the original
		fake = surrogateDigits(r, typ, d)
	}
	// Put the fake digits back into the original layout (spaces, dashes, brackets).
	out := []byte(value)
	k := 0
	for i := range out {
		if isDigit(out[i]) && k < len(fake) {
			out[i] = fake[k]
			k++
		}
	}
	return string(out)
}

// surrogateDigits returns digits of the same length that pass the checks of typ.
func surrogateDigits(r *srng, typ uint8, d []byte) []byte {
	n := len(d)
	f := make([]byte, n)
	keep := 0
	switch typ {
	case tPhone:
		keep = min(n, 2) // country or trunk code and the first digit of the operator code
		if n == 10 {
			keep = 1
		}
	case tCard:
		keep = min(n, 4) // issuer range: a Mir card stays a Mir card
	case tINN, tOGRN:
		keep = min(n, 1)
	case tAccount:
		keep = min(n, 8) // balance account and currency code
	}
	copy(f, d[:keep])
	for i := keep; i < n; i++ {
		f[i] = r.digit()
	}
	s := string(f)
	switch {
	case typ == tCard && n >= 13:
		f[n-1] = luhnDigit(s[:n-1])
	case typ == tINN && n == 10:
		f[9] = byte('0' + weighted(s, inn10w)%11%10)
	case typ == tINN && n == 12:
		f[10] = byte('0' + weighted(s, inn11w)%11%10)
		f[11] = byte('0' + weighted(string(f), inn12w)%11%10)
	case typ == tSNILS && n == 11:
		f[0] = byte('1' + r.intn(8)) // above 001-001-998
		c := snilsControl(string(f[:9]))
		f[9], f[10] = byte('0'+c/10), byte('0'+c%10)
	case typ == tOGRN && n == 13:
		f[12] = byte('0' + modString(string(f[:12]), 11)%10)
	case typ == tOGRN && n == 15:
		f[14] = byte('0' + modString(string(f[:14]), 13)%10)
	}
	return f
}

var patronymicStems = []string{"иванов", "петров", "сергеев", "алексеев", "андреев", "николаев", "викторов",
	"дмитриев", "владимиров", "михайлов", "олегов", "павлов", "романов", "юрьев", "игорев"}

var initialsRU = []rune("АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ")

// surrogateName replaces each word of a name by a name of the same kind,
// gender and grammatical case.
func surrogateName(r *srng, value string) string {
	var b strings.Builder
	for i, w := range strings.Split(value, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(surrogateWord(r, w))
	}
	return b.String()
}

func surrogateWord(r *srng, w string) string {
	if w == "" {
		return w
	}
	cyr := w[0] >= 0x80
	if strings.HasSuffix(w, ".") { // initials
		var b strings.Builder
		for range strings.Count(w, ".") {
			if cyr {
				b.WriteRune(initialsRU[r.intn(len(initialsRU))])
			} else {
				b.WriteByte(byte('A' + r.intn(26)))
			}
			b.WriteByte('.')
		}
		return b.String()
	}
	f := fold(w)
	pick := func(flag, gender uint8, cas uint8) string {
		list := byKind[[2]uint8{flag, gender}]
		if len(list) == 0 {
			return ""
		}
		for range 4 {
			l := lemmas[list[r.intn(len(list))]]
			if form := l.forms[cas]; form != "" && form != f {
				return capitalize(form)
			}
		}
		return ""
	}
	if in, ok := nameTab[f]; ok && in.isName() {
		l := lemmas[in.lemma]
		flags, gender := l.flags, l.gender
		if !cyr && flags&(fRuFirst|fRuSurname) != 0 {
			// A Russian name spelt in Latin letters (Petrov, Sidorova) gets a
			// Latin surrogate.
			flags, gender = fEnLast, 0
			if l.flags&fRuFirst != 0 {
				flags = fEnFirst
			}
		}
		if out := pick(flags, gender, in.cas); out != "" {
			return out
		}
	}
	if m, ok := matchEnding(f, patronymicEndings, 6); ok && cyr {
		st := patronymicStems[r.intn(len(patronymicStems))]
		if m.gender == genderMale {
			return capitalize(st + "ич" + strings.TrimPrefix(m.sfx, m.keep))
		}
		return capitalize(st + "н" + m.sfx[len(m.keep)-len("а"):])
	}
	if m, ok := matchEnding(f, surnameEndings, 4); ok && cyr {
		if out := pick(fRuSurname, m.gender, m.cas); out != "" {
			return out
		}
	}
	if cyr {
		if out := pick(fRuSurname, genderMale, 0); out != "" {
			return out
		}
	}
	if out := pick(fEnLast, 0, 0); out != "" {
		return out
	}
	return "X"
}

var (
	fakeCitiesRU  = []string{"Энск", "Березники", "Озёрск", "Солнечногорск", "Заречный", "Светлогорск"}
	fakeStreetsRU = []string{"Садовая", "Лесная", "Школьная", "Полевая", "Луговая", "Новая", "Цветочная"}
	fakeStreetsEN = []string{"Elm", "Oak", "Maple", "Cedar", "Pine", "Birch", "Willow"}
	fakeCitiesEN  = []string{"Springfield", "Riverton", "Fairview", "Greenville", "Lakewood"}
)

func surrogateAddress(r *srng, value string) string {
	if _, sz := utf8.DecodeRuneInString(value); sz > 0 && hasCyrillic(value) {
		return "г. " + fakeCitiesRU[r.intn(len(fakeCitiesRU))] + ", ул. " + fakeStreetsRU[r.intn(len(fakeStreetsRU))] +
			", д. " + strconv.Itoa(1+r.intn(99)) + ", кв. " + strconv.Itoa(1+r.intn(200))
	}
	return strconv.Itoa(1+r.intn(999)) + " " + fakeStreetsEN[r.intn(len(fakeStreetsEN))] + " Street, " +
		fakeCitiesEN[r.intn(len(fakeCitiesEN))]
}

func hasCyrillic(s string) bool {
	for _, c := range s {
		if unicode.Is(unicode.Cyrillic, c) {
			return true
		}
	}
	return false
}
