package pii

import "testing"

// testdata/heldout34.jsonl is the thirty-fourth held-out file: 260 messages
// (130 Russian, 130 English; 53 without personal data; 552 gold spans:
// PERSON 294, PHONE 46, ADDRESS 43, EMAIL 38, PASSPORT 31, INN 23,
// BANK_ACCOUNT 19, OGRN 15, CARD 15, SNILS 14, IP 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout32 and heldout33. It is the CRM of a mortgage
// broker working with a notary office: borrowers and co-borrowers, income
// documents, valuations, bank approvals, sale and ДДУ contracts, escrow
// accounts and letters of credit, notarised powers of attorney, inheritance
// cases; expats buying in Russia (Italian, Spanish, German, Chinese,
// Japanese, Hong Kong, Vietnamese and UK passports) and Russians buying in
// London, Stockholm, Dublin, Limassol, Marbella, Dubai and Shanghai. Chats,
// letters, e-mails with headers, signatures and forwarded history,
// lower-case transcripts (four phones spoken, an account dictated in
// digits), notices, requisites, questionnaires, contact sheets. Names in
// every case, initials in both orders, diminutives and vocatives in lower
// case, families, cardholders in capitals, "Whitfield, Andrew"; titles
// outside. Passports with "серия/номер/№/no." inside the span, foreign ones
// with and without letters; phones from Russia (8-800 too), the UK, the UAE,
// Cyprus, China, France and Italy; IPv4 and IPv6 (link-local too); Russian
// addresses in full and abbreviated form, a spoken one, legal addresses, UK,
// Swedish, Irish, Spanish and Chinese ones. Negatives: Вера, Надежда, Роза,
// Слава as words, a car brand, an agency named after a word, Victoria the
// city, grace period, Will you, Mark my words, Hope, rose, firms and banks
// named after surnames; application, contract, invoice, ticket, claim,
// refund, booking, tracking and cadastral numbers, notarial register and
// blank numbers, amounts, rates, dates, versions shaped like IPs, a VIN, a
// plate, an SKU, ОМС, КПП, ОКПО, БИК, correspondent accounts, auth codes,
// terminal ids, masked cards, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.22 (engine
// 1.20.0, commit 08c1ead): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PASSPORT 0.984, ADDRESS 0.977 and PERSON 0.954 (every
// target met); 2.083% of PII characters leaked (188 of 9026: PERSON 130,
// ADDRESS 49, PASSPORT 9), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout35's)
// drove rules-2025.23 (engine 1.21.0). With rules-2025.23: ADDRESS 0.989,
// PERSON 0.976, the other types 1.0; leak 0.720% (PERSON 46: a stutter
// of a name, an Armenian first name, surnames alone in English; ADDRESS
// 19).

// heldout34Floor guards the tuned level.
var heldout34Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout34MaxLeak: target 0.005; 2.083% untuned, 0.720% tuned.
const heldout34MaxLeak = 0.008

func TestHeldout34(t *testing.T) {
	corpusCheck{file: "testdata/heldout34.jsonl", name: "thirty-fourth held-out corpus", minMessages: 250,
		floors: heldout34Floor, everyType: true, maxLeak: heldout34MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
