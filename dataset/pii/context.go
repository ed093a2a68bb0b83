package pii

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// ctxKind is what the nearest context word before a number says about it.
type ctxKind uint8

const (
	ctxUnknown ctxKind = iota
	ctxNone
	ctxNeg // order number, SKU, amount, tracking number, ticket id
	ctxDoc // another document's number: a driving licence, a vehicle registration, a policy
	ctxPhone
	ctxINN
	ctxSNILS
	ctxOGRN
	ctxPassport
	ctxCard
	ctxAccount
)

// contextStems maps folded word prefixes to what they announce. The nearest
// matching word within the window wins, so "ИНН клиента 7707083893" reads
// as ИНН and "заказ по карте № 1234..." as a card only if "карте" is nearer.
var contextStems = []struct {
	stem string
	kind ctxKind
}{
	{"инн", ctxINN}, {"inn", ctxINN}, {"tin", ctxINN}, {"taxpayer", ctxINN}, {"tax", ctxINN},
	{"снилс", ctxSNILS}, {"snils", ctxSNILS}, {"страхов", ctxSNILS},
	{"огрнип", ctxOGRN}, {"огрн", ctxOGRN}, {"ogrn", ctxOGRN}, {"psrn", ctxOGRN}, // "Primary State Registration Number"
	{"паспорт", ctxPassport}, {"пашпарт", ctxPassport}, {"passport", ctxPassport}, {"загран", ctxPassport}, {"з/п", ctxPassport}, {"серия", ctxPassport}, {"серии", ctxPassport},
	{"pasaport", ctxPassport}, {"pasport", ctxPassport}, {"passeport", ctxPassport}, {"reisepass", ctxPassport}, // Turkish, French, German
	{"paszport", ctxPassport}, {"pasas", ctxPassport}, {"paso", ctxPassport}, // Polish, Lithuanian: "paszport nr AZ 3381094", "paso Nr. 23456789"
	{"ppt", ctxPassport}, {"pp", ctxPassport}, // aviation's manifests: "PPT GB5218830", "DOB 12APR1985 – PP 75 0924518"
	{"внж", ctxPassport},       // a residence permit: "ВНЖ 83 № 2017443"
	{"шиноснома", ctxPassport}, // Tajik: "Рақами шиноснома: 403775219"
	{"doc", ctxPassport},       // a booking system's passenger document: "pax=TRUBNIKOV ALEKSEI doc=65 09 441827"
	{"p/p", ctxPassport},       // a list's passport: "KUZMIN/ALEKSEI — P/P 75 4410283"
	{"тел", ctxPhone}, {"моб", ctxPhone}, {"домашн", ctxPhone}, {"phone", ctxPhone}, {"tel", ctxPhone}, {"mobile", ctxPhone},
	{"ph", ctxPhone}, // a note's short label: "INN 223640118558, ph 89237704512"
	{"звон", ctxPhone}, {"перезвонит", ctxPhone}, {"перезвони", ctxPhone}, {"перезвоните", ctxPhone}, {"call", ctxPhone}, {"whatsapp", ctxPhone}, {"ватсап", ctxPhone}, {"вотсап", ctxPhone},
	{"телеграм", ctxPhone}, {"сотов", ctxPhone}, {"cell", ctxPhone}, {"sms", ctxPhone}, {"смс", ctxPhone},
	{"карт", ctxCard}, {"card", ctxCard}, {"pan", ctxCard}, {"mir", ctxCard}, {"refund", ctxCard}, {"charge", ctxCard}, {"visa", ctxCard}, {"mastercard", ctxCard}, {"мир", ctxCard}, {"amex", ctxCard},
	{"р/с", ctxAccount}, {"к/с", ctxAccount}, {"сч", ctxAccount}, {"account", ctxAccount}, {"acct", ctxAccount}, {"расч", ctxAccount},
	{"заказ", ctxNeg}, {"order", ctxNeg}, {"ride", ctxNeg}, {"поездк", ctxNeg}, {"трек", ctxNeg}, {"track", ctxNeg}, {"отслеж", ctxNeg},
	{"артикул", ctxNeg}, {"арт", ctxNeg}, {"sku", ctxNeg}, {"накладн", ctxNeg}, {"авианакладн", ctxNeg}, {"awb", ctxNeg}, {"waybill", ctxNeg}, {"invoice", ctxNeg},
	{"сумм", ctxNeg}, {"итого", ctxNeg}, {"total", ctxNeg}, {"ticket", ctxNeg}, {"тикет", ctxNeg},
	{"обращени", ctxNeg}, {"заявк", ctxNeg}, {"id", ctxNeg}, {"код", ctxNeg}, {"code", ctxNeg},
	{"договор", ctxNeg}, {"contract", ctxNeg}, {"посылк", ctxNeg}, {"отправлен", ctxNeg}, {"shipment", ctxNeg},
	{"parcel", ctxNeg}, {"ref", ctxNeg}, {"reference", ctxNeg}, {"промокод", ctxNeg}, {"серийн", ctxNeg},
	{"case", ctxNeg}, {"mtcn", ctxNeg}, // "Case: Kline, CRDA 2024-0093", "MTCN 412-009-1177"
	{"serial", ctxNeg}, {"frame", ctxNeg}, {"imei", ctxNeg}, {"штрих", ctxNeg}, {"barcode", ctxNeg}, {"чек", ctxNeg}, // a bicycle's "frame EL6001187"
	{"receipt", ctxNeg}, {"баланс", ctxNeg}, {"оплат", ctxNeg}, {"payment", ctxNeg}, {"бик", ctxNeg},
	{"кпп", ctxNeg}, {"окпо", ctxNeg}, {"октмо", ctxNeg}, {"окато", ctxNeg}, {"кбк", ctxNeg}, {"kbk", ctxNeg}, {"bic", ctxNeg}, {"лицев", ctxNeg},
	// Payment identifiers of fines and charges (УИН, постановление) are 20
	// digits like an account.
	// Vehicle documents (СТС, ПТС) share the passport layout "99 14 552031".
	// So do driving licences ("ВУ 99 14 552301", "driving licence 77 33 408119").
	// These name a document of their own, so a positive word further back
	// does not win over them: "Паспорт 4521 339108 и ВУ 99 15 778012".
	{"стс", ctxDoc}, {"птс", ctxDoc}, {"sts", ctxDoc}, {"pts", ctxDoc}, {"ву", ctxDoc}, {"dl", ctxDoc}, {"в/у", ctxDoc}, {"водительск", ctxDoc}, {"удостоверени", ctxDoc},
	{"ветпаспорт", ctxDoc}, {"животн", ctxDoc}, {"питомц", ctxDoc}, {"ветеринарн", ctxDoc}, // a pet's passport: "Паспорт животного RU 0418823", "Ветеринарный паспорт № RU 0178432"
	{"licen", ctxDoc}, {"vehicle", ctxDoc}, {"certificate", ctxDoc}, {"полис", ctxDoc}, {"осаго", ctxDoc}, {"каско", ctxDoc},
	{"виза", ctxDoc}, {"каталог", ctxDoc}, // "виза №24 7731852", "по каталогу 96501250"
	{"права", ctxDoc}, {"прав", ctxDoc}, // a driving licence: "Загрузил права 99 23 458712"
	{"policy", ctxDoc}, {"л/с", ctxNeg}, {"лс", ctxNeg}, {"patent", ctxDoc}, {"патент", ctxDoc}, // a foreign worker's patent: "Patent: 77 No. 2411880532"
	{"мореходн", ctxDoc}, {"seaman", ctxDoc}, {"sirb", ctxDoc}, {"cdc", ctxDoc}, // a seaman's book: "мореходная книжка МК 1172045", "SIRB C0912773"
	{"транспортн", ctxDoc},                     // a vehicle's certificate: "…ТРАНСПОРТНОГО СРЕДСТВА 99 47 № 218305"
	{"лицензи", ctxDoc}, {"разрешени", ctxDoc}, // a hunting licence, a gun permit: "лицензия серия 10 № 0027743"
	{"тс", ctxDoc},                          // "СВИДЕТЕЛЬСТВО О РЕГИСТРАЦИИ ТС 99 21 № 884731"
	{"plate", ctxNeg}, {"госномер", ctxNeg}, // a car's plate: "plate A218OR777"
	// Shipment, customs and transaction references.
	// Bookings: "Reservation 9932817743", "бронь 7781…", "voucher", "PNR".
	{"reserv", ctxNeg}, {"брон", ctxNeg}, {"booking", ctxNeg}, {"voucher", ctxNeg},
	{"ваучер", ctxNeg}, {"pnr", ctxNeg}, {"бирк", ctxNeg}, {"tag", ctxNeg}, // a bag tag: "бирка 0421 337851"
	{"transaction", ctxNeg}, {"транзакци", ctxNeg}, {"операци", ctxNeg}, {"entry", ctxNeg}, {"стикер", ctxNeg},
	{"sticker", ctxNeg}, {"container", ctxNeg}, {"контейнер", ctxNeg}, {"awb", ctxNeg}, {"декларац", ctxNeg},
	{"declaration", ctxNeg}, {"mrn", ctxNeg}, {"lading", ctxNeg}, {"накладной", ctxNeg},
	{"постановлен", ctxNeg}, {"уин", ctxNeg}, {"uin", ctxNeg}, {"начислен", ctxNeg}, {"штраф", ctxNeg},
	// Acquiring: merchant and terminal ids, retrieval and acquirer reference numbers, MCC.
	{"mid", ctxNeg}, {"tid", ctxNeg}, {"rrn", ctxNeg}, {"arn", ctxNeg}, {"mcc", ctxNeg}, {"терминал", ctxNeg},
	// A video call's meeting id: "Ключ для Zoom: 845 2217 9930", "Номер встречи 843 5521 0977".
	{"zoom", ctxNeg}, {"встречи", ctxNeg}, {"конференци", ctxNeg}, {"webinar", ctxNeg}, {"вебинар", ctxNeg},
}

