// Package sampledata generates synthetic CRM conversations in the unified contract, in Russian and
// English, with invented personal data (names, phones, e-mails) for the demo and the tests.
// Every value is made up; the same seed and index always give the same record.
package sampledata

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/iml/iml/dataset/crm"
)

type person struct{ first, last, firstDat string }

var ruPeople = []person{
	{"Мария", "Иванова", "Марии"}, {"Пётр", "Смирнов", "Петру"}, {"Анна", "Кузнецова", "Анне"},
	{"Сергей", "Попов", "Сергею"}, {"Ольга", "Соколова", "Ольге"}, {"Дмитрий", "Лебедев", "Дмитрию"},
}

var enPeople = []person{
	{"John", "Smith", "John"}, {"Emily", "Johnson", "Emily"}, {"Michael", "Brown", "Michael"},
	{"Sarah", "Davis", "Sarah"}, {"David", "Wilson", "David"},
}

var ruManagers = []string{"Алексей", "Екатерина", "Игорь"}
var enManagers = []string{"Kate", "Tom", "Alice"}

type script struct {
	turns []string // alternating customer, manager; %[1]s customer first name, %[2]s phone, %[3]s e-mail, %[4]s order no, %[5]s manager, %[6]s dative name
}

var ruScripts = []script{
	{[]string{
		"Здравствуйте! Меня зовут %[1]s, хочу узнать статус заказа %[4]s.",
		"Добрый день, %[1]s! Меня зовут %[5]s. Заказ %[4]s передан в доставку, курьер приедет завтра.",
		"Спасибо. Курьер может позвонить на %[2]s?",
		"Да, конечно, курьер позвонит %[6]s за час до приезда.",
	}},
	{[]string{
		"Добрый вечер, пришлите, пожалуйста, счёт на почту %[3]s.",
		"Здравствуйте! Счёт по заказу %[4]s отправлю на %[3]s в течение часа.",
		"А можно оплатить картой при получении?",
		"Да, курьер принимает карты, оплата при получении без комиссии.",
	}},
	{[]string{
		"Здравствуйте, я %[1]s. Товар пришёл с повреждением, что делать?",
		"Очень жаль, %[1]s! Пришлите фото на %[3]s, оформим замену по заказу %[4]s.",
		"Отправила. Когда ждать замену?",
		"Замену отправим в течение трёх рабочих дней, я позвоню вам на %[2]s.",
	}},
}

var enScripts = []script{
	{[]string{
		"Hi, this is %[1]s. Where is my order %[4]s?",
		"Hello %[1]s, I'm %[5]s. Order %[4]s left our warehouse today and arrives on Friday.",
		"Great, can the courier call me at %[2]s before delivery?",
		"Sure, the courier will call %[6]s an hour before arrival.",
	}},
	{[]string{
		"Hello, could you send the invoice to %[3]s?",
		"Of course! The invoice for order %[4]s goes to %[3]s within the hour.",
		"Thanks. Do you offer a discount for annual plans?",
		"Yes, annual plans are 15%% off; I can prepare an offer today.",
	}},
}

// Conversation returns the i-th synthetic conversation and its client. Records with larger i have
// later updated_at, so a batch generated after another one is "new" for an incremental pull.
func Conversation(seed int64, i int) (crm.Record, crm.Record) {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	ru := i%3 != 2
	people, scripts, managers, lang := ruPeople, ruScripts, ruManagers, "ru"
	if !ru {
		people, scripts, managers, lang = enPeople, enScripts, enManagers, "en"
	}
	p := people[rng.IntN(len(people))]
	sc := scripts[rng.IntN(len(scripts))]
	phone := fmt.Sprintf("+7 (9%02d) %03d-%02d-%02d", rng.IntN(100), rng.IntN(1000), rng.IntN(100), rng.IntN(100))
	email := fmt.Sprintf("%s.%s%d@example.com", translit(p.first), translit(p.last), rng.IntN(100))
	order := fmt.Sprintf("A-%06d", 100000+i*7+rng.IntN(7))
	manager := managers[rng.IntN(len(managers))]
	base := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 37 * time.Minute)

	clientID := fmt.Sprintf("client-%d", i)
	client := &crm.Client{
		Source: crm.Source{System: "demo", ID: clientID}, Name: p.first + " " + p.last,
		Phones: []string{phone}, Emails: []string{email}, UpdatedAt: base,
	}
	c := &crm.Communication{
		Source: crm.Source{System: "demo", ID: fmt.Sprintf("conv-%d", i)}, Channel: crm.ChannelChat,
		Direction: crm.DirectionInbound, ClientID: clientID, Language: lang,
		Participants: []crm.Participant{{Role: crm.RoleCustomer, ID: clientID, Name: p.first}, {Role: crm.RoleManager, ID: "mgr-" + manager, Name: manager}},
		StartedAt:    base,
	}
	for k, tmpl := range sc.turns {
		role := crm.RoleCustomer
		if k%2 == 1 {
			role = crm.RoleManager
		}
		at := base.Add(time.Duration(k) * 2 * time.Minute)
		c.Messages = append(c.Messages, crm.Message{
			ID: fmt.Sprintf("m-%d-%d", i, k), Role: role, At: at,
			Text: fmt.Sprintf(tmpl, p.first, phone, email, order, manager, p.firstDat),
		})
		c.UpdatedAt = at
	}
	return crm.Record{Kind: crm.KindCommunication, Communication: c}, crm.Record{Kind: crm.KindClient, Client: client}
}

// WriteJSONL writes conversations [from, from+n) and their clients as contract JSON lines.
func WriteJSONL(w io.Writer, seed int64, from, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := from; i < from+n; i++ {
		conv, client := Conversation(seed, i)
		if err := enc.Encode(client); err != nil {
			return err
		}
		if err := enc.Encode(conv); err != nil {
			return err
		}
	}
	return nil
}

var translitMap = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sch", 'ы': "y", 'э': "e",
	'ю': "yu", 'я': "ya", 'ь': "", 'ъ': "",
}

func translit(s string) string {
	out := ""
	for _, r := range s {
		lr := r
		if r >= 'А' && r <= 'Я' {
			lr = r + ('а' - 'А')
		} else if r == 'Ё' {
			lr = 'ё'
		}
		if t, ok := translitMap[lr]; ok {
			out += t
		} else if r < 128 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			out += string(r)
		}
	}
	return out
}
