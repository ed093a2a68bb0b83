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
// The engine is judged on this file once, never tuned on it.

// heldout5Floor is the F1 the engine keeps on the fifth held-out file:
// the target (0.97 for validated identifiers, 0.92 for PERSON and
// ADDRESS) where it is met, else a floor just below the level reached.
// Figures from the single run with rules-2025.8 (engine 1.6.0), when the
// file was written: BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and SNILS 1.0,
// PHONE 0.991, ADDRESS 0.962 and PERSON 0.922 (targets met); PASSPORT
// 0.923 (target missed). The misses were not looked at and nothing in the
// file was changed after the run.
var heldout5Floor = map[string]float64{
	TypePhone: 0.97, TypeEmail: 0.97, TypeCard: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeOGRN: 0.97,
	TypeBankAccount: 0.97, TypeIP: 0.97,
	TypeAddress:  0.92, // 0.9620, recall 0.927: 3 of 41 missed, no false alarm
	TypePerson:   0.92, // 0.9220, just met: 16 misses, 17 false alarms of 211 gold names
	TypePassport: 0.91, // target 0.97: missed (0.9231, recall 0.857: 2 of 14 missed, no false alarm)
}

// heldout5MaxLeak: target 0.005, missed: 3.723% when written (264 of 7092
// gold characters: PERSON 150, ADDRESS 83, PASSPORT 18, PHONE 13).
const heldout5MaxLeak = 0.038

func TestHeldout5(t *testing.T) {
	corpusCheck{file: "testdata/heldout5.jsonl", name: "fifth held-out corpus", minMessages: 250,
		floors: heldout5Floor, everyType: true, maxLeak: heldout5MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