// stemIndex buckets contextStems by stemKey of their first two letters.
var stemIndex = func() (idx [stemBuckets][]stemEntry) {
	for _, c := range contextStems {
		k := stemKey(c.stem)
		extra, short := shortStems[c.stem]
		if !short {
			extra = -1
		}
		idx[k] = append(idx[k], stemEntry{c.stem, c.kind, extra})
	}
	return idx
}()

const stemBuckets = 1024

// stemKey hashes the first two letters of a folded word of at least two
// letters: the bytes of an ASCII word, the second bytes of a Cyrillic one.
func stemKey[T string | []byte](w T) int {
	a, b := w[0], w[1]
	if a >= 0x80 {
		if len(w) < 4 {
			return int(w[1]) // a one-letter Cyrillic word has no stem
		}
		a, b = w[1], w[3]
	}
	return (int(a)*37 + int(b)) & (stemBuckets - 1)
}

const ctxWindow = 64 // bytes scanned left of a number
const ctxWords = 4   // words considered, nearest first

// leftContext returns the kind of the nearest context word before start. It
// walks words right to left over the raw bytes and folds only those words.
func leftContext(s string, start int) ctxKind {
	if start >= 2 && (s[start-1] == '|' || s[start-1] == ' ' && s[start-2] == '|') {
		// A cell of a table: its column's header speaks for it, whatever
		// the other columns say ("ФИО | ИНН | Сумма" … "| 504194938147 |").
		if k := headerContext(delimHeader(s, start, '|')); k != ctxNone {
			return k
		}
	} else if start >= 2 && (s[start-1] == ';' || s[start-1] == ',') {
		// A field of a CSV line under its header: "ФИО;ИНН;Карта;Сумма" … ";772091458307;", "name,inn,snils" ….
		if k := headerContext(delimHeader(s, start, s[start-1])); k != ctxNone {
			return k
		}
	} else if start >= 3 && s[start-1] == ' ' && s[start-2] == ',' {
		// A field of a list written with ", " under a header line: "name, passport, phone" … "Akmal Tursunov, FA 2218457, +7 926 …".
		if k := headerContext(spacedHeader(s, start)); k != ctxNone {
			return k
		}
	} else if start >= 3 && s[start-1] == '"' && (s[start-2] == ',' || s[start-2] == ';') {
		// A quoted field: "\"name\",\"passport\"" … "\"Yuki Tanaka\",\"TR 8840215\"".
		if k := headerContext(delimHeader(s, start, s[start-2])); k != ctxNone {
			return k
		}
	} else if start >= 2 && s[start-1] == '"' && s[start-2] == '\n' {
		// The first quoted field of a line: "\"Account\",\"Owner\"" … "\"7101234499\",".
		if q := strings.IndexByte(s[start:min(len(s), start+40)], '"'); q > 0 && start+q+1 < len(s) && (s[start+q+1] == ',' || s[start+q+1] == ';') {
			if k := headerContext(delimHeader(s, start, s[start+q+1])); k != ctxNone {
				return k
			}
		}
	} else if start == 0 || s[start-1] == '\n' {
		// The first field of a CSV line: "inn;company;debt" … "7812345675;ООО Невский берег;12400".
		q := start
		for q < len(s) && (isDigit(s[q]) || s[q] == '-' || s[q] == ' ') {
			q++
		}
		if q < len(s) && q > start && (s[q] == ';' || s[q] == ',' || s[q] == '|') {
			if h := delimHeader(s, start, s[q]); h != "" {
				return headerContext(h) // its header only, not the other columns' names: "account,name,phone" … "3307715535,…"
			}
		}
	} else if start >= 3 && s[start-1] == ' ' && s[start-2] == ' ' {
		// A column of a table aligned with spaces: "NAME  RANK  PASSPORT" … "MASTER   RUS  72 1046395".
		if k := headerContext(alignedHeader(s, start)); k != ctxNone {
			return k
		}
	}
	lo := max(0, start-ctxWindow)
	for lo < start && !utf8.RuneStart(s[lo]) {
		lo++
	}
	var buf [ctxWindow]byte
	words, neg, upper, crossed, digits, line := 0, false, false, false, false, false
	j := start
	for j > lo && words < ctxWords {
		for j > lo && !ctxWordByte(s[j-1]) {
			j--
			digits = digits || isDigit(s[j])
			if neg && s[j] == '\n' {
				line = true // a negative word on the number's line keeps a positive one on the line above away: "Тел.: …\nТрек-номер СДЭК: 1490235517"
			}
			// A negative word does not reach over the end of a sentence
			// into the next one ("по QR-коду. Поддержка: 8-800-555-12-47");
			// a positive one does ("we need the passport number. Mine is
			// 75 3318462").
			if upper && (s[j] == '.' || s[j] == '!' || s[j] == '?') && j+1 < start && isSpace(s[j+1]) {
				crossed = true
			}
			if s[j] == ']' { // operator output such as "[PHONE_…]" is not context
				for j > lo && s[j-1] != '[' {
					j--
				}
				if j > lo {
					j--
				}
			}
		}
		k := j
		for k > lo && ctxWordByte(s[k-1]) {
			k--
		}
		for { // a quote glued to the word: "«серия 45 20 номер 198377»"
			if k+2 < j && s[k] == 0xC2 && s[k+1] >= 0xA0 {
				k += 2
			} else if k+3 < j && s[k] == 0xE2 && s[k+1] == 0x80 {
				k += 3
			} else {
				break
			}
		}
		if k == j || k == lo && lo > 0 && ctxWordByte(s[lo-1]) {
			break // none, or a word the window cuts: "…тельной" is not "тел."
		}
		if words == 0 && j == start-1 && j-k == 4 && allUpperASCII(s[k:j]) && strings.IndexByte("UJZ", s[j-1]) >= 0 && (k == 0 || !ctxWordByte(s[k-1])) {
			return ctxNeg // a freight container's owner code and serial (ISO 6346): "MSCU 4471920", "TCLU 5580914"
		}
		if words == 0 && j == start-1 && j-k <= 3 && allUpperASCII(s[k:j]) && !isStemWord(s[k:j]) {
			j = k // the series letters of the number itself: "TK 2290413"
			continue
		}
		upper = startsUpper(s[k:j])
		w, ok := foldInto(buf[:0], s[k:j])
		if !ok {
			if s[k] != 0xE2 && s[k] != 0xC2 {
				words++ // letters beyond ASCII and basic Cyrillic: no context stem
			} // a dash or a quote ("—", "«", U+2000–U+20FF, U+0080–U+00BF) is no word
			j = k
			continue
		}
		if string(w) == "личности" && k >= 2 && s[k-1] == ' ' {
			var pb [32]byte
			if bytes.HasPrefix(prevWord(s, k, pb[:0]), []byte("удостоверени")) {
				return ctxPassport // an identity card, its country between: "удостоверение личности Республики Казахстан № 041258763"
			}
		}
		// A phone word before "приложение" or "app" is a mobile app: "в
		// мобильном приложении: user_id 5518273".
		if kind, ok := lookupStem(w); ok && !(kind == ctxPhone && (appAfter(s, j) || string(w) == "caller")) &&
			!(string(w) == "visa" && visaDocAfter(s, j)) && // "Passport (for visa letter): 75 4410927"
			!((string(w) == "sms" || string(w) == "смс") && j < start && s[j] == ':') { // a message's label: "SMS: Your shipment 7741-0093 …"
			if string(w) == "id" && taxBefore(s, lo, k) {
				return ctxINN // "Tax ID 6350588414"
			}
			if string(w) == "id" && (passportWordBefore(s, k) || k >= 4 && s[k-4:k] == "ID " && passportWordBefore(s, k-3)) {
				return ctxPassport // a Kyrgyz ID card as a passport: "Паспорт ID ID 1174629"
			}
			if kind == ctxCard && k >= 2 && s[k-1] == ' ' {
				var pb [32]byte
				pw := prevWord(s, k, pb[:0])
				if bytes.HasPrefix(pw, []byte("миграционн")) || bytes.HasPrefix(pw, []byte("Миграционн")) ||
					string(pw) == "migration" || string(pw) == "Migration" {
					return ctxNeg // a migration card's number: "Миграционная карта: 4617 № 0812273"
				}
				if string(pw) == "id" && !digits {
					return ctxPassport // an identity card: "Armenian ID card no. 005837214"
				}
			}
			if kind == ctxCard && k >= 3 && (s[k-3:k] == "ID-" || s[k-3:k] == "id-") && (k == 3 || !isAlnum(s[k-4])) && !digits {
				return ctxPassport // "ID-карта 041237865"; not "RFID-карты 0007441301", nor a phone after the card's own number
			}
			if kind == ctxDoc && bytes.HasPrefix(w, []byte("удостоверени")) && startsAny(s[j:], " личности", " ЛИЧНОСТИ") {
				return ctxPassport // an identity card: "Удостоверение личности родителя: 048613297"
			}
			if kind == ctxDoc {
				if sl := bytes.LastIndexByte(w, '/'); sl > 0 {
					if k2, ok := lookupStem(w[sl+1:]); ok && k2 == ctxPassport {
						return ctxPassport // "Удостоверение/паспорт РК: N13804216"
					}
				}
				return ctxNeg
			}
			if kind == ctxPassport && k >= 2 && s[k-1] == ' ' && petPassportBefore(s, k) {
				return ctxNeg // an animal's passport: "Ветеринарный паспорт № RU 0178432", "EU pet passport no. 643 0981"
			}
			if kind == ctxPassport && (string(w) == "серии" || string(w) == "серия") && (docBefore(s, k) || docLabelBefore(s, lo, k)) {
				return ctxNeg // a writ's or a form's series: "Исполнительный лист серии ФС № 038812214", "Проверка ВУ: серия и номер 77 21 604518"
			}
			if kind != ctxNeg {
				if neg && (crossed || line || digits || kind == ctxPhone && startsAny(string(w), "звоню", "звонил", "call")) {
					// "SMS: … приняты. Л/с 7720194853": the negative is in the number's sentence;
					// the positive word has a number of its own, "телефон +79048912210, л/с 5902331178";
					// a caller's verb, not a phone's word: "звоню по поводу заявки 2405-118"
					return ctxNeg
				}
				return kind
			}
			if crossed {
				break
			}
			if digits {
				words++ // a negative word with its own number: "договор 2231, новый 89037741529"
				j = k
				continue
			}
			// A negative word nearer the number yields to a positive one
			// just before it: "Телефон в заказе 89172340090"; a requisite's
			// label right before the number does not: "паспорт не нужен,
			// нужна карточка с КПП 770501001".
			if neg || words == 0 && requisiteLabel(string(w)) {
				return ctxNeg
			}
			neg = true
		}
		words++
		j = k
	}
	if neg {
		return ctxNeg
	}
	return headerContext(delimHeader(s, start, '|')) // a cell under its column's header: "| Паспорт |" … "| EA4471902 |"
}

