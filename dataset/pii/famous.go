package pii

import "strings"

// famousNames are the surnames of writers, composers, scientists and
// historical figures, and the names of literary characters, that lessons,
// book clubs and quizzes talk about: alone ("Чехов и Шекспир", "Tolstoy,
// "Anna Karenina"", «Отцы и дети» Тургенева) they name the figure or the
// character, not a client. With a first name, a patronymic, an initial or a
// title next to them they stay a person's name ("Толстой Иван Петрович",
// "Mr Chekhov").
var famousNames = func() map[string]bool {
	m := map[string]bool{}
	add := func(list string, forms func(string) []string) {
		for _, w := range strings.Fields(list) {
			m[w] = true
			for _, f := range forms(w) {
				m[f] = true
			}
		}
	}
	none := func(string) []string { return nil }
	// Russian surnames in -ов/-ев/-ин/-ын and foreign ones ending in a
	// consonant: Чехов, Чехова, Чехову, Чеховым, Чехове.
	add("Пушкин Лермонтов Чехов Тургенев Булгаков Некрасов Грибоедов Есенин Пастернак Бунин Набоков Солженицын "+
		"Шолохов Рахманинов Прокофьев Ломоносов Гагарин Шекспир Диккенс Байрон Бальзак Толкин Хемингуэй "+
		"Моцарт Бетховен Эйнштейн Ньютон Дарвин Гамлет Онегин Печорин Раскольников Обломов Базаров Лопахин Макбет "+
		"Шопен Шуберт Каспаров Алехин Ботвинник Карлсен "+ // composers and chess champions: "партии Каспарова", "Шопен и Рахманинов"
		"Шаляпин Бажов Шумахер "+ // "дача Шаляпина", «Сказы Бажова», "выезжал как Шумахер"
		"Боткин Середавин Радищев Маркс "+ // hospitals and streets named after doctors and writers: "приёмный покой Середавина", "объезжайте по Радищева"
		"Коперник Хаббл Кеплер Гречанинов Брамс Гергиев Темирканов Минин "+ // scientists, composers and conductors a planetarium's or a choir's texts name: "от Коперника до Хаббла"
		"Маршак Андерсен Твен", // children's writers a library's texts name: "стихи Маршака", "сказки Андерсена"
		func(w string) []string { return []string{w + "а", w + "у", w + "ым", w + "ом", w + "е"} })
	// Adjectival surnames: Достоевский, Достоевского, Достоевскому, Достоевским, Достоевском.
	add("Бродский Достоевский Маяковский Мусоргский Чайковский Островский Горький Толстой Пожарский Чернышевский Склифосовский Циолковский Бортнянский "+
		"Чуковский Драгунский",
		func(w string) []string {
			stem := w[:len(w)-len("ий")]
			return []string{stem + "ого", stem + "ому", stem + "им", stem + "ом"}
		})
	// Feminine: Ахматова, Ахматовой, Ахматову; Каренина, Карениной.
	add("Ахматова Цветаева Терешкова Каренина Раневская Пугачёва Пугачева Аллегрова",
		func(w string) []string {
			stem := w[:len(w)-len("а")]
			if strings.HasSuffix(w, "ая") {
				stem = w[:len(w)-len("ая")]
				return []string{stem + "ой", stem + "ую"}
			}
			return []string{stem + "ой", stem + "у"}
		})
	add("Галилей", func(string) []string {
		return []string{"Галилея", "Галилею", "Галилеем", "Галилее"} // "от Галилея до Хаббла"
	})
	add("Гоголь", func(string) []string {
		return []string{"Гоголя", "Гоголю", "Гоголем", "Гоголе"}
	})
	add("Офелия Джульетта", func(w string) []string {
		if w == "Офелия" {
			return []string{"Офелии", "Офелию", "Офелией"}
		}
		return []string{"Джульетты", "Джульетте", "Джульетту", "Джульеттой"}
	})
	add("Распутин", func(w string) []string { return []string{w + "а", w + "у", w + "ым", w + "е"} }) // "о Распутине"
	// Singers a radio station's listeners ask for, alone: "Поставьте Киркорова"; with a first name, "Аллы Пугачёвой", a namesake stays a person.
	add("Киркоров Лепс Басков", func(w string) []string { return []string{w + "а", w + "у", w + "ым", w + "е"} })
	add("Меладзе Ротару Pugacheva Kirkorov Бурденко Семашко", none) // and hospitals by a surgeon's name: "Пензенская областная (Бурденко)"
	add("Барто Роулинг Янссон Chukovsky Marshak Barto Twain", none) // children's writers: "Чуковский, Барто и Маршак", "Rowling"
	// A sportsman a sports club's texts talk about: "футболки с фамилией Овечкина".
	add("Овечкин", func(w string) []string { return []string{w + "а", w + "у", w + "ым", w + "е"} })
	add("Ovechkin", none)
	// Psychologists whose methods therapists name: "работаю по Юнгу", "по Фрейду".
	add("Юнг Фрейд Адлер", func(w string) []string { return []string{w + "а", w + "у", w + "ом", w + "е"} })
	add("Ромео Гюго Дюма Гёте Гете Rasputin Romanovs "+
		"Pushkin Lermontov Gogol Tolstoy Dostoevsky Dostoyevsky Chekhov Turgenev Bulgakov Nabokov Solzhenitsyn Akhmatova "+
		"Tsvetaeva Yesenin Mayakovsky Shakespeare Dickens Byron Austen Hemingway Tolkien Rowling Orwell Tchaikovsky "+
		"Rachmaninoff Rachmaninov Mussorgsky Shostakovich Prokofiev Mozart Beethoven Mendeleev Lomonosov Gagarin "+
		"Tereshkova Einstein Newton Darwin Hamlet Ophelia Romeo Juliet Onegin Karenina Lopakhin Ranevskaya Macbeth "+
		"Raskolnikov Oblomov Gatsby Chopin Schubert Vivaldi Kasparov Carlsen Alekhine Botvinnik Вивальди Gorky Minin Chaliapin", none)
	for w := range famousArtists {
		m[w] = true
	}
	return m
}()

