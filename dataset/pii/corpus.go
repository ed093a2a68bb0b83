package pii

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Labelled corpus generator for realistic CRM messages in Russian and
// English, with gold spans, and with the negatives the engine must leave
// alone: order numbers, amounts, dates, SKUs, tracking numbers, company and
// city names. About one name in six comes from lists the engine's tables do
// not contain, so person recall is measured on names it has never seen.

// GoldSpan is one labelled entity; offsets count code points, End exclusive.
type GoldSpan struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sample is one labelled message.
type Sample struct {
	ID    string     `json:"id"`
	Lang  string     `json:"lang"`
	Text  string     `json:"text"`
	Spans []GoldSpan `json:"spans"`
}

// GenerateCorpus returns n labelled messages drawn with seed; the same seed
// gives the same corpus.
func GenerateCorpus(seed uint64, n int) []Sample {
	loadTables()
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5eed)), names: map[string][]string{}}
	for _, f := range []string{"ru_male.txt", "ru_female.txt", "ru_surnames.txt", "en_first.txt", "en_last.txt"} {
		g.names[f] = readNames(f)
	}
	out := make([]Sample, 0, n)
	for i := range n {
		g.reset()
		lang := "ru"
		if g.r.IntN(10) < 3 {
			lang = "en"
			g.enMessage()
		} else {
			g.ruMessage()
		}
		out = append(out, Sample{ID: "s" + strconv.Itoa(i), Lang: lang, Text: g.b.String(), Spans: g.spans})
	}
	return out
}

type gen struct {
	names map[string][]string
	r     *rand.Rand
	b     strings.Builder
	runes int
	spans []GoldSpan
}

func (g *gen) reset() { g.b.Reset(); g.runes = 0; g.spans = nil }

func (g *gen) text(s string) {
	g.b.WriteString(s)
	g.runes += utf8.RuneCountInString(s)
}

func (g *gen) ent(typ, s string) {
	start := g.runes
	g.text(s)
	g.spans = append(g.spans, GoldSpan{Type: typ, Start: start, End: g.runes})
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

// fill expands a template: {X} slots call the generator of X.
func (g *gen) fill(tpl string) {
	for tpl != "" {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			g.text(tpl)
			return
		}
		g.text(tpl[:i])
		j := strings.IndexByte(tpl[i:], '}')
		g.slot(tpl[i+1 : i+j])
		tpl = tpl[i+j+1:]
	}
}

var ruTemplates = []string{
	"Здравствуйте, {PER_NOM}! Ваш заказ №{ORDER} на сумму {AMOUNT} отправлен, трек-номер {TRACK}.",
	"Клиент {PER_NOM} просит перезвонить по номеру {PHONE}.",
	"Звонил(а) {PER_NOM}, тел. {PHONE}, почта {EMAIL}. Просит скидку на {PRODUCT}.",
	"Договорились с {PER_INS} о встрече {DATE} в {TIME}.",
	"Передайте документы для {PER_GEN}: паспорт {PASSPORT}, СНИЛС {SNILS}, ИНН {INN12}.",
	"Реквизиты: ООО «{COMPANY}», ИНН {INN10}, ОГРН {OGRN}, р/с {ACCOUNT}, БИК {BIK}.",
	"Доставка по адресу: {ADDR_RU}. Курьер позвонит за час.",
	"Оплата картой {CARD} не прошла, сумма {AMOUNT}. Повторите попытку до {DATE}.",
	"Вход в личный кабинет с IP {IP} в {TIME}, браузер Chrome {VERSION}.",
	"ИП {PER_SINIT}, ОГРНИП {OGRNIP}, счёт на оплату №{ORDER} от {DATE}.",
	"Спасибо, {PER_FIRST}! Артикул {SKU} снова в наличии, цена {AMOUNT}.",
	"Менеджер {PER_NOM} передал заявку №{ORDER} в отдел доставки {DATE}.",
	"Прошу вернуть деньги на карту {CARD}, получатель {PER_NOM}.",
	"Отправила {PER_DAT} счёт на {EMAIL}, копию в {COMPANY}.",
	"{PER_FIRST}, добрый день! Подтвердите адрес: {ADDR_RU}?",
	"Новый лид из {CITY}: {PER_NOM}, {PHONE}, интересуется тарифом «{PRODUCT}».",
	"Со слов {PER_GEN}, посылка {TRACK} не пришла. Контактный номер {PHONE}.",
	"Паспорт клиента: серия {PASSPORT_SPLIT}, выдан {DATE}, код подразделения {DEPT}.",
	"Обращение {TICKET} закрыто, клиент {PER_NOM} доволен. Оценка 5 из 5.",
	"Итого к оплате {AMOUNT}, без НДС. Номер договора {CONTRACT}.",
	"Перезвоните мне на {PHONE} после {TIME}, {PER_FIRST}.",
	"Адрес офиса изменился: {ADDR_RU}. Телефон прежний: {PHONE}.",
	"Запрос на удаление данных от {PER_GEN}, ИНН {INN12}, e-mail {EMAIL}.",
	"Платёж по счёту {ACCOUNT} в {BANK} (БИК {BIK}) получен {DATE}.",
	"СНИЛС {SNILS_PLAIN} для оформления полиса, держатель {PER_NOM}.",
	"Курьер не застал {PER_ACC} дома, повторная доставка {DATE} с {TIME}.",
	"Оставьте отзыв о {PRODUCT} и получите промокод {PROMO} на скидку 10%.",
}

