package pii

import (
	"errors"
	"strings"
	"testing"
)

func TestVaultRoundTrip(t *testing.T) {
	e := newTestEngine(t)
	prompt := "Напомни Ивановой Марии, что её телефон +79123456789 подтверждён."
	masked, v := e.Mask(prompt)
	if strings.Contains(masked, "Ивановой") || strings.Contains(masked, "9123456789") {
		t.Fatalf("masked prompt leaks: %q", masked)
	}
	if got := v.Restore(masked); got != prompt {
		t.Errorf("Restore(masked) = %q, want %q", got, prompt)
	}
	sealed, err := v.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(sealed), "Ивановой") {
		t.Fatal("sealed vault holds plaintext")
	}
	opened, err := OpenVault(testKey, sealed)
	if err != nil {
		t.Fatal(err)
	}
	answer := "Готово: " + strings.Fields(masked)[1] + " " + strings.Fields(masked)[2] + " уведомлена."
	if got := opened.Restore(answer); !strings.Contains(got, "Ивановой Марии") {
		t.Errorf("restored answer %q", got)
	}
	if _, err := OpenVault([]byte("wrong-key-0123456789"), sealed); !errors.Is(err, ErrVaultOpen) {
		t.Errorf("wrong key: err = %v", err)
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := OpenVault(testKey, sealed); !errors.Is(err, ErrVaultOpen) {
		t.Errorf("tampered vault: err = %v", err)
	}
}

func TestKeyFromEnvOrFile(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/key"
	tests := []struct {
		name, env, file string
		wantLen         int
		wantErr         bool
	}{
		{"hex env", strings.Repeat("ab", 32), "", 32, false},
		{"raw file", "", "  a-long-enough-raw-key \n", 21, false},
		{"short", "short", "", 0, true},
		{"none", "", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("IML_TEST_PII_KEY", tt.env)
			p := ""
			if tt.file != "" {
				if err := writeFile(path, tt.file); err != nil {
					t.Fatal(err)
				}
				p = path
			}
			k, err := KeyFromEnvOrFile("IML_TEST_PII_KEY", p)
			if (err != nil) != tt.wantErr || len(k) != tt.wantLen {
				t.Errorf("KeyFromEnvOrFile = %d bytes, %v", len(k), err)
			}
		})
	}
}