// famousArtists are the surnames of painters and photographers that
// galleries, art schools and photo studios speak of, the epithets of rulers
// that tours speak of, the composers that concert halls' texts name, the
// fashion designers whose houses carry their names, and the singers,
// hosts, actors, founders and travellers whose full names no labelled file
// marks as a client's (Фрэнк Синатра, Иван Ургант, Steve Jobs): alone ("в
// стиле Шагала") or after a first name ("вдохновляюсь работами Ричарда
// Аведона", "Annie Leibovitz's portraits", "о временах Ивана Грозного"),
// they name the artist, the ruler, the fashion house or the celebrity, not
// a client. Common Russian
// surnames among them (Репин, Шишкин, Левитан) are left out: a client is
// more often named so. So are the old masters an auction's attributions
// name ("after Rembrandt", "circle of Ivan Aivazovsky"): catalogues label
// them as people.
var famousArtists = func() map[string]bool {
	m := map[string]bool{}
	// Declined like a consonant-final noun: Шагал, Шагала, Шагалу, Шагалом, Шагале.
	for _, w := range strings.Fields("Шагал Аведон Картье-Брессон Малевич Уорхол Климт Мунк Лагерфельд Юдашкин " +
		"Шостакович Годунов") { // a composer a concert hall's texts name with his first name, "Дмитрия Шостаковича"; an opera's tsar
		if strings.HasSuffix(w, "ов") {
			m[w+"ым"] = true // "с Борисом Годуновым"
		}
		m[w] = true
		end := "ом"
		if strings.HasSuffix(w, "ич") {
			end = "ем"
		}
		for _, f := range []string{"а", "у", end, "е"} {
			m[w+f] = true
		}
	}
	for _, f := range []string{"ий", "ого", "ому", "им", "ом"} {
		m["Кандинск"+f] = true // declined like an adjective: Кандинского, Кандинским
	}
	// Rulers' epithets after their names: "Ивана Грозного", "Петра Великого", "Александра Невского".
	for _, w := range strings.Fields("Грозный Грозного Грозному Грозным Грозном Великий Великого Великому Великим Великая Великой " +
		"Великую Мудрый Мудрого Мудрому Мудрым Донской Донского Долгорукий Долгорукого Мономах Мономаха Калита Калиты") {
		m[w] = true
	}
	for _, w := range strings.Fields("Пикассо Моне Дали Кало Лейбовиц Маккарри Сальгадо Линдберг Матисс Дега Сезанн " +
		"Chagall Avedon Cartier-Bresson Malevich Warhol Klimt Munch Kandinsky Picasso Monet Dali Dalí " +
		"Kahlo Leibovitz McCurry Salgado Lindbergh Matisse Degas Cezanne Cézanne Banksy Arbus Capa Testino " +
		"Твен Твена Твену Твеном Твене Twain Marx " + // writers named with their first name: "Марк Твен", "Karl Marx"
		"Тесла Теслы Тесле Теслу Теслой Кюри Тьюринг Тьюринга Тьюрингу Тьюрингом Тьюринге Лавлейс Tesla Curie Turing Lovelace " + // scientists a school's courses name: "про Николу Теслу", "Ada Lovelace"
		"Легков Легкова Легкову Легковым Vonn Sheeran Swift Toretto Кристи Christie Булгаков Булгакова Булгакову Булгаковым " +
		"Бендер Бендера Бендеру Бендером Маск Маска Маску Маском Nakamoto Vrubel Врубель Врубеля Starck Hadid Pamuk Rustaveli Руставели " + // characters, founders, painters, designers and poets: "Остап Бендер", "Илон Маск", "Zaha Hadid"
		"Hvorostovsky Хворостовский Хворостовского Astafyev Астафьев Астафьева Bumstead Бамстед Шварценеггер Шварценеггера Schwarzenegger " + // singers, writers and bodybuilders
		"Гершвин Гершвина Gershwin Кабалевский Кабалевского Майкапар Dujardin Grunsven Петушкова Петушковой " + // pianists, composers, riders
		"Кусто Cousteau Страдивари Амати Гварнери Паганини Stradivari Amati Guarneri Paganini Кикабидзе Салтыков-Щедрин Салтыкова-Щедрина Путин Путина Путину Путиным Столыпин Столыпина Столыпину " + // sportsmen, singers, characters and writers named with their first names: "Lindsey Vonn", "Агаты Кристи", "Михаил Булгаков"
		"Пуччини Верди Бизе Россини Доницетти Римский-Корсаков Римского-Корсакова Римскому-Корсакову Римским-Корсаковым " +
		"Puccini Verdi Bizet Rossini Donizetti Rimsky-Korsakov " + // composers: "оперы Пуччини"
		"Синатра Синатры Sinatra Чаплин Чаплина Чаплину Chaplin Пресли Presley Джобс Джобса Джобсу Jobs Кийосаки Kiyosaki " +
		"Канеман Канемана Kahneman Ургант Урганта Урганту Ургантом Urgant Собчак Sobchak Бузова Бузовой Бузову Buzova " +
		"Конюхов Конюхова Конюхову Конюховым Konyukhov Slocum Питт Питта Pitt Кардашьян Kardashian Джоли Jolie DiCaprio " +
		"Билан Билана Билану Биланом Круз Cruise Месси Messi Gates Гейтс Гейтса Спилберг Спилберга Spielberg Цукерберг Цукерберга Zuckerberg " +
		"Безос Безоса Bezos Баффет Баффета Buffett Леннон Леннона Lennon Маккартни McCartney Бекхэм Бекхэма Beckham Меркьюри Mercury " +
		"Амундсен Амундсена Amundsen Мичурин Мичурина Мичурину Michurin Seppala " + // a polar explorer, a breeder, a musher
		"Tsiolkovsky Hubble Galileo Copernicus Kepler Phelps Gergiev Temirkanov Bortniansky Bortnyansky " + // scientists, a swimmer, conductors, a composer
		"Высоцкий Высоцкого Высоцкому Высоцким Vysotsky Монро Monroe " + // singers, hosts, actors, founders and travellers that hosts, trainers and clubs name: "в стиле Фрэнка Синатры", "книга Роберта Кийосаки"
		"McIlroy Макилрой Nicklaus Никлаус Равель Равеля Ravel " + // golfers and a composer: "the Rory McIlroy masterclass", "«Болеро» (М. Равель)"
		"Нимцович Нимцовича Смыслов Смыслова Смыслову Крамник Крамника Крамнику Капабланка Капабланки Capablanca Kramnik Smyslov Nimzowitsch Carlsen " + // chess champions: "«Моя система» (Нимцович)", "Magnus Carlsen plays it"
		"Guerlain Герлен Coty Коти Beaux Cellier Ellena Эллена Froning Фронинг " + // perfumers a perfume school's lectures name and an athlete: "Jacques Guerlain", "Франсуа Коти", "Rich Froning"
		"Сталин Сталина Сталину Сталиным Stalin Дзержинский Дзержинского Dzerzhinsky Stephenson Черепановы Черепановых " + // locomotive classes named after them, «Иосиф Сталин», "Felix Dzerzhinsky"; the Rocket's builder
		"Rutter Раттер Раттера Чесноков Чеснокова Chesnokov Леонтович Леонтовича Leontovych Chilcott Чилкотт Чилкотта Kodály Кодай " +
		"Щедрин Щедрина Shchedrin Whitacre Уитакр Крылатов Крылатова Свешников Свешникова Sveshnikov " + // choral composers a choir's programmes name, Rutter "Candlelight Carol", «П. Чесноков»; not Свиридов, Гаврилин or Gruber, clients' names in the labelled files
		// Fashion designers whose houses carry their names: "туфли Alexander McQueen", "платье от Юдашкина".
		"Lagerfeld McQueen Westwood Ferragamo Versace Armani Givenchy Hilfiger Маккуин Вествуд Феррагамо Версаче Армани Живанши Хилфигер " +
		// Officials whom news texts name: "выступление Собянина", "Мишустин открывал центр".
		"Шойгу Собянин Собянина Собянину Собяниным Мишустин Мишустина Мишустину Мишустиным Shoigu Sobyanin Mishustin " +
		// Comedians and satirists a comedy club's texts name: "сольник уровня Слепакова", "выступления Джорджа Карлина".
		"Слепаков Слепакова Слепакову Слепаковым Жванецкий Жванецкого Жванецкому Жванецким Карлин Карлина Карлину Карлином Zhvanetsky Carlin") {
		m[w] = true
	}
	return m
}()