var enTemplates = []string{
	"Hi {EN_FIRST}, your order #{ORDER} totaling ${AMOUNT_EN} has shipped. Tracking: {TRACK_EN}.",
	"Customer {EN_FULL} asked for a callback at {PHONE_EN}.",
	"Please update the shipping address to {ADDR_EN}.",
	"Payment with card {CARD} was declined on {DATE_EN}.",
	"Login from IP {IP} flagged for {EN_FULL}, session {TICKET}.",
	"Contact {EN_FULL} at {EMAIL} or {PHONE_EN}.",
	"Mr. {EN_LAST} confirmed the meeting on {DATE_EN} at {TIME}.",
	"SKU {SKU} is back in stock, invoice INV-{ORDER} attached.",
	"{EN_FIRST} from {COMPANY_EN} wants a demo of {PRODUCT} next week.",
	"Refund of ${AMOUNT_EN} to card {CARD} approved by {EN_FULL}.",
	"Ms. {EN_LAST} moved to {ADDR_EN}, new phone {PHONE_EN}.",
	"Ticket {TICKET}: {EN_FULL} cannot log in, last seen from {IP}.",
	"Thanks {EN_FIRST}! Your reference number is {ORDER}, version {VERSION}.",
}

func (g *gen) ruMessage() {
	n := 1 + g.r.IntN(2)
	for k := range n {
		if k > 0 {
			g.text(" ")
		}
		g.fill(g.pick(ruTemplates))
	}
}

func (g *gen) enMessage() {
	n := 1 + g.r.IntN(2)
	for k := range n {
		if k > 0 {
			g.text(" ")
		}
		g.fill(g.pick(enTemplates))
	}
}

var (
	companiesRU = []string{"Ромашка", "Вектор", "СтройИнвест", "Альфа-Трейд", "ТехноСервис", "Северный ветер"}
	companiesEN = []string{"Acme Corp", "Globex", "Initech", "Umbrella Ltd", "Northwind"}
	banksRU     = []string{"ПАО Сбербанк", "АО Альфа-Банк", "Банк ВТБ (ПАО)", "АО Тинькофф Банк"}
	productsRU  = []string{"Стандарт", "Премиум", "iPhone 15 Pro", "Холодильник Бирюса", "Samsung Galaxy S24"}
	citiesRU    = []string{"Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Уфа"}
	streetsRU   = []string{"Ленина", "Тверская", "Мира", "Пушкина", "Гагарина", "Садовая", "Советская", "Лесная",
		"8 Марта", "Карла Маркса", "Профсоюзная", "Баумана", "Кирова", "Чехова"}
	streetTypes = []string{"ул.", "улица", "пр-т", "проспект", "пер.", "бульвар", "ш.", "наб."}
	citiesEN    = []string{"Springfield", "London", "Boston", "Austin", "Denver", "Manchester", "Seattle"}
	streetsEN   = []string{"Baker", "Main", "Oak", "Elm", "Maple", "High", "Park", "Church", "Mill", "King"}
	sfxEN       = []string{"Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Boulevard", "Drive"}
	statesEN    = []string{"IL", "NY", "CA", "TX", "MA", "CO", "WA"}
	domains     = []string{"mail.ru", "yandex.ru", "gmail.com", "bk.ru", "company.ru", "outlook.com", "inbox.ru"}
	// Names absent from the engine's tables (out-of-vocabulary test).
	oovFirstM = []string{"Добрыня", "Ратмир", "Велимир", "Эрнест"}
	oovFirstF = []string{"Агния", "Эмма", "Ариадна", "Милена"}
	oovSur    = []string{"Перепёлкин", "Завьялов", "Шереметьев", "Колобродов", "Тюльпанов", "Чебышёв", "Нагорный"}
	oovEN     = []string{"Quentin Blackwell", "Imogen Thistle", "Barnaby Quill", "Ottilie Marsh"}
	fathers   = []string{"Иван", "Петр", "Сергей", "Алексей", "Николай", "Дмитрий", "Андрей", "Михаил", "Олег", "Виктор", "Юрий", "Владимир"}
	translit  = []string{"ivanov", "petrova", "smirnov.a", "kuznetsova", "a.popov", "sokolova88", "mike.lee", "j.smith", "anna_k"}
)

