package pii

import "testing"

// testdata/heldout324.jsonl is the three-hundred-and-twenty-fourth held-
// out file: 279 messages (140 Russian, 139 English; 56 without personal
// data; 453 gold spans: PERSON 244, PHONE 68, EMAIL 45, ADDRESS 41, IP 11,
// BANK_ACCOUNT 9, INN 9, PASSPORT 9, CARD 8, OGRN 6, SNILS 3), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout323. It is the CRM of a
// pet clinic and pet-hotel chain in Moscow, Perm and Almaty: owners'
// appointments, animals' vaccination passports, microchips, pet-hotel
// bookings, pet-taxi pickups, lab results, loyalty cards, complaints and
// refunds. Chats, SMS reminders, lower-case call transcripts, e-mails with
// headers, quotes and signatures, web forms, CSV and pipe owner tables,
// CRM and server logs, messages from expats. Pets named like people
// (Борис, Маша, Charlie, Oscar, Lucy, Bella) are no PII, a groomer called
// Charlie is; Kazakh names, vets signed with initials, streets named after
// people. Negatives: microchip, booking, lab and loyalty-card numbers,
// masked cards, a VIN, a plate, ОМС, КПП, БИК, ОКПО, versions shaped like
// IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.158 (engine
// 1.153.0, commit 845bf2a): PERSON 0.918 and PASSPORT 0.947 missed their
// targets (pets named like people read as people, 40 of them; an animal's
// passport number "RU 0178432" read as a person's); ADDRESS 0.975 and the
// other types (1.0) met theirs; 0.592% of PII characters leaked (39 of
// 6591: ADDRESS 27, PERSON 12), just above the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.159
// (engine 1.154.0), with those of the other files from heldout324 to
// heldout327: pets by their species in any case ("попугая Кешу", "нашего
// лабрадора Джека"), after "по имени", in a pair in brackets and in quotes;
// an animal's passport. Tuned: PERSON 0.936 and PASSPORT 1.0 (both now met),
// ADDRESS 0.975; 0.592% leaked (39 of 6591).

// heldout324Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout324Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout324MaxLeak: target 0.005, missed untuned (0.592%), missed tuned (0.592%).
const heldout324MaxLeak = 0.006

func TestHeldout324(t *testing.T) {
	corpusCheck{file: "testdata/heldout324.jsonl", name: "three-hundred-and-twenty-fourth held-out corpus", minMessages: 250,
		floors: heldout324Floor, everyType: true, maxLeak: heldout324MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