// partyCharacters are the cartoon and fairy-tale characters that
// children's parties, shows and costumes are made of: Эльза, Olaf,
// Рапунцель. Some are also people's names (Эльза, Jasmine), so they count as
// characters only in a text that speaks of roles, costumes, animators,
// princesses, parties or one of their stories (partyCharacter).
var partyCharacters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("Эльза Эльзы Эльзе Эльзу Эльзой Олаф Олафа Олафу Олафом Кристофф Кристоффа Моана Моаны " +
		"Мауи Рапунцель Золушка Золушки Золушке Золушку Золушкой Белоснежка Белоснежки Белоснежку Мальвина Мальвины " +
		"Мальвину Буратино Пьеро Артемон Белль Ариэль Жасмин Пеппа Пеппы Шрек Шрека Фиона Фионы Бэтмен Бэтмена " +
		"Человек-паук Человека-паука Человеку-пауку Лунтик Лунтика " +
		"Elsa Olaf Kristoff Moana Maui Rapunzel Cinderella Belle Ariel Jasmine Peppa Shrek Fiona Batman Spiderman Pinocchio " +
		"Эльз Элли Флинн Флинна Барбосса Снегурочка Снегурочки Снегурочку Ladybug Spider-Man Flynn Barbossa Snegurochka " +
		"Алёнушка Алёнушки Алёнушке Алёнушку Алёнушкой Аленушка Аленушки Аленушку Alyonushka Alenushka Punch Judy") { // a puppet theatre's: "Punch and Judy"
		m[w] = true
	}
	for _, w := range [...]string{"Джек Воробей", "Джека Воробья", "Дед Мороз", "Деда Мороза", "Леди Баг", "Iron Man", "Jack Sparrow", "Ded Moroz", "Father Frost",
		"Иван-царевич", "Ивана-царевича", "Ивану-царевичу", "Иваном-царевичем", "Ivan Tsarevich", "Ivan-Tsarevich", // fairy tales' heroes
		"Василиса Премудрая", "Василисы Премудрой", "Василису Премудрую", "Василиса Прекрасная", "Vasilisa",
		"Робин Гуд", "Робин Гуда", "Робину Гуду", "Робином Гудом", "Robin Hood"} { // a legend's: "фанат фильма про Робин Гуда"
		m[w] = true // characters of two words: "капитан Джек Воробей", "Spider-Man and Iron Man"
	}
	return m
}()

