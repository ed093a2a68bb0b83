package pii

import (
	"math/bits"
	"strings"
	"unsafe"
)

const (
	maxDigits = 24
	maxGroups = 12
)

// Separator kinds between digit groups.
const (
	sepSpace uint8 = 1 << iota
	sepDash
	sepDot
	sepParen
	sepNumSign
)

// numGroup is a run of digit groups joined by phone/card-style separators.
type numGroup struct {
	start   int // byte offset of the first byte ('+', '(' or digit)
	digits  [maxDigits]byte
	n       int
	ng      int
	glen    [maxGroups]uint8 // digits per group
	gend    [maxGroups]int   // byte end of each group
	sep     [maxGroups]uint8 // separator before group k (k ≥ 1)
	plus    bool
	paren   bool
	sepsAll uint8
}

// number parses the digit group at i, emits what it identifies, and returns
// the offset to continue from.
// maskedRunEnd returns the end of digits glued to asterisks at i, a
// number masked in the middle or at its end ("40817810***********221",
// "4276***"), or 0.
func maskedRunEnd(s string, i int) int {
	e, stars := i, false
	for e < len(s) && (isDigit(s[e]) || s[e] == '*') {
		stars = stars || s[e] == '*'
		e++
	}
	if !stars {
		return 0
	}
	return e
}

func (sc *scanner) number(i int) int {
	s := sc.s
	n := len(s)
	if i > 1 && s[i-1] == ' ' {
		if e := sc.nameNumberCity(i); e > 0 {
			return e // "Нушићева 12, Београд", "Njegoševa 44, Beograd"
		}
	}
	if i == 0 || !isAlnum(s[i-1]) {
		if e := sc.vietnamAddress(i); e > 0 {
			return e // "45 Tran Phu, Nha Trang", "102 Tran Hung Dao, Hoi An"
		}
	}
	if i > 0 {
		p := s[i-1]
		if p == '=' && logKeyIs(s, i, "build", "version", "ver", "v", "app_version", "app_ver", "appver", "app", "os", "os_version", "fw", "firmware", "sdk", "cms",
			"sw_ver", "sw", "fw_ver", "hw_ver", "firmware_version", "sw_version") ||
			p == '"' && jsonKeyIs(s, i, "build", "version", "ver", "app_version", "app_ver", "appver", "os_version", "os_ver", "client_ver", "client_version", "fw", "firmware", "sdk", "sw", "fw_ver", "firmware_version", "ls", "personal_account") {
			return alnumEnd(s, i) // a logged version: "build=5.2.0.44", {"fw":"4.1.0.22"}; a utility's account, {"ls":"71-0456-332"}
		}
		if (p == '=' || p == ':' || p == '/' && i >= 2 && (s[i-2] == '/' || peerNameBefore(s, i-1))) && dottedQuadAt(s, i) || phoneKeyBefore(s, i) ||
			p == '/' && swiftAccountTag(s, i) || // a SWIFT message's account field: ":59:/40503810662024000002"
			p == '/' && endsAny(s[:i-1], "TEL", "PHONE", "MOB") && (i < 5 || !isUpperASCII(s[i-5])) || // a cargo message's phone: "TEL/79138820511"
			p == '=' && (logKeyIs(s, i, "pan", "card", "card_number", "cardnumber", "cc", "card_no", "inn", "snils", "ogrn", "ogrnip",
				"account", "acc", "acct", "account_number", "account_no", "rs", "passport", "passport_no", "innle", "new_card", "old_card", "card_pan", "pan_full", "card_full", "doc", "series_number", "passport_number", "doc_no", "document_no", "doc_number") ||
				p == '=' && logKeyEndsIn(s, i, "inn", "snils", "ogrn", "passport", "card", "pan", "acc", "account") ||
				cyrillicIDKey(s, i)) || p == ':' && cyrillicIDKey(s, i) { // and glued to its colon: "ИНН:160141884709  ОГРНИП:313168950182422"
			// a logged address: "src=203.0.113.84", "ip=95.165.12.201"; a URL's host: "http://10.0.0.15:8080";
			// a logged phone: "to=79162043317", a card: "pan=5469805214704186"; a phone keeps its plus below: "new=+79213348811";
			// a logged identifier: "account=40802810408379586079 bic=044525593 … inn=775533996733", a passenger's "doc=65 09 441827"
		} else if p == '/' || p == '_' && !(i >= 2 && (s[i-2] == ':' || s[i-2] == ' ')) || p == '=' && s[i] != '+' || // a form's blank: "СНИЛС:_156-044-981 70_"
			p == '&' || p == ':' || p == ',' && i > 1 && isDigit(s[i-2]) && !csvField(s, i-1) && !dottedQuadAt(s, i) && delimHeader(s, i, ',') == "" ||
			p == '.' && i > 1 && isDigit(s[i-2]) || isASCIILetter(p) {
			return alnumEnd(s, i)
		}
		if p >= 0x80 {
			if sz, _ := letterAt(s, i-2); i >= 2 && sz == 2 {
				return alnumEnd(s, i)
			}
		}
	}
	if e := maskedRunEnd(s, i); e > 0 {
		return e // a masked number is no number: "40817810***********221"
	}
	if e := sc.islandLineEN(i); e > 0 {
		return e // "7th Line V.O. 34, flat 12"
	}
	if e := ibanRest(s, i); e > 0 {
		return e // a foreign IBAN's digits are no Russian account: "FR76 3000 6000 0112 3456 7890 189"
	}
	if e := sc.spacedDigitPhone(i); e > 0 {
		return e
	}
	if e := sc.pausedMobile(i); e > 0 {
		return e
	}
	if e := sc.gardenPlot(i); e > 0 {
		return e
	}
	if i+3 < n && isDigit(s[i+1]) && isUpperASCII(s[i+2]) && isUpperASCII(s[i+3]) {
		if e := alnumEnd(s, i); e-i == 9 && passportToken(s, i, e) && !monthAbbrev(s[i+2:i+5]) && // not a date of birth, "DOB 03MAY1982"
			(passportInSentence(s, i) && leftContext(s, i) != ctxNeg || passportColumn(s, i, e)) {
			sc.emit(i, e, tPassport, 0.85, 0) // a Georgian passport: "Паспорта граждан Грузии: 18AB27741, 17CD59023", "Name, Passport" … "Levan Japaridze, 13AB45721"
			return e
		}
	}
	if e := alnumEnd(s, i); e-i == 14 && belarusPersonalNumber(s[i:e]) && (i == 0 || !isAlnum(s[i-1])) {
		sc.emit(i, e, tPassport, 0.85, 0) // a Belarusian identification number on a passport or an ID card: "3150381A012PB9"
		return e
	}
	if a, e := sc.plotPlace(i); a >= 0 {
		if s[a] < 0x80 {
			e = sc.enAddressTail(e) // its district and region: "plot 7, Lesnye Dali village, Dmitrov district, Moscow Region"
		}
		sc.emit(a, e, tAddress, 0.75, 0)
		return e
	}
	if a, e := sc.addressCell(i); a >= 0 {
		sc.emit(a, e, tAddress, 0.75, 0)
		return e
	}
	if a, e := chatStreetHouse(s, i); a >= sc.lastEnd {
		sc.emit(a, e, tAddress, 0.75, 0)
		return e
	}
	if a, e := sc.knownStreetHouse(i); a >= sc.lastEnd {
		sc.emit(cellVillageBefore(s, a, sc.lastEnd), e, tAddress, 0.75, 0)
		return e
	}
	if a, e := latinChatStreet(s, i); a >= sc.lastEnd {
		sc.emit(a, e, tAddress, 0.75, 0)
		return e
	}
	if a, e := sc.chatStreetFlat(i); a >= sc.lastEnd {
		sc.emit(a, e, tAddress, 0.75, 0)
		return e
	}
	if e := sc.asianHouse(i); e > 0 {
		return e
	}
	var g numGroup
	g.start = i
	j := i
	if s[j] == '+' {
		g.plus = true
		j++
	} else if isDigit(s[i]) && i > 0 && s[i-1] == ' ' { // both words end in a space
		for _, w := range [...]string{"plus ", "плюс "} {
			if k := i - len(w); k >= 0 && s[k:i] == w && (k == 0 || !isAlnum(s[k-1])) {
				g.plus, g.start = true, k // read out: "plus 44 7911 234567"
			}
		}
	}
	if s[j] == '(' {
		g.paren = true
		j++
	}
	open := g.paren
	for {
		k := j
		for k < n && isDigit(s[k]) {
			if g.n < maxDigits {
				g.digits[g.n] = s[k]
			}
			g.n++
			k++
		}
		if g.n > maxDigits {
			return alnumEnd(s, k)
		}
		g.glen[g.ng] = uint8(g.n - sumGroups(&g))
		g.gend[g.ng] = k
		g.ng++
		j = k
		// Separators.
		var kind uint8
		m := j
		if m < n && s[m] == ')' && open {
			kind |= sepParen
			open = false
			m++
		}
		switch {
		case g.sepsAll&sepDot != 0 && m < n && (s[m] == ' ' || s[m] == '-'):
			// An IP or a dotted number ends at a space or a dash: "176.59.44.130 2024-06-11".
		case m < n && s[m] == ' ' && !(m+1 < n && maybeIPv6(s, m+1)):
			// Not before an IPv6 address: "POST /login 401 2001:db8::7334".
			kind |= sepSpace
			m++
			if m+1 < n && (s[m] == '-' && s[m+1] == ' ') {
				kind |= sepDash
				m += 2
			}
		case m+1 < n && s[m] == 0xC2 && s[m+1] == 0xA0:
			kind |= sepSpace
			m += 2
		case m+4 < n && s[m] == '\n' && (g.plus || g.digits[0] == '8' && g.digits[1] == '9') && g.ng == 2 && g.glen[0] == 1 && g.glen[1] == 3 &&
			isDigit(s[m+1]) && isDigit(s[m+3]) && (s[m+4] == '-' || s[m+4] == ' ' || isDigit(s[m+4])):
			kind |= sepSpace // a mobile broken over two lines after its operator's code: "+7 937\n452-19-08", "8 915\n503 27 64"
			m++
		case m < n && s[m] == '-':
			kind |= sepDash
			m++
			if m+1 < n && s[m] == '\n' && (g.plus || g.paren) && g.n >= 6 && isDigit(s[m+1]) {
				m++ // a phone broken over two lines after a dash: "+7 (812) 640-\n12-77"
			}
		case m < n && s[m] == '.' && kind == 0 && g.sepsAll&(sepSpace|sepDash) == 0:
			kind |= sepDot // not after spaced groups: "4183 02.12.2025" is a card and a date
			m++
		}
		if m < n && s[m] == '(' && !open && kind&sepDot == 0 && g.ng == 1 {
			kind |= sepParen
			open = true
			m++
		}
		if kind&sepSpace != 0 && m+2 < n && s[m] == 0xE2 && s[m+1] == 0x84 && s[m+2] == 0x96 { // №
			kind |= sepNumSign
			m += 3
			if m < n && s[m] == ' ' {
				m++
			}
		}
		if kind == 0 || m >= n || !isDigit(s[m]) || g.ng >= maxGroups {
			break
		}
		if kind&sepSpace != 0 && dottedQuadAt(s, m) {
			break // "room 611 10.24.6.11": an IP after a number is its own
		}
		if kind == sepSpace {
			r := m
			for r < n && isDigit(s[r]) {
				r++
			}
			if r < n && r-m <= 2 && (isASCIILetter(s[r]) || s[r] == '-' && r+1 < n && s[r+1] >= 0xC0) {
				break // a duration or a unit after the number, "+7 495 648 20 17 2m14s"; a day: "карты 2200 1547 3902 1169 5-го числа"
			}
		}
		g.sep[g.ng] = kind
		g.sepsAll |= kind
		j = m
	}
	end := g.gend[g.ng-1]
	gdsPhone := end+1 < n && s[end] == '-' && (s[end+1] == 'M' || s[end+1] == 'H' || s[end+1] == 'B') && (end+2 == n || !isAlnum(s[end+2])) &&
		g.n >= 10 // a booking's contact and its kind: "AP KJA +7 913 880 2413-M", "89135551277-H"
	if end < n && (isASCIILetter(s[end]) || s[end] == '-' && end+1 < n && isAlnum(s[end+1])) && !gdsPhone {
		e := alnumEnd(s, end)
		st := g.start
		if g.paren && s[st] == '(' && e < n && s[e] == ')' {
			st++ // "your passport (22AB41982)"
		}
		if g.ng == 1 && !g.plus && (!g.paren || st > g.start) && e-st >= 8 && e-st <= 10 && passportToken(s, st, e) && passportWordBefore(s, st) &&
			!(st+5 <= e && monthAbbrev(s[st+2:st+5])) {
			sc.emit(st, e, tPassport, 0.9, 0) // a French passport: "passport 18AV42117"
		}
		return e
	}
	if end < n && s[end] >= 0xC0 {
		if sz, _ := letterAt(s, end); sz > 0 {
			return alnumEnd(s, end)
		}
	}
	if g.ng <= 2 && g.glen[0] == 5 && !g.plus && !g.paren && (g.ng == 1 || g.glen[1] == 4 && g.sep[1] == sepDash) {
		if sc.usAddressBack(g.start, end) { // "..., Oakland, CA 94612"
			return end
		}
	}
	if g.ng <= 2 && !g.plus && !g.paren && (g.ng == 1 && g.glen[0] == 6 || g.ng == 2 && g.glen[0] == 3 && g.glen[1] == 3 && g.sep[1] == sepSpace) &&
		sc.indiaAddressBack(g.start, end) {
		return end // "Plot No. 47, Sector 18, Gurugram, Haryana 122015"
	}
	if g.ng == 1 && !g.plus && !g.paren && g.glen[0] <= 4 && sc.numberedStreet(g.start, end) {
		return sc.lastEnd // "17 rue des Martyrs, 75009 Paris"
	}
	if g.ng == 1 && !g.plus && !g.paren && g.glen[0] <= 3 {
		if a := chatStreetBefore(s, g.start, sc.lastEnd); a >= 0 && !unitFollows(s, end) {
			sc.emit(a, sc.houseParts(end), tAddress, 0.8, 0)
			return sc.lastEnd // "пвз на гагарина 12", "на ленина 52"
		}
	}
	if g.ng >= 3 && isoDate(&g) {
		return g.gend[2] // "2024-11-18 15:22" is a date and a time, not a phone
	}
	if g.ng == 3 && spacedDate(&g) {
		return end // "call transcript 18 03 2024": a day, a month and a year, not a phone
	}
	if g.ng == 5 && spacedDate(&g) && g.pattern(5, 2, 2, 4, 2, 2) && g.sep[3] == sepSpace && g.sep[4] == sepSpace {
		return end // a date and a time read out: "звонок 15 11 2024 14 32"
	}
	if g.ng >= 5 && g.glen[0] >= 4 && !g.plus && !g.paren && g.glen[1] == 3 && g.glen[2] == 3 && g.glen[3] == 3 && g.glen[4] == 2 &&
		g.sep[2] == sepDash && g.sep[3] == sepDash {
		o := int(g.glen[0])
		if snilsValid(string(g.digits[o : o+11])) {
			return g.gend[0] // a register's number before a SNILS: "04091 127-448-302 60"; the SNILS is read next
		}
	}
	if g.ng == 2 && g.glen[0] <= 3 && g.glen[1] == 11 && g.sep[1] == sepSpace && !g.plus && !g.paren {
		if d := g.digits[g.glen[0]:]; d[0] == '8' && d[1] == '9' || d[0] == '7' && d[1] == '9' {
			return g.gend[0] // a flat's or a house's number before a mobile: "кв 87 89031175426"; the mobile is read next
		}
	}
	if g.ng >= 2 && !g.plus && g.glen[0] <= 6 && g.glen[1] >= 13 && g.glen[1] <= 19 && g.n <= maxDigits {
		if o := int(g.glen[0]); luhnValid(string(g.digits[o:o+int(g.glen[1])])) && cardPrefixValid(string(g.digits[o:o+int(g.glen[1])])) {
			return g.gend[0] // a row's or an order's number before a card: "#1 5566 7300 …", "order 51601 (4975…)"; the card is read next
		}
	}
	ctx := ctxUnknown
	cardShaped := g.ng == 4 && g.pattern(4, 4, 4, 4, 4)
	var weak struct { // a reading below the default threshold, kept while a shorter one may score higher
		typ   uint8
		score float32
		end   int
	}
	for k := g.ng; k >= 1; k-- {
		if cardShaped && k < g.ng {
			break // a card number that fails its check is no phone: "5491 6842 1884 2628"
		}
		typ, score, spanEnd := sc.classify(&g, k, &ctx)
		if typ == tPhone && (strings.Contains(sc.s[g.start:spanEnd], "№") || strings.HasPrefix(sc.s[g.start:spanEnd], "000")) {
			score = 0 // a model and its serial, no phone: "Нева 103 №4410293", "serial FD 0001 20338"
		}
		if typ == tPhone && ctx != ctxPhone && (sc.s[g.start] == '0' || g.ng == 2 && g.sep[1] == sepDash) && !g.plus && !g.paren &&
			endsAny(strings.TrimRight(sc.s[max(0, g.start-8):g.start], " "), "№", "No.", "No.:", "No:") {
			score = 0 // a document's number: "Приглашение № 070-0024-5577", "Invitation No.: 070-1024-8812", "билет № 220-4471893"
		}
		if score > 0 && score < DefaultThreshold && weak.score == 0 {
			// "2200 8423 0050 5582 7 549,69 руб.": twenty digits that read as no account
			// at 0.3, and a card before an amount.
			weak.typ, weak.score, weak.end = typ, score, spanEnd
		} else if score > 0 {
			sc.emitNumber(&g, typ, score, spanEnd)
			return spanEnd
		}
		if g.ng-k >= 2 { // try dropping at most two trailing groups
			break
		}
	}
	if weak.score > 0 {
		sc.emitNumber(&g, weak.typ, weak.score, weak.end)
		return weak.end
	}
	return end
}

