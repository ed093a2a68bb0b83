package pii

import "testing"

// testdata/heldout83.jsonl is the eighty-third held-out file: 285 messages
// (142 Russian, 143 English; 61 without personal data; 531 gold spans:
// PERSON 293, PHONE 47, ADDRESS 45, EMAIL 35, INN 20, PASSPORT 18, IP 17,
// BANK_ACCOUNT 15, OGRN 14, SNILS 14, CARD 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout80 and heldout81. It is the CRM of a property
// valuation company: banks' mortgage valuation orders, inspections of
// flats, country houses and garages, banks' review of reports, valuations
// for inheritance as at the date of death, court and divorce valuations,
// guardianship authorities, foreign owners and heirs, partner and
// freelance appraisers. Chats, letters and claims, e-mails with headers,
// quoted history and signatures, lower-case call transcripts, system and
// security logs, requisites, payout registers, courier lists. Names in
// full, in every case, with initials, patronymic alone, diminutives (Лёша,
// Лёш, Мариночка, Тёма), lower case, capitals; titles (Mr, Ms, Dr, Señor)
// outside; German, Swedish, UAE, Lebanese, Uzbek, Azerbaijani, Canadian
// and Chinese owners with their passports beside Russian ones ("серия …
// номер …"). Addresses with index, корпус, строение, литера, офис or уч.,
// rural and country-house ones, transliterated, a London one, legal
// addresses. Negatives: wrong check digits beside the right number, a
// correspondent account given by mistake, order, invoice, contract,
// court-case and dispute numbers, cadastral numbers, RRN and auth codes,
// tracking numbers, SKUs, a VIN, a plate, ОМС, КПП, БИК, ОКПО, masked
// cards, a version shaped like an IP; Лада Веста, "слава богу", "вера в…",
// Mark and Will as verbs, Victoria, BC, firms named after people (Galkin
// Development, Harrington & Cole), streets named after people.
//
// The engine was judged on it once, untuned, with rules-2025.48 (engine
// 1.46.0, commit d893951): BANK_ACCOUNT, CARD, IP, OGRN, PASSPORT, PHONE
// and SNILS 1.0, EMAIL 0.986, INN 0.974, ADDRESS 0.978, PERSON 0.985:
// every F1 target met; 0.978% of PII characters leaked (87 of 8898: PERSON
// 52, ADDRESS 23, INN 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout82's)
// drove rules-2025.51 (engine 1.49.0). With rules-2025.51: every type 1.0
// but EMAIL 0.986 (a fraudsters' address the writer left unlabelled),
// ADDRESS 0.978 (a court's name read into its address) and PERSON 0.991
// (misses: "у Кравца", a lower-case surname, a surname in capitals signing
// a letter in capitals, a misspelt surname); leak 0.584% (52 of 8898:
// PERSON 29, ADDRESS 23).

// heldout83Floor guards the tuned level.
var heldout83Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.98, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.98,
}

// heldout83MaxLeak: target 0.005; 0.978% untuned, 0.584% tuned.
const heldout83MaxLeak = 0.006

func TestHeldout83(t *testing.T) {
	corpusCheck{file: "testdata/heldout83.jsonl", name: "eighty-third held-out corpus", minMessages: 250,
		floors: heldout83Floor, everyType: true, maxLeak: heldout83MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
