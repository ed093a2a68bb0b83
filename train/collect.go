package train

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/modelrepo"
)

// Adapter file names in a job's output dir.
const (
	AdapterGGUF        = "adapter.gguf"
	AdapterSafetensors = "adapter_model.safetensors"
	AdapterConfig      = "adapter_config.json"
	ChatTemplateFile   = "chat_template.jinja" // the Jinja template the trainer applied (shipped scripts save it)
	TemplateFile       = "template.json"       // written at collection: serving template and stop tokens
)

// Adapter formats.
const (
	FormatGGUF = "gguf"
	FormatPEFT = "peft-safetensors"
)

// ErrNoAdapter is wrapped by FindAdapter when the output dir holds no adapter Ollama can apply.
var ErrNoAdapter = errors.New("no valid adapter")

// PEFTArchitectures are the base architectures whose PEFT safetensors adapters Ollama converts
// itself (convert.ConvertAdapter); other bases need a GGUF LoRA.
var PEFTArchitectures = []string{"llama", "gemma2"}

// FoundAdapter is an adapter found in an output dir.
type FoundAdapter struct {
	Format string // FormatGGUF or FormatPEFT
	Path   string // adapter.gguf or adapter_model.safetensors
	Config string // adapter_config.json, empty when absent (allowed for GGUF)
}

// Blobs stores collected files content-addressed. modelrepo.Store implements it.
type Blobs interface {
	// PutFile uploads the file at path under prefix and returns the stored object with its digest.
	PutFile(ctx context.Context, prefix, path string) (modelrepo.Object, error)
}

// FindAdapter checks dir for an adapter that Ollama can apply to a base of architecture arch (empty:
// not checked): adapter.gguf whose header says general.type=adapter (and, when both are known, the
// same architecture), or, for llama and gemma2 bases, PEFT safetensors with adapter_config.json.
// Errors wrap ErrNoAdapter and say what is wrong.
func FindAdapter(dir, arch string) (FoundAdapter, error) {
	cfg := filepath.Join(dir, AdapterConfig)
	if _, err := os.Stat(cfg); err != nil {
		cfg = ""
	}
	ggufPath := filepath.Join(dir, AdapterGGUF)
	if _, err := os.Stat(ggufPath); err == nil {
		h, err := gguf.ReadHeaderFile(ggufPath)
		if err != nil {
			return FoundAdapter{}, fmt.Errorf("%w: %s: %v", ErrNoAdapter, AdapterGGUF, err)
		}
		if t := h.String("general.type"); t != "adapter" {
			return FoundAdapter{}, fmt.Errorf("%w: %s: general.type is %q, want \"adapter\"", ErrNoAdapter, AdapterGGUF, t)
		}
		if a := h.Architecture(); arch != "" && a != "" && a != arch {
			return FoundAdapter{}, fmt.Errorf("%w: %s: architecture %q does not match the base %q", ErrNoAdapter, AdapterGGUF, a, arch)
		}
		if len(h.Tensors) == 0 {
			return FoundAdapter{}, fmt.Errorf("%w: %s: no tensors", ErrNoAdapter, AdapterGGUF)
		}
		return FoundAdapter{Format: FormatGGUF, Path: ggufPath, Config: cfg}, nil
	}
	stPath := filepath.Join(dir, AdapterSafetensors)
	if _, err := os.Stat(stPath); err != nil {
		return FoundAdapter{}, fmt.Errorf("%w: neither %s nor %s in the output dir", ErrNoAdapter, AdapterGGUF, AdapterSafetensors)
	}
	if arch != "" && !contains(PEFTArchitectures, arch) {
		return FoundAdapter{}, fmt.Errorf("%w: PEFT safetensors on a %q base: Ollama converts them only for %s; convert to GGUF",
			ErrNoAdapter, arch, strings.Join(PEFTArchitectures, ", "))
	}
	if cfg == "" {
		return FoundAdapter{}, fmt.Errorf("%w: %s without %s", ErrNoAdapter, AdapterSafetensors, AdapterConfig)
	}
	if err := checkPEFTConfig(cfg); err != nil {
		return FoundAdapter{}, fmt.Errorf("%w: %s: %v", ErrNoAdapter, AdapterConfig, err)
	}
	if err := checkSafetensors(stPath); err != nil {
		return FoundAdapter{}, fmt.Errorf("%w: %s: %v", ErrNoAdapter, AdapterSafetensors, err)
	}
	return FoundAdapter{Format: FormatPEFT, Path: stPath, Config: cfg}, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func checkPEFTConfig(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var c struct {
		PEFTType  string   `json:"peft_type"`
		R         int      `json:"r"`
		LoraAlpha *float64 `json:"lora_alpha"`
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if c.PEFTType != "" && c.PEFTType != "LORA" {
		return fmt.Errorf("peft_type %q, want LORA", c.PEFTType)
	}
	if c.LoraAlpha == nil || c.R <= 0 {
		return errors.New("missing r or lora_alpha")
	}
	return nil
}

// checkSafetensors reads the safetensors header (8-byte little-endian length, then JSON) and
// requires LoRA tensors in it.
func checkSafetensors(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var n uint64
	if err := binary.Read(f, binary.LittleEndian, &n); err != nil {
		return fmt.Errorf("read header length: %v", err)
	}
	if n == 0 || n > 100<<20 {
		return fmt.Errorf("implausible header length %d", n)
	}
	var hdr map[string]json.RawMessage
	if err := json.NewDecoder(io.LimitReader(f, int64(n))).Decode(&hdr); err != nil {
		return fmt.Errorf("read header: %v", err)
	}
	for name := range hdr {
		if strings.Contains(name, "lora_A") || strings.Contains(name, "lora_a") {
			return nil
		}
	}
	return errors.New("no LoRA tensors")
}

// writeTemplate writes template.json into dir: what serving must use so the model sees the format
// it trained on. chat_template and stop are the Ollama TEMPLATE and stop tokens from the spec;
// training_chat_template is the Jinja template the trainer applied, when it saved one.
func writeTemplate(dir string, spec JobSpec) (string, error) {
	var jinja string
	if b, err := os.ReadFile(filepath.Join(dir, ChatTemplateFile)); err == nil {
		jinja = string(b)
	}
	b, err := json.MarshalIndent(struct {
		ChatTemplate         string   `json:"chat_template"`
		Stop                 []string `json:"stop"`
		BaseModel            string   `json:"base_model"`
		TrainingChatTemplate string   `json:"training_chat_template,omitempty"`
	}{spec.ChatTemplate, spec.Stop, spec.BaseModel.Ollama, jinja}, "", "  ")
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, TemplateFile)
	if err := os.WriteFile(p, append(b, '\n'), 0o640); err != nil {
		return "", err
	}
	return p, nil
}