// docLabelBefore reports a driving licence's, a vehicle document's or a
// prescription's label, "ВУ:", "СТС:" or "рецепт", earlier on the line
// before the word at k.
func docLabelBefore(s string, lo, k int) bool {
	seg := s[max(lo, lineStart(s, k, 64)):k]
	return containsAny(seg, "ВУ:", "ВУ ", "СТС:", "СТС ", "ПТС:", "ПТС ", "в/у", "В/У", "РЕЦЕПТ", "Рецепт", "рецепт") // "РЕЦЕПТ 148-1/у-88 Серия 50 № 1142209"
}

// docBefore reports a document other than a passport named right before
// the word at k: "лист", "полис", "бланк", "свидетельство"; a licence or a
// permit, "лицензия серия 10 № 0027743", "разрешение РОХа серия РОХа № 18945667".
func docBefore(s string, k int) bool {
	var buf [32]byte
	w := string(prevWord(s, k, buf[:0]))
	return startsAny(w, "лист", "полис", "бланк", "свидетельств", "удостоверени", "сертификат", "лицензи", "разрешени", "роха")
}

// delimHeader returns the field of the header line of a block of lines
// separated by sep that stands over the field at i, or "": the first of
// the consecutive lines above with the separator, a pipe table's "|" once,
// ";" and "," at least twice. A comma counts only in lines with no ", ", so
// prose is no table.
func delimHeader(s string, i int, sep byte) string {
	csvLine := func(line string) bool {
		if sep == '|' {
			return strings.IndexByte(line, '|') >= 0 // rows with and without a leading "|": "1 | Шарипов Далер | 401529774 |"
		}
		n, spaced := unquotedSeps(line, sep)
		return n-spaced >= 2 && (sep != ',' || spaced == 0 || spaced*3 <= n) // a cell with a comma in it: "…,MSK-BY-03,Partyzanski Ave 150, Minsk"
	}
	ls, le := lineStart(s, i, 300), lineEndFrom(s, i)
	if !csvLine(s[ls:le]) {
		return ""
	}
	col, _ := unquotedSeps(s[ls:i], sep)
	head := tableHead(s, ls, csvLine)
	if head == ls {
		return ""
	}
	line := s[head:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
		// A title above the header, "pipe export | hostel 3 | arrivals 30.08", has digits; the header has none.
		if next := head + e + 1; next < ls && strings.ContainsAny(line, "0123456789") {
			if n2 := strings.IndexByte(s[next:], '\n'); n2 >= 0 && !strings.ContainsAny(s[next:next+n2], "0123456789") {
				line = s[next : next+n2]
			}
		}
	}
	for k := 0; k < col; k++ {
		c := strings.IndexByte(line, sep)
		if c < 0 {
			return ""
		}
		line = line[c+1:]
	}
	if e := strings.IndexByte(line, sep); e >= 0 {
		line = line[:e]
	}
	return strings.Trim(strings.TrimSpace(line), "\"") // a quoted header: "\"passport\""
}

