package pii

import (
	"strings"
	"unicode/utf8"
)

// ctxKind is what the nearest context word before a number says about it.
type ctxKind uint8

const (
	ctxUnknown ctxKind = iota
	ctxNone
	ctxNeg // order number, SKU, amount, tracking number, ticket id
	ctxPhone
	ctxINN
	ctxSNILS
	ctxOGRN
	ctxPassport
	ctxCard
	ctxAccount
)

// contextStems maps folded word prefixes to what they announce. The nearest
// matching word within the window wins, so "ИНН клиента 7707083893" reads
// as ИНН and "заказ по карте № 1234..." as a card only if "карте" is nearer.
var contextStems = []struct {
	stem string
	kind ctxKind
}{
	{"инн", ctxINN}, {"inn", ctxINN}, {"taxpayer", ctxINN},
	{"снилс", ctxSNILS}, {"snils", ctxSNILS}, {"страхов", ctxSNILS},
	{"огрнип", ctxOGRN}, {"огрн", ctxOGRN}, {"ogrn", ctxOGRN},
	{"паспорт", ctxPassport}, {"passport", ctxPassport}, {"серия", ctxPassport}, {"серии", ctxPassport},
	{"тел", ctxPhone}, {"моб", ctxPhone}, {"phone", ctxPhone}, {"tel", ctxPhone}, {"mobile", ctxPhone},
	{"звон", ctxPhone}, {"call", ctxPhone}, {"whatsapp", ctxPhone}, {"ватсап", ctxPhone}, {"вотсап", ctxPhone},
	{"телеграм", ctxPhone}, {"сотов", ctxPhone}, {"cell", ctxPhone}, {"sms", ctxPhone}, {"смс", ctxPhone},
	{"карт", ctxCard}, {"card", ctxCard}, {"visa", ctxCard}, {"mastercard", ctxCard}, {"мир", ctxCard},
	{"р/с", ctxAccount}, {"к/с", ctxAccount}, {"сч", ctxAccount}, {"account", ctxAccount}, {"расч", ctxAccount},
	{"заказ", ctxNeg}, {"order", ctxNeg}, {"трек", ctxNeg}, {"track", ctxNeg}, {"отслеж", ctxNeg},
	{"артикул", ctxNeg}, {"арт", ctxNeg}, {"sku", ctxNeg}, {"накладн", ctxNeg}, {"invoice", ctxNeg},
	{"сумм", ctxNeg}, {"итого", ctxNeg}, {"total", ctxNeg}, {"ticket", ctxNeg}, {"тикет", ctxNeg},
	{"обращени", ctxNeg}, {"заявк", ctxNeg}, {"id", ctxNeg}, {"код", ctxNeg}, {"code", ctxNeg},
	{"договор", ctxNeg}, {"contract", ctxNeg}, {"посылк", ctxNeg}, {"отправлен", ctxNeg}, {"shipment", ctxNeg},
	{"parcel", ctxNeg}, {"ref", ctxNeg}, {"reference", ctxNeg}, {"промокод", ctxNeg}, {"серийн", ctxNeg},
	{"serial", ctxNeg}, {"imei", ctxNeg}, {"штрих", ctxNeg}, {"barcode", ctxNeg}, {"чек", ctxNeg},
	{"receipt", ctxNeg}, {"баланс", ctxNeg}, {"оплат", ctxNeg}, {"payment", ctxNeg}, {"бик", ctxNeg},
	{"кпп", ctxNeg}, {"окпо", ctxNeg}, {"bic", ctxNeg}, {"лицев", ctxNeg},
}

// stemIndex buckets contextStems by their first byte pair for a quick lookup.
var stemIndex = func() map[[2]byte][]int {
	m := map[[2]byte][]int{}
	for i, c := range contextStems {
		k := [2]byte{c.stem[0], c.stem[1]}
		m[k] = append(m[k], i)
	}
	return m
}()

const ctxWindow = 48 // bytes scanned left of a number
const ctxWords = 4   // words considered, nearest first

// leftContext returns the kind of the nearest context word before start.
func leftContext(s string, start int) ctxKind {
	lo := max(0, start-ctxWindow)
	for lo < start && !utf8.RuneStart(s[lo]) {
		lo++
	}
	var buf [64]byte
	win, ok := foldInto(buf[:0], s[lo:start])
	if !ok {
		win = []byte(strings.ToLower(s[lo:start]))
	}
	words := 0
	j := len(win)
	for j > 0 && words < ctxWords {
		for j > 0 && !ctxWordByte(win[j-1]) {
			j--
			if win[j] == ']' { // operator output such as "[PHONE_…]" is not context
				for j > 0 && win[j-1] != '[' {
					j--
				}
				if j > 0 {
					j--
				}
			}
		}
		k := j
		for k > 0 && ctxWordByte(win[k-1]) {
			k--
		}
		if k == j {
			break
		}
		if kind, ok := lookupStem(win[k:j]); ok {
			return kind
		}
		words++
		j = k
	}
	return ctxNone
}

func ctxWordByte(c byte) bool {
	return c >= 0x80 || isASCIILetter(c) || c == '/'
}

func lookupStem(w []byte) (ctxKind, bool) {
	if len(w) < 2 {
		return 0, false
	}
	for _, i := range stemIndex[[2]byte{w[0], w[1]}] {
		c := contextStems[i]
		if len(w) >= len(c.stem) && string(w[:len(c.stem)]) == c.stem {
			if c.stem == "id" || c.stem == "сч" || c.stem == "арт" || c.stem == "тел" || c.stem == "tel" || c.stem == "ref" || c.stem == "мир" || c.stem == "код" || c.stem == "чек" {
				// short stems must be the whole word or an abbreviation
				if len(w) > len(c.stem)+8 {
					continue
				}
			}
			return c.kind, true
		}
	}
	return 0, false
}