// emitNumber emits the number that starts at g.start, with a passport's
// letters before it.
func (sc *scanner) emitNumber(g *numGroup, typ uint8, score float32, end int) {
	start := g.start
	if (typ == tINN || typ == tPhone) && sc.s[start] == '(' && strings.IndexByte(sc.s[start:end], ')') < 0 {
		start++ // a number in brackets, not an area code: "(240770166528, 223-739-409 68)", "(8 800 250-16-30)"
	}
	if typ == tPassport {
		start = passportLetters(sc.s, start)
		if start == g.start && threeLettersBefore(sc.s, start) {
			start -= 4 // a Spanish passport: "passport PAB 123456"
		}
	}
	sc.emit(start, end, typ, score, 0)
}

// isoDate reports whether the first three groups are an ISO date: 2024-11-18.
func isoDate(g *numGroup) bool {
	if !g.pattern(3, 4, 2, 2) || g.sep[1] != sepDash || g.sep[2] != sepDash || g.plus || g.paren {
		return false
	}
	d := g.digits[:]
	return (d[0] == '1' && d[1] == '9' || d[0] == '2' && d[1] == '0') &&
		(d[4] == '0' && d[5] != '0' || d[4] == '1' && d[5] <= '2') && d[6] <= '3'
}

// spacedDate reports a date written with spaces, day, month and year:
// "18 03 2024".
func spacedDate(g *numGroup) bool {
	if !g.pattern(3, 2, 2, 4) || g.sep[1] != sepSpace || g.sep[2] != sepSpace || g.plus || g.paren {
		return false
	}
	d := g.digits[:]
	return d[0] <= '3' && (d[2] == '0' && d[3] != '0' || d[2] == '1' && d[3] <= '2') &&
		(d[4] == '1' && d[5] == '9' || d[4] == '2' && d[5] == '0')
}

func sumGroups(g *numGroup) int {
	t := 0
	for k := 0; k < g.ng; k++ {
		t += int(g.glen[k])
	}
	return t
}

// pattern reports whether the first k groups have exactly these lengths.
func (g *numGroup) pattern(k int, lens ...uint8) bool {
	if k != len(lens) {
		return false
	}
	for i, l := range lens {
		if g.glen[i] != l {
			return false
		}
	}
	return true
}