// unquotedSeps counts the separators in a CSV line outside its quoted
// cells, and how many of them a space follows (prose rather than a row):
// "\"Kaya, Emre\",TUR,1988-02-14" has two and none.
func unquotedSeps(line string, sep byte) (n, spaced int) {
	quoted := false
	for k := 0; k < len(line); k++ {
		switch c := line[k]; {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			n++
			if k+1 < len(line) && line[k+1] == ' ' {
				spaced++
			}
		}
	}
	return n, spaced
}

// alignedHeader returns the word of a header line above that stands over
// the cell at i in a table aligned with spaces, counting columns in
// letters, or "": the nearest line above, up to ten lines and no blank one,
// with a capitalized word at that column.
func alignedHeader(s string, i int) string {
	ls := lineStart(s, i, 300)
	col := utf8.RuneCountInString(s[ls:i])
	end := ls - 1
	for lines := 0; lines < 10 && end > 0; lines++ {
		prev := lineStart(s, end, 300)
		line := s[prev:end]
		if strings.TrimSpace(line) == "" {
			return ""
		}
		// The word that covers the column, or starts at it.
		c, k := 0, 0
		for k < len(line) && c < col {
			_, sz := utf8.DecodeRuneInString(line[k:])
			k += sz
			c++
		}
		if k < len(line) && line[k] != ' ' && (k == 0 || line[k-1] == ' ') && !isDigit(line[k]) {
			e := k
			for e < len(line) && line[e] != ' ' {
				e++
			}
			return line[k:e] // the header; rows of numbers above the cell are passed over
		}
		end = prev - 1
	}
	return ""
}

