package pii

import "testing"

// testdata/heldout81.jsonl is the eighty-first held-out file: 272 messages
// (137 Russian, 135 English; 59 without personal data; 524 gold spans:
// PERSON 297, PHONE 51, ADDRESS 48, EMAIL 32, INN 17, IP 15, BANK_ACCOUNT
// 14, PASSPORT 14, OGRN 12, SNILS 12, CARD 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout78 and heldout79. It is the CRM of a home appliance
// repair service: bookings, technicians' visits to flats, spare parts,
// warranty and replacement claims to manufacturers, repeat breakdowns,
// complaints and refunds, card, SBP and cash payments on site, landlords
// and tenants; many foreign residents (expats, students, CIS citizens with
// Uzbek and Belarusian passports), a UK letting agent, a German landlord.
// Chats, replies, letters and claims, e-mails with signatures and quoted
// history, lower-case call transcripts, system and security logs, SMS
// reminders, requisites, receipts and terminal slips, onboarding and
// payroll lists, schedules, a forwarded message with headers. Names in
// full, with initials, patronymic alone, in every case, diminutives, lower
// case, Latin and capitals; titles outside. Negatives: brands (Candy,
// Hotpoint, Бирюса, Атлант, Миле), "Лада Веста", "Слава богу", "Роза
// ветров", "Любовь" as a noun, "Will you", "will", "Mark my words", "grace
// period", "to be frank", Victoria (BC), "Sunny Side"; a masked phone,
// order, claim and invoice numbers, tracking and AWB numbers, serials,
// SKUs, КПП, БИК, ОКПО, correspondent accounts, ОМС, a plate, RRN and
// auth codes, versions and serials shaped like IPs, masked cards, and INN,
// OGRN, SNILS and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.47 (engine
// 1.45.0, commit 4afa908): ADDRESS, BANK_ACCOUNT, CARD, EMAIL, INN, IP,
// PASSPORT, PHONE and SNILS 1.0, PERSON 0.975 (targets met); OGRN 0.957
// (one missed) misses its target; 1.157% of PII characters leaked (94 of
// 8121: PERSON 79, OGRN 15), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout80's)
// drove rules-2025.48 (engine 1.46.0). With rules-2025.48: every type 1.0
// but PERSON 0.978 (misses: names with no cue, "Grace Okoye", "Li Na";
// lower-case ones, "абдуллаева"); leak 0.837% (68 of 8121, all PERSON).

// heldout81Floor guards the tuned level.
var heldout81Floor = map[string]float64{
	TypeAddress: 0.99, TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99,
	TypeOGRN: 0.99, TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypePerson: 0.97,
}

// heldout81MaxLeak: target 0.005; 1.157% untuned, 0.837% tuned.
const heldout81MaxLeak = 0.009

func TestHeldout81(t *testing.T) {
	corpusCheck{file: "testdata/heldout81.jsonl", name: "eighty-first held-out corpus", minMessages: 250,
		floors: heldout81Floor, everyType: true, maxLeak: heldout81MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
