package pii

import "testing"

// testdata/heldout112.jsonl is the hundred-and-twelfth held-out file: 281
// messages (141 Russian, 140 English; 60 without personal data; 520 gold
// spans: PERSON 310, PHONE 56, ADDRESS 37, EMAIL 35, PASSPORT 18, IP 17,
// CARD 14, BANK_ACCOUNT 11, INN 10, OGRN 6, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout110 and heldout111. It is the CRM of a
// funeral and memorial agency in Russia and Belarus with an office for
// families in Israel, Germany and Latvia: relatives' orders, repatriation
// of the deceased (cargo, consulates, passports), cemetery plots and
// columbarium niches, headstone and plaque engraving, wakes and catering,
// instalments to cards and accounts, insurance and burial-allowance
// payouts, complaints, searches of old grave archives, deletion requests.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV and pipe tables, OCR'd Russian and
// German death certificates, engraving texts, payment, audit and login
// logs. The deceased and relatives sharing a surname, names next to dates
// of birth and death, case forms ("памяти Ивана Петровича", "для мамы
// Зины"), patronymics alone, diminutives, lower-case names, Belarusian,
// Jewish, Latvian and German names in both alphabets, airline-style names,
// names that are also words both ways (Вера, Надежда, Любовь, Роза, Лилия,
// Faith, Hope, Rose, Lily, Frank), churches and cemeteries named after
// saints. Addresses in Russia, Belarus, Latvia, Germany, Israel, the UK and
// the US, some spoken. Negatives: death certificates, orders, invoices,
// claims, contracts, AWB and tracking numbers, VINs, plates, ОМС, КПП,
// БИК, ОКПО, correspondent accounts, masked cards, IP-shaped versions, an
// SMS code, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.66 (engine
// 1.64.0, commit 1456b0a): every type met its target (ADDRESS 0.973,
// PERSON 0.947, IP 0.971, PHONE 0.991, the others 1.0); 3.518% of PII
// characters leaked (290 of 8244: PERSON 242, ADDRESS 42, PASSPORT 6;
// lower-case names in call transcripts, names with no cue, names that are
// also words, a spoken address), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout113's)
// drove rules-2025.67 (engine 1.65.0): a time after a cemetery is no
// house ("на Хованском, 14:00"), an air waybill, a cemetery named like a
// surname, the virtues «Вера, Надежда, Любовь», a maiden name after née
// or geb., German form labels, "Твоя" before a signed name, Belarusian,
// Latvian and Jewish names, plaque texts and initials in an inscription,
// a name before "Will you". With rules-2025.67: ADDRESS 0.986 (a spoken
// address), PERSON 0.987, IP 0.971 (an internal gateway the writer left
// unlabelled), the others 1.0; leak 1.565% (129 of 8244: PERSON 81,
// ADDRESS 42, PASSPORT 6).

// heldout112Floor guards the tuned level.
var heldout112Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout112MaxLeak: target 0.005; 3.518% untuned, 1.565% tuned.
const heldout112MaxLeak = 0.016

func TestHeldout112(t *testing.T) {
	corpusCheck{file: "testdata/heldout112.jsonl", name: "hundred-and-twelfth held-out corpus", minMessages: 250,
		floors: heldout112Floor, everyType: true, maxLeak: heldout112MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