// headerContext maps a table column's header to the kind of its cells.
func headerContext(h string) ctxKind {
	switch {
	case strings.Contains(h, "аспорт") || strings.Contains(h, "assport") || strings.Contains(h, "АСПОРТ") || strings.Contains(h, "ASSPORT") ||
		strings.Contains(h, "д. личности") || strings.Contains(h, "достоверение личности") || // "| Уд. личности |"
		h == "документ" || h == "Документ" || h == "document" || h == "Document" || // a passenger list's "№;ФИО;гражданство;документ"
		containsAny(h, "ID card", "ID Card", "Identity card", "ID-карт", "ID карт"): // a column of identity cards: "| Driver | ID card |"
		return ctxPassport
	case strings.Contains(h, "ИНН") || strings.Contains(h, "INN") || h == "inn" || h == "инн":
		return ctxINN
	case strings.Contains(h, "СНИЛС") || strings.Contains(h, "SNILS") || h == "снилс" || h == "snils":
		return ctxSNILS
	case strings.Contains(h, "елефон") || strings.Contains(h, "hone") || strings.Contains(h, "Тел"):
		return ctxPhone
	case strings.Contains(h, "арта") || strings.Contains(h, "card") || strings.Contains(h, "Card"):
		return ctxCard
	case startsAny(h, "Заказ", "заказ", "Order", "order", "Тикет", "Ticket", "ticket", "Сумма", "Amount", "amount", "Трек", "Track",
		"Серийн", "серийн", "Serial", "serial", "Полис", "полис", "Policy", "policy"):
		return ctxNeg // a column of order numbers, amounts or serials beside a phone's column: "| Заказ | Клиент | Телефон |", "| Серийный № |", "| полис |"
	case startsAny(h, "Account", "account", "Acct", "acct"):
		return ctxAccount // "\"Account\",\"Owner\",\"Phone\"" … "\"7101234499\","
	}
	return ctxNone
}