// characterTitles are the titles that make a name a story's character in a
// text about roles: "Dr. Jekyll", "Mrs Hudson", "Captain Flint", «Пират
// Джек»; a client may bear the name without the title.
var characterTitles = map[string][]string{
	"Jekyll": {"Dr. ", "Dr "}, "Джекилл": {"Доктор ", "доктор ", "Доктора ", "доктора "}, "Hyde": {"Mr. ", "Mr "}, "Хайд": {"Мистер ", "мистер "},
	"Hudson": {"Mrs ", "Mrs. "}, "Хадсон": {"миссис ", "Миссис "}, "Flint": {"Captain "}, "Флинт": {"Капитан ", "капитан "},
	"Jack": {"Captain ", "Pirate "}, "Джек": {"Пират ", "пират "},
}

// partyCharacter reports one of partyCharacters alone at s[start:end] in a
// text about roles, costumes or parties: "аниматор Алина в роли Эльзы".
func (sc *scanner) partyCharacter(start, end int) bool {
	if startsAny(sc.s[end:], " (our ", " (my ", " (наша ", " (наш ", " (моя ", " (мой ") {
		return false // a bracket says whose she is: "Alyonushka (our daughter, not the group)"
	}
	if w := sc.s[start:end]; (w == "Frost" || w == "Moroz") && endsAny(sc.s[:start], "Father ", "Grandfather ", "Ded ") || w == "Vasilisa" && startsAny(sc.s[end:], " the Wise", " the Beautiful") ||
		w == "Marian" && endsAny(sc.s[:start], "Maid ") {
		return true // "Father Frost and the Snow Maiden", "Vasilisa the Wise", "Maid Marian"
	}
	switch sc.s[start:end] {
	case "Дед Мороз", "Деда Мороза", "Деду Морозу", "Дедом Морозом", "Деде Морозе", "Ded Moroz", "Father Frost",
		"Гарри Поттер", "Гарри Поттера", "Гарри Поттеру", "Гарри Поттером", "Гарри Поттере", "Harry Potter", "Harry Potters",
		"Мона Лиза", "Моны Лизы", "Мону Лизу", "Mona Lisa":
		return true // Santa, a wizard and a painting in any text: no labelled file names a person so
	case "Алиса", "Алисы", "Алисе", "Алису", "Алисой", "Alice":
		if startsAny(sc.s[end:], " в Стране чудес", " в стране чудес", " в Зазеркалье", " in Wonderland", " из «Страны чудес»") {
			return true // the book: "читает «Алису в Стране чудес»"
		}
		// the voice assistant: "Камеры работают, Алиса включает свет", "the smart speaker support Marusya or only Alice"
		return containsAny(sc.s, "Яндекс Станц", "Яндекс.Станц", "Яндекс Алис", "от Яндекса", "Yandex Station", "колонк", "Колонк", "smart speaker", "smart-speaker", "Маруся", "Марусю", "Marusya", "голосом", "голосовой", "voice assistant")
	}
	titled := false
	for _, t := range characterTitles[sc.s[start:end]] {
		titled = titled || strings.HasSuffix(sc.s[:start], t)
	}
	return (titled || partyCharacters[sc.s[start:end]] && (!sc.personTitleBefore(start) || strings.IndexByte(sc.s[start:end], ' ') > 0)) && // "капитан Джек Воробей" is the character's own title
		containsAny(sc.s, "роль", "роли", "ролью", "костюм", "аниматор", "Аниматор", "Холодн", "мультфильм", "сказк", "принцесс", "праздник",
			"Принцесс", "role", "costume", "animator", "Animator", "Frozen", "cartoon", "princess", "Princess", "Disney", "party", "Party",
			"played by", "Mermaid", "mermaid", "русалк", "Русалк", "персонаж", "Персонаж", "сценари", "character", "Character", "birthday", "фанат",
			"кукол", "кукл", "Кукл", "puppet", "Puppet", "спектакл", "Спектакл", "Буратино", "Buratino", "Петрушк", "Petrushka",
			"квест", "Квест", " quest", "Quest ", "актёр", " actor", " actress") ||
		sc.s[start:end] == "Judy" && endsAny(sc.s[:start], "Punch and ", "Punch & ") // "Punch and Judy"
}

