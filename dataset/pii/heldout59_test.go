package pii

import "testing"

// testdata/heldout59.jsonl is the fifty-ninth held-out file, smaller than
// most (its writer ran out of time): 188 messages (106 Russian, 82 English;
// 37 without personal data; 430 gold spans: PERSON 197, PHONE 50, ADDRESS
// 36, EMAIL 31, INN 23, PASSPORT 21, OGRN 16, IP 16, BANK_ACCOUNT 14,
// SNILS 13, CARD 13), written by hand by someone who saw neither the engine
// nor any other labelled file, while the engine was tuned on heldout56 and
// heldout57. It is the CRM of a debt-collection agency and a credit bureau
// help desk: borrowers, guarantors, heirs and relatives, payment
// schedules, restructuring, settlements, assignment notices, payroll
// deductions, refunds; court orders, enforcement proceedings, bailiffs,
// account arrests, individual bankruptcy with financial managers;
// credit-report disputes and identity theft with passport, SNILS and INN
// data, login and IP logs. Lower-case transcripts where borrowers dictate
// and operators read back, chats, letters, lawyers' requests, e-mails with
// signatures and quoted history, requisites, notices; borrowers abroad
// with foreign phones, addresses and passports. Names with initials
// written without the final dot ("Федотов И.А") or before the surname, a
// name split by a filler word into two spans. The same INN, SNILS, OGRN,
// card or account appears once valid and once with a wrong check digit
// (unlabelled); a passport or phone misheard by one digit is labelled both
// times. Negatives: Вера в…, Слава богу, Mark my words, Will you, Victoria
// the city; contract, ticket, invoice, claim and case numbers, enforcement
// proceedings and writ numbers, УИН, ШПИ, amounts, dates, a VIN, a plate,
// ОМС, КПП, БИК, ОКПО, ОКТМО, correspondent accounts, versions shaped like
// IPs, masked cards.
//
// The engine was judged on it once, untuned, with rules-2025.34 (engine
// 1.32.0, commit 9f4dbea): CARD, EMAIL, IP, OGRN and SNILS 1.0, ADDRESS
// 0.986, INN 0.979 and PERSON 0.955 (targets met); PHONE 0.935 (7 false
// alarms), BANK_ACCOUNT 0.933 (2) and PASSPORT 0.930 miss theirs; 1.820%
// of PII characters leaked (137 of 7527: PERSON 66, ADDRESS 61, PASSPORT
// 10).

// It is no longer held out: after that run its misses (with heldout58's)
// drove rules-2025.35 and rules-2025.36 (engine 1.34.0). With
// rules-2025.36: ADDRESS 0.986, INN 0.979, PASSPORT 0.977, BANK_ACCOUNT
// 0.966, PERSON 0.960, PHONE 0.935 (seven phones and an INN read out in
// words that the writer labelled only in digits, a closed account), every
// other type 1.0; leak 1.687% (PERSON 66, ADDRESS 61).

// heldout59Floor guards the tuned level. PASSPORT is 0.93 since
// rules-2025.143 reads a passport out in words after the agent asks for it
// ("forty five oh nine seven one two three four one") and rules-2025.267 a
// series and number said with "номер" between ("сорок пять ноль девять
// номер семьсот двенадцать триста сорок один"), which the writer labelled
// only in the agent's digits, as with the phones.
var heldout59Floor = map[string]float64{
	TypeCard: 0.99, TypeEmail: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98,
	TypeINN: 0.97, TypePassport: 0.93, TypeBankAccount: 0.96, TypePerson: 0.95, TypePhone: 0.93,
}

// heldout59MaxLeak: target 0.005; 1.820% untuned, 1.687% tuned.
const heldout59MaxLeak = 0.017

func TestHeldout59(t *testing.T) {
	corpusCheck{file: "testdata/heldout59.jsonl", name: "fifty-ninth held-out corpus", minMessages: 180,
		floors: heldout59Floor, everyType: true, maxLeak: heldout59MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
