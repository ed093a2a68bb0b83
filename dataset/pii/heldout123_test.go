package pii

import "testing"

// testdata/heldout123.jsonl is the hundred-and-twenty-third held-out file:
// 281 messages (139 Russian, 142 English; 59 without personal data; 580
// gold spans: PERSON 288, PHONE 57, ADDRESS 53, INN 40, EMAIL 32, PASSPORT
// 26, IP 25, OGRN 18, BANK_ACCOUNT 17, CARD 12, SNILS 12), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout118 to heldout121. It is the CRM of a
// bank's small-business lending desk: applications from sole traders,
// farm owners and companies, scoring and credit-bureau requests, credit
// committee notes, guarantors and pledges (cars, flats, premises, grain,
// shares), schedules, overdue and assignment notices, restructuring, a
// deceased borrower with heirs, account-change scams, phishing, Tor and
// VPN logins, deletion, consent and do-not-call requests, a police lookup.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV, pipe and JSON tables, SMS
// templates, OCR'd registry extracts and passports with O/0 and З/3 noise,
// internet-bank and app logs. A sole trader's name inside a firm's ("ИП
// Кравченко О.П." against «Кравченко и сыновья», «Панкратов Групп»), name
// and patronymic, initials, case forms, diminutives, lower-case names,
// airline-style names, names that are also words both ways (Вера, Надежда,
// Любовь, Слава, Роман, Лада, Hope, Grace, Will, Mark, Frank, Rose,
// Victoria), brands with a person's name (кафе «Татьяна», Grace Interiors
// LLC). Legal, actual and pledged addresses with index, литера and
// помещение, transliterated, UK, Irish, Canadian, German and Polish
// addresses. Negatives: contract, application, ticket and tracking
// numbers, VINs, plates, cadastral numbers, ОМС, КПП, БИК, ОКПО, ОКВЭД, ГРН,
// correspondent accounts, IP-shaped versions, masked cards, numbers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.72 (engine
// 1.70.0, commit b73e49d): every type met its target (ADDRESS 0.991,
// PERSON 0.976, PHONE 0.983, the others 1.0); 1.378% of PII characters
// leaked (140 of 10157: ADDRESS 82, PERSON 43, PHONE 15; an OCR'd phone
// with letters for digits, a Polish name and address, lower-case names
// that are also words), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout122's)
// drove rules-2025.73 (engine 1.71.0): an INN with a digit too many is no
// phone, a surname in capitals before a first name and a patronymic
// ("KOLESNIKOVA Grace Viktorovna"), a firm named after its owner ("Dubois
// Wines Rus LLC"), farm firms, bakeries' brands. With rules-2025.73:
// ADDRESS 0.991, PERSON 0.984, PHONE 0.991 (an OCR'd phone with letters
// for digits), the others 1.0; leak 1.359% (138 of 10157: ADDRESS 82,
// PERSON 41, PHONE 15).

// heldout123Floor guards the tuned level.
var heldout123Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout123MaxLeak: target 0.005; 1.378% untuned, 1.359% tuned.
const heldout123MaxLeak = 0.014

func TestHeldout123(t *testing.T) {
	corpusCheck{file: "testdata/heldout123.jsonl", name: "hundred-and-twenty-third held-out corpus", minMessages: 250,
		floors: heldout123Floor, everyType: true, maxLeak: heldout123MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
