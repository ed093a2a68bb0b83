package pii

import "testing"

// testdata/heldout85.jsonl is the eighty-fifth held-out file: 276 messages
// (141 Russian, 135 English; 61 without personal data; 644 gold spans:
// PERSON 295, PHONE 77, ADDRESS 68, PASSPORT 39, EMAIL 38, CARD 35, IP 32,
// INN 23, BANK_ACCOUNT 20, OGRN 10, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout82 and heldout83. It is the support and compliance
// desk of a payments company, online acquiring and a money-transfer app:
// merchant onboarding with requisites, KYC of users, chargebacks, fraud
// alerts, refunds, payouts, merchants' API tickets, letters from banks, the
// tax office and bailiffs. Short chats, lower-case call transcripts,
// e-mails with headers, quoted and forwarded replies and signatures, pipe
// and CSV tables, JSON and log lines. Foreign parties from Kazakhstan,
// Armenia, Uzbekistan, Turkey, the UAE, the UK, Germany, Serbia, China,
// India, Japan and Pakistan with native and Latin names, local addresses,
// letter-and-digit passports and international phones. Names in every
// case, surname first or last, initials, diminutives, a patronymic alone,
// capitals as embossed on cards (IVANOVA/ELENA MRS), оглы and o'g'li, CJK
// names, titles outside. Addresses with index, область, район, корп.,
// стр., кв., офис, помещ., transliterated, UK, German, Turkish, UAE,
// Chinese, Uzbek and lower-case spoken ones. Test cards (5555 5555 5555
// 4444) are labelled: their Luhn digit is valid. Negatives: order, ticket,
// case and claim ids, RRN, ARN, auth codes, MID/TID, MCC, КПП, БИК, ОКПО,
// correspondent accounts, УИН, a VIN, a plate, ОМС, tracking numbers,
// masked cards and phones, versions shaped like IPs, and INN, SNILS and
// card numbers with a wrong check digit; Вера в успех, Слава богу, Надежда
// and Любовь as words, Лада Веста, Роза ветров, Chase the bank, grace
// period, names inside firms' and streets' names.
//
// The engine was judged on it once, untuned, with rules-2025.51 (engine
// 1.49.0, commit 78a4838): CARD, EMAIL, INN, IP, OGRN and SNILS 1.0, PHONE
// 0.9935, PASSPORT 0.974, ADDRESS 0.9385, PERSON 0.959 (targets met);
// BANK_ACCOUNT 0.919 misses its target (three missed); 4.544% of PII
// characters leaked (534 of 11752: ADDRESS 334, PERSON 116, BANK_ACCOUNT
// 60, PASSPORT 24), against the target of 0.5%. It has not been tuned on:
// these are held-out figures.
//
// It is no longer held out: after that run its misses (with heldout84's)
// drove rules-2025.52 (engine 1.50.0). With rules-2025.52: every type 1.0
// but PASSPORT 0.987 (a letter-and-digit number in a JSON log), PERSON
// 0.980 (misses: names in Chinese characters, "Can Aydın", a speaker's
// name no table knows, a lower-case patronymic; false alarms: Pearl in a
// firm's name, «Пекарня у Ашота», the word House) and ADDRESS 0.970 (an
// Uzbek one in Latin letters, a Chinese one in characters, a Pakistani and
// a lower-case Hong Kong one); leak 2.510% (295 of 11752: ADDRESS 204,
// PERSON 76, PASSPORT 15).

// heldout85Floor guards the tuned level.
var heldout85Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.97,
}

// heldout85MaxLeak: target 0.005; 4.544% untuned, 2.510% tuned.
const heldout85MaxLeak = 0.026

func TestHeldout85(t *testing.T) {
	corpusCheck{file: "testdata/heldout85.jsonl", name: "eighty-fifth held-out corpus", minMessages: 250,
		floors: heldout85Floor, everyType: true, maxLeak: heldout85MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
