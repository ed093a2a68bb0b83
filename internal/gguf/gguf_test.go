package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"reflect"
	"testing"
)

func tinyBytes(t testing.TB, seed int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTinyLlama(&buf, seed); err != nil {
		t.Fatalf("WriteTinyLlama: %v", err)
	}
	return buf.Bytes()
}

func TestWriterRoundTrip(t *testing.T) {
	var w Writer
	want := []KV{
		{"s", "hello"},
		{"u32", uint32(7)},
		{"i32", int32(-3)},
		{"f32", float32(1.5)},
		{"b", true},
		{"u64", uint64(1 << 40)},
		{"u8", uint8(9)},
		{"f64", 2.25},
		{"strs", Array{Type: TypeString, Values: []string{"a", "", "▁b"}}},
		{"f32s", Array{Type: TypeFloat32, Values: []float32{0, -1, 2.5}}},
		{"i32s", Array{Type: TypeInt32, Values: []int32{1, -2}}},
		{"u32s", Array{Type: TypeUint32, Values: []uint32{}}},
	}
	for _, kv := range want {
		w.Add(kv.Key, kv.Value)
	}
	data := []float32{1, 2, 3, 4, 5, 6}
	w.AddF32("a", []uint64{3, 2}, data)
	w.AddF32("b", []uint64{1}, []float32{7})
	var buf bytes.Buffer
	n, err := w.WriteTo(&buf)
	if err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	h, err := ReadHeader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadHeader: %v", err)
	}
	if h.Version != Version {
		t.Errorf("version %d, want %d", h.Version, Version)
	}
	if !reflect.DeepEqual(h.KV, want) {
		t.Errorf("metadata:\n got %#v\nwant %#v", h.KV, want)
	}
	if h.DataOffset%DefaultAlignment != 0 {
		t.Errorf("data offset %d not aligned", h.DataOffset)
	}
	wantTensors := []TensorInfo{
		{Name: "a", Shape: []uint64{3, 2}, Type: TensorF32, Offset: 0},
		{Name: "b", Shape: []uint64{1}, Type: TensorF32, Offset: 32},
	}
	if !reflect.DeepEqual(h.Tensors, wantTensors) {
		t.Errorf("tensors:\n got %+v\nwant %+v", h.Tensors, wantTensors)
	}
	raw := buf.Bytes()[h.DataOffset:]
	for i, f := range data {
		if got := math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:])); got != f {
			t.Errorf("a[%d] = %v, want %v", i, got, f)
		}
	}
	if got := math.Float32frombits(binary.LittleEndian.Uint32(raw[32:])); got != 7 {
		t.Errorf("b[0] = %v, want 7", got)
	}
	if len(buf.Bytes())%DefaultAlignment != 0 {
		t.Errorf("file size %d not padded to alignment", buf.Len())
	}
}

func TestWriterErrors(t *testing.T) {
	tests := []struct {
		name string
		fill func(*Writer)
	}{
		{"unsupported metadata", func(w *Writer) { w.Add("x", struct{}{}) }},
		{"shape mismatch", func(w *Writer) { w.AddF32("t", []uint64{2, 2}, []float32{1}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w Writer
			tt.fill(&w)
			if _, err := w.WriteTo(io.Discard); err == nil {
				t.Fatal("WriteTo succeeded, want error")
			}
		})
	}
}

func TestTinyLlamaMetadata(t *testing.T) {
	raw := tinyBytes(t, 1)
	h, err := ReadHeader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("ReadHeader: %v", err)
	}
	uints := map[string]uint64{
		"llama.context_length":            512,
		"llama.embedding_length":          64,
		"llama.block_count":               2,
		"llama.feed_forward_length":       128,
		"llama.attention.head_count":      4,
		"llama.attention.head_count_kv":   4,
		"llama.rope.dimension_count":      16,
		"tokenizer.ggml.bos_token_id":     1,
		"tokenizer.ggml.eos_token_id":     2,
		"tokenizer.ggml.unknown_token_id": 0,
	}
	for k, want := range uints {
		if got, ok := h.Uint(k); !ok || got != want {
			t.Errorf("%s = %d (present %v), want %d", k, got, ok, want)
		}
	}
	if got := h.Architecture(); got != "llama" {
		t.Errorf("architecture %q", got)
	}
	if got := h.String("tokenizer.ggml.model"); got != "llama" {
		t.Errorf("tokenizer model %q", got)
	}
	if eps, _ := h.Float("llama.attention.layer_norm_rms_epsilon"); float32(eps) != 1e-5 {
		t.Errorf("rms epsilon %v", eps)
	}
	tokens := h.Strings("tokenizer.ggml.tokens")
	if len(tokens) < 259 || tokens[0] != "<unk>" || tokens[1] != "<s>" || tokens[2] != "</s>" ||
		tokens[3] != "<0x00>" || tokens[258] != "<0xFF>" {
		t.Errorf("vocabulary starts wrong: %d tokens", len(tokens))
	}
	v, _ := h.Get("tokenizer.ggml.token_type")
	types, _ := v.(Array).Values.([]int32)
	if len(types) != len(tokens) || types[0] != tokenUnknown || types[1] != tokenControl || types[3] != tokenByte || types[259] != tokenNormal {
		t.Errorf("token types wrong: %d types for %d tokens", len(types), len(tokens))
	}
	vocab := uint64(len(tokens))
	shapes := map[string][]uint64{
		"token_embd.weight":        {64, vocab},
		"blk.0.attn_q.weight":      {64, 64},
		"blk.1.attn_output.weight": {64, 64},
		"blk.1.ffn_gate.weight":    {64, 128},
		"blk.0.ffn_down.weight":    {128, 64},
		"blk.0.attn_norm.weight":   {64},
		"output_norm.weight":       {64},
		"output.weight":            {64, vocab},
	}
	for name, want := range shapes {
		ti, ok := h.Tensor(name)
		if !ok || !reflect.DeepEqual(ti.Shape, want) {
			t.Errorf("tensor %s: shape %v (present %v), want %v", name, ti.Shape, ok, want)
		}
	}
	if got, want := len(h.Tensors), 3+9*Tiny.Blocks; got != want {
		t.Errorf("%d tensors, want %d", got, want)
	}
	last := h.Tensors[len(h.Tensors)-1]
	if end := h.DataOffset + int64(last.Offset+last.Elements()*4); end > int64(len(raw)) {
		t.Errorf("last tensor ends at %d past file size %d", end, len(raw))
	}
	if len(raw) < 400<<10 || len(raw) > 600<<10 {
		t.Errorf("tiny model is %d bytes, expected about 480 KB", len(raw))
	}
}

