package pii

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

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
	tkFamily // a surname in the plural: a family
)

type nameTok struct {
	start, end int
	flags      uint16
	addr       uint8 // address keyword kind of the word, if any
	cue        uint8 // wCue and wCueStrong bits of the word
	cand       bool  // an unknown word that could still be part of a name
	ext        bool  // a Latin word with letters beyond ASCII: "Björn", "José"
	caps       bool  // written in ALL CAPS: "СИДОРЕНКО ПАВЕЛ", "SANDRA WHITFIELD"
	particle   bool  // a surname opening with a capitalized particle: "Van der Berg"
}

func (t nameTok) first() bool { return t.flags&uint16(fRuFirst|fEnFirst) != 0 }
func (t nameTok) ambig() bool { return t.flags&uint16(fAmbig) != 0 }
func (t nameTok) surname() bool {
	return t.flags&(uint16(fRuSurname|fEnLast)|tkMorph) != 0
}

var personTitles = map[string]bool{
	"г-н": true, "г-жа": true, "господин": true, "госпожа": true, "господина": true, "госпоже": true,
	"господину": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "op": true, "ип": true, "entrepreneur": true, // "Op. Dr." opens a Turkish surgeon's name
	"клиент": true, "клиентка": true, "клиента": true, "клиенту": true, "клиентом": true, "менеджер": true,
	"менеджера": true, "менеджером": true, "сотрудник": true, "dear": true, "уважаемый": true,
	"уважаемая": true, "mister": true, "мистер": true, "миссис": true, "мисс": true, "гражданин": true, "гражданка": true, "директор": true, "курьер": true,
	"семья": true, "семье": true, "семьи": true, "семью": true, "семьёй": true, "семьей": true, // "к семье Кравец"
	// A form's contact, "Контакт Олеся, olesya.m@…"; a seafarer's rank, "Oiler Gonzaga".
	"контакт": true, "oiler": true, "bosun": true, "wiper": true, "messman": true, "motorman": true, "fitter": true,
	// Foreign honorifics: "Herr Bergmann", "Signora Bianchi".
	"herr": true, "frau": true, "monsieur": true, "madame": true, "mme": true, "señor": true, "señora": true,
	"senor": true, "senora": true, "signor": true, "signora": true, "familie": true, // "Familie Wagner"
	"couple": true, "супруги": true, "супругов": true, "супругам": true, "супругами": true, // "couple Levy", "супруги Мельник"
	// A borrower in a lender's mail: "Тема: Должник Ковалёв — отказ платить".
	"должник": true, "должника": true, "должнику": true, "должница": true, "должницы": true, "заёмщик": true, "заемщик": true,
	"заёмщика": true, "заемщика": true, "заёмщица": true, "заемщица": true, "поручитель": true, "поручителя": true,
	// A firm's staff by role: "Закупщик Головко", "Бухгалтер Сидорова", "Прораб Ткачук".
	"закупщик": true, "закупщица": true, "бухгалтер": true, "кладовщик": true, "логист": true, "прораб": true,
	"снабженец": true, "экспедитор": true,
}

// roleTitles are jobs and roles written before a person's name ("Оператор
// Денис", "доктору Ахмедову", "Courier Dave"): they are not part of the name
// and they make a following name part a person. Every Russian case form is
// listed where the word is declined before a name.
var roleTitles = func() []string {
	var out []string
	for _, stem := range []string{"оператор", "администратор", "мастер", "мастер-приёмщик", "мастер-приемщик",
		"курьер", "водитель", "прораб", "доктор", "врач", "специалист", "консультант", "диспетчер", "инженер",
		"юрист", "бухгалтер", "кассир", "агент", "риелтор", "риэлтор", "стоматолог", "кардиолог", "терапевт",
		"хирург", "педиатр", "невролог", "офтальмолог", "гинеколог", "косметолог", "парикмахер", "стилист", "массажист", "визажист", "бровист", "оптометрист", "координатор", "переводчиц",
		"тренер", "преподавател", "учител", "логист", "экспедитор", "кладовщик", "юрисконсульт", "нотариус",
		"сотрудник", "представител", "инспектор", "монтажник", "электрик", "сантехник", "техник", "провизор", "гендиректор",
		"кандидат", "соискател", "стажер", "стажёр", "студент", "ученик", "слушател", "участник", "гост", "пилот", "командир",
		"продав", "покупател", "отправител", "заявител", "исполнител", "подписант", "заказчик", "собственник",
		"арендатор", "арендодател", "пациент", "пациентк", "абонент", "вкладчик", "заемщик", "заёмщик",
		"поручител", "страховател", "плательщик", "слесар", "столяр", "маляр", "клинер", "бригадир", "грузчик", "консул",
		"подрядчик", "субподрядчик", "охранник", "волонтер", "волонтёр", "реаниматолог", "анестезиолог",
		"трансфузиолог", "гематолог", "воспитател", "наследник", "наследодател", "завещател", "шкипер", "боцман", "матрос",
		"механик", "лифтер", "лифтёр", "дворник", "вахтер", "вахтёр", "консьерж", "уборщик", "вратар", "защитник", "медсестр", "медбрат", "сосед", "соседк", "именинник", "именинниц", "сборщик", "замерщик",
		"гид", "фельдшер", "мойщик", "каюр", "инструктор", "стюард", "фотограф", "видеограф", "экскурсовод", "банщик", "парильщик",
		"трубочист", "печник", "лектор", "дрессировщик", "хормейстер", "концертмейстер", "парильщиц", "банщиц"} {
		forms := []string{"", "а", "у", "ом", "е"}
		switch {
		case stem == "продав":
			forms = []string{"ец", "ца", "цу", "цом", "це"}
		case stem == "гост":
			forms = []string{"ь", "я", "ю", "ем", "е"}
		case stem == "пациентк" || stem == "медсестр" || stem == "соседк" || stem == "именинниц":
			forms = []string{"а", "и", "е", "у", "ой", "ы"}
		case stem == "парильщиц" || stem == "банщиц":
			forms = []string{"а", "ы", "е", "у", "ей"}
		case stem == "консул":
			// the default forms: "консул", "консула", not the soft "-ль" below
		case strings.HasSuffix(stem, "л") && !strings.HasSuffix(stem, "ол") || stem == "слесар" || stem == "столяр" || stem == "маляр" || stem == "вратар": // преподавател-ь, -я, -ю, -ем
			forms = []string{"ь", "я", "ю", "ем", "е"}
		}
		for _, f := range forms {
			out = append(out, stem+f)
		}
	}
	// Kin: "Мама Сони", "передайте бабушке Вере Ивановне", "my son Tom".
	for _, stem := range []string{"мам", "пап", "бабушк", "дедушк", "сестр", "тёт", "тет", "дяд", "дочк", "внучк", "жен"} {
		for _, f := range []string{"а", "ы", "и", "е", "у", "ой"} {
			out = append(out, stem+f)
		}
	}
	for _, stem := range []string{"брат", "муж", "сын", "внук", "племянник", "отц"} {
		for _, f := range []string{"", "а", "у", "ом", "е"} {
			out = append(out, stem+f)
		}
	}
	out = append(out, "мать", "матери", "матерью", "дочь", "дочери", "дочерью")
	// A call's short form of a title: "Тёть Люба, привет!"
	out = append(out, "тёть", "теть", "дядь")

	out = append(out, "вожатый", "вожатого", "вожатому", "вожатым", "вожатая", "вожатой", "вожатую")            // a camp's counsellor: "Вожатая — Яна"
	out = append(out, "наследница", "наследницы", "наследнице", "наследницу", "наследницей")                    // "наследница Орлова Вера"
	out = append(out, "вожатый", "вожатого", "вожатому", "вожатым", "вожатом", "вожатая", "вожатой", "вожатую") // a camp's counsellor: "Вожатая Дарина"
	out = append(out, "домработница", "домработницы", "домработнице", "домработницу", "домработницей", "няня", "няни",
		"няне", "няню", "сиделка", "сиделки", "сиделке", "сиделку", "сторож", "сторожа", "сторожу") // "Домработница Зульфия"
	out = append(out, "уборщица", "уборщицы", "уборщице", "уборщицу", "уборщицей", "горничная", "горничной", "горничную")
	// "Ученица Полина", "репетитору Анаит", "ваш ребёнок Оскар".
	out = append(out, "ученица", "ученицы", "ученице", "ученицу", "ученицей", "репетитор", "репетитора", "репетитору",
		"репетитором", "ребёнок", "ребенок", "ребёнка", "ребенка", "ребёнку", "ребенку")
	out = append(out, "владелец", "владельца", "владельцу", "владельцем", "владельце", "владелица", "владелицы",
		"владелице", "владелицу", "владелицей") // "Владелец, заберите паспорт", "владельцу Орловой"
	out = append(out, "отец", "mom", "mum", "dad", "mother", "father", "wife", "husband", "son", "daughter",
		"grandma", "grandpa", "grandmother", "grandfather", "sister", "brother", "aunt", "uncle", "auntie", "aunty", "granny", "grandad", "granddad")
	// "Ответственный: Серова", "ответственному Белякову".
	out = append(out, "ответственный", "ответственная", "ответственного", "ответственному", "ответственной",
		"дежурный", "дежурная", "дежурного", "дежурной", "дежурному") // "Дежурная Сомова"
	// Handover verbs: "вручено Корниловой", "передал Петрову".
	out = append(out, "вручено", "вручен", "вручена", "передано", "передан", "передана", "получено", "получил",
		"получила", "принял", "приняла", "принято", "оформлено", "оформлен", "оформлена", "подписал", "подписала")
	out = append(out, "следователь", "следователя", "следователю", "следователем", "лейтенант", "лейтенанта",
		"капитан", "капитана", "майор", "майора")
	// Ranks before a surname in a transcript: "прапорщик бойко", "полковник в отставке громов", "есаул Черненко".
	out = append(out, "прапорщик", "прапорщика", "сержант", "сержанта", "старшина", "старшины", "полковник", "полковника",
		"подполковник", "подполковника", "генерал", "генерала", "ефрейтор", "ефрейтора", "есаул", "есаула", "хорунжий", "хорунжего")
	return append(out, "operator", "agent", "courier", "driver", "doctor", "nurse", "technician", "engineer",
		"sergeant", "officer", "detective", "captain", "lieutenant", "constable", "lt", "sgt", "capt", "tourist", "lawyer", "attorney", "solicitor", "judge",
		"advisor", "adviser", "coach", "tutor", "teacher", "inspector", "guide", "instructor", "volunteer", "dc", "ds", "surveyor", "realtor", "dentist", "guest",
		"passenger", "patient", "tenant", "applicant", "candidate", "employee", "member", "student", "contractor", "subcontractor",
		"paramedic", "medic", "steward", "musher", "foreman", "technologist", "waiter", "photographer", "videographer", "mechanic", "trainer", "attendant", "lifeguard", "master", "installer")
}()

// saintTitles stand before a saint's name, not a person's: "Храм Святого
// Николая". They are stop words (nameStop) and dedications (dedicationBefore).
var saintTitles = [...]string{"святого", "святой", "святителя", "святых", "преподобного", "преподобной",
	"великомученика", "великомученицы", "мученика", "мученицы", "пророка", "пророк", "пророку", "пророком", "prophet", "апостола", "блаженной", "блаженного",
	"равноапостольного", "равноапостольной", "благоверного", "благоверной",
	"архангел", "архангела", "архангелу", "архангелом", "архангеле", "archangel", "св"} // "архангел Михаил", "the Archangel Michael", "св. Иоанна Златоуста"

var nameStop = func() map[string]bool {
	m := map[string]bool{
		// "Божия" before a name: "раба Божия Мария"; the saintTitles are added below.
		"божия": true, "божией": true, "божьей": true, "божий": true,
		// Pronouns a hyphen joins, opening a sentence: "Кто-нибудь, поговорите с ним".
		"кто-нибудь": true, "кто-то": true, "кто-либо": true, "что-нибудь": true, "что-то": true, "вроде": true,
		// A form's heading and a column's: "Guest Registration", "дата,клиент,инн,сумма".
		"registration": true, "инн": true, "if": true, "нашёл": true, "ну-ну": true,
		// Words of firms, jobs, regions and classes that sign or open like names: "Regards, Chief Accountant", "Area Sales Manager Eastern
		// Europe", "Sibirsky Cement", "Ton Atelier", "Soviet era", "is Zumba with Camila still on".
		"accountant": true, "chief": true, "cement": true, "atelier": true, "eastern": true, "soviet": true, "zumba": true,
		// Departments addressed like people: "Лаборатория, найдите карту", "Педиатры, …".
		"лаборатория": true, "регистратура": true, "педиатры": true,
		// Verbs that open a sentence before a person: "Дежурит Тимур", "Говорит Петрович", "Оформит Хабиб".
		"дежурит": true, "говорит": true, "звонит": true, "просит": true, "оформит": true, "встретит": true, "привезёт": true,
		"звоним": true, "вижу": true, // "Звоним Анжеле", "Вижу заказ"
		"пишет": true, "пишу": true, "беспокоит": true, "беспокою": true, // "Пишет Олжас, отец Дильназ"
		// Requests that open a sentence before a person: "Забери Жасура", "Захвати Олега".
		"забери": true, "собери": true, "захвати": true, "найди": true, "подожди": true, "проверь": true,
		// A pet's owner, opening a line: "Хозяин Оскара — Тагир".
		"хозяин": true, "хозяйка": true, "владелец": true, "владелица": true,
		// Pets' names that are no one's: "мама Барсика", "Мурзик заболел".
		"барсик": true, "барсика": true, "барсику": true, "барсиком": true, "мурзик": true, "мурзика": true, "мурзику": true,
		"шарик": true, "шарика": true, "бобик": true, "бобика": true, "тузик": true, "тузика": true, "пушок": true, "пушка": true,
		"рыжик": true, "рыжика": true, "снежок": true, "снежка": true, "мурка": true, "мурки": true, "мурку": true,
		// Offices, groups and places addressed or signed like people ("Dear Admissions", "Vice-Rector for
		// Academic Affairs", "Dear Guests"), words before a letter ("Terminal C.", "Gate B") and the card system
		// after a card's number ("2200 5820 5477 8676, Мир").
		"admissions": true, "affairs": true, "committee": true, "guests": true, "sirs": true, "staff": true, "patrol": true, "coffee": true, "apologies": true, "legal": true, "видео": true, "customers": true, "colleagues": true, "мир": true,
		"applicants": true, "residents": true, "tenants": true, "members": true, "students": true, "terminal": true,
		"gate": true, "platform": true, "sector": true, "zone": true, "dorm": true, "dormitory": true, "nab": true, "up": true, // "Speak Up Kazan"
		"organisation": true, "organization": true, "parent": true, "guardian": true, "guardians": true, "camp": true,
		"youth": true, "juniors": true, "academy": true, "fc": true, "debit": true, "direct": true, "mir": true,
		"mondays": true, "tuesdays": true, "wednesdays": true, "thursdays": true, "fridays": true, "saturdays": true,
		"sundays": true, "author": true, "authors": true, "management": true, "модератор": true, "переводчики": true,
		"payroll": true, "помню": true, "думаю": true, "знаю": true, "compliance": true, "accounting": true,
		"street": true, "avenue": true, "road": true, "inc": true, "ltd": true, "llc": true, "corp": true,
		"team": true, "gmbh": true, "plc": true, "limited": true, "sdn": true, "bhd": true, "support": true, "thanks": true, "thank": true,
		"regards": true, "groetjes": true, "groeten": true, "hello": true, "hi": true, "parents": true, "пожалуйста": true, "federal": true,
		"нур-султан": true, "from": true, "the": true, "and": true, "monday": true, "tuesday": true,
		"wednesday": true, "thursday": true, "passport": true, "паспорт": true, "given": true, "names": true, "first": true, "data": true, "рожд": true,
		"адрес": true, "жительства": true, // an OCR'd form's labels: "АДРЕС Г. ЧЕЛЯБИНСК", "МЕСТО ЖИТЕЛЬСТВА Г. …" // a form's label: "Name,Passport,Date of birth", "Surname,Given names", "Last name,First name"
		"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
		"april": true, "july": true, "august": true, "september": true, "october": true, "november": true,
		"december": true, "dec": true, "feb": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "please": true, "ooo": true, "здравствуйте": true, "спасибо": true, "добрый": true,
		"москва": true, "россия": true, "new": true, "san": true, "los": true, "las": true, "north": true,
		"south": true, "east": true, "west": true, "saint": true, "fort": true, "lake": true, "mount": true,
		"port": true, "united": true, "great": true, "казань": true, "самара": true, "уфа": true,
		"новосибирск": true, "екатеринбург": true, "санкт-петербург": true, "пермь": true, "омск": true, "please,": true, "ок": true, "ok": true, "yes": true, "no": true,
		// Job titles in signatures ("Customer Success Manager") and product
		// model words ("AirPods Pro") are not names.
		"алмате": true,                                                        // the city in the prepositional: "в Алмате"
		"латина": true,                                                        // the dance programme: "Юниоры-1 Латина"
		"южном":  true, "северном": true, "западном": true, "восточном": true, // a district's adjective: "в Южном Бутове"
		"housekeeper": true, "nanny": true, "gardener": true, "cleaner": true, "concierge": true, // "Housekeeper Lyuda,+7 926 …"
		"manager": true, "director": true, "officer": true, "specialist": true, "engineer": true, "assistant": true,
		"coordinator": true, "executive": true, "consultant": true, "representative": true, "analyst": true,
		"administrator": true, "department": true, "sales": true, "success": true, "service": true, "operations": true,
		"head": true, "bank": true, "group": true, "holdings": true, "capital": true, "insurance": true,
		// Documents and systems named after a role ("the Tutor Agreement", "Student Portal", "Guest Policy").
		"agreement": true, "portal": true, "policy": true, "guidelines": true, "terms": true, "charter": true,
		"boutique": true, "бутик": true, // "Lilly & Grace Boutique"
		"аноним": true, "анонимно": true, "anonymous": true, "доброжелатель": true, // a donor who gave no name, "Имя: Анонимно"
		"итого": true, "дарим": true, "вам": true, // a table's total row, "Дарим промокод", "Спасибо Вам всем"
		"sorry": true, "private": true, "gymnasium": true, "chairman": true, "board": true, // "Agent: Sorry, no …", "Customer: Private school", "Dear Board"
		"без": true, "для": true, "при": true, // a preposition after a letter's full stop: "формы А. Без него"
		"individual": true, "dispatching": true, "republic": true, // "Individual Entrepreneur …", "Dispatching Olga", "Tuva Republic"
		"klinikum": true, "universitätsklinikum": true, "universitatsklinikum": true, // clinics: "Klinikum Berlin-Buch"
		"куратор": true, "curator": true, "егерь": true, "предприниматель": true, "proprietors": true, // roles before a name: "Куратор Лейла", "Егерь Миша"
		"поздравляем": true, "свадьба": true, "assoc": true, "system": true, // "Поздравляем Нарека!", "Свадьба Орловых", "Assoc. Prof. V. A. Grishin", a CSV's "System" row
		"grade": true, "principal": true, "culture": true, "god": true, // "Student: daughter, Grade 7", "Dear Principal,", "Culture Day", "there is God"
		"boxberry": true,                                // a parcel carrier: "курьер Boxberry не поднялся"
		"kimlik":   true, "hukuk": true, "burosu": true, // a Turkish ID card and a law office: "T.C. Kimlik No", "Aksoy Hukuk Bürosu"
		"женщина": true, "мужчина": true, "вызов": true, "my": true, // a transcript's speaker or a log's label: "мужчина: тут женщина застряла", "Customer: My name is"
		"отправляй": true, "кран": true, // "— Отправляй.", a crane's model: "Кран Ивановец"
		"кордон": true, "кордона": true, "кордоне": true, "кордоном": true, "kordon": true, "solar": true, // a ranger station: "Кордон Ладожский", "Solar Kordon"
		"документ": true, "повтор": true, "марка": true, "commission": true, // a form's labels: "Документ: …", "Марка: Hyundai"
		"приедет": true, "подъедет": true, "заедет": true, "выйдет": true, "пойдёт": true, "пойдет": true, "придёт": true, "придет": true,
		"seriya": true, "nomer": true, "городской": true, // a passport's transliterated labels, "Seriya 7814 Nomer 557302"; a landline's word
		"позвоню": true, "молодёжь": true, "другая": true, "organising": true, "квикстеп": true, "paso": true, // "Позвоню Алине", "Paso Doble"
		"lavazza": true, "meinl": true, "харабали": true, // coffee brands, a town: "Lavazza Blue", "Meinl Jubiläum"
		"ведёт": true, "ведет": true, // a verb opening a sentence before a name: "Приедет Артём", "Выйдет Гоар", "Ведёт Лиля"
		"azimut": true, "medsi": true, "кортъярд": true, "ozon": true, // hotel and clinic chains, a marketplace: "Azimut Smolenskaya"
		"рождения": true, "выдачи": true, // a scan's labels in capitals: "ДАТА РОЖДЕНИЯ", "ДАТА ВЫДАЧИ"
		"тел": true, "tel": true, // a phone's label after a letter: "кровать А. Тел. +7 701 …"
		"телефон": true, "сумма": true, "phone": true, "denied": true, "granted": true, // a CSV header after a person's column: "Клиент,Телефон,Адрес"
		// Countries in a list's columns: "Hope Lebedev-Carter, daughter, Canada, passport …".
		"canada": true, "russia": true, "ireland": true, "northern": true, "germany": true, "italy": true, "spain": true,
		"poland": true, "ukraine": true, "kazakhstan": true, "uzbekistan": true, "kyrgyzstan": true, "tajikistan": true,
		"armenia": true, "azerbaijan": true, "belarus": true, "china": true, "japan": true, "korea": true, "england": true,
		"scotland": true, "britain": true, "australia": true, "mexico": true, "brazil": true, "latvia": true, "lithuania": true,
		"estonia": true, "finland": true, "sweden": true, "norway": true, "denmark": true, "netherlands": true, "belgium": true,
		"austria": true, "switzerland": true, "portugal": true, "greece": true, "cyprus": true, "serbia": true, "bulgaria": true,
		"romania": true, "hungary": true, "moldova": true, "mongolia": true, "vietnam": true, "thailand": true,
		"србија": true, "srbija": true, "montenegro": true, "türkiye": true, "turkiye": true, "turkey": true,
		"seoul": true, "busan": true, "daejeon": true, "incheon": true, "daegu": true, "gwangju": true, "suwon": true, // Korean cities
		"booking": true, "bookings": true, "reservation": true, "reservations": true, "confirmation": true, // "Booking 61204, room 318", signed "Reservations, Karavan Moscow"
		// Greetings and pronouns that open a turn, weekday abbreviations.
		"здрасте": true, "здрасьте": true, "здрасти": true, "привет": true, "приветствую": true, "мне": true,
		"меня": true, "мы": true, "нам": true, "твоя": true, "твой": true, "ваша": true, "ваш": true, // "Твоя Люся" signs
		"дорогой": true, "дорогая": true, "дорогие": true, "милая": true, "милый": true, // "Дорогой Нодар"
		"дорогому": true, "любимому": true, "любимой": true, "любимая": true, "любимый": true, "милому": true, "милой": true, "родному": true, // a cake's inscription: "Любимому Серёже"
		"тогда": true, "потом": true, "значит": true, "давай": true, "давайте": true, // "— Тогда Лёха, возьми «Газель»."
		"skipper": true, "hostess": true, "deckhand": true, "crew": true, // "Skipper M. Dunn", not "Day Skipper Practical"
		"liebe": true, "lieber": true, "grüße": true, "grüsse": true, "herzliche": true, "viele": true, // "Liebe Grüße, Sabine"
		"coworking": true, "co-working": true, "россети": true, "rosseti": true, "daikin": true, // "Account Manager, Tochka Coworking", "Россети Московский регион", "Daikin Altherma"
		"embassy": true, "consulate": true, "company": true, "amazing": true, // "U.S. Embassy Astana", a CSV's "Name, Company", the song "Amazing Grace"
		"alfa-bank": true, "альфа-банк": true, "бет": true, "билайн": true, "техподдержка": true, "fargo": true, "админ": true, "мегафон": true, "beeline": true, "kcell": true, "tele2": true, "теле2": true, // "Форвард Бет", "Казахстан, Билайн"
		"phonak": true, "oticon": true, "widex": true, "signia": true, "resound": true, "starkey": true, "bernafon": true,
		"unitron": true, "audéo": true, "audeo": true, "lumity": true, // hearing aids: "Phonak Audéo Lumity", "Widex Moment"
		"kaspi": true, "каспи": true, // a Kazakh bank before its card: "Kaspi card 4400 …"
		"прокуратура": true, "прокуратуры": true, "прокуратуре": true, "прокуратуру": true, // "письмо от Прокуратуры Ленинского района"
		// Nouns shaped like surnames in -ина: "Трещина на откосе окна", "Причина: не дозвонились", "Машину ставим".
		"трещина": true, "трещины": true, "царапина": true, "царапины": true, "причина": true, "причины": true,
		"логин": true, "логина": true, "мочевина": true, "машина": true, "машины": true, "машину": true, "машине": true, "машиной": true, "картина": true, "картины": true, "витрина": true, "витрины": true,
		// A republic after its adjective: "в Чувашской Республике"; "гражданка Российской Федерации Панова".
		"республика": true, "республики": true, "республике": true, "республику": true, "республикой": true,
		"федерация": true, "федерации": true, "федерацию": true, "федерацией": true,
		// Place names of two words: "по Сергиеву Посаду", "в Марьину Рощу".
		"посад": true, "посада": true, "посаду": true, "посадом": true, "посаде": true,
		"роща": true, "рощи": true, "роще": true, "рощу": true, "рощей": true,
		// "Regards, Consular Officer"; a bank, "БИК … в Волго-Вятском Сбере"; a 1C log's "Пользователь:
		// Бухгалтер Сидоренко Компьютер: BUH-04"; a post office, "а/я 117, Екатеринбург, Главпочтамт".
		"consular": true, "species": true, "city": true, "valued": true, "nationality": true, "газель": true, "газели": true, "газелью": true, "девочки": true, "девчонки": true, "девчата": true, "мальчики": true, "звони": true, "пиши": true, "напиши": true, "сбер": true, "сбера": true, "сбере": true, "сберу": true, "сбером": true,
		"компьютер": true, "главпочтамт": true,
		"половина": true, "середина": true, "ширина": true, "длина": true, "глубина": true, "вершина": true,
		"пружина": true, "резина": true, "корзина": true, "корзины": true, "вмятина": true, "вмятины": true,
		"hanim": true, "khanum": true, "hanum": true, "khanim": true, "bey": true, "ханум": true, "ханым": true, // turkicHonorific
		"mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
		"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "пн": true, "вт": true, "ср": true,
		"чт": true, "пт": true, "сб": true, "вс": true, "pro": true, "plus": true, "ultra": true, "mini": true, "lite": true,
		// Groups addressed at the start of a message ("Коллеги, добрый день").
		"коллеги": true, "друзья": true, "ребята": true, "ребят": true, "господа": true, "уважаемые": true,
		"девушки": true, "мужчины": true, "граждане": true, "товарищи": true, "соседи": true, "клиенты": true,
		"охрана": true, "бухгалтерия": true, "склад": true, "отдел": true, "служба": true, "поддержка": true,
		"администрация": true, "руководство": true, "ресепшн": true, "водители": true, "менеджеры": true,
		"ops": true, "billing": true, "admin": true, "hr": true, "dispatch": true, "procurement": true,
		"reception": true, "helpdesk": true, "amount": true, "total": true, "status": true, "method": true,
		"universidad": true, "universitat": true, "universite": true, "universita": true, "universitet": true, // ASCII-folded
		"покупатели": true, "пассажиры": true, "жители": true, "родители": true, "sir": true, "madam": true,
		"дети": true, "внуки": true, "правнуки": true, "editor": true, // "Дети, внуки, правнуки.", "Dear Editor,"
		"next": true, // "Next maintenance window Sunday"
		// Words that open a sentence or a signature's line before a name, or close one: "Нашли Арину?", "Добрый.
		// Согласен, записывайте", "Главный бухгалтер", "Customer Quality", "collars M. Delivery",
		// "Бренд: Алёнушка", "по ЭДО, Диадок".
		"нашли": true, "нашла": true, "вакцина": true, "согласен": true, "согласна": true, "главный": true, "главная": true,
		"quality": true, "delivery": true, "бренд": true, "brand": true, "диадок": true, "отч-во": true, // a form's "Фамилия Имя Отч-во:"
		"мастерская": true, "мастерской": true, // a shop: "Мастерская Ольги"
		// Countries in Russian in their cases, after a name or alone: "Мацей Новак, Польша", "в Грузии"; a city's first word.
		"kamensk-uralsky": true, "австрией": true, "австрии": true, "австрию": true, "австрия": true, "азербайджан": true, "азербайджана": true, "англией": true,
		"англии": true, "англию": true, "англия": true, "арменией": true, "армении": true, "армению": true, "армения": true, "беларуси": true,
		"беларусь": true, "белоруссией": true, "белоруссии": true, "белоруссию": true, "белоруссия": true, "бельгией": true, "бельгии": true, "бельгию": true,
		"бельгия": true, "болгарией": true, "болгарии": true, "болгарию": true, "болгария": true, "британией": true, "британии": true, "британию": true,
		"британия": true, "венгрией": true, "венгрии": true, "венгрию": true, "венгрия": true, "вьетнам": true, "вьетнама": true, "германией": true,
		"германии": true, "германию": true, "германия": true, "голландией": true, "голландии": true, "голландию": true, "голландия": true, "грецией": true,
		"греции": true, "грецию": true, "греция": true, "грузией": true, "грузии": true, "грузию": true, "грузия": true, "данией": true,
		"дании": true, "данию": true, "дания": true, "израиль": true, "израилю": true, "израиля": true, "индией": true, "индии": true,
		"индию": true, "индия": true, "ирландией": true, "ирландии": true, "ирландию": true, "ирландия": true, "испанией": true, "испании": true,
		"испанию": true, "испания": true, "италией": true, "италии": true, "италию": true, "италия": true, "казахстан": true, "казахстана": true,
		"казахстане": true, "каменск-уральский": true, "каменска-уральского": true, "канада": true, "канаде": true, "канады": true, "канадой": true, "канаду": true,
		"кипр": true, "кипра": true, "киргизией": true, "киргизии": true, "киргизию": true, "киргизия": true, "китае": true, "китай": true,
		"китая": true, "кыргызстан": true, "кыргызстана": true, "латвией": true, "латвии": true, "латвию": true, "латвия": true, "литва": true,
		"литве": true, "литвы": true, "литвой": true, "литву": true, "монголией": true, "монголии": true, "монголию": true, "монголия": true,
		"набережные": true, "набережным": true, "набережных": true, "великие": true, "великих": true, "великим": true, "норвегией": true, "норвегии": true, "норвегию": true, "норвегия": true, "польша": true,
		"польше": true, "польши": true, "польшей": true, "польшу": true, "россией": true, "россии": true, "россию": true,
		"румынией": true, "румынии": true, "румынию": true, "румыния": true, "сербией": true, "сербии": true, "сербию": true, "сербия": true,
		"словакией": true, "словакии": true, "словакию": true, "словакия": true, "таджикистан": true, "таджикистана": true, "турцией": true, "турции": true,
		"турцию": true, "турция": true, "узбекистан": true, "узбекистана": true, "финляндией": true, "финляндии": true, "финляндию": true, "финляндия": true,
		"францией": true, "франции": true, "францию": true, "франция": true, "хорватией": true, "хорватии": true, "хорватию": true, "хорватия": true,
		"черногорией": true, "черногории": true, "черногорию": true, "черногория": true, "чехией": true, "чехии": true, "чехию": true, "чехия": true,
		"швейцарией": true, "швейцарии": true, "швейцарию": true, "швейцария": true, "швецией": true, "швеции": true, "швецию": true, "швеция": true,
		"шотландией": true, "шотландии": true, "шотландию": true, "шотландия": true, "эстонией": true, "эстонии": true, "эстонию": true, "эстония": true,
		"японией": true, "японии": true, "японию": true, "япония": true,
		"шкаф": true, "диван": true, "стул": true, "лофт": true, // a furniture table's item: "Шкаф Виктория 180"
		"нидерланды": true, "glovo": true, // a country, a courier service
		"term":       true,                                                                     // a table's column: "Sokolov Ivan Term 1"
		"переводчик": true, "украина": true, "украины": true, "украине": true, "украину": true, // "Переводчик, обратите внимание", "г. Харьков, Украина"
		"номер":    true, // "Номер, кстати, невалидный."
		"georgian": true, "armenian": true, "uzbek": true, "kyrgyz": true, "tajik": true, "azerbaijani": true, "belarusian": true,
		"emirati": true, "moldovan": true, // "my passport is Georgian"
		// Coins and tokens: "is Floki listed yet?"
		"floki": true, "shiba": true, "doge": true, "dogecoin": true, "solana": true, "cardano": true, "polkadot": true,
		"pepe": true, "lido": true, "aave": true, "tether": true, "litecoin": true,
		// Nationalities and languages ("German passport", "Russian account").
		"english": true, "german": true, "russian": true, "french": true, "spanish": true, "italian": true,
		"chinese": true, "japanese": true, "korean": true, "american": true, "british": true, "ukrainian": true,
		"kazakh": true, "polish": true, "dutch": true, "turkish": true, "arabic": true, "european": true,
		"hindi": true, "urdu": true, "tamil": true, "bengali": true, "persian": true, "hebrew": true,
		"swahili": true, "tagalog": true, "portuguese": true, "greek": true, "swedish": true, "finnish": true,
		"czech": true, "slovak": true, "danish": true, "norwegian": true, "irish": true, "scottish": true, "serbian": true,
		"croatian": true, "romanian": true, "hungarian": true, "bulgarian": true, "latvian": true, "lithuanian": true,
		"estonian": true, "canadian": true, "australian": true, "nigerian": true, "egyptian": true, "israeli": true,
		"austrian": true, "swiss": true, "belgian": true, "mexican": true, "brazilian": true, // "I'm Czech, living in Dubai"
		"тест": true, "test": true, // a form's test entry: "Имя: Тест"
		"магазин": true, "кукла": true, // a shop's and a doll's name: «Магазин Надежда», "Кукла Маша"
		"понял": true, "поняла": true, // a reply opening a line: "Понял, завтра привезу"
		"не": true, "может": true, "стоп": true, // "Имя: Не указано", "Может, оплатили на старые реквизиты?", "Стоп, …"
		"есть":    true,                                 // a verb opening a sentence: "Есть Глеб — архитектор"
		"mozilla": true,                                 // a browser's user agent: "User-Agent Mozilla/5.0"
		"email":   true, "e-mail": true, "mobile": true, // a table's header: "Name,Email,Mobile"
		// Office and document words in capitalized titles ("Accounts Payable",
		// "Access Request", "Annex B", "Main Directorate").
		"accounts": true, "payable": true, "receivable": true, "components": true, "saas": true, "access": true,
		"request": true, "protection": true, "regulation": true, "island": true, "auto": true, "upgrade": true,
		"environment": true, "annex": true, "directorate": true, "main": true, "subject": true, "invoice": true,
		// Answers that open a speaker's turn ("Клиент: Хорошо, спасибо").
		"да": true, "нет": true, "хорошо": true, "ладно": true, "конечно": true, "понятно": true, "отлично": true,
		"угу": true, "ага": true, "алло": true, "алё": true, "але": true, "done": true, "студия": true, // "Алё, здравствуйте", "Done, Lukas —", "Студия, добрый день"
		"сопровождающий": true, "сопровождающая": true, // a role: "Сопровождающий Арсений"
		"россельхознадзора": true, "росприроднадзора": true, "роспотребнадзора": true, "ростехнадзора": true, "роскомнадзора": true,
		"росздравнадзора": true, "ространснадзора": true, // an inspector's agency before his name: "представитель Россельхознадзора Ибрагимова Д. Ф."
		"okay": true, "sure": true, "yeah": true, "right": true, "fine": true, "yep": true, "yup": true, "nope": true,
		"sent": true, "мужики": true, "комендант": true, "оплачу": true, "окна": true, "темы": true, // "Sent from my iPhone", "Мужики, видели?", "Окна, двери, балконы", "Темы: культура"
		"супер": true, "можно": true, "gamarjoba": true, "host": true, "uzm": true, "air": true, "government": true,
		"основной": true, "основная": true, "основные": true,
		"decree": true,
		// Parenthetical words that open a sentence ("Похоже, перепутали").
		"похоже": true, "кажется": true, "видимо": true, "наверное": true, "возможно": true, "вероятно": true,
		"кстати": true, "пожалуй": true, "впрочем": true, "короче": true, "итак": true, "говорят": true,
		// Payment form labels ("Payer: Levan Beridze", "Order: ORD-2025-033006").
		"payer": true, "payee": true, "beneficiary": true, "purpose": true, "order": true, "hospital": true,
	}
	for _, w := range saintTitles {
		m[w] = true
	}
	for w := range latinCities {
		m[w] = true // "customer, Moscow"
	}
	return m
}()

// latinCities are cities in Latin letters, ASCII-folded; Cyrillic ones are
// in ruCities.
var latinCities = map[string]bool{
	"moscow": true, "kazan": true, "london": true, "berlin": true, "dubai": true, "almaty": true, "astana": true,
	"tashkent": true, "minsk": true, "kyiv": true, "kiev": true, "riga": true, "tallinn": true, "vilnius": true,
	"warsaw": true, "prague": true, "istanbul": true, "tbilisi": true, "yerevan": true, "baku": true,
	"bishkek": true, "novosibirsk": true, "yekaterinburg": true, "petersburg": true, "krasnodar": true, "sochi": true,
	"kaliningrad": true, "samara": true, "rostov": true, "voronezh": true, "volgograd": true, "krasnoyarsk": true,
	"chelyabinsk": true, "tyumen": true, "irkutsk": true, "vladivostok": true, "khabarovsk": true, "murmansk": true,
	"beograd": true, "belgrade": true, "batumi": true, "antalya": true, "alanya": true, "hurghada": true, "pattaya": true, "phuket": true, "colombo": true,
	"mecca": true, "makkah": true, "medina": true, "madinah": true, "jeddah": true, "manila": true,
	"podolsk": true, "khimki": true, "mytishchi": true, "balashikha": true, "lyubertsy": true, "krasnogorsk": true, "odintsovo": true,
	"zelenograd": true, "samarkand": true, "bukhara": true, "andijan": true, "andijon": true, "fergana": true, "namangan": true,
	"khujand": true, "khudjand": true, "dushanbe": true, "osh": true, "karakol": true, "kulob": true, "termez": true, "nukus": true,
	"novi": true, "sad": true, // "Novi Sad"
	"saratov": true, "tolyatti": true, "togliatti": true, "ulyanovsk": true, "ufa": true, "omsk": true, "tomsk": true,
	"penza": true, "orenburg": true, "izhevsk": true, "barnaul": true, "yaroslavl": true, "tula": true, "ryazan": true,
	"cheboksary": true, "kemerovo": true, "astrakhan": true, "syzran": true, "novokuybyshevsk": true, "balakovo": true,
	"naberezhnye": true, "nizhnekamsk": true, "sterlitamak": true, "surgut": true, "tver": true, "smolensk": true,
	"novgorod":    true, // "Nizhny Novgorod", "Veliky Novgorod"
	"makhachkala": true, "derbent": true, "aktau": true, "atyrau": true, "aktobe": true, "kostanay": true, "sumgait": true,
	"ulaanbaatar": true, "kaunas": true, "klaipeda": true, "kirov": true, "pskov": true,
	"tara": true, "isilkul": true, // Omsk region's towns: "the Tara office"
	// Towns of central and northern Russia, some of them surnames too: "Delivery to Orel tomorrow".
	"orel": true, "oryol": true, "belgorod": true, "kursk": true, "lipetsk": true, "kaluga": true, "tambov": true, "bryansk": true,
	"vologda": true, "arkhangelsk": true, "petrozavodsk": true, "kostroma": true, "gatchina": true, "tosno": true,
	"sheregesh": true, "dombay": true, "kirovsk": true, "teberda": true, "arkhyz": true, "dzerzhinsk": true, // ski resorts: "Sheregesh, Podgornaya 22, chalet 5"
	// Regional centres and large towns beyond the Urals and in the south: "Blagoveshchensk, Lenina 135-47", "angarsk, quarter eighty-five".
	"perm": true, "chita": true, "yakutsk": true, "blagoveshchensk": true, "angarsk": true, "bratsk": true, "magadan": true, "norilsk": true,
	"nizhnevartovsk": true, "salekhard": true, "syktyvkar": true, "ukhta": true, "severodvinsk": true, "cherepovets": true,
	"magnitogorsk": true, "zlatoust": true, "tobolsk": true, "abakan": true, "kyzyl": true, "biysk": true, "novokuznetsk": true,
	"nakhodka": true, "ussuriysk": true, "stavropol": true, "pyatigorsk": true, "kislovodsk": true, "nalchik": true,
	"vladikavkaz": true, "maykop": true, "novorossiysk": true, "anapa": true, "gelendzhik": true, "taganrog": true, "saransk": true,
	"ivanovo": true, "kolomna": true, "serpukhov": true, "obninsk": true, "sevastopol": true, "simferopol": true,
}

// productWords follow a brand, a company or a product rather than a
// person's name ("Lonestar Supply", "Pinecrest Clinics", "Sakura Travel",
// "Boxing Day"); banks; car models after a make that is also a name ("Лада
// Веста"). They break a name run, and a lone name before one is a brand.
var productWords = map[string]bool{
	"nazik": true, "назик": true, // a dish named after a man: "Али Назик", "Ali Nazik"
	"supply": true, "supplies": true, "gown": true, "dress": true, // "the Aurora dress", "the 'Isabella' gown"
	"clinic": true, "clinics": true, "logistics": true, "solutions": true,
	"systems": true, "services": true, "partners": true, "labs": true, "studio": true, "studios": true,
	"media": true, "digital": true, "motors": true, "travel": true, "tour": true, "tours": true, "tourism": true, "turizm": true, "realty": true, "properties": true,
	"homes": true, "home": true, "hub": true, "маркет": true, "маркета": true, "маркете": true, "сервис": true, "сервиса": true, "сервисе": true, "dental": true, "medical": true, "health": true, "pharmacy": true, "fitness": true,
	"foods": true, "trading": true, "trade": true, "consulting": true, "industries": true, "international": true,
	"global": true, "associates": true, "enterprises": true, "ventures": true, "technologies": true,
	"software": true, "games": true, "olympiad": true, "olympiads": true, "mathematik": true, "memorial": true, "cup": true, "marathon": true, "trophy": true, "villas": true, "apartments": true, "networks": true, "hotel": true, "peak": true, "mag": true, "lab": true, "cottage": true, "business": true, "modern": true, "trakt": true, "payments": true, "pawnbrokers": true, "security": true, "endpoint": true, "vets": true, "joinery": true, "pay": true, "leather": true, "books": true,
	"foundation": true, "kindergarten": true, "insaat": true, "vinothek": true, "gostinitsa": true, // "Nordic Trails Oy", "Helping Hands Foundation"
	"events": true, "photo": true, "photography": true, "juniors": true, "bride": true, "weddings": true, // "Adler Events", "Smith Photo", "Akzhol Juniors", "Amber Bride"
	"candles": true, "workshop": true, "primary": true, "soft": true, "vita": true, "house": true, "class": true, "hair": true, "robotics": true,
	"factory": true, "porcelain": true, "hardware": true, "trans": true, // "Zhang Ji Hardware Factory", "Alatau Trans"
	"stout": true, "porter": true, "weizen": true, "lager": true, "pilsner": true, "brewery": true, "pivovarnya": true, // beers and breweries: "Grandma Olga Stout", "Vanya Weizen"
	"hotels": true, "resort": true, "academy": true, "school": true, "college": true, "university": true, "institute": true, "bootcamp": true, "store": true,
	"stores": true, "shop": true, "market": true, "bakery": true, "cafe": true, "restaurant": true,
	"kitchen": true, "farms": true, "energy": true, "telecom": true, "airlines": true, "airways": true,
	"express": true, "freight": true, "shipping": true, "transport": true, "garage": true, "salon": true,
	"care": true, "desk": true, "center": true, "centre": true, "hospital": true, "hospitals": true, "merkezi": true,
	"relations": true, "experience": true, "day": true, "heights": true, "branch": true, "office": true, "project": true, "edition": true,
	"sberbank": true, "tinkoff": true, "raiffeisen": true, "gazprombank": true, "сбербанк": true,
	"тинькофф": true, "райффайзенбанк": true, "газпромбанк": true, "альфа-банк": true, "втб": true,
	"веста": true, "гранта": true, "приора": true, "калина": true, "нива": true, "ларгус": true,
	"иксрей": true, "vesta": true, "granta": true, "largus": true, "inn": true, "suites": true, "lodge": true,
	"motel": true, "hostel": true, "co": true, "gym": true, "council": true, "authority": true, "act": true,
	"plumbing": true, "accounting": true, "connect": true, "porting": true, "electric": true, "roofing": true,
	"cleaning": true, "fashion": true, "construction": true, "drilling": true, "mining": true, "development": true,
	"developments": true, "investments": true, "builders": true, "insurance": true, "holding": true,
	"holdings": true, "capital": true, "palace": true, "bay": true, "beach": true, "club": true, "transfer": true, "transfers": true, "tower": true,
	"towers": true, "plaza": true, "gate": true, "harbour": true, "harbor": true, "station": true, "falls": true,
	"interiors": true, "sands": true, "residence": true, "residences": true, "garden": true, "gardens": true,
	"castle": true, "tekstil": true, "mobilya": true, "sanayi": true, "textile": true, "textiles": true, "seramik": true, "ceramics": true,
	"imports": true, "exports": true, "pharma": true, "tea": true, "communications": true, "retail": true,
	"recruitment": true, "staffing": true, "secret": true, "kong": true, "barclays": true, "lloyds": true,
	"sainsburys": true, "harrods": true, "artists": true, "agency": true, "trio": true, "quartet": true,
	"quintet": true, "ensemble": true, "orchestra": true, "choir": true, "band": true, "records": true,
	"productions": true, "entertainment": true, "engineering": true, "makina": true, "impianti": true,
	"maschinenbau": true, "tecnologie": true, "technik": true, "machinery": true, "industrie": true, "industria": true,
	"anlagenbau": true, "mastercard": true, "gallery": true, "museum": true, "fortress": true, "cathedral": true, "avis": true,
	"hertz": true, "europcar": true, "sixt": true, // car rental firms: "The rental company is Avis"
	"monastery": true, "posad": true,
	"finance": true, "design": true, "cars": true, "auto": true, "автомобиль": true, "москвич": true,
}

// carBrands open a model name that looks like a person's: "Renault Logan",
// "Geely Coolray", "Chery Tiggo", "Лада Нива".
var carBrands = map[string]bool{
	"renault": true, "geely": true, "chery": true, "haval": true, "hyundai": true, "toyota": true, "skoda": true,
	"volkswagen": true, "nissan": true, "lada": true, "changan": true, "exeed": true, "omoda": true, "jetour": true,
	"chevrolet": true, "ford": true, "honda": true, "mazda": true, "subaru": true, "peugeot": true, "citroen": true,
	"opel": true, "lexus": true, "bmw": true, "audi": true, "tesla": true, "jeep": true, "dodge": true, "uaz": true,
	"kia": true, "yandex": true, "mitsubishi": true, "suzuki": true, "volvo": true, "киа": true,
	"zeekr": true, "taycan": true, // "Zeekr X.", "Taycan Turbo S."
	"patek": true, "macbook": true, "iphone": true, "ipad": true, // "Patek Philippe Nautilus", "MacBook Air"
	"huawei": true, "xiaomi": true, "samsung": true, // "Huawei Xiaoming", a phone's model
	"pfaff": true, "bernina": true, "janome": true, "juki": true, "siruba": true, // sewing machines: "Pfaff Select 4.2", "Bernina Activa 240"
	"рено": true, "джили": true, "чери": true, "хавал": true, "хендай": true, "хёндэ": true, "тойота": true,
	"шкода": true, "фольксваген": true, "ниссан": true, "лада": true, "уаз": true, "газ": true,
	"ладу": true, "лады": true, "ладе": true, "ладой": true, // "за Ладу Весту"
	"мазда": true, "мазду": true, "хонда": true, "хонду": true, "субару": true, "пежо": true, "ситроен": true,
	"опель": true, "лексус": true, "ауди": true, "вольво": true, "мицубиси": true, "сузуки": true,
	"приора": true, "приору": true, "приоры": true, "приоре": true, "гранта": true, "гранту": true, "гранты": true, // "я Приору сдавал"; not Шевроле and Тесла, which are surnames too
	// Farm machinery: "Claas Jaguar", "Fendt Vario", "Ростсельмаш Торум".
	"claas": true, "fendt": true, "deutz": true, "kubota": true, "valtra": true, "jcb": true, "kverneland": true,
	// Coffee machines and ski gear: "Melitta Cafina", "Jacobs Monarch", "Burton Custom".
	"melitta": true, "franke": true, "krups": true, "saeco": true, "jacobs": true, "burton": true, "rossignol": true,
	"salomon": true,
	"amazone": true, "lemken": true, "класс": true, "фендт": true, "ростсельмаш": true, "кировец": true,
	// Musical instruments: "Yamaha Clavinova", "Kawai Aures".
	"yamaha": true, "casio": true, "kawai": true, "korg": true, "petrof": true, "epiphone": true, "ямаха": true,
	"касио": true, "петроф": true,
}

// brandBefore reports a capitalized word right before start that is a car
// brand or a product line's word, not part of the name after it: "Renault
// Logan", "Chery Tiggo 7 Pro Max", "Toyota Mark X", "Десерт Павлова".
func brandBefore(s string, start int) bool {
	if start < 2 || s[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && start-b < 24 && (isASCIILetter(s[b-1]) || s[b-1] >= 0x80) {
		b--
	}
	if b == start-1 || !upperAt(s[b:]) {
		return false
	}
	var buf [64]byte
	prev, _ := foldInto(buf[:0], s[b:start-1])
	return carBrands[string(prev)] || productBefore(string(prev))
}

// carColumn reports a table cell under a car's make or model: "стоковый
// №|марка|модель" … "СТ-5512|Lada|Vesta SW".
func carColumn(s string, start, end int) bool {
	h := strings.TrimSpace(cellHeader(s, start, end))
	if h == "" || len(h) > 16 {
		return false
	}
	switch strings.ToLower(h) {
	case "make", "model", "brand", "марка", "модель", "бренд":
		return true
	}
	return false
}

// productKeyBefore reports a brand's or product's key, a quote and an "="
// or ": " before start: brand="Алёнушка", "Бренд: Алёнушка", "brand 'Lada'".
func productKeyBefore(s string, start int) bool {
	k, quoted := start, false
	if k > 0 && (s[k-1] == '"' || s[k-1] == '\'') {
		k, quoted = k-1, true
	} else if k >= 2 && s[k-2:k] == "«" {
		k, quoted = k-2, true
	}
	if k > 0 && s[k-1] == '=' {
		k--
	} else if k >= 2 && s[k-2:k] == ": " {
		k -= 2
	} else if quoted && k > 0 && s[k-1] == ' ' {
		k--
	} else {
		return false
	}
	if k == 0 || !isASCIILetter(s[k-1]) && s[k-1] < 0x80 {
		return false
	}
	var buf [24]byte
	switch string(prevWord(s, k, buf[:0])) {
	case "brand", "бренд", "бренда", "product", "товар", "product_name", "brand_name", "клеймо", "клейма", "клеймом", "hallmark":
		return true
	}
	return false
}

// quotedBrandAfter reports a quoted name followed by the word "brand":
// "earrings Au585, 'Sokolov' brand".
func quotedBrandAfter(s string, start, end int) bool {
	if start == 0 || end >= len(s) {
		return false
	}
	switch {
	case s[start-1] == '\'' && s[end] == '\'', s[start-1] == '"' && s[end] == '"':
		end++
	case start >= 2 && s[start-2:start] == "«" && strings.HasPrefix(s[end:], "»"):
		end += len("»")
	default:
		return false
	}
	return startsAny(s[end:], " brand", "-brand", " бренда", " бренд")
}

// countedContainer reports a number and a container before start, the
// product after them in the genitive: "3 бутыли Алёнушки", "2 bottles of
// Alyonushka".
func countedContainer(s string, start int) bool {
	if start < 4 || s[start-1] != ' ' {
		return false
	}
	k := start - 1
	if strings.HasSuffix(s[:k], " of") {
		k -= len(" of")
	}
	b, e := prevWordBounds(s, k)
	if e != k || b < 2 || s[b-1] != ' ' || !isDigit(s[b-2]) {
		return false // a count before the container: "3 бутыли", "2 bottles of"
	}
	var buf [24]byte
	w, _ := foldInto(buf[:0], s[b:e])
	switch string(w) {
	case "бутыли", "бутылей", "бутылки", "бутылок", "бутыль", "бутылку", "банки", "банок", "пачки", "пачек", "упаковки", "упаковок",
		"bottles", "bottle", "packs", "cans", "jars", "boxes":
	default:
		return false
	}
	name := s[start:wordEnd(s, start)]
	return w[0] < 0x80 || strings.HasSuffix(name, "и") || strings.HasSuffix(name, "ы") // the genitive only: "3 бутыли Алёнушки", not "3 бутыли Маше"
}

// productBefore reports a word of a product line before a name: "Chery
// Tiggo 7 Pro Max", "Visa Platinum Victoria", "Junior Suite Pushkin".
func productBefore(w string) bool {
	switch w {
	case "pro", "platinum", "gold", "classic", "premium", "supreme", "signature", "infinite", "suite", "edition", "super",
		"десерт", "торт", "пицца", "салат", "коктейль", "dessert", "cake", "pizza", "salad", "cocktail",
		"кебаб", "kebab", "хачапури", "khachapuri", // dishes named after people: "Кебаб Али", "Khachapuri Tamara"
		"oticon", "phonak", "widex", "signia", "resound", "starkey", "bernafon", "unitron":
		return true // "Десерт Павлова", "Pizza Margherita", a hearing aid's model: "Oticon Ruby"
	}
	return false
}

// monthNames that are also first names (April, May, June, August) are
// months after a preposition or before a day or year: "for April", "May 12".
func monthName(w string) bool {
	switch w {
	case "April", "May", "June", "August":
		return true
	}
	return false
}

// monthJoined reports a month name joined by "and", "or" or a dash to
// another month's name before or after it.
func monthJoined(s string, start, end int) bool {
	for _, j := range [...]string{" and ", " or ", " & ", " to "} {
		if strings.HasPrefix(s[end:], j) {
			if b := end + len(j); b < len(s) && monthWord(s[b:wordEnd(s, b)]) {
				return true
			}
		}
		if strings.HasSuffix(s[:start], j) {
			if a := wordStartBefore(s, start-len(j)); a >= 0 && monthWord(s[a:start-len(j)]) {
				return true
			}
		}
	}
	return false
}

// monthWord reports an English month's name, capitalized.
func monthWord(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
		"December":
		return true
	}
	return false
}

// monthNoun reports a lower-case noun that a month's name qualifies: "June
// fees", "the April invoice".
func monthNoun(w string) bool {
	switch w {
	case "fees", "fee", "invoice", "invoices", "bill", "bills", "rent", "payment", "payments", "salary", "schedule", "availability",
		"statement", "report", "newsletter", "issue", "edition", "intake", "deadline", "holidays", "holiday", "break",
		"catalogue", "catalog", "sale", "sales", "figures", "payroll", "rota", "timetable", "order", "orders", "bookings", "readings":
		return true
	}
	return false
}

// monthDated reports a month name that the text also writes in a date, a
// number before or after it ("3 May", "May 12"): there the bare word is the
// month too.
func monthDated(s, month string) bool {
	for k := 0; ; {
		n := strings.Index(s[k:], month)
		if n < 0 {
			return false
		}
		a, b := k+n, k+n+len(month)
		if a >= 2 && s[a-1] == ' ' && isDigit(s[a-2]) || b+1 < len(s) && s[b] == ' ' && isDigit(s[b+1]) {
			return true
		}
		k = b
	}
}

// elderSuffix is the length of the Uzbek elder's "-aka", "-opa", "-ака" or
// "-опа", or the Kazakh and Tatar elder sister's "-апа", that ends the word
// w after at least three bytes of name, or 0.
func elderSuffix(w string) int {
	n := len(w)
	if n >= 7 && w[n-4] == '-' && (w[n-3:] == "aka" || w[n-3:] == "opa" || w[n-3:] == "apa") {
		return 4
	}
	if n >= 10 && w[n-7] == '-' && (w[n-6:] == "ака" || w[n-6:] == "опа" || w[n-6:] == "апа") {
		return 7
	}
	return 0 // one byte test for most words: the hyphen's place
}

// nameToken classifies the capitalized word s[i:j] with one fold and at
// most two table lookups.
func (sc *scanner) nameToken(i, j int) nameTok {
	s := sc.s
	if s[i] < 0x80 && j-i > 6 && s[j-1] >= 'a' {
		if h := strings.LastIndexByte(s[i:j], '-'); h > 2 && japaneseHonorific(s[i+h+1:j]) {
			return sc.nameToken(i, i+h) // the name before "-san": "Tanaka-san"
		}
	}
	if n := elderSuffix(s[i:j]); n > 0 {
		t := sc.nameToken(i, j-n)
		t.end = j // an Uzbek elder's "-aka" or "-опа" goes with the name, as the files label it: "Bekzat-aka", "Бекзат-ака"
		return t
	}
	sz, _ := letterAt(s, i)
	t := nameTok{start: i, end: j}
	if j < len(s) && s[j] == '.' && (j-i == sz || j-i == 2 && latinDigraphInitial(s[i:j])) &&
		!(j+1 < len(s) && (s[j+1] >= 'a' && s[j+1] <= 'z' || isDigit(s[j+1]))) && !(i > 1 && s[i-1] == '/' && isASCIILetter(s[i-2])) { // initial: "И." or "И.И.", "Sh.", not "S.p.A.", a unit's "mmol/L." or a colour's "C.350"
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
	if j-i <= sz {
		return t
	}
	if s[i+sz] == '-' {
		return t // spelled out: "W-I-E-R-Z-B-I-C-K-I"
	}
	if _, up := letterAt(s, i+sz); up || j-i > 4 && s[i] == 'O' && s[i+1] == '\'' && isUpperASCII(s[i+2]) && isUpperASCII(s[i+3]) {
		return sc.capsToken(t) // acronym (ООО, ИНН, USA) or a name in capitals, "O'CONNOR"
	}
	if s[i] >= 0xD0 && j-i >= 10 && endsAny(s[i:j], "віч", "ўна", "ВІЧ", "ЎНА") {
		t.flags = tkPatr // a Belarusian patronymic (or a surname in -віч): "Аляксандравіч", "Міхайлаўна", "Лукашэвіч"
		return t
	}
	var buf [96]byte
	w, ok := foldInto(buf[:0], s[i:j])
	if !ok {
		// Letters beyond ASCII and basic Cyrillic (José, Björn, Ігор): the
		// table knows the name without its accents; an unknown word can
		// still be part of a name.
		t.cand = j-i <= 64
		t.ext = s[i] < 0x80 || s[i] == 0xC3 || s[i] == 0xC4 || s[i] == 0xC5
		if a, ok := asciiFoldInto(buf[:0], s[i:j]); ok && t.cand {
			if in, found := wordTab.get(a); found && in.isName() {
				t.flags = uint16(in.flags)
			} else if found && in.addr != 0 {
				t.addr, t.cand = in.addr, false // a street's word: "Atatürk Bulvarı"
			} else if found && in.word&wStop != 0 {
				t.cand = false // "Università di Bologna"
			} else if f := doubleName(a); f != 0 {
				t.flags = f // "Hans-Jürgen"
			} else if w := s[i:j]; (strings.HasSuffix(w, "ić") || strings.HasSuffix(w, "ič")) && j-i >= 6 {
				t.flags = tkMorph // a South Slavic surname: "Marković", "Lazić"; not a street, "Višegradska"
			}
		}
		return t
	}
	in, found := wordTab.get(w)
	if !found && s[i] >= 0xD0 {
		if h := strings.IndexByte(s[i:j], '-'); h > 0 {
			if hi := tableInfo(s[i : i+h]); hi.word&wTitle != 0 {
				in, found = hi, true // a compound role: "Врач-терапевт Н.А. Ковалёва", "Мастер-приёмщик"
			}
		}
	}
	if found && in.isName() {
		t.flags = uint16(in.flags)
		if s[i] < 0x80 {
			t.addr = in.addr // "Lane" is a surname and a street suffix
		}
		return t
	}
	if !found {
		if f := doubleName(w); f != 0 {
			t.flags = f
			return t
		}
	}
	t.addr = in.addr
	t.cue = in.word & (wCue | wCueStrong)
	if t.addr != 0 || in.word != 0 {
		return t
	}
	t.cand = !innerCapital(s[i:j]) && !(j-i == 5 && s[i+2] == '-' && isUpperASCII(s[i+3])) // not "ЭхоКГ", "ЛабЭкспресс", "MedTech", "Wi-Fi": a brand or an abbreviation
	if !t.cand {
		return t
	}
	if (s[i] >= 0x80 || i >= 4 && (s[i-4:i] == "the " || s[i-4:i] == "The ") || i >= 5 && (s[i-5:i] == "both " || s[i-5:i] == "Both ")) && len(w) >= 4 {
		if f := familyOf(w); f != 0 {
			t.flags = uint16(f) | tkFamily // Морозовых, Хачатрянов, the Thompsons
			return t
		}
		if len(w) >= 16 && endsAny(string(w), "овых", "евых", "ёвых", "иных", "ыных") && familyWordBefore(s, i) {
			t.flags = uint16(fRuSurname) | tkFamily // a surname the tables lack, after "семья": "заберёт семью Калиевых"
			return t
		}
	}
	if s[i] < 0x80 {
		switch {
		case koreanGivenName(s[i:j]) && (koreanSurnameBefore(s, i) || koreanSurnameAfter(s, j) || koreanSyllables(w)):
			t.flags = uint16(fEnFirst) // "Soo-jin", "Jae-won": a Korean given name after its surname
		case latinPatronymic(w) || colloquialPatronymic(w):
			t.flags = tkPatr // "Tatiana Olegovna Morozova", "Guide Semyonych"
		case latinSurname(w) || irishSurname(s[i:j]):
			t.flags = tkMorph // Ivanova, Kovalenko, Petrosyan, O'Malley, McAllister
		}
		return t
	}
	if _, ok := matchEnding(w, nounShapeEndings, 5); ok {
		t.cand = false // a city or a noun's shape, not a name: Челябинск, Оренбург, Внимание, Руководство
		return t
	}
	for _, e := range verbEndings(w) {
		if len(w) > len(e)+4 && (len(e) < 3 || w[len(w)-3] == e[len(e)-3]) && string(w[len(w)-len(e):]) == e {
			t.cand = false // a verb that opens a sentence: "Позвонить Петровичу", "Передайте", "Эскалировано"
			return t
		}
	}
	if k, ok := lookupStem(w); ok && k == ctxPassport {
		t.cand = false // a document before its holder's name: "Паспорт Данияра", "Загранпаспорт Лены"
		return t
	}
	if f := diminutiveOf(w); f != 0 {
		t.flags = uint16(f) // "Лизонька", "Танечку"
		return t
	}
	if f := maleDiminutiveOf(w); f != 0 {
		t.flags = uint16(f) // "Артурчик", "Тимурчика"
		return t
	}
	if colloquialPatronymic(w) {
		t.flags = tkPatr // "слесарь Михалыч", "Палыч"
		return t
	}
	if e, ok := matchEnding(w, patronymicEndings, 6); ok && (e.keep != "ич" || shortPatronymic(w[:len(w)-len(e.sfx)])) {
		t.flags = tkPatr
		return t
	}
	if _, ok := matchEnding(w, surnameEndings, 4); ok || len(w) >= 8 && (strings.HasSuffix(s[i:j], "ић") || strings.HasSuffix(s[i:j], "ИЋ")) ||
		len(w) >= 10 && (strings.HasSuffix(s[i:j], "скі") || strings.HasSuffix(s[i:j], "цкі") || strings.HasSuffix(s[i:j], "ская")) {
		t.flags = tkMorph // also a Serbian surname in Cyrillic, "Николић", and a Belarusian one, "Шыманскі"
	}
	return t
}

// tableHeaderLine reports i on a pipe table's header line: the next line
// is the rule under it, "|---|---|".
func tableHeaderLine(s string, i int) bool {
	if strings.IndexByte(s[lineStart(s, i, 300):i], '|') < 0 {
		return false // no table's cell before it on its line, as in most text
	}
	e := strings.IndexByte(s[i:], '\n')
	if e < 0 || i+e+4 >= len(s) {
		return false
	}
	next := s[i+e+1:]
	return strings.HasPrefix(next, "|---") || strings.HasPrefix(next, "|:--") || strings.HasPrefix(next, "| ---")
}

// cityNamesake reports Vladimir, a town and a man's name, standing as the
// town: joined to another town by "и", "and" or a comma, after "in",
// "across" or "near", or under a table's "город" or "city" column.
func cityNamesake(s string, start, end int) bool {
	if w := s[start:end]; w != "Владимир" && w != "Vladimir" {
		return false
	}
	for _, j := range [...]string{" и ", " and ", ", "} {
		if strings.HasPrefix(s[end:], j) {
			if q := end + len(j); q < len(s) && upperAt(s[q:]) && knownCity(s[q:wordEnd(s, q)]) {
				return true
			}
		}
	}
	if b := wordStartBefore(s, max(0, start-1)); b >= 0 && start >= 2 && s[start-1] == ' ' {
		switch s[b : start-1] {
		case "in", "across", "near", "around", "и", "and":
			if s[b:start-1] == "и" || s[b:start-1] == "and" {
				a := wordStartBefore(s, max(0, b-1))
				return a >= 0 && b >= 2 && s[b-1] == ' ' && knownCity(s[a:b-1]) // "Suzdal and Vladimir"
			}
			return true
		}
	}
	switch strings.ToLower(strings.TrimSpace(cellHeader(s, start, end))) {
	case "город", "city", "town":
		return true
	}
	return false
}

// thingsListed reports the name at start as an item of a list of names
// right after an animal's or brands' word and a dash or a colon: "alpacas —
// Kuzya, Persik, Luna", "козы: Маша, Зоя и Дуся", "Brands sold: Cartier,
// Sokolov".
func thingsListed(s string, start int) bool {
	p := start
	for k := 0; k < 12; k++ {
		var q int
		switch {
		case p >= 3 && s[p-2:p] == ", " && s[p-3] != ' ':
			q = p - 2
		case p >= len(" и ")+1 && s[p-len(" и "):p] == " и ":
			q = p - len(" и ")
		case p >= len(" and ")+1 && s[p-len(" and "):p] == " and ":
			q = p - len(" and ")
		default:
			k = 12
			continue
		}
		b := wordStartBefore(s, q)
		if b < 0 || !upperAt(s[b:]) {
			return false
		}
		p = b
	}
	var m int
	switch {
	case p >= len(" — ")+1 && s[p-len(" — "):p] == " — ":
		m = p - len(" — ")
	case p >= 3 && (s[p-3:p] == " - " || s[p-2:p] == ": "):
		m = p - 2
		if s[p-3:p] == " - " {
			m = p - 3
		}
	default:
		return false
	}
	b := wordStartBefore(s, m)
	if b < 0 || upperAt(s[b:]) && b > 0 && s[b-1] != '\n' {
		return false // not a group's name: "новенькая в Kittens — Амина"
	}
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[b:m])
	if !ok {
		return false
	}
	if petWord(w, false) {
		switch string(w) {
		case "gown", "models", "dome", "платье", "платья", "домик", "манекен":
			return false // a dress's model named, then its client: "the Grace gown — Dinara booked her"
		}
		return true
	}
	switch string(w) {
	case "клички", "кличка", "кличками":
		return true // animals' names listed: "лошадей (клички: Буран, Зорька, Алтай, Карлыгаш, Гоша)"
	case "brands", "бренды", "брендов", "марки", "makes", "sold", "продано":
		if string(w) == "sold" || string(w) == "продано" {
			if b >= 2 && s[b-1] == ' ' {
				if a := wordStartBefore(s, b-1); a >= 0 {
					w2, _ := foldInto(buf[:0], s[a:b-1])
					return string(w2) == "brands" || string(w2) == "бренды" || string(w2) == "брендов"
				}
			}
			return false
		}
		return true // "Brands sold: Cartier, Tissot, Sokolov, Pandora", "Бренды: Соколов, Адамас"
	}
	return false
}

// namedThingsList reports names listed and then said to name things, from
// one of them at [start, end): "Mark, Hope and Grace are the names of the three
// rooms", "Слава, Роман и Лев — это не имена, а названия тарифов".
func namedThingsList(s string, start, end int) bool {
	p := end
	for k := 0; k < 5; k++ {
		q := p
		switch {
		case strings.HasPrefix(s[q:], ", "):
			q += 2
		case strings.HasPrefix(s[q:], " и "):
			q += len(" и ")
		case strings.HasPrefix(s[q:], " and "):
			q += len(" and ")
		case strings.HasPrefix(s[q:], " & "):
			q += 3
		default:
			k = 5
			continue
		}
		if q >= len(s) || !upperAt(s[q:]) {
			break
		}
		p = wordEnd(s, q)
	}
	if p == end && !endsAny(s[:start], " and ", " и ", ", ", " & ") {
		return false // a list's last name, or none
	}
	if startsAny(s[p:], " — это названия", " — это не имена", " — так называются", " — названия", " are the names of", " are the internal names",
		" — это не клиенты, а названия", " are names of") { // "Hope, Grace and Faith are the internal names of our vaults"
		return true
	}
	// "are the three suites", "— our three new simulators"; not "are the three new team leads".
	if startsAny(s[p:], " are the three", " are our three", " — our three", " — three new", " - our three", " — the three") {
		return containsAny(s[p:min(len(s), p+40)], "suite", "room", "simulator", "plan", "tariff", "product", "hall", "studio",
			"tower", "package", "course", "group")
	}
	return false
}

// zodiacNear reports a sign of the zodiac: after "по гороскопу", or after a
// pronoun with a horoscope near ("она Лев, а покупатель Дева … «по
// гороскопу»"); not the person, "Лев по гороскопу Лев".
func zodiacNear(s string, start, end int) bool {
	if strings.HasSuffix(s[:start], "гороскопу ") {
		return true
	}
	var buf [16]byte
	switch string(prevWord(s, start, buf[:0])) {
	case "она", "он", "ты", "я", "вы", "меня", "него", "неё", "нее": // "Знак зодиака у меня Лев"
		return containsAny(s[max(0, start-60):min(len(s), end+60)], "гороскоп", "зодиак")
	}
	return false
}

// virtueWithObject reports Вера, Надежда or Любовь as the word with its
// object, no comma between: "Любовь к порядку", "Надежда на вас", "Вера в
// успех"; not the person, "Вера в пятницу будет", "Клиентка Вера на сессии".
func (sc *scanner) virtueWithObject(start, end int) bool {
	s := sc.s
	var objs []string
	switch s[start:end] {
	case "Любовь":
		objs = []string{" к "}
	case "Надежда":
		objs = []string{" на вас", " на тебя", " на лучшее", " на чудо", " на успех", " на ваш", " на то"}
	case "Вера":
		objs = []string{" в успех", " в лучшее", " в себя", " в бога", " в людей", " в будущее", " в победу", " в справедливость"}
	default:
		return false
	}
	return startsAny(s[end:], objs...) && !sc.personTitleBefore(start)
}

// capsWordBefore reports a word in capitals one space before i.
func capsWordBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	b := wordStartBefore(s, i-1)
	return b >= 0 && allCapsWord(s[b:i-1])
}

// nounShapeEndings end a city's or a noun's name, never a person's:
// Челябинск, Оренбург, Внимание, Руководство, and neuter and plural
// adjectives ("Кодовое").
var nounShapeEndings = func() *endingIndex {
	var list []morphEnding
	for _, e := range [...]string{"ск", "ску", "ске", "бург", "град", "поль", "стан", "стана", "стане", "стану",
		"ние", "тие", "ство", "ция", "ость", "льно", "ично", "енно", "ово", "ое", "ые", "щее", "шее"} {
		list = append(list, morphEnding{sfx: e})
	}
	return indexEndings(list)
}()

// colloquialPatronymic reports a patronymic as speech shortens it, used
// alone for an older man: Михалыч, Палыч, Саныч (any case form).
func colloquialPatronymic(w []byte) bool {
	if len(w) >= 6 && w[0] < 0x80 && bytes.Contains(w, []byte("ych")) {
		for _, p := range [...]string{"mikhalych", "palych", "sanych", "stepanych", "ivanych", "semyonych", "semenych",
			"yegorych", "egorych", "fedorych", "fyodorych"} { // the same in Latin letters: "Guide Semyonych"
			if len(w) >= len(p) && string(w[:len(p)]) == p && len(w) <= len(p)+2 {
				return true
			}
		}
		return false
	}
	if len(w) < 8 || !bytes.Contains(w, []byte("ыч")) && !bytes.Contains(w, []byte("ич")) {
		return false // the cheap test first: all end in -ыч or -ич
	}
	for _, p := range colloquialPatronymics {
		if len(w) >= len(p) && w[len(p)-1] == p[len(p)-1] && string(w[:len(p)]) == p && len(w) <= len(p)+4 {
			return true
		}
	}
	return false
}

// colloquialPatronymics are the folded stems colloquialPatronymic knows.
var colloquialPatronymics = [...]string{"михалыч", "палыч", "саныч", "степаныч", "иваныч", "василич", "николаич", "сергеич",
	"григорьич", "геннадьич", "евгеньич", "алексеич", "андреич", "дмитрич", "юрьич", "федорыч", "егорыч", "семеныч",
	"петрович"}

// shortPatronymic reports the stem of a patronymic in bare -ич of a first
// name in -а or -я: Ильич (Илья), Кузьмич (Кузьма), Фомич (Фома), not
// Кирпич.
func shortPatronymic(stem []byte) bool {
	var buf [64]byte
	for _, end := range [...]string{"а", "я"} {
		w := append(append(buf[:0], stem...), end...)
		if in, found := wordTab.get(w); found && in.flags&fRuFirst != 0 {
			return true
		}
	}
	return false
}

// capsToken classifies a word in capitals of four letters or more by the
// name tables: a known name part keeps its flags, an unknown word of letters
// only stays a candidate; shorter words are acronyms.
func (sc *scanner) capsToken(t nameTok) nameTok {
	s := sc.s
	runes := 0
	for p := t.start; p < t.end; {
		sz, up := letterAt(s, p)
		if sz == 0 && s[p] == '-' && runes >= 2 && p+1 < t.end {
			p++ // "AL-SAYED", "PETROVA-VODKINA"
			continue
		}
		if sz == 0 && s[p] == '\'' && p == t.start+1 && s[t.start] == 'O' && p+1 < t.end {
			p++ // "O'CONNOR"
			continue
		}
		if sz == 0 || !up {
			return t // "McDonald", "ООО-шка"
		}
		p += sz
		runes++
	}
	if runes <= 3 && t.end < len(s) && s[t.start] >= 0x80 && (s[t.end] == '.' || s[t.end] == ',' && capsWordBefore(s, t.start)) {
		// Also the registries' order, the type after the name: "МОСКВА Г, ПРОФСОЮЗНАЯ УЛ, Д 93".
		var kb [8]byte
		if w, ok := foldInto(kb[:0], s[t.start:t.end]); ok {
			t.addr = addrKind(w) // an address written in capitals: "Г. ЕКАТЕРИНБУРГ, УЛ. МАЛЫШЕВА, Д. 101"
		}
	}
	if runes <= 4 && t.end+2 < len(s) && s[t.start] < 0x80 && (s[t.end] == '.' || s[t.end] == ' ' || s[t.end] == ',') && capsWordBefore(s, t.start) {
		var kb [8]byte
		if w, ok := foldInto(kb[:0], s[t.start:t.end]); ok && addrKind(w) == akENStreet {
			t.addr = akENStreet // an English address in capitals: "MOSCOW, BOLSHAYA NIKITSKAYA ST. 13, APT 7"
			return t
		}
	}
	if runes <= 5 && t.end+2 < len(s) && s[t.start] < 0x80 && s[t.end] == '.' && s[t.end+1] == ' ' && isUpperASCII(s[t.end+2]) {
		var kb [8]byte
		if w, ok := foldInto(kb[:0], s[t.start:t.end]); ok && addrKind(w) == akStreet {
			t.addr = akStreet // a transliterated keyword in capitals: "690091, VLADIVOSTOK, UL. ALEUTSKAYA 45A-302"
			return t
		}
	}
	if t.addr == 0 && runes >= 3 && runes <= 10 && s[t.start] >= 0x80 && t.end+2 < len(s) && s[t.end] == ' ' {
		var kb [32]byte
		if w, ok := foldInto(kb[:0], s[t.start:t.end]); ok && addrKind(w) == akStreet {
			t.addr = akStreet // a street's keyword in capitals with no dot: "ПР-Т МИРА, Д. 52", "ПРОСПЕКТ МИРА"
			return t
		}
	}
	if runes < 3 || runes == 3 && !capsNeighbour(s, t.start, t.end) && !givenNamesLine(s, t.start) {
		return t // an acronym: "ООО", "ИНН"; a short name only between capitals or after its label ("Имя ЛЕВ"), below
	}
	var buf [96]byte
	w, ok := foldLatin(buf[:0], s[t.start:t.end]) // Latin capitals with accents fold: "NOVÁK", "ÖZDEMİR"
	if !ok {
		return t
	}
	in, found := wordTab.get(w)
	if s[t.start] < 0x80 && runes <= 10 {
		// A Korean name in capitals, the surname first: "KIM MIN-JUN", "PARK SOO-JIN".
		if runes <= 5 && koreanSurnameCaps(s[t.start:t.end]) && koreanCapsGivenAt(s, t.end+1) {
			t.caps, t.flags = true, uint16(fEnLast)
			return t
		}
		if koreanSyllables(w) && t.start >= 3 && s[t.start-1] == ' ' {
			if b := wordStartBefore(s, t.start-1); b >= 0 && koreanSurnameCaps(s[b:t.start-1]) {
				t.caps, t.flags = true, uint16(fEnFirst)
				return t
			}
		}
	}
	if runes == 3 && !(found && in.isName() && (in.flags&fAmbig == 0 || s[t.start] >= 0x80 || latinPatronymicAfter(s, t.end))) {
		return t // an acronym: "ООО", "USA"; a short name in capitals only when known: "CHEN WEI", "ЛЕБЕДЕВ ЛЕВ АРКАДЬЕВИЧ", "KUDRYAVTSEV LEV MAKSIMOVICH"
	}
	t.caps = true
	switch {
	case found && in.isName():
		t.flags = uint16(in.flags)
	case !found:
		t.cand = true
		if s[t.start] >= 0x80 {
			if _, ok := matchEnding(w, patronymicEndings, 6); ok {
				t.flags = tkPatr
			} else if _, ok := matchEnding(w, surnameEndings, 4); ok {
				t.flags = tkMorph // "ДА ЭТО ИГНАТЬЕВ"
			}
		} else if latinPatronymic(w) {
			t.flags = tkPatr // "KRAVTSOVA MARINA OLEGOVNA" as a certificate prints it
		} else if latinSurname(w) || len(w) > 3 && w[0] == 'o' && w[1] == '\'' {
			t.flags = tkMorph // "SOROKINA MARIA" as a passport spells it, "HELEN O'CONNOR"
		}
	}
	return t
}

// latinPatronymicAfter reports a patronymic in Latin letters one space
// after e: " MAKSIMOVICH", " Ivanovna".
func latinPatronymicAfter(s string, e int) bool {
	if e+8 >= len(s) || s[e] != ' ' || !isUpperASCII(s[e+1]) {
		return false
	}
	return latinPatronymicAt(s, e+1)
}

// lowerPatronymicAfter reports a lower-case patronymic in Latin letters
// one space after e: "marina petrovna".
func lowerPatronymicAfter(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' || s[e+1] < 'a' || s[e+1] > 'z' {
		return false
	}
	return latinPatronymicAt(s, e+1)
}

// latinPatronymicAt reports a patronymic in Latin letters, of any case, as
// the word at p.
func latinPatronymicAt(s string, p int) bool {
	var buf [32]byte
	w, ok := foldLatin(buf[:0], s[p:wordEnd(s, p)])
	return ok && latinPatronymic(w)
}

// initialBeforeName reports a name part after the letter that ends at e:
// "Linda M Parker", not "Plan B Ready" or "Anna I will".
func (sc *scanner) initialBeforeName(e int) bool {
	s := sc.s
	if e+1 < len(s) && s[e] == ':' && s[e+1] == ' ' {
		return true // a chat's speaker: "Dave K: is it just me"
	}
	if e+2 >= len(s) || s[e] != ' ' || !isUpperASCII(s[e+1]) {
		return false
	}
	t := sc.nameToken(e+1, wordEnd(s, e+1))
	return t.flags&(tkInitial|tkUnknown) == 0 && t.flags != 0 && t.addr == 0
}

// capsNeighbour reports another word in capitals right before or after the
// word at s[i:j], as a name in capitals has: "CHEN WEI", "WANG LEI".
func capsNeighbour(s string, i, j int) bool {
	if j+2 < len(s) && s[j] == ' ' {
		if sz, up := letterAt(s, j+1); sz > 0 && up {
			if sz2, up2 := letterAt(s, j+1+sz); sz2 > 0 && up2 {
				return true
			}
		}
	}
	if i >= 3 && s[i-1] == ' ' {
		if sz, up := letterAt(s, i-2); sz == 1 && up {
			return true
		}
		if sz, up := letterAt(s, i-3); s[i] >= 0x80 && sz == 2 && up {
			return true // a Cyrillic capital before: "ЛЕБЕДЕВ ЛЕВ"
		}
	}
	return false
}

func capsKnown(toks []nameTok) bool {
	for _, t := range toks {
		if t.first() && !t.ambig() || t.flags&(tkPatr|tkInitial) != 0 {
			return true
		}
		// A known surname with another part: "KUZNETSOVA MARINA", "ZARA HOVHANNISYAN".
		if len(toks) >= 2 && t.flags&uint16(fRuSurname|fEnLast) != 0 && !t.ambig() {
			return true
		}
	}
	return false
}

// engravingBefore reports an engraving's word before the name at s[i:j],
// alone in its quotes or without them: "гравировкой «ФЕЛЬДМАН»", "с именем
// «Злата»", "кулон с гравировкой Амир".
func engravingBefore(s string, i, j int) bool {
	if q := openingQuote(s, i); q > 0 {
		if closingQuoteAt(s, j) == 0 {
			return false // the quote holds more than the name: «Гагарин 1961», «Ефимов Пётр Ильич 1952–2024»
		}
		i -= q
		for i > 0 && s[i-1] == ' ' {
			i--
		}
	} else if j < len(s) && s[j] == ' ' && j+1 < len(s) && upperAt(s[j+1:]) {
		return false // a full name goes on: the name rules read it
	}
	return endsAny(s[:i], "гравировкой", "гравировка", "гравировку", "с именем", "engraving", "engraved with")
}

// engraveTextIs reports, once a text, the words engravingBefore looks for
// anywhere in it.
func (sc *scanner) engraveTextIs() bool { return sc.textHas(&sc.engraveText, engraveWords[:]) }

var engraveWords = [...]string{"гравировк", "с именем", "engrav"}

// textHas reports whether the text holds one of words, looking once a text:
// *seen is 0 before the first look, then 1 when it does and 2 when it does
// not.
func (sc *scanner) textHas(seen *uint8, words []string) bool {
	if *seen == 0 {
		*seen = 2
		if containsAny(sc.s, words...) {
			*seen = 1
		}
	}
	return *seen == 1
}

// fromTeamAfter reports the team, the department or the firm that the
// name s[i:j] is from, after it: "Baker from the insurance company", "Rose
// from housekeeping"; or, after a self-introduction, any firm or "again":
// "it's Baker from Northwind", "It's Baker again".
func fromTeamAfter(s string, i, j int) bool {
	if !strings.HasPrefix(s[j:], " from ") && !strings.HasPrefix(s[j:], " again") {
		return false // the cheap test first: most words go on otherwise
	}
	if s[i:j] == "Bill" || i >= 2 && isDigit(s[i-2]) {
		return false // an invoice, "Bill from the canteen provider", or a date: "on 8 Jan from our account"
	}
	if k := i - 1; k > 0 && s[k] == ' ' {
		for k > 0 && isASCIILetter(s[k-1]) {
			k--
		}
		if k < i-1 && isUpperASCII(s[k]) && tableInfo(s[k:i-1]).flags&fEnFirst != 0 {
			return false // the surname of a full name, which reads on its own: "Victoria Lane from the embassy"
		}
	}
	if endsAny(s[:i], "it's ", "It's ", "it’s ", "It’s ", "this is ", "This is ") &&
		(strings.HasPrefix(s[j:], " again") || strings.HasPrefix(s[j:], " from ") && upperAt(s[j+len(" from "):])) {
		return true
	}
	if !strings.HasPrefix(s[j:], " from ") {
		return false
	}
	return startsAny(s[j+len(" from "):], "the ", "our ", "your ", "housekeeping", "reception", "accounts", "accounting", "finance",
		"sales", "support", "security", "logistics", "marketing", "procurement")
}

// zelenogradBuildingEN returns the end of a Zelenograd building's number
// after the town's name ending at j, ", bldg 1824", ", building 1412", or 0.
func zelenogradBuildingEN(s string, j int) int {
	for _, w := range [...]string{", bldg. ", ", bldg ", ", building ", ", bld. ", ", bld ", ", korpus "} {
		if strings.HasPrefix(s[j:], w) {
			p := j + len(w)
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q-p >= 3 && q-p <= 4 && (q == len(s) || !isAlnum(s[q])) {
				return q
			}
			return 0
		}
	}
	return 0
}

// spanishIDAfter returns the start and end of a Spanish DNI or NIE number
// after its label ending at j, ": 48291736K", " Y4471201K", or 0, 0: an
// optional X, Y or Z, seven or eight digits and a capital letter, closing
// the word.
func spanishIDAfter(s string, j int) (int, int) {
	p := j
	if p < len(s) && s[p] == ':' {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return 0, 0
	}
	p++
	b := p
	if p < len(s) && (s[p] == 'X' || s[p] == 'Y' || s[p] == 'Z') {
		p++
	}
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-p < 7 || q-p > 8 || q >= len(s) || !isUpperASCII(s[q]) || q+1 < len(s) && isAlnum(s[q+1]) {
		return 0, 0
	}
	return b, q + 1
}

// jsonNameValue returns the end of a person's name of two or three
// capitalized words that fills a JSON value opening at i under a key for
// people's names, or 0. Under the bare key "name" one word must be a name
// the tables know or end as a surname does: not {"name": "Тариф Семья"}.
// Under a key for one part of a name one word is enough: {"last_name":
// "Kiprushev"}, {"first": "Nadezhda"}.
func jsonNameValue(s string, i int) int {
	part := jsonKeyIs(s, i, "last_name", "first_name", "lastname", "firstname", "surname", "family_name", "given_name", "given_names",
		"middle_name", "patronymic", "first", "last", "given", "family", "holder_last", "holder_first")
	strong := part || jsonKeyIs(s, i, "full_name", "fullname", "fio", "client_name", "customer_name", "subscriber_name", "contact_name",
		"holder_name", "contact_person", "patient_name", "guest_name", "driver_name")
	if !strong && !jsonKeyIs(s, i, "name") {
		return 0
	}
	p, words, named := i, 0, false
	for words < 3 {
		sz, up := letterAt(s, p)
		if sz == 0 || !up {
			return 0
		}
		e := wordEnd(s, p)
		w := s[p:e]
		if allCapsWord(w) || e-p < 2*sz {
			return 0 // capitals have a rule of their own; an initial is no name here
		}
		in := tableInfo(w)
		if words == 0 && in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fAmbig == 0 || lowerSurname(w) {
			named = true // a first name opening the value, or a surname anywhere: not {"name": "Kitchen Valencia"}
		}
		words++
		if e < len(s) && s[e] == '"' {
			if words >= 2 && (strong || named) || part {
				return e
			}
			return 0
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return 0
		}
		p = e + 1
	}
	return 0
}

// capWord handles a capitalized word: a person name, an English street
// suffix, or nothing. It returns the offset to continue from.
func (sc *scanner) capWord(i, j int) int {
	s := sc.s
	if i >= 3 && s[i-1] == ' ' && s[i-2] == ':' && i >= sc.lastEnd {
		if e := sc.labelledPerson(i, j); e > 0 {
			return e
		}
	}
	if s[i] < 0x80 && j+8 < len(s) && (s[j] == ',' || s[j] == ' ') {
		if e := sc.villageHouseEN(i, j); e > 0 {
			return e
		}
	}
	if j-i == 1 && j+6 < len(s) && (s[i] == 'P' || s[i] == 'I') && s[j] == '<' {
		if end := sc.mrzName(i); end > 0 {
			return end // "P<GEOKAPANADZE<<ANA<<<<<<"
		}
	}
	if i > 0 && (s[i-1] == ',' || s[i-1] == ';' || s[i-1] == ' ' || s[i-1] == '|' || s[i-1] == '\n') && j < len(s) &&
		(strings.IndexByte(",;|\n", s[j]) >= 0 || strings.HasPrefix(s[j:], " |")) && i >= sc.lastEnd {
		switch h := strings.TrimSpace(cellHeader(s, i, j)); h {
		case "nickname", "Nickname", "прозвище", "Прозвище", "Ник", "ник", "Позывной", "позывной", "Callsign", "callsign", "call sign", "Call sign":
			if !innerCapital(s[i:j]) && s[i:j] != h { // not the header itself
				sc.emit(i, j, tPerson, 0.75, 0) // a nickname in its column: "name,nickname,role" … "Timur Abdullaev,Bulldozer,foreman"; not a gamer's "NightOwl"
				return j
			}
		}
	}
	if i >= sc.lastEnd && endsAny(s[max(0, i-20):i], "позывной ", "Позывной ", "позывной: ", "Позывной: ", "позывным ", "позывному ") &&
		(j == len(s) || !isAlnum(s[j]) && s[j] != '-' && !(s[j] == ' ' && upperAt(s[j+1:]))) {
		sc.emit(i, j, tPerson, 0.75, 0) // a volunteer's call sign after its word: "позывной Енот", "(позывной Бобр)", "Позывной: Бизон"
		return j
	}
	if (s[i:j] == "Villa" || s[i:j] == "Street") && i >= sc.lastEnd && j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
		if e := gulfVillaEnd(s, j+1); e > 0 {
			sc.emit(i, e, tAddress, 0.85, 0) // a Gulf villa by its street and area: "Villa 14, Street 9, Al Barsha 2, Dubai, UAE"
			return e
		}
	}
	if (s[i:j] == "ЖК" || s[i:j] == "ZhK") && j+6 < len(s) && s[j] == ' ' {
		if end := sc.residentialComplex(i, j); end > 0 {
			return end // "ЖК Солнечный, литер 3, кв. 45", "ZhK Gorgippia Morskaya, building 5, apt 1207, Anapa"
		}
	}
	if j-i == len("Zelenograd") && s[i:j] == "Zelenograd" {
		if e := zelenogradBuildingEN(s, j); e > 0 {
			end := sc.enAddressTail(e)
			sc.emit(sc.addressLeft(i), end, tAddress, 0.85, 0) // Zelenograd numbers its buildings: "Zelenograd, bldg 1824, apt 57"
			return end
		}
	}
	if j-i == 3 && (s[i:j] == "DNI" || s[i:j] == "NIE") && j+10 <= len(s) {
		if b, e := spanishIDAfter(s, j); e > 0 {
			sc.emit(b, e, tPassport, 0.85, 0) // a Spanish identity document: "DNI 48291736K", "NIE: Y4471201K"
			return e
		}
	}
	if j-i == 2 && s[i:j] == "ID" && j+10 <= len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) && i >= 2 && (s[i-2:i] == ", " || s[i-1] == '(') {
		if e := alnumEnd(s, j+1); passportLettersDigits(s[j+1:e]) && (e == len(s) || !isAlnum(s[e])) && !russianPlate(s[j+1:e]) {
			sc.emit(j+1, e, tPassport, 0.85, 0) // a guest's document in a log: "guest Ahmed Saleh …, ID A26619384"; not "Parcel ID GB44719022"
			return e
		}
	}
	if j-i == 2 && s[i:j] == "ID" && j+8 <= len(s) && s[j] == ' ' {
		q := j + 1
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q-j-1 == 7 && (q == len(s) || !isAlnum(s[q])) &&
			(containsAny(s[lineStart(s, i, 200):i], "ID-карт", "ID карт", "ID card", "ID-card", "удостоверени", "identity card") ||
				containsAny(s[max(0, i-300):i], "ID CARD", "ID-КАРТ", "ID-карт", "ID-card", "ID card") || passportColumn(s, i, q)) {
			sc.emit(i, q, tPassport, 0.9, 0) // a Kyrgyz ID card: "ID-карта ID 2847193", "Her ID card is ID 3019284", an OCR'd "ID CARD"
			return q
		}
	}
	if j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && towerUnitWord(s[i:j]) {
		if end := sc.towerAddress(i, j); end > 0 {
			return end // "Office 1807, Aspect Tower, Business Bay, Dubai"
		}
	}
	if s[i:j] == "Will" && strings.HasPrefix(s[j:], " Will ") && sentenceStart(s, i) {
		return j // the modal before the name: "Will Will be on site tomorrow?"
	}
	if j-i == len("Фам") && j+1 < len(s) && s[j] == '.' && (s[i:j] == "Фам" || s[i:j] == "Отч") {
		return j + 1 // a form's short label, not the surname Фам: "Фам. КОРОЛЁВ Имя ВЛАДИСЛАВ Отч. ГЕННАДЬЕВИЧ"
	}
	if e := initialsEnd(s, i); e > 0 && subjectWordBefore(s, i) {
		sc.emit(i, e, tPerson, 0.85, 0) // a patient named by initials alone: "Пациент: Н.В.К.", "(initials N.V.K.)", "patient A.M."
		return e
	}
	if j-i == len("Ф") && strings.HasPrefix(s[i:], "Ф.И.О.") {
		return i + len("Ф.И.О.") // a form's label, not initials: "Ф.И.О. ХАЙРУЛЛИН ИЛЬДАР МАРАТОВИЧ"
	}
	if j-i == 1 && j+12 < len(s) && s[j] == '/' && strings.IndexByte("PIAC", s[i]) >= 0 {
		if end := sc.docsFields(i, true); end > 0 {
			return end // "HK1 P/RU/754218836/RU/14JUL79/M/22OCT30/ZAKHAROV/OLEG", "MKRTCHYAN/LILIT: P/ARM/AT0418872/ARM/09MAY90/F/11JUN32"
		}
	}
	if e := j + 7; j-i == 3 && e <= len(s) && s[j] == ' ' && allCapsWord(s[i:j]) && allDigits(s[j+1:e]) && (e == len(s) || !isAlnum(s[e])) &&
		(i == 0 || !isAlnum(s[i-1])) && idCardBefore(s, i) {
		sc.emit(i, e, tPassport, 0.85, 0) // a Polish identity card, three capitals and six digits: "ID card …, number ABC 523719"
		return e
	}
	if j-i == 3 && s[i:j] == "DOC" && strings.HasPrefix(s[j:], ": P/") {
		end := j
		for end < len(s) && s[end] != '\n' && end-j < 60 {
			end++
		}
		if e := sc.docsFields(j+2, true); e > 0 {
			return e // the whole element: "DOC: P/RUS/754412098/RUS/12MAR60/M/01JAN30/PETROV/IVAN"
		}
		if e := sc.shortDocs(j+2, end); e > 0 {
			return e // a ticket's document field: "DOC: P/SWE/92831746"
		}
	}
	if j-i == 4 && s[i:j] == "DOCS" {
		if end := sc.ssrDocs(j); end > 0 {
			return end // "SSR DOCS SU HK1/P/RUS/755318840/RUS/14MAY88/M/09JUN29/BRANDT/OLIVER"
		}
	}
	if j-i == 2 || j-i == 3 || j-i == 4 || j-i == 6 {
		if w := s[i:j]; w == "СНТ" || w == "ДНТ" || w == "ДНП" || w == "ТСН" || w == "SNT" || w == "DNP" || w == "DNT" || w == "TSN" || w == "КП" || w == "KP" {
			if end := sc.addressSNT(i, j); end > 0 {
				return end // "СНТ «Рассвет», участок 214", "SNT Lesnaya Polyana, plot 112", a cottage settlement's "КП «Сосны», уч. 14"
			}
		}
	}
	if s[i] >= 0x80 && j+12 < len(s) && s[j] == ' ' && (s[j+1:j+10] == "уулу " || s[j+1:j+10] == "кызы ") && isCyrLead(s[j+10]) {
		if _, up := letterAt(s, j+10); up {
			end := wordEnd(s, j+10)
			sc.emit(i, end, tPerson, 0.9, 0) // a Kyrgyz name, the father's before the child's: "Эсенгелди уулу Максат"
			return end
		}
	}
	if s[i] < 0x80 && j+8 < len(s) && s[j] == ' ' && (strings.HasPrefix(s[j+1:], "uulu ") || strings.HasPrefix(s[j+1:], "kyzy ")) && isUpperASCII(s[j+6]) {
		end := wordEnd(s, j+6)
		sc.emit(i, end, tPerson, 0.9, 0) // the same in Latin letters: "Bolot uulu Nurbek"
		return end
	}
	if j-i <= 10 && s[i] >= 0x80 && eastAsianSurnameRU(s[i:j]) {
		if end := eastAsianGiven(s, j, !eastAsianWordSurname(s[i:j])); end > j {
			sc.emit(i, end, tPerson, 0.85, 0) // "Пак Ен Хи", "Юн Со Хи", "Ли Мин"
			return end
		}
	}
	if j-i <= 9 && j+3 < len(s) && s[j] == ' ' && vietnameseSurname(s[i:j]) {
		if end := vietnameseGiven(s, j+1); end > 0 {
			sc.emit(i, end, tPerson, 0.85, 0) // "Nguyen Thi Lan", "Tran Van Duc", "NGUYEN VAN THANH"
			return end
		}
	}
	if k := strings.LastIndexByte(s[i:j], '-'); k >= 2*utf8.RuneLen(rune(s[i])) && k < j-i-2 && japaneseHonorific(s[i+k+1:j]) && strings.IndexByte(s[i:i+k], '-') < 0 {
		sc.emit(i, i+k, tPerson, 0.85, 0) // a Japanese surname with its honorific, which stays outside: "Сато-сан", "Yamamoto-san", "Yuki-chan"
		return j
	}
	if j-i <= 5 && j+3 < len(s) && s[j] == ' ' && s[i] < 0x80 && chineseSurnameEN(s[i:j]) {
		if end := pinyinGivenAfter(s, i, j); end > 0 {
			if personBrand(s[i:end]) {
				return end // a tea named in pinyin: "Bai Mu Dan", "Huang Jin Gui"
			}
			sc.emit(i, end, tPerson, 0.8, 0) // a Chinese name in pinyin, the surname first: "Gao Feng", "Ma Xiaoling", "SUN HAO"
			return end
		}
	}
	t0 := sc.nameToken(i, j)
	if (t0.first() || t0.surname() || t0.caps && j-i >= 8) && !t0.ambig() && i >= sc.lastEnd && sc.engraveTextIs() && engravingBefore(s, i, j) {
		sc.emit(i, j, tPerson, 0.8, 0) // a name engraved on a piece: "гравировкой «ФЕЛЬДМАН»"; not a word's: «Лев» (the zodiac sign), «Злата»
		return j
	}
	if s[i] < 0x80 && j-i >= 3 && t0.flags&uint16(fEnFirst|fEnLast) != 0 && (t0.ambig() || !t0.first()) && !t0.caps && i >= sc.lastEnd && fromTeamAfter(s, i, j) {
		sc.emit(i, j, tPerson, 0.8, 0) // a name that is also a word, with the team or the firm it is from: "Baker from the insurance company", "it's Baker from Northwind again"
		return j
	}
	if t0.flags&tkPatr != 0 && i > 0 && s[i-1] == '\n' && (j == len(s) || s[j] == '\n' || s[j] == '\r') {
		if n := len(sc.out); n > 0 && sc.out[n-1].typ == tPerson && sc.out[n-1].end == i-1 {
			sc.emit(i, j, tPerson, 0.8, 0) // an OCR'd passport's patronymic on its own line: "ДЕНИСОВ\nЕГОР\nИЛЬИЧ"
			return j
		}
	}
	if j-i == 1 && s[i] < 0x80 && s[i] != 'I' && j+4 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) {
		// An initial without its dot before a surname in capitals, as a card embosses it: "holder W THOMPSON",
		// "Payer name on card: A SOKOLOVA".
		if e := wordEnd(s, j+1); e-j > 3 && (e == len(s) || !isDigit(s[e])) {
			if t1 := sc.nameToken(j+1, e); t1.caps && t1.surname() && !t1.ambig() && (s[i] != 'A' && sc.announced(t0) || nameLabelLine(s, i)) {
				sc.emit(i, e, tPerson, 0.85, 0)
				return e
			}
		}
	}
	if t0.caps && j-i >= 4 && licenceSurnameLine(s, i, j) && sc.nameToken(j+4, wordEnd(s, j+4)).first() {
		sc.emit(i, j, tPerson, 0.85, 0) // a driving licence's first field, the surname over the names: "1. NURIEVA\n2. ALINA RAMILEVNA"
		return j
	}
	if j-i >= 4 && i >= 4 && s[i-1] == '"' && utf8.RuneCountInString(s[i:j]) >= 4 && allCapsWord(s[i:j]) && (jsonKeyIs(s, i, "surname", "first_name", "last_name",
		"given_name", "given_names", "middle_name", "patronymic", "full_name", "fullname", "fio", "cardholder", "cnam") ||
		t0.flags&^tkUnknown != 0 && jsonKeyIs(s, i, "name", "holder")) { // a bare "name" only before a name the tables know: not {"name": "WINTER SALE"}
		e := capsWordsEnd(s, i, 3)
		if e+2 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]) && s[e+2] == '"' {
			e += 2 // an initial after the surname: {"cnam": "KOROLEV V"}
		}
		if e < len(s) && s[e] == '"' {
			sc.emit(i, e, tPerson, 0.85, 0) // an OCR's or a log's name field in capitals: {"surname": "ZAITSEVA", "name": "ALINA"}
			return e
		}
	}
	if i >= 6 && s[i-1] == '"' {
		if e := jsonNameValue(s, i); e > 0 {
			sc.emit(i, e, tPerson, 0.85, 0) // a webhook's name field: {"name":"Исаева Салимат"}, {"client_name": "Gulnara Bekova"}
			return e
		}
	}
	if s[i] < 0x80 && j-i >= 2 && j-i <= 24 && t0.flags&^(tkUnknown|tkPatr) == 0 && allCapsWord(s[i:j]) && givenNamesLine(s, i) {
		if e := capsWordsEnd(s, i, 3); e == len(s) || s[e] == '\n' || s[e] == '\r' {
			sc.emit(i, e, tPerson, 0.85, 0) // a scan's names no table knows, alone on their line: "Patronymic: AIDAROVICH", "Given names / שם פרטי: RAHEL"
			return e
		}
	}
	if t0.flags == 0 && !t0.cand && t0.addr == 0 && t0.cue == 0 && !(j-i <= 7 && s[i] < 0x80 && streetPrefixAt(s[i:j])) &&
		!(j < len(s) && s[j] == '/') {
		// A word the tables know as no name and no address part opens
		// neither: "Здравствуйте", "Thanks", "Order". Streets that start
		// with a prefix ("Via Roma") and passenger names go on.
		if !(j-i == 2 && s[i:j] == "PO") {
			return j
		}
	}
	if s[i] < 0x80 && j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && englishMonth(s[i:j]) {
		return j // a date, not a street and its house: "On Mar 30, 2024"
	}
	if s[i] < 0x80 && j+2 < len(s) && s[j] == ',' {
		if end := sc.houseLedStreet(i, j); end > 0 {
			return end
		}
	}
	if s[i] < 0x80 && j+4 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) && endsAny(s[i:j], "aya", "oy", "iy", "yy") {
		if e := wordEnd(s, j+1); e+2 < len(s) && s[e] == ',' {
			if end := sc.houseLedStreet(i, e); end > 0 {
				return end // a name of two words: "7/5 Bolshaya Dmitrovka, bldg 1, apt 14"
			}
		}
	}
	if s[i] >= 0xC3 && s[i] <= 0xC5 && j+2 < len(s) && s[j] == ' ' {
		if end := sc.streetLowerSuffix(i, j); end > 0 {
			return end // a Latin name opening with a letter beyond ASCII: "Žirmūnų g. 64-12"
		}
	}
	if s[i] < 0x80 && j+2 < len(s) && (s[j] == ' ' || s[j] == '.') {
		if end := sc.addressDE(i, j); end > 0 {
			return end
		}
		if end := sc.streetLowerSuffix(i, j); end > 0 {
			return end
		}
		if t0.addr != akENStreet {
			if end := sc.latinBareStreet(i, j); end > 0 {
				return end // not "Street 35" after "Erubaev", which addressEN reads whole
			}
		}
		if t0.flags == 0 && t0.addr != akENStreet {
			if end := sc.continentalAddress(i, j); end > 0 {
				return end
			}
		}
	}
	if j+2 < len(s) && s[j] == ' ' {
		if end := sc.addressPrefixed(i, j); end > 0 {
			return end
		}
	}
	if s[i] < 0x80 && j+3 < len(s) && s[j] == ',' && s[j+1] == ' ' && isDigit(s[j+2]) && i >= 3 && s[i-1] == ' ' {
		if b := latinMarkBefore(s, i); b >= sc.lastEnd {
			if end := sc.villageEN(j); end > 0 && end-j <= 6 && (end == len(s) || strings.IndexByte(";,|\n.)\"", s[end]) >= 0) {
				end = sc.enAddressTail(end)
				sc.emit(b, end, tAddress, 0.8, 0) // a settlement's mark, its name and the house: "v. Nikolskoye, 12", "village Dor, 8"
				return end
			}
		}
	}
	if s[i] < 0x80 && (strings.HasPrefix(s[j:], " village") || strings.HasPrefix(s[j:], " settlement")) {
		if end := sc.villageEN(wordEnd(s, j+1)); end > 0 {
			end = sc.enAddressTail(end)                       // "Gorki village, house 7, Konakovo district, Tver region"
			sc.emit(sc.addressLeft(i), end, tAddress, 0.8, 0) // "Kostroma Region, Sudislavl District, Shakhovo village, 21"
			return end
		}
	}
	if s[i] < 0x80 && strings.HasPrefix(s[j:], ", house ") && i >= 4 && s[i-1] == ' ' && s[i-2] == '.' {
		if b := wordStartBefore(s, i-2); b >= sc.lastEnd && b >= 0 && latinSettlementMark(s[b:i-2]) {
			if end := sc.villageEN(j); end > 0 {
				sc.emit(b, end, tAddress, 0.8, 0) // a village by its marker, a house and no street: "pos. Novostroika, house 31"
				return end
			}
		}
	}
	if j+3 < len(s) && (s[j] == ' ' || s[j] == ',') {
		if end := sc.addressBare(i, j); end > 0 {
			return end
		}
		if end := sc.addressBareCity(i, j); end > 0 {
			return end
		}
	}
	if j+3 < len(s) && s[j] == ' ' {
		if end := sc.greekStreet(i, j); end > 0 {
			return end
		}
	}
	if j+2 < len(s) && s[j] == '/' && capAt(s, j+1) > 0 {
		if end := sc.slashFirstNames(i, j); end > 0 {
			return end
		}
		if end := sc.airlineName(i, j); end > 0 {
			return end
		}
	}
	if (t0.flags != 0 || t0.cand) && sc.ncaps < len(sc.caps) {
		sc.caps[sc.ncaps] = int32(i) // where repeatNames may find a name again
		sc.ncaps++
	}
	if s[i] < 0x80 && j-i > 4 && (s[j-3:j] == "-ku" || s[j-3:j] == "-gu" || s[j-3:j] == "-GU" || j-i > 5 && s[j-4:j] == "-shi") {
		if end := sc.addressJP(i, j); end > 0 {
			return end // "3-14-2 Ebisu, Shibuya-ku, Tokyo 150-0013", "2-14-8 Minatomachi, Toyama-shi", "35 Songdo Gwahak-ro, Yeonsu-gu"
		}
	}
	if t0.addr == akStreet && s[i] < 0x80 && j+2 < len(s) && s[j] == ' ' && isUpperASCII(s[j+1]) {
		var kb [16]byte
		if f, _ := foldInto(kb[:0], s[j+1:wordEnd(s, j+1)]); addrKind(f) == akENStreet {
			return j // a transliterated street word before the English one names the street: "Naberezhnaya St. 18"
		}
	}
	if t0.addr == akStreet {
		if s[i] < 0x80 && houseBeforeName(s, i) {
			if end := sc.addressEN(i, j); end > 0 {
				return end // "2/1 Kutuzovsky Prospekt", "2 Okhotny Ryad, Moscow"
			}
		}
		if end := sc.addressRU(i, j); end > 0 {
			return end // "Kutuzovsky Prospekt 26", "Ulitsa Arbat 10", "Проспекте Победы 141"
		}
	}
	if t0.addr == akENStreet {
		if end := sc.addressEN(i, j); end > 0 {
			return end
		}
	}
	if s[i] >= 0x80 && j+3 < len(s) && s[j] == ',' && s[j+1] == ' ' && isDigit(s[j+2]) {
		if end := sc.commaStreet(i, j); end > 0 {
			return end // "на Викулова, 33/2", "ТСЖ Уральская, 56"
		}
	}
	if s[i] >= 0x80 && t0.flags == 0 && j+6 < len(s) && (strings.HasPrefix(s[j:], ", д. ") || strings.HasPrefix(s[j:], ", дом ")) && sc.lastEnd <= i {
		if end := sc.houseParts(j); end > j+4 && strings.ContainsAny(s[j:end], "0123456789") {
			sc.emit(sc.addressLeft(i), end, tAddress, 0.8, 0) // a street known without its keyword: "Москва, Петровка, д. 15/13, стр. 5"
			return end
		}
	}
	if s[i] >= 0x80 && j+5 < len(s) && s[j] == ' ' && startsAny(s[i:j], "Больш", "Мал", "Нижн", "Верхн", "Нов", "Стар", "Маршала", "Генерала", "Адмирала", "Академика", "Героев") {
		if q := wordEnd(s, j+1); q+3 < len(s) && s[q] == ',' && s[q+1] == ' ' && isDigit(s[q+2]) {
			if end := sc.commaStreet(j+1, q); end > 0 {
				return end // "по Большой Покровской, 32"
			}
		}
	}
	if w := s[i:j]; j+2 < len(s) && s[j] == ' ' && upperAt(s[j+1:]) && (w == "Маршала" || w == "Адмирала" || w == "Marshala" || w == "Admirala" ||
		w == "Generala" || w == "Ploshchad" || (w == "Героев" || w == "Geroev") && addrKindAt(s, j+1, wordEnd(s, j+1)) == 0) {
		return wordEnd(s, j+1) // a street without its house, not a person: "в филиале на Маршала Говорова", "4B Admirala Fokina St", "Ploshchad Lenina metro station", "на Героев Хасана"
	}
	if t0.addr == akENUnit {
		if w := s[i:j]; w == "Apt" || w == "Apartment" || w == "Flat" || w == "Villa" || w == "Office" {
			if end := sc.towerFlatEN(i, j); end > 0 {
				return end // "Marina Promenade, Delphine Tower, Apt 708"
			}
		}
		if end := sc.unitLedAddress(i, j); end > 0 {
			return end
		}
	}
	if t0.flags == 0 {
		if t0.cue&wCue != 0 {
			return sc.cueName(i, j, t0.cue)
		}
		if !t0.cand {
			if j-i == 2 && s[i:j] == "PO" {
				if end := sc.poBox(i, j); end > 0 {
					return end
				}
			}
			return j
		}
		t0.flags = tkUnknown
	}
	if t0.ambig() && monthDay(s, i, j) {
		return j // "delivery May 2", "on 14 June"
	}
	if t0.ambig() && s[i] < 0x80 && startsAny(s[j:], " you ", " we ", " I ", " they ") && sentenceStart(s, i) {
		return j // a verb opening a question: "Will you be able to…", "May I ask"
	}
	if t0.ambig() && s[i] < 0x80 && startsAny(s[j:], " the ", " my ", " your ", " our ", " this ") && (sentenceStart(s, i) || i >= 2 && s[i-2:i] == ", ") {
		return j // a verb opening a clause: "Hi Kate, Mark the date in your calendar", "Will the courier call?"
	}
	if s[i] < 0x80 && startsAny(s[j:], " to:", " To:") {
		return j // an invoice's label: "Bill to:", "Ship to:"
	}
	if j-i <= 4 && j+2 < len(s) && s[j] == ' ' && strings.IndexByte("VDLTB", s[i]) >= 0 && capParticle(s[i:j]) {
		// A surname that opens with a capitalized particle: "Van der Berg
		// Hanna", "De Luca Marco".
		if q := particleEnd(s, j+1); q > j+1 || isUpperASCII(s[j+1]) {
			if q == j+1 {
				q = j + 1
			}
			if e := wordEnd(s, q); e > q && (e == len(s) || !isDigit(s[e])) {
				t0.end, t0.flags, t0.cand, t0.particle = e, tkMorph, false, true
			}
		}
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
		newline := false
		if m < 0 && nt == 1 && toks[nt-1].end+1 < len(s) && s[toks[nt-1].end] == '\n' && toks[nt-1].flags&(tkUnknown|tkFamily|tkMorph) == 0 &&
			!strings.ContainsAny(s[lineStart(s, i, 200):i], "|;\t") {
			m, newline = toks[nt-1].end+1, true // a signature: "Павлова\nЕлена Викторовна"; not a table row's last cell, "…;+7 918 822-30-17;Рамазан\nКокоева Мадина…"
		}
		if m < 0 || m >= len(s) {
			break
		}
		particle := false
		if s[i] < 0x80 && !newline {
			if q := particleEnd(s, m); q > m {
				m, particle = q, true // "Ludwig van der Berg", "Maria da Silva"
			}
		}
		sz, up := letterAt(s, m)
		if sz == 0 || !up || isCyrLead(s[m]) != isCyrLead(s[i]) {
			break
		}
		e := wordEnd(s, m)
		if e < len(s) && isDigit(s[e]) {
			break
		}
		if s[m] >= 0x80 && e-m >= 8 && e-m <= 20 {
			var pb [24]byte
			if w, _ := foldInto(pb[:0], s[m:e]); productWords[string(w)] && !bankWord(string(w)) { // not a card holder before a bank
				return e // a firm's name: "Домовой Маркет", "Ромашка Сервис"
			}
		}
		if turkicHonorific(s[m:e]) {
			break // it stays outside: "Irina Hanım", "Firuza Khanum"
		}
		t := sc.nameToken(m, e)
		if nt == 1 && s[m] >= 0x80 && t0.first() && !t0.surname() && t.first() && !t.surname() && !t0.caps &&
			tableInfo(s[i:j]).cas == 4 && tableInfo(s[m:e]).cas == 0 {
			break // two people, the first in the instrumental: "на встрече с Розой Ринат вёл себя корректно"
		}
		if e == m+1 && s[m] < 0x80 && s[m] != 'I' && !newline && toks[nt-1].first() && sc.initialBeforeName(e) {
			t.flags = tkInitial // a middle initial without its dot: "Linda M Parker", "LINDA M PARKER"
		}
		if t.caps != t0.caps && t.flags&tkInitial == 0 && !(nt == 1 && t0.flags&tkInitial != 0 && t.flags != 0 && t.caps) &&
			!(nt == 1 && t0.caps && !t.caps && t.first() && (t0.surname() || t0.flags&tkUnknown != 0 && listEntryStart(s, i) ||
				t0.ambig() && !t.ambig() && listEntryStart(s, i))) &&
			!(nt == 2 && t0.caps && t0.surname() && !toks[1].caps && toks[1].first() && t.flags&tkPatr != 0) &&
			!(nt == 1 && !t0.caps && t0.first() && t.caps && (t.surname() && !t.ambig() || t.cand && e-m >= 4)) {
			// "СНИЛС Иван": capitals join only capitals, or a known name after an initial, "name L. GARCIA",
			// or a first name after a surname in capitals, "MÜLLER Thomas", "HOPE Emma" opening a results row,
			// and its patronymic, "KUZNETSOV Roman Alexandrovich", or a surname in capitals after a first name,
			// "Erik JOHANSSON", "Иван ПЕТРОВ"
			break
		}
		if t.addr == akENStreet && nt == 1 && (!t.surname() || postcodeAhead(s, e)) && s[i] < 0x80 {
			return j // "on Victoria Street", "Sandy Lane, Easingwold YO61 3EF": a street named after a person
		}
		if s[m] >= 0x80 && (t.addr == akCity || t.flags == 0 && !t.cand && nt == 1 && toks[0].surname() && !toks[0].ambig()) && patronymicNext(s, e) {
			// a first name that is also a marker or a word, before a patronymic: "Абрамян Гор Ашотович", "Тарасов Мир Алексеевич"
			t.addr, t.flags = 0, tkUnknown
		}
		if t.addr != 0 && !particle && !(t.surname() && personVerbAfter(s, e)) {
			if t.addr == akENStreet && (numberAfterStreet(s, e) > 0 || houseBeforeRun(s, i)) {
				// "Parizhskoy Kommuny St. 6", "45 Ashton Old Road": a street for addressEN, and so is each
				// word of its name, "8152 Ibrahim Al Khalil Rd"
				return toks[nt-1].end
			}
			if !(t.addr == akENStreet && t.surname() && nt == 1 && toks[0].first() && clauseEnds(s, e)) {
				break // "Jennifer Lane asked" goes on, and so does "Claimant Victoria Lane, vlane88@…"
			}
		}
		if particle && t.flags&(tkInitial|tkPatr) == 0 {
			t.start, t.flags = toks[nt-1].end+1, tkMorph
		}
		if t.flags == 0 {
			if !t.cand {
				break
			}
			t.flags = tkUnknown
		}
		if newline && toks[0].first() && !toks[0].surname() && t.first() && !t.surname() {
			break // a list of first names, one a line: "+ Zurab\nGiorgi and Eka"; but "Tom\nHardy"
		}
		if newline && t.flags&tkUnknown != 0 && (e < len(s) && s[e] != '\n' || toks[nt-1].flags&tkInitial != 0 || nt >= 2) {
			break // after a line break only a known name part, or a last word alone on its line after one word ("Anja Weber\nKundenservice" is a department)
		}
		toks[nt] = t
		nt++
	}
	// Unknown words count only next to a first name, a patronymic or
	// initials; cut the run at the first unknown word that is not.
	keep := 0
	var pwBuf [16]byte
	for k := 0; k < nt; k++ {
		chained := k >= 2 && toks[k-1].flags&tkUnknown != 0 && toks[0].flags&tkUnknown == 0 && !toks[0].ambig() &&
			!t0.caps && (s[i] < 0x80 || arabicParticle(s[toks[k-1].start:toks[k-1].end]))
		if toks[k].flags&tkUnknown != 0 && !chained && !sc.supported(toks[:nt], k) {
			break // chained: a third part after a known one and a kept unknown, "Nguyen Van An"
		}
		if k > 0 && toks[k].flags&tkUnknown != 0 && orgAfter(s, toks[k-1].end) {
			break // a firm's word ends the name: "Ulan Zala Farm", "Ulan Zala Peasant Farm"
		}
		if k >= 3 && toks[k].flags&tkUnknown != 0 && toks[k-1].flags&tkInitial != 0 && toks[k-2].flags&tkInitial != 0 && toks[k-3].flags&(tkInitial|tkUnknown) == 0 {
			break // a surname and its two initials end the name; the next sentence opens after them: "Ибрагимова Д. Ф. Нарушений не выявлено"
		}
		if k > 0 && s[toks[k-1].end] == '\n' && orgAfter(s, toks[k].end) {
			break // a signature's name above its firm's line: "Annika\nVogel Weine & Feinkost"
		}
		if e := toks[k].end; k > 0 && toks[k].flags&tkUnknown != 0 && toks[k-1].flags&tkInitial != 0 && e+1 < len(s) && s[e] == ':' && s[e+1] == ' ' {
			break // a label after a name: "Cashier: Natalia K. Discrepancy: none", "Gate B. Workaround: restart"
		}
		if e := toks[k].end; k == 1 && toks[k].flags&tkUnknown != 0 && toks[0].flags&tkInitial != 0 && s[toks[k].start] < 0x80 &&
			strings.HasSuffix(s[toks[k].start:e], "ing") && e+1 < len(s) && s[e] == ' ' &&
			!personIntro(string(prevWord(s, toks[0].start, pwBuf[:0]))) {
			break // a sentence after a letter: "bed A. Admitting diagnosis", "Uniform size L. Shadowing Dave Hollis"
		}
		if k == 1 && toks[k].flags&tkUnknown != 0 && toks[0].flags&tkInitial != 0 && letteredPlaceBefore(s, toks[0].start) {
			break // a letter that labels a place, then a sentence: "в шатре Б. Чипы одноразовые"
		}
		if k >= 2 && toks[k].flags&tkUnknown != 0 && toks[k-1].flags&tkInitial != 0 && toks[k-2].flags&tkInitial == 0 &&
			!toks[k-2].first() && s[toks[k-1].end-1] == '.' {
			break // a sentence after a surname's trailing initials: "Носовой И.Г. Направляем", not "Henry O. Havemeyer"
		}
		keep = k + 1
	}
	if keep == 0 {
		if t0.flags&tkUnknown != 0 {
			return j
		}
		keep = 1
	}
	if keep == 2 && s[i] >= 0x80 && !toks[0].first() && toks[1].first() && endsAny(s[i:toks[0].end], "ской", "цкой", "ной") &&
		prevWordIn(s, i, "на", "в") {
		return toks[0].end // a street or a square before a name: "в «Кофемании» на Кудринской Мария и Андрей"
	}
	if e := toks[keep-1].end; keep >= 2 && (s[toks[keep-1].start:e] == "Al" || s[toks[keep-1].start:e] == "El") &&
		e+1 < len(s) && s[e] == ' ' && upperAt(s[e+1:]) {
		var buf [64]byte
		we := wordEnd(s, e+1)
		w, _ := foldInto(buf[:0], s[e+1:we])
		if in, _ := wordTab.get(w); in.word&wStop != 0 && !in.isName() {
			return we // an article before a place: "Anwar Al Madinah" is a hotel's name
		}
	}
	if t0.caps && keep == 1 && t0.end+3 < len(s) && s[t0.end] == ',' && s[t0.end+1] == ' ' && upperAt(s[t0.end+2:]) {
		if t1 := sc.nameToken(t0.end+2, wordEnd(s, t0.end+2)); (t1.first() && !t1.ambig() || t1.caps && paxTitleAfter(s, t1.end)) &&
			(t1.end == len(s) || strings.IndexByte("\n (—–-;", s[t1.end]) >= 0) {
			end := t1.end
			if end+4 < len(s) && s[end] == ' ' && upperAt(s[end+1:]) {
				if t2 := sc.nameToken(end+1, wordEnd(s, end+1)); t2.flags&tkPatr != 0 {
					end = t2.end // and the patronymic: "PETROV, Nikolai Ivanovich"
				}
			}
			sc.emit(i, end, tPerson, 0.85, 0) // a passport's order: "O'CONNOR, SEAN", "MÜLLER, Ben (child)", "SMITH, GRACE MRS"
			return end
		}
	}
	if e0 := toks[keep-1].end; t0.caps && keep <= 2 && e0+3 < len(s) && s[e0] == ',' && s[e0+1] == ' ' && isUpperASCII(s[e0+2]) && capsNameLabel(s, i) {
		// "SURNAME, GIVEN" after a name's label: "Name: SCHMIDT, KATHARINA", "name GARCIA LOPEZ, ELENA, nationality ESP".
		if t1 := sc.nameToken(e0+2, wordEnd(s, e0+2)); t1.caps {
			q := t1.end
			for k := 0; k < 2 && q+2 < len(s) && s[q] == ' ' && isUpperASCII(s[q+1]) && isUpperASCII(s[q+2]); k++ {
				if e := wordEnd(s, q+1); allCapsWord(s[q+1 : e]) {
					q = e // every given name: "Patient: EVANS, HOPE MARIE"
				} else {
					break
				}
			}
			if q == len(s) || strings.IndexByte("\n (—–-,", s[q]) >= 0 {
				sc.emit(i, q, tPerson, 0.85, 0)
				return q
			}
		}
	}
	if !t0.caps && keep == 1 && t0.surname() && t0.addr == 0 && t0.end+3 < len(s) && s[t0.end] == ',' && s[t0.end+1] == ' ' && listEntryStart(s, i) {
		// A list's entry, surname first: "Adams, Noah\nPetrova, Vera", "Brooks, William | seat 13".
		if e := wordEnd(s, t0.end+2); e > t0.end+2 && upperAt(s[t0.end+2:]) {
			if t1 := sc.nameToken(t0.end+2, e); t1.first() && !t1.caps && (!t1.ambig() || !t0.ambig()) && listEntryEnd(s, t1.end) {
				sc.emit(i, t1.end, tPerson, 0.85, 0)
				return t1.end
			}
		}
	}
	if keep == 1 && !t0.caps && (t0.surname() || t0.flags&tkUnknown != 0) && citationAfter(s, toks[0].end) {
		sc.emit(i, toks[0].end, tPerson, 0.85, 0) // an author cited: "Smith et al. (2019)", "Kuznetsov & Lee (2022)", "Смирнова и Орлова (2022)"
		return toks[0].end
	}
	if t0.caps && givenNamesLine(s, i) {
		if e := capsWordsEnd(s, i, 3); (e > j || t0.flags&(tkUnknown|tkMorph) != 0 || t0.first()) && !initialAt(s, e+1) { // not "Имя: ЗАХАРОВ В.Г."
			sc.emit(i, e, tPerson, 0.85, 0) // a document's given names in capitals: "Vornamen/Given names THOMAS JOHANNES", "Sakheli / Name: LEVANI"
			return e
		}
	}
	capsSurname := t0.caps && keep == 1 && (t0.surname() && sc.announced(t0) || surnameLabelBefore(s, i)) // "ДА ЭТО ИГНАТЬЕВ", "Surname: HALLORAN"
	capsLabelled := t0.caps && keep == 1 && (t0.first() && !t0.ambig() && fieldLabelBefore(s, i) ||       // "Given names: KONSTANTIN"
		t0.first() && nameFieldLine(s, i) || // a scan's line: "Имя НАДЕЖДА"
		t0.flags&tkPatr != 0 && (fieldLabelBefore(s, i) || sc.announced(t0)) || // "Отчество ВАДИМОВНА"
		personColumn(s, i, t0.end) || // a cell under a header for people: "rank,surname,given_names" … "MASTER,KUMAR,RAVI SHANKAR"
		nameKeyBefore(s, i) || // a log's field: "pnr=HL2M9Q lastname=POPOVA"
		s[i] < 0x80 && !t0.ambig() && (t0.first() || t0.surname()) && spellingBefore(s, i)) // "в загранпаспорте у него SHCHERBAKOV"
	if t0.caps && keep == 1 && (s[i] < 0x80 || !t0.first() || t0.ambig()) && !capsSurname && !capsLabelled {
		return j // one word in capitals is a name only when a known Russian first name: "ТАМАРА"
	}
	surnameGiven := keep == 2 && !toks[1].caps && toks[1].first() && (t0.surname() || listEntryStart(s, i))                       // a start list's "РУБЦОВ Марк", "CECCON Thomas"
	if t0.caps && !capsKnown(toks[:keep]) && !capsSurname && !capsLabelled && !(keep >= 2 && sc.honorific(t0)) && !surnameGiven { // "MR JAMES ANDERSON"
		return j // "PAID TWICE": capitals need a known first name, patronymic or initials
	}
	end := toks[keep-1].end
	if e := brandEnd(s, toks[0].start, end); e > 0 {
		return e // a fashion house: "пальто Max Mara", "костюм Hugo Boss", "Oscar de la Renta gown"
	}
	if (sc.garmentBefore(toks[0].start) || sc.variety(toks[0].start, end)) && keep <= 3 {
		return end // a garment's model, a toy's name or a flower's variety: "пальто «Виктория»", "платье Виктория", "роза «Грейс»", "'Mary Rose' roses"
	}
	if firmQuoteBefore(s, toks[0].start) || sc.dedicationBefore(toks[0].start) || (keep == 1 || quoteOpens(s, toks[0].start)) && partsCertain(toks[:keep]) && quotedTitle(s, toks[0].start, end) {
		return end // ООО «Кузовной центр»: a firm's name, whatever its words look like; магазин «Петрович», букет «Алла Пугачёва»
	}
	if castRoleBefore(s, toks[0].start) {
		return end // a part in a film or a play, not the actor: "пробы на роль Романа", "the role of Elizabeth Bennet"
	}
	if regnalIn(s, toks[0].start, end) {
		return end // a monarch: "Петербург Петра I", "«Эпоха Екатерины II»", "Nicholas II"
	}
	if brandBefore(s, toks[0].start) || carColumn(s, toks[0].start, end) {
		return end // a car's model after its make, "Toyota Mark X"; a make's column, "марка|модель" … "Lada|Vesta SW"
	}
	if keep == 2 && toks[0].flags&tkUnknown != 0 {
		var fb [32]byte
		if f, _ := foldInto(fb[:0], s[toks[0].start:toks[0].end]); productBefore(string(f)) {
			return end // a dish named after a man, its word opening the run: "Кебаб Али", "Khachapuri Tamara"
		}
	}
	if keep == 1 && sc.petNamed(toks[0].start, end) || keep == 2 && petWordAt(s, toks[0].start, toks[0].end) || vesselBefore(s, toks[0].start) ||
		keep <= 2 && breedAfter(s, end) ||
		keep <= 2 && sc.mineBefore(toks[0].start) || keep <= 2 && betBefore(s, toks[0].start) {
		// "my dog Archie", "кличка Вера", "Luna (cat, 3 y)"; a breed, "King Charles spaniels"; a ship, m/v "Captain Ivanov", т/х «Василий Шукшин»;
		// a mine or a deposit, "рудник Ленина", площадка «Павлик»; an athlete bet on, "ставка на Месси", "a bet on Medvedev … Medvedev retired".
		// Its other mentions are the pet's or the ship's too: "кот Степан … Степан не ест".
		sc.noteThing(toks[0].start, end)
		return end
	}
	if keep <= 2 && skyWordBefore(s, toks[0].start) {
		return end // the sky's, though a client may share the name: "созвездие Льва", "the constellation Leo", "звезда Вега"
	}
	if (keep == 1 && quotedAlone(s, toks[0].start, end) || keep <= 2 && singleQuoted(s, toks[0].start, end)) && vesselText(s) &&
		!jsonKeyIs(s, toks[0].start, "last_name", "first_name", "surname", "name", "full_name", "owner", "skipper", "captain", "client") { // but a JSON field's value, {"last_name": "Sorokin"}
		sc.dropCaps(toks[0].start)
		return end // a name alone in quotes in a text about boats, «Светлана» пришла; not its other mentions, "Марина, … ключи от «Марины»"
	}
	if endsAny(s[:toks[0].start], "Портрет ", "портрет ", "Portrait of ", "portrait of ") {
		return end // a sitter in an artwork's title, with a patronymic too: «Портрет Марии Фёдоровны», the "Portrait of Anna"
	}
	if keep <= 2 && yachtNamed(s, toks[0].start, end, keep) {
		sc.dropCaps(toks[0].start)
		return end // "Lady Anna (Lagoon 42)", "the charterer on Sofia", "Марина имени Крузенштерна", "Victoria Marina"
	}
	if sc.exampleName(toks[0].start, end) {
		return end // a textbook's character: "Tom and Anna go to school", "Иван → Ивана"
	}
	if keep >= 2 && toks[1].flags&tkUnknown != 0 && toks[0].flags&tkInitial != 0 && toks[0].end-toks[0].start <= 3 && prevWordIn(s, toks[0].start, "корпус", "корпуса", "корпусе", "бригада", "бригады",
		"бригаде", "линия", "линии", "цех", "цеха", "блок", "блока", "секция", "секции", "литер", "литера", "подъезд", "building", "block", "wing") {
		return end // a building's or a crew's letter, then a word: "в столовой корпуса Б. Выход через холл", "бригада Б. Выдув преформ"
	}
	if tableHeaderLine(s, toks[0].start) {
		return end // a column's name in a table's header: "| Diver | Nickname | Max depth |"
	}
	if keep == 1 && cityNamesake(s, toks[0].start, end) {
		return end // a town named like a man: "across Vladimir and Suzdal", "Владимир и Суздаль", a "город" column's "Владимир"
	}
	if startsAny(s[end:], " курган", " Kurgan") || keep == 2 && endsAny(s[toks[0].start:end], " Kurgan", " Курган") ||
		strings.HasSuffix(s[toks[0].start:end], " K.K.") {
		return end // a memorial hill, not a person: "у Мамаева кургана", "Mamayev Kurgan"; a Japanese firm, "Tanaka Suisan K.K."
	}
	if keep == 1 && strings.HasPrefix(s[end:], ". обл") || endsAny(s[:i], " м. ", "(м. ") && !strings.HasSuffix(s[:i], "кв. м. ") || strings.HasPrefix(s[i:], "ЖЕКЕ КУӘЛІК") {
		return end // a region cut short, "Лен. обл., Приозерский р-н"; a metro station, "у м. Чернышевская"; a Kazakh ID card's heading
	}
	if keep == 1 && (productKeyBefore(s, toks[0].start) || countedContainer(s, toks[0].start) || quotedBrandAfter(s, toks[0].start, end)) {
		return end // a product named like a person: a log's brand="Алёнушка", "brand 'Lada'", "3 бутыли Алёнушки", "'Sokolov' brand"
	}
	if keep == 1 && (s[toks[0].start:end] == "Muscle" || s[toks[0].start:end] == "Proper" || s[toks[0].start:end] == "Пропер") &&
		endsAny(s[:toks[0].start], "Mr ", "Mr. ", "Мистер ", "мистер ") {
		return end // a cleaning product: "Mr Muscle", "Мистер Пропер"
	}
	if keep == 1 && s[i] >= 0x80 && end+2 < len(s) && (s[end] == ' ' || s[end] == ',') && streetHouseAfter(s, end) &&
		endsAny(s[toks[0].start:end], "ском", "цком", "ном", "вом") && endsAny(s[:toks[0].start], " на ", "\nна ", "На ") && !dayRangeAfter(s, end) {
		e := sc.houseParts(end)
		sc.emit(toks[0].start, e, tAddress, 0.75, 0) // an avenue in the locative, its word left out: "на Ворошиловском, 12/85", "на Красном 82"
		return e
	}
	if keep == 1 && s[i] >= 0x80 && end+2 < len(s) && s[end] == ' ' && streetHouseAfter(s, end) && (liveVerbBefore(s, toks[0].start) || streetAskedBefore(s, toks[0].start)) {
		e := sc.houseParts(end)
		sc.emit(toks[0].start, e, tAddress, 0.75, 0) // a street and its house after "живёт" or as the answer to "Какая улица?": "живет Куйбышева 17"
		return e
	}
	if keep == 1 && end+2 < len(s) && (s[end] == ' ' || s[end] == ',') && streetHouseAfter(s, end) && knownStreetWord(s, toks[0].start, end) != 0 {
		return end // a street before its house, read as an address at the number: "(Гоголя 15)", "Ильича 6, ТЦ"
	}
	if st := toks[0].start; keep == 1 && s[st] >= 0x80 && st >= 4 && s[st-2:st] == ", " && endsAny(s[st:end], "ская", "цкая", "ная", "вая", "ский", "ный") &&
		end+2 < len(s) && s[end] == ' ' && streetHouseAfter(s, end) {
		if b, e := prevWordBounds(s, st-2); e == st-2 && b < e && knownCity(s[b:e]) {
			e := sc.houseParts(end)
			sc.emit(b, e, tAddress, 0.75, 0) // a town, then a street's adjective and its house: "Сочи, Навагинская 9", "Калининград, Ленинский 30"
			return e
		}
	}
	if keep <= 2 && s[i] >= 0x80 && end+4 < len(s) && s[end] == ' ' && isDigit(s[end+1]) && toks[keep-1].flags&tkInitial == 0 && streetHouseAfter(s, end) {
		if e := sc.houseParts(end); flatWordIn(s[wordEnd(s, end+1):e]) || buildingPartIn(s[wordEnd(s, end+1):e]) {
			sc.emit(toks[0].start, e, tAddress, 0.75, 0) // a street named after a person, its house and flat or building after it: "на Рубинштейна 15/17 кв 42", "Дуси Ковальчук 179 к2"
			return e
		}
	}
	if keep <= 2 && s[i] >= 0x80 && end+2 < len(s) && (s[end] == ' ' || s[end] == ',') && streetHouseAfter(s, end) && personStreetHouse(s, toks[:keep], end) {
		e := sc.houseParts(end)
		sc.emit(toks[0].start, e, tAddress, 0.75, 0) // a street named after a person and its house: "на Дмитрия Шамшурина 29", "Станиславского 4а"
		return e
	}
	if st := toks[0].start; keep == 2 && end-st == len("Hall B.") && strings.HasPrefix(s[st:end], "Hall ") && s[end-1] == '.' && (st < 2 || s[st-2:st] == ", " || s[st-1] == '\n') {
		return end // a room, not a surname and its initial: "Thursday 6 pm, Hall B."
	}
	if keep == 2 && !t0.first() && s[i] >= 0x80 && endsAny(s[i:end], "ича", "ыча") && quotedAlone(s, i, end) {
		return end // a team named for someone's patronymic, no first name before it: «Дюжина Петровича», «Кегли Михалыча»
	}
	if !partsCertain(toks[:keep]) {
		if keep == 1 && t0.ambig() && end < len(s) && s[end] == ':' && !(chatSpeaker(s, toks[0].start, end) && s[toks[0].start:end] != "Тема") &&
			!sc.titleBefore(toks[:1]) && !noteSubject(s, toks[0].start, end) { // but "Reminder from Grandma Rosa: …", "Quick note from Mark: …"
			return end // a header: "Тема: счёт 1877"; not a chat's speaker, "Ника: здравствуйте"
		}
		if sc.notAPerson(toks[0].start, end, keep, t0) {
			return end
		}
	} else if keep == 1 && (quotedAlone(s, toks[0].start, end) || singleQuoted(s, toks[0].start, end)) && thingBeforeQuote(s, toks[0].start) {
		return end // a sure first name too: log house "Alyona", kite 'Grace', яхта «Мария»
	}
	if keep == 1 && t0.ambig() && (quotedAlone(s, toks[0].start, end) || singleQuoted(s, toks[0].start, end)) && !personQuoteCue(s, toks[0].start, end) {
		return end // a word that is also a name, alone in quotes and named as nobody: the 'Hope' mainsail, «Марина» on the ice route
	}
	if keep == 1 && roomWordBefore(s, toks[0].start) && !(end+1 < len(s) && s[end] == ' ' && upperAt(s[end+1:])) {
		return end // a room, a hall or a cabin named like a person: "Room Frida", "Hall Audrey", "cabin Alyonushka"
	}
	if keep == 1 && quotedInList(s, toks[0].start, end) && !personQuoteWords(s, toks[0].start, end) &&
		!containsAny(s[lineStart(s, toks[0].start, 120):toks[0].start], "имена", "names", "ingerprint", "profile", "профил", "reviewer", "spelling",
			"фамили", "Фамили", "написано", "писать") {
		return end // models, collections, fabrics listed in quotes: «Беатрис», «Мэри», «Isabella», «Виктория»
	}
	if keep == 1 && (quotedAlone(s, toks[0].start, end) || singleQuoted(s, toks[0].start, end)) &&
		(quantityAfterQuote(s, end) || benchmarkWorkout(s, toks[0].start, end)) {
		return end // an item of stock: «Святослав» 18 lb — 6 шт., 'Marusya' (3,000 L CCT); a gym's workout: "Fran", «Грейс»
	}
	if keep == 1 && t0.flags&tkInitial != 0 && s[i] < 0x80 && i >= 4 && s[i-2:i] == ", " {
		if a := wordStartBefore(s, i-2); a >= 0 && upperAt(s[a:]) {
			if sz := sc.nameToken(a, i-2); sz.surname() && !sz.ambig() {
				if b := sc.surnameFirst(i, end); b >= 0 {
					sc.emit(b, end, tPerson, 0.85, 0) // "Resident: Donovan, P."
					return end
				}
			}
		}
	}
	score := personScore(sc, toks[:keep])
	if score <= 0 {
		return j
	}
	if keep >= 2 && end < len(s) && s[end] == ' ' { // every word below opens with a space
		for _, w := range [...]string{" оглы", " кызы", " улы", " угли", " уулу", " oglu", " ogly", " kyzy", " qizi", " ugli"} {
			if strings.HasPrefix(s[end:], w) && (end+len(w) == len(s) || !isAlnum(s[end+len(w)])) {
				end += len(w) // "Мамедов Эльдар Гусейн оглы"
				break
			}
		}
	}
	if keep <= 2 && toks[keep-1].flags&(tkPatr|tkInitial) == 0 && sc.placeBefore(toks[0].start, keep) {
		return end
	}
	if keep == 2 && s[i] >= 0x80 && toks[0].flags == tkUnknown && toks[1].first() && toks[0].end-toks[0].start >= 10 &&
		endsAny(s[toks[0].start:toks[0].end], "ит", "ёт") && sentenceStart(s, toks[0].start) {
		return toks[0].end // a verb opens the sentence before the name: "Получит Эмиль", "Заберёт Ольга"
	}
	if keep == 1 && s[i] < 0x80 && romanStreetAfter(s, end) {
		return end // a street named after a monarch: "Petra I Ave, 57"
	}
	if keep == 1 && s[i] >= 0x80 && i >= 4 && s[i-4:i] == "г. " && (i == 4 || s[i-5] == ' ' || s[i-5] == ',' || s[i-5] == '(' || s[i-5] == '\n') {
		return end // a town after its mark, whatever its name: "обл., г. Галич, ул. Луначарского"
	}
	if keep == 1 && s[i] < 0x80 && endsAny(s[i:end], "skaya", "skoy", "sky", "skiy") && prevWordIn(s, i, "on", "at", "near") {
		return end // a street's adjective after a place's preposition: "the body shop on Permskaya", "the office on Oktyabrsky"
	}
	if keep == 2 && toks[0].flags&tkInitial != 0 && shortCity(s[toks[0].start:end]) {
		return end // a town's first word cut to its letter: "в Н. Новгород", "из В. Новгорода"
	}
	if keep == 1 && (toks[0].flags&(tkUnknown|tkMorph) != 0 && !listDashBefore(s, i) || s[i] >= 0x80 && cityWord(s[i:end])) && streetAfter(s, end) {
		return end // a city before its street: "Тверь, улица Склизкова, дом 40"
	}
	if s[i] >= 0x80 && (keywordAfter(s, end) || keep == 2 && toks[1].flags&tkInitial == 0 && !toks[0].first() && adjectiveWord(s[toks[0].start:toks[0].end]) &&
		(end+2 < len(s) && s[end] == ' ' && isDigit(s[end+1]) || end+3 < len(s) && s[end] == ',' && s[end+1] == ' ' && isDigit(s[end+2]) && !toks[1].first())) {
		return j // the name of a street: "Большой Гнездниковский пер., д. 10", "Большой Зеленина 28", "Большая Серпуховская, 31к6"; not "Ивановой А.Р. 18.04", "с Ольгой Кругловой 12.11"
	}
	if w := s[toks[0].start:min(len(s), end+7)]; (strings.IndexByte(w, 'S') >= 0 || strings.IndexByte(w, 0xC5) >= 0 || strings.IndexByte(w, 'V') >= 0) &&
		(containsAny(w, " A.Ş.", " S.R.L", " S.p.A", " S.r.l", " Sàrl", " SARL", " B.V.") || turkishFirmAS(w)) {
		return end // a Turkish, an Italian or a Dutch firm's form read as initials: "Sanayi ve Ticaret A.Ş.", "CONCERIA SAN MINIATO S.R.L.", "LedLicht Holland B.V."
	}
	if s[i] >= 0x80 && toks[0].flags&tkInitial != 0 && toks[keep-1].flags&tkInitial == 0 &&
		(memorialBefore(s, i) || famousArtists[s[toks[keep-1].start:toks[keep-1].end]]) {
		return end // a memorial's or a famous man's initials: "памяти А. А. Харлампиева", "«Болеро» (М. Равель)"
	}
	start := toks[0].start
	if q := particleBefore(s, start); q >= 0 && (sc.honorific(toks[0]) || keep == 1 && particleLed(s, start)) {
		start = q // the particle belongs to the surname: "Mr. de Vries", "at van der Berg's"
	}
	if (keep == 1 || keep == 2 && toks[1].first()) && toks[0].first() && s[i] < 0x80 {
		if b := sc.surnameFirst(start, end); b >= 0 {
			start = b // a list or a form writes the surname first: "Hoffmann, Markus", "Patient: Hollis, Margaret Ann"
		}
	}
	if keep == 1 && toks[0].first() && s[i] < 0x80 && start >= 3 && s[start-1] == ' ' && (start == 3 || !isAlnum(s[start-4])) {
		switch s[start-3 : start-1] {
		case "LI", "WU", "XU", "HU", "MA", "YU", "LU", "SU", "DU", "YE":
			start -= 3 // a Chinese surname in capitals before the given name: "LI Na", "WU Hao"
		}
	}
	if keep == 1 && toks[0].flags&tkUnknown != 0 && speakerColonBefore(s, start) && end+1 < len(s) && s[end] == ' ' && lowerLetterAt(s, end+1) {
		return end // a speaker's first word, no name: "Customer: Do you deliver", "Клиент: Сколько идёт доставка"
	}
	for _, h := range [...]string{"-ханым", "-ханум", "-хоним", "-бей", "-джан", "-апа", "-апай", "-абый"} {
		if s[end-1] == h[len(h)-1] && strings.HasSuffix(s[start:end], h) && end-len(h) > start { // the last byte first
			sc.emit(start, end-len(h), tPerson, score, 0) // a Turkic honorific stays outside: "Айше-ханым"
			return end
		}
	}
	sc.emit(start, end, tPerson, score, 0)
	return end
}

// speakerColonBefore reports a transcript's speaker label and ": " right
// before i, at its line's start: "Customer: ", "Клиент: ", "Оператор: ".
func speakerColonBefore(s string, i int) bool {
	if i < 4 || s[i-1] != ' ' || s[i-2] != ':' {
		return false
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], s[lineStart(s, i, 30):i-2])
	if !ok {
		return false
	}
	switch string(f) {
	case "customer", "client", "caller", "agent", "operator", "guest", "клиент", "клиентка", "оператор", "менеджер", "абонент", "гость":
		return true
	}
	return false
}

// signOffWord reports a closing or greeting word before a comma: "Thanks, Laura", "Merci, Claire".
func signOffWord(w string) bool {
	var buf [32]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	if in, _ := wordTab.get(f); in.word != 0 {
		return true // a stop word, a title or a cue
	}
	switch string(f) {
	case "merci", "danke", "gracias", "grazie", "obrigado", "best", "cheers", "regards", "thanks", "thx", "bye", "ciao",
		"sincerely", "warmly", "love", "always", "forever", "hugs", "kind", "yours", "greetings", "salut", "hola", "hallo", "sorry", "ok", "okay", "yes", "no":
		return true
	}
	return false
}

// surnameFirst returns the start of "Surname, " before the first name at
// start (surnameCommaBefore), or -1. A surname the scanner has emitted on
// its own after a label ("Patient: Hollis") joins the name: its span is
// dropped. A first name does not ("Kate, Ruslan").
func (sc *scanner) surnameFirst(start, end int) int {
	lo := sc.lastEnd
	n := len(sc.out)
	prev := n > 0 && sc.out[n-1].typ == tPerson && sc.out[n-1].end == start-2 &&
		strings.IndexByte(sc.s[sc.out[n-1].start:sc.out[n-1].end], ' ') < 0 && !firstNameAt(sc.s, sc.out[n-1].start)
	if prev {
		lo = sc.out[n-1].start
	}
	b := surnameCommaBefore(sc.s, start, end, lo)
	if b >= 0 && prev && b < sc.out[n-1].end {
		sc.out = sc.out[:n-1]
		sc.persons--
	}
	return b
}

// surnameCommaBefore returns the start of "Surname, " (one or two capitalized
// Latin words) before the first name at start, when the name ends its line
// and the surname opens it or follows a label: "Tenant application –
// Hoffmann, Markus", "Applicant: Rodriguez Martinez, Carlos"; -1 if none.
func surnameCommaBefore(s string, start, end, lo int) int {
	dotSpace := end+1 < len(s) && s[end] == '.' && s[end+1] == ' ' // "User: Hughes, Daniel. If …" after a label only
	if start < 4 || s[start-2:start] != ", " || end < len(s) && strings.IndexByte("\n(;:)", s[end]) < 0 && !strings.HasPrefix(s[end:], " (") &&
		!(s[end] == '.' && (end+1 == len(s) || s[end+1] == '\n' || dotSpace)) &&
		!strings.HasPrefix(s[end:], " —") && !strings.HasPrefix(s[end:], " –") && !logRecordEnd(s, end) {
		return -1
	}
	b := start - 2
	for words := 0; words < 2; words++ {
		a := b
		for a > 0 && (isASCIILetter(s[a-1]) || s[a-1] >= 0x80 && !isCyrLead(s[a-1]) && s[a-1] != 0xE2) || a > 1 && (s[a-1] == '-' || s[a-1] == '\'') && isASCIILetter(s[a-2]) {
			a-- // Latin letters, with diacritics too: "Müller-Schmidt"
		}
		if a == b || !isUpperASCII(s[a]) || a < lo || signOffWord(s[a:b]) || pastParticiple(s[a:b]) {
			return -1 // not "Thanks, Laura", "Confirmed, Jessica:"
		}
		switch s[a:b] {
		case "Guys", "Team", "Folks", "Everyone", "Colleagues", "Friends", "Hey", "Hi", "Hello", "Dear", "Ladies", "Gents", "All":
			return -1 // a message addressed to a group: "Guys, Ilnur (the guy with …) called again"
		}
		if in := tableInfo(s[a:b]); words == 0 && in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&(fRuSurname|fEnLast) == 0 {
			return -1 // two first names in a list: "ceramics — Vera, Lyubov;"
		}
		b = a
		switch {
		case dotSpace && !(a >= 2 && (s[a-2] == ':' || s[a-2] == ';')):
			return -1 // not "Done, Ben. Sofia …"
		case a == 0 || s[a-1] == '\n':
			return a
		case a >= 2 && (s[a-2] == ':' || s[a-2] == ';' || strings.HasSuffix(s[:a-1], " –") || strings.HasSuffix(s[:a-1], " —") || s[a-2] == '-'):
			return a
		case a >= 2 && s[a-1] == ' ' && fieldLabelWord(s, a-1):
			return a // "borrower Whitfield, Andrew —"
		case s[a-1] == '(' && a >= 3 && s[a-2] == ' ' && isDigit(s[a-3]) && end < len(s) && s[end] == ')':
			return a // "card 003004 (Al Suwaidi, Hamad)"
		case a >= 2 && s[a-1] == ' ' && isDigit(s[a-2]) && logRecordEnd(s, end):
			return a // a log's record after its card: "IN card=001298 Ivanova, Ksenia / 07:31:02 OUT", "badge VS-10877 Al Nuaimi, Hessa DENIED"
		case s[a-1] != ' ':
			return -1
		}
		b = a - 1
	}
	return -1
}

// logRecordEnd reports the end of a name in an access log's record at end:
// the record's separator or its status, "Ivanova, Ksenia / 07:31:02",
// "Becker, Klaus IN".
func logRecordEnd(s string, end int) bool {
	if strings.HasPrefix(s[end:], " / ") {
		return true
	}
	for _, w := range [...]string{" IN", " OUT", " DENIED", " GRANTED"} {
		if strings.HasPrefix(s[end:], w) && (end+len(w) == len(s) || s[end+len(w)] == ' ' || s[end+len(w)] == '\n') {
			return true
		}
	}
	return false
}

// pastParticiple reports a Latin word in "-ed" that the tables do not know
// as a name: "Confirmed", "Updated", not "Reed" or "Ahmed".
func pastParticiple(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	in, found := wordTab.get(f)
	return !found || !in.isName()
}

// fieldLabelWord reports a field label or role word ending at k: "borrower",
// "co-borrower", "Applicant".
func fieldLabelWord(s string, k int) bool {
	b := k
	for b > 0 && (isASCIILetter(s[b-1]) || s[b-1] == '-') {
		b--
	}
	if b == k {
		return false
	}
	w := strings.TrimPrefix(strings.ToLower(s[b:k]), "co-")
	return fieldLabels[w] || w == "borrower" || w == "guarantor" || w == "director" || w == "signatory"
}

// airlineName emits a passenger name as tickets and booking systems write
// it, SURNAME/GIVEN NAMES with an optional title: "LINDQVIST/ERIK MR",
// "IVANOVA/MARIA MRS", "КРИВОШЕЕВ/СТАНИСЛАВ MR". The given name must be a
// known first name or carry the title, so that "USD/EUR" and "TCP/IP" stay
// words.
func (sc *scanner) airlineName(i, j int) int {
	s := sc.s
	for p := i; p < j; {
		sz := capAt(s, p)
		if sz == 0 && s[p] != '-' && s[p] != '\'' {
			return 0
		}
		p += max(sz, 1)
	}
	if j-i < 2 || s[i] >= 0x80 && j+1 < len(s) && s[j+1] < 0x80 {
		return 0 // a passport page's two spellings of one name, "ЛЮБОВЬ/LIUBOV", are no booking's SURNAME/GIVEN
	}
	start := i // a surname of several words: "PEREIRA DA SILVA/JOAO MR"
	for k := 0; k < 2 && start >= 3 && s[start-1] == ' ' && isUpperASCII(s[start-2]); k++ {
		t := start - 1
		for t > 0 && isUpperASCII(s[t-1]) {
			t--
		}
		if t < sc.lastEnd || t > 0 && s[t-1] != ' ' && s[t-1] != '\n' {
			break
		}
		start = t
	}
	p := j + 1
	q := capsEnd(s, p, true)
	if q-p < 2 || q < len(s) && isAlnum(s[q]) {
		return 0
	}
	first, end := q, q
	for k := 0; k < 3 && q+1 < len(s) && s[q] == ' ' && capAt(s, q+1) > 0; k++ {
		r := capsEnd(s, q+1, false)
		if r < len(s) && isAlnum(s[r]) {
			break
		}
		if t := s[q+1 : r]; t == "MR" || t == "MRS" || t == "MS" || t == "MSTR" || t == "MISS" || t == "DR" || t == "CHD" || t == "INF" {
			sc.emit(start, end, tPerson, 0.95, 0) // every given name up to the title: "IVANOVA/ANNA MARIA MRS"
			return r
		}
		end, q = r, r
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[p:first])
	if !ok {
		return 0
	}
	if in, found := wordTab.get(w); (in.flags&(fEnFirst|fRuFirst) == 0 || in.flags&fAmbig != 0 && !tableSurname(s[i:j])) && !docsAfter(s, first) && // not "COM/BILL"
		!(!found && first-p >= 4 && tableSurname(s[i:j])) {
		return 0 // but a given name that is also a surname after a known surname: "WILSON/THOMAS"; an unknown one after it: "SCHNEIDER/JOHANN"
	}
	sc.emit(start, first, tPerson, 0.9, 0)
	return first
}

// gdsName reads a booking's name element, its numbers glued to the name:
// "1.1AL-QAHTANI/FAHAD MR  2.1GARIPOV/ILDAR MR".
func (sc *scanner) gdsName(i int) int {
	s := sc.s
	if i+4 >= len(s) || s[i+1] != '.' || !isDigit(s[i+2]) || !isUpperASCII(s[i+3]) && !(s[i+3] >= 0x80 && upperAt(s[i+3:])) || i > 0 && isAlnum(s[i-1]) {
		return 0 // also in Cyrillic: "1.1ЛАПТАНДЕР/СЭВАКО MR"
	}
	if j := wordEnd(s, i+3); j+2 < len(s) && s[j] == '/' {
		return sc.airlineName(i+3, j)
	}
	return 0
}

// mrzName emits the holder's name in a passport's machine-readable zone,
// "P<" and the issuing country, then SURNAME<<GIVEN<NAMES and the filler
// ("P<GEOKAPANADZE<<ANA<<<<"), and returns the line's end; 0 when the line
// is not one.
func (sc *scanner) mrzName(i int) int {
	s := sc.s
	p := i + 2
	for k := 0; k < 3; k++ {
		if p >= len(s) || !isUpperASCII(s[p]) && s[p] != '<' {
			return 0
		}
		p++
	}
	e := p
	for e < len(s) && (isUpperASCII(s[e]) || s[e] == '<') {
		e++
	}
	if e-i < 30 || !strings.Contains(s[p:e], "<<") {
		return 0 // a data page's line is 44 characters (an ID card's 30)
	}
	end := e
	for end > p && s[end-1] == '<' {
		end--
	}
	if end-p < 3 || !isUpperASCII(s[p]) {
		return 0
	}
	sc.emit(p, end, tPerson, 0.9, 0)
	if n := e + 1; e < len(s) && s[e] == '\n' && n+21 <= len(s) && mrzLine2(s[n:n+21]) {
		q := n + 9
		for q > n && s[q-1] == '<' {
			q--
		}
		if q-n >= 6 {
			sc.emit(n, q, tPassport, 0.95, 0) // the document's number opening the next line: "1298745617GBR9103038F…"
			for e = n; e < len(s) && (isUpperASCII(s[e]) || isDigit(s[e]) || s[e] == '<'); e++ {
			}
		}
	}
	return e
}

// mrzLine2 reports the opening of a passport's second machine-readable
// line: the number and its check digit, the nationality, the birth date
// and its check digit, the sex ("1298745617GBR9103038F"). A valid check
// digit on the number stands for the layout's other parts.
func mrzLine2(l string) bool {
	for k := 0; k < 9; k++ {
		if !isUpperASCII(l[k]) && !isDigit(l[k]) && l[k] != '<' {
			return false
		}
	}
	if mrzCheck(l[:9], l[9]) && isUpperASCII(l[10]) {
		return true
	}
	if !isDigit(l[9]) && l[9] != '<' || !allDigits(l[13:20]) || strings.IndexByte("MF<", l[20]) < 0 {
		return false
	}
	for k := 10; k < 13; k++ {
		if !isUpperASCII(l[k]) && l[k] != '<' {
			return false
		}
	}
	return true
}

// mrzCheck reports whether c is the check digit of an ICAO 9303
// machine-readable field: weights 7, 3, 1 over digits, letters as 10 to 35
// and '<' as 0.
func mrzCheck(field string, c byte) bool {
	if !isDigit(c) {
		return false
	}
	sum := 0
	for k := 0; k < len(field); k++ {
		v := 0
		switch ch := field[k]; {
		case isDigit(ch):
			v = int(ch - '0')
		case isUpperASCII(ch):
			v = int(ch-'A') + 10
		case ch == '<':
		default:
			return false
		}
		sum += v * [3]int{7, 3, 1}[k%3]
	}
	return sum%10 == int(c-'0')
}

// ssrDocs reads the passport element of a booking, IATA's SSR DOCS, after
// the word DOCS at j: carrier and status ("SU HK1"), or nothing in an
// APIS record ("DOCS/P/UZB/…"), then docsFields. It returns the element's
// end, or 0 when the line is not one.
func (sc *scanner) ssrDocs(j int) int {
	s := sc.s
	end := j
	for end < len(s) && s[end] != '\n' && end-j < 200 {
		end++
	}
	k := strings.IndexByte(s[j:end], '/')
	if k < 0 {
		return 0
	}
	if k > 0 && !strings.Contains(s[j:j+k], "HK") {
		return sc.shortDocs(j+k-1, end) // "SSR DOCS HY 1 P/UZB/FA1837264"
	}
	return sc.docsFields(j+k+1, false)
}

// shortDocs emits the number of a passport element cut after it, "P/UZB/
// FA1837264", with the type letter at p and the line's end at end, and
// returns the end, or 0.
func (sc *scanner) shortDocs(p, end int) int {
	s := sc.s
	if p < 1 || s[p] != 'P' || s[p-1] != ' ' || p+6 >= end || s[p+1] != '/' {
		return 0
	}
	c := p + 2
	for c < end && isUpperASCII(s[c]) {
		c++
	}
	if c-(p+2) < 2 || c-(p+2) > 3 || c >= end || s[c] != '/' {
		return 0
	}
	q := c + 1
	for q < end && isAlnum(s[q]) {
		q++
	}
	if q-(c+1) < 6 || q-(c+1) > 12 || q < end && s[q] != ' ' && s[q] != '/' {
		return 0
	}
	sc.emit(c+1, q, tPassport, 0.9, 0)
	return q
}

// docsFields reads the slash-separated fields of a passport element from
// the document type at p: type, issuing country, number, nationality,
// birth date, sex, expiry, surname and given names ("P/RUS/755318840/RUS/
// 14MAY88/M/09JUN29/BRANDT/OLIVER"); the names may be missing ("P/ARM/
// AT0418872/ARM/09MAY90/F/11JUN32"). It emits the number and the name
// and returns the element's end, or 0. With dated, the element stands
// without the word DOCS and must show its countries and birth date:
// "HK1 P/RU/754218836/RU/14JUL79/…".
func (sc *scanner) docsFields(p int, dated bool) int {
	f, n, q := parseDocs(sc.s, p, dated)
	if n == 0 {
		return 0
	}
	sc.emit(f[3], f[4]-1, tPassport, 0.95, 0)
	if n == len(f) && f[8] < q && capAt(sc.s, f[8]) > 0 {
		sc.emit(f[8], q, tPerson, 0.9, 0) // the given names run to the next slash or the line's end: ".../BRANDT/OLIVER/H"
	}
	return q
}

// parseDocs splits docsFields' element at p: where fields 1 to 9 start
// (f[0] is unused), how many there are, 0 when it is no element, and
// where the last one ends.
func parseDocs(s string, p int, dated bool) (f [10]int, n, q int) {
	end := p
	for end < len(s) && s[end] != '\n' && !(dated && s[end] == ' ') && end-p < 200 {
		end++
	}
	f[1] = p
	n, q = 2, p
	for {
		for q < end && s[q] != '/' {
			q++
		}
		if n == len(f) || q == end {
			break
		}
		f[n] = q + 1
		n++
		q++
	}
	if n < 6 || f[2]-f[1] != 2 || !dated && n < 10 {
		return f, 0, 0 // document type one letter: P, I, A, C
	}
	if num := s[f[3] : f[4]-1]; len(num) < 6 || len(num) > 12 || !isAlnumWord(num) {
		return f, 0, 0
	}
	if dated && (!countryCode(s[f[2]:f[3]-1]) || !countryCode(s[f[4]:f[5]-1]) || !docsDate(s[f[5]:fieldEnd(f[:n], 5, q)])) {
		return f, 0, 0
	}
	return f, n, q
}

// docsAfter reports a passport element after a colon at i, naming its
// holder: "MKRTCHYAN/ARAIK: P/ARM/AT0291166/ARM/21DEC62/M/03MAR31".
func docsAfter(s string, i int) bool {
	if i+14 > len(s) || s[i] != ':' || s[i+1] != ' ' || s[i+3] != '/' {
		return false
	}
	_, n, _ := parseDocs(s, i+2, true)
	return n > 0
}

// fieldEnd returns where field k of f ends: before the next field's slash,
// or at end for the last one.
func fieldEnd(f []int, k, end int) int {
	if k+1 < len(f) {
		return f[k+1] - 1
	}
	return end
}

// countryCode reports two or three capital Latin letters: "RU", "ARM".
func countryCode(w string) bool {
	return (len(w) == 2 || len(w) == 3) && isUpperASCII(w[0]) && isUpperASCII(w[1]) && isUpperASCII(w[len(w)-1])
}

// docsDate reports a date as a passport element writes it: "14JUL79".
func docsDate(w string) bool {
	if len(w) != 7 || !isDigit(w[0]) || !isDigit(w[1]) || !isDigit(w[5]) || !isDigit(w[6]) {
		return false
	}
	k := strings.Index("JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC", w[2:5])
	return k >= 0 && k%3 == 0
}

// isAlnumWord reports letters and digits only.
func isAlnumWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isAlnum(w[k]) {
			return false
		}
	}
	return len(w) > 0
}

// capAt returns the size of the capital letter at s[p], Latin or basic
// Cyrillic with Ё (startsUpper's), or 0.
func capAt(s string, p int) int {
	switch {
	case !startsUpper(s[p:]):
		return 0
	case s[p] < 0x80:
		return 1
	}
	return 2
}

// capsEnd returns the end of the run of capitals at p, and of hyphens
// with them when hyphens is set.
func capsEnd(s string, p int, hyphens bool) int {
	for p < len(s) {
		if sz := capAt(s, p); sz > 0 {
			p += sz
		} else if hyphens && s[p] == '-' {
			p++
		} else {
			break
		}
	}
	return p
}

// partsCertain reports a patronymic or initials among the name parts:
// nothing around such a run makes it a word.
func partsCertain(toks []nameTok) bool {
	for _, t := range toks {
		if t.flags&(tkPatr|tkInitial) != 0 {
			return true
		}
	}
	return false
}

// familyOf returns the flags of the surname whose plural the folded word w
// is, as a family is named: Морозовых, Поповым (-ов, -ин surnames),
// Хачатрянов (other surnames), the Thompsons, the Garcias; 0 if none.
func familyOf(w []byte) uint8 {
	n := len(w)
	if n >= 8 && w[0] >= 0x80 {
		// The last letter picks the endings: х (ых, ах), м (ым, ам), и (ыми, ами), в (ов).
		if w[n-2] != 0xD1 && w[n-2] != 0xD0 {
			return 0
		}
		var cut int
		switch {
		case hasSuffix(w, "ых"), hasSuffix(w, "ым"):
			cut = 4
		case hasSuffix(w, "ыми"):
			cut = 6
		case hasSuffix(w, "овы"), hasSuffix(w, "евы"), hasSuffix(w, "ёвы"), hasSuffix(w, "ины"), hasSuffix(w, "ыны"):
			cut = 2 // "Яковлевы приехали"
		case hasSuffix(w, "ов"), hasSuffix(w, "ам"), hasSuffix(w, "ах"), hasSuffix(w, "ами"):
			cut = 4
			if hasSuffix(w, "ами") {
				cut = 6
			}
			if st := w[:n-cut]; len(st) < 6 || st[len(st)-2] != 0xD0 || st[len(st)-1] != 0xBD { // -ян, -ен: Хачатрянов
				return 0
			}
		default:
			return 0
		}
		if n-cut < 6 {
			return 0
		}
		if f := familyStem(w[:n-cut]); f != 0 {
			return f
		}
		return patronymicFamily(w[:n-cut])
	}
	if n >= 4 && w[0] < 0x80 && w[n-1] == 's' {
		if f := familyStem(w[:n-1]); f != 0 {
			return f // the Thompsons
		}
		if n >= 5 && w[n-2] == 'e' {
			return familyStem(w[:n-2]) // the Hugheses
		}
		if n >= 8 && (w[n-3] == 'o' || w[n-3] == 'e') && w[n-2] == 'v' && latinSurname(w[:n-1]) {
			return fRuSurname // a surname the tables lack: "Both Tulegenovs came in"
		}
	}
	return 0
}

func hasSuffix(w []byte, sfx string) bool {
	return len(w) >= len(sfx) && string(w[len(w)-len(sfx):]) == sfx
}

// familyStem returns the flags of the surname stem, a nominative table entry.
func familyStem(stem []byte) uint8 {
	if in, found := wordTab.get(stem); found && in.flags&(fRuSurname|fEnLast) != 0 && in.flags&fAmbig == 0 && in.cas == 0 {
		return in.flags &^ (fRuFirst | fEnFirst)
	}
	return 0
}

// patronymicFamily reports a family's surname made from a first name, its
// stem ending in -ов or -ев: "раздел имущества Нурлановых", "у Маратовых".
func patronymicFamily(stem []byte) uint8 {
	if n := len(stem); n >= 10 && (hasSuffix(stem, "ов") || hasSuffix(stem, "ев")) {
		if in, found := wordTab.get(stem[:n-4]); found && in.flags&fRuFirst != 0 && in.flags&fAmbig == 0 && in.word == 0 && in.addr == 0 && in.cas == 0 {
			return fRuSurname
		}
	}
	return 0
}

// familyWordAfter reports " family" and its kin after a surname: "the Nguyen family".
func familyWordAfter(s string, end int) bool {
	for _, w := range [...]string{" family", " families", " household", " couple", " kids", " twins", " wedding", " dinner",
		" party", " anniversary", " birthday", " funeral", " christening", " engagement", " reunion", " celebration",
		" booking", " reservation", " deal", " file", " case", " account", " application", " loan", " mortgage", " purchase",
		" transaction"} {
		if strings.HasPrefix(s[end:], w) && (end+len(w) == len(s) || !isAlnum(s[end+len(w)])) {
			switch w {
			case " deal", " file", " case", " account", " application", " loan", " mortgage", " purchase", " transaction":
				return theBefore(s, end) // "the Fernandez deal", not "Black case", "Grant application"
			}
			return true
		}
	}
	return false
}

// theBefore reports "the " before the word that ends at end.
func theBefore(s string, end int) bool {
	a := end
	for a > 0 && isAlnum(s[a-1]) {
		a--
	}
	return a >= 4 && (s[a-4:a] == "the " || s[a-4:a] == "The ")
}

// isDeterminer reports a word that precedes a product, a project or a place, not a person: "the
// Rose Gold case", "the Amber Heights project".
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "our", "your", "this", "their", "these":
		return true
	}
	return false
}

// notAPerson reports a run of capitalized words at s[start:end] that the
// words around it make a title, a product or a brand: after a determiner,
// inside quotes («Мастер и Маргарита», "Data Analytics Bootcamp"), or a
// lone name that is also a word before a product word ("Лада Веста").
func (sc *scanner) notAPerson(start, end, keep int, t0 nameTok) bool {
	s := sc.s
	if keep == 1 && (quotedAlone(s, start, end) && hallsInSentence(s, start) || start >= 6 && s[start-1] == '=' && endsAny(s[:start-1], "hall", "room", "zone")) {
		return true // a hall named like a person: "Статистика по залам: «Вероника» — 86%", a booking's "hall=Veronica"
	}
	if keep == 1 && passwordBefore(s, start) {
		return true // a code word that is a name: "назвал пароль Наташа", "the code word 'Natasha'"
	}
	if keep == 1 && headerRowCell(s, start, end) {
		return true // a table's header beside the people's column: "ФИО,Карта,Сумма", "| № | ФИО | Дисциплина |"
	}
	if drugName(s[start:end]) {
		return true // a drug: "флакон Мирамистина", "Nurofen Forte", "Инсулин Туджео"
	}
	if end+1 < len(s) && s[end] == ' ' && ukPostcodeAt(s, end+1) > 0 {
		return true // a town before its postcode: "Hebden Bridge HX7 8BF"
	}
	if keep == 1 && placeNounNaBefore(s, start) {
		return true // a street named for a person after a place: "в салоне на Марата", "магазин на Гагарина"
	}
	if keep == 2 && placeNounNaBefore(s, start) && endsAny(s[start:end], "ого", "а", "ой", "ук", "ко") && !sc.personTitleBefore(start) {
		if h := sc.houseParts(end); h > end {
			sc.emit(start, sc.addressRight(h), tAddress, 0.8, 0) // with its house: "офис на Богдана Хмельницкого, 16"
		}
		return true // the street by the figure's both names: "в вашем филиале на Богдана Хмельницкого", "на Дуси Ковальчук"
	}
	if keep == 1 && !t0.first() && start >= 4 && s[start-2:start] == ", " && (end == len(s) || strings.IndexByte("\n|,;", s[end]) >= 0 || strings.HasPrefix(s[end:], " |")) {
		if a := wordStartBefore(s, start-2); a >= 0 && knownCity(s[a:start-2]) {
			return true // a street after its city, alone in its field: "Collection: at site, Kazan, Pushkina", "clinic=Уфа, Менделеева"; not "the agent in Almaty, Saule, told me"
		}
	}
	if keep == 1 && (s[start:end] == "Маша" && startsAny(s[end:], " и Медведь", " и медведь") || s[start:end] == "Masha" && strings.HasPrefix(s[end:], " and the Bear")) {
		return true // the cartoon: праздник «Маша и Медведь»
	}
	if keep == 1 && strings.HasSuffix(s[:start], "Мастерская ") && (strings.HasSuffix(s[start:end], "и") || strings.HasSuffix(s[start:end], "ы")) {
		return true // a shop named after its maker: "Мастерская Ольги", "Мастерская Зухры"
	}
	if keep == 1 && strings.HasPrefix(s[end:], " water") && (end+6 == len(s) || !isASCIILetter(s[end+6]) || s[end+6] == 's') {
		return true // a brand of water: "Is Alyonushka water suitable for babies?"
	}
	if keep == 1 && (s[start:end] == "Маска" || s[start:end] == "Маску") {
		return true // a mask, not Musk alone: "Маска подсети 255.255.255.0"
	}
	if keep == 1 && s[start:end] == "Kitty" && strings.HasSuffix(s[:start], " Hello ") {
		return true // the brand: "рюкзак Hello Kitty"
	}

	if keep <= 3 && start >= 8 && (strings.HasSuffix(s[:start], "Studio ") || strings.HasSuffix(s[:start], "Студия ")) && !sentenceStart(s, start-len("Studio ")) {
		return true // a studio named after a person, inside a sentence: "from Studio Fred Astaire Shanghai"
	}
	if keep == 1 && start >= 2 && s[start-1] == ' ' {
		var pb [16]byte
		switch string(sc.prevWord(start, pb[:0])) {
		case "зал", "зале", "зала", "залу", "зона", "зону", "зоне", "зоны", "zone", "hall", "studio", "студия", "студии", "студию":
			return true // a room or a zone named like a person: "зал Алиса", "в зону Max", "Zone Max was closed", "Studio Grace"
		case "team":
			if s[start-2] == 'm' {
				return true // a team named like a person, "red for Team Alice"; not "Hi team, Grace here"
			}
		case "вода", "воду", "воды":
			return true // a brand of water: "у вас вода Алёнушка это детская?"
		case "agios", "agia", "ayios", "ayia", "agioi":
			return true // a Greek place named after its saint: "Location: Agios Athanasios"
		}
	}
	if keep == 2 && strings.HasPrefix(s[start:end], "Kapitan ") {
		return true // a ship named after a captain, in transliteration: "icebreaker Kapitan Dranitsyn", "MV Kapitan Khlebnikov"
	}
	if keep <= 2 && sc.partyCharacter(start, end) {
		return true // a character an animator plays: "чтобы была Эльза", "Host: Alina as Elsa", "роли Мальвина, Рапунцель"
	}
	if keep == 1 && progLanguage(s, start, end) {
		return true // a programming language: "Алгоритмы на Pascal и Ada", "Ada, Julia and Pascal workshops"
	}
	if keep <= 2 && dessertNamed(s, start, end) {
		return true // a dessert named after a person: торт «Анна Павлова», "Pavlova with passion fruit", «Шарлотта» порционная
	}
	if keep <= 2 && sc.bagModel(start, end) {
		return true // a bag's model named after a person: "сумку Hermès Kelly 28", "Kelly Pochette", "Gucci Jackie 1961"
	}
	if keep == 1 && sc.eponym(start, end) {
		return true // a remedy or a device named after its inventor: "мази Вишневского", "Аппараты Илизарова", "Petri dishes"
	}
	if wineRun(s[start:end]) {
		return true // a wine, its maker or its grape: "Brut Rosé", "Weingut Keller", "Robert Mondavi Reserve Cabernet", "Vaziani Saperavi"
	}
	if strings.HasSuffix(s[start:end], " Airport") || startsAny(s[end:], " Airport", " airport") {
		return true // an airport named after a person: "Ben Gurion Airport"
	}
	if strings.HasSuffix(s[start:end], " Khutor") || startsAny(s[end:], " Khutor", " Хутор", "-Хутор", " хутор") {
		return true // the resort: "Rosa Khutor", «Роза Хутор»
	}
	if keep <= 2 && tariffNamed(s, start, end) {
		return true // a tariff plan named like a person: "the Unlimited Max plan", "tariff Unlimited Max"
	}
	if keep <= 2 && productColumn(s, start, end) {
		return true // a model in its column: "client,fitting_date,seamstress,dress" … "Emily Rhodes,2024-07-02,Oksana,Grace gown"
	}
	if keep >= 2 && (s[start:t0.end] == "Рас" || s[start:t0.end] == "Ras") {
		return true // a cape, as the Red Sea's dive sites are named: "Рас Мохаммед", "Ras Nasrani"
	}
	if keep == 1 && townShaped(s[start:end]) {
		return true // a town the tables do not list: "delivery is Almetyevsk, Sovetskaya St. 238"
	}
	if keep == 1 && sc.famousAlone(start, end) ||
		keep == 2 && t0.flags&tkUnknown != 0 && famousNames[s[strings.LastIndexByte(s[start:end], ' ')+start+1:end]] {
		return true // a writer, a composer or a character: "Чехов и Шекспир", "Обсуждаем Гамлета"
	}
	if end+2 < len(s) && s[end] == '-' && isDigit(s[end+1]) {
		return true // a model's number after the name: "Baxi Luna-3 Comfort"
	}
	if keep == 1 && (s[start:end] == "Алиса" || s[start:end] == "Маруся") && (startsAny(s[end:], ", включи", ", выключи", ", поставь", ", найди", ", скажи", ", запусти",
		", какая", ", сколько", ", разбуди", ", напомни", ", открой", ", закрой", ", позвони") || strings.HasSuffix(s[:start], "Лиса ")) {
		return true // the voice assistant, "Алиса, включи колыбельную", «Маруся, открой замок»; the fox of the tale, "Лиса Алиса"
	}
	if keep == 1 && startsAny(s[end:], " the Pooh", "-the-Pooh") {
		return true // "Winnie the Pooh"
	}
	if sp := strings.LastIndexByte(s[start:end], ' '); keep >= 2 && sp > 0 && s[start] < 0x80 && orgAfter(s, start+sp) {
		return true // a firm's word closing the run: "HR at Weiss Consult"
	}
	if keep <= 2 && routeStop(s, start, end) {
		return true // a town on a route: "рейс Михайлов — Рязань — Домодедово", "Тула — Лев Толстой есть рейс?"
	}
	if startsAny(s[end:], " Grand Hotel", " Hotel", " Resort", " Spa Hotel") {
		return true // a hotel named like a person: "новые площадки в Сочи (Родина Grand Hotel)"
	}
	if quotedAlone(s, start, end) && startsAny(s[end+1:], " model", " bathtub", " модель", "» model", "» модель", " seasonal", " latte", " bed") {
		return true // "the \"Victoria\" bathtub model by Roca", the "Masha" seasonal latte
	}
	if keep == 1 && prevWordIn(s, start, "на", "по", "с", "со") && streetNamedIn(s, s[start:end]) {
		return true // the street the text names with its keyword elsewhere: "не на Сахарова, а на Абсалямова — г. Казань, ул. Абсалямова, д. 19"
	}
	if keep == 2 && prevWordIn(s, start, "на", "по") {
		switch s[strings.LastIndexByte(s[start:end], ' ')+start+1 : end] {
		case "Маркса", "Либкнехта", "Люксембург", "Энгельса", "Толстого", "Чехова", "Пушкина", "Жукова", "Горького":
			if h := sc.houseParts(end); h > end {
				sc.emit(start, sc.addressRight(h), tAddress, 0.85, 0) // with its house: "из общежития на Карла Маркса 29, комната 34"
				return true
			}
			if !(end+1 < len(s) && (s[end] == ' ' || s[end] == ',') && isDigit(s[end+1])) {
				return true // a street named for a figure with the first name: "На Карла Маркса опять перекрыли улицу", "по Льва Толстого"
			}
		}
	}
	if keep == 2 && (prevWordIn(s, start, "on", "na", "po", "at", "off") || cityCommaBeforeEN(s, start)) && startsAny(s[start:end], "Karla ", "Lva ", "Rozy ", "Fridrikha ", "Maksima ") &&
		endsAny(s[start:end], "a", "ogo", "Lyuksemburg") { // a surname in the genitive: not "on Karla Meyer's request"
		if h := sc.houseParts(end); h > end {
			sc.emit(sc.enPlacesBefore(start), sc.addressRight(h), tAddress, 0.85, 0) // with its house: "the office on Karla Marksa 12", "Khabarovsk, Karla Marksa 96A-12"
		}
		return true // a street named for a figure, transliterated: "book him into the Ibis on Karla Marksa", "off Lva Tolstogo"
	}
	if keep == 2 && famousArtists[s[strings.LastIndexByte(s[start:end], ' ')+start+1:end]] && !sc.personTitleBefore(start) &&
		!endsAny(s[:start], "I'm ", "I am ", "name is ", "зовут ", "Меня ") { // but "Hello, I'm Mark Twain. Yes, really"
		return true // a painter, a photographer or a ruler with a first name: "работами Ричарда Аведона", "Ивана Грозного"
	}
	if (keep == 2 && famousFullName(s[start:end]) || keep == 1 && end+1 < len(s) && s[end] == ' ' && famousFullName(s[start:wordEnd(s, end+1)])) &&
		!sc.personTitleBefore(start) && !endsAny(s[:start], "I'm ", "I am ", "name is ", "зовут ", "Меня ") && !namesakeNoted(s, end) {
		if h := sc.houseParts(end); keep == 2 && h > end && s[start] >= 0x80 {
			sc.emit(start, sc.addressRight(h), tAddress, 0.8, 0) // the street named for the figure, with its house: "на Мустая Карима 12"
		}
		return true // a national figure by first name and surname: "Юрий Гагарин", "Салаватом Юлаевым", "Leo Tolstoy", "цитата Льва Толстого"
	}
	if keep == 2 && (strings.HasPrefix(s[start:end], "Роман ") || strings.HasPrefix(s[start:end], "Повесть ")) && strings.HasPrefix(s[end:], " «") {
		return true // a novel and its author: "Роман Беляева «Человек-амфибия»"
	}
	if keep == 1 && (strings.HasSuffix(s[start:end], "ского") || strings.HasSuffix(s[start:end], "цкого")) {
		var pb [16]byte
		switch string(sc.prevWord(start, pb[:0])) {
		case "на", "с", "до", "от", "по", "угол":
			return true // a street named for a person: "филиал на Белинского", "от Маяковского до Пушкинской"
		}
	}
	if keep == 1 && (s[start:end] == "Тема" || s[start:end] == "ТЕМА") && end+2 < len(s) && s[end] == ' ' && isDigit(s[end+1]) {
		return true // a lesson's topic, not Тёма: "Тема 7. Дорожная разметка"
	}
	if keep == 1 && (namedThingsList(s, start, end) || strings.HasPrefix(s[end:], " period") ||
		s[start:end] == "Надежда" && strings.HasPrefix(s[end:], " умирает") ||
		s[start:end] == "Лев" && (strings.HasPrefix(s[end:], " — символ") || zodiacNear(s, start, end))) {
		return true // "Mark, Hope and Grace are the names of the three rooms", "Grace period", "Надежда умирает последней", "она Лев по гороскопу"
	}
	if (s[start:end] == "Will" || s[start:end] == "Grace") && (strings.HasPrefix(s[end:], " & Grace") || strings.HasSuffix(s[:start], "Will & ")) {
		return true // the sitcom, a brand after it: "Will & Grace Cabernet"
	}
	if keep == 1 && sc.virtueWithObject(start, end) {
		return true // "Любовь к порядку", "Надежда на вас оправдалась", "Вера в успех"
	}
	if keep == 1 && (s[start:end] == "Марка" || s[start:end] == "МАРКА") && end < len(s) &&
		(strings.IndexByte(";|:", s[end]) >= 0 || startsAny(s[end:], ", модель", ", Модель", ", МОДЕЛЬ")) {
		return true // a car's make as a form's field or a table's column: "Марка, модель VOLKSWAGEN POLO", "ФИО;Госномер;Марка;"
	}
	if keep == 1 && (strings.HasSuffix(s[start:end], "ской") || strings.HasSuffix(s[start:end], "цкой")) {
		var pb [16]byte
		switch string(sc.prevWord(start, pb[:0])) {
		case "на", "до", "от", "у", "к":
			return true // a metro station or a street: "в филиале на Маяковской", "от Тверской до Маяковской"
		}
	}
	if keep == 1 && t0.flags&tkUnknown != 0 && firmStem(s[start:end]) {
		return true // a firm in the dative after a request: "позвоните Ростелекому", "передайте Мегафону"
	}
	if start >= 2 && s[start-1] == ' ' && s[start-2] >= 'a' && s[start-2] <= 'z' {
		b := start - 2
		for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
			b--
		}
		if isDeterminer(s[b:start-1]) && (b == 0 || !isAlnum(s[b-1])) && t0.flags&tkFamily == 0 &&
			!(keep == 1 && t0.surname() && (familyWordAfter(s, end) || !t0.first() && !t0.ambig() && ownedPlaceAfter(s, start, end))) {
			return true // not "the Thompsons", "the Fischer family", "the Volkov garage"
		}
	}
	if quotedTitle(s, start, end) && !(keep == 1 && t0.surname() && !t0.first() && sc.ownedObjectBefore(start)) || orgAfter(s, end) {
		return true // «Мастер и Маргарита», "Kessler Logistik GmbH"; but a guarded object by its owner, «Гараж Лапина»
	}
	if placeAfter(s, end) {
		return true // "Leningrad Oblast", "Victoria (BC)"
	}
	if keep == 1 && t0.first() && sc.modelName(start, end) {
		return true // a product's model: "столешница Анна 38 мм", "ручки Виктория", "the Anna worktop"
	}
	if keep == 1 && t0.ambig() && possessiveBefore(s, start) {
		return true // a thing of someone's, not a second person: "St. Mary's Church", "Tom's Ford"
	}
	if keep <= 2 && streetsNamed(s, start, end) {
		return true // streets named after people: "intersection of Abay and Nazarbayev avenues", "угол улиц Абая и Сейфуллина"
	}
	if keep == 1 && virtue(s[start:end]) && virtueRun(s, start, end) >= 3 {
		return true // the virtues, not three women: «Вера, Надежда, Любовь», "Love, Hope and Faith"
	}
	if s[start] < 0x80 && end+2 < len(s) && s[end] == ' ' && isUpperASCII(s[end+1]) {
		var b2 [16]byte
		switch f, _ := foldInto(b2[:0], s[end+1:wordEnd(s, end+1)]); string(f) {
		case "boulevard", "avenue", "street", "road", "highway", "prospekt", "embankment", "blvd":
			return true // a street named after someone: "Mohammed Bin Rashid Boulevard"
		}
	}
	if end+1 < len(s) && (s[end] == '#' || s[end] == '_') && isAlnum(s[end+1]) {
		return true // a password or a handle: "Vineyard#2025"
	}
	if keep == 1 && (start >= 2 && s[start-2:start] == "& " && !t0.first() && !firstNameAt(s, wordStartBefore(s, start-3)) ||
		strings.HasPrefix(s[end:], " & ") && !firstNameAt(s, end+3)) {
		return true // a firm, "Sterling & Grace", "Hughes & Partners", not a couple, "Emma & Jack Turner"
	}
	if keep == 1 && partnersAfter(s, end) {
		return true // "Hughes and Partners", "hughes and partners", "Smith & Sons"
	}
	if keep <= 2 && placePrefixBefore(s, start) {
		return true // "São Paulo", "Santa Fe", "St. Louis"
	}
	if brandBefore(s, start) {
		return true
	}
	var buf [64]byte
	if w := s[start:t0.end]; w == "Marina" || w == "Марина" {
		if keep == 1 && end+2 < len(s) && s[end] == ' ' &&
			(knownCity(s[end+1:wordEnd(s, end+1)]) || startsAny(s[end:], " office", " reception", " staff", " fees", " berth")) {
			sc.dropCaps(start)
			return true // a harbour by its town or its office: "Marina Budva reception log", "Marina office: Obala 2"
		}
		if (keep == 1 || keep == 2 && knownCity(s[toks1Start(s, end):end])) && sc.placeWordBefore(start) {
			sc.dropCaps(start)
			return true // a harbour's name: "Milta Bodrum Marina", "Гранд Марина Сочи"
		}
	}
	if keep == 1 && endsAny(s[:start], "Кнеза ", "Краља ", "Цара ", "Kneza ", "Kralja ") ||
		keep == 2 && (s[start:t0.end] == "Кнеза" || s[start:t0.end] == "Краља" || s[start:t0.end] == "Kneza" || s[start:t0.end] == "Kralja") {
		return true // a Serbian street named after a prince or a king: "Кнеза Милоша 28"
	}
	if keep <= 2 && settlementBefore(s, start) {
		sc.dropCaps(start)
		return true // a stanitsa, a khutor or a sloboda: "живу в ст. Каневская", "СТ. КАНЕВСКАЯ КАНЕВСКОГО Р-НА", "kh. Sysoev"
	}
	if keep == 1 && s[start] < 0x80 && businessPossessive(s, end) {
		return true // a business named for someone, who may sign below: "Noah's Ark Waterpark", "Rose's Café … Rose (+1 503 …)"
	}
	if keep == 1 && memorialBefore(s, start) {
		return true // a memorial event named for a surname alone: "турнир памяти Мосина", "Мемориал Харлампиева"; but "Памяти Ивана Петровича Сомова" on a wreath
	}
	if keep == 1 && (s[start:end] == "Маска" || s[start:end] == "Mask") && strings.HasPrefix(s[end:], " 255.") {
		return true // a subnet mask, not Musk's genitive: "Маска 255.255.255.252"
	}
	if cocktailName(s, start, end, keep) {
		return true // a drink: "Tom Collins", "Bloody Mary", "коктейль «Маргарита»"
	}
	if keep == 1 && startsAny(s[start:end], "Питер") && len(s[start:end]) <= len("Питера") {
		var pb [16]byte
		switch string(sc.prevWord(start, pb[:0])) {
		case "в", "во", "из", "по", "до", "клуб", "клуба", "клубе", "на":
			sc.dropCaps(start)
			return true // St Petersburg said the short way: "в Питере", "клуб Питер"; no repetition of "Питер Паркер"
		}
		if s[start:end] == "Питере" {
			sc.dropCaps(start)
			return true
		}
	}
	if keep == 1 && (nameCity(s, start, end) || victoriaPlace(s, start, end)) {
		return true // the city, not the name: "во Владимире", "(Владимир)", "Vladimir 600000", "in Vladimir"
	}
	if keep == 1 && s[start:end] == "Семена" && cropAfter(s, end) {
		sc.dropCaps(start)
		return true // seeds, not Семён: "Семена пшеницы Безостая 100 отгружены"
	}
	if keep == 1 && end+2 < len(s) && s[end] == ' ' && upperAt(s[end+1:]) && carBrandWord(s[start:end]) {
		return true // a make before its model: "за Ладу Весту"
	}
	if keep == 1 && s[start] >= 0x80 && carBrandWord(s[start:end]) && carColourBefore(s, start) {
		return true // a car by its colour: "на вишнёвой Ладе", "белую Ладу"
	}
	if hotelBrand(s[start:t0.end]) || s[start:end] == "Инн" {
		return true // a hotel chain: "Park Inn by Radisson Sokolniki", «Холидей Инн Сокольники»
	}
	if keep >= 2 && (carBrandWord(s[start:t0.end]) && !surnameWord(s[toks1Start(s, end):end]) ||
		orgTail(s[toks1Start(s, end):end]) && !t0.first() || telecomTail(s[toks1Start(s, end):end])) {
		return true // a brand's model, "Claas Jaguar"; a firm, "Atherton Steel", "Technology Fund"
	}
	if keep >= 2 && venueTail(s[toks1Start(s, end):end]) ||
		keep == 1 && s[start] < 0x80 && end+2 < len(s) && s[end] == ' ' && isUpperASCII(s[end+1]) && venueTail(s[end+1:wordEnd(s, end+1)]) {
		sc.dropCaps(start) // and no repetition of a person's name: "Bilal Mosque" after "Bilal Hussain"
		return true        // an award, a venue or a church: "Jesse Owens Award", "Grace Chapel"
	}
	if endsAny(s[max(0, start-16):start], "метро — ", "метро – ", "метро: ", "метро - ", " метро ", "\nметро ", "Метро ",
		" metro is ", " metro: ", " metro ", "Metro ", " metro station ") ||
		keep == 1 && s[start] < 0x80 && endsAny(s[start:end], "skaya", "skoye", "skiy") && (startsAny(s[end:], "' station", "\" station", " station", " metro") || strings.HasSuffix(s[:start], "station '")) {
		return true // a metro station: "Ближайшее метро — Савёловская", "the nearest metro is Chernyshevskaya", "at 'Dostoevskaya' station"
	}
	if keep == 2 && s[start] >= 0x80 && placeAdjective(s[start:t0.end]) && !houseAfter(s, end) {
		return true // a place or a street named with an adjective: "в Верхнем Ларсе", "на Большой Грузинской"
	}
	if keep == 1 && s[start] < 0x80 && (strings.HasPrefix(s[end:], "–") && end+len("–") < len(s) && isUpperASCII(s[end+len("–")]) ||
		strings.HasSuffix(s[:start], "–") && start > len("–") && isAlnum(s[start-len("–")-1])) {
		return true // two scientists joined by an en dash name a theory: "Ginzburg–Landau", "Navier–Stokes"
	}
	if keep == 1 && (quotedAlone(s, start, end) || singleQuoted(s, start, end)) && thingBeforeQuote(s, start) {
		return true // a knife, a hammam or a horse named like a person: нож «Матрёна», хаммам «Султан», the gelding "Tamerlan"
	}
	if keep == 1 && quotedAlone(s, start, end) && modelBeforeQuote(s, start) {
		return true // an aircraft or a simulator named after a person: "FNPT II «Туполев»", `Cessna 172S "Chkalov"`
	}
	if keep == 1 && !t0.first() && roomNamed(s, start, end) {
		return true // a room or a floor named after a scientist: "в комнате Павлов", "Pavlov floor"
	}
	if eateryNamed(s, start, t0.end, end) {
		return true // «Хинкальная у Гоги», «Пельменная Ивановых», "Pelmennaya Ivanovykh"
	}
	if keep == 1 && !t0.first() && (strings.HasPrefix(s[end:], " Manager") || strings.HasPrefix(s[end:], " Director")) {
		return true // a job's title: "General Manager, Robert Davtyan", "Executive Director"
	}
	if keep == 1 && start >= 4 && (s[start-4:start] == "the " || s[start-4:start] == "The ") && end+2 < len(s) && s[end] == ' ' && roomWord(s[end+1:wordEnd(s, end+1)]) {
		return true // "The Victoria Room is closed", "the Anna Suite"
	}
	if !t0.first() && t0.surname() && !sc.personTitleBefore(start) && (keep >= 2 && roomWord(s[toks1Start(s, end):end]) || keep == 1 && end+2 < len(s) && s[end] == ' ' && roomWord(s[end+1:wordEnd(s, end+1)])) {
		return true // a hotel's hall, room or bar named after a writer: "Tolstoy Hall", "Chekhov Bar", "the Pushkin Restaurant"
	}
	if keep >= 2 && strings.HasPrefix(s[toks1Start(s, end):end], "Полян") {
		return true // a resort or an estate: "в Красную Поляну", "Ясная Поляна"
	}
	if keep == 1 && start >= 5 && s[start-5:start] == "Papa " && (strings.HasPrefix(s[end:], "'s") || strings.HasPrefix(s[end:], "’s")) {
		return true // a pizza chain: "two pizzas from Papa John's"
	}
	if keep == 1 && s[start:end] == "Lloyd" && (strings.HasPrefix(s[end:], "'s") || strings.HasPrefix(s[end:], "’s")) {
		return true // the insurance market: "Страховка Lloyd's"
	}
	if keep == 1 && start >= 4 && s[start-4:start] == "Mr. " && (s[start:end] == "Proper" || s[start:end] == "Muscle") {
		return true // cleaning products: "пусть берут Mr. Proper", "used Mr. Muscle on the table"
	}
	if keep == 1 && s[start:end] == "Max" && start >= 2 && s[start-1] == ' ' && isASCIILetter(s[start-2]) {
		if b := wordStartBefore(s, start-1); b >= 0 && isUpperASCII(s[b]) && !sentenceStart(s, b) && !tableInfo(s[b:start-1]).isName() {
			return true // a model's size: "Yandex Station Max", "iPhone 15 Pro Max"
		}
	}
	if endsAny(s[start:end], "bank", "Bank", "банк", "-Stroy", "-Строй") {
		return true // a bank or a builder signing: "Raiffeisenbank mortgage desk", "Regards, Terem-Stroy Kazan"
	}
	if keep >= 2 && personBrand(s[start:end]) {
		return true // a brand named after its founder: "Nina Ricci", "Calvin Klein"
	}
	if sc.citizenOf(start, end) && (keep == 1 || countryTail(s[start:end])) {
		return true // a country: "гражданин Великобритании"
	}
	if keep == 2 && countryTail(s[start:end]) && adjectiveWord(s[start:t0.end]) {
		return true // "паспорт Турецкой Республики", "Кыргызской Республики"
	}
	if keep == 2 && startsAny(s[start:t0.end], "Республик", "Republic") {
		return true // "гражданка Республики Молдова"
	}
	if venueBefore(s, start) {
		return true // "Hotel Victoria", "отель Maria Palace", "лайнер Анна Каренина"
	}
	if keep == 1 && assistantNamed(s, start, end) {
		return true // «Лиза» the bot, "Alice (the Yandex voice assistant)", голосовой помощник Алиса
	}
	if keep <= 2 && t0.end-start <= 8 && isPlacePrefix(s[start:t0.end]) {
		return true // "Santa Maria Novella"
	}
	if regionCodeAfter(s, end) {
		return true // "Victoria, BC"
	}
	if keep == 1 && sc.cityGenitiveAfterPrep(start, end) {
		return true // a city named like a surname: "автобус до Королёва", "из Пушкина"
	}
	if keep == 1 && t0.flags&tkUnknown != 0 && cityWord(s[start:end]) {
		return true // a city no name table knows: "Москва — Тверь."
	}
	if keep == 1 && loyaltyTier(s, start, end) {
		return true // "Your current status is Silver", "Gold member"
	}
	if keep == 1 && sc.countryName(start, end) {
		return true // "the client from Jordan", "flights to Georgia"
	}
	if eponymAfter(s, end) {
		return true // "Parkinson's disease", "Down syndrome"
	}
	if (keep == 1 || keep == 2 && !t0.first()) && teamWordAfter(s, end) {
		return true // "Customs desk", "Billing team", "After-Sales Team", "Dear Flower Post team"
	}
	if keep == 1 && s[start:end] == "Eve" && endsAny(s[:start], "Year's ", "Year’s ", "Christmas ", "Hallows' ") {
		return true // "New Year's Eve", "Christmas Eve"
	}
	if endsAny(s[:start], "LLC ", "JSC ", "PJSC ", "CJSC ", "OOO ", "ООО ", "АО ", "ПАО ", "ЗАО ", "ОАО ", "ZhSK ", "ZhSK \"", "ZhK ",
		"ZhK \"", "TSZh ", "TSZh \"", "ЖСК ", "ЖСК «", "ТСЖ ", "ТСЖ «") { // also a cooperative: ZhSK "Donskaya Gavan", ZhSK Volzhsky Bereg
		return true // a firm's name after its legal form: "LLC Vostok-Stroy Montazh", "ООО Петрович"
	}
	if keep == 1 && s[start] >= 0x80 && endsAny(s[start:end], "ского", "цкого") && placeNounAfter(s, end) {
		return true // a district's adjective: "нотариусом Одинцовского нотариального округа"
	}
	if keep >= 2 && s[start] < 0x80 && streetAdjective(s[start:t0.end]) {
		return true // a transliterated street's name: "9 Bolshaya Pirogovskaya St"
	}
	if keep == 2 && end < len(s) && s[end] == '.' && strings.HasSuffix(s[start:end], " Mah") {
		return true // a Turkish neighbourhood: "Levent Mah.", "Güzeloba Mah."
	}
	if eponymBefore(s, start) {
		return true // a theorem, a prize, a tournament: "неравенства: Коши–Буняковского, Йенсена", "турнире Ломоносова"
	}
	if s[start] >= 0x80 && schoolAfter(s, end) {
		return true // "Назарбаев Интеллектуальная школа"
	}
	if keep == 1 && endsAny(s[start:end], "-Сити", "-City") {
		return true // a district: "Москва-Сити"
	}
	if keep == 1 && s[start:end] == "Слава" && startsAny(s[end:], " богу", " Богу") {
		return true // "🙏 Слава богу, что …" after an emoji
	}
	if keep == 1 && s[start] < 0x80 && end+2 < len(s) && s[end] == '/' && isUpperASCII(s[end+1]) && s[end+2] >= 'a' && s[end+2] <= 'z' {
		return true // a time zone or a path: "Asia/Tbilisi", "Europe/Moscow"
	}
	if keep == 2 && strings.HasSuffix(s[start:end], " Park") && !t0.first() && strings.IndexByte(s[start:end], '-') < 0 && t0.flags&tkUnknown == 0 {
		return true // "Hartley Park": a park, not "Ji-woo Park"
	}
	if keep == 1 && s[start:end] == "Sun" && (start > 0 && (s[start-1] == '-' || s[start-1] == ' ' && endsAny(s[:start], ", ", "& ", "and ")) ||
		startsAny(s[end:], " 1", " 2", " 0", ":", ",", "-", "–", " -", " –", " closed", " off")) {
		return true // a weekday alone: "Mon-Sun", "Sat, Sun 9:00", "Sun 11:00-19:00"; "Sun Yue" keeps her given name
	}
	if keep == 1 && (monthName(s[start:end]) || s[start:end] == "Jan") {
		if s[start:end] == "Jan" && (startsAny(s[end:], ", Feb", " to ", " - ", " |") || start > 0 && s[start-1] == '|') {
			return true // the month's abbreviation: "the 10th of Jan, Feb, Mar", "Jan to June", a table's "| Jan | 112 |"; "Jan Kowalski" keeps his surname
		}
		if startsAny(s[end:], "–", "—", "-") {
			return true // "June–August"
		}
		if monthPrep(string(sc.prevWord(start, buf[:0]))) || end+1 < len(s) && s[end] == ' ' && isDigit(s[end+1]) {
			return true // "invoice for April", "from May 12"
		}
		if start >= 1 && s[start-1] == '(' && end < len(s) && s[end] == ')' {
			return true // "Room allocation - Block B (April)"
		}
		if monthJoined(s, start, end) {
			return true // "Tuesdays in May and June", "June or July"
		}
		if end+2 < len(s) && s[end] == ' ' && monthNoun(s[end+1:wordEnd(s, end+1)]) {
			return true // "Dad's June fees", "the April invoice"
		}
		if (end == len(s) || strings.IndexByte("):\n", s[end]) >= 0) && monthDated(s, s[start:end]) {
			return true // "Birthdays (TechNova, May):" above "Dmitry Lebedev – 3 May"; not "Hi May, … 13-24 May"
		}
	}
	possessive := keep == 1 && strings.HasPrefix(s[end:], "'s ")
	if possessive {
		end += 2 // "Kelly's Bakery"
	}
	if end+1 < len(s) && s[end] == ' ' { // "Steigenberger Al Dau Beach", "Maria Palace"
		if sz, up := letterAt(s, end+1); sz > 0 {
			we := wordEnd(s, end+1)
			w, _ := foldInto(buf[:0], s[end+1:we])
			if up && (productWords[string(w)] && !(keep >= 2 && bankWord(string(w))) || orgAfter(s, we)) {
				return true // "Lindqvist Design AB", "Brandt Elektro GmbH"; not a card holder before a bank, "Ирина Соловьёва Сбербанк"
			}
			if keep <= 2 && !up && string(w) == "residential" && strings.HasPrefix(s[we:], " complex") {
				return true // a new-build complex: "Mytishchi, Leonardo residential complex, bldg 4"
			}
			if keep == 1 && !up && !possessive && len(w) > 0 && s[end+1] < 0x80 && (productNoun(w) || peopleOfPlace(string(w))) &&
				!(t0.surname() && !t0.first() && ownedPlace(string(w))) {
				return true // "the Ken doll", "the Oscar wardrobe", "Victoria customers"; but the owner's "the Volkov garage"
			}
		}
	}
	return false
}

// ownedPlaceAfter reports ownedPlace after the surname at s[start:end],
// the surname after "the" or a quote: "the Gromov cottage", "'Yusupov residence'".
func ownedPlaceAfter(s string, start, end int) bool {
	if end+2 >= len(s) || s[end] != ' ' || !(strings.HasSuffix(s[:start], "the ") || start > 0 && s[start-1] == '\'') ||
		endsAny(s[start:end], "sky", "skaya", "skiy", "skoy", "dze") {
		return false // not a street's or a district's adjective: "the Leninsky house", "the Tverskaya villa"
	}
	return ownedPlace(s[end+1 : wordEnd(s, end+1)])
}

// ownedObjectBefore reports a guarded or serviced object's noun right
// before the owner's surname at start: «Гараж Лапина», «Баня Чернова».
func (sc *scanner) ownedObjectBefore(start int) bool {
	var pb [32]byte
	switch string(sc.prevWord(start, pb[:0])) {
	case "гараж", "дача", "дом", "офис", "баня", "магазин", "склад", "квартира", "коттедж", "сауна", "мастерская", "dacha", "garage":
		return true
	}
	return false
}

// ownedPlace reports a building a guard or a cleaner names by its owner's
// surname: "the Volkov garage", "the Petrova apartment"; shops and offices
// are named after their streets too ("the Tverskaya store").
func ownedPlace(w string) bool {
	switch w {
	case "garage", "apartment", "flat", "cottage", "warehouse", "house", "residence", "dacha", "villa", "sauna":
		return true
	}
	return false
}

// peopleOfPlace reports a plural noun for the people of a place after its
// name: "Victoria customers", "Jordan residents".
func peopleOfPlace(w string) bool {
	switch w {
	case "customers", "clients", "residents", "users", "citizens", "shoppers", "merchants", "buyers":
		return true
	}
	return false
}

// assistantNamed reports a name that belongs to a voice assistant, a bot, a
// device or a meeting room: the word for one stands next to it (помощника
// Алиса, "Alisa is a voice assistant", Alice (the Yandex voice assistant))
// or, when the name stands alone in quotes, anywhere in its sentence
// («Лиза» опять не отвечает — бот висит; "Alice" in the meeting room).
func assistantNamed(s string, start, end int) bool {
	quoted := start >= 1 && end < len(s) && (s[start-1] == '"' && s[end] == '"' ||
		start >= 2 && s[start-2:start] == "«" && strings.HasPrefix(s[end:], "»"))
	if !quoted && !assistantName(s[start:end]) {
		return false // outside quotes only the names voice assistants go by
	}
	lo, hi := start, end
	if quoted {
		for lo > 0 && start-lo < 200 && !strings.ContainsRune(".!?\n", rune(s[lo-1])) {
			lo--
		}
		for hi < len(s) && hi-end < 200 && !strings.ContainsRune(".!?\n", rune(s[hi])) {
			hi++
		}
	} else {
		for words := 0; words < 4 && lo > 0 && s[lo-1] == ' '; words++ { // four words back: "Яндекс Станция Мини с Алисой"
			lo--
			for lo > 0 && s[lo-1] != ' ' && s[lo-1] != '\n' && s[lo-1] != '.' {
				lo--
			}
		}
		for words := 0; words < 5 && hi < len(s); words++ {
			for hi < len(s) && !isAlnum(s[hi]) && s[hi] < 0x80 && s[hi] != '\n' && s[hi] != '.' {
				hi++
			}
			if hi < len(s) && (s[hi] == '\n' || s[hi] == '.') {
				break
			}
			hi = min(max(wordEnd(s, hi), hi+1), len(s))
		}
	}
	if !assistantStemIn(s[lo:hi]) {
		return false
	}
	var buf [64]byte
	voice, device := false, false
	for p := lo; p < hi; {
		if !isAlnum(s[p]) && s[p] < 0x80 {
			p++
			continue
		}
		q := max(wordEnd(s, p), p+1)
		if p != start && q-p >= 3 && assistantInitial(s, p) {
			if w, ok := foldInto(buf[:0], s[p:q]); ok && len(w) >= 3 {
				switch assistantWord(w) {
				case awVoice:
					voice = true
				case awDevice:
					device = true
				case awBot:
					if quoted || q <= start {
						return true // «Лиза» … бот висит; бот Лиза; not "Anna said the bot is down"
					}
				case awPlace:
					if quoted {
						return true // "Alisa" app, «Алиса» в переговорке
					}
				case awSpeaker:
					return true // колонка Алиса
				}
			}
		}
		p = q
	}
	return voice && device
}

// cellHeader returns the header of the table column whose cell s[start:end]
// is (a pipe table or a CSV line), or "".
func cellHeader(s string, start, end int) string {
	switch {
	case start >= 2 && (s[start-1] == '|' || s[start-1] == ' ' && s[start-2] == '|'):
		return delimHeader(s, start, '|')
	case start >= 2 && (s[start-1] == ';' || s[start-1] == ','):
		return delimHeader(s, start, s[start-1])
	case (start == 0 || s[start-1] == '\n') && end < len(s) && (s[end] == ';' || s[end] == ','):
		return delimHeader(s, start, s[end]) // the line's first field
	case (start == 0 || s[start-1] == '\n') && end+1 < len(s) && s[end] == ' ' && s[end+1] == '|' && pipesOnLine(s, end) >= 2:
		// A pipe table's first field without a leading bar: "Лошадь | Владелец | Денник" … "Мальвина | Тихомирова С.В. | 12";
		// not a form's label, "Name | Kuzmina, Darya" … "SNILS | 167-390-841 00".
		return delimHeader(s, start, '|')
	}
	return ""
}

// pipesOnLine counts the bars on the line from i to its end.
func pipesOnLine(s string, i int) int {
	e := strings.IndexByte(s[i:], '\n')
	if e < 0 {
		e = len(s) - i
	}
	return strings.Count(s[i:i+e], "|")
}

// passportColumn reports a cell at s[start:end] under a passport's header:
// "ФИО;год рожд.;паспорт;телефон" … "Ким Станислав;1979;ID 0458821;".
func passportColumn(s string, start, end int) bool {
	h := strings.TrimSpace(cellHeader(s, start, end))
	if h == "" && start >= 3 && s[start-1] == ' ' && s[start-2] == ',' {
		h = strings.TrimSpace(spacedHeader(s, start)) // "Name, Passport, Phone" … "Levan Japaridze, 13AB45721, …"
	}
	if len(h) > 40 {
		return false
	}
	switch h {
	case "doc_no", "doc no", "Doc no", "Doc No", "doc_number", "document_no", "Document No", "ID no", "ID No", "id_no", "ID number", "national_id", "National ID":
		return true // a foreign client's document: "id,name,nationality,doc_no" … "21-13877,Ahmed El-Sayed,Egypt,A28419375"
	}
	return containsAny(h, passportStems[:]...)
}

// personColumn reports a cell under a header for people: "date,installer,order"
// … "03.06,Bekov,24-1711".
func personColumn(s string, start, end int) bool {
	if e := strings.TrimLeft(s[end:min(len(s), end+2)], " "); e != "" && strings.IndexByte(",;|\n", e[0]) < 0 {
		return false // the name fills its cell: not "Арбитражный суд г. Москвы"
	}
	h := cellHeader(s, start, end)
	if h == "" || len(h) > 40 {
		return false
	}
	var buf [48]byte
	f, ok := foldInto(buf[:0], h)
	if !ok {
		return false
	}
	switch string(f) {
	case "installer", "монтажник", "foreman", "прораб", "technician", "мастер", "client", "customer", "debtor", "должник",
		"vet", "doctor", "врач", "ветеринар", "groomer", "грумер", "teacher", "tutor", "coach", "тренер", "преподаватель",
		"last name", "first name", "given name", "given names", "full name", "player", "игрок": // "#,Last name,First name" … "30,Volkov,Egor"
		return true
	}
	return fieldLabels[string(f)]
}

// eponym reports a surname that names a remedy, a device or (in English) a
// disease after its inventor: "мази Вишневского", "Аппараты Илизарова",
// "раствор Рингера", "Petri dishes", "Parkinson's disease".
func (sc *scanner) eponym(start, end int) bool {
	s := sc.s
	var pb [24]byte
	switch string(sc.prevWord(start, pb[:0])) {
	case "мазь", "мази", "мазью", "аппарат", "аппарата", "аппараты", "аппаратов", "аппаратом", "раствор", "раствора", "растворы",
		"растворов", "раствором", "катетер", "катетера", "катетеры", "катетеров":
		return s[start] >= 0x80
	case "больница", "больницы", "больнице", "больницу", "больницей", "клиника", "клиники", "клинике", "клинику", "клиникой", "госпиталь", "госпиталя",
		"hospital", "clinic":
		c := s[max(start-2, 0)]
		return start >= 2 && s[start-1] == ' ' && (c >= 0x80 || isASCIILetter(c)) // a hospital by a surgeon's or a founder's name: "из больницы Мечникова", "в клинику Покровская", "Hospital Quirónsalud"
	case "болезнь", "болезни", "болезнью", "синдром", "синдрома", "синдромом", "лимфома", "лимфомы", "лимфомой", "лимфому":
		return s[start] >= 0x80 && !firstNameAt(s, start) // "лимфома Ходжкина", "болезни Паркинсона"; not "болезнью Фёдора"
	}
	return startsAny(s[end:], " dish", " dishes", "'s disease", " disease", " syndrome", "'s syndrome", " catheter", "'s test")
}

// tariffNamed reports a tariff plan's name at s[start:end]: "Unlimited
// Max", "the Max plan", "тариф «Макс»".
func tariffNamed(s string, start, end int) bool {
	if e := wordEnd(s, min(end+1, len(s))); end+1 < len(s) && s[end] == ' ' {
		switch s[end+1 : e] {
		case "plan", "tariff", "bundle", "package": // not "Fanis Galiullin plans to register"
			return !strings.HasPrefix(s[e:], " to ") // nor "husband Igor plan to register"
		}
	}
	if strings.HasPrefix(s[start:end], "Unlimited ") {
		return true
	}
	k := start
	if k > 0 && (s[k-1] == '"' || strings.HasSuffix(s[:k], "«")) {
		k = strings.LastIndexByte(s[:k], ' ') + 1
	}
	return k >= 2 && s[k-1] == ' ' && (isAlnum(s[k-2]) || s[k-2] >= 0x80) && // not "…тариф. Мирошниченко Антон"
		prevWordIn(s, k, "tariff", "тариф", "тарифа", "тарифе", "тарифом", "unlimited")
}

// wineWords are the words of wine labels: styles, classes, grapes and the
// words for a winery; a run of capitalized words with one of them names a
// wine or its maker, not a person.
var wineWords = map[string]bool{
	"brut": true, "cuvée": true, "cuvee": true, "rosé": true, "blancs": true, "noirs": true, "réserve": true,
	"reserve": true, "reserva": true, "riserva": true, "année": true, "cru": true, "clos": true, "cabernet": true,
	"sauvignon": true, "merlot": true, "pinot": true, "chardonnay": true, "riesling": true, "saperavi": true,
	"rkatsiteli": true, "mtsvane": true, "kisi": true, "chinuri": true, "champagne": true, "château": true, "chateau": true,
	"weingut": true, "domaine": true, "marani": true, "cristal": true, "prosecco": true, "barolo": true, "brunello": true,
	"rioja": true, "chianti": true, "tokaji": true, "arneis": true, "spätlese": true, "auslese": true,
}

// wineRun reports a run of capitalized words that holds a wine's word on
// its first line.
func wineRun(run string) bool {
	if k := strings.IndexByte(run, '\n'); k >= 0 {
		run = run[:k] // a signature's name over its winery: "Thomas\nWeingut Keller-Brandt"
	}
	var buf [32]byte
	for w := range strings.FieldsSeq(run) {
		if len(w) < 3 || len(w) > 12 {
			continue
		}
		if f, ok := foldInto(buf[:0], w); ok && wineWords[string(f)] || !ok && wineWords[strings.ToLower(w)] {
			return true // the fold takes ASCII and Cyrillic; "Rosé" and "Année" go the slow way
		}
	}
	return false
}

// productColumn reports a cell under a header for goods or their models:
// "client,seamstress,dress" … "Nargiz Aliyeva,Elmira,Anna".
func productColumn(s string, start, end int) bool {
	h := strings.TrimSpace(cellHeader(s, start, end))
	if h == "" || len(h) > 24 {
		return false
	}
	var buf [32]byte
	f, ok := foldInto(buf[:0], h)
	if !ok {
		return false
	}
	switch string(f) {
	case "dress", "gown", "model", "product", "item", "style", "платье", "модель", "товар", "фасон", "hall", "зал",
		"судно", "яхта", "vessel", "yacht", "boat", // "| Судно | … | Мария |"
		"сорт", "variety", "cultivar", "гибрид", "hybrid": // a plant's variety: "| Variety | … | Emilia |"
		return true
	}
	return false
}

// petNamed reports a name that belongs to a pet: a word for an animal or a
// pet's name right before it ("my dog Archie", "кота Тимофея", "кличка
// Вера", "Pet: Oscar"), or a species or breed right after it in brackets or
// after a comma ("Luna (cat, 3 y)", "Teddy, Cavapoo", "Мишу, кот жив").
func (sc *scanner) petNamed(start, end int) bool {
	s := sc.s
	var buf [64]byte
	if classicPetName(s[start:end]) && sc.petTextIs() && !sc.personTitleBefore(start) &&
		!endsAny(s[:start], "зовут ", "name is ", "I'm ", "I am ", "это ", "Это ", "this is ", "This is ", "Hi ", "Dear ", "it's ", "It's ") &&
		!startsAny(s[end:], " working", " on shift", ", +", ", 8", " (+", " here") { // not the groomer, "is Charlie working today?", nor a signature, "Lucy, +7 (910) …"
		return true // a pet's usual name in a text about pets: "Max and Bella are both booked for Friday", "Чарли можно забирать"
	}
	if start >= 4 && s[start-4:start] == "pet=" || start >= 8 && s[start-8:start] == "printer=" {
		return true // a log's field: "pet=Charlie owner=H. Greaves", "printer=Kuzya job=ПФ-2403-113"
	}
	if thingsListed(s, start) {
		return true // "alpacas — Kuzya, Persik, Luna", "козы: Маша, Зоя и Дуся", "Brands sold: Sokolov"
	}
	if h := cellHeader(s, start, end); h != "" && petHeader(h) {
		return true // a table's column of pets: "Owner,Pet,Species" … "Lucy Brennan,Milo,dog"
	}
	if petProductFor(s, start) {
		return true // "корм Brit Care 3 кг для Джесси", "переноска оказалась мала для нашего Тимки", "The harness for Luna"
	}
	if ownerNamedAfter(s, end) {
		return true // "09:00 Бася — комплекс, владелец Ефремова", "Max (owner: Linda Hall)"
	}
	if strings.HasPrefix(s[end:], " (") {
		if c := strings.IndexByte(s[end:min(len(s), end+32)], ')'); c > 0 && !containsAny(s[end:end+c], "owner", "хозя", "владел") { // not "Anna (Labrador owner)"
			in := s[end+2 : end+c]
			for w := range strings.FieldsSeq(in) {
				var wb [24]byte
				if f, ok := foldInto(wb[:0], strings.Trim(w, ",.")); ok && petWord(f, false) {
					if k := strings.Index(in, w) + len(w); k+1 < len(in) && in[k] == ' ' && (upperAt(in[k+1:]) || strings.HasPrefix(in[k+1:], "«") || in[k+1] == '"') {
						break // the bracket names another's own: "Фёдор (домик «Аглая»)", "Фёдор (кот Барсик)"
					}
					return true // its kind in brackets after it: "Martin (he's our pug)", "Martin (your Bernese)"
				}
			}
		}
	}
	if end+5 < len(s) && s[end+1] == 't' && s[end+2] == 'h' && startsAny(s[end:], " the dog", " the cat", " the puppy", " the kitten", " the rescue", " the shepherd", " the terrier", " the spaniel", " the parrot",
		" the capybara", " the otter", " the lemur", " the boa", " the raccoon", " the hedgehog", " the snake", " the lynx", " the goat", " the alpaca",
		" the pony", " the horse", " the rabbit", " the yak", " the camel", " the bear", " the giraffe", " the penguin", " the owl", " the fox") &&
		!prevWordIn(s, start, "tell", "told", "ask", "asked", "remind", "show", "give", "send", "let") {
		return true // "a campaign for Grom the dog"; not "tell Feruza the dog is friendly"
	}
	if startsAny(s[end:], " и её хозя", " и ее хозя", " и его хозя", " and her owner", " and his owner") {
		return true // "Марта и её хозяйка Марта Игоревна"
	}
	if strings.HasSuffix(s[:start], "owner of ") || strings.HasSuffix(s[:start], "owners of ") {
		return true // "Grace here, owner of Hope and Faith (two rescue greyhounds)"
	}
	if strings.HasPrefix(s[end:], "'s ") || strings.HasPrefix(s[end:], "’s ") {
		q := end + strings.IndexByte(s[end:], ' ') + 1
		switch s[q:wordEnd(s, q)] {
		case "boarding":
			return !strings.HasPrefix(s[wordEnd(s, q):], " pass") // a pet's stay, "Marta's boarding (INV-CY-11021)"; not "John's boarding pass"
		case "grooming", "neutering", "spaying", "castration", "microchip", "worming", "flea", "kennel", "collar", "leash", "paws",
			"fur", "litter", "rabies": // a pet's care; not "my daughter Lily's vaccination"
			return true
		case "owner", "owners":
			return !sc.personTitleBefore(start) // "Bella's owner"; not "Mr Castellanos's owner account"
		case "stay", "medicine", "heel", "vet":
			return sc.petTextIs() // where pets are spoken of: "Complaint — Oscar's stay", "Greta's vet records"
		}
	}
	if start > 1 && s[start-1] == ' ' && (s[start-2] >= 0x80 || isASCIILetter(s[start-2])) && ownerWordBefore(s, start) {
		var fb [32]byte
		if f, ok := foldInto(fb[:0], s[start:end]); ok {
			if in, _ := wordTab.get(f); in.flags&(fRuFirst|fEnFirst) != 0 && in.flags&fRuSurname == 0 && in.cas == 1 {
				return true // a pet in the genitive after its owner: "Хозяйка Марты, Марта Кирилловна"; not "хозяйка Марта", "попрошу хозяйку людмилу"
			}
		}
	}
	p := start
	for p > 0 && (s[p-1] == ' ' || s[p-1] == ':' || s[p-1] == '(') {
		p-- // "моей собаки (Роман, вельш-корги)"
	}
	if b := wordStartBefore(s, p); p < start && b > 0 && courtesyTitle(s[b:p]) && openingQuote(s, b) > 0 {
		if containsAny(s, "stallion", "Stallion", "mare ", "mares", "Mare", "colt", "Colt", "filly", "Filly", "foal", "Foal", "жеребец", "Жеребец", "кобыл", "Кобыл") {
			return true // a horse's name in quotes opening with a title where horses are spoken of: "colt by 'Sir Winston' out of 'Lady Grace'"
		}
		p = b
	}
	if p >= 1 && (s[p-1] == '"' || s[p-1] == '\'') || p >= 2 && s[p-2:p] == "«" || p >= 3 && (s[p-3:p] == "“" || s[p-3:p] == "‘") {
		switch {
		case s[p-1] == '"' || s[p-1] == '\'':
			p-- // `cat "Lucy"`, "Yorkshire terrier 'Martin'"
		case s[p-2:p] == "«":
			p -= len("«") // "Питомец «Джек»"
		default:
			p -= len("“") // "cat “Lucy”"
		}
		for p > 0 && s[p-1] == ' ' {
			p--
		}
	}
	if p < start && p > 0 && strings.IndexByte(".!?", s[p-1]) < 0 { // not a sentence before: "на ПСА. Наталья"
		w := sc.prevWord(p+1, buf[:0])
		if len(w) > 0 && petWord(w, true) && !(strings.IndexByte(s[p:start], '(') >= 0 && nicknameAnimal(s, start, w)) || catsBefore(s, p) {
			return true
		}
		if p == start-1 && s[p-1] == ',' && petListAfterWord(s, p-1) {
			return true // a later item of a list of animals: "лошади: Буран, Зарина"
		}
		if (string(w) == "и" || string(w) == "and") && sc.petListInBrackets(p-len(w)) {
			return true // the second pet of a pair: "для двух котов (Феликс и Симба)", "our two cats (Luna and Leo)"
		}
		switch string(w) {
		case "named", "called", "кличке", "зовут", "имени", "is":
			// The pet a few words before: "a Labrador named Bailey", "кот домашний, зовут Тимофей", "кот по имени Борис",
			// "The dog is Daisy".
			lo := max(0, p-len(w)-40)
			for q := p - len(w); q > lo; {
				for q > lo && s[q-1] < 0x80 && !isAlnum(s[q-1]) && strings.IndexByte(".!?\n", s[q-1]) < 0 {
					q-- // spaces and commas between the words
				}
				b := wordStartBefore(s, q)
				if b < 0 || b < lo {
					break
				}
				if w2, ok := foldInto(buf[:0], s[b:q]); ok && petWord(w2, false) {
					return true
				}
				q = b
			}
		}
	}
	q := end
	switch {
	case strings.HasPrefix(s[q:], " ("):
		q += 2
	case strings.HasPrefix(s[q:], ", "):
		q += 2
	case strings.HasPrefix(s[q:], " | "):
		q += 3 // a pipe table's next cell: "| Milo | Cavapoo | full groom |"
	case q+1 < len(s) && (s[q] == ',' || s[q] == ';') && s[q+1] != ' ':
		q++ // a CSV line's next field: "Zeus,dog (husky),Nikos Kyriakou"
	case strings.HasPrefix(s[q:], "'s "):
		return false
	default:
		return false
	}
	for words := 0; words < 3 && q < len(s); words++ {
		e := wordEnd(s, q)
		if e == q {
			return false
		}
		if w, ok := foldInto(buf[:0], s[q:e]); ok && petWord(w, false) && petDescEnds(s, e) {
			return true
		}
		if e >= len(s) || s[e] != ' ' {
			return false
		}
		q = e + 1
	}
	return false
}

// courtesyTitle reports a title that a horse's or a boat's name in quotes
// may open with: "Sir", "Lady", "Lord", "Miss".
func courtesyTitle(w string) bool {
	switch w {
	case "Sir", "Lady", "Lord", "Miss", "Dame", "Count", "Сир", "Леди", "Лорд", "Мисс", "Граф":
		return true
	}
	return false
}

// petListAfterWord reports the comma at i closing a list item, the list's
// items single capitalized words back to a word for animals and a colon:
// "лошади: Буран," before "Зарина".
func petListAfterWord(s string, i int) bool {
	for items := 0; items < 4 && i > 0; items++ {
		b := wordStartBefore(s, i)
		if b < 2 || !upperAt(s[b:]) {
			return false
		}
		switch {
		case s[b-1] == ' ' && s[b-2] == ',':
			i = b - 2 // the item before
		case s[b-1] == ' ' && s[b-2] == ':':
			var buf [32]byte
			w := prevWord(s, b-2, buf[:0])
			return len(w) > 0 && petWord(w, true)
		default:
			return false
		}
	}
	return false
}

// petListInBrackets reports a bracket opened shortly before i, on the
// same line and still open, right after a word for pets: "котов (Феликс и",
// "cats (Luna and".
func (sc *scanner) petListInBrackets(i int) bool {
	s := sc.s
	lo := max(0, i-40)
	o := strings.LastIndexAny(s[lo:i], "()\n")
	if o < 0 || s[lo+o] != '(' {
		return false
	}
	o += lo
	var buf [32]byte
	w := prevWord(s, o, buf[:0])
	if nicknameAnimal(s, o, w) {
		return false
	}
	return len(w) > 0 && petWord(w, true) || catsBefore(s, o)
}

// nicknameAnimal reports a capitalized animal's word before a bracket at o,
// a nickname before the name it stands for: "it's Bear (Mikhail)",
// "Медведь (Виноградов)"; not "медведь (Миша)".
func nicknameAnimal(s string, o int, w []byte) bool {
	switch string(w) {
	case "bear", "медведь", "lion", "tiger", "тигр", "слон":
	default:
		return false
	}
	k := o
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '(') {
		k--
	}
	b := wordStartBefore(s, k)
	return b >= 0 && upperAt(s[b:])
}

// catsBefore reports "котов" in lower case before i: the plural of "кот",
// not the surname Котов.
func catsBefore(s string, i int) bool {
	return strings.HasSuffix(strings.TrimRight(s[:i], " "), " котов")
}

// petDescEnds reports the end of a pet's description after its species or
// breed word ending at e: "(cat, 3 y)", "Maine Coon, 7 y", "(Teddy,
// Cavapoo):"; not "(Labrador owner)" or ", кот заболел".
func petDescEnds(s string, e int) bool {
	if e == len(s) || strings.IndexByte(",);:|", s[e]) >= 0 || strings.HasPrefix(s[e:], " |") || strings.HasPrefix(s[e:], " (") {
		return true // also a table's cell, "| Cavapoo |", and the breed after the species, "dog (husky)"
	}
	if s[e] != ' ' || e+1 >= len(s) {
		return false
	}
	if isDigit(s[e+1]) {
		return true // "Labrador 6 y"
	}
	if isUpperASCII(s[e+1]) {
		f := wordEnd(s, e+1)
		return f == len(s) || s[f] == ',' || s[f] == ')' // "Maine Coon,"
	}
	return false
}

// ownerWordBefore reports a word for a pet's owner right before i:
// "хозяйка", "владельцу".
func ownerWordBefore(s string, i int) bool {
	return prevWordIn(s, i, "хозяйка", "хозяин", "хозяйки", "хозяина", "хозяйке", "хозяину", "хозяйку", "хозяйкой", "хозяином",
		"владелец", "владелица", "владельца", "владелицы", "владельцу", "владелице")
}

// breedAfter reports a breed's word right after a name that ends at end:
// the name is the breed's, "King Charles spaniels", "Jack Russell terrier".
func breedAfter(s string, end int) bool {
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	e := wordEnd(s, end+1)
	switch strings.ToLower(s[end+1 : e]) {
	case "spaniel", "spaniels", "terrier", "terriers", "retriever", "retrievers", "setter", "setters", "hound", "hounds",
		"спаниель", "спаниеля", "спаниелю", "терьер", "терьера", "терьеру", "терьеров":
		return true
	}
	return false
}

// classicPetName reports one of the names owners most often give dogs and
// cats that are people's names too: "Max", "Bella", "Чарли", "Боня".
func classicPetName(w string) bool {
	switch w {
	case "Max", "Bella", "Charlie", "Lucy", "Rex", "Oscar", "Buddy", "Daisy", "Luna", "Milo", "Rocky", "Bonya", "Molly", "Teddy", "Archie", "Toby", "Benny", "Lord", "Tosha",
		"Чарли", "Арчи", "Рекс", "Боня", "Бони", "Боне", "Боню", "Боней", "Тайсон", "Тайсона", "Тайсону", "Тоша", "Тоши", "Тошу", "Тошей", "Герда", "Герды", "Герду", "Лорд", "Лорда":
		return true
	}
	return false
}

// petTextIs reports, once a text, words for pets and their care in it.
func (sc *scanner) petTextIs() bool { return sc.textHas(&sc.petText, petWords[:]) }

var petWords = [...]string{"грумер", "Грумер", "груминг", "Груминг", "шпиц", "собаку", "собаки", "собакой", "собаке", "щен", "кошк", "котик",
	"ветеринар", "прививк", "порода", "питомц", "питомец", "groomer", "grooming", "Grooming", " dog", "Dog", "puppy", "Puppy",
	"kennel", "breed", "boarding", " pets", "Pets", "vaccinat", "выгул", "Собак", "собак", "Кошк", "ветклиник", "лоток", "поводок", "поводк",
	" vet", "Vet", "walker", "walks", "walked", "leash", " cat", "Cat ", "litter", "bloodwork"}

// petProductFor reports a name after "для"/"for" (and "нашего", "my" or
// the like) with a word for a pet's food or gear a few words before it:
// "корм … для Джесси", "The harness for Luna".
func petProductFor(s string, start int) bool {
	p := start
	var buf [24]byte
	switch string(prevWord(s, p, buf[:0])) {
	case "нашего", "нашей", "моего", "моей", "my", "our":
		p = wordStartBefore(s, p-1)
		if p < 0 {
			return false
		}
	}
	if !prevWordIn(s, p, "для", "for") {
		return false
	}
	return containsAny(s[max(0, p-90):p], "корм", "Корм", "переноск", "Переноск", "когтеточк", "лежанк", "ошейник", "поводок",
		"шлейк", "лакомств", "наполнител", "harness", "Harness", "collar", "leash", "kibble", "treats", "litter", "dog food", "cat food")
}

// petWord reports a folded word for a pet, a species or a breed; before a
// name (before), also the words that introduce a pet's name.
func petWord(w []byte, before bool) bool {
	switch string(w) {
	case "dog", "cat", "puppy", "kitten", "rabbit", "parrot", "hamster", "ferret", "кот", "кота", "коту", "котом",
		"кошка", "кошки", "кошку", "кошкой", "собака", "собаки", "собаку", "собакой", "пёс", "пес", "пса", "щенок", "щенка",
		"котёнок", "котенок", "котёнка", "котенка", "кролик", "попугай", "хомяк", "labrador", "retriever", "spaniel",
		"terrier", "poodle", "bulldog", "beagle", "husky", "corgi", "dachshund", "chihuahua", "pug", "cavapoo",
		"cockapoo", "schnauzer", "collie", "maine", "persian", "siamese", "ragdoll", "sphynx", "bengal", "dsh", "dlh",
		"бигль", "лабрадор", "спаниель", "терьер", "пудель", "бульдог", "хаски", "корги", "овчарка", "такса",
		"чихуахуа", "мопс", "шпиц", "мейн-кун", "британская", "британский", "шотландская", "шотландский", "сфинкс",
		"вислоухая", "вислоухий", "кокер", "ретривер", "йорк", "той-терьер", "дворняжка", "метис", "cocker", "джек-рассел",
		"lab", "shepherd", "saluki", "pinscher", "mix", "cavalier", "yorkie", "коте", "кошке", "собаке", "псу", "псом",
		"щенку", "щенком", "щенке", "котёнку", "котенку", "котику", "котика", "котик", "собачка", "собачке", "собачку",
		"собачки", "кошечка", "кошечке", "кошечку", "кошечки", "horse", "pony", "mare", "stallion", "лошадь", "лошади",
		"конь", "коня", "кобыла", "кобылу", "кобылы", "мерин", "мерина", "лайка", "лайку", "лайки", "овчарку",
		"rottweiler", "doberman", "mastiff", "shepherds", "алабай", "алабая", "ротвейлер", "ротвейлера", "доберман", "добермана",
		"пуделя", "пуделю", "пуделем", "кобель", "кобеля", "кобелю", "кобелём", "кобелем", "greyhound", "greyhounds", "whippet",
		"horses", "mares", "ponies", "geldings", "лошадей", "кобыл", "мерины", "colt", "colts", "filly", "fillies", "foal", "foals",
		"корова", "коровы", "корове", "корову", "коровой", "коров", "тёлка", "телка", "тёлки", "телки", "cow", "cows", "heifer", // "корова Роза", "у коровы Дуси"
		"альпака", "альпаку", "альпаки", "альпакой", "альпаке", "альпак", "alpaca", "alpacas", "llama", "llamas", // "альпака Кузя", "goat Masha"
		"коза", "козу", "козы", "козой", "козе", "коз", "козочка", "козочку", "козочкой", "козочки", "козочке", "goat", "goats",
		"овца", "овцу", "овечка", "овечку", "овечкой", "барашек", "барашка", "sheep", "lamb", "жеребец", "жеребца", "жеребёнок",
		"жеребенок", "жеребёнка", "жеребенка", "gelding", "пони", "ослик", "ослика", "осёл", "осел", "осла", "donkey", "donkeys",
		"поросёнок", "поросенок", "поросёнка", "поросенка", "свинка", "свинку", "piglet", "кролика", "кроликом", "bunny",
		"верблюд", "верблюда", "camel", "верблюдица", "верблюдицы", "верблюдице", "верблюдицу", "верблюдицей", "верблюжонок",
		"верблюжонка", "верблюдов", "черепаха", "черепаху", "черепахой", "tortoise",
		"змея", "змею", "змеи", "змеёй", "питон", "питона", "питону", "питоном", "snake", "геккон", "геккона", "гекконом",
		"gecko", "ящерица", "ящерицу", "ящерицы", "ящерка", "ящерку", "игуана", "игуану", "агама", "агаму", "iguana", "chameleon", // "питон Борис", "геккон Маша"
		"dogs", "cats", "кошек", "собак", "попугая", "попугаю", "попугаем", "попугайчик", "попугайчика",
		"лабрадора", "лабрадору", "лабрадором", "шарпей", "шарпея", "хорёк", "хорек", "хорька", "хорьку", "хорьком", "хорьки",
		"doggy", "doggo", "pup", "puppies", "kittens", "parrots", "budgie", "cockatiel", "yorkshire", // "Yorkshire terrier"
		"bernese", "pomeranian", "spitz", "maltese", "samoyed", "shiba", "labradoodle",
		"беркут", "беркута", "беркутом", "пустельга", "пустельгу", "пустельги", "кречет", "кречета", "сапсан", "сапсана", "owl", "eagle", "falcon", // not Сокол, Сова or Филин, surnames too
		"hawk", "peregrine", "saker", "kestrel", "лагото", "lagotto", // birds of prey and truffle dogs: "беркут Батыр", "eagle owl Kesha", "лагото Вера"
		"манекен", "манекена", "манекену", "манекеном", "mannequin", "manikin", // a training mannequin: "манекен Гоша", "the mannequin Gosha"
		"домик", "домика", "домику", "домиком", "домике", "dome", // a cabin named like a person: "домик «Марфа»", "The dome 'Efim'"
		"платье", "платья", "gown", "models", // a dress's model: "платье Аврора", "Top models: Aurora, Victoria"
		"лемур", "лемура", "лемуру", "лемуром", "лемуре", "капибара", "капибары", "капибару", "капибарой", "капибаре", "выдра", "выдры",
		"выдру", "выдрой", "выдре", "удаву", "енот", "енота", "еноту", "енотом", "енотиха", "енотихи", "енотиху",
		"ёжик", "ёжика", "ёжику", "ежик", "ежика", "ежику", "ёжиком", "ежиком", "рысь", "сурикат", "суриката", "сурикату",
		"lemur", "lemurs", "capybara", "otter", "boa", "raccoon", "hedgehog", "lynx", "meerkat", "monkey", "tortoises", // a zoo's animals: "лемур Маша", "Gosha (capybara)"
		"жираф", "жирафа", "жирафу", "жирафом", "жирафе", "жирафиха", "жирафихи", "жирафиху", "giraffe", "giraffes", "медведем", "пингвин", "пингвина", "пингвину", "пингвином", "penguin", "крокодил", "крокодила", "крокодилу", "бык", "быка", "бычок", "бычка", "bull",
		"weimaraner", "лисы", "лисой", "лисичка", "лисичку", "лисички":
		// "жираф Маша", "пингвин Гоша", "енота Кеши и лисы Алисы"
		return true // "попугая Кешу", "нашего лабрадора Джека", "our two cats (Luna and Leo)"
	case "pet", "pets", "кличка", "кличкой", "кличку", "питомец",
		"printer", "принтер", "принтера", "принтере", "принтеру", "принтером", // a printer named like a person: "printer Kuzya", "на принтере Кузя"
		"кукла", "куклу", "куклы", "куклой", "кукле", "puppet", "marionette", "doll", // a puppet: "кукла перчаточная «Ваня»", "the puppet Judy"
		"сорта", "сорт", "сортом", "сорту", "variety", "cultivar", // a fruit's variety: "груши сорта Лада"
		"козёл", "козел", "козла", "козлу", "козлом", "козлик", "козлика", // after a name it may be an insult
		"питомца", "питомцу", "питомцем",
		"hero", "heroes", "герой", "героя", "героем", "героиня", "героиню", "персонаж", "персонажа", "character", // a game's hero: "Мой герой Артур", "The hero Captain Ivan"
		"cruiser", "крейсер", "крейсера", "крейсере", "крейсером", "icebreaker", "ледокол", "ледокола", "ледоколе", // a warship: "the cruiser Aurora", "ледокол Ленин"; not a Land Cruiser after a name
		"медведь", "медведя", "медведю", "медведица", "медведицу", "медвежонок", "медвежонка", "слон", "слона", "слону", "слониха", "слониху", "слонихи",
		"слонихе", "слонихой", "тигр", "тигра", "тигрица", "тигрицу", "тигрицы", "львица", "львицу", "львицы", "удав", "удава", "удавом", "удавы",
		"elephant", "lion", "lioness", "tiger", "tigress", "bear", "cub", // circus animals before their names: "медведь Миша", "слониху Машу", "the lion Leo"; not "доволен как слон", "calls him Bear" after one
		"sire", "dam": // a horse's parents: "Sire 'Sir Winston' (GB) — dam 'Lady Grace'"; not the Hoover Dam after a name
		return before
	}
	return false
}

// nameLabelLine reports a label naming a person right before i on its line:
// "Payer name on card: ", "Имя держателя: ".
func nameLabelLine(s string, i int) bool {
	if i < 2 || s[i-2:i] != ": " {
		return false
	}
	label := s[lineStart(s, i, 60) : i-2]
	return containsAny(label, "name", "Name", "имя", "Имя", "holder", "Holder", "держател")
}

// nameFieldLine reports a form's line that names the field before the
// value at i and nothing else: "Имя НАДЕЖДА", "Given names ANA".
func nameFieldLine(s string, i int) bool {
	ls := lineStart(s, i, 24)
	switch strings.TrimRight(s[ls:i], " :") {
	case "Имя", "ИМЯ", "Given names", "Given name", "GIVEN NAMES", "First name", "Name":
		return ls == 0 || s[ls-1] == '\n'
	}
	return false
}

// castRoleBefore reports a part's word right before a name at i: "на роль
// Романа", "в роли Адмирала Колчака", "the role of Victoria". A role's
// name is a character; the actor cast in it is named elsewhere.
func castRoleBefore(s string, i int) bool {
	p := i
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == i || p == 0 {
		return false
	}
	if strings.HasSuffix(s[:p], "the role of") || strings.HasSuffix(s[:p], "the part of") {
		return true
	}
	b := wordStartBefore(s, p)
	if b > 0 && s[b-1] == ' ' && strings.HasSuffix(s[:b-1], "the role of") {
		return true // a rank before the character's name: "the role of Detective Ivanov's wife"
	}
	switch s[max(b, 0):p] {
	case "роль", "роли", "ролью":
		return b > 0 && s[b-1] == ' ' // not a table's header: "ФИО;Телефон;Роль"
	case "Роль", "Роли":
		return b >= 2 && s[b-2] == '.' && s[b-1] == ' ' // a sentence that opens with it: "… покажут 26 декабря. Роль Маши исполнит Варя Соколова"
	}
	return false
}

// petWordAt reports a pet word at s[i:j] that opens a name run: "Кошка Ася".
func petWordAt(s string, i, j int) bool {
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[i:j])
	return ok && petWord(w, true)
}

// hallsInSentence reports a word for halls or rooms in the sentence
// before i: "Статистика по залам за апрель: «Вероника» — 86%".
func hallsInSentence(s string, i int) bool {
	return inSentenceBefore(s, i, 160, "залам", "залов", "зала ", "зал ", "залы", "halls", "hall ")
}

// inSentenceBefore reports one of words in the n bytes before i, back to
// the sentence's start at a full stop, a mark or a line's end.
func inSentenceBefore(s string, i, n int, words ...string) bool {
	w := s[max(0, i-n):i]
	if k := strings.LastIndexAny(w, ".!?\n"); k >= 0 {
		w = w[k+1:]
	}
	return containsAny(w, words...)
}

// passwordBefore reports a password or a code word named right before the
// name at i, with only a dash, a colon, a quote or a verb of saying between:
// "назвал пароль Наташа", "пароль — Андрей", "кодовое слово сказал олеся",
// "code word 'Natasha'"; not "password with Roman", "пароль у Рустама", nor
// a name in the dative, "пароль Фомину сменили".
func passwordBefore(s string, i int) bool {
	p := marksBefore(s, i)
	for _, v := range [...]string{"сказала", "сказал", "назвала", "назвал", "is", "was"} { // the longer first
		if p > len(v) && strings.HasSuffix(s[:p], v) && s[p-len(v)-1] == ' ' {
			p = marksBefore(s, p-len(v))
			break
		}
	}
	if !endsAny(s[:p], "пароль", "кодовое слово", "code word", "codeword", "password") {
		return false
	}
	e := wordEnd(s, i)
	return !(s[i] >= 0x80 && (strings.HasSuffix(s[i:e], "у") || strings.HasSuffix(s[i:e], "ю")))
}

// marksBefore returns the start of the spaces, colons, quotes and dashes
// that end at p: " — ", ": «", " '".
func marksBefore(s string, p int) int {
	for p > 0 {
		switch {
		case strings.IndexByte(" :'\"-", s[p-1]) >= 0:
			p--
		case p >= 2 && s[p-2:p] == "«":
			p -= 2
		case p >= 3 && (s[p-3:p] == "—" || s[p-3:p] == "–"):
			p -= 3
		default:
			return p
		}
	}
	return p
}

// spellingBefore reports a word before i that introduces how a name is
// written, in a Russian or an English sentence: "написана как SCHERBAKOV",
// "у него TIMOFEI", "в переводе VERONICA", "spelled ALEKSEI".
func spellingBefore(s string, i int) bool {
	var buf [48]byte
	switch w := string(prevWord(s, i, buf[:0])); w {
	case "как", "него", "неё", "нее", "меня", "имя", "фамилия", "переводе", "загране", "загранпаспорте", "паспорте", "латиницей",
		"написано", "написана", "написан", "указано", "указана", "указан", "spelled", "spelt":
		return w != "имя" || !prevWordIn(s, i-len("имя "), "сценическое", "творческое") // not a stage name: "(сценическое имя TAMAZ)"
	}
	return false
}

// headerRowCell reports a whole cell s[start:end] of a CSV or pipe table's
// line that names a column of people in another cell: the line is the
// header, its cells no names.
func headerRowCell(s string, start, end int) bool {
	a, b := start, end
	for a > 0 && s[a-1] == ' ' {
		a--
	}
	for b < len(s) && s[b] == ' ' {
		b++
	}
	if a > 0 && strings.IndexByte(",;|\t\n", s[a-1]) < 0 || b < len(s) && strings.IndexByte(",;|\t\n", s[b]) < 0 {
		return false
	}
	lo, hi := lineStart(s, start, 200), lineEndFrom(s, end)
	if line := s[lo:hi]; strings.Count(line, ",") < 2 && strings.Count(line, "|") < 2 && strings.Count(line, ";") < 2 && strings.Count(line, "\t") < 2 {
		return false // a form's field and its value: "Name | Kuzmina, Darya Olegovna"
	}
	for _, h := range [...]string{"ФИО", "Ф.И.О.", "Full name", "Name"} {
		for k := lo; k < hi; {
			x := strings.Index(s[k:hi], h)
			if x < 0 {
				break
			}
			p, q := k+x, k+x+len(h)
			for p > lo && s[p-1] == ' ' {
				p--
			}
			for q < hi && s[q] == ' ' {
				q++
			}
			if (p == lo || strings.IndexByte(",;|\t", s[p-1]) >= 0) && (q == hi || strings.IndexByte(",;|\t", s[q]) >= 0) {
				return true
			}
			k += x + len(h)
		}
	}
	return false
}

// ownerNamedAfter reports an owner named later on the line after a name
// that ends at end: the name is a pet's ("Бася — комплекс, владелец
// Ефремова", "Max (owner: Linda Hall)"), not "Иванов, владелец квартиры".
func ownerNamedAfter(s string, end int) bool {
	if !startsAny(s[end:], " — ", " - ", ", ", " (") {
		return false
	}
	hi := min(len(s), end+80)
	if nl := strings.IndexByte(s[end:hi], '\n'); nl >= 0 {
		hi = end + nl
	}
	line := s[end:hi]
	for _, stem := range [...]string{"ладел", "хозя", "wner"} { // владелец, Владелица, хозяйка, owner, Owner:
		k := strings.Index(line, stem)
		if k < 0 {
			continue
		}
		ws, we := end+k, wordEnd(s, end+k)
		for ws > end && s[ws-1] != ' ' && s[ws-1] != '(' {
			ws--
		}
		switch s[ws:we] {
		case "владелец", "владелица", "владельца", "Владелец", "хозяин", "хозяйка", "owner", "Owner":
		default:
			continue // not "owners. Please", "the owner, Hope Adams"
		}
		p := we
		if p+1 < hi && s[p] == ':' {
			p++
		}
		if p+1 >= hi || s[p] != ' ' {
			continue
		}
		p++
		if sz, up := letterAt(s, p); sz > 0 && up && p+sz < len(s) {
			if sz2, up2 := letterAt(s, p+sz); sz2 > 0 && !up2 {
				we := wordEnd(s, p)
				w := s[p:we]
				fullName := we+1 < len(s) && s[we] == ' ' && upperAt(s[we+1:]) && surnameShaped(s[we+1:wordEnd(s, we+1)])
				if tableInfo(w).flags&(fRuFirst|fRuSurname|fEnFirst|fEnLast) != 0 || surnameShaped(w) || nameForm(w) || fullName {
					return true // a person's name after the owner word, not "ООО «…»", nor a pet's: "Рамиль, привет. Там хозяйка Симбы просит"
				}
			}
		}
	}
	return false
}

// petHeader reports a table's column of pets: "Pet", "Кличка", "Питомец".
func petHeader(h string) bool {
	h = strings.TrimSpace(h)
	var buf [32]byte
	w, ok := foldInto(buf[:0], h)
	if !ok {
		return false
	}
	switch string(w) {
	case "pet", "pet name", "pet_name", "кличка", "питомец", "животное", "имя питомца", "кличка животного",
		"horse", "horse name", "лошадь", "конь", "кличка лошади", "pony", "пони", "dog", "собака", "cat", "кошка":
		return true // a stable's schedule: "Всадник | Лошадь | Тренер" … "Смирнова Алиса | Грация | Марина"
	}
	return false
}

// assistantName reports a name that a voice assistant goes by, in any case
// form: Алиса (Яндекс), Маруся (VK), Alice, Alisa, Alexa, Siri.
func assistantName(w string) bool {
	return startsAny(w, "Алис", "Марус", "Alic", "Alis", "Alexa", "Siri", "Marus")
}

// assistantStems are parts of the assistantWord stems that do not depend on
// the case of their first letter: a window with none of them names no
// assistant, and assistantNamed skips folding its words.
var assistantStems = [...]string{"ssistant", "ссистент", "омощник", "олосов", "oice", "ндекс", "andex", "mart", "танци",
	"tation", "peaker", "олонк", "бот", "Бот", "bot", "Bot", "pp", "риложени", "ереговорк", "eeting", "evice",
	"стройств", "irmware", "рошивк"}

func assistantStemIn(w string) bool {
	for _, st := range assistantStems {
		if strings.Contains(w, st) {
			return true
		}
	}
	return false
}

// Kinds of words that tell a voice assistant or a bot from a person.
const (
	awNone    = iota
	awVoice   // голосовой, voice, Яндекс: with a device word
	awDevice  // помощник, assistant, станция: with a voice word (my assistant John is a person)
	awBot     // бот, chatbot: before the name or near a name in quotes
	awPlace   // app, приложение, meeting room, device: near a name in quotes
	awSpeaker // колонка, smart speaker
)

// assistantInitial reports whether the word at s[p] starts with a letter
// that some assistantWord stem starts with, before any folding.
func assistantInitial(s string, p int) bool {
	c := s[p]
	if c < 0x80 {
		switch c | 0x20 {
		case 'a', 'b', 'c', 'v', 'y', 's', 'm', 'd', 'f':
			return true
		}
		return false
	}
	if p+1 >= len(s) {
		return false
	}
	r := rune(c&0x1F)<<6 | rune(s[p+1]&0x3F)
	if r >= 'А' && r <= 'Я' {
		r += 'а' - 'А'
	}
	switch r {
	case 'а', 'б', 'г', 'п', 'ч', 'я', 'у', 'с', 'к':
		return true
	}
	return false
}

// assistantWord classifies a folded word.
func assistantWord(w []byte) int {
	for _, c := range [...]struct {
		stem string
		kind int
	}{
		{"голосов", awVoice}, {"voice", awVoice}, {"yandex", awVoice}, {"яндекс", awVoice}, {"smart", awVoice},
		{"assistant", awDevice}, {"ассистент", awDevice}, {"помощник", awDevice}, {"станци", awDevice}, {"station", awDevice},
		{"бот", awBot}, {"bot", awBot}, {"chatbot", awBot}, {"чат-бот", awBot},
		{"app", awPlace}, {"приложени", awPlace}, {"переговорк", awPlace}, {"meeting", awPlace}, {"device", awPlace},
		{"устройств", awPlace}, {"firmware", awPlace}, {"прошивк", awPlace},
		{"колонк", awSpeaker}, {"speaker", awDevice},
	} {
		st := c.stem
		extra := 4 // bytes of an ending: "assistants", "помощника"
		if st[0] >= 0x80 {
			extra = 8
		}
		if len(w) < len(st) || string(w[:len(st)]) != st || len(w) > len(st)+extra {
			continue
		}
		if st == "бот" && len(w) > len(st) && w[len(st)] < 0xD0 {
			continue // "ботаника"
		}
		if st == "bot" && len(w) > len(st) || st == "app" && len(w) > 4 || st == "smart" && len(w) > 5 {
			continue // "bottle", "apple", "smarter"
		}
		return c.kind
	}
	return awNone
}

// teamWordAfter reports a lower-case word for a team or a desk after a
// capitalized word: "Customs desk", "Billing team".
func teamWordAfter(s string, end int) bool {
	if end+2 >= len(s) || s[end] != ' ' || !isASCIILetter(s[end+1]) {
		return false
	}
	switch strings.ToLower(s[end+1 : wordEnd(s, end+1)]) {
	case "desk", "team", "department", "dept", "support", "office", "unit", "centre", "center", "service", "management":
		return true
	}
	return false
}

// partnersAfter reports the rest of a firm's name after a surname: "Hughes
// and Partners", "Smith & Sons", "Петров и партнёры".
func partnersAfter(s string, end int) bool {
	if end >= len(s) || s[end] != ' ' {
		return false // every ending opens with a space
	}
	for _, w := range [...]string{" and partners", " & partners", " and sons", " & sons", " and co", " & co", " и партнёры",
		" и партнеры", " и сыновья"} {
		if end+len(w) <= len(s) && strings.EqualFold(s[end:end+len(w)], w) && (end+len(w) == len(s) ||
			!isDigit(s[end+len(w)]) && letterSize(s, end+len(w)) == 0) { // "«Лаптев и партнёры»"
			return true
		}
	}
	return false
}

// bankWord reports a bank that a card holder's name may precede.
func bankWord(w string) bool {
	switch w {
	case "сбербанк", "сбер", "тинькофф", "т-банк", "альфа", "втб", "райффайзен", "газпромбанк", "открытие", "озон", "sber",
		"tinkoff", "alfa", "vtb", "revolut", "monzo", "barclays", "hsbc", "santander":
		return true
	}
	return false
}

// personBrands are brands named after a person, folded.
var personBrands = map[string]bool{
	"da hong pao": true, "да хун пао": true, "tie guan yin": true, "гуань инь": true, "bai mu dan": true, "бай му дань": true,
	"jin jun mei": true, "bai hao yin": true, "хао инь чжэнь": true, "silver needle": true, "princess nuri": true, "принцесса нури": true,
	"huang jin gui": true, "black rose": true, "stanley gibbons": true, // teas, a stamp catalogue
	"jim beam": true, "captain morgan": true, "jameson": true, "big lebowski": true, // spirits, a film
	"john frieda": true, "жан-луи давид": true, "jean louis david": true, // hair-care brands
	"rosh hashanah": true, "yom kippur": true, "мегилат эстер": true, "любавичского ребе": true, "любавичский ребе": true, "любавичском ребе": true, "алтер ребе": true, // holidays and rebbes
	"la marzocco": true, "victoria arduino": true, "baker hughes": true, "hofmann monty": true, "tank louis": true, // coffee machines, an oilfield firm, tyre changers, a watch
	"vacheron constantin": true, "hamilton khaki": true, "apple watch": true, "a. lange": true, "de ville": true, // watches
	"helly hansen": true, "tony moly": true, "тони моли": true, "rosalie moller": true, // a sailing brand, a cosmetics brand, a wreck
	"tom tailor": true, "marc o'polo": true, "massimo dutti": true, "krylia sovetov": true, "banyan tree": true, // a fashion brand, a football club, a hotel chain
	"earl grey": true, "victoria sponge": true, "royal mail": true, "beef stroganoff": true, "beef wellington": true,
	"nina ricci": true, "calvin klein": true, "hugo boss": true, "tommy hilfiger": true, "ralph lauren": true,
	"giorgio armani": true, "yves saint": true, "christian dior": true, "coco chanel": true, "michael kors": true,
	"marc jacobs": true, "vera wang": true, "carolina herrera": true, "jean paul": true, "paco rabanne": true,
	"estee lauder": true, "ted baker": true, "paul smith": true, "karl lagerfeld": true, "tom ford": true,
	"max mara": true, "макс мара": true, "koch chemie": true, "charles tyrwhitt": true, "oscar de la renta": true, "ulyana sergeenko": true,
	"ульяна сергеенко": true, "marina rinaldi": true, "марина ринальди": true, "виктория бекхэм": true, "виктории бекхэм": true,
	"marco polo": true, "марко поло": true, // fashion houses, a hotel chain
	"grant thornton": true, "ernst young": true, // audit firms: "Grant Thornton sent the audit letter"
	"khan tengri": true, "mont blanc": true, "jack wolfskin": true, "shirley temple": true, // a peak, a brand, a drink
	"gloria jeans": true, "lady collection": true, "zarina kids": true, "nonna rosa": true, // shops and a restaurant
	"heston blumenthal": true, "albert hall": true, "gare du nord": true, "sherwood forest": true, // restaurants, halls and places
	"lara croft": true, "johnny silverhand": true, "джонни сильверхенд": true, "red bull": true, // game characters, a drink
	"арам хачатурян": true, "арама хачатуряна": true, "арно бабаджанян": true, "aram khachaturian": true, "arno babajanyan": true, // composers whose surnames clients share
	"freddie mercury": true, "brian may": true, "nancy sinatra": true, "frank sinatra": true, "elton john": true, "анна герман": true, "анны герман": true, "анну герман": true, // singers on the radio
	"peppa pig": true, "daddy pig": true, "mummy pig": true, "tim hortons": true, // a cartoon's characters, a coffee chain
	"arthur fleck": true, "bridget jones": true, "бриджит джонс": true, "bob marley": true, // film characters, a singer
	"harry winston": true, "cartier santos": true, "cartier trinity": true, "cartier love": true, // jewellery houses' lines
	"rolls-royce phantom": true, "порт рашид": true, // "Dinner by Heston Blumenthal", the Royal Albert Hall, a car, a port
	"oliver peoples": true, "gregory peck": true, "lindberg spirit": true, // eyewear: "Oliver Peoples OV5186 «Gregory Peck»"
	"christian louboutin": true, "christian breton": true, "marilyn glow": true, "marilyn red": true, // cosmetics and shades
	"jack russell": true, "roman holiday": true, "blue card": true, // a breed, a film, an EU permit
	"david austin": true, "дэвид остин": true, "дэвида остина": true, // a rose breeder
	"granny smith": true, "анна шпет": true, "douglas fir": true, "douglas firs": true, // an apple, a plum, a tree
	"dom pérignon": true, "dom perignon": true, "veuve clicquot": true, "вдова клико": true, "вдовы клико": true, // wines
	// Books and their characters, as titles and heroes are named: "читаем «Анну Каренину»", "the Harry Potter series".
	"анна каренина": true, "анну каренину": true, "анны карениной": true, "евгений онегин": true, "евгения онегина": true,
	"гарри поттер": true, "гарри поттера": true, "гарри поттере": true, "мэри поппинс": true, "питер пэн": true,
	"шерлок холмс": true, "шерлока холмса": true, "робинзон крузо": true, "дон кихот": true, "тома сойера": true, "том сойер": true,
	"harry potter": true, "anna karenina": true, "eugene onegin": true, "jane eyre": true, "tom sawyer": true,
	"frodo baggins": true, "sherlock holmes": true, "peter pan": true, "mary poppins": true, "oliver twist": true,
	"robinson crusoe": true, "don quixote": true, "huckleberry finn": true,
	"петра великого": true, "пётр великий": true, "петр великий": true, "peter the great": true, // "СПбПУ Петра Великого"
	"victoria beckham": true, "stella mccartney": true, "kate spade": true, "tory burch": true, "jo malone": true,
	"elizabeth arden": true, "helena rubinstein": true, "jimmy choo": true, "louis vuitton": true,
	"jack daniels": true, "jack daniel": true, "johnnie walker": true, "ben sherman": true, "fred perry": true,
	"нина риччи": true, "кельвин кляйн": true, "хьюго босс": true, "томми хилфигер": true, "джорджио армани": true,
	"кристиан диор": true, "коко шанель": true, "майкл корс": true, "вера вонг": true, "том форд": true,
	"луи виттон": true, "джек дэниелс": true, "джонни уокер": true,
	"john deere": true, "massey ferguson": true, "джон дир": true, "джон дире": true, "джона дира": true, "джон диром": true, "мэсси фергюсон": true, "jack frost": true,
	"леруа мерлен": true, "leroy merlin": true, "tom dixon": true, "том диксон": true,
	"amir timur": true, "амир тимур": true, "amir temur": true, "амир темур": true, // Tashkent's square, avenue and museum
	// Cosmetics houses named after their founders: "тинт Charlotte Tilbury", "Pat McGrath palette".
	"charlotte tilbury": true, "pat mcgrath": true, "vivienne sabo": true, "estée lauder": true, "bobbi brown": true,
	"mary kay": true, "paul mitchell": true, "huda beauty": true, "kylie cosmetics": true, "fenty beauty": true,
	"kiko milano": true, "anastasia beverly": true, "laura mercier": true,
	"шарлотт тилбери": true, "эсте лаудер": true, "мэри кей": true,
}

// personBrandsSpaced is set when every brand has two words or more, as
// now: folding keeps spaces, so a run of one word cannot be one.
var personBrandsSpaced = func() bool {
	for k := range personBrands {
		if strings.IndexByte(k, ' ') < 0 {
			return false
		}
	}
	return true
}()

// personBrandFirst is a one-hash Bloom filter over the first words of
// personBrands.
var personBrandFirst = func() (f [16]uint64) {
	for k := range personBrands {
		first, _, _ := strings.Cut(k, " ")
		h := wordHash([]byte(first)) >> 54
		f[h>>6] |= 1 << (h & 63)
	}
	return f
}()

// brandEnd returns the end of a brand named after a person that opens at
// start and takes in the run ending at end or up to three more words ("Max
// Mara", "Oscar de la Renta", "Hugo Boss" when the run is "Hugo"), or -1.
func brandEnd(s string, start, end int) int {
	if sp := strings.IndexByte(s[start:end], ' '); sp > 0 {
		if sp2 := strings.IndexByte(s[start+sp+1:end], ' '); sp2 > 0 && personBrand(s[start:start+sp+1+sp2]) &&
			!endsAny(s[start:end], "ova", "eva", "ina", "ov", "ev", "in", "ская", "ский", "ова", "ева", "ина", "ов", "ев", "ин") {
			return end // the brand, then its model: "Oliver Peoples Gregory Peck"; not "Anna Karenina Petrova"
		}
	}
	e := end
	for extra := 0; extra <= 3 && e-start <= 40; extra++ {
		if personBrand(s[start:e]) {
			return e
		}
		if e+2 >= len(s) || s[e] != ' ' {
			break
		}
		e = wordEnd(s, e+1)
	}
	return -1
}

func personBrand(run string) bool {
	sp := strings.IndexByte(run, ' ')
	if len(run) > 40 || personBrandsSpaced && sp < 0 {
		return false // one word: no brand, and no fold and map lookup for every name
	}
	if sp > 0 {
		// The first word alone rules out most runs: it folds to the same
		// bytes on either path below when it folds here.
		var fb [24]byte
		if f, ok := foldInto(fb[:0], run[:sp]); ok {
			if h := wordHash(f) >> 54; personBrandFirst[h>>6]&(1<<(h&63)) == 0 {
				return false
			}
		}
	}
	var buf [48]byte
	f, ok := foldLatin(buf[:0], run)
	return ok && personBrands[string(f)]
}

// carBrandWord reports a make of car or machine: "Claas", "Renault".
func carBrandWord(w string) bool {
	var buf [32]byte
	f, ok := foldInto(buf[:0], w)
	return ok && carBrands[string(f)]
}

// carMakeWord reports a make of car named after its founder, which is also
// a client's surname: "Olga Ferrari" next to a "Ferrari Roma".
func carMakeWord(w string) bool {
	var buf [32]byte
	f, _ := foldInto(buf[:0], w)
	switch string(f) {
	case "porsche", "ferrari", "lamborghini", "maserati", "bugatti", "ford", "порше", "феррари", "ламборгини", "мазерати", "форд":
		return true
	}
	return carBrands[string(f)]
}

// carColourBefore reports a colour in the feminine before start, as a car
// is described: "на вишнёвой Ладе", "серебристую Ладу".
func carColourBefore(s string, start int) bool {
	a, b := prevWordBounds(s, start)
	if a >= b || b != start-1 || s[b] != ' ' {
		return false
	}
	w := s[a:b]
	return endsAny(w, "ой", "ей", "ую", "юю", "ая", "яя") && startsAny(w, "бел", "чёрн", "черн", "сер", "син", "красн", "вишн",
		"зелён", "зелен", "жёлт", "желт", "голуб", "бордов", "бежев", "коричнев", "оранжев", "фиолетов", "баклажан", "золотист")
}

// surnameWord reports a word a surname table knows or a Russian surname's
// ending in Latin letters: "Kuznetsova" after "Lada" is a woman's name.
func surnameWord(w string) bool {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	in, _ := wordTab.get(f) // not tableInfo: latinSurname needs the folded word too
	return in.flags&uint8(fRuSurname|fEnLast) != 0 || latinSurname(f)
}

// toks1Start returns the start of the last word of a run that ends at end.
func toks1Start(s string, end int) int {
	return strings.LastIndexByte(s[:end], ' ') + 1
}

// orgTail reports the last word of a firm's or a body's name: "Atherton
// Steel", "Technology Fund".
func orgTail(w string) bool {
	switch w {
	case "Steel", "Fund", "Foundation", "Trust", "Council", "Agency", "Authority", "Association", "Society", "Logistics",
		"Transport", "Engineering", "Construction", "Solutions", "Systems", "Consulting", "Trading", "Foods", "Farms",
		"Motors", "Finance", "Partners", "Industries", "Machinery", "Agri", "Removals", "Analytics", "Movers", "Cleaning",
		"Solicitors", "Legal", "Development", "Realty", "Estates", "Properties", "Agro", "Federation",
		"Inventory", "Questionnaire", "Scale", // "the Beck Depression Inventory"
		"Medizintechnik", "Reha", "Technik", "Medical", "Pharma", // "Brenner Medizintechnik", "Vogt Reha"
		"Maschinen", "Maschinenbau", "Werke", "Handel", "Logistik", // "Quote for Hoffmann Maschinen"
		"Architects", "Architecture": // "Mark from Whitfield Architects"
		return true
	}
	return false
}

// telecomTail reports the last word of a phone shop's or a dealer's name,
// whatever the name before it: «Ахмед Телеком», "Jamshid Aloqa".
func telecomTail(w string) bool {
	switch w {
	case "Telecom", "Телеком", "Aloqa", "Mobile", "Мобайл", "Связь":
		return true
	}
	return false
}

// venueTail reports the last word of a venue's or an event's name,
// whatever the name before it: "Karen Demirchyan Complex", "Tchaikovsky
// Gala", "Ballet Theatre".
func venueTail(w string) bool {
	switch w {
	case "Stadium", "Arena", "Complex", "Theatre", "Theater", "Gala", "Festival", "Fest", "Philharmonic", "Concert",
		"Symphony", "Concerto", "Overture", "Requiem", "Sonata", "Opera", "Ballet", // a composer's work: "Shostakovich Symphony No. 7"
		"Award", "Prize", "Cup", "Memorial", "Trophy", "Medal", "Lecture", // "Jesse Owens Award", "Kapitsa Lecture"
		"Church", "Chapel", "Cathedral", "Abbey", "Mosque", "Synagogue", "Basilica", "Parish", // "Grace Church on the corner"
		"Mine", "Deposit", "Quarry": // "Matrosov Mine"
		return true
	}
	return false
}

// artisanBefore reports a master's word one space before start, after
// which a studio names its tattooists, barbers and nail artists by any
// word: "мастер Кит", "к мастеру Лисе".
func artisanBefore(s string, start int) bool {
	if start < 3 || s[start-1] != ' ' {
		return false
	}
	b := strings.LastIndexByte(s[:start-1], ' ') + 1
	w := s[b : start-1]
	for _, p := range [...]string{"тату-", "Тату-"} {
		w = strings.TrimPrefix(w, p)
	}
	if !strings.HasPrefix(w, "м") && !strings.HasPrefix(w, "М") {
		return false
	}
	switch w[len("м"):] { // no folding: this runs for every lone capitalized word
	case "астер", "астера", "астеру", "астером", "астере":
		return true
	}
	return false
}

// personTitleBefore reports a person's title one space before start: "Mr.
// Smith", "курьер Вера".
func (sc *scanner) personTitleBefore(start int) bool {
	s := sc.s
	if start < 3 || s[start-1] != ' ' {
		return false
	}
	var buf [32]byte
	w := sc.prevWord(start, buf[:0])
	return personTitles[strings.TrimSuffix(string(w), ".")]
}

// roomWord reports a hall, a room or a bar of a hotel, named after a
// person whose surname comes before it: "Tolstoy Hall", "Gogol Room".
func roomWord(w string) bool {
	switch w {
	case "Hall", "Suite", "Room", "Bar", "Restaurant", "Lounge", "Ballroom", "Café", "Cafe", "Terrace", "Salon",
		"Rocks", "Peak", "Glacier", "Hut", "hut": // and a mountain's places: "Pastukhov Rocks", "the old Pastukhov hut"
		return true
	}
	return false
}

// hotelBrand reports a hotel chain named after its founder or a place,
// which opens a hotel's name: "Radisson Blu", "Marriott Courtyard".
func hotelBrand(w string) bool {
	switch w {
	case "Radisson", "Marriott", "Hilton", "Hyatt", "Sheraton", "Novotel", "Ibis", "Mercure", "Sofitel", "Ritz",
		"Рэдиссон", "Редиссон", "Мариотт", "Хилтон", "Хаятт", "Шератон", "Новотель", "Ибис", "Меркюр":
		return true
	}
	return false
}

// countryTail reports a country's name of several words by its last one:
// "Кыргызской Республики", "Объединённых Арабских Эмиратов".
func countryTail(run string) bool {
	return endsAny(run, "Республики", "Федерации", "Королевства", "Штатов", "Эмиратов", "Республика")
}

// citizenOf reports a country after "гражданин": "гражданин Великобритании", "гражданки Германии".
func (sc *scanner) citizenOf(start, end int) bool {
	var buf [32]byte
	return strings.HasPrefix(string(sc.prevWord(start, buf[:0])), "граждан") // "гражданин Великобритании", "гражданин Эквадора"
}

// venueBefore reports a word for a hotel, a ship, a residential complex or
// a piece of furniture right before a name, which is then theirs.
func venueBefore(s string, start int) bool {
	return venueWordBefore(s, start, false)
}

// lodgingBefore is venueBefore for the places one stays or eats at only:
// their names repeat on their own ("Hotel Isabella … who Isabella is"),
// while a thing's word may precede a person ("за шкаф Марине").
func lodgingBefore(s string, start int) bool {
	return venueWordBefore(s, start, true)
}

func venueWordBefore(s string, start int, lodging bool) bool {
	if strings.HasSuffix(s[:start], "«У ") || strings.HasSuffix(s[:start], "\"U ") || strings.HasSuffix(s[:start], "\"У ") {
		return true // a lodge, a café named after its host: «У Палыча», "У Ашота"
	}
	quoted := false
	if start >= 2 && s[start-1] == '"' && s[start-2] == ' ' {
		start, quoted = start-1, true // a quoted name: Lodge "Lyubov"
	} else if start >= 3 && s[start-2:start] == "«" && s[start-3] == ' ' {
		start, quoted = start-2, true
	}
	if start < 3 || s[start-1] != ' ' || !isASCIILetter(s[start-2]) && s[start-2] < 0x80 {
		return false
	}
	var buf [32]byte
	switch string(prevWord(s, start, buf[:0])) {
	case "hotel", "отель", "отеля", "отеле", "отелю", "отелем", "гостиница", "гостиницы", "гостинице", "villa",
		"resort", "hostel", "хостел", "хостела", "хостеле", "хостелу", "хостелом", "lodge", "лодж", "лоджа", "лодже", "chalet", "шале", "glamping", "глэмпинг",
		"кемпинг", "camp", "турбаза", "турбазы", "турбазе", // "Lodge Lyubov", "турбаза «Катунь»"
		"сад", "сада", "саду", "садик", "садика", "садике": // a kindergarten: "детский сад Лукоморье"
		return true
	case "группа", "группы", "группе", "группу", "группой", "group":
		return quoted // a kindergarten's group named after a character, "в группе «Мишутки»"; not "группа Иванова"
	case "мастерская", "мастерской", "мастерскую", "ателье":
		// A shop named after its owner, in quotes: «Мастерская Анны»; not an artist's, "мастерская Бориса Кустодиева".
		ws := wordStartBefore(s, start-1)
		return !lodging && ws >= 2 && (s[ws-2:ws] == "«" || s[ws-1] == '"')
	case "кольцо", "кольца", "серьги", "серёжки", "сережки", "браслет", "цепочка", "подвеска", "кулон", "часы",
		"earrings", "bracelet", "pendant", "necklace", // jewellery and watches: кольцо «Соколов», серьги «Виктория», часы «Слава»
		"брови", "бровей", "оттенок", "оттенка", "оттенком", "помада", "помаду", "shade", "brows", // beauty: брови «Анастасия», оттенок «Мэрилин»
		"шкаф-купе", "кровать", "кровати", "комод", "стул", "стула", "кресло", "лофт", "плитка", "плитку", "плитки", "плиткой", // плитку «Вика»
		"латте", "раф", "капучино", "latte", // a drink named like a person: Латте «Маша»
		"sofa", "sofas", "wardrobe", // furniture (not "chair": "council chair Nikolai Fomich"): шкаф-купе «Виктория», "Диван Лофт Марта", the "Lauren" sofa
		"hoa", "тсж", "жск": // a homeowners' association: "HOA Nadezhda", ТСЖ «Надежда»
		return !lodging
	case "лайнер", "лайнере", "теплоход", "теплоходе", "жк", "кухня", "кухни", "кухню", "диван",
		"дивана", "шкаф", "шкафа", "модель", "модели", "коллекция", "коллекции", "духи", "духов",
		"парфюм", "аромат", "perfume", "чайник", "кукла", "куклу":
		return !lodging
	}
	return eateryBefore(s, start)
}

// eateryBefore reports a café's, a restaurant's or a winery's word, or a
// prince's title, one space before start: "Cafe Pushkin", «Князь
// Чавчавадзе» (a wine).
func eateryBefore(s string, start int) bool {
	if start < 3 || s[start-1] != ' ' {
		return false
	}
	var buf [32]byte
	switch string(prevWord(s, start, buf[:0])) {
	case "cafe", "café", "restaurant", "bar", "кафе", "ресторан", "ресторана", "ресторане", "бар", "бара", "баре",
		"château", "chateau", "шато", "domaine", "князь", "князя", "царица", "царицы", "царь", "царя", "winery", "винодельня",
		"винодельни":
		return true
	}
	return false
}

// vesselBefore reports a ship's prefix right before start, with or without
// a quote: m/v "Captain Ivanov", M/T NIKOLAY ZUEV, т/х «Лев Толстой».
func vesselBefore(s string, start int) bool {
	p := start
	quoted := false
	if p >= 2 && s[p-2:p] == "«" {
		p, quoted = p-2, true
	} else if p >= 1 && s[p-1] == '"' {
		p, quoted = p-1, true
	}
	if quoted && prevWordIn(s, p, "рейсе", "рейс", "рейса", "теплоход", "теплохода", "теплоходе", "танкер", "танкера", "танкере",
		"балкер", "балкера", "балкере", "судно", "судна", "судне", "vessel", "tanker", "ship", "bulker", "траулер", "траулера",
		"траулере", "сейнер", "сейнера", "сейнере", "бмрт", "стр", "срт", "ртмс", "trawler", "seiner") {
		return true // a ship by its quoted name after its word: "В рейсе «Лев Толстой» на 5 месяцев"
	}
	if p < 3 || s[p-1] != ' ' {
		return false // the shortest prefix opens the text: "MV Irina arrived"
	}
	if strings.HasSuffix(s[:p], "MS ") && (p == 3 || s[p-4] == ' ' || s[p-4] == '\n') && containsAny(s, "cruise", "Cruise", "berth", "pier", "cabin", "Cabin", "embark", "sailing", "deck", "voyage", "passenger") {
		return true // a motor ship where cruises are talked of, not "Ms" in capitals: "MS Mikhail Bulgakov, cabin 312"
	}
	return endsAny(s[:p], "m/v ", "m/t ", "M/V ", "M/T ", "т/х ", "Т/Х ", "м/в ", "м/т ", "MV ", "MT ", "m/s ", "M/S ",
		"т/х Капитан ", "т/х Адмирал ", "т/х Академик ", "MV Kapitan ", "MV Akademik ", "MV Admiral ", // т/х Капитан Хлебников
		"S/Y ", "M/Y ", "S/V ", "s/y ", "m/y ", "s/v ", // a sailing or motor yacht: S/Y "Svetlana", M/Y "Grace"
		"SY ", "MY ", "MY Lady ", "sailing yacht ", "motor yacht ", // "SY Aurora", "MY Lady Anna", "this is sailing yacht freja"
		"The vessel ", "the vessel ", "The trawler ", "the trawler ", "trawler ", "seiner ") // "The trawler General Kravchenko (IMO 8720149)"
}

// dedicationBefore reports a saint's title, a church or "им." right before
// a name, which then names a church or an institution: "церковь Иоанна
// Воина", "Храм Святого Николая", "ГКБ им. С.П. Боткина".
func (sc *scanner) dedicationBefore(start int) bool {
	s := sc.s
	if start < 4 || s[start-1] != ' ' || strings.IndexByte(",;:!?", s[start-2]) >= 0 {
		return false // not across punctuation: "за период болезни, Кирилл Смолин болел"
	}
	var buf [48]byte
	w := string(sc.prevWord(start, buf[:0]))
	if w == "им" {
		return s[start-2] == '.'
	}
	if w == "after" {
		return strings.HasSuffix(s[:start], " named after ") // "the Republican Clinical Hospital named after Semashko"
	}
	if w == "по" && start >= 8 {
		var b2 [24]byte
		switch string(prevWord(s, start-len("по ")-1, b2[:0])) {
		case "мочи", "крови", "анализ", "анализа", "анализы", "окраска", "окраску", "окраской", "окраске", "проба",
			"пробу", "пробе", "пробы", "посев":
			return true // a method named after its author: "анализ мочи по Нечипоренко", "окраска по Граму"
		}
		return false
	}
	if w == "имени" && start >= 8 {
		var b2 [16]byte
		p := string(prevWord(s, start-len("имени ")-1, b2[:0]))
		return p != "от" && p != "по" // "музей имени Пушкина", not "от имени Иванова", "по имени Роза"
	}
	if slices.Contains(saintTitles[:], w) {
		return true // "Храм Святого Николая"
	}
	switch w {
	case "храм", "храма", "храме", "храму", "храмом", "церковь", "церкви", "церковью", "собор", "собора", "соборе", "собором", "часовня", "часовни",
		"часовне", "монастырь", "монастыря", "монастыре", "усадьба", "усадьбу", "усадьбе",
		"усадьбы", "усадьбой", "особняк", "особняка", "особняке", "особняком", "дворец", "дворца", "дворце",
		"индекс", "индекса", "индексу", "синдром", "синдрома", "болезнь", "болезни", "index", "syndrome", "disease",
		"таблица", "таблице", "таблицы", "таблицей", "таблицу", "проба", "шкала", "шкале", "шкалы", "шкалой", // "по таблице Сивцева", "Проба Ширмера"
		"аппарат", "аппарата", "аппаратом", "аппарате", // "аппарат Илизарова"
		"маршала", "генерала", "адмирала", "академика", "космонавта", "героя", // a street: "Маршала Бирюзова"
		"маршал", "маршалом", "маршалу", "фельдмаршал", "фельдмаршала", "генералиссимус", "генералиссимуса", // a marshal of history: "маршал Жуков"
		"перекрёстке", "перекрестке", "пересечении", "угол", "угла", "углу": // a crossing of streets: "на перекрёстке Карла Маркса и Гончарова", "угол Тургут Озала"
		return true // "Усадьба Голицыных", "особняк Морозова", "индекс Грина — Вермиллиона"
	case "дом", "дома", "доме", "домом":
		if a := wordStartBefore(s, start-1); a >= 0 {
			sz, up := letterAt(s, a)
			return sz > 0 && up // "у Дома Пашкова", not "у дома Иванова"
		}
	}
	return false
}

// cityGenitiveAfterPrep reports a city's genitive after a preposition of
// direction: "до Королёва", "из Жуковского" is no person.
func (sc *scanner) cityGenitiveAfterPrep(start, end int) bool {
	s := sc.s
	if s[start] < 0x80 || end-start < 6 {
		return false
	}
	var buf [16]byte
	switch string(sc.prevWord(start, buf[:0])) {
	case "до", "из", "от":
	default:
		return false
	}
	var fb [64]byte
	f, ok := foldInto(fb[:0], s[start:end])
	if !ok {
		return false
	}
	if in, _ := wordTab.get(f); in.flags&fRuFirst != 0 {
		return false // "от Владимира": a man's name first
	}
	w := string(f)
	switch {
	case strings.HasSuffix(w, "ого"):
		return ruCities[w[:len(w)-len("ого")]+"ий"] // Жуковского
	case strings.HasSuffix(w, "а"):
		return ruCities[w[:len(w)-len("а")]] // Королёва, Пушкина
	}
	return false
}

// turkishFirmAS reports a Turkish firm's "A.S." written without its
// cedilla after two words or more, the last no Russian surname ("Ege Celik
// Hurda A.S.", "Kuzey Yapi A.S."); a surname's initials stay a person's
// ("Ivanova A.S.", "IE Belov A.S.").
func turkishFirmAS(w string) bool {
	k := strings.Index(w, " A.S.")
	if k < 0 {
		return false
	}
	head := strings.TrimSpace(w[:k])
	sp := strings.LastIndexByte(head, ' ')
	if sp < 0 {
		return false
	}
	last := head[sp+1:]
	return !surnameShapedLatin(last) && tableInfo(last).flags&fRuSurname == 0
}

// cityWord reports a Russian or CIS city in the nominative: "Тверь".
func cityWord(w string) bool {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	return ok && ruCities[string(f)]
}

// loyaltyTier reports a loyalty programme's tier that is also a surname,
// named as one: "status is Silver", "Silver tier", "Gold member".
func loyaltyTier(s string, start, end int) bool {
	switch s[start:end] {
	case "Silver", "Gold", "Platinum", "Bronze", "Diamond":
	default:
		return false
	}
	lo := strings.ToLower(s[max(0, start-16):start])
	return endsAny(lo, "status ", "status is ", "tier ", "level ", "to ") || startsAny(s[end:], " status", " tier", " member", " level", " card")
}

// countryWord reports a country that is also a name: "Jordan", "Georgia".
func countryWord(w string) bool {
	switch w {
	case "Jordan", "Georgia", "Chad", "Kenya", "India", "Israel", "Niger", "Lebanon", "Jersey", "Guernsey":
		return true
	}
	return false
}

// countryName reports a country that is also a name after a word of place:
// "from Jordan", "in Georgia", "to Chad".
func (sc *scanner) countryName(start, end int) bool {
	s := sc.s
	var buf [16]byte
	pw := string(sc.prevWord(start, buf[:0]))
	if countryWord(s[start:end]) {
		if placeWords[pw] || pw == "into" || pw == "for" && !strings.HasPrefix(s[end:], "'s") && !strings.HasPrefix(s[end:], "’s") {
			return true // "e-visas aren't needed for Georgia", not "numbers for Georgia's deck"
		}
		if pw == "and" && start >= 5 {
			var b2 [16]byte
			switch string(prevWord(s, start-len("and "), b2[:0])) {
			case "armenia", "azerbaijan", "russia", "turkey", "ukraine", "kazakhstan", "belarus", "moldova", "uzbekistan":
				return true // "in Armenia and Georgia"
			}
		}
		if start >= 1 && s[start-1] == '(' && strings.HasPrefix(s[end:], "):") {
			return true // a heading's country: "Vendor master data (Georgia):"
		}
		if start >= 1 && s[start-1] == '(' && end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' && isDigit(s[end+2]) {
			return true // a trip's place and dates: "(Georgia, 12–14 April)"
		}
		if start >= 3 && s[start-1] == '(' && isDigit(s[start-3]) && end < len(s) && s[end] == ')' {
			return true // a document's country: "passport 12AB34567 (Georgia)"
		}
		if startsAny(s[end:], " trip", " visa", " tour", " wedding", " office", " branch") {
			return true // "Invoice details for Georgia trip"
		}
		if s[start:end] == "Georgia" && containsAny(s, "Tbilisi", "Batumi", "Georgian", "Armenia", "Azerbaijan", "+995", "roaming", "country") &&
			!greetingCue(pw) && pw != "is" && pw != "this" && !startsAny(s[end:], " is ", " from ", "'s", "’s", " said", " will", ",\n") {
			return true // the country in a text about it: "Location: Tbilisi, Georgia", "by truck via Georgia"; not "This is Georgia from the agency"
		}
		b := wordStartBefore(s, start-2) // a city before it, "in Tbilisi, Georgia"; not "Thanks, Jordan"
		return start >= 4 && s[start-2:start] == ", " && b >= 0 && upperAt(s[b:]) && !sentenceStart(s, b)
	}
	switch s[start:end] {
	case "Asia":
		switch pw {
		case "central", "east", "south", "southeast", "south-east", "west", "north", "in", "across", "to", "from", "into":
			return true // "students from Central Asia"
		}
	case "Victoria", "Paris", "Sydney", "Florence", "Adelaide", "Charlotte", "Austin", "Regina", "Lincoln", "Orlando",
		"Phoenix", "Houston", "Hamilton", "Valencia", "Santiago":
		// A city that is also a name, where only a place fits: "staying in
		// Victoria", "flew from Victoria via Vancouver", "my flight to Paris";
		// "a message from Victoria" stays a person.
		if pw == "in" || pw == "via" || pw == "near" || pw == "london" || pw == "through" || pw == "at" && clauseEnds(s, end) ||
			(pw == "the" || pw == "our") && startsAny(s[end:], " branch", " Bank", " bank", " lodge", " package", " General", " coach", " cohort",
				" wine", " watch", " glass", " design", " hub", " office", " store", " shop") || // "the Victoria branch", "the Victoria package"
			startsAny(s[end:], " and Albert", " General Hospital", " Beauty", " Events", " events", " coach station", " to Baker", " by ferry",
				" by train", " in Canada", " in canada", ", where") ||
			startsAny(s[end:], " via ", ", BC", ", British Columbia", " (Seychelles", ", Seychelles",
				", Australia", " station", " Station", " Park") {
			return true // also "Victoria, BC", "from Victoria (Seychelles)", "the depot near Victoria station", "London Victoria", "the safe at Victoria."
		}
		return endsAny(s[max(0, start-16):start], "flight to ", "flights to ", "fly to ", "flew to ", "trip to ", "flying to ",
			"travelling to ", "traveling to ", "out of ", "moving to ", "moved to ", "moved from ", "relocating to ", "move to ",
			"train from ", "train to ", "bus from ", "bus to ", "coach from ", "coach to ") // "my train from Victoria is delayed"
	case "Marina":
		// Dubai's district: "Dubai Marina". Its towers ("Marina Gate Tower 2, Apt
		// 3107") stay masked as names while the engine misses their addresses.
		return pw == "dubai"
	}
	return false
}

// eponymAfter reports a disease, a law or a test named after the person
// whose name ends at end: "Parkinson's disease", "Murphy's law", "Down
// syndrome".
func eponymAfter(s string, end int) bool {
	rest := s[end:]
	for _, ap := range [...]string{"'s ", "’s "} {
		if strings.HasPrefix(rest, ap) {
			rest = rest[len(ap):]
			break
		}
	}
	words := [...]string{"disease", "syndrome", "protein", "reaction", "lymphoma", "law", "sign", "test", "scale", "index", "method", "procedure"}
	n := len(words)
	if len(rest) == len(s)-end {
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		rest, n = rest[1:], 5 // without the possessive only a disease or a lab's term: "Down syndrome", "Hodgkin lymphoma", not "Anna Smith test results"
	}
	for _, w := range words[:n] {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isAlnum(rest[len(w)])) {
			return true
		}
	}
	return false
}

// regionCodeAfter reports ", BC" after a name: a city with its province or
// state ("Victoria, BC", "Austin, TX"), not a person (", MD" is a degree).
func regionCodeAfter(s string, end int) bool {
	if end+4 > len(s) || s[end] != ',' || s[end+1] != ' ' || !isUpperASCII(s[end+2]) || !isUpperASCII(s[end+3]) ||
		end+4 < len(s) && isASCIILetter(s[end+4]) || s[end-1] >= 0x80 { // no state after a Cyrillic name: "Мариам Ливадзе, ID-карта Грузии"
		return false
	}
	if p := end + 5; p < len(s) && s[end+4] == ' ' && isDigit(s[p]) {
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q-p != 5 || s[end+2:end+4] == "ID" && s[p:p+2] != "83" {
			return false // "Nathan Cole, ID 011203", "Каримова Дилноза, ID 52210": an id, not Idaho and its ZIP (83xxx)
		}
	}
	if end+5 < len(s) && s[end+4] == ' ' && s[end+5] >= 'a' && s[end+5] <= 'z' {
		return false // a department's letters before a job: "Anna Petrova, QC manager"
	}
	c := s[end+2 : end+4]
	if c == "ID" && startsAny(s[end+4:], " card", "-card", " no", " No", " number", " #") {
		return false // a document after a name: "Azamat Toktogulov, ID card ID0427193"
	}
	return c != "MD" && stateCodes[c]
}

// slashFirstNames emits first names joined by slashes, a rota's choice of
// people: "Liza/Kate/Masha – who's covering the 8am spin?", "Оля/Катя".
// Every part must be a known first name that is no word, and none may be
// in capitals, which reads as a ticket's "SURNAME/GIVEN". s[i:j] is the
// first part. It returns the end, or 0.
func (sc *scanner) slashFirstNames(i, j int) int {
	s := sc.s
	var parts [4][2]int
	n := 0
	for p, q := i, j; n < len(parts); {
		sz, up := letterAt(s, p)
		if sz == 0 || !up || q-p < 2*sz {
			return 0
		}
		if sz2, up2 := letterAt(s, p+sz); sz2 == 0 || up2 {
			return 0 // capitals: "WILSON/THOMAS"
		}
		var buf [32]byte
		w, _ := foldInto(buf[:0], s[p:q])
		if in, _ := wordTab.get(w); in.flags&(fRuFirst|fEnFirst) == 0 || in.flags&fAmbig != 0 || in.word&wStop != 0 {
			return 0
		}
		parts[n] = [2]int{p, q}
		n++
		if q+1 >= len(s) || s[q] != '/' || capAt(s, q+1) == 0 {
			break
		}
		p = q + 1
		q = wordEnd(s, p)
	}
	if n < 2 || parts[n-1][1] < len(s) && isAlnum(s[parts[n-1][1]]) {
		return 0
	}
	for _, pt := range parts[:n] {
		sc.emit(pt[0], pt[1], tPerson, 0.8, 0)
	}
	return parts[n-1][1]
}

// firstNameAt reports a known first name starting at i (-1: none).
func firstNameAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	var buf [64]byte
	w, ok := foldInto(buf[:0], s[i:wordEnd(s, i)])
	if !ok {
		return false
	}
	in, _ := wordTab.get(w)
	return in.flags&(fRuFirst|fEnFirst) != 0
}

// monthPrep reports a word that puts a month after it: "for April", "since May".
func monthPrep(w string) bool {
	switch w {
	case "for", "in", "since", "of", "until", "till", "by", "from", "through", "before", "after", "during",
		"next", "last", "this", "early", "mid", "late", "end", "to", "my", "your", "our", "the", "every", "starting", "beginning", "effective",
		"utilities": // a payment's purpose: "utilities May, acc 180045127"
		return true
	}
	return false
}

// isPlacePrefix reports a word that opens a place name: "São Paulo", "Santa Fe", "Saint Louis".
func isPlacePrefix(w string) bool {
	switch w {
	case "São", "Sao", "San", "Santa", "Santo", "Saint", "St.", "St", "Sankt", "Fort", "Port", "Mount", "Lake", "New",
		"Château", "Chateau", "Domaine", "Шато", // wine estates: "Château Margaux"
		"Los", "Las", "El", "Jebel", "Jabal", "Ras", "Umm", "Nha", "Koh", "Ko", "Санкт", "Сан", "Нижний", "Великий":
		return true
	}
	return false
}

// placePrefixBefore reports a place prefix one space before i.
func placePrefixBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '(' && s[k-1] != '"' && i-1-k < 16 {
		k--
	}
	return isPlacePrefix(s[k : i-1]) // also in brackets: "(St John Ambulance, …)"
}

// quotedTitle reports a run that closes a quotation opened before it, so
// that it ends a title of several words: «Мастер и Маргарита», "Data
// Analytics Bootcamp". A name quoted alone («Ксюша») stays a name.
func quotedTitle(s string, start, end int) bool {
	if coupleJoin(s, start, end) {
		return false // a couple's album: "Leila & Omar", "Jack + Olivia"
	}
	var open string
	switch {
	case strings.HasPrefix(s[end:], "»"):
		open = "«"
	case strings.HasPrefix(s[end:], "”"):
		open = "“"
	case end < len(s) && s[end] == '"':
		open = "\""
	case end < len(s) && s[end] == '\'' && start > 0 && s[start-1] == '\'' && !(end+1 < len(s) && s[end+1] == 's'):
		// A name alone in single quotes, a product's only beside its word: "the 'Sofia' mattress", "chandelier 'Catherine'".
		var buf [32]byte
		if e := end + 1; e+1 < len(s) && s[e] == ' ' {
			if w, ok := foldInto(buf[:0], s[e+1:wordEnd(s, e+1)]); ok && productNoun(w) {
				return true
			}
		}
		if pw := prevWord(s, start-1, buf[:0]); len(pw) > 0 && productNoun(pw) {
			return true
		}
		return false
	default:
		return openedTitle(s, start, end)
	}
	lo := max(0, start-80)
	k := strings.LastIndex(s[lo:start], open)
	if k < 0 || strings.ContainsAny(s[lo+k+len(open):start], ".!?\n") {
		return false
	}
	if inscriptionBefore(s, lo+k) {
		return false // an engraving: «Вероника и Стас»
	}
	if lo+k+len(open) < start {
		between := strings.TrimSpace(s[lo+k+len(open) : start])
		switch between {
		case "для", "от", "на имя", "for", "from", "to", "attn", "after", "circle of", "studio of", "manner of", "attributed to",
			"передать", "передайте", "вручить", "лично", "лично в руки", "hand to", "deliver to", // an envelope's note: «передать Олегу Васильеву»
			"кисти", "круга", "Property of", "property of": // an embossing's words: "Property of Jonathan Reyes"
			return false // a payment's purpose: «для Мирона Соколова»
		}
		if endsAny(between, " для", " от", " from", " for") {
			return false // a card's text: «Дорогой Алле от Бориса», «документы для Гали»
		}
		if sp := strings.LastIndexByte(between, ' '); sp > 0 && !upperAt(between[sp+1:]) &&
			startsAny(between, "для ", "Для ") && strings.HasSuffix(between[:sp], " от") {
			return false // the giver's kin before the name: «для Алисы от крёстной Оксаны»; not a brand's «Брынза от тёти Клавы»
		}
		if digitRun(between, 4) {
			return false // a pasted note, not a title: "card 4149 6053 2217 8807 cvv 318 exp 04/27, Nikita Zhuravlev"
		}
		if greetingOpens(between) {
			return false // a cake's or a card's wishes: "Happy 18th, Mariam", «С днём рождения, Вера!»
		}
		switch between {
		case "Моему", "Моей", "Деду", "Дедушке", "Бабушке", "Папе", "Маме", "Сыну", "Дочке", "Внуку", "Внучке":
			return false // a gift's dedication: «Моему Серёже», «Деду Рафаэлю»; not a café's «Мама Роза»
		}
		if c := strings.TrimRight(s[:start], " "); strings.HasSuffix(between, ",") {
			if b := wordStartBefore(c, len(c)-1); b >= 0 && signOffWord(c[b:len(c)-1]) {
				return false // a card's text signed: "Happy Anniversary Lena, love always, Mike"
			}
		}
		return true // «Мастер и Маргарита», "Data Analytics Bootcamp"
	}
	// A name alone in quotes belongs to a product, a hotel or a firm when a
	// word for one stands next to the quotes: кухня «Виктория», ООО
	// «Милана», the "Oscar" wardrobe; not имя «Ксюша», customer "Anna Smith".
	var buf [64]byte
	pw := prevWord(s, lo+k, buf[:0])
	if len(pw) > 0 && productNoun(pw) {
		return true
	}
	if open == "«" && strings.IndexByte(s[start:end], '.') < 0 {
		switch string(pw) {
		case "в", "во", "из", "на", "от":
			return true // a shop or a firm in quotes after a place word: "закупку делаем в «Петровиче»"; not "замени на «В. А. Соловьёва»"
		}
	}
	q := end + len(open)
	if open == "«" {
		q = end + len("»")
	}
	if q+1 < len(s) && s[q] == ' ' {
		if w, ok := foldInto(buf[:0], s[q+1:wordEnd(s, q+1)]); ok && len(w) > 0 && productNoun(w) {
			return true
		}
	}
	return bookNear(s, lo+k, q)
}

// bookNear reports a word for a book or its copies among the four words
// before the quote at open or the three after the quote that ends at q: the
// quoted name is a title, "ordered the hardback of "Emma"", "«Анны
// Карениной» в новом переводе", ""Jane Eyre" 1,204 copies".
func bookNear(s string, open, q int) bool {
	var buf [32]byte
	p := open
	for words := 0; words < 4; words++ {
		e := p
		for e > 0 && e > open-60 && (isDigit(s[e-1]) || s[e-1] == ' ' || s[e-1] == ',' || s[e-1] == ':' ||
			s[e-1] == 'x' && (e < 2 || s[e-2] == ' ')) {
			e-- // a count: "2 x "Anna Karenina"", "order 83012 of "Emma""
		}
		b := wordStartBefore(s, e)
		if b < 0 || b < open-60 {
			break
		}
		if w, ok := foldInto(buf[:0], s[b:e]); ok && bookWord(string(w)) {
			return true
		}
		p = b
	}
	p = q
	for words := 0; words < 3 && p < len(s); words++ {
		for p < len(s) && (s[p] == ' ' || s[p] == ',' || isDigit(s[p])) {
			p++
		}
		e := wordEnd(s, p)
		if e == p {
			break
		}
		if w, ok := foldInto(buf[:0], s[p:e]); ok && bookWord(string(w)) {
			return true
		}
		p = e
	}
	return false
}

// bookWord reports a folded word for a book, its edition or its copies.
func bookWord(w string) bool {
	switch w {
	case "книга", "книгу", "книги", "книг", "книге", "тираж", "тиража", "тиражу", "издание", "издания", "переиздание",
		"экземпляр", "экземпляра", "экземпляров", "переплёт", "переплет", "обложке", "обложка", "предзаказ", "томов", "том",
		"book", "books", "novel", "edition", "copy", "copies", "hardback", "paperback", "reprint", "audiobook", "ebook",
		"title", "volume", "items", "item", "box", "set", "sets", "order", "ordered", "заказ", "заказала", "заказал":
		return true
	}
	return false
}

// digitRun reports n digits in a row in text.
func digitRun(text string, n int) bool {
	k := 0
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			if k++; k >= n {
				return true
			}
		} else {
			k = 0
		}
	}
	return false
}

// thingBeforeQuote reports a lower-case common noun right before the quote
// that opens at start, or a capitalized one that opens a sentence or a
// table's cell: a thing's, a place's or an animal's name follows (нож
// «Матрёна», хаммам «Султан», python "Boris", kite 'Grace', "| Дом
// «Алёна»"). Not a word that names, writes or shows a name (имя «Мила»,
// написано «Кузнецова», says "John", позывной «Боцман»), a role or a
// relative (курьер «Эдуард»), nor a short or function word ("as", «не»,
// "of").
func thingBeforeQuote(s string, start int) bool {
	n := openingQuote(s, start)
	if n == 0 {
		return false
	}
	q := start - n
	if q < 2 || s[q-1] != ' ' {
		return false
	}
	k := wordStartBefore(s, q-1)
	if k < 0 || q-1-k < 3 || upperAt(s[k:]) && !sentenceStart(s, k) && !cellStart(s, k) {
		return false
	}
	w := s[k : q-1]
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	in := tableInfo(w)
	if in.word != 0 || in.isName() {
		return false
	}
	var buf [48]byte
	f, ok := foldInto(buf[:0], w)
	if !ok {
		return false
	}
	if containsAny(s[max(0, k-40):k], "напиш", "напис", "вышить", "вышей", "вышив", "гравир", "write", "print", "embroider", "engrave", "stitch") {
		return false // a name to write on a thing: "напишите на полотенце «Ульяна»"
	}
	switch string(f) {
	case "как", "его", "она", "они", "нет", "что", "для", "был", "not", "him", "her", "his", "the", "and", "but", "for", "was", "its", "our", "you":
		return false // a short word that is no noun: как «Иванова», not "Roberto"
	}
	return !namingWord(string(f))
}

// cellStart reports a word at k that opens a table's cell or a CSV field:
// "| Дом «Алёна»", ";Баня «Добрыня»".
func cellStart(s string, k int) bool {
	p := k
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	return p > 0 && (s[p-1] == '|' || s[p-1] == ';')
}

// namingWord reports a folded word that names, writes, shows or addresses
// a person, or stands for one, and a verb: "name", "написано", "бейдж",
// "клиента", "оформлял".
func namingWord(w string) bool {
	return startsAny(w, "name", "call", "say", "said", "read", "wrote", "writ", "show", "spell", "sign", "label", "tag", "nick",
		"alias", "known", "titl", "print", "engrav", "embroid", "stitch", "user", "profil", "contact", "account", "login",
		"client", "custom", "guest", "patient", "passeng", "instead", "with", "that", "from", "than", "only", "also", "like",
		"either", "neither", "both", "into", "about", "what", "which", "whose", "this", "these", "those", "were", "been",
		"имя", "имен", "зов", "назв", "назыв", "напис", "пиш", "указ", "запис", "знач", "подпис", "надпис", "гравир",
		"вышив", "вышит", "табличк", "бейдж", "позывн", "псевдоним", "прозвищ", "ник", "логин", "аккаунт", "профил",
		"контакт", "клиент", "гост", "пациент", "пассажир", "абонент", "пользоват", "анкет", "заказ", "паспорт", "отчеств",
		"фамили", "карточк", "было", "был", "стоит", "стоял", "меня", "него", "неё", "нее", "себя", "вместо", "просто",
		"только", "чтобы", "именно", "даже", "тоже", "также", "либо", "словно", "будто", "между", "через", "после",
		"перед", "кроме", "около", "возле", "сына", "сын", "доч", "жен", "муж", "мам", "пап", "брат", "сестр", "бабушк",
		"дедушк", "внук", "внучк", "son", "daughter", "wife", "husband", "mum", "mom", "dad", "brother", "sister",
		"grand", "friend", "друг", "подруг", "коллег", "colleague", "prefer", "mention", "recipient", "script", "ask",
		"want", "need", "thank", "meet", "visit", "tell", "love", "miss", "открытк", "пис", "наклейк", "пометк",
		"напечат", "сначала", "потом", "затем", "отчим", "мачех", "перевод", "translat", "patronym", "himself", "herself") ||
		endsAny(w, "ал", "ял", "ил", "ел", "ала", "яла", "ила", "ела", "али", "яли", "или", "ели", "ать", "ять", "ить", "еть", "ing", "ed") // a verb: оформлял «Кузю», keeps mentioning "Mark"
}

// famousCueBefore reports words that set a famous namesake apart, or that
// name an event after a figure, before start, with up to two lower-case
// words between ("no relation to the poet Pushkin", "не путать с олимпийской
// чемпионкой Яной Егорян", "фамилия как у Станислава Позднякова", "турнир
// памяти Анатолия Тарасова", "на призы Владислава Третьяка"); not "not
// related to our client Alsu Garipova".
func famousCueBefore(s string, start int) bool {
	p := start
	for words := 0; ; words++ {
		if p < 2 || s[p-1] != ' ' {
			return false
		}
		k := wordStartBefore(s, p-1)
		if k < 0 {
			return false
		}
		switch s[k : p-1] { // the cues' last words first: every person's span is read here
		case "to", "of", "у", "однофамилица", "однофамилец", "однофамильца", "однофамилицы", "чемпионкой", "чемпионом", "памяти", "призы":
			if endsAny(s[max(0, p-64):p-1], "no relation to", "not related to", "однофамилица", "однофамилец", "однофамильца", "однофамилицы",
				"фамилия как у", "namesake of", "олимпийской чемпионкой", "олимпийским чемпионом", "турнир памяти", "турнира памяти",
				"турнире памяти", "турниру памяти", "кубок памяти", "кубка памяти", "мемориал памяти", "соревнования памяти",
				"соревнований памяти", "вечер памяти", "вечера памяти", "(памяти", "на призы") {
				return true
			}
		}
		if words == 2 || upperAt(s[k:]) {
			return false
		}
		switch s[k : p-1] {
		case "our", "my", "client", "contact", "colleague", "нашим", "нашей", "нашего", "наша", "наш", "клиентом", "клиенткой", "коллегой":
			return false
		}
		p = k
	}
}

// skyWordBefore reports a word for a constellation, a star or a telescope
// right before start: "созвездие Льва", "the constellation Leo".
func skyWordBefore(s string, start int) bool {
	if start < 3 || s[start-1] != ' ' || !isAlnum(s[start-2]) && s[start-2] < 0x80 {
		return false // the word right before, no punctuation between: not "Фонд Редкие звёзды: Юлия"
	}
	return prevWordIn(s, start, "созвездие", "созвездия", "созвездии", "созвездием", "constellation", "звезда", "звезду",
		"звезды", "звездой", "star", "телескоп", "телескопа", "телескопом", "telescope")
}

// quoteOpens reports an opening quote right before start.
func quoteOpens(s string, start int) bool {
	return start >= 1 && s[start-1] == '"' || start >= 2 && s[start-2:start] == "«" || start >= 3 && s[start-3:start] == "“"
}

// firmQuoteBefore reports a name that opens the quoted name of a firm:
// ООО «Грин Фарм», АО "Морозов и партнёры".
func firmQuoteBefore(s string, start int) bool {
	q := start
	switch {
	case q >= 2 && s[q-2:q] == "«":
		q -= 2
	case q >= 1 && s[q-1] == '"':
		q--
	default:
		lo := max(0, start-48)
		o := strings.LastIndexByte(s[lo:start], 0xAB) // the second byte of "«"
		if o < 1 || s[lo+o-1] != 0xC2 || strings.IndexByte(s[lo+o:start], '\n') >= 0 || strings.Contains(s[lo+o:start], "»") {
			return false
		}
		q = lo + o - 1 // a later name inside a firm's quotes: ООО «Иванов, Сидоров и Ко»
	}
	var buf [16]byte
	switch string(prevWord(s, q, buf[:0])) {
	case "ооо", "оао", "зао", "пао", "ао", "нко", "тоо", "llc", "ltd", "фирма", "компания", "компании", "группа",
		"jsc", "pjsc", "ojsc", "cjsc", "ooo", "zao", "oao", "ao", "кфх", "kfh", "спк", "снт", "тсж", "ano", "ано", "осоо",
		"кск", "ksk": // an equestrian club: КСК «Лаптев»
		return true
	}
	return false
}

// firmStem reports a word built on a word for a firm: "Ростелекому",
// "Сбербанку", "Мегафону".
func firmStem(w string) bool {
	for _, st := range [...]string{"банк", "телеком", "егафон", "маркет", "сервис", "строй", "трейд", "холдинг", "лизинг"} {
		if strings.Contains(w, st) { // a capital only opens the word: "Сбербанку", "Мегафону"
			return true
		}
	}
	return false
}

// coupleJoin reports a name joined to another by "&" or "+": a couple,
// even inside a title's quotes ("Anna & Max — Mtskheta").
func coupleJoin(s string, start, end int) bool {
	if strings.IndexByte(s[start:end], ' ') >= 0 {
		return false // first names alone: not "Jordan Curve & Topology Basics"
	}
	if end+3 < len(s) && s[end] == ' ' && (s[end+1] == '&' || s[end+1] == '+') && s[end+2] == ' ' {
		sz, up := letterAt(s, end+3)
		return sz > 0 && up
	}
	return start >= 4 && s[start-1] == ' ' && (s[start-2] == '&' || s[start-2] == '+') && s[start-3] == ' ' && isAlnum(s[start-4]) ||
		start >= 4 && s[start-1] == ' ' && (s[start-2] == '&' || s[start-2] == '+') && s[start-3] == ' ' && s[start-4] >= 0x80
}

// greetingOpens reports quoted words that open with wishes or a greeting,
// so that the name after them is whom they address: "Happy 18th,",
// "Happy retirement, Professor", «С днём рождения,», «Поздравляем,».
func greetingOpens(q string) bool {
	return startsAny(q, "Happy ", "happy ", "Congratulations", "Congrats", "Welcome", "Merry ", "Best wishes", "Dear ", "Love you",
		"С днём", "С днем", "С Днём", "С Днем", "С юбилеем", "С Юбилеем", "Поздравляем", "Поздравляю", "Дорог", "Любим", "Милой ",
		"Милому ", "Добро пожаловать", "С годовщиной", "С новосельем", "С рождением")
}

// inscriptionBefore reports a word for an engraving, an epitaph or a
// printed card in the 80 bytes before the opening quote at q: the quoted
// text is then what is written, names included ("гравировка «Вероника и
// Стас»", "Engraving on the plate: \"Eliza Grant 1939–2024\"", "имена:
// «Ярослав и Есения»").
func inscriptionBefore(s string, q int) bool {
	lo := max(0, q-80)
	for lo < q && !utf8.RuneStart(s[lo]) {
		lo++
	}
	seg := s[lo:q] // the stems leave out a first letter that may be a capital
	for _, w := range [...]string{"равировк", "адпис", "питафи", "ngrav", "nscri", "pitaph", "одписан", "мена:", "мена «",
		"риглашени", "абличк", "изитк", "laque", "амятник", "нициал"} { // printed names: приглашения «Ярослав и Есения», конверт подписан «Селезнёв»
		if strings.Contains(seg, w) {
			return true
		}
	}
	return false
}

// openedTitle reports a name that opens a quoted title going on after it:
// «Маша и Медведь», "Harry Potter and the Goblet".
func openedTitle(s string, start, end int) bool {
	var closeQ string
	switch {
	case start >= 2 && s[start-2:start] == "«":
		closeQ = "»"
	case start >= 1 && s[start-1] == '"':
		closeQ = "\""
	default:
		return false
	}
	rest := s[end:min(len(s), end+40)]
	if startsAny(rest, " (физлицо)", " (физ. лицо)", " (физическое лицо)", " (самозанят", " (ИП)", " (IE)", " (sole trader)", " (self-employed)", " (private person)", " (individual)") {
		return false // an accounting system's counterparty: «Лукин Роберт Андреевич (физлицо)»
	}
	c := strings.Index(rest, closeQ)
	return c > 0 && !strings.ContainsAny(rest[:c], ".!?\n,") && !introducedAs(s, start-len(closeQ)) &&
		!inscriptionBefore(s, start-len(closeQ))
}

// introducedAs reports words before the quote at q that introduce how a
// person named themselves: «Георгий из Кагальницкой» after "представился
// как", "introduced himself as".
func introducedAs(s string, q int) bool {
	before := strings.TrimRight(s[max(0, q-40):q], " ")
	return endsAny(before, "представился как", "представилась как", "представился", "представилась", "назвался",
		"назвалась", "introduced himself as", "introduced herself as", "a call from", "called from", "звонок от")
}

// productNoun reports a folded word for a product, a model, a place of
// business or a firm, before or after its quoted name.
func productNoun(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	for _, stem := range productNounIndex[stemKey(w)] {
		if len(w) >= len(stem) && string(w[:len(stem)]) == stem && len(w) <= len(stem)+6 {
			return true
		}
	}
	return false
}

// productNounAt reports a product's word at i: "clutch", "колодки".
func productNounAt(s string, i int) bool {
	var buf [32]byte
	w, ok := foldInto(buf[:0], s[i:wordEnd(s, i)])
	return ok && productNoun(w)
}

// productNounIndex buckets productNounStems like the context stems.
var productNounIndex = func() (idx [stemBuckets][]string) {
	for _, st := range productNounStems {
		k := stemKey(st)
		idx[k] = append(idx[k], st)
	}
	return idx
}()

var productNounStems = [...]string{
	"кухн", "кухонь", "пекарн", "кондитерск", "диван", "шкаф", "кресл", "кресел", "стол", "столешниц", "мойк", "стул", "кроват", "матрас", "подушк", "одеял", "mattress", "pillow", "комод", "модел", "коллекци",
	"ткан", "штор", "тюл", "бархат", "блэкаут", "жаккард", "voile", "velvet", "jacquard", "linen", "blackout", "drapes", "curtain", "fabric", // fabrics: ткань «Агата», the 'Isabella' voile
	"серии", "серия", "линейк", "ручк", "фасад", "отел", "гостиниц", "ресторан", "кафе", "магазин", "салон",
	"клиник", "компани", "фирм", "бренд", "марк", "лайнер", "теплоход", "яхт", "жк", "ооо", "оао", "ао",
	"зао", "пао", "тц", "бц", "студи", "агентств", "клуб", "санатори", "пансионат", "курорт", "тариф",
	"пакет", "курс", "программ", "проект", "пицц", "торт", "букет", "сорт", "композици", "набор", "лагер", "смен", "camp", "десерт", "салат", "коктейл", "pizza", "cake", "dessert",
	"salad", "cocktail",
	"kitchen", "sofa", "wardrobe", "chair", "table", "bed", "model", "collection", "series", "range", "hotel",
	"resort", "restaurant", "cafe", "shop", "store", "salon", "clinic", "company", "brand", "ship", "liner",
	"cruise", "course", "programme", "program", "package", "tariff", "bouquet", "villa", "residence", "complex", "club",
	"spa", "project", "llc", "ltd", "inc", "скин", "skin", "герой", "героя", "hero", // «Королева Роза» skin, герой «Артур»
	"boat", "vessel", "ferry", "судн", "пароход", "катер", // the boat "Kapitan Voronin"
	"yacht", "catamaran", "катамаран", "sailboat", "парусник", // the yacht "Hope", катамаран «Вера»
	"кабинк", "кабин", "booth", "karaoke", "караоке", // a karaoke booth: кабинка «Надя»
	"alert", "depot", "numeral", // "Amber alert", "Victoria depots", "Roman numerals"
	"двер", "потол", "ламинат", "обои", "обоев", "плитк", "door", "ceiling", // a door's or a ceiling's model: Двери «Виктория», Потолок «Анастасия»
	"чайник", "кукл", "духи", "ваз", "ламп", "кружк", "сумк", "платье", "игрушк", "плед", "набор", "крем", "часы", "watch",
	"kettle", "doll", "vase", "perfume", "lamp", "mug", "bag", "dress", "toy", "blanket", "candle", "chair",
	// Rooms, branches and accounts named like people: suite "Anastasia", люкс «Татьяна», номер «Анна
	// Павлова», офис «Юрий Гагарин», the "Victoria" savings account.
	"suite", "room", "hall", "зал", "люкс", "сьют", "номер", "офис", "отделени", "филиал", "savings", "deposit", "вклад", "переговорн", "переговорк",
	// Works: сериал «Ольга», the film "Amber".
	"сериал", "фильм", "мультфильм", "спектакл", "книг", "песн", "альбом", "film", "movie", "song",
	"фестивал", "концерт", "шоу", "festival", "concert", "gala",
	"album", "documentary", "документальн",
	"парик", "wig", "style", "shade", "оттен", "balloon", "аэростат", // a wig's model, a shade, a balloon: парик «Мэрилин», the 'Audrey' wig, 'Rose Gold' shade, balloon Hope
	"люстр", "торшер", "светильник", "chandelier", "sconce", "робот", "robot", // люстра «Мария Терезия», the 'Maria Theresa' chandelier, робот «Степан»
	"rug", "carpet", "ковр", "ковёр", "pattern", "motif", "medallion", "узор", "орнамент", // a rug's pattern: the 'Fatima' medallion, the 'Salavat' rug
	"лук", "bow", "tank", "танк", "keg", "кег", // a bow's or a brewery tank's model: лук «Святослав», the tank 'Marusya', the 'Boris' keg line
	"scent", "fragrance", "аромат", "sample", "flacon", "флакон", // a perfume: аромат «Наташа», samples "Natasha"
}

// capParticle reports a name particle written with a capital: "Van", "De".
func capParticle(w string) bool {
	var buf [4]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			return false
		}
		buf[k] = c | 0x20
	}
	return isParticle(string(buf[:len(w)]))
}

// isParticle reports the particles that join a first name to a surname:
// "van der Berg", "de Vries", "da Silva" (a switch: it runs for many words).
func isParticle(w string) bool {
	switch w {
	case "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "von", "la", "le", "ter", "bin":
		return true
	}
	return false
}

// particleEnd returns the offset after one or two lower-case particles and
// a space at m, when a capitalized word follows; m otherwise.
func particleEnd(s string, m int) int {
	p := m
	for k := 0; k < 2; k++ {
		q := p
		for q < len(s) && s[q] >= 'a' && s[q] <= 'z' {
			q++
		}
		if q == p || q-p > 5 || q+1 >= len(s) || s[q] != ' ' || !isParticle(s[p:q]) {
			break
		}
		p = q + 1
		if isUpperASCII(s[p]) {
			return p
		}
	}
	return m
}

// arabicParticle reports the article or kin word inside an Arabic name in
// Cyrillic: "Ахмед Аль Мансури", "Фатима Бинт Салем".
func arabicParticle(w string) bool {
	switch w {
	case "Аль", "Эль", "Ибн", "Бин", "Бинт", "Абу":
		return true
	}
	return false
}

// supported reports whether the unknown word toks[k] belongs to the name:
// it follows a first name, patronymic or initials ("Анна Цой"), precedes a
// patronymic or initials ("Добрыня Юриевич", "Нагорный О.П."), sits next to
// a surname in mid-sentence ("застал Ратмира Тюльпанова"), or stands alone
// where a person is announced ("Спасибо, Ариадна!").
func (sc *scanner) supported(toks []nameTok, k int) bool {
	left := func(t nameTok) bool {
		return t.flags&(tkPatr|tkInitial) != 0 || t.first() && !t.ambig()
	}
	if k > 0 && left(toks[k-1]) || k+1 < len(toks) && toks[k+1].flags&(tkPatr|tkInitial) != 0 {
		return true
	}
	for m := k + 1; m < len(toks); m++ {
		switch sc.s[toks[m].start:toks[m].end] {
		case "оглы", "кызы", "ОГЛЫ", "КЫЗЫ", "OGLU", "KIZI", "QIZI", "OGLI", "oglu", "kizi", "qizi", "ogli", "oğlu", "qızı":
			return true // a name before a Turkic patronymic: "БАЙРАМОВ ТАЛЕХ АЗЕР ОГЛЫ", "NASIROVA AYTAN ELCHIN KIZI"
		}
	}
	if k == 0 && len(toks) == 2 && sc.s[toks[0].start] >= 0x80 && left(toks[1]) && toks[1].flags&tkInitial == 0 &&
		(!sentenceStart(sc.s, toks[0].start) || clauseEnds(sc.s, toks[1].end) || listDashAfter(sc.s, toks[1].end) ||
			strings.HasPrefix(sc.s[toks[1].end:], " (") && endsAny(sc.s[:toks[0].start], "— ", "– ")) {
		return true // a surname no table knows before a first name: "Олейник Марины", "Кравец Юлиана", "2. Лозовая Алёна — Skoda", "08:05 — Схаляхо Руслан (ВетроСервис Юг)"
	}
	if k == 0 && len(toks) == 2 && sc.s[toks[0].start] >= 0x80 && toks[1].first() && toks[1].flags&tkInitial == 0 &&
		sc.personListBefore(toks[0].start) { // Cyrillic only: "Nino Beridze, Domus Georgia" signs a firm
		return true // the next one in a list of names: "Сергеев Илья, Гайдамак Роман, Юн Мира"
	}
	if k == 0 && len(toks) == 3 && toks[1].first() && !toks[1].ambig() && toks[2].flags&tkPatr != 0 && !sentenceStart(sc.s, toks[0].start) {
		return true // a surname no table knows before a first name and a patronymic: "Штерн Михаил Аркадьевич"
	}
	if k > 0 && toks[k-1].particle || k+1 < len(toks) && toks[k+1].particle {
		return true // "Van der Berg Hanna"
	}
	if k == 0 && len(toks) == 2 && toks[0].caps && toks[1].first() && !toks[1].ambig() && holderBefore(sc.s, toks[0].start) {
		return true // a card's holder, surname first: "cardholder SEITKALI NURLAN"
	}
	if k == 0 && len(toks) == 1 && toks[0].caps && surnameLabelBefore(sc.s, toks[0].start) {
		return true // a scan's field: "Surname: HALLORAN", "Фамилия: ТКАЧУК"
	}
	if k == 0 && len(toks) <= 3 && personColumn(sc.s, toks[0].start, toks[len(toks)-1].end) {
		return true // a table's column of people: "date,installer,order" … "03.06,Bekov,24-1711"
	}
	if k == 0 && renameBefore(sc.s, toks[0].start) {
		return true // "changed her surname to Fischer", "сменила фамилию на Стрельцову"
	}
	if k == 0 && len(toks) == 1 && artisanBefore(sc.s, toks[0].start) && !endsAny(sc.s[toks[0].start:toks[0].end], "ого", "ому", "ой", "ый", "ий", "ая", "ое", "ых") {
		return true // a master known by a studio's nickname: "к мастеру Киту", "мастер Лиса свободна"
	}
	if k == 0 && len(toks) == 1 && sc.artCueBefore(toks[0].start) {
		return true // the author of a work: "after Rembrandt", "кисти Шишкина"
	}
	sure := func(t nameTok) bool { return t.surname() && (!t.ambig() || t.first()) } // not "Deluxe King"
	if (k > 0 && sure(toks[k-1]) || k+1 < len(toks) && sure(toks[k+1])) &&
		(!sentenceStart(sc.s, toks[0].start) || toks[k].ext || len(toks) == 2 && runLabelled(sc.s, toks[0].start, toks[1].end)) {
		return true // "Gökhan Arslan" opens a sentence too, and so does a pair after a label or in a list
	}
	if k == 1 && len(toks) == 2 && sc.s[toks[0].start] < 0x80 && toks[0].first() && !sentenceStart(sc.s, toks[0].start) &&
		surnameShapedLatin(sc.s[toks[1].start:toks[1].end]) {
		return true // a first name that is also a word before a surname's shape: "guests of Mark Greenberg", "with Will Blackwood"
	}
	if k == 1 && len(toks) == 2 && sc.s[toks[0].start] < 0x80 && toks[0].first() && (personVerbAfter(sc.s, toks[1].end) ||
		strings.HasPrefix(sc.s[toks[1].end:], "'s ") || strings.HasPrefix(sc.s[toks[1].end:], "’s ")) { // "Maya Stein's aunt"
		return true // "Mark Hendrikson here", "Hope Delacroix said"
	}
	if len(toks) <= 2 && sc.s[toks[0].start] < 0x80 && (toks[0].ext || toks[len(toks)-1].ext) && personVerbAfter(sc.s, toks[len(toks)-1].end) {
		// A European name with diacritics before a verb of a person:
		// "Björn Lindqvist asked", "José said".
		return true
	}
	if len(toks) == 2 && toks[0].flags&toks[1].flags&tkUnknown != 0 && sc.s[toks[0].start] < 0x80 {
		// Two unknown capitalized English words inside an English sentence:
		// "approved by Imogen Thistle".
		// The word before must introduce a person ("by", "with", "met"):
		// two capitalized words after "from", "in" or "at" are as often a
		// place or a firm ("Crouch End", "Bay Central", "Gulf Orbit").
		var buf [64]byte
		pw := prevWord(sc.s, toks[0].start, buf[:0])
		afterLabel := toks[0].start >= 2 && sc.s[toks[0].start-2] == ':'
		orgPrep := string(pw) == "from" || string(pw) == "for" // "Will from Nordic Bridge called", "the courier for Nomad Cargo left"
		if sc.honorific(toks[0]) || !orgAfter(sc.s, toks[1].end) && (afterLabel || !sentenceStart(sc.s, toks[0].start)) && !orgPrep &&
			(verbAfter(sc.s, toks[1].end, personVerbs) || verbAfter(sc.s, toks[1].end, actionVerbs) ||
				verbAfter(sc.s, toks[1].end, pairVerbs)) {
			return true // "Ticket #0085454: Barnaby Quill cannot log in", not "Apple Music said"
		}
		if sentenceStart(sc.s, toks[0].start) || orgAfter(sc.s, toks[1].end) || len(pw) == 0 || pw[0] >= 0x80 {
			return false
		}
		// Names with diacritics or hyphens ("Wiesława Nowak-Zielińska",
		// "Hans-Peter Vogel") and short Chinese names ("Li Na") keep the
		// looser test: any lower-case word before but a place preposition.
		foreign := toks[0].ext || toks[1].ext || strings.IndexByte(sc.s[toks[0].start:toks[1].end], '-') >= 0 ||
			toks[0].end-toks[0].start <= 3 && toks[1].end-toks[1].start <= 3
		return personIntro(string(pw)) || foreign && !placeWords[string(pw)]
	}
	if k > 0 && k < 3 && sc.announced(toks[0]) {
		// "Customer: Ana Lucía Gómez", "Звонил Арман Сейткали"
		return true
	}
	if k == 0 && len(toks) == 2 && sc.s[toks[0].start] < 0x80 && toks[1].surname() && sc.titleBefore(toks) {
		return true // "Guest Paris Hilton"
	}
	if (len(toks) >= 2 || toks[0].surname() && !toks[0].ambig() && sc.s[toks[0].start] >= 0x80) && fieldLabelBefore(sc.s, toks[0].start) {
		return true // "Account holder: Thomas Müller", "Подпись донора: Рогов" (a lone word may be a department: "От: Отдел")
	}
	if len(toks) == 1 && dashSignOff(sc.s, toks[0].start, toks[0].end) {
		return true // "Sorry for the confusion. – Kim"
	}
	if len(toks) == 1 && (clauseEnds(sc.s, toks[0].end) || titleVerbAfter(sc.s, toks[0].start, toks[0].end)) &&
		sc.titleBefore(toks) && !replyWord(sc.s[toks[0].start:toks[0].end]) {
		return true // "Driver: Marek.", "driver Nyamdorj will wait"; "Кандидат Беркович не прошёл" is handled as a patronymic shape
	}
	if len(toks) == 1 && sc.titleAdjSurname(toks[0].start, toks[0].end) && sc.titleBefore(toks) {
		return true // a surname declined like an adjective: "к доктору Нагорному 09.04"
	}
	if w := sc.s[toks[0].start:toks[0].end]; len(toks) == 1 && w[0] >= 0x80 && len(w) >= 8 && sentenceStart(sc.s, toks[0].start) &&
		addressed(sc.s, toks[0].end) && !strings.HasSuffix(w, "ло") && !strings.HasSuffix(w, "ли") { // not "Пришло, спасибо"
		return true // "Дзюба, зайди ко мне"
	}
	if len(toks) == 2 && k <= 1 && (toks[0].first() || toks[1].first() || toks[0].surname() || toks[1].surname()) &&
		(signOff(sc.s, toks[0].start, toks[1].end) || dashSignOff(sc.s, toks[0].start, toks[1].end)) {
		return true // "... still taking money. Member ID 55102. Owen Price-Jones"
	}
	return k == 0 && sc.announced(toks[0]) || len(toks) == 1 && sc.vocative(toks[0]) || k > 0 && sc.honorific(toks[0])
}

// pairVerbs follow a person's two-word name: "Barnaby Quill cannot log in".
var pairVerbs = map[string]bool{"cannot": true, "wants": true, "needs": true, "would": true, "will": true,
	"has": true, "had": true, "did": true, "does": true, "can": true, "should": true, "must": true}

// personIntro reports an English word that introduces a person's name:
// "approved by Imogen Thistle", "a call with Zara Quill".
func personIntro(w string) bool {
	switch w {
	case "by", "for", "with", "and", "contact", "call", "ask", "tell", "met", "meet", "cc", "attn", "per", "dear", "thanks",
		"thank", "regards", "emailed", "called", "asked", "told", "cheers", "is", "am", "named", "tenant", "landlord",
		"client", "customer", "owner", "buyer", "seller", "agent", "manager", "colleague", "mr", "mrs", "ms", "dr":
		return true
	}
	return false
}

// vesselText reports a text about boats and their berths, where a name
// alone in quotes is a boat's: "«Светлана» пришла последней", "у
// «Светланы» скол гелькоута".
func vesselText(s string) bool {
	return containsAny(s, "яхт", "Яхт", "причал", "шкипер", "Шкипер", "понтон", "борт", "MMSI", "yacht", "Yacht", "skipper", "Skipper",
		"berth", "pontoon", "VHF", "S/Y", "M/Y", "канал 16", " катер", "лодк", "Лодк", "boat", "Boat", "HIN", "мотор", "кильблок", "пирс",
		"charter", "Charter", "fleet", "Fleet", "antifouling", " hull", " marina") // " катер": not "Екатеринбург", "Катерина"
}

// singleQuoted reports s[a:b] alone between single quotes: "Vessel:
// 'Maria'", "Yacht: Lagoon 40 'Captain Ivanov'".
func singleQuoted(s string, a, b int) bool {
	if a >= 2 && s[a-1] == ' ' {
		if p := wordStartBefore(s, a-1); p >= 0 && isUpperASCII(s[p]) {
			a = p // a title inside the quotes: "M/Y 'Captain Ivanov'"
		}
	}
	return a >= 1 && s[a-1] == '\'' && (a == 1 || !isAlnum(s[a-2])) && b < len(s) && s[b] == '\'' && (b+1 == len(s) || !isAlnum(s[b+1]))
}

// benchmarkWorkout reports one of CrossFit's benchmark workouts, named
// like women ("Fran", "Grace", «Синди»), in a text about training.
func benchmarkWorkout(s string, start, end int) bool {
	switch s[start:end] {
	case "Fran", "Grace", "Cindy", "Helen", "Jackie", "Eva", "Diane", "Nancy", "Isabel", "Kelly", "Linda", "Chelsea", "Annie",
		"Elizabeth", "Barbara", "Karen", "Angie", "Amanda", "Mary", "Nicole", "Lynne", "Murph",
		"Фрэн", "Грейс", "Синди", "Хелен", "Джеки", "Ева", "Диана", "Нэнси", "Изабель", "Келли", "Линда", "Челси", "Анни",
		"Элизабет", "Барбара", "Карен", "Энджи", "Аманда", "Мёрф":
	default:
		return false
	}
	return containsAny(s, "WOD", "AMRAP", "EMOM", "rounds", "pull-up", "thruster", "squat", "burpee", "deadlift", "box jump",
		"leaderboard", "кроссфит", "CrossFit", "комплекс", "подтягиван", "бёрпи", "берпи", "приседан", "рывк", "прыжк", "уоллбол", "становая", "раунд")
}

// personQuoteCue reports, on the line before the quote that opens before
// start, a word that makes a quoted name a person's: a form's field ("name":
// "Grace", name="Роман"), a name to engrave, stitch or ink, a nickname or
// what someone is called or asked for ("prefers "Bill"", "keeps asking for
// "Victoria"", надпись «Вера»); or, after the quote that closes at end,
// who the person is ("is our receptionist"), or full names around it.
func personQuoteCue(s string, start, end int) bool {
	q := start - openingQuote(s, start)
	if q >= 1 && (s[q-1] == ':' || s[q-1] == '=') || q >= 2 && (s[q-2:q] == ": " || s[q-2:q] == "= ") {
		return true
	}
	return personQuoteWords(s, start, end)
}

// personQuoteWords is personQuoteCue without a field's label before the
// quote: what the words around a quoted name say about it.
func personQuoteWords(s string, start, end int) bool {
	q := start - openingQuote(s, start)
	e := end + quoteAt(s, end, "»", "”", "’")
	if startsAny(s[e:], " is the ", " is our ", " is my ", " is his ", " is her ", " above is", " on the ") {
		return true // who the name is, or where it goes: ""Lyubov" is the wife's first name", "with "Nadezhda" on the strap"
	}
	if q >= 2 && s[q-1] == ' ' && e+1 < len(s) && s[e] == ' ' && upperAt(s[e+1:]) {
		if b := wordStartBefore(s, q-1); b >= 0 && upperAt(s[b:]) {
			return true // a nickname inside a full name: William "Will" Carter
		}
	}
	line := s[lineStart(s, q, 120):q]
	return containsAny(line, "name", "Name", "NAME", "имя", "Имя", "имени", "зовут", "назвал", "гравир", "Гравир", "engrav", "Engrav", "надпис", "Надпис",
		"letter", "stitch", "вышив", "бирк", "бейдж", "badge", "signed", "prefers", "call him", "call her", "calls", "asking for", "asked for",
		"mentioning", "tattoo", "тату", "Тату", "ink", "wants", "хочет", "booking", "rota", "nickname", "прозвищ", "позывн", "call sign", "says", "said",
		"author", "автор", "sender", "manager", "visitor", "customer", "клиентк", "Hi ", "Dear ", "nee ", "née ")
}

// quantityAfterQuote reports a weight, a volume or a count with its unit
// right after the quote that closes at end: a thing's size, «Святослав» 18
// lb, 'Marusya' (3,000 L CCT), «Ярослав» — 4 шт.
func quantityAfterQuote(s string, end int) bool {
	p := end + quoteAt(s, end, "»", "”", "’")
	if p == end {
		return false
	}
	p = skipSpaces(s, p)
	if strings.HasPrefix(s[p:], "(") {
		p++
	} else if strings.HasPrefix(s[p:], "— ") {
		p = skipSpaces(s, p+len("—"))
	}
	d := p
	for d < len(s) && (isDigit(s[d]) || d > p && (s[d] == ',' || s[d] == '.') && d+1 < len(s) && isDigit(s[d+1])) {
		d++
	}
	if d == p || d >= len(s) || s[d] != ' ' {
		return false
	}
	u := s[d+1 : wordEnd(s, d+1)]
	switch u {
	case "lb", "lbs", "kg", "g", "L", "l", "ml", "pcs", "кг", "г", "л", "мл", "шт", "м", "см", "mm", "мм", "cm":
		return true
	}
	return false
}

// yachtNamed reports, in a text about boats, a boat or a marina named like
// a person at s[start:end] (keep words): a boat's title before a first name
// ("Lady Anna", "Mister Joe", "Princess Olga"), a name after "on" ("the
// charterer on Sofia"), before its model ("Sofia, Elan Impression 45",
// "Victoria (Sun Odyssey 440)"), or a marina ("Марина имени Крузенштерна",
// "Victoria Marina").
func yachtNamed(s string, start, end, keep int) bool {
	if keep == 1 && startsAny(s[end:], " (", ", ") && startsAny(s[end+2:], "Bavaria", "Lagoon", "Beneteau", "Jeanneau", "Sun Odyssey", "Elan ",
		"Hanse", "Dufour", "Fountaine", "Sunseeker", "Azimut", "Ferretti", "Princess", "Leopard", "Oceanis", "Dehler", "Hallberg",
		"Nautitech", "Bali ", "Excess") {
		return true // the model says it: "(Sofia, Elan Impression 45", "Victoria (Sun Odyssey 440)"
	}
	var local bool // the cheap local test first: vesselText reads the whole text
	if keep == 2 {
		local = strings.HasSuffix(s[start:end], " Marina") && tableInfo(s[start:end-len(" Marina")]).flags&(fRuSurname|fEnLast) == 0 // not "Ivanova Marina"
	} else {
		local = endsAny(s[:start], "Lady ", "Princess ", "Mister ", "Queen ", " on ") ||
			(s[start:end] == "Марина" || s[start:end] == "Marina") && startsAny(s[end:], " имени ", " им. ")
	}
	return local && vesselText(s)
}

// routeStop reports a name between the dashes or arrows of a route, in a
// sentence about a trip: "рейс Михайлов — Рязань", "Тула — Лев Толстой
// есть рейс?", "route Kirov → Perm".
func routeStop(s string, start, end int) bool {
	other := -1 // the stop across the dash: a capitalized word the tables know as no name
	for _, d := range [...]string{" — ", " - ", " → "} {
		if strings.HasPrefix(s[end:], d) {
			other = end + len(d)
		} else if strings.HasSuffix(s[:start], d) {
			other = wordStartBefore(s, start-len(d))
		}
		if other >= 0 {
			break
		}
	}
	if other < 0 || other >= len(s) || !upperAt(s[other:]) {
		return false
	}
	oe := wordEnd(s, other)
	if in := tableInfo(s[other:oe]); in.isName() || in.flags != 0 {
		return false // "Смена: Петров — Иванова"
	}
	if pb := wordStartBefore(s, other-1); oe < len(s) && s[oe] == ',' || other >= 2 && s[other-1] == ' ' && pb >= 0 && !upperAt(s[pb:]) {
		return false // a stop stands alone, in the nominative: not "Грейс Ким — Москва, Пресненская наб.", "в Адлере — Мадина Хачатурян"
	}
	lo, hi := max(0, start-60), min(len(s), end+60)
	if k := strings.LastIndexAny(s[lo:start], ".!?\n"); k >= 0 {
		lo += k + 1
	}
	if k := strings.IndexAny(s[end:hi], ".!?\n"); k >= 0 {
		hi = end + k + 1
	}
	words := [...]string{"рейс", "Рейс", "маршрут", "Маршрут", "route", "Route", "трансфер", "автобус"}
	return containsAny(s[lo:start], words[:]...) || containsAny(s[end:hi], words[:]...) // not the name itself: "Грейс"
}

// betBefore reports a bet placed on whoever is named at start: "ставка на
// Месси", "ставил на Хабиба", "placed a bet on Gennady Golovkin".
func betBefore(s string, start int) bool {
	var prep string
	switch {
	case strings.HasSuffix(s[:start], " на "):
		prep = " на "
	case strings.HasSuffix(s[:start], " on "):
		prep = " on "
	default:
		return false
	}
	e := start - len(prep)
	b := wordStartBefore(s, e)
	if b < 0 || b >= e {
		return false
	}
	w := s[b:e]
	if prep == " on " {
		return w == "bet" || w == "bets" || w == "betting" || w == "odds" || w == "wager"
	}
	return startsAny(w, "ставк", "ставил", "ставить", "ставлю", "поставил", "поставить", "ставят", "ставим")
}

// mineBefore reports a mine, a pit, a deposit or a site right before start,
// with or without a quote: "рудник Ленина", площадка «Павлик»,
// "месторождение Павлик"; not a miner, "шахтёр Павел".
func (sc *scanner) mineBefore(start int) bool {
	s := sc.s
	p := start
	if p >= 2 && s[p-2:p] == "«" {
		p -= 2
	} else if p >= 1 && s[p-1] == '"' {
		p--
	}
	if p < 2 || s[p-1] != ' ' {
		return false
	}
	var pb [32]byte
	switch string(sc.prevWord(p, pb[:0])) {
	case "рудник", "рудника", "руднике", "руднику", "шахта", "шахты", "шахте", "шахту", "прииск", "прииска", "прииске",
		"месторождение", "месторождения", "месторождении":
		return true
	case "карьер", "карьере", "площадка", "площадки", "площадке", "площадку":
		return p < start // only a name in quotes: площадка «Павлик», not "администратор площадки Руслан"
	}
	return false
}

// dropCaps forgets the capitalized words from start on (sc.caps): a word
// that names a thing there is no place for a person's name to repeat.
func (sc *scanner) dropCaps(start int) {
	for sc.ncaps > 0 && int(sc.caps[sc.ncaps-1]) >= start {
		sc.ncaps--
	}
}

// placeWordBefore reports a capitalized word one space before start, inside
// its sentence, that the tables know as no name, no title and no cue:
// "Bodrum Marina", "Гранд Марина"; not "Dear Marina", "Anna Marina",
// "Принимает Марина", "CEO Marina".
func (sc *scanner) placeWordBefore(start int) bool {
	s := sc.s
	if start < 3 || s[start-1] != ' ' {
		return false
	}
	b := wordStartBefore(s, start-1)
	if b <= 0 || s[b-1] != ' ' || sentenceStart(s, b) {
		return false
	}
	if sz, up := letterAt(s, b); sz == 0 || !up {
		return false
	}
	if sz, up := letterAt(s, b+1); sz > 0 && up {
		return false // an acronym or a title in capitals: "CEO"
	}
	in := sc.prevInfo(start)
	return !in.isName() && in.word == 0
}

// settlementBefore reports a settlement's marker that is never a name's
// initial right before start: "ст. ", "сл. ", "хут. " (станица, слобода,
// хутор) in either case, and their transliterations in lower case, "st. ",
// "kh. ", "sl. ".
func settlementBefore(s string, start int) bool {
	if start < 4 || s[start-1] != ' ' || s[start-2] != '.' {
		return false
	}
	b := wordStartBefore(s, start-2)
	if b < 0 || b > 0 && isAlnum(s[b-1]) {
		return false
	}
	switch s[b : start-2] {
	case "ст", "сл", "хут", "х", "СТ", "СЛ", "ХУТ", "Х", "Ст", "st", "kh", "sl", "khut": // "х. Карла Маркса" is a хутор
		return true
	}
	return false
}

// streetNamedIn reports w after a street's keyword somewhere in s:
// "ул. Абсалямова", "улица Гашека".
func streetNamedIn(s, w string) bool {
	for _, k := range [...]string{"ул. ", "ул.", "улица ", "улице ", "улицу ", "улицы ", "пр. ", "пр-т ", "просп. ", "пер. "} {
		for from := 0; ; {
			i := strings.Index(s[from:], k+w)
			if i < 0 {
				break
			}
			if e := from + i + len(k) + len(w); e == len(s) || !isAlnum(s[e]) && s[e] < 0x80 {
				return true
			}
			from += i + 1
		}
	}
	return false
}

// nameKeyBefore reports a form's or a log's key for a name right before
// start: "last_name=", "surname=", "fio=".
func nameKeyBefore(s string, start int) bool {
	if start < 3 || s[start-1] != '=' {
		return false
	}
	return endsAny(s[:start-1], "last_name", "lastname", "surname", "family_name", "first_name", "firstname", "given_name",
		"middle_name", "patronymic", "full_name", "fullname", "fio", "client", "клиент", "customer") // a search filter: "клиент=Жданович", "client=Baranauskas"
}

// businessPossessive reports "'s" and one or two capitalized words after
// end, the last a business's noun: "Noah's Ark Waterpark", "Rosie's Café";
// not "Mark's booking".
func businessPossessive(s string, end int) bool {
	if !startsAny(s[end:], "'s ", "’s ") {
		return false
	}
	p := end + strings.IndexByte(s[end:], ' ') + 1
	for words := 0; words < 2 && p < len(s) && isUpperASCII(s[p]); words++ {
		e := wordEnd(s, p)
		switch s[p:e] {
		case "Ark", "Waterpark", "Resort", "Café", "Cafe", "Restaurant", "Pub", "Bar", "Hotel", "Inn", "Bakery", "Shop", "Store",
			"Garage", "Diner", "Kitchen", "Farm", "Market", "Grill", "Club", "Deli", "Salon":
			return true
		}
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		p = e + 1
	}
	return false
}

// cocktailName reports a cocktail named like a person at s[start:end]:
// "Tom Collins" and "Bloody Mary" anywhere; "Маргарита", "Беллини",
// "Margarita", "Bellini" in a text about drinks.
func cocktailName(s string, start, end, keep int) bool {
	w := s[start:end]
	if w == "Tom Collins" || keep == 1 && w == "Mary" && strings.HasSuffix(s[:start], "Bloody ") {
		return true
	}
	if keep != 1 {
		return false
	}
	switch w {
	case "Маргарита", "Маргариты", "Маргариту", "Беллини", "Margarita", "Margaritas", "Bellini", "Negroni", "Негрони":
		if strings.HasSuffix(s[:start], "зовут ") || strings.HasSuffix(s[:start], "name is ") {
			return false // "Меня зовут Маргарита"
		}
		near := s[max(0, start-40):min(len(s), end+40)] // the drink's word beside it: "Коктейль «Маргарита» — 450 руб., 150 мл"
		return containsAny(near, "коктейл", "Коктейл", "cocktail", "Cocktail", " мл", " ml", "бокал", "glass", "рюмк", "shot")
	}
	return false
}

// cropAfter reports a crop in the genitive after a space at end: "Семена
// пшеницы", "семена подсолнечника".
func cropAfter(s string, end int) bool {
	if end+1 >= len(s) || s[end] != ' ' {
		return false
	}
	switch s[end+1 : wordEnd(s, end+1)] {
	case "пшеницы", "ячменя", "подсолнечника", "подсолнуха", "кукурузы", "сои", "рапса", "свёклы", "свеклы", "гороха", "овса",
		"льна", "риса", "проса", "гречихи", "нута", "томатов", "огурцов", "трав", "люцерны", "газона", "моркови", "лука",
		"картофеля", "капусты", "сорго", "тыквы", "арбуза", "дыни", "цветов", "овощей", "гибрида", "гибридов", "сорта", "сортов":
		return true
	}
	return false
}

// orgAfter reports a company form after a name-like pair: "Alpen Components GmbH".
func orgAfter(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' {
		return false
	}
	if s[e+1] == 0xD0 { // a capital Cyrillic letter opens a firm's word: "Лада Центр Смоленск", "Мария Холдинг"
		// Any case form, "в Лада Центре", and a resort: "на Роза Хутор".
		for _, w := range [...]string{" Центр", " Групп", " Холдинг", " Банк", " Моторс", " Трейд", " Сервис", " Маркет", " Клиник",
			" Хутор", " Телеком", " Мобайл", " Плаза", " Палас"} {
			if strings.HasPrefix(s[e:], w) {
				return wordEnd(s, e+len(w)) <= e+len(w)+4 // a case ending of up to two letters; not a settlement's "п. Центральный"
			}
		}
		return false
	}
	if !isUpperASCII(s[e+1]) {
		return false // every form below opens with a space and a capital
	}
	for _, w := range [...]string{" GmbH", " Inc", " Ltd", " LLC", " PLC", " Corp", " AG", " S.A.", " B.V.", " AB", " OÜ", " Oy", " SRL", " S.r.l.", " S.p.A.", " A.Ş.", " SARL", " SAS", " Sp. z o.o.", " Kft", " LLP", " San.", " Tic.", " Ltd.", " Consult", " Consulting", " Management", " Services", " Solutions", " Logistics", " Kredit", " GmbH & Co", " Bank", " Group", " Holdings", " Capital", " Insurance", " Telecom", " Aloqa", " Mobile", " Café", " Cafe", " Bakery", " Bistro", " Pizzeria", " Foundation", " Fund", " Charity", " Stiftung", " Plaza", " Palace", " Library", " Hospital", " Clinic", " Clinics", " Medical", " University",
		" Tribute", " Experience", // an act named after an artist: "Jethro Tull Experience", "Alice Cooper Tribute"
		" Fortress", " Cathedral", " Monastery", " Posad", // "Peter and Paul Fortress", "Sergiev Posad"
		" Festival", " Kindergarten", " School", " K.K.", " CIC", " Feinmechanik", " Suisan", // "Little Strings Puppet Festival", "Tanaka Suisan K.K."
		" Drinks", " Aqua", " Natural", " Foods", " Beverages", // "Negev Drinks", "Beshtau Aqua"
		" Farm", " Farms", " Peasant Farm", " Guest House", " Enterprise", // "Ulan Zala Farm", "Ulan Zala Guest House"
		" Racing", " Karting", " Rowing", " Wines", " Reef", " Genealogy", " Pictures", " Studios", " Weine", " Golf",
		" Gin", " Vodka", " Aquavit", " Liqueur", " Whisky", " Whiskey", " Pianos"} { // "Team Petrov Racing", "Whitfield & Rose Fine Wines", "Gordon Reef", "Nevsky Genealogy"; a spirit named after a man, "Hermann Gin"
		if strings.HasPrefix(s[e:], w) && (e+len(w) == len(s) || !isAlnum(s[e+len(w)])) {
			return true
		}
	}
	return false
}

// verbEndings returns the verb and participle endings that w may end
// with, chosen by its last byte (а word is checked against a few, not all):
// "Позвонить", "Передайте", "Эскалировано", "Оформляется".
func verbEndings(w []byte) []string {
	if len(w) < 2 {
		return nil
	}
	switch w[len(w)-1] {
	case 0x8C: // ь
		return verbEndingsSoft
	case 0xB5: // е (not a Lithuanian woman's surname, "Казлаускайте")
		if bytes.HasSuffix(w, []byte("аускайте")) {
			return nil
		}
		return verbEndingsE
	case 0x8F: // я
		return verbEndingsYa
	case 0xBE: // о
		return verbEndingsO
	case 0x8E: // ю: "Помню", "Думаю"
		if w[len(w)-2] == 0xD1 {
			return verbEndingsYu
		}
	case 0x82: // т: "Выезжает", "Проверяют"; "Встретит", eight letters or more
		if w[len(w)-2] == 0xD1 {
			if len(w) >= 16 && w[len(w)-4] == 0xD0 && w[len(w)-3] == 0xB8 {
				return verbEndingsIt
			}
			return verbEndingsT
		}
	case 0xBB: // л: "Утвердил", "Подписал", seven letters or more (not "Шамил")
		if len(w) >= 14 && w[len(w)-2] == 0xD0 {
			return verbEndingsL
		}
	case 0xB0: // а: "Подготовила", "Отправила", eight letters or more (not "Людмила", "Гаврила")
		if len(w) >= 16 && w[len(w)-4] == 0xD0 {
			return verbEndingsLa
		}
		if len(w) >= 10 && bytes.HasSuffix(w, []byte("яла")) {
			return verbEndingsYala // "Поняла", "Приняла": no name ends so
		}
	case 0xB8: // и: "Объяснили", "Забыли" (not "-швили", "-ели", "-али": Georgian and Kazakh surnames)
		if bytes.HasSuffix(w, []byte("швили")) {
			return nil
		}
		return verbEndingsI
	}
	return nil
}

// The endings verbEndings returns, allocated once.
var (
	verbEndingsSoft = []string{"ть", "сь"} // "Позвонить", "Договорились"
	verbEndingsE    = []string{"ите", "йте"}
	verbEndingsYa   = []string{"ться", "ется", "ются", "лся"} // and "Расписался"
	verbEndingsO    = []string{"ано", "ено"}
	verbEndingsI    = []string{"или", "ыли", "дали", "рали", "сали", "зали", "ьми", "ези"} // and "Передали", "Забрали", "Написали", "Сказали"; "Возьми", "Привези"
	verbEndingsL    = []string{"ил", "ал"}
	verbEndingsLa   = []string{"ила", "ала"}
	verbEndingsYala = []string{"яла"}
	verbEndingsT    = []string{"ает", "яет", "ует", "еет", "ают", "яют", "уют"}
	verbEndingsIt   = []string{"ит"}
	verbEndingsYu   = []string{"аю", "яю", "ею", "мню"}
)

// diminutiveOf returns the name flags of the first name that the folded
// Cyrillic word w is an affectionate form of, in any case: Лизонька (Лиза),
// Настеньку (Настя), Танечка (Таня), Верочкой (Вера); 0 if none.
func diminutiveOf(w []byte) uint8 {
	if len(w) < 12 || w[len(w)-2] != 0xD0 && w[len(w)-2] != 0xD1 {
		return 0
	}
	var tail int
	for _, e := range [...]string{"а", "и", "е", "у", "ой", "ою"} {
		if len(w) > len(e) && w[len(w)-1] == e[len(e)-1] && string(w[len(w)-len(e):]) == e {
			tail = len(e)
		}
	}
	if tail == 0 {
		return 0
	}
	w = w[:len(w)-tail]
	if n := len(w); n < 4 || w[n-2] != 0xD0 || w[n-1] != 0xBA || w[n-3] != 0x8C && w[n-3] != 0x87 { // …ьк, …чк
		return 0
	}
	for _, suf := range [...]string{"оньк", "еньк", "очк", "ечк"} {
		if len(w) < len(suf)+4 || string(w[len(w)-len(suf):]) != suf {
			continue
		}
		var buf [64]byte
		stem := append(buf[:0], w[:len(w)-len(suf)]...)
		for _, v := range [...]string{"а", "я", "ь"} { // and a soft sign's: "Айгулечка" (Айгуль)
			if in, found := wordTab.get(append(stem, v...)); found && in.flags&fRuFirst != 0 && in.cas == 0 {
				return in.flags
			}
		}
	}
	return 0
}

// maleDiminutiveOf returns the name flags of the male first name that the
// folded Cyrillic word w is a "-чик" form of, in any case: Артурчик (Артур),
// Тимурчика, Русланчику; 0 if none.
func maleDiminutiveOf(w []byte) uint8 {
	const chik = "чик"
	// Each form ends in к, а, у, м or е, and is 12 bytes long at least.
	if len(w) < 12 {
		return 0
	}
	switch w[len(w)-1] {
	case 0xBA, 0xB0, 0x83, 0xBC, 0xB5:
	default:
		return 0
	}
	for _, e := range [...]string{"", "а", "у", "ом", "е"} {
		n := len(w) - len(e)
		if n < len(chik)+6 || string(w[n:]) != e || string(w[n-len(chik):n]) != chik {
			continue
		}
		if in, found := wordTab.get(w[:n-len(chik)]); found && in.flags&fRuFirst != 0 && in.cas == 0 && in.flags&fAmbig == 0 {
			return in.flags
		}
	}
	return 0
}

// modelNouns are furniture and fittings sold under a model's name, often a
// woman's: "столешница Анна", "фасад Марсель", "Victoria handles".
var modelNouns = map[string]bool{
	"столешница": true, "столешницы": true, "столешницу": true, "фасад": true, "фасады": true, "ручка": true, "ручки": true,
	"мойка": true, "мойку": true, "кухня": true, "кухню": true, "диван": true, "шкаф": true, "кресло": true, "комод": true,
	"модель": true, "коллекция": true, "серия": true, "линейка": true, "worktop": true, "worktops": true, "countertop": true,
	"handle": true, "handles": true, "front": true, "fronts": true, "sink": true, "blinds": true, "blind": true, "oak": true,
	"sofa": true, "wardrobe": true, "model": true, "collection": true,
}

// modelName reports a first name at s[start:end] that names a product: in
// the nominative right after a model noun ("столешница Анна", not "кухня
// Анны"), before a size ("Анна 38 мм", "Victoria 160 mm", "Анна
// 3050х600") or before a model noun ("the Anna worktop", "Roman blinds").
func (sc *scanner) modelName(start, end int) bool {
	s := sc.s
	var buf [32]byte
	if start >= 2 && s[start-1] == ' ' && s[start-2] >= 'a' && (s[start-2] <= 'z' || s[start-2] >= 0x80) && modelNouns[string(sc.prevWord(start, buf[:0]))] {
		var nb [64]byte
		if w, ok := foldInto(nb[:0], s[start:end]); ok {
			if in, _ := wordTab.get(w); s[start] < 0x80 || in.cas == 0 {
				return true
			}
		}
	}
	if end+2 < len(s) && s[end] == ' ' {
		p := end + 1
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q > p {
			rest := s[q:]
			return strings.HasPrefix(rest, " мм") || strings.HasPrefix(rest, " mm") || strings.HasPrefix(rest, " см") ||
				strings.HasPrefix(rest, " cm") || strings.HasPrefix(rest, "х") || strings.HasPrefix(rest, "x") && len(rest) > 1 && isDigit(rest[1])
		}
		if e := alnumEnd(s, p); isUpperASCII(s[p]) && (e-p >= 3 && e-p <= 7 || e-p == 2 && isDigit(s[p+1]) && (s[start] < 0x80 || s[p:e] == "F1")) && (e == len(s) || !isAlnum(s[e])) && modelCode(s[p:e]) {
			return true // a brand and its model's code: "Roland HP704", "Martin D-28", "Roland FP-30X", "Jack A4"; a hybrid's, «Маша F1»
		}
		if s[p] >= 'a' && s[p] <= 'z' {
			switch s[p:wordEnd(s, p)] { // nouns only, no verbs: not "Dmitry handles payments"
			case "worktop", "worktops", "countertop", "blinds", "oak", "sofa", "wardrobe", "package", "menu":
				return true
			}
		}
	}
	return false
}

// progLanguage reports a programming language named like a person at
// s[start:end] beside another language or a word for programming:
// "Pascal и Ada", "Julia для анализа данных на Python"; not "Julia wrote".
func progLanguage(s string, start, end int) bool {
	switch s[start:end] {
	case "Ada", "Julia", "Ruby", "Pascal", "Haskell", "Erlang", "Elixir", "Jenkins", "Руби", "Джулия", "Джулию", "Джулии", "Паскаль",
		"Паскаля", "julia", "ruby", "джулию", "джулия", "джулии", "руби":
	default:
		return false
	}
	if endsAny(s[:start], "Hi ", "Hello ", "Dear ", "Thanks ", "Привет, ", "Здравствуйте, ", "Спасибо, ") ||
		startsAny(s[end:], " the candidate", " the developer", " the engineer", " the recruiter", " from ") {
		return false // "Hi Julia, your Python course starts Monday", "Jenkins the candidate from last week"
	}
	before, after := s[max(0, start-25):start], s[end:min(len(s), end+25)] // not the word itself: "Джулия" holds "Джули"
	for _, l := range [...]string{"Ada", "Julia", "Ruby", "Pascal", "Haskell", "Python", "Java", "Kotlin", "Rust", "SQL", "C++", "Scala",
		"Golang", "PHP", "Swift", "python", "Руби", "Джули", "питон", "Питон", "пайтон"} {
		if strings.Contains(before, l) || strings.Contains(after, l) {
			return true // "Pascal и Ada", "Ada, Julia and Pascal"
		}
	}
	if startsAny(s[end:], " role", " developer", " engineer", "-разработчик", "-based", " 2012", " 95", "/SPARK", " and Groovy", " and Python", " and some Python", " и Python",
		" notebook", " course", " module", " code", " script", " pipeline") ||
		endsAny(s[:start], "пишет на ", "писать на ", "пишу на ", "writes ", "writes mostly ", "write ", "knows ", "(", "install ", "учить ", "выучить ") {
		return true // "the Ada role", "Jenkins-based", "Ada 2012", "пишет на Julia", "writes mostly Julia", "(Ada/SPARK)", "the Julia notebooks", "install Julia"
	}
	return containsAny(s[max(0, start-60):min(len(s), end+60)], "язык", "language", "программир", "programming", "coding",
		"анализа данных", "data analysis", "data science", "on Rails", "Groovy", "CI/CD", "R&D-проект", "R&D project")
}

// latinMarkBefore returns the start of a settlement's mark in Latin letters
// right before the name at i, as a field's first word: "v. Nikolskoye",
// "s. Odoevskoye", "village Dor"; or -1. A town's "g." is left out: a
// house after a town's name is rather its street's.
func latinMarkBefore(s string, i int) int {
	k := i - 1
	if k > 0 && s[k-1] == '.' {
		k--
	}
	b := k
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	if b == k || k-b > 10 {
		return -1
	}
	if c := b - 1; c >= 0 {
		if s[c] == ' ' && c > 0 {
			c-- // "Lapshina, v. Nikolskoye"; not "Smith v. Jones"
		}
		if !(s[c] == ';' || s[c] == ',' || s[c] == '|' || s[c] == '"' || s[c] == '\n' || s[c] == '(' || s[c] == '\t' || s[c] == ':') {
			return -1
		}
	}
	var buf [16]byte
	f, _ := foldInto(buf[:0], s[b:k])
	switch w := string(f); {
	case k < i-1 && latinSettlementMark(w) && w != "g" && w != "p":
		return b // "v. Nikolskoye, 12"
	case k == i-1 && (w == "village" || w == "settlement" || w == "selo" || w == "khutor" || w == "stanitsa"):
		return b // "village Dor, 8"
	}
	return -1
}

// villageEN returns the end of the house after a village's or a
// settlement's word that ends at p, in English: ", 21", ", house 11",
// " house 4", " house fourteen", or 0 when no number follows.
func (sc *scanner) villageEN(p int) int {
	s := sc.s
	if p < len(s) && s[p] == ',' {
		p++
	}
	p = skipSpaces(s, p)
	for _, w := range [...]string{"house ", "House ", "plot ", "Plot ", "No. ", "no. "} {
		if strings.HasPrefix(s[p:], w) {
			p += len(w)
			if w[0] != 'N' && w[0] != 'n' && p < len(s) && s[p] >= 'a' && s[p] <= 'z' {
				if e := houseNumberEnd(s, p); e > p {
					return e // read out: "lembolovo village house fourteen"
				}
				return 0
			}
			break
		}
	}
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e == p || e-p > 4 || e < len(s) && (s[e] == ':' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]) || e-p == 4 && s[e] == '-') ||
		e+1 < len(s) && isAlnum(s[e]) && isAlnum(s[e+1]) {
		return 0 // not a time, a date or a word: "village, 10:00", "village, 2nd", "Batch settlement 2024-06-14"
	}
	if e < len(s) && isUpperASCII(s[e]) {
		e++ // "21A"
	}
	if e+1 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]) {
		return 0 // the house opens the street after: "Koledino village, 1 Tsentralnaya Street"
	}
	return e
}

// absenceAfter reports a staff member's absence or shift right after end,
// maybe after a day's word: " сегодня в отпуске", " на больничном".
func absenceAfter(s string, end int) bool {
	rest := s[end:]
	for _, d := range [...]string{" сегодня", " завтра", " вчера", " ещё", " еще", " уже", " пока"} {
		if strings.HasPrefix(rest, d) {
			rest = rest[len(d):]
			break
		}
	}
	return startsAny(rest, " в отпуске", " на больничном", " в командировке", " на смене", " на выезде", " в декрете",
		" на обеде", " до пятницы", " до понедельника")
}

// tellVerbAfter reports a verb of telling or sending among the three words
// after end, within its clause: "передай", "напомните", "объяснили".
func tellVerbAfter(s string, end int) bool {
	p := end
	for words := 0; words < 3 && p+1 < len(s) && s[p] == ' '; words++ {
		q := wordEnd(s, p+1)
		if q == p+1 {
			return false
		}
		if words == 0 && s[p+1:q] == "в" {
			return false // the faith, not a person: "Вере в успех …"
		}
		switch s[p+1 : q] {
		case "передай", "передайте", "передать", "скажи", "скажите", "сказать", "напомни", "напомните", "напомнить", "напиши",
			"напишите", "написать", "позвони", "позвоните", "позвонить", "перезвони", "перезвоните", "отправь", "отправьте",
			"отправить", "перешли", "перешлите", "ответь", "ответьте", "объяснили", "объясните", "сообщи", "сообщите", "сообщить":
			return true
		}
		p = q
	}
	return false
}

// paxTitleAfter reports a passenger's title in capitals right after end, as
// manifests and tickets write it: "SMITH, GRACE MRS", "NOVAK, PETRA MS".
func paxTitleAfter(s string, end int) bool {
	for _, t := range [...]string{" MR", " MRS", " MS", " MISS", " MSTR"} {
		if e := end + len(t); strings.HasPrefix(s[end:], t) && (e == len(s) || !isAlnum(s[e])) {
			return true
		}
	}
	return false
}

// memorialBefore reports a memorial event's words before a surname at
// start: "турнир памяти Мосина", "Мемориал Харлампиева".
func memorialBefore(s string, start int) bool {
	return strings.HasSuffix(s[:start], "памяти ") && start > len("памяти ") && s[start-len("памяти ")-1] == ' ' ||
		endsAny(s[:start], "Мемориал ", "мемориал ", "Мемориала ", "мемориала ", "Мемориале ", "мемориале ")
}

// regnalIn reports a monarch's number after any word of s[start:end] or
// right after it: "«Эпоха Екатерины II»".
func regnalIn(s string, start, end int) bool {
	for p := start; p < end; p++ {
		if s[p] == ' ' && regnalAfter(s, p) {
			return true
		}
	}
	return regnalAfter(s, end)
}

// regnalAfter reports a monarch's number in Roman numerals right after a
// name, or in words: "Петра I", "Екатерины II", "Nicholas II", "Пётр
// Первый", "коронации Николая II»".
func regnalAfter(s string, end int) bool {
	if end+2 > len(s) || s[end] != ' ' {
		return false
	}
	e := end + 1
	if s[e] >= 0x80 && s[end-1] != '.' { // not after an initial: "Гордеева Н. Первый приоритет — …"
		switch s[e:wordEnd(s, e)] {
		case "Первый", "Первого", "Первому", "Первым", "Первая", "Первой", "Второй", "Второго", "Второму", "Вторым", "Вторая",
			"Великий", "Великого", "Великому", "Великим", "Великая", "Великой":
			return true // a monarch's number or title in words: "монета Пётр Первый", "эпоха Екатерины Великой"
		}
	}
	for e < len(s) && e-end <= 4 && (s[e] == 'I' || s[e] == 'V' || s[e] == 'X') {
		e++
	}
	if e == end+2 && s[end-1] < 0x80 && !monarchOne(s, end, e) {
		return false // one letter after a Latin name is the pronoun or an initial: "Maksim I think", "Kim V."
	}
	return e > end+1 && e-end <= 5 && (e == len(s) || strings.HasPrefix(s[e:], "»") || !isAlnum(s[e]) && !isCyrLead(s[e]) && (s[e] != '.' || s[end-1] >= 0x80 || e-end >= 3)) // "under Alexander II."
}

// gulfVillaEnd returns the end of a Gulf address that goes on from the
// villa's or the street's number at p over comma-separated parts to its
// city, and its country after it: "14, Street 9, Al Barsha 2, Dubai, UAE",
// "221, Al Mushrif, Abu Dhabi"; or 0. At most four parts, each of capital
// words and numbers.
func gulfVillaEnd(s string, p int) int {
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	for parts := 0; parts < 4 && q+2 < len(s) && s[q] == ',' && s[q+1] == ' '; parts++ {
		r := q + 2
		for _, city := range [...]string{"Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah", "Fujairah", "Doha", "Riyadh", "Jeddah", "Muscat", "Manama", "Kuwait City"} {
			if strings.HasPrefix(s[r:], city) && (r+len(city) == len(s) || !isAlnum(s[r+len(city)])) {
				e := r + len(city)
				for _, c := range [...]string{", UAE", ", United Arab Emirates", ", Qatar", ", Saudi Arabia", ", Oman", ", Bahrain", ", Kuwait"} {
					if strings.HasPrefix(s[e:], c) {
						return e + len(c)
					}
				}
				return e
			}
		}
		// a part: "Street 9", "Villa 7", "Al Barsha 2", "Nad Al Sheba 1", "Al Mushrif"
		e := r
		for words := 0; words < 4 && e < len(s) && (isUpperASCII(s[e]) || isDigit(s[e])); words++ {
			e = alnumEnd(s, e)
			if e+1 < len(s) && s[e] == ' ' && (isUpperASCII(s[e+1]) || isDigit(s[e+1])) {
				e++
				continue
			}
			break
		}
		if e == r {
			return 0
		}
		q = e
	}
	return 0
}

// monarchOne reports "I" or "V" at s[end+1:e] after a monarch's first name
// as coins and histories write it, not the pronoun: "poltina 1707, Peter
// I, Bitkin 606", "Nicholas I five-rouble gold", "Peter I \"in armour\"";
// not "Peter I think", "tell Alexander I'd love to".
func monarchOne(s string, end, e int) bool {
	b := wordStartBefore(s, end)
	if b < 0 {
		return false
	}
	switch s[b:end] {
	case "Peter", "Nicholas", "Alexander", "Catherine", "Paul", "Elizabeth", "George", "Edward", "Henry", "William", "Louis",
		"Charles", "Frederick", "Napoleon", "Wilhelm", "Franz", "Anna", "Ivan", "Petra", "Pavel", "Nikolai":
	default:
		return false
	}
	if e == len(s) || strings.IndexByte(",;.)\"", s[e]) >= 0 || strings.HasPrefix(s[e:], "»") {
		return true
	}
	if s[e] != ' ' || e+1 >= len(s) {
		return false
	}
	if s[e+1] == '"' || s[e+1] == '(' {
		return true // "Peter I \"in armour\""
	}
	w := s[e+1 : wordEnd(s, e+1)]
	switch w {
	case "think", "am", "was", "will", "would", "have", "guess", "mean", "know", "can", "could", "did", "do", "need", "want", "just",
		"also", "love", "hope", "feel", "got", "had", "said", "told", "called", "see", "saw", "agree", "believe", "should", "and", "'m", "'ll":
		return false
	}
	return w != "" && (w[0] >= 'a' && w[0] <= 'z' || isDigit(w[0]))
}

// modelCode reports a product model's code: capital letters, digits and
// dashes, with a digit, "HP704", "FP-30X", "D-28".
func modelCode(w string) bool {
	digit := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digit = true
		case !isUpperASCII(c) && c != '-':
			return false
		}
	}
	return digit
}

// possessiveBefore reports a capitalized possessive right before start:
// "Mary's ", not "It's " or "Here's ".
func possessiveBefore(s string, start int) bool {
	var a int
	switch {
	case strings.HasSuffix(s[:start], "'s "):
		a = start - 3
	case strings.HasSuffix(s[:start], "’s "):
		a = start - len("’s ")
	default:
		return false
	}
	b := wordStartBefore(s, a)
	if b < 0 || !isUpperASCII(s[b]) {
		return false
	}
	switch s[b:a] {
	case "It", "That", "Here", "There", "What", "Who", "He", "She", "Where", "Name", "Let":
		return false
	}
	return true
}

// coupled reports a person's name joined to t by "and", "&", "и", "or" or
// "или", after it (an unambiguous first name) or before it (a person
// already found): "Мастер на это — Кира или Женя".
func (sc *scanner) coupled(t nameTok) bool {
	s := sc.s
	for _, sep := range [...]string{" and ", " & ", " и ", " or ", " или "} {
		if p := t.end + len(sep); strings.HasPrefix(s[t.end:], sep) && p < len(s) && upperAt(s[p:]) {
			n := sc.nameToken(p, wordEnd(s, p))
			if n.first() && !n.ambig() {
				return true
			}
			if n.first() && n.end+2 < len(s) && s[n.end] == ' ' && upperAt(s[n.end+1:]) {
				if m := sc.nameToken(n.end+1, wordEnd(s, n.end+1)); m.surname() && !m.first() {
					return true // "Will and Grace Turner"
				}
			}
			if n.first() && (startsAny(s[n.end:], " in flat ", " from flat ", " in apartment ", " in unit ") ||
				startsAny(s[n.end:], " are ", " were ") && ingWordAfter(s, n.end) || startsAny(s[n.end:], " are both ", " were both ")) {
				return true // two such names, then their home or what they are doing: "Grace and Mark in flat 19", "Grace and Will are coming"
			}
		}
		if n := len(sc.out); n > 0 && strings.HasSuffix(s[:t.start], sep) && sc.out[n-1].typ == tPerson && sc.out[n-1].end == t.start-len(sep) {
			return true
		}
	}
	return false
}

// listDashBefore reports a list's dash opening the line before i: "— ",
// "– ", "- ".
func listDashBefore(s string, i int) bool {
	for _, d := range [...]string{"— ", "– ", "- "} {
		if a := i - len(d); a >= 0 && s[a:i] == d && (a == 0 || s[a-1] == '\n') {
			return true
		}
	}
	return false
}

// surnameItem reports a word that opens a line or a numbered list's item
// ("1) ", "2. ") and a dash after it: "Golovanov — Mon-Fri", "1) Голованов —
// 78% сдачи".
func surnameItem(s string, start, end int) bool {
	if !startsAny(s[end:], " — ", " – ", " - ") {
		return false
	}
	p := start
	if p >= 3 && (s[p-2] == ')' || s[p-2] == '.') && s[p-1] == ' ' && isDigit(s[p-3]) {
		p -= 3
		for p > 0 && isDigit(s[p-1]) {
			p--
		}
		return p == 0 || s[p-1] == '\n' || s[p-1] == ' ' && p >= 2 && (s[p-2] == ',' || s[p-2] == ':')
	}
	if p != 0 && s[p-1] != '\n' {
		return false
	}
	// A line of its own: the line above or below must open the same way,
	// not "Ленин — Ефим Рубашкин подходит", "Nevsky — нет)".
	dashLine := func(line string) bool {
		sp := strings.IndexByte(line, ' ')
		return sp > 0 && upperAt(line) && startsAny(line[sp:], " — ", " – ", " - ")
	}
	if p > 0 {
		above := s[:p-1]
		if dashLine(above[strings.LastIndexByte(above, '\n')+1:]) {
			return true
		}
	}
	if nl := strings.IndexByte(s[end:], '\n'); nl >= 0 {
		below := s[end+nl+1:]
		if e := strings.IndexByte(below, '\n'); e >= 0 {
			below = below[:e]
		}
		return dashLine(below)
	}
	return false
}

// turkicHonorific reports a title written after a Turkic or Persian name:
// "Hanım", "Khanum", "Bey".
func turkicHonorific(w string) bool {
	switch w {
	case "Hanım", "Hanim", "Khanum", "Hanum", "Khanim", "Bey", "Ханум", "Ханым", "Хоним", "Бей":
		return true
	}
	return false
}

// streetsNamed reports a name at s[start:end] among streets named in the
// plural: " avenues" or " streets" after it or after the name it is joined
// to by "and", "улиц" before it or before the name it follows.
func streetsNamed(s string, start, end int) bool {
	plural := func(e int) bool { return startsAny(s[e:], " avenues", " streets", " roads") }
	if plural(end) {
		return true
	}
	if strings.HasPrefix(s[end:], " and ") && end+5 < len(s) && upperAt(s[end+5:]) && plural(wordEnd(s, end+5)) {
		return true
	}
	before := s[:start]
	if strings.HasSuffix(before, "улиц ") || strings.HasSuffix(before, "проспектов ") {
		return true
	}
	if strings.HasSuffix(before, " и ") {
		if b := wordStartBefore(s, start-len(" и ")); b >= 0 {
			return strings.HasSuffix(s[:b], "улиц ")
		}
	}
	return false
}

// virtue reports a word of the saying "Вера, Надежда, Любовь" ("Faith, Hope
// and Love"), three of which are also first names.
func virtue(w string) bool {
	switch w {
	case "Вера", "Надежда", "Любовь", "вера", "надежда", "любовь", "Faith", "Hope", "Love", "Charity", "faith", "hope", "love", "charity":
		return true
	}
	return false
}

// virtueRun counts the virtues listed in a row around s[start:end].
func virtueRun(s string, start, end int) int {
	n := 1
	for e, k := end, 0; k < 3; k++ {
		w := nextListWord(s, e)
		if !virtue(w) {
			break
		}
		q := e + strings.Index(s[e:], w)
		n, e = n+1, q+len(w)
	}
	for b, k := start, 0; k < 3; k++ {
		w := prevListWord(s, b)
		if !virtue(w) {
			break
		}
		n, b = n+1, strings.LastIndex(s[:b], w)
	}
	return n
}

// nextListWord returns the word after ", ", " и ", " and " or " & " at end,
// or "".
func nextListWord(s string, end int) string {
	for _, sep := range [...]string{", ", " и ", " and ", " & "} {
		if strings.HasPrefix(s[end:], sep) {
			q := end + len(sep)
			return s[q:wordEnd(s, q)]
		}
	}
	return ""
}

// prevListWord returns the word before ", ", " и ", " and " or " & " at
// start, or "".
func prevListWord(s string, start int) string {
	for _, sep := range [...]string{", ", " и ", " and ", " & "} {
		if strings.HasSuffix(s[:start], sep) {
			q := start - len(sep)
			if b := wordStartBefore(s, q); b >= 0 {
				return s[b:q]
			}
		}
	}
	return ""
}

// streetPrefixAt reports a street prefix word in any case: "Via", "Rue".
func streetPrefixAt(w string) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return streetPrefixWords[string(buf[:len(w)])]
}

// latinPatronymic reports a transliterated Russian patronymic: "Olegovna",
// "Sergeevich", "Ilyinichna".
func latinPatronymic(w []byte) bool {
	switch string(w) {
	case "ilyich", "ilich", "kuzmich", "lukich", "fomich", "nikitich", "savvich", "ilyinichna", "kuzminichna", "nikitichna", "fominichna", "lvovna":
		return true // from names in -a: Ильич, Кузьмич, Никитична; and Львовна
	}
	if len(w) < 7 {
		return false
	}
	for _, e := range [...]string{"ovna", "evna", "ovich", "evich", "ichna", "yevna", "yevich"} {
		if len(w) >= len(e)+3 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// irishSurname reports O'Malley, O’Neill, McAllister, MacLeod.
func irishSurname(w string) bool {
	switch {
	case len(w) > 3 && w[0] == 'O' && w[1] == '\'' && isUpperASCII(w[2]):
		return true
	case strings.HasPrefix(w, "O’") && len(w) > len("O’")+1 && isUpperASCII(w[len("O’")]):
		return true
	case len(w) > 3 && strings.HasPrefix(w, "Mc") && isUpperASCII(w[2]):
		return true
	case len(w) > 4 && strings.HasPrefix(w, "Mac") && isUpperASCII(w[3]):
		return true
	}
	return false
}

// surnameShapedLatin reports a capitalized Latin word with a surname's
// ending: "Orlova", "Greenberg", "Rosenfeld", "Millington", "Vainshtein".
func surnameShapedLatin(w string) bool {
	var buf [48]byte
	f, ok := foldLatin(buf[:0], w)
	return ok && (latinSurname(f) || endsAny(string(f), "berg", "stein", "feld", "field", "baum", "mann", "witz", "sohn", "ington", "worth", "son", "ford", "wood", "shtein", "shtejn"))
}

// latinSurname reports a transliterated Slavic or Armenian surname ending
// ("Ivanova", "Kovalenko", "Petrosyan") on a folded Latin word.
func latinSurname(w []byte) bool {
	if len(w) < 5 || len(w) == 5 && (w[4] != 'v' || latinCities[string(w)]) { // five letters only in -ov, -ev: "Lykov", "Gusev"; not "Kirov", "Pskov"
		return false
	}
	if kalenjinPrefix(w) {
		return true // Kenyan: Kiprotich, Jepkosgei, Chepkoech
	}
	var ends []string
	switch w[len(w)-1] { // one switch on the last letter instead of a scan of every ending
	case 'a':
		ends = []string{"ova", "eva", "ina", "skaya", "ska"}
	case 'v':
		ends = []string{"ov", "ev"}
	case 'y':
		ends = []string{"sky", "skiy"}
	case 'i':
		ends = []string{"ski", "shvili"}
	case 'z':
		ends = []string{"wicz"}
	case 'o':
		ends = []string{"enko"}
	case 'u':
		// Romanian: Popescu, Constantineanu; Greek and Cypriot: Georgiou, Kyriakou, Pavlidou, Stavrou,
		// Christou (not a Chinese city, "Guangzhou", "Shantou", "Haikou")
		ends = []string{"escu", "eanu", "iou", "akou", "idou", "rou", "stou"}
	case 's':
		ends = []string{"opoulos", "akis", "idis", "iades", "auskas", "evicius", "avicius"} // Greek: Papadopoulos, Papadakis, Georgiadis, Demetriades; Lithuanian: Jankauskas, Stankevičius
	case 'n':
		ends = []string{"yan", "yin", "kin", "shin", "chin", "nin", "nen"} // Petrosyan; Ilyin, Sorokin, Grishin, Sopochin, Kalinin; Finnish: Virtanen
	case 'k':
		ends = []string{"chuk", "yuk"}
	case 'h':
		ends = []string{"ikh", "ykh"}
	case 'e':
		ends = []string{"idze", "iene", "aite", "yte", "kute"} // Lithuanian women's: Petrauskienė, Vasiliauskaitė, Navickytė, Bartkutė
	default:
		return false
	}
	for _, e := range ends {
		if len(w) >= len(e)+3 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// letteredPlaceBefore reports a place that letters name right before the
// letter at i: "в шатре Б", "сектор В", "gate B", "hall A".
func letteredPlaceBefore(s string, i int) bool {
	if i >= 2 && (s[i-2:i] == "°" || s[i-1] == ' ' && isDigit(s[i-2])) {
		return true // a unit or a number's letter: "28.1°C. Chlorine 0.4 mg/l", "reads 9.8 A. Likely"
	}
	var buf [24]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "шатре", "шатёр", "шатер", "зале", "зал", "корпусе", "секторе", "сектор", "блоке", "блок", "ряду", "ряд",
		"вагоне", "вагон", "подъезде", "терминал", "терминале", "выход", "выходе", "стойка", "стойке", "gate", "hall", "block", "zone", "sector", "row", "terminal", "tent", "wing",
		// Words that a letter grades or names: "class B. Truck leaves", "exit B. See you", "CPZ K. Tow-away hours".
		"class", "grade", "exit", "wall", "room", "plan", "size", "level", "type", "category", "section", "annex",
		"appendix", "part", "option", "model", "floor", "group", "score", "cpz", "into", "stage", "phase", "tier", "unit",
		"bay", "dock", "door", "entrance", "building", "corridor", "pavilion", "stand", "shed": // "loading bay B. Window 7–9 am"
		return true
	}
	return false
}

// placeNounAfter reports a lower-case adjective in -ого or the noun of a
// district, a court or an office after end: "Одинцовского нотариального
// округа", "Пресненского районного суда", "Центрального района".
func placeNounAfter(s string, end int) bool {
	if end+2 >= len(s) || s[end] != ' ' {
		return false
	}
	w := s[end+1 : wordEnd(s, end+1)]
	switch w {
	case "суда", "района", "округа", "области", "края", "филиала", "отделения", "отдела":
		return true
	}
	return len(w) > 8 && strings.HasSuffix(w, "ого") && !upperAt(w)
}

// eponymBefore reports a theorem's, a prize's or a tournament's noun
// before the name at start on its line, with only names, dashes and commas
// between: "теорема Пифагора", "премии Филдса", "неравенства: Коши–
// Буняковского, Йенсена", "турнире Ломоносова".
func eponymBefore(s string, start int) bool {
	lo := lineStart(s, start, 80)
	var buf [32]byte
	for q := start; q > lo; {
		for q > lo && (s[q-1] == ' ' || s[q-1] == ',' || s[q-1] == ':' || s[q-1] == '-' || strings.HasSuffix(s[lo:q], "–")) {
			if strings.HasSuffix(s[lo:q], "–") {
				q -= len("–")
			} else {
				q--
			}
		}
		b := wordStartBefore(s, q)
		if b < 0 || b < lo {
			return false
		}
		if q-b >= 6 && s[b] >= 0x80 { // every word below has three Cyrillic letters or more
			w, ok := foldInto(buf[:0], s[b:q])
			if ok && startsAny(string(w), "теорем", "лемм", "неравенств", "формул", "уравнени",
				"театр", "музе", "консерватори", "филармони", // "в театре Вахтангова", "музей Пушкина"
				"премии", "премия", "премию", "турнир", "гипотез", "постулат", "аксиом", "реакци", "синдром",
				"опросник", "шкал", "критери", "индекс", // "опросник Бека", "по шкале Глазго"
				"автомат", "пистолет", "винтовк", "карабин", "пулемёт", "пулемет", "револьвер", // a weapon named for its designer: "автомат Калашникова", "винтовка Мосина"
				"гамбит") { // a chess opening: "гамбит Эванса"
				return true
			}
			switch string(w) {
			case "метод", "метода", "методу", "методом", "методе", "методика", "методики", "методике", "методику", "методикой",
				"кубики", "кубиков", "кубикам", "кубиками", "кубиках", // "кубики Зайцева"
				"аэропорт", "аэропорта": // an airport named for a figure: "из аэропорта Гейдар Алиев"; not "встречает в аэропорту Мехмет"
				return true // a surgeon's method: "по методу Фёдорова", "методика Бобата"; not "методист Белова Анна"
			}
			if ok && (strings.HasPrefix(string(w), "проб") && len(w) <= len("пробой") ||
				string(w) == "пик" || string(w) == "пика" || string(w) == "пике") { // "Пик Ленина"

				return true // a lab test, "проба Манту"; not a verb, "пробуем Любовь Толкалину"
			}
		}
		if !upperAt(s[b:]) {
			return false
		}
		q = b
	}
	return false
}

// patronymicNext reports a capitalized patronymic one space after e.
func patronymicNext(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' || !upperAt(s[e+1:]) {
		return false
	}
	return endsAny(s[e+1:wordEnd(s, e+1)], "ович", "евич", "овна", "евна", "ична", "инична")
}

// schoolAfter reports a school's word among the two words after end:
// "Назарбаев Интеллектуальная школа", "Пушкинский лицей".
func schoolAfter(s string, end int) bool {
	p := end
	for words := 0; words < 2 && p+2 < len(s) && s[p] == ' '; words++ {
		e := wordEnd(s, p+1)
		if startsAny(s[p+1:e], "школ", "лицей", "лицея", "гимнази", "университет", "институт", "академи", "колледж") {
			return true
		}
		p = e
	}
	return false
}

// streetAdjective reports a transliterated Russian adjective that opens a
// street's name, never a person's: Bolshaya, Malaya, Novaya.
func streetAdjective(w string) bool {
	switch w {
	case "Bolshaya", "Malaya", "Bolshoy", "Bolshoi", "Maly", "Novaya", "Staraya", "Verkhnyaya", "Nizhnyaya", "Srednyaya":
		return true
	}
	return false
}

// kalenjinPrefix reports a folded Kenyan (Kalenjin) name that opens with
// Kip-, Jep- or Chep- and a consonant: Kipsang, Kiptoo, Jeptoo, Chebet
// is not caught, Chepkoech is.
func kalenjinPrefix(w []byte) bool {
	var rest []byte
	switch {
	case bytes.HasPrefix(w, []byte("kip")), bytes.HasPrefix(w, []byte("jep")):
		rest = w[3:]
	case bytes.HasPrefix(w, []byte("chep")):
		rest = w[4:]
	default:
		return false
	}
	return len(rest) >= 2 && !bytes.ContainsAny(rest[:1], "aeiouy")
}

// honorifics always precede a person's name: the capitalized words after
// one belong to the name even when no table knows them ("Dr. Fatima
// Al-Sayed", "Ms. Kowalska", "г-жа Ибрагимова").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"mister": true, "г-н": true, "г-жа": true, "господин": true, "госпожа": true, "господина": true,
	"госпоже": true, "господину": true, "господином": true, "professor": true, "prof": true, "профессор": true,
	"профессора": true, "профессору": true, "профессором": true, "rabbi": true, "pastor": true, "reverend": true,
	"rev": true, "imam": true, "ambassador": true, "senator": true, "acad": true, "academician": true, // "Acad. Nurgali Kassymov"
	"проф": true, "д-р": true, "др": true, "акад": true, "академик": true, "академика": true, "академику": true, "доцент": true,
	"доцента": true, "доценту": true} // "проф. Йоси Мизрахи", "д-р Авраам Леви"

// honorific reports whether an honorific precedes the word at t.
func (sc *scanner) honorific(t nameTok) bool {
	start := t.start
	if q := particleBefore(sc.s, start); q >= 0 {
		start = q // "Mr. de Vries"
	}
	in := sc.prevInfo(start)
	return in.word&wHonorific != 0 && !airlineSuffixBefore(sc.s, start)
}

// particleBefore returns the start of a lower-case name particle one space
// before i ("de Vries", "van der Berg"), or -1.
func particleBefore(s string, i int) int {
	k := i
	for n := 0; n < 2 && k >= 3 && s[k-1] == ' '; n++ {
		b := k - 1
		for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
			b--
		}
		if !isParticle(s[b:k-1]) || b > 0 && s[b-1] != ' ' {
			break
		}
		k = b
	}
	if k == i {
		return -1
	}
	return k
}

// particleLed reports lower-case particles before the capitalized word at
// start, after a lower-case word: "at van der Berg's", "of de Vries"; not
// "Rio de Janeiro" or "Santa Maria della Salute".
func particleLed(s string, start int) bool {
	q := particleBefore(s, start)
	if q < 0 {
		return false
	}
	switch s[q : q+3] {
	case "van", "von", "de ", "der", "den", "ter":
	default:
		return false // not "la Bella", "du Pont", "di Mare"
	}
	if q == 0 || s[q-1] == '\n' {
		return true
	}
	return q >= 2 && s[q-1] == ' ' && s[q-2] >= 'a' && s[q-2] <= 'z'
}

// noteSubject reports a name a note is about or from: after "re", "for",
// "about" or "note from" and before a colon ("Internal memo re
// Papadopoulos:", "Quick note from Mark:").
func noteSubject(s string, start, end int) bool {
	if end >= len(s) || s[end] != ':' {
		return false
	}
	var buf [16]byte
	switch string(prevWord(s, start, buf[:0])) {
	case "re", "for", "about", "regarding":
		return true
	case "from":
		return endsAny(s[max(0, start-16):start], "note from ", "Note from ", "message from ", "Message from ") // "Quick note from Mark:"
	}
	return false
}

// cityCommaBeforeEN reports a known city in Latin letters and ", " right
// before start: "Khabarovsk, Karla Marksa 96A-12".
func cityCommaBeforeEN(s string, start int) bool {
	if start < 4 || s[start-2:start] != ", " {
		return false
	}
	b := wordStartBefore(s, start-2)
	return b >= 0 && s[b] < 0x80 && cityNamed(s[b:start-2])
}

// placeWords precede capitalized pairs that are places or organisations.
var placeWords = map[string]bool{"in": true, "at": true, "to": true, "from": true, "of": true, "the": true, "near": true, "on": true}

// vocative reports a lone Cyrillic word addressed at the end of a sentence:
// "Перезвоните мне после обеда, Велимир."
func (sc *scanner) vocative(t nameTok) bool {
	s := sc.s
	if s[t.start] < 0x80 || t.start < 2 || s[t.start-1] != ' ' || s[t.start-2] != ',' {
		return false
	}
	return t.end == len(s) || s[t.end] == '.' || s[t.end] == '!' || s[t.end] == '?'
}

// addressed reports whether a request to the person follows a name at
// sentence start: "Надежда, перезвоните", "Слава, напиши", "Grace, please".
// "Надежда есть" and "Вера, Надежда, Любовь" stay words.
func addressed(s string, end int) bool {
	if end+2 >= len(s) || s[end] != ',' || s[end+1] != ' ' {
		return false
	}
	p := end + 2
	if sz, up := letterAt(s, p); sz == 0 || up {
		return false
	}
	w := s[p:wordEnd(s, p)]
	if s[p] < 0x80 {
		return w == "please" || w == "could" || w == "can" || w == "thanks" || w == "thank" || w == "hi" || w == "hello"
	}
	switch w {
	case "привет", "здравствуйте", "добрый", "доброе", "доброго", "спасибо", "зайди", "зайдите", "подойди":
		return true // "Алин, привет!", "Дзюба, зайди ко мне"
	}
	return strings.HasSuffix(w, "те") || strings.HasSuffix(w, "и") && len(w) > 6
}

// openingVocative reports a name that opens a message or a line and is
// addressed: "Grace — please amend the booking", "Mark, mark my words".
func openingVocative(s string, start, end int) bool {
	if start > 0 && s[start-1] != '\n' {
		return false
	}
	p := end
	var fb [64]byte
	f, _ := foldInto(fb[:0], s[start:end])
	switch {
	case strings.HasPrefix(s[p:], ", ") && s[start] >= 0x80 && vocativeOf(f).flags != 0:
		return true // a colloquial vocative opens the message: "Серёж, Дмитровский г.о., …"
	case strings.HasPrefix(s[p:], ", "):
		p += 2
	case strings.HasPrefix(s[p:], " — "), strings.HasPrefix(s[p:], " – "):
		p += len(" — ")
	case strings.HasPrefix(s[p:], " - "):
		p += 3
	default:
		return false
	}
	sz, up := letterAt(s, p)
	return sz > 0 && !up
}

// fieldLabels end the label of a form field whose value is a person:
// "Account holder: Thomas Müller", "Name on booking: Olena Shevchuk",
// "Contact person: Jonas Becker".
var fieldLabels = map[string]bool{"holder": true, "booking": true, "person": true, "passenger": true,
	"guest": true, "recipient": true, "sender": true, "applicant": true, "employee": true, "candidate": true,
	"tenant": true, "owner": true, "buyer": true, "seller": true, "payer": true, "beneficiary": true,
	"signatory": true, "proprietor": true, "patient": true, "traveller": true, "traveler": true, "driver": true, "courier": true,
	"manager": true, "contact": true, "attn": true, "attention": true, "to": true, "from": true, "cc": true,
	"получатель": true, "отправитель": true, "плательщик": true, "владелец": true, "собственник": true,
	"пациент": true, "заявитель": true, "кому": true, "от": true, "копия": true, "контакт": true,
	"ответственный": true, "исполнитель": true, "представитель": true, "лицо": true, "name": true, "names": true,
	"surname": true, "имя": true, "фамилия": true, "фио": true, "гость": true, "пассажир": true, "клиент": true,
	"клиентка": true, "familienname": true, "nachname": true, "vornamen": true, "vorname": true,
	"last_name": true, "first_name": true, "lastname": true, "firstname": true, "full_name": true, "fullname": true,
	"family_name": true, "given_name": true, "given_names": true, "first_names": true, "seafarer": true, "crew": true}

// holderBefore reports a card holder's word right before i: "cardholder",
// "holder", "держатель".
func holderBefore(s string, i int) bool {
	return prevWordIn(s, i, "cardholder", "holder", "держатель", "держателя")
}

// surnameLabelBefore reports a surname's field label and a colon before i:
// "Surname: ", "Фамилия: ".
func surnameLabelBefore(s string, i int) bool {
	var buf [32]byte
	switch string(labelBefore(s, i, buf[:0])) {
	case "surname", "фамилия", "familienname", "nachname", "nom":
		return true
	}
	if strings.HasSuffix(s[:i], "Фам. ") || strings.HasSuffix(s[:i], "ФАМ. ") {
		return true // an OCR'd form: "Фам. КОРОЛЁВ Имя ВЛАДИСЛАВ"
	}
	sp := i
	for sp > 0 && sp > i-3 && s[sp-1] == ' ' {
		sp-- // an OCR'd page may set the value two spaces off: "Surname  WHITMORE"
	}
	if sp >= 1 && sp < i && (isASCIILetter(s[sp-1]) || s[sp-1] >= 0x80) {
		if k, _ := prevWordBounds(s, i); k == 0 || s[k-1] == '\n' || k >= 2 && s[k-2:k] == ", " {
			switch string(prevWord(s, i, buf[:0])) {
			case "surname", "фамилия":
				return true // a scan's label without its colon, first on its line or after a field: "\nSurname WHITMORE", ", surname ABENOV,"
			}
		}
	}
	ls := lineStart(s, i, 40)
	if ls >= 2 && s[ls-1] == '\n' && (i == ls || strings.HasSuffix(s[ls:i], " / ") && strings.IndexByte(s[ls:i-3], ' ') < 0) {
		pl := lineStart(s, ls-1, 40)
		if startsAny(s[pl:ls-1], "Фамилия / Surname", "Фамилия/Surname", "ФАМИЛИЯ / SURNAME", "ФАМИЛИЯ/SURNAME") {
			return true // a data page's value under its label, in both scripts: "Фамилия / Surname\nОРЛОВА / ORLOVA"
		}
	}
	if startsAny(s[ls:i], "Фамилия латиницей:", "Фамилия (латиницей):", "ФАМИЛИЯ ЛАТИНИЦЕЙ:", "Surname (Latin):") {
		return true // a form's transliterated field: "Фамилия латиницей: ZHOU"
	}
	return bilingualLabel(s[ls:i], "Surname /", "Surname/", "SURNAME /", "Фамилия /", "ФАМИЛИЯ /")
}

// bilingualLabel reports a scanned document's label in English and the
// document's own language before a value: "Surname / Фамилиясы: ",
// "Surname / Nazwisko: ", "SURNAME / ԱԶԳԱՆՈՒՆ ", "Surname / 姓 ".
func bilingualLabel(label string, opens ...string) bool {
	if !startsAny(label, opens...) || !strings.HasSuffix(label, " ") {
		return false
	}
	native := label[strings.IndexByte(label, '/')+1:] // the second language's word, in its own script
	if containsAny(native, "iven", "IVEN", "ame", "AME", "мя", "МЯ") {
		return false // two fields in one label: "Surname / Given names: SIDORCHUK / BOGDAN"
	}
	if strings.HasSuffix(strings.TrimRight(label, " "), ":") {
		return true
	}
	for k := 0; k < len(native); k++ {
		if isASCIILetter(native[k]) {
			return false
		}
	}
	return strings.TrimSpace(native) != ""
}

// fieldLabelBefore reports a form field label and a colon before i.
func fieldLabelBefore(s string, i int) bool {
	var buf [32]byte
	return fieldLabels[string(labelBefore(s, i, buf[:0]))]
}

// personLabelBefore reports a form field for a person before i, its last
// word or the one before it a field label: "Contact person: ", "Контактное
// лицо: ", "Представитель заказчика: ".
func personLabelBefore(s string, i int) bool {
	var buf [32]byte
	w := labelBefore(s, i, buf[:0])
	if w == nil {
		return false
	}
	if fieldLabels[string(w)] {
		return true
	}
	k, _ := prevWordBounds(s, i) // the label's last word
	return k > 1 && s[k-1] == ' ' && s[k-2] != ':' && fieldLabels[string(prevWord(s, k-1, buf[:0]))]
}

// labelBefore returns the folded word of a label that ends with a colon
// before i ("Фамилия: " → "фамилия"), or of a name's label that ends with
// a dash ("имя — "), or nil.
func labelBefore(s string, i int, buf []byte) []byte {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k >= 4 && s[k-3:k] == "—" && s[k-4] == ' ' {
		switch w := prevWord(s, k-4, buf); string(w) { // a web form's dash: "имя — Роза, телефон — 8917…"
		case "имя", "фио", "фамилия", "name", "surname":
			return w
		}
		return nil
	}
	if k == 0 || s[k-1] != ':' {
		return nil
	}
	return prevWord(s, k-1, buf)
}

// announcers are words after which a lone capitalized word is addressed or
// introduced as a person: "Спасибо, Ариадна!", "получатель Эрнест".
var announcers = map[string]bool{
	"здравствуйте": true, "спасибо": true, "привет": true, "получатель": true, "держатель": true,
	"клиент": true, "клиентка": true, "уважаемый": true, "уважаемая": true, "hi": true, "hello": true,
	"thanks": true, "dear": true, "customer": true, "contact": true, "имя": true, "имени": true,
	"фамилия": true, "фамилии": true, "отчество": true, "фио": true, "name": true, "surname": true, "подпись": true, "signature": true,
	"familienname": true, "nachname": true, "vorname": true, "vornamen": true, // a German form
	"фам": true, "отч": true, // a form's short labels: "Фам. КОРОЛЁВ Имя ВЛАДИСЛАВ Отч. ГЕННАДЬЕВИЧ"
	"nom": true, "holder": true, // a passport's "Surname / Nom SMITH", a card's "holder W THOMPSON"
	"сообщил": true, "сообщила": true, "заявитель": true, "заявительница": true, // a report's source: "Пожар в мусоропроводе … Сообщил Бабинцев."
}

// announced reports whether a lone unknown word is introduced as a person:
// after an announcer or an honorific, or followed by a greeting ("Эрнест, добрый день").
func (sc *scanner) announced(t nameTok) bool {
	start := t.start
	if q := particleBefore(sc.s, start); q >= 0 {
		start = q // "Dear Mr. de Vries"
	}
	if in := sc.prevInfo(start); in.word&wHonorific != 0 && !airlineSuffixBefore(sc.s, start) ||
		(in.word&wAnnouncer != 0 || in.word&(wCue|wCueLower) == wCue) && !sentenceEnded(sc.s, t.start) {
		return true
	}
	if signedAfterClosing(sc.s, t.start) {
		return true
	}
	if before := sc.s[:t.start]; strings.HasSuffix(before, "I'm ") || strings.HasSuffix(before, "I’m ") ||
		strings.HasSuffix(before, "née ") || strings.HasSuffix(before, "geb. ") || // a maiden name: "(née Kowalenko)", "geb. Wolff"
		strings.HasSuffix(before, "Отч. ") || strings.HasSuffix(before, "Фам. ") { // a form's short labels
		return true
	}
	rest := sc.s[t.end:]
	return strings.HasPrefix(rest, ", добрый") || strings.HasPrefix(rest, ", здравствуйте") ||
		strings.HasPrefix(rest, ", hello") || strings.HasPrefix(rest, ", good")
}

func personScore(sc *scanner, toks []nameTok) float32 {
	var first, ambFirst, patr, sur, dictSur, ruSur, initials, unknown, en int
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
			if t.flags&uint16(fRuSurname) != 0 && !t.ambig() {
				ruSur++
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
	case len(toks) == 1 && toks[0].caps && surnameLabelBefore(sc.s, toks[0].start):
		return 0.85 // a scan's surname field: "Surname / Nazwisko: KOWALSKA", "SURNAME / ԱԶԳԱՆՈՒՆ MANUKYAN"
	case len(toks) == 2 && names > 0 && toks[1].flags&tkInitial != 0 && toks[0].first() && (signatureLine(sc.s, toks[0].start, toks[1].end) ||
		fieldLabelBefore(sc.s, toks[0].start)):
		return 0.85 // a first name and the initial of a surname signing a letter or filling a field: "Надежда К.", "Name: Marina K."
	case names >= 2:
		return 0.9 // "Anna Maria", or a first name and a surname that is also a first name
	case patr > 0 && unknown > 0, initials > 0 && unknown > 0, sur > 0 && unknown > 0:
		return 0.9
	case len(toks) == 2 && sur == 2 && dictSur == 1:
		return 0.85 // a first name shaped like a surname before a known one: "Franziska Bauer"
	case len(toks) == 3 && sur == 3 && dictSur >= 1 && morphParts(toks) >= 1 && lineStart(sc.s, toks[0].start, 4) == toks[0].start:
		return 0.8 // three parts on a list's line, none a known first name: "Wilson Kipsang Kiprotich"
	case patr > 0:
		return 0.75
	case unknown > 0 && len(toks) <= 2 && names == 0 && sur == 0:
		return 0.7 // announced, addressed, or an English capitalized pair
	}
	if renameBefore(sc.s, toks[0].start) {
		return 0.8 // "changed her surname to Fischer"
	}
	if len(toks) <= 2 && nameKeyBefore(sc.s, toks[0].start) {
		return 0.8 // a form's or a log's field: "last_name=Japaridze", "first_name=Mariam"
	}
	if len(toks) <= 3 && personColumn(sc.s, toks[0].start, toks[len(toks)-1].end) {
		return 0.8 // a cell under a header for people: "фамилия;имя" … "Кравец;Андрей", "|Пациент|" … "|Кравец|"
	}
	title := sc.titleBefore(toks) || sc.artCueBefore(toks[0].start)
	switch {
	case title && (names > 0 || sur > 0):
		return 0.9
	case title && unknown > 0 && len(toks) == 1 && (clauseEnds(sc.s, toks[0].end) || sc.artCueBefore(toks[0].start) ||
		titleVerbAfter(sc.s, toks[0].start, toks[0].end)):
		return 0.75 // "Driver: Marek.", "Кандидат Беркович,", "driver Nyamdorj will wait"
	case title && unknown > 0 && len(toks) == 1 && sc.titleAdjSurname(toks[0].start, toks[0].end):
		return 0.75 // a surname declined like an adjective: "к доктору Нагорному 09.04"
	case first > 0:
		return 0.85
	case len(toks) == 1 && (toks[0].flags&tkFamily != 0 || sur > 0 && familyWordAfter(sc.s, toks[0].end)):
		return 0.75 // a family: "у Морозовых", "the Thompsons", "the Fischer family"
	case dictSur > 0 && (en == 0 || ruSur > 0):
		return 0.75 // a Russian surname alone, in either alphabet: "Designer: Golubev"
	case len(toks) == 1 && (sur > 0 || ambFirst > 0) && dashSignOff(sc.s, toks[0].start, toks[0].end):
		return 0.7 // "– Kim"
	case len(toks) == 1 && sur > 0 && sc.announced(toks[0]):
		return 0.75 // "это Хасанов из Уфы"
	case len(toks) == 1 && jpHonorificAfter(sc.s, toks[0].end):
		return 0.85 // a Japanese honorific after the name: "Tanaka-san, we found your camera"
	case len(toks) == 1 && sur > 0 && sc.personJoinedBefore(toks[0].start) && !cityWord(sc.s[toks[0].start:toks[0].end]):
		return 0.7 // a surname joined to a person's name: "Pakhomov and Ilyin swap", "Кадырова и Гришин"
	case len(toks) == 1 && sur > 0 && strings.HasSuffix(sc.s[:toks[0].start], " family "):
		return 0.75 // "private lesson, family Schneider", not "Family Mortgage"
	case len(toks) == 1 && sc.s[toks[0].start] < 0x80 && particleLed(sc.s, toks[0].start):
		return 0.7 // a surname led by its particle inside a sentence: "the unit at van der Berg's", "controller of de Vries"
	case len(toks) == 1 && sur > 0 && !toks[0].ambig() && sc.s[toks[0].start] < 0x80 && noteSubject(sc.s, toks[0].start, toks[0].end):
		return 0.7 // the client a note is about: "Internal memo re Papadopoulos:", "design note for Moreno:"
	case len(toks) == 1 && toks[0].flags == tkMorph && sc.s[toks[0].start] >= 0x80 && listDashBefore(sc.s, toks[0].start) &&
		toks[0].end < len(sc.s) && strings.IndexByte(",(", sc.s[toks[0].end]) >= 0:
		return 0.7 // a surname opening a list's item: "— Дорофеева, ул. Гарибальди, д. 23"
	case len(toks) == 1 && toks[0].flags&(tkMorph|uint16(fRuSurname)) != 0 && !toks[0].ambig() && surnameItem(sc.s, toks[0].start, toks[0].end):
		return 0.7 // a surname opening a list's item before a dash: "Golovanov — Mon-Fri 8:00-17:00", "1) Голованов — 78%"
	case len(toks) == 1 && toks[0].surname() && toks[0].ext && endsAny(sc.s[toks[0].start:toks[0].end], "ić", "ič"):
		return 0.7 // a South Slavic surname alone, no word ends so: "Jovanović strong on Spring", "Lazić — 178.222.61.9"
	case len(toks) == 1 && toks[0].flags == tkMorph && sc.s[toks[0].start] >= 0x80 && surnameListItem(sc.s, toks[0].start, toks[0].end):
		return 0.7 // unknown surnames listed after a colon or a dash: "Медосмотр сдан: Бесланеев, Кушхов, Шхагапсоев."
	case len(toks) == 1 && toks[0].flags == tkMorph && loneSurname(sc.s, toks[0].start, toks[0].end):
		return 0.65 // a surname no table knows, by its ending, inside a sentence: "был у Игнатова", "теперь Стрельцова"
	case len(toks) == 1 && toks[0].flags == tkMorph && toks[0].end-toks[0].start >= 12 &&
		endsAny(sc.s[toks[0].start:toks[0].end], "швили", "дзе") && !strings.HasSuffix(sc.s[:toks[0].start], "на "):
		return 0.65 // a Georgian surname, no word ends so: "Гогебашвили отправлено извинение"; not a street, "на Палиашвили"
	case len(toks) == 1 && sur > 0 && !toks[0].ambig() && bracketedSurname(sc, toks[0]):
		return 0.7 // a surname alone in brackets, a note's subject: "Room 204 (Kruglova):", "Natalie (Greene)"
	case len(toks) == 1 && sur > 0 && sc.s[toks[0].start] < 0x80 && (!toks[0].ambig() && partyOrPossessive(sc.s, toks[0].start, toks[0].end) || homePossessive(sc.s, toks[0].end)):
		return 0.7 // a party to a case, "Chen v. Haval dealer"; a possession, "whether Brandt's booking was converted"
	case len(toks) == 1 && sur > 0 && !toks[0].ambig() && !toks[0].first() && sc.s[toks[0].start] < 0x80 && ownedPlaceAfter(sc.s, toks[0].start, toks[0].end):
		return 0.7 // premises named by their owner: "the Volkov garage", "the Dmitriev warehouse"
	case len(toks) == 1 && sur > 0 && pastVerbAfter(sc.s, toks[0]):
		return 0.7 // "Зиновьева оплатила", "Беляков принял"
	case len(toks) == 1 && ambFirst > 0 && sc.coupled(toks[0]):
		return 0.65 // a first name that is also a word, paired with a person's: "Bill and Stephanie", "Will and Grace Turner"
	case ambFirst > 0 && (!sentenceStart(sc.s, toks[0].start) || len(toks) == 1 && (addressed(sc.s, toks[0].end) ||
		strings.HasPrefix(sc.s[toks[0].end:], ", ты ") || // a first name that is also a word, addressed: "Злата, ты сегодня …?"
		signOff(sc.s, toks[0].start, toks[0].end) || openingVocative(sc.s, toks[0].start, toks[0].end))):
		return 0.6
	case len(toks) == 1 && ambFirst > 0 && (signedAfterClosing(sc.s, toks[0].start) && lineEnds(sc.s, toks[0].end) ||
		sentenceStart(sc.s, toks[0].start) && stateVerbAfter(sc.s, toks[0].start, toks[0].end) ||
		startsAny(sc.s[toks[0].end:], " and I ", " and I'm ", " and I’m ") || strings.HasPrefix(sc.s[toks[0].end:], " (+")):
		return 0.6 // "Regards,\nMark\n+44 …", "Mark is recovering well", "Will and I are taking the van", "Rose (+1 503 555 0130)"
	case len(toks) == 1 && (sur > 0 || ambFirst > 0) && sc.s[toks[0].start] < 0x80 && shiftAfter(sc.s, toks[0].start, toks[0].end):
		return 0.6 // a rota's entry: "Mon: Harrison 8:00–14:00, Walsh 17:00–21:00"
	case len(toks) == 1 && ambFirst > 0 && (roleColonBefore(sc.s, toks[0].start) || personLabelBefore(sc.s, toks[0].start)) &&
		(clauseEnds(sc.s, toks[0].end) || startsAny(sc.s[toks[0].end:], ")", " — ", " – ", " - ")):
		return 0.6 // a role's or a person's field: "(teacher: Grace)", "Proctor: Grace.", "Контактное лицо: Вера, тел. …"
	case len(toks) == 1 && ambFirst > 0 && kinAfter(sc.s, toks[0].end):
		return 0.6 // a first name that is also a word, then who the person is: "Роман, папа Лёши, пишет"
	case len(toks) == 1 && ambFirst > 0 && sc.s[toks[0].start] >= 0x80 && absenceAfter(sc.s, toks[0].end):
		return 0.6 // a first name that is also a word, then where the person is: "Роман сегодня в отпуске", "Надежда на больничном"
	case len(toks) == 1 && ambFirst > 0 && sc.s[toks[0].start] >= 0x80 && endsAny(sc.s[toks[0].start:toks[0].end], "е", "у", "ю", "и") &&
		tellVerbAfter(sc.s, toks[0].end):
		return 0.6 // a first name that is also a word, in the dative before a word of telling: "Вере передай", "Славе из ночной смены передайте"
	case len(toks) == 1 && ambFirst > 0 && (deptAfter(sc.s, toks[0].end) || ruPastVerbAfter(sc.s, toks[0].end) ||
		sc.s[toks[0].start:toks[0].end] != "Роман" && ruVerbAfterAdverb(sc.s, toks[0].end) ||
		toks[0].start >= 2 && sc.s[toks[0].start-2:toks[0].start] == ": " && sc.prevInfo(toks[0].start).word&wAnnouncer != 0 &&
			clauseEnds(sc.s, toks[0].end) || chatSpeaker(sc.s, toks[0].start, toks[0].end)):
		return 0.6 // "Роза из бухгалтерии", "Ray from finance", "Вера позвонила", "Имя: Роза"
	case len(toks) == 1 && (ambFirst > 0 || sur > 0) && sc.s[toks[0].start] < 0x80 && personVerbAfter(sc.s, toks[0].end):
		return 0.6 // "Grace said", "Kowalski signed"
	case len(toks) == 1 && sc.s[toks[0].start:toks[0].end] == "Will" && verbAfter(sc.s, toks[0].end, notAfterWill):
		return 0.6 // a verb the modal never takes: "Will has been promoted", "Will can apply", "Will took 3 inverters"
	case len(toks) == 1 && sur > 0 && !toks[0].ambig() && sc.s[toks[0].start] < 0x80 && verbAfter(sc.s, toks[0].end, actionVerbs):
		return 0.6 // "Kowalski approved the refund"
	}
	return 0
}

// bracketedSurname reports a surname alone in brackets: "Room 204
// (Kruglova):", "Natalie (Greene)", "(Круглова)". A Cyrillic one needs a
// dictionary entry or a feminine or oblique ending, not "(Пекин)"; right
// after an address only an oblique case is a person ("д. 114
// (Ахмеджанову)"), a nominative is the building's name ("кв. 144
// (Высоцкий)").
func bracketedSurname(sc *scanner, t nameTok) bool {
	s := sc.s
	if t.start < 1 || s[t.start-1] != '(' || t.end >= len(s) || s[t.end] != ')' || cityWord(s[t.start:t.end]) {
		return false
	}
	w := s[t.start:t.end]
	oblique := endsAny(w, "ову", "еву", "ину", "овой", "евой", "иной") // "д. 114 (Ахмеджанову): подготовьте …"
	if n := len(sc.out); n > 0 && sc.out[n-1].typ == tAddress && t.start-sc.out[n-1].end <= 2 && !oblique {
		return false
	}
	return w[0] < 0x80 || t.flags&uint16(fRuSurname) != 0 || oblique || endsAny(w, "ова", "ева", "ина")
}

// signatureLine reports a run alone on the last line of the text.
func signatureLine(s string, start, end int) bool {
	return (start == 0 || s[start-1] == '\n') && strings.TrimSpace(s[end:]) == ""
}

// partyOrPossessive reports " v. " (a court case) or a possessive of a
// person's things after a surname's end: "Chen v. Haval dealer", "Brandt's
// booking", "Wagner's flat". A possessive that ends a phrase after "at"
// names a client's home: "done with plastering at Becker's, tmrw tiles".
func partyOrPossessive(s string, start, end int) bool {
	if startsAny(s[end:], " v. ", " vs. ", " vs ") {
		return true
	}
	if !startsAny(s[end:], "'s", "’s") {
		return false
	}
	p := end + 2
	if s[end] != '\'' {
		p = end + len("’s")
	}
	if p == len(s) || strings.IndexByte(",.;:)\n", s[p]) >= 0 {
		return strings.HasSuffix(s[:start], " at ")
	}
	if s[p] != ' ' {
		return false
	}
	p++
	switch s[p:wordEnd(s, p)] {
	case "booking", "account", "case", "claim", "flight", "passport", "ticket", "refund", "contract", "wife", "husband",
		"son", "daughter", "mother", "father", "card", "file", "application", "request", "visa", "lawyer", "complaint",
		"place", "kitchen", "bathroom", "phone", "address", "invoice":
		return true
	}
	return homePossessive(s, end)
}

// homePossessive reports "'s" and a word for a home after a surname's end,
// which even a surname that is also a word or a brand owns: "Klein's flat".
func homePossessive(s string, end int) bool {
	for _, h := range [...]string{"'s flat", "'s apartment", "'s house", "'s dacha", "'s cottage", "’s flat", "’s apartment", "’s house"} {
		if strings.HasPrefix(s[end:], h) && wordEnd(s, end+len(h)-1) == end+len(h) {
			return true
		}
	}
	return false
}

// morphParts counts the name parts known only by their shape.
func morphParts(toks []nameTok) int {
	n := 0
	for _, t := range toks {
		if t.flags == tkMorph {
			n++
		}
	}
	return n
}

// postcodeAhead reports a UK postcode within the next 40 bytes of the
// line after e: "Sandy Lane, Easingwold YO61 3EF" is a street.
func postcodeAhead(s string, e int) bool {
	for p := e; p < len(s) && p-e < 40 && s[p] != '\n'; p++ {
		if s[p-1] == ' ' && isUpperASCII(s[p]) && ukPostcodeAt(s, p) > 0 {
			return true
		}
	}
	return false
}

// personListBefore reports a person's name and ", " right before start:
// the run at start continues a list of names.
func (sc *scanner) personListBefore(start int) bool {
	if start < 2 || sc.s[start-2:start] != ", " || len(sc.out) == 0 {
		return false
	}
	last := sc.out[len(sc.out)-1]
	return last.typ == tPerson && last.end == start-2 && strings.IndexByte(sc.s[last.start:last.end], ' ') > 0
}

// jpHonorificAfter reports a Japanese honorific right after end: "Tanaka|-san".
func jpHonorificAfter(s string, end int) bool {
	if end >= len(s) || s[end] != '-' {
		return false
	}
	e := end + 1
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	return japaneseHonorific(s[end+1 : e])
}

// personJoinedBefore reports a person's name and "and", "и" or "&" right
// before start (not ", ": "Иван Петров, Московская обл.").
func (sc *scanner) personJoinedBefore(start int) bool {
	if len(sc.out) == 0 {
		return false
	}
	last := sc.out[len(sc.out)-1]
	if last.typ != tPerson || last.end >= start || start-last.end > 5 {
		return false
	}
	switch sc.s[last.end:start] {
	case " and ", " и ", " & ":
		return true
	}
	return false
}

// listDashAfter reports a dash after a name in a list line: "2. Лозовая
// Алёна — Skoda Octavia".
// runLabelled reports a name's run at [start, end) that follows a label
// ("Reporter: Faridun Nazarov (+992 …)") or a list's bullet ("- Хамидов
// Азизбек — сдал") and ends its clause or its item.
func runLabelled(s string, start, end int) bool {
	var buf [32]byte
	label := labelBefore(s, start, buf[:0])
	if label == nil && !(start >= 2 && (s[start-2:start] == "- " || s[start-2:start] == ". ") && lineStart(s, start, 8) >= start-4) {
		return false
	}
	if bytes.HasPrefix(label, []byte("address")) || bytes.HasPrefix(label, []byte("адрес")) {
		return false // "Billing address: Thornton Grange, Carr Lane"
	}
	return end == len(s) || listDashAfter(s, end) || strings.IndexByte(",(\n;", s[end]) >= 0 || startsAny(s[end:], " (", " |")
}

func listDashAfter(s string, end int) bool {
	return strings.HasPrefix(s[end:], " — ") || strings.HasPrefix(s[end:], " – ") || strings.HasPrefix(s[end:], " - ")
}

// loneSurname reports a Cyrillic word inside a sentence with the ending of
// a Russian or Ukrainian surname, -ова, -ева, -ина, -енко, that no place
// preposition introduces: "у Игнатова", "теперь Стрельцова", not "в
// Кирова", "на Ленина".
func loneSurname(s string, start, end int) bool {
	if s[start] < 0x80 || end-start < 12 || sentenceStart(s, start) {
		return false
	}
	w := s[start:end]
	stem := "" // the word up to its -ов, -ев or -ин: a city's name, "в сторону Ростова"
	for _, e := range [...]string{"ова", "ева", "ина", "ову", "еву", "ину", "овой", "евой", "иной", "овым", "евым", "иным"} {
		if strings.HasSuffix(w, e) {
			stem = w[:len(w)-len(e)+len("ов")]
			break
		}
	}
	if stem == "" && !strings.HasSuffix(w, "енко") {
		return false
	}
	if strings.HasSuffix(w, "ой") && end+1 < len(s) && s[end] == ' ' {
		if q := wordEnd(s, end+1); q-end-1 >= 8 && !upperAt(s[end+1:]) && !endsAny(s[end+1:q], "ла", "ло", "ли", "ет", "ит", "ат", "ят", "ть", "ся", "сь") {
			return false // an adjective before its noun: "этап Бриллиантовой лиги", "ООО «ПКО Долговой центр»"
		}
	}
	b := wordStartBefore(s, start-1)
	if b >= 0 && upperAt(s[b:]) && !sentenceStart(s, b) {
		return false // another capitalized word before: "на Большой Зеленина 28"
	}
	var buf [32]byte
	pw := string(prevWord(s, start, buf[:0]))
	if pw == "и" && b >= 2 {
		if a := wordStartBefore(s, b-1); a >= 0 && upperAt(s[a:]) && adjectiveWord(s[a:b-1]) {
			return false // a crossing of streets: "на пересечении Профсоюзной и Обручева"
		}
	}
	switch pw {
	case "в", "во", "на", "из", "до", "под", "над", "за", "около", "возле", "через", "по", "с", "со", "от", "ул", "улица",
		"улице", "улицы", "пр", "проспект", "пер", "переулок", "пл", "площадь", "им", "имени", "г", "город", "пос", "село", "д",
		"сторону", "стороны", "направлении", "районе", "района", "памятник", "памятника", "памятнику", "памятником":
		return false
	}
	f, ok := foldInto(buf[:0], stem) // a city: "в сторону Ростова", "смотрим Пекина", "к Кирову"
	return !ok || !ruCities[string(f)] && !foreignCities[string(f)]
}

// foreignCities are cities whose genitive looks like a surname's: Пекина,
// Берлина.
var foreignCities = map[string]bool{"ростов": true, "пекин": true, "берлин": true, "харбин": true, "турин": true,
	"медельин": true}

// renameBefore reports a change of name right before start: "changed her
// surname to Fischer", "сменила фамилию на Стрельцову".
func renameBefore(s string, start int) bool {
	if start < 12 || s[start-1] != ' ' {
		return false
	}
	switch {
	case s[start-3:start-1] == "to": // the cheap test first: most names follow neither word
		return strings.HasSuffix(s[:start], "surname to ") || strings.HasSuffix(s[:start], "last name to ")
	case s[start-5:start-1] == "на":
		return strings.HasSuffix(s[:start], "фамилию на ")
	}
	return false
}

// titleAdjSurname reports a Cyrillic word at s[start:end] shaped like a
// surname declined as an adjective, right after a title in the same
// sentence: "к доктору Нагорному", "Оператор Горный"; not "кладовщика.
// Гостевая сеть".
func (sc *scanner) titleAdjSurname(start, end int) bool {
	s := sc.s
	if start < 2 || s[start-2] == '.' || s[start] < 0x80 {
		return false
	}
	var pb [32]byte
	if pw := string(sc.prevWord(start, pb[:0])); strings.HasSuffix(pw, "о") || strings.HasSuffix(pw, "л") ||
		strings.HasSuffix(pw, "ла") || strings.HasSuffix(pw, "н") || strings.HasSuffix(pw, "на") {
		return false // a handover verb, not a role: "будет принято Социальным фондом"
	}
	w := s[start:end]
	return adjSurname(w) || len(w) >= 12 && (strings.HasSuffix(w, "ому") || strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "ым"))
}

// houseBeforeName reports a house number before one or two capitalized
// words that end at the street word at i: "2 Okhotny Ryad", "2/1 Kutuzovsky".
func houseBeforeName(s string, i int) bool {
	p := i
	for words := 0; words < 3 && p >= 2 && s[p-1] == ' '; words++ {
		b := p - 1
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
			b--
		}
		if isDigit(s[b]) {
			if s[p-2] == '.' {
				return false // a sentence ends there: "GOST 977-88. Weight per tyre"
			}
			return words > 0 && (houseNumberEnd(s, b) == p-1 || slashHouse(s[b:p-1]) || houseToken(s[b:p-1]))
		}
		if !isUpperASCII(s[b]) {
			return false
		}
		p = b
	}
	return false
}

// houseBeforeRun reports a house number one space before i: "45 Ashton".
func houseBeforeRun(s string, i int) bool {
	return houseStartBefore(s, i) >= 0
}

// houseStartBefore returns the start of the house number one space before
// i ("45 Ashton", "6/2 Petra Alekseeva St."), or -1.
func houseStartBefore(s string, i int) int {
	if i >= 4 && s[i-1] == ' ' && strings.IndexByte("NSEW", s[i-2]) >= 0 && s[i-3] == ' ' && isDigit(s[i-4]) {
		i -= 2 // a compass point between: "8750 W Bryn Mawr Ave"
	}
	if i < 2 || s[i-1] != ' ' || !isDigit(s[i-2]) && !(i >= 4 && isUpperASCII(s[i-2]) && isDigit(s[i-3])) { // "9A Geroev Khasana St."
		return -1
	}
	k := i - 2
	for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '/' && k >= 2 && isDigit(s[k-2])) {
		k-- // "6/2 Petra Alekseeva St."
	}
	if k == 0 || s[k-1] == ' ' || s[k-1] == ',' || s[k-1] == '\n' || s[k-1] == '\t' || s[k-1] == '(' || s[k-1] == ';' {
		// a signature's last line, a bracket or a cell: "…\n3 Vazgen Sargsyan St, Yerevan 0010", "(246 Karla Marksa St, Izhevsk)"
		return k
	}
	return -1
}

// keywordAfter reports a Russian street keyword one space after e.
func keywordAfter(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' || s[e+1] < 0x80 {
		return false
	}
	q := wordEnd(s, e+1)
	if q == e+1 || !filterHas(s[e+1:q]) { // street keywords are in the lower-case filter
		return false
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[e+1:q])
	switch string(w) {
	case "обл", "область", "области", "край", "края", "р-н", "района", "р-на", "р-не", "районе", "району":
		return q < len(s) && (s[q] == '.' || s[q] == ',' || s[q] == ' ') // a region: "Московская обл., Талдомский г.о."
	}
	return addrKind(w) == akStreet
}

// streetAfter reports a street keyword after ", " at e: the word before is
// a city, not a person ("Клиент: Тверь, улица Склизкова").
func streetAfter(s string, e int) bool {
	if e+3 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return false
	}
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[e+2:wordEnd(s, e+2)])
	return addrKind(w) == akStreet
}

// closings end the line before a signature: "Best regards,\nSofia Marchetti".
var closings = [...]string{"regards", "уважением", "thanks", "thank you", "cheers", "best", "sincerely", "wishes",
	"спасибо", "благодарностью", "добра"}

// signedAfterClosing reports a word that opens the line after a closing.
func signedAfterClosing(s string, i int) bool {
	if i < 2 || s[i-1] != '\n' {
		return false
	}
	line := strings.TrimRight(s[max(0, i-40):i-1], " ,.!\r")
	line = strings.ToLower(line)
	for _, c := range closings {
		if strings.HasSuffix(line, c) {
			return true
		}
	}
	return false
}

// signOff reports a word that closes a message on its own after the last
// sentence, the way a client signs a chat message: "...заболел ребёнок.
// Лилия", "...в домофон не пускает. Надежда".
func signOff(s string, i, j int) bool {
	tail := s[j:]
	if k := strings.IndexByte(tail, '\n'); k >= 0 && startsAny(tail[k+1:], "Отправлено с", "Отправлено из", "Sent from") {
		tail = tail[:k] // a phone's footer after the signature: "Дина\nОтправлено с iPhone"
	}
	if len(tail) > 4 || strings.TrimRight(tail, " .!)\n") != "" {
		return false
	}
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\n') {
		k--
	}
	if k > 0 && k < i && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?' || s[i-1] == '\n') {
		return true
	}
	// A dash before the signature: "Sorry for the confusion. – Kim".
	return strings.HasSuffix(s[:k], "–") || strings.HasSuffix(s[:k], "—") || k > 1 && s[k-1] == '-' && s[k-2] == ' '
}

// dashSignOff reports a word that ends the message after a dash: "– Kim",
// "— Dev".
func dashSignOff(s string, i, j int) bool {
	role := false
	if len(s)-j > 4 || strings.TrimRight(s[j:], " .!)\n") != "" {
		if !signedRole(s[j:]) {
			return false
		}
		role = true
	}
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	dash := 0
	switch {
	case strings.HasSuffix(s[:k], "–") || strings.HasSuffix(s[:k], "—"):
		dash = len("—")
	case k > 1 && s[k-1] == '-' && s[k-2] == ' ':
		dash = 1
	}
	if dash == 0 || k == i {
		return false
	}
	// A role after the name needs the dash inside a line: a dash that opens
	// one opens a turn of a dialogue, "— Перебронировали, всё ок."
	return !role || k-dash > 1 && s[k-dash-1] == ' ' && lineStart(s, k-dash, 200) < k-dash-1
}

// signedRole reports the rest of a message after a signed name that is the
// signer's role or team, up to three words: "— Marina, billing", "— Олег,
// отдел продаж".
func signedRole(tail string) bool {
	if len(tail) > 40 || !strings.HasPrefix(tail, ", ") {
		return false
	}
	rest := strings.TrimRight(tail[2:], " .!\n")
	if rest == "" || strings.Count(rest, " ") > 2 {
		return false
	}
	if sz, up := letterAt(rest, 0); sz == 0 || up {
		return false
	}
	for k := 0; k < len(rest); {
		if rest[k] == ' ' || rest[k] == '-' {
			k++
			continue
		}
		sz, _ := letterAt(rest, k)
		if sz == 0 {
			return false
		}
		k += sz
	}
	return true
}

// labelGap reports a name that fills a labelled field on its own: a colon
// after the title and the end of the clause after the name
// ("Ответственный: Серова.", "Принял: провизор Нестеренко"), unlike
// "Оператор: Лицевой счёт назовите".
func labelGap(s string, i, end int) bool {
	if i < 3 || s[i-1] != ' ' || s[i-2] != ':' {
		return false
	}
	return end == len(s) || strings.IndexByte(".,;\n!?", s[end]) >= 0
}

// pastVerbAfter reports a Russian surname in -ов/-ев/-ин (-ова, -ева,
// -ина), seven letters or more, so not "Голова", before a verb in the past
// tense of the same gender, or one in -енко/-ук/-юк before either gender,
// or before a verb of speaking in the present: "Зиновьева оплатила",
// "Беляков принял", "Дьяченко оплатил", "Корольков просит".
func pastVerbAfter(s string, t nameTok) bool {
	if s[t.start] < 0x80 || t.flags&tkMorph == 0 || t.end-t.start < 14 || t.end+3 >= len(s) || s[t.end] != ' ' {
		return false
	}
	w := s[t.start:t.end]
	fem := endsAny(w, "ова", "ева", "ина")
	either := endsAny(w, "енко", "ук", "юк") // no gender of its own: "Дьяченко оплатил", "Ковальчук отказалась"
	if !fem && !either && !endsAny(w, "ов", "ев", "ин") {
		return false
	}
	if ruSpeechVerbAfter(s, t.end) {
		// A verb of speaking in the present, of either gender, "Корольков
		// просит перезвонить"; not after a street's preposition, "клиент на
		// Чкалова ждёт".
		return !prevWordIn(s, t.start, "на", "с", "со", "в", "из", "до", "от")
	}
	p := t.end + 1
	if sz, up := letterAt(s, p); sz == 0 || up {
		return false
	}
	v := s[p:wordEnd(s, p)]
	if fem || either && strings.HasSuffix(v, "ла") {
		return len(v) >= 8 && strings.HasSuffix(v, "ла")
	}
	return len(v) >= 6 && strings.HasSuffix(v, "л")
}

// chatSpeaker reports a name that opens a line as a chat's speaker label:
// "Ника: здравствуйте, это вы готовили …".
func chatSpeaker(s string, start, end int) bool {
	turn := start == 0 || s[start-1] == '\n' || start >= 2 && (s[start-2:start] == "| " || s[start-2:start] == "] ") ||
		start >= 4 && s[start-4:start] == "— " // a turn inside a line: "Team chat — Hope: …", "… | Mark: it doesn't", "[10:41] Nadia: …"
	return turn && end+2 < len(s) && s[end] == ':' && s[end+1] == ' ' && s[end+2] != '\n' &&
		(utf8.RuneCountInString(s[start:end]) >= 4 || start >= 2 && s[start-2:start] == "] ") // not a vocative or a word: "Лид: …"; but "[09:14] Lev: morning!"
}

// verbSoon reports a verb of speaking within three words after p, before
// the clause ends: "… the partner pharmacy called".
func verbSoon(s string, p int) bool {
	for words := 0; words < 4 && p < len(s); words++ {
		e := wordEnd(s, p)
		if e == p && isDigit(s[p]) {
			for e < len(s) && isDigit(s[e]) {
				e++ // a flat's or a house's number: "Will from 140 said", "Grace from flat 19 said"
			}
		}
		if e == p {
			return false
		}
		switch s[p:e] {
		case "called", "rang", "phoned", "wrote", "said", "says", "asked", "asks", "emailed", "confirmed", "writes",
			"flagged", "fixed", "noticed", "reported", "sent", "checked", "approved", "brought", "dropped", "had", "needs",
			"wants", "is", "was": // "Will from QA flagged call #88213", "Will from the repair crew fixed the tap"
			return true
		}
		if e >= len(s) || s[e] != ' ' {
			return false
		}
		p = e + 1
	}
	return false
}

// kinAfter reports an apposition that says whose kin a name is, after a
// comma: ", папа Лёши", ", мама Сони", ", the mum of Freddie".
func kinAfter(s string, end int) bool {
	return startsAny(s[end:], ", папа ", ", мама ", ", бабушка ", ", дедушка ", ", муж ", ", жена ", ", сын ", ", дочь ",
		", отец ", ", мать ", ", the mum of ", ", the dad of ", ", mum of ", ", dad of ",
		", внук ", ", внучка ", ", вдова ", ", вдовец ", ", брат ", ", сестра ", ", племянник ", ", племянница ", // "Контакт — Роман, внук умершей"
		", the son of ", ", the daughter of ", ", son of ", ", daughter of ", ", grandson of ", ", widow of ",
		" (her husband)", " (his wife)", " (husband)", " (wife)", " (her son)", " (his son)", " (dad)", " (mum)") // "— Mark (her husband)"
}

// shiftAfter reports a name that opens a rota's entry, after ": " or ", ",
// with the hours of a shift after it: "Mon: Harrison 8:00–14:00".
func shiftAfter(s string, start, end int) bool {
	if start < 2 || s[start-1] != ' ' || s[start-2] != ':' && s[start-2] != ',' || end+1 >= len(s) || s[end] != ' ' {
		return false
	}
	p := end + 1
	clock := func() bool {
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q-p < 1 || q-p > 2 || q+3 > len(s) || s[q] != ':' || !isDigit(s[q+1]) || !isDigit(s[q+2]) {
			return false
		}
		p = q + 3
		return true
	}
	if !clock() {
		return false
	}
	switch {
	case strings.HasPrefix(s[p:], "–"):
		p += len("–")
	case p < len(s) && s[p] == '-':
		p++
	default:
		return false
	}
	return clock()
}

// drugName reports a run that opens with a drug's name, in any case form:
// "Мирамистина", "Пенталгин", "Ношпу", "Nurofen Forte", "Aspirin Cardio".
func drugName(run string) bool {
	var buf [48]byte
	f, ok := foldInto(buf[:0], run)
	if !ok {
		return false
	}
	return startsAny(string(f), "мирамистин", "пенталгин", "кортексин", "ношп", "но-шп", "туджео", "отривин", "нурофен", "ксеникал",
		"анаферон", "арбидол", "кагоцел", "мильгамм", "инсулин", "аспирин", "nurofen", "aspirin", "xenical", "otrivin", "miramistin")
}

// placeNounNaBefore reports "на" after a noun for a shop, an office or a
// branch right before start: "в салоне на Марата", "офис на Чкалова"; not
// "записала на Марата".
func placeNounNaBefore(s string, start int) bool {
	if start < 8 || s[start-1] != ' ' || !strings.HasSuffix(s[:start-1], " на") {
		return false
	}
	b := wordStartBefore(s, start-len(" на "))
	if b < 0 {
		return false
	}
	w := strings.ToLower(s[b : start-len(" на ")])
	return startsAny(w, "салон", "магазин", "офис", "филиал", "точк", "склад", "клиник", "центр", "мфц", "отделени", "оптик",
		"аптек", "пункт", "пвз", "кафе", "ресторан", "студи", "шоурум", "бутик", "объект", "квартир", "стройк", // "с объекта на Гороховой"
		"выдач", "клуб", "сто", "автосервис", "сервис", "мастерск", "зал", "школ", "бар", "отел", "гостиниц", "кофейн", "пекарн") // "пункт выдачи на Абая", "с СТО на Рыскулова"
}

// roleColonBefore reports a role and a colon right before start: "teacher:
// Grace", "Proctor: Grace", "Медсестра: Вера".
func roleColonBefore(s string, start int) bool {
	if start < 3 || s[start-1] != ' ' || s[start-2] != ':' {
		return false
	}
	b := wordStartBefore(s, start-2)
	if b < 0 {
		return false
	}
	switch strings.ToLower(s[b : start-2]) {
	case "teacher", "tutor", "proctor", "agent", "manager", "driver", "courier", "nurse", "doctor", "coach", "instructor",
		"guide", "host", "operator", "engineer", "technician", "supervisor", "lead", "cashier", "receptionist", "therapist",
		"преподаватель", "учитель", "менеджер", "курьер", "водитель", "мастер", "врач", "медсестра", "оператор",
		"администратор", "инструктор", "тренер", "куратор", "кассир", "ответственный", "ответственная":
		return true
	}
	return false
}

// lineEnds reports the end of a line or of the text at end.
func lineEnds(s string, end int) bool {
	return end == len(s) || s[end] == '\n' || s[end] == '\r'
}

// stateVerbAfter reports one of the English first names that are also
// words but seldom open a sentence as one (Mark, Grace, Max, …) before a
// verb of being or having: "Mark is recovering well", "Grace was lovely",
// "Max keeps eating my food"; not "Hope is not a strategy", "May is busy",
// "Will is valid".
func stateVerbAfter(s string, start, end int) bool {
	switch s[start:end] {
	case "Mark", "Jack", "Frank", "Grace", "Rose", "Ruby", "Holly", "Ivy", "Lily", "Joe", "Ray",
		"Pat", "Sue", "Ted", "Ken", "Rick", "Sandy", "Polly", "Jess", "Sam": // not Bill, Max or Daisy: "Bill is ready", "Max is the dog"
	case "Will":
		// A testament is, was or needs: only what a person does follows,
		// "Will is covering his sites", "Will can't make it", "Will's shift".
		for _, ap := range []string{"'s ", "’s "} {
			if strings.HasPrefix(s[end:], ap) {
				return !startsAny(s[end+len(ap)-1:], " will ", " estate", " executor", " provisions")
			}
		}
		return startsAny(s[end:], " is here", " is away", " is off", " is on leave", " is allergic", " can't", " couldn't", " wants",
			" keeps", " joined", " said", " says") || (strings.HasPrefix(s[end:], " is ") || strings.HasPrefix(s[end:], " was ")) && ingWordAfter(s, end)
	default:
		return false
	}
	if startsAny(s[end:], "'s ", "’s ") {
		return true // "Mark's number", "Grace's shift"
	}
	return verbAfter(s, end, stateVerbs)
}

// ingWordAfter reports a word in -ing after "is" or "was" after end: "Will
// is covering", "Will was coming".
func ingWordAfter(s string, end int) bool {
	p := end + 1
	p = wordEnd(s, p) + 1 // over "is" or "was"
	if p >= len(s) {
		return false
	}
	w := s[p:wordEnd(s, p)]
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// stateVerbs follow a first name as the subject of a sentence.
var stateVerbs = map[string]bool{"is": true, "was": true, "has": true, "had": true, "keeps": true, "kept": true, "needs": true,
	"wants": true, "wanted": true, "joined": true, "paid": true, "sent": true, "booked": true, "cancelled": true, "started": true, "starts": true, "feels": true, "felt": true, "loves": true,
	"likes": true, "thinks": true, "knows": true, "isn't": true, "wasn't": true, "doesn't": true, "didn't": true, "can't": true,
	"won't": true, "missed": true, "forgot": true}

// deptAfter reports a department or team after a name: "Роза из
// бухгалтерии", "Слава из сетей", "Ray from finance".
func deptAfter(s string, end int) bool {
	var p int
	switch {
	case strings.HasPrefix(s[end:], " из "):
		p = end + len(" из ")
	case strings.HasPrefix(s[end:], " from the "):
		p = end + len(" from the ") // "Grace from the billing team"
		if verbSoon(s, p) {
			return true // "Victoria from the partner pharmacy called"
		}
	case strings.HasPrefix(s[end:], " from "):
		p = end + len(" from ")
		if verbSoon(s, p) {
			return true // "Mark from Redwood Bakery called", "Mark from fleet says"
		}
	default:
		return false
	}
	if strings.HasPrefix(s[end:], " из ") && flatNumberAt(s, p) {
		return true // a neighbour by her flat: "Вера из 17-й", "Роман из квартиры 46", "Надежда из сорок шестой"
	}
	var buf [40]byte
	w, ok := foldInto(buf[:0], s[p:wordEnd(s, p)])
	if ok && len(w) > 8 && endsAny(string(w), "ого", "ой") && p < len(s) {
		if q := wordEnd(s, p) + 1; q < len(s) && s[q-1] == ' ' {
			w, ok = foldInto(buf[:0], s[q:wordEnd(s, q)]) // an adjective before the department: "Роман из ипотечного отдела"
		}
	}
	if !ok || len(w) < 2 {
		return false
	}
	switch string(w) {
	case "бухгалтерии", "отдела", "сетей", "маркетинга", "продаж", "поддержки", "склада", "кадров", "логистики", "ит",
		"снабжения", "безопасности", "службы", "регистратуры", "офиса", "филиала", "закупок", "юротдела", "техподдержки",
		"сервис-деска", "администрации", "it", "hr", "accounts", "accounting", "finance", "sales", "marketing", "support",
		"legal", "procurement", "reception", "payroll", "security", "operations", "ops", "logistics", "billing", "helpdesk",
		"compliance", "purchasing", "warehouse", "facilities", "design", "дизайна", "монтажа", "доставки", "install", "installation", "delivery":
		return true
	}
	return false
}

// flatNumberAt reports a flat named at p after "из": "17-й", "45-й
// квартиры", "17 кв.", "квартиры 46", "кв. 12", or an ordinal said aloud,
// "сорок шестой", "третьей".
func flatNumberAt(s string, p int) bool {
	if p < len(s) && isDigit(s[p]) {
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		return q-p <= 4 && (startsAny(s[q:], "-й", "-ой", "-ей", " кв.", " кв ", " квартир") && !startsAny(s[q:], "-й км", "-й год", "-й раз"))
	}
	if startsAny(s[p:], "квартиры ", "кв. ", "кв ") {
		q := strings.IndexByte(s[p:], ' ') + p + 1
		return q < len(s) && isDigit(s[q])
	}
	q := wordEnd(s, p)
	switch s[p:q] {
	case "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто", "сто":
		if q+1 < len(s) && s[q] == ' ' {
			p = q + 1
			q = wordEnd(s, p)
		}
	}
	w := s[p:q]
	if !endsAny(w, "ой", "ей") || !startsAny(w, "перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят",
		"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат",
		"двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност", "сот") {
		return false
	}
	return q == len(s) || strings.IndexByte(",.!?;)\n", s[q]) >= 0 || startsAny(s[q:], " квартир", " кв", " подъезд", " сказал", " говорит", " просил", " звонил", " жалуется", " пишет", " передал")
}

// ruPastVerbAfter reports a Russian verb in the past tense right after a
// name, whose gender it shows: "Вера позвонила", "Слава принёс".
// ruVerbAfterAdverb reports a Russian verb in the present or the past after
// an adverb of time right after a name: "Вера сегодня работает до 18:00",
// "Вера опять забыла очки", "Надежда завтра в отпуске" is not one, "Вера
// говорит" is.
func ruVerbAfterAdverb(s string, end int) bool {
	p := end + 1
	if end+3 >= len(s) || s[end] != ' ' || s[p] != 0xD0 && s[p] != 0xD1 {
		return false
	}
	w := s[p:wordEnd(s, p)]
	switch w {
	case "сегодня", "завтра", "вчера", "опять", "снова", "уже", "тоже", "ещё", "еще", "сейчас", "очень", "всегда", "не":
		p += len(w) + 1
		if p >= len(s) || s[p-1] != ' ' {
			return false
		}
		w = s[p:wordEnd(s, p)]
		if ruPastVerbAfter(s, p-1) {
			return true
		}
	}
	switch w {
	case "говорит", "пишет", "просит", "звонит", "работает", "старается", "спрашивает", "передаёт", "передает", "выйдет",
		"придёт", "придет", "знает", "уточнит", "перезвонит", "сказала", "сказал":
		return true
	}
	return false
}

func ruPastVerbAfter(s string, end int) bool {
	if end+3 >= len(s) || s[end] != ' ' || s[end+1] != 0xD0 && s[end+1] != 0xD1 {
		return false
	}
	p := end + 1
	if _, up := letterAt(s, p); up {
		return false
	}
	v := s[p:wordEnd(s, p)]
	if len(v) < 8 || strings.HasSuffix(v, "ила") && len(v) < 12 || v == "была" { // "сила", "вила", "Надежда была"; but "брал", "взял"
		return false
	}
	return endsAny(v, "ала", "яла", "ила", "ыла", "ела", "ал", "ял", "ил", "ыл", "ёл", "ёс")
}

// titleBefore reports a title or role word right before the run, or
// before it and a colon when the run fills the field ("Driver: Marek.").
func (sc *scanner) titleBefore(toks []nameTok) bool {
	if len(toks) == 0 || !titleGap(sc.s, toks[0].start) && !labelGap(sc.s, toks[0].start, toks[len(toks)-1].end) {
		return false
	}
	st := toks[0].start
	if e := toks[0].end; strings.HasSuffix(sc.s[:st], " — ") && len(toks) == 1 && (clauseEnds(sc.s, e) || sc.s[e] == ')') {
		// a role and a dash before a lone surname: "владелица — Канзычакова)"
		if b := wordStartBefore(sc.s, st-len(" — ")); b >= 0 {
			var buf [32]byte
			if w, ok := foldInto(buf[:0], sc.s[b:st-len(" — ")]); ok {
				in, _ := wordTab.get(w)
				return in.word&wTitle != 0
			}
		}
		return false
	}
	if strings.HasSuffix(sc.s[:st], "Master ") && !toks[0].surname() {
		return false // a brand's first word, not a trade: "Master Dom", "Master Lock"; but "master Kirpich", "Master: Medved.", a Chinese driver's "Master Wu"
	}
	in := sc.prevInfo(st)
	return in.word&(wTitle|wHonorific) != 0
}

// artCueBefore reports words that attribute a work of art right before
// start: the name after them is its author's, "кисти Шишкина", "копия с
// оригинала Шишкина", "круга Рембрандта", "after Rembrandt", "circle of
// Rubens".
func (sc *scanner) artCueBefore(start int) bool {
	s := sc.s
	var buf [32]byte
	switch string(sc.prevWord(start, buf[:0])) {
	case "кисти", "круга", "оригинала", "мастерской", "подражатель", "последователь", "манере":
		return true
	}
	if start < 4 || s[start-1] != ' ' {
		return false
	}
	if e := s[start-3 : start-1]; e != "of" && e != "to" && e != "er" {
		return false // every cue below ends so: "circle of ", "attributed to ", "\"after "
	}
	return endsAny(s[:start], "\"after ", "circle of ", "studio of ", "workshop of ", "follower of ", "manner of ",
		"attributed to ", "school of ")
}

// replyWord reports an English word that answers a speaker's turn rather
// than names someone: "Agent: Blocked.", "Agent: Perfect."
func replyWord(w string) bool {
	if w[0] >= 0x80 {
		return false
	}
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") {
		return true
	}
	switch l {
	case "perfect", "great", "done", "correct", "exactly", "good", "cool", "awesome", "excellent", "wonderful",
		"lovely", "brilliant", "agreed", "noted", "understood", "yes", "no", "sure", "thanks", "got", "welcome":
		return true
	}
	return false
}

// clauseEnds reports that a clause ends at e: "Мельник Варвара. Полис".
func clauseEnds(s string, e int) bool {
	return e == len(s) || strings.IndexByte(".,;!?\n", s[e]) >= 0 || strings.HasPrefix(s[e:], " / ") || strings.HasPrefix(s[e:], " | ")
}

// titleGap reports whether only a space, or an abbreviation's full stop and
// a space, separates the word at i from the one before: a title binds to
// the next word ("Оператор Денис", "Dr. Adeyemi") but not across a speaker
// label's colon ("Оператор: Лицевой счёт", "Agent: May I").
func titleGap(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	if s[i-2] == '.' {
		// An abbreviation's full stop ("Dr. Adeyemi", "проф. Вайнштейн"), not
		// a sentence's end: "лечу с внуком. Вера в то, что …".
		k := i - 2
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
			k--
		}
		if utf8.RuneCountInString(s[k:i-2]) > 5 {
			return false
		}
	}
	return s[i-2] != ':' && s[i-2] != ',' && s[i-2] != ' ' && !airlineSuffixBefore(s, i)
}

// airlineSuffixBefore reports a ticket's title suffix ending a sentence
// before i: "LEBEDEVA/ALINA MRS. Тариф невозвратный", "MUELLER/ANNA MRS.
// Ticket 220-…": the title belongs to the name before it.
func airlineSuffixBefore(s string, i int) bool {
	if i < 4 || s[i-2] != '.' {
		return false
	}
	k := i - 2
	for k > 0 && isUpperASCII(s[k-1]) {
		k--
	}
	switch s[k : i-2] {
	case "MR", "MRS", "MS", "MISS", "MSTR", "CHD", "INF":
	default:
		return false
	}
	line := strings.LastIndexByte(s[:k], '\n') + 1
	return k > 1 && s[k-1] == ' ' && strings.IndexByte(s[max(line, k-40):k], '/') >= 0
}

// personVerbs follow a person's name: "Grace said", "Kowalski signed for
// the parcel", "Björn Lindqvist asked".
var personVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "signed": true,
	"wrote": true, "writes": true, "called": true, "replied": true, "confirmed": true, "mentioned": true,
	"told": true, "complained": true, "requested": true, "emailed": true, "phoned": true, "agreed": true,
	"promised": true, "explained": true, "here": true, "who": true, "teaches": true, "coaches": true, "tutors": true,
	"lives": true, "works": true, "will": true, "covers": true, "confirms": true, "reports": true}

// notAfterWill are words that never follow the modal "will", so the
// "Will" before them is a name: a finite verb, a modal, a past tense. Not
// "is" or "was": a will is also a document, "Will is valid".
var notAfterWill = map[string]bool{"has": true, "had": true, "can": true, "could": true,
	"should": true, "would": true, "may": true, "might": true, "must": true, "wants": true, "needs": true, "says": true,
	"goes": true, "does": true, "did": true, "took": true, "got": true, "made": true, "left": true, "came": true,
	"went": true, "sent": true, "brought": true, "asked": true, "called": true, "said": true, "told": true, "gave": true,
	"knows": true, "thinks": true, "works": true, "lives": true, "helped": true, "finished": true, "started": true,
	"picked": true, "dropped": true, "signed": true, "paid": true, "booked": true, "hasn't": true, "doesn't": true,
	"didn't": true, "can't": true}

// actionVerbs follow a surname no table calls ambiguous ("Kowalski approved
// the refund"), but not a name that is also a word ("Grant approved").
var actionVerbs = map[string]bool{"approved": true, "sent": true, "paid": true, "ordered": true, "booked": true,
	"submitted": true, "accepted": true, "declined": true, "cancelled": true, "canceled": true, "returned": true,
	"visited": true, "arrived": true, "forwarded": true, "reviewed": true, "texted": true, "messaged": true,
	"reported": true}

// personVerbAfter reports whether a verb of a person follows the name
// ending at end: "Grace said", "Yaroslav here —".
func personVerbAfter(s string, end int) bool { return verbAfter(s, end, personVerbs) }

// titleVerbAfter reports an English word at [start, end) that a person's
// verb follows and a title stands right before, not across a full stop:
// "driver Nyamdorj will wait", not "I'm Precious's mum. She told me".
func titleVerbAfter(s string, start, end int) bool {
	return s[start] < 0x80 && start >= 2 && s[start-2] != '.' && personVerbAfter(s, end)
}

// verbAfter reports a lower-case word of verbs after a space at end.
func verbAfter(s string, end int, verbs map[string]bool) bool {
	if end+1 >= len(s) || s[end] != ' ' || s[end+1] < 'a' || s[end+1] > 'z' {
		return false
	}
	q := end + 1
	for q < len(s) && s[q] >= 'a' && s[q] <= 'z' {
		q++
	}
	if q < len(s) && (isAlnum(s[q]) || s[q] == '-') {
		return false
	}
	return verbs[s[end+1:q]]
}

// sentenceEnded reports whether a full stop, '!' or '?' precedes the word
// at i, so that a cue before it belongs to another sentence ("at 9am. My").
func sentenceEnded(s string, i int) bool {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i > 0 && (s[i-1] == '.' || s[i-1] == '!' || s[i-1] == '?')
}

// monthDay reports a month-like word next to a day number: "May 2",
// "14 June".
func monthDay(s string, i, j int) bool {
	if s[i] >= 0x80 {
		return false
	}
	if j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
		q := j + 1
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		// A day or a year, not a phone, "mum Grace 07944 103 672", nor a rota's hours, "Grace 18:00–21:00".
		return q-j-1 <= 4 && !shiftAfter(s, i, j) // "May 2", "June 2024"; not "Victoria 08:05"
	}
	if j < len(s) && s[j] == ')' && i >= 2 && s[i-2] == ',' {
		switch s[i:j] {
		case "April", "May", "June", "August":
			return true // a report's period: "(St. Petersburg, April)"
		}
	}
	return i >= 2 && s[i-1] == ' ' && isDigit(s[i-2])
}

// isCyrLead reports the first byte of a basic Cyrillic letter, so that a
// name's parts keep to one script: "Serkan Öztürk" is Latin throughout.
func isCyrLead(b byte) bool { return b >= 0xD0 && b <= 0xD3 } // with Kazakh letters: "Әсем Жұмабекова"

// innerCapital reports a word with a capital after a lower-case letter,
// which no name has but after a prefix (McDonald, DeVito): "ЭхоКГ",
// "ЛабЭкспресс", "MedTech".
func innerCapital(w string) bool {
	if c := w[0]; c == 'M' || c == 'D' || c == 'L' || c == 'V' || c == 'F' || c == 'O' { // the prefixes' first letters
		for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "O'"} {
			if len(w) > len(p) && w[:len(p)] == p && isUpperASCII(w[len(p)]) {
				w = w[len(p):] // "McDonald", "DeVito", "LeBlanc"
				break
			}
		}
	}
	lower := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if lower {
				return true
			}
		case (c == 0xD0 || c == 0xD1) && k+1 < len(w):
			d := w[k+1]
			k++
			up := c == 0xD0 && (d >= 0x90 && d <= 0xAF || d == 0x81)
			if up && lower {
				return true
			}
			lower = !up
		case c == '-' || c == '\'':
			lower = false // "Петрова-Водкина"
		default:
			if c >= 0xC0 {
				lower = false // other letters: no judgement
			}
		}
	}
	return false
}

// doubleName returns the name flags of a folded double name whose parts are
// both names, one of them not ambiguous: "Hans-Peter", "Orlova-Grant",
// "Анна-Мария"; 0 otherwise.
func doubleName(w []byte) uint16 {
	h := bytes.IndexByte(w, '-')
	if h <= 0 || h >= len(w)-1 {
		return 0
	}
	a, _ := wordTab.get(w[:h])
	b, _ := wordTab.get(w[h+1:])
	if f := (a.flags | b.flags) &^ fAmbig; a.isName() && b.isName() && (a.flags&fAmbig == 0 || b.flags&fAmbig == 0) {
		return uint16(f)
	}
	return 0
}

// koreanGivenName reports a romanized Korean given name: two syllables of
// two to five letters joined by a hyphen, the second in lower case
// ("Soo-jin", "Min-ji", "Jae-won", "Young-sook").
func koreanGivenName(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 5 || len(w)-h-1 < 2 || len(w)-h-1 > 5 || !isUpperASCII(w[0]) {
		return false
	}
	for k := 1; k < len(w); k++ {
		if k != h && (w[k] < 'a' || w[k] > 'z') {
			return false
		}
	}
	return true
}

// koreanSyllables reports a folded hyphenated given name made of two
// syllables that Korean given names are romanized with: "ji-young",
// "ha-eun", "seo-yeon"; not "wi-fi", "e-mail".
func koreanSyllables(w []byte) bool {
	h := bytes.IndexByte(w, '-')
	return h > 0 && koreanSyllable[string(w[:h])] && koreanSyllable[string(w[h+1:])]
}

var koreanSyllable = func() map[string]bool {
	m := map[string]bool{}
	for _, sy := range strings.Fields("ji young yeon seo ha eun min jun joon soo su jin hyun woo jae won yoon yun dong hee hui sung " +
		"seung kyung kyu gyu mi na ra bin ah hye ye da chan tae hoon hun jong sang il yeong hwa jeong jung yeong mun nam ok " +
		"sook suk hyo bo chul cheol ho kwang seok sik yong hyuk") {
		m[sy] = true
	}
	return m
}()

// koreanLowerName returns the start of a Korean surname in lower case
// right before the hyphenated given name s[i:j], "park ji-hoon", or -1.
func koreanLowerName(s string, i, j int) int {
	var buf [16]byte
	w, ok := foldLatin(buf[:0], s[i:j])
	if !ok || !koreanSyllables(w) {
		return -1
	}
	b := i - 1
	for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
		b--
	}
	if b == i-1 || i-1-b > 5 || b > 0 && isAlnum(s[b-1]) {
		return -1
	}
	var sb [8]byte
	sur := append(sb[:0], s[b:i-1]...)
	sur[0] -= 'a' - 'A'
	if !koreanSurname(string(sur)) {
		return -1
	}
	return b
}

// koreanSurnameBefore reports a Korean surname right before i: "Kim
// Soo-jin", "Lee Jae-won".
func koreanSurnameBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	b := i - 1
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	return koreanSurname(s[b : i-1])
}

// koreanSurnameAfter reports a Korean surname one space after j, the given
// name first as in English text: "Ji-woo Park".
func koreanSurnameAfter(s string, j int) bool {
	if j+2 >= len(s) || s[j] != ' ' {
		return false
	}
	e := j + 1
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	return koreanSurname(s[j+1 : e])
}

// koreanCapsGivenAt reports a Korean given name in capitals at p, two
// syllables joined by a hyphen: "MIN-JUN", "SOO-JIN".
func koreanCapsGivenAt(s string, p int) bool {
	if p >= len(s) || p < 1 || s[p-1] != ' ' || !isUpperASCII(s[p]) {
		return false
	}
	e := p
	for e < len(s) && (isUpperASCII(s[e]) || s[e] == '-') {
		e++
	}
	if e < len(s) && isAlnum(s[e]) || e-p > 12 {
		return false
	}
	var buf [16]byte
	w, ok := foldLatin(buf[:0], s[p:e])
	return ok && koreanSyllables(w)
}

// koreanSurnameCaps reports a romanized Korean surname in capitals: "KIM".
func koreanSurnameCaps(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	var b [5]byte
	b[0] = w[0]
	for k := 1; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return koreanSurname(string(b[:len(w)]))
}

// koreanSurname reports a romanized Korean surname.
func koreanSurname(w string) bool {
	switch w {
	case "Kim", "Lee", "Park", "Pak", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh",
		"Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
		"Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Cha", "Joo", "Woo", "Ryu", "Na", "Jin", "Ji", "Won":
		return true
	}
	return false
}

// eastAsianSurnameRU reports a Korean or Chinese surname in Cyrillic
// letters.
func eastAsianSurnameRU(w string) bool {
	switch w {
	case "Пак", "Ким", "Ли", "Цой", "Хан", "Юн", "Ан", "Чон", "Кан", "Шин", "Нам", "Тен", "Тян", "Огай", "Хегай", "Мун",
		"Пэ", "Чжан", "Ван", "Лю", "Чэнь", "Хуан", "Чжао", "Чжоу", "Сюй", "Сунь", "Линь", "Чжэн", "Цао", "Дэн", "Фэн",
		"Нгуен", "Хоанг", "Фам", "Данг", "Буй", "Нго", "Зыонг", "Чыонг", "Доан", "Чан", "Ле", "Фан", "Ву", // Vietnamese: "Нгуен Тхи Лан"
		"Ю", "Хуанг", "Сяо", "Чэн", "Ян", "Го", "Ма", "Ху", "Чжу": // more Chinese: "Ю Минхао", "Хуанг Юнь"
		return true
	}
	return false
}

// eastAsianGiven returns the end of one or two capitalized Cyrillic
// syllables of one to three letters after a space at j, and no third
// capitalized word: the given name after a surname ("Пак Ен Хи", "Ли Мин"),
// or, when long, one given name of up to six letters ("Ю Минхао"); j when
// there are none, or initials ("Пак Д.А.").
func eastAsianGiven(s string, j int, long bool) int {
	end := j
	for k := 0; k < 3; k++ {
		if end+3 >= len(s) || s[end] != ' ' || !isCyrLead(s[end+1]) {
			break
		}
		sz, up := letterAt(s, end+1)
		if sz == 0 || !up {
			break
		}
		e := wordEnd(s, end+1)
		if e-end-1 < 4 && e < len(s) && s[e] == '.' {
			if k >= 1 && e-end-1 == sz && (e+1 == len(s) || s[e+1] == ' ' || s[e+1] == '\n') {
				return e // a one-letter syllable closing the sentence: "переводчик Пак Сон Ё. Встретим"
			}
			return j // initials: "Пак Д.А."
		}
		if k == 2 || e-end-1 > 6 && !(long && k == 0 && e-end-1 <= 12 && !(e+2 < len(s) && s[e] == ' ' && upperAt(s[e+1:]))) &&
			!(k == 1 && e-end-1 <= 8 && !(e+2 < len(s) && s[e] == ' ' && upperAt(s[e+1:]))) {
			// A longer word or a third one: not a syllable, "Ким Иван Петрович"; but one given name in two syllables, "Ю Минхао",
			// and a second syllable of four letters, "Ким Мин Джун".
			return j
		}
		end = e
	}
	return end
}

// eastAsianWordSurname reports a surname of eastAsianSurnameRU that is also
// a word or a title, which takes only short syllables after it: not «Хан
// Трейд», "Хан Шатыр".
func eastAsianWordSurname(w string) bool {
	switch w {
	case "Хан", "Ан", "Нам", "Ма", "Го", "Ян", "Ху", "Ле", "Во", "Ву", "Фан", "Чан", "Кан", "Мун", "Тен":
		return true
	}
	return false
}

// vietnameseSurname reports a common Vietnamese family name, with or
// without its tones, capitalized or in capitals.
func vietnameseSurname(w string) bool {
	if strings.IndexByte("NTLPHVDB", w[0]) < 0 && w[0] != 0xC4 { // 0xC4: Đ
		return false
	}
	// Every surname opens with an ASCII letter or đ, which only the same
	// letter in either case folds to: the first byte rules out most.
	first := w[0]
	if first < 0x80 {
		first |= 0x20
	}
	for _, v := range vietnameseSurnames {
		if len(v) == len(w) && v[0] == first && strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

var vietnameseSurnames = [...]string{"nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng",
	"huynh", "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ", "ngo", "ngô",
	"duong", "dương", "ly", "lý"}

// vietnameseGiven returns the end of a Vietnamese middle name at p (Thi,
// Van, Duc, Minh, …) and the given name after it, or 0: only a middle
// name that Vietnamese uses tells "Le Van Thanh" from "Le Monde".
func vietnameseGiven(s string, p int) int {
	e := wordEnd(s, p)
	middle := false
	for _, v := range [...]string{"thi", "thị", "van", "văn", "duc", "đức", "minh", "ngoc", "ngọc", "quoc", "quốc", "thanh",
		"huu", "hữu", "xuan", "xuân", "hong", "hồng", "tuan", "tuấn", "thu"} {
		middle = middle || len(v) == e-p && strings.EqualFold(v, s[p:e])
	}
	if !middle {
		return 0
	}
	end := 0
	for words := 0; words < 2 && e+2 < len(s) && s[e] == ' ' && upperAt(s[e+1:]); words++ {
		f := wordEnd(s, e+1)
		if f-e-1 > 10 {
			break
		}
		end, e = f, f // one or two given names: "Nguyễn Thị Minh Anh"
	}
	return end
}

// japaneseHonorific reports a Japanese honorific glued to a name by a
// hyphen: "сан", "san", "sama", "kun", "chan", "sensei".
func japaneseHonorific(w string) bool {
	switch w {
	case "сан", "сама", "кун", "тян", "сэнсэй", "сенсей", "san", "sama", "kun", "chan", "sensei":
		return true
	}
	return false
}

// chineseSurnameEN reports a frequent Chinese surname in pinyin, as a
// passport or an English text spells it, capitalized or in capitals: "Gao",
// "LIU". Those that are English words ("He", "Long", "Fan") stay out.
func chineseSurnameEN(w string) bool {
	var buf [8]byte
	f, ok := foldInto(buf[:0], w)
	if !ok || !isUpperASCII(w[0]) {
		return false
	}
	switch string(f) {
	case "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
		"gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao",
		"tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
		"yao", "jin", "fu", "fang", "bai", "qian", "kong", "tan", "shi", "mao", "qiu", "cui", "hou", "shao", "meng", "duan",
		"lei", "qin", "xue", "yan", "dai", "xiong", "gu", "niu", "jia", "wen", "yin":
		return true
	}
	return false
}

// pinyinGivenAfter returns the end of a Chinese given name in pinyin after
// the surname at s[i:j] and a space, or 0. The given name is one or two
// syllables written as one word ("Feng", "Xiaoling") or two words of one
// syllable ("Tan Wei Ming"), in the surname's case, that the tables know
// as no English word, and the surname does not open a sentence unless both
// are in capitals: "Gao Feng", "SUN HAO", not "Sun Bank" or "the Zhang Ji
// Hardware Factory".
func pinyinGivenAfter(s string, i, j int) int {
	p := j + 1
	e := wordEnd(s, p)
	if e-p < 2 || e-p > 9 || !isUpperASCII(s[p]) || e < len(s) && (s[e] == '-' || s[e] == '\'' || isDigit(s[e])) {
		return 0
	}
	caps := allCapsWord(s[i:j]) && len(s[i:j]) > 1
	givenCaps := allCapsWord(s[p:e]) && e-p > 1
	if !caps && givenCaps {
		return 0
	}
	mixed := caps && !givenCaps // the surname in capitals, as a booking writes it: "Ms ZHANG Meilin"
	if !caps && (i == 0 || s[i-1] == '\n' || endsAny(s[:i], ". ", "! ", "? ", "\" ")) {
		return 0 // a sentence's first word may be an English one: "Sun Hao" mid-sentence or after a label's colon
	}
	var buf [16]byte
	f, ok := foldInto(buf[:0], s[p:e])
	if !ok || pinyinSyllables(string(f)) == 0 {
		return 0
	}
	switch string(f) {
	case "laoshi", "xiansheng", "nvshi", "nushi", "xiaojie", "taitai", "shifu":
		return 0 // a title after the name: "Lei Laoshi", the teacher
	}
	if t := tableInfo(s[p:e]); (t.word != 0 || t.flags&fAmbig != 0) && !(caps && givenCaps) || t.addr != 0 {
		return 0 // a word, unless both are in capitals: "ZHAO LEI"
	}
	if !caps && s[i:j] == "Sun" {
		return 0 // a ship's or a firm's "Sun": "Vessel Sun Rio"; a passport's "SUN HAO" stays
	}
	if e+2 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]) {
		q := wordEnd(s, e+1)
		g, ok := foldInto(buf[:0], s[e+1:q])
		if q-e-1 < 2 || q < len(s) && isAlnum(s[q]) {
			return e // an initial or a code after the name: "LIU YANG E88317642"
		}
		if mixed {
			return e // one given word after a surname in capitals
		}
		if !ok || caps != allCapsWord(s[e+1:q]) || pinyinSyllables(string(g)) != 1 {
			return 0 // a firm's name goes on: "the Zhang Ji Hardware Factory"
		}
		e = q // a given name in two words: "Tan Wei Ming", "Lim Hui Ling"
	}
	return e
}

// pinyinSyllables returns how many pinyin syllables w spells, one or two,
// or 0 when it spells none: "feng" 1, "xiaoling" 2.
func pinyinSyllables(w string) int {
	for _, a := range pinyinSyllableEnds(w) {
		if a == len(w) {
			return 1
		}
		for _, b := range pinyinSyllableEnds(w[a:]) {
			if a+b == len(w) {
				return 2
			}
		}
	}
	return 0
}

// pinyinSyllableEnds returns the ends of the syllables that open w, an
// initial and a final of standard pinyin (ü written v), longest first.
func pinyinSyllableEnds(w string) []int {
	var ends []int
	for _, in := range [...]string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""} {
		if !strings.HasPrefix(w, in) {
			continue
		}
		for _, fi := range [...]string{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "an", "ao", "ei", "en", "er",
			"ia", "ie", "in", "iu", "ou", "ua", "ue", "ui", "un", "uo", "ve", "a", "e", "i", "o", "u", "v"} {
			if strings.HasPrefix(w[len(in):], fi) {
				ends = append(ends, len(in)+len(fi))
			}
		}
		if in == "zh" || in == "ch" || in == "sh" {
			break // "zh" is no "z" and an "h"
		}
	}
	return ends
}

// latinDigraphInitial reports the two-letter Latin spelling of a Russian
// initial: "Yuldashev Sh.", "Ivanova Yu.".
func latinDigraphInitial(w string) bool {
	switch w {
	case "Sh", "Ch", "Zh", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo":
		return true
	}
	return false
}

// placeAfter reports a region word or a state or province code after a
// name-like word that ends at e, which makes it a place: "Leningrad Oblast",
// "Odintsovo district", "Victoria (BC)", "Portland (OR)".
func placeAfter(s string, e int) bool {
	if e+4 < len(s) && s[e] == ' ' && s[e+1] == '(' && isUpperASCII(s[e+2]) && isUpperASCII(s[e+3]) && s[e+4] == ')' {
		if b := wordStartBefore(s, e); b >= 0 {
			if in := tableInfo(s[b:e]); in.isName() && in.flags&fAmbig == 0 {
				return false // a person and a country's code: "Hannah Schmidt (DE)"
			}
		}
		return stateCodes[s[e+2:e+4]]
	}
	if e+2 >= len(s) || s[e] != ' ' {
		return false
	}
	var buf [24]byte
	f, _ := foldInto(buf[:0], s[e+1:wordEnd(s, e+1)])
	switch string(f) {
	case "oblast", "region", "district", "krai", "province", "county", "raion", "rayon", "область", "край", "район",
		"кладбище", "кладбища", "кладбищу", "кладбищем", "cemetery", // "на Покровском кладбище"
		"района", "районе", "области", "края", "крае", // "Прокуратуры Ленинского района"
		"округ", "округа", "округе", "гора", "горы", "горе", "гору", "плёс", "плес", "плёса", "плеса", "плёсе", "плесе", // "Богородский округ", "Клементьева гора", "Обской Плёс"
		"пещера", "пещеры", "пещеру", "пещере", "cave", "caves", // "Капова пещера", "Kapova Cave"
		"station": // "the pickup point at Victoria station"
		return true
	}
	return false
}

// stateCodes are the US states' and Canadian provinces' postal codes.
var stateCodes = func() map[string]bool {
	m := map[string]bool{}
	for c := range strings.FieldsSeq("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH " +
		"NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC BC AB SK MB ON QC NS NB PE NL YT NT NU") {
		m[c] = true
	}
	return m
}()

// listEntryStart reports a word at i that opens a line or a table's cell,
// after a list's dash, bullet or number: "Adams, Noah", "| Brooks, William",
// "3. Kim, Roman".
func listEntryStart(s string, i int) bool {
	a := i
	for a > 0 && (s[a-1] == ' ' || s[a-1] == '\t') {
		a--
	}
	switch {
	case a == 0 || s[a-1] == '\n':
		return true
	case s[a-1] == '"' && a == i && (a == 1 || strings.IndexByte(",;\n", s[a-2]) >= 0):
		return true // a quoted CSV cell: ",\"Morris, Alan\","
	case s[a-1] == '|' || s[a-1] == '/' || s[a-1] == '(' && a == i:
		return true // "| Brooks, William", "Becker, Anna / Becker, Max", "account 40312 (Brooks, Emily)"
	case s[a-1] == ':' && endsAny(s[:a], "\nFrom:", "\nTo:", "\nCc:", "\nОт:", "\nКому:") || a == len("From:") && s[:a] == "From:":
		return true // a mail header: "From: Hollings, Jonathan <jhollings@…>"
	case s[a-1] == '-' || s[a-1] == '*' || strings.HasSuffix(s[:a], "•") || strings.HasSuffix(s[:a], "—") || strings.HasSuffix(s[:a], "–"):
		d := a - 1
		for d > 0 && s[d] >= 0x80 && s[d] < 0xC0 {
			d--
		}
		return d == 0 || s[d-1] == '\n' // "- Kim, Roman" opens its line; not "Thu — Yusuf, Colm"
	case s[a-1] == '.' || s[a-1] == ')':
		d := a - 1
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		return d < a-1 && (d == 0 || s[d-1] == '\n')
	case a >= 5 && a < i && isDigit(s[a-1]) && isDigit(s[a-2]) && s[a-3] == ':' && isDigit(s[a-4]):
		d := a - 4 // a log's time: "10:20 Becker, Max — nosebleed"
		if d > 0 && isDigit(s[d-1]) {
			d--
		}
		return d == 0 || s[d-1] == '\n'
	case a < i && isDigit(s[a-1]) && i-a == 1:
		d := a - 1 // a place or a lane before the name: "1 KOLESNIKOV Kliment RUS 1:55.12"
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		return a-d <= 2 && (d == 0 || s[d-1] == '\n')
	}
	return false
}

// listEntryEnd reports the end of a list's entry at e: the line's or the
// cell's end, a bracket or a dash.
func listEntryEnd(s string, e int) bool {
	return e == len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == ';' || s[e] == '\t' || s[e] == ')' ||
		startsAny(s[e:], " |", " /", " (", " —", " –", " - ", "  ", " <") ||
		s[e] == '"' && (e+1 == len(s) || strings.IndexByte(",;\n", s[e+1]) >= 0) // the end of a quoted CSV cell
}

// eateryStems open the words for eateries that Russian names after their
// owners; eateryHeads holds their first four letters.
var (
	eateryStems = []string{"хинкальн", "пельменн", "шашлычн", "чебуречн", "блинн", "пекарн", "кофейн", "закусочн",
		"трактир", "харчевн", "чайхан", "бургерн", "пиццери", "рюмочн", "пышечн", "вареничн", "шаурмичн", "хачапурн", "лагманн",
		"khinkaln", "pelmenn", "shashlychn", "cheburechn", "blinn", "pekarn", "kofeyn", "chaikhan", "chaykhan", "traktir", "kharchevn"}
	eateryHeads = func() map[string]bool {
		m := map[string]bool{}
		for _, st := range eateryStems {
			n := 4
			if st[0] >= 0x80 {
				n = 8
			}
			m[st[:n]] = true
		}
		return m
	}()
)

// eateryInitial reports the UTF-8 bytes of a Cyrillic letter that opens an
// eatery's stem, in either case: х, п, ш, ч, б, к, з, т, р, в, л.
func eateryInitial(b0, b1 byte) bool {
	switch {
	case b0 == 0xD0:
		switch b1 {
		case 0xA5, 0x9F, 0xA8, 0xA7, 0x91, 0x9A, 0x97, 0xA2, 0xA0, 0x92, 0x9B, // Х П Ш Ч Б К З Т Р В Л
			0xBF, 0xB1, 0xBA, 0xB7, 0xB2, 0xBB: // п б к з в л
			return true
		}
	case b0 == 0xD1:
		switch b1 {
		case 0x85, 0x88, 0x87, 0x82, 0x80: // х ш ч т р
			return true
		}
	}
	return false
}

// eateryNamed reports a run at s[start:end], its first word ending at
// firstEnd, that names an eatery with its owner's name: an eatery's word
// first or last in the run, one space after it, or before it (over "у"):
// «Хинкальная у Гоги», «Гоги Хинкальная», "Pelmennaya Ivanovykh".
func eateryNamed(s string, start, firstEnd, end int) bool {
	var buf [48]byte
	word := func(a, b int) bool {
		if b-a < 5 || b-a > 40 || s[a] >= 0x80 && (b-a < 10 || a+1 < len(s) && !eateryInitial(s[a], s[a+1])) ||
			s[a] < 0x80 && strings.IndexByte("kpscbtKPSCBT", s[a]) < 0 {
			return false
		}
		w, ok := foldInto(buf[:0], s[a:b])
		n := 4 // the stems' first four letters pick the few words worth the full test
		if ok && len(w) > 0 && w[0] >= 0x80 {
			n = 8
		}
		if !ok || len(w) < n || !eateryHeads[string(w[:n])] {
			return false
		}
		return startsAny(string(w), eateryStems...)
	}
	if word(start, firstEnd) || firstEnd < end && word(toks1Start(s, end), end) {
		return true // its first or last word: «Хинкальная», "Pelmennaya Ivanovykh", «Гоги Хинкальная»
	}
	if end+6 < len(s) && s[end] == ' ' && quoteOpens(s, start) && word(end+1, wordEnd(s, end+1)) { // in quotes: not "у Ивана пекарня"
		return true
	}
	if q := start - 1; q >= 2 && s[q] == ' ' {
		if strings.HasSuffix(s[:q], " у") {
			q -= len(" у") // «Хинкальная у Гоги»
		} else if strings.HasSuffix(s[:q], " u") {
			q -= len(" u")
		}
		if b := wordStartBefore(s, q); b >= 0 && upperAt(s[b:]) && word(b, q) {
			return true // a name's word, not "в пекарне у Ивана"
		}
	}
	return false
}

// capsNameLabel reports a name's label before a name in capitals at i:
// "Name: ", "name ", "ФИО: ".
func capsNameLabel(s string, i int) bool {
	if nameLabelLine(s, i) {
		return true
	}
	var buf [16]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "name", "guest", "passenger", "фио", "имя", "child", "parent", "student", "pupil", "patient", "ребенок", "ребёнок", "ученик", "пациент":
		return i >= 2 && s[i-1] == ' '
	}
	return false
}

// garmentBefore reports a garment's word before start, over an opening
// quote: the name after it is the model's, "платье «Виктория»", "пальто
// Виктория беж", "dress Victoria".
func (sc *scanner) garmentBefore(start int) bool {
	s := sc.s
	q := start
	switch {
	case strings.HasSuffix(s[:q], "«"):
		q -= len("«")
	case strings.HasSuffix(s[:q], "“"):
		q -= len("“")
	case q > 0 && s[q-1] == '"':
		q--
	}
	var buf [32]byte
	return q >= 2 && s[q-1] == ' ' && (isASCIILetter(s[q-2]) || s[q-2] >= 0x80) && garmentWord(string(sc.prevWord(q, buf[:0]))) // not "… brooch. Margaret Hughes"
}

// variety reports a name in quotes of its own, s[start:end], beside a
// flower's word in its sentence: a variety named after a person, "роза
// «Грейс»", "'Mary Rose' and 'Graham Thomas' roses"; not the quoted text
// of a card, «Дорогой Марине от Саши», nor a quoted name in a sentence
// of its own, "не «Валера». И убери розы".
func (sc *scanner) variety(start, end int) bool {
	s := sc.s
	open := strings.HasSuffix(s[:start], "«") || strings.HasSuffix(s[:start], "“") || start > 0 && (s[start-1] == '\'' || s[start-1] == '"')
	for k := start - 1; !open && k > 0 && start-k <= 16 && s[k] == ' '; {
		k-- // the variety's first words: "'Atropurpurea Nana'", "'Queen Elizabeth'"
		for k > 0 && isASCIILetter(s[k]) {
			k--
		}
		open = s[k] == '\'' && (k == 0 || s[k-1] == ' ')
	}
	if !open {
		return false
	}
	end = quoteCloseWithin(s, end, 24) // the variety's other words: "'Gloria Dei'", "'Atropurpurea Nana'"
	if end < 0 {
		return false
	}
	before := s[max(0, start-60):start]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	after := s[end:min(len(s), end+90)]
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k]
	}
	last := strings.TrimRight(before, " '\"«“")
	last = last[strings.LastIndexByte(last, ' ')+1:]
	return flowerWordIn(before) || flowerWordIn(after) || flowerWordIn(strings.ToLower(last)) // "Peony 'Sarah Bernhardt'", "Роза 'Gloria Dei'"
}

// quoteCloseWithin returns the offset of a closing quote at end or after
// a few more words of the quoted text (at most limit bytes, no sentence's
// end on the way), or -1.
func quoteCloseWithin(s string, end, limit int) int {
	for k := end; k < len(s) && k-end <= limit; k++ {
		switch {
		case strings.HasPrefix(s[k:], "»") || strings.HasPrefix(s[k:], "”") || s[k] == '\'' || s[k] == '"':
			if k == end || s[k-1] != ' ' {
				return k
			}
			return -1
		case strings.IndexByte(".!?\n,;:(«“", s[k]) >= 0:
			return -1
		}
	}
	return -1
}

// flowerWordIn reports a plant's or a variety's word in lower case in s, or "Роза".
func flowerWordIn(s string) bool {
	return containsAny(s, "роз", "Роз", "пион", "гортенз", "тюльпан", "сорт", "клематис", "магноли", "лилейник", "яблон",
		"груш", "спире", "барбарис", "туя", "rose", "peon", "tulip", "hydrangea", "variet", "clematis", "magnolia",
		"daylily", "cultivar", "climber")
}

// garmentWord reports a folded word for a garment.
func garmentWord(w string) bool {
	switch w {
	case "платье", "платья", "платью", "пальто", "костюм", "костюма", "куртка", "куртку", "куртки", "блузка", "блузку",
		"юбка", "юбку", "шуба", "шубу", "плащ", "плаща", "пиджак", "пиджака", "жакет", "жакета",
		"dress", "coat", "suit", "jacket", "gown", "blouse", "skirt",
		// Toys and jewels named like people: "The doll Masha", "мишка Тедди", "брошь «Грейс»".
		"doll", "brooch", "кукла", "куклу", "куклы", "куклой", "брошь", "брошку", "брошки", "мишка", "мишку", "мишки":
		return true
	}
	return false
}

// roomNamed reports a surname at s[start:end] that names a room, a floor or
// a wing: in the nominative right after a room's word ("в комнате Павлов",
// "комната «Королёв»", "этаж Попов"; not "в комнате Павлова") or before
// "floor" or "wing" ("Pavlov floor"). In brackets after a room's number it
// stays a person, the room's occupant: "Room 204 (Kruglova)".
func roomNamed(s string, start, end int) bool {
	if startsAny(s[end:], " floor", " Floor", " wing", " Wing") {
		return true
	}
	roomWord := func(q int) bool { // a room's word one space before q, with nothing between
		if q < 3 || s[q-1] != ' ' || !isAlnum(s[q-2]) && s[q-2] < 0x80 {
			return false
		}
		var buf [32]byte
		switch string(prevWord(s, q, buf[:0])) {
		case "комната", "комнате", "комнату", "комнаты", "этаж", "этаже", "room", "floor":
			return true
		}
		return false
	}
	q := start
	if strings.HasSuffix(s[:q], "«") {
		q -= len("«")
	}
	return roomWord(q) && endsAny(s[start:end], "ов", "ев", "ёв", "ин", "ский", "ой", "v", "u") // nominative, not "в комнате Павлова"
}

// familyWordBefore reports a word for a family one space before i: "семью
// Калиевых", "родители Тихоновых".
func familyWordBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	var buf [32]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "семья", "семьи", "семье", "семью", "семьей", "семьёй", "родители", "родителей", "родителям", "супруги", "супругов":
		return true
	}
	return false
}

// givenNamesLine reports a document's label, ending right before i, that
// names the given names: "Given names ", "Vornamen/Given names ", "Sakheli
// / Name: ", "Фамилия ТИХОНОВА Имя ".
func givenNamesLine(s string, i int) bool {
	ls := lineStart(s, i, 40)
	label := strings.TrimRight(s[ls:i], " :")
	if len(label) == len(s[ls:i]) {
		return false // no space or colon before the value
	}
	if containsAny(label[max(0, len(label)-24):], "urname", "URNAME", "амилия", "АМИЛИЯ") {
		return false // "Surname / Given names: SIDORCHUK / BOGDAN": both, read whole elsewhere
	}
	return endsAny(label, "Given names", "Given Names", "Given name", "GIVEN NAMES", "Given Name(s)", "Given name(s)", "Forename", "Forenames", "FORENAME", "FORENAMES", "Vornamen", "Vorname", "Prénoms", "Prénom", "/ Name", "/Name", "Имя", "ИМЯ", "Імя",
		"Имя латиницей", "Имя (латиницей)", "ИМЯ ЛАТИНИЦЕЙ",
		"Patronymic", "PATRONYMIC", "Отчество", "ОТЧЕСТВО") || // "Patronymic: TULKIN O'G'LI"
		bilingualLabel(s[ls:i], "Given names /", "Given names/", "Given name /", "GIVEN NAMES /", "Name /", "NAME /") // "Given names / Аты: AIZADA", "Name / სახელი: TAMAR"
}

// licenceSurnameLine reports a driving licence's numbered first field that
// holds one word in capitals, s[i:j], over its second field in capitals
// (the caller checks that it opens with a first name): "1. ЯКУПОВ\n2.
// АЙДАР РУСЛАНОВИЧ".
func licenceSurnameLine(s string, i, j int) bool {
	if i < 3 || s[i-3:i] != "1. " || i > 3 && s[i-4] != '\n' || j+5 >= len(s) || s[j] != '\n' || s[j+1:j+4] != "2. " {
		return false
	}
	e := wordEnd(s, j+4)
	return e > j+4 && allCapsWord(s[j+4:e])
}

// capsWordsEnd returns the end of up to n words in capitals from i on one
// line, joined by single spaces.
func capsWordsEnd(s string, i, n int) int {
	e := i
	for k := 0; k < n; k++ {
		q := e
		if k > 0 {
			if q+1 >= len(s) || s[q] != ' ' {
				break
			}
			q++
		}
		if k > 0 {
			if m := uzPatronymicEnd(s, q); m > q {
				e = m // an Uzbek patronymic's ending: "TULKIN O'G'LI"
				continue
			}
		}
		w := wordEnd(s, q)
		if utf8.RuneCountInString(s[q:w]) < 2 || w < len(s) && s[w] == '.' || !allCapsWord(s[q:w]) || k > 0 && formLabelWord(s[q:w]) {
			break // not an initial, "ЗАХАРОВ В.Г.", nor the next field's label, "Имя МАКСИМ ОТЧЕСТВО ИГОРЕВИЧ"
		}
		e = w
	}
	return e
}

// uzPatronymicEnd returns the end of "O'G'LI" or "QIZI" at q, the ending of
// an Uzbek patronymic in capitals, or q.
func uzPatronymicEnd(s string, q int) int {
	for _, w := range [...]string{"O'G'LI", "QIZI"} {
		if e := q + len(w); strings.HasPrefix(s[q:], w) && (e == len(s) || !isAlnum(s[e])) {
			return e
		}
	}
	return q
}

// allCapsWord reports a word of capital letters only (Latin or Cyrillic).
func allCapsWord(w string) bool {
	for p := 0; p < len(w); {
		sz, up := letterAt(w, p)
		if sz == 0 || !up {
			return w[p] == '-' && p > 0 && p+1 < len(w) && allCapsWord(w[p+1:])
		}
		p += sz
	}
	return true
}

// formLabelWord reports a form's field label in capitals.
func formLabelWord(w string) bool {
	switch w {
	case "ОТЧЕСТВО", "ФАМИЛИЯ", "ДАТА", "ПОЛ", "МЕСТО", "ГРАЖДАНСТВО", "SURNAME", "SEX", "DATE", "NATIONALITY", "PLACE",
		"ЖИТЕЛЬСТВА", "РОЖДЕНИЯ", "ВЫДАЧИ", "ВЫДАН", "РЕГИСТРАЦИИ":
		return true
	}
	return false
}

// initialAt reports an initial, a letter and a full stop, at i.
func initialAt(s string, i int) bool {
	if i <= 0 || i >= len(s) || s[i-1] != ' ' {
		return false
	}
	sz, up := letterAt(s, i)
	return sz > 0 && up && i+sz < len(s) && s[i+sz] == '.'
}

// citationAfter reports a citation's tail after an author's surname ending
// at e: " et al.", " (2019)", or more authors joined by ", ", " & ", " and "
// or " и " before the year: "Li, Wang and Chen (2023)".
func citationAfter(s string, e int) bool {
	for authors := 0; authors < 4; authors++ {
		rest := s[e:]
		if strings.HasPrefix(rest, " et al") {
			return true
		}
		if len(rest) >= 7 && rest[0] == ' ' && rest[1] == '(' && (rest[2:4] == "19" || rest[2:4] == "20") &&
			isDigit(rest[4]) && isDigit(rest[5]) && (rest[6] == ')' || rest[6] == ',' || rest[6] == ';') {
			return true
		}
		var sep int
		switch {
		case strings.HasPrefix(rest, ", "):
			sep = 2
		case strings.HasPrefix(rest, " & "):
			sep = 3
		case strings.HasPrefix(rest, " and "):
			sep = 5
		case strings.HasPrefix(rest, " и "):
			sep = len(" и ")
		default:
			return false
		}
		p := e + sep
		if p >= len(s) || !upperAt(s[p:]) {
			return false
		}
		e = wordEnd(s, p)
		if e-p < 2 {
			return false
		}
	}
	return false
}

// placeAdjective reports a form of an adjective that opens a place's or a
// street's name: "Верхнем", "Большой", "Малая"; not "Малышевой".
func placeAdjective(w string) bool {
	for _, stem := range [...]string{"Верхн", "Нижн", "Больш", "Мал", "Нов", "Стар", "Средн"} {
		if strings.HasPrefix(w, stem) {
			switch w[len(stem):] {
			case "ий", "ый", "ой", "ая", "ое", "ем", "ей", "ом", "ую", "юю", "яя", "ого", "его", "ему", "ому":
				return true
			}
		}
	}
	return false
}

// houseAfter reports a house's number after a street's name that ends at
// e: " 5", ", 35".
func houseAfter(s string, e int) bool {
	if e < len(s) && s[e] == ',' {
		e++
	}
	return e+1 < len(s) && s[e] == ' ' && isDigit(s[e+1])
}

// modelBeforeQuote reports a model's token right before the quote that
// opens at start: a word with a digit or a Roman numeral ("172S", "DA40",
// "II").
func modelBeforeQuote(s string, start int) bool {
	q := start - 1
	if strings.HasSuffix(s[:start], "«") {
		q = start - len("«")
	} else if strings.HasSuffix(s[:start], "“") {
		q = start - len("“")
	}
	if q < 2 || s[q-1] != ' ' {
		return false
	}
	b := q - 1
	for b > 0 && isAlnum(s[b-1]) {
		b--
	}
	w := s[b : q-1]
	if w == "" {
		return false
	}
	if romanNumeral(w) && len(w) >= 2 {
		return true
	}
	if strings.ContainsAny(w, "0123456789") && isUpperASCII(w[0]) {
		return true
	}
	// A model's number after its make: Hanse 458 "Marina", Lagoon 40 "Hope", Oceanis 46.1 "Lady Anna".
	for b > 0 && (isDigit(s[b-1]) || s[b-1] == '.') {
		b--
	}
	if !allDigits(strings.ReplaceAll(s[b:q-1], ".", "")) || b < 3 || s[b-1] != ' ' {
		return false
	}
	a := b - 1
	for a > 0 && isASCIILetter(s[a-1]) {
		a--
	}
	return b-1-a >= 3 && isUpperASCII(s[a]) && (a == 0 || !isAlnum(s[a-1]))
}

// initialsEnd returns the end of two or three initials with their full
// stops at i, "Н.В.К." or "A.M.", and nothing after them that would make
// them part of a longer name, or 0.
func initialsEnd(s string, i int) int {
	p, k := i, 0
	for ; k < 3; k++ {
		sz, up := letterAt(s, p)
		if sz == 0 || !up || p+sz >= len(s) || s[p+sz] != '.' {
			break
		}
		p += sz + 1
	}
	if k < 2 {
		return 0
	}
	if p < len(s) && (isAlnum(s[p]) || s[p] >= 0x80 && letterSize(s, p) > 0) || p+1 < len(s) && s[p] == ' ' && upperAt(s[p+1:]) {
		return 0 // a fourth letter or a surname after: "Н.В.К.Петров", "N.V.K. Smith"
	}
	return p
}

// subjectWordBefore reports a trial's patient or subject named right before
// i: "Пациент: ", "initials ", "subject ".
func subjectWordBefore(s string, i int) bool {
	var buf [32]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "пациент", "пациентка", "пациента", "пациентки", "пациенту", "участник", "участника", "patient", "subject",
		"participant", "initials", "инициалы":
		return true
	}
	return strings.HasSuffix(s[:i], " пац. ") || strings.HasSuffix(s[:i], "Пац. ") // a lab's order line: "врач Ткаченко | пац. К.Д.М."
}

// personStreetHouse reports a street named after a person, toks, before the
// house at end that streetHouseAfter found: a first name or an initial and a
// surname after "на" ("на Дмитрия Шамшурина 29 ждёт", "на Б. Хмельницкого,
// 16"), or an adjectival name alone before a house with a letter
// ("Станиславского 4а", "Тэцевской, 4Б") or after "на" ("на Ватутина 12."). After "на" the house must end the clause
// or come before a verb or a part of the house: not "записал на Ивана Петрова
// 3 места".
func personStreetHouse(s string, toks []nameTok, end int) bool {
	st := toks[0].start
	na := endsAny(s[:st], " на ", "\nна ", "На ") // "На" opens a sentence
	p := end + 1
	if s[end] == ',' {
		p++
	}
	d := p
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d > p && d+1 < len(s) && s[d] == '/' && isDigit(s[d+1]) {
		for d++; d < len(s) && isDigit(s[d]); d++ { // a corner house's or a building's number: "на Фучика, 90/2"
		}
	}
	if sz, _ := letterAt(s, d); sz > 0 && s[d] >= 0x80 {
		if len(toks) == 1 && !toks[0].first() && endsAny(s[st:end], "ого", "его", "ой") {
			return true // "4а", "82Б": streetHouseAfter let only a house's letter through; not a class, "Соня 2Б"
		}
		d += sz
	}
	if !na || !houseEndsClause(s, d) {
		return false
	}
	if len(toks) == 1 {
		return true
	}
	f := s[toks[0].start:toks[0].end]
	return (toks[0].flags&tkInitial != 0 || toks[0].first() && (strings.HasSuffix(f, "а") || strings.HasSuffix(f, "я"))) && toks[1].flags&tkInitial == 0
}

// houseEndsClause reports the end of a clause at d, after a house, or a verb
// or a part of the house next: "29 ждёт", "16. Просит", "7, второй подъезд".
func houseEndsClause(s string, d int) bool {
	if d == len(s) || strings.IndexByte(",.;!?)\n", s[d]) >= 0 {
		return true
	}
	if s[d] != ' ' || d+1 >= len(s) || s[d+1] < 0x80 {
		return false
	}
	w := s[d+1 : wordEnd(s, d+1)]
	switch w {
	case "в", "во", "у", "и", "а", "но", "—", "кв", "корп", "корпус", "подъезд", "этаж", "квартира", "дом":
		return true
	}
	return endsAny(w, "ет", "ёт", "ит", "ут", "ют", "ат", "ят", "ал", "ла", "ли", "ло", "ил", "ел")
}

// liveVerbBefore reports a verb of living right before i: "живет Куйбышева
// 17", "проживает Ленина 5".
func liveVerbBefore(s string, i int) bool {
	return prevWordIn(s, i, "живу", "живёт", "живет", "живём", "живем", "живут", "проживает", "проживаю", "проживают")
}

// streetAskedBefore reports a chat's or a transcript's line that answers a
// question about the street or the address on the line before it: "- Какая
// улица?\n- Ломоносова 9".
func streetAskedBefore(s string, i int) bool {
	ls := lineStart(s, i, 40)
	if ls == 0 || strings.TrimLeft(s[ls:i], "-—–: ") != "" && !strings.HasSuffix(strings.TrimRight(s[ls:i], " "), ":") {
		return false // the street opens its line, after a dash or a speaker
	}
	prev := lineBefore(s, ls, 120)
	return strings.HasSuffix(strings.TrimSpace(prev), "?") && containsAny(prev, "улиц", "Улиц", "адрес", "Адрес")
}

// dayRangeAfter reports a range of days after a name at end, not a house:
// "на Телецком 1–5 мая".
func dayRangeAfter(s string, end int) bool {
	d := skipSpaces(s, end)
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	return strings.HasPrefix(s[d:], "–") || strings.HasPrefix(s[d:], "-") && d+1 < len(s) && isDigit(s[d+1]) && monthAfterRange(s, d+1)
}

// monthAfterRange reports a Russian month's name after the number at p.
func monthAfterRange(s string, p int) bool {
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	return p+1 < len(s) && s[p] == ' ' && ruMonthGenitive(s[p+1:wordEnd(s, p+1)])
}

// villageHouseEN emits a village's house with no street, the village's
// name's first word at s[i:j] after its mark: "d. Kuznetsovo, house 6",
// "village Sheptyakovo, house twelve", "d. Annensky Most, house 15", with a
// district and a region around it.
func (sc *scanner) villageHouseEN(i, j int) int {
	s := sc.s
	b := -1
	switch {
	case i >= 3 && s[i-3:i] == "d. " && (i == 3 || !isAlnum(s[i-4])):
		b = i - 3
	case strings.HasSuffix(s[:i], "village "):
		b = i - len("village ")
	case strings.HasSuffix(s[:i], "village of "):
		b = i - len("village of ") // "I live in the village of Sitniki, house 12"
	}
	if b < 0 || b < sc.lastEnd || b > 0 && isAlnum(s[b-1]) {
		return 0
	}
	if s[j] == ' ' && j+2 < len(s) && isUpperASCII(s[j+1]) {
		j = wordEnd(s, j+1) // a name of two words: "d. Annensky Most, house 15"
	}
	var e int
	if strings.HasPrefix(s[j:], ", house ") {
		p := j + len(", house ")
		if e = houseNumberEnd(s, p); e == p {
			return 0
		}
	} else if e = bareHouseAfter(s, j); e == 0 {
		return 0 // but a bare number that closes the part is the house: "d. Log, 12", "d. Khilovo, 14, Porkhov district"
	}
	start := sc.enPlacesBefore(b)
	e = sc.enAddressTail(e) // "…, house 31, Primorsky district, Arkhangelsk region"
	sc.emit(start, e, tAddress, 0.8, 0)
	return e
}

// surnameListItem reports a surname in a list of two or more capitalized
// words that all end like Russian surnames in "-ов", "-ев", "-ин" (and
// their cases), joined by commas or "и", after a colon, a dash or a line's
// start: "Медосмотр сдан: Бесланеев, Кушхов, Шхагапсоев". Towns are no
// items: "Ростов, Саратов".
func surnameListItem(s string, start, end int) bool {
	item := func(a, b int) bool {
		w := s[a:b]
		if cityWord(w) {
			return false
		}
		e, ok := matchEnding(w, surnameEndings, 4)
		return ok && upperAt(w) && (e.keep == "ов" || e.keep == "ев" || e.keep == "ин" || e.keep == "ын") // not "Пятницкая", "Московский"
	}
	if !item(start, end) {
		return false
	}
	// Walk back to the list's opening and count its items.
	n := 1
	a := start
	for {
		var b int
		switch {
		case a >= 2 && s[a-2:a] == ", ":
			b = a - 2
		case a >= len(" и ") && s[a-len(" и "):a] == " и ":
			b = a - len(" и ")
		default:
			b = -1
		}
		if b < 0 {
			break
		}
		w := wordStartBefore(s, b)
		if w < 0 || !item(w, b) {
			return false
		}
		n++
		a = w
	}
	open := a == 0 || s[a-1] == '\n' || a >= 2 && (s[a-2:a] == ": " || strings.HasSuffix(s[:a], "— ") || strings.HasSuffix(s[:a], "– "))
	if !open {
		return false
	}
	for e := end; ; {
		var q int
		switch {
		case strings.HasPrefix(s[e:], ", "):
			q = e + 2
		case strings.HasPrefix(s[e:], " и "):
			q = e + len(" и ")
		default:
			q = -1
		}
		if q < 0 || q >= len(s) {
			break
		}
		we := wordEnd(s, q)
		if !item(q, we) {
			break
		}
		n++
		e = we
	}
	return n >= 2
}

// buildingPartIn reports a building's number in the parts after a house:
// " к2", ", корп. 3".
func buildingPartIn(parts string) bool {
	if strings.Contains(parts, "корп") {
		return true
	}
	for k := strings.Index(parts, " к"); k >= 0; {
		if q := k + len(" к"); q < len(parts) && isDigit(parts[q]) {
			return true
		}
		n := strings.Index(parts[k+1:], " к")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// nameCity reports a city spelled as a given name at s[start:end],
// Vladimir or Salavat: after a place's preposition or word, alone in
// brackets, before its postcode or a street's word, in a list of towns, or
// opening a route.
func nameCity(s string, start, end int) bool {
	switch s[start:end] {
	case "Владимир", "Владимира", "Владимире", "Владимиру", "Vladimir", "владимир", "владимире", "vladimir",
		"Салават", "Салавата", "Салавате", "Салавату", "Salavat":
	default:
		return false
	}
	if prevWordIn(s, start, "во", "в", "из", "до", "город", "г", "in", "from", "city") {
		return true
	}
	if start >= 1 && s[start-1] == '(' && end < len(s) && s[end] == ')' || start >= 2 && s[start-2:start] == ", " && end < len(s) && s[end] == ')' {
		return true // "ЭВ-05 на линии (Владимир)", "(mobile tyre fitting, Vladimir)"
	}
	if strings.HasPrefix(s[end:], " 600") {
		return true // its postcode: "Vladimir 600000"
	}
	if startsAny(s[end:], " region", " Region", " oblast", " branch", " city", " office", " area", " области", " обл.", " plant", " factory", " warehouse", " depot") ||
		prevWordIn(s, start, "fca", "exw", "fob", "cif", "cpt", "cip", "dap", "dpu", "ddp") { // a trade term's place: "Incoterms FCA Vladimir", "Vladimir plant"
		return true // "sole traders in Vladimir region", "Vladimir branch No. 8611", "Vladimir city"
	}
	if prevWordIn(s, start, "and", "и", "or", "или") && start >= 6 {
		if b := wordStartBefore(s, start-1); b >= 2 && s[b-1] == ' ' {
			if a := wordStartBefore(s, b-1); a >= 0 && upperAt(s[a:]) && (knownCity(s[a:b-1]) || cityCaseOf(s[a:b-1])) {
				return true // a list of towns: "offices in Moscow, Tver and Vladimir", "по Твери и Владимиру"
			}
		}
	}
	if routePlaceAfter(s, end) || routePlaceBefore(s, start) {
		return true // a route or a tour: "Владимир—Суздаль", "Владимир — Боголюбово", "Владимир+Боголюбово", "Москва — Владимир"
	}
	if streetPartAfter(s, end) || strings.HasPrefix(s[end:], ", пересечение") {
		return true // its street after it: "Vladimir, Lakina St., 141", "Владимир, ул. Мира", "vladimir, gorkogo street fifty six"
	}
	if start >= 8 && s[start-2:start] == ", " && allDigits(s[start-8:start-2]) {
		return true // its postcode before it: "600014, Vladimir"
	}
	return startsAny(s[end:], " ж/д", " day trip", " departed") || prevWordIn(s, start, "departed", "arrived", "leaving") // "Трансфер Владимир ж/д вокзал", "departed Vladimir at 17:05"
}

// victoriaPlace reports Victoria the city or the state: its country or
// province after it ("Victoria, BC", "Victoria (Australia)"), or a journey
// from or to it ("moving from Victoria to Moscow", "flying in from
// Victoria"); not "a message from Victoria".
func victoriaPlace(s string, start, end int) bool {
	if s[start:end] != "Victoria" {
		return false
	}
	if startsAny(s[end:], " BC", ", BC", " (BC", ", Canada", " (Canada", ", British Columbia", " (British Columbia", ", Australia", " (Australia") {
		return true
	}
	if !prevWordIn(s, start, "from", "to") {
		return false
	}
	if p := end + len(" to "); strings.HasPrefix(s[end:], " to ") && p < len(s) && (knownCity(s[p:wordEnd(s, p)]) || strings.HasPrefix(s[p:], "St ")) {
		return true // a route: "from Victoria to St Petersburg"; not "message from Victoria to William Hart"
	}
	b := wordStartBefore(s, start-1)
	if b < 2 {
		return false
	}
	if prevWordIn(s, b, "in") { // "flying in from Victoria"
		b = wordStartBefore(s, b-1)
	}
	return b >= 2 && prevWordIn(s, b, "moving", "moved", "move", "relocating", "flying", "flew", "fly", "flights", "flight", "visiting", "travelling", "traveling", "coming")
}

// cityCaseOf reports a known town in one of its cases, by its stem:
// "Твери", "Москве", "Туле".
func cityCaseOf(w string) bool {
	var buf [64]byte
	f, ok := foldInto(buf[:0], w)
	if !ok || len(f) < 6 {
		return false
	}
	for _, cut := range [...]int{2, 4} { // one Cyrillic letter of ending, or two: "тверИ" → "тверь", "москвЕ" → "москва"
		if len(f) <= cut+2 {
			continue
		}
		stem := string(f[:len(f)-cut])
		for _, e := range [...]string{"", "ь", "а", "я"} {
			if ruCities[stem+e] {
				return true
			}
		}
	}
	return false
}

// routePlaceAfter reports a dash or a plus after end and then a place: a
// town or a village's name ("—Суздаль", " — Боголюбово", "+Боголюбово",
// "—Сергиев Посад").
func routePlaceAfter(s string, end int) bool {
	p := end
	for _, d := range [...]string{" — ", " – ", "—", "–", "+", " → "} {
		if strings.HasPrefix(s[p:], d) {
			p += len(d)
			q := wordEnd(s, p)
			w := s[p:q]
			return q > p && upperAt(w) && (knownCity(w) || endsAny(w, "ово", "ево", "ёво", "ино", "ыно", "даль", "вль") || strings.HasPrefix(s[q:], " Посад"))
		}
	}
	return false
}

// routePlaceBefore reports a route's known town, or its station in
// brackets, and a dash or an arrow right before start: "Москва — Владимир",
// "Moscow Kursky – Vladimir", "Москва (Курский вокзал) → Владимир".
func routePlaceBefore(s string, start int) bool {
	for _, d := range [...]string{" — ", " – ", " → "} {
		if !strings.HasSuffix(s[:start], d) {
			continue
		}
		e := start - len(d)
		if e > 0 && s[e-1] == ')' {
			if o := strings.LastIndexByte(s[max(0, e-40):e], '('); o > 0 {
				e = max(0, e-40) + o - 1 // the station in brackets: "Москва (Курский вокзал) → Владимир"
			}
		}
		for k := 0; k < 2 && e > 0; k++ { // the town, or the town and its station: "Moscow Kursky"
			b := wordStartBefore(s, e)
			if b < 0 {
				break
			}
			if knownCity(s[b:e]) {
				return true
			}
			if b == 0 || s[b-1] != ' ' {
				break
			}
			e = b - 1
		}
	}
	return false
}

// streetPartAfter reports a street's part, its keyword among its first
// three words, after a comma at end: "Vladimir, Lakina St., 141",
// "Vladimir, Lenina prospect, 41".
func streetPartAfter(s string, end int) bool {
	if !strings.HasPrefix(s[end:], ", ") {
		return false
	}
	p := end + 2
	for w := 0; w < 3 && p < len(s); w++ {
		q := wordEnd(s, p)
		if q == p {
			return false
		}
		if k := addrKindAt(s, p, q); k == akStreet || k == akENStreet {
			return true
		}
		if q < len(s) && s[q] == '.' {
			q++
		}
		if q >= len(s) || s[q] != ' ' {
			return false
		}
		p = q + 1
	}
	return false
}

// shortCity reports a town whose first word is cut to its letter, as
// people write "Нижний Новгород" and "Великий Новгород": "Н. Новгород".
func shortCity(w string) bool {
	if len(w) < 5 || w[2] != '.' {
		return false
	}
	switch w[:2] {
	case "Н", "В":
	default:
		return false
	}
	switch strings.TrimLeft(w[3:], " ") {
	case "Новгород", "Новгорода", "Новгороде", "Новгороду", "Новгородом", "Тагил", "Тагила", "Тагиле", "Луки", "Лук", "Луках", "Устюг", "Устюга", "Устюге":
		return true
	}
	return false
}

// romanStreetAfter reports a monarch's Roman numeral and a street's word
// after end: " I Ave", " II St.".
func romanStreetAfter(s string, end int) bool {
	if end+4 >= len(s) || s[end] != ' ' || s[end+1] != 'I' && s[end+1] != 'V' {
		return false
	}
	p := end + 1
	for p < len(s) && (s[p] == 'I' || s[p] == 'V' || s[p] == 'X') && p-end <= 4 {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return false
	}
	q := wordEnd(s, p+1)
	var buf [32]byte
	w, _ := foldInto(buf[:0], s[p+1:q])
	k := addrKind(w)
	return k == akENStreet || k == akStreet
}

// quotedInList reports a word alone in quotes, s[a:b], that a list gives
// beside another capitalized word alone in quotes, as a catalogue lists
// models, collections and fabrics named like people: «Беатрис», «Мэри»,
// «Isabella» и «Виктория»; "Veronica", "Louis", "Chester".
func quotedInList(s string, a, b int) bool {
	qa, qb := openingQuote(s, a), quoteAt(s, b, "»", "”", "’")
	if qa == 0 || qb == 0 {
		return false
	}
	if p := listSeparatorAfter(s, b+qb); p > 0 && quotedWordAt(s, p) {
		return true
	}
	return quotedWordBefore(s, a-qa)
}

// listSeparatorAfter returns where the next item starts after a list's
// separator at p (", ", " и ", " and ", " or ", " или ", " / ", perhaps
// after a size in brackets, "(р. 42), "), or 0.
func listSeparatorAfter(s string, p int) int {
	if strings.HasPrefix(s[p:], " (") {
		if k := strings.IndexByte(s[p:min(len(s), p+24)], ')'); k > 0 {
			p += k + 1
		}
	}
	for _, sep := range [...]string{", ", " и ", " and ", " or ", " или ", " / "} {
		if strings.HasPrefix(s[p:], sep) {
			return p + len(sep)
		}
	}
	return 0
}

// quotedWordAt reports one capitalized word in quotes opening at p: «Мэри».
func quotedWordAt(s string, p int) bool {
	q := quoteAt(s, p, "«", "“", "‘")
	if q == 0 || p+q >= len(s) || !upperAt(s[p+q:]) {
		return false
	}
	e := wordEnd(s, p+q)
	c := quoteAt(s, e, "»", "”", "’")
	return e > p+q && c > 0 && (e+c == len(s) || s[e+c] != ':') // not a JSON key: {"Name": "Оксана", "Phone": …}
}

// quotedWordBefore reports one capitalized word in quotes and a list's
// separator before the opening quote at p: «Беатрис», |«Мэри».
func quotedWordBefore(s string, p int) bool {
	for _, sep := range [...]string{", ", " и ", " and ", " or ", " или ", " / "} {
		if !strings.HasSuffix(s[:p], sep) {
			continue
		}
		e := p - len(sep)
		if e > 0 && s[e-1] == ')' {
			if k := strings.LastIndex(s[max(0, e-24):e], " ("); k >= 0 {
				e = max(0, e-24) + k // a size in brackets: «Изабелла» (р. 42), «Мэри»
			}
		}
		q := quoteBefore(s, e, "»", "”", "’")
		if q == 0 {
			return false
		}
		w := wordStartBefore(s, e-q)
		return w >= 1 && upperAt(s[w:]) && openingQuote(s, w) > 0
	}
	return false
}

// roomWordBefore reports a word for a room, a hall or a lodging right
// before the name at i, which then names the room: "Room Frida", "Hall
// Audrey", "cottage Aino", "зал Sheikh"; not "номер Гульнары", a phone's.
func roomWordBefore(s string, i int) bool {
	if i < 4 || s[i-1] != ' ' || !isASCIILetter(s[i-2]) && s[i-2] < 0x80 {
		return false // the word right before it, no stop between: not "a kids' room. Laura"
	}
	var buf [16]byte
	switch string(prevWord(s, i, buf[:0])) {
	case "Room", "room", "Hall", "hall", "Studio", "Cabin", "cabin", "Cottage", "cottage", "Villa", "villa", "Dome", "dome",
		"Dorm", "dorm", "Suite", "suite", "Зал", "зал", "купол", "Купол", "шатёр", "Шатёр", "домик", "Домик":
		return true
	}
	return false
}

// personLabels open a form's field whose value is a person's whole name.
var personLabels = map[string]bool{
	"name": true, "фио": true, "patient": true, "пациент": true, "пациентка": true, "client": true, "клиент": true,
	"клиентка": true, "customer": true, "заказчик": true, "guest": true, "гость": true, "passenger": true, "пассажир": true,
	"recipient": true, "получатель": true, "contact": true, "контакт": true, "tenant": true, "арендатор": true,
	"student": true, "ученик": true, "employee": true, "сотрудник": true, "сотрудница": true, "cardholder": true, "director": true,
	"директор": true,
}

// labelledPerson emits the two or three capitalized words at i that fill a
// form's field after a label for a person, up to the field's end, even when
// the tables know neither: "Name: Mart Saar | Passport", "Patient: Arvo
// Lillemets, born 1949", "Заказчик: Тамм Кадри (Эстония)". No word may be a
// place's, a firm's or a stop word, nor all capitals. It returns the end, or 0.
func (sc *scanner) labelledPerson(i, j int) int {
	s := sc.s
	var buf [32]byte
	l := labelBefore(s, i, buf[:0])
	if !personLabels[string(l)] {
		return 0
	}
	if k := i - 2 - len(l); k >= 2 && s[k-1] == ' ' && s[k-2] != '\n' {
		var b2 [32]byte
		qb := prevWord(s, k-1, b2[:0])
		q := unsafe.String(unsafe.SliceData(qb), len(qb)) // no copy: q does not outlive b2
		// The word that qualifies the label: "Team name", "Corporate client".
		switch q {
		case "full", "stage", "first", "last", "given", "family", "your", "client", "guest", "patient", "contact", "customer",
			"passenger", "student", "employee", "tenant", "recipient", "driver", "owner", "holder", "applicant", "site", "new",
			"emergency", "partner", "полное", "ваше", "новый", "новая", "новое":
		default:
			if r, _ := utf8.DecodeLastRuneInString(s[:k-1]); q == "" || !unicode.IsLetter(r) {
				break // no word before the label, "Order 61774 — client:", "Care). Client:"
			}
			return 0 // a team's, a firm's or a pet's name: "Team name: Night Owls", "Corporate client: Swissotel"
		}
	}
	a, e := i, j
	caps := false // the name in capitals, as a card or a passport prints it: "Cardholder: OLIVIA MAY BENNETT"
	for words := 1; ; words++ {
		if sz, _ := letterAt(s, a); a+sz >= e {
			return 0
		} else if _, up := letterAt(s, a+sz); up != caps {
			if words > 1 || a+sz+1 >= e {
				return 0 // capitals mixed with small letters, or an initial's dot: another rule's
			}
			caps = true
		}
		w := s[a:e]
		if in := tableInfo(w); in.word&(wStop|wTitle) != 0 || in.addr != 0 || cityWord(w) || knownCity(w) {
			return 0
		}
		if caps && (startsAny(w, "ФГ", "ГБ", "МБ", "МА", "ГА", "ГУ", "МУ") || strings.HasSuffix(w, "ОУ") || orgForm(w)) {
			return 0 // an institution's or a firm's form in capitals: "Заказчик: ФГАОУ ВО КФУ"
		}
		if e == len(s) || strings.IndexByte("\n,;|(", s[e]) >= 0 || strings.HasPrefix(s[e:], " |") || strings.HasPrefix(s[e:], " (") ||
			strings.HasPrefix(s[e:], " —") || s[e] == '.' && (e+1 == len(s) || s[e+1] == '\n') {
			if words < 2 || firmSuffix(w) {
				return 0
			}
			if string(l) == "name" && strings.HasPrefix(s[e:], ", ") && e+2 < len(s) && capAt(s, e+2) > 0 {
				f := wordEnd(s, e+2)
				if f+2 < len(s) && s[f] == ' ' && capAt(s, f+1) > 0 {
					f = wordEnd(s, f+1) // "GARCIA LOPEZ, MARIA ISABEL"
				}
				if f > e+2 && (f == len(s) || s[f] == '\n') {
					e = f // surname first, then the given names: "Full name: Rodriguez Martinez, Carlos"
				}
			}
			sc.emit(i, e, tPerson, 0.85, 0)
			return e
		}
		if words == 3 || s[e] != ' ' || e+1 >= len(s) || capAt(s, e+1) == 0 {
			return 0
		}
		a = e + 1
		e = wordEnd(s, a)
		if e == a {
			return 0
		}
	}
}

// firmSuffix reports a word that closes a firm's name: "Nordic Trails Oy".
func firmSuffix(w string) bool {
	switch w {
	case "Oy", "AB", "AS", "GmbH", "Ltd", "LLC", "Inc", "SA", "SRL", "BV", "Oyj", "ApS":
		return true
	}
	return false
}

// orgForm reports a legal form written in capitals: "ООО", "ПАО", "ИП".
func orgForm(w string) bool {
	switch w {
	case "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ИП", "АНО", "НКО", "ВО", "ГУП", "МУП", "ТСЖ", "СНТ", "LLC", "LTD", "INC", "JSC", "GMBH":
		return true
	}
	return false
}