func (g *gen) slot(name string) {
	switch name {
	case "PER_NOM", "PER_GEN", "PER_DAT", "PER_ACC", "PER_INS":
		cas := map[string]int{"PER_NOM": 0, "PER_GEN": 1, "PER_DAT": 2, "PER_ACC": 3, "PER_INS": 4}[name]
		g.ent(TypePerson, g.ruPerson(cas))
	case "PER_FIRST":
		_, first := g.ruFirst()
		g.ent(TypePerson, capitalize(first[0]))
	case "PER_SINIT":
		male := g.r.IntN(2) == 0
		g.ent(TypePerson, g.surname(male, 0)+" "+g.initials())
	case "EN_FIRST":
		g.ent(TypePerson, g.enFirst())
	case "EN_FULL":
		if g.r.IntN(6) == 0 {
			g.ent(TypePerson, g.pick(oovEN))
		} else {
			g.ent(TypePerson, g.enFirst()+" "+g.enLast())
		}
	case "EN_LAST":
		g.ent(TypePerson, g.enLast())
	case "PHONE":
		g.ent(TypePhone, g.ruPhone())
	case "PHONE_EN":
		g.ent(TypePhone, g.enPhone())
	case "EMAIL":
		g.ent(TypeEmail, g.pick(translit)+strconv.Itoa(g.r.IntN(100))+"@"+g.pick(domains))
	case "CARD":
		g.ent(TypeCard, g.card())
	case "INN10":
		g.ent(TypeINN, g.inn(10))
	case "INN12":
		g.ent(TypeINN, g.inn(12))
	case "SNILS", "SNILS_PLAIN":
		d := string(surrogateDigits(&srng{x: g.r.Uint64()}, tSNILS, []byte(g.digits(11))))
		if name == "SNILS" {
			d = d[:3] + "-" + d[3:6] + "-" + d[6:9] + " " + d[9:]
		}
		g.ent(TypeSNILS, d)
	case "OGRN":
		g.ent(TypeOGRN, string(surrogateDigits(&srng{x: g.r.Uint64()}, tOGRN, []byte("1"+g.digits(12)))))
	case "OGRNIP":
		g.ent(TypeOGRN, string(surrogateDigits(&srng{x: g.r.Uint64()}, tOGRN, []byte("3"+g.digits(14)))))
	case "PASSPORT":
		d := g.digits(2) + g.digits(2)
		switch g.r.IntN(3) {
		case 0:
			g.ent(TypePassport, d[:2]+" "+d[2:]+" "+g.digits(6))
		case 1:
			g.ent(TypePassport, d+" "+g.digits(6))
		default:
			g.ent(TypePassport, d+" № "+g.digits(6))
		}
	case "PASSPORT_SPLIT":
		g.ent(TypePassport, g.digits(4)+" номер "+g.digits(6))
	case "ACCOUNT":
		g.ent(TypeBankAccount, g.account("044525225"))
	case "BIK":
		g.text("044525225")
	case "ADDR_RU":
		g.ent(TypeAddress, g.ruAddress())
	case "ADDR_EN":
		g.ent(TypeAddress, g.enAddress())
	case "IP":
		g.ent(TypeIP, strconv.Itoa(1+g.r.IntN(223))+"."+strconv.Itoa(g.r.IntN(256))+"."+strconv.Itoa(g.r.IntN(256))+"."+strconv.Itoa(1+g.r.IntN(254)))
	default:
		g.text(g.negative(name))
	}
}

