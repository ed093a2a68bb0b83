package pii

import "testing"

// testdata/heldout397.jsonl is the three-hundred-and-ninety-seventh held-
// out file: 281 messages (141 Russian, 140 English; 60 without personal
// data; 531 gold spans: PERSON 237, PHONE 140, EMAIL 54, IP 31, ADDRESS
// 20, INN 11, BANK_ACCOUNT 9, CARD 9, PASSPORT 9, OGRN 7, SNILS 4),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on files up to heldout395. It
// is the CRM of a business-telephony and virtual PBX provider in Moscow,
// St Petersburg, Kazan and Almaty: number porting, SIP trunks, IVR set-up,
// call forwarding to mobiles, deletion of call recordings, invoices,
// refunds, contact changes, foreign clients. Chats, lower-case call
// transcripts, e-mails with headers, quotes and signatures, web forms,
// SMS, OCR'd passports, pipe and CSV extension tables, CDR exports with
// numbers in E.164 without their plus, SIP INVITE and REGISTER traces,
// portal logs. Phones in every format beside "доб." and "ext" extensions,
// SIP display names, Kazakh, Tatar and Chinese names, every case form.
// Negatives: SIP logins and URIs (some name-like, sip:olga.chen@…), the
// provider's own SBC and media servers' IPs, extension numbers, tariffs
// named Марк and Слава, firms named after people, Kazakh ИИН and БИН,
// masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.173 (engine
// 1.168.0, commit f8120dd): EMAIL 0.893, INN 0.957, IP 0.841 and PHONE
// 0.967 missed their targets (SIP URIs read as e-mail addresses, which the
// writer was told to leave unlabelled; the provider's own servers' IPs,
// likewise; numbers in E.164 without their plus in CDR exports, one of
// which, a German "4930901820", passes the INN check); PERSON 0.985 and
// the other types (1.0) met theirs; 0.855% of PII characters leaked (71 of
// 8301: PHONE 61, PERSON 10).
//
// It is no longer held out: after that run its misses drove rules-2025.174
// (engine 1.169.0), with those of the other files from heldout396 to
// heldout399: none of its own: its SIP URIs and the provider's own servers
// are the writer's convention, and numbers in E.164 without their plus were
// left. Tuned: as untuned; 0.855% leaked (71 of 8301).

// heldout397Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout397Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.89, TypeINN: 0.95, TypeIP: 0.84, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.96, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout397MaxLeak: target 0.005, missed untuned (0.855%), missed tuned
// (0.855%); 0.988% since rules-2025.242 reads national figures by first name
// and surname ("Лев Толстой", "Юрий Гагарин") as no people, as newer files
// leave them, which this file labels.
const heldout397MaxLeak = 0.01

func TestHeldout397(t *testing.T) {
	corpusCheck{file: "testdata/heldout397.jsonl", name: "three-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout397Floor, everyType: true, maxLeak: heldout397MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
