package testenv

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/iml/iml/internal/gguf"
)

// TinySeed is the seed of the weights TinyModel writes; the same seed always gives the same file.
const TinySeed = 1

// TinyModel writes the tiny llama GGUF (see gguf.WriteTinyLlama) into a temporary directory and
// returns its path and digest, "sha256:<hex>".
func TinyModel(t testing.TB) (path, digest string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "tiny-llama.gguf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatalf("create tiny model: %v", err)
	}
	w := bufio.NewWriter(f)
	err = gguf.WriteTinyLlama(w, TinySeed)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("write tiny model: %v", err)
	}
	digest, err = FileDigest(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, digest
}

// TinyAdapter writes a LoRA adapter for the tiny model into a temporary directory and returns its
// path and digest.
func TinyAdapter(t testing.TB, opts gguf.LoRAOptions) (path, digest string) {
	t.Helper()
	base, _ := TinyModel(t)
	h, err := gguf.ReadHeaderFile(base)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "adapter.gguf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatalf("create adapter: %v", err)
	}
	w := bufio.NewWriter(f)
	err = gguf.WriteLoRA(w, h, opts)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("write adapter: %v", err)
	}
	digest, err = FileDigest(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, digest
}