// appAfter reports "приложени…" or "app" right after the word ending at j:
// a mobile app is no phone.
func appAfter(s string, j int) bool {
	return j+1 < len(s) && s[j] == ' ' && startsAny(s[j+1:], "приложени", "app", "банк")
}

// taxBefore reports whether the word ending one space before k (not before
// lo) is "tax": the "Tax ID" of an ИНН in English text.
func taxBefore(s string, lo, k int) bool {
	return k-4 >= lo && k >= 4 && s[k-1] == ' ' && strings.EqualFold(s[k-4:k-1], "tax") && (k == 4 || !isASCIILetter(s[k-5]))
}

// startsUpper reports whether w starts with a capital Latin or Cyrillic letter.
func startsUpper(w string) bool {
	return isUpperASCII(w[0]) || len(w) > 1 && w[0] == 0xD0 && (w[1] >= 0x90 && w[1] <= 0xAF || w[1] == 0x81) // А-Я, Ё
}

// isStemWord reports a short word that is itself a context word: "INN", "ID".
func isStemWord(w string) bool {
	var buf [8]byte
	f, _ := foldInto(buf[:0], w)
	_, ok := lookupStem(f)
	return ok
}

func allUpperASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isUpperASCII(w[k]) {
			return false
		}
	}
	return len(w) > 0
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// visaDocAfter reports a word after "visa" that makes it the travel
// document, not the card scheme: "visa letter", "visa application".
func visaDocAfter(s string, j int) bool {
	return startsAny(s[j:], " letter", " application", " support", " invitation", " centre", " center", " appointment")
}

