// Package pii detects and pseudonymizes personal data in Russian and English
// CRM text: names in every grammatical case, phones, e-mails, payment cards,
// ИНН, СНИЛС, ОГРН/ОГРНИП, passports, bank accounts, addresses and IP
// addresses. Identifiers are validated by their check digits, not just
// matched by shape, and context words raise or lower confidence. Call
// transcripts are read as speech recognition writes them: lower-case names,
// numbers and addresses said in words ("восемь девять два шесть…", "gorky
// street twenty one apartment nine", "0 7 7 0 0 9 …") and e-mails read out
// ("ivan at gmail dot com"). Words that name a pet, a voice assistant, a
// product, a dish, a firm, a place or an office rather than a person ("my dog
// Archie", «Алиса» в переговорке, десерт Павлова, Hughes and Partners,
// Hartley Park, Dear Admissions) are told apart by the words around them.
//
// The scanner is a single pass over the bytes of a text with hand-written
// matchers (digit groups, '@'-anchored e-mail expansion, capitalized-word
// lookup in name tables with case-ending rules); it allocates only for the
// entities it returns. Operators replace what it finds with keyed HMAC
// pseudonyms, checksum-valid surrogates, masks or type labels, and a Vault
// keeps the reversible map, sealed with AES-GCM, for the gateway.
//
// Pseudonym scheme: "[TYPE_xxxxxxxx]" where xxxxxxxx is the first 32 bits of
// HMAC-SHA256(key, TYPE ":" normalized value), in hex. Normalization removes
// formatting (phones keep digits with a leading 8 read as 7, e-mails are
// lower-cased, names are reduced to their nominative lemma where known), so
// the same person, phone or card maps to the same token in every text of a
// dataset processed with the same key, with no shared state between texts.
package pii

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"os"
	"strings"
	"sync"
	"unicode/utf8"
)

// Entity type names, as they appear in scan output, pseudonyms and reports.
const (
	TypePerson      = "PERSON"
	TypePhone       = "PHONE"
	TypeEmail       = "EMAIL"
	TypeCard        = "CARD"
	TypeINN         = "INN"
	TypeSNILS       = "SNILS"
	TypeOGRN        = "OGRN"
	TypePassport    = "PASSPORT"
	TypeBankAccount = "BANK_ACCOUNT"
	TypeAddress     = "ADDRESS"
	TypeIP          = "IP"
)

// Types lists every entity type the engine reports, in a stable order.
var Types = []string{TypePerson, TypePhone, TypeEmail, TypeCard, TypeINN, TypeSNILS,
	TypeOGRN, TypePassport, TypeBankAccount, TypeAddress, TypeIP}

// Internal type codes index Types.
const (
	tPerson uint8 = iota
	tPhone
	tEmail
	tCard
	tINN
	tSNILS
	tOGRN
	tPassport
	tAccount
	tAddress
	tIP
	numTypes
)

// engineVersion changes whenever rules or name data change detection output.
const engineVersion = "iml-pii/1.293.0 rules-2025.298"

// Version identifies the engine and its rules; dataset manifests record it.
func Version() string { return engineVersion }

// DefaultThreshold is the minimum score reported when Config.Threshold is 0.
const DefaultThreshold = 0.5

// MinKeyLen is the shortest HMAC key New accepts.
const MinKeyLen = 16

// ErrShortKey is returned when the HMAC key is missing or shorter than MinKeyLen.
var ErrShortKey = errors.New("pii: hmac key shorter than 16 bytes")

// Config configures an Engine.
type Config struct {
	// Key is the HMAC key for pseudonyms, surrogates and subject ids. Required.
	Key []byte
	// Threshold is the minimum score of a reported entity; 0 means DefaultThreshold.
	Threshold float64
	// Types restricts detection to these entity types; empty means all.
	Types []string
}

