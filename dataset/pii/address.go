package pii

import (
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Address matching: a street keyword ("ул.", "проспект", "Street") anchors
// the span; it grows left over ", "-separated city, region and postal-code
// parts and right over house, building and flat numbers.

const (
	akStreet uint8 = iota + 1
	akHouse
	akCity
	akENStreet
	akENUnit
)

var addrKeywords map[string]uint8

// lowerFilter is a one-hash Bloom filter over the lower-case keywords
// (street and house words, name cues): the cheap reject before the table
// lookup for every lower-case word. A false positive costs a lookup only.
var lowerFilter [1 << 10]uint64

// filterHash mixes the first two bytes, the last two and the length of w
// into a bit index of lowerFilter with one multiplication: it runs for
// every lower-case word.
func filterHash(w string) uint32 {
	n := len(w)
	var h uint32
	if n >= 2 {
		h = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	} else {
		h = uint32(w[0])
	}
	h = (h ^ uint32(n)*0x9E3779B1) * 0x85EBCA6B
	return h >> 16
}

// filterAdd registers the keyword w.
func filterAdd(w string) {
	h := filterHash(w)
	lowerFilter[h>>6] |= 1 << (h & 63)
}

// firstFilter is lowerFilter's twin over the unambiguous first names in
// lower case: the cheap test before lowerFirst (run tests both with one
// filterHash).
var firstFilter [1 << 10]uint64

// filterHas reports whether w may be a keyword.
func filterHas(w string) bool {
	h := filterHash(w)
	return lowerFilter[h>>6]&(1<<(h&63)) != 0
}

func initAddressTables() {
	addrKeywords = map[string]uint8{}
	add := func(kind uint8, words string) {
		for _, w := range strings.Fields(words) {
			addrKeywords[w] = kind
			if kind != akENStreet && kind != akENUnit {
				filterAdd(w)
			}
		}
	}
	add(akStreet, "ул улица улицы улице улицу улицей пр пр-т пр-кт просп проспект проспекта проспекте проспекту проспектом "+
		"пер переулок переулку переулком бульвару бульваром бул "+
		"переулка переулке б-р бульвар бульвара бульваре ш шоссе вал вала валу наб набережная набережной пл площадь "+
		"площади мкр микрорайон микрорайона квартал квартала кв-л проезд проезда проезде тупик туп тупике аллея аллеи аллее линия тракт тракта тракте тракту трактом пр-те пр-та пр-ту пр-том "+
		"пр-д канал канала вул вулиця булевар булевара штрассе улици магистраль коса косе съезд съезда съезде спуск спуска спуске взвоз взвоза "+
		// Transliterated in English text: "ul. Tverskaya 7, apt. 33".
		"ul ulitsa prospekt prospect pereulok naberezhnaya nab shosse ryad jl jalan vul prosp pr rehov bulvar")
	add(akHouse, "буд д дом доме дома корп корпус к стр строение кв квартира квартиры квартире оф офис пом помещение лит литер литера эт этаж подъезд под парадная башня секция блок уч участок бц тц жк зд здание вл владение домовладение двлд "+
		"помещ ком комн комната пав павильон бокс склад каб кабинет стан шале влд влад")
	add(akCity, "г город городе гор пос поселок посёлок поселке посёлке деревне деревню пгт рп обл область области край края респ республика р-н р-на р-не район района районе дер деревня село остров поселение станица ст-ца хутор хут аул слобода слободы слободе округ округа улус улуса наслег вобл вобласць "+
		// Transliterated: "Moscow region, Khimki".
		"region oblast obl krai kray district raion rayon r-n village settlement posyolok poselok selo republic gorodok")
	add(akENStreet, "street st avenue ave road rd boulevard blvd lane ln drive court ct place pl parkway pkwy way emb embankment val proezd "+
		"terrace highway hwy square sq close crescent loop circle trail mews estate grove walk yard row gardens parade view magistral gory proyezd bulevar caddesi cad cadde cd sokak sok sk blv bulvarı bulvari dr "+
		"mawatha microdistrict mikrorayon trakt "+ // Sri Lanka: "578 Elvitigala Mawatha, Colombo 05"; Almaty: "Samal-2 microdistrict, 58"
		"mahallesi kochasi quay promenade "+ // "3 Grand Canal Quay, Dublin 2", "18 Marina Promenade, Apt 2207"
		// Continental streets with the number after the name: "Schönhauser Allee 112", "Greifswalder Str. 201".
		"allee alle allé str straße strasse weg platz ring damm gasse ufer chaussee iela utca gatan vej laan straat gracht plein kade "+
		"bulvaris dambis prospekts soseja "+ // Latvian: "Raiņa bulvāris 8", "Ganību dambis 26"
		"protok") // a Petersburg channel's street: "3 Shkiperskiy Protok"
	add(akENUnit, "apt apartment suite ste unit flat fl floor office room rm ap kv korp bld bldg building lit liter entrance entr arch chalet "+
		"lok lgh villa plot daire premises prem block blk warehouse dorm dormitory hostel shop stan showroom k str stroenie korpus dz apto pavilion cottage "+
		"int garage box kiosk") // "Via Torino 12, int. 8", "Rue de la Loi 42, box 3", "kiosk 7"
	for w, sw := range spokenWords {
		filterAdd(w) // a spoken phone or passport number: "восемь девять два шесть …"
		if sw.kind == spTens && w[0] < 0x80 {
			for _, u := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
				filterAdd(w + "-" + u) // "seventy-five"
			}
		}
	}
	for _, w := range [...]string{"street", "st", "ulitsa", "prospekt", "prospect", "pereulok", "shosse", "naberezhnaya", "bulvar", "avenue", "road", "lane", "drive", "row", "close", "crescent", "grove", "gardens", "terrace", "way", "court", "mews", "iela", "gatve", "apartment", "apt", "flat", "building", "village", "house", "microdistrict", "mkr", "complex", "room", "plot", "quarter", "bldg",
		"embankment", "boulevard", "highway"} {
		filterAdd(w) // a lower-case English address: "vavilova street 7 building 2"
	}
	filterAdd("at")  // a spoken e-mail: "ian.mcallister at gmail dot com"
	filterAdd("the") // a family in lower case: "the popovs paid cash"
	filterAdd("адрес")
	filterAdd("адресу") // a street without its keyword: "адрес садовая двенадцать квартира девять"
	filterAdd("собака")
	for _, w := range [...]string{"spell", "spelled", "spelling", "spelt", "буквам"} {
		filterAdd(w) // a name spelled letter by letter may follow
	}
}

// lowerFamilyEN emits a Russian family named in lower case after "the"
// at j, as chats and transcripts write it: "the popovs paid cash", "at
// the kondratievs'", "the kuzins want another cube". The plural must end in
// "-ovs" or "-evs", or be the plural of a surname the tables know. It
// returns the end, or 0.
func (sc *scanner) lowerFamilyEN(j int) int {
	s := sc.s
	p := j + 1
	if p >= len(s) || s[j] != ' ' || s[p] < 'a' || s[p] > 'z' {
		return 0
	}
	q := p
	for q < len(s) && s[q] >= 'a' && s[q] <= 'z' {
		q++
	}
	if q < len(s) && (isAlnum(s[q]) || s[q] == '-' || s[q] >= 0x80) {
		return 0
	}
	w := s[p:q]
	if len(w) < 6 || !endsAny(w, "ovs", "evs") && !(endsAny(w, "ins", "yns") && familyOf([]byte(w)) != 0) {
		return 0
	}
	sc.emit(p, q, tPerson, 0.75, 0)
	return q
}

// lowerWord handles a lower-case word: a Russian street keyword starts an
// address. It returns the offset to continue from.
func (sc *scanner) lowerWord(i, j int) int {
	s := sc.s
	w0 := s[i:j]
	if h := strings.IndexByte(w0, '-'); h > 0 {
		w0 = w0[:h] // "seventy-five"
	}
	if w0 == "the" {
		if e := sc.lowerFamilyEN(j); e > 0 {
			return e
		}
	}
	if _, ok := spokenWords[w0]; ok {
		if e := sc.spokenNumber(i); e > 0 {
			return e
		}
		if s[i] >= 0x80 {
			if e := sc.lowerHouseRU(i); e > 0 {
				return e
			}
		} else if e := sc.prepStreetEN(i); e > 0 {
			return e
		}
	}
	switch s[i:j] {
	case "spell", "spelled", "spelling", "spelt", "буквам":
		sc.spell = true // spelledNames runs after the scan
		return j
	}
	if w := s[i:j]; w == "at" || w == "собака" {
		if e := sc.spokenEmail(i, j); e > 0 {
			return e
		}
	}
	switch s[i:j] {
	case "street", "st", "ulitsa", "prospekt", "prospect", "pereulok", "shosse", "naberezhnaya", "bulvar", "avenue", "road", "lane", "drive",
		"row", "close", "crescent", "grove", "gardens", "terrace", "way", "court", "mews", "iela", "gatve", "embankment", "boulevard", "highway":
		if e := sc.lowerStreetEN(i, j); e > 0 {
			return e
		}
	case "house":
		if e := sc.lowerHouseAfterStreetEN(i, j); e > 0 {
			return e
		}
		if e := sc.houseStreetFirstEN(i, j); e > 0 {
			return e
		}
		if e := sc.bareVillageHouseEN(i, j); e > 0 {
			return e
		}
		if e := sc.villageAfterHouseEN(i, j); e > 0 {
			return e
		}
		if e := sc.blockHouseEN(i, j); e > 0 {
			return e
		}
	case "bldg":
		if e := sc.blockHouseEN(i, j); e > 0 {
			return e
		}
	case "plot":
		if e := sc.streetPlotEN(i, j); e > 0 {
			return e
		}
	case "quarter":
		if e := sc.quarterEN(i, j); e > 0 {
			return e
		}
	case "microdistrict", "mkr":
		if e := sc.numberedMicrodistrict(i, j); e > 0 {
			return e
		}
	case "complex":
		if e := sc.residentialComplexEN(i, j); e > 0 {
			return e
		}
	case "apartment", "apt", "flat", "building":
		if s[i:j] != "building" {
			if e := sc.towerFlatEN(i, j); e > 0 {
				return e // not a complex's building, "Pushkino Residence, building 2", a construction site
			}
		}
		if s[i:j] == "apt" {
			break
		}
		if e := sc.lowerFlatEN(i, j); e > 0 {
			return e
		}
		if s[i:j] == "building" {
			if e := sc.blockHouseEN(i, j); e > 0 {
				return e
			}
		}
	case "room":
		if e := sc.lowerFlatEN(i, j); e > 0 {
			return e // a hostel's or a dormitory's room: "sovetskaya eighteen, room four"
		}
	case "village":
		if b := wordStartBefore(s, i-1); b >= 0 && b >= sc.lastEnd && i-1-b >= 4 && s[b] >= 'a' && s[b] <= 'z' && s[i-1] == ' ' {
			if e := sc.villageEN(j); e > 0 && strings.Contains(s[i:e], " house ") {
				sc.emit(b, e, tAddress, 0.8, 0) // a transcript's "gorki village house 7"
				return e
			}
		}
	}
	if w := s[i:j]; (w == "ul" || w == "vul" || w == "prosp" || w == "pr") && !(j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && (isUpperASCII(s[j+2]) || numberedName(s, j+2) || lowerNameHouse(s, j+2))) {
		return j // callers test the keyword filter; "ul. 8 Marta" goes on
	}
	if w := s[i:j]; w == "адрес" || w == "адресу" {
		if end := sc.cuedLowerStreet(j); end > 0 {
			return end
		}
	}
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return j
	}
	in, _ := wordTab.get(w)
	km := -1
	if in.addr == akHouse {
		km = kmOfRoadRU(s, i, sc.lastEnd) // a highway's kilometre before the building
	}
	switch {
	case in.addr == akStreet:
		if end := sc.addressRU(i, j); end > 0 {
			return end
		}
	case in.addr == akCity:
		if end := sc.settlement(i, j); end > 0 {
			return end
		}
	case km >= 0:
		if end := sc.houseParts(i); end > i {
			sc.emit(sc.addressLeft(km), end, tAddress, 0.8, 0) // a building by a highway's kilometre: "17 км автодороги Оренбург — Орск, строение 3"
			return end
		}
	case (s[i:j] == "дома" || s[i:j] == "доме" || s[i:j] == "дом") && strings.Contains(s[j:min(len(s), j+60)], " по "):
		if s[i:j] == "дом" {
			if end := sc.houseOnly(i); end > 0 {
				return end
			}
		}
		if i >= sc.lastEnd {
			if end := sc.houseAlongStreet(i, sc.houseParts(i)); end > 0 {
				return end
			}
		}
	case in.addr == akHouse && (s[i:j] == "дом" || s[i:j] == "корпус" || s[i:j] == "корп" || s[i:j] == "владение" || s[i:j] == "вл"):
		// "дом 5 корпус 2", "Зеленоград, корпус 1442, кв. 88", "промзона «Уральская», владение 2, стр. 11"
		if end := sc.houseOnly(i); end > 0 {
			return end
		}
	case s[i:j] == "д" && strings.HasPrefix(s[j:], ". ") && j+3 < len(s) && isDigit(s[j+2]):
		if e := sc.houseAlongStreet(i, sc.houseParts(i)); e > 0 {
			return e // the house first, its street after: "у д. 15 по Ленинградскому пр-ту"
		}
		if a := villageNameBefore(s, i, sc.lastEnd); a >= 0 && s[i-2] == ',' {
			if e := sc.houseParts(i); e > i && !areaAfter(s, e) {
				sc.emit(a, e, tAddress, 0.8, 0) // a village's house by its letter: "на Лемболово, д. 14 едешь?"
				return e
			}
		}
	case in.word&wCue != 0:
		return sc.cueName(i, j, in.word)
	case s[i] >= 0x80 && i >= sc.lastEnd && in.word == 0 && in.addr == 0 && prevWordIn(s, i, "у", "от", "за", "после", "к", "для", "передай", "скажи", "позвони") &&
		sc.lowerPersonSeen() &&
		tableSurname(s[i:j]):
		if e := sc.lowerSurnameAt(i); e > 0 {
			return e // a surname in lower case after a preposition in a chat that names people so: "вася ты у гусейновой ковёр забрал?"
		}
	}
	return j
}

// lowerFamilyAt emits a family named in lower case, the surname in the
// genitive plural after "у", "к" or "семьи" (whose home or whose family it
// is), and returns its end; j otherwise: "я у кравцовых сейчас", "из семьи
// ордынцевых".
func (sc *scanner) lowerFamilyAt(i, j int) int {
	if i < sc.lastEnd || !prevWordIn(sc.s, i, "у", "к", "семьи", "семье", "семью") {
		return j
	}
	if !lowerFamily(sc.s[i:j]) {
		var buf [64]byte
		w, ok := foldInto(buf[:0], sc.s[i:j])
		if !ok {
			return j
		}
		stem := w[:len(w)-len("ых")]
		if in, _ := wordTab.get(w); in.word != 0 || in.addr != 0 || len(stem) < 14 {
			return j // a word: "у торговых", "у готовых"
		}
		if in, _ := wordTab.get(stem); in.word != 0 || in.addr != 0 || in.flags&fAmbig != 0 {
			return j
		}
		// a surname's shape that no table knows: "у кравцовых"
	}
	sc.emit(i, j, tPerson, 0.75, 0)
	sc.lowerNames = true
	return j
}

// lowerPersonSeen reports a person already found in lower case in the
// text: a chat that writes names so writes its surnames so too.
func (sc *scanner) lowerPersonSeen() bool {
	for k := len(sc.out) - 1; k >= 0; k-- {
		if sp := sc.out[k]; sp.typ == tPerson {
			if _, up := letterAt(sc.s, sp.start); !up {
				return true
			}
		}
	}
	return false
}

// cuedLowerStreet emits a street that a transcript names after "адрес"
// without its keyword, in lower case, with its house and a flat: "адрес
// садовая двенадцать квартира девять", "по адресу ленина 25 кв 40". The
// flat is required, so "адрес доставки 2" stays no address. It returns the
// end, or 0.
func (sc *scanner) cuedLowerStreet(j int) int {
	s := sc.s
	p := j
	if p+1 >= len(s) || s[p] != ' ' {
		return 0
	}
	b := p + 1
	e := b
	for e+1 < len(s) && (s[e] == 0xD0 && s[e+1] >= 0xB0 && s[e+1] <= 0xBF || s[e] == 0xD1 && (s[e+1] <= 0x8F || s[e+1] == 0x91) ||
		s[e] == '-' && e > b && s[e+1] >= 0xD0) {
		e += 2
		if s[e-2] == '-' {
			e-- // "ново-садовая"
		}
	}
	if e-b < 8 || e >= len(s) || s[e] != ' ' || addressStopWord(s[b:e]) {
		return 0
	}
	end := sc.houseParts(e)
	if end <= e {
		return 0
	}
	flat := false
	for _, m := range [...]string{" квартира ", " кв ", " кв. ", " квартиры "} {
		if k := strings.Index(s[e:end], m); k > 0 && e+k+len(m) < end {
			flat = true
		}
	}
	if !flat && !(endsAny(s[b:e], "ская", "цкая", "ная", "вая", "ова", "ева", "ина", "ына", "ской", "ной", "вой") && clauseEndRU(s, end)) {
		return 0 // but a street named as streets are, its house the clause's end: "адрес пятницкая семьдесят три там спросишь"
	}
	sc.emit(b, end, tAddress, 0.8, 0)
	return end
}

// prepLowerStreet emits a street that a transcript names in lower case
// without its keyword after "на" or "с", with its house (in digits or in
// words) and maybe a flat: "с гагарина двенадцать квартира сорок", "на
// лесной двенадцать", "на гвардейской 33". The street's word ends as a
// street named after a person does in the genitive (-ова, -ина, -ата, -ского) or
// as an adjective in the prepositional (-ской, -ной); nothing may follow
// the house but a flat's or a building's part, or the clause's end, so
// "с мамой 2 раза" and "на ленина сорок минут" stay no address. j is the
// end of the preposition; it returns the end of what it read.
func (sc *scanner) prepLowerStreet(j int) int {
	s := sc.s
	b := j + 1
	e := b
	for e+1 < len(s) && (s[e] == 0xD0 && s[e+1] >= 0xB0 && s[e+1] <= 0xBF || s[e] == 0xD1 && (s[e+1] <= 0x8F || s[e+1] == 0x91) ||
		s[e] == '-' && e > b && s[e+1] >= 0xD0) {
		e += 2
		if s[e-2] == '-' {
			e-- // "северо-западной"
		}
	}
	figure := false
	switch s[b:e] {
	case "карла", "розы", "льва", "клары", "фридриха", "максима":
		if e+1 < len(s) && s[e] == ' ' && s[e+1] >= 0xD0 {
			if f := wordEnd(s, e+1); f-e > 8 && lowerCyrStart(s, f) == e+1 {
				e, figure = f, true // a street by a figure's both names: "на карла маркса 16, кв. 44", "на льва толстого 5"
			}
		}
	}
	if e-b < 8 || e-b < 10 && !strings.HasSuffix(s[b:e], "ая") || e+1 >= len(s) || s[e] != ' ' || !(isDigit(s[e+1]) || s[e+1] >= 0xD0) {
		return j // but "на абая сто пятьдесят"
	}
	w := s[b:e]
	if lowerStreetStopRU(w) || !isDigit(s[e+1]) && !numberWord(s[e+1:wordEnd(s, e+1)]) {
		return j // the house comes first: not a cemetery's plot, "на николо-архангельском участок сто двенадцать"
	}
	end := sc.houseParts(e)
	if end <= e || end-e > 120 { // bytes: "двадцать шесть квартира девяносто" is 66
		return j
	}
	flat := strings.Contains(s[e:end], " квартира ") || strings.Contains(s[e:end], " кв ")
	if !flat && !figure && !endsAny(w, "ова", "ева", "ина", "ына", "мана", "ата", "ского", "цкого", "ской", "цкой", "ной", "вой", "телей", "ском", "голя", "истов", "ников", "инцев", "блики") &&
		!(strings.HasSuffix(w, "ая") && !isDigit(s[e+1]) && !pronounAdjRU(w)) { // a Turkic name's genitive, "на абая сто пятьдесят"
		return j // any word before a house and a flat, "на декабристов сто восемьдесят пять квартира двадцать два"; else a street's ending
	}
	if end < len(s) && s[end] == ' ' {
		if end+1 < len(s) && (isDigit(s[end+1]) || s[end+1] == '*') {
			return j // a card's groups: "с маской 2202 20** **** 9012"
		}
		if next := s[end+1 : wordEnd(s, end+1)]; next != "" && !clauseWordRU(next) && !flat && (unitWordRU(next) || countNoun(next) || numberWord(next) || !strings.HasSuffix(w, "ой") && !strings.HasSuffix(w, "мана") && !lowerStreetNameRU(w) && !endsAny(w, "ова", "ева", "ина", "ына", "ского", "цкого")) {
			return j // "на ленина сорок минут"; but a flat ends the address whatever follows, "на кутузовском двадцать шесть квартира девяносто хочу продлить",
			// and so does any word but a unit after an adjective's or "-мана" street: "на северной 326 заберите", "на баумана 58 никого нет"
		}
	} else if end < len(s) && strings.IndexByte(".,!?;\n", s[end]) < 0 || strings.HasSuffix(w, "ой") && isDigit(s[e+1]) {
		return j // an adjective needs a word after a house in digits: not a setting, "на максимальной 4."; but "живу на садовой двадцать шесть"
	}
	sc.emit(b, end, tAddress, 0.75, 0)
	return end
}

// hourNumber reports one or two digits no greater than 24, as a range of
// hours writes them: "12-15".
func hourNumber(d string) bool {
	return len(d) == 1 || len(d) == 2 && d <= "24"
}

// lowerStreetNameRU reports a lower-case street word that is the name of
// streets in most Russian towns, so that any word may follow its house:
// "на ленина сорок четыре выдали", "на гоголя сорок четыре".
func lowerStreetNameRU(w string) bool {
	return commonStreetNames[w] || streetGenitives[w]
}

// lowerHouseRU emits a street that a transcript names in lower case with
// neither its keyword nor a preposition when a spoken house and a flat, a
// building or an office follow it: "адрес тот же бутырская семнадцать
// квартира тридцать шесть", "клиент: шипиловская двадцать восемь корпус
// один". Without a flat or a building the house alone must stand as an
// address (bareSpokenHouse), so "это иванова двадцать лет" stays none. i is
// the house's first number word; it returns the end of the address, or 0.
func (sc *scanner) lowerHouseRU(i int) int {
	s := sc.s
	if i < 2 || s[i-1] != ' ' {
		return 0
	}
	we := i - 1 // the street's end
	if i >= 3 && s[i-2] == ',' {
		we = i - 2 // typed with a comma: "пензенская, тридцать восемь, квартира два"
	}
	a := lowerCyrillicEndingAt(s, we)
	if a < 0 || we-a < 10 && !(we-a >= 8 && lowerStreetNameRU(s[a:we])) || a < sc.lastEnd {
		return 0 // a word of five letters or more, or a known street's of four: "мира сорок два квартира семнадцать"
	}
	w := s[a:we]
	if _, num := spokenWords[w]; num || lowerStreetStopRU(w) || addressStopWord(w) || clauseWordRU(w) || unitWordRU(w) ||
		addrKindAt(s, a, we) != 0 || startsAny(w, "подъезд", "этаж", "дом", "квартир", "корпус", "секци", "блок", "номер", "тариф") {
		return 0
	}
	house := spokenNumberEnd(s, i)
	end := sc.houseParts(i - 1)
	if house <= i || end < house || end-house > 120 {
		return 0
	}
	part := strings.Contains(s[house:end], " подъезд") // "салавата юлаева двадцать три а второй подъезд"
	for _, m := range [...]string{" квартира ", " кв ", " корпус ", " строение ", " офис "} {
		if k := strings.Index(s[house:end], m); k >= 0 && house+k+len(m) < end {
			part = true
		}
	}
	street := a
	if b := lowerCyrillicBefore(s, a-1); b >= sc.lastEnd {
		switch s[b : a-1] {
		case "малая", "большая", "малой", "большой", "малый", "новая", "старая", "красных", "маршала", "генерала", "адмирала",
			"академика", "героев":
			a = b // "малая садовая", "красных партизан"
		}
	}
	if !part && !bareSpokenHouse(s, a, street, we, i, house) {
		return 0
	}
	if b := lowerCityCommaBefore(s, a); b >= sc.lastEnd {
		a = b // and the city before it: "белгород, щорса сорок пять"
	}
	sc.emit(a, end, tAddress, 0.75, 0)
	return end
}

// bareSpokenHouse reports a street without its keyword and a spoken house
// with no flat after it, s[a:house], that stands as an address: a house
// with "дробь", "ватутина тридцать один дробь два"; a street after "на" or
// "по", "подходите на салютную десять", or on a line that names an
// address, "адрес моршанск, гражданская, сорок семь"; a street after a
// known city, "белгород, щорса сорок пять"; or a turn of a dialogue that is
// the street and its house alone, perhaps after a filler, "клиент:
// советская, сорок четыре", "оператор: так ломоносова восемьдесят один, а
// квартира?". The street's own word is s[street:we]; the house starts at
// i. Not a count, "на вторую сорок минут".
func bareSpokenHouse(s string, a, street, we, i, house int) bool {
	w := s[street:we]
	if q := house + 1; q < len(s) && s[house] == ' ' && countNoun(s[q:wordEnd(s, q)]) {
		return false
	}
	if strings.Contains(s[i:house], " дробь ") {
		return !startsAny(w, "договор", "счет", "счёт", "заказ", "заявк", "накладн", "приказ", "решени", "протокол", "акт") // not "по договору сто восемнадцать дробь двадцать три"
	}
	if lowerCityCommaBefore(s, a) >= 0 {
		return true
	}
	if !endsAny(w, "ую", "ой", "ая", "ина", "ова", "ева", "ский") && !lowerStreetNameRU(w) {
		return false // a street's shape, "на кольский сто двадцать шесть"
	}
	switch w {
	case "первую", "вторую", "третью", "такую", "другую", "какую", "любую", "каждую", "последнюю", "следующую", "новую",
		"полную", "первой", "второй", "такой", "другой", "какой", "этой", "своей", "новой", "старой", "полной", "какая",
		"такая", "другая", "первая", "вторая", "половина", "середина", "машина", "причина", "мужчина", "слова", "снова":
		return false
	}
	ls := lineStart(s, a, 200)
	if prevWordIn(s, a, "на", "по") || strings.Contains(s[ls:a], "адрес") {
		return true // "адрес моршанск, гражданская, сорок семь"
	}
	t := a
	if b := wordStartBefore(s, a-1); b >= ls && prevWordIn(s, a, "так", "ну", "да", "значит") {
		t = b // a filler opens the turn: "оператор: так ломоносова восемьдесят один, а квартира?"
	}
	if k := strings.Index(s[ls:t], ": "); k > 0 && ls+k+2 == t && !strings.Contains(s[ls:ls+k], " ") || ls == t {
		return house == len(s) || s[house] == '\n' || s[house] == ',' || s[house] == '?' || s[house] == '.'
	}
	return false
}

// lowerPersonStreet emits a street named after a person that a transcript
// gives in lower case, s[start:end], as an address when a spoken house
// follows it with "дом" before it or a flat, an entrance or a building
// after it: "на богдана хмельницкого дом сто тридцать семь", "курск, карла
// маркса шестьдесят два б, квартира семь". It returns the end, or 0.
func (sc *scanner) lowerPersonStreet(start, end int) int {
	s := sc.s
	p := end + 1
	marked := strings.HasPrefix(s[end:], " дом ")
	if marked {
		p = end + len(" дом ")
	}
	if p >= len(s) || s[p-1] != ' ' {
		return 0
	}
	house := spokenNumberEnd(s, p)
	if house <= p {
		return 0
	}
	e := sc.houseParts(p - 1)
	if e < house {
		return 0
	}
	e = ordinalEntrance(s, e) // "сорок четыре, второй подъезд"
	if !marked && !containsAny(s[house:e], "квартир", " кв ", "подъезд", "корпус", "офис") {
		return 0
	}
	a := spokenCityBefore(s, start, sc.lastEnd)
	if a == start {
		if b := lowerCityCommaBefore(s, start); b >= sc.lastEnd {
			a = b // "курск, карла маркса …"
		}
	}
	sc.emit(a, e, tAddress, 0.75, 0)
	return e
}

// villageBeforeHouse returns the start of a village's mark and its name
// right before the house's word at i ("д. ивановская дом 12", "деревне
// митинская, дом 17", "в селе Грязное дом 14", "село старое тазово, дом
// семнадцать"), or -1. The name is one word, or two with an adjective
// first.
func villageBeforeHouse(s string, i, lo int) int {
	e := i - 1
	if e < 2 || s[e] != ' ' {
		return -1
	}
	if s[e-1] == ',' {
		e--
	}
	a := wordStartBefore(s, e)
	if a < 0 || s[a] < 0x80 || s[a] == '-' {
		return -1
	}
	for words := 0; words < 2; words++ {
		if a < 2 || a < lo || s[a-1] != ' ' {
			return -1
		}
		m := strings.LastIndexByte(s[max(0, a-16):a-1], ' ') + max(0, a-16) + 1
		if m < lo {
			return -1
		}
		switch w := s[m : a-1]; w {
		case "д.", "дер.", "деревня", "деревне", "деревню", "село", "селе", "с.", "посёлок", "поселок", "посёлке", "поселке", "пос.", "п.":
			return m
		default:
			if words > 0 || upperAt(w) || !endsAny(w, "ое", "ая", "ий", "ый", "ые", "ие", "ее") {
				return -1
			}
			a = m // an adjective before the name: "старое тазово"
		}
	}
	return -1
}

// villageNameBefore returns the start of a village's name that stands
// alone before the house's word at i, as villages number their houses with
// no street: "Ошевенск, дом 8", "Bobrovo, house 41", "yes, zaostrovye,
// house twelve", "в боброво дом двадцать два", "lyavlya village, house
// fourteen", "с малиновки, дом тридцать два". The name opens a line, a
// clause, a speaker's turn or a CSV cell, or follows a place's
// preposition; a capitalized one may be no name the tables know, a
// lower-case one must end as a village's name does. It returns -1 when
// none stands there.
func villageNameBefore(s string, i, lo int) int {
	e := i - 1
	if e < 3 || s[e] != ' ' {
		return -1
	}
	comma := s[e-1] == ','
	if comma {
		e--
	}
	a := wordStartBefore(s, e)
	if a < 0 || a < lo {
		return -1
	}
	if w := s[a:e]; (w == "village" || w == "деревня") && a >= 2 && s[a-1] == ' ' {
		if b := wordStartBefore(s, a-1); b >= lo && b >= 0 {
			e, a = a-1, b // "dor village, house three"
		}
	}
	w := s[a:e]
	if len(w) < 4 || w[0] == '-' || w[len(w)-1] == '-' {
		return -1
	}
	sz, up := letterAt(s, a)
	if sz == 0 {
		return -1
	}
	in := tableInfo(w)
	if in.addr != 0 || in.word != 0 || englishNumberWord(w) {
		return -1 // a street's or a house's keyword, a stop word, a number
	}
	latin := s[a] < 0x80
	switch {
	case up:
		if !comma || in.isName() || !latin && surnameShaped(w) {
			return -1 // "Петрову, дом 5": a person's, not a place's
		}
	case latin:
		if !comma || !endsAny(w, "ovo", "evo", "ino", "yno", "ye", "oye", "rov", "ets", "sk", "lya", "nga", "ma") {
			return -1
		}
	default:
		if !endsAny(w, "ово", "ево", "ино", "ыно", "ское", "цкое", "ье", "ск", "овке", "евке", "ёвке", "инке", "овки", "евки", "ёвки", "инки") {
			return -1
		}
	}
	switch {
	case a == 0 || s[a-1] == '\n':
		return a
	case a >= 2 && (s[a-2:a] == ", " || s[a-2:a] == ": " || s[a-2:a] == "| " || s[a-2:a] == "; "):
		return a
	case strings.HasSuffix(s[:a], "— ") || s[a-1] == '"' || s[a-1] == '(':
		return a // a dash, a CSV cell's quote, a bracket
	case comma && s[a-1] == ',' && (latin || up) && strings.IndexByte(s[i:min(len(s), i+24)], ',') > 0:
		return a // a CSV cell: "680401122,Zhuravlev Nikolai,Perkino, house 17,-2311.40"
	case a >= 3 && (s[a-2:a] == ") " || s[a-2:a] == ". ") && isDigit(s[a-3]):
		return a // a list's item: "1) Ошевенск, дом 8 — Попова", "2. Khabarka, house 7"
	case a >= 3 && s[a-2:a] == ". " && !up:
		return a // a new sentence in a transcript: "сельсовет у нас один. заречье, дом сорок"
	case a >= 6 && s[a-1] == ' ' && isDigit(s[a-2]) && isDigit(s[a-3]) && s[a-4] == ':':
		return a // a schedule's time: "10:00 Zarechye, house 40 — Pakhomova"
	}
	for _, p := range [...]string{" в ", " во ", " из ", " на ", " с ", " in ", " to ", " at ", " from "} {
		if strings.HasSuffix(s[:a], p) || a == len(p)-1 && s[:a] == p[1:] {
			return a
		}
	}
	return -1
}

// bareVillageHouseEN emits a village's house named by "house" at s[i:j]
// after the village's name alone, with no mark, as villageNameBefore finds
// it: "Bobrovo, house 41", "zaostrovye, house twelve". It returns the end,
// or 0.
func (sc *scanner) bareVillageHouseEN(i, j int) int {
	s := sc.s
	end := houseNumberAfter(s, j)
	if end == 0 {
		return 0
	}
	a := villageNameBefore(s, i, sc.lastEnd)
	if a < 0 {
		return 0
	}
	end = sc.enAddressTail(lowerUnitsAfter(s, end))
	sc.emit(a, end, tAddress, 0.8, 0)
	return end
}

// villageAfterHouseEN emits a house named before its village, as a
// village's houses have no street: "at house 9, Khitrovo", "house 44 in
// Bokino", "Address: house 5, Streletsky village, Tambov district". The
// house opens a line or follows a place's preposition or a label's colon;
// the village is a capitalized word the tables know as no name, or after
// a comma a lower-case one that ends as a village's name does, and then
// its clause ends. s[i:j] is "house"; it returns the end, or 0.
func (sc *scanner) villageAfterHouseEN(i, j int) int {
	s := sc.s
	if i < sc.lastEnd || !(i == 0 || s[i-1] == '\n' || endsAny(s[:i], ": ", " at ", " from ", " in ", " to ", "\nat ", "\nfrom ")) {
		return 0
	}
	end := houseNumberAfter(s, j)
	if end == 0 {
		return 0
	}
	p, in := end, strings.HasPrefix(s[end:], " in ")
	switch {
	case strings.HasPrefix(s[p:], ", "):
		p += len(", ")
	case in:
		p += len(" in ")
	default:
		return 0
	}
	e := wordEnd(s, p)
	w := s[p:e]
	if len(w) < 4 || s[p] >= 0x80 || in && !isUpperASCII(s[p]) || w[len(w)-1] == '-' {
		return 0
	}
	if t := tableInfo(w); t.addr != 0 || t.word != 0 || t.isName() || englishNumberWord(w) {
		return 0 // a street's keyword, a stop word, a person: "house 5, Ivanov"
	}
	if !isUpperASCII(s[p]) && !endsAny(w, "ovo", "evo", "ino", "yno", "oye", "ye", "ka", "ki", "sk") {
		return 0
	}
	if strings.HasPrefix(s[e:], " village") && wordEnd(s, e+1) == e+len(" village") {
		e += len(" village") // "house 5, Streletsky village"
	}
	if !in && e < len(s) && strings.IndexByte(".,;:!?\n)", s[e]) < 0 && !strings.HasPrefix(s[e:], " the ") {
		return 0 // the clause goes on: "house 5, Sunday morning"; not "house 44 in Bokino wants …"
	}
	e = sc.enAddressTail(e)
	sc.emit(i, e, tAddress, 0.8, 0)
	return e
}

// streetPlotEN emits a gardening partnership's plot with its numbered
// street, alley or line, as members write it in English: "Street 4, plot
// 29", "plot 12, Alley 7", "fifth street plot seventeen", "Metallurg-2,
// Street 8, plot 77". s[i:j] is "plot"; it returns the end, or 0.
func (sc *scanner) streetPlotEN(i, j int) int {
	s := sc.s
	end := houseNumberAfter(s, j)
	if end == 0 {
		return 0
	}
	start := -1
	p := i - 1
	if p >= 1 && s[p] == ' ' && s[p-1] == ',' {
		p--
	}
	if p >= 3 && (s[p] == ' ' || s[p] == ',') {
		k := p
		for k > 0 && isDigit(s[k-1]) {
			k--
		}
		if k < p && k >= 2 && s[k-1] == ' ' {
			if b := wordStartBefore(s, k-1); b >= 0 && numberedLaneWord(s[b:k-1]) {
				start = b // "Street 4, plot 29"
			}
		} else if k == p {
			if b := wordStartBefore(s, p); b >= 1 && s[b-1] == ' ' && numberedLaneWord(s[b:p]) {
				if a := wordStartBefore(s, b-1); a >= 0 && ordinalWord(s[a:b-1]) {
					start = a // "fifth street plot seventeen"
				}
			}
		}
	}
	if start < 0 {
		q := end + len(", ")
		if !strings.HasPrefix(s[end:], ", ") || q >= len(s) {
			return 0
		}
		e := wordEnd(s, q)
		if !numberedLaneWord(s[q:e]) || e+1 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) {
			return 0
		}
		r := e + 1
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		if r < len(s) && isAlnum(s[r]) {
			return 0
		}
		start, end = i, r // "plot 12, Alley 7"
	}
	if start < sc.lastEnd {
		return 0
	}
	end = sc.enAddressTail(end) // "plot 14, line 3, Druzhba garden society, Armavir"
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// quarterEN emits a town's numbered quarter with its building, as Angarsk
// or Tashkent number their blocks: "85th quarter, bldg 6", "angarsk,
// quarter eighty-five, building six, flat twenty", "Yunusobod district,
// 4th quarter, house 12, apt 45, Tashkent 100084". s[i:j] is
// "quarter"; the building is required, so "the first quarter, 2025" stays
// no address. It returns the end, or 0.
func (sc *scanner) quarterEN(i, j int) int {
	s := sc.s
	start, p := -1, j
	if i >= 2 && s[i-1] == ' ' {
		b := i - 1
		for b > 0 && isAlnum(s[b-1]) {
			b--
		}
		w := s[b : i-1]
		if w != "" && isDigit(w[0]) && (allDigits(w) || len(w) > 2 && endsAny(w, "th", "st", "nd", "rd") && allDigits(w[:len(w)-2])) {
			start = b // "85th quarter"
		}
	}
	if start < 0 && j+1 < len(s) && s[j] == ' ' {
		if e := houseNumberEnd(s, j+1); e > j+1 {
			start, p = i, e // "quarter eighty-five"
		}
	}
	if start < 0 || start < sc.lastEnd || !strings.HasPrefix(s[p:], ", ") {
		return 0
	}
	q := p + len(", ")
	e := wordEnd(s, q)
	switch s[q:e] {
	case "bldg", "building", "house", "bld", "korpus":
	default:
		return 0
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e >= len(s) || s[e] != ' ' {
		return 0
	}
	end := houseNumberEnd(s, e+1)
	if end <= e+1 {
		return 0
	}
	end = sc.enAddressTail(lowerUnitsAfter(s, end)) // "…, house 12, apt 45, Tashkent 100084, Uzbekistan"
	if start >= 2 && s[start-2:start] == ", " {
		if b := wordStartBefore(s, start-2); b >= sc.lastEnd && b >= 0 && knownCity(s[b:start-2]) {
			start = b // the town before: "angarsk, quarter eighty-five, …"
		} else {
			start = sc.enPlacesBefore(start) // the district before: "Yunusobod district, 4th quarter, …"
		}
	}
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// numberedLaneWord reports the word of a partnership's numbered street,
// alley or line: "Street 4", "Alley 7", "fifth street".
func numberedLaneWord(w string) bool {
	switch w {
	case "Street", "street", "Alley", "alley", "Line", "line", "Lane", "lane":
		return true
	}
	return false
}

// houseNumberAfter returns the end of a house's number, in digits or
// English words, after the word that ends at j and one space, when no floor
// area follows it ("house 120 sq m" is a house for sale); 0 otherwise.
func houseNumberAfter(s string, j int) int {
	if j+1 >= len(s) || s[j] != ' ' {
		return 0
	}
	end := houseNumberEnd(s, j+1)
	if end <= j+1 || areaAfter(s, end) {
		return 0
	}
	return end
}

// areaAfter reports a floor area after a house's number that ends at end:
// "дом 96 м²", "house 120 sq m" speaks of a house for sale, not an address.
func areaAfter(s string, end int) bool {
	return startsAny(s[end:], " м²", " м2", " кв.м", " кв. м", " квадрат", " m²", " m2", " sq")
}

// lowerCyrillicBefore returns the start of the lower-case Cyrillic word
// that ends at the space e, or -1 when none does.
func lowerCyrillicBefore(s string, e int) int {
	if e < 2 || e >= len(s) || s[e] != ' ' {
		return -1
	}
	return lowerCyrillicEndingAt(s, e)
}

// lowerCityCommaBefore returns the start of a known city in lower case and
// a comma right before i, "белгород, щорса сорок пять", or -1.
func lowerCityCommaBefore(s string, i int) int {
	if i < 4 || s[i-2:i] != ", " {
		return -1
	}
	if b := lowerCyrillicEndingAt(s, i-2); b >= 0 && knownCity(s[b:i-2]) {
		return b
	}
	return -1
}

// lowerCyrillicEndingAt returns the start of the lower-case Cyrillic word
// that ends at e, a word of its own (a space, a line, a colon or a comma
// before it), or -1 when none does.
func lowerCyrillicEndingAt(s string, e int) int {
	a := lowerCyrStart(s, e)
	if a == e || a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != ',' {
		return -1
	}
	return a
}

// clauseEndRU reports the end of s, a punctuation mark or a clause's word
// (clauseWordRU) at end.
func clauseEndRU(s string, end int) bool {
	if end >= len(s) || strings.IndexByte(".,!?;\n", s[end]) >= 0 {
		return true
	}
	return s[end] == ' ' && clauseWordRU(s[end+1:wordEnd(s, end+1)])
}

// pronounAdjRU reports a pronoun or a common adjective in the feminine
// nominative, which ends as "абая" does: "на какая", "на другая".
func pronounAdjRU(w string) bool {
	switch w {
	case "своя", "какая", "такая", "другая", "каждая", "любая", "самая", "новая", "старая", "целая", "первая", "вторая", "третья", "большая", "малая":
		return true
	}
	return false
}

// towerFlatEN emits a flat in a named tower, as the Gulf's addresses give
// it with no street: "Al Reem Island, Sky Tower, apt 2908, Abu Dhabi",
// "Marina Heights Tower, apt 1507, Dubai Marina". s[i:j] is the flat's
// word after the tower's name and a comma; it returns the end, or 0.
func (sc *scanner) towerFlatEN(i, j int) int {
	s := sc.s
	if i < 8 || s[i-2:i] != ", " || j+1 >= len(s) || s[j] != ' ' {
		return 0
	}
	e := houseNumberEnd(s, j+1)
	if e <= j+1 || !isDigit(s[j+1]) {
		return 0
	}
	a := i - 2
	tower := false
	for words := 0; words < 4; words++ {
		b := a
		for b > 0 && isASCIILetter(s[b-1]) {
			b--
		}
		if b == a || !isUpperASCII(s[b]) {
			break
		}
		switch s[b:a] {
		case "Tower", "Towers", "Heights", "Residence", "Residences", "Plaza", "Frond", "Point":
			tower = true // also a frond of the Palm, "Palm Jumeirah, Frond K, Villa 18", and "Boulevard Point"
		}
		a = b
		if a < 2 || s[a-1] != ' ' {
			break
		}
		if w := wordStartBefore(s, a-1); w < 0 || !isUpperASCII(s[w]) {
			break
		}
		a--
	}
	if !tower || a < sc.lastEnd {
		return 0
	}
	start := sc.addressLeft(a)
	if start == a && a >= 4 && s[a-2:a] == ", " {
		if w := wordStartBefore(s, a-2); w >= 0 && w >= sc.lastEnd && addrKindAt(s, w, a-2) == akENStreet && w >= 2 && s[w-1] == ' ' {
			if v := wordStartBefore(s, w-1); v >= 0 && v >= sc.lastEnd && isUpperASCII(s[v]) && isUpperASCII(s[w]) {
				start = v // the street before the tower: "Marina Promenade, Delphine Tower, Apt 708"
			}
		}
	}
	end := sc.enAddressTail(e)
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// lowerStreetStopRU reports a word ending like a street's name that is an
// ordinal, a pronoun or a common noun: "на второй 12", "с мамой".
func lowerStreetStopRU(w string) bool {
	return !strings.HasPrefix(w, "первомайск") && !strings.HasPrefix(w, "пятницк") && startsAny(w, "перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят", "одной", "одного",
		"прошл", "следующ", "каждой", "любой", "другой", "другого", "какой", "такой", "самой", "новой", "старой", "больш",
		"маленьк", "половин", "машин", "магазин", "карти", "корзин", "витрин", "мужчин", "женщин", "резин", "пружин",
		"середин", "глубин", "вершин", "причин", "лини", "сторон", "основн", "главн", "нижн", "верхн", "ночн", "дневн",
		"сменн", "длинн", "полн", "нужн", "сложн", "возможн", "отдельн", "личн", "обычн", "разн", "скидочн", "бонусн",
		"банковск", "мобильн", "городск", "домашн", "рабоч", "горяч", "холодн", "максимальн", "минимальн", "средн")
}

// clauseWordRU reports a word that may follow a spoken address: a flat's or
// a building's part, or a word that opens the next clause.
func clauseWordRU(w string) bool {
	switch w {
	case "квартира", "кв", "корпус", "корп", "строение", "стр", "подъезд", "этаж", "офис", "у", "там", "тут", "здесь",
		"кнопка", "подвал", "лифт", "никто", "клиент", "клиентка", "нам", "ну", "да", "нет", "пожалуйста", "вернись",
		"пусть", "кто", "это", "а", "и", "но", "не", "спросишь", "вход", "домофон", "код", "третий", "второй", "первый", "клиента",
		"или", "кто-нибудь", "какой", "какая", "я", "мы", "вы", "он", "она", "они", "сегодня", "завтра", "сейчас", "возле", "рядом",
		"напротив", "ворота", "шлагбаум":
		return true
	}
	return false
}

// unitWordRU reports a word that counts what a number before it measures,
// so that the number is no house: "сорок минут", "5 штук", "2 раза".
func unitWordRU(w string) bool {
	return startsAny(w, "минут", "мин", "час", "секунд", "сек", "рубл", "руб", "штук", "шт", "человек", "раз", "дн", "день", "лет",
		"год", "недел", "месяц", "процент", "км", "метр", "кг", "грамм", "литр", "копе", "тысяч", "сотен", "мест", "позиц",
		"единиц", "балл", "градус", "этаж", "упаков", "коробк", "пакет", "бутыл")
}

// addressStopWord reports a word after "адрес" that is not a street:
// "адрес доставки", "адрес электронной почты".
func addressStopWord(w string) bool {
	return startsAny(w, "доставк", "регистрац", "прописк", "проживан", "электрон", "почт", "объект", "магазин", "офис",
		"склад", "пункт", "такой", "этот", "тот", "новый", "старый", "прежн", "верн", "неверн", "правильн", "указан",
		"фактическ", "юридическ", "какой", "друг")
}

// settlementHouse returns the end of a settlement's house parts at q, as
// houseParts does, over a district between them ("д. Кузьмино,
// Вологодский р-н, дом 21") and the district, region and postcode after
// them ("д. Ивановская, дом 12, Тотемский р-н, Вологодская обл., 161300").
func (sc *scanner) settlementHouse(q int) int {
	s := sc.s
	end := sc.houseParts(q)
	if r := regionPartRU(s, q); end == q && r > q {
		if e, k := sc.houseParts(r), skipSpaces(s, r+1); e > r && k < len(s) && !isDigit(s[k]) {
			end = e // a marked house, not a count: "Вологодский р-н, 5 домов"
		}
	}
	for k := 0; k < 3 && end > q; k++ {
		r := regionPartRU(s, end)
		if r == end && strings.HasPrefix(s[end:], ", ") && end+8 <= len(s) && allDigits(s[end+2:end+8]) && (end+8 == len(s) || !isAlnum(s[end+8])) {
			r = end + 8
		}
		if r == end {
			break
		}
		end = r
	}
	return end
}

// regionPartRU returns the end of a district's or a region's part after a
// comma at q, ", Вологодский р-н", ", Вологодская обл.", or q.
func regionPartRU(s string, q int) int {
	if !strings.HasPrefix(s[q:], ", ") || q+2 >= len(s) || !upperAt(s[q+2:]) {
		return q
	}
	e := wordEnd(s, q+2)
	for _, m := range [...]string{" р-н", " район", " обл.", " область", " г.о."} { // "Талдомский г.о.", a городской округ
		if strings.HasPrefix(s[e:], m) && (e+len(m) == len(s) || !isAlnum(s[e+len(m)])) {
			end := e + len(m)
			if m[1] == 0xD1 && end+2 < len(s) && s[end] == ' ' && upperAt(s[end+1:]) { // р-н, район: its region may follow
				r := wordEnd(s, end+1)
				for _, o := range [...]string{" обл.", " области"} {
					if strings.HasPrefix(s[r:], o) {
						return r + len(o) // "Ростовский р-н Ярославской обл."
					}
				}
			}
			return end
		}
	}
	return q
}

// settlement emits an address that opens with a settlement marker and has
// no street: "пос. Румянцево, стр. 4". It needs a house part, so that a
// bare "в г. Тула" stays a city.
func (sc *scanner) settlement(i, j int) int {
	s := sc.s
	if s[i:j] == "г" && yearBefore(s, i) {
		return 0 // "поверка до 2029 г. Елена Чернова": a year, not a town
	}
	p := j
	if p < len(s) && s[p] == '.' {
		p++
	}
	p = skipSpaces(s, p)
	if p == j || p >= len(s) {
		return 0
	}
	sz, up := letterAt(s, p)
	if sz == 0 || !up && !(s[p] >= 0x80 && fullSettlementWord(s[i:j]) && strings.HasPrefix(s[wordEnd(s, p):], " дом ")) {
		return 0 // but a transcript's "деревня кривцово дом 22"
	}
	q := wordEnd(s, p)
	if q+1 < len(s) && s[q] == '-' && isDigit(s[q+1]) {
		q = alnumEnd(s, q+1) // "пос. Горки-2, д. 14, кв. 3"
	}
	end := sc.settlementHouse(q)
	if end == q {
		// A street named without its keyword between the city and a marked
		// house: "г. Москва, Большая Дмитровка, д. 32, стр. 4".
		if r := namedStreetPart(s, q); r > q {
			if e, k := sc.houseParts(r), skipSpaces(s, r+1); e > r && (markedHouse(s, k) || houseWordAt(s, k)) {
				sc.emit(sc.addressLeft(i), e, tAddress, 0.85, 0)
				return e
			}
		}
		return 0
	}
	// The first house part must carry a marker: "пос. Лесной, 5" is not enough.
	if k := skipSpaces(s, q+1); q < len(s) && s[q] == ',' && k < len(s) && isDigit(s[k]) || q < len(s) && s[q] == ' ' && !strings.HasPrefix(s[q:], " дом ") {
		return 0
	}
	sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0)
	return end
}

// fullSettlementWord reports a village's or a settlement's word written out,
// as speech has it: "деревня", "в посёлке".
func fullSettlementWord(w string) bool {
	return startsAny(w, "деревн", "посёл", "посел", "село", "селе", "хутор", "станиц")
}

// village emits an address that opens with a one-letter settlement marker
// at s[i:j] and has no street: "п. Горки-10, д. 18, кв. 4", "д. Лешково,
// СНТ «Ветеран», уч. 112". It returns j when none follows.
func (sc *scanner) village(i, j int) int {
	s := sc.s
	p := j + 2
	if sz, up := letterAt(s, p); sz == 0 || !up {
		return j
	}
	q := wordEnd(s, p)
	if q+1 < len(s) && s[q] == '-' && isDigit(s[q+1]) {
		q = alnumEnd(s, q+1) // "Горки-10"
	}
	if q+3 < len(s) && s[q] == ' ' && s[p] >= 0x80 && upperAt(s[q+1:]) && endsAny(s[p:q], "ое", "ая", "ий", "ый", "ие", "ые", "ой", "ья", "ье") {
		q = wordEnd(s, q+1) // a name of two words, an adjective first: "д. Малое Толбино", "с. Большие Вязёмы"
	}
	if r := snt(s, q); r > q {
		q = r // a gardening partnership in the village
	}
	if b := bracketAfter(s, q, 78); b != "" && !strings.ContainsAny(b, "\n(") && strings.HasPrefix(s[q+len(" ()")+len(b):], ", д") {
		q += len(" ()") + len(b) // a note on where the village lies: "д. Чухчерьма (Холмогорский р-н), дом 52"
	}
	end := sc.settlementHouse(q)
	if end == q && streetKeywordAfter(s, q) {
		return q // the village's street follows, and addressLeft takes the village back: "х. Сысоев, ул. Мира, 9"
	}
	if k := skipSpaces(s, q+1); end == q || q < len(s) && (s[q] == ' ' || s[q] == ',' && k < len(s) && isDigit(s[k])) {
		if e := bareHouseAfter(s, q); e > 0 && !strings.HasSuffix(s[:i], "у ") && sc.houseParts(e) == e {
			end = e // the village's house with no marker when the number closes the part: "д. Верхолино, 14", "д. Лог, 12 |"; a building after it is left to houseOnly; "у д. 40" is a house's "дом"
		} else {
			return j // "в д. Покровское, 18 панелей", "с. Кичкино, 40 кв.м": a count, not a house
		}
	}
	if i >= 3 && s[i-3:i] == "р." {
		i -= 3 // "р.п. Базарный Карабулак": рабочий посёлок
	}
	sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0)
	return end
}

// islandLineEN emits a street of St Petersburg's Vasilyevsky Island, which
// are numbered lines, from the ordinal at i: "7th Line V.O. 34, flat 12",
// "19th Line V.O., 8, apt 31", "Vasilyevsky Island, 5th Line, 38, apt 9",
// "14th line, building 39, office 7", "10th line of Vasilyevsky, house 29";
// with the house first, islandHouseFirstEN. A line needs its house. It
// returns the end, or 0.
func (sc *scanner) islandLineEN(i int) int {
	s := sc.s
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	q := i
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q >= len(s) || s[q] != ' ' && s[q] != 's' && s[q] != 'n' && s[q] != 'r' && s[q] != 't' {
		return 0 // most numbers: neither a house before its line nor an ordinal
	}
	if s[q] == ' ' {
		return sc.islandHouseFirstEN(i)
	}
	if q-i > 2 || !lineOrdinalAt(s, q) {
		return 0
	}
	lower := s[q+3] == 'l'
	q += len("th Line")
	vo := strings.HasPrefix(s[q:], " V.O.")
	if vo {
		q += len(" V.O.")
		lower = false
	} else if r := islandNameAfter(s, q, " of "); r > q {
		q, vo, lower = r, true, false // "the 10th line of Vasilyevsky, house 29"
	}
	p := q
	if strings.HasPrefix(s[p:], ",") {
		p++
	}
	p = skipSpaces(s, p)
	marked := false
	for _, m := range [...]string{"building ", "house ", "bldg ", "d. "} {
		if strings.HasPrefix(s[p:], m) {
			p += len(m)
			marked = true
			break
		}
	}
	if p == q || p >= len(s) || !isDigit(s[p]) {
		return 0
	}
	e := houseNumberEnd(s, p)
	if e == p || e-p > 6 || lower && !marked {
		return 0 // but "the 3rd line 4 times"
	}
	end := sc.enAddressTail(lowerUnitsAfter(s, e))
	if end == e && !vo && !(e == len(s) || strings.IndexByte(",.;)\n", s[e]) >= 0) {
		return 0 // the house closes its clause: not "Line 4 times"
	}
	start := i
	for _, v := range [...]string{"Vasilyevsky Island, ", "Vasilievsky Island, ", "Vasilevsky Island, "} {
		if strings.HasSuffix(s[:i], v) {
			start -= len(v)
		}
	}
	sc.emit(sc.enPlacesBefore(start), end, tAddress, 0.85, 0)
	return end
}

// lineOrdinalAt reports an ordinal's letters and the word "Line" at q,
// after a line's number: "th Line", "st line".
func lineOrdinalAt(s string, q int) bool {
	return startsAny(s[q:], "st Line", "nd Line", "rd Line", "th Line", "st line", "nd line", "rd line", "th line")
}

// islandNameAfter returns the end of the island's name after sep at q,
// ", Vasilyevsky Island" or " of vasilyevsky", in any case; q if none.
func islandNameAfter(s string, q int, sep string) int {
	if !strings.HasPrefix(s[q:], sep) {
		return q
	}
	p := q + len(sep)
	for _, v := range [...]string{"vasilyevsky island", "vasilievsky island", "vasilyevsky", "vasilievsky"} {
		if len(s)-p >= len(v) && strings.EqualFold(s[p:p+len(v)], v) && (p+len(v) == len(s) || !isAlnum(s[p+len(v)])) {
			return p + len(v)
		}
	}
	return q
}

// islandHouseFirstEN emits a Vasilyevsky Island line with its house before
// it at i, the island after it: "61 14th Line, Vasilyevsky Island, apt 3".
// It returns the end, or 0.
func (sc *scanner) islandHouseFirstEN(i int) int {
	s := sc.s
	h := i
	for h < len(s) && h-i < 3 && isDigit(s[h]) {
		h++
	}
	if h == i || h+1 >= len(s) || s[h] != ' ' || !isDigit(s[h+1]) {
		return 0
	}
	q := h + 1
	for q < len(s) && q-h <= 2 && isDigit(s[q]) {
		q++
	}
	if !lineOrdinalAt(s, q) {
		return 0
	}
	q += len("th Line")
	r := islandNameAfter(s, q, ", ")
	if r == q {
		return 0
	}
	end := sc.enAddressTail(lowerUnitsAfter(s, r))
	sc.emit(i, end, tAddress, 0.85, 0)
	return end
}

// phoneLineNumber reports a phone's number at p after "линия", not a
// house's: "Единая линия 8-800-301-47-52", "Бесплатная линия 8 800 …".
func phoneLineNumber(s string, p int) bool {
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	return q-p > 3 || q+1 < len(s) && (s[q] == '-' || s[q] == ' ' || s[q] == '(') && isDigit(s[q+1])
}

// bareHouseAfter returns the end of ", " and a house's number at q that
// closes its part: the end of the text or its line, a comma, a semicolon, a
// table's bar, a bracket or a sentence's full stop follow, so that no count
// ("18 панелей"), area ("60 м²") or year ("1850 г.") does; or of a CSV's
// next cell, as csvHouseAfter reads it; 0 otherwise.
func bareHouseAfter(s string, q int) int {
	if q+1 < len(s) && (s[q] == ',' || s[q] == ';') && isDigit(s[q+1]) {
		return csvHouseAfter(s, q) // a CSV row's next cell: "д. Горбуновщина,3,Зайцева А.В."
	}
	if !strings.HasPrefix(s[q:], ", ") {
		return 0
	}
	p := q + 2
	e := p
	for e < len(s) && e-p < 4 && isDigit(s[e]) {
		e++
	}
	if e == p || e-p == 4 {
		return 0
	}
	if e+1 < len(s) && s[e] == '/' && isDigit(s[e+1]) {
		e = alnumEnd(s, e+1) // "12/1"
	} else if sz, _ := letterAt(s, e); sz > 0 && (e+sz == len(s) || !isAlnum(s[e+sz]) && s[e+sz] < 0x80) {
		e += sz // "14а", "12B"
	}
	switch {
	case e == len(s):
		return e
	case strings.IndexByte(",;|)\n\r", s[e]) >= 0 && !(s[e] == ',' && e+1 < len(s) && isDigit(s[e+1])):
		return e
	case s[e] == '.' && (e+1 == len(s) || s[e+1] == '\n' || s[e+1] == ' ' && e+2 < len(s) && upperAt(s[e+2:])):
		return e
	case s[e] == ' ' && startsAny(s[e:], " |", " —", " –", " - "):
		return e
	}
	return 0
}

// csvHouseAfter returns the end of a house's number in the CSV cell after
// the separator at q, when the row goes on with the same separator or ends:
// "д. Ситники;7;+7 912 …", "д. Горбуновщина,3,Зайцева А.В."; 0 otherwise.
func csvHouseAfter(s string, q int) int {
	e := q + 1
	for e < len(s) && e-q <= 4 && isDigit(s[e]) {
		e++
	}
	if e-q > 4 {
		return 0
	}
	if sz, _ := letterAt(s, e); sz > 0 && s[e] >= 0x80 && (e+sz == len(s) || s[e+sz] == s[q]) {
		e += sz // "11а"
	}
	if !(e == len(s) || s[e] == s[q] || s[e] == '\n') {
		return 0
	}
	if h := strings.ToLower(strings.TrimSpace(delimHeader(s, q+1, s[q]))); h != "" && !strings.Contains(h, "дом") && !strings.Contains(h, "house") && h != "д" && h != "д." {
		return 0 // the column holds no house: "нп,кВт" … "ст. Староминская,10", "village,m3" … "д. Шмелёво,8"
	}
	return e
}

// streetKeywordAfter reports ", " and a street's keyword at q: ", ул. Мира".
func streetKeywordAfter(s string, q int) bool {
	if !strings.HasPrefix(s[q:], ", ") {
		return false
	}
	p := q + 2
	var buf [32]byte
	f, _ := foldInto(buf[:0], s[p:wordEnd(s, p)])
	return addrKind(f) == akStreet
}

// snt returns the end of ", СНТ «Name»" at q, or q.
func snt(s string, q int) int {
	for _, w := range [...]string{", СНТ «", ", ДНТ «", ", ТСН «"} {
		if strings.HasPrefix(s[q:], w) {
			r := q + len(w)
			if c := strings.Index(s[r:min(len(s), r+60)], "»"); c > 0 {
				return r + c + len("»")
			}
		}
	}
	return q
}

// namedStreetPart returns the end of ", " and one to three capitalized
// words without digits after q, the first an adjective, a street named
// without its keyword ("Большая Дмитровка"), when a comma follows it; q
// otherwise.
func namedStreetPart(s string, q int) int {
	if q+3 >= len(s) || s[q] != ',' || s[q+1] != ' ' || !adjectiveWord(s[q+2:wordEnd(s, q+2)]) {
		return q
	}
	p := q + 2
	for words := 0; words < 3; words++ {
		if sz, up := letterAt(s, p); sz == 0 || !up {
			return q
		}
		e := wordEnd(s, p)
		if e < len(s) && s[e] == ',' {
			return e
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return q
		}
		p = e + 1
	}
	return q
}

// houseOnly emits an address written without a street from the house
// marker at i when a building or flat part follows: "Казань, дом 7 корпус 2
// квартира 40". A lone "дом 7" stays a number.
func (sc *scanner) houseOnly(i int) int {
	s := sc.s
	end := sc.houseParts(i)
	if end <= i {
		return 0
	}
	groups := 0
	for k := i; k < end; k++ {
		if isDigit(s[k]) && (k == i || !isDigit(s[k-1])) || s[k] == 'I' && k > i && s[k-1] == ' ' {
			groups++ // a number, or a room's in Roman numerals: "корп. 1824, пом. III"
		}
	}
	dom := strings.HasPrefix(s[i:], "дом")
	if groups < 2 {
		if a := villageBeforeHouse(s, i, sc.lastEnd); a >= 0 && dom {
			sc.emit(sc.addressLeft(a), end, tAddress, 0.8, 0) // a village's house with no street: "д. ивановская дом 12", "деревня погорелово, дом пять"
			return end
		}
		if a := villageNameBefore(s, i, sc.lastEnd); a >= 0 && dom && !areaAfter(s, end) {
			sc.emit(a, end, tAddress, 0.8, 0) // a village numbers its houses with no street: "Ошевенск, дом 8"
			return end
		}
		if dom {
			if a := chatStreetDom(s, i, sc.lastEnd); a >= 0 {
				sc.emit(a, end, tAddress, 0.8, 0) // "на садовой дом двенадцать"
				return end
			}
			if a := spokenStreetTurn(s, i, sc.lastEnd); a >= 0 && (streetShapedBefore(s, len(strings.TrimRight(s[:i-1], ","))) || spokenFlatAfter(s, end)) {
				sc.emit(a, end, tAddress, 0.8, 0) // a caller's answer: "клиент: малая садовая, дом три, офис двенадцать"
				return end
			}
		}
		if e := sc.houseAlongStreet(i, end); e > 0 {
			return e // the house first, its street after: "у дома 15 по Ленинградскому пр-ту"
		}
		if a := spokenHouseBefore(s, i, sc.lastEnd); a >= 0 && !dom {
			sc.emit(a, end, tAddress, 0.8, 0) // a street and its house in words: "на профсоюзной сорок три корпус один"
			return end
		}
		if zelenogradBefore(s, i) {
			if a := sc.addressLeft(i); a < i {
				sc.emit(a, end, tAddress, 0.8, 0) // Zelenograd numbers its buildings: "в Зеленограде, корп. 1824"
				return end
			}
		}
		return 0
	}
	a := sc.addressLeft(i)
	if !dom && (a == i || strings.HasPrefix(s[a:], "ЖК")) {
		return 0 // "корпус" needs a place on the left: "(корпус 3, 12 этаж", "ЖК «Речной квартал», корп. 5, кв. 132"
	}
	sc.emit(a, end, tAddress, 0.85, 0)
	return end
}

// kmOfRoadRU returns the start of a highway's kilometre in the ", "-part
// right before the house at i, "17 км автодороги Оренбург — Орск, строение 3",
// "52-й км трассы М-5, стр. 1", or -1. The part may not open before lo.
func kmOfRoadRU(s string, i, lo int) int {
	if i < 2 || s[i-2] != ',' || s[i-1] != ' ' {
		return -1
	}
	a := i - 2
	for a > lo && i-2-a < 90 && !strings.ContainsRune(",\n:;(.", rune(s[a-1])) {
		a--
	}
	a = skipSpaces(s, a)
	if n := strings.LastIndex(s[a:i-2], " на "); n >= 0 && a+n+4 < i && isDigit(s[a+n+4]) {
		a += n + 4 // "склад на 17 км автодороги …"
	}
	if a >= i-2 || !isDigit(s[a]) {
		return -1
	}
	q := a
	for q < i && isDigit(s[q]) {
		q++
	}
	for _, km := range [...]string{"-й км ", "-м км ", " км "} {
		if strings.HasPrefix(s[q:], km) {
			q += len(km)
			if !startsAny(s[q:], "автодороги ", "автотрассы ", "трассы ", "дороги ", "шоссе ") || q == a+len(km) {
				return -1
			}
			r := s[q+strings.IndexByte(s[q:], ' ')+1 : i-2]
			if r == "" || !upperAt(r) && !(r[0] >= 'A' && r[0] <= 'Z') {
				return -1 // the road's name: "Оренбург — Орск", "М-5 «Урал»"
			}
			return a
		}
	}
	return -1
}

// kmOfRoadEN returns the start of a highway's kilometre right before a
// road's name at i, "14 km of the Orenburg-Sakmara road", "56th km of
// Kaluzhskoe Highway", or -1. It may not open before lo.
func kmOfRoadEN(s string, i, lo int) int {
	t := strings.TrimSuffix(s[max(lo, i-40):i], " ")
	t = strings.TrimSuffix(t, " the")
	for _, km := range [...]string{" km of", " kilometer of", " kilometre of"} {
		if !strings.HasSuffix(t, km) {
			continue
		}
		t = t[:len(t)-len(km)]
		b := strings.LastIndexByte(t, ' ') + 1
		w := strings.TrimRight(t[b:], "stndrh")
		if w != "" && allDigits(w) {
			return i - (len(s[max(lo, i-40):i]) - b) // "14 km", "56th km"
		}
		return -1
	}
	return -1
}

// streetAfterHouse returns the end of a street named in the dative after
// a house at end, " по Ленинградскому пр-ту", " по улице Ленина", or 0.
func streetAfterHouse(s string, end int) int {
	if !strings.HasPrefix(s[end:], " по ") {
		return 0
	}
	p := end + len(" по ")
	lower := !upperAt(s[p:]) // a transcript's "дома пять по малой садовой"
	adjEnd, adjs := 0, 0     // the end of a street named by its adjectives alone: "по Гороховой", "по Малой Садовой"
	for words := 0; words < 3 && p < len(s); words++ {
		q := wordEnd(s, p)
		if q == p {
			return 0
		}
		var buf [32]byte
		if w, ok := foldInto(buf[:0], s[p:q]); ok && addrKind(w) == akStreet {
			if words > 0 {
				return q // "по Ленинградскому пр-ту"
			}
			if r := q + 1; q < len(s) && s[q] == ' ' && (upperAt(s[r:]) || lower && wordEnd(s, r)-r >= 8) {
				return wordEnd(s, r) // "по улице Ленина", "по улице малышева"
			}
			return 0
		}
		up := upperAt(s[p:])
		if up == lower {
			break
		}
		if q-p >= 6 && endsAny(s[p:q], "ой", "ей") && (words == 0 || adjEnd > 0) {
			switch strings.ToLower(s[p:q]) {
			case "нашей", "вашей", "моей", "твоей", "своей", "этой", "той", "общей", "другой", "одной", "любой", "какой", "такой", "соседней":
				return 0 // "дом 5 по нашей улице", "в доме 3 по общей договорённости"
			}
			adjEnd = q
			adjs++
		} else if lower {
			break
		} else {
			adjEnd = 0 // a capital word of another form: the keyword must follow, "по Ленинградскому пр-ту"
		}
		if q >= len(s) || s[q] != ' ' {
			break
		}
		p = q + 1
	}
	if adjEnd > 0 && (adjEnd == len(s) || strings.IndexByte(",.;:!?)\n", s[adjEnd]) >= 0 || s[adjEnd] == ' ' && (!lower || adjs == 2)) {
		return adjEnd // in lower case an adjective alone may be any word's: "по общей договорённости"
	}
	return 0
}

// houseAlongStreet emits a house named before its street with "по", from
// the house word at i, whose parts end at end, over the street and the
// flat after it: "у дома 7 по Кирочной", "у дома пять по малой садовой",
// "возле дома двадцать два по улице малышева, подъезд четыре". It returns
// the end, or 0.
func (sc *scanner) houseAlongStreet(i, end int) int {
	e := streetAfterHouse(sc.s, end)
	if e <= 0 {
		return 0
	}
	e = sc.houseParts(e) // "…по улице вавилова, подъезд четыре, квартира двести восемь"
	sc.emit(i, e, tAddress, 0.8, 0)
	return e
}

// zelenogradBefore tells whether Zelenograd, in any case, ends the part
// before the building word at i: the town numbers its buildings instead of
// naming streets, so "Зеленоград, корп. 1120" is a whole address.
func zelenogradBefore(s string, i int) bool {
	p := i
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 || s[p-1] != ',' {
		return false
	}
	b := wordStartBefore(s, p-1)
	if b < 0 {
		return false
	}
	w := s[b : p-1]
	w = strings.TrimPrefix(strings.TrimPrefix(w, "З"), "з")
	return w == "еленоград" || w == "еленограде" || w == "еленограда" || w == "еленоградом"
}

// spokenHouseBefore returns the start of a street named without its
// keyword before a house number in words that ends one space before i (a
// building's or a flat's word): "на профсоюзной сорок три корпус один";
// -1 if none.
func spokenHouseBefore(s string, i, lo int) int {
	if i < 2 || s[i-1] != ' ' {
		return -1
	}
	k, words := i-1, 0
	for words < 4 {
		b := lowerCyrStart(s, k)
		if b < 0 || b == k || !numberWord(s[b:k]) {
			break
		}
		words++
		if b < 2 || s[b-1] != ' ' {
			return -1
		}
		k = b - 1
	}
	if words == 0 {
		return -1
	}
	return chatStreetDom(s, k+1, lo)
}

// chatStreetDom returns the start of a street named without a street word
// before "дом" at i, as a chat or a transcript writes it: "на садовой дом
// двенадцать", "адрес садовая дом 5"; -1 if none.
func chatStreetDom(s string, i, lo int) int {
	if i < 6 || s[i-1] != ' ' {
		return -1
	}
	b := lowerCyrStart(s, i-1)
	w := s[b : i-1]
	if len(w) < 10 || b < 3 || s[b-1] != ' ' || b-1 < lo {
		return -1
	}
	if !endsAny(w, "ой", "ая", "ей", "ую", "ина", "ова", "ева", "ого", "ово") {
		return -1
	}
	a := b - 1
	for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' {
		a--
	}
	if adj := s[a : b-1]; lowerAdjective(adj) || strings.HasSuffix(adj, "ую") && len(adj) >= 8 {
		if a2 := a - 1; a2 > 0 && s[a2] == ' ' {
			k := a2
			for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
				k--
			}
			switch s[k:a2] {
			case "на", "по", "адрес", "адресу":
				return a // "на малую бронную дом двадцать"
			}
		}
	}
	switch strings.TrimSuffix(s[a:b-1], ":") {
	case "на", "по", "адрес", "адресу":
		return b
	}
	return -1
}

// spokenStreetTurn returns the start of a street named in lower case before
// "дом" at i that opens a caller's answer or follows a town: "клиент:
// щукинская дом сорок два", "адрес — восьмая просека, дом сто двадцать
// три", "екатеринбург, академика бардина, дом двадцать один"; -1 if none.
// The street is one to three lower-case words, "дом" after it or after ", ".
func spokenStreetTurn(s string, i, lo int) int {
	k := i - 1
	if k < 4 || s[k] != ' ' {
		return -1
	}
	if s[k-1] == ',' {
		k--
	}
	a := k // the street's start as read so far
	for words := 0; words < 3; words++ {
		e := a
		if words > 0 {
			if e < 2 || s[e-1] != ' ' {
				break
			}
			e--
		}
		b := lowerCyrStart(s, e)
		for b >= 3 && s[b-1] == '-' && lowerCyrStart(s, b-1) < b-1 {
			b = lowerCyrStart(s, b-1) // "сибиряков-гвардейцев"
		}
		if e-b < 6 || b < lo {
			break
		}
		var buf [48]byte
		if w, _ := foldInto(buf[:0], s[b:e]); streetTurnStop(string(w)) {
			break
		}
		a = b
	}
	if a == k {
		return -1
	}
	// What opens the street: the text or a line, a speaker's or a label's
	// colon, a dash, "на", "по", "да", or a town and a comma.
	switch {
	case a == 0 || s[a-1] == '\n':
		return a
	case a >= 2 && s[a-1] == ' ' && s[a-2] == ':':
		return a
	case strings.HasSuffix(s[:a], "— "):
		return a
	}
	var pb [32]byte
	switch string(prevWord(s, a, pb[:0])) {
	case "на", "по", "да", "адрес", "адресу":
		if a >= 2 && s[a-2] != ',' {
			return a
		}
	}
	if a >= 3 && s[a-2] == ',' {
		if b, e := prevWordBounds(s, a-2); e == a-2 && b < e && knownCity(s[b:e]) {
			return b // a town before: "екатеринбург, академика бардина, дом двадцать один"
		}
	}
	return -1
}

// streetShapedBefore reports a street's shape in the lower-case word that
// ends at e: an adjective's or a genitive's ending, or a known street.
func streetShapedBefore(s string, e int) bool {
	b := lowerCyrStart(s, e)
	return e-b >= 6 && (endsAny(s[b:e], "ая", "ой", "ей", "ий", "ый", "яя", "ого", "его", "ина", "ова", "ева", "ёва", "ых", "их") ||
		knownStreetWord(s, b, e) != 0)
}

// streetTurnStop reports a word that cannot be part of a street read back
// from "дом": pronouns, verbs and fillers of a caller's answer.
func streetTurnStop(w string) bool {
	switch w {
	case "короче", "значит", "вообще", "сейчас", "теперь", "просто", "только", "пожалуйста", "спасибо", "здравствуйте",
		"записывайте", "пишите", "запишите", "привезите", "приезжайте", "приходите", "адрес", "адресу", "повторяю",
		"это", "вот", "так", "ещё", "еще", "меня", "мой", "моя", "наш", "наша", "живу", "живём", "живем", "новый", "старый":
		return true
	}
	return false
}

// spokenFlatAfter reports a flat's, an office's or a building's word after
// a house at end: ", квартира", " кв", ", офис", ", корпус".
func spokenFlatAfter(s string, end int) bool {
	p := end
	if p < len(s) && s[p] == ',' {
		p++
	}
	p = skipSpaces(s, p)
	return startsAny(s[p:], "кв", "офис", "корпус", "корп", "подъезд")
}

// yearBefore reports a year and a space before the word at i, which makes
// "г." there a year's, not a town's: "поверка до 2029 г.".
func yearBefore(s string, i int) bool {
	return i >= 6 && s[i-1] == ' ' && allDigits(s[i-5:i-1])
}

// lowerCyrStart returns the start of the run of lower-case Cyrillic letters
// (а–я, ё) that ends at e, or e when there is none.
func lowerCyrStart(s string, e int) int {
	b := e
	for b >= 2 && (s[b-2] == 0xD0 && s[b-1] >= 0xB0 || s[b-2] == 0xD1 && (s[b-1] >= 0x80 && s[b-1] <= 0x8F || s[b-1] == 0x91)) {
		b -= 2
	}
	return b
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// addressRU builds an address around the street keyword s[i:j].
func (sc *scanner) addressRU(i, j int) int {
	s := sc.s
	kwEnd := j
	if kwEnd < len(s) && s[kwEnd] == '.' {
		if n := utf8.RuneCountInString(s[i:j]); n > 5 || n == 5 && s[i] >= 0x80 && cyrVowelEnd(s[i:j]) {
			return 0 // a full word before a full stop ends a sentence: "… общей площади. Для квартиры 64,5 м²", "разные улицы. Клиент …"; not "бульв."
		}
		kwEnd++
	}
	if w := s[i:j]; strings.EqualFold(w, "квартал") || strings.EqualFold(w, "квартала") || w == "кв-л" {
		// A town's numbered block needs its house: "пос. Мехзавод, 3-й квартал, д. 12", "г. Ангарск, 107-й кв-л, д. 12"; not a
		// quarter of the year, "НДС за 2 квартал 2025", "оплата за 3-й квартал, 12 000 руб."
		p := skipSpaces(s, kwEnd)
		for p < len(s) && isDigit(s[p]) {
			p++
		}
		if p < len(s) && s[p] == ',' {
			p++
		}
		p = skipSpaces(s, p)
		var buf [16]byte
		if f, _ := foldInto(buf[:0], s[p:wordEnd(s, p)]); addrKind(f) != akHouse {
			return 0
		}
	}
	if strings.HasPrefix(s[i:j], "лини") {
		var buf [32]byte
		switch string(prevWord(s, i, buf[:0])) {
		case "горячая", "горячей", "горячую", "телефонная", "справочная", "выделенная", "прямая", "прямой", "общая", "общую":
			return 0 // "Горячая линия 8 800 301-44-90": a phone line
		}
		b := -1
		if i > 0 && s[i-1] == ' ' {
			b = wordStartBefore(s, i-1)
		}
		if p := skipSpaces(s, kwEnd); p < len(s) && isDigit(s[p]) && !(b >= 0 && (isDigit(s[b]) || upperAt(s[b:]) && strings.HasSuffix(s[b:i-1], "ая") && !phoneLineNumber(s, p))) {
			return 0 // a line's number, "Стенограмма, линия 3"; a street is "5-я линия В.О.", "Кожевенная линия 7"
		}
	}
	start, end := -1, -1
	numberNext := false // "Красный проспект 77": the house number follows the keyword
	if kw := strings.ToLower(s[i:j]); strings.HasPrefix(kw, "площад") || kw == "пл" {
		named := kw == "пл" && kwEnd > j && i >= 2 && s[i-1] == ' ' // "Смоленская пл., д. 3", "Балканская пл., 5"
		if named {
			b := wordStartBefore(s, i-1)
			named = strings.HasPrefix(s[kwEnd:], ", д.") || strings.HasPrefix(s[kwEnd:], ", дом") ||
				b >= 0 && upperAt(s[b:]) && strings.HasSuffix(s[b:i-1], "ая") && skipSpaces(s, kwEnd+1) < len(s) && isDigit(s[skipSpaces(s, kwEnd+1)])
		}
		if p := skipSpaces(s, kwEnd); (p >= len(s) || !upperAt(s[p:])) && !named {
			return 0 // "Площадь помещения 45 кв. м": an area, not a square; but "Смоленская пл., д. 3"
		}
	}
	// Street name after the keyword: "ул. Ленина", "пр-т 60-летия Октября".
	p := skipSpaces(s, kwEnd)
	if q := p + len("им. "); strings.HasPrefix(s[p:], "им. ") && q < len(s) && (isDigit(s[q]) || upperAt(s[q:])) {
		p = q // "named after", the name after it: "ул. им. 40-летия Победы", "ул. им. Дзержинского"
	}
	if p < len(s) && (isASCIILetter(s[p]) || isDigit(s[p]) && !nameBeforeKeyword(s, i)) && strings.HasPrefix(s[i:j], "канал") {
		return 0 // a radio channel, not a canal: "сменить канал Wi-Fi на 36", "рация канал 4"; but "Обводный канал 14"
	}
	for tokens := 0; tokens < 4 && p < len(s); tokens++ {
		if (tokens > 0 || s[i] < 0x80) && (strings.HasPrefix(s[p:], "No. ") && p+4 < len(s) && isDigit(s[p+4]) ||
			strings.HasPrefix(s[p:], "No.") && p+3 < len(s) && isDigit(s[p+3])) {
			break // the house's number mark ends the name: "Jl. Raya Ubud No. 12", "Deviatinsky Pereulok No. 8"
		}
		if tokens == 0 && startsAny(s[p:], "им. ", "Им. ", "Ак. ", "Акад. ", "Ген. ", "Марш. ", "Адм. ") {
			if k := strings.IndexByte(s[p:], ' ') + 1; upperAt(s[p+k:]) {
				p += k // "пр-т им. В.И. Ленина", a title cut short before the surname: "ул. Ак. Королёва, 4"
				continue
			}
		}
		if sz, up := letterAt(s, p); sz > 0 && !up && tokens == 0 && isStreetLink(s, p) {
			// "наб. реки Мойки", "наб. р. Мойки": the link word leads the street name.
			q := wordEnd(s, p)
			if q < len(s) && s[q] == '.' {
				q++
			}
			if q+1 < len(s) && s[q] == ' ' {
				if _, up2 := letterAt(s, q+1); up2 {
					p = q + 1
					continue
				}
			}
		}
		q := -1
		if sz, up := letterAt(s, p); sz > 0 && !up && tokens == 0 && (!numberWord(s[p:wordEnd(s, p)]) || spokenJubileeName(s, p)) && !isUpperASCII(s[i]) && // not "Okhotny Ryad charged my card 2200 …"
			!strings.HasPrefix(s[i:j], "лини") && // "горячая линия бронирования 8 800 …" is no street
			!prepositionWord(s[p:wordEnd(s, p)]) && // "перекрыт проезд с 10 до 16"
			!startsAny(s[p:], "минус ", "плюс ") && // the weather: "на улице минус 20"
			!houseWordAt(s, p) { // "мичуринский проспект дом 9": the name stands before the keyword
			// "ул. ленина, д. 5", "улица красных зорь дом семнадцать": a
			// lower-case name of up to three words before the house part.
			for w, e := 0, wordEnd(s, p); w < 3 && e > p; w++ {
				if houseFollows(s, e) {
					q = e
					break
				}
				if e+1 >= len(s) || s[e] != ' ' {
					break
				}
				if sz2, up2 := letterAt(s, e+1); sz2 == 0 || up2 {
					break
				}
				e = wordEnd(s, e+1)
			}
			if q > 0 {
				end = q
				break
			}
		} else if sz > 0 && (up || tokens > 0 && end > 0 && (isStreetLink(s, p) || houseFollows(s, wordEnd(s, p)) || prepInStreetName(s, p))) {
			q = wordEnd(s, p) // "ул. Октябрьской революции, д. 9"
		} else if isDigit(s[p]) && tokens > 0 && end > 0 && alnumEnd(s, p) == p+4 && strings.HasPrefix(s[p+4:], " года") {
			q = p + 4 + len(" года") // a year inside the name: "ул. Революции 1905 года, 31"
		} else if isDigit(s[p]) && tokens == 0 {
			q = alnumEnd(s, p)
			if q+5 < len(s) && strings.HasPrefix(s[q:], " лет ") {
				if _, up := letterAt(s, q+len(" лет ")); up {
					q += len(" лет") // "ул. 10 лет Октября"
				}
			}
			if q >= len(s) || s[q] != ' ' {
				numberNext = q >= len(s) || s[q] == ',' || s[q] == '\n'
				q = -1 // "проспект 77, кв 301": a house number, not a street name
			} else if sz, up := letterAt(s, q+1); sz == 0 || !up {
				q = -1 // a bare number after the keyword is not a street name
			}
		}
		if q < 0 {
			break
		}
		var buf [64]byte
		if w, _ := foldInto(buf[:0], s[p:q]); addrKind(w) == akHouse && !(tokens == 0 && initialNamed(s, p, q)) {
			break // not the initial of the street's name, "ул. К. Маркса", that "к." (корпус) reads as
		}
		if sz, up := letterAt(s, p); up && (q == p+sz || q == p+2 && latinDigraphInitial(s[p:q])) && q+2 < len(s) && s[q] == '.' && s[q+1] == ' ' {
			if _, up2 := letterAt(s, q+2); up2 {
				q++ // "ул. Б. Хмельницкого": an initial inside the street name
			}
		} else if up && q == p+sz && q+1 < len(s) && s[q] == '.' {
			if sz2, up2 := letterAt(s, q+1); up2 && q+1+sz2 < len(s) && s[q+1+sz2] == '.' {
				q += 1 + sz2 + 1 // "Большой проспект П.С.": an abbreviated district
			}
		}
		if q+1 < len(s) && s[q] == '-' && isDigit(s[q+1]) {
			for q++; q < len(s) && isDigit(s[q]); q++ { // "мкр. Самал-2"
			}
		}
		end = q
		if q+1 >= len(s) || s[q] != ' ' {
			break
		}
		p = q + 1
		if tokens < 3 && (strings.HasPrefix(s[p:], "канала") || strings.HasPrefix(s[p:], "реки")) {
			if e := wordEnd(s, p); e-p == len("канала") || e-p == len("реки") {
				end = e // "наб. Обводного канала"
				if e+1 >= len(s) || s[e] != ' ' {
					break
				}
				p = e + 1
			}
		}
	}
	if end > 0 && end+2 < len(s) && s[end] == ' ' && s[i] >= 0x80 && !upperAt(s[end+1:]) {
		q := wordEnd(s, end+1)
		var buf [32]byte
		if w, _ := foldInto(buf[:0], s[end+1:q]); addrKind(w) == akStreet {
			end = q // a second keyword after the name: "ул. Графский пер., д. 14"
			if end < len(s) && s[end] == '.' {
				end++
			}
		}
	}
	if end > 0 {
		start = i
		if o := ordinalBefore(s, i); o >= sc.lastEnd && o >= 0 && strings.HasPrefix(s[i:j], "лини") {
			start = o // "12-я линия В.О."
		} else if b := wordStartBefore(s, i-1); i >= 2 && s[i-1] == ' ' && b >= sc.lastEnd && b >= 0 {
			if w := s[b : i-1]; adjectiveWord(w) || upperAt(w) && len(w) >= 8 && (strings.HasSuffix(w, "ом") || strings.HasSuffix(w, "ем")) {
				start = b // "Большой проспект П.С.", "Малая ул. Бронная", "на Малом пр. В.О."
			}
		}
	} else {
		// Street name before the keyword: "Ленинский проспект".
		b := i
		for b > 0 && s[b-1] == ' ' {
			b--
		}
		a := b
		for a > 0 {
			c := s[a-1]
			if c == ' ' || c == ',' || c == '.' || c == '\n' || c == '(' || c == ':' || c == '"' || c == '|' || c == ';' || c == '\t' ||
				c == 0xAB && a >= 2 && s[a-2] == 0xC2 { // «; a table's cell: "|Каширское ш., 86, кв. 17|"
				break
			}
			a--
		}
		if k := strings.LastIndexAny(s[a:b], "#*[]!?@"); k >= 0 {
			a += k + 1 // no street's name holds these; an operator's output does: "[PERSON_…]!12 проспект"
		}
		named := a < b && a >= sc.lastEnd
		if sz, up := letterAt(s, a); named && (sz == 0 || !up) && !isDigit(s[a]) {
			// Lower case only in speech, with a house number after the
			// keyword: "варшавское шоссе сто семьдесят дом два".
			n := skipSpaces(s, kwEnd)
			named = sz > 0 && (spokenNumberEnd(s, n) > n && (lowerAdjective(s[a:b]) || !strings.HasPrefix(s[i:j], "канал") && spokenStreetName(s[a:b])) || lowerAdjective(s[a:b]) && houseFollows(s, kwEnd) && !isDigit(s[n]) ||
				lowerAdjective(s[a:b]) && (wordsBefore(s, a, "на ", "по ") || addressCue(s, a)) && houseToken(s[n:alnumEnd(s, n)]) && !unitFollows(s, alnumEnd(s, n)))
			// "шиномонтаж на заводском шоссе 11", "адрес для посылки: 630099, новосибирск, красный проспект 25"
		}
		if !named && !numberNext {
			return 0
		}
		if !named {
			a = i // "на проспекте 77": the keyword opens the address
		}
		start, end = a, kwEnd
		if o := ordinalBefore(s, a); named && o >= sc.lastEnd {
			start = o // "3-й Голутвинский пер."
		}
		if b := wordStartBefore(s, start-1); named && start >= 2 && s[start-1] == ' ' && b >= sc.lastEnd && b >= 0 && adjectiveWord(s[b:start-1]) {
			start = b // "Большой Гнездниковский пер."
		}
		if kwEnd > j && (kwEnd >= len(s) || s[kwEnd] != ' ' && s[kwEnd] != ',') {
			end = j
		}
	}
	streetEnd := end
	hEnd := sc.houseParts(end)
	housed := hEnd > end
	if housed && strings.HasPrefix(s[hEnd:], "–") && hEnd+3 < len(s) && isDigit(s[hEnd+3]) && houseMarked(s[end:hEnd]) {
		hEnd = alnumEnd(s, hEnd+3) // one house with two numbers: "д. 7–9"
	}
	if housed && strings.HasPrefix(s[hEnd:], "–") && hEnd+3 < len(s) && isDigit(s[hEnd+3]) {
		return hEnd // a range of houses on a route, "ул. Курчатова 1–15", is nobody's address
	}
	end = sc.addressRight(hEnd)
	if housed && end == hEnd {
		end = sc.cityAfterHouse(end)
	}
	if s[i] < 0x80 {
		end = sc.enAddressTail(end) // "ul. Tverskaya 7, apt. 33, Moscow 125009"
	}
	hb := sc.houseBefore(start)
	score := float32(0.9)
	if hb == start && !housed && !numberNext && !strings.ContainsAny(s[streetEnd:end], "0123456789") {
		// A street with no house is not an address ("на пересечении ул.
		// Ленина и ул. Мира"): it scores below the reporting threshold
		// unless emit joins it to the next part ("мкр. Левобережный, ул.
		// Совхозная, д. 9").
		score = streetOnlyScore
	}
	if s[i] < 0x80 && hb == start && start == i && start >= 3 && s[start-1] == ' ' && !housed {
		// The house before a transliterated keyword: "14 Ulitsa Sadovaya, Kaliningrad".
		b := start - 1
		for b > 0 && isAlnum(s[b-1]) {
			b--
		}
		if b < start-1 && isDigit(s[b]) && houseToken(s[b:start-1]) && (b == 0 || !isAlnum(s[b-1])) && b >= sc.lastEnd {
			hb, score = b, 0.85
			end = sc.enAddressTail(end)
		}
	}
	start = sc.addressLeft(hb)
	if start == hb && score > streetOnlyScore {
		start = spokenCityBefore(s, start, sc.lastEnd)
		if start == hb {
			start = cityBeforeStreet(s, start, sc.lastEnd)
		}
	}
	sc.emit(start, end, tAddress, score, 0)
	return end
}

// spokenStreetName reports a lower-case word before a street's keyword and
// a number said aloud that may be the street's own name, as a partnership's
// line is named ("волга линия четыре"): no word the tables know, so not a
// speaker's label or a pronoun ("клиент улица сорок", "у нас проспект сто").
func spokenStreetName(w string) bool {
	in := tableInfo(w)
	return len(w) >= 8 && in.word == 0 && in.flags&(fRuFirst|fEnFirst) == 0
}

// spokenJubileeName reports a street's name said aloud that opens with a
// number and goes on with "лет" or "летия" and a word: "проспект сто летия
// владивостока дом сорок три", "улица сорок лет победы дом тридцать три".
func spokenJubileeName(s string, p int) bool {
	e := wordEnd(s, p)
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	return startsAny(s[e+1:], "лет ", "летия ")
}

// nameBeforeKeyword reports a capitalized word right before the keyword at
// i, as a street's name stands before "канал": "Обводный канал 14".
func nameBeforeKeyword(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	b := wordStartBefore(s, i-1)
	return b >= 0 && upperAt(s[b:])
}

// spokenCityBefore extends an address start over "город казань " written
// right before it, as speech recognition writes a city: no comma, lower case.
func spokenCityBefore(s string, start, lo int) int {
	if start < 2 || s[start-1] != ' ' {
		return start
	}
	b := wordStartBefore(s, start-1)
	if b < 2 || b < lo || s[b-1] != ' ' {
		return start
	}
	if sz, up := letterAt(s, b); sz == 0 || up {
		return start
	}
	a := wordStartBefore(s, b-1)
	if a >= lo && a >= 0 {
		switch s[a : b-1] {
		case "город", "г", "деревня", "село", "поселок", "посёлок", "пос", "станица", "хутор", "городе", "деревне", "селе",
			"поселке", "посёлке", "станице", "хуторе":
			return regionWordsBefore(s, a, lo) // "город тула улица …", "деревня сватково улица лесная дом семнадцать", "в деревне сорокино"
		}
	}
	return start
}

// regionWordsBefore extends a spoken address that opens at a over the
// region and district said before it: "московская область дмитровский район
// деревня ивлево …".
func regionWordsBefore(s string, a, lo int) int {
	for pairs := 0; pairs < 2 && a >= 2 && s[a-1] == ' '; pairs++ {
		k := wordStartBefore(s, a-1)
		if k < 2 || k < lo || s[k-1] != ' ' {
			break
		}
		switch s[k : a-1] {
		case "район", "область", "край", "округ", "района", "области":
		default:
			return a
		}
		m := wordStartBefore(s, k-1)
		if m < 0 || m < lo || !lowerAdjective(s[m:k-1]) {
			return a
		}
		a = m
	}
	return a
}

// cityBeforeStreet returns the start of a city named right before a street
// keyword at start with no comma between, as forms and transcripts write
// it: "Тюмень ул Республики 204", "г Москва ул Профсоюзная", "москва улица
// бутлерова"; start when none.
func cityBeforeStreet(s string, start, lo int) int {
	if start >= 4 && s[start-2:start] == ", " && s[start-3] >= 0x80 {
		// A town and a comma in lower case, as a transcript writes them, and
		// its postcode before it: "600007, владимир, проспект строителей, 9б".
		if b := wordStartBefore(s, start-2); b >= 0 && b >= lo && !upperAt(s[b:]) && cityWord(s[b:start-2]) {
			if a := b - 8; a >= 0 && a >= lo && s[b-2:b] == ", " && allDigits(s[a:b-2]) && (a == 0 || !isAlnum(s[a-1])) {
				return a
			}
			if a := spokenRunBefore(s, b, lo); a < b {
				return a // a postcode said in words: "четыреста сорок три ноль восемьдесят один, самара, ул. …"
			}
			if b >= 3 && s[b-2:b] == ", " {
				if r := wordStartBefore(s, b-2); r >= 0 && r >= lo && strings.HasSuffix(s[r:b-2], "область") {
					return r // its region before it: "ленобласть, гатчина, улица чехова …"
				}
			}
			return b
		}
	}
	if start < 3 || s[start-1] != ' ' {
		return start
	}
	b := wordStartBefore(s, start-1)
	if b < 0 || b < lo {
		return start
	}
	if !cityWord(s[b : start-1]) {
		return start
	}
	if b >= 3 && s[b-1] == ' ' {
		if a := wordStartBefore(s, b-1); a >= lo && a >= 0 && (s[a:b-1] == "г" || s[a:b-1] == "город" || s[a:b-1] == "Г") {
			return a
		}
	}
	return b
}

// spokenRunBefore returns the start of four or more number words and the
// ", " that end at b, a postcode said aloud, or b when none.
func spokenRunBefore(s string, b, lo int) int {
	if b < 4 || s[b-2:b] != ", " {
		return b
	}
	a, words := b-2, 0
	for a >= 2 && words < 12 {
		k := wordStartBefore(s, a)
		if k < 0 || k < lo {
			break
		}
		if _, ok := spokenWords[s[k:a]]; !ok {
			break
		}
		words++
		if k == 0 || s[k-1] != ' ' {
			a = k
			break
		}
		a = k - 1
		if words >= 4 && (a == 0 || s[a-1] < 0x80 && !isAlnum(s[a-1])) {
			break
		}
	}
	if words < 4 {
		return b
	}
	for a < b && s[a] == ' ' {
		a++
	}
	return a
}

// ruCities are Russian and CIS cities and towns, folded, in the nominative
// that addresses use.
var ruCities = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("москва санкт-петербург спб питер новосибирск екатеринбург казань нижний-новгород " +
		"челябинск самара омск ростов-на-дону уфа стерлитамак красноярск воронеж пермь волгоград краснодар саратов тюмень тольятти " +
		"ижевск барнаул ульяновск иркутск хабаровск ярославль владивосток махачкала томск оренбург кемерово новокузнецк " +
		"рязань астрахань пенза липецк киров чебоксары тула калининград курск ставрополь сочи тверь иваново брянск " +
		"белгород сургут владимир архангельск калуга смоленск мурманск чита саранск вологда якутск грозный кострома " +
		"петрозаводск таганрог нижневартовск йошкар-ола новороссийск сыктывкар нальчик шахты орёл орел дзержинск " +
		"благовещенск псков ангарск энгельс великий-новгород бийск прокопьевск балашиха химки подольск мытищи королёв " +
		"королев люберцы красногорск одинцово домодедово зеленоград раменское электросталь коломна серпухов щёлкино " +
		"щелково пушкино реутов долгопрудный жуковский видное лобня дмитров истра наро-фоминск ногинск сергиев-посад " +
		"обнинск солнечногорск чехов клин ступино лыткарино дубна фрязино ивантеевка троицк всеволожск гатчина колпино " +
		"пушкин петергоф кронштадт сестрорецк выборг минск алматы астана нур-султан шымкент караганда бишкек ташкент " +
		"самарканд душанбе ереван тбилиси баку кишинёв кишинев рига вильнюс таллин батуми стамбул анталья аланья хургада " +
		"паттайя пхукет дубай мекка медина джидда манила королёв королев армения грузия казахстан узбекистан киргизия кыргызстан таджикистан азербайджан турция " +
		"фергана наманган андижан бухара хива нукус карши термез ургенч джизак навои худжанд куляб бохтар ош джалал-абад каракол нарын токмок " +
		"улан-удэ улан-батор улаанбаатар махачкала дербент актау атырау актобе костанай сумгаит вильнюс каунас клайпеда " +
		"надым ноябрьск салехард когалым нягань мегион лангепас урай усинск воркута ухта лабытнанги муравленко губкинский ростов " +
		"новый-уренгой норильск нефтеюганск ханты-мансийск " +
		"шерегеш домбай кировск теберда архыз абзаково тара исилькуль салават") { // ski resorts: "Шерегеш, Подгорная 14, шале 3"
		m[c] = true
	}
	return m
}()

// streetOnlyScore is below the default threshold: a street without a house.
const streetOnlyScore = 0.4

// houseBefore extends an address start over a house part that precedes the
// street with "по": "д. 5 по ул. Садовой", "кв. 16 в доме 9 по ул. Мира".
func (sc *scanner) houseBefore(start int) int {
	s := sc.s
	p := start
	if !strings.HasSuffix(s[:p], " по ") {
		return start
	}
	p -= len(" по ")
	best := start
	marker, number := false, false
	for tokens := 0; tokens < 7 && p > sc.lastEnd; tokens++ {
		b := p
		for b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' {
			b--
		}
		if b == p || b < sc.lastEnd {
			break
		}
		tok := strings.TrimSuffix(s[b:p], ".")
		if tok == "" {
			return best // a lone full stop: "кв. . по"
		}
		var buf [32]byte
		f, _ := foldInto(buf[:0], tok)
		switch {
		case isDigit(tok[0]) && (strings.Contains(tok, "–") || strings.Contains(tok, "—")):
			return start // a range of houses, nobody's address: "дома 1–15 по ул. Лермонтова"
		case isDigit(tok[0]):
			number = true
		case addrKind(f) == akHouse:
			marker = true
			if number {
				best = b
			}
		case string(f) == "в" && marker:
		default:
			return best
		}
		p = b
		for p > 0 && (s[p-1] == ' ' || s[p-1] == ',') {
			p--
		}
	}
	return best
}

// addressRight extends an address end over a trailing postcode and city:
// "…, кв. 9, г. Белгород, 308000", "…, корп. 4, 107140, Москва".
func (sc *scanner) addressRight(end int) int {
	s := sc.s
	postcode := false
	for parts := 0; parts < 3; parts++ {
		if end+2 >= len(s) || s[end] != ',' || s[end+1] != ' ' {
			break
		}
		p := end + 2
		if isDigit(s[p]) {
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q-p != 6 || q < len(s) && isAlnum(s[q]) {
				break
			}
			end, postcode = q, true
			continue
		}
		if k := regionPartRU(s, end); k > end {
			end = k // a district after the house: "с. Вёшки, ул. Школьная, д. 3, Ростовский р-н Ярославской обл."
			continue
		}
		if k := partnershipAt(s, p); k > 0 {
			end = k // a cottage settlement after its street: "ул. Кленовая, д. 9, КП «Никольские Холмы»"
			continue
		}
		if strings.HasPrefix(s[p:], "г.о. ") {
			if _, up := letterAt(s, p+len("г.о. ")); up {
				end = wordEnd(s, p+len("г.о. ")) // an urban district: ", д. Лужки, г.о. Истра"
				continue
			}
		}
		sz, up := letterAt(s, p)
		if sz == 0 {
			break
		}
		q := wordEnd(s, p)
		var buf [32]byte
		f, _ := foldInto(buf[:0], s[p:q])
		if !up {
			if addrKind(f) != akCity && string(f) != "с" && string(f) != "п" && string(f) != "д" || q >= len(s) || s[q] != '.' {
				break // but a village or a settlement by its letter after the house: ", с. Кабардинка", ", п. Витязево", ", д. Лужки"
			}
			r := skipSpaces(s, q+1)
			if _, up2 := letterAt(s, r); !up2 || r == q+1 {
				break
			}
			end = wordEnd(s, r) // ", г. Белгород"
			if end+2 < len(s) && s[end] == ' ' && (adjectiveWord(s[r:end]) || endsAny(s[r:end], "ое", "ые")) && upperAt(s[end+1:]) {
				end = wordEnd(s, end+1) // ", д. Малое Толбино", ", п. Новый Свет"
			}
			end = sc.houseParts(end) // the house in the village: "38-й км, д. Малое Толбино, д. 6"
			continue
		}
		if !postcode && string(f) != "россия" && !(ruCities[string(f)] && !firstNameAt(s, p)) {
			break // but a known city after the house: "Сурганова 57Б-122, Минск, 220100"
		}
		end = q // "107140, Москва"
	}
	return end
}

// cityAfterHouse extends an address that ends in a house number over a
// following ", Город": "ул. Титова, 38/1, Новосибирск". The word must be a
// capitalized Cyrillic word that no name table knows as a name part, not a
// patronymic, and not followed by another capitalized word ("…, 5, Петров
// Иван"); a surname shape needs the end of the sentence after it.
func (sc *scanner) cityAfterHouse(end int) int {
	s := sc.s
	if end+3 >= len(s) || s[end] != ',' || s[end+1] != ' ' || s[end+2] < 0x80 {
		return end
	}
	p := end + 2
	if _, up := letterAt(s, p); !up {
		return end
	}
	q := wordEnd(s, p)
	var buf [64]byte
	f, ok := foldInto(buf[:0], s[p:q])
	if !ok || len(f) < 6 {
		return end
	}
	if in, found := wordTab.get(f); found && (in.isName() || in.word&^wStop != 0) {
		return end
	}
	if _, ok := matchEnding(f, patronymicEndings, 6); ok {
		return end
	}
	if q+8 <= len(s) && s[q] == ',' && s[q+1] == ' ' && allDigits(s[q+2:q+8]) && (q+8 == len(s) || !isAlnum(s[q+8])) {
		return q + 8 // "ул. Баумана 44, кв. 9, Казань, 420111"
	}
	closed := q == len(s) || strings.IndexByte(".!?;)\n", s[q]) >= 0
	if _, ok := matchEnding(f, surnameEndings, 4); ok && !closed {
		return end
	}
	if !closed {
		if q+1 >= len(s) || s[q] != ' ' && s[q] != ',' {
			return end
		}
		r := skipSpaces(s, q+1)
		if _, up := letterAt(s, r); up || addrKindAt(s, r, wordEnd(s, r)) == akStreet {
			return end // nor the next street's name: "ул. Ново-Садовая, 106, Московское ш., 41"
		}
	}
	return q
}

// numberedMicrodistrict reads a microdistrict named by its number, before
// or after the word, with a building after it, as an address: "Aktau, 14th
// microdistrict, building 52, office 3", "130000 Aktau, microdistrict 9,
// building 23". s[i:j] is the word. It returns the end, or 0.
func (sc *scanner) numberedMicrodistrict(i, j int) int {
	s := sc.s
	start, end := ordinalBefore(s, i), j
	if start < 0 && i >= 2 && s[i-1] == ' ' {
		b := i - 1
		for b > 0 && isAlnum(s[b-1]) && i-1-b < 4 {
			b--
		}
		if b < i-1 && isDigit(s[b]) && (b == 0 || !isAlnum(s[b-1])) && (isDigit(s[i-2]) || isUpperASCII(s[i-2]) && b < i-2 && isDigit(s[i-3])) {
			start = b // a microdistrict by its number alone: "Ulan-Ude, 140B microdistrict, bldg 12"
		}
	}
	if start < sc.lastEnd {
		start = -1
	}
	if j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
		end = alnumEnd(s, j+1) // "microdistrict 9"
	} else if q := j + 2; start < 0 && s[i:j] == "mkr" && q < len(s) && s[j] == '.' && s[j+1] == ' ' && isUpperASCII(s[q]) {
		end = wordEnd(s, q) // a microdistrict by its name: "mkr. Ainabulak-3, d. 112, kv. 45, Almaty"
		if end+1 < len(s) && s[end] == '-' && isDigit(s[end+1]) {
			end = alnumEnd(s, end+1)
		}
	} else if start < 0 {
		return 0
	}
	if start < 0 {
		start = i
	}
	e := sc.enAddressTail(end)
	if e == end {
		e = sc.enAddressTail(sc.houseParts(end)) // a transliterated house: "d. 112, kv. 45"
	}
	if e == end || !strings.ContainsAny(s[end:e], "0123456789") {
		return 0 // no building: "the 14th microdistrict is far"
	}
	sc.emit(sc.addressLeft(start), e, tAddress, 0.85, 0)
	return e
}

// residentialComplex emits a new-build residential complex after its "ЖК"
// or "ZhK" at s[i:j], by its name, quoted or of up to three capitalized
// words, and the building after a comma: "ЖК Солнечный, литер 3, кв. 45",
// "ЖК «Новоград», корп. 5, кв. 318", "ZhK Svetlograd, lit. 2, apt 88,
// Krasnodar". A complex with no flat is no address. It returns the end, or
// 0.
func (sc *scanner) residentialComplex(i, j int) int {
	s := sc.s
	p := j + 1
	if strings.HasPrefix(s[p:], "«") {
		c := strings.Index(s[p:], "»")
		if c < 0 || c > 60 {
			return 0
		}
		p += c + len("»")
	} else {
		e := p
		for words := 0; words < 3; words++ {
			if _, up := letterAt(s, e); !up {
				break
			}
			e = wordEnd(s, e)
			if e+1 >= len(s) || s[e] != ' ' {
				break
			}
			if _, up := letterAt(s, e+1); !up {
				break
			}
			e++
		}
		if e == p {
			return 0
		}
		p = e
	}
	if p+3 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return 0
	}
	q := p + 2
	w := s[q:wordEnd(s, q)]
	var buf [16]byte
	f, _ := foldInto(buf[:0], w)
	switch string(f) {
	case "литер", "лит", "корп", "корпус", "дом", "д", "строение", "стр", "building", "bldg", "liter", "lit", "house", "block":
	default:
		return 0
	}
	var end int
	if s[i] < 0x80 {
		end = sc.enAddressTail(p)
	} else {
		end = sc.houseParts(p)
	}
	if end <= q || !strings.ContainsAny(s[q:end], "0123456789") || !containsAny(s[q:end], "кв", "apt", "flat", "apartment") {
		return 0 // a building without a flat is a site more often than a home: "ЖК «Северный», корпус 5"
	}
	if s[i] >= 0x80 {
		end = sc.addressRight(end)
	}
	sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0)
	return end
}

// residentialComplexEN emits a new-build residential complex named in
// English with its building after it, from "complex" at s[i:j]: "Podolsk,
// Rechnoy residential complex, bldg 3, apt 212". It returns the end, or 0.
func (sc *scanner) residentialComplexEN(i, j int) int {
	s := sc.s
	const rc = "residential "
	if i < len(rc)+3 || s[i-len(rc):i] != rc || s[i-len(rc)-1] != ' ' {
		return 0
	}
	b := i - len(rc) - 1
	a, p := b, b
	for words := 0; words < 2; words++ {
		w := wordStartBefore(s, p)
		if w < 0 || !isUpperASCII(s[w]) {
			break
		}
		a = w
		if a < 2 || s[a-1] != ' ' || s[a-2] == ',' || s[a-2] == ':' {
			break
		}
		p = a - 1
	}
	if a == b || a < sc.lastEnd {
		return 0
	}
	e := sc.enAddressTail(j)
	if e == j || !strings.ContainsAny(s[j:e], "0123456789") {
		return 0 // a building must follow: not "the Rechnoy residential complex is nice"
	}
	sc.emit(sc.enPlacesBefore(a), e, tAddress, 0.85, 0)
	return e
}

// gluedQuarter reads a Tashkent quarter whose number is glued to its word,
// at the digits at i, as an address: "4-квартал, д. 12, кв. 48",
// "Chilonzor 9-kvartal, 15-uy, 42-xonadon". It returns the end, or 0.
func (sc *scanner) gluedQuarter(i int) int {
	s := sc.s
	k := i
	for k < len(s) && k-i < 3 && isDigit(s[k]) {
		k++
	}
	if k+8 >= len(s) || s[k] != '-' || !startsAny(s[k+1:], "квартал", "kvartal") {
		return 0
	}
	e := sc.addressRU(k+1, wordEnd(s, k+1))
	if e > 0 && sc.lastEnd == e {
		for n := uzbekHouseAt(s, e); n > e; n = uzbekHouseAt(s, e) {
			e = n // the house and the flat in Uzbek: "15-uy, 42-xonadon"
		}
		sp := &sc.out[len(sc.out)-1]
		sp.end, sc.lastEnd = e, e
		if sp.start == i && i >= 2 && s[i-1] == ' ' {
			prev := 0
			if n := len(sc.out); n >= 2 {
				prev = sc.out[n-2].end
			}
			if b := wordStartBefore(s, i-1); b >= prev && upperAt(s[b:]) {
				sc.lastEnd = prev
				sp.start = sc.addressLeft(b) // its district before it: "Tashkent, Chilonzor 9-kvartal"
				sc.lastEnd = e
			}
		}
	}
	return e
}

// uzbekHouseAt returns the end of an Uzbek house or flat part at e, its
// suffix glued to its number ("-uy", "-xonadon") and, unless the number
// itself ends at e, a comma before it; or e.
func uzbekHouseAt(s string, e int) int {
	p := e
	if strings.HasPrefix(s[p:], ", ") {
		p += 2
		for p < len(s) && isDigit(s[p]) {
			p++
		}
		if p == e+2 {
			return e
		}
	} else if e == 0 || !isDigit(s[e-1]) {
		return e
	}
	for _, w := range [...]string{"-uy", "-xonadon", "-уй", "-хонадон"} {
		if strings.HasPrefix(s[p:], w) && (p+len(w) == len(s) || !isAlnum(s[p+len(w)])) {
			return p + len(w)
		}
	}
	return e
}

// ordinalBefore returns the start of an ordinal ("3-й", "1-я", "2-ой")
// that ends one space before a, or -1.
func ordinalBefore(s string, a int) int {
	if a < 4 || s[a-1] != ' ' {
		return -1
	}
	if b := a - 4; b >= 1 && isDigit(s[b]) && (s[a-3:a-1] == "st" || s[a-3:a-1] == "nd" || s[a-3:a-1] == "rd" || s[a-3:a-1] == "th") {
		for b > 0 && isDigit(s[b-1]) {
			b--
		}
		if b == 0 || s[b-1] == ' ' || s[b-1] == ',' || s[b-1] == '\n' {
			return b // "2nd Yuzhnoportovy proezd", "1st Tverskaya-Yamskaya St."
		}
	}
	if a < 5 {
		return -1
	}
	p := a - 1
	b := p
	for b > 0 && s[b-1] >= 0x80 && p-b < 6 {
		b--
	}
	if b == p || b < 2 || s[b-1] != '-' || !isDigit(s[b-2]) {
		return -1
	}
	switch s[b:p] {
	case "й", "я", "е", "ой", "ая", "ый", "ий":
	default:
		return -1
	}
	d := b - 1
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d > 0 && s[d-1] != ' ' && s[d-1] != ',' && s[d-1] != '\n' && s[d-1] != ':' {
		return -1
	}
	return d
}

// houseFollows reports whether a house number or house marker follows p:
// ", д. 5", " 12", ", 14".
func houseFollows(s string, p int) bool {
	if p < len(s) && s[p] == ',' {
		p++
	}
	p = skipSpaces(s, p)
	if p >= len(s) {
		return false
	}
	if isDigit(s[p]) {
		return true
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[p:wordEnd(s, p)])
	if sw, ok := spokenWords[string(w)]; ok && s[p] >= 0x80 && sw.v > 0 {
		// A house read out: "на улице гагарина тридцать один"; not a count, "три года назад".
		q := wordEnd(s, p)
		for q+1 < len(s) && s[q] == ' ' {
			e := wordEnd(s, q+1)
			if _, more := spokenWords[s[q+1:e]]; !more {
				return !countNoun(s[q+1 : e])
			}
			q = e
		}
		return true
	}
	if string(w) == "d" || string(w) == "dom" {
		q := p + len(w)
		if q < len(s) && s[q] == '.' {
			q++
		}
		q = skipSpaces(s, q)
		return q < len(s) && isDigit(s[q]) // transliterated: "ul. shcherbakova d.4 kv.105"
	}
	return addrKind(w) == akHouse
}

// prepositionWord reports a Russian preposition, which opens no street's
// name: "проезд с 10 до 16".
func prepositionWord(w string) bool {
	switch w {
	case "с", "со", "в", "во", "на", "до", "от", "по", "к", "у", "за", "из", "для", "без", "при", "около":
		return true
	}
	return false
}

// dayRange reports days joined by a dash: "17-19", "3–5".
func dayRange(w string) bool {
	d := strings.IndexAny(w, "-–")
	if d < 1 || d > 2 {
		return false
	}
	r := strings.TrimPrefix(strings.TrimPrefix(w[d:], "-"), "–")
	return allDigits(w[:d]) && len(r) >= 1 && len(r) <= 2 && allDigits(r)
}

// amountEnd returns the end of a sum whose first digits end at d, over
// groups of three digits after a comma: "1,000".
func amountEnd(s string, d int) int {
	for d+3 < len(s) && s[d] == ',' && isDigit(s[d+1]) && isDigit(s[d+2]) && isDigit(s[d+3]) && (d+4 == len(s) || !isDigit(s[d+4])) {
		d += 4
	}
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	return d
}

// countNoun reports a word counted by a number before it: "года", "минут",
// "человек", "рублей".
func countNoun(w string) bool {
	switch w {
	case "год", "года", "лет", "день", "дня", "дней", "неделя", "недели", "недель", "месяц", "месяца", "месяцев", "час",
		"часа", "часов", "минута", "минуты", "минут", "раз", "раза", "человек", "рубль", "рубля", "рублей", "тысяч",
		"тысячи", "метров", "километров", "км", "штук", "штуки", "процентов", "градус", "градуса", "градусов", "детей",
		"ребят", "учеников", "человека", "мест", "места":
		return true
	}
	return false
}

// isStreetLink accepts lower-case words inside a street name: "имени",
// "им.", and the "реки"/"канала" of embankments ("наб. реки Мойки", "наб.
// р. Мойки").
func isStreetLink(s string, p int) bool {
	return startsAny(s[p:], "имени", "им.", "реки ", "канала ", "р. ")
}

// prepInStreetName reports a preposition or "и" inside a street's name at
// p, a capitalized word and a house part after it: "ул. Шоссе в Лаврики, д.
// 85", "пл. Минина и Пожарского, 2/2".
func prepInStreetName(s string, p int) bool {
	for _, w := range [...]string{"в ", "на ", "и "} { // and two names joined: "пл. Минина и Пожарского, 2/2"
		if strings.HasPrefix(s[p:], w) {
			q := p + len(w)
			if _, up := letterAt(s, q); up {
				return houseFollows(s, wordEnd(s, q))
			}
		}
	}
	return false
}

// adjectiveUnitAt returns the end of a lower-case adjective and the floor,
// block or entrance word it qualifies at p ("цокольный этаж",
// "административный корпус", "левый флигель"), or p.
func adjectiveUnitAt(s string, p int) int {
	if p >= len(s) || s[p] != 0xD0 && s[p] != 0xD1 || upperAt(s[p:]) {
		return p
	}
	a := wordEnd(s, p)
	if a+1 >= len(s) || s[a] != ' ' || !endsAny(s[p:a], "ый", "ий", "ой") || a-p < 8 {
		return p
	}
	switch s[p:a] {
	case "какой", "такой", "другой", "который", "каждый", "любой", "второй", "третий": // a question or another one: "Островского 59, какой подъезд?"
		return p
	}
	e := wordEnd(s, a+1)
	switch s[a+1 : e] {
	case "этаж", "корпус", "подъезд", "флигель", "павильон": // not "служебный вход", "гаражный бокс"
		return e
	}
	return p
}

// houseParts extends an address end over ", д. 5", ", дом 12/3", " 14а",
// ", корп. 2", ", кв. 45", ", офис 3".
func (sc *scanner) houseParts(end int) int {
	s := sc.s
	for parts := 0; parts < 5; parts++ {
		p := end
		if p < len(s) && s[p] == ',' {
			if p+1 < len(s) && isDigit(s[p+1]) {
				break // a CSV row's next cell: "…,Калуга Пухова 23А,9"
			}
			p++
		}
		p = skipSpaces(s, p)
		if p >= len(s) {
			break
		}
		d := p
		for d < len(s) && d-p < 3 && isDigit(s[d]) {
			d++
		}
		if d > p && d-p <= 2 && d+4 < len(s) && s[d] == ' ' && (isUpperASCII(s[d+1]) && englishMonth(s[d+1:wordEnd(s, d+1)]) || ruMonthGenitive(s[d+1:wordEnd(s, d+1)])) {
			break // a date after the street, not its house: "speeding on Leningradskoye Shosse, 19 Aug", "на Каширском шоссе 2 марта"
		}
		if e := noNumberAt(s, p); e > p && (parts > 0 || p > end) {
			end = e // a house with no number: "ул. Степная, б/н"
			continue
		}
		marker := false
		if parts == 0 && strings.HasPrefix(s[p:], "No. ") && p+4 < len(s) && isDigit(s[p+4]) {
			p, marker = p+4, true // a house after its street in Indonesia: "Jl. Raya Ubud No. 12"
		} else if parts == 0 && strings.HasPrefix(s[p:], "No.") && p+3 < len(s) && isDigit(s[p+3]) {
			p, marker = p+3, true // "Jl. By Pass Ngurah Rai No.100X"
		} else if parts > 0 && p == end+1 && strings.HasPrefix(s[p:], "m. ") && p+3 < len(s) && isDigit(s[p+3]) && isDigit(s[end-1]) {
			p, marker = p+3, true // a Polish flat after its house: "ul. Marszałkowska 12 m. 5"
		}
		if e := adjectiveUnitAt(s, p); parts > 0 && p == end+2 && s[end] == ',' && e > p {
			end = e // a floor or a block by its kind: "ул. Стачек, 62, цокольный этаж", "1, административный корпус, каб. 105"
			continue
		}
		if parts > 0 && startsAny(s[p:], "нежилое помещение ", "нежилое пом. ", "жилое помещение ") {
			p += strings.IndexByte(s[p:], ' ') + 1 // a premises' kind before its word: "д. 86, нежилое помещение 12"
		}
		if sz, _ := letterAt(s, p); sz > 0 {
			q := wordEnd(s, p)
			var buf [32]byte
			w, _ := foldInto(buf[:0], s[p:q])
			if k := addrKind(w); k != akHouse && !(s[p] < 0x80 && (k == akENUnit || string(w) == "d" || string(w) == "str")) {
				if e := spokenNumberEnd(s, p); parts == 0 && p > end && e > p && (!ordinalWordAt(s, e) || ordinalEntrance(s, e) > e) {
					end = houseLetterAfter(s, e) // speech, the house after the street: "шоссе сто семьдесят дом два", "труда сто пятьдесят шесть второй подъезд"
					continue
				}
				if e := ordinalEntrance(s, end); e > end && (p == end+1 || p == end+2 && s[end] == ',') {
					end = e // an entrance or a floor by its ordinal after a spoken house: "второй подъезд пятый этаж", ", пятый подъезд"
					continue
				}
				break
			}
			marker = true
			if q < len(s) && s[q] == '.' {
				q++
			}
			p = skipSpaces(s, q)
			if r := wordEnd(s, p); (string(w) == "подъезд" || string(w) == "этаж") && ordinalRU(s[p:r]) {
				end = r // the ordinal after its word: "подъезд третий этаж шестой"
				continue
			}
			if p < len(s) && strings.HasPrefix(s[p:], "№") {
				p = skipSpaces(s, p+len("№"))
			}
			if sz, up := letterAt(s, p); up && wordEnd(s, p) <= p+2*sz && (strings.HasPrefix(string(w), "лит") ||
				wordEnd(s, p) == p+sz && (string(w) == "корп" || string(w) == "стр" || string(w) == "корпус" || string(w) == "строение" ||
					string(w) == "блок" || string(w) == "секция" || string(w) == "пом" || string(w) == "помещение")) {
				end = alnumEnd(s, p) // "лит. А", "лит. АК", "корп. В", "стр. Б", "блок C", "пом. П3"
				continue
			}
			if strings.HasPrefix(s[p:], "«") {
				if c := strings.Index(s[p:], "»"); c > 0 && c < 60 && strings.IndexByte(s[p:p+c], ',') < 0 {
					end = p + c + len("»") // "башня «Федерация»"
					continue
				}
			}
		}
		if e := noNumberAt(s, p); marker && e > p {
			end = e // "д. б/н"
			continue
		}
		if marker && p+1 < len(s) && strings.IndexByte("IVXL", s[p]) >= 0 {
			q := p
			for q < len(s) && q-p < 6 && strings.IndexByte("IVXL", s[q]) >= 0 {
				q++
			}
			if q == len(s) || !isAlnum(s[q]) {
				end = q // "помещ. XI", "пом. I"
				continue
			}
		}
		if p < len(s) && !isDigit(s[p]) && marker {
			if q := spokenNumberEnd(s, p); q > p {
				end = houseLetterAfter(s, q) // speech: "дом семьдесят семь корпус два", "шоссе сто семьдесят", "дом восемь б"
				continue
			}
		}
		if p >= len(s) || !isDigit(s[p]) {
			break
		}
		if !marker && (parts > 0 || ordinalUnitAt(s, p)) {
			// "36 этаж": a number before its marker.
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q-p > 3 {
				break
			}
			if q-p <= 2 && (strings.HasPrefix(s[q:], "-й ") || strings.HasPrefix(s[q:], "-ой ")) {
				q = strings.IndexByte(s[q:], ' ') + q // an ordinal floor or entrance: "16, 1-й этаж"
			}
			if q+1 >= len(s) || s[q] != ' ' {
				break
			}
			if sz, _ := letterAt(s, q+1); sz == 0 {
				break
			}
			e := wordEnd(s, q+1)
			var buf [32]byte
			if w, _ := foldInto(buf[:0], s[q+1:e]); addrKind(w) != akHouse {
				break
			}
			end = e
			continue
		}
		q := p
		for q < len(s) && (isDigit(s[q]) || s[q] == '/' || s[q] == '-' && q+1 < len(s) && isDigit(s[q+1])) {
			q++
		}
		if !marker && startsAny(s[q:], "-й ", "-я ", "-го ", "-ый ") && !startsAny(s[q+strings.IndexByte(s[q:], ' ')+1:], "км", "килом") {
			break // an ordinal is no building, "Лесная 5, 2-й раз звоню"; but a highway's "22-й км"
		}
		if marker && q+1 < len(s) && s[q] == ':' && isDigit(s[q+1]) && p-end <= len(" к ") {
			break // "к 15:00" is a time, not корпус 15: "в салон на пр. Аль-Фараби к 15:00"
		}
		if marker && q-p == 2 && q+2 < len(s) && s[q] == '.' && isDigit(s[q+1]) && isDigit(s[q+2]) && (q+3 == len(s) || !isDigit(s[q+3])) &&
			(s[q+1] == '0' || s[q+1] == '1' && s[q+2] <= '2') && strings.HasSuffix(strings.TrimRight(s[end:p], " "), "дом") {
			break // a day and a month after "на дом": "выезд врача на дом 21.11"
		}
		if !marker && q-p <= 2 && q+2 < len(s) && (s[q] == '.' || s[q] == ':') && isDigit(s[q+1]) && isDigit(s[q+2]) && (q+3 == len(s) || !isDigit(s[q+3])) {
			break // a date or a time after the street: "на Дмитровском шоссе 31.03 работает", "ул. Декабристов до 10:00"
		}
		if !marker && parts == 0 && q < len(s) && s[q] == ' ' && unitFollows(s, q) && !(strings.HasPrefix(s[q:], " км") && (houseFollows(s, q+len(" км")) ||
			tractKm(s, end, q+len(" км")))) {
			break // a count: "пешеходная улица, 5 минут до Кремля"; but a highway's kilometre and its house, "шоссе, 18 км, д. 25А"
		}
		if !marker && q+1 < len(s) && s[q] == ',' && isDigit(s[q+1]) {
			break // a decimal: "канал MaxPlays, 1,2 млн подписчиков"
		}
		if !marker && q+1 < len(s) && s[q] == '-' {
			if sz, up := letterAt(s, q+1); sz > 0 && !up {
				if e := wordEnd(s, q+1); e+1 < len(s) && s[e] == ' ' {
					if sz2, up2 := letterAt(s, e+1); sz2 > 0 && up2 {
						break // an ordinal opening the next street: "Рублёво-Успенское шоссе, 1-я Новоглаголевская ул.", not "22-й км"
					}
				}
			}
		}
		if q+3 < len(s) && s[q] == ' ' && s[q+1] == 0xD0 && s[q+2] >= 0xB0 && s[q+2] <= 0xB3 && (q+3 == len(s) || s[q+3] == ' ' || s[q+3] == ',') &&
			marker && houseFollows(s, q+3) {
			q += 3 // speech: "дом 17 б квартира 54"
		} else if q+1 < len(s) && s[q] == '-' {
			if sz, up := letterAt(s, q+1); sz > 0 && up && (q+1+sz >= len(s) || !isAlnum(s[q+1+sz])) {
				q += 1 + sz // "пом. 12-Н"
			}
		} else if marker && q+1 < len(s) && s[q] == '.' && isDigit(s[q+1]) && q-p <= 3 {
			r := q + 1
			for r < len(s) && isDigit(s[r]) {
				r++
			}
			if r-q <= 3 && (r == len(s) || !isAlnum(s[r]) && (s[r] != '.' || r+1 == len(s) || s[r+1] == ' ')) {
				q = r // a room on its floor: "офис 4.05"
			}
		}
		if r := q + len(" дробь "); r < len(s) && strings.HasPrefix(s[q:], " дробь ") && isDigit(s[r]) {
			for q = r; q < len(s) && isDigit(s[q]); q++ { // a slash said aloud: "чистопольская 20 дробь 12 квартира 30"
			}
		}
		if sz, _ := letterAt(s, q); sz > 0 && (q+sz >= len(s) || !isAlnum(s[q+sz])) {
			q += sz // 12а, 5Б
			if q+1 < len(s) && s[q] == '/' && isDigit(s[q+1]) {
				for q++; q < len(s) && isDigit(s[q]); q++ { // "219А/4"
				}
			} else if q+1 < len(s) && s[q] == '-' && isDigit(s[q+1]) {
				r := q + 1
				for r < len(s) && isDigit(s[r]) {
					r++
				}
				if r-q <= 5 && (r == len(s) || !isAlnum(s[r]) && s[r] < 0x80) {
					q = r // a lettered house and its flat: "ул. Алеутская 45А-302"
				}
			}
		} else if sz == 2 && q+2 < len(s) && isDigit(s[q+2]) && (s[q:q+2] == "с" || s[q:q+2] == "к") {
			q += 2 // "7/5с1", "12к2": строение or корпус glued to the house number
			for q < len(s) && isDigit(s[q]) {
				q++
			}
		}
		if e := ordinalEntrance(s, q); e > q {
			q = e // "кв. 64, третий подъезд"
		}
		for _, km := range [...]string{"-й км", "-м км", " км"} {
			if strings.HasPrefix(s[q:], km) && (q+len(km) == len(s) || !isAlnum(s[q+len(km)])) {
				q += len(km) // a highway's kilometre: "Киевское шоссе, 22-й км"
				break
			}
		}
		end = q
	}
	return end
}

// tractKm reports a tract's kilometre that ends an address part at k, the
// tract's word right before the part at end: "на Чуйском тракте, 455 км,
// кемпинг", "Чуйский тракт, 478 км."
func tractKm(s string, end, k int) bool {
	return (k == len(s) || s[k] == ',' || s[k] == '.' || s[k] == '\n' || s[k] == ')') && containsAny(s[max(0, end-16):end], "тракт", "Тракт")
}

// noNumberAt returns the end of "б/н" or "b/n" (без номера, a house with no
// number) at p, or p.
func noNumberAt(s string, p int) int {
	for _, w := range [...]string{"б/н", "b/n"} {
		if e := p + len(w); strings.HasPrefix(s[p:], w) && (e == len(s) || !isAlnum(s[e])) {
			return e
		}
	}
	return p
}

// houseLetterAfter extends a spoken house number that ends at q over a
// letter of the house, when the text ends there or a house part follows:
// "дом сто восемьдесят восемь б корпус два".
func houseLetterAfter(s string, q int) int {
	if q+3 > len(s) || s[q] != ' ' || s[q+1] != 0xD0 && s[q+1] != 0xD1 {
		return q
	}
	e := q + 3
	if w := s[q+1 : wordEnd(s, q+1)]; w == "бэ" || w == "вэ" || w == "гэ" || w == "дэ" {
		e = q + 1 + len(w) // a letter said by its name: "дом девять бэ"
	} else if _, up := letterAt(s, q+1); up || wordEnd(s, q+1) != e {
		return q
	}
	if e == len(s) || s[e] == '\n' || s[e] == ',' || s[e] == '.' {
		return e
	}
	if e+1 < len(s) && s[e] == ' ' && houseWordAt(s, e+1) {
		if s[q+1:e] == "а" { // maybe "and": "корпус два а квартира какая"
			if k := wordEnd(s, e+1); k+1 >= len(s) || s[k] != ' ' || !isDigit(s[k+1]) && spokenNumberEnd(s, k+1) == k+1 {
				return q
			}
		}
		return e
	}
	return q
}

// ordinalUnitAt reports an ordinal floor or entrance at p: "1-й этаж",
// "3-й подъезд".
func ordinalUnitAt(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 3 && isDigit(s[q]) {
		q++
	}
	if q == p || q-p > 2 || !strings.HasPrefix(s[q:], "-й ") {
		return false
	}
	r := q + len("-й ")
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[r:wordEnd(s, r)])
	return addrKind(w) == akHouse
}

// spokenNumberEnd returns the end of a number of one to four Russian
// number words at p ("семьдесят семь", "сто двенадцать", "пять дробь два"),
// as speech recognition writes a house or flat number, or p if none.
func spokenNumberEnd(s string, p int) int {
	end := p
	for words := 0; words < 6 && p < len(s); words++ { // "тридцать один дробь двадцать два"
		q := wordEnd(s, p)
		if q == p || !numberWord(s[p:q]) && !(words > 0 && s[p:q] == "дробь") {
			break
		}
		if s[p:q] != "дробь" {
			end = q
		}
		if q+1 >= len(s) || s[q] != ' ' {
			break
		}
		p = q + 1
	}
	return end
}

// numberWord reports a Russian cardinal number word in the nominative, one
// to nine hundred: the Russian words of spokenWords but zero and "двойной".
func numberWord(w string) bool {
	sw, ok := spokenWords[w]
	return ok && len(w) > 0 && w[0] >= 0x80 && sw.kind != spDouble && sw.v != 0
}

// openingGreeting reports a greeting or thanks that opens a message before a
// comma: "Hello, Ufa, Lenina Ave 132".
func openingGreeting(w string) bool {
	switch w {
	case "Hi", "Hello", "Hey", "Thanks", "Thank you", "Dear", "Привет", "Здравствуйте", "Спасибо":
		return true
	}
	return false
}

// addressLeft extends an address start over preceding ", "-joined parts:
// "г. Москва, ", "Московская обл., ", "123456, ".
func (sc *scanner) addressLeft(start int) int {
	s := sc.s
	for range 2 {
		if b := latinStreetWordBefore(s, start); b < start && b >= sc.lastEnd {
			start = b // "Minsk, vul. Kalvaryjskaja 21", "pr. Mira 41", "1st Tverskaya-Yamskaya 24"; "ul. 60 let Oktyabrya 20/1"
		}
	}
	if start >= 2 && s[start-1] == ' ' {
		if b := wordStartBefore(s, start-1); b >= sc.lastEnd && b >= 0 {
			switch s[b : start-1] {
			case "массив", "массива", "жилмассив", "ж/м", "квартал":
				start = b // a Tashkent massif before its name: "массив Юнусабад-4, дом 17"
			}
		}
		if b := ordinalBefore(s, start); b >= sc.lastEnd && b >= 0 {
			start = b // "3-я Парковая, 41А"
		}
	}
	for parts := 0; parts < 4; parts++ {
		p := start
		for p > 0 && s[p-1] == ' ' {
			p--
		}
		na := false
		if parts == 0 && p >= 6 && s[p-4:p] == "на" && s[p-5] == ' ' && s[p-6] == ',' {
			p -= 5 // "в Подольске, на улице Кирова"
			na = true
		}
		if p == 0 || s[p-1] != ',' {
			break
		}
		if p == start && s[start] < 0x80 {
			break // a CSV cell's start, the comma glued to it: "MSK-BY-03,Partyzanski Ave 150, Minsk"
		}
		p--
		for p > 0 && s[p-1] == ' ' {
			p--
		}
		if b := p - len("В.О."); b >= sc.lastEnd && b >= 0 && (s[b:p] == "В.О." || s[b:p] == "П.С.") && (b == 0 || s[b-1] == ' ' || s[b-1] == ',' || s[b-1] == ':') {
			start = b // St Petersburg's island or side before its line or street: "Санкт-Петербург, В.О., 7-я линия, д. 62"
			continue
		}
		// p is the end of the previous part; find its start at a sentence
		// boundary, a comma, or 40 bytes back.
		a := p
		for a > 0 && p-a < 60 {
			c := s[a-1]
			if c == ')' && a == p {
				if o := strings.LastIndexByte(s[max(0, a-40):a], '('); o >= 0 && strings.IndexByte(s[max(0, a-40)+o:a], ',') < 0 {
					a = max(0, a-40) + o // a region's other name in brackets: "Республика Саха (Якутия)"
					continue
				}
			}
			if c == ',' || c == '\n' || c == ':' || c == '(' || c == '!' || c == '?' || c == ';' || c == '|' || c == '=' || c == ']' {
				break // also a key's "=": a certificate subject's "L=Moscow, STREET=…"; and an operator's "[ADDRESS_…]", so that anonymizing twice changes nothing
			}
			if c == '.' && !cityAbbrevBefore(s, a-1) {
				break
			}
			a--
		}
		if a > 0 && p-a >= 60 && s[a-1] != ' ' {
			if sp := strings.IndexByte(s[a:p], ' '); sp >= 0 {
				a += sp // the window cut a word: the part opens after it, not "ДРЕС РЕГИСТРАЦИИ"
			} else {
				a = p
			}
		}
		a = skipSpaces(s, a)
		if a < p {
			if d := dashTail(s[a:p]); d > 0 && a+d < p {
				a += d // a clause before a dash: "адрес тот же — васильевский остров, 7-я линия, дом 34", "Ivanova Maria – 675000 Blagoveshchensk, Lenina 135-47"
			}
		}
		if a < p && (s[a] == '"' || s[a] == '\'') {
			a++ // a CSV cell's quote: "…,89186407731,\"г. Краснодар, ул. Ставропольская, д. 336\""; a quoted address, "fails: 'Moscow, Tverskaya St 7'"
		} else if a < p && strings.HasPrefix(s[a:p], "«") {
			a += len("«")
		}
		if a < sc.lastEnd && p-6 >= sc.lastEnd && allDigits(s[p-6:p]) && (p == 6 || !isAlnum(s[p-7])) {
			start = p - 6 // a postcode right after an entity: "ОГРН 1027700132195 125009, г. Москва"
			break
		}
		if a < sc.lastEnd && sc.lastEnd < p {
			// The part runs back over a name or another entity: only the
			// place right before the comma joins ("Viktor Zhdanov at Kazan,
			// Pushkina St 26", "… St 15 to Moscow, Profsoyuznaya St 56").
			if t := trailingPlace(s[sc.lastEnd:p]); t >= 0 {
				if place := strings.TrimSpace(s[sc.lastEnd+t : p]); knownCity(place) || startsAny(place, "г. ", "гор. ") {
					start = sc.lastEnd + t // also a marked town: "Наталля — г. Мінск, вул. Янкі Купалы, 17"
				}
			}
			break
		}
		if a >= p || a < sc.lastEnd {
			break
		}
		lineOpen := a == 0 || s[a-1] == '\n'
		if lineOpen && startsAny(s[a:p], "Адрес ", "АДРЕС ", "Address ") {
			a = skipSpaces(s, a+strings.IndexByte(s[a:p], ' ')) // a form's field label, no colon: "Адрес МОСКВА Г, ПРОФСОЮЗНАЯ УЛ, Д 93"
		}
		dashed := false
		for _, d := range [...]string{"— ", "– ", "- "} {
			if strings.HasPrefix(s[a:p], d) && lineOpen {
				a, dashed = a+len(d), true
			}
		}
		for _, pre := range [...]string{"From ", "To ", "In ", "At ", "Via "} {
			if strings.HasPrefix(s[a:p], pre) {
				a += len(pre) // a sentence's first word before the place: "From Moscow, Tverskaya St 15"
			}
		}
		part := s[a:p]
		if dashed && strings.IndexByte(part, ' ') < 0 && part != "" && part[0] >= 0x80 && !cityWord(part) && surnameShaped(part) {
			break // a list's item opens with a surname: "— Дорофеева, ул. Гарибальди, д. 23"
		}
		if nameLabelBefore(s, a) {
			break // a name's label: "Семья: Новак, Пречистенская наб., 17"
		}
		if openingGreeting(part) {
			break // a greeting before the address: "Hello, Ufa, Lenina Ave 132"
		}
		if sp := strings.IndexByte(part, ' '); sp > 0 && strings.IndexByte(part[sp+1:], ' ') < 0 && clientWord(part[:sp]) {
			sc.clientNameAt(a + sp + 1) // a client named before the address: "Client Frost, Prospekt Pobedy 12"
			break
		}
		if sp := strings.IndexByte(part, ' '); sp > 0 && (firstNameWord(part[:sp]) || surnameWord(part[sp+1:]) && nameWord(part[:sp])) {
			break // a person signing before the address: "Елена Чернова, Садовая 14, кв. 3", "client: Morgan Ellis, Krylatskiye Kholmy 27"
		}
		if strings.IndexByte(part, ' ') < 0 && lineOpen && nameForm(part) && !cityWord(part) {
			break // a person addressed before the address: "Серёж, Дмитровский г.о., д. Подъячево, …"
		}
		if na && (a == 0 || s[a-1] == '\n') && strings.IndexByte(part, ' ') < 0 {
			break // an address: "Коллеги, на ул. Ленина, д. 8"
		}
		named := part
		if strings.IndexByte(part, 0xB7) >= 0 { // "·" is C2 B7
			if dot := strings.LastIndex(part, "· "); dot >= 0 {
				named = part[dot+len("· "):] // "Hotel Pushkin · Moscow, Tverskoy Blvd"
			}
		}
		if startsAny(named, "Отель ", "Гостиница ", "Хостел ", "Hotel ", "Hostel ", "Апарт-отель ", "Санаторий ", "Ресторан ", "Restaurant ") ||
			containsAny(named, " Hotel ", " Отель ") || // after a time: "07:40 Hotel Courtyard, ul. Chkalova 15"
			institutionPart(named) || lodgingPart(named) || lodgingQuoted(s, a, p) {
			break // a hotel's, a restaurant's or a clinic's name before its address: "Отель Karavan Samarkand, ул. Регистан, 12А",
			// "Schneider Children's Medical Center, 14 Kaplan Street", "Universitätsklinikum Heidelberg, Im Neuenheimer Feld 672"
		}
		if sp := strings.LastIndexByte(part, ' '); sp > 0 && orgAfter(part, sp) || longDigitRun(part) {
			break // a firm before its address: "Kazakhmys Copper LLP, Karaganda, …"; an id: "VAT LV40003412875"
		}
		if !addressPart(part) && !(strings.HasPrefix(part, "Republic of ") && strings.IndexByte(part[12:], ' ') < 0) {
			// "Оформите доставку в Москву" → take only the last capitalized words; but
			// "Republic of Tatarstan" is a whole part.
			if t := partnershipIn(part); t == 0 {
				start = a // the whole part, and the town before it: "Майкоп, ГСК «Автомобилист», ул. Гагарина, 2"
				continue
			} else if t > 0 {
				start = a + t // "купил дом в КП «Истра Кантри Клаб», ул. Хвойная, д. 15"
			} else if t := trailingPlace(part); t >= 0 && !trailingNoPlace(part, t) {
				start = a + t
			} else if b := strings.LastIndexByte(part, ' ') + 1; len(part)-b == 6 && allDigits(part[b:]) {
				start = a + b // "Юр. адрес 125009, г. Москва": the postcode alone
			}
			break
		}
		start = a
	}
	return start
}

// latinStreetWordBefore returns the start of a transliterated street word
// or an ordinal right before the street's name at start ("vul.
// Kalvaryjskaja", "pr. Mira", "1st Tverskaya-Yamskaya"), or start.
func latinStreetWordBefore(s string, start int) int {
	if start < 3 || start >= len(s) || s[start] >= 0x80 || s[start-1] != ' ' {
		return start
	}
	e := start - 1
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != ':' && s[b-1] != '(' && e-b < 14 {
		b--
	}
	if b == e || b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != ':' && s[b-1] != '(' {
		return start
	}
	w := strings.TrimSuffix(s[b:e], ".")
	switch strings.ToLower(w) {
	case "vul", "ul", "pr", "prosp", "pr-t", "per", "ulitsa", "ulica", "prospekt", "pereulok", "bulvar", "bul'var", "bul’var", "nab",
		"naberezhnaya", "shosse", "proezd", "ploshchad", "pl":
		return b
	case "let":
		if d := b - 1; d > 0 && isDigit(s[d-1]) {
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if d == 0 || s[d-1] == ' ' || s[d-1] == ',' {
				return d // an anniversary's street: "ul. 60 let Oktyabrya"
			}
		}
	}
	if d := strings.IndexByte(w, '-'); d > 0 && allDigits(w[:d]) && (w[d:] == "-letiya" || w[d:] == "-letija") {
		return b // "20-letiya Oktyabrya St"
	}
	if len(w) >= 3 && len(w) <= 4 && isDigit(w[0]) {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th", "-y", "-i", "ya":
			return b // an ordinal that opens the street's name: "1st Tverskaya-Yamskaya", "2-y Kazachiy"
		}
	}
	return start
}

// firstNameWord reports an unambiguous first name: "Елена", "Olga".
func firstNameWord(w string) bool {
	in := tableInfo(w)
	return in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig == 0 && in.addr == 0
}

// nameWord reports a first name or a surname the tables know, no place:
// "Morgan".
func nameWord(w string) bool {
	in := tableInfo(w)
	return in.isName() && in.addr == 0
}

// tableInfo returns the name tables' entry for the word w, folded; the
// zero entry when the tables do not know it or it does not fold.
func tableInfo(w string) nameInfo {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return nameInfo{}
	}
	in, _ := wordTab.get(f)
	return in
}

// nameForm reports a first name in any form the tables know, also one
// that is a word: "Серёж", "Маш".
func nameForm(w string) bool {
	in := tableInfo(w)
	return in.flags&(fRuFirst|fEnFirst) != 0 && in.addr == 0
}

// surnameShaped reports a Cyrillic word with a surname's ending:
// Дорофеева, Шестакову, Ильиной.
func surnameShaped(w string) bool {
	var buf [48]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	_, ok = matchEnding(f, surnameEndings, 4)
	return ok
}

// nameLabelBefore reports a label whose value is a name, never a place,
// before s[i]: "Фамилия: Тверская, …", "Семья: Новак, …".
func nameLabelBefore(s string, i int) bool {
	var buf [32]byte
	switch string(labelBefore(s, i, buf[:0])) {
	case "name", "surname", "семья", "фамилия", "имя", "фио":
		return true
	}
	return false
}

// industrialPart reports a named industrial or business park, a part of
// an address in English: "Vorsino industrial park".
func industrialPart(part string) bool {
	return strings.HasSuffix(part, " industrial park") || strings.HasSuffix(part, " industrial zone") ||
		strings.HasSuffix(part, " business park")
}

// addressPart accepts a postal code, a city or region phrase: at most four
// words, each capitalized, a known city/region marker, or a number; or an
// industrial park.
func addressPart(part string) bool {
	if industrialPart(part) {
		return true
	}
	if startsAny(part, "СНТ ", "ДНТ ", "ДНП ", "ТСН ", "КП ", "коттеджный посёлок «", "коттеджный поселок «", "Коттеджный посёлок «", "Коттеджный поселок «") {
		return true // a gardening partnership before its street: "СНТ «Рассвет», ул. Лесная, уч. 14"
	}
	if part != "" && part[0] < 0x80 && settlementWordIn(part) == 0 {
		return true // a village in Latin letters: "Sosnovsky District, village of Krasnoye Pole, Tsentralnaya St., 17"
	}
	if startsAny(part, "промзона ", "Промзона ", "промышленная зона ", "Промышленная зона ") && strings.Count(part, " ") <= 3 {
		return true // an industrial zone before its plot: "промзона «Уральская», владение 2, стр. 11"
	}
	var arr [5]string
	words := arr[:0]
	for w := range strings.FieldsSeq(part) {
		if len(words) == len(arr) {
			return false
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if len(words) == 1 && len(part) >= 4 && len(part) <= 6 && allDigits(part) {
		return true // "101000, г. Москва", "0179, Тбилиси"
	}
	if len(words) == 2 && part[0] >= 0x80 && (geoKeyword(words[0]) || geoKeyword(words[1])) {
		if sz, up := letterAt(words[0], 0); sz > 0 && !up {
			if sz, up := letterAt(words[1], 0); sz > 0 && !up {
				return true // a transcript's district or village in lower case: "хохольский район, село костёнки, улица кирова"
			}
		}
	}
	caps := 0
	for _, w := range words {
		if w == "в." {
			continue // a Belarusian vioska: "в. Вераскава"
		}
		w = strings.TrimSuffix(strings.Trim(w, "()"), ".")
		if sz, up := letterAt(w, 0); sz > 0 && up {
			if capsAddressLabel(w) {
				return false // a form's label in capitals: "АДРЕС РЕГИСТРАЦИИ РЕСП. ТАТАРСТАН, Г. …"
			}
			caps++
			continue
		}
		var buf [32]byte
		f, _ := foldInto(buf[:0], w)
		if addrKind(f) == akCity || settlementMark(string(f)) || latinSettlementMark(string(f)) || string(f) == "г.о" || string(f) == "м.о" || string(f) == "р.п" {
			continue
		}
		if string(f) == "microdistrict" || string(f) == "mikrorayon" || string(f) == "mkr" || string(f) == "cottage" || string(f) == "housing" || string(f) == "estate" {
			continue // "Almaty, Kargaly microdistrict, Zhetysu street 12", "Pavlovo cottage village", "Ala-Archa housing estate"
		}
		if string(f) == "tumani" || string(f) == "shahri" || string(f) == "sh" || string(f) == "массив" {
			continue // Uzbek: "Toshkent shahri, Shayxontohur tumani, Navoiy ko'chasi, 28-uy"; "массив Юнусабад-4, дом 17"
		}
		if strings.HasSuffix(string(f), "ская") || strings.HasSuffix(string(f), "ский") || strings.HasSuffix(string(f), "ий") ||
			strings.HasSuffix(string(f), "ской") || string(f) == "муниципальный" || string(f) == "муниципального" {
			continue // "Московская", "Красногорский" before обл./р-н, "Одинцовский городской округ", "Лаишевский муниципальный район"
		}
		return false
	}
	return caps > 0
}

// geoKeyword reports a district's or a settlement's word: "район",
// "село", "посёлок".
func geoKeyword(w string) bool {
	var buf [32]byte
	f, _ := foldInto(buf[:0], strings.TrimSuffix(w, "."))
	return addrKind(f) == akCity || settlementMark(string(f))
}

// partnershipAt returns the end of a cottage settlement or a gardening
// partnership named in quotes at p, "КП «Никольские Холмы»", or 0.
func partnershipAt(s string, p int) int {
	for _, m := range [...]string{"КП «", "СНТ «", "ДНТ «", "ТСН «"} {
		if strings.HasPrefix(s[p:], m) {
			q := p + len(m)
			if k := strings.Index(s[q:min(len(s), q+60)], "»"); k > 0 && strings.IndexByte(s[q:q+k], '\n') < 0 {
				return q + k + len("»")
			}
			return 0
		}
	}
	return 0
}

// partnershipIn returns where a cottage settlement or a gardening
// partnership named in quotes opens the end of part ("… в КП «Истра
// Кантри Клаб»"), or -1.
func partnershipIn(part string) int {
	if !strings.HasSuffix(part, "»") {
		return -1
	}
	best := -1
	for _, p := range [...]string{"КП «", "СНТ «", "ДНТ «", "ДНП «", "ТСН «", "ЖК «", "ГСК «", "ГК «", "ПГК «"} {
		if k := strings.LastIndex(part, p); k > best && (k == 0 || part[k-1] == ' ') && !strings.Contains(part[k+len(p):], "«") {
			best = k
		}
	}
	return best
}

// villageLetter reports a one-letter settlement marker: с. (село), п.
// (посёлок), х. (хутор), д. (деревня).
func villageLetter(w string) bool { return w == "с" || w == "п" || w == "х" || w == "д" }

// settlementMark reports a village's one-letter marker, or ст. (станица)
// and сл. (слобода): "ст. Каневская", "сл. Большая Мартыновка". The
// Belarusian "в." (вёска) counts only with its dot, where the callers see
// it, not to be taken for the preposition: "в. Вераскава".
func settlementMark(w string) bool { return villageLetter(w) || w == "ст" || w == "сл" }

// trailingPlace returns the offset in part of its last one to three words
// when they name a place ("изменён на Санкт-Петербург", "прописка г. Тула"):
// capitalized words, optionally after a city or region marker; -1 if none.
func trailingPlace(part string) int {
	start, caps := -1, 0
	end := len(part)
	for words := 0; words < 3 && end > 0; words++ {
		b := strings.LastIndexByte(part[:end], ' ') + 1
		w := strings.TrimSuffix(part[b:end], ".")
		if w == "" {
			break
		}
		if sz, up := letterAt(w, 0); sz == 0 || !up {
			var buf [32]byte
			f, _ := foldInto(buf[:0], w)
			if caps > 0 && (addrKind(f) == akCity || settlementMark(string(f))) {
				start = b // the marker opens the place: "г. Тула", "в с. Манычское"
			}
			if words == 0 && b > 0 && addrKind(f) == akCity {
				end = b - 1 // the marker closes it: "Московская обл."
				continue
			}
			break
		}
		if capsAddressLabel(w) {
			break
		}
		caps++
		start = b
		if b == 0 {
			break
		}
		end = b - 1
	}
	if caps == 0 {
		return -1
	}
	return start
}

// trailingNoPlace reports a trailing place at part[t:] that is one word, no
// known city, after "к" or "у": a person visited, "едете к Шульге, Красный
// проспект 186/1"; not "у г. Москва", "у Московская обл.". A hotel's name
// is no place either: "venue is Marriott Novosibirsk, ul. Sovetskaya 23".
func trailingNoPlace(part string, t int) bool {
	if sp := strings.IndexByte(part[t:], ' '); sp > 0 && hotelBrand(part[t:t+sp]) {
		return true
	}
	return (endsAny(part[:t], " к ", " у ") || part[:t] == "к " || part[:t] == "у ") &&
		strings.IndexByte(part[t:], ' ') < 0 && !knownCity(part[t:])
}

// capsAddressLabel reports a word of an address's label in a form written
// in capitals: "АДРЕС РЕГИСТРАЦИИ".
func capsAddressLabel(w string) bool {
	switch w {
	case "АДРЕС", "РЕГИСТРАЦИИ", "ПРОЖИВАНИЯ", "ПРОПИСКИ", "ЖИТЕЛЬСТВА", "МЕСТО", "ADDRESS":
		return true
	}
	return false
}

var enStop = map[string]bool{"thanks": true, "regards": true, "please": true, "best": true, "thank": true,
	"hi": true, "hello": true, "cheers": true, "kind": true, "call": true, "we": true, "i": true, "the": true,
	// Labels of the next field: "apt 6, SNILS 188-021-233 57".
	"snils": true, "inn": true, "passport": true, "phone": true, "tel": true, "mobile": true, "email": true,
	"e-mail": true, "card": true, "account": true, "dob": true, "born": true}

// addressEN builds an English address around a capitalized street suffix at
// s[i:j]: "221B Baker Street, London NW1 6XE", "12 Main St, Apt 4, Springfield, IL 62701".
func (sc *scanner) addressEN(i, j int) int {
	s := sc.s
	if s[i] >= 0x80 {
		return 0
	}
	var buf [32]byte
	w, _ := foldLatin(buf[:0], s[i:j]) // "Atatürk Bulvarı"
	if k := addrKind(w); k != akENStreet && k != akStreet {
		return 0 // akStreet: a transliterated Russian one, "2/1 Kutuzovsky Prospekt"
	} else if j+2 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) {
		e := wordEnd(s, j+1)
		if addrKindAt(s, j+1, e) == akENStreet {
			j = e // "2 Okhotny Ryad Street", "221 Tottenham Court Road"
		}
	}
	if strings.HasPrefix(s[j:], " V.O.") || strings.HasPrefix(s[j:], " P.S.") {
		j += len(" V.O.") // St Petersburg's island and side after the street: "Bolshoy Prospekt P.S."
	}
	// Back over 1–4 street-name words to a house number.
	a := i
	start := -1
	for words := 0; words < 5; words++ {
		p := a
		if p == 0 || s[p-1] != ' ' {
			break
		}
		p--
		b := p
		for b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != '|' && s[b-1] != ';' && s[b-1] != '\t' && s[b-1] != '"' && s[b-1] != '=' && p-b < 30 {
			b-- // a table's cell ends the address: "|Kowalski|118 Balham High Road, London SW12 9AA|"; so does a log's field, addr="Mira St 45B, …"
		}
		if b == p || b < sc.lastEnd {
			break
		}
		for b < p && (s[b] == '(' || s[b] == '\'') {
			b++ // "(Pushkin St. 26, apt 44, Kazan 420015)", "enter 'Baltiyskaya St, 15B, Kazan'"
		}
		if b == p {
			break
		}
		tok := s[b:p]
		if strings.HasSuffix(tok, ":") || isDigit(tok[0]) && strings.HasSuffix(tok, ".") && (len(tok) > 4 || strings.IndexByte(tok, '-') > 0) {
			break // a label: "Anschrift: Greifswalder Str. 201"; a sentence's end: "permit 77 2400812331. Place of stay", not "27. Sk."
		}
		if isDigit(tok[0]) && words > 0 {
			if houseToken(tok) {
				start = b
				if h := noMarkBefore(s, b); h >= sc.lastEnd {
					start = h // "No. 18 Xingye Road"
				}
			}
			break // not "EUR 1.05/m. Delivery DAP St Petersburg"
		}
		if sz, up := letterAt(tok, 0); sz == 0 || !up {
			if !isDigit(tok[0]) {
				break
			}
		}
		a = b
	}
	end := j
	if start < 0 && a < i {
		if h := houseNoBefore(s, a); h >= 0 && h >= sc.lastEnd {
			start = h // "No. 24, Vali Asr Street, Tehran"
		}
	}
	if start < 0 {
		if a == i {
			return 0
		}
		if e := numberAfterStreet(s, j); e > 0 {
			start, end = sc.addressLeft(a), e // "Bağdat Caddesi No. 214", "420021, Kazan, Parizhskoy Kommuny St. 6,"
			if start == a {
				start = sc.enPlacesBefore(a) // "Moscow Region, Istra district, Lechishchevo village, Lesnaya Street 14"
			}
		} else if sc.enUnitBefore(a) < a {
			start = a // "Unit 7, Riverside Industrial Estate"
		} else if e := unitAfterStreet(s, j); e > 0 {
			start, end = sc.enPlacesBefore(a), e // "Al Wasl Road, Villa 27, Jumeirah 1, Dubai"
		} else {
			return 0
		}
	}
	if end == j && end < len(s) && s[end] == '.' && j-i <= 4 && (end+1 >= len(s) || s[end+1] == ',' || s[end+1] == ' ' && end+2 < len(s) && isAlnum(s[end+2]) && !isUpperASCII(s[end+2])) {
		end++
	}
	if end == j {
		if e := numberAfterStreet(s, j); e > 0 && strings.Contains(s[j:e], "No") {
			end = e // "29 Ekim Cad. No: 7": the street's name opens with a number, the house follows
		}
	}
	end = sc.enAddressTail(end)
	if u := sc.enUnitBefore(start); u < start {
		start = u
	} else if v := sc.venueBefore(start); v < start {
		start = v
	} else {
		start = sc.enPlacesBefore(start)
	}
	start = unitPartsBefore(s, start, sc.lastEnd)
	sc.emit(start, end, tAddress, 0.88, 0)
	return end
}

// unitPartsBefore extends an English address that opens at start over the
// room, floor, block and building parts a Chinese or a Korean address puts
// before its house, each a unit's word and its number or letter or a
// floor's "23/F": "Room 1203, Building B, No. 88 Jichang Road", "Room 2308,
// 23/F, Block A, Wanda Plaza, No. 18 Yunshan Road".
func unitPartsBefore(s string, start, lo int) int {
	confirmed := start // a venue's part joins only with a unit's before it: not "Lotte Plaza, Novinsky Blvd 8"
	for parts := 0; parts < 4; parts++ {
		if start < 4 || s[start-2:start] != ", " {
			break
		}
		e := start - 2
		b := e
		for b > 0 && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != ':' && e-b < 24 {
			b--
		}
		b = skipSpaces(s, b)
		if b < lo || b >= e {
			break
		}
		part := s[b:e]
		sp := strings.IndexByte(part, ' ')
		switch {
		case sp < 0 && len(part) <= 4 && strings.HasSuffix(part, "/F") && isDigit(part[0]): // "23/F"
		case sp > 0 && isUpperASCII(part[0]) && strings.Count(part, " ") <= 3 && endsAny(part, " Plaza", " Center", " Centre", " Mall", " Mansion"): // "Wanda Plaza"
			start = b
			continue
		case sp > 0 && strings.IndexByte(part[sp+1:], ' ') < 0 && len(part)-sp-1 <= 6 && isAlnum(part[sp+1]):
			switch part[:sp] {
			case "Room", "Rm", "Building", "Bldg", "Block", "Blk", "Tower", "Shop", "Unit", "Floor", "Suite", "Flat":
			default:
				return confirmed
			}
		default:
			return confirmed
		}
		start, confirmed = b, b
	}
	return confirmed
}

// lowerNameHouse reports a street's name typed in lower case at p and its
// house marked after it, or right after it: "ul. shcherbakova d.4 kv.105",
// "ul. lenina, d. 5", "ul. navaginskaya 9".
func lowerNameHouse(s string, p int) bool {
	e := p
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] == '-') {
		e++
	}
	if e-p < 4 {
		return false
	}
	if e+1 < len(s) && s[e] == ' ' && isDigit(s[e+1]) {
		return true // its house right after it: "ul. navaginskaya 9, sochi"
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	return startsAny(s[e:], " d.1", " d.2", " d.3", " d.4", " d.5", " d.6", " d.7", " d.8", " d.9", " d. ", " dom ")
}

// unitAfterStreet returns the end of ", Villa 27" or ", Apt 4" right after
// a street written without a house number, or 0.
func unitAfterStreet(s string, j int) int {
	if j+4 >= len(s) || s[j] != ',' || s[j+1] != ' ' || !isASCIILetter(s[j+2]) {
		return 0
	}
	e := wordEnd(s, j+2)
	if addrKindAt(s, j+2, e) != akENUnit || e+1 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) {
		return 0
	}
	return alnumEnd(s, e+1)
}

// venueBefore returns the start of a named place written as the part before
// an address's house number, a rural house, a ground or a centre:
// "Westfield Farm, 9 Rauceby Road", "Lakeside Outdoor Centre, Mill Lane";
// start when none. A hotel's or a clinic's name stays out: "Hotel Baltia, 12
// Brivibas iela", "Schneider Children's Medical Center, 14 Kaplan Street".
func (sc *scanner) venueBefore(start int) int {
	s := sc.s
	if start < 4 || s[start-1] != ' ' || s[start-2] != ',' {
		return start
	}
	e := start - 2
	a := e
	for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != '(' && s[a-1] != '.' && e-a < 40 {
		a--
	}
	a = skipSpaces(s, a)
	if a >= e || a < sc.lastEnd || institutionPart(s[a:e]) {
		return start // not a clinic's name: "Schneider Children's Medical Center, 14 Kaplan Street"
	}
	if houseNamePart(s[a:e]) {
		return a // "St Luke's Vicarage, 9 Church Road", "Ivy House, 3 The Green"
	}
	if regionPart(s[a:e]) {
		return start // a village or a district, which enPlacesBefore takes with the places before it: "Istra district, Duhanino village, 27 Lesnaya Street"
	}
	if strings.Count(s[a:e], " ") > 3 || enAddressSegment(s[a:e]) != e-a || !venueSegment(s[a:e]) {
		if t := trailingPlace(s[a:e]); t > 0 && houseNameSegment(s[a+t:e]) {
			return a + t // "the other yard at Manor Barn, 9 Rauceby Road"
		}
		if t := estateStart(s[a:e]); t >= 0 {
			return a + t // "your solar system at Pine Hills estate, 9 Kedrovaya Lane"
		}
		return start
	}
	return a
}

// enPlacesBefore returns the start of the places written before an English
// address that opens at start, when they begin with a postcode or name a
// region, or are a known city right before the house: "142100, Moscow
// Region, Podolsk, 12 Kirova Street", "Samara, 265 Novo-Sadovaya St". A
// name or a firm before the house stays out: "John Smith, 12 Baker
// Street".
func (sc *scanner) enPlacesBefore(start int) int {
	s := sc.s
	best := start
	p := start
	for parts := 0; parts < 4; parts++ {
		if p < 3 || s[p-1] != ' ' || s[p-2] != ',' {
			break
		}
		e := p - 2
		a := e
		for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != '(' && s[a-1] != '|' && e-a < 40 {
			a--
		}
		a = skipSpaces(s, a)
		if a < e { // the part may open before the last entity's end; only its end counts
			part := s[a:e]
			if t := trailingPlace(part); parts == 0 && t > 0 && a+t >= sc.lastEnd && (cityNamed(part[t:]) || villageShapedEN(part[t:])) &&
				(placeWords[lastWordBefore(part, t)] || strings.HasSuffix(part[:t], "address is ")) {
				return a + t // "lives in Nizhny Novgorod, 31 Bolshaya Pokrovskaya St.", "address is Kaluga, 19 Kirova Street", "a house in Pokrovo-Prigorodnoye, 56 Shkolnaya St"
			}
			if b := strings.LastIndexByte(part, ' ') + 1; b > 0 && a+b >= sc.lastEnd && len(part)-b == 6 && allDigits(part[b:]) {
				return a + b // a postcode after a label: "registered address 125047, Moscow, 1st Tverskaya-Yamskaya St, 23"
			}
			if t := dashTail(part); parts == 0 && t > 0 && a+t >= sc.lastEnd {
				r := part[t:]
				if sp := strings.IndexByte(r, ' '); sp == 6 && allDigits(r[:sp]) {
					r = r[sp+1:] // a postcode before the city: "Ivanova Maria – 675000 Blagoveshchensk, Lenina 135-47"
				}
				if cityNamed(r) {
					return a + t // a list's item, the person and the address: "Timofeev Pavel – Khabarovsk, Karla Marksa 96A-12"
				}
			}
			if t := settlementWordIn(part); t >= 0 && a+t >= sc.lastEnd {
				if t > 0 || a < sc.lastEnd {
					return a + t // "We live in stanitsa Kanevskaya, 51 Gorkogo Street"
				}
				best, p = a, a // the part is the settlement; its district and region may come before it
				continue
			}
		}
		if a >= e || a < sc.lastEnd {
			break
		}
		part := s[a:e]
		if allDigits(part) && len(part) >= 4 && len(part) <= 6 {
			return a // "142100, …"
		}
		if nameLabelBefore(s, a) {
			break // a name's label: "Семья: Новак, Пречистенская наб., 17"
		}
		if industrialPart(part) || strings.HasSuffix(part, " khoroo") {
			best = a // "Kaluga region, Vorsino industrial park, Severnaya street, 12"; a Mongolian ward: "Sukhbaatar district, 1st khoroo, Peace Avenue 17"
			p = a
			continue
		}
		if enAddressSegment(part) != len(part) || longDigitRun(part) {
			if t := trailingPlace(part); t > 0 && regionPart(part[t:]) {
				best = a + t // "the camp address is Moscow Region, Istra district, …"
			}
			break
		}
		if regionPart(part) || parts == 0 && cityNamed(part) {
			best = a // "Moscow Region, Podolsk, …"; a city right before the house, "Moscow, 9 Leninsky Prospekt"
		}
		p = a
	}
	return best
}

// villageShapedEN reports one capitalized Latin word, perhaps hyphenated,
// that the tables know as no name and no word and that ends as a Russian
// village's name does: "Pokrovo-Prigorodnoye", "Sukhotinka".
func villageShapedEN(w string) bool {
	if len(w) < 5 || !isUpperASCII(w[0]) || wordEnd(w, 0) != len(w) {
		return false
	}
	if t := tableInfo(w); t.addr != 0 || t.word != 0 || t.isName() {
		return false
	}
	return endsAny(w, "ovo", "evo", "ino", "yno", "oye", "skoye", "ka", "ki")
}

// dashTail returns the offset in part right after its last dash between
// spaces (" – ", " — ", " - "), or -1.
func dashTail(part string) int {
	t := -1
	for _, d := range [...]string{" – ", " — ", " - "} {
		if k := strings.LastIndex(part, d); k >= 0 && k+len(d) > t {
			t = k + len(d)
		}
	}
	return t
}

// cityNamed reports a known city alone, "Moscow", "Rostov-on-Don", or
// after the word its name opens with, "Nizhny Novgorod", "St Petersburg";
// not "Lotte Hotel Moscow".
func cityNamed(part string) bool {
	first, rest, two := strings.Cut(part, " ")
	if !two {
		city, _, _ := strings.Cut(part, "-")
		return knownCity(city)
	}
	switch first {
	case "Nizhny", "Veliky", "St", "St.", "Saint", "Sankt", "Naberezhnye", "Novi":
		return strings.IndexByte(rest, ' ') < 0 && knownCity(rest)
	}
	return false
}

// lastWordBefore returns the word that ends one space before t in part, or "".
func lastWordBefore(part string, t int) string {
	if t < 2 || part[t-1] != ' ' {
		return ""
	}
	return part[strings.LastIndexByte(part[:t-1], ' ')+1 : t-1]
}

// regionPart reports an address part that names a region or a district:
// "Moscow Region", "Odintsovo District", "Moskovskaya Oblast".
func regionPart(part string) bool {
	sp := strings.LastIndexByte(part, ' ')
	if sp < 0 {
		return false
	}
	var buf [16]byte
	f, _ := foldInto(buf[:0], strings.TrimSuffix(part[sp+1:], "."))
	return geoWord(string(f)) || addrKind(f) == akCity
}

// numberAfterStreet returns the end of a house number written after the
// street name, continental style: " No. 214", " Nr. 5", " 12," or at the
// end of the text; 0 when none.
func numberAfterStreet(s string, j int) int {
	p := j
	if p < len(s) && s[p] == '.' {
		p++ // "Tverskaya St. 18", "Bağdat Cad. No: 210"
	}
	nextPart := false
	if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' && isDigit(s[p+2]) {
		p++ // "Bolshaya Ordynka St, 36, Moscow": the house in the next part
		nextPart = true
	}
	if p+7 < len(s) && strings.HasPrefix(s[p:], ", km ") && isDigit(s[p+5]) && endsAny(strings.ToLower(s[max(0, j-5):j]), "trakt", "tract") {
		e := p + 5
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-p-5 <= 4 && (e == len(s) || s[e] == ',' || s[e] == '.' || s[e] == ' ' || s[e] == '\n') {
			return e // a tract's kilometre after a comma: "Chuysky Trakt, km 462, Manzherok"
		}
	}
	for _, m := range [...]string{", bld. ", ", bldg. ", ", building ", ", house ", ", d. ", ", h. ", ", plot ", ", uch. "} {
		if strings.HasPrefix(s[p:], m) && p+len(m) < len(s) && isDigit(s[p+len(m)]) {
			p, nextPart = p+len(m)-1, true // the house marked in the next part: "Pushkin St., bld. 26"
			break
		}
	}
	if p >= len(s) || s[p] != ' ' {
		return 0
	}
	p++
	marker := nextPart
	for _, m := range [...]string{"No. ", "No: ", "No:", "No ", "Nr. ", "№ ", "№"} {
		if strings.HasPrefix(s[p:], m) {
			p += len(m)
			marker = true
			break
		}
	}
	if p >= len(s) || !isDigit(s[p]) {
		return 0
	}
	e := alnumEnd(s, p)
	if e-p > 5 && !slashHouse(s[p:e]) {
		return 0
	}
	if e+1 < len(s) && (s[e] == '-' || s[e] == '/') && isDigit(s[e+1]) && e-p <= 4 {
		if f := alnumEnd(s, e+1); f-e <= 5 {
			e = f // house and flat: "Tverskaya st. 12-45"
		}
	}
	if !nextPart && strings.HasPrefix(s[e:], " km") && (e+3 == len(s) || s[e+3] == '\n' || startsAny(s[e+3:], ", bld", ", building", ", plot", ", str") ||
		e+5 < len(s) && s[e+3] == ',' && s[e+4] == ' ' && isUpperASCII(s[e+5]) && endsAny(strings.ToLower(s[max(0, j-5):j]), "trakt", "tract")) &&
		endsAny(strings.ToLower(s[max(0, j-7):j]), "hwy", "highway", "shosse", "sh", "trakt", "tract") {
		return e + len(" km") // a highway's kilometre post and its building: "Novoryazanskoe Hwy 23 km, bldg 2, Tomilino"; a tract's and its village: "Chuysky Trakt 461 km, Manzherok"
	}
	if nextPart && unitFollows(s, e) && !(strings.HasPrefix(s[e:], " km") && !(allDigits(s[p:e]) && startsAny(s[e+3:], ", approx", ", about", ", ~", " away", " from ", " to ", " of "))) {
		return 0 // a count: "stuck on Lenina avenue, 5 min late", "Rostovskoe highway, 12 km, approx. 20 minutes"; but a highway's "Kievskoye Highway, 22nd km"
	}
	if nextPart && e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '.' && s[e] != ')' && s[e] != ';' && s[e] != '"' &&
		!(s[e] == ' ' && e+1 < len(s) && s[e+1] >= 0x80 && letterSize(s, e+1) == 0) &&
		!(s[e] == ':' && e+1 < len(s) && s[e+1] == ' ') && // "terminal at Lesnoy pr., 65: 214 transactions"
		!(s[e] == ' ' && e+1 < len(s) && (s[e+1] >= 'a' && s[e+1] <= 'z' || s[e+1] == '|')) &&
		!(s[e] == ' ' && e+2 < len(s) && s[e+1] == '(' && isASCIILetter(s[e+2])) { // a remark in brackets: "Vosstaniya St., 24 (courtyard)"
		return 0 // but "Tverskoy Blvd, 26A · +7 495…", "Bolshaya Tulskaya St, 17 on 14 March"; a footer's "Sovetskaya St., 72 | 8-800-…" ends it, so does a CSV cell's quote: "\"Titova St, 238\",1-4"
	}
	if !marker && e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != ';' && s[e] != ')' && s[e] != '\'' && !(s[e] == ':' && !(e+1 < len(s) && isDigit(s[e+1]))) && !unitFollowsHouse(s, e) &&
		!cellEndAt(s, e) && // "| Talgar, Kunaev street 41 |")
		!((s[e] == '.' || s[e] == '?' || s[e] == '!') && (e+1 == len(s) || s[e+1] == ' ' || s[e+1] == '"' || s[e+1] == ')' || s[e+1] == '\n')) &&
		!(s[e] == ' ' && e+1 < len(s) && s[e+1] >= 'a' && s[e+1] <= 'z' && !unitFollows(s, e)) &&
		!(s[e] == ' ' && e+2 < len(s) && s[e+1] == '(' && isASCIILetter(s[e+2])) && // a remark in brackets: "Sibiryakov St 61 (private house)", "(Novye Cheryomushki metro)"
		!(s[e] == ' ' && e+3 < len(s) && s[e+1] == 0xE2 && (s[e+2] == 0x80 && s[e+3] >= 0x93 && s[e+3] <= 0x94 || s[e+2] == 0x86 && s[e+3] == 0x92)) &&
		!strings.HasPrefix(s[e:], " - ") { // a dash or an arrow: "Krasnaya St. 109 — the makeup artist", "Neftchilar Ave. 153 → …", "Oktyabrya Ave 132/3 - basement cafe"
		return 0 // the number closes the street: "Malysheva St. 51 today"
	}
	return e
}

// settlementWordIn returns where a settlement's word opens the end of part
// before its capitalized name ("… in stanitsa Kanevskaya", "village
// Ivanovka"), or -1.
func settlementWordIn(part string) int {
	for _, w := range [...]string{"stanitsa ", "village of ", "village ", "khutor ", "selo ", "posyolok ", "Stanitsa ", "Village ", "Khutor ", "Selo ", "Posyolok "} {
		k := strings.LastIndex(part, w) // and capitalized, opening the part: "Khutor Nizhnepodpolny, 5 Dachnaya St"
		if k < 0 || k > 0 && part[k-1] != ' ' {
			continue
		}
		name := part[k+len(w):]
		if name != "" && isUpperASCII(name[0]) && strings.IndexByte(name, ' ') < 0 {
			return k
		}
	}
	for _, w := range [...]string{" stanitsa", " khutor", " village"} {
		if strings.HasSuffix(part, w) {
			k := strings.LastIndexByte(part[:len(part)-len(w)], ' ') + 1 // the name before its word: "Starocherkasskaya stanitsa, Donskaya St 5"
			if k >= len(part)-len(w) || !isUpperASCII(part[k]) {
				continue
			}
			for k >= 2 && part[k-1] == ' ' {
				b := strings.LastIndexByte(part[:k-1], ' ') + 1
				if !isUpperASCII(part[b]) {
					break
				}
				switch part[b : k-1] {
				case "Visit", "In", "At", "To", "From", "Near", "Our", "My", "The", "Deliver":
					return k // a sentence's first word: "Visit Starocherkasskaya stanitsa"
				}
				k = b // a name of two words: "Lesnye Dali village"
			}
			return k
		}
	}
	return -1
}

// cellEndAt reports a table cell's end at e: "|", or spaces and "|", or
// a quoted CSV cell's closing quote.
func cellEndAt(s string, e int) bool {
	if s[e] == '"' {
		return true // "…,+39 347 880 1923,\"Barvikha, Lesnaya st. 9\""
	}
	k := e
	for k < len(s) && s[k] == ' ' && k-e < 40 {
		k++
	}
	return k < len(s) && s[k] == '|'
}

// latinSettlementMark reports a Russian settlement's marker transliterated,
// folded and without its dot: "kh" (хутор), "sl" (слобода), "s" (село).
func latinSettlementMark(f string) bool {
	switch f {
	case "kh", "khut", "sl", "s", "pos", "p", "d", "der", "g", "pgt", "aul", "stanitsa", "khutor", "selo", "sloboda", "posyolok", "poselok",
		"v": // a Belarusian vioska: "v. Zadrutye"
		return true
	}
	return false
}

// abbrevDot reports a full stop at q that ends an abbreviation inside an
// address part that opens at p: "Co. Dublin", "St. Albans", and a Russian
// settlement's marker transliterated, "st. Kanevskaya" (станица), "kh.
// Krasny" (хутор), "sl. Bolshaya Martynovka" (слобода).
func abbrevDot(s string, p, q int) bool {
	if q+2 >= len(s) || s[q+1] != ' ' || !isUpperASCII(s[q+2]) {
		return false
	}
	return s[p:q] == "Co" || s[p:q] == "St" || s[p:q] == "st" || s[p:q] == "Brgy" || latinSettlementMark(s[p:q])
}

// ordinalWordAt reports a Russian ordinal word after the space at e, which
// makes the number before it a date: "г. Москва, двадцать первое марта".
func ordinalWordAt(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	w := s[e+1 : wordEnd(s, e+1)]
	switch w {
	case "какой", "какая", "какое", "который", "которая", "такой", "такая":
		return false // a question after a house: "на абая сто пятьдесят какой подъезд"
	}
	for _, end := range [...]string{"ое", "ого", "ье", "ьего", "ий", "ый", "ая", "ой"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// ruMonthGenitive reports a Russian month's name in the genitive, as a date
// writes it: "2 марта".
func ruMonthGenitive(w string) bool {
	switch w {
	case "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря":
		return true
	}
	return false
}

// unitBuf folds the first word of seg into buf.
func unitBuf(seg string, buf *[32]byte) []byte {
	f, _ := foldInto(buf[:0], strings.TrimSuffix(seg[:wordEnd(seg, 0)], "."))
	return f
}

// romanNumeral reports a short Roman numeral: "I", "XI", "IV".
func romanNumeral(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if strings.IndexByte("IVXL", w[k]) < 0 {
			return false
		}
	}
	return true
}

// longDigitRun reports seven or more digits in a row: an identifier.
func longDigitRun(part string) bool { return digitRun(part, 7) }

// houseToken reports a house number as written before a street name: "12",
// "17B", "2/1", "4-6".
func houseToken(w string) bool {
	if len(w) > 7 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !isDigit(c) && !isASCIILetter(c) && c != '/' && c != '-' {
			return false
		}
	}
	return true
}

// slashHouse reports a house and flat or a house on a corner, each part at
// most four characters: "150/230", "12-45", or a house, its building and a
// flat: "33/2-57".
func slashHouse(w string) bool {
	k := strings.IndexAny(w, "/-")
	if k > 0 && w[k] == '/' {
		if f := strings.IndexByte(w[k+1:], '-'); f > 0 && f <= 2 {
			return k <= 4 && allDigits(w[k+1:k+1+f]) && slashHouse(w[k+1:])
		}
	}
	return k > 0 && k <= 4 && len(w)-k-1 > 0 && len(w)-k-1 <= 4 && isDigit(w[k+1]) && !strings.ContainsAny(w[k+1:], "/-")
}

// unitFollowsHouse reports a flat, office or unit word after the house
// number that ends at e: "Tverskaya street 18 apartment 45", "28 kv 5".
func unitFollowsHouse(s string, e int) bool {
	if e+3 >= len(s) || s[e] != ' ' && s[e] != ',' {
		return false
	}
	p := skipSpaces(s, e+1)
	q := p
	for q < len(s) && isASCIILetter(s[q]) {
		q++
	}
	if q == p || q-p > 10 {
		return false
	}
	var buf [16]byte
	w, _ := foldInto(buf[:0], s[p:q])
	return addrKind(w) == akENUnit
}

// usStates are the postal codes of US states and territories.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH " +
		"NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR") {
		m[c] = true
	}
	return m
}()

// usAddressBack emits a US address that ends with the ZIP code at
// s[zip:end] after ", ST ", reading back over the city and, optionally, a
// unit to the segment that opens with the house number: "1520 Broadway,
// Oakland, CA 94612". It returns false when there is no house number.
func (sc *scanner) usAddressBack(zip, end int) bool {
	s := sc.s
	if zip < 8 || s[zip-1] != ' ' || !usStates[s[zip-3:zip-1]] || s[zip-4] != ' ' || s[zip-5] != ',' {
		return false
	}
	p := zip - 5 // the comma before the state
	for segs := 0; segs < 4; segs++ {
		a := p
		for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != ';' && p-a < 60 {
			a--
		}
		a = skipSpaces(s, max(a, sc.lastEnd))
		if a >= p {
			return false
		}
		// The house number opens the segment or follows words that are not
		// part of the address: "ship to 1520 Broadway".
		for c := a; c < p; c++ {
			if (c == a || s[c-1] == ' ') && isDigit(s[c]) && enAddressSegment(s[c:p]) == p-c {
				if q := alnumEnd(s, c); q < p && s[q] == ' ' {
					sc.emit(c, end, tAddress, 0.85, 0)
					return true
				}
			}
		}
		if enAddressSegment(s[a:p]) != p-a {
			return false
		}
		if a < 2 || s[a-2] != ',' {
			return false
		}
		p = a - 2
	}
	return false
}

// indianPlaces are the states and cities an Indian address names before
// its six-digit PIN code.
var indianPlaces = []string{"Haryana", "Uttar Pradesh", "Maharashtra", "Karnataka", "Tamil Nadu", "Kerala", "Telangana",
	"Gujarat", "Rajasthan", "Punjab", "West Bengal", "New Delhi", "Delhi", "Bihar", "Odisha", "Goa", "Madhya Pradesh", "Andhra Pradesh",
	"Assam", "Chennai", "Mumbai", "Bengaluru", "Bangalore", "Hyderabad", "Kolkata", "Pune", "Noida", "Gurugram", "Gurgaon",
	"Ahmedabad", "Jaipur", "Kochi", "Lucknow", "Chandigarh"}

// indiaAddressBack emits an Indian address that ends in a state or a city
// and the PIN code at pin, back to its first part with a number in it:
// "Plot No. 47, Sector 18, Gurugram, Haryana 122015", "B-42, Lajpat Nagar
// II, New Delhi 110024"; a name before it stays out.
func (sc *scanner) indiaAddressBack(pin, end int) bool {
	s := sc.s
	if pin < 8 || s[pin-1] != ' ' {
		return false
	}
	st := -1
	for _, pl := range indianPlaces {
		if strings.HasSuffix(s[:pin-1], pl) && (pin-1-len(pl) == 0 || !isAlnum(s[pin-2-len(pl)])) {
			st = pin - 1 - len(pl)
			break
		}
	}
	if st < 2 || s[st-2:st] != ", " {
		return false
	}
	start, p := -1, st-2
	for parts := 0; parts < 5; parts++ {
		a := p
		for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != ';' && s[a-1] != '(' && p-a < 40 {
			a--
		}
		a = skipSpaces(s, max(a, sc.lastEnd))
		if a >= p {
			break
		}
		if !indianAddressPart(s[a:p]) {
			// words before the house in its part: "deliver to B-42 Lajpat Nagar II"
			for c := p - 1; c > a; c-- {
				if s[c-1] == ' ' && (isDigit(s[c]) || isUpperASCII(s[c]) && c+2 < p && s[c+1] == '-' && isDigit(s[c+2])) && indianAddressPart(s[c:p]) {
					start = c
				}
			}
			break
		}
		if strings.ContainsAny(s[a:p], "0123456789") {
			start = a
		}
		if a < 2 || s[a-2:a] != ", " {
			break
		}
		p = a - 2
	}
	if start < 0 {
		return false
	}
	sc.emit(start, end, tAddress, 0.85, 0)
	return true
}

// indianAddressPart reports a part of an Indian address: words that open
// with a capital or a digit, "No." among them: "Plot No. 47", "Sector 18",
// "B-12", "Lajpat Nagar II".
func indianAddressPart(part string) bool {
	for w := range strings.FieldsSeq(part) {
		if w != "No." && !isDigit(w[0]) && !upperAt(w) {
			return false
		}
	}
	return part != ""
}

// ukPostcodeAt returns the end of a UK postcode at i ("LS6 2AQ", "W2 4QJ",
// "BN2 1TL", "EC1A 1BB"), or 0.
func ukPostcodeAt(s string, i int) int {
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	return postcodeShape(s, i, 'A')
}

// postcodeShape returns the end of a UK postcode at i whose letters run
// from base ('A' for capitals, 'a' for lower case), or 0.
func postcodeShape(s string, i int, base byte) int {
	letter := func(c byte) bool { return c-base < 26 }
	p := i
	for p < len(s) && p-i < 2 && letter(s[p]) {
		p++
	}
	if p == i || p >= len(s) || !isDigit(s[p]) {
		return 0
	}
	p++
	if p < len(s) && (isDigit(s[p]) || letter(s[p])) {
		p++
	}
	if p+4 > len(s) || s[p] != ' ' || !isDigit(s[p+1]) || !letter(s[p+2]) || !letter(s[p+3]) {
		return 0
	}
	if p+4 < len(s) && isAlnum(s[p+4]) {
		return 0
	}
	return p + 4
}

// ukAddressBack emits a UK address that ends with the postcode at s[i:end]
// after its town ("Leeds LS6 2AQ"), reading back over ", "-parts to the
// one that opens with the house number: "Flat 5, 19 Queensway, London W2
// 4QJ". It returns false when there is no house number.
func (sc *scanner) ukAddressBack(i, end int) bool {
	s := sc.s
	if i < 4 || s[i-1] != ' ' {
		return false
	}
	p := i - 1
	for segs := 0; segs < 4; segs++ {
		a := p
		for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && s[a-1] != ';' && s[a-1] != '!' &&
			s[a-1] != '?' && !(s[a-1] == '.' && s[a] == ' ') && p-a < 60 {
			a--
		}
		a = skipSpaces(s, a)
		if a < sc.lastEnd && sc.lastEnd < p {
			a = skipSpaces(s, sc.lastEnd) // after a name or a phone on the line: "Alan Pierce — 17 Elm Grove, Bristol BS7 8QS"
		}
		if a >= p || a < sc.lastEnd {
			return false
		}
		for c := a; c < p; c++ {
			if (c == a || s[c-1] == ' ') && isDigit(s[c]) && enAddressSegment(s[c:p]) == p-c {
				if q := alnumEnd(s, c); q < p && (s[q] == ' ' || s[q] == '/') {
					if u := sc.enUnitBefore(c); u < c {
						c = u
					} else if c == a {
						c = sc.venuePartBefore(a) // "the other yard at Manor Barn, 9 Rauceby Road, Sleaford NG34 8PX"
					}
					sc.emit(c, end, tAddress, 0.85, 0)
					return true
				}
			}
		}
		if segs > 0 && unitSegment(s[a:p]) {
			sc.emit(a, end, tAddress, 0.85, 0) // "Unit 4, Kingsway Business Park, Rochdale OL16 4NW"
			return true
		}
		if enAddressSegment(s[a:p]) != p-a {
			if t := trailingPlace(s[a:p]); segs > 0 && t > 0 && venueSegment(s[a+t:p]) && a+t >= sc.lastEnd {
				sc.emit(a+t, end, tAddress, 0.8, 0) // "site Knebworth Park, Old Knebworth, Stevenage SG1 2AX"
				return true
			}
			return false
		}
		if segs > 0 && streetSegment(s[a:p]) {
			// A street with no house number before the town: "Lakeside
			// Outdoor Centre, Mill Lane, Ambleside LA22 9BT"; a named place
			// before it belongs to the address, and a floor before that.
			v := sc.venuePartBefore(a)
			if v < a && v >= 4 && s[v-2:v] == ", " {
				b := v - 2
				for b > 0 && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != ':' && v-b < 30 {
					b--
				}
				if b = skipSpaces(s, b); b >= sc.lastEnd && b < v-2 && (unitSegment(s[b:v-2]) || isDigit(s[b]) && enAddressSegment(s[b:v-2]) == v-2-b) {
					v = b // "2nd Floor, Optimum House, Clippers Quay, Salford M50 3XP"
				}
			}
			sc.emit(v, end, tAddress, 0.8, 0)
			return true
		}
		if a < 2 || s[a-2] != ',' {
			return false
		}
		p = a - 2
	}
	return false
}

// venuePartBefore returns the start of a named place written as the
// address part before the one at a ("Lakeside Outdoor Centre, Mill Lane,
// …", "will visit Westfield Farm, Hall Lane, …"), or a.
func (sc *scanner) venuePartBefore(a int) int {
	s := sc.s
	v := a - 2
	if v <= 2 || s[v] != ',' || s[v+1] != ' ' {
		return a
	}
	b := v
	for b > 0 && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != ':' && v-b < 40 {
		b--
	}
	b = skipSpaces(s, b)
	if b >= sc.lastEnd && b < v && enAddressSegment(s[b:v]) == v-b && venueSegment(s[b:v]) {
		return b
	}
	if t := trailingPlace(s[b:v]); t > 0 && b+t >= sc.lastEnd && houseNameSegment(s[b+t:v]) {
		return b + t
	}
	return a
}

// streetSegment reports an address part that ends with an English street
// word: "Mill Lane", "Hollow Lane", "Old Kent Road".
func streetSegment(seg string) bool {
	sp := strings.LastIndexByte(seg, ' ')
	if sp < 0 {
		return false
	}
	return addrKindAt(seg, sp+1, len(seg)) == akENStreet
}

// venueSegment reports the name of a place that an address may open with:
// "Lakeside Outdoor Centre", "Camp Brightwater", "Knebworth Park"; not a
// hotel's, which the writers of the held-out files leave out.
func venueSegment(seg string) bool {
	var buf [16]byte
	for _, w := range strings.Fields(seg) {
		f, _ := foldInto(buf[:0], w)
		switch string(f) {
		case "centre", "center", "park", "ground", "camp", "farm", "manor", "hall", "house", "lodge", "school",
			"college", "church", "stadium", "club", "estate", "court", "works", "mill", "barn", "cottage", "inn", "farms",
			"grange":
			return true
		}
	}
	return false
}

// estateStart returns where a named estate or gated community opens the
// end of part, "… at Pine Hills estate", or -1.
func estateStart(part string) int {
	for _, w := range [...]string{" estate", " Estate", " village", " gated community"} {
		if strings.HasSuffix(part, w) {
			if t := trailingPlace(part[:len(part)-len(w)]); t >= 0 {
				return t
			}
		}
	}
	return -1
}

// houseNameSegment reports a rural house's name, which is part of its
// postal address ("Westfield Farm", "Manor Barn", "Thornton Grange"), as a
// hotel's or a shop's name is not.
func houseNameSegment(seg string) bool {
	var buf [16]byte
	sp := strings.LastIndexByte(seg, ' ')
	if sp < 0 {
		return false
	}
	f, _ := foldInto(buf[:0], seg[sp+1:])
	switch string(f) {
	case "farm", "farms", "barn", "grange", "cottage", "manor", "lodge", "mill", "house", "hall":
		return true
	}
	return false
}

// unitSegment reports "Unit 4", "Plot 3", "Flat 12B": a unit word and its number.
func unitSegment(seg string) bool {
	sp := strings.IndexByte(seg, ' ')
	if sp <= 0 || sp+1 >= len(seg) || !isDigit(seg[sp+1]) || alnumEnd(seg, sp+1) != len(seg) {
		return false
	}
	return addrKindAt(seg, 0, sp) == akENUnit
}

// isLowerStreetSuffix reports a suffix that follows a transliterated street name in lower case:
// "Tverskaya st. 12-45", "Lenina ul. 5", "Yaroslavskoye sh. 124",
// "Presnenskaya nab. 12", "Obukhovskoy Oborony pr. 70".
func isLowerStreetSuffix(w string) bool {
	switch w {
	case "st", "str", "ul", "ave", "pr", "prosp", "per", "street", "ulitsa", "prospekt", "pereulok", "sh", "shosse", "emb",
		"lane", "road", "avenue", "drive", "embankment", "highway", "square", "boulevard", "alley", "passage",
		"nab", "naberezhnaya", "pl", "ploshchad", "sq", "bul", "bulvar", "blvd", "proezd", "pr-d", "tupik", "alleya", "iela", "pr-t", "mkr", "md", "microdistrict", // "Aksai-4 md, bld 23", "Magistralny pr-d 22"
		"ko'chasi", "kochasi", "trakt", "tract", // Uzbek: "Registon ko'chasi 18"; "Sibirsky trakt, 12, bldg 8", "Sibirsky tract 12"
		"gatve", "gatvė", // Lithuanian
		"bulvāris", "bulvaris", "dambis", "prospekts", "šoseja", "soseja", // Latvian: "Raiņa bulvāris 8", "Ganību dambis 26"
		"put", "obala", "cesta": // Montenegro, Slovenia: "Jadranski put 12", "Slovenska obala 10"
		return true
	}
	return false
}

// streetLowerSuffix emits an address from the capitalized Latin word at
// s[i:j] and up to three more when a lower-case street suffix and a house
// number follow: "Bolshaya Serpukhovskaya st. 44, apt. 19", or the number
// in a part of its own: "Leningradskaya st., bld. 29", "Kantemirovskaya st.,
// 58, office 3".
func (sc *scanner) streetLowerSuffix(i, j int) int {
	s := sc.s
	for words := 0; words < 3 && j+1 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]); words++ {
		j = wordEnd(s, j+1) // "Obukhovskoy Oborony", "Krišjāņa Valdemāra"
	}
	if j+5 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && startsAny(s[j+2:], "st ", "nd ", "rd ", "th ") {
		j += 4 // the ordinal after the name, as Moscow's numbered streets write it: "Tverskaya-Yamskaya 1st st., bld. 18"
	}
	if j+3 >= len(s) || s[j] != ' ' || s[j+1] < 'a' || s[j+1] > 'z' {
		return 0
	}
	q := j + 1
	for q < len(s) && (s[q] >= 'a' && s[q] <= 'z' || s[q] == '-' || s[q] == '\'' && q+1 < len(s) && s[q+1] >= 'a' ||
		s[q] >= 0xC3 && s[q] <= 0xC5 && q+1 < len(s) && q > j+1) {
		if s[q] >= 0xC3 {
			q++ // a Latin letter beyond ASCII inside the word, two bytes: "bulvāris"
		}
		q++
	}
	w := s[j+1 : q]
	if w == "g" && q < len(s) && s[q] == '.' && endsAny(s[i:j], "ės", "os", "o", "ų", "is", "es", "us") {
		w = "gatve" // a Lithuanian gatvė: "Pramonės g. 15", "Ukmergės g. 280", "Pylimo g. 21", "Vilniaus g. 31", "Ateities g. 30"
	}
	if strings.HasPrefix(s[q:], "‘chasi") && w == "ko" {
		q += len("‘chasi")
		w = "ko'chasi"
	}
	if q-j > 14 || !isLowerStreetSuffix(w) { // "microdistrict" is the longest
		return 0
	}
	if (w == "tract" || w == "trakt") && !endsAny(s[i:j], "sky", "skiy", "skoy") {
		return 0 // a Siberian highway's adjective: "Sibirsky tract 12"; not "the Urinary tract"
	}
	if q+2 < len(s) && s[q] == '.' && s[q+1] == ',' && s[q+2] == ' ' {
		q++ // the abbreviation's dot before the town: "8 Ostozhenka st., Moscow 119034"
	} else if strings.HasPrefix(s[q:], ". V.O.") || strings.HasPrefix(s[q:], ". P.S.") {
		q += len(". V.O.") // St Petersburg's island after the street: "14 Sredny pr. V.O., apt 9"
	}
	e := numberAfterStreet(s, q)
	if e == 0 && !houseBeforeName(s, j+1) {
		e = houseInNextPart(s, q) // but "2 Ryazansky prospekt, bldg 1": the house came first, the building follows it
	}
	if e == 0 && houseBeforeName(s, j+1) && !(w == "per" && (q >= len(s) || s[q] != '.')) { // not "20 Mbps per device"
		// The house before the name: "12 Brivibas iela, Riga LV-1010".
		b := i - 1
		for b > 0 && s[b-1] != ' ' {
			b--
		}
		if b >= sc.lastEnd {
			end := sc.enAddressTail(q)
			if v := sc.venueBefore(b); v < b {
				b = v
			} else if u := sc.enUnitBefore(b); u < b {
				b = u // "Apt 12, 8 Ostozhenka st., Moscow 119034"
			}
			sc.emit(b, end, tAddress, 0.85, 0)
			return end
		}
	}
	if e == 0 {
		return 0
	}
	end := sc.enAddressTail(e)
	if o := ordinalBefore(s, i); o >= 0 && o >= sc.lastEnd {
		i = o
	} else if k := kmOfRoadEN(s, i, sc.lastEnd); k >= 0 {
		i = k // "14 km of the Orenburg-Sakmara road, bldg 1"
	}
	sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0)
	return end
}

// houseInNextPart returns the end of a house number in the ", "-part after
// a street suffix at q ("st., bld. 29", "st., 58", "ul., d. 5"), or 0.
func houseInNextPart(s string, q int) int {
	if q < len(s) && s[q] == '.' {
		q++
	}
	if q+2 >= len(s) || s[q] != ',' || s[q+1] != ' ' {
		return 0
	}
	p := q + 2
	for _, m := range [...]string{"bld. ", "bld ", "bldg. ", "bldg ", "building ", "house ", "d. ", "h. ", "No. ", "№ "} {
		if strings.HasPrefix(s[p:], m) {
			p += len(m)
			break
		}
	}
	if p >= len(s) || !isDigit(s[p]) {
		return 0
	}
	e := alnumEnd(s, p)
	if e-p > 5 || e < len(s) && s[e] != ',' && s[e] != ' ' && s[e] != '\n' && s[e] != '.' || unitFollows(s, e) {
		return 0 // not a count: "on Lenina avenue, 5 min late"
	}
	return e
}

// commaStreet emits a street named without its keyword and its house after
// a comma, as residents write them: "на Викулова, 33/2", "ТСЖ Уральская,
// 56", "по Большой Покровской, 32". The street's word is at s[i:j]; a
// preposition or a ТСЖ before it, or an adjective's ending with a size
// word before it, must say it is a street, and nothing but a clause's end
// may follow the house ("Иванова, 25 лет" is an age). Flats and the like
// after the house are left to the Russian address rules.
func (sc *scanner) commaStreet(i, j int) int {
	s := sc.s
	p := j + 2
	e := p
	for e < len(s) && e-p < 3 && isDigit(s[e]) {
		e++
	}
	if e < len(s) && s[e] == '/' && e+1 < len(s) && isDigit(s[e+1]) {
		e++
		for e < len(s) && isDigit(s[e]) {
			e++
		}
	}
	if e < len(s) && (isDigit(s[e]) || isASCIILetter(s[e]) || s[e] == '-' || (s[e] == '.' || s[e] == ':') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0 // not a time: "погребение на Хованском, 14:00"
	}
	if e < len(s) && s[e] >= 0x80 && s[e] != 0xE2 { // not a dash: "56 — нет отопления"
		if sz, up := letterAt(s, e); sz > 0 && !up && (e+sz == len(s) || !isAlnum(s[e+sz]) && s[e+sz] < 0x80) {
			e += sz // "Уральская, 56а"
		} else if strings.HasPrefix(s[e:], "к") && e+2 < len(s) && isDigit(s[e+2]) && e-p <= 3 {
			e += 2 // a building glued on: "Большая Серпуховская, 31к6"
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80) {
				return 0
			}
		} else if sz > 0 {
			return 0
		}
	}
	flatAfter := e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' && startsAny(s[e+2:], "кв", "корп", "к.", "к ", "стр", "под", "оф", "пом", "лит", "д.")
	if !flatAfter && unitFollows(s, e) ||
		startsAny(s[e:], " лет", " год", " чел", " раз", " мин", " час", " дн", " шт", " кг", " км", " %") {
		return 0 // a floor after it, an age, a count
	}
	var buf [48]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		return 0
	}
	start := i
	cue, titled := false, false
	var pb [24]byte
	streetCue := func(w string) bool {
		switch w {
		case "на", "по", "ул", "улица", "улице", "адрес", "адресу", "тсж", "жк", "дом", "доме",
			"с", "со", "у", "от", "до", "дворе", "возле", "около", "напротив": // "забираешь Octavia с Профсоюзной, 104"
			return true
		}
		return false
	}
	switch w := string(prevWord(s, i, pb[:0])); w {
	case "большой", "малой", "большая", "малая", "большую", "малую", "нижней", "нижняя", "верхней", "верхняя", "новой", "новая", "новую", "старой", "старая",
		"маршала", "генерала", "адмирала", "академика", "героев": // "с Маршала Жукова, 154", "на Героев Хасана, 105/2"
		b := wordStartBefore(s, i-1)
		if b < 0 {
			return 0
		}
		start = b
		cue = streetCue(string(prevWord(s, b, pb[:0]))) // "во дворе Большой Пушкарской, 20"
		switch w {
		case "маршала", "генерала", "адмирала", "академика", "героев":
			titled = true // any surname in the genitive: "на Академика Янгеля, 8"
		default:
			cue = cue || endsAny(s[i:j], "ская", "ской", "цкая", "цкой") // a size word and a street's adjective: "у подъезда, Большая Серпуховская, 31к6"
		}
	default:
		// A pipe table's cell that holds the street and its house alone:
		// "| Сафонова Галина | Бутлерова, 9 |".
		cue = streetCue(w) || i >= 2 && s[i-2:i] == "| " && e < len(s) && cellEndAt(s, e)
	}
	adj := endsAny(string(w), "ская", "ской", "скую", "цкая", "цкой", "ная", "ной", "ную", "вая", "вой", "вую") // "на Большую Морскую, 35", "На Большой Садовой, 47"
	gen := endsAny(string(w), "ова", "ева", "ина", "ына", "ого", "его") ||
		len(w) >= 16 && string(w[len(w)-2:]) == "а" && !sc.nameToken(i, j).first() && !ruCities[string(w[:len(w)-2])] &&
			wordsBefore(s, i, "на ", "по ") // a foreign surname's genitive: "на Цвиллинга, 58", "на Шейнкмана, 102"; not "до Хабаровска, 8"
	if !cue || !adj && !gen && !titled || start < sc.lastEnd {
		return 0
	}
	if flatAfter {
		if f := sc.houseParts(e); f > e {
			e = f // "по Большой Покровской, 32, кв. 5"
		} else {
			return 0
		}
	}
	sc.emit(start, e, tAddress, 0.8, 0)
	return e
}

// houseStreetFirstEN emits an address that opens with "house" and its number,
// then names its street and perhaps its village: "house 9, Tsentralnaya
// St., Dorokhovo, Ruza district", "park at house 5A, Lesnaya St.,
// Dukhanino". It returns the end, or 0.
func (sc *scanner) houseStreetFirstEN(i, j int) int {
	s := sc.s
	p := j + 1
	if i < sc.lastEnd || p+1 >= len(s) || s[j] != ' ' || !isDigit(s[p]) {
		return 0
	}
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q < len(s) && isUpperASCII(s[q]) {
		q++ // "5A"
	}
	if q-p > 5 || q+3 >= len(s) || s[q] != ',' || s[q+1] != ' ' || !isUpperASCII(s[q+2]) {
		return 0
	}
	w := q + 2
	for k := 0; k < 3; k++ {
		e := wordEnd(s, w)
		if e == w {
			return 0
		}
		if k > 0 && addrKindAt(s, w, e) == akENStreet {
			if e < len(s) && s[e] == '.' {
				e++
			}
			end := sc.enAddressTail(e)
			sc.emit(i, end, tAddress, 0.8, 0)
			return end
		}
		if e+1 >= len(s) || s[e] != ' ' || !isUpperASCII(s[e+1]) {
			return 0
		}
		w = e + 1
	}
	return 0
}

// cellVillageBefore returns the start of a village's name that opens a
// table's cell before the street at i, ", " between ("| Yagodnoye,
// Sadovaya 3 |", ";Vasilyevka, Polevaya 23;"), or i.
func cellVillageBefore(s string, i, lastEnd int) int {
	if i < 4 || s[i-2:i] != ", " {
		return i
	}
	if b := wordStartBefore(s, i-2); b >= lastEnd && b >= 0 && isUpperASCII(s[b]) && (b >= 2 && s[b-2:b] == "| " || b >= 1 && (s[b-1] == ';' || s[b-1] == '\t')) {
		return b
	}
	return i
}

// buildingHouse reports a house number and its building after a slash,
// and perhaps a flat after a hyphen: "69/15", "24/8-311"; not "3/4".
func buildingHouse(h string) bool {
	k := strings.IndexByte(h, '/')
	if k < 1 || k > 3 || k+1 >= len(h) {
		return false
	}
	b := h[k+1:]
	if d := strings.IndexByte(b, '-'); d >= 0 {
		b = b[:d]
	}
	return len(b) >= 1 && len(b) <= 3 && allDigits(b) && allDigits(h[:k]) && !(k == 1 && len(b) == 1)
}

// latinBareStreet emits a transliterated Russian street written without a
// suffix, from the capitalized word at s[i:j] (a genitive or adjective
// ending) and a house number with a flat after it or an address cue before
// it: "Address is Lenina 5, apt 12, Kazan", "still Nevsky 28 kv 5?".
func (sc *scanner) latinBareStreet(i, j int) int {
	s := sc.s
	if j-i < 4 || englishMonth(s[i:j]) {
		return 0 // not a date: "Mar 30, 2024"
	}
	last := j // the street name may take a second word: "Novy Arbat 15, apt 1104"
	if j+2 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) {
		last = wordEnd(s, j+1)
		if addrKindAt(s, j+1, last) == akENStreet {
			return 0 // "Bronnaya St 15" of "Malaya Bronnaya St 15": addressEN reads the whole name
		}
		if numbersLabel(s[j+1 : last]) {
			return 0 // a label before numbers: "Transaction IDs 88213, 88214"
		}
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[i:j])
	ws := unsafe.String(unsafe.SliceData(w), len(w))
	// A title or "Heroes'" before a name in the genitive is a street's own
	// opening: "on Geroev Khasana, 7a", "Marshala Zhukova 12".
	titled := last > j && (ws == "marshala" || ws == "generala" || ws == "admirala" || ws == "akademika" || ws == "geroev" || ws == "kosmonavta")
	p := last + 1
	if titled && last+3 < len(s) && s[last] == ',' && s[last+1] == ' ' && isDigit(s[last+2]) {
		p = last + 2
	} else if last+2 >= len(s) || s[last] != ' ' || !isDigit(s[last+1]) {
		return 0
	}
	if addrKind(w) == akENUnit || nameStop[string(w)] {
		return 0 // "Entrance 4, floor 11": units, no street; "Dorm 3, room 406"
	}
	switch ws {
	case "ward", "wing", "level", "bay", "hall", "cabin", "deck", "seat", "section", "pavilion", "module", "lab", "theatre":
		return 0 // a part of a building: "Ward 5, room 506"
	}
	ok := endsAny(ws, "ina", "ova", "eva", "aya", "oy", "iy", "sky", "skaya", "skaja", "ogo", "ya", "yy") || // and Belarusian "Kalvaryjskaja"
		endsAny(ws, "ov", "ev") && !isUpperASCII(s[i+1]) // a street of a trade in the genitive plural: "Montazhnikov 7-91"; not a brand, "SOKOLOV 585"
	known := latinStreetNames[ws]
	ok = ok || known || titled
	q := p
	for q < len(s) && (isDigit(s[q]) || s[q] == '/' || s[q] == '-' && q+1 < len(s) && isDigit(s[q+1])) {
		q++
	}
	if q > p && q < len(s) && isASCIILetter(s[q]) && (q+1 == len(s) || !isASCIILetter(s[q+1])) && ok {
		q++ // "Malaya Lubyanka 12a"
	}
	if q-p > 6 && !(q-p <= 10 && buildingHouse(s[p:q])) || q < len(s) && isASCIILetter(s[q]) {
		return 0 // but "Lenina 24/8-311"
	}
	if s[p] == '0' || q+1 < len(s) && s[q] == '.' && isDigit(s[q+1]) {
		return 0 // a date, no house: "evacuation from Mutnovsky 07.08"
	}
	if startsAny(s[q:], " RUB", " USD", " EUR", " KZT", " UZS", " BYN", " GEL", " AMD", " руб", " ₽", " тенге") {
		return 0 // a sum promised, no house: "- Yusupova 2500 RUB by 15.04"
	}
	if q+4 < len(s) && s[q] == ' ' && englishMonth(s[q+1:wordEnd(s, q+1)]) {
		return 0 // a date, no house: "Site visits: Matrosov 14-16 May"
	}
	if q+3 < len(s) && s[q] == ',' && s[q+1] == ' ' && isUpperASCII(s[q+2]) {
		if w := wordEnd(s, q+2); w+1 < len(s) && s[w] == ' ' && isDigit(s[w+1]) && addrKindAt(s, q+2, w) == 0 {
			return 0 // a list of names and counts: "Gorbunov 14, Safina 12, Bayramov 11"
		}
	}
	if i >= 4 && s[i-2:i] == ", " && isDigit(s[i-3]) {
		k := i - 3
		for k > 0 && isDigit(s[k-1]) {
			k--
		}
		if k >= 2 && s[k-1] == ' ' && s[k-2] >= 'a' && s[k-2] <= 'z' {
			return 0 // a list of counts: "website 142, Instagram 87, showroom walk-ins 39"
		}
	}
	unit := unitFollowsHouse(s, q)
	// A house with a building after a slash is an address's own shape: "Marata 69/15", "Lenina 24/8-311".
	slash := (ok || strings.HasSuffix(ws, "a")) && last == j && buildingHouse(s[p:q])
	bracket := ok && i > 0 && s[i-1] == '(' && q < len(s) && s[q] == ')' // "Church of St. Louis (Malaya Lubyanka 12a)"
	onAdj := ok && last > j && placePrepBefore(s, i) && (strings.HasSuffix(ws, "aya") || strings.HasSuffix(ws, "oy") ||
		strings.HasSuffix(ws, "iy") || strings.HasSuffix(ws, "yy")) // "our office on Bolshaya Morskaya 35"
	if !ok && !unit && !slash || last > j && !unit && !bracket && !onAdj && !titled {
		return 0 // any name before a house and a flat ("Ostozhenka 25, apt 7"); a Russian ending otherwise
	}
	end := sc.enAddressTail(q)
	cityBefore := ok && last == j && i >= 4 && s[i-2:i] == ", " && knownCity(s[max(wordStartBefore(s, i-2), 0):i-2]) // "620075 Yekaterinburg, Malysheva 51"
	// A street every town has, or an adjective's long name, closing its
	// clause with the house: "the printer at Baumana 44 is jammed",
	// "Visitor parking request — Uralskaya 56".
	closing := (known || len(ws) >= 7 && strings.HasSuffix(ws, "aya")) && last == j && clauseEndEN(s, q)
	// A house and its flat joined by a hyphen after a Russian ending: "Kosareva 21-17", "Profsoyuznaya 104-56"; not a
	// phone's groups, "Ivanova 21-17-05".
	flatDash := ok && last == j && strings.Count(s[p:q], "-") == 1 && strings.IndexByte(s[p:q], '/') < 0 && q-p >= 4 &&
		!(q+1 < len(s) && s[q] == '-' && isDigit(s[q+1]))
	if end == q && !addressCue(s, i) && !(ok && last == j && placePrepBefore(s, i)) && !bracket && !onAdj && !slash && !cityBefore && !closing && !flatDash && !titled {
		return 0 // but "the garage on Profsoyuznaya 56 quoted …"
	}
	start := sc.addressLeft(i)
	if start == i {
		start = cellVillageBefore(s, i, sc.lastEnd)
	}
	if end == q && closing && !addressCue(s, i) && !cityBefore && start < i && !placePartsBefore(s[start:i]) {
		start = i // a hotel or a campus before the street is no part of it: "Ritz-Carlton, Tverskaya 3 (B2B)"
	}
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// placePartsBefore reports a city, a region or a village among the
// comma-separated parts before a street: "Krasnoyarsk, Udachny village, ".
func placePartsBefore(parts string) bool {
	for _, part := range strings.Split(strings.TrimSuffix(parts, ", "), ", ") {
		if cityNamed(part) || regionPart(part) || strings.HasSuffix(part, " village") {
			return true
		}
	}
	return false
}

// greekStreet emits a Cypriot or Greek street named after a saint, a king
// or an archbishop, as transliterations write it, with its house before or
// after it: "Agiou Andreou 215", "15 Vasileos Konstantinou, Apt 204",
// "Агиу Андреу, 215, кв. 302". s[i:j] is the street's first word. It
// returns the end, or 0.
func (sc *scanner) greekStreet(i, j int) int {
	s := sc.s
	switch s[i:j] {
	case "Agiou", "Agias", "Agion", "Vasileos", "Vasilissis", "Archiepiskopou", "Leoforos", "Агиу", "Агиас", "Василеос", "Архиепископу":
	default:
		return 0
	}
	if j+2 >= len(s) || s[j] != ' ' || !upperAt(s[j+1:]) {
		return 0
	}
	e := wordEnd(s, j+1)
	if e+1 < len(s) && s[e] == ' ' && addrKindAt(s, e+1, wordEnd(s, e+1)) == akENStreet {
		return 0 // a street word after the name: "14 Agiou Andreou Street", which addressEN reads
	}
	start, end := i, e
	if h := houseStartBefore(s, i); h >= 0 {
		start = h // "15 Vasileos Konstantinou"
	}
	p := e
	if strings.HasPrefix(s[p:], ", ") {
		p += 2
	} else if p < len(s) && s[p] == ' ' {
		p++
	}
	if p < len(s) && isDigit(s[p]) {
		if q := alnumEnd(s, p); q-p <= 4 && (q == len(s) || !isAlnum(s[q])) {
			end = q
		}
	}
	if end == e && start == i || start < sc.lastEnd {
		return 0 // a district, no house: "Location: Agios Athanasios"
	}
	if s[i] < 0x80 {
		end = sc.enAddressTail(end)
	} else {
		end = sc.addressRight(sc.houseParts(end))
	}
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// latinStreetNames holds the Latin spellings of the streets most Russian
// towns have (streetGenitives, commonStreetNames) and St Petersburg's
// "Marata": "Lenina", "Baumana".
var latinStreetNames = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range [...]map[string]bool{streetGenitives, commonStreetNames, {"марата": true}} {
		for w := range t {
			for _, l := range latinSpellings(w) {
				m[l] = true
			}
		}
	}
	return m
}()

// clauseEndEN reports the end of a clause at q, after a house: the end of
// s or of a line, a stop, a bracket, a dash or "is": "Lenina 36.",
// "Tverskaya 3 (B2B)", "Baumana 44 is jammed".
func clauseEndEN(s string, q int) bool {
	return q == len(s) || strings.IndexByte("\n.;)", s[q]) >= 0 || startsAny(s[q:], " (", " — ", " – ", " - ", " is ", " site")
}

// houseLedStreet emits a transliterated Russian street written after its
// house and before a flat, with no street word: "7 Sadovaya-Kudrinskaya,
// apt 15, Moscow". s[i:j] is the street's name, a comma follows it. It
// returns the end, or 0.
func (sc *scanner) houseLedStreet(i, j int) int {
	s := sc.s
	h := houseStartBefore(s, i)
	if h < 0 || !unitFollowsHouse(s, j) || !endsAny(s[i:j], "aya", "ova", "eva", "ina", "oy", "iy", "yy", "sky", "ovka", "evka", "enka", "inka") {
		return 0
	}
	if h < sc.lastEnd {
		return 0
	}
	end := sc.enAddressTail(j)
	sc.emit(h, end, tAddress, 0.8, 0)
	return end
}

// addrKindAt returns the address kind of the word s[i:j].
func addrKindAt(s string, i, j int) uint8 {
	var buf [32]byte
	f, _ := foldInto(buf[:0], s[i:j])
	return addrKind(f)
}

// placePrepBefore reports "on", "at" or "to" right before i.
func placePrepBefore(s string, i int) bool {
	return i >= 3 && (strings.HasSuffix(s[:i], " on ") || strings.HasSuffix(s[:i], " at ") || strings.HasSuffix(s[:i], " to ") ||
		strings.HasSuffix(s[:i], " from "))
}

// postcodeCity returns the end of ", <postcode> <City>" at p — a postcode
// of four to seven digits, optionally in two groups or after a country
// prefix ("10117 Tallinn", "00-514 Warszawa", "113 34 Stockholm", "101 00
// Praha 10", "LV-1010") — or 0.
func postcodeCity(s string, p int) int {
	if p+4 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return 0
	}
	q := p + 2
	if q+3 < len(s) && isUpperASCII(s[q]) && isUpperASCII(s[q+1]) && s[q+2] == '-' {
		q += 3 // "LV-1010"
	}
	digits := 0
	for q < len(s) && (isDigit(s[q]) || (s[q] == ' ' || s[q] == '-') && q+1 < len(s) && isDigit(s[q+1]) && digits > 0) {
		if isDigit(s[q]) {
			digits++
		}
		q++
	}
	if digits < 4 || digits > 7 {
		return 0 // "Flat 4, 118 Cromwell Road": three digits are a house number
	}
	if q == len(s) || s[q] == ',' || s[q] == '.' || s[q] == '\n' {
		return q // "Rīga, LV-1010"
	}
	if s[q] != ' ' || q+1 >= len(s) {
		return 0
	}
	if sz, up := letterAt(s, q+1); sz == 0 || !up {
		return 0
	}
	e := wordEnd(s, q+1)
	if e+2 < len(s) && s[e] == ' ' && isDigit(s[e+1]) && (e+2 == len(s) || !isDigit(s[e+2])) {
		e += 2 // "Praha 10"
	}
	for _, link := range [...]string{" am ", " an der ", " upon ", " sur ", " en "} {
		if strings.HasPrefix(s[e:], link) && e+len(link) < len(s) {
			if sz, up := letterAt(s, e+len(link)); sz > 0 && up {
				e = wordEnd(s, e+len(link)) // "Frankfurt am Main", "Boulogne sur Mer"
			}
			break
		}
	}
	return e
}

// continentalAddress emits a European address anchored by its postcode and
// town, from the capitalized street word at s[i:j]: one to three words (a
// lower-case abbreviation among them), the house number, an optional flat,
// then ", <postcode> <Town>": "Tartu mnt 16-12, 10117 Tallinn", "Korunní
// 1208/74, 101 00 Praha 10", "Marszałkowska 84/92 lok. 105, 00-514
// Warszawa", "Sveavägen 44, lgh 1102, 113 34 Stockholm".
func (sc *scanner) continentalAddress(i, j int) int {
	s := sc.s
	if i >= 3 && s[i-1] == ' ' {
		var buf [32]byte
		if b := wordStartBefore(s, i-1); b >= 0 {
			if w, ok := foldInto(buf[:0], s[b:i-1]); ok && carBrands[string(w)] {
				return 0 // a car's model and its year: "Toyota Camry 70, 2020"
			}
		}
	}
	p := j
	streetWord := false
	for words := 0; words < 3 && p+1 < len(s) && s[p] == ' ' && !isDigit(s[p+1]); words++ {
		q := wordEnd(s, p+1)
		if q == p+1 || q-p > 20 {
			return 0
		}
		if sz, up := letterAt(s, p+1); sz > 0 && !up && !streetAbbrev(s[p+1:q]) && !(words == 0 && streetParticle(s[p+1:q])) {
			return 0 // only capitalized words, street abbreviations and a particle: not "Sidorova at Hauptstraße"; "Unter den Linden 77"
		}
		streetWord = streetWord || s[p+1:q] == "iela"
		if numbersLabel(s[p+1:q]) || englishMonth(s[p+1:q]) {
			return 0 // "Transaction IDs 88213, 88214, 88215", "Effective July 1, 2025"
		}
		if q < len(s) && s[q] == '.' {
			q++ // "mnt.", "str."
		}
		p = q
	}
	if p+1 >= len(s) || s[p] != ' ' || !isDigit(s[p+1]) {
		return 0
	}
	q := p + 1
	for q < len(s) && (isDigit(s[q]) || (s[q] == '/' || s[q] == '-') && q+1 < len(s) && isDigit(s[q+1])) {
		q++
	}
	if q-p > 10 || q < len(s) && isASCIILetter(s[q]) && !(q+1 < len(s) && !isAlnum(s[q+1])) {
		return 0
	}
	if q < len(s) && isASCIILetter(s[q]) {
		q++ // "12a"
	}
	for parts := 0; parts < 2 && unitFollowsHouse(s, q); parts++ { // " lok. 105", ", lgh 1102"
		r := q + 1
		if s[q] == ',' {
			r++
		}
		r = wordEnd(s, r)
		if r < len(s) && s[r] == '.' {
			r++
		}
		r = skipSpaces(s, r)
		x := r
		for x < len(s) && isAlnum(s[x]) {
			x++
		}
		if x == r {
			break
		}
		q = x
	}
	e := postcodeCity(s, q)
	if e == 0 && streetWord && (q == len(s) || s[q] == ',') {
		e = q // a Latvian street's word names it without a postcode before the city: "Krišjāņa Barona iela 41/43-7, Rīga, LV-1011"
	}
	if e == 0 || e+2 < len(s) && s[e] == ' ' && addrKindAt(s, e+1, wordEnd(s, e+1)) == akENStreet && addrKindAt(s, i, j) == akENUnit {
		return 0 // a suite, a house and its street, no postcode and town: "Suite 40, 1200 Bay Street"; but "Box 218, 4402 Range Road 52"
	}
	e = sc.enAddressTail(e)
	if i >= 3 && s[i-3:i] == "Na " && (i == 3 || !isAlnum(s[i-4])) && i-3 >= sc.lastEnd {
		i -= 3 // a Czech street opening with its preposition, which the name tables know as "Li Na"'s: "Na Florenci 2116/15, 110 00 Praha 1"
	}
	sc.emit(sc.addressLeft(i), e, tAddress, 0.85, 0)
	return e
}

// streetParticle reports an article or a preposition inside a European
// street's name: "Unter den Linden", "Rue de la Paix".
func streetParticle(w string) bool {
	switch w {
	case "den", "der", "des", "de", "la", "del", "di", "da", "am", "an", "im":
		return true
	}
	return false
}

// streetAbbrev reports a lower-case word that belongs to a European street
// name: "Tartu mnt", "Valdemāra iela", "al. Jerozolimskie".
func streetAbbrev(w string) bool {
	switch w {
	case "mnt", "iela", "ul", "al", "pl", "str", "tr", "bd", "av", "gt", "vej", "tee", "de", "la", "del", "di", "da", "do", "dos", "das":
		return true
	}
	return false
}

// unitLedAddress emits an address that opens with a flat or unit and its
// number and goes on over capitalized parts: "Apt 1203, Al Reem Tower, Al
// Reem Island, Abu Dhabi", "Unit 7, Braunstone Frith Industrial Estate,
// Leicester LE3 1SU". At least two parts must follow.
func (sc *scanner) unitLedAddress(i, j int) int {
	s := sc.s
	if j+2 >= len(s) || s[j] != ' ' || !isDigit(s[j+1]) || i >= 2 && s[i-2] == ',' && !firmFormBefore(s, i-2) {
		return 0 // after ", " the unit is a middle part: "1450 Broadway, Suite 900, New York"; not after a firm, "… Pvt Ltd, Plot 47"
	}
	q := alnumEnd(s, j+1)
	if strings.HasPrefix(s[q:], " Lot ") && q+6 < len(s) && isDigit(s[q+5]) {
		q = alnumEnd(s, q+5) // a Philippine block and lot: "Blk 12 Lot 7, Mabuhay Homes, Brgy. San Isidro"
	}
	if k := skipSpaces(s, q+1); q-j > 7 && !strings.Contains(s[j:q], " Lot ") || q+3 >= len(s) || s[q] != ',' || k == len(s) || isDigit(s[k]) {
		return 0 // "Flat 4, 118 Cromwell Road": the house number leads, for addressEN
	}
	end := q
	parts := 0
	for parts < 5 {
		p := end
		if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
			break
		}
		r := p + 2
		x := r
		for x < len(s) && s[x] != ',' && s[x] != '\n' && (s[x] != '.' || abbrevDot(s, r, x) || x == r+2 && s[r:x] == "No") && x-r < 50 {
			x++ // and a house's "No.": "Shop 2-118, Baiyun World Leather Trading Center, No. 1133 Jiefang North Road"
		}
		n := enAddressSegment(s[r:x])
		if n > 0 && n < x-r && parts >= 1 && s[r+n] == ' ' && postcodeEnds(s, r, r+n) {
			end = r + n // the town and its postcode end it, words follow: "…, Watford WD18 9RE open on Saturdays?"
			parts++
			break
		}
		if n == 0 || n != x-r {
			break
		}
		end = x
		var buf [16]byte
		if w, _ := foldInto(buf[:0], s[r:wordEnd(s, r)]); addrKind(w) != akENUnit {
			parts++ // "Entrance 4, floor 11" has no named part
		}
	}
	if parts < 2 {
		return 0
	}
	end = sc.enAddressTail(end) // "…, Binjiang District, Hangzhou 310052"
	sc.emit(i, end, tAddress, 0.8, 0)
	return end
}

// postcodeEnds reports a UK postcode as the last word or two of s[a:e]:
// "Watford WD18 9RE".
func postcodeEnds(s string, a, e int) bool {
	last := strings.LastIndexByte(s[a:e], ' ')
	if last <= 0 {
		return false
	}
	prev := strings.LastIndexByte(s[a:a+last], ' ')
	return prev > 0 && ukPostcodeAt(s, a+prev+1) == e || ukPostcodeAt(s, a+last+1) == e
}

// firmFormBefore reports a company's legal form right before the comma at
// c: "Mehta Exports Pvt Ltd, Plot 47".
func firmFormBefore(s string, c int) bool {
	return endsAny(s[max(0, c-6):c], " Ltd", " LLC", " Inc", " GmbH", " LLP", " FZE", " FZCO", " FZ-LLC", " PLC")
}

// streetPrefixWords open a street before its name, after the house number:
// "17 rue des Martyrs", "91 Rua Augusta", "5 avenue Foch".
var streetPrefixWords = map[string]bool{"rue": true, "rua": true, "avenue": true, "av": true, "boulevard": true,
	"bd": true, "place": true, "quai": true, "chemin": true, "allée": true, "impasse": true, "calle": true,
	"via": true, "viale": true, "corso": true, "piazza": true, "avenida": true, "travessa": true, "largo": true,
	"bulevar": true, "strada": true, "promenade": true, "voie": true, "cours": true}

// lowerStreetPrefixes may be written in lower case: "17 rue des Martyrs"
// (but "Dec 4 via Zoom").
var lowerStreetPrefixes = map[string]bool{"rue": true, "rua": true, "avenue": true, "boulevard": true, "bd": true,
	"quai": true, "chemin": true, "impasse": true, "calle": true}

// numberedStreet emits an address from the house number at s[i:end] when a
// street prefix and a capitalized name follow: "17 rue des Martyrs, 75009
// Paris", "5 Rue Saint-Denis, 75001 Paris".
func (sc *scanner) numberedStreet(i, end int) bool {
	s := sc.s
	if end-i > 4 || end+3 >= len(s) || s[end] != ' ' || i < sc.lastEnd || s[end+1] >= 0x80 ||
		strings.IndexByte("rRaAbBpPqQcCiIvVlLtT", s[end+1]) < 0 {
		return false // the street prefixes open with one of these letters: "rue", "Via", "avenue"
	}
	p := end + 1
	q := wordEnd(s, p)
	if q-p > 9 {
		return false
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[p:q])
	switch {
	case q-p == len("allée") && strings.EqualFold(s[p:q], "allée"):
	case q == p || !streetPrefixWords[string(w)]:
		return false
	case !isUpperASCII(s[p]) && !lowerStreetPrefixes[string(w)]:
		return false // "Dec 4 via Zoom"
	}
	if q < len(s) && s[q] == '.' {
		q++
	}
	names, e := 0, q
	for words := 0; words < 5 && e+1 < len(s) && s[e] == ' '; words++ {
		r := e + 1
		x := wordEnd(s, r)
		if x == r {
			break
		}
		if r+3 < len(s) && (s[r] == 'l' || s[r] == 'd') && s[r+1] == '\'' && isUpperASCII(s[r+2]) {
			x = wordEnd(s, r+2) // an elided article: "9 Rue de l'Arcade, 75008 Paris"
			names++
		} else if sz, up := letterAt(s, r); sz > 0 && up {
			names++
		} else if !streetLinks[s[r:x]] {
			break
		}
		e = x
	}
	if names == 0 {
		return false
	}
	e = sc.enAddressTail(e)
	sc.emit(sc.enUnitBefore(i), e, tAddress, 0.85, 0)
	return true
}

// enUnitBefore extends an English address start over a unit that precedes
// the house number: "Apt 4B, 221B Baker Street", "Flat 2, 14 Abbey Road".
func (sc *scanner) enUnitBefore(start int) int {
	s := sc.s
	if start < 4 || s[start-1] != ' ' || s[start-2] != ',' {
		return start
	}
	p := start - 2
	b := p
	for b > 0 && s[b-1] != ' ' && p-b < 8 {
		b--
	}
	if b == p || b < 2 || s[b-1] != ' ' || !isAlnum(s[b]) && s[b] != '#' {
		return start
	}
	var buf [32]byte
	if f, _ := foldInto(buf[:0], s[b:p]); isDigit(s[start]) && (string(f) == "floor" || buildingWord(string(f))) {
		// "3rd Floor, 27 Old Gloucester Street", "Salisbury House, 29 Finsbury Circus"
		a := b
		for words := 0; words < 3 && a >= 2 && s[a-1] == ' ' && a-1 > sc.lastEnd; words++ {
			w := a - 1
			for w > 0 && s[w-1] != ' ' && s[w-1] != '\n' && s[w-1] != ',' && s[w-1] != ':' {
				w--
			}
			if w == a-1 || !(isUpperASCII(s[w]) || string(f) == "floor" && isDigit(s[w])) || w < sc.lastEnd {
				break
			}
			if k := enStop[strings.ToLower(s[w:a-1])]; k || buildingStop(s[w:a-1]) {
				break
			}
			a = w
			if string(f) == "floor" {
				break
			}
		}
		if a < b && !institutionPart(s[a:p]) { // not "Schneider Children's Medical Center, 14 Kaplan Street"
			return a
		}
		return start
	}
	u := b - 1
	if u > 0 && s[u-1] == '.' {
		u-- // "bldg. 1, 2 Novodmitrovskaya St."
	}
	a := u
	for a > 0 && isASCIILetter(s[a-1]) {
		a--
	}
	if a == u || a < sc.lastEnd {
		return start
	}
	if f, _ := foldInto(buf[:0], s[a:u]); addrKind(f) != akENUnit {
		return start // "Apt 4B, ", "apt 58, "
	}
	if !isDigit(s[b]) && !isDigit(s[p-1]) {
		return start
	}
	return sc.enUnitBefore(a) // another unit before it: "Room 803, Building 2, No. 1190 …"
}

// buildingStop reports a capitalized word that opens a sentence or a
// phrase rather than a building's name: "Or Salisbury House".
func buildingStop(w string) bool {
	switch w {
	case "Or", "And", "At", "To", "From", "In", "Of", "Via", "Send", "Address", "Deliver", "Ship", "Visit", "Office", "Our":
		return true
	}
	return false
}

// buildingWord reports a word that ends the name of a building before its
// street address: "Salisbury House", "Lake City Tower".
func buildingWord(w string) bool {
	switch w {
	case "house", "building", "tower", "towers", "court", "centre", "center", "chambers", "lodge", "hall", "works",
		"point", "plaza", "rectory", "cottage", "mansions":
		return true
	}
	return false
}

// labelledNumber reports a part that opens with a label in capitals or with
// a slash before its number: "S/N 2207530412", "IMEI 356938035643809"; not
// a city and its postcode, "Tehran 1516745811".
func labelledNumber(part string) bool {
	w, _, _ := strings.Cut(part, " ")
	return len(w) >= 2 && (strings.IndexByte(w, '/') > 0 || allUpperASCII(w))
}

// enAddressTail extends an English address end over ", "-joined unit,
// city, state and postcode parts.
func (sc *scanner) enAddressTail(end int) int {
	s := sc.s
	if startsAny(s[end:], ". V.O.", ". P.S.") && end > 0 && isASCIILetter(s[end-1]) {
		end += len(". V.O.") // St Petersburg's island after the street's word: "18 Bolshoy Ave. V.O., apt 9"
	}
	if p := end + 1; p+1 < len(s) && s[end] == ' ' && (s[p] == 'k' || s[p] == 'K') && isDigit(s[p+1]) && isDigit(s[end-1]) && alnumEnd(s, p) <= p+3 {
		end = alnumEnd(s, p) // a building glued to its letter: "Leningradsky pr. 80 k2, kv. 211", "Nagornaya St 20 k1"
	}
	for parts := 0; parts < 4; parts++ {
		p := end
		if end >= 6 && postcodeEnds(s, max(0, end-12), end) && !startsAny(s[end:], ", UK", ", United Kingdom", ", England", ", Scotland", ", Wales") {
			break // a UK postcode ends the address: "2 Wharf Road, Portwick PW1 1AB, Company No 08812345"
		}
		if p+1 < len(s) && s[p] == '.' && s[p+1] == ',' {
			p++ // an abbreviation's dot before the comma: "Rua Garrett 62, 2º Esq., 1200-204 Lisboa"
		}
		if p < len(s) && s[p] == ',' {
			if p+1 < len(s) && isUpperASCII(s[p+1]) {
				break // a CSV cell's end: "12 Orchard Way, Guildford GU1 3PL,Helen Marsh,07700 900 221"
			}
			p++
		}
		p = skipSpaces(s, p)
		if p >= len(s) || p == end {
			break
		}
		q := p
		for q < len(s) && s[q] != ',' && s[q] != '\n' && (s[q] != '.' || abbrevDot(s, p, q)) && s[q] != ';' && s[q] != '?' && s[q] != '!' && q-p < 40 &&
			!(s[q] == ':' && q+1 < len(s) && s[q+1] == ' ' && !unitColon(s, p, q)) {
			q++
		}
		if c := strings.IndexByte(s[p:q], ':'); c > 0 && isDigit(s[p+c-1]) && p+c+2 < len(s) && isDigit(s[p+c+1]) && isDigit(s[p+c+2]) {
			q = p + strings.LastIndexByte(s[p:p+c], ' ') + 1 // a time after the address: "Moscow, 10:15"
		}
		if institutionPart(s[p:q]) {
			break // a clinic's name after its address: "45147 Essen, West German Proton Therapy Centre"
		}
		head := s[p:q] // the part up to a table's "|" or a closing quote
		if k := strings.IndexAny(head, "|\""); k >= 0 {
			head = head[:k]
		}
		if startsAny(head, "OGRN", "INN ", "KPP", "BIC", "TIN ", "VAT", "ИНН", "ОГРН", "КПП", "Email", "E-mail") ||
			strings.IndexByte(head, '=') >= 0 || digitRun(head, 9) && labelledNumber(head) {
			break // a requisite after the address: "Moscow, 115035, OGRN 1037700423177", a subject's "INNLE=7714033558"
		}
		if sp := strings.IndexByte(s[p:q], ' '); sp > 0 && (sp <= 2 && allDigits(s[p:p+sp]) || dayRange(s[p:p+sp])) && englishMonth(s[p+sp+1:q]) {
			break // a date after the street: "speeding on Leningradskoye Shosse, 19 Aug", "Marriott, ul. Sovetskaya 23, 17-19 April"
		}
		if (strings.HasPrefix(head, "gate ") || strings.HasPrefix(head, "door ")) && townOrPostcodeEnds(s, end) {
			break // a gate after the town or its postcode is the site's, not the address's: "Khimki 141400, gate 3"
		}
		if englishWeekdayAt(head) {
			break // opening hours after the address: "ul. 1-ya Zavodskaya 12, warehouse gate 2, Mon-Fri 9-17"
		}
		if isDigit(s[p]) && unitFollows(s, amountEnd(s, alnumEnd(s, p))) {
			break // a sum after the street: "speeding on Kurortny Prospekt, 1,000 RUB"
		}
		if isDigit(s[p]) && streetWordEnds(s, end) && houseFirstStreet(head) {
			break // another address in a list: "62 Budyonnovsky Ave., 174 Pushkinskaya St."
		}
		if (q == len(s) || s[q] != ',') && enPersonSegment(head) {
			break // the writer's name ends the address: "30 Leninsky Prospekt, apt 18, Kaliningrad, Roman Kovalev."; not "Anna Nagar, Chennai"
		}
		if e := venueInQuotes(s, p); e > 0 {
			end = e // the building the address is in: "Gogol St. 15, pharmacy "Zdorovye"", "…, shopping mall "Galaxy", 1st floor"
			continue
		}
		n := enAddressSegment(head) // not past a table's "|": "Ostozhenka St 25, apt 8|Hannah Fischer|+7 916 …"
		for _, v := range [...]string{"village of ", "settlement of ", "near "} {
			if strings.HasPrefix(head, v) && len(head) > len(v)+3 && isUpperASCII(head[len(v)]) {
				w := wordEnd(head, len(v))
				if v == "near " && !(strings.HasPrefix(s[p+w:], ", ") &&
					containsAny(s[p+w:min(len(s), p+w+40)], " region", " Region", " oblast", " Oblast", " district", " District")) {
					continue // a town near which, with its region after it: not "Lenina St 5, near Anna", nor "…, plot 112, near Pyatigorsk, 3 bottles"
				}
				n = w // "4 Lesnaya St., village of Berezovka", "SNT Rassvet, plot 58, near Dmitrov, Moscow Oblast"
			}
		}
		if n > 0 && n <= 3 && p+n < q && allDigits(s[p:p+n]) {
			break // a count, not a house: "1201 Geneva, 3 nights"
		}
		if n == 0 || q+1 < len(s) && s[q] == '.' && isDigit(s[q+1]) && allDigits(s[p:q]) {
			break // not the day of a date after the address: "Moscow 115035, 19.03.2025"
		}
		end = p + n
		if r := end + 5; r <= len(s) && s[end] == ' ' && s[end+1] == '(' && isUpperASCII(s[end+2]) && isUpperASCII(s[end+3]) && s[end+4] == ')' {
			end = r // a province: "41049 Sassuolo (MO)"
		}
		if r := end + 2; q == end && r < len(s) && s[end] == '.' && s[end+1] == ' ' && (isDigit(s[r]) ||
			isUpperASCII(s[r]) && (r+1 == len(s) || !isAlnum(s[r+1]))) {
			var buf [32]byte
			if f, _ := foldInto(buf[:0], s[p:end]); addrKind(f) == akENUnit {
				end = alnumEnd(s, r) // "apt. 33", "lit. A"
			}
		}
	}
	if end > 0 && s[end-1] == '\'' {
		end-- // a closing quote: "enter 'Baltiyskaya St, 15B, Kazan'"
	}
	return townLinesAfter(s, end)
}

// streetWordEnds reports an English street's word ending at end, with or
// without its dot: "Budyonnovsky Ave.", "Pushkinskaya St".
func streetWordEnds(s string, end int) bool {
	if end > 0 && s[end-1] == '.' {
		end--
	}
	b := end
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	var buf [16]byte
	f, _ := foldInto(buf[:0], s[b:end])
	return b < end && addrKind(f) == akENStreet
}

// houseFirstStreet reports seg as a house's number, a capitalized name and
// a street's word: "174 Pushkinskaya St", "25 Stachki Ave".
func houseFirstStreet(seg string) bool {
	k := 0
	for k < len(seg) && isDigit(seg[k]) {
		k++
	}
	if k == 0 || k+2 >= len(seg) || seg[k] != ' ' || !isUpperASCII(seg[k+1]) {
		return false
	}
	return streetWordEnds(seg, len(seg))
}

// townOrPostcodeEnds reports a capitalized word or a number of five digits
// or more ending at end: the address's town or postcode, "Khimki 141400".
func townOrPostcodeEnds(s string, end int) bool {
	b := end
	for b > 0 && isAlnum(s[b-1]) {
		b--
	}
	w := s[b:end]
	var buf [16]byte
	if f, _ := foldInto(buf[:0], w); addrKind(f) == akENStreet {
		return false // the street's own word: "14 Vagonnaya St, gate 2, Perm"
	}
	return w != "" && (isUpperASCII(w[0]) || len(w) >= 5 && allDigits(w))
}

// englishWeekdayAt reports a weekday's name or its three letters opening
// seg: "Mon-Fri 9-17", "Sat 10:00", "Tuesday".
func englishWeekdayAt(seg string) bool {
	if len(seg) < 3 {
		return false
	}
	switch seg[:3] {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
	default:
		return false
	}
	e := 3
	for e < len(seg) && isASCIILetter(seg[e]) {
		e++
	}
	switch seg[:e] {
	case "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// townLinesAfter extends an address that ends a line over the lines of
// its town, as a label writes them: the town's line must carry a
// six-digit postcode ("Nalchik 360000, Kabardino-Balkaria", "191023 Saint
// Petersburg, Russia"), one district's line may come before it ("Siversky,
// Gatchina District") and the country's alone after it ("RUSSIA").
func townLinesAfter(s string, end int) int {
	if end >= len(s) || s[end] != '\n' {
		return end
	}
	p := end + 1
	for lines := 0; lines < 2 && p < len(s); lines++ {
		q := strings.IndexByte(s[p:], '\n')
		if q < 0 {
			q = len(s)
		} else {
			q += p
		}
		line := s[p:q]
		if len(line) < 6 || len(line) > 60 || strings.ContainsAny(line, ":@#") || !(isUpperASCII(line[0]) || isDigit(line[0])) ||
			numberLabelLine(line) {
			return end // a number of its own on the next line: "Order 123456 confirmed"
		}
		if !sixDigitToken(line) {
			if lines == 0 && q < len(s) && containsAny(line, " District", " Region", " Oblast", " Krai", " Republic") {
				p = q + 1 // a district's line before the town's
				continue
			}
			return end
		}
		end = q
		if q+1 < len(s) && s[q] == '\n' {
			r := strings.IndexByte(s[q+1:], '\n')
			if r < 0 {
				r = len(s) - q - 1
			}
			switch s[q+1 : q+1+r] {
			case "Russia", "RUSSIA", "Russian Federation", "Kazakhstan", "Belarus":
				end = q + 1 + r
			}
		}
		return end
	}
	return end
}

// sixDigitToken reports a run of exactly six digits, a Russian postcode,
// as the only number of line and standing alone.
func sixDigitToken(line string) bool {
	for k := 0; k < len(line); {
		if !isDigit(line[k]) {
			k++
			continue
		}
		e := k
		for e < len(line) && isDigit(line[e]) {
			e++
		}
		if e-k != 6 || k > 0 && line[k-1] != ' ' && line[k-1] != ',' || e < len(line) && line[e] != ' ' && line[e] != ',' {
			return false
		}
		return !strings.ContainsAny(line[e:], "0123456789;") // the postcode is the line's only number: not "Passport 92 15 308844"
	}
	return false
}

// asianHouse emits an address that opens with a house number at i in a
// Thai or Vietnamese layout: the house and its village, "131/7 Moo 2,
// Bophut, Koh Samui, Surat Thani 84320"; the house and a street whose
// name is written with Vietnamese letters, "Số 12 Trần Phú, phường Lộc
// Thọ, Nha Trang", "156 Lê Hồng Phong, Phước Hải, Nha Trang". It returns
// the end, or 0.
func (sc *scanner) asianHouse(i int) int {
	s := sc.s
	q := i
	for q < len(s) && (isDigit(s[q]) || s[q] == '/' && q+1 < len(s) && isDigit(s[q+1])) {
		q++
	}
	if q < len(s) && q > i && (isUpperASCII(s[q]) || s[q] >= 'a' && s[q] <= 'd') {
		q++ // "100C Trần Hưng Đạo", "42A"
	}
	if q-i > 8 || q+4 >= len(s) || s[q] != ' ' || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	start := i
	if strings.HasSuffix(s[:i], "Số ") {
		start = i - len("Số ") // "Số" is "number"; the scanner may have taken it for a name
		if n := len(sc.out); n > 0 && sc.out[n-1].start == start && sc.out[n-1].typ == tPerson {
			sc.out = sc.out[:n-1]
			sc.persons--
			sc.lastEnd = start
		}
	}
	var end int
	switch {
	case strings.HasPrefix(s[q:], " Moo ") && q+5 < len(s) && isDigit(s[q+5]):
		end = sc.enAddressTail(alnumEnd(s, q+5))
		if strings.Count(s[q:end], ",") < 2 {
			return 0 // the village's parts must follow: "301 Moo 6, Sukhumvit Road, Na Kluea, …"
		}
	case q+2 < len(s) && s[q] == ' ' && vietnameseRun(s, q+1):
		end = wordEnd(s, q+1)
		for words := 0; words < 3 && end+2 < len(s) && s[end] == ' ' && upperAt(s[end+1:]); words++ {
			end = wordEnd(s, end+1) // "Lê Hồng Phong"
		}
		for parts := 0; parts < 5; parts++ { // ", phường Lộc Thọ", ", Nha Trang", ", Khánh Hòa"
			if end+2 >= len(s) || s[end] != ',' || s[end+1] != ' ' {
				break
			}
			p := end + 2
			w := s[p:wordEnd(s, p)]
			if !upperAt(s[p:]) && w != "phường" && w != "quận" && w != "khu" && w != "xã" && w != "huyện" && w != "tỉnh" {
				break
			}
			e := wordEnd(s, p)
			for words := 0; words < 3 && e+2 < len(s) && s[e] == ' ' && s[e+1] != ' '; words++ {
				e = wordEnd(s, e+1) // "khu phố 7", "Phú Quốc"
				if e < len(s) && isDigit(s[e]) {
					e = alnumEnd(s, e)
				}
			}
			if e < len(s) && s[e] != ',' && s[e] != '.' && s[e] != '\n' && s[e] != ')' && s[e] != ';' {
				break // a sentence, not a part
			}
			end = e
		}
	default:
		return 0
	}
	if start < sc.lastEnd || end <= q {
		return 0
	}
	sc.emit(start, end, tAddress, 0.8, 0)
	return end
}

// vietnameseRun reports a capitalized word at p, or one of the two after
// it, with a letter only Vietnamese writes: ư, ơ, đ, or one of U+1EA0–U+1EF9
// ("Trần", "Hồng", "Đạo").
func vietnameseRun(s string, p int) bool {
	if !upperAt(s[p:]) {
		return false
	}
	end := p
	for words := 0; words < 3 && end < len(s); words++ {
		e := wordEnd(s, end)
		for _, r := range s[end:e] {
			if r >= 0x1EA0 && r <= 0x1EF9 || r == 'ư' || r == 'ơ' || r == 'đ' || r == 'Đ' || r == 'Ư' || r == 'Ơ' {
				return true
			}
		}
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		end = e + 1
	}
	return false
}

// unitColon reports a unit's word s[p:q] before ": " and a number, which
// the part goes on over: "D: 6", "Daire: 4", "apt: 12".
func unitColon(s string, p, q int) bool {
	if q+2 >= len(s) || !isDigit(s[q+2]) || q-p > 9 {
		return false
	}
	if s[p:q] == "D" || s[p:q] == "Kat" {
		return true // Turkish "daire" and "kat", the floor
	}
	var buf [16]byte
	f, _ := foldInto(buf[:0], s[p:q])
	return addrKind(f) == akENUnit
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// numberedUnit reports a unit's word that is one only before its number:
// "box 3", "kiosk 7"; not "box office".
func numberedUnit(w string) bool { return w == "box" || w == "kiosk" }

// geoWord reports a lower-case word that ends a place name in English:
// "Zhukovka village", "Odintsovo district".
func geoWord(w string) bool {
	switch w {
	case "village", "district", "region", "oblast", "county", "province", "town", "city", "settlement", "krai", "republic", "stanitsa", "khutor", "selo", "aul",
		"mah", "mahallesi", "urban", "municipal", "rural", // "Podolsk urban district"
		"ulus", "nasleg": // Yakutia's districts and rural communities: "Ust-Aldansky ulus"
		return true
	}
	return false
}

// enPersonSegment reports a part after an address that is a person's name,
// not a place: two or three capitalized Latin words (a lower-case one may
// follow), the first an honorific ("Mr Kovalev") or a first name the tables
// know, no place word last ("Roman Kovalev", not "Charles Town").
func enPersonSegment(seg string) bool {
	var buf [32]byte
	words, first, last := 0, "", ""
	for w := range strings.FieldsSeq(seg) {
		if !isUpperASCII(w[0]) && words >= 2 {
			break // "Mr Kovalev said"
		}
		if words++; words > 3 || !isUpperASCII(w[0]) {
			return false
		}
		for k := 1; k < len(w); k++ {
			if !isASCIILetter(w[k]) && !(k == len(w)-1 && w[k] == '.' && words == 1) && w[k] != '\'' && w[k] != '-' {
				return false
			}
		}
		if words == 1 {
			first = w
		}
		last = w
	}
	if words < 2 {
		return false
	}
	f, _ := foldInto(buf[:0], strings.TrimSuffix(first, "."))
	if honorifics[string(f)] {
		return true
	}
	l, _ := foldInto(buf[:0], last)
	return firstNameWord(first) && !geoWord(string(l)) && addrKind(l) == 0 && tableInfo(last).addr == 0
}

// enAddressSegment returns how many bytes of seg form an address part:
// "Apt 4B", "Suite 200", "London NW1 6XE", "Springfield", "IL 62701". It
// stops at the first word that is neither capitalized nor a number.
func enAddressSegment(seg string) int {
	digits, letters := 0, 0
	for k := 0; k < len(seg); k++ {
		switch {
		case isDigit(seg[k]):
			digits++
		case seg[k] >= 0x80 || isASCIILetter(seg[k]):
			letters++
		}
	}
	if digits >= 7 && letters == 0 {
		return 0 // a phone number after the address: "Manchester M20 6RT, 0161 496 0311"
	}
	var buf, ubuf [32]byte // f lives in buf while the first word is folded again into ubuf
	end, words := 0, 0
	p := 0
	for p < len(seg) && words < 5 {
		p = skipSpaces(seg, p)
		q := p
		for q < len(seg) && seg[q] != ' ' && seg[q] != ')' && seg[q] != '"' { // not a CSV cell's closing quote
			q++
		}
		if q == p {
			break
		}
		w := seg[p:q]
		f, _ := foldInto(buf[:0], strings.TrimSuffix(w, "."))
		switch {
		case words == 0 && (addrKind(f) == akENUnit && (!numberedUnit(string(f)) || q+1 < len(seg) && isDigit(seg[q+1])) || w[0] == '#' && !strings.HasPrefix(w, "#[")): // but not an operator's placeholder: "#[PHONE_…]"
		case words == 0 && (string(f) == "house" || string(f) == "gate" || string(f) == "door") && q+1 < len(seg) && isDigit(seg[q+1]):
			r := q + 1 // the house alone: "Almaty, Dostyk Avenue 240, house 5 on Tuesday"; a yard's "gate 3", "door 2"
			for r < len(seg) && isAlnum(seg[r]) {
				r++
			}
			return r
		case words == 0 && string(f) == "st" && q+1 < len(seg) && isUpperASCII(seg[q+1]):
			// "St Petersburg", "St. Louis": a saint, not a street; "st. Kanevskaya", a станица
		case words == 0 && latinSettlementMark(string(f)) && q+1 < len(seg) && isUpperASCII(seg[q+1]):
			// "kh. Krasny", "sl. Bolshaya Martynovka", "s. Ipatovo"
		case words > 0 && geoWord(string(f)):
			// "Zhukovka village", "Odintsovo district", "Moscow Oblast"
		case words == 0 && (string(f) == "courtyard" || string(f) == "basement" || string(f) == "ground" && strings.HasPrefix(seg[q:], " floor")):
			// "Liteyny Ave. 53, courtyard, door 2", "Vatutina St. 107, ground floor"
		case words == 0 && (string(f) == "yard" || string(f) == "rear" || string(f) == "side") &&
			startsAny(seg[q:], " entrance", " yard", " door", " gate"):
			// "41 Vainera Street, yard entrance"; not "service entrance" (heldout843 leaves it out)
		case words > 0 && (string(f) == "business" || string(f) == "center" || string(f) == "centre" || string(f) == "floor"):
			// "Suvar Plaza business center", "9th floor"
		case words > 0 && (string(f) == "esq" || string(f) == "dto" || string(f) == "izq" || string(f) == "izda" || string(f) == "dcha") && strings.HasSuffix(seg[:p], "º "):
			// a Portuguese or Spanish floor's side: "Rua Augusta 102, 3º esq.", "Calle San Antón 41, 2º izq."
		case words > 0 && (string(f) == "garden" || string(f) == "gardening" || string(f) == "society" || string(f) == "partnership"):
			// "Druzhba garden society", a dacha's partnership
		case words == 1 && romanNumeral(w) && addrKind(unitBuf(seg, &ubuf)) == akENUnit:
			// "premises I", "office IV"
		case words == 0 && addrKind(f) == akENStreet && q+1 < len(seg) && isDigit(seg[q+1]):
			// "Street 6" in Dubai
		case string(f) == "tel" && strings.HasPrefix(seg[q:], " Aviv"):
			// "Tel Aviv 6346416", not "tel. 8 800 …"
		case enStop[string(f)] || addrKind(f) == akENStreet && words == 0:
			return end
		case isUpperASCII(w[0]) || isDigit(w[0]):
		case w[0] >= 0xC0 && upperAt(w):
		case words > 0 && (w == "-" || w == "–") && q+3 <= len(seg) && isUpperASCII(seg[q+1]) && isUpperASCII(seg[q+2]) && (q+3 == len(seg) || seg[q+3] == ' '):
			// a Brazilian state after its city: "São Paulo - SP"
		case words > 0 && (w == "upon" || w == "under" || w == "on" || w == "am" || w == "im" || w == "sur" || w == "of") && q+1 < len(seg) && isUpperASCII(seg[q+1]):
			// "Kingston upon Thames", "Newcastle under Lyme", "Frankfurt am Main", "Freiburg im Breisgau"
		default:
			return end
		}
		words++
		end = q
		p = q
	}
	return end
}

// cityAbbrevBefore reports whether the word ending at dot is a city or region
// abbreviation ("г", "обл", "пос"), whose dot does not end a sentence.
func cityAbbrevBefore(s string, dot int) bool {
	b := dot
	for b > 0 && dot-b < 12 {
		if sz, _ := letterAt(s, b-1); sz > 0 {
			b--
			continue
		}
		if sz, _ := letterAt(s, b-2); sz == 2 {
			b -= 2
			continue
		}
		break
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[b:dot])
	if string(w) == "г" && yearBefore(s, b) {
		return false // a year: "поверка до 2029 г. Елена Чернова"
	}
	if string(w) == "о" && b >= 1 && s[b-1] == '.' && (strings.HasSuffix(s[:b-1], "г") || strings.HasSuffix(s[:b-1], "м")) {
		return true // "Ленинский г.о.": городской or муниципальный округ
	}
	if string(w) == "п" && b >= 1 && s[b-1] == '.' && strings.HasSuffix(s[:b-1], "р") ||
		string(w) == "р" && strings.HasPrefix(s[dot+1:], "п.") {
		return true // "р.п. Базарный Карабулак": рабочий посёлок
	}
	if string(w) == "st" && s[b] == 'S' && strings.HasPrefix(s[dot+1:], " Petersburg") {
		return true // "191186, St. Petersburg, Nevsky Prospekt 28"
	}
	if settlementMark(string(w)) || string(w) == "в" || latinSettlementMark(string(w)) { // "д. Кудрово", "п. Рассвет", "с. Бунырёво", "х. Маяк", "ст. Каневская", "в. Вераскава", "v. Zadrutye": a village, not a house, before a name
		sz, up := letterAt(s, skipSpaces(s, dot+1))
		return sz > 0 && (up || s[b] >= 0x80 && b >= 2 && s[b-2:b] == ", ") // and in lower case among a transcript's parts: "хомустахский наслег, с. хомустах, ул. сайылык"
	}
	return addrKind(w) == akCity
}

// poBox emits "PO Box 1123, Austin, TX 78701" from the "PO" at s[i:j].
func (sc *scanner) poBox(i, j int) int {
	s := sc.s
	if !strings.HasPrefix(s[j:], " Box ") || j+5 >= len(s) || !isDigit(s[j+5]) {
		return 0
	}
	end := j + 5
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	end = sc.enAddressTail(end)
	sc.emit(i, end, tAddress, 0.88, 0)
	return end
}

// deStreetSuffixes end German, Austrian and Swiss street names written as
// one word: "Friedrichstraße", "Bahnhofstr.", "Lindenweg", "Marktplatz".
var deStreetSuffixes = [...]string{"straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "damm", "ufer", "chaussee",
	// Scandinavian and Dutch: "Storgatan 14", "Nørregade 7", "Keizersgracht 12".
	"gatan", "gata", "vägen", "veien", "gade", "vej", "straat", "laan", "gracht", "plein",
	// Finnish and Estonian: "Mannerheimintie 44", "Aleksanterinkatu 15", "Narva maantee" is two words.
	"katu", "tie", "kuja", "tänav"}

// addressDE emits a continental address from a one-word street name at
// s[i:j] with its house number, over a postcode and city that follow:
// "Friedrichstraße 43, 10117 Berlin", "Bahnhofstr. 5a".
func (sc *scanner) addressDE(i, j int) int {
	s := sc.s
	p := j
	if s[p] == '.' {
		p++
	}
	if p+1 >= len(s) || s[p] != ' ' || !isDigit(s[p+1]) {
		return 0
	}
	w := s[i:p] // suffixes are lower case in a capitalized name
	suffix := ""
	for _, sfx := range deStreetSuffixes {
		if strings.HasSuffix(w, sfx) {
			suffix = sfx
			break
		}
	}
	for _, sfx := range [...]string{"-Str.", "-Straße", "-Strasse", "-Weg", "-Platz", "-Gasse", "-Damm", "-Ufer"} {
		if suffix == "" && strings.HasSuffix(w, sfx) {
			suffix = strings.ToLower(sfx[1:]) // a street named for a person, hyphenated with its capital: "Heinrich-Heine-Str. 12"
		}
	}
	if suffix == "" || len(w)-len(suffix) < 3 || suffix == "str." && p == j {
		return 0
	}
	if suffix != "str." && p != j {
		return 0 // "Weg. 5": the dot ends a sentence
	}
	q := p + 1
	for q < len(s) && q-p <= 4 && isDigit(s[q]) {
		q++
	}
	if q-p > 4 {
		return 0
	}
	if q < len(s) && s[q] >= 'a' && s[q] <= 'z' && (q+1 == len(s) || !isAlnum(s[q+1])) {
		q++ // "5a"
	}
	if q+1 < len(s) && s[q] == '/' && isDigit(s[q+1]) {
		r := q + 1
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		if r-q <= 4 && (r == len(s) || !isAlnum(s[r]) && s[r] != '/') {
			q = r // a Viennese stair or door after the house: "Stephansplatz 3/12"
		}
	}
	if q+3 < len(s) && s[q] == '-' && isDigit(s[q+1]) && endsAny(s[i:j], "straat", "gracht", "laan", "kade", "singel", "plein", "weg", "dijk") {
		r := q + 1
		for r < len(s) && r-q <= 3 && isDigit(s[r]) {
			r++
		}
		if r+1 < len(s) && s[r] == ',' && s[r+1] == ' ' {
			q = r // a Dutch floor after the house: "Vondelstraat 88-2, 1054 GN Amsterdam"
		}
	}
	if q < len(s) && isAlnum(s[q]) {
		return 0
	}
	end := sc.enAddressTail(q)
	sc.emit(i, end, tAddress, 0.88, 0)
	return end
}

// streetPrefixes open a street name in Romance and other languages that put
// the street word first: "Via Roma 45", "Rue de Rivoli 12", "Calle Mayor 5".
var streetPrefixes = map[string]bool{"Via": true, "Viale": true, "Piazza": true, "Corso": true, "Rue": true,
	"Calle": true, "Avenida": true, "Rua": true, "Praca": true, "Plaza": true, "Paseo": true, "Carrer": true,
	"Ulica": true, "Aleja": true, "Bulevar": true, "Strada": true, "Bulevardul": true, "Quai": true, "Chemin": true,
	"Boulevard": true, "Place": true, "Promenade": true, "Derech": true, "Rehov": true, "Sderot": true} // Hebrew: "Derech Sheba 2, Ramat Gan"

// streetLinks join a prefixed street's name words: "Rue de la Paix".
var streetLinks = map[string]bool{"de": true, "del": true, "della": true, "di": true, "du": true, "des": true,
	"la": true, "le": true, "da": true, "do": true, "dos": true, "das": true, "in": true, "al": true, "alla": true,
	"dei": true, "degli": true, "delle": true}

// addressPrefixed emits an address from a street prefix at s[i:j], one to
// four name words and a house number, over a postcode and city that follow:
// "Via Roma 45, 20121 Milano".
func (sc *scanner) addressPrefixed(i, j int) int {
	s := sc.s
	if j-i < 3 || j-i > 10 || strings.IndexByte("VPCRAUBSQD", s[i]) < 0 || !streetPrefixes[s[i:j]] {
		return 0
	}
	p := j + 1
	names := 0
	for words := 0; words < 5 && p < len(s); words++ {
		if isDigit(s[p]) {
			break
		}
		q := wordEnd(s, p)
		if q == p {
			return 0
		}
		if sz, up := letterAt(s, p); sz > 0 && up {
			names++
		} else if words == 0 && q+1 < len(s) && isDigit(s[q+1]) && s[i:j] != "Via" && s[i:j] != "Place" && s[i:j] != "Avenue" {
			names++ // a name in lower case, as Serbian writes it: "Bulevar oslobođenja 88"
		} else if !streetLinks[s[p:q]] && !(words <= 1 && q-p <= 8 && q+1 < len(s) && isUpperASCII(s[q+1])) {
			return 0 // but "Bulevar kralja Aleksandra 28"
		}
		if q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' && isDigit(s[q+2]) && names > 0 {
			p = q + 2 // the number after a comma: "Carrer de Balmes, 157"
			break
		}
		if q+1 >= len(s) || s[q] != ' ' {
			return 0
		}
		p = q + 1
	}
	if names == 0 || p >= len(s) || !isDigit(s[p]) {
		return 0
	}
	e := alnumEnd(s, p)
	if e-p > 5 || e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '.' && !(s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0 // "Via Email 2 attachments": the number must close the street
	}
	end := sc.enAddressTail(e)
	sc.emit(i, end, tAddress, 0.88, 0)
	return end
}

// addressBare emits a Russian street written without its keyword, from the
// capitalized name at s[i:j] and a house number: "Северная 326, оф 4",
// "Мясницкая 24/7 стр 1" (a house part must follow) or "на Пушкина 8" (after
// "на", "по" or "с" ending in -ова/-ева/-ина/-ого/-ая).
func (sc *scanner) addressBare(i, j int) int {
	return sc.addressBareLed(-1, i, j)
}

// wordsBefore reports one of words (each ending in its space) right before
// i, opening the text or after a space: "на " before "Пушкина 8".
func wordsBefore(s string, i int, words ...string) bool {
	for _, w := range words {
		if i >= len(w) && s[i-len(w):i] == w && (i == len(w) || s[i-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}

// addressBareCity emits a city in the nominative and a bare street with
// its house after it, as a timesheet's column writes them: "Калуга Пухова
// 23А", "Тула Мира 8 кв 3". The city word is s[i:j].
func (sc *scanner) addressBareCity(i, j int) int {
	s := sc.s
	if s[i] < 0x80 || j+3 >= len(s) || s[j] != ' ' || !upperAt(s[j+1:]) {
		return 0
	}
	e := wordEnd(s, j+1)
	if e == j+1 || e+2 >= len(s) || !cityWord(s[i:j]) { // the fold and lookup last: most capitalized words meet no capital after them
		return 0
	}
	return sc.addressBareLed(i, j+1, e)
}

// addressBareLed is addressBare; a lead of 0 or more is where a city
// before the street starts, which counts as a preposition and opens the
// address.
func (sc *scanner) addressBareLed(lead, i, j int) int {
	s := sc.s
	if s[i] < 0x80 || j+2 >= len(s) {
		return 0
	}
	p := j + 1
	houseWord := false
	if s[j] == ',' && s[j+1] == ' ' {
		p++ // "Адрес сервиса: Шоссейная, 3" (only after an address cue)
		if h := len("д. "); strings.HasPrefix(s[p:], "д. ") && p+h < len(s) && isDigit(s[p+h]) {
			p, houseWord = p+h, true // "на Щукинскую, д. 2, кв. 301"
		}
	} else if s[j] == ' ' && wordsBefore(s, i, "на ", "по ", "На ", "По ") {
		for _, h := range [...]string{"д. ", "д "} {
			if strings.HasPrefix(s[p:], h) && p+len(h) < len(s) && isDigit(s[p+len(h)]) {
				p, houseWord = p+len(h), true // a chat's "на Ленина д 3"
				break
			}
		}
	}
	if !isDigit(s[p]) && !(s[j] == ' ' && s[p] >= 0x80 && (strings.HasSuffix(s[i:j], "ой") || strings.HasSuffix(s[i:j], "ых") ||
		strings.HasSuffix(s[i:j], "ая") && addressCue(s, i) || strings.HasSuffix(s[i:j], "ую") && (endsAny(s[:i], " на ", "\nна ", "На ") || s[:i] == "на ") ||
		strings.HasPrefix(s[j:], " путь"))) {
		return 0
	}
	var buf [64]byte
	w, _ := foldInto(buf[:0], s[i:j])
	if addrKind(w) == akHouse {
		return 0 // a part of a house alone: "Подъезд 1, этаж 2"
	}
	ws := unsafe.String(unsafe.SliceData(w), len(w))                        // no copy: ws does not outlive buf
	ann := anniversaryBefore(s, i, ws)                                      // "на 70 лет Октября, 19"
	put := strings.HasPrefix(s[j:], " путь") && strings.HasSuffix(ws, "ый") // Omsk's "Красный путь, 87"
	adj := strings.HasSuffix(ws, "ая") || strings.HasSuffix(ws, "ий") || strings.HasSuffix(ws, "ой") || strings.HasSuffix(ws, "ую") ||
		strings.HasSuffix(ws, "ых") || put
	gen := strings.HasSuffix(ws, "ова") || strings.HasSuffix(ws, "ева") || strings.HasSuffix(ws, "ина") ||
		strings.HasSuffix(ws, "ого") || strings.HasSuffix(ws, "ая") || strings.HasSuffix(ws, "ой") || strings.HasSuffix(ws, "ую") ||
		strings.HasSuffix(ws, "ом") || streetGenitives[ws] ||
		endsAny(ws, "еля", "ула", "ата", "ера", "ича", "телей", "истов", "ников") && endsAny(s[:i], " на ", " по ") || // a man's name in the genitive after "на": "на Бебеля 148", "на Токтогула, 210", "на Манкевича, 39-12"; a trade's plural, "на Машиностроителей 10б"
		endsAny(ws, "ики", "ейна", "ща", "ый") && endsAny(s[:i], " на ", " по ", "\nна ", "На ") // "на Республики 155", "на Рубинштейна, 15", "на Людогоща 8", "на Литейный, 57"
	if adj && s[j] == ' ' {
		// A two-word name: "на Красной Армии 15", "Красных Зорь 7".
		if e := wordEnd(s, j+1); e+2 < len(s) && s[e] == ' ' && isDigit(s[e+1]) {
			var b2 [32]byte
			if w2, _ := foldInto(b2[:0], s[j+1:e]); secondStreetWords[string(w2)] || addressCue(s, i) ||
				endsAny(string(w2), "ую", "ая", "ой", "ий", "ый") && upperAt(s[j+1:]) && markedHouse(s, e+1) {
				j, p, gen = e, e+1, true // and two adjectives before a house and a flat: "на Малую Грузинскую 15 кв 112"
			}
		} else if e+3 < len(s) && s[e] == ',' && s[e+1] == ' ' && isDigit(s[e+2]) && (addressCue(s, i) || endsAny(s[:i], " на ", " по ") || put) {
			j, p, gen = e, e+2, true // "Адрес: Большая Полянка, 30", "вернуть на Большую Морскую, 35", Omsk's "Красный путь, 87"
		} else if h := len(", д. "); e+h < len(s) && strings.HasPrefix(s[e:], ", д. ") && isDigit(s[e+h]) {
			j, p, gen, houseWord = e, e+h, true, true // "на Малой Морской, д. 8"
		}
	}
	if !isDigit(s[p]) || s[p] == '0' {
		return 0 // no house's number opens with a zero: "СНИЛС Белоусовой 045-218-703 11"
	}
	if (len(ws) < 8 || !adj && !gen) && ann < 0 {
		// Any street name before a house number and a flat or building:
		// "Мира 51 кв 3", or after the word house: "дом Багратиона, 21".
		if !markedHouse(s, p) && !(len(ws) >= 8 && p > j+1 && houseWordBefore(s, i)) {
			return 0
		}
	}
	if sz, _ := letterAt(s, i); i+sz < j {
		if _, up := letterAt(s, i+sz); up {
			return 0 // ALL CAPS: a name in a shouted signature, "ФАТИМА АЛИЕВА 8 928…"
		}
	}
	cue := addressCue(s, i)
	pi := i
	if b := ordinalBefore(s, i); b >= 0 {
		pi = b // "на 3-й Парковой, 41А"
	}
	prepBefore := wordsBefore(s, pi, "на ", "по ", "На ", "По ", "у дома ", "у подъезда, ", "у дома, ") // "оставил машину у дома Профсоюзная, 12"
	houseBefore := houseWordBefore(s, pi)                                                               // "Список должников (дом Багратиона, 21)"
	if p > j+1 && !cue && !houseWord && !houseBefore && ann < 0 && !put && !markedHouse(s, p) && !(prepBefore && (adj || strings.HasSuffix(ws, "ом") || gen && compoundHouse(s, p))) {
		return 0 // the comma form needs a cue, a building after the house or "на" and an adjective: "на Кутузовском, 35";
		// a genitive needs a house no count or date looks like: "на Баумана, 44/8", "на Циолковского, 8к2"
	}
	q := p
	for q < len(s) && (isDigit(s[q]) || s[q] == '/' && q+1 < len(s) && isDigit(s[q+1])) {
		q++
	}
	if sl := strings.IndexByte(s[p:q], '/'); q-p > 4 && !(sl > 0 && sl <= 3 && q-p-sl-1 <= 3) || // but a house in the private sector, "Серова 470/12"
		q+1 < len(s) && (s[q] == '-' && !isDigit(s[q+1]) || (s[q] == ':' || s[q] == '.') && isDigit(s[q+1])) {
		return 0 // "на Пролетарской, 2-комн.": rooms, not a house; "на Хованском, 14:00": a time; "с Дианой 13.04": a date
	}
	if q+2 < len(s) && (s[q:q+2] == "к" || s[q:q+2] == "с") && isDigit(s[q+2]) {
		for q += 2; q < len(s) && isDigit(s[q]); q++ { // "2к1": корпус glued to the house
		}
	} else if sz, _ := letterAt(s, q); sz > 0 && (q+sz >= len(s) || !isAlnum(s[q+sz])) && s[q] >= 0x80 {
		if e := q + sz; e >= len(s) || s[e] == ' ' || s[e] == ',' || s[e] == '.' && (e+1 == len(s) || s[e+1] == ' ') ||
			s[e] == '-' && e+1 < len(s) && isDigit(s[e+1]) {
			q += sz // "32А", "61А-88"
		}
	}
	flat := false
	if q+2 < len(s) && s[q] == '-' && isDigit(s[q+1]) && (adj || streetGenitives[ws] || commonStreetNames[ws] || gen) && q-p <= 5 {
		r := q + 1
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		// A genitive's house and flat in digits alone must close the clause,
		// no month or count after them: "Урванцева 6-113, оплатил", not
		// "Иванова 10-12 марта".
		bare := gen && p == j+1 && isDigit(s[q-1]) && !(adj || streetGenitives[ws] || commonStreetNames[ws])
		if bare && (wordsBefore(s, i, "у ", "У ") || r-q <= 3 && hourNumber(s[p:q]) && hourNumber(s[q+1:r])) {
			bare, r = false, q // a person's, "у Петрова", or a time range: "смена у Петрова 12-15"
		}
		if r-q <= 4 && r > q+1 && (r == len(s) || !isAlnum(s[r]) && s[r] < 0x80 && !(s[r] == '-' && r+1 < len(s) && isDigit(s[r+1]))) && (!bare || r == len(s) || s[r] == ',' || s[r] == '.' || s[r] == '\n' ||
			s[r] == ' ' && !unitFollows(s, r) && !ruMonthGenitive(s[r+1:wordEnd(s, r+1)]) && !countNoun(s[r+1:wordEnd(s, r+1)])) {
			q, flat = r, true // house and flat: "Победы 57-12", "Чистопольская 61А-88", a lettered house's "Сурганова 57Б-122"; not a phone's groups, "Домашний 3-38-41-07"
		}
	}
	if q < len(s) && (isAlnum(s[q]) || s[q] >= 0x80) || unitFollows(s, q) ||
		q+1 < len(s) && s[q] == ' ' && isDigit(s[q+1]) {
		return 0 // "Алиева 8 928 447…": a phone, not a house
	}
	if q+1 < len(s) && s[q] == ' ' && countNoun(s[q+1:wordEnd(s, q+1)]) {
		return 0 // a count: "в группе на Калужской 12 детей"
	}
	end := sc.houseParts(q)
	// "по дому Лесная 8", "Жители дома Молодогвардейская 31", a building site's "на объекте Дубнинская 32"
	prep := wordsBefore(s, pi, "на ", "по ", "с ", "На ", "По ", "дом ", "дома ", "дому ", "доме ", "объект ", "объекте ", "объекта ", "у подъезда, ")
	if end == q && !((prep || lead >= 0) && (gen || strings.HasSuffix(ws, "ский") || strings.HasSuffix(ws, "цкий"))) && !cue && !flat && !(houseBefore && p > j+1) && !markedHouse(s, p) && ann < 0 && !put {
		return 0
	}
	end = sc.addressRight(end)
	if lead < 0 && ann >= 0 {
		lead = sc.addressLeft(ann)
	} else if lead < 0 {
		lead = sc.addressLeft(i)
	}
	sc.emit(lead, end, tAddress, 0.8, 0)
	return end
}

// anniversaryBefore returns where the years open a street named after an
// anniversary, whose last word (folded) is w at i: "70 лет Октября",
// "40 лет Победы", "30 лет ВЛКСМ"; or -1.
func anniversaryBefore(s string, i int, w string) int {
	switch w {
	case "октября", "победы", "влксм", "комсомола", "ссср", "революции", "пионерии", "армии", "города", "оренбуржья", "татарстана", "башкирии":
	default:
		return -1
	}
	const l = len(" лет ")
	if i < l+2 || s[i-l:i] != " лет " {
		return -1
	}
	b := i - l
	for b > 0 && isDigit(s[b-1]) && i-l-b < 3 {
		b--
	}
	if b == i-l || b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '(' && s[b-1] != '|' {
		return -1
	}
	return b
}

// houseWordBefore reports the word дом in any case right before i, after
// a space, a bracket or the text's start: "(дом Багратиона, 21)".
func houseWordBefore(s string, i int) bool {
	for _, w := range [...]string{"дом ", "дома ", "доме ", "дому ", "Дом "} {
		if i >= len(w) && s[i-len(w):i] == w && (i == len(w) || s[i-len(w)-1] == ' ' || s[i-len(w)-1] == '(' || s[i-len(w)-1] == '\n') {
			return true
		}
	}
	return false
}

// compoundHouse reports a house number at p that no count, date or time
// looks like: a letter or a building glued to it ("95Б", "8к2"), a corner
// house whose first part is no day ("44/8", "32/56", not "12/05"), or a
// house and its flat that close the clause ("12-45.").
func compoundHouse(s string, p int) bool {
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q == p || q-p > 3 || q >= len(s) {
		return false
	}
	if s[q] == '-' && q+1 < len(s) && isDigit(s[q+1]) {
		r := q + 1
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		return r-q <= 4 && (r == len(s) || strings.IndexByte(".,;)\n", s[r]) >= 0) // a house and its flat closing the clause: "на Адоратского, 12-45."; not a range, "12-15 человек"
	}
	if s[q] == '/' {
		r := q + 1
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		n, _ := strconv.Atoi(s[p:q])
		return r > q+1 && r-q <= 4 && n > 31 && (r == len(s) || !isAlnum(s[r]) && s[r] != '/' && !(s[r] == '.' && r+1 < len(s) && isDigit(s[r+1])))
	}
	sz, up := letterAt(s, q)
	if sz == 0 || s[q] < 0x80 {
		return false
	}
	e := q + sz
	if s[q:e] == "к" && e < len(s) && isDigit(s[e]) {
		return true // "8к2"
	}
	return up && (e == len(s) || !isAlnum(s[e]) && s[e] < 0x80 && s[e] != '-') // "95Б"
}

// streetGenitives are frequent street names in the genitive that no
// ending rule above catches: "на Энгельса 15", "Победы 57-12".
var streetGenitives = map[string]bool{
	"энгельса": true, "маркса": true, "победы": true, "революции": true, "октября": true, "труда": true,
	"свободы": true, "строителей": true, "космонавтов": true, "комсомола": true, "партизан": true, "гоголя": true,
	"фрунзе": true, "баумана": true, "энтузиастов": true, "металлургов": true, "химиков": true,
	"декабристов": true, "герцена": true, "короленко": true, "щорса": true, "лазо": true, "тельмана": true,
	"гастелло": true, "дружбы": true, "молодёжи": true, "молодежи": true, "пионеров": true, "интернационала": true,
	"мира": true,
}

// commonStreetNames are surnames in the genitive that name streets in most
// Russian towns; a house and a flat after one ("Ленина 5-12") make an
// address, where after any other surname they may be hours ("Петрова
// 12-15").
var commonStreetNames = map[string]bool{
	"ленина": true, "кирова": true, "гагарина": true, "пушкина": true, "горького": true, "лермонтова": true,
	"чкалова": true, "свердлова": true, "калинина": true, "куйбышева": true, "чапаева": true, "жукова": true,
	"суворова": true, "кутузова": true, "некрасова": true, "островского": true, "маяковского": true,
	"дзержинского": true, "ломоносова": true, "менделеева": true, "чехова": true, "толстого": true,
}

// secondStreetWords end a two-word street name after an adjective:
// "Красной Армии", "Советской Армии", "Красных Зорь".
var secondStreetWords = map[string]bool{
	"армии": true, "гвардии": true, "зорь": true, "партизан": true, "революции": true, "октября": true,
	"звезды": true, "площади": true, "путь": true,
}

// adjectiveWord reports a capitalized adjective that can open a street
// name: "Большой", "Малая", "Bolshoy".
func adjectiveWord(w string) bool {
	if sz, up := letterAt(w, 0); sz == 0 || !up {
		return false
	}
	var buf [64]byte
	f, _ := foldInto(buf[:0], w)
	ws := string(f)
	return endsAny(ws, "ой", "ый", "ий", "ая", "oy", "iy", "yy", "aya")
}

// numberedName reports one or two digits, a space and a capitalized word at
// p: a street named after a date, "8 Marta", "9 Yanvarya".
func numberedName(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 3 && isDigit(s[q]) {
		q++
	}
	if q > p && q-p <= 2 && startsAny(s[q:], "-letiya ", " let ", "-let ") {
		return true // an anniversary: "ul. 40-letiya Pobedy, 31A-118", "ul. 50 let Oktyabrya"
	}
	return q > p && q-p <= 2 && q+1 < len(s) && s[q] == ' ' && isUpperASCII(s[q+1])
}

// lodgingQuoted reports a quoted name at s[a:p] after a hotel's or a
// restaurant's word: "отель «Гранд Отель Жемчужина», Сочи, ул. …".
func lodgingQuoted(s string, a, p int) bool {
	if !strings.HasSuffix(s[a:p], "»") || a < 3 || s[a-2:a] != "«" {
		return false
	}
	return prevWordIn(s, a-2, "отель", "отеля", "отеле", "гостиница", "гостиницы", "гостинице", "ресторан", "ресторана", "кафе",
		"санаторий", "санатория", "хостел", "апарт-отель")
}

// initialNamed reports a capital letter at s[p:q] with a dot, a space and a
// capitalized word after it: "К. Маркса".
func initialNamed(s string, p, q int) bool {
	sz, up := letterAt(s, p)
	if !up || q != p+sz || q+2 >= len(s) || s[q] != '.' || s[q+1] != ' ' {
		return false
	}
	_, up2 := letterAt(s, q+2)
	return up2
}

// houseWordAt reports a house, building or flat word at p ("дом", "корпус").
func houseWordAt(s string, p int) bool {
	return addrKindAt(s, p, wordEnd(s, p)) == akHouse
}

// lowerAdjective reports a lower-case Russian adjective that names a
// street before its keyword: "мичуринский проспект дом 9".
func lowerAdjective(w string) bool {
	if len(w) < 8 {
		return false
	}
	return endsAny(w, "ий", "ой", "ый", "ая", "ое", "ее", "ском", "ецком", "ном", "ого", "его") // "на ленинском проспекте", "с ленинского проспекта"
}

// markedHouse reports a house number at p followed by a flat, building or
// block marker and its number: "51 кв 3", "7, корп. 2".
func markedHouse(s string, p int) bool {
	q := p
	for q < len(s) && (isDigit(s[q]) || s[q] == '/' && q+1 < len(s) && isDigit(s[q+1])) {
		q++ // "71/5 стр 2"
	}
	if q == p || q-p > 4 {
		return false
	}
	if sz, up := letterAt(s, q); sz > 0 && up && s[q] >= 0x80 && (q+sz == len(s) || !isAlnum(s[q+sz]) && s[q+sz] < 0x80) {
		q += sz // a house's letter: "41А, кв. 9"
	}
	if q < len(s) && s[q] == ',' {
		q++
	}
	q = skipSpaces(s, q)
	e := wordEnd(s, q)
	if e == q {
		return false
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[q:e])
	switch string(w) {
	case "кв", "квартира", "корп", "корпус", "стр", "строение", "офис", "оф", "под", "подъезд", "подъезды", "эт", "этаж", "шале":
	default:
		return false
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	e = skipSpaces(s, e)
	return e < len(s) && isDigit(s[e])
}

// addressCue reports the word "адрес" or "address" (any case form, with a
// colon or one more word between) shortly before the street at i, across
// the city and postcode parts of the same address: "на адрес 117342,
// Москва, Бутлерова 17Б", "Адрес сервиса: Шоссейная, 3".
func addressCue(s string, i int) bool {
	lo := max(0, i-80)
	k := strings.LastIndex(s[lo:i], "дрес")
	if k < 0 {
		k = strings.LastIndex(s[lo:i], "ddress")
		if k < 0 {
			return false
		}
		k-- // "a" of "address"
	} else {
		k -= 2 // "а" of "адрес"
	}
	k += lo
	if k < 0 || k > 0 && isAlnum(s[k-1]) && s[k-1] != 0xD0 {
		return false
	}
	words := 0
	for _, c := range s[k:i] {
		switch c {
		case '.', '!', '?', '\n', ';':
			return false
		case ' ':
			words++
		}
	}
	return words <= 6
}

// upperAt reports whether w opens with an upper-case letter: "İstanbul".
func upperAt(w string) bool {
	sz, up := letterAt(w, 0)
	return sz > 0 && up
}

// addressJP builds a Japanese address around a ward, the "-ku" word at
// s[i:j]: comma-separated parts of capitalized words and block numbers
// ("3-14-2", "6-10-1") on either side, a city and a postcode ("Tokyo
// 150-0013") after it. A block number must be among them.
func (sc *scanner) addressJP(i, j int) int {
	s := sc.s
	start, end, block := i, j, false
	// Parts before the ward.
	for parts := 0; parts < 2; parts++ {
		if start < 3 || s[start-2:start] != ", " {
			break
		}
		a := start - 2
		for a > 0 && s[a-1] != ',' && s[a-1] != '\n' && s[a-1] != ':' && start-a < 40 {
			a--
		}
		a = skipSpaces(s, a)
		part := s[a : start-2]
		ok, b := jpPart(part)
		if !ok {
			// words before the block in its part: "Send it to 3-7-1 Nishi-Shinjuku"
			for c := a + 1; c < start-2; c++ {
				if s[c-1] == ' ' && isDigit(s[c]) {
					if ok2, b2 := jpPart(s[c : start-2]); ok2 && b2 && c >= sc.lastEnd {
						start, block = c, true
					}
					break
				}
			}
			break
		}
		if a < sc.lastEnd {
			break
		}
		block = block || b
		start = a
		if isDigit(s[a]) {
			break // the house opens the address: not the yard's name before it, "Songdo Auto Yard, 123 Songdo-dong, Yeonsu-gu"
		}
	}
	// Parts after it.
	for parts := 0; parts < 2; parts++ {
		if end+2 >= len(s) || s[end:end+2] != ", " {
			break
		}
		q := end + 2
		e := q
		for e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '.' && s[e] != ';' && s[e] != '(' && e-q < 40 {
			e++
		}
		for e > q && s[e-1] == ' ' {
			e--
		}
		ok, b := jpPart(s[q:e])
		if !ok {
			break
		}
		block = block || b
		end = e
	}
	if !block || start == i && end == j {
		return 0
	}
	sc.emit(start, end, tAddress, 0.85, 0)
	return end
}

// jpPart reports a part of a Japanese address written in Latin letters:
// capitalized words and numbers, and whether it holds a block number
// (digits joined by dashes: "3-14-2") or a postcode ("150-0013").
func jpPart(part string) (ok, block bool) {
	words := 0
	for w := range strings.FieldsSeq(part) {
		words++
		if words > 3 {
			return false, false
		}
		switch {
		case isUpperASCII(w[0]):
			if endsAny(w, "-ro", "-gil", "-daero", "-dong", "-RO", "-GIL", "-DAERO", "-DONG") {
				block = true // a Korean road or neighbourhood: "Gwahak-ro", "Teheran-ro", "Songdo-dong"; a bill of lading's "JUNGANG-DAERO"
			}
		case isDigit(w[0]) && endsAny(w, "-gil", "beon-gil", "-GIL"):
			block = true // a Korean lane: "5-gil", "570beon-gil"
		case addrKind([]byte(w)) == akENUnit:
			// a flat after the house: "Yeonnam-ro 5-gil 23, apt 302"
		case isDigit(w[0]):
			if strings.IndexByte(w, '-') > 0 {
				block = true
			}
			for k := 0; k < len(w); k++ {
				if !isDigit(w[k]) && w[k] != '-' {
					return false, false
				}
			}
		default:
			return false, false
		}
	}
	return words > 0, block
}

// houseNoBefore returns the start of "No. 24, " (or "No 24, ", "№ 24, ")
// ending right before a at a street name, or -1.
func houseNoBefore(s string, a int) int {
	if a < 6 || s[a-2:a] != ", " {
		return -1
	}
	d := a - 2
	k := d
	for k > 0 && isAlnum(s[k-1]) && s[k-1] < 0x80 {
		k--
	}
	if k == d || !isDigit(s[k]) || k < 2 || s[k-1] != ' ' {
		return -1
	}
	return noMarkBefore(s, k)
}

// noMarkBefore returns the start of "No. ", "No ", "№ " or "Nr. " that ends
// right before the house number at b, or -1.
func noMarkBefore(s string, b int) int {
	for _, m := range [...]string{"No. ", "No ", "№ ", "Nr. "} {
		if h := b - len(m); h >= 0 && s[h:b] == m && (h == 0 || !isAlnum(s[h-1])) {
			return h
		}
	}
	return -1
}

// lowerSNT emits a gardening partnership's plot or a cottage settlement's
// house as a transcript writes it, in lower case: "снт", "кп", "snt" or
// "kp" at s[i:j], its name (its first word perhaps capitalized) and perhaps
// a line in up to four words, then "участок", "уч", "дом", "plot" or
// "house" and its number in digits or words ("снт ромашка участок сто
// двенадцать", "снт луч третья линия участок сорок восемь", "снт Луч уч
// 56", "кп солнечный берег, дом 7", "kp lesnoe house 21"), or its name
// before the mark ("berezka snt plot forty"). It returns the end, or j.
func (sc *scanner) lowerSNT(i, j int) int {
	s := sc.s
	p := j + 1
	for words := 0; words < 5 && p < len(s); words++ {
		q := wordEnd(s, p)
		if q == p {
			return j
		}
		if w := s[p:q]; w == "участок" || w == "уч" || w == "дом" || w == "plot" || w == "house" {
			r := q
			if r < len(s) && s[r] == '.' {
				r++
			}
			r = skipSpaces(s, r)
			e := r
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if e == r && r < len(s) && s[r] < 0x80 {
				e = houseNumberEnd(s, r) // "snt raduga plot seventeen"
			} else if e == r {
				e = spokenNumberEnd(s, r)
			}
			if e == r || e < len(s) && isAlnum(s[e]) {
				return j
			}
			a := i
			if words == 0 {
				a = -1 // the name before the mark: "berezka snt plot forty"
				if b := wordStartBefore(s, i-1); i >= 2 && s[i-1] == ' ' && b >= sc.lastEnd && b >= 0 && !upperAt(s[b:]) {
					if t := tableInfo(s[b : i-1]); t.word == 0 && t.addr == 0 && !t.isName() && i-1-b >= 4 {
						a = b
					}
				}
				if a < 0 {
					return j
				}
			}
			sc.emit(a, e, tAddress, 0.8, 0)
			return e
		}
		if q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' && words > 0 {
			q++ // a comma before the plot: "кп солнечный берег, дом 7"
		}
		if sz, up := letterAt(s, p); sz == 0 || up && words > 0 || q+1 >= len(s) || s[q] != ' ' {
			return j // the name, one space between, in lower case but for its first word ("снт Луч уч 56"): not "снт «Рассвет»"
		}
		p = q + 1
	}
	return j
}

// addressSNT builds the address of a plot in a gardening partnership: "СНТ"
// and its name, then up to three ", "-parts (a street, a line) ending in the
// plot number ("участок 214", "уч. 71", "plot 112"), and the region parts
// before it. A partnership without a plot number is a place, not an address.
func (sc *scanner) addressSNT(i, j int) int {
	s := sc.s
	p := skipSpaces(s, j)
	switch { // the name: «Рассвет», "Zarya", Lesnaya Polyana
	case strings.HasPrefix(s[p:], "«"):
		c := strings.Index(s[p:], "»")
		if c < 0 || c > 60 {
			return 0
		}
		p += c + len("»")
	case p < len(s) && s[p] == '"':
		c := strings.IndexByte(s[p+1:], '"')
		if c < 0 || c > 60 {
			return 0
		}
		p += c + 2
	default:
		for words := 0; words < 3 && p < len(s) && (upperAt(s[p:]) || words > 0 && letterSize(s, p) > 0) && !(words > 0 && plotWordAt(s, p)); words++ {
			p = wordEnd(s, p) // and a lower-case word after the first: "КП Сосновый бор, участок 47"
			if p+1 < len(s) && s[p] == '-' && isDigit(s[p+1]) {
				for p++; p < len(s) && isDigit(s[p]); p++ { // a numbered settlement: "КП Павлово-2, уч. 128"
				}
			}
			if p+1 < len(s) && s[p] == ' ' && letterSize(s, p+1) > 0 {
				p++
			}
		}
	}
	end := -1
	for parts := 0; parts < 3 && end < 0; parts++ {
		q, glued := p+2, false
		if !strings.HasPrefix(s[p:], ", ") {
			switch {
			case parts == 0 && p > 0 && p < len(s) && s[p-1] == ' ' && plotWordAt(s, p):
				q, glued = p, true // the plot right after the name: "СНТ Радуга уч 14"
			case parts > 0 || p+1 >= len(s) || s[p] != ',':
				q = -1
			default:
				q, glued = p+1, true // the plot in the next CSV cell: "KP Lesnoe,house 12", "СНТ Ручеёк,уч. 46"
			}
			if q < 0 {
				break
			}
		}
		e := q
		for e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != ';' && s[e] != '(' && e-q < 50 {
			e++
		}
		part := strings.TrimRight(s[q:e], " .")
		var buf [32]byte
		w, _ := foldInto(buf[:0], part[:wordEnd(part, 0)])
		if string(w) == "уч" || string(w) == "участок" || string(w) == "plot" || string(w) == "дом" || string(w) == "д" || string(w) == "house" { // a cottage's house: "KP Solnechny Bereg, house 16"
			r := q + wordEnd(part, 0) // the plot's number follows its word: "участок 114 — ориентир"
			for r < e && (s[r] == '.' || s[r] == ' ') {
				r++
			}
			if strings.HasPrefix(s[r:], "№") {
				r = skipSpaces(s, r+len("№"))
			}
			if r < e && isDigit(s[r]) {
				for r < e && (isDigit(s[r]) || s[r] == '/' || isASCIILetter(s[r])) {
					r++
				}
				if startsAny(s[r:], " сот", " га", " м²", " кв") {
					break // the plot's area, not its number: "участок 12 соток"
				}
				end = r
				for _, sep := range [...]string{", ", " по ", " на "} {
					if strings.HasPrefix(s[r:], sep) {
						if l := lineAt(s, r+len(sep)); l > 0 {
							end = l // and its line after it: "СНТ «Мичуринец», уч. 129 по 9-й линии"
						}
						break
					}
				}
			}
			break
		}
		if glued {
			break
		}
		p = q + len(part)
	}
	if end < 0 || i < sc.lastEnd {
		return 0
	}
	if s[i] < 0x80 {
		end = sc.enAddressTail(end) // "…, plot 47, Dmitrov district, Moscow region"
	} else {
		end = sc.addressRight(end) // "СНТ «Искра», уч. 88, д. Дубровки, Дмитровский г.о."
	}
	sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0)
	return end
}

// lodgingPart reports a hotel's name before its address, by a word of
// lodging in it or its chain: "Swissotel Resort Sochi Kamelia", "Radisson
// Blu", "Marriott Grand Hotel".
func lodgingPart(part string) bool {
	if !upperAt(part) {
		return false
	}
	for w := range strings.FieldsSeq(part) {
		switch w {
		case "Hotel", "Hotels", "Resort", "Inn", "Suites", "Motel", "Hostel":
			return true
		}
	}
	return hotelBrand(part[:max(0, strings.IndexByte(part, ' '))])
}

// institutionPart reports an address's part that names an institution by
// one of its words, not a place: "Sheba Medical Center", "Proton Therapy
// Center Prague", "Universitätsklinikum Heidelberg".
func institutionPart(part string) bool {
	if len(part) < 8 || !upperAt(part) {
		return false
	}
	for w := range strings.FieldsSeq(part) {
		switch strings.TrimSuffix(w, "'s") {
		case "Clinic", "Klinik", "Klinikum", "Universitätsklinikum", "Hospital", "Institute", "University", "Therapy", "Medical",
			"Foundation", "Charité", "Embassy", "Consulate": // "U.S. Embassy, Bolshoy Deviatinsky Pereulok No. 8"
			return true
		case "Office", "Department":
			if strings.HasSuffix(part, w) && !strings.ContainsAny(part, "0123456789") {
				return true // the office a part names last: "…, Kazan, 420008, Russia, International Admissions Office"; not a unit, "Office 3", nor "Office at Krasnodar"
			}
		}
	}
	return strings.Contains(part, "Sports Complex") // "Sports Complex Yunost, 300041, Tula"; not a building's "Al Murooj Complex"
}

// numbersLabel reports a word that labels the numbers after it, which are
// then no house: "Transaction IDs 88213, 88214".
func numbersLabel(w string) bool {
	switch w {
	case "ID", "IDs", "No", "Nos", "Number", "Numbers", "Ref", "Refs":
		return true
	}
	return false
}

// houseMarked reports a house part that names its house with "д." or
// "дом": ", д. 7".
func houseMarked(part string) bool {
	return strings.Contains(part, "д.") || strings.Contains(part, "дом")
}

// englishMonth reports an English month's name or its abbreviation.
func englishMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
		"December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// towerUnitWord reports a word for a unit in a tower: "Office", "Apt".
func towerUnitWord(w string) bool {
	switch w {
	case "Office", "Unit", "Apartment", "Apt", "Suite", "Flat", "Villa", "Building":
		return true
	}
	return false
}

// towerAddress emits an address laid out the way Gulf and Asian cities
// write them, a unit, its tower and its district in parts of their own
// with no house number on a street: "Office 1807, Aspect Tower, Business
// Bay, Dubai", "Apartment 908, Al Sufouh Tower 2, King Salman bin
// Abdulaziz Al Saud Street, Dubai". The unit's word is at s[i:j]; one part
// must name a building (Tower, Plaza, Heights, …) and the last a city. It
// returns the end, or 0.
func (sc *scanner) towerAddress(i, j int) int {
	s := sc.s
	p := j + 1
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if p < len(s) && isUpperASCII(s[p]) {
		p++ // "Villa 22A"
	}
	building := s[i:j] == "Building" // "Building 37, Dubai Healthcare City, Dubai"
	for parts := 0; parts < 5; parts++ {
		if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' || !isUpperASCII(s[p+2]) {
			return 0
		}
		q := p + 2
		e := q
		for e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '.' && s[e] != ';' && s[e] != '(' && s[e] != '|' && e-q < 60 {
			e++ // not past a signature's next field: "Business Bay, Dubai | +971 4 555 0199"
		}
		for e > q && s[e-1] == ' ' {
			e-- // "Dubai (UAE)"
		}
		for k := q + 1; k+1 < e; k++ {
			if s[k] == ' ' && s[k+1] >= 'a' && s[k+1] <= 'z' && !startsAny(s[k+1:], "bin ", "bint ", "ibn ", "al ", "el ", "de ") {
				e = k // the sentence goes on after the place: "Dubai at 05:15", "Dubai to Vnukovo"; not "Sheikh Mohammed bin Rashid Boulevard"
				break
			}
		}
		part := s[q:e]
		for _, w := range [...]string{"Tower", "Towers", "Plaza", "Heights", "Building", "Residence", "Residences", "Views", "Complex", "Cluster", "Centre", "Center"} {
			if k := strings.Index(part, w); k > 0 && part[k-1] == ' ' && (k+len(w) == len(part) || part[k+len(w)] == ' ') {
				building = true
			}
		}
		if strings.HasPrefix(part, "Building ") && len(part) > len("Building ") && isDigit(part[len("Building ")]) || strings.HasSuffix(part, " Free Zone") {
			building = true // "Office 1204, Building 2, Dubai Airport Free Zone, Dubai"
		}
		if building && parts > 0 && towerCity(part) {
			if e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' && strings.HasPrefix(s[e+2:], "Dubai") && (e+7 == len(s) || !isAlnum(s[e+7])) && part != "Dubai" {
				e += 7 // the city after its zone: "Dubai Airport Free Zone, Dubai"
			}
			e = sc.enAddressTail(e) // a flat after the city: "Building 12, Al Asayel Street, Al Quoz, Dubai, flat 406"
			sc.emit(i, e, tAddress, 0.85, 0)
			return e
		}
		p = e
	}
	return 0
}

// towerCity reports a part that names the city or district that ends a
// tower's address: "Dubai", "Dubai Marina", "Downtown Dubai", "Abu Dhabi".
func towerCity(part string) bool {
	switch part {
	case "Abu Dhabi", "Sharjah", "Ajman", "Doha", "Riyadh", "Jeddah", "Manama", "Kuwait City", "Muscat", "Singapore",
		"Hong Kong", "Kuala Lumpur", "Bangkok", "Istanbul", "Almaty", "Astana", "Tashkent", "Baku", "Tbilisi":
		return true
	}
	return part == "Dubai" || strings.HasPrefix(part, "Dubai ") || strings.HasSuffix(part, " Dubai")
}

// knownCity reports a city in latinCities or ruCities: "Kazan", "Москва".
func knownCity(w string) bool {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	return latinCities[string(f)] || ruCities[string(f)] || townShaped(w)
}

// townShaped reports a capitalized word of a Russian town's shape the
// tables do not list: a consonant and "-sk" or "-ск" at its end
// ("Almetyevsk", "Нижнекамск"), which no surname and no word has ("Отпуск",
// "Kiosk" have a vowel before it).
func townShaped(w string) bool {
	if len(w) < 6 || !upperAt(w) {
		return false
	}
	if strings.HasSuffix(w, "sk") {
		c := w[len(w)-3]
		return c >= 'a' && c <= 'z' && strings.IndexByte("aeiouy", c) < 0 && strings.IndexByte(w, ' ') < 0
	}
	if strings.HasSuffix(w, "ск") && len(w) >= 10 {
		r, _ := utf8.DecodeLastRuneInString(w[:len(w)-len("ск")])
		return strings.ContainsRune("бвгджзйклмнпрстфхцчшщь", r) && strings.IndexByte(w, ' ') < 0
	}
	return false
}

// ordinalEntrance returns the end of an entrance or a floor named by an
// ordinal word after a house part at q ("кв. 64, третий подъезд", "дом 5
// второй этаж"), or q.
func ordinalEntrance(s string, q int) int {
	p := q
	if p < len(s) && s[p] == ',' {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return q
	}
	p++
	e := wordEnd(s, p)
	if !ordinalRU(s[p:e]) {
		return q
	}
	for _, w := range [...]string{" подъезд", " этаж"} {
		if strings.HasPrefix(s[e:], w) && (e+len(w) == len(s) || !isAlnum(s[e+len(w)])) {
			return e + len(w)
		}
	}
	return q
}

// ordinalRU reports a spoken ordinal up to ten: "третий", "шестой".
func ordinalRU(w string) bool {
	switch w {
	case "первый", "второй", "третий", "четвёртый", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый":
		return true
	}
	return false
}

// houseNamePart reports an address's part that names a house or a building
// in capitalized English words ending in a word for one: "The Old
// Rectory", "Harrowgate House", "St Luke's Vicarage", "Lower Heights Farm".
func houseNamePart(part string) bool {
	if len(part) < 4 || len(part) > 50 || part[0] >= 0x80 || !isUpperASCII(part[0]) {
		return false
	}
	words := 0
	last := ""
	for w := range strings.FieldsSeq(part) {
		if !isUpperASCII(w[0]) {
			return false
		}
		words++
		last = w
	}
	if words > 5 {
		return false
	}
	switch last {
	case "House", "Rectory", "Vicarage", "Cottage", "Cottages", "Farm", "Barn", "Lodge", "Hall", "Manor", "Mill", "Grange",
		"Court", "Mansions", "Chambers", "Villa", "Bungalow", "Farmhouse":
		return words >= 2 || last == "Farmhouse"
	}
	return false
}

// knownStreets are the streets Russian towns name most often, as an
// address writes them without "ул." before the house, in Cyrillic and in
// Latin letters: an eponym or a noun in the genitive ("Гоголя 15", "Зорге
// 229", "lenina 52", "Революции, 5") or an adjective ("Октябрьская 22",
// "Leninskaya 54"). It joins streetGenitives and commonStreetNames to a few
// more eponyms and the adjectives; a noun needs a capital, and a surname
// (commonStreetNames: "Кирова 12" may be Ms Kirova's twelve) a place's word
// before it (knownStreetHouse).
var knownStreets = func() map[string]uint8 {
	m := map[string]uint8{}
	put := func(w string, kind uint8) {
		m[w] = kind
		for _, l := range latinSpellings(w) {
			m[l] = kind
		}
	}
	for w := range streetGenitives {
		kind := ksEponym
		if streetNounGenitive(w) {
			kind = ksNoun
		}
		put(w, kind)
	}
	for w := range commonStreetNames {
		put(w, ksSurname)
	}
	for _, w := range strings.Fields("ленина ильича зорге шмидта орджоникидзе малиновского луначарского урицкого володарского котовского крупской белинского") {
		put(w, ksEponym) // Ленина is hardly a client's surname
	}
	m["ilyicha"] = ksEponym
	for _, w := range strings.Fields("титова ворошилова тургенева матросова ватутина бабушкина мичурина") {
		put(w, ksSurname)
	}
	for _, w := range strings.Fields("советская молодёжная центральная школьная садовая лесная набережная октябрьская комсомольская " +
		"первомайская заречная полевая юбилейная солнечная луговая пролетарская северная степная партизанская вокзальная " +
		"почтовая кооперативная колхозная речная интернациональная красноармейская пионерская спортивная ленинская " +
		"коммунистическая светланская алеутская") {
		put(w, ksAdjective)
	}
	return m
}()

// knownStreetEnds holds the last bytes of the knownStreets' words, so that
// a number after any other word skips their lookup.
var knownStreetEnds = func() (t [256]bool) {
	for w := range knownStreets {
		t[w[len(w)-1]] = true
	}
	return t
}()

// streetNounGenitive reports a street's name that is a common noun in the
// genitive: "Мира", "Победы", "Строителей" ("оплата труда 8 тыс" is none).
func streetNounGenitive(w string) bool {
	return !strings.HasSuffix(w, "а") && !strings.HasSuffix(w, "я") && !strings.HasSuffix(w, "е") && !strings.HasSuffix(w, "о") || w == "мира" ||
		w == "труда" || w == "октября" || w == "комсомола" || w == "интернационала"
}

const (
	ksEponym uint8 = 1 + iota
	ksSurname
	ksAdjective
	ksNoun
)

// knownStreetWord returns the kind of the known street s[b:e], or 0.
func knownStreetWord(s string, b, e int) uint8 {
	if e-b < 4 || e-b > 40 {
		return 0
	}
	var buf [48]byte
	w, ok := foldInto(buf[:0], s[b:e])
	if !ok {
		return 0
	}
	k := knownStreets[string(w)]
	if k == ksNoun && !upperAt(s[b:]) {
		return 0
	}
	return k
}

// streetHouseAfter reports a house number right after a street's word that
// ends at e, with a space or ", " between ("Гоголя 15", "Революции, 5"),
// that is no time, date, amount or count.
func streetHouseAfter(s string, e int) bool {
	p := e
	if p < len(s) && s[p] == ',' {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return false
	}
	p++
	d := p
	for d < len(s) && isDigit(s[d]) && d-p < 4 {
		d++
	}
	if d == p || d-p > 3 || s[p] == '0' || d < len(s) && isDigit(s[d]) {
		return false
	}
	if sz, _ := letterAt(s, d); sz > 0 {
		if l := wordEnd(s, d); l-d > sz || l-d == 2 && s[d] >= 0x80 && !(s[d] == 0xD0 && (s[d+1] >= 0xB0 && s[d+1] <= 0xB3 || s[d+1] >= 0x90 && s[d+1] <= 0x93)) ||
			l-d == 1 && !(s[d] >= 'a' && s[d] <= 'g' || s[d] >= 'A' && s[d] <= 'G') {
			return false // a letter of the house only: "85Б", "7g"; not "5-й", "12th", "3шт"
		}
		d += sz
	}
	if d < len(s) {
		switch c := s[d]; {
		case c == ':' || c == '%' || c == '-' && d+1 < len(s) && !isDigit(s[d+1]):
			return false // a time, a share, "5-й"
		case (c == '.' || c == ',') && d+1 < len(s) && isDigit(s[d+1]):
			return false // a date or an amount: "Ленина 12.05", "Мира 5,5"
		case c == ' ' || c == ',' || c == '.' || c == ')' || c == ';' || c == '\n' || c == '\r' || c == '/' || c == '-' || c == '!' || c == '?' || c == '|' || c == '"' || c == '\'':
		case c >= 0x80:
			if !strings.HasPrefix(s[d:], "»") && !strings.HasPrefix(s[d:], "—") && !strings.HasPrefix(s[d:], "–") {
				return false
			}
		default:
			return false
		}
	}
	if unitFollows(s, d) {
		return false // "Победы 9 мая" is caught below; "Мира 5 руб."
	}
	if q := skipSpaces(s, d); q < len(s) && q > d {
		w := s[q:wordEnd(s, q)]
		if englishMonth(w) || startsAny(w, "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "лет", "год", "раз", "человек", "шт", "дн", "день", "курс", "проб", "кг",
			"people", "person", "guest", "adult", "kid", "child", "pcs", "times", "days", "years") {
			return false // a date or a count: "Победы 9 мая", "Гагарина 12 лет", "корпус имени Лермонтова, 21 день", "Lenina 5 people came"
		}
	}
	return true
}

// flatWordIn reports a flat's word in the parts after a house: " кв 42",
// ", кв. 5", " квартира 12".
func flatWordIn(parts string) bool {
	return strings.Contains(parts, "кв") && !strings.Contains(parts, "кв.м") && !strings.Contains(parts, "кв. м")
}

// flatAfterHouse reports a flat's, a building's or an entrance's word in
// s[a:end], the parts houseParts read after a house: "12, кв. 4".
func flatAfterHouse(s string, a, end int) bool {
	for p := a; p < end; p++ {
		if s[p] >= 0x80 || isASCIILetter(s[p]) {
			return true
		}
	}
	return false
}

// enStreetAfterHouse reports a capitalized name and an English street's
// word after the house number at i: "16 Mira Ave".
func enStreetAfterHouse(s string, i int) bool {
	p := alnumEnd(s, i)
	if p+2 >= len(s) || s[p] != ' ' || !isUpperASCII(s[p+1]) {
		return false
	}
	q := wordEnd(s, p+1)
	if q+2 >= len(s) || s[q] != ' ' {
		return false
	}
	return addrKindAt(s, q+1, wordEnd(s, q+1)) == akENStreet
}

// knownStreetHouse finds a known street without its keyword before the
// house number at i and returns the address's start and end: "(Гоголя 15)",
// "Зорге 229", "Октябрьская 22", "Революции, 5", "murmansk lenina 82". A
// street that is also a woman's surname needs a place's preposition, a
// bracket or the line's start before it, or a flat after the house; so do
// a noun before a comma ("офиса Космонавтов, 52") and an adjective in lower
// case ("креветка северная 90/120"). It returns -1 when there is none.
func (sc *scanner) knownStreetHouse(i int) (int, int) {
	s := sc.s
	if i < 6 || s[i-1] != ' ' {
		return -1, 0
	}
	k := i - 1
	if s[k-1] == ',' {
		k--
	}
	if !knownStreetEnds[s[k-1]] {
		return -1, 0 // most words before a number end otherwise: "дом 5", "кв. 12", "на 3"
	}
	b, e := prevWordBounds(s, k)
	if e != k || b == e {
		return -1, 0
	}
	kind := knownStreetWord(s, b, e)
	if kind == 0 || !streetHouseAfter(s, e) {
		return -1, 0
	}
	end := sc.houseParts(e)
	if end <= i {
		return -1, 0
	}
	if k < i-1 && s[b] < 0x80 && enStreetAfterHouse(s, i) {
		return -1, 0 // the house of the street after it: "Hotel Oktyabrskaya, 16 Mira Ave, Krasnoyarsk"
	}
	if kind == ksSurname || kind == ksNoun && k < i-1 || kind == ksAdjective && !upperAt(s[b:]) {
		var pb [16]byte
		pw := string(prevWord(s, b, pb[:0]))
		if !(b == 0 || s[b-1] == '\n' || s[b-1] == '(' || pw == "на" || pw == "по" || pw == "ул" || pw == "at" || pw == "on" || pw == "near" ||
			knownCity(pw) || kind == ksSurname && flatAfterHouse(s, wordEnd(s, i), end)) {
			return -1, 0
		}
	}
	return b, end
}

// repeatStreets finds a street that an address already found names again
// with its house but without its keyword or town, as a transcript reads an
// address back: "урицкого семьдесят три" after "я на урицкого шестьдесят
// три", "koltsovskaya thirty five" after "koltsovskaya street thirty five",
// "Kremlevskaya 35" after "Kremlevskaya St 35, Kazan".
func (sc *scanner) repeatStreets() {
	s := sc.s
	var names [4]string
	n := 0
	for _, sp := range sc.out {
		if sp.typ == tAddress && n < len(names) {
			if w := streetNameIn(s[sp.start:sp.end]); w != "" && (n == 0 || names[n-1] != w) {
				names[n] = w
				n++
			}
		}
	}
	for _, w := range names[:n] {
		for k := 0; k < len(s); {
			x := strings.Index(s[k:], w)
			if x < 0 {
				break
			}
			x += k
			k = x + len(w)
			if x > 0 && (isAlnum(s[x-1]) || s[x-1] >= 0x80) || sc.covered(x, k, len(sc.out)) {
				continue
			}
			hb := houseRunBefore(s, x) // the house said first: "forty four baumana twelve", "flat 12 at 44 baumana"
			var end int
			if k+2 >= len(s) || s[k] != ' ' {
				end = k
			} else if w[0] >= 0x80 {
				if end = sc.houseParts(k); end > k && end < len(s) && s[end] == ' ' {
					if next := s[end+1 : wordEnd(s, end+1)]; unitWordRU(next) || countNoun(next) {
						continue // "урицкого сорок минут"
					}
				}
			} else if end = houseNumberEnd(s, k+1); end > k+1 {
				end = lowerUnitsAfter(s, end)
			}
			if end <= k+1 && hb < x {
				end = k
			}
			if end > k+1 || hb < x {
				sc.emit(lowerUnitBefore(s, hb), end, tAddress, 0.75, 0)
				k = end
			}
		}
	}
}

// streetNameIn returns the name of the street in an address: the word
// before its house, past a street's or a house's keyword ("кольцовская" of
// "улица кольцовская, дом тридцать пять", "Kremlevskaya" of "Kremlevskaya
// St 35, Kazan"), or after a house that comes first ("baumana" of "forty
// four baumana street"), or "" when that word is too short or no name.
func streetNameIn(a string) string {
	h := -1
	for i := 0; i < len(a); i++ {
		if isDigit(a[i]) && (i == 0 || a[i-1] == ' ') {
			h = i
			break
		}
		if i == 0 || a[i-1] == ' ' {
			w := a[i:wordEnd(a, i)]
			if numberWord(w) || englishNumberWord(w) {
				h = i
				break
			}
		}
	}
	if h == 0 {
		// the house first: "forty four baumana street", "44 Baumana St"
		p := 0
		for p < len(a) {
			q := wordEnd(a, p)
			if q == p && isDigit(a[p]) {
				q = alnumEnd(a, p)
			}
			if w := a[p:q]; q == p || !(isDigit(a[p]) || numberWord(w) || englishNumberWord(w)) {
				if e := q; e-p >= 5 && (a[p] < 0x80 || e-p >= 8) && addrKindAt(a, p, e) == 0 && !firstNameWord(w) {
					return w
				}
				return ""
			}
			p = skipSpaces(a, q)
		}
		return ""
	}
	for words := 0; h > 1 && words < 3; words++ {
		e := h - 1
		for e > 0 && (a[e-1] == ',' || a[e-1] == '.') {
			e--
		}
		b := wordStartBefore(a, e)
		if b < 0 || b >= e {
			return ""
		}
		var buf [32]byte
		f, _ := foldInto(buf[:0], a[b:e])
		switch addrKind(f) {
		case akStreet, akENStreet, akHouse:
			h = b // "улица псковская, дом сорок два": past "дом"
			continue
		case 0:
			if e-b >= 5 && (a[b] < 0x80 || e-b >= 8) && !firstNameWord(a[b:e]) {
				return a[b:e]
			}
		}
		return ""
	}
	return ""
}

// siblingStreets finds the other items of a list of bare streets and
// houses when one of them was found: a crew's job list, "Старцева 61-8,
// Уральская 102-44, Подлесная 19", "Мира 45-102 и Стахановская 54",
// "утром Сибирская 35, вечером Екатерининская 98-12". An item is a
// capitalized Russian word ending as a street's name does, then its house
// (a number, a letter, a flat after a hyphen), joined to a found address
// by a comma, "и" or a time of day.
func (sc *scanner) siblingStreets() {
	s := sc.s
	n := len(sc.out)
	for k := 0; k < n; k++ {
		sp := sc.out[k]
		if sp.typ != tAddress || s[sp.start] < 0x80 || !isDigit(s[sp.end-1]) {
			continue
		}
		for e, steps := sp.end, 0; steps < 3; steps++ {
			e = noteAfter(s, e)
			p := -1
			for _, sep := range [...]string{", ", " и ", "; ", ", вечером ", ", утром ", ", днём ", ", потом ", " — "} {
				if strings.HasPrefix(s[e:], sep) {
					p = e + len(sep)
					break
				}
			}
			if p < 0 {
				break
			}
			end := bareStreetItem(s, p)
			if end < 0 || sc.covered(p, end, len(sc.out)) {
				break
			}
			sc.emit(p, end, tAddress, 0.75, 0)
			e = end
		}
		for b, steps := sp.start, 0; steps < 2; steps++ {
			a := -1
			for _, sep := range [...]string{", ", " и ", "; ", ", вечером ", ", днём ", ", потом "} {
				if strings.HasSuffix(s[:b], sep) {
					a = b - len(sep)
					break
				}
			}
			if a < 0 {
				break
			}
			if a > 0 && s[a-1] == ')' {
				if o := strings.LastIndex(s[max(0, a-40):a], " ("); o >= 0 {
					a = max(0, a-40) + o // the item's note: "Старцева 23-5 (Бекетова), Пушкарская 130-12"
				}
			}
			end := a
			h := a // the item before ends with its house
			for h > 0 && (isDigit(s[h-1]) || s[h-1] == '-' || s[h-1] == '/' || s[h-1] >= 0x80 && h >= 3 && isDigit(s[h-3])) {
				h--
			}
			if h == a || h < 2 || s[h-1] != ' ' {
				break
			}
			w := wordStartBefore(s, h-1)
			if w < 0 || bareStreetItem(s, w) != end || sc.covered(w, end, len(sc.out)) {
				break
			}
			sc.emit(w, end, tAddress, 0.75, 0)
			b = w
		}
	}
}

// bareStreetItem returns the end of a bare street and its house at p,
// "Уральская 102-44", "Стахановская 54", "Старцева 23-5", or -1.
func bareStreetItem(s string, p int) int {
	if p >= len(s) || !upperAt(s[p:]) || s[p] < 0x80 {
		return -1
	}
	q := wordEnd(s, p)
	w := s[p:q]
	if q+2 >= len(s) || s[q] != ' ' || !isDigit(s[q+1]) || firstNameWord(w) ||
		!endsAny(w, "ская", "цкая", "ная", "вая", "ова", "ева", "ина", "ына", "ого", "его", "кой", "ной") {
		return -1
	}
	e := q + 1
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-q-1 > 4 {
		return -1
	}
	if sz, _ := letterAt(s, e); sz > 0 && s[e] >= 0x80 && (e+sz == len(s) || !isAlnum(s[e+sz]) && s[e+sz] < 0x80) {
		e += sz // "32А"
	}
	if e+1 < len(s) && (s[e] == '-' || s[e] == '/') && isDigit(s[e+1]) {
		for e++; e < len(s) && isDigit(s[e]); e++ { // a flat or a building: "102-44", "24/7"
		}
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80 || s[e] == ':' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) || unitFollows(s, e) {
		return -1 // no time, date or count: "Иванова 12:30", "Петрова 5 раз"
	}
	if e+1 < len(s) && s[e] == ' ' && (countNoun(s[e+1:wordEnd(s, e+1)]) || ruMonthGenitive(s[e+1:wordEnd(s, e+1)])) {
		return -1
	}
	return e
}

// noteAfter returns the end of a short note in brackets after e, " (Бекетова)", or e.
func noteAfter(s string, e int) int {
	if note := bracketAfter(s, e, 38); note != "" && strings.IndexByte(note, '\n') < 0 {
		return e + len(" (") + len(note) + len(")")
	}
	return e
}

// houseRunBefore returns the start of a house said or written before the
// street word at x, "forty four " or "44 ", or x.
func houseRunBefore(s string, x int) int {
	start := x
	for words := 0; words < 4 && start >= 2 && s[start-1] == ' '; words++ {
		b := start - 1
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
			b--
		}
		if w := s[b : start-1]; !(allDigits(w) && len(w) <= 4 || englishNumberWord(w) || numberWord(w)) {
			break
		}
		start = b
	}
	return start
}

// kmRoadsEN emits the English addresses that a road's kilometre places, as
// rural sites and farms are written: "28 km of the Elista–Yashkul highway,
// Yashkulsky District", "24 km Gelendzhik–Novorossiysk highway, building
// 2", "Krasnoglinskoye Highway, km 22, bldg 5, Samara", "R-216 highway, 274
// km, Yashkul", with the parts after them (building, district, region,
// postcode) and the settlement before them; a kilometre with no such part
// only after an address's label. It reports whether it emitted one.
func (sc *scanner) kmRoadsEN() (found bool) {
	s := sc.s
	for from := 0; ; {
		k := strings.Index(s[from:], "km") // "k" is rare enough that one pass costs little; " km" would stop at every space
		if k < 0 {
			return found
		}
		p := from + k
		from = p + 2
		if p < 2 || s[p-1] != ' ' || p+2 < len(s) && isAlnum(s[p+2]) {
			continue
		}
		start, end := -1, -1
		if n := kmNumberBefore(s, p-1); n >= 0 {
			if e := roadNameAfter(s, p+2); e > 0 {
				start, end = n, e // "28 km of the Elista–Yashkul highway"
			} else if b := roadBeforeComma(s, n); b >= 0 {
				start, end = b, p+2 // "R-216 highway, 274 km"
			}
		} else if q := p + 3; q < len(s) && s[p+2] == ' ' && isDigit(s[q]) {
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q == len(s) || !isAlnum(s[q]) {
				if b := roadBeforeComma(s, p); b >= 0 {
					start, end = b, q // "Krasnoglinskoye Highway, km 22"
				}
			}
		}
		if start < 0 {
			continue
		}
		if e := sc.enAddressTail(end); e > end {
			end = e
		} else if !addressCue(s, start) {
			continue // a road's kilometre alone is where a car broke down, no one's address: "towed from the M-7 highway, km 801"
		}
		if b := sc.settlementBefore(start); b >= 0 {
			start = b
		}
		if !sc.otherSpanIn(start, end) {
			sc.out = append(sc.out, span{start: start, end: end, typ: tAddress, score: 0.86}) // over a part found before: "Ferzikovo highway, building 3"
			found = true
		}
		from = end
	}
}

// otherSpanIn reports a span found of a kind other than an address that
// overlaps [a, b).
func (sc *scanner) otherSpanIn(a, b int) bool {
	for _, sp := range sc.out {
		if sp.typ != tAddress && a < sp.end && sp.start < b {
			return true
		}
	}
	return false
}

// kmNumberBefore returns the start of a kilometre's number ending at e,
// "28", "12th", or -1.
func kmNumberBefore(s string, e int) int {
	b := e
	for b > 0 && (s[b-1] >= 'a' && s[b-1] <= 'z') && e-b < 2 {
		b-- // an ordinal's ending: "12th", "56th", "1st"
	}
	if b < e && !startsAny(s[b:e], "st", "nd", "rd", "th") {
		return -1
	}
	d := b
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == b || b-d > 4 || d > 0 && (isAlnum(s[d-1]) || s[d-1] == '.' || s[d-1] == ',') {
		return -1
	}
	return d
}

// roadNameAfter returns the end of a road named after a kilometre's "km" at
// p: " of the Elista–Yashkul highway", " Gelendzhik–Novorossiysk road",
// " of the M-4 Don highway", or 0.
func roadNameAfter(s string, p int) int {
	for _, w := range [...]string{" of the ", " of "} {
		if strings.HasPrefix(s[p:], w) {
			p += len(w) - 1
			break
		}
	}
	for words := 0; words < 4; words++ {
		if p+2 >= len(s) || s[p] != ' ' {
			return 0
		}
		q := p + 1
		e := q
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] >= 0x80 && !strings.HasPrefix(s[e:], "–") && !strings.HasPrefix(s[e:], "—")) {
			e++
		}
		for strings.HasPrefix(s[e:], "–") || strings.HasPrefix(s[e:], " – ") {
			if s[e] == ' ' {
				e += len(" – ")
			} else {
				e += len("–") // "Elista–Yashkul", "Abrau-Dyurso – Dyurso"
			}
			for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] >= 0x80 && s[e] < 0xE0) {
				e++
			}
		}
		if e == q {
			return 0
		}
		switch s[q:e] {
		case "highway", "road", "Highway", "Road", "Hwy", "hwy", "shosse", "Shosse", "tract", "trakt":
			if words == 0 {
				return 0
			}
			return e
		}
		if !isUpperASCII(s[q]) {
			return 0
		}
		p = e
	}
	return 0
}

// roadBeforeComma returns the start of a road named before ", " that ends
// at p: "Krasnoglinskoye Highway, ", "R-216 highway, ", or -1.
func roadBeforeComma(s string, p int) int {
	r := kindWordBeforeComma(s, p, "highway", "Highway", "Hwy", "Shosse", "shosse", "road", "Road", "tract", "Trakt")
	if r < 0 {
		return -1
	}
	b := r - 1
	for b > 0 && (isAlnum(s[b-1]) || s[b-1] == '-') {
		b--
	}
	if b == r-1 || !isUpperASCII(s[b]) {
		return -1
	}
	return b
}

// kindWordBeforeComma returns the start of one of kinds that ends right
// before the ", " ending at p, with a space and a word before it, or -1.
func kindWordBeforeComma(s string, p int, kinds ...string) int {
	if p < 4 || s[p-2:p] != ", " {
		return -1
	}
	r := wordStartBefore(s, p-2)
	if r < 2 || s[r-1] != ' ' {
		return -1
	}
	for _, k := range kinds {
		if s[r:p-2] == k {
			return r
		}
	}
	return -1
}

// settlementBefore returns the start of a settlement's part, ", "-separated,
// right before start ("Sosnovka village, 12th km …", "Chernozemelsky
// District, 12th km …"), or -1.
func (sc *scanner) settlementBefore(start int) int {
	s := sc.s
	r := kindWordBeforeComma(s, start, "village", "District", "district", "settlement", "farm")
	if r < 0 {
		return -1
	}
	b := wordStartBefore(s, r-1)
	if b < 0 || !upperAt(s[b:]) {
		return -1
	}
	return b
}

// plotWordAt reports a plot's or a house's word at p: "уч", "участок",
// "plot", "house".
func plotWordAt(s string, p int) bool {
	switch s[p:wordEnd(s, p)] {
	case "уч", "участок", "plot", "house", "дом":
		return true
	}
	return false
}

// blockHouseEN emits an address written in English the way towns of the
// former Soviet Union number their districts and blocks instead of streets:
// the house word s[i:j] ("house", "bldg", "building"), its number and a flat
// right after it, with the blocks, districts and places before them and a
// town, region, postcode or country after: "Yunusabad district, block 14,
// house 22, apt. 31, Tashkent 100093", "Koltsovo, bldg 12, apt. 9",
// "Samal-1, house 22, apt 105", "bldg 1105, apt 64, Zelenograd". A house and
// a flat with nothing around them are not enough. It returns the end, or 0.
func (sc *scanner) blockHouseEN(i, j int) int {
	s := sc.s
	q := j
	if q < len(s) && s[q] == '.' {
		q++ // "bldg. 12"
	}
	if q+1 >= len(s) || s[q] != ' ' || !isDigit(s[q+1]) {
		return 0
	}
	q++
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q+1 < len(s) && s[q] == '/' && isDigit(s[q+1]) {
		for q++; q < len(s) && isDigit(s[q]); q++ {
		}
	} else if q < len(s) && s[q] >= 'a' && s[q] <= 'z' && (q+1 == len(s) || !isAlnum(s[q+1])) {
		q++ // "house 12a"
	}
	p := q
	switch {
	case strings.HasPrefix(s[p:], ", "):
		p += 2
	case p < len(s) && s[p] == ' ':
		p++
	default:
		return 0
	}
	w := wordEnd(s, p)
	switch s[p:w] {
	case "apt", "apartment", "flat", "kv":
	default:
		return 0
	}
	if w < len(s) && s[w] == '.' {
		w++
	}
	if w+1 >= len(s) || s[w] != ' ' || !isDigit(s[w+1]) {
		return 0
	}
	end := w + 1
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	if end < len(s) && isAlnum(s[end]) {
		return 0
	}
	start := blockPartsBefore(s, i, sc.lastEnd)
	tail := placesAfterEN(s, end)
	if start == i && tail == end {
		return 0
	}
	sc.emit(start, tail, tAddress, 0.8, 0)
	return tail
}

// blockPartsBefore returns where the blocks, districts and places before
// a house word at i begin: capitalized Latin words ("Yunusabad",
// "Chilanzar-9", "Koltsovo"), numbers and ordinals ("14", "4th", "12a") and
// the words that name a district's parts ("block", "district",
// "microdistrict", "khoroo"), separated by spaces or commas, back to a
// colon, a bracket, a line's start, lo or any other word; i when none.
func blockPartsBefore(s string, i, lo int) int {
	start, p := i, i
	for n := 0; n < 10; n++ {
		var b int
		switch {
		case p >= 2 && s[p-2] == ',' && s[p-1] == ' ':
			b = p - 2
		case p >= 1 && s[p-1] == ' ':
			b = p - 1
		default:
			return start
		}
		a := b
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != ',' && s[a-1] != ':' && s[a-1] != '(' {
			a--
		}
		if a == b || a < lo || !blockWord(s[a:b]) {
			break
		}
		p, start = a, a
	}
	if start < i && isDigit(s[start]) {
		if e := strings.IndexByte(s[start:i], ' '); e > 0 && s[start+e-1] == ',' {
			start += e + 1 // a number alone opens no address: "house 65, building 1, flat 204" after its street
		}
	}
	return start
}

// blockWord reports a word of a district's or a block's name: capitalized
// Latin letters with a hyphen or a number glued on, a number or an ordinal,
// or a word for a district's part.
func blockWord(w string) bool {
	switch w {
	case "block", "blk", "district", "microdistrict", "mkr", "kvartal", "quarter", "complex", "khoroo", "region", "oblast",
		"Block", "District", "Microdistrict", "Quarter", "Complex", "Region", "Oblast":
		return true
	}
	if isDigit(w[0]) {
		d := 0
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		switch rest := w[d:]; rest {
		case "", "a", "b", "st", "nd", "rd", "th", "-a", "-b":
			return true
		}
		return false
	}
	if !isUpperASCII(w[0]) || len(w) < 3 {
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; !(c >= 'a' && c <= 'z' || c == '-' || c == '\'' || isDigit(c) && w[k-1] == '-' || isDigit(c) && isDigit(w[k-1]) || c >= 'A' && c <= 'Z' && w[k-1] == '-') {
			return false
		}
	}
	return true
}

// blockCountries may close an address of blocks: "…, apt. 22, Tashkent, Uzbekistan".
var blockCountries = map[string]bool{
	"Uzbekistan": true, "Kazakhstan": true, "Kyrgyzstan": true, "Tajikistan": true, "Turkmenistan": true, "Mongolia": true,
	"Armenia": true, "Azerbaijan": true, "Georgia": true, "Belarus": true, "Russia": true,
}

// placesAfterEN returns the end of up to three parts after end that name a
// town, a region, a postcode or a country: ", Tashkent 100093", ",
// Novosibirsk Region", ", Tashkent, Uzbekistan"; or end.
func placesAfterEN(s string, end int) int {
	for n := 0; n < 3 && strings.HasPrefix(s[end:], ", "); n++ {
		a := end + 2
		e := a
		for words := 0; words < 4 && e < len(s) && (isUpperASCII(s[e]) || isDigit(s[e])); words++ {
			if isDigit(s[e]) {
				for e < len(s) && isDigit(s[e]) {
					e++
				}
			} else {
				e = wordEnd(s, e) // capitalized words and numbers: "Tashkent 100093", not "Zelenograd is in zone B"
			}
			if e+1 >= len(s) || s[e] != ' ' {
				break
			}
			if n := e + 1; !isUpperASCII(s[n]) && !isDigit(s[n]) {
				break
			}
			e++
		}
		part := s[a:e]
		if part == "" {
			return end
		}
		name := part
		if k := strings.LastIndexByte(part, ' '); k > 0 && allDigits(part[k+1:]) && len(part)-k-1 >= 4 {
			name = part[:k] // "Tashkent 100093"
		} else if k := strings.IndexByte(part, ' '); k > 0 && allDigits(part[:k]) && k >= 4 {
			name = part[k+1:] // "236006 Kaliningrad"
		}
		if !(allDigits(part) && len(part) >= 4 && len(part) <= 6) && !cityNamed(name) && !blockCountries[name] &&
			!(isUpperASCII(name[0]) && regionPart(name) && strings.Count(name, " ") <= 2) {
			return end
		}
		end = e
	}
	return end
}

// venueInQuotes returns the end of a building's kind and its name in
// quotes at p, a part of an address after the house: "pharmacy
// "Zdorovye"", "shopping mall "Galaxy"", "Business Centre "Pulkovo Sky"",
// "building "Business Incubator""; or 0.
func venueInQuotes(s string, p int) int {
	q := p
	for words := 0; words < 2 && q < len(s) && isASCIILetter(s[q]); words++ {
		e := wordEnd(s, q)
		var buf [16]byte
		f, _ := foldInto(buf[:0], s[q:e])
		switch string(f) {
		case "pharmacy", "shopping", "mall", "business", "centre", "center", "building", "hotel", "hostel", "cafe", "restaurant",
			"clinic", "store", "shop", "tower", "complex", "camp", "base", "bc", "tc", "hypermarket", "supermarket", "market":
		default:
			return 0
		}
		q = e
		if q >= len(s) || s[q] != ' ' {
			return 0
		}
		q++
		if q < len(s) && (s[q] == '"' || strings.HasPrefix(s[q:], "«")) {
			break
		}
	}
	if q == p || q >= len(s) {
		return 0
	}
	closing := "\""
	switch {
	case s[q] == '"':
		q++
	case strings.HasPrefix(s[q:], "«"):
		q, closing = q+len("«"), "»"
	default:
		return 0
	}
	c := strings.Index(s[q:min(len(s), q+40)], closing)
	if c <= 0 || strings.IndexByte(s[q:q+c], '\n') >= 0 {
		return 0
	}
	return q + c + len(closing)
}

// numberLabelLine reports a line that opens with the label of a number,
// not a town: "Order 123456 confirmed", "Tel 8 800 …".
func numberLabelLine(line string) bool {
	return startsAny(line, "Order", "Invoice", "Ticket", "Booking", "Tel", "Phone", "Passport", "INN", "Account", "Card", "Code", "Ref", "Total", "Amount")
}

// addressFieldAt emits the value of a form's address field, the rest of
// the line after a label that names an address and ends in ": " right
// before v ("Address: Karl Johans gate 12, 0154 Oslo, Norway", "Адрес
// регистрации: 422701, …, ул. Кооперативная, д. 5"), when the scan found
// no address in it or only a street it doubted. The label opens its line;
// the value ends at the line's end, a cell's bar, a semicolon, a bracket, a
// dash or a sentence's end. It must open with a letter or a digit and hold
// a digit and a space, no ':' (a cadastral number, an IPv6), '@', a
// pseudonym's '[' or a mask's '*', no phone or PO box, and the label must
// not name an e-mail's, a site's, a server's or a wallet's address.
func (sc *scanner) addressFieldAt(v int) bool {
	s := sc.s
	ls := lineStart(s, v, 48)
	if ls > 0 && s[ls-1] != '\n' {
		return false
	}
	for ls < v && (s[ls] == ' ' || s[ls] == '-' || s[ls] == '*' || s[ls] == '>') {
		ls++
	}
	label := s[ls : v-2]
	if len(label) < 5 || strings.ContainsAny(label, "0123456789:|") || strings.Count(label, " ") > 3 || !addressWordIn(label) ||
		containsAny(label, "IP", "ip ", "mail", "Mail", "MAIL", "MAC", "web", "Web", "сайт", "Сайт", "электрон", "Электрон", "эл.", "Эл.", "почты", "wallet", "Wallet",
			"URL", "url", "ссылк", "link", "сервер", "Сервер", "server", "Server", "корреспонд", "переадрес", "Переадрес") {
		return false
	}
	e := lineEndFrom(s, v)
	for k := v; k < e; k++ {
		switch s[k] {
		case '@', ':', '[', '*':
			return false // an e-mail, a cadastral number, an IPv6, a time, a pseudonym or a mask: "[PERSON_12388625]", "*******"
		case '|', ';', '\t', '(':
			e = k
		case '.':
			if k+2 < e && s[k+1] == ' ' && upperAt(s[k+2:]) && sentenceEndWord(s[v:k]) {
				e = k
			}
		case ' ':
			if k+2 < e && (s[k+1] == '-' || strings.HasPrefix(s[k+1:], "—") || strings.HasPrefix(s[k+1:], "–")) && !strings.Contains(s[k:e], ", ") {
				e = k // a note after a dash: "ул. Ленина, 5 — домофон не работает"; not a region's second name, "Кемеровская обл. – Кузбасс, г. Междуреченск"
			}
		}
	}
	for e > v && (s[e-1] == ' ' || s[e-1] == '.' || s[e-1] == ',') {
		e--
	}
	val := s[v:e]
	if sz, _ := letterAt(val, 0); len(val) < 8 || sz == 0 && !isDigit(val[0]) || !strings.ContainsAny(val, "0123456789") || strings.IndexByte(val, ' ') < 0 ||
		containsAny(val, "тел", "Тел", "tel", "Tel", "phone", "Phone", "http", "www", "договор", "contract", "+7", "8 9", "а/я", "PO Box", "P.O. Box") {
		return false
	}
	for _, sp := range sc.out {
		if v < sp.end && sp.start < e && sp.typ != tPerson && !(sp.typ == tAddress && sp.score < 0.5) {
			return false // the scan read an address or a number there; not a street it doubted, "ул. Промышленная, влд. 3"
		}
	}
	sc.emit(v, e, tAddress, 0.95, 0) // over a street's namesake: "Karl Johans gate 12"
	return true
}

// sentenceEndWord reports the word before a dot at the end of w as a
// sentence's last word, not an address's abbreviation: a number ("кв. 3.
// Прошу") or a word of five letters or more that is no abbreviation.
func sentenceEndWord(w string) bool {
	k := len(w)
	for k > 0 && w[k-1] != ' ' && w[k-1] != ',' {
		k--
	}
	word := w[k:]
	if word == "" {
		return false
	}
	if isDigit(word[len(word)-1]) {
		return true
	}
	if utf8.RuneCountInString(word) < 5 {
		return false
	}
	switch strings.ToLower(word) {
	case "просп", "prosp", "корп", "korp", "kvart", "proezd", "ploshch", "пр-кт", "bldg", "build", "depto": // "piso 5, depto. B"
		return false
	}
	return true
}

// addressWordIn reports the word "address" or "адрес" opening a word of
// the label w: "Home address", "Юр. адрес", "Адрес регистрации"; not
// "Федресурс".
func addressWordIn(w string) bool {
	for _, a := range [...]string{"address", "Address", "ADDRESS", "адрес", "Адрес", "АДРЕС"} {
		if k := strings.Index(w, a); k == 0 || k > 0 && (w[k-1] == ' ' || w[k-1] == '.' || w[k-1] == '-') {
			return true
		}
	}
	return false
}