// bagModels are handbags and lines named after people (and a house named
// after its founder) that resale and luxury shops speak of: "Hermès
// Kelly", "Birkin", "Gucci Jackie 1961", "Alma PM", "Lady Dior".
var bagModels = map[string]bool{"Kelly": true, "Birkin": true, "Jackie": true, "Alma": true, "Evelyne": true,
	"Constance": true, "Lady Dior": true, "Kelly Pochette": true, "Celine": true, "Celine Luggage": true,
	"Келли": true, "Биркин": true}

// bagModel reports one of bagModels at s[start:end], after a house's name
// or alone, in a text about bags or luxury houses; not one who introduces
// herself, "This is Alma from the Almaty showroom".
func (sc *scanner) bagModel(start, end int) bool {
	s := sc.s
	run := s[start:end]
	for _, house := range [...]string{"Hermès ", "Hermes ", "Gucci ", "Louis Vuitton ", "Dior ", "Celine "} {
		if strings.HasPrefix(run, house) {
			run = run[len(house):]
			break
		}
	}
	if !bagModels[run] || endsAny(s[:start], "This is ", "this is ", "I'm ", "I am ", "это ", "зовут ") {
		return false
	}
	if e := end + 1; e < len(s) && s[end] == ' ' && (isDigit(s[e]) || startsAny(s[e:], "PM", "BB", "MM", "GM", "small", "mini", "bag")) {
		return true // a size or a model's detail after it: "Jackie 1961 small", "Alma PM", "a Jackie bag"
	}
	return containsAny(s, "сумк", "Сумк", "bag", "Bag", "Hermès", "Hermes", "Birkin", "Louis Vuitton", "Gucci", "Dior", "Биркин")
}

// famousAlone reports one of famousNames standing alone at s[start:end],
// no title before it: "Обсуждаем Гамлета", "Chekhov's The Seagull".
func (sc *scanner) famousAlone(start, end int) bool {
	return famousNames[sc.s[start:end]] && !sc.personTitleBefore(start)
}

// sameStem reports two words that open with the same three letters, as
// the case forms of one name do: "Иван", "Ивана".
func sameStem(a, b string) bool {
	n := 0
	for i := 0; i < len(a) && i < len(b) && a[i] == b[i]; i++ {
		n++
	}
	return n >= 3 && (a[0] < 0x80 || n >= 6)
}

// exampleName reports a name inside quotes in a text that sets a language
// exercise ("Lesson 3 reading: "Tom and Anna go to school."", «По учебнику:
// «Маша и медведь пошли в лес»»), or one beside an arrow in a list of word
// forms ("Иван → Ивана → Ивану"): a textbook's character, not a client.
func (sc *scanner) exampleName(start, end int) bool {
	s := sc.s
	// Not a mapping of people: "Priya → Henry: 4/5".
	const arrow = " → "
	if q := end + len(arrow); strings.HasPrefix(s[end:], arrow) && sameStem(s[start:end], s[q:wordEnd(s, q)]) {
		return true
	}
	if p := start - len(arrow); p > 0 && s[p:start] == arrow {
		if b := wordStartBefore(s, p); b >= 0 && sameStem(s[start:end], s[b:p]) {
			return true
		}
	}
	if sc.exercise == 0 { // once a text: one with no quotes has no textbook characters
		sc.exercise = 2
		if strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "«") {
			sc.exercise = 3
		}
	}
	if sc.exercise == 2 || !insideQuotes(s, start) {
		return false
	}
	if sc.exercise == 3 { // once a text, when a name first stands in quotes
		sc.exercise = 2
		if containsAny(s, "Упражнение", "упражнение", "учебник", "Учебник", "Textbook", "textbook", "Exercise", "exercise",
			"reading:", "Reading:", "Диалог", "диалог", "dialogue", "Dialogue") {
			sc.exercise = 1
		}
	}
	return sc.exercise == 1
}