// Entity is one detected span. Start and End count Unicode code points
// (an invalid UTF-8 byte counts as one), End exclusive.
type Entity struct {
	Type  string  `json:"type"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
}

// span is an entity in byte offsets, as the scanner produces it.
type span struct {
	start, end int
	typ        uint8
	score      float32
	// aux carries matcher-specific data: name gender/case for PERSON surrogates.
	aux uint16
}

// Engine detects and replaces personal data. It is safe for concurrent use.
type Engine struct {
	key                    []byte
	threshold              float32
	enabled                [numTypes]bool
	macs                   sync.Pool // *sha256 digests
	innerState, outerState []byte
	tokens                 tokenCache
}

// New returns an engine for cfg.
func New(cfg Config) (*Engine, error) {
	if len(cfg.Key) < MinKeyLen {
		return nil, ErrShortKey
	}
	th := cfg.Threshold
	if th == 0 {
		th = DefaultThreshold
	}
	if th < 0 || th > 1 {
		return nil, fmt.Errorf("pii threshold %v: must be in [0, 1]", th)
	}
	e := &Engine{key: append([]byte(nil), cfg.Key...), threshold: float32(th)}
	if len(cfg.Types) == 0 {
		for i := range e.enabled {
			e.enabled[i] = true
		}
	}
	for _, t := range cfg.Types {
		c, ok := typeCode(t)
		if !ok {
			return nil, fmt.Errorf("pii entity type %q: unknown", t)
		}
		e.enabled[c] = true
	}
	if err := e.initMAC(); err != nil {
		return nil, err
	}
	loadTables()
	return e, nil
}

func typeCode(t string) (uint8, bool) {
	for i, n := range Types {
		if n == t {
			return uint8(i), true
		}
	}
	return 0, false
}

// Scan returns the entities in text scoring at least the threshold, ordered by
// start and not overlapping. Offsets count code points.
func (e *Engine) Scan(text string) []Entity {
	spans := e.scan(text, nil)
	out := make([]Entity, 0, len(spans))
	pos, runes := 0, 0
	for _, s := range spans {
		runes += utf8.RuneCountInString(text[pos:s.start])
		start := runes
		runes += utf8.RuneCountInString(text[s.start:s.end])
		pos = s.end
		out = append(out, Entity{Type: Types[s.typ], Start: start, End: runes, Score: round2(s.score)})
	}
	return out
}

func round2(f float32) float64 {
	return float64(int(f*100+0.5)) / 100
}

// initMAC precomputes the SHA-256 states after the HMAC inner and outer
// pads, so that each pseudonym costs two compressions and no allocation
// (crypto/hmac allocates on every Sum).
func (e *Engine) initMAC() error {
	key := e.key
	if len(key) > sha256.BlockSize {
		k := sha256.Sum256(key)
		key = k[:]
	}
	var ipad, opad [sha256.BlockSize]byte
	copy(ipad[:], key)
	copy(opad[:], key)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	for _, p := range []struct {
		pad [sha256.BlockSize]byte
		dst *[]byte
	}{{ipad, &e.innerState}, {opad, &e.outerState}} {
		h := sha256.New()
		h.Write(p.pad[:])
		st, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			return fmt.Errorf("init pii hmac: %w", err)
		}
		*p.dst = st
	}
	e.macs.New = func() any { return &macState{h: sha256.New(), msg: make([]byte, 0, 256)} }
	return nil
}

// macState is a pooled digest with its buffers; they live on the heap with
// it, so passing them through the hash.Hash interface does not allocate.
type macState struct {
	h     hash.Hash
	msg   []byte
	inner [sha256.Size]byte
	sum   [sha256.Size]byte
}

// mac appends HMAC-SHA256(key, concatenation of parts) to dst.
func (e *Engine) mac(dst []byte, parts ...string) []byte {
	m := e.macs.Get().(*macState)
	m.msg = m.msg[:0]
	for _, p := range parts {
		m.msg = append(m.msg, p...)
	}
	dst = e.macSum(dst, m)
	e.macs.Put(m)
	return dst
}

// macSum appends the HMAC of m.msg to dst.
func (e *Engine) macSum(dst []byte, m *macState) []byte {
	u := m.h.(encoding.BinaryUnmarshaler)
	if err := u.UnmarshalBinary(e.innerState); err != nil {
		panic("pii: restore hmac state: " + err.Error()) // states come from MarshalBinary of the same type
	}
	m.h.Write(m.msg)
	m.h.Sum(m.inner[:0])
	if err := u.UnmarshalBinary(e.outerState); err != nil {
		panic("pii: restore hmac state: " + err.Error())
	}
	m.h.Write(m.inner[:])
	m.h.Sum(m.sum[:0])
	return append(dst, m.sum[:]...)
}

// macBytes appends HMAC-SHA256(key, prefix ":" value) to dst.
func (e *Engine) macBytes(dst []byte, prefix string, value []byte) []byte {
	m := e.macs.Get().(*macState)
	m.msg = append(append(append(m.msg[:0], prefix...), ':'), value...)
	dst = e.macSum(dst, m)
	e.macs.Put(m)
	return dst
}

// SubjectID returns a keyed pseudonymous data-subject id for an identifier
// (phone, e-mail, ИНН, СНИЛС, card): 16 hex digits of HMAC over the
// normalized value, stable across datasets for the same key. Erasure
// requests look subjects up by it; it reveals nothing without the key.
func (e *Engine) SubjectID(value string) string {
	norm := normalizeIdentifier(value)
	sum := e.mac(nil, "subject:", norm)
	return hex.EncodeToString(sum[:8])
}

// normalizeIdentifier reduces an identifier to a canonical form: e-mails are
// lower-cased and trimmed, values made mostly of digits keep only digits
// (with a Russian trunk prefix 8 of an 11-digit phone read as 7).
func normalizeIdentifier(v string) string {
	v = strings.TrimSpace(v)
	if strings.IndexByte(v, '@') >= 0 {
		return strings.ToLower(v)
	}
	var b strings.Builder
	letters := 0
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '+' || r == '.':
		default:
			letters++
		}
	}
	d := b.String()
	if letters > 0 || d == "" {
		return strings.ToLower(v)
	}
	if len(d) == 11 && d[0] == '8' {
		d = "7" + d[1:]
	}
	return d
}

// KeyFromEnvOrFile loads the HMAC key from the environment variable envVar
// or, when it is unset or empty, from the file at path. A value of 32 or more
// hex digits is decoded; anything else is used as raw bytes (surrounding
// whitespace trimmed). The key must be at least MinKeyLen bytes.
func KeyFromEnvOrFile(envVar, path string) ([]byte, error) {
	raw := ""
	if envVar != "" {
		raw = os.Getenv(envVar)
	}
	if raw == "" && path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read pii key file %s: %w", path, err)
		}
		raw = string(b)
	}
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, fmt.Errorf("load pii key from %s or %s: %w", envVar, path, ErrShortKey)
	}
	key := []byte(raw)
	if len(raw) >= 32 && len(raw)%2 == 0 {
		if b, err := hex.DecodeString(raw); err == nil {
			key = b
		}
	}
	if len(key) < MinKeyLen {
		return nil, ErrShortKey
	}
	return key, nil
}