func TestTinyLlamaDeterministic(t *testing.T) {
	a, b, c := tinyBytes(t, 1), tinyBytes(t, 1), tinyBytes(t, 2)
	if !bytes.Equal(a, b) {
		t.Error("same seed wrote different files")
	}
	if bytes.Equal(a, c) {
		t.Error("different seeds wrote the same file")
	}
}

func TestWriteLoRA(t *testing.T) {
	base, err := ReadHeader(bytes.NewReader(tinyBytes(t, 1)))
	if err != nil {
		t.Fatalf("ReadHeader: %v", err)
	}
	tests := []struct {
		name    string
		opts    LoRAOptions
		targets []string
		wantErr error
	}{
		{"default targets", LoRAOptions{R: 8, Alpha: 16}, []string{"attn_q", "attn_v"}, nil},
		{"peft names", LoRAOptions{R: 4, Alpha: 8, Targets: []string{"q_proj", "v_proj", "down_proj"}}, []string{"attn_q", "attn_v", "ffn_down"}, nil},
		{"unknown target", LoRAOptions{R: 4, Targets: []string{"lm_head"}}, nil, ErrNoTarget},
		{"zero rank", LoRAOptions{R: 0}, nil, errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := WriteLoRA(&buf, base, tt.opts)
			if tt.wantErr != nil {
				if err == nil || (tt.wantErr != errAny && !errors.Is(err, tt.wantErr)) {
					t.Fatalf("WriteLoRA error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("WriteLoRA: %v", err)
			}
			h, err := ReadHeader(&buf)
			if err != nil {
				t.Fatalf("ReadHeader: %v", err)
			}
			for k, want := range map[string]string{"general.type": "adapter", "adapter.type": "lora", "general.architecture": "llama"} {
				if got := h.String(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if a, _ := h.Float("adapter.lora.alpha"); float32(a) != tt.opts.Alpha {
				t.Errorf("alpha %v, want %v", a, tt.opts.Alpha)
			}
			if got, want := len(h.Tensors), 2*len(tt.targets)*Tiny.Blocks; got != want {
				t.Errorf("%d tensors, want %d", got, want)
			}
			r := uint64(tt.opts.R)
			for blk := range Tiny.Blocks {
				for _, tg := range tt.targets {
					w, _ := base.Tensor(fmtBlk(blk, tg))
					a, okA := h.Tensor(fmtBlk(blk, tg) + ".lora_a")
					b, okB := h.Tensor(fmtBlk(blk, tg) + ".lora_b")
					if !okA || !okB {
						t.Fatalf("missing lora tensors for %s", fmtBlk(blk, tg))
					}
					if !reflect.DeepEqual(a.Shape, []uint64{w.Shape[0], r}) || !reflect.DeepEqual(b.Shape, []uint64{r, w.Shape[1]}) {
						t.Errorf("%s: lora_a %v lora_b %v for weight %v", w.Name, a.Shape, b.Shape, w.Shape)
					}
				}
			}
		})
	}
}

var errAny = errors.New("any error")

func fmtBlk(b int, target string) string {
	return "blk." + string(rune('0'+b)) + "." + target + ".weight"
}

func TestReadHeaderRejects(t *testing.T) {
	good := tinyBytes(t, 1)
	le := binary.LittleEndian
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("GGML\x03\x00\x00\x00")},
		{"version 1", append([]byte("GGUF"), le.AppendUint32(nil, 1)...)},
		{"truncated counts", append([]byte("GGUF"), le.AppendUint32(nil, 3)...)},
		{"truncated metadata", good[:200]},
		{"huge kv count", le.AppendUint64(le.AppendUint64(le.AppendUint32([]byte("GGUF"), 3), 0), 1<<40)},
		{"huge string", le.AppendUint64(le.AppendUint64(le.AppendUint64(le.AppendUint32([]byte("GGUF"), 3), 0), 1), 1<<60)},
		{"unknown type", le.AppendUint32(append(le.AppendUint64(le.AppendUint64(le.AppendUint64(le.AppendUint32([]byte("GGUF"), 3), 0), 1), 1), 'k'), 99)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHeader(bytes.NewReader(tt.data))
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("ReadHeader error %v, want ErrFormat", err)
			}
		})
	}
}

func FuzzReadHeader(f *testing.F) {
	var w Writer
	w.Add("general.architecture", "llama")
	w.Add("n", uint32(2))
	w.Add("toks", []string{"a", "b"})
	w.Add("scores", []float32{1, 2})
	w.AddF32("t", []uint64{2}, []float32{1, 2})
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("GGUF"))
	f.Add([]byte("GGUF\x03\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ReadHeader(bytes.NewReader(data))
		if err == nil && h == nil {
			t.Fatal("nil header without error")
		}
	})
}
