package pii

import "strings"

// Russian first names written in Latin letters: passports, airline tickets
// and English e-mails spell "Екатерина" as Ekaterina or Yekaterina and
// "Дмитрий" as Dmitry, Dmitriy or Dmitrii. The Latin spellings are derived
// from the Cyrillic tables by the common transliteration systems (passport
// ICAO, BGN and the informal ones), not listed by hand.

// translitMax bounds the spellings kept per name.
const translitMax = 8

// latinSpellings returns the common Latin spellings of the folded Cyrillic word w.
func latinSpellings(w string) []string {
	out := []string{""}
	runes := []rune(w)
	for k := 0; k < len(runes); k++ {
		r := runes[k]
		atStart := k == 0
		afterVowel := k > 0 && strings.ContainsRune("аеёиоуыэюяьъ", runes[k-1])
		var opts []string
		switch {
		case r == 'и' && k+1 < len(runes) && runes[k+1] == 'й' && k+2 == len(runes):
			opts = []string{"iy", "y", "ii", "i"} // Дмитрий: Dmitriy, Dmitry, Dmitrii, Dmitri
			k++
		case r == 'ы' && k+1 < len(runes) && runes[k+1] == 'й' && k+2 == len(runes):
			opts = []string{"y", "iy"}
			k++
		case r == 'к' && k+1 < len(runes) && runes[k+1] == 'с':
			opts = []string{"ks", "x"} // Александр: Aleksandr, Alexandr
			k++
		case r == 'и' && k+1 < len(runes) && runes[k+1] == 'я' && k+2 == len(runes):
			opts = []string{"iya", "ia", "iia", "ija"} // Мария: Mariya, Maria, Mariia (ICAO since 2010)
			k++
		case r == 'е' && (atStart || afterVowel):
			opts = []string{"e", "ye"} // Екатерина: Ekaterina, Yekaterina
		case r == 'ё':
			opts = []string{"yo", "e", "io"}
		default:
			o, ok := translitTab[r]
			if !ok {
				return nil
			}
			opts = o
		}
		next := make([]string, 0, len(out)*len(opts))
		for _, p := range out {
			for _, o := range opts {
				if len(next) < translitMax*4 {
					next = append(next, p+o)
				}
			}
		}
		out = next
	}
	if len(out) > translitMax {
		out = out[:translitMax]
	}
	return out
}

var translitTab = map[rune][]string{
	'а': {"a"}, 'б': {"b"}, 'в': {"v"}, 'г': {"g"}, 'д': {"d"}, 'е': {"e"}, 'ж': {"zh"}, 'з': {"z"},
	'и': {"i"}, 'й': {"y", "i"}, 'к': {"k"}, 'л': {"l"}, 'м': {"m"}, 'н': {"n"}, 'о': {"o"}, 'п': {"p"},
	'р': {"r"}, 'с': {"s"}, 'т': {"t"}, 'у': {"u"}, 'ф': {"f"}, 'х': {"kh", "h"}, 'ц': {"ts"}, 'ч': {"ch"},
	'ш': {"sh"}, 'щ': {"shch", "sch"}, 'ъ': {""}, 'ы': {"y"}, 'ь': {""}, 'э': {"e"}, 'ю': {"yu", "iu"},
	'я': {"ya", "ia"},
}
