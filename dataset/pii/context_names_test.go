package pii

import (
	"slices"
	"testing"
)

// TestNameContexts covers the contexts that decide whether a word is a
// person's name (rules-2025.9): role words before a name, sign-offs,
// transcripts in lower case, passenger names, brands and titles that look
// like names, and addresses without a street keyword.
func TestNameContexts(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"role before name", "Приносим извинения. Оператор Денис", []string{"PERSON:Денис"}},
		{"title dative", "спасибо доктору Ахмедову за операцию!", []string{"PERSON:Ахмедову"}},
		{"professor", "Dear Professor Okonkwo, I missed the exam", []string{"PERSON:Okonkwo"}},
		{"role label colon", "Оператор: Лицевой счёт назовите.", nil},
		{"agent label", "Agent: May I have your number?", nil},
		{"handover verb", "отправление вручено Корниловой 25.11 в 13:02", []string{"PERSON:Корниловой"}},
		{"sign-off ambiguous", "Хочу отменить запись, заболел ребёнок. Лилия", []string{"PERSON:Лилия"}},
		{"hope mid-message", "Надежда была только на вас.", nil},
		{"lower full name", "записать маму к кардиологу ковалёва зинаида ивановна", []string{"PERSON:ковалёва зинаида ивановна"}},
		{"lower cue three parts", "да это иван петрович сидоров звоню", []string{"PERSON:иван петрович сидоров"}},
		{"patronymic word alone", "основной вклад, ивановна", nil},
		{"caller label", "agent: can i get your name caller: angela morales", []string{"PERSON:angela morales"}},
		{"it's", "caller: hi it's mike johnson calling", []string{"PERSON:mike johnson"}},
		{"business word after surname", `gareth hughes is the owner, "Hughes Plumbing Ltd" is the company`, []string{"PERSON:gareth hughes"}},
		{"car model after brand", "KASKO policy issued for Geely Coolray, VIN L6T7722E8RU004531", nil},
		{"car model after brand ru", "сертификат на ГБО для Renault Logan", nil},
		{"pro max", "Автомобиль: Chery Tiggo 7 Pro Max, цвет серый", nil},
		{"month after for", "Please find attached the invoice for April.", nil},
		{"month before day", "Your classes resume on May 12.", nil},
		{"month name as a name", "Thanks, April Jones", []string{"PERSON:April Jones"}},
		{"parents", "Dear Parents,\nOur winter break runs 29 December to 8 January.", nil},
		{"Москвич", "И сколько ждать Москвич 3?", nil},
		{"company after surname", "Customer Martin Brandt (Brandt Elektro GmbH) is disputing a charge.", []string{"PERSON:Martin Brandt"}},
		{"possessive company", "Niamh Kelly (Kelly's Bakery, 4 shops) wants a demo", []string{"PERSON:Niamh Kelly"}},
		{"kin word", "Передайте, пожалуйста. Мама Сони.", []string{"PERSON:Сони"}},
		{"kin word capitalized", "Звонила Бабушка Вера Ивановна", []string{"PERSON:Вера Ивановна"}},
		{"past plural verb", "Объяснили, добавили временный доступ на сутки.", nil},
		{"accented names", "Log attached. — Tomás Herrera, IT", []string{"PERSON:Tomás Herrera"}},
		{"accented sign-off", "Merci,\nMaría José Fernández-Oliveira", []string{"PERSON:María José Fernández-Oliveira"}},
		{"diminutive", "Лизонька, пересдача пробника в воскресенье", []string{"PERSON:Лизонька"}},
		{"diminutive dative", "Передайте Настеньке, что всё готово.", []string{"PERSON:Настеньке"}},
		{"not a diminutive", "Девочка плакала.", nil},
		{"lower vocative at start", "паша ты видел что на bras-2 сессия висит", []string{"PERSON:паша"}},
		{"colleague", "я уже говорил вашему коллеге михаилу что", []string{"PERSON:михаилу"}},
		{"spoken address", "пациент город казань улица чистопольская дом семьдесят семь корпус два квартира сто пять", []string{"ADDRESS:город казань улица чистопольская дом семьдесят семь корпус два квартира сто пять"}},
		{"spoken address, name before keyword", "адрес варшавское шоссе сто семьдесят дом два", []string{"ADDRESS:варшавское шоссе сто семьдесят дом два"}},
		{"spoken address, two-word street", "улица красных зорь дом семнадцать квартира сорок два", []string{"ADDRESS:улица красных зорь дом семнадцать квартира сорок два"}},
		{"not a spoken address", "на улице было пять градусов", nil},
		{"владение", "Адрес сервиса: г. Химки, Ленинградское ш., вл. 1Б.", []string{"ADDRESS:г. Химки, Ленинградское ш., вл. 1Б"}},
		{"company form after a pair", "Contract renewal for Kessler Logistik GmbH: 6 seats", nil},
		{"first name shaped like a surname", "with Franziska Bauer today", []string{"PERSON:Franziska Bauer"}},
		{"compass point before a street", "8750 W Bryn Mawr Ave, Suite 1300, Chicago, IL 60631", []string{"ADDRESS:8750 W Bryn Mawr Ave, Suite 1300, Chicago, IL 60631"}},
		{"field label ends an address", "address Moscow, Bronnaya St 15, apt 6, SNILS 188-021-233 57.", []string{"ADDRESS:Moscow, Bronnaya St 15, apt 6", "SNILS:188-021-233 57"}},
		{"product in quotes", "Кухня «Виктория» и шкаф «Oscar» в этом сезоне идут со скидкой 15%.", nil},
		{"product in quotes, noun after", `the Hunters want to swap the "Milana" sofa for store credit`, nil},
		{"person in quotes", "Лид с сайта: имя «Ксюша», телефон уточнить", []string{"PERSON:Ксюша"}},
		{"person in quotes en", `the customer "Anna Smith" used three cards`, []string{"PERSON:Anna Smith"}},
		{"hotel before a name", "Your booking at Hotel Victoria, Valletta is confirmed.", nil},
		{"venue word after a pair", "transfer to Steigenberger Al Dau Beach, flight SM 2742", nil},
		{"hotel name with Palace", "Бронь подтверждена, отель Maria Palace 5*, вылет 14.06", nil},
		{"city with its province", "We've just moved to Victoria, BC, and need our records", nil},
		{"place prefix inside the run", "near Santa Maria Novella station", nil},
		{"airline title suffix", "Пассажир KHABIBULLIN/RINAT MR. Тариф невозвратный.", []string{"PERSON:KHABIBULLIN/RINAT"}},
		{"please", "Дизайнер — Марина Ковалёва. Пожалуйста, возьмите план квартиры.", []string{"PERSON:Марина Ковалёва"}},
		{"embankment in English", "Office: 115172, Moscow, Kotelnicheskaya Emb., 17, floor 3, room 5", []string{"ADDRESS:115172, Moscow, Kotelnicheskaya Emb., 17, floor 3, room 5"}},
		{"val in English", "Site: 5 Sushchevsky Val, bldg 12, Moscow", []string{"ADDRESS:5 Sushchevsky Val, bldg 12, Moscow"}},
		{"Russian surname in Latin letters", "Fitters for tomorrow: Petrov and Khabibullin.", []string{"PERSON:Petrov", "PERSON:Khabibullin"}},
		{"Russian surname in Latin, feminine", "Yulia Markina changed her surname to Sidorova.", []string{"PERSON:Yulia Markina", "PERSON:Sidorova"}},
		{"sentence end before a UK address", `still says "Ivanov"). Could you update it? Thanks! 9/14 Kingsway, Hove BN3 4FA`, []string{"PERSON:Ivanov", "ADDRESS:9/14 Kingsway, Hove BN3 4FA"}},
		{"family plural ru", "Передайте ключи для Морозовых завтра", []string{"PERSON:Морозовых"}},
		{"family plural -ян", "у Хачатрянов всё хорошо", []string{"PERSON:Хачатрянов"}},
		{"family plural en", "the Thompsons want a new kitchen", []string{"PERSON:Thompsons"}},
		{"surname and family", "the transfer for the Fischer family is confirmed", []string{"PERSON:Fischer"}},
		{"bank, not a family", "paid through Barclays yesterday", nil},
		{"Georgian surname", "Звонил Георгий Маргвелашвили", []string{"PERSON:Георгий Маргвелашвили"}},
		{"mister lower", "ok mister johnson your parts came in", []string{"PERSON:johnson"}},
		{"s is not a cue for caps", "wire it to the client's Russian account", nil},
		{"chat address", "танечка, привет! как дела", []string{"PERSON:танечка"}},
		{"chat address en", "dasha, send me the file pls", []string{"PERSON:dasha"}},
		{"vocative", "Серёж, перезвони клиенту", []string{"PERSON:Серёж"}},
		{"kin cue", "my bro tariq will pick it up", []string{"PERSON:tariq"}},
		{"role cue lower", "ваш менеджер олег обещал перезвонить", []string{"PERSON:олег"}},
		{"passenger", "LINDQVIST/ERIK MR, seat 12A", []string{"PERSON:LINDQVIST/ERIK"}},
		{"passenger two names", "IVANOVA/ANNA MARIA MRS", []string{"PERSON:IVANOVA/ANNA MARIA"}},
		{"currency pair", "Rates USD/EUR and TCP/IP", nil},
		{"caps latin surname", "на имя SOROKINA MARIA, вылет 14.12", []string{"PERSON:SOROKINA MARIA"}},
		{"transliterated", "Yekaterina Smirnova will sign tomorrow", []string{"PERSON:Yekaterina Smirnova"}},
		{"here", "Hi team, Mark Hendrikson here from Ridgeway", []string{"PERSON:Mark Hendrikson"}},
		{"particle surname", "Адресат: Van der Berg Hanna, Санкт-Петербург", []string{"PERSON:Van der Berg Hanna"}},
		{"closing line", "Best regards,\nSofia Marchetti\nProcurement", []string{"PERSON:Sofia Marchetti"}},
		{"car model", "интересуется Лада Веста в комплектации Comfort", nil},
		{"book title", "Роман «Мастер и Маргарита» в наличии?", nil},
		{"quoted name alone", "Лид с сайта: имя «Ксюша», звонить вечером", []string{"PERSON:Ксюша"}},
		{"determiner", "the Rose Gold case arrived in silver", nil},
		{"company", "Jorge, Purchasing, Lonestar Supply", []string{"PERSON:Jorge"}},
		{"brand before product word", "thank you for booking with Sakura Travel", nil},
		{"address cue no keyword", "Адрес сервиса: Шоссейная, 3.", []string{"ADDRESS:Шоссейная, 3"}},
		{"address cue postcode", "на адрес 117342, Москва, Бутлерова 17Б.", []string{"ADDRESS:117342, Москва, Бутлерова 17Б"}},
		{"city before street", "Клиент: Тверь, улица Склизкова, дом 40, квартира 9.", []string{"ADDRESS:Тверь, улица Склизкова, дом 40, квартира 9"}},
		{"plot", "объект: ул. Озёрная, уч. 27. Прораб", []string{"ADDRESS:ул. Озёрная, уч. 27"}},
		{"house only", "Адрес: Казань, дом 7 корпус 2 квартира 40", []string{"ADDRESS:Казань, дом 7 корпус 2 квартира 40"}},
		{"lone house", "дом 7 сдан в эксплуатацию", nil},
		{"lower suffix street", "Office: Tverskaya st. 12-45, Moscow 125009", []string{"ADDRESS:Tverskaya st. 12-45, Moscow 125009"}},
		{"ru-style en street", "Legal address: 420021, Kazan, Parizhskoy Kommuny St. 6, office 12.", []string{"ADDRESS:420021, Kazan, Parizhskoy Kommuny St. 6, office 12"}},
		{"name repeated", "From: Lena Fischer\n\nmy booking is under Fischer, ref SKR-44810", []string{"PERSON:Lena Fischer", "PERSON:Fischer"}},
		{"case form repeated", "Звонила Ольга Петрова. Передайте Петровой счёт.", []string{"PERSON:Ольга Петрова", "PERSON:Петровой"}},
		{"city named like a name", "Владимир Сергеевич в командировке во Владимире", []string{"PERSON:Владимир Сергеевич"}},
		{"repeat joins a name", "дочь Ева Шапиро. Мама — Шапиро Дина Марковна", []string{"PERSON:Ева Шапиро", "PERSON:Шапиро Дина Марковна"}},
		{"announced surname", "Клиент: это Хасанов из Уфы", []string{"PERSON:Хасанов"}},
		{"labelled surname", "встреча в среду. Ответственный: Серова.", []string{"PERSON:Серова"}},
		{"surname before verb", "Зиновьева оплатила предоплату 50 000", []string{"PERSON:Зиновьева"}},
		{"noun before verb", "Голова болела весь день", nil},
		{"action verb", "FYI — Kowalski approved the refund", []string{"PERSON:Kowalski"}},
		{"ambiguous before action verb", "Grant approved for the Spring campaign.", nil},
		{"header word", "Дата: 12.02.2025 14:03 Тема: счет 1877", nil},
		{"place prefix", "delivered to São Paulo - SP, 01310-200", nil},
		{"us zip", "ship to 1520 Broadway, Oakland, CA 94612 today", []string{"ADDRESS:1520 Broadway, Oakland, CA 94612"}},
		{"us city only", "our office in Oakland, CA 94612 is closed", nil},
		{"street from a number", "г. Омск, ул. 10 лет Октября, 182, кв. 31", []string{"ADDRESS:г. Омск, ул. 10 лет Октября, 182, кв. 31"}},
		{"street accusative", "привезите на Профсоюзную 104, кв 77", []string{"ADDRESS:Профсоюзную 104, кв 77"}},
		{"log ip", "login_success uid=5512093 src=203.0.113.84 ua=x", []string{"IP:203.0.113.84"}},
		{"version in sentence", "Версия приложения 5.12.0.3, Android 13.", nil},
		{"version small parts", "The regression in 3.4.1.2 is reproducible", nil},
		{"dns is an address", "DNS 8.8.8.8 configured", []string{"IP:8.8.8.8"}},
		{"german street", "Anschrift: Greifswalder Str. 201, 10405 Berlin.", []string{"ADDRESS:Greifswalder Str. 201, 10405 Berlin"}},
		{"french street", "livraison au 17 rue des Martyrs, 75009 Paris.", []string{"ADDRESS:17 rue des Martyrs, 75009 Paris"}},
		{"via is not a street", "Interviews Dec 4 via Zoom.", nil},
		{"uk postcode", "Flat 5, 19 Queensway, London W2 4QJ.", []string{"ADDRESS:Flat 5, 19 Queensway, London W2 4QJ"}},
		{"translit multiword", "Moscow region, Podolsk, Bolshaya Serpukhovskaya st. 44, apt. 19.", []string{"ADDRESS:Moscow region, Podolsk, Bolshaya Serpukhovskaya st. 44, apt. 19"}},
		{"translit house part", "115477, Moscow, Kantemirovskaya st., 58, office 3.", []string{"ADDRESS:115477, Moscow, Kantemirovskaya st., 58, office 3"}},
		{"translit bare", "Address is Lenina 5, apt 12, Kazan, call me", []string{"ADDRESS:Lenina 5, apt 12, Kazan"}},
		{"street and flat", "Не туда, а Мира 51 кв 3, перепутала", []string{"ADDRESS:Мира 51 кв 3"}},
		{"glued building", "приеду к 9:30 на Новодмитровскую 2к1", []string{"ADDRESS:Новодмитровскую 2к1"}},
		{"street only", "ДТП на пересечении ул. Ленина и ул. Мира.", nil},
		{"lower-case street word", "Смоленск, ул. Октябрьской революции, д. 9, кв. 31.", []string{"ADDRESS:Смоленск, ул. Октябрьской революции, д. 9, кв. 31"}},
		{"adjective before keyword", "Санкт-Петербург, Большой проспект П.С., д. 61, кв. 7", []string{"ADDRESS:Санкт-Петербург, Большой проспект П.С., д. 61, кв. 7"}},
		{"surname first in a transcript", "клиент сафиуллин сафиуллин ринат заказ был в начале", []string{"PERSON:сафиуллин сафиуллин ринат"}},
		{"filler before the name", "оператор на имя хасанова верно\nклиент да хасанова диляра", []string{"PERSON:хасанова", "PERSON:хасанова диляра"}},
		{"irish lower case", "caller the dog is buddy and i'm sarah o'neill", []string{"PERSON:sarah o'neill"}},
		{"verb is not a name", "Позвонить Петровичу насчёт ремонта!", []string{"PERSON:Петровичу"}},
		{"role candidate", "Кандидат Беркович не прошёл проверку", []string{"PERSON:Беркович"}},
		{"surname first name sentence", "ей 7 лет. Мельник Варвара. Полис ОМС", []string{"PERSON:Мельник Варвара"}},
		{"vocative greeting", "Алин, привет! можно ко мне в четверг", []string{"PERSON:Алин"}},
		{"addressed surname", "Дзюба, зайди ко мне после планёрки", []string{"PERSON:Дзюба"}},
		{"interjection", "Ой, сорри, не туда написала", nil},
		{"on the name of", "Заказ на имя Рябчинской передан курьеру.", []string{"PERSON:Рябчинской"}},
		{"particle after honorific", "Dear Mr. de Vries, we confirm", []string{"PERSON:de Vries"}},
		{"role label", "Your parcel is out for delivery. Driver: Marek. Estimated arrival", []string{"PERSON:Marek"}},
		{"speaker reply", "Caller: yes that one\nAgent: Blocked. A new one", nil},
		{"caps after honorific", "Booking #HX-992104: MR JAMES ANDERSON, 3 nights", []string{"PERSON:JAMES ANDERSON"}},
		{"irish surname", "Reference check: Grace O'Malley worked with us", []string{"PERSON:Grace O'Malley"}},
		{"latin patronymic", "please contact Tatiana Olegovna Morozova in HR", []string{"PERSON:Tatiana Olegovna Morozova"}},
		{"two-word sign-off", "still taking money. Member ID 55102. Owen Price-Jones", []string{"PERSON:Owen Price-Jones"}},
		{"dash sign-off", "Sorry for the confusion. – Kim", []string{"PERSON:Kim"}},
		{"company with a surname", "this is Aleksei Petrenko from Petrenko Auto Repair.", []string{"PERSON:Aleksei Petrenko"}},
		{"office title", "Dear Accounts Payable team, invoice attached", nil},
		{"nationality", "Lena Vogel, German passport", []string{"PERSON:Lena Vogel"}},
		{"country", "звонил Бахтиёр Ташкентов, гражданин Узбекистана, патент есть", []string{"PERSON:Бахтиёр Ташкентов"}},
		{"street name run", "125009, Москва, Большой Гнездниковский пер., д. 10, кв. 87", []string{"ADDRESS:125009, Москва, Большой Гнездниковский пер., д. 10, кв. 87"}},
		{"passport with words between", "паспорт гражданина Казахстана N 12093847, Юлдашев Бахтиёр", []string{"PASSPORT:N 12093847", "PERSON:Юлдашев Бахтиёр"}},
		{"passport number word", "passport series 4603 number 587112", []string{"PASSPORT:4603 number 587112"}},
		{"phone after address", "27 Birch Lane, Manchester M20 6RT, 0161 496 0311", []string{"ADDRESS:27 Birch Lane, Manchester M20 6RT", "PHONE:0161 496 0311"}},
		{"account against the second bik", "Плательщик: ПАО Сбербанк, БИК 044525225. Получатель: р/с 40802810300000223344 в АО «ТБанк» (БИК 044525974).", []string{"BANK_ACCOUNT:40802810300000223344"}},
		{"phone cue before an order word", "Телефон в заказе 89172340090, проверьте", []string{"PHONE:89172340090"}},
		{"field label", "Account holder: Thomas Müller\nLocation: Munich", []string{"PERSON:Thomas Müller"}},
		{"department in a header", "> От: Отдел урегулирования <claims@example.ru>", []string{"EMAIL:claims@example.ru"}},
		{"repeat needs a case ending", "Пиши Наде на почту. Надежда умирает последней", []string{"PERSON:Наде"}},
		{"vietnamese name", "The refund was approved by Nguyen Van An.", []string{"PERSON:Nguyen Van An"}},
		{"guest title", "Guest Paris Hilton requested a late checkout.", []string{"PERSON:Paris Hilton"}},
		{"participle is not a name", "Эскалировано Прохорову.", []string{"PERSON:Прохорову"}},
		{"street suffix then the house part", "deliver to Bolshaya Ordynka St, 36, Moscow 119017 please", []string{"ADDRESS:Bolshaya Ordynka St, 36, Moscow 119017"}},
		{"lower street and apartment", "it's Tverskaya street 18 apartment 45 ok", []string{"ADDRESS:Tverskaya street 18 apartment 45"}},
		{"bare street with a flat", "Address: Ostozhenka 25, apt 7, Moscow 119034.", []string{"ADDRESS:Ostozhenka 25, apt 7, Moscow 119034"}},
		{"two-word bare street with a flat", "I'm at Novy Arbat 15, apt 1104 now", []string{"ADDRESS:Novy Arbat 15, apt 1104"}},
		{"estonian", "Elukoht: Tartu mnt 16-12, 10117 Tallinn.", []string{"ADDRESS:Tartu mnt 16-12, 10117 Tallinn"}},
		{"czech", "adresa Korunní 1208/74, 101 00 Praha 10, Czechia", []string{"ADDRESS:Korunní 1208/74, 101 00 Praha 10, Czechia"}},
		{"polish flat", "ul. Marszałkowska 84/92 lok. 105, 00-514 Warszawa", []string{"ADDRESS:ul. Marszałkowska 84/92 lok. 105, 00-514 Warszawa"}},
		{"not a continental address", "Viktoria Sidorova at Hauptstraße 45, 69117 Heidelberg", []string{"PERSON:Viktoria Sidorova", "ADDRESS:Hauptstraße 45, 69117 Heidelberg"}},
		{"unit first", "Apt 1203, Al Reem Tower, Al Reem Island, Abu Dhabi", []string{"ADDRESS:Apt 1203, Al Reem Tower, Al Reem Island, Abu Dhabi"}},
		{"flat and house number", "Viewing at Flat 4, 118 Cromwell Road, London SW7 4ES.", []string{"ADDRESS:Flat 4, 118 Cromwell Road, London SW7 4ES"}},
		{"house number before a name run", "Unit 2, 45 Ashton Old Road, Manchester M12 6LP", []string{"ADDRESS:Unit 2, 45 Ashton Old Road, Manchester M12 6LP"}},
		{"us address after an earlier one", "from 56 Woodstock Road, Oxford OX2 6HT on 3 June and ship them to 1450 Broadway, Suite 900, New York, NY 10018", []string{"ADDRESS:56 Woodstock Road, Oxford OX2 6HT", "ADDRESS:1450 Broadway, Suite 900, New York, NY 10018"}},
		{"business centre", "г. Алматы, пр. Достык, д. 210, БЦ «КокТем Гранд», 6 этаж, офис 612.", []string{"ADDRESS:г. Алматы, пр. Достык, д. 210, БЦ «КокТем Гранд», 6 этаж, офис 612"}},
		{"district with a number", "г. Алматы, мкр. Самал-2, д. 58, кв. 19.", []string{"ADDRESS:г. Алматы, мкр. Самал-2, д. 58, кв. 19"}},
		{"canal", "198035, Санкт-Петербург, Межевой канал, д. 5, лит. АК, офис 211", []string{"ADDRESS:198035, Санкт-Петербург, Межевой канал, д. 5, лит. АК, офис 211"}},
		{"comma and building", "Я у ворот склада на Промышленной, 11, корп. 4, тут закрыто", []string{"ADDRESS:Промышленной, 11, корп. 4"}},
		{"transcript surname first name", "менеджер: вольтмаркет корпоративный отдел голубева елена добрый день", []string{"PERSON:голубева елена"}},
		{"operator introduces self", "оператор: сервисный центр андрей здравствуйте", []string{"PERSON:андрей"}},
		{"lower name and surname", "caller: yes this is for anna virtanen at lindqvist", []string{"PERSON:anna virtanen"}},
		{"lower name alone", "нужно сделать до пятницы, андрей", nil},
		{"department addressed", "Охрана, позвоните по громкой", nil},
		{"label after thanks", "Payment received — thank you!\nAmount: EUR 2,140.00", nil},
		{"card near a payment word", "Do you accept Mir cards for online payment? I have 2201 5934 3136 4253", []string{"CARD:2201 5934 3136 4253"}},
		{"failed card is not phones", "the card number given over the phone, 5491 6842 1884 2628, fails", nil},
		{"transaction reference", "a chargeback for transaction 9904417261 (RUB 112 490,00)", nil},
		{"thirteen-digit ogrn", "PSRN 5057786735881", []string{"OGRN:5057786735881"}},
		{"six-digit foreign passport", "my passport is FV 482913, issued 2021", []string{"PASSPORT:FV 482913"}},
		{"capitalized place pair", "Viewing in Crouch End tomorrow, the flat near Bay Central", nil},
		{"firm pair", "quote from Spark Electrical and Roofing Co attached", nil},
		{"unknown pair after by", "Refund approved by Imogen Thistle.", []string{"PERSON:Imogen Thistle"}},
		{"unknown pair before a verb", "Ticket #0085454: Barnaby Quill cannot log in", []string{"PERSON:Barnaby Quill"}},
		{"diacritic pair", "the lease yesterday Wiesława Nowak-Zielińska wrote", []string{"PERSON:Wiesława Nowak-Zielińska"}},
		{"turkish", "Adres: Cumhuriyet Mah. Halaskargazi Cad. No:145 D:6 Şişli/İstanbul", []string{"ADDRESS:Cumhuriyet Mah. Halaskargazi Cad. No:145 D:6 Şişli/İstanbul"}},
		{"street in brackets", "living in Kazan (Pushkin St. 26, apt 44, Kazan 420015).", []string{"ADDRESS:Pushkin St. 26, apt 44, Kazan 420015"}},
		{"seven-digit postcode", "проживает: Herzl St 15, apt 6, Haifa 3303119, Israel.", []string{"ADDRESS:Herzl St 15, apt 6, Haifa 3303119, Israel"}},
		{"house at the end of a clause", "come to the trauma unit at Malysheva St. 51 today;", []string{"ADDRESS:Malysheva St. 51"}},
		{"village and district", "Dachny lane 7, Zhukovka village, Odintsovo district, Moscow Oblast.", []string{"ADDRESS:Dachny lane 7, Zhukovka village, Odintsovo district, Moscow Oblast"}},
		{"units only", "flat 117, Moscow. Entrance 4, floor 11, intercom 117.", nil},
		{"prep and comma", "ресторан на Кутузовском, 35, к восьми", []string{"ADDRESS:Кутузовском, 35"}},
		{"rooms are not a house", "Интересует квартира на Пролетарской, 2-комн., 54 м²", nil},
		{"area is not a square", "Площадь помещения 45 кв. м, этаж 3", nil},
		{"capitalized keyword", "Проспекте Победы 141 открыт новый офис", []string{"ADDRESS:Проспекте Победы 141"}},
		{"uk mobile 5-3-3", "Contact there on 07700 900 218.", []string{"PHONE:07700 900 218"}},
		{"foreign passport letters", "Passport for registration: EK 4471920.", []string{"PASSPORT:EK 4471920"}},
		{"foreign passport 8 digits", "passport 93157742 (Sweden)", []string{"PASSPORT:93157742"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(tt.text, e.Scan(tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLatinSpellings(t *testing.T) {
	tests := map[string][]string{
		"дмитрий":   {"dmitriy", "dmitry", "dmitrii"},
		"екатерина": {"ekaterina", "yekaterina"},
		"ксения":    {"kseniya", "ksenia"},
		"юлия":      {"yuliya", "yulia"},
		"фёдор":     {"fyodor", "fedor"},
	}
	for w, want := range tests {
		got := latinSpellings(w)
		for _, s := range want {
			if !slices.Contains(got, s) {
				t.Errorf("latinSpellings(%q) = %v, missing %q", w, got, s)
			}
		}
		if len(got) > translitMax {
			t.Errorf("latinSpellings(%q) gives %d spellings, want ≤ %d", w, len(got), translitMax)
		}
	}
	if got := latinSpellings("anna"); got != nil {
		t.Errorf("latinSpellings of a Latin word = %v, want nil", got)
	}
	if got, want := vocative("алина"), "алин"; got != want {
		t.Errorf("vocative = %q, want %q", got, want)
	}
	if got, want := vocative("таня"), "тань"; got != want {
		t.Errorf("vocative = %q, want %q", got, want)
	}
	if got := vocative("мария"); got != "" {
		t.Errorf("vocative(мария) = %q, want none", got)
	}
}
