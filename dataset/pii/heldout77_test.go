package pii

import "testing"

// testdata/heldout77.jsonl is the seventy-seventh held-out file: 264
// messages (131 Russian, 133 English; 50 without personal data; 596 gold
// spans: PERSON 306, PHONE 62, ADDRESS 55, EMAIL 49, PASSPORT 26, IP 20,
// INN 19, OGRN 17, BANK_ACCOUNT 15, CARD 14, SNILS 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout74 and heldout75. It is the CRM of a B2B
// office coffee supplier and coffee machine service: leasing contracts,
// engineers' visits, consumables, invoices and reconciliation acts,
// payment disputes and chargebacks, building passes for engineers. Chats,
// letters and claims, e-mails with signatures and quoted history,
// lower-case call transcripts, notices, requisites, lists, a voicemail.
// Office managers, engineers, accountants and directors in every case,
// diminutives, name and patronymic, initials either side, lower case;
// titles outside. Passports Russian internal ("серия … номер …" inside
// the label), foreign, Uzbek, Polish, Indian and UK; addresses Russian and
// English, some read out. Negatives: coffee brands (Franke, Melitta,
// Jacobs, Julius Meinl, Dr. Coffee), firms named after people (Hollis &
// Grant, Finch & Lowe, «Мартин и партнёры»), Victoria the city, Лада Веста,
// "Вера в успех", "Надежда умирает последней", "Слава богу", "Will you",
// "Mark my words", "Mark as resolved"; order, ticket, invoice, claim,
// quote and contract numbers, serials and asset tags, tracking numbers,
// SKUs, plates, КПП, БИК, ОКПО, correspondent accounts, a MAC address,
// versions shaped like IPs, masked cards, and INN, SNILS, OGRN and card
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.44 (engine
// 1.42.0, commit 13022b8): every identifier type 1.0, ADDRESS 0.982 and
// PERSON 0.976: every F1 target met; 1.214% of PII characters leaked (116
// of 9555: ADDRESS 85, PERSON 31), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout76's)
// drove rules-2025.45 (engine 1.43.0). With rules-2025.45: every type 1.0
// but ADDRESS 0.982 (lower-case ones read out, "пятницкая семьдесят три",
// "14 Old Jewry") and PERSON 0.985 (lower-case names with no cue, "jo
// says", "ben"); leak 0.869% (83 of 9555: ADDRESS 52, PERSON 31).

// heldout77Floor guards the tuned level.
var heldout77Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout77MaxLeak: target 0.005; 1.214% untuned, 0.869% tuned.
const heldout77MaxLeak = 0.009

func TestHeldout77(t *testing.T) {
	corpusCheck{file: "testdata/heldout77.jsonl", name: "seventy-seventh held-out corpus", minMessages: 250,
		floors: heldout77Floor, everyType: true, maxLeak: heldout77MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