// requisiteLabel reports the label of a requisite that is nobody's personal
// data: КПП, ОКПО, ОКТМО, ОКАТО, КБК, БИК.
func requisiteLabel(w string) bool {
	switch w {
	case "кпп", "окпо", "октмо", "окато", "кбк", "бик", "kpp", "okpo", "bic", "bik",
		"заказ", "order", "тикет", "ticket", "накладная": // a number's own label: "SMS: Ваш заказ 20-418736 готов"
		return true
	}
	return false
}

func ctxWordByte(c byte) bool {
	return c >= 0x80 || isASCIILetter(c) || c == '/'
}

// shortStems are whole words or abbreviations: a word matches them with at
// most this many more bytes (8 for "тел." → "телефон", 0 for "ву", which is
// not "вуз", and "tin", which is not "tinted").
var shortStems = map[string]int{"id": 8, "сч": 8, "арт": 0, "тел": 8, "tel": 8, "ref": 8, "мир": 8, "код": 8,
	"чек": 8, "стс": 8, "птс": 8, "ву": 0, "в/у": 0, "tin": 0, "лс": 0, "права": 0, "прав": 0, "mid": 0, "tid": 0,
	"rrn": 0, "arn": 0, "pan": 0, "charge": 0, "виза": 0, "tag": 1, "sirb": 0, "cdc": 0, "mcc": 0, "mir": 0, "ppt": 0, "pp": 0, "ph": 0, "тс": 0, "doc": 0, "dl": 0,
	"перезвони": 0, "перезвоните": 0} // the imperative, not "перезвонил" (a caller who did)