// negative renders a slot that is not personal data.
func (g *gen) negative(name string) string {
	switch name {
	case "ORDER":
		return g.digits(6 + g.r.IntN(7))
	case "AMOUNT":
		return strconv.Itoa(1+g.r.IntN(99)) + " " + g.digits(3) + " руб."
	case "AMOUNT_EN":
		return strconv.Itoa(1+g.r.IntN(9)) + "," + g.digits(3) + "." + g.digits(2)
	case "TRACK":
		if g.r.IntN(2) == 0 {
			return "RA" + g.digits(9) + "RU"
		}
		return "8008" + g.digits(10)
	case "TRACK_EN":
		return "1Z" + strings.ToUpper(strconv.FormatUint(g.r.Uint64()%1e12, 36)) + g.digits(6)
	case "DATE":
		return strconv.Itoa(10+g.r.IntN(18)) + ".0" + strconv.Itoa(1+g.r.IntN(9)) + ".2024"
	case "DATE_EN":
		return "2024-0" + strconv.Itoa(1+g.r.IntN(9)) + "-1" + strconv.Itoa(g.r.IntN(10))
	case "TIME":
		return strconv.Itoa(10+g.r.IntN(10)) + ":" + strconv.Itoa(10+g.r.IntN(50))
	case "SKU":
		return "SKU-" + g.digits(8)
	case "COMPANY":
		return g.pick(companiesRU)
	case "COMPANY_EN":
		return g.pick(companiesEN)
	case "BANK":
		return g.pick(banksRU)
	case "PRODUCT":
		return g.pick(productsRU)
	case "CITY":
		return g.pick(citiesRU)
	case "VERSION":
		return strconv.Itoa(100+g.r.IntN(30)) + ".0." + strconv.Itoa(g.r.IntN(9999))
	case "TICKET":
		return "#" + g.digits(7)
	case "CONTRACT":
		return g.digits(2) + "/" + g.digits(4) + "-К"
	case "DEPT":
		return g.digits(3) + "-" + g.digits(3)
	case "PROMO":
		return "SALE" + g.digits(4)
	}
	return name
}

func (g *gen) ruFirst() (bool, [numCases]string) {
	male := g.r.IntN(2) == 0
	list := g.names["ru_female.txt"]
	oov := oovFirstF
	gender := uint8(genderFemale)
	if male {
		list, oov, gender = g.names["ru_male.txt"], oovFirstM, genderMale
	}
	name := g.pick(list)
	if g.r.IntN(8) == 0 {
		name = g.pick(oov)
	}
	return male, ruFirstForms(name, gender)
}

func (g *gen) surname(male bool, cas int) string {
	name := g.pick(g.names["ru_surnames.txt"])
	if g.r.IntN(5) == 0 {
		name = g.pick(oovSur)
	}
	m, f := ruSurnameForms(name)
	if male {
		return capitalize(m[cas])
	}
	return capitalize(f[cas])
}

func (g *gen) patronymic(male bool, cas int) string {
	father := fold(g.pick(fathers))
	var base string
	switch {
	case father == "петр":
		base = "петров"
	case strings.HasSuffix(father, "й"):
		base = strings.TrimSuffix(father, "й") + "ев"
	default:
		base = father + "ов"
	}
	if male {
		return capitalize(base + "ич" + []string{"", "а", "у", "а", "ем", "е"}[cas])
	}
	return capitalize(aForms(base + "на")[cas])
}

func (g *gen) initials() string {
	a := string(initialsRU[g.r.IntN(len(initialsRU))]) + "."
	b := string(initialsRU[g.r.IntN(len(initialsRU))]) + "."
	if g.r.IntN(2) == 0 {
		return a + b
	}
	return a + " " + b
}