// classify decides what the first k groups are. It returns a zero score for
// numbers that are not personal data (amounts, dates, order numbers).
func (sc *scanner) classify(g *numGroup, k int, ctx *ctxKind) (uint8, float32, int) {
	nd := 0
	var seps uint8
	for i := 0; i < k; i++ {
		nd += int(g.glen[i])
		if i > 0 {
			seps |= g.sep[i]
		}
	}
	end := g.gend[k-1]
	d := unsafe.String(&g.digits[0], nd)
	if g.paren && k == 1 {
		if nd == 12 && innValid(d) && sc.personEndsAt(g.start) && end < len(sc.s) && sc.s[end] != ')' {
			return tINN, 0.85, end // a court's notice, the person's numbers in brackets: "признал Кузнецова Алексея Сергеевича (240770166528, …)"
		}
		return 0, 0, end
	}
	if seps&sepDot != 0 {
		if seps == sepDot && k == 4 && !g.plus && !g.paren && ipv4(g) {
			if versionBefore(sc.s, g.start) || startsAny(sc.s[end:], " deployed", " released", " rolled out", " задеплоен", " выкачен") {
				if g.glen[0] == 1 {
					sc.verMajor = g.digits[0] // "6.1.0.22" keeps '6'
				}
				return 0, 0, end // "Firmware 2.14.7.1"
			}
			if g.glen[0] == 1 && g.digits[0] == sc.verMajor && !ipWordBefore(sc.s, g.start) {
				return 0, 0, end // the same release line again: "версия 6.1.0.22 … на 6.0.9.14 всё было ок"
			}
			if g.glen[3] == 1 && g.digits[nd-1] == '0' && (end+1 < len(sc.s) && sc.s[end] == '/' && isDigit(sc.s[end+1]) ||
				startsAny(sc.s[end:], " mask ", " netmask ", " маска ") || wordInSentence(sc.s, g.start, "Subnet", "subnet", "подсеть", "Подсеть")) {
				return 0, 0, end // a network, "192.168.0.0/24", "Subnet for the POS terminals: 192.168.50.0 mask 255.255.255.0", is no one's address
			}
			if g.pattern(1, 3) && d[:3] == "127" || g.pattern(4, 1, 1, 1, 1) && d == "0000" {
				return 0, 0, end // the loopback, "127.0.0.1", and "0.0.0.0" name no device
			}
			if g.pattern(1, 3) && d[:3] == "255" {
				return 0, 0, end // a subnet mask, "255.255.255.252", names no device
			}
			return tIP, 0.9, end
		}
		if seps == sepDot && g.pattern(k, 3, 3, 4) && !g.plus && !g.paren && d[0] >= '2' && d[3] >= '2' {
			// North American number written with dots: 415.555.0133.
			if *ctx == ctxUnknown {
				*ctx = leftContext(sc.s, g.start)
			}
			switch *ctx {
			case ctxNeg:
				return 0, 0, end
			case ctxPhone:
				return tPhone, 0.95, end
			}
			return tPhone, 0.8, end
		}
		if seps == sepDot && g.plus && d[0] == '7' && g.pattern(k, 1, 3, 3, 2, 2) {
			return tPhone, 0.9, end // a Russian mobile written with dots: "+7.928.557.31.40"
		}
		return 0, 0, end
	}
	if nd >= 5 && nd <= 7 && seps == sepDash && (g.pattern(k, 1, 2, 2) || g.pattern(k, 2, 2, 2) || g.pattern(k, 3, 2, 2)) && shortPhoneCue(sc.s, g.start, end) {
		if *ctx == ctxUnknown {
			*ctx = leftContext(sc.s, g.start)
		}
		if *ctx != ctxNeg {
			return tPhone, 0.8, end // a town's short number with a phone's or a call's word in its sentence: "Call the Chelny workshop directly: 58-14-90", "набери Кристину по городскому 259-14-70"
		}
	}
	if nd < 7 {
		if nd == 5 && seps == sepDash && g.pattern(k, 1, 2, 2) {
			if *ctx == ctxUnknown {
				*ctx = leftContext(sc.s, g.start)
			}
			if *ctx == ctxPhone || *ctx != ctxNeg && landlineGiven(sc.s, g.start, end) {
				return tPhone, 0.8, end // a small town's landline: "завхоз, тел. 2-15-94", "Landline at the Mednoye house: 5-14-62"
			}
		}
		if nd == 6 && seps == sepDash && (g.pattern(k, 2, 2, 2) || g.pattern(k, 3, 3)) {
			if *ctx == ctxUnknown {
				*ctx = leftContext(sc.s, g.start)
			}
			if *ctx == ctxPhone || *ctx != ctxNeg && g.pattern(k, 2, 2, 2) && sc.landlineSeen(g.start) {
				return tPhone, 0.8, end // a town's landline: "Телефон домашний 47-35-19"; "now +7 (8635) 22-91-04, the old 22-47-10 is forwarded"
			}
		}
		if nd == 6 && g.pattern(k, 2, 2, 2) && (seps == sepDash || seps == sepSpace) && landlineGiven(sc.s, g.start, end) {
			if *ctx == ctxUnknown {
				*ctx = leftContext(sc.s, g.start)
			}
			if *ctx != ctxNeg {
				return tPhone, 0.8, end // "или на рабочий 35-12-77 (Сургут)", "you can reach me at 35 12 77"
			}
		}
		if nd == 4 && (k == 1 || g.pattern(k, 2, 2)) {
			return sc.passportSplit(g, k, ctx)
		}
		if nd == 6 && k == 1 {
			if l := passportLetters(sc.s, g.start); l < g.start || threeLettersBefore(sc.s, g.start) {
				if *ctx == ctxUnknown {
					*ctx = leftContext(sc.s, g.start)
				}
				if *ctx == ctxPassport {
					return tPassport, 0.9, end // "my passport is FV 482913"
				}
				if *ctx != ctxNeg && sc.passportShapeSeen(sc.s[l:end]) { // not another document's: "seaman's book AB 004411"
					return tPassport, 0.85, end // "FH 218407... no wait, it's FH 218470"
				}
				if l < g.start && *ctx != ctxNeg && passportInParagraph(sc.s, l) &&
					endsAny(strings.TrimRight(sc.s[max(0, l-12):l], " "), "No:", "No.", "No", "Number:", "№", "Номер:", "номер:") {
					return tPassport, 0.85, end // a scan's number field under a passport's heading: "Ukrainian passport (OCR) … Document No: FU 551830"
				}
			}
		}
		return 0, 0, end
	}
	if k == 4 && seps == sepDash && g.pattern(4, 3, 4, 7, 1) && d[:3] == "784" && (d[3:5] == "19" || d[3:5] == "20") && !g.plus {
		return tPassport, 0.9, end // an Emirates ID, "784-1988-4412573-2": the country's code, the year of birth, a number and a check digit
	}
	if *ctx == ctxUnknown {
		*ctx = leftContext(sc.s, g.start)
	}
	c := *ctx
	contiguous := k == 1 && !g.plus && !g.paren
	formatted := !contiguous
	adj := func(base float32, want ctxKind) float32 {
		switch c {
		case want:
			return max(base, 0.99)
		case ctxNeg:
			return base - 0.5
		}
		return base
	}
	if g.plus {
		if nd == 11 && d[0] == '7' {
			return tPhone, 0.98, end
		}
		if nd >= 8 && nd <= 15 {
			return tPhone, 0.95, end
		}
		return 0, 0, end
	}
	if seps == sepSpace && !g.paren && nd >= 13 && nd <= 16 && d[0] == '0' && d[1] == '0' && d[2] != '0' && g.glen[0] <= 5 &&
		!g.pattern(k, 4, 4, 4, 4) && c != ctxNeg {
		return tPhone, adj(0.9, ctxPhone), end // the international prefix dialled as 00: "0049 176 2841 0937"
	}
	if unitFollows(sc.s, end) && !(nd == 16 && (contiguous || g.pattern(k, 4, 4, 4, 4)) && luhnValid(d) && cardPrefixValid(d)) {
		return 0, 0, end // an amount; but a card before its charge's currency, "Mir 2204 8416 9852 8467 RUB 250,000"
	}
	if contiguous && nd >= 10 && nd <= 14 && !((nd == 10 || nd == 12) && innValid(d)) && nationalIDBefore(sc.s, g.start) {
		return tPassport, 0.85, end // a national identity card's number: "National ID of father: 27905120201573", "National Identity Card … ID No.: 1084736291"
	}
	if (nd == 11 || nd == 12) && d[0] == '0' && d[1] != '0' && g.sep[1] == sepDash && c != ctxNeg &&
		((g.pattern(k, 4, 4, 4) || g.pattern(k, 3, 4, 4)) && g.sep[2] == sepSpace || g.pattern(k, 4, 8) || g.pattern(k, 3, 8)) { // not "application no. 0107-2025-5541"
		return tPhone, adj(0.8, ctxPhone), end // a Chinese landline with its area code: "0757-2833 6190", "020-8666 1234"
	}
	if (nd == 18 || nd == 17) && contiguous && (c == ctxPassport || idCardBefore(sc.s, g.start)) {
		id := d
		e := end
		if nd == 17 && e < len(sc.s) && (sc.s[e] == 'X' || sc.s[e] == 'x') && (e+1 == len(sc.s) || !isAlnum(sc.s[e+1])) {
			id, e = d+"X", e+1
		}
		if len(id) == 18 && prcIDValid(id) {
			return tPassport, 0.95, e // a Chinese resident identity card: "удостоверение личности КНР 230103199204152847"
		}
	}
	if c == ctxPassport && (nd == 9 || nd == 10) && (inSentenceBefore(sc.s, g.start, 80, "ФСМ", "акцизн", "Акцизн", "excise", "Excise") ||
		prevWordIn(sc.s, g.start, "nip", "regon", "krs", "eori", "vat", "nif", "инн")) {
		c = ctxNone // excise stamps' numbers by their series, "марки ФСМ серии 100 с 408 512 001"; a Polish tax number after a passport, "паспорт EK 4729104, NIP 5832917740"
	}
	if endsAny(sc.s[max(0, g.start-10):g.start], "FIDE ID ", "FIDE ID: ", "FIDE: ", "FIDE ") {
		return 0, 0, end // a chess player's FIDE number: "FIDE ID 34160373"
	}
	switch nd {
	case 7, 8, 9:
		l := passportLetters(sc.s, g.start)
		if l < g.start && c != ctxPassport && c != ctxNeg && leftContext(sc.s, l) == ctxPassport {
			c = ctxPassport // the letters open a cell under its header: "| Passport |" … "| AR 3318024 |"
		}
		if contiguous && l < g.start && c != ctxNeg && sc.passportShapeSeen(sc.s[l:end]) {
			return tPassport, 0.85, end // the same shape as a passport before: "FH 218407... no wait, it's FH 218470"
		}
		if contiguous && nd == 9 && d[0] == '0' && sc.kazakhIDBefore(g.start, end) {
			return tPassport, 0.85, end // a Kazakh identity card's nine digits: "удостоверение РК № 048317265", "My ID is 048315672"
		}
		if c == ctxPassport && nd == 9 && (g.pattern(k, 2, 7) || contiguous) &&
			!(inSentenceBefore(sc.s, g.start, 100, "лицензи", "Лицензи", "разрешени", "Разрешени", "licen", "Licen", "permit", "Permit") &&
				!inSentenceBefore(sc.s, g.start, 100, "паспорт", "Паспорт", "passport", "Passport")) {
			return tPassport, 0.95, end // a загранпаспорт: series 75, number 2094418; not a hunting licence's "серия 43 № 0041983"
		}
		if c == ctxPassport && nd == 9 && seps == sepSpace && g.pattern(k, 3, 3, 3) {
			return tPassport, 0.9, end // a British or American passport number printed in threes: "Passport No. 533 401 866"
		}
		if contiguous && l < g.start && idCardBefore(sc.s, l) {
			return tPassport, 0.85, end // an identity card as a passport: "ID card: AD 1187305"
		}
		if contiguous && (nd == 9 || nd == 8) && l == g.start && (c != ctxNeg || !negWordBefore(sc.s, g.start) || endsAny(strings.TrimRight(sc.s[max(0, g.start-8):g.start], " "), "ID No.", "ID No:")) &&
			idCardBefore(sc.s, g.start) {
			return tPassport, 0.85, end // a Kazakh identity card's nine digits, "Удостоверение личности родителя: 048613297"; a Lithuanian's eight
		}
		if contiguous && (nd == 8 || nd == 9) && l == g.start && passportLabelBefore(sc.s, g.start) {
			return tPassport, 0.9, end // "Her passport number for the export form is 41873265"
		}
		if c == ctxPassport && contiguous && (nd == 8 || l < g.start) {
			return tPassport, 0.9, end // a foreign passport: "passport 93157742", "EK 4471920"
		}
		if contiguous && nd == 8 && l == g.start && c == ctxNone && endsAny(sc.s[max(0, g.start-8):g.start], "No. ", "No ", "№ ", "number ") &&
			passportInSentence(sc.s, g.start) {
			return tPassport, 0.85, end // "passport of the Kingdom of Sweden No. 83405129"
		}
		if contiguous && l < g.start && (c != ctxNeg || passportInSentence(sc.s, g.start) && !docRightBefore(sc.s, l) && !petPassportIn(sc.s, l)) &&
			passportNear(sc.s, g.start) { // not another document's before the letters, "Паспорт животного RU 0418823"
			return tPassport, 0.9, end // "паспорт гражданина Казахстана N 12093847"
		}
		if nd == 9 && (contiguous || g.pattern(k, 2, 7)) &&
			(c == ctxNone || c == ctxPassport || g.pattern(k, 2, 7) && d[0] == '7' && !docRightBefore(sc.s, g.start)) &&
			(passportInSentence(sc.s, g.start) || passportRightAfter(sc.s, end) ||
				g.pattern(k, 2, 7) && seps == sepSpace && d[0] == '7' && passportInParagraph(sc.s, g.start)) {
			return tPassport, 0.85, end // "My passport copy is in your system, number 548193207"
		}
		if contiguous && nd == 7 && l < g.start && c != ctxNeg && pipeCellAt(sc.s, l, end) && sc.personOnLine(l) {
			return tPassport, 0.8, end // a passport's letters and digits in a row of people: "Абдуллаев Шерзод | FA 2281904 |"
		}
		if nd == 9 && g.pattern(k, 2, 7) && seps == sepSpace && d[0] == '7' && c == ctxNone &&
			(pipeCellAt(sc.s, g.start, end) || endsAny(sc.s[:g.start], " — ", " – ")) && sc.personOnLine(g.start) {
			return tPassport, 0.8, end // a загранпаспорт in a row of people: "Oleg Vasnetsov | CEO | 75 1009284 |", "Антонов Илья — 75 3319024"
		}
		if c == ctxPhone && (formatted || nd == 7 && d[0] != '0') && !(seps == sepDash && (g.pattern(k, 2, 5) || g.pattern(k, 2, 6)) && d[0] != '0') &&
			!(seps == sepDash && g.pattern(k, 4, 3) && d[0] == '2' && d[1] == '0') { // a year and a serial: "invoice 2024-880"
			return tPhone, 0.8, end // not a meter's number, "SMS: … счётчику № 0714552", nor a year's serial, "call 24-20411"
		}
		if nd == 7 && (g.pattern(k, 3, 2, 2) || g.pattern(k, 1, 2, 2, 2)) && (seps == sepDash || seps == sepSpace) && c != ctxNeg &&
			(landlineGiven(sc.s, g.start, end) || sc.personRightBefore(g.start)) {
			return tPhone, 0.8, end // someone's landline given: "His number: 352-77-16", "номер её 228 41 07", "reach the caretaker at 261-44-90", "landline 2-56-11-40", "Контакт — Оксана, 272-40-15"
		}
		if nd == 7 && g.pattern(k, 3, 2, 2) && seps == sepDash && c != ctxNeg && (phoneNumberWordBefore(sc.s, g.start) && inSentenceBefore(sc.s, g.start, 60, "звон", "Звон") ||
			callVerbBefore(sc.s, g.start) || inSentenceBefore(sc.s, g.start, 40, "позвон", "Позвон", "перезвон", "Перезвон")) { // or near the verb: "Для отмены позвоните 246-90-13", "пусть позвонит на вахту 264-90-15"
			return tPhone, 0.8, end // a landline asked to be called back: "Перезвоните, пожалуйста, по номеру 263-18-44"
		}
		if nd == 9 && d[0] == '8' && d[1] == '6' && (contiguous || g.pattern(k, 1, 3, 5)) && c != ctxNeg && lithuaniaNear(sc.s, g.start, end) {
			return tPhone, 0.8, end // a Lithuanian mobile dialled at home: "Мой литовский номер 8 686 40217", a CSV's "865012847"
		}
		if nd == 9 && d[0] == '5' && g.pattern(k, 3, 2, 2, 2) && seps == sepSpace && numberIsBefore(sc.s, g.start) {
			return tPhone, 0.8, end // a Georgian mobile someone gives: "Her number is 558 44 71 09"
		}
	case 10:
		switch {
		case c == ctxPassport:
			return tPassport, 0.97, end
		case c == ctxPhone && d[0] == '0' && d[1] != '0' && prevWordIn(sc.s, g.start, "тел", "телефон", "tel", "phone"):
			return tPhone, 0.9, end // a European landline with its town's code right after "тел.": "Зальцбург, тел. 0662 431987"
		case c == ctxINN && innValid(d):
			return tINN, 0.99, end
		case g.pattern(k, 2, 2, 6) || g.pattern(k, 4, 6) && seps&sepDash == 0:
			if endsAny(strings.TrimRight(sc.s[max(0, g.start-40):g.start], " :№"), "migration card", "миграционной карты", "миграционная карта", "миграционную карту") {
				return 0, 0, end // a migration card's number, not a passport: "migration card 4620 118734"
			}
			if c != ctxPassport && (licenceAbove(sc.s, g.start) || docColumn(sc.s, g.start, end)) {
				return 0, 0, end // a driving licence's form field, "Скан водительского удостоверения: … 5. 76 27 330915", or column, "ФИО;ВУ;авто"
			}
			if c == ctxNeg && passportInSentence(sc.s, g.start) && !docRightBefore(sc.s, g.start) {
				return tPassport, 0.85, end // "internal passport for the export declaration: 4516 204478"
			}
			return tPassport, adj(0.85, ctxPassport), end
		case c == ctxPhone:
			return tPhone, 0.95, end
		case g.paren || g.pattern(k, 3, 3, 2, 2) || g.pattern(k, 3, 3, 4) || g.pattern(k, 3, 7):
			return tPhone, adj(0.85, ctxPhone), end
		case g.pattern(k, 4, 2, 2, 2) && d[0] != '0' && (c == ctxNeg || c == ctxNone) &&
			(inSentenceBefore(sc.s, g.start, 60, "with the code", "with code", "area code") || askedOnLineBefore(sc.s, lineStart(sc.s, g.start, 120), "с кодом", "кодом город")):
			return tPhone, 0.8, end // a landline with its town's code, asked for: "с кодом рязани? — да, 4912 44 07 91", "with the code 8412 56 30 47"
		case g.pattern(k, 4, 2, 2, 2) && d[0] == '8' && d[1] >= '3' && g.sep[2] == sepDash && g.sep[3] == sepDash && c != ctxNeg:
			return tPhone, 0.8, end // a landline with a town's code in the 8xxx zones, the number in its dashed pairs: "Оператор: 8422 44-10-10"
		case contiguous && innValid(d) && c == ctxNeg && innWordInLine(sc.s, g.start):
			return tINN, 0.85, end // "ИНН плательщика 5229187550 (с ошибкой в заявке, правильный — 5229187559)"
		case contiguous && innValid(d):
			return tINN, adj(0.8, ctxINN), end
		case d[0] == '0' && d[1] != '0' && (g.pattern(k, 4, 3, 3) || g.pattern(k, 3, 3, 4) || g.pattern(k, 3, 4, 3) ||
			g.pattern(k, 4, 2, 2, 2) || g.pattern(k, 1, 3, 2, 2, 2)):
			return tPhone, adj(0.8, ctxPhone), end // a UK or European trunk prefix: 0800 123 456; Kyrgyzstan's: 0555 41 27 83
		case contiguous && d[0] == '9' && (c == ctxNone || c == ctxPhone || c == ctxUnknown):
			return tPhone, adj(0.6, ctxPhone), end // not "ИНН 9703032218" with a wrong check digit
		}
	case 11:
		if g.pattern(k, 3, 3, 3, 2) && seps&sepParen == 0 && snilsValid(d) {
			// The СНИЛС layout with its check: 112-233-445 95, whatever the
			// word before, "прислал СНИЛС вместо ИНН — 117-394-205 55".
			return tSNILS, max(0.9, adj(0.95, ctxSNILS)), end
		}
		if c == ctxINN && innWordInLine(sc.s, g.start) {
			return 0, 0, end // an INN with a digit too many is no phone: "ИНН 77247021883 (11 знаков — ошибка ввода)"
		}
		if contiguous && !snilsValid(d) && passportLetters(sc.s, g.start) == g.start && (c == ctxPassport || idCardBefore(sc.s, g.start)) { // not a Turkish "TC 10392847566"
			return tPassport, 0.85, end // a Georgian personal number on an ID card: "Georgian ID card No. 61001045712"
		}
		if c == ctxSNILS && snilsValid(d) {
			return tSNILS, 0.99, end
		}
		if g.pattern(k, 3, 3, 3, 2) && c != ctxPhone {
			return 0, 0, end // the СНИЛС layout with a wrong check digit: "the SNILS 835-755-273 93 … was a typo"
		}
		if contiguous && c != ctxPhone && snilsValid(d) && containsAny(sc.s[lineStart(sc.s, g.start, 120):g.start], "СНИЛС", "SNILS", "ension certificate", "енсионного страхования") {
			return tSNILS, 0.9, end // named further back on the line: "СНИЛС пациентки Лукиной Т.Г. — 74866781574", "Pension certificate scan — No. 13455778787"
		}
		if d[0] == '8' && d[1] == '0' && d[2] != '0' && g.pattern(k, 1, 3, 3, 2, 2) && c != ctxNeg {
			return tPhone, adj(0.85, ctxPhone), end // Belarus dialled at home, 8 and the code: "домашний 8 017 284-65-31", "8 029 611-22-33"
		}
		if d[0] == '8' && d[1] == '0' && contiguous && c == ctxPhone && belarusCode(d[2:4]) {
			return tPhone, 0.85, end // the same unspaced after a phone's word: "тел. 80296547713"
		}
		if (d[0] == '7' || d[0] == '8') && strings.IndexByte("34789", d[1]) >= 0 { // 7xx: Kazakhstan
			if formatted && (d[1] == '9' || d[1:4] == "800" || strings.IndexByte(sc.s[g.start:end], '(') > 0) && (g.pattern(k, 1, 3, 3, 2, 2) || g.pattern(k, 1, 3, 3, 4)) {
				// A mobile or toll-free number in its own layout is one whatever the words before: "заявка …
				// 8 915 312 44 07", "линия бронирования 8 800 200-61-61"; so is any with its code in brackets:
				// "Бронирование: 8 (342) 290-11-46".
				return tPhone, 0.95, end
			}
			if contiguous && phoneKeyBefore(sc.s, g.start) {
				return tPhone, 0.9, end // a log's field: "id=88123 to=79162043317 status=DELIVERED"
			}
			if contiguous && d[1] == '9' && c == ctxNeg && (phoneNumberWordBefore(sc.s, g.start) || callVerbBefore(sc.s, g.start)) {
				return tPhone, 0.85, end // a mobile named "номер" after a code's word: "смс с кодом не приходит, номер 89174402215"
			}
			if !formatted && c != ctxPhone && d[1:3] == "80" && d[3] != '0' && d[3] != '4' {
				return 0, 0, end // no Russian area code starts 80 but the toll-free 800 and 804: "txn ids: 88012455671, 88012455672"
			}
			if c != ctxPhone && strings.HasSuffix(strings.TrimRight(sc.s[max(0, g.start-5):g.start], " "), "№") {
				return 0, 0, end // a document's number: "договор страхования № 7700-1224-188"
			}
			if c != ctxPhone && g.pattern(k, 3, 4, 4) && containsAny(sc.s, "зум", "Зум", "zoom", "Zoom", "ZOOM", "eeting ID", "eeting id") {
				return 0, 0, end // a video call's meeting id in its own groups: "зайти в зум … новый: 876 3310 2245"
			}
			if formatted {
				return tPhone, adj(0.95, ctxPhone), end
			}
			return tPhone, adj(0.85, ctxPhone), end
		}
		ukLayout := d[0] == '0' && d[1] != '0' && (g.pattern(k, 5, 6) || g.pattern(k, 3, 4, 4) || g.pattern(k, 4, 3, 4) || g.pattern(k, 5, 3, 3) ||
			c == ctxPhone) // "Mobile: 07700900487"; a German mobile, "Phone: 0170 4418823"
		if snilsValid(d) && !(ukLayout && c != ctxSNILS && !wordInSentence(sc.s, g.start, "СНИЛС", "снилс", "SNILS")) {
			// (a UK number in its own layout is a phone, whatever its digits sum to: "mobile 07912 334 871")
			if c != ctxSNILS && wordInSentence(sc.s, g.start, "СНИЛС", "снилс", "SNILS") {
				return tSNILS, 0.9, end // "СНИЛС у Ксении для договора — 16940375288"
			}
			if g.pattern(k, 3, 3, 3, 2) {
				return tSNILS, adj(0.95, ctxSNILS), end
			}
			return tSNILS, adj(0.7, ctxSNILS), end
		}
		if ukLayout {
			return tPhone, max(0.6, adj(0.85, ctxPhone)), end // UK: 07911 123456, 020 7946 0958, "bookings 0333 400 7821"
		}
		if d[0] == '1' && g.pattern(k, 1, 3, 3, 4) {
			return tPhone, adj(0.85, ctxPhone), end
		}
		if d[0] == '1' && d[1] >= '3' && d[1] <= '9' && (contiguous || g.pattern(k, 3, 4, 4)) && c == ctxPhone {
			return tPhone, 0.85, end // a Chinese mobile after a phone's word: "phone 13604561188", "mobile 139 0451 2233"
		}
	case 12:
		if innValid(d) && strings.IndexByte(sc.s[g.start:end], '(') < 0 { // not ten digits and a bracket after them: "ИНН 7784248276 (10 цифр)"
			if c == ctxNeg && (innWordInLine(sc.s, g.start) || innWordAfter(sc.s, end) || contiguous && containsAny(paragraphBefore(sc.s, g.start), "INN", "ИНН")) {
				return tINN, 0.85, end // "my tax ID for the invoice is 773409218566 (personal INN)", "INNs for the tax certificate:\nmother: 774384017338"
			}
			if contiguous {
				return tINN, adj(0.9, ctxINN), end
			}
			return tINN, adj(0.6, ctxINN), end
		}
		if d[0] == '0' && d[1] != '0' && c == ctxPhone || d[0] == '0' && d[1] == '1' && d[2] >= '5' && d[2] <= '7' && g.pattern(k, 4, 8) && c != ctxNeg {
			return tPhone, 0.85, end // a German mobile after its label, "Tel. 0151 23456789", or in its own layout: "new number 0176 43188209"
		}
		if contiguous && !prevWordIn(sc.s, g.start, "iin", "иин") && idCardBefore(sc.s, g.start) {
			return tPassport, 0.85, end // a Kazakh card's twelve-digit personal number as its number: "ID CARD … ID No. 041225600318"; not "IIN 890314512002"
		}
		if contiguous && c != ctxNeg && cisMobile(d) {
			return tPhone, adj(0.7, ctxPhone), end // a neighbour country's mobile without its "+": "998935117420" in an SMS gateway's log
		}
	case 20:
		return sc.account(d, g.start, end, c)
	}
	if nd >= 13 && nd <= 19 {
		if ogrnValid(d) && (c == ctxOGRN || nd == 13 || nd == 15 && d[1] <= '2' || !luhnValid(d) || !cardPrefixValid(d)) {
			if c == ctxNeg && (wordInSentence(sc.s, g.start, "ОГРН", "OGRN", "огрн") ||
				nd == 15 && containsAny(sc.s[max(0, g.start-120):g.start], "ОГРНИП", "OGRNIP")) {
				return tOGRN, 0.85, end // "the correct OGRNIP of our contractor is 318774600415224"
			}
			return tOGRN, adj(0.9, ctxOGRN), end
		}
		if c == ctxOGRN && (nd == 13 || nd == 15) {
			return 0, 0, end // an OGRN with a wrong check digit, no card: "указан ОГРН 5035454345985, но по выписке он не ищется"
		}
		if luhnValid(d) && cardPrefixValid(d) && (k == 1 || cardLayout(g, k)) {
			if c == ctxNeg && (g.pattern(k, 4, 4, 4, 4) || nd == 16 && wordInSentence(sc.s, g.start, "card", "карт", "Card", "Карт")) {
				return tCard, 0.9, end // printed like a card, "payment ... 2201 5934 3136 4253", or named one: "verify this card for the recurring payment: 2204…"
			}
			return tCard, adj(0.95, ctxCard), end
		}
	}
	return 0, 0, end
}