// stemEntry is a context stem as stemIndex holds it.
type stemEntry struct {
	stem  string
	kind  ctxKind
	extra int // the most bytes a word may add to the stem; -1 for any
}

func lookupStem(w []byte) (ctxKind, bool) {
	if len(w) < 2 {
		return 0, false
	}
	for _, c := range stemIndex[stemKey(w)] {
		if len(w) >= len(c.stem) && string(w[:len(c.stem)]) == c.stem {
			if c.extra >= 0 && len(w) > len(c.stem)+c.extra {
				continue
			}
			return c.kind, true
		}
	}
	if u := bytes.LastIndexByte(w, '_'); u > 0 && u+1 < len(w) {
		return lookupStem(w[u+1:]) // a log's compound key: "from_inn=3605597490", "payer_snils="
	}
	return 0, false
}

// spacedHeader returns the header of the field at i in a list whose lines
// all hold the same number (two or more) of ", " separators, under a header
// line with no digits: "name, passport, phone" … "Ilkhom Karimov, AB
// 3307615, +998 93 205 47 19"; "" if none.
func spacedHeader(s string, i int) string {
	ls, le := lineStart(s, i, 300), lineEndFrom(s, i)
	n := strings.Count(s[ls:le], ", ")
	if n < 2 {
		return ""
	}
	head := tableHead(s, ls, func(line string) bool { return strings.Count(line, ", ") == n })
	for head < ls && strings.ContainsAny(s[head:lineEndFrom(s, head)], "0123456789") {
		head = lineEndFrom(s, head) + 1 // a title above the header with as many commas: "Course participants (Tbilisi, Latte Art, 24 May):"
	}
	if head >= ls {
		return ""
	}
	line := s[head:lineEndFrom(s, head)]
	fields := strings.Split(line, ", ")
	col := strings.Count(s[ls:i], ", ")
	if col >= len(fields) {
		return ""
	}
	return fields[col]
}

// tableHead returns the start of the first of the lines, up to 40, that run
// without a break into the line at ls and all pass row: the table's header.
func tableHead(s string, ls int, row func(line string) bool) int {
	head := ls
	for lines := 0; head > 0 && lines < 40; lines++ {
		prev := lineStart(s, head-1, 300)
		if !row(s[prev : head-1]) {
			break
		}
		head = prev
	}
	return head
}

// lineEndFrom returns the end of the line that holds i: its newline or the
// text's end.
func lineEndFrom(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// petPassportBefore reports the word for an animal's passport right before
// the word "passport" at k: "ветеринарный", "pet", "vet".
func petPassportBefore(s string, k int) bool {
	var buf [32]byte
	w := prevWord(s, k, buf[:0])
	return bytes.HasPrefix(w, []byte("ветеринарн")) || string(w) == "pet" || string(w) == "vet"
}
