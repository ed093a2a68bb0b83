package pii

import "testing"

// testdata/heldout103.jsonl is the hundred-and-third held-out file: 277
// messages (137 Russian, 140 English; 65 without personal data; 475 gold
// spans: PERSON 249, ADDRESS 49, PHONE 44, EMAIL 32, PASSPORT 23, INN 17,
// CARD 17, BANK_ACCOUNT 15, IP 14, OGRN 10, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout100 and heldout101. It is the CRM of a
// car-sharing and long-term rental company in Moscow, Kazan, Sochi,
// Tbilisi and Yerevan serving tourists and relocated foreign clients:
// passport and selfie checks, bookings, returns and extensions, deposits
// and card holds, refunds to cards and accounts, camera and parking fines,
// damage reports, ОСАГО and КАСКО claims, roadside help with GPS,
// complaints, deletion requests. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV
// and pipe tables, OCR'd passport pages with an MRZ line, telematics,
// payment, gate and login logs. Georgian and Armenian names in Cyrillic
// and Latin (-швили, -дзе, -ян), double surnames, airline-style names,
// Russian names in every case form and diminutive, lower-case names
// ("давит", a name that is also a verb). Not names: Вера, Слава богу,
// Роза ветров, УК «Светлана», Лада Веста, Grace period, Rose Garden,
// Mercedes, Skoda Octavia, the book Anna Karenina. Addresses in Tbilisi,
// Yerevan, Russia, the UK and the US. Georgian, Armenian, UK and German
// passports. Negatives: masked cards, 20-digit fine resolutions, VINs,
// plates, policies, claims, bookings, RRNs, auth codes, БИК, КПП, ОКПО,
// correspondent accounts, licence and СТС numbers shaped like passports,
// IP-shaped versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.61 (engine
// 1.59.0, commit 2897db1): ADDRESS 0.990, PERSON 0.959, PHONE 0.989,
// BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and SNILS 1.0 (targets met);
// PASSPORT 0.955 (an Armenian and a Georgian passport after their
// holder's name, "AR 3318024", "15AB22071") misses its target; 1.738% of
// PII characters leaked (134 of 7712: PERSON 91, ADDRESS 31, PASSPORT 12),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout102's)
// drove rules-2025.62 (engine 1.60.0): a passport's letters that open a
// table's cell under a passport header ("| AR 3318024 |"), a passport
// that opens with digits and mixes in capitals ("15AB22071"), not a date
// of birth ("02NOV1968"); the holder's name in a passport's
// machine-readable zone ("P<GEOKAPANADZE<<ANA<<<"); a Georgian surname
// alone by its ending (-швили, -дзе). With rules-2025.62: PASSPORT and
// PHONE 1.0, PERSON 0.964, the other types as before; leak 1.258% (97 of
// 7712: PERSON 66, ADDRESS 31).

// heldout103Floor guards the tuned level.
var heldout103Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout103MaxLeak: target 0.005; 1.738% untuned, 1.258% tuned.
const heldout103MaxLeak = 0.013

func TestHeldout103(t *testing.T) {
	corpusCheck{file: "testdata/heldout103.jsonl", name: "hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout103Floor, everyType: true, maxLeak: heldout103MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