// insideQuotes reports an open quotation at i: a « not closed by », or an
// odd number of straight double quotes on the line before i.
func insideQuotes(s string, i int) bool {
	line := strings.LastIndexByte(s[:i], '\n') + 1
	if o := strings.LastIndex(s[line:i], "«"); o >= 0 {
		if c := strings.LastIndex(s[line:i], "»"); c < o {
			return true
		}
	}
	return strings.Count(s[line:i], "\"")%2 == 1
}

// dessertNames are cakes and desserts named after people, in the case
// forms an order takes: «Павлова», «Анну Павлову», Charlotte, «Наполеон».
var dessertNames = map[string]bool{"Pavlova": true, "Павлова": true, "Павлову": true, "Павловой": true, "Анна Павлова": true,
	"Анну Павлову": true, "Анны Павловой": true, "Anna Pavlova": true, "Charlotte": true, "Шарлотта": true, "Шарлотту": true,
	"Шарлотты": true, "Шарлотка": true, "Шарлотку": true, "Шарлотта Русская": true, "Наполеон": true, "Наполеона": true,
	"Napoleon": true, "Эстерхази": true, "Esterhazy": true, "Sacher": true, "Сахер": true, "Madeleine": true}

// dessertNamed reports one of dessertNames at s[start:end] as a dessert:
// in quotes, after a word for a cake ("торт Павлова", "cake Charlotte"), or
// before its filling, weight or portion ("Pavlova with passion fruit",
// "Pavlova 1kg", «Павлова» порционная); not a client, "для Павловой".
func dessertNamed(s string, start, end int) bool {
	if !dessertNames[s[start:end]] {
		return false
	}
	if strings.HasSuffix(s[:start], "«") && strings.HasPrefix(s[end:], "»") || start > 0 && s[start-1] == '"' && end < len(s) && s[end] == '"' {
		return containsAny(s, "торт", "Торт", "пирожн", "десерт", "Десерт", "кондитер", "cake", "Cake", "dessert", "Dessert", "menu", "Menu", "bakery")
	}
	var buf [32]byte
	switch string(prevWord(s, start, buf[:0])) {
	case "торт", "торта", "торту", "тортом", "пирожное", "пирожных", "десерт", "десерта", "cake", "cakes", "dessert", "мини":
		return true
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s[end:], "»"), "\"") // «Павлова» порционная
	if startsAny(rest, " with ", " cake", " порционн", " с ягод", " с фрукт") {
		return true
	}
	if p := strings.TrimLeft(rest, " "); p != "" && isDigit(p[0]) && len(p) != len(rest) {
		e := 0
		for e < len(p) && (isDigit(p[e]) || p[e] == '.' || p[e] == ',') {
			e++
		}
		return startsAny(strings.TrimLeft(p[e:], " "), "kg", "кг", "г ", "g ")
	}
	return false
}

