package pii

import (
	"strings"
	"unicode/utf8"
)

// cjkScript reports a Han, kana or Hangul letter.
func cjkScript(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x3040 && r <= 0x30FF ||
		r >= 0xAC00 && r <= 0xD7AF || r == '々'
}

// cjkPlaceMarks are the characters of Chinese, Japanese and Korean
// addresses that name a province, a city, a district or a street (省 市 区 县
// 府 県 都 町 郡 路 街 道; 시 구 군 동 로 길); cjkHouseMarks those of a house, a
// flat or a floor (号 番地 丁目 室 栋 階; 호 층).
const (
	cjkPlaceMarks = "省市区县府県都町郡路街道시구군동로길"
	cjkHouseMarks = "号番丁室栋階호층"
)

// cjkSurnames are the commonest Chinese surnames and Korean family names,
// the first character of a name written in its own script: "张伟", "李娜",
// "김민준".
const cjkSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
	"김이박최정강조윤장임한오서신권황안송류홍"

// cjk reads a run of Chinese, Japanese or Korean script at i, the digits and
// separators inside it, and emits it as an address when it names a place
// and a house ("黑龙江省哈尔滨市南岗区学府路52号", "大阪府大阪市北区梅田1-3-1-800",
// "서울특별시 종로구 세종대로 175, 3층"), with the postcode before it, or as a
// person when it is a short name alone that opens with a common surname
// ("张伟", "李娜", "김은정", "田中 博"). Russian and English CRM text carries
// these scripts almost only in addresses and names. It returns the end of
// what it emitted, or 0.
func (sc *scanner) cjk(i int) int {
	s := sc.s
	e, letters, digits, places, houses := i, 0, 0, 0, 0
	for e < len(s) {
		r, sz := utf8.DecodeRuneInString(s[e:])
		switch {
		case cjkScript(r):
			letters++
			if strings.ContainsRune(cjkPlaceMarks, r) {
				places++
			}
			if strings.ContainsRune(cjkHouseMarks, r) {
				houses++
			}
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z' && e > i && isDigit(s[e-1]) || r == 'B' && e > i && e+1 < len(s) && cjkOrDigitAt(s, e+1):
			// a building's or a floor's letter: "5F", "B栋"
		case r == '-' || r == ' ' || r == ',':
			// a separator inside the run: "1-3-1-800", ", 3층"
			if q := e + sz; q >= len(s) || !cjkOrDigitAt(s, q) && !(r == ',' && q+1 < len(s) && s[q] == ' ' && cjkOrDigitAt(s, q+1)) {
				goto done
			}
		default:
			goto done
		}
		e += sz
	}
done:
	for e > i && (s[e-1] == ' ' || s[e-1] == ',' || s[e-1] == '-') {
		e--
	}
	if letters == 0 {
		return 0
	}
	switch {
	case places > 0 && digits > 0 && (houses > 0 || places >= 2):
		start := i
		if p := postcodeBeforeCJK(s, i); p >= sc.lastEnd {
			start = p // "〒550-0013 大阪府…", "812-0011 福岡県…"
		}
		sc.emit(start, e, tAddress, 0.8, 0)
		return e
	case digits == 0 && places == 0 && letters >= 2 && letters <= 4 && (i == 0 || s[i-1] < 0x80 || s[i-1] == ' ') &&
		(cjkSurnameAt(s, i) || familiarSurnameAt(s, i, e)) && !cjkWordAt(s[i:e]):
		sc.emit(i, e, tPerson, 0.75, 0)
		return e
	}
	return 0 // the other scanners read the run as before: "手机13812345678"
}

// cjkWordAt reports a common word that opens with a surname's character:
// "谢谢" (thanks), "이름" (name), "한글성명" (name in Hangul), "한국" (Korea).
func cjkWordAt(w string) bool {
	for _, p := range [...]string{"谢谢", "高速", "黄金", "金额", "方式", "方面", "马上", "白色", "安全", "이름", "한글", "한국", "정보", "안녕", "안내", "장소", "조회", "신청", "이메일", "송금"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cjkOrDigitAt reports a CJK letter or a digit at q.
func cjkOrDigitAt(s string, q int) bool {
	if isDigit(s[q]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[q:])
	return cjkScript(r)
}

// cjkSurnameAt reports a common Chinese or Korean surname at i.
func cjkSurnameAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return strings.ContainsRune(cjkSurnames, r)
}

// familiarSurnameAt reports a surname after 老 (old) or 小 (little), as
// colleagues call each other: "老张", "小李". The run s[i:e] is the two
// characters alone.
func familiarSurnameAt(s string, i, e int) bool {
	if !strings.HasPrefix(s[i:], "老") && !strings.HasPrefix(s[i:], "小") {
		return false
	}
	q := i + len("老")
	_, sz := utf8.DecodeRuneInString(s[q:])
	return q < e && cjkSurnameAt(s, q) && e == q+sz
}

// postcodeBeforeCJK returns the start of a Japanese postcode before an
// address at i ("〒550-0013 ", "812-0011 "), or -1.
func postcodeBeforeCJK(s string, i int) int {
	p := i
	if p > 0 && s[p-1] == ' ' {
		p--
	}
	k := p
	for k > 0 && (isDigit(s[k-1]) || s[k-1] == '-') {
		k--
	}
	if p-k != 8 || s[k+3] != '-' {
		return -1
	}
	if strings.HasSuffix(s[:k], "〒") {
		k -= len("〒")
	}
	return k
}
