package pii

import "testing"

// testdata/heldout119.jsonl is the hundred-and-nineteenth held-out file:
// 276 messages (137 Russian, 139 English; 62 without personal data; 580
// gold spans: PERSON 321, PHONE 63, ADDRESS 61, EMAIL 46, PASSPORT 23, IP
// 17, INN 14, BANK_ACCOUNT 13, CARD 11, OGRN 6, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout114 to heldout117. It is the CRM of a
// recruitment and staffing agency placing drivers, nurses, builders, cooks
// and IT staff in Russia, Kazakhstan, the UAE and Serbia: CVs and
// applications, interviews, reference checks, employers' requests, offers
// and contracts, work permits and visas, housing and relocation, salary
// payouts, blacklists, complaints, no-shows, deletion requests. Chats,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, forms and cards, CSV and pipe tables, pasted CVs and
// LinkedIn snippets, OCR'd passports, diplomas and permits, ATS, CRM and
// payment logs, SMS templates. Surname-only shortlists (Nigerian, Nepali,
// Indian, Serbian surnames, some with diacritics), recruiters by first
// name, case forms and diminutives, lower-case and capital names, titles,
// names that are also words both ways (Роман, Слава, Лев, Вера, Надежда,
// Любовь, Роза, Маргарита, Mark, Will, Grant, Hope, Joy, Frank, Victoria),
// organisations named after people (Bauman University, «Иванов и
// партнёры», Grant Thornton, Marks & Spencer). Home and employers'
// addresses in Russian, UAE, Serbian, Kazakh, UK and Indian layouts;
// foreign passports. Negatives: contract, vacancy, invoice, ticket,
// waybill, PO, payment and permit numbers, КПП, БИК, ОКПО, BIN, TRN,
// correspondent accounts, ОМС, ОСАГО and ДМС policies, VINs, plates,
// IP-shaped versions, internal IPs, masked cards, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.69 (engine
// 1.67.0, commit 489763e): ADDRESS 0.939, EMAIL 0.979 (two company
// addresses the writer left unlabelled), IP 0.971 and the other
// identifiers 1.0 (targets met) but PERSON 0.894 (surnames alone in
// shortlists, Serbian surnames with diacritics, lower-case names that are
// also words) and PASSPORT 0.958; 7.007% of PII characters leaked (663 of
// 9462: ADDRESS 378, PERSON 285; addresses in the UAE, India, Tashkent and
// Belgrade in their own layouts), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout118's)
// drove rules-2025.70 (engine 1.68.0): lists of surnames (a comma list of
// three or more, or one a line), a to-do's surname ("Перезвонить:
// Сафронова"), South Slavic surnames in "-ić" alone, Serbian first names.
// With rules-2025.70: PERSON 0.916 (Nigerian, Nepali and Indian surnames
// alone in shortlists, lower-case names that are also words), ADDRESS
// 0.939, PASSPORT 0.958, EMAIL 0.979, IP 0.971, the others 1.0; leak
// 6.045% (572 of 9462: ADDRESS 378, PERSON 194).

// heldout119Floor guards the tuned level.
var heldout119Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.97, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.95, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.93, TypePerson: 0.91,
}

// heldout119MaxLeak: target 0.005; 7.007% untuned, 6.045% tuned.
const heldout119MaxLeak = 0.061

func TestHeldout119(t *testing.T) {
	corpusCheck{file: "testdata/heldout119.jsonl", name: "hundred-and-nineteenth held-out corpus", minMessages: 250,
		floors: heldout119Floor, everyType: true, maxLeak: heldout119MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
