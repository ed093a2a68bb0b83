package gguf

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// LoRAOptions shape the adapter WriteLoRA produces.
type LoRAOptions struct {
	R     int     // rank, > 0
	Alpha float32 // scaling numerator: the update is (Alpha/R)·A·B
	// Targets name the adapted weights of every block, in GGUF form ("attn_q", "attn_v") or in
	// PEFT/Hugging Face form ("q_proj", "v_proj"). Empty means attn_q and attn_v.
	Targets []string
	Seed    int64
}

// DefaultLoRATargets are adapted when LoRAOptions.Targets is empty.
var DefaultLoRATargets = []string{"attn_q", "attn_v"}

// peftTargets maps Hugging Face module names of llama-family models to GGUF tensor names.
var peftTargets = map[string]string{
	"q_proj":    "attn_q",
	"k_proj":    "attn_k",
	"v_proj":    "attn_v",
	"o_proj":    "attn_output",
	"gate_proj": "ffn_gate",
	"up_proj":   "ffn_up",
	"down_proj": "ffn_down",
}

// ErrNoTarget is returned by WriteLoRA when a target names no weight of the base model.
var ErrNoTarget = errors.New("gguf: lora target not in base model")

// TargetName returns the GGUF name of a LoRA target given in either naming scheme.
func TargetName(target string) string {
	if g, ok := peftTargets[target]; ok {
		return g
	}
	return strings.TrimSuffix(target, ".weight")
}

// WriteLoRA writes a GGUF LoRA adapter for the model whose header is base. For every block's target
// weight W of shape [in, out] it writes W.lora_a [in, r] and W.lora_b [r, out], the layout llama.cpp
// (and so Ollama's llama.cpp runner) loads. The weights are random but not zero, so the adapter
// visibly changes the model's output: an adapter for tests, not a trained one.
func WriteLoRA(w io.Writer, base *Header, opts LoRAOptions) error {
	if opts.R <= 0 {
		return fmt.Errorf("write lora: rank %d must be positive", opts.R)
	}
	arch := base.Architecture()
	if arch == "" {
		return fmt.Errorf("write lora: %w: base has no general.architecture", ErrFormat)
	}
	blocks, ok := base.Uint(arch + ".block_count")
	if !ok || blocks == 0 {
		return fmt.Errorf("write lora: %w: base has no %s.block_count", ErrFormat, arch)
	}
	targets := opts.Targets
	if len(targets) == 0 {
		targets = DefaultLoRATargets
	}
	var names []string
	for _, t := range targets {
		if n := TargetName(t); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	alpha := opts.Alpha
	if alpha == 0 {
		alpha = float32(opts.R)
	}

	var g Writer
	g.Add("general.architecture", arch)
	g.Add("general.type", "adapter")
	g.Add("general.name", "iml-lora")
	g.Add("adapter.type", "lora")
	g.Add("adapter.lora.alpha", alpha)

	rng := rand.New(rand.NewPCG(uint64(opts.Seed), 0x10ea))
	r := uint64(opts.R)
	// The update's entries get a std of about 1/sqrt(in), the order of the base weights.
	for b := range blocks {
		for _, n := range names {
			name := fmt.Sprintf("blk.%d.%s.weight", b, n)
			t, ok := base.Tensor(name)
			if !ok || len(t.Shape) != 2 {
				return fmt.Errorf("write lora target %s: %w", name, ErrNoTarget)
			}
			in, out := t.Shape[0], t.Shape[1]
			std := math.Sqrt(1 / (float64(alpha) / float64(r) * math.Sqrt(float64(r)) * math.Sqrt(float64(in))))
			g.AddF32(name+".lora_a", []uint64{in, r}, normalF32(rng, in*r, std))
			g.AddF32(name+".lora_b", []uint64{r, out}, normalF32(rng, r*out, std))
		}
	}
	if _, err := g.WriteTo(w); err != nil {
		return fmt.Errorf("write lora: %w", err)
	}
	return nil
}

func normalF32(rng *rand.Rand, n uint64, std float64) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(rng.NormFloat64() * std)
	}
	return out
}
