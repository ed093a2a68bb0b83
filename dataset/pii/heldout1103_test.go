package pii

import "testing"

// testdata/heldout1103.jsonl is the one-thousand-one-hundred-and-third
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 561 gold spans: PERSON 294, ADDRESS 72, PHONE 60, EMAIL 38, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1100. It is the CRM of a
// haunted house and horror quest attraction in Yekaterinburg and Perm:
// bookings, actors playing monsters, scare levels, age checks, waivers,
// corporate parties, lost items. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for monsters and
// characters named like people («Пиковая дама», 'Bloody Mary', Фредди Крюгер)
// as negatives; actors by stage names and nicknames beside their real names;
// booking and room numbers as negatives; teenagers in every case.
//
// The engine was judged on it once, untuned, with rules-2025.274 (engine
// 1.269.0, commit d2985e9): PERSON 0.917 missed its target; ADDRESS 0.972,
// PASSPORT 0.973 and the other types (1.0) met theirs; 3.894% of PII
// characters leaked (387 of 9938: PERSON 202, ADDRESS 146, PASSPORT 39),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.275
// (engine 1.270.0), with those of the other files from heldout1102 to
// heldout1108: a gate after the street's own word (14 Vagonnaya St, gate 2,
// Perm). Left: monsters and characters (Фредди Крюгер, Bloody Mary, Кощей),
// actors' stage names in tables and chats (Вика-Тень, Shadow Vika, gloom),
// lower-case names in calls. Tuned: PERSON 0.917, ADDRESS 0.986, PASSPORT
// 0.973; 3.683% leaked (366 of 9938).

// heldout1103Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1103Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.916,
}

// heldout1103MaxLeak: target 0.005, missed untuned (3.894%), missed tuned (3.683%).
const heldout1103MaxLeak = 0.037

func TestHeldout1103(t *testing.T) {
	corpusCheck{file: "testdata/heldout1103.jsonl", name: "one-thousand-one-hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout1103Floor, everyType: true, maxLeak: heldout1103MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
