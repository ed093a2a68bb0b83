package pii

// Check-digit algorithms for the validated identifiers. Every function takes
// ASCII digits only (callers strip separators) and returns false on any other
// byte, so none of them can panic on arbitrary input.

func allDigits(d string) bool {
	if d == "" {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// luhnValid reports whether d passes the Luhn (mod 10) check used by payment cards.
func luhnValid(d string) bool {
	if !allDigits(d) {
		return false
	}
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

// luhnDigit returns the check digit that makes body+digit Luhn-valid.
func luhnDigit(body string) byte {
	sum := 0
	double := true
	for i := len(body) - 1; i >= 0; i-- {
		n := int(body[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// cardPrefixValid reports whether a Luhn-valid number of length n starts with
// an issuer range that payment cards use: Mir 2200–2204, Mastercard 2221–2720
// and 51–55, Visa 4, Amex 34/37, JCB/Diners 35/36/30/38, Maestro, UnionPay and
// Discover 5x/6x, and the CIS national schemes below.
func cardPrefixValid(d string) bool {
	n := len(d)
	if n < 13 || n > 19 {
		return false
	}
	switch d[0] {
	case '2':
		p4 := int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0')
		return (p4 >= 2200 && p4 <= 2204) || (p4 >= 2221 && p4 <= 2720)
	case '3':
		switch d[1] {
		case '4', '7':
			return n == 15
		case '5':
			return n >= 16 // JCB; an IMEI has 15 digits and most open with 35
		case '0', '6', '8':
			return n >= 14
		}
		return false
	case '4':
		return n == 13 || n >= 16
	case '5', '6':
		return n >= 16 || d[0] == '5' && d[1] == '0' || d[0] == '6' && d[1] == '7'
	case '8', '9':
		// National schemes of the CIS, 16 digits: Uzcard 8600, Humo 9860 (Uzbekistan), Korti Milli 9762
		// (Tajikistan), Elcard 9417 (Kyrgyzstan), Belkart 9112 (Belarus), ArCa 9051 (Armenia).
		switch d[:4] {
		case "8600", "9860", "9762", "9417", "9112", "9051":
			return n == 16
		}
	}
	return false
}

func weighted(d string, w []int) int {
	s := 0
	for i, k := range w {
		s += int(d[i]-'0') * k
	}
	return s
}

var (
	inn10w = []int{2, 4, 10, 3, 5, 9, 4, 6, 8}
	inn11w = []int{7, 2, 4, 10, 3, 5, 9, 4, 6, 8}
	inn12w = []int{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}
)

// innValid checks a 10-digit (legal entity) or 12-digit (person) ИНН.
func innValid(d string) bool {
	if !allDigits(d) {
		return false
	}
	switch len(d) {
	case 10:
		return byte('0'+weighted(d, inn10w)%11%10) == d[9]
	case 12:
		return byte('0'+weighted(d, inn11w)%11%10) == d[10] &&
			byte('0'+weighted(d, inn12w)%11%10) == d[11]
	}
	return false
}

// snilsValid checks an 11-digit СНИЛС. Numbers up to 001-001-998 carry no
// meaningful control sum and are rejected (they are not issued to people).
func snilsValid(d string) bool {
	if len(d) != 11 || !allDigits(d) {
		return false
	}
	if d[:9] <= "001001998" {
		return false
	}
	return snilsControl(d[:9]) == int(d[9]-'0')*10+int(d[10]-'0')
}

func snilsControl(body string) int {
	s := 0
	for i := 0; i < 9; i++ {
		s += int(body[i]-'0') * (9 - i)
	}
	return s % 101 % 100
}

// ogrnValid checks a 13-digit ОГРН (first digit 1 or 5) or a 15-digit ОГРНИП
// (first digit 3). The ОГРНИП rule takes the remainder mod 13 and then its
// last digit, which python-stdnum gets wrong for remainders 10–12.
func ogrnValid(d string) bool {
	if !allDigits(d) {
		return false
	}
	switch len(d) {
	case 13:
		if d[0] != '1' && d[0] != '5' {
			return false
		}
		return byte('0'+modString(d[:12], 11)%10) == d[12]
	case 15:
		if d[0] != '3' {
			return false
		}
		return byte('0'+modString(d[:14], 13)%10) == d[14]
	}
	return false
}

func modString(d string, m int) int {
	r := 0
	for i := 0; i < len(d); i++ {
		r = (r*10 + int(d[i]-'0')) % m
	}
	return r
}

// accountKeyValid checks the control key of a 20-digit Russian bank account
// against a 9-digit БИК (ЦБ РФ 08.09.1997 No. 515): the 23 digits formed by
// the BIK's last three digits and the account, weighted 7,1,3 repeating, sum
// to a multiple of 10. For settlement-centre (РКЦ) BIKs ending in 000/001/002
// the prefix is "0" plus BIK digits 5–6; that is the case of a bank's
// correspondent account (30101…), which is opened at the РКЦ.
func accountKeyValid(account, bik string) bool {
	if len(account) != 20 || len(bik) != 9 || !allDigits(account) || !allDigits(bik) {
		return false
	}
	if account[:5] == "30101" { // correspondent account, opened at the РКЦ
		return accountSum("0"+bik[4:6], account)%10 == 0
	}
	return accountSum(bik[6:9], account)%10 == 0
}

var accountW = [3]int{7, 1, 3}

func accountSum(prefix, account string) int {
	s := 0
	i := 0
	for _, src := range [2]string{prefix, account} {
		for j := 0; j < len(src); j++ {
			s += int(src[j]-'0') * accountW[i%3] % 10
			i++
		}
	}
	return s
}