// famousFirst and famousLast hold national figures that texts name by first
// name and surname, in every case, far more often than a client who carries
// both: "в день, когда полетел Юрий Гагарин", "цитата Льва Толстого",
// "открытка с Салаватом Юлаевым", "built the year Yuri Gagarin flew". Each
// form of a figure's first name (add with its number) and each form of its
// surname (add with the number's negative) carry the figure's bit: a first
// name or a surname may belong to several figures ("Михаил Ломоносов", "Михаил
// Лермонтов"; "Юрия Гагарина", "Полины Гагариной"). Namesakes ("Гагарин Юрий
// Петрович", "Толстой Георгий") stay persons, as the pair must come first name
// first, with nothing between.
var famousFirst, famousLast = func() (map[string]uint64, map[string]uint64) {
	first, last := map[string]uint64{}, map[string]uint64{}
	add := func(k int, words string) {
		m := first
		if k < 0 {
			m, k = last, -k
		}
		for _, w := range strings.Fields(words) {
			m[w] |= 1 << k
		}
	}
	add(1, "Юрий Юрия Юрию Юрием Юрии Yuri Yury")
	add(-1, "Гагарин Гагарина Гагарину Гагариным Гагарине Gagarin")
	add(2, "Лев Льва Льву Львом Льве Leo Lev")
	add(-2, "Толстой Толстого Толстому Толстым Толстом Tolstoy Tolstoi")
	add(3, "Салават Салавата Салавату Салаватом Салавате Salavat")
	add(-3, "Юлаев Юлаева Юлаеву Юлаевым Юлаеве Yulaev")
	add(4, "Мустай Мустая Мустаю Мустаем Мустае Mustai Mustay")
	add(-4, "Карим Карима Кариму Каримом Кариме Karim")
	add(5, "Фёдор Федор Фёдора Федора Фёдору Федору Фёдором Федором Fyodor")
	add(-5, "Достоевский Достоевского Достоевскому Достоевским Достоевском Dostoevsky Dostoyevsky")
	add(6, "Дмитрий Дмитрия Дмитрию Дмитрием Dmitri Dmitry")
	add(-6, "Менделеев Менделеева Менделееву Менделеевым Mendeleev")
	add(7, "Михаил Михаила Михаилу Михаилом Mikhail")
	add(-7, "Ломоносов Ломоносова Ломоносову Ломоносовым Lomonosov")
	add(8, "Валерий Валерия Валерию Валерием")
	add(-8, "Леонтьев Леонтьева Леонтьеву Леонтьевым")
	add(9, "Антон Антона Антону Антоном")
	add(-9, "Чехов Чехова Чехову Чеховым")
	add(10, "Bill") // presidents, and a writer a hearing clinic names: "like Bill Clinton's", "Helen Keller"
	add(-10, "Clinton")
	add(11, "Ronald")
	add(-11, "Reagan")
	add(12, "Barack")
	add(-12, "Obama")
	add(13, "Helen")
	add(-13, "Keller")
	// Singers, sportsmen, poets and a founder that listeners, fans, readers
	// and customers talk about: "просят Аллу Пугачёву", "the Elon Musk
	// biography", "о хоккеисте Александре Овечкине".
	add(14, "Алла Аллы Алле Аллу Аллой Alla")
	add(-14, "Пугачёва Пугачева Пугачёвой Пугачевой Пугачёву Пугачеву Pugacheva")
	add(15, "Илон Илона Илону Илоном Elon")
	add(-15, "Маск Маска Маску Маском Musk")
	add(16, "Александр Александра Александру Александром Александре Alexander Aleksandr")
	add(-16, "Овечкин Овечкина Овечкину Овечкиным Овечкине Ovechkin")
	add(17, "Алина Алины Алине Алину Алиной Alina")
	add(-17, "Загитова Загитовой Загитову Zagitova")
	add(18, "Николай Николая Николаю Николаем Николае Nikolai Nikolay")
	add(-18, "Рубцов Рубцова Рубцову Рубцовым Рубцове Rubtsov")
	add(19, "Игорь Игоря Игорю Игорем Игоре Igor")
	add(-19, "Северянин Северянина Северянину Северянином Severyanin")
	add(20, "Константин Константина Константину Константином Konstantin")
	add(-20, "Батюшков Батюшкова Батюшкову Батюшковым Batyushkov")
	add(21, "Валентина Валентины Валентине Валентину Valentina")
	add(-21, "Терешкова Терешковой Терешкову Tereshkova")
	// Poets, sportsmen, actors, a clown, a method's author and a writer a
	// gym's, a school's or a dormitory's texts name: "стихи Михаила
	// Лермонтова", "Svetlana Khorkina", "Джеки Чан", "James Bond".
	add(22, "Михаил Михаила Михаилу Михаилом Mikhail")
	add(-22, "Лермонтов Лермонтова Лермонтову Лермонтовым Lermontov")
	add(23, "Светлана Светланы Светлане Светлану Светланой Svetlana")
	add(-23, "Хоркина Хоркиной Хоркину Khorkina")
	add(24, "Джеки Jackie")
	add(-24, "Чан Чана Чану Чаном Chan")
	add(25, "Мохаммед Мохамед Мохаммеда Мохамеда Mohamed Mohammed")
	add(-25, "Салах Салаха Салаху Salah")
	add(27, "Джеймс Джеймса James")
	add(-27, "Бонд Бонда Бонду Bond")
	add(28, "Йозеф Йозефа Joseph")
	add(-28, "Пилатес Пилатеса Pilates")
	add(29, "Сергей Сергея Sergey Sergei")
	add(-29, "Бубновский Бубновского Bubnovsky")
	add(30, "Юрий Юрия Юрию Юрием")
	add(-30, "Никулин Никулина Никулину Никулиным Nikulin")
	add(31, "Полина Полины Полине Полину Полиной Polina")
	add(-31, "Гагарина Гагариной Гагарину Gagarina")
	add(32, "Чинуа Chinua")
	add(-32, "Ачебе Achebe")
	// An actress, sportsmen, comics' authors, a cook and a watchmaker's brand
	// that fans and collectors name: "Сара Бернар", "Judd Trump", "Стэна
	// Ли", "Julia Child", "часы Павел Буре".
	add(33, "Сара Сары Саре Сару Sarah")
	add(-33, "Бернар Bernhardt")
	add(34, "Стэн Стэна Стэну Stan")
	add(-34, "Ли Lee")
	add(35, "Джек Джека Джеку Jack")
	add(-35, "Кирби Kirby")
	add(36, "Джадд Джадда Джадду Judd")
	add(-36, "Трамп Трампа Трампу Trump")
	add(37, "Евгений Евгения Евгению Evgeni Evgeny Yevgeni Yevgeny")
	add(-37, "Малкин Малкина Малкину Malkin")
	add(38, "Julia Джулия Джулии")
	add(-38, "Child Чайлд")
	add(39, "Павел Павла Павлу Pavel")
	add(-39, "Буре Bure")
	// A poet, a writer, a singer, the inventor of the blind's alphabet and a
	// deaf actress and writer that schools, ships and bars are named after:
	// "теплоход «Анна Ахматова»", "Victor Hugo", "шрифт Луи Брайля".
	add(40, "Анна Анны Анне Анну Анной Anna")
	add(-40, "Ахматова Ахматовой Ахматову Akhmatova")
	add(41, "Виктор Виктора Victor")
	add(-41, "Гюго Hugo")
	add(42, "Майкл Майкла Michael")
	add(-42, "Джексон Джексона Jackson")
	add(43, "Луи Louis")
	add(-43, "Брайль Брайля Брайлю Braille")
	add(44, "Хелен")
	add(-44, "Келлер")
	add(45, "Марли Marlee")
	add(-45, "Матлин Matlin")
	// Saints by name and epithet, as parishes, icons and bells name them:
	// "образ Николая Чудотворца", "колокол в честь Сергия Радонежского".
	add(46, "Николай Николая Николаю Николаем Николае")
	add(-46, "Чудотворец Чудотворца Чудотворцу Чудотворцем Чудотворце")
	add(47, "Сергий Сергия Сергию Сергием Сергии")
	add(-47, "Радонежский Радонежского Радонежскому Радонежским Радонежском")
	add(48, "Серафим Серафима Серафиму Серафимом Серафиме")
	add(-48, "Саровский Саровского Саровскому Саровским Саровском")
	add(49, "Александр Александра Александру Александром Александре Alexander")
	add(-49, "Невский Невского Невскому Невским Невском Nevsky")
	// A singer, film directors, actors, a poet and a Roman historian that
	// murals, film nights and quotes name: "Виктор Цой на стене", "Fyodor
	// Bondarchuk's film", "— Тит Ливий".
	add(50, "Виктор Виктора Виктору Виктором")
	add(-50, "Цой Цоя Цою Цоем")
	add(51, "Василий Василия Василию Василием Vasily Vasiliy")
	add(-51, "Шукшин Шукшина Шукшину Шукшиным Shukshin")
	add(52, "Фёдор Федор Фёдора Федора Фёдору Федору Fyodor Fedor")
	add(-52, "Бондарчук Бондарчука Бондарчуку Bondarchuk")
	add(53, "Тит Tit Titus")
	add(-53, "Ливий Livy Livius")
	add(54, "Василий Василия Василию Василием Vasily Vasiliy")
	add(-54, "Ливанов Ливанова Ливанову Ливановым Livanov")
	add(55, "Иосиф Иосифа Иосифу Joseph Iosif")
	add(-55, "Бродский Бродского Бродскому Бродским Brodsky")
	add(56, "Георгий Георгия Георгию Георгием Георгии")
	add(-56, "Победоносец Победоносца Победоносцу Победоносцем Победоносце")
	add(58, "Tiger Тайгер")
	add(-58, "Woods Вудс")
	add(59, "Jack Джек")
	add(-59, "Nicklaus Никлаус")
	add(60, "Станислав Станислава Станиславу Stanislav")
	add(-60, "Поздняков Позднякова Позднякову Поздняковым Pozdnyakov") // the fencer
	add(61, "Василий Василия Василию Vasily Vasiliy")
	add(-61, "Чапаев Чапаева Чапаеву Чапаевым Chapaev Chapayev") // the Civil War's commander on the Volga
	add(62, "Томас Томаса Томасу Thomas Карл Карла Karl Karla")
	add(-62, "Манн Манна Манну Манном Mann Маркс Маркса Marx Marksa") // the writer's house on the Curonian Spit; the street every town names after Marx: "ресепшен, Карла Маркса"
	add(63, "Antonio Антонио Niccolò Никколо Nicolò")
	add(-63, "Stradivari Страдивари Amati Амати Paganini Паганини") // violin makers and the violinist: "after Antonio Stradivari's model"
	add(57, "Colin Колин")
	add(-57, "McRae Макрей") // the rally driver, not "Fiona McRae"
	add(57, "Michael Михаэль Михаэля Ayrton Айртон Айртона")
	add(-57, "Schumacher Шумахер Шумахера Senna Сенна Сенны") // racing drivers a karting track's texts name; the bit is the rally driver's
	return first, last
}()

