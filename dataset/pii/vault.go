package pii

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// ErrVaultOpen is returned when a sealed vault cannot be authenticated:
// wrong key, or the bytes were altered.
var ErrVaultOpen = errors.New("pii: open vault: authentication failed")

// vaultFormat prefixes sealed vaults; the version byte allows key rotation.
const vaultFormat = "IMLV1"

// Vault is the reversible map from pseudonyms to original values. It is kept
// apart from datasets and sealed with AES-256-GCM under a key derived from
// the engine key, so the gateway can restore values in model answers. It is
// safe for concurrent use.
type Vault struct {
	key [32]byte
	mu  sync.RWMutex
	m   map[string]string
}

// NewVault returns an empty vault whose seal key derives from key.
func NewVault(key []byte) *Vault {
	return &Vault{key: vaultKey(key), m: map[string]string{}}
}

func vaultKey(key []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("iml-pii-vault-v1\x00"))
	h.Write(key)
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// Record remembers that token stands for original.
func (v *Vault) Record(token, original string) {
	v.mu.Lock()
	v.m[token] = original
	v.mu.Unlock()
}

// Len returns the number of recorded pseudonyms.
func (v *Vault) Len() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.m)
}

// Lookup returns the original value of a pseudonym.
func (v *Vault) Lookup(token string) (string, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	o, ok := v.m[token]
	return o, ok
}

// Restore replaces every recorded pseudonym in text with its original value;
// unknown tokens stay as they are.
func (v *Vault) Restore(text string) string {
	if strings.IndexByte(text, '[') < 0 {
		return text
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	var b strings.Builder
	pos := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := skipBracketToken(text, i)
		if j == i+1 {
			continue
		}
		if o, ok := v.m[text[i:j]]; ok {
			b.WriteString(text[pos:i])
			b.WriteString(o)
			pos = j
		}
		i = j - 1
	}
	if pos == 0 {
		return text
	}
	b.WriteString(text[pos:])
	return b.String()
}

// Seal encrypts the map with AES-256-GCM and a random nonce.
func (v *Vault) Seal() ([]byte, error) {
	v.mu.RLock()
	plain, err := json.Marshal(v.m)
	v.mu.RUnlock()
	if err != nil {
		return nil, fmt.Errorf("seal vault: %w", err)
	}
	aead, err := newAEAD(v.key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(vaultFormat)+aead.NonceSize()+len(plain)+aead.Overhead())
	out = append(out, vaultFormat...)
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("seal vault: %w", err)
	}
	out = append(out, nonce...)
	return aead.Seal(out, nonce, plain, []byte(vaultFormat)), nil
}

// OpenVault decrypts a vault sealed under the same key.
func OpenVault(key, sealed []byte) (*Vault, error) {
	v := NewVault(key)
	aead, err := newAEAD(v.key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < len(vaultFormat)+aead.NonceSize() || string(sealed[:len(vaultFormat)]) != vaultFormat {
		return nil, ErrVaultOpen
	}
	rest := sealed[len(vaultFormat):]
	plain, err := aead.Open(nil, rest[:aead.NonceSize()], rest[aead.NonceSize():], []byte(vaultFormat))
	if err != nil {
		return nil, ErrVaultOpen
	}
	if err := json.Unmarshal(plain, &v.m); err != nil {
		return nil, fmt.Errorf("decode vault: %w", err)
	}
	return v, nil
}

func newAEAD(key [32]byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, fmt.Errorf("vault cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("vault cipher: %w", err)
	}
	return aead, nil
}