// cisMobile reports twelve digits that a neighbour country's mobile
// number is: its country code (Uzbekistan, Kyrgyzstan, Tajikistan,
// Turkmenistan, Azerbaijan, Georgia, Armenia, Belarus) and a mobile
// operator's code.
func cisMobile(d string) bool {
	switch d[:3] {
	case "998":
		return d[3] == '9' || d[3] == '3' || d[3] == '8' || d[3] == '7' || d[3] == '5'
	case "996", "992", "993", "994", "995":
		return d[3] >= '5'
	case "374":
		return d[3] >= '4'
	case "375":
		return d[3:5] == "29" || d[3:5] == "33" || d[3:5] == "44" || d[3:5] == "25"
	}
	return false
}

// personEndsAt reports a person's span found last that ends at i or a
// space before it.
func (sc *scanner) personEndsAt(i int) bool {
	n := len(sc.out)
	return n > 0 && sc.out[n-1].typ == tPerson && (sc.out[n-1].end == i || sc.out[n-1].end == i-1 && sc.s[i-1] == ' ')
}

// kazakhIDBefore reports what names the nine digits at s[start:end] as a
// Kazakh identity card: "удостоверение" in the sentence before with the
// republic near ("удостоверение РК № 048317265", "удостоверение №
// 041256783, выдано МВД РК"); a person's own ID ("My ID is 048315672",
// "my ID card number … should be 041928573"); or "ID" right after the
// person's name ("Aigerim Seitkali, ID 045871236").
func (sc *scanner) kazakhIDBefore(start, end int) bool {
	s := sc.s
	if end < len(s) && (isAlnum(s[end]) || s[end] == '-') {
		return false
	}
	if inSentenceBefore(s, start, 60, "удостоверени", "Удостоверени") && !inSentenceBefore(s, start, 60, "одительск", "лужебн", "енсионн", "етеран") {
		return containsAny(s[max(0, start-150):min(len(s), end+60)], " РК", "Казахстан", "МВД РК")
	}
	if inSentenceBefore(s, start, 80, "My ID", "my ID", "ID card number", "ID number is") ||
		endsAny(s[:start], "Kazakh ID ", "Kazakhstan ID ", "Kazakh ID card ", "Kazakh ID: ", "Kazakhstan ID: ", "ID card ", "ID card: ", "ID card no. ") {
		return true // "showed Kazakh ID 041822557", "Kazakhstan ID 051394268"
	}
	return strings.HasSuffix(s[:start], ", ID ") && sc.personEndsAt(start-len(", ID "))
}

// passportInSentence reports the word "паспорт" or "passport" within the
// 100 bytes of the same sentence before i. The word starts with a capital or
// not: "Паспорт", "passport", "PASSPORT".
func passportInSentence(s string, i int) bool {
	return wordInSentence(s, i, passportStems[:]...)
}

// passportInParagraph reports the word passport in the 400 bytes before i
// with no blank line between: a list's header, "загранпаспорта всех
// проверены:" above "Мельников Даниил Олегович — 75 1902846".
func passportInParagraph(s string, i int) bool {
	return containsAny(paragraphBefore(s, i), passportStems[:]...)
}

// paragraphBefore returns the text before i back to the last blank line,
// at most 400 bytes of it.
func paragraphBefore(s string, i int) string {
	lo := max(0, i-400)
	if k := strings.LastIndex(s[lo:i], "\n\n"); k >= 0 {
		lo += k
	}
	return s[lo:i]
}

// passportStems find the word passport with or without a capital:
// "Паспорт", "passport", "PASSPORT".
var passportStems = [...]string{"аспорт", "АСПОРТ", "assport", "ASSPORT", "ашпарт", "asport", "ASPORT"} // "Пашпарт" in Belarusian, "Pasport raqami" in Uzbek

// containsAny reports whether seg contains one of words.
func containsAny(seg string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(seg, w) {
			return true
		}
	}
	return false
}

// wordInSentence reports one of words within the 100 bytes of the same
// sentence before i.
func wordInSentence(s string, i int, words ...string) bool {
	lo := i
	for lo > 0 && i-lo < 100 && s[lo-1] != '\n' && !(s[lo-1] == '.' && lo < len(s) && s[lo] == ' ' && !abbrevBefore(s, lo-1)) {
		lo--
	}
	return containsAny(s[lo:i], words...)
}

// abbrevBefore reports a short abbreviation that ends with the full stop at
// dot, not a sentence: "no. 75 5318840", "No. 18".
func abbrevBefore(s string, dot int) bool {
	b := dot
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	switch s[b:dot] {
	case "no", "No", "nr", "Nr", "num":
		return true
	}
	return false
}

// passportRightAfter reports the word passport in brackets right after
// the number that ends at e: "548120933 (UK passport)".
func passportRightAfter(s string, e int) bool {
	return containsAny(bracketAfter(s, e, 38), passportStems[:]...)
}

// licenceAbove reports a driving licence named within 300 bytes before i,
// with no passport named there: the number at i is one of its fields.
func licenceAbove(s string, i int) bool {
	w := s[max(0, i-300):i]
	return (containsAny(w, "одительского удостоверения", "одительское удостоверение", "riving licen", "river's licen", "river licen",
		"ОДИТЕЛЬСКОЕ УДОСТОВЕРЕНИЕ", "RIVING LICEN", "RIVER'S LICEN") || licenceAbbrev(w)) && !containsAny(w, passportStems[:]...)
}

// licenceAbbrev reports "ВУ" as a word of w: "ВУ скан: КОЗЛОВ …".
func licenceAbbrev(w string) bool {
	for from := 0; ; {
		k := strings.Index(w[from:], "ВУ")
		if k < 0 {
			return false
		}
		k += from
		if e := k + len("ВУ"); (k == 0 || w[k-1] == ' ' || w[k-1] == '\n') && (e == len(w) || w[e] == ' ' || w[e] == ':') {
			return true
		}
		from = k + len("ВУ")
	}
}

// docColumn reports a table cell at s[start:end] under the header of a
// document other than a passport: "№;ФИО;ВУ;авто" … "1;Шарипов Комил;66 27 104583;Kia Rio".
func docColumn(s string, start, end int) bool {
	h := cellHeader(s, start, end)
	if h == "" || len(h) > 32 {
		return false
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], strings.TrimSpace(h))
	if !ok {
		return false
	}
	k, found := lookupStem(f)
	return found && k == ctxDoc
}

// docRightBefore reports a document other than a passport named right
// before the number at i: "в/у 78 12 445190", "ВУ 99 15 778012".
func docRightBefore(s string, i int) bool {
	e := i
	for e > 0 && (s[e-1] == ' ' || s[e-1] == ':') {
		e--
	}
	if e >= len("№") && s[e-len("№"):e] == "№" { // "Паспорт животного № RU 0178432"
		e -= len("№")
		for e > 0 && s[e-1] == ' ' {
			e--
		}
	}
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && e-b < 32 {
		b--
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[b:e])
	switch string(w) {
	case "registration", "книжка", "книжку", "книжки", "book":
		if b >= 2 && s[b-1] == ' ' {
			if endsAny(s[:b-1], "seaman's", "Seaman's", "seamans", "Seamans") {
				return true // "seaman's book AB 004411"
			}
			w = prevWord(s, b-1, buf[:0]) // a document named by two words: "vehicle registration 63 57 811402", "мореходная книжка МК 1172045"
		}
	}
	k, ok := lookupStem(w)
	return ok && k == ctxDoc
}

// innWordInLine reports the word ИНН (INN, TIN) in the line within 200
// bytes before i.
func innWordInLine(s string, i int) bool {
	return containsAny(s[lineStart(s, i, 200):i], "ИНН", "INN", "TIN")
}

// ibanRest returns the end of an IBAN whose country code and check digits
// ("FR76 "), perhaps with a bank's four letters after them, stand right
// before i, or 0.
func ibanRest(s string, i int) int {
	h := i
	if h >= 11 && s[h-1] == ' ' && s[h-6] == ' ' && isUpperASCII(s[h-2]) && isUpperASCII(s[h-3]) && isUpperASCII(s[h-4]) && isUpperASCII(s[h-5]) {
		h -= 5 // the bank's letters between: "BY86 AKBB 3012 0000 0418 5000 0000"
	}
	if h < 5 || s[h-1] != ' ' || !isDigit(s[h-2]) || !isDigit(s[h-3]) || !isUpperASCII(s[h-4]) || !isUpperASCII(s[h-5]) ||
		h > 5 && isAlnum(s[h-6]) {
		return 0
	}
	e := i
	for e < len(s) && isAlnum(s[e]) {
		e = alnumEnd(s, e)
		if e+1 < len(s) && s[e] == ' ' && isAlnum(s[e+1]) && (isDigit(s[e+1]) || isUpperASCII(s[e+1])) {
			e++
			continue
		}
		break
	}
	return e
}

// csvField reports a run of more digits than a thousands group before the
// comma at c: the number after it is a CSV field of its own, as in
// "773605118261,40817810638291004412,044525225", not "1,234,567".
func csvField(s string, c int) bool {
	k := c
	for k > 0 && isDigit(s[k-1]) && c-k < 5 {
		k--
	}
	return c-k > 3
}

// phoneKeyBefore reports a log's key for a phone number and "=" or ":"
// right before i: "to=79162043317", "msisdn=", "caller:".
func phoneKeyBefore(s string, i int) bool {
	return i >= 3 && (s[i-1] == '=' || s[i-1] == ':') && logKeyIs(s, i, "to", "from", "msisdn", "msisdn_from", "msisdn_to", "a_number", "b_number", "phone", "tel", "caller",
		"callee", "ani", "cli", "recipient", "sender", "dst_phone", "src_phone", "mobile", "number", "user", "calling_station_id", "login")
}

// jsonKeyIs reports one of keys as the JSON key of the quoted string value
// that starts at i: {"fw":"4.1.0.22"}, {"ls": "71-0456-332"}.
func jsonKeyIs(s string, i int, keys ...string) bool {
	k := i - 1 // the value's opening quote
	if k < 1 || s[k] != '"' {
		return false
	}
	if s[k-1] == ' ' {
		k--
	}
	if k < 4 || s[k-1] != ':' || s[k-2] != '"' {
		return false
	}
	e := k - 2
	b := e
	for b > 0 && e-b < 24 && (isASCIILetter(s[b-1]) || s[b-1] == '_') {
		b--
	}
	if b == 0 || s[b-1] != '"' || b == e {
		return false
	}
	for _, want := range keys {
		if strings.EqualFold(s[b:e], want) {
			return true
		}
	}
	return false
}

// logKeyIs reports one of keys, in lower case, as the key of a log's
// "key=value" or "key:value" whose value starts at i.
func logKeyIs(s string, i int, keys ...string) bool {
	return logKeyMatch(s, i, false, keys)
}

// logKeyEndsIn is logKeyIs for the last part of a compound key after "_":
// "from_inn=3605597490", "payer_snils=…".
func logKeyEndsIn(s string, i int, keys ...string) bool {
	return logKeyMatch(s, i, true, keys)
}

func logKeyMatch(s string, i int, last bool, keys []string) bool {
	if i < 2 {
		return false
	}
	e := i - 1
	if e >= 3 && s[e-1] == ']' {
		e-- // a form's field in brackets: "form_field[snils]=22026126906"
	}
	k := e
	for k > 0 && (isASCIILetter(s[k-1]) || s[k-1] == '_') {
		k--
	}
	if e < i-1 && (k == e || k == 0 || s[k-1] != '[') {
		return false
	}
	if e == i-1 && k > 0 && isAlnum(s[k-1]) {
		return false
	}
	var buf [24]byte
	key, ok := foldInto(buf[:0], s[k:e]) // "INN=", "SNILS=" in a certificate's subject
	if !ok {
		return false
	}
	if last {
		u := strings.LastIndexByte(string(key), '_')
		if u <= 0 {
			return false
		}
		key = key[u+1:]
	}
	for _, want := range keys {
		if string(key) == want {
			return true
		}
	}
	return false
}

// gluedMobile returns the end of a Russian mobile number glued to the
// Cyrillic word before it, eleven digits from "89" or "79" and no Latin
// letter after them, with a phone's word shortly before on its line; 0
// otherwise.
func gluedMobile(s string, i int) int {
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i != 11 || s[i+1] != '9' || s[i] != '8' && s[i] != '7' || e < len(s) && isASCIILetter(s[e]) {
		return 0
	}
	if lo := lineStart(s, i, 60); !containsAny(s[lo:i], "тел", "Тел", "ТЕЛ", "моб", "Моб", "звон", "Звон") {
		return 0
	}
	return e
}

