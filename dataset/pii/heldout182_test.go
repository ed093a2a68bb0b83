package pii

import "testing"

// testdata/heldout182.jsonl is the hundred-and-eighty-second held-out
// file: 276 messages (138 Russian, 138 English; 57 without personal data;
// 495 gold spans: PERSON 281, PHONE 54, ADDRESS 35, EMAIL 30, PASSPORT 28,
// INN 15, CARD 14, BANK_ACCOUNT 14, IP 10, OGRN 9, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout180 and heldout181. It is the CRM
// of a tour operator selling holidays in Thailand, Vietnam, Bali and Sri
// Lanka to Russian and Kazakh tourists: bookings, flights, vouchers,
// transfers with local drivers, excursions, insurance claims for hospital
// visits, visa support, card payments and refunds, partner agencies'
// requisites, complaints, deletion requests. Chats, WhatsApp and SMS,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, forms, OCR'd passports with their machine-readable line, CSV
// and pipe rooming lists, booking and auth logs. Thai, Vietnamese,
// Balinese, Sinhala, Khmer and Kazakh names of drivers, guides and guests,
// "SURNAME/NAME MR", Russian names in every case form; Thai (Moo, Soi,
// Tambon), Balinese (Jl. … No.), Vietnamese and Sri Lankan addresses;
// hotels and villas named after people and names that are also words
// unlabelled. Negatives: booking, voucher, PNR, claim, invoice, policy,
// contract, ticket and tracking numbers, VINs, plates, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, a Kazakh BIN, an ARN, masked cards,
// IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.110 (engine
// 1.108.0, commit 3f49510): ADDRESS 0.814 (Balinese "Jl." and Vietnamese
// house-first addresses with no keyword) and PERSON 0.904 (Thai, Balinese
// and Sinhala names no table knew; Vietnamese places read as people)
// missed their targets, PHONE 0.991 and the other types (1.0) met theirs;
// 8.655% of PII characters leaked (661 of 7637: ADDRESS 353, PERSON 294,
// PHONE 14), against the target of 0.5%: the highest of all the held-out
// files.
//
// It is no longer held out: after that run its misses drove rules-2025.111
// (engine 1.109.0): Thai, Balinese and Sinhala
// given names and surnames, a Vietnamese address written house first up to
// its city ("45 Tran Phu, Nha Trang"). With rules-2025.111: PERSON 0.958,
// ADDRESS 0.906, PHONE 0.991, the others 1.0; leak 5.421% (414 of 7637:
// ADDRESS 284, PERSON 116, PHONE 14). Balinese "Jl." addresses are still
// missed.

// heldout182Floor guards the tuned level.
var heldout182Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.90, TypePerson: 0.95,
}

// heldout182MaxLeak: target 0.005; 8.655% untuned, 5.421% tuned.
const heldout182MaxLeak = 0.055

func TestHeldout182(t *testing.T) {
	corpusCheck{file: "testdata/heldout182.jsonl", name: "hundred-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout182Floor, everyType: true, maxLeak: heldout182MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
