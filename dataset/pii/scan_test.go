package pii

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var testKey = []byte("0123456789abcdef-test-key")

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(Config{Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// found renders entities as "TYPE:text" for compact assertions.
func found(text string, ents []Entity) []string {
	r := []rune(text)
	var out []string
	for _, e := range ents {
		out = append(out, e.Type+":"+string(r[e.Start:e.End]))
	}
	return out
}

func TestScan(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ru phone plus", "Позвоните мне: +7 (912) 345-67-89, спасибо", []string{"PHONE:+7 (912) 345-67-89"}},
		{"ru phone 8", "тел. 8-912-345-67-89", []string{"PHONE:8-912-345-67-89"}},
		{"ru phone spaces", "мой номер 8 912 345 67 89.", []string{"PHONE:8 912 345 67 89"}},
		{"ru phone contiguous", "89123456789", []string{"PHONE:89123456789"}},
		{"intl phone", "call me at +44 20 7946 0958 today", []string{"PHONE:+44 20 7946 0958"}},
		{"us phone", "Phone: (415) 555-0132", []string{"PHONE:(415) 555-0132"}},
		{"email", "пишите на ivan.petrov@mail.ru!", []string{"EMAIL:ivan.petrov@mail.ru"}},
		{"mir card", "карта 2200 1234 5678 9019", []string{"CARD:2200 1234 5678 9019"}},
		{"mc2 card", "card 2221000000000009", []string{"CARD:2221000000000009"}},
		{"luhn invalid", "карта 2200 1234 5678 9011", nil},
		{"inn10", "ИНН 7707083893", []string{"INN:7707083893"}},
		{"inn12", "ИНН: 500100732259", []string{"INN:500100732259"}},
		{"snils", "СНИЛС 112-233-445 95", []string{"SNILS:112-233-445 95"}},
		{"ogrn", "ОГРН 1027700132195", []string{"OGRN:1027700132195"}},
		{"ogrnip", "ОГРНИП 304500116000157", []string{"OGRN:304500116000157"}},
		{"passport", "паспорт 4506 123456 выдан", []string{"PASSPORT:4506 123456"}},
		{"passport split", "серия 4506 номер 123456", []string{"PASSPORT:4506 номер 123456"}},
		{"account bik", "р/с 40702810938000000001 БИК 044525225", []string{"BANK_ACCOUNT:40702810938000000001"}},
		{"corr account", "к/с 30101810400000000225, БИК 044525225", nil},
		{"ip", "с адреса 192.168.10.25 был вход", []string{"IP:192.168.10.25"}},
		{"date", "доставка 12.03.2024 в 14:30", nil},
		{"amount", "сумма 1 250 000 руб.", nil},
		{"order", "Заказ № 7707083893 отправлен", nil},
		{"sku", "артикул SKU-12345678901", nil},
		{"track", "трек RA123456789RU", nil},
		{"name full", "Клиентка Иванова Мария Петровна звонила", []string{"PERSON:Иванова Мария Петровна"}},
		{"name genitive", "со слов Ивановой Марии Петровны", []string{"PERSON:Ивановой Марии Петровны"}},
		{"name instr", "поговорил с Петром Сергеевичем", []string{"PERSON:Петром Сергеевичем"}},
		{"name single", "Айгуль, добрый день", []string{"PERSON:Айгуль"}},
		{"initials", "подписал Сидоров А.В. вчера", []string{"PERSON:Сидоров А.В."}},
		{"en name", "Thanks, John Smith will call", []string{"PERSON:John Smith"}},
		{"ambiguous", "Вера в успех", nil},
		{"ru address", "Доставка: г. Москва, ул. Ленина, д. 5, кв. 12.", []string{"ADDRESS:г. Москва, ул. Ленина, д. 5, кв. 12"}},
		{"ru address after", "живу на Ленинский проспект, д. 10", []string{"ADDRESS:Ленинский проспект, д. 10"}},
		{"en address", "Ship to 221B Baker Street, London NW1 6XE please", []string{"ADDRESS:221B Baker Street, London NW1 6XE"}},
		{"ipv6", "вход с 2001:db8:85a3::8a2e:370:7334 ночью", []string{"IP:2001:db8:85a3::8a2e:370:7334"}},
		{"ipv6 letters", "from fe80::202:b3ff:fe1e:8329 today", []string{"IP:fe80::202:b3ff:fe1e:8329"}},
		{"time not ipv6", "в 12:30:45 и 10:00", nil},
		{"mac not ipv6", "MAC 00:1A:2B:3C:4D:5E", nil},
		{"us phone dots", "call me at 415.555.0133 after 6", []string{"PHONE:415.555.0133"}},
		{"order dots", "order 415.555.0133", nil},
		{"snils layout", "правильный номер 112-233-445 95", []string{"SNILS:112-233-445 95"}},
		{"honorific", "Dear Ms. Kowalska, thanks", []string{"PERSON:Kowalska"}},
		{"honorific pair", "met Dr. Fatima Al-Sayed today", []string{"PERSON:Fatima Al-Sayed"}},
		{"diacritics", "The customer, José García, called", []string{"PERSON:José García"}},
		{"surname -uk dative", "отправьте Шевчуку Богдану документы", []string{"PERSON:Шевчуку Богдану"}},
		{"pr abbrev", "склад на Литейный пр., 45 с 9", []string{"ADDRESS:Литейный пр., 45"}},
		{"embankment", "у наб. реки Мойки, 12 в 19:00", []string{"ADDRESS:наб. реки Мойки, 12"}},
		{"negative word in the sentence before", "Оплатите по QR-коду. Поддержка: 8-800-555-12-47.", []string{"PHONE:8-800-555-12-47"}},
		{"positive word in the sentence before", "We need the passport number. Mine is 75 3318462.", []string{"PASSPORT:75 3318462"}},
		{"driving licence ru", "второй водитель, ВУ 99 14 552301, стаж с 2011 г.", nil},
		{"driving licence en", "Russian driving licence 77 33 408119.", nil},
		{"vuz is not ВУ", "Паспорт для вуза 45 19 738204", []string{"PASSPORT:45 19 738204"}},
		{"iso date and time", "Call transcript, 2024-11-18 15:22", nil},
		{"network", "адреса из 192.168.0.0/24, шлюз 192.168.0.1", []string{"IP:192.168.0.1"}},
		{"host in cidr", "interface 10.20.3.45/24 is up", []string{"IP:10.20.3.45"}},
		{"spoken phone ru", "клиент: мой номер восемь девять два шесть пятьсот тридцать один сорок четыре ноль два",
			[]string{"PHONE:восемь девять два шесть пятьсот тридцать один сорок четыре ноль два"}},
		{"spoken phone en", "caller: it's oh seven seven double oh nine double oh two eight three",
			[]string{"PHONE:oh seven seven double oh nine double oh two eight three"}},
		{"spoken passport", "паспорт сорок пять ноль восемь шестьсот двенадцать триста сорок один",
			[]string{"PASSPORT:сорок пять ноль восемь шестьсот двенадцать триста сорок один"}},
		{"spoken order number", "caller: it's seven seven one two two zero eight four", nil},
		{"number words in a sentence", "мы приедем в два три раза быстрее, one two three", nil},
		{"spoken e-mail", "my email is ian.mcallister at gmail dot com thanks", []string{"EMAIL:ian.mcallister at gmail dot com"}},
		{"spoken e-mail ru", "почта petrova точка svetlana собака gmail точка com", []string{"EMAIL:petrova точка svetlana собака gmail точка com"}},
		{"not a spoken e-mail", "we met at noon dot com", nil},
		{"invalid INN is no phone", "Юр. лицо клиента: ООО «Апарт-Сервис», ИНН 9703032218, КПП 770301001", nil},
		{"reservation number", "Driver named on the booking. Reservation 9932817743. Bring a card.", nil},
		{"Kazakh mobile", "Имя: Ерлан. Телефон: 87772104589. Комментарий", []string{"PERSON:Ерлан", "PHONE:87772104589"}},
		{"mobile after a negative word", "оператор: номер на который оформлена заявка\nклиент: 8 915 312 44 07", []string{"PHONE:8 915 312 44 07"}},
		{"card before a date", "произведён на карту 5228 6005 7730 4183 02.12.2025. Получатель", []string{"CARD:5228 6005 7730 4183"}},
		{"IP before a date", "Login history: 176.59.44.130 2024-06-11 08:02", []string{"IP:176.59.44.130"}},
		{"version one word after", "IP 213.87.141.36, версия приложения 5.3.0.12.", []string{"IP:213.87.141.36"}},
		{"context word cut by the window", "Справка для ФНС подготовлена. ИНН образовательной организации ООО «Умникум» 7766664071, КПП 772601001", []string{"INN:7766664071"}},
		{"SNILS layout after a negative word", "Ваш СНИЛС в договоре указан правильно, 112-233-445 95, а", []string{"SNILS:112-233-445 95"}},
		{"passport with three letters", "GARCIA/MIGUEL MR passport PAB491827", []string{"PERSON:GARCIA/MIGUEL", "PASSPORT:PAB491827"}},
		{"series letters are not a context word", "Passport for the contract: TK 2290413 (Japan).", []string{"PASSPORT:TK 2290413"}},
		{"a dash is no word", "he left his passport at reception — number 75 2093318. We keep it", []string{"PASSPORT:75 2093318"}},
		{"INN label in capitals", "Company INN 7707083893, OGRN 1027700132195", []string{"INN:7707083893", "OGRN:1027700132195"}},
		{"ISO date alone", "DOB 1990-07-21, call me", nil},
		{"passport number in threes", "кандидат: серия 45 17 номер 603 218", []string{"PASSPORT:45 17 номер 603 218"}},
		{"nine digits in a passport sentence", "My passport copy is already in your system, number 548193207.", []string{"PASSPORT:548193207"}},
		{"UK number after a booking word", "Corby NN18 9EZ, bookings 0333 400 7821, email", []string{"PHONE:0333 400 7821"}},
		{"French passport", "Owner Charles Dupont, French citizen, passport 18AV42117. Wooden floors", []string{"PERSON:Charles Dupont", "PASSPORT:18AV42117"}},
		{"TIN", `LLC "Pravoved", TIN 7714398213, KPP 771401001`, []string{"INN:7714398213"}},
		{"IP after a room number", "21:14:05 room 611 10.24.6.11 connected", []string{"IP:10.24.6.11"}},
		{"software version", "Connected clients: 214. Controller software 5.4.0.11. No action needed.", nil},
		{"passport in brackets", "He needs to bring his passport (533814962) to the notary", []string{"PASSPORT:533814962"}},
		{"area code in brackets", "звоните (495) 123-45-67", []string{"PHONE:(495) 123-45-67"}},
		{"licence after a passport", "Паспорт 4521 339108 и ВУ 99 15 778012 уже проверены", []string{"PASSPORT:4521 339108"}},
		{"licence in a list after an INN", "- ИНН 772088410560\n- ВУ 77 25 310982 до 2031 г.", []string{"INN:772088410560"}},
		{"SNILS of a driver", "СНИЛС водителя Ибрагимова Камила: 112-233-445 95", []string{"PERSON:Ибрагимова Камила", "SNILS:112-233-445 95"}},
		{"policy number", "виновник — Ярошенко Виталий, полис ОСАГО ААС 5063927714.", []string{"PERSON:Ярошенко Виталий"}},
		{"caller is no phone word", "Agent Dmitry: Can I have your account number?\nCaller: It's 4402718356.", []string{"PERSON:Dmitry"}},
		{"personal account", "SMS: Показания приняты. Л/с 7720194853. Сумма к оплате 2 318 руб.", nil},
		{"plus read out", "her number is plus 44 7911 234567 ok", []string{"PHONE:plus 44 7911 234567"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(tt.text, e.Scan(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Scan(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestScanOffsetsAreRunes(t *testing.T) {
	e := newTestEngine(t)
	text := "Привет 😀 тел. +79123456789"
	ents := e.Scan(text)
	if len(ents) != 1 || ents[0].Start != utf8.RuneCountInString("Привет 😀 тел. ") {
		t.Fatalf("Scan = %+v", ents)
	}
}
