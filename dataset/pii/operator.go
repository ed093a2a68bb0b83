package pii

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Operator says what replaces a detected entity.
type Operator uint8

const (
	// Pseudonym replaces a value with "[TYPE_xxxxxxxx]", a keyed HMAC of the
	// normalized value: consistent across texts and datasets for one key.
	Pseudonym Operator = iota
	// Surrogate replaces a value with a fake of the same format that passes
	// the same checks (Luhn, ИНН, СНИЛС, ОГРН), and names with names of the
	// same gender and grammatical case; deterministic per key and value.
	Surrogate
	// Mask replaces every letter and digit with '*', keeping separators.
	Mask
	// Redact replaces a value with its type label, "[PHONE]".
	Redact
)

var operatorNames = [...]string{"pseudonym", "surrogate", "mask", "redact"}

func (o Operator) String() string {
	if int(o) < len(operatorNames) {
		return operatorNames[o]
	}
	return fmt.Sprintf("operator(%d)", o)
}

// ParseOperator reads an operator name as the CLI spells it.
func ParseOperator(s string) (Operator, error) {
	for i, n := range operatorNames {
		if s == n {
			return Operator(i), nil
		}
	}
	return 0, fmt.Errorf("parse pii operator %q: want pseudonym, surrogate, mask or redact", s)
}

// Counts holds entity counts per type, indexed like Types. It is a value
// (no allocation per text) and marshals to JSON as an object of the types
// with a non-zero count: {"PERSON": 2, "PHONE": 1}.
type Counts [numTypes]int

// Of returns the count of the type named typ (0 for an unknown name).
func (c Counts) Of(typ string) int {
	if t, ok := typeCode(typ); ok {
		return c[t]
	}
	return 0
}

// Total returns the number of entities over all types.
func (c Counts) Total() int {
	t := 0
	for _, n := range c {
		t += n
	}
	return t
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	for i, n := range o {
		c[i] += n
	}
	return c
}

// Map returns the non-zero counts by type name.
func (c Counts) Map() map[string]int {
	m := map[string]int{}
	for i, n := range c {
		if n > 0 {
			m[Types[i]] = n
		}
	}
	return m
}

// MarshalJSON writes the non-zero counts as an object.
func (c Counts) MarshalJSON() ([]byte, error) { return json.Marshal(c.Map()) }

// UnmarshalJSON reads an object of counts by type name.
func (c *Counts) UnmarshalJSON(b []byte) error {
	var m map[string]int
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*c = Counts{}
	for k, n := range m {
		t, ok := typeCode(k)
		if !ok {
			return fmt.Errorf("read pii counts: unknown entity type %q", k)
		}
		c[t] = n
	}
	return nil
}

var spanPool = sync.Pool{New: func() any { s := make([]span, 0, 32); return &s }}

// Anonymize replaces every entity in text with op and returns the result and
// the counts of what it replaced.
func (e *Engine) Anonymize(text string, op Operator) (string, Counts) {
	out, c, _ := e.anonymize(text, op, nil, nil)
	return out, c
}

// anonymize is Anonymize that records pseudonyms into v (when not nil) and
// the output ranges of inserted values into inserted (when not nil).
func (e *Engine) anonymize(text string, op Operator, v *Vault, inserted *[]span) (string, Counts, int) {
	bufp := spanPool.Get().(*[]span)
	spans := e.scan(text, *bufp)
	defer func() { *bufp = spans[:0]; spanPool.Put(bufp) }()
	var perType Counts
	if len(spans) == 0 {
		return text, perType, 0
	}
	if op == Pseudonym { // "[" TYPE "_" 8 hex "]" replaces each value: the exact length
		size := len(text)
		for _, sp := range spans {
			size += len(Types[sp.typ]) + 11 - (sp.end - sp.start)
		}
		// Tokens are appended straight into the result, not copied from a
		// scratch buffer; the result is a string of these bytes, as
		// strings.Builder makes it.
		buf := make([]byte, 0, size)
		pos := 0
		for _, sp := range spans {
			buf = append(buf, text[pos:sp.start]...)
			start := len(buf)
			buf = e.appendToken(buf, sp.typ, text[sp.start:sp.end])
			if v != nil {
				v.Record(string(buf[start:]), text[sp.start:sp.end])
			}
			if inserted != nil {
				*inserted = append(*inserted, span{start: start, end: len(buf), typ: sp.typ})
			}
			perType[sp.typ]++
			pos = sp.end
		}
		buf = append(buf, text[pos:]...)
		return unsafe.String(unsafe.SliceData(buf), len(buf)), perType, len(spans)
	}
	var b strings.Builder
	b.Grow(len(text) + 12*len(spans))
	pos := 0
	for _, sp := range spans {
		b.WriteString(text[pos:sp.start])
		value := text[sp.start:sp.end]
		start := b.Len()
		switch op {
		case Pseudonym:
			var tb [48]byte
			tok := e.appendToken(tb[:0], sp.typ, value)
			b.Write(tok)
			if v != nil {
				v.Record(string(tok), value)
			}
		case Surrogate:
			b.WriteString(e.surrogate(sp.typ, value))
		case Mask:
			writeMask(&b, value)
		default:
			b.WriteByte('[')
			b.WriteString(Types[sp.typ])
			b.WriteByte(']')
		}
		if inserted != nil {
			*inserted = append(*inserted, span{start: start, end: b.Len(), typ: sp.typ})
		}
		perType[sp.typ]++
		pos = sp.end
	}
	b.WriteString(text[pos:])
	return b.String(), perType, len(spans)
}