// cyrillicIDKey reports a Cyrillic identifier's key before "=" at i-1, as a
// certificate's subject writes it ("ИНН ЮЛ=6450091841", "ОГРН=…",
// "СНИЛС=…") or a 1C export its account ("Счет=40802810438000123456").
func cyrillicIDKey(s string, i int) bool {
	return endsAny(s[:i-1], "ИНН", "ИНН ЮЛ", "ИНН ФЛ", "ОГРН", "ОГРНИП", "СНИЛС", "Счет", "Счёт", "РасчСчет", "р/с", "Р/с", "Р/С")
}

// innWordAfter reports the word ИНН (INN, TIN) in the few bytes after a
// number on its line: "773409218566 (personal INN)".
func innWordAfter(s string, e int) bool {
	hi := min(len(s), e+24)
	if k := strings.IndexByte(s[e:hi], '\n'); k >= 0 {
		hi = e + k
	}
	return containsAny(s[e:hi], "ИНН", "INN", "TIN")
}

// lineStart returns the start of the line that holds i, at most n bytes
// before i.
func lineStart(s string, i, n int) int {
	lo := max(0, i-n)
	if k := lastIndexByte(s[lo:i], '\n'); k >= 0 {
		lo += k + 1
	}
	return lo
}

// lineBefore returns the line that ends right before the line start ls (ls
// > 0), at most n bytes of it: the question above an answer's line.
func lineBefore(s string, ls, n int) string { return s[lineStart(s, ls-1, n) : ls-1] }

// lastIndexByte is strings.LastIndexByte reading eight bytes at a time
// (the standard one reads a byte at a time): lineStart looks back up to
// 300 bytes for many words.
func lastIndexByte(s string, c byte) int {
	const lo7, hi = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	rep := uint64(c) * 0x0101010101010101
	i := len(s)
	for ; i >= 8; i -= 8 {
		w := s[i-8 : i]
		x := (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) ^ rep
		// The high bit of each byte of m is set where x has a zero byte,
		// exactly: no carry crosses a byte.
		if m := ^(((x & lo7) + lo7) | x) & hi; m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))/8
		}
	}
	for i > 0 {
		i--
		if s[i] == c {
			return i
		}
	}
	return -1
}

// threeLettersBefore reports three capital Latin letters and a space
// before i: the series of a Spanish passport, "PAB 123456".
func threeLettersBefore(s string, i int) bool {
	return i >= 5 && s[i-1] == ' ' && isUpperASCII(s[i-2]) && isUpperASCII(s[i-3]) && isUpperASCII(s[i-4]) && !isAlnum(s[i-5]) &&
		!strings.Contains(currencyCodes, " "+s[i-4:i-1]+" ")
}

// currencyCodes before an amount are no passport series: "RUB 123456".
const currencyCodes = " RUB USD EUR GBP CNY KZT AED TRY CHF JPY UAH BYN UZS INR AMD GEL KGS TJS AZN ILS CAD AUD SEK NOK DKK PLN CZK HUF RSD "

// passportNear reports the word "паспорт" or "passport" in the same line
// within 200 bytes before i, across a sentence end: "a copy of your passport
// for the permit. Is LK 7729104 still valid?". Only callers that already see
// a passport's shape (letters and digits) use it.
func passportNear(s string, i int) bool {
	lo := lineStart(s, i, 200)
	if containsAny(s[lo:i], passportStems[:]...) {
		return true
	}
	// A list under a header that names passports or a manifest: "Passports
	// for the family:\nThomas Wright — GB 512044871", "Manifest AUH–ALA
	// 03AUG (A6-RJA):\nNASSER TARIQ – UAE – N5107294".
	for lines := 0; lines < 6 && lo > 1 && s[lo-1] == '\n'; lines++ {
		e := lo - 1
		lo = strings.LastIndexByte(s[:e], '\n') + 1
		if line := strings.TrimRight(s[lo:e], " \r"); strings.HasSuffix(line, ":") {
			return containsAny(line, passportStems[:]...) || containsAny(line, "anifest", "ANIFEST", "assenger list", "ASSENGER LIST",
				"писок пассажиров", "писок туристов") // a passenger manifest or list
		}
	}
	return false
}

// petPassportIn reports an animal's passport named in the sentence before
// i: "Ветеринарный паспорт № RU 0178432", "EU pet passport: RU 0178432".
func petPassportIn(s string, i int) bool {
	lo := lineStart(s, i, 80)
	return containsAny(s[lo:i], "етеринарн", "ЕТЕРИНАРН", "pet passport", "Pet passport", "PET PASSPORT", "vet passport", "Vet passport")
}

// passportLetters returns the start of one or two capital Latin letters
// and a space before a foreign passport number at i ("EK 4471920"), or i.
func passportLetters(s string, i int) int {
	if i >= 6 && s[i-1] == ' ' && s[i-3] == 0xD0 && s[i-2] >= 0x90 && s[i-2] <= 0xAF && s[i-5] == 0xD0 && s[i-4] >= 0x90 &&
		s[i-4] <= 0xAF && (i == 5 || !isAlnum(s[i-6]) && s[i-6] < 0x80) {
		if w := strings.TrimRight(s[max(0, i-25):i-5], " :"); strings.HasSuffix(w, "паспорт") || strings.HasSuffix(w, "паспорта") ||
			(s[i-4] == 0x9C || s[i-4] == 0x9D) && passportInSentence(s, i-5) { // М or Н: "МР", "МС", "НВ"
			return i - 5 // a Belarusian passport's series in Cyrillic after the word: "паспорт МР 4417385", "Паспорт у неё белорусский, МР 3456712"
		}
		return i // not "Доверенность 77 АД 4471802", "мореходная книжка ДВ 0483120"
	}
	if i >= 7 && s[i-4:i] == "№ " && s[i-5] == ' ' && isUpperASCII(s[i-6]) && isUpperASCII(s[i-7]) && (i == 7 || s[i-8] == ' ' || s[i-8] == ':') {
		return i - 7 // an Uzbek passport's series, then the number sign: "серии AD № 0815562"
	}
	if i >= 4 && s[i-4:i] == "AZE " && (i == 4 || !isAlnum(s[i-5])) {
		return i - 4 // an Azerbaijani ID card's country code: "AZE 12876430"
	}
	if i < 3 || s[i-1] != ' ' || !isUpperASCII(s[i-2]) {
		return i
	}
	a := i - 2
	if a > 0 && isUpperASCII(s[a-1]) {
		a--
	}
	if a > 0 && (isAlnum(s[a-1]) || s[a-1] == '/') {
		return i // not the last letter of "P/P 75 4410283"
	}
	if a >= 3 && s[a-1] == ' ' && isDigit(s[a-2]) && isDigit(s[a-3]) && (a == 3 || !isAlnum(s[a-4])) {
		return i // a notarial blank: "notary 77 AB 4412098"
	}
	if s[a:i-1] == "ID" && (strings.HasPrefix(s[i:], "784-") || s[i] == '0' && alnumEnd(s, i)-i == 9) {
		return i // the document's word: "Emirates ID 784-1988-4412573-2", "Kazakh ID 041822557"
	}
	return a
}

// cardLayout reports whether a card number written in k groups has groups
// of at most six digits (4-4-4-4, 4-6-5), the last of them more than one:
// "5129643801249 350063" is an ОГРН and a postcode, not a card.
func cardLayout(g *numGroup, k int) bool {
	if k >= 2 && g.glen[k-1] == 1 {
		return false // a card then a digit of what follows: "2200 8423 0050 5582 7 549,69 руб."
	}
	for i := 0; i < k; i++ {
		if g.glen[i] > 6 {
			return false
		}
	}
	return true
}

// versionWords announce a dotted version number, not an address.
var versionWords = map[string]bool{"software": true, "firmware": true, "version": true, "v": true, "ver": true, "build": true,
	"release": true, "версия": true, "версии": true, "версию": true, "прошивка": true, "прошивки": true,
	"прошивку": true, "сборка": true, "сборки": true, "релиз": true, "app": true, "android": true, "ios": true,
	"kernel": true, "ядро": true, "fw": true, "билд": true, "билда": true}

// belarusCode reports a Belarusian mobile operator's code or Minsk's:
// 25, 29, 33, 44, 17.
func belarusCode(c string) bool {
	switch c {
	case "25", "29", "33", "44", "17":
		return true
	}
	return false
}

// versionStems open the words that announce a version a few words before
// the number: "Версия приложения 5.12.0.3", "откатились на 8.3.9.97",
// "Patch notes 2.14.3.1", "regression in 3.4.1.2".
var versionStems = []string{"верси", "сборк", "прошивк", "релиз", "обновлени", "откат", "макет", "приложени", "version",
	"firmware", "build", "release", "patch", "regression", "update", "upgrade", "rollback", "sdk"}

// ipStems announce a network address: "login from 73.162.44.19", "DNS
// 8.8.8.8", "Server 10.24.8.115".
var ipStems = []string{"ip", "src", "dst", "addr", "host", "адрес", "from", "login", "вход", "dns", "gateway",
	"server", "сервер", "шлюз", "vpn", "router", "роутер", "proxy", "прокси", "controller", "node", "нода", "узел",
	"staging", "prod", "balancer"}

// strongVersionStems announce a version even after a word of an address:
// "Firmware of the gateway: 3.4.12.7".
var strongVersionStems = []string{"firmware", "прошивк", "откат", "rollback", "sdk"} // "SDK платёжного шлюза до 1.2.3.4"

// weakIPStems announce an address only when no version word stands near:
// "login from 73.162.44.19", not "updated from 2.8.1.4 to 2.9.0.1".
var weakIPStems = []string{"from"}

// loginTail reports a dot inside the token that ends at e (before its own
// trailing dot or colon): a login or a host, "olga.v", not a word.
func loginTail(s string, e int) bool {
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
		b--
	}
	return strings.IndexByte(strings.TrimRight(s[b:e], ".:"), '.') >= 0
}

// namedVersionStems name a version outright, where "updated" or "обновлено"
// may also be said of a list or a profile: "access list updated: 10.0.0.23".
var namedVersionStems = []string{"верси", "сборк", "прошивк", "релиз", "откат", "макет", "приложени", "version",
	"firmware", "build", "release", "patch", "regression", "rollback"}

// phoneNumberWordBefore reports "номер", "номеру" or "number" right before i, with
// nothing of a document, an order or a ticket before it: "номер
// 89174402215"; not "номер заказа 89174402215".
func phoneNumberWordBefore(s string, i int) bool {
	return prevWordIn(s, i, "номер", "номеру", "number")
}

// lithuaniaNear reports Lithuania named near s[i:j], where a nine-digit
// number opening with 86 is a mobile dialled at home.
func lithuaniaNear(s string, i, j int) bool {
	return containsAny(s[max(0, i-400):min(len(s), j+400)], "литов", "Литв", "Lithuan", "Vilnius", "Вильнюс", "+370", "LT-", "Kaunas", "Каунас", "Klaip")
}

// nationalIDBefore reports a national identity card named on the line
// before i, or a card's "ID No." under a heading that names it. Turkish
// and Kazakh personal numbers (Kimlik, IIN) stay unlabelled, as the
// labelled files have them.
func nationalIDBefore(s string, i int) bool {
	if containsAny(s[lineStart(s, i, 60):i], "National ID", "national ID", "National Identity", "national identity") {
		return true
	}
	return endsAny(strings.TrimRight(s[max(0, i-10):i], " "), "ID No.", "ID No.:", "ID No:") &&
		containsAny(paragraphBefore(s, i), "Identity Card", "IDENTITY CARD", "identity card")
}

// landlineGivenBefore reports words that give someone's short landline
// right before i: "His number:", "номер её", "на рабочий", "reach me at".
func landlineGivenBefore(s string, i int) bool {
	if numberIsBefore(s, i) {
		return true
	}
	p := max(0, i-40)
	return endsAny(strings.TrimRight(s[p:i], " :("), "номер её", "номер его", "на рабочий", "на домашний", "городской", "Городской", "по местному", "landline", "Landline", "landline is", "at home", "reach me at", "reach him at",
		"reach her at", "reach us at", "Свяжитесь с нами", "свяжитесь с нами") || endsAny(s[p:i], " at ") && inSentenceBefore(s, i, 40, "Reach ", "reach ") ||
		endsAny(s[p:i], ": ") && inSentenceBefore(s, i, 50, "Landline ", "landline ", "Городской ", "городской ") // "Landline at the Mednoye house: 5-14-62"
}

// landlineSeen reports a phone found earlier on the line before i that ends
// in a town's number written the same way, "+7 (8635) 22-91-04": the
// short number after it is another of the town's lines.
func (sc *scanner) landlineSeen(i int) bool {
	lo := lineStart(sc.s, i, 200)
	for k := len(sc.out) - 1; k >= 0 && sc.out[k].start >= lo; k-- {
		if o := sc.out[k]; o.typ == tPhone && o.end-o.start > 9 {
			t := sc.s[o.start:o.end]
			n := len(t)
			return t[n-3] == '-' && t[n-6] == '-' && t[n-9] == ' ' && isDigit(t[n-1]) && isDigit(t[n-4]) && isDigit(t[n-7]) && isDigit(t[n-8])
		}
	}
	return false
}

// personRightBefore reports a person found right before i, a comma or a
// dash between: "Контакт — Оксана, 272-40-15".
func (sc *scanner) personRightBefore(i int) bool {
	if n := len(sc.out); n > 0 && sc.out[n-1].typ == tPerson {
		gap := sc.s[sc.out[n-1].end:i]
		return gap == ", " || gap == " — " || gap == " - " || gap == ": "
	}
	return false
}

// shortPhoneCue reports a word for a phone, a line or a call in the
// sentence before a town's short number at s[start:end], or a note after it
// that names a line: "номер деда-пасечника — 2-14-36", "call me back about
// your contract: 46-18-30", "24-17-90 (дом.)".
func shortPhoneCue(s string, start, end int) bool {
	return inSentenceBefore(s, start, 60, "номер", "Номер", "телефон", "Телефон", "тел.", "Тел.", "звон", "Звон", "набер", "Набер", "городск", "рабоч",
		"стационар", "вахт", "Вахт", "landline", "Landline", "phone", "Phone", "number", "call", "Call", "dial", "line ", "desk") ||
		startsAny(bracketAfter(s, end, 38), "дом", "раб", "local", "city", "home", "landline", "office")
}

// landlineGiven reports someone's short landline at s[start:end], named by
// the words before it or by a note in brackets after it.
func landlineGiven(s string, start, end int) bool {
	return landlineGivenBefore(s, start) || landlineNoteAfter(s, end)
}

// landlineNoteAfter reports a note in brackets after a short number at end
// that names it a line, "67-45-12 (домашний)", "258-14-90 (Krasnoyarsk
// office)", "51-20-33 (inside Tomsk)", or an extension after it.
func landlineNoteAfter(s string, end int) bool {
	if startsAny(s[end:], " ext ", " ext. ", " доб. ", " доб ") && end+6 < len(s) {
		return true // an extension after it: "on 292-85-47 ext 12"
	}
	if startsAny(s[end:], ", спросить ", ", спросите ", " спросить ", ", ask for ", " ask for ") {
		return true // whom to ask for on the line: "Склад на Станционной: 291-47-06, спросить Гену"
	}
	note := bracketAfter(s, end, 38)
	return startsAny(note, "домашний", "рабочий", "городской", "стационарный", "home", "landline", "inside ") ||
		strings.HasSuffix(note, " office") || strings.HasSuffix(note, " офис")
}

