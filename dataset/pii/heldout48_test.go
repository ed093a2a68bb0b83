package pii

import "testing"

// testdata/heldout48.jsonl is the forty-eighth held-out file: 260 messages
// (130 Russian, 130 English; 50 without personal data; 585 gold spans:
// PERSON 323, PHONE 53, ADDRESS 40, EMAIL 36, PASSPORT 27, INN 23,
// BANK_ACCOUNT 20, IP 19, CARD 16, SNILS 14, OGRN 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout46 and heldout47. It is the CRM of a funeral
// and memorial company: ritual agency, cremation, transport of the deceased
// across borders (the UK, the US, Germany, Israel, Armenia, Kazakhstan,
// Korea, China), headstones and engraving, plots and columbaria, wakes,
// insurance payouts and state burial allowances. Chats, letters and
// applications, e-mails with quoted history and signatures, lower-case call
// and voicemail transcripts, notices, security logs, requisites, invoices,
// lists. Names of the deceased and the living (relatives, agents, notaries,
// rabbis, officials) in every case, diminutives, initials, lower case,
// cardholder names in capitals, Korean, Chinese, Armenian, Kazakh and
// Hebrew names in native order, names in the dative in epitaphs; titles
// (Mr, Rabbi, Father) and "Jr." outside. Russian and foreign passports
// (the UK, the US, Israel, Germany, Armenia, Kazakhstan, Korea, China,
// Ireland, Denmark), businesses' addresses in brackets, private IPs.
// Negatives: Вера, Надежда, Любовь as words, Слава богу, Will you, Mark my
// words, Victoria the city, Café Pushkin, firms, cemeteries, churches and
// crematoria (Ваганьковское, Храм Святого Николая, St Mary's church);
// death-certificate, plot, row and sector numbers, contract, claim,
// invoice, waybill and ticket numbers, amounts, dates, SKUs, VINs, plates,
// КПП, БИК, ОКПО, КБК, ОКТМО, correspondent accounts, ОМС, a fiscal
// storage serial, civil-registry record numbers, masked cards, versions
// shaped like IPs, and INN, SNILS, OGRN, card and account numbers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.29 (engine
// 1.27.0, commit c2aeed2): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN and SNILS
// 1.0, PHONE 0.982, ADDRESS 0.947 and PERSON 0.946 (targets met); PASSPORT
// 0.962 (2 missed) and IP 0.950 (2 false alarms) miss theirs; 2.036% of PII
// characters leaked (186 of 9137: ADDRESS 92, PERSON 77, PASSPORT 17).

// It is no longer held out: after that run its misses (with heldout49's)
// drove rules-2025.30 (engine 1.28.0). With rules-2025.30: PASSPORT 0.981,
// PHONE 0.991, PERSON 0.958, every other type 1.0; leak 1.138% (PERSON 77:
// Korean, Chinese and Hebrew names, "Miriam bat Yaakov", "Ан Сон Ми", names
// alone in quotes; ADDRESS 19; PASSPORT 8).

// heldout48Floor guards the tuned level.
var heldout48Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypeSNILS: 0.99, TypeAddress: 0.99, TypePassport: 0.97, TypePhone: 0.98, TypePerson: 0.95,
}

// heldout48MaxLeak: target 0.005; 2.036% untuned, 1.138% tuned.
const heldout48MaxLeak = 0.012

func TestHeldout48(t *testing.T) {
	corpusCheck{file: "testdata/heldout48.jsonl", name: "forty-eighth held-out corpus", minMessages: 250,
		floors: heldout48Floor, everyType: true, maxLeak: heldout48MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