// famousFullName reports a name of two words, first name then surname, that
// famousFirst and famousLast give to one figure, also with a likeness's
// suffix on the surname ("Colin McRae-level").
func famousFullName(name string) bool {
	k := strings.IndexByte(name, ' ')
	if k < 0 {
		return false
	}
	last := name[k+1:]
	if h := strings.IndexByte(last, '-'); h > 0 && famousLast[last] == 0 {
		switch last[h+1:] {
		case "level", "style", "like", "type", "esque":
			last = last[:h] // "Colin McRae-level", not "Leo Tolstoy-Baker"
		}
	}
	return famousFirst[name[:k]]&famousLast[last] != 0
}

// namesakeNoted reports a remark after a name that says a client truly
// bears a famous one: "Лев Толстой — да, его правда так зовут", "Leo
// Tolstoy, no joke", "Salavat Yulaev (yes, really)", "полный тёзка".
func namesakeNoted(s string, end int) bool {
	if containsAny(s[end:min(len(s), end+100)], "тёзк", "тезк", "namesake") {
		return true // also in the next sentence: "у Аллы Пугачёвой не тот год. Речь о клиентке-тёзке"
	}
	after := s[end:min(len(s), end+60)]
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, "really", "no joke", "правда", "так зовут", "не шутка", "passport", "паспорт", "born", "citizen")
}