// callVerbBefore reports a verb asking for a call right before i:
// "позвоните 89127085512", "перезвонить 89…".
func callVerbBefore(s string, i int) bool {
	var buf [32]byte
	w := string(prevWord(s, i, buf[:0]))
	return strings.HasPrefix(w, "позвони") || strings.HasPrefix(w, "перезвони")
}

// numberIsBefore reports someone's number given in the sentence before i:
// "her number is", "My number hasn't changed:".
func numberIsBefore(s string, i int) bool {
	return inSentenceBefore(s, i, 40, "my number", "My number", "her number", "Her number", "his number", "His number", "our number", "Our number")
}

// ipWordBefore reports the word IP or a network tool right before start:
// "client app ip 176.59.44.210", "с IP 5.18.44.201", "ping 8.8.8.8".
func ipWordBefore(s string, start int) bool {
	return prevWordIn(s, start, "ip", "ipv4", "ip-адрес", "ip-адреса", "ip-адресом", "ping", "пинг", "traceroute", "tracert")
}

// versionBefore reports whether the dotted number at start reads as a
// version: a version word among the three words before it, or, with no word
// of an address there either, every part at most 20 outside the private
// 10.x range ("3.4.1.2", but "ip=5.8.16.12" and "DNS 8.8.8.8" are addresses).
func versionBefore(s string, start int) bool {
	if strings.HasSuffix(s[:start], " ПО ") {
		return true // software: "Модель панели BAS-IP AV-07T, ПО 3.9.2.14"
	}
	if w := s[max(0, start-40):start]; strings.Contains(w, "1С:") || strings.Contains(w, "1C:") {
		return true // a 1C configuration's release: "база 1С:УТ 11.5.16.54", "1С:Бухгалтерия 3.0.150.21"
	}
	if strings.HasSuffix(s[:start], "client=") && strings.Contains(s[lineStart(s, start, 200):start], "ip=") {
		return true // a log's client version beside its IP: "ip=95.165.27.118 client=2.14.3.1"
	}
	if ipWordBefore(s, start) || start > 1 && s[start-1] == '=' && logKeyIs(s, start, "upstream", "host", "server", "gateway", "peer", "remote", "src", "dst", "addr", "ip") ||
		start > 1 && s[start-1] == '"' && jsonKeyIs(s, start, "upstream", "host", "server", "gateway", "peer", "remote", "src", "dst", "addr", "ip") {
		return false // the address named right before it: "client app ip 176.59.44.210", a log's "upstream=10.12.0.5:8080", a JSON log's "upstream": "10.12.0.5:5432"
	}
	if start > 1 && s[start-1] == '=' {
		k := start - 1
		for k > 0 && isASCIILetter(s[k-1]) {
			k--
		}
		if k < start-1 && k > 0 && (s[k-1] == '_' || s[k-1] == '-') && versionWords[strings.ToLower(s[k:start-1])] {
			return true // a log's key for a version: "device_ver=3.18.2.7", "sw-version=4.1.0.2"
		}
	}
	var buf [32]byte
	pw0 := prevWord(s, start, buf[:0])
	if pw := string(pw0); versionWords[pw] || pw == "api" && s[start-1] == ' ' && s[start-2] != ':' && s[start+1] == '.' ||
		len(pw) > 3 && strings.HasSuffix(pw, "app") || (pw == "приложение" || pw == "приложения") && s[start-1] == ' ' {
		// also an app's version right after the word: "устройство iPhone, приложение 4.1.0.2"
		// "Version 2.14.7.1", "Сервер API 4.12.0.7" (not "API allow-list: 212.164.38.17", nor a host whose first number has two or three digits, "push to mobile api 185.22.153.7"), "OporaApp 2.14.3.1"
		return true
	}
	if pw := string(pw0); (pw == "to" || pw == "до") && start+1 < len(s) && s[start+1] == '.' && start > len(pw)+2 {
		var b2 [32]byte
		switch string(prevWord(s, start-len(pw)-1, b2[:0])) {
		case "updated", "upgraded", "обновлена", "обновлен", "обновлено", "обновлены", "обновили", "обновился", "обновилась":
			return true // one digit before the first dot: "controllers updated to 4.1.22.7", not "IP changed to 10.0.0.5"
		}
	}
	// One word between: "версия приложения 5.3.0.12", "app version: 5.4.0.12".
	if p := start - 1; p > 0 && s[p] == ' ' {
		for p > 0 && s[p-1] != ' ' && s[p-1] != '\n' && start-p < 40 {
			p--
		}
		if p > 0 && s[p-1] == ' ' && versionWords[string(prevWord(s, p, buf[:0]))] && !loginTail(s, p-1) ||
			strings.HasPrefix(s[p:], "app=") || startsAny(s[p:], "client=", "agent=") && versionShaped(s, start) { // a whole word: not the "v" of a login, "by user olga.v from 194.85.143.17"
			return true // also a logged app's version: "app=web 7.1.0.3", "client=exocad 3.1.6.2"
		}
	}
	lo, words := start, 0
	for lo > 0 && start-lo < 60 && s[lo-1] != '\n' && words < 5 {
		if s[lo-1] == ' ' && lo < start && s[lo] != ' ' {
			words++
		}
		lo--
	}
	var lb [96]byte
	bb, ok := foldInto(lb[:0], s[lo:start])
	before := unsafe.String(unsafe.SliceData(bb), len(bb)) // no copy: it lives in lb
	if !ok {
		before = strings.ToLower(s[lo:start])
	}
	if strings.Contains(s[lo:start], "PATCH /") {
		before = strings.Replace(before, "patch /", "/", 1) // an HTTP method, no patch of a program: "PATCH /api/orders/П-6120 200 client=85.35.179.131"
	}
	versionStem := wordStemIn(before, versionStems) || strings.Contains(before, "roll back") || strings.Contains(before, "rolled back")
	var pb [64]byte
	pw := string(prevWord(s, start, pb[:0]))
	if pw == "ip" || pw == "ipv4" || pw == "addr" || pw == "address" {
		return false // "firmware 2.14.3.1, controller IP 10.0.0.12"
	} else if k := start - len(pw) - 1; len(pw) > 0 && k > 0 {
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if pw2 := prevWord(s, k, pb[:0]); string(pw2) == "ip" {
			return false // "IP контроллера 10.20.4.117"
		}
	}
	if versionStem && wordStemIn(pw, ipStems) && dottedNumberIn(s[lo:start]) {
		return false // the version word has its own number: "firmware 2.14.3.1, gateway 192.168.20.11"
	}
	if wordStemIn(before, ipStems) && !(versionStem && (wordStemIn(before, weakIPStems) || wordStemIn(before, strongVersionStems))) {
		// not "firmware was updated from 2.8.1.4", but "Версия шлюза 2.14.3.1, откат на 2.14.2.9": the
		// address word has its version already and this number is shaped like one
		return versionStem && dottedNumberIn(s[lo:start]) && versionShaped(s, start)
	}
	if versionStem {
		// "updated from 2.8.1.4" is a version; "updated her profile from 14.139.128.55" is no version's shape,
		// nor is "access list updated: 10.0.0.23" with no word of a version but "updated"
		switch pw {
		case "to", "до", "на", "update", "upgrade", "обновление", "обновления":
			return true // "updated to 10.2.0.1", "System update 4.1.0.22"
		}
		return versionShaped(s, start) || !wordStemIn(before, weakIPStems) && wordStemIn(before, namedVersionStems)
	}
	end := start
	for end < len(s) && (isDigit(s[end]) || s[end] == '.') {
		end++
	}
	if strings.HasSuffix(s[start:end], ".0.0") {
		return true // "Oracle Database 19.22.0.0": a network address is no one's either
	}
	return versionShaped(s, start)
}

// versionShaped reports a dotted number at start whose parts are all at most
// 20, outside the private range 10.x: "2.14.3.1".
func versionShaped(s string, start int) bool {
	end := start
	for end < len(s) && (isDigit(s[end]) || s[end] == '.') {
		end++
	}
	for _, part := range strings.Split(strings.TrimRight(s[start:end], "."), ".") {
		if len(part) > 2 || len(part) == 2 && part > "20" {
			return false
		}
	}
	return !strings.HasPrefix(s[start:], "10.")
}

// dottedNumberIn reports a digit, a dot and a digit in text: "2.14".
func dottedNumberIn(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '.' && isDigit(text[i-1]) && isDigit(text[i+1]) {
			return true
		}
	}
	return false
}

// wordStemIn reports one of stems at the start of a word of text.
func wordStemIn(text string, stems []string) bool {
	for _, st := range stems {
		for from := 0; ; {
			k := strings.Index(text[from:], st)
			if k < 0 {
				break
			}
			k += from
			if k == 0 || !isAlnum(text[k-1]) && text[k-1] < 0x80 || text[k-1] == ' ' {
				return true
			}
			from = k + 1
		}
	}
	return false
}