// appendToken appends the pseudonym "[TYPE_xxxxxxxx]" of value to dst.
func (e *Engine) appendToken(dst []byte, typ uint8, value string) []byte {
	dst = append(dst, '[')
	dst = append(dst, Types[typ]...)
	dst = append(dst, '_')
	slot, cacheable := e.tokens.ref(typ, value)
	if cacheable {
		if h, ok := e.tokens.get(slot, typ, value); ok {
			dst = append(dst, h[:]...)
			return append(dst, ']')
		}
	}
	var kb [128]byte
	key := normalizeValue(kb[:0], typ, value)
	var mb [32]byte
	sum := e.macBytes(mb[:0], Types[typ], key)
	var h [8]byte
	hex.Encode(h[:], sum[:4])
	if cacheable {
		e.tokens.put(slot, typ, value, h)
	}
	dst = append(dst, h[:]...)
	return append(dst, ']')
}

// tokenCache remembers recent pseudonym digests by type and value as written
// in a direct-mapped table: CRM data repeats the same names and numbers
// across messages, and a miss costs one hash and one store. Keys live inline
// in the slots, so neither a hit nor a miss allocates; a compact array of
// hash tags answers most misses without touching the slots.
type tokenCache struct {
	mu    sync.Mutex
	tags  [tokenCacheSize]uint32
	slots [tokenCacheSize]tokenSlot
}

type tokenSlot struct {
	typ uint8
	n   uint8 // value length; 0 for an empty slot
	key [tokenKeyMax]byte
	h   [8]byte
}

const (
	tokenCacheSize = 1 << 12
	tokenKeyMax    = 54 // longer values bypass the cache
)

// tokenRef locates a value in the cache: its slot and its tag.
type tokenRef struct {
	i   int
	tag uint32
}

// ref returns where value lives in the cache and whether it fits the cache.
func (c *tokenCache) ref(typ uint8, value string) (tokenRef, bool) {
	if len(value) == 0 || len(value) > tokenKeyMax {
		return tokenRef{}, false
	}
	h := wordHash(unsafe.Slice(unsafe.StringData(value), len(value))) ^ uint64(typ)*0x9E3779B97F4A7C15
	return tokenRef{i: int(h>>20) & (tokenCacheSize - 1), tag: uint32(h>>32) | 1}, true
}

func (c *tokenCache) get(r tokenRef, typ uint8, value string) ([8]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tags[r.i] != r.tag {
		return [8]byte{}, false
	}
	sl := &c.slots[r.i]
	if sl.typ != typ || int(sl.n) != len(value) || string(sl.key[:sl.n]) != value {
		return [8]byte{}, false
	}
	return sl.h, true
}

func (c *tokenCache) put(r tokenRef, typ uint8, value string, h [8]byte) {
	c.mu.Lock()
	c.tags[r.i] = r.tag
	sl := &c.slots[r.i]
	sl.typ, sl.n, sl.h = typ, uint8(len(value)), h
	copy(sl.key[:], value)
	c.mu.Unlock()
}

// normalizeValue reduces a value to the key its pseudonym is derived from.
func normalizeValue(dst []byte, typ uint8, v string) []byte {
	switch typ {
	case tPhone, tCard, tINN, tSNILS, tOGRN, tPassport, tAccount:
		start := len(dst)
		for i := 0; i < len(v); i++ {
			if isDigit(v[i]) {
				dst = append(dst, v[i])
			}
		}
		d := dst[start:]
		if typ == tPhone && len(d) == 11 && d[0] == '8' {
			d[0] = '7'
		}
		if typ == tPhone && len(d) == 10 && d[0] == '9' {
			dst = append(dst, 0)
			copy(dst[start+1:], dst[start:len(dst)-1])
			dst[start] = '7'
		}
		return dst
	case tPerson:
		return normalizeName(dst, v)
	}
	out, ok := foldInto(dst, v)
	if !ok {
		return append(dst[:0], strings.ToLower(v)...)
	}
	return out
}

