package gguf

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// TinyConfig holds the dimensions of the tiny llama model WriteTinyLlama produces.
type TinyConfig struct {
	ContextLength int
	Embedding     int
	Blocks        int
	FeedForward   int
	Heads         int
	HeadsKV       int
	RopeDims      int
	RMSEpsilon    float32
}

// Tiny is the configuration of the tiny model: small enough to write in milliseconds (about 480 KB)
// and to generate on one CPU core, yet a well-formed llama that llama.cpp loads and LoRA-adapts.
var Tiny = TinyConfig{
	ContextLength: 512,
	Embedding:     64,
	Blocks:        2,
	FeedForward:   128,
	Heads:         4,
	HeadsKV:       4,
	RopeDims:      16,
	RMSEpsilon:    1e-5,
}

// Token types of the SentencePiece-style vocabulary (llama.cpp's llama_token_type).
const (
	tokenNormal  int32 = 1
	tokenUnknown int32 = 2
	tokenControl int32 = 3
	tokenByte    int32 = 6
)

// tinyPieces are the normal pieces after the byte tokens. SentencePiece marks a word start with ▁.
var tinyPieces = []string{
	"▁", "e", "t", "a", "o", "i", "n", "s", "r", "h", "l", "d", "c", "u", "m",
	"▁the", "▁a", "▁to", "▁and", "▁of", "▁is", "▁in", "▁you", "▁deal", "▁client",
	"▁hello", "▁world", "▁order", "▁price", "▁thanks", "er", "in", "on", "an", "re",
}

// TinyVocab returns the tokens of the tiny model: <unk>, <s>, </s>, the 256 byte tokens, then pieces.
func TinyVocab() (tokens []string, scores []float32, types []int32) {
	tokens = []string{"<unk>", "<s>", "</s>"}
	types = []int32{tokenUnknown, tokenControl, tokenControl}
	for b := range 256 {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		types = append(types, tokenByte)
	}
	tokens = append(tokens, tinyPieces...)
	for range tinyPieces {
		types = append(types, tokenNormal)
	}
	scores = make([]float32, len(tokens))
	for i := range tinyPieces {
		// Longer merges score higher so the tokenizer prefers them, as in real SentencePiece models.
		scores[259+i] = -float32(len(tinyPieces) - i)
	}
	return tokens, scores, types
}

// WriteTinyLlama writes the tiny llama model with random F32 weights drawn from seed.
func WriteTinyLlama(w io.Writer, seed int64) error {
	c := Tiny
	tokens, scores, types := TinyVocab()
	vocab := uint64(len(tokens))
	emb, ff := uint64(c.Embedding), uint64(c.FeedForward)

	var g Writer
	g.Add("general.architecture", "llama")
	g.Add("general.name", "iml-tiny-llama")
	g.Add("general.file_type", uint32(0)) // all F32
	g.Add("llama.context_length", uint32(c.ContextLength))
	g.Add("llama.embedding_length", uint32(c.Embedding))
	g.Add("llama.block_count", uint32(c.Blocks))
	g.Add("llama.feed_forward_length", uint32(c.FeedForward))
	g.Add("llama.attention.head_count", uint32(c.Heads))
	g.Add("llama.attention.head_count_kv", uint32(c.HeadsKV))
	g.Add("llama.rope.dimension_count", uint32(c.RopeDims))
	g.Add("llama.attention.layer_norm_rms_epsilon", c.RMSEpsilon)
	g.Add("llama.vocab_size", uint32(vocab))
	g.Add("tokenizer.ggml.model", "llama")
	g.Add("tokenizer.ggml.tokens", tokens)
	g.Add("tokenizer.ggml.scores", scores)
	g.Add("tokenizer.ggml.token_type", types)
	g.Add("tokenizer.ggml.unknown_token_id", uint32(0))
	g.Add("tokenizer.ggml.bos_token_id", uint32(1))
	g.Add("tokenizer.ggml.eos_token_id", uint32(2))
	g.Add("tokenizer.ggml.add_bos_token", true)
	g.Add("tokenizer.ggml.add_eos_token", false)

	rng := rand.New(rand.NewPCG(uint64(seed), 0x1a11a))
	// Scaled so activations keep unit variance through the blocks (std 1/sqrt(fan_in)).
	normal := func(n uint64, std float64) []float32 { return normalF32(rng, n, std) }
	ones := func(n uint64) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = 1
		}
		return out
	}
	inv := func(n uint64) float64 { return 1 / math.Sqrt(float64(n)) }

	g.AddF32("token_embd.weight", []uint64{emb, vocab}, normal(emb*vocab, 1))
	for b := range c.Blocks {
		p := fmt.Sprintf("blk.%d.", b)
		g.AddF32(p+"attn_norm.weight", []uint64{emb}, ones(emb))
		for _, name := range []string{"attn_q", "attn_k", "attn_v", "attn_output"} {
			g.AddF32(p+name+".weight", []uint64{emb, emb}, normal(emb*emb, inv(emb)))
		}
		g.AddF32(p+"ffn_norm.weight", []uint64{emb}, ones(emb))
		g.AddF32(p+"ffn_gate.weight", []uint64{emb, ff}, normal(emb*ff, inv(emb)))
		g.AddF32(p+"ffn_up.weight", []uint64{emb, ff}, normal(emb*ff, inv(emb)))
		g.AddF32(p+"ffn_down.weight", []uint64{ff, emb}, normal(ff*emb, inv(ff)))
	}
	g.AddF32("output_norm.weight", []uint64{emb}, ones(emb))
	g.AddF32("output.weight", []uint64{emb, vocab}, normal(emb*vocab, inv(emb)))

	if _, err := g.WriteTo(w); err != nil {
		return fmt.Errorf("write tiny llama: %w", err)
	}
	return nil
}
