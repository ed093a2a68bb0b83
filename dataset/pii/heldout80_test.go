package pii

import "testing"

// testdata/heldout80.jsonl is the eightieth held-out file: 269 messages
// (138 Russian, 131 English; 60 without personal data; 600 gold spans:
// PERSON 323, PHONE 59, EMAIL 40, ADDRESS 37, PASSPORT 33, BANK_ACCOUNT 23,
// INN 19, IP 19, CARD 18, OGRN 15, SNILS 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout78 and heldout79. It is the CRM of a regional bus and
// coach operator: intercity tickets with passengers' passport data,
// refunds and chargebacks, lost luggage, charters for companies, weddings
// and school trips, drivers' shifts and HR, accidents and insurance,
// complaints, ticket agents in small towns. Staff chats, letters and
// applications, e-mails with From lines, signatures and quoted replies,
// lower-case call transcripts, notices and security logs, requisites,
// payroll and manifest lists. Names in full, surnames alone, initials
// either side, in every case, diminutives and vocatives (Вань, Серёги),
// nicknames (Михалыч), lower case, capitals on cards and bookings,
// transliterated and foreign names; titles outside. Passports Russian
// ("номер" inside one label) and Kazakh, Uzbek, Azerbaijani, Chinese,
// Armenian, UK, US and Nigerian; both a mistyped and the right number
// labelled. Negatives: Вера, Надежда, Слава and Розы as words, a holiday
// base «Надежда», towns (Королёв, Korolev, Victoria, Lincoln, Jordan,
// Georgia), streets after people (Карла Маркса, Rose Street), brands and
// firms, Will, Mark, Grace, Hope, bill and jack as words; ticket, order,
// booking, claim and court-case numbers, an RRN, a tracking number, КУСП,
// a sick-leave certificate, ОСАГО, SKUs, VINs, plates, ОМС, КПП, БИК,
// ОКПО, ОКВЭД, correspondent accounts, a tax office's code, versions shaped
// like IPs, masked cards, and INN, OGRN, SNILS and card numbers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.47 (engine
// 1.45.0, commit 4afa908): every identifier type but PASSPORT 1.0, ADDRESS
// 0.986, PERSON 0.971 (targets met); PASSPORT 0.969 (two missed) misses
// its target by a hair; 1.915% of PII characters leaked (176 of 9193:
// ADDRESS 96, PERSON 61, PASSPORT 19), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout81's)
// drove rules-2025.48 (engine 1.46.0). With rules-2025.48: every type 1.0
// but PERSON 0.974 (misses: lower-case surnames in a shift note,
// "khasanov sick, dementyev takes …", names in Latin capitals; false alarms:
// towns, Барыш and Korolev, the country Georgia); leak 0.761% (70 of 9193:
// PERSON 61, ADDRESS 9).

// heldout80Floor guards the tuned level.
var heldout80Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypePassport: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout80MaxLeak: target 0.005; 1.915% untuned, 0.761% tuned.
const heldout80MaxLeak = 0.008

func TestHeldout80(t *testing.T) {
	corpusCheck{file: "testdata/heldout80.jsonl", name: "eightieth held-out corpus", minMessages: 250,
		floors: heldout80Floor, everyType: true, maxLeak: heldout80MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