// dottedQuadAt reports four dot-separated groups of one to three digits at i.
func dottedQuadAt(s string, i int) bool {
	for part := 0; part < 4; part++ {
		n := 0
		for i < len(s) && isDigit(s[i]) && n < 4 {
			i++
			n++
		}
		if n == 0 || n > 3 {
			return false
		}
		if part < 3 {
			if i >= len(s) || s[i] != '.' {
				return false
			}
			i++
		}
	}
	return i == len(s) || !isDigit(s[i]) && (s[i] != '.' || i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') // a sentence may end after it: "client_ip=83.220.236.14. One refund"
}

func ipv4(g *numGroup) bool {
	off := 0
	for i := 0; i < 4; i++ {
		l := int(g.glen[i])
		if l > 3 {
			return false
		}
		v := 0
		for _, c := range g.digits[off : off+l] {
			v = v*10 + int(c-'0')
		}
		if v > 255 || l > 1 && g.digits[off] == '0' {
			return false
		}
		off += l
	}
	return true
}

// peerNameBefore reports a VPN peer's name right before the slash at sl,
// a word of letters, digits and hyphens (a digit or a hyphen among them)
// that opens after a space: OpenVPN's "pilot-tablet-07/100.64.12.9"; not a
// URL's path, "example.com/10.2.1.5", nor a browser's version,
// "Chrome/126.0.0.0".
func peerNameBefore(s string, sl int) bool {
	b := sl
	for b > 0 && (isAlnum(s[b-1]) || s[b-1] == '-' || s[b-1] == '_') {
		b--
	}
	return b < sl && b > 0 && s[b-1] == ' ' && !allDigits(s[b:sl]) && strings.ContainsAny(s[b:sl], "0123456789-_")
}

// swiftAccountTag reports a SWIFT field's tag and slash right before i,
// where the account of the payer or the payee stands: ":50K:/", ":59:/".
func swiftAccountTag(s string, i int) bool {
	if i < 5 || s[i-2] != ':' {
		return false
	}
	t := strings.LastIndexByte(s[max(0, i-7):i-2], ':')
	if t < 0 {
		return false
	}
	tag := s[max(0, i-7)+t+1 : i-2]
	return len(tag) >= 2 && len(tag) <= 3 && isDigit(tag[0]) && isDigit(tag[1])
}

// belarusPersonalNumber reports the shape of a Belarusian identification
// number: seven digits (the sex and century, the birth date), a region's
// letter, three digits, two letters for the citizenship and a check digit,
// "3150381A012PB9".
func belarusPersonalNumber(w string) bool {
	if len(w) != 14 || w[0] < '1' || w[0] > '6' {
		return false
	}
	for k := 0; k < 14; k++ {
		c := w[k]
		switch k {
		case 7, 11, 12:
			if !isUpperASCII(c) {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return true
}

// passportSplit handles "серия 4506 номер 123456", "серия 63 05 номер 118274"
// and "4506 № 123456" after a passport context word: the series (the first k
// groups) and the number are separate.
func (sc *scanner) passportSplit(g *numGroup, k int, ctx *ctxKind) (uint8, float32, int) {
	end := g.gend[k-1]
	if *ctx == ctxUnknown {
		*ctx = leftContext(sc.s, g.start)
	}
	s := sc.s
	if *ctx != ctxPassport && !(endsAny(s[:g.start], "series ", "SERIES ", "Series ", "Seriya ", "seriya ") && (passportNear(s, g.start) || g.pattern(k, 2, 2) && numberSignAfter(s, end))) &&
		!(*ctx != ctxDoc && *ctx != ctxNeg && numberSignAfter(s, end) && (passportInSentence(s, g.start) || passportInParagraph(s, g.start))) {
		return 0, 0, end // but "Russian passport …: series 4017 number 203558", "passport of the Russian Federation 60 17 No. 509384", "ID: Potapov Konstantin, series 32 15 No. 227418"
	}
	if endsAny(s[:g.start], "иза серия ", "иза серии ", "isa series ") {
		return 0, 0, end // a visa's series and number: "Виза серия 24 № 1187364"
	}
	j := end
	if j+2 < len(s) && s[j] == ',' && s[j+1] == ' ' {
		j++ // "серия 45 12, номер 917402"
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if strings.HasPrefix(s[j:], "and ") || strings.HasPrefix(s[j:], "и ") {
		j += strings.IndexByte(s[j:], ' ') + 1 // "passport series 4521 and number 604417"
	}
	for _, w := range []string{"номер", "НОМЕР", "Номер", "ном.", "№", "number", "NUMBER", "Nomer", "nomer", "No.", "no.", "No ", "nr.", "N"} { // "No." before "N"; an OCR'd form in capitals; "сер. 46 09 ном. 511834"
		if strings.HasPrefix(s[j:], w) {
			j += len(w)
			break
		}
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	q := j
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-j == 3 && q+4 <= len(s) && s[q] == ' ' && isDigit(s[q+1]) && isDigit(s[q+2]) && isDigit(s[q+3]) &&
		(q+4 == len(s) || !isDigit(s[q+4])) {
		q += 4 // dictated in threes: "серия 45 17 номер 603 218"
		return tPassport, 0.95, q
	}
	if q-j == 6 && (q == len(s) || !isDigit(s[q])) {
		return tPassport, 0.95, q
	}
	return 0, 0, end
}

// numberSignAfter reports "№" or "No." after a passport's series that
// ends at e: "60 17 No. 509384", "03 20 №  611834".
func numberSignAfter(s string, e int) bool {
	return startsAny(s[e:], " №", " No. ", " No ")
}

// account classifies a 20-digit number: a Russian bank account, validated
// against a БИК found within 300 bytes when there is one.
//
// A correspondent account (30101…) is a bank's published requisite, not a
// customer's, and is not reported; nor is a number that fails the control
// key against the БИК in the same message: a mistyped account, a КБК or a
// payment identifier.
func (sc *scanner) account(d string, start, end int, c ctxKind) (uint8, float32, int) {
	if d[:5] == "30101" {
		return 0, 0, end
	}
	if biks, n := nearbyBIKs(sc.s, start, end); n > 0 {
		for _, bik := range biks[:n] {
			if accountKeyValid(d, bik) { // the payer's and the payee's banks may both be named
				return tAccount, 0.99, end
			}
		}
		return 0, 0, end
	}
	if accountCalledWrong(sc.s, start, end) {
		return 0, 0, end // the text says it is no account, and no БИК is there to say otherwise
	}
	score := float32(0.3) // below the threshold: "стикер 00340057219384421012"
	if d[0] == '3' || d[0] == '4' {
		score = 0.85
	}
	switch c {
	case ctxAccount:
		score += 0.1
	case ctxNeg:
		if (d[:3] == "408" || d[:3] == "423") && (d[5:8] == "810" || d[5:8] == "840" || d[5:8] == "978") {
			score -= 0.1 // a person's account or deposit by its own shape, whatever the words say: "dormitory payments: 40817810…", "л/с 42301810…"
		} else {
			score -= 0.5
		}
	}
	return tAccount, score, end
}

// accountCalledWrong reports a sentence around an account at [start, end)
// that calls the number wrong: "указал неверный счёт 40802…", "account
// 40817… invalid key", "банк говорит, что такого нет"; an account the bank
// returns or closes is still someone's ("does not exist in the receiving
// bank", "закрыт").
func accountCalledWrong(s string, start, end int) bool {
	a := max(0, start-40)
	for k := start - 1; k > a; k-- {
		if s[k] == '.' || s[k] == '\n' || s[k] == '!' || s[k] == '?' {
			a = k
			break
		}
	}
	b := min(len(s), end+60)
	for k := end; k < b; k++ {
		if s[k] == '.' && (k+1 == len(s) || s[k+1] == ' ' || s[k+1] == '\n') || s[k] == '\n' {
			b = k
			break
		}
	}
	return containsAny(strings.ToLower(s[a:b]), "неверн", "invalid", "wrong", "incorrect", "такого нет", "цифра не та", "не та цифра",
		"по ошибке", "с ошибкой", "was typed as", "typo", "failed validation", "не прошел проверку", "не прошёл проверку", "последняя цифра", "не сходится", "не совпадает с бик", "doesn't match", "does not match") // "по ошибке в ведомость попал счет …", "the account was typed as …"
}

// nearbyBIKs returns the БИКs written within 300 bytes of an account at
// s[start:end] (at most four).
func nearbyBIKs(s string, start, end int) (out [4]string, n int) {
	lo, hi := max(0, start-300), min(len(s), end+300)
	win := s[lo:hi]
	for _, kw := range [...]string{"БИК", "бик", "BIK", "BIC"} {
		for from := 0; from < len(win) && n < len(out); {
			k := strings.Index(win[from:], kw)
			if k < 0 {
				break
			}
			j := from + k + len(kw)
			from = j
			for j < len(win) && (win[j] == ' ' || win[j] == ':') {
				j++
			}
			for n < len(out) { // a list of them: "БИК: 044525225 / 044525974"
				e := j
				for e < len(win) && isDigit(win[e]) {
					e++
				}
				if e-j != 9 {
					break
				}
				out[n] = win[j:e]
				n++
				j = e
				for j < len(win) && j-e < 3 && (win[j] == ' ' || win[j] == '/' || win[j] == ',' || win[j] == ';') {
					j++
				}
				if j == e {
					break
				}
			}
		}
	}
	return out, n
}

// unitFollows reports whether a currency or unit word follows the number at
// end: "1 500 руб", "2024 г.", "100 шт".
func unitFollows(s string, end int) bool {
	j := end
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return false
	}
	switch s[j] {
	case '$', '%':
		return true
	}
	var buf [24]byte
	k := j
	for k < len(s) && k-j < 20 {
		if sz, _ := letterAt(s, k); sz > 0 {
			k += sz
			continue
		}
		break
	}
	if k == j {
		return strings.HasPrefix(s[j:], "₽") || strings.HasPrefix(s[j:], "€")
	}
	if k < len(s) && s[k] == '/' {
		return false // "р/с", a requisite label, not roubles
	}
	w, _ := foldInto(buf[:0], s[j:k])
	switch string(w) {
	case "руб", "рублей", "рубля", "р", "rub", "usd", "eur", "долларов", "шт", "кг", "тыс", "млн", "коп", "г", "год", "года", "km", "км",
		"тысяч", "тысячи", "тысяча", "миллионов", "человек", "штук", "минут", "часов", "дней", "процентов",
		"ночей", "ночи", "суток", "недель", "месяцев", // "гостиницу на Ленина, 5 ночей"
		"min", "mins", "minutes", "hours", "hrs", "people", "pcs": // "stuck on Lenina avenue, 5 min late"
		return true
	}
	return false
}

// chatStreetBefore returns the start of a street named in chat style before
// a house number at i: "на гагарина 12", "по ленина 52" — a lower-case
// surname in the genitive after "на" or "по", no street word; -1 if none.
func chatStreetBefore(s string, i, lo int) int {
	if i < 12 || s[i-1] != ' ' {
		return -1
	}
	b := lowerCyrStart(s, i-1)
	w := s[b : i-1]
	if len(w) < 8 || b < 5 || s[b-1] != ' ' || b-1 < lo {
		return -1
	}
	if !endsAny(w, "ина", "ова", "ева") {
		return -1
	}
	if p := s[b-5 : b-1]; p != "на" && p != "по" || b >= 6 && isAlnum(s[b-6]) {
		return -1
	}
	return b
}

// spacedDigitPhone emits a phone number dictated digit by digit, as a
// transcript writes it: "0 7 7 0 0 9 0 0 6 1 3", "8 9 1 6 …". It needs ten
// to twelve single digits and the shape of a mobile (07…, 89…, 79…) or a
// phone word before; it returns the end, or 0.
func (sc *scanner) spacedDigitPhone(i int) int {
	s := sc.s
	if i+18 >= len(s) || s[i+1] != ' ' || !isDigit(s[i+2]) || s[i+3] != ' ' || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	var d [12]byte
	n, p := 0, i
	for p < len(s) && isDigit(s[p]) && (p+1 == len(s) || !isDigit(s[p+1])) {
		if n == len(d) {
			return 0
		}
		d[n] = s[p]
		n++
		if p+2 < len(s) && s[p+1] == ' ' && isDigit(s[p+2]) {
			p += 2
			continue
		}
		p++
		break
	}
	if n < 10 || p < len(s) && isAlnum(s[p]) {
		return 0
	}
	mobile := n == 11 && (d[0] == '0' && d[1] == '7' || (d[0] == '8' || d[0] == '7') && d[1] == '9')
	if !mobile && leftContext(s, i) != ctxPhone && !strings.HasSuffix(s[:i], "number is ") && !strings.HasSuffix(s[:i], "номер ") {
		return 0 // but "my number is 0 5 0 8 8 1 2 3 4 5"
	}
	sc.emit(i, p, tPhone, 0.8, 0)
	return p
}

// plotPlace finds a plot's number at i with the settlement named after it
// in English, as cottage villages write it: "plot 58, Sosnovy Bor
// village", "plot 112 in Nikolskaya Sloboda". A cemetery's plot is no
// address. It returns the start and end, or -1.
func (sc *scanner) plotPlace(i int) (int, int) {
	s := sc.s
	a := -1
	for _, w := range [...]string{"plot ", "Plot "} {
		if strings.HasSuffix(s[:i], w) {
			a = i - len(w)
		}
	}
	if a < 0 || a < sc.lastEnd || a > 0 && isAlnum(s[a-1]) {
		return -1, 0
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	p := e
	switch {
	case strings.HasPrefix(s[e:], ", "):
		p = e + 2
	case strings.HasPrefix(s[e:], " in "):
		p = e + 4
	default:
		return -1, 0
	}
	if p >= len(s) || !isUpperASCII(s[p]) || firstNameAt(s, p) || startsAny(s[p:], "SNT ", "DNT ", "Row ", "Section ", "Mr", "Mrs", "Ms", "Dr") {
		return -1, 0
	}
	q := p
	for words := 0; words < 3 && q < len(s) && isUpperASCII(s[q]); words++ {
		q = wordEnd(s, q)
		if q+1 < len(s) && s[q] == ' ' && isUpperASCII(s[q+1]) {
			q++
		}
	}
	if q-p < 4 || startsAny(s[q:], " cemetery", " Cemetery") || endsAny(s[p:q], " St", " Street", " Ave", " Avenue", " Lane", " Road", " Sector") {
		return -1, 0 // but a street after the plot names the place: "plot 23, Abrikosovaya St, …"
	}
	if strings.HasPrefix(s[q:], " village") {
		return a, q + len(" village")
	}
	if s[e] == ' ' {
		return a, q // "plot 112 in Nikolskaya Sloboda"
	}
	return -1, 0 // a plot before a bare name is left, as most labelled files leave it: "Plot 55, Lesnye Dali", "Plot 7, Orchard Fields"
}

// addressCell finds a street and its house at i filling a CSV field whose
// column's header names an address or a house ("дом;кв;собственник" over
// "Пушкинская 218;45;Ложкин С.А.", "адрес,кв" over "Ленина 12,45"), or a
// pipe table's cell under an address's or a pickup point's header ("|
// Пункт |" over "| Арзамас, Калинина 15 |"). It returns the field's start
// and end, or -1.
func (sc *scanner) addressCell(i int) (int, int) {
	s := sc.s
	if i < 3 || s[i-1] != ' ' {
		return -1, 0
	}
	e := i
	for e < len(s) && (isDigit(s[e]) || s[e] == '/') {
		e++
	}
	if e < len(s) && strings.IndexByte(";,|\n\r", s[e]) < 0 && s[e] < 0xC0 {
		if f := skipSpaces(s, e); s[e] != ' ' || f == len(s) || s[f] != '|' {
			return -1, 0 // the number ends no field, as most numbers in a text do: no line to read back
		}
	}
	ls := lineStart(s, i, 200)
	if ls == 0 {
		return -1, 0 // the header is the line above
	}
	var sep byte = ';'
	a := i - 1
	if bar := strings.LastIndexByte(s[ls:i], '|'); bar >= 0 {
		sep, a = '|', skipSpaces(s, ls+bar+1) // a pipe table's cell: "| Арзамас, Калинина 15 |"
	} else {
		for a > ls && s[a-1] != ';' && s[a-1] != ',' && s[a-1] != '"' {
			a--
		}
		if a > ls {
			sep = s[a-1]
			if sep == '"' {
				return -1, 0
			}
		} else if strings.IndexByte(s[ls:lineEndFrom(s, i)], ';') < 0 {
			sep = ','
		}
	}
	if a >= i-2 || a < sc.lastEnd {
		return -1, 0
	}
	if sz, up := letterAt(s, a); sz == 0 || !up || startsAny(s[a:], "Metro ", "Метро ", "Plot ") {
		return -1, 0 // the street's name with its capital, "Пушкинская 218"; not a metro station's exit, nor a plot of a development
	}
	if e < len(s) && s[e] >= 0xC0 {
		if sz, _ := letterAt(s, e); sz > 0 && (e+sz == len(s) || s[e+sz] == sep) {
			e += sz // "12а"
		}
	}
	if sep == '|' {
		if f := skipSpaces(s, e); f >= len(s) || s[f] != '|' {
			return -1, 0
		}
	} else if e < len(s) && s[e] != sep && s[e] != '\n' && s[e] != '\r' {
		return -1, 0
	}
	if b := wordStartBefore(s, i-1); sep == '|' && !(b >= a && upperAt(s[b:]) && i-1-b >= 5 && !(i-1-b < 10 && s[b] >= 0x80)) {
		return -1, 0 // a pipe table's cell needs a street's name of five letters before the house: "| Арзамас, Калинина 15 |"; not "| Dock 3 |", "| …, gate 2 |"
	}
	switch h := strings.ToLower(delimHeader(s, i, sep)); h {
	case "дом", "адрес", "адрес дома", "улица, дом", "улица и дом", "address", "street", "house":
		return a, e
	case "пункт", "пункт выдачи", "пвз", "point", "pickup point", "объект", "site", "location", "салон", "branch":
		if sep == '|' {
			return a, e // a pickup point's or a site's cell in a pipe table: "| Пункт |" … "| Арзамас, Калинина 15 |"
		}
	}
	return -1, 0
}

// chatStreetHouse finds a street written in chat without its keyword, an
// adjective in the prepositional case after "на", and a house number ending
// the clause: "ты сегодня на лесной 5?". It returns the address's start and
// end, or -1.
func chatStreetHouse(s string, i int) (int, int) {
	if i < 10 || s[i-1] != ' ' {
		return -1, 0
	}
	e := i
	for e < len(s) && e-i < 3 && isDigit(s[e]) {
		e++
	}
	if e < len(s) && isDigit(s[e]) {
		return -1, 0
	}
	if e+1 < len(s) && s[e] == 0xD0 && (s[e+1] == 0xB0 || s[e+1] == 0xB1) {
		e += 2 // "5а", "7б"
	}
	if e < len(s) && !(s[e] == '?' || s[e] == ',' || s[e] == '.' || s[e] == '!' || s[e] == '\n' || s[e] == ')') ||
		s[i] == '0' || e+1 < len(s) && (s[e] == '.' || s[e] == ',') && isDigit(s[e+1]) {
		return -1, 0 // not a date or an amount: "на главной 01.06–07.06"
	}
	b := lowerCyrStart(s, i-1)
	w := s[b : i-1]
	if len(w) < 10 || b < 5 || s[b-1] != ' ' || !endsAny(w, "ой", "ей") ||
		s[b-5:b-1] != "на" && s[b-5:b-1] != "по" || b > 5 && s[b-6] != ' ' && s[b-6] != '\n' {
		return -1, 0
	}
	if startsAny(w, "как", "так", "эт", "друг", "втор", "трет", "перв", "четв", "пят", "шест", "седьм",
		"восьм", "девят", "десят", "мо", "тво", "сво", "наш", "ваш", "одн", "всей", "последн", "следующ", "прошл",
		"нужн", "кажд", "люб", "больш", "лев", "прав", "передн", "задн", "верхн", "нижн", "дальн", "ближн", "той",
		"крайн", "средн", "нулев", "главн", "минимальн", "максимальн", "скорост", "громк", "мощн") {
		return -1, 0
	}
	return b, e
}

// chatStreetFlat finds a street named in chat without its keyword, a
// lower-case word before the house number at i, when a flat or a building
// follows the house: "на гороховой 5 кв 12", "королёва 12 квартира 45",
// "ковалевскую 14 к2", "pokrovka 17 apt 22". It returns the address's
// start and end, or -1.
func (sc *scanner) chatStreetFlat(i int) (int, int) {
	s := sc.s
	if i < 5 || s[i-1] != ' ' {
		return -1, 0
	}
	// The flat or building after the house first: most numbers have none.
	q := i
	for q < len(s) && q-i < 4 && isDigit(s[q]) {
		q++
	}
	if q-i > 3 || q == i {
		return -1, 0
	}
	if q+1 < len(s) && (s[q] == 0xD0 && s[q+1] >= 0xB0 && s[q+1] <= 0xB3 || s[q] >= 'a' && s[q] <= 'd') {
		q = alnumEnd(s, q) // "61а", "17b"
	}
	k := q + 1
	if q >= len(s) || s[q] != ' ' || k >= len(s) {
		return -1, 0
	}
	e := wordEnd(s, k)
	switch s[k:e] {
	case "кв", "квартира", "apt", "flat", "к", "корп", "корпус":
	default:
		if !(e > k+2 && s[k] == 0xD0 && s[k+1] == 0xBA && isDigit(s[k+2])) { // "к2"
			return -1, 0
		}
	}
	b := lowerCyrStart(s, i-1)
	if b == i-1 {
		for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
			b--
		}
		if i-1-b < 4 {
			return -1, 0
		}
	} else if i-1-b < 8 {
		return -1, 0
	}
	if b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
		return -1, 0
	}
	var buf [32]byte
	if w, _ := foldInto(buf[:0], s[b:i-1]); addrKind(w) != 0 {
		return -1, 0 // a marker of its own: "дом 5 кв 12" is houseOnly's
	}
	var pb [8]byte
	switch string(prevWord(s, b, pb[:0])) {
	case "на", "по", "в", "at", "on", "to":
	default:
		if !endsAny(s[b:i-1], "ой", "ая", "ую", "ого", "ова", "ёва", "ева", "ина", "ка") && !(b >= 2 && (s[b-2] == ':' || s[b-2] == ',')) &&
			!strings.HasSuffix(s[:b], "— ") {
			return -1, 0 // a street's shape or a place's preposition before it, not "заказов 5 кв 12"
		}
	}
	if _, ok := spokenWords[s[b:i-1]]; ok {
		return -1, 0
	}
	end := sc.houseParts(i - 1)
	if end <= k {
		return -1, 0
	}
	return b, end
}

// latinChatStreet finds a transliterated Russian street written in lower
// case, its house and a flat, as a technician's note writes them ("went to
// kirova 24 flat 6"), or its house alone after "on", "at" or "near" ("the
// store on moskovskaya 37, 11 to 5"). It returns the address's start and
// end, or -1.
func latinChatStreet(s string, i int) (int, int) {
	if i < 7 || s[i-1] != ' ' || s[i-2] < 'a' || s[i-2] > 'z' {
		return -1, 0
	}
	b := i - 1
	for b > 0 && (s[b-1] >= 'a' && s[b-1] <= 'z' || s[b-1] == '-' && b > 1 && s[b-2] >= 'a' && s[b-2] <= 'z') {
		b-- // "sadovaya-kudrinskaya 11 flat 40"
	}
	if i-1-b < 5 || b > 0 && s[b-1] != ' ' || s[b] == '-' {
		return -1, 0
	}
	w := s[b : i-1]
	if !endsAny(w, "ova", "eva", "ina", "ogo", "aya", "oy", "skaya", "ovskaya", "ka", "sky", "skiy") { // and "ostozhenka 7 flat 3"
		return -1, 0
	}
	e := i
	for e < len(s) && e-i < 3 && isDigit(s[e]) {
		e++
	}
	if e < len(s) && isAlnum(s[e]) {
		return -1, 0
	}
	if f := lowerUnitsAfter(s, e); f > e {
		return b, f
	}
	if (addressPrepBefore(s, b) || prevWordIn(s, b, "near")) && translitStreetWord(w) && !firstNameWord(w) &&
		(e == len(s) || strings.IndexByte(",.?!\n", s[e]) >= 0 || startsAny(s[e:], " but ", " and ", " in ", " from ")) {
		return b, lowerTownAfter(s, e) // a street and its house after "on", "at" or "near", ending the clause: "the store on moskovskaya 37, 11 to 5"
	}
	return -1, 0
}

// pipeCellAt reports a number that fills a cell of a pipe table: "| 75
// 1009284 |".
func pipeCellAt(s string, start, end int) bool {
	b := start
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	e := end
	for e < len(s) && s[e] == ' ' {
		e++
	}
	return b > 0 && s[b-1] == '|' && (e == len(s) || s[e] == '|' || s[e] == '\n')
}

// personOnLine reports a person found earlier on the line of i.
func (sc *scanner) personOnLine(i int) bool {
	ls := strings.LastIndexByte(sc.s[:i], '\n') + 1
	for k := len(sc.out) - 1; k >= 0 && sc.out[k].start >= ls; k-- {
		if sc.out[k].typ == tPerson {
			return true
		}
	}
	return false
}

// nameNumberCity emits a street named without its keyword, as Balkan and
// Caucasian addresses are written, when the word before the house number at
// i ends like a street's name and a known city follows after a comma:
// "Нушићева 12, Београд", "Njegoševa 44, Beograd", "Теразије 5, Београд".
// It returns the address's end, or 0.
func (sc *scanner) nameNumberCity(i int) int {
	s := sc.s
	q := i
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-i > 3 || q+2 >= len(s) || s[q] != ',' || s[q+1] != ' ' {
		return 0
	}
	b := wordStartBefore(s, i-1)
	if b < 0 || b < sc.lastEnd || !upperAt(s[b:]) {
		return 0
	}
	w := s[b : i-1]
	if a := wordStartBefore(s, b-1); a >= sc.lastEnd && a >= 0 && b >= 2 && s[b-1] == ' ' && startsAny(s[a:b], "Кнеза ", "Краља ", "Цара ", "Kneza ", "Kralja ", "Cara ") {
		b, w = a, "" // a prince's or a king's street: "Кнеза Милоша 28", "Kralja Petra 12"
	} else if !endsAny(w, "ева", "ова", "ина", "ије", "eva", "ova", "ina", "ije", "ska", "ská", "ская", "ского") {
		return 0
	}
	c := q + 2
	if k := c + 5; k+1 < len(s) && allDigits(s[c:k]) && s[k] == ' ' && upperAt(s[k+1:]) {
		c = k + 1 // a postcode before the city: "Mediteranska 21, 85310 Budva", "Кнеза Милоша 28, 11000 Београд"
	}
	e := wordEnd(s, c)
	switch {
	case startsAny(s[c:], "Нови Сад", "Novi Sad", "Нови-Сад"):
		e = c + len("Нови Сад")
		if s[c] == 'N' {
			e = c + len("Novi Sad")
		}
	case startsAny(s[c:], "Београд", "Beograd", "Belgrade", "Ниш", "Niš", "Subotica", "Суботица", "Podgorica", "Подгорица",
		"Budva", "Будва", "Tivat", "Тиват", "Kotor", "Котор"):
	case knownCity(s[c:e]) && !endsAny(w, "ева", "ова", "ина", "eva", "ova", "ina"):
		// a Russian surname, an age and a city is a person: "Petrova 29, Moscow"
	default:
		return 0
	}
	sc.emit(b, e, tAddress, 0.8, 0)
	return e
}

// vietnamAddress emits a Vietnamese address written house first, with the
// street named after a person and no keyword, up to two more parts (a ward,
// a district) and a city that ends it: "45 Tran Phu, Nha Trang", "12A
// Nguyen Dinh Chieu, Ham Tien, Phan Thiet". It returns the end, or 0.
func (sc *scanner) vietnamAddress(i int) int {
	s := sc.s
	q := i
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-i > 3 {
		return 0
	}
	if q-i < 3 && q+1 < len(s) && isUpperASCII(s[q]) && s[q+1] == ' ' {
		q++ // "12A Nguyen Dinh Chieu"
	}
	if q+2 >= len(s) || s[q] != ' ' || !isUpperASCII(s[q+1]) {
		return 0
	}
	p := q
	for parts := 0; parts < 4; parts++ {
		a := p + 1
		if parts > 0 {
			a = p + 2
		}
		e := a
		for words := 0; words < 4; words++ {
			if e >= len(s) || !isUpperASCII(s[e]) {
				break
			}
			e = wordEnd(s, e)
			if e+1 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]) {
				e++
				continue
			}
			break
		}
		if e == a {
			return 0
		}
		if parts > 0 && vietnamCity(s[a:e]) {
			sc.emit(i, e, tAddress, 0.8, 0)
			return e
		}
		if e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
			return 0
		}
		p = e
	}
	return 0
}

// vietnamCity reports a Vietnamese city or resort that ends an address.
func vietnamCity(w string) bool {
	switch w {
	case "Nha Trang", "Hoi An", "Da Nang", "Phan Thiet", "Hanoi", "Ha Noi", "Ho Chi Minh City", "Saigon", "Hue", "Vung Tau",
		"Phu Quoc", "Da Lat", "Dalat", "Mui Ne", "Hai Phong", "Can Tho", "Quy Nhon":
		return true
	}
	return false
}

// pausedMobile reads a Russian mobile number dictated in groups with dashes,
// slashes or pauses between them, as a form or a transcript writes what it
// heard: "8 915 — 204 — 37 — 19", "+7 962 / 273 / 11 / 40", "8 9 1 0... 5 7
// 7... 2 3... 9 0". It takes eleven digits, 8 or +7 and then 9, and at least
// one such mark between groups (plain spaces are number's job); it returns
// the end, or 0.
func (sc *scanner) pausedMobile(i int) int {
	s := sc.s
	p := i
	if s[p] == '+' {
		p++
	}
	if p+1 >= len(s) || s[p] != '8' && !(s[p] == '7' && p > i) || s[p+1] != ' ' || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	var d [11]byte
	n, marked := 0, false
	for {
		for p < len(s) && isDigit(s[p]) {
			if n == len(d) {
				return 0
			}
			d[n] = s[p]
			n++
			p++
		}
		if n == len(d) || p >= len(s) {
			break
		}
		q := p
		for _, sep := range [...]string{" — ", " – ", " / ", " - ", "... ", "… ", "…", " "} {
			if strings.HasPrefix(s[p:], sep) {
				q = p + len(sep)
				marked = marked || sep != " "
				break
			}
		}
		if q == p || q >= len(s) || !isDigit(s[q]) {
			break
		}
		p = q
	}
	if n != len(d) || !marked || d[1] != '9' || p < len(s) && (isAlnum(s[p]) || s[p] >= 0x80 && letterSize(s, p) > 0) {
		return 0
	}
	if d[0] == '7' && s[i] != '+' {
		return 0
	}
	sc.emit(i, p, tPhone, 0.8, 0)
	return p
}

// gardenPlot reads a plot in a garden association named by its number and
// its line, as its owners write where they live, in either order, with the
// association and the town after it: "уч. 52, 4-я линия", "участок 73 по
// 5-й линии", "4-й линии, уч. 60", "plot 27, 2nd line, SNT Rodnik", "3rd
// line, plot 44", "plot 112, line 7". The digit at i opens the plot's
// number or the line's; it returns the end, or 0. A plot's number alone,
// "уч. 88", stays unlabelled: a register's column names no place.
func (sc *scanner) gardenPlot(i int) int {
	s := sc.s
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	if a := plotWordBefore(s, i); a >= 0 && a >= sc.lastEnd {
		q := plotNumberEnd(s, i)
		if q == 0 {
			return 0
		}
		for _, sep := range [...]string{", ", " по ", " на ", " "} {
			if strings.HasPrefix(s[q:], sep) {
				if e := lineAt(s, q+len(sep)); e > 0 {
					end := sc.plotTail(e)
					sc.emit(sc.addressLeft(a), end, tAddress, 0.8, 0)
					return end
				}
			}
		}
		return 0
	}
	e := lineAt(s, i)
	if e == 0 || e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' || i < sc.lastEnd {
		return 0
	}
	p := e + 2
	for _, w := range [...]string{"уч. ", "участок ", "plot ", "Plot "} {
		if strings.HasPrefix(s[p:], w) && p+len(w) < len(s) && isDigit(s[p+len(w)]) {
			if q := plotNumberEnd(s, p+len(w)); q > 0 {
				end := sc.plotTail(q)
				sc.emit(sc.addressLeft(i), end, tAddress, 0.8, 0)
				return end
			}
		}
	}
	return 0
}

