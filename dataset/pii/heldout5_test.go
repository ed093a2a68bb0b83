package pii

import "testing"

// testdata/heldout5.jsonl is the fifth held-out file: 284 CRM messages
// (174 Russian, 110 English) written by hand while the engine was being
// tuned on heldout4.jsonl, without looking at the engine's code, name
// tables or output, nor at the other labelled files. Unlike the earlier
// files it aims at the mix of an ordinary CRM export rather than at hard
// cases: support chats about orders, deliveries, returns and double
// charges; B2B e-mails with signatures, company requisites and quoted
// replies; call-centre transcripts (some in lower-case ASR style); manager
// notes and tasks; complaints, appointment bookings and refunds; across
// e-commerce, banking, telecom, real estate, clinics, logistics, education
// and car dealers. Names are the most frequent type, then phones, e-mails
// and addresses; every other type has at least 11 gold spans. 70 messages
// carry no personal data.
//
// Identifiers carry valid check digits (ИНН, СНИЛС, ОГРН/ОГРНИП, Luhn for
// cards, the БИК key for accounts); no unlabelled run of 10 to 20 digits
// passes any of those checks. Negatives are the ordinary ones: order,
// ticket, contract, claim and invoice numbers, tracking and container
// numbers, amounts, dates, times, SKUs, VINs, car plates, ОМС policies,
// КПП, БИК, ОКПО and correspondent accounts, versions shaped like IPv4
// addresses, ИНН, СНИЛС and card numbers with a wrong check digit, cities
// and districts alone, and names used as words ("Вера в ваш магазин",
// "Надежда была только на вас", "Слава богу", "Роман «Мастер и
// Маргарита»", "Лада Веста", "Mark my words", "Will you match", "Grace
// period", "Frank feedback", "a new jack", "the bill", "Amber Heights",
// Victoria, Paris and Sydney as places).
//
// Labelling follows heldout4.jsonl: titles (Dr., Mrs., Professor, mister)
// and airline suffixes (MR) stay outside PERSON spans; a business's own
// street address (a clinic, a service station, a legal address in
// requisites) is an ADDRESS; company names are not persons; masked cards
// ("ending 4402", "последние цифры 4471") are not cards; an account number
// is BANK_ACCOUNT with or without a БИК beside it.
//
// It is no longer held out. It was judged once with rules-2025.8 (figures
// below) and then became a development file: its misses drove rules-2025.9
// (engine 1.7.0) — role words before names, sign-offs, lower-case full
// names in transcripts, passenger names, brands and titles that look like
// names, addresses without a street keyword, foreign passports, UK mobiles —
// each fixed as a general rule with its negatives in context_names_test.go.
// Scores here now overstate unseen text; heldout6.jsonl and heldout7.jsonl
// are the untuned test sets.

// heldout5Floor guards the level reached after tuning on this file. The
// single untuned run (rules-2025.8, engine 1.6.0) gave BANK_ACCOUNT, CARD,
// EMAIL, INN, IP, OGRN and SNILS 1.0, PHONE 0.991, ADDRESS 0.962, PERSON
// 0.922 and PASSPORT 0.923; rules-2025.9 reaches 1.0 on every type.
var heldout5Floor = map[string]float64{
	TypePhone: 0.99, TypeEmail: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99,
	TypeBankAccount: 0.99, TypeIP: 0.99, TypeAddress: 0.99, TypePerson: 0.99, TypePassport: 0.99,
}

// heldout5MaxLeak: target 0.005. 3.723% untuned (264 of 7092 gold
// characters: PERSON 150, ADDRESS 83, PASSPORT 18, PHONE 13), 0% after
// tuning.
const heldout5MaxLeak = 0.002

func TestHeldout5(t *testing.T) {
	corpusCheck{file: "testdata/heldout5.jsonl", name: "fifth held-out corpus (a dev set since rules-2025.9)", minMessages: 250,
		floors: heldout5Floor, everyType: true, maxLeak: heldout5MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