// normalizeName maps each word of a name to its nominative lemma, so that
// "Ивановой Марии" and "Иванова Мария" share a pseudonym.
func normalizeName(dst []byte, v string) []byte {
	first := true
	word := func(w string) {
		var buf [96]byte
		f, ok := foldInto(buf[:0], strings.TrimRight(w, "."))
		if !ok {
			f = []byte(strings.ToLower(w))
		}
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		if in, ok := wordTab.get(f); ok && in.isName() {
			dst = append(dst, lemmaNormBuf[lemmaNormAt[in.lemma]:lemmaNormAt[in.lemma+1]]...)
			return
		}
		if m, ok := matchEnding(f, patronymicEndings, 6); ok {
			dst = append(dst, f[:len(f)-len(m.sfx)]...)
			dst = append(dst, m.keep...)
			return
		}
		if m, ok := matchEnding(f, surnameEndings, 4); ok {
			dst = append(dst, f[:len(f)-len(m.sfx)]...)
			dst = append(dst, m.keep...)
			return
		}
		dst = append(dst, f...)
	}
	if hasUnicodeSpace(v) {
		for w := range strings.FieldsSeq(v) {
			word(w)
		}
		return dst
	}
	// Only ASCII white space can separate the words.
	for i := 0; i < len(v); {
		for i < len(v) && asciiSpace(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !asciiSpace(v[j]) {
			j++
		}
		if j > i {
			word(v[i:j])
		}
		i = j
	}
	return dst
}

// hasUnicodeSpace reports whether v may hold white space beyond ASCII: its
// UTF-8 encodings start with 0xC2 (U+0085, U+00A0) or 0xE1–0xE3.
func hasUnicodeSpace(v string) bool {
	for i := 0; i < len(v); i++ {
		// Continuation bytes and ASCII fail the first compare.
		if c := v[i]; c >= 0xC2 && (c == 0xC2 || c >= 0xE1 && c <= 0xE3) {
			return true
		}
	}
	return false
}

func asciiSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r') // one compare for a letter
}

func writeMask(b *strings.Builder, v string) {
	for _, r := range v {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteByte('*')
		} else {
			b.WriteRune(r)
		}
	}
}

// Result is the outcome of Process: the anonymized text, what was replaced,
// and what a re-scan of the output still finds (surrogates excluded).
type Result struct {
	Text     string
	Found    Counts
	Residual Counts
}

// maxRounds bounds Process: replacing a value changes the context of its
// neighbours, so a second round occasionally finds what the first did not.
const maxRounds = 16

// Process anonymizes text with op, re-scans the output, and repeats on the
// output while the re-scan still finds entities (at most maxRounds times), so
// that processing its own output again changes nothing. Values the operator
// inserted (surrogates are valid identifiers by design) are not re-scanned
// as residual, and surrogates get a single round.
func (e *Engine) Process(text string, op Operator) Result {
	var res Result
	for round := 0; round < maxRounds; round++ {
		var inserted []span
		out, found, _ := e.anonymize(text, op, nil, &inserted)
		res.Text = out
		res.Found = res.Found.Add(found)
		res.Residual = e.residual(out, inserted)
		if res.Residual.Total() == 0 || op == Surrogate || found.Total() == 0 {
			break
		}
		text = out
	}
	return res
}

// Residual counts the entities a scan still finds in already anonymized text.
func (e *Engine) Residual(text string) Counts { return e.residual(text, nil) }

func (e *Engine) residual(text string, skip []span) Counts {
	var c Counts
	k := 0
	for _, sp := range e.scan(text, nil) {
		for k < len(skip) && skip[k].end <= sp.start {
			k++
		}
		if k < len(skip) && skip[k].start < sp.end {
			continue
		}
		c[sp.typ]++
	}
	return c
}

// ErrResidualPII is returned by Gate.Check when too much personal data
// survives anonymization.
var ErrResidualPII = errors.New("pii: residual personal data above threshold")

// Report accumulates counts over a run: records processed, entities
// replaced, and entities a re-scan still found.
type Report struct {
	Records  int    `json:"records"`
	Found    Counts `json:"found"`
	Residual Counts `json:"residual"`
}

// Add accounts one processed record.
func (r *Report) Add(res Result) {
	r.Records++
	r.Found = r.Found.Add(res.Found)
	r.Residual = r.Residual.Add(res.Residual)
}

// Gate decides whether an anonymized dataset may be stored.
type Gate struct {
	// MaxResidual is the largest tolerated share of residual entities among
	// those found (0 tolerates none).
	MaxResidual float64
}

// Check returns an error wrapping ErrResidualPII when r exceeds the gate.
func (g Gate) Check(r Report) error {
	res := r.Residual.Total()
	if res == 0 {
		return nil
	}
	share := float64(res) / float64(max(1, r.Found.Total()))
	if share > g.MaxResidual {
		return fmt.Errorf("check residual pii over %d records: %d residual of %d found (%.4f > %.4f): %w",
			r.Records, res, r.Found.Total(), share, g.MaxResidual, ErrResidualPII)
	}
	return nil
}

// Mask pseudonymizes a prompt for the gateway and returns the vault that
// restores the values in the model's answer.
func (e *Engine) Mask(text string) (string, *Vault) {
	v := NewVault(e.key)
	return e.MaskWith(text, v), v
}

// MaskWith pseudonymizes text and records the pseudonyms into v, so that
// every turn of a conversation can share one vault.
func (e *Engine) MaskWith(text string, v *Vault) string {
	out, _, _ := e.anonymize(text, Pseudonym, v, nil)
	return out
}

// capitalize upper-cases the first rune of a folded word.
func capitalize(w string) string {
	r, sz := utf8.DecodeRuneInString(w)
	if sz == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[sz:]
}
