package pii

import "testing"

// testdata/heldout784.jsonl is the seven-hundred-and-eighty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 526 gold spans: PERSON 267, ADDRESS 74, PHONE 60, EMAIL 39, IP 18, INN 15,
// PASSPORT 14, CARD 12, BANK_ACCOUNT 11, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout780. It is the CRM of a
// regional electricity supplier's call centre in Tambov, Michurinsk and
// Morshansk: meter readings, outages, debts, new connections, complaints.
// Chats with subscribers, lower-case call transcripts, e-mails with quotes,
// outage tickets, CSV of subscribers, pipe tables, webhooks and logs with
// IPs, OCR'd contracts, SMS. Owners in the genitive and dative, elderly
// subscribers by name and patronymic, diminutives and nicknames ("Баба
// Нюра", "Uncle Tolya"), villages and dacha plots, a phone dictated twice,
// foreign passports, phones and addresses said in words. Negatives: personal
// accounts and meter serials (some said in words), substations named after
// streets, famous composers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.234 (engine
// 1.229.0, commit b75b929): PASSPORT 0.963 missed its target (a German
// passport's number of letters and digits after "passport"); PERSON 0.981,
// PHONE 0.992, ADDRESS 0.972 and the other types (1.0) met theirs; 3.209% of
// PII characters leaked (317 of 9879: PERSON 48, PASSPORT 21, ADDRESS 248),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.235
// (engine 1.230.0), with those of the other files from heldout781 to
// heldout788: a street and its house in words on a line that names an
// address ("адрес моршанск, гражданская, сорок семь"). Left: a German
// passport's letters and digits, an SNT plot in words, a village address in
// English with its district, and a town's code read as a phone. Tuned:
// PERSON 0.981, PHONE 0.992, PASSPORT 0.963, ADDRESS 0.979; 2.976% leaked
// (294 of 9879).

// heldout784Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout784Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.962, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout784MaxLeak: target 0.005, missed untuned (3.209%), missed tuned (2.976%).
const heldout784MaxLeak = 0.03

func TestHeldout784(t *testing.T) {
	corpusCheck{file: "testdata/heldout784.jsonl", name: "seven-hundred-and-eighty-fourth held-out corpus", minMessages: 250,
		floors: heldout784Floor, everyType: true, maxLeak: heldout784MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