// ruPerson renders a Russian name in grammatical case cas in one of the
// shapes CRM text uses.
func (g *gen) ruPerson(cas int) string {
	male, first := g.ruFirst()
	f := capitalize(first[cas])
	switch g.r.IntN(7) {
	case 0:
		return f
	case 1, 2:
		return f + " " + g.patronymic(male, cas)
	case 3:
		return g.surname(male, cas) + " " + f + " " + g.patronymic(male, cas)
	case 4:
		return f + " " + g.patronymic(male, cas) + " " + g.surname(male, cas)
	case 5:
		return f + " " + g.surname(male, cas)
	}
	return g.surname(male, cas) + " " + g.initials()
}

func (g *gen) enFirst() string { return capitalize(g.pick(g.names["en_first.txt"])) }
func (g *gen) enLast() string  { return g.pick(g.names["en_last.txt"]) }

func (g *gen) ruPhone() string {
	op := "9" + g.digits(2)
	a, b, c := g.digits(3), g.digits(2), g.digits(2)
	switch g.r.IntN(7) {
	case 0:
		return "+7 (" + op + ") " + a + "-" + b + "-" + c
	case 1:
		return "8 " + op + " " + a + " " + b + " " + c
	case 2:
		return "+7" + op + a + b + c
	case 3:
		return "8" + op + a + b + c
	case 4:
		return "8-" + op + "-" + a + "-" + b + "-" + c
	case 5:
		return "+7 " + op + " " + a + "-" + b + "-" + c
	}
	return "8 (495) " + a + "-" + b + "-" + c
}

func (g *gen) enPhone() string {
	switch g.r.IntN(4) {
	case 0:
		return "+44 20 " + g.digits(4) + " " + g.digits(4)
	case 1:
		return "+1 (" + strconv.Itoa(200+g.r.IntN(700)) + ") 555-" + g.digits(4)
	case 2:
		return "(" + strconv.Itoa(200+g.r.IntN(700)) + ") 555-" + g.digits(4)
	}
	return "+49 30 " + g.digits(8)
}

func (g *gen) card() string {
	prefixes := []string{"2200", "2201", "2202", "2204", "4276", "4111", "5469", "5536", "2221", "2720", "5105"}
	d := []byte(g.pick(prefixes) + g.digits(11))
	d = append(d, luhnDigit(string(d)))
	if g.r.IntN(2) == 0 {
		return string(d)
	}
	return string(d[:4]) + " " + string(d[4:8]) + " " + string(d[8:12]) + " " + string(d[12:])
}

func (g *gen) inn(n int) string {
	return string(surrogateDigits(&srng{x: g.r.Uint64()}, tINN, []byte(strconv.Itoa(10+g.r.IntN(89))+g.digits(n-2))))
}

func (g *gen) account(bik string) string {
	for {
		a := "40817810" + g.digits(12)
		for k := '0'; k <= '9'; k++ {
			c := a[:8] + string(k) + a[9:]
			if accountKeyValid(c, bik) {
				return c
			}
		}
	}
}

func (g *gen) ruAddress() string {
	street := g.pick(streetTypes) + " " + g.pick(streetsRU)
	if g.r.IntN(5) == 0 {
		street = g.pick([]string{"Ленинский", "Кутузовский", "Невский", "Московский"}) + " проспект"
	}
	s := street + ", д. " + strconv.Itoa(1+g.r.IntN(150))
	if g.r.IntN(4) == 0 {
		s += ", корп. " + strconv.Itoa(1+g.r.IntN(5))
	}
	if g.r.IntN(3) > 0 {
		s += ", кв. " + strconv.Itoa(1+g.r.IntN(300))
	}
	switch g.r.IntN(3) {
	case 0:
		return "г. " + g.pick(citiesRU) + ", " + s
	case 1:
		return g.digits(6) + ", г. " + g.pick(citiesRU) + ", " + s
	}
	return s
}

func (g *gen) enAddress() string {
	s := strconv.Itoa(1+g.r.IntN(2000)) + " " + g.pick(streetsEN) + " " + g.pick(sfxEN)
	if g.r.IntN(3) == 0 {
		s += ", Apt " + strconv.Itoa(1+g.r.IntN(40))
	}
	s += ", " + g.pick(citiesEN)
	if g.r.IntN(2) == 0 {
		s += ", " + g.pick(statesEN) + " " + g.digits(5)
	}
	return s
}