// plotWordBefore returns the start of a word for a plot right before its
// number at i, "уч. ", "участка ", "plot ", or -1.
func plotWordBefore(s string, i int) int {
	if i < 4 {
		return -1
	}
	switch c := s[i-1]; {
	case c == '.': // "уч.12"
	case c != ' ':
		return -1
	default:
		switch s[i-2] {
		case '.', 't', 0xBA, 0xB0, 0xB5, 0x83, 0x96: // "уч. ", "plot ", "участок ", "участка ", "участке ", "участку ", "№ "
		default:
			return -1
		}
	}
	for _, w := range [...]string{"уч. ", "Уч. ", "уч.", "участок ", "Участок ", "участка ", "Участка ", "участке ", "участку ",
		"участок № ", "уч. № ", "plot ", "Plot ", "plot No. ", "Plot No. "} {
		if a := i - len(w); a >= 0 && s[a:i] == w && (a == 0 || !isAlnum(s[a-1]) && letterSize(s, prevRuneStart(s, a)) == 0) {
			return a
		}
	}
	return -1
}

// plotNumberEnd returns the end of a plot's number at i, up to four digits
// with perhaps a letter or a slash and digits after it ("12а", "14/2"), or
// 0 when none stands alone there.
func plotNumberEnd(s string, i int) int {
	q := i
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q == i || q-i > 4 {
		return 0
	}
	if q+1 < len(s) && s[q] == '/' && isDigit(s[q+1]) {
		q = alnumEnd(s, q+1)
	} else if sz, up := letterAt(s, q); sz > 0 && !up && (q+sz == len(s) || !isAlnum(s[q+sz]) && letterSize(s, q+sz) == 0) {
		q += sz // "уч. 12а"
	}
	if q < len(s) && (isAlnum(s[q]) || letterSize(s, q) > 0) {
		return 0
	}
	return q
}

// lineAt returns the end of a garden association's numbered line at i:
// "4-я линия", "5-й линии", "2nd line", "line 7"; or 0.
func lineAt(s string, i int) int {
	if strings.HasPrefix(s[i:], "line ") || strings.HasPrefix(s[i:], "Line ") {
		q := i + len("line ")
		e := q
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e == q || e-q > 2 || e < len(s) && isAlnum(s[e]) {
			return 0
		}
		return e
	}
	q := i
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q == i || q-i > 2 || q >= len(s) || s[q] != '-' && s[q] != 's' && s[q] != 'n' && s[q] != 'r' && s[q] != 't' {
		return 0
	}
	for _, suf := range [...]string{"-я ", "-й ", "-ая ", "-ой ", "-ю ", "st ", "nd ", "rd ", "th "} {
		if !strings.HasPrefix(s[q:], suf) {
			continue
		}
		r := q + len(suf)
		e := wordEnd(s, r)
		switch s[r:e] {
		case "линия", "линии", "линию", "линией", "line", "Line":
			return e
		}
		return 0
	}
	return 0
}

// plotTail extends a garden plot over its association and the places after
// it: ", СНТ «Мичуринец», г. Обнинск", ", SNT Rodnik, Odintsovo district,
// Moscow Region".
func (sc *scanner) plotTail(end int) int {
	s := sc.s
	if s[end-1] >= 0x80 || strings.HasPrefix(s[end:], ", д. ") {
		end = sc.houseParts(end) // a house on the plot: "5-я линия, уч. 18, д. 18"
	}
	if e := snt(s, end); e > end {
		end = e
	} else if strings.HasPrefix(s[end:], ", SNT ") || strings.HasPrefix(s[end:], ", СНТ ") {
		p := end + len(", SNT ")
		if s[end+2] != 'S' {
			p = end + len(", СНТ ")
		}
		for words := 0; words < 3 && p < len(s); words++ {
			if _, up := letterAt(s, p); !up {
				break
			}
			end = wordEnd(s, p)
			if end+1 >= len(s) || s[end] != ' ' {
				break
			}
			p = end + 1
		}
	}
	if s[end-1] < 0x80 {
		return sc.enAddressTail(end)
	}
	return sc.addressRight(end)
}

// prcIDValid reports an 18-character Chinese resident identity number:
// seventeen digits with a birth date at 7–14, then an ISO 7064 MOD 11-2
// check character, "0"–"9" or "X".
func prcIDValid(id string) bool {
	if len(id) != 18 {
		return false
	}
	y := int(id[6]-'0')*1000 + int(id[7]-'0')*100 + int(id[8]-'0')*10 + int(id[9]-'0')
	m := int(id[10]-'0')*10 + int(id[11]-'0')
	dd := int(id[12]-'0')*10 + int(id[13]-'0')
	if y < 1900 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31 {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		if !isDigit(id[i]) {
			return false
		}
		w := (1 << (17 - i)) % 11
		sum += int(id[i]-'0') * w
	}
	return "10X98765432"[sum%11] == id[17]
}
