// Package gguf writes and inspects GGUF v3 files, the container llama.cpp and Ollama load models and
// LoRA adapters from. It holds just what IML needs: a writer for metadata and F32 tensors, a tiny
// random llama model and LoRA adapters for tests and the demo (WriteTinyLlama, WriteLoRA), and a
// reader of the header (metadata and tensor infos) so callers can check what a file claims to be.
//
// The format: magic "GGUF", version, tensor count, metadata count, the metadata key/values, the
// tensor infos (name, shape in ggml order, type, offset into the data section), padding to the
// alignment, then the tensor data, each tensor aligned. All integers are little-endian.
package gguf

import (
	"errors"
	"fmt"
)

// Magic opens every GGUF file.
const Magic = "GGUF"

// Version is the GGUF version this package writes.
const Version = 3

// DefaultAlignment is the alignment of the tensor data when general.alignment is absent.
const DefaultAlignment = 32

// ValueType is the type tag of a metadata value.
type ValueType uint32

// Metadata value types as numbered by the GGUF specification.
const (
	TypeUint8 ValueType = iota
	TypeInt8
	TypeUint16
	TypeInt16
	TypeUint32
	TypeInt32
	TypeFloat32
	TypeBool
	TypeString
	TypeArray
	TypeUint64
	TypeInt64
	TypeFloat64
)

// TensorType is the ggml element type of a tensor.
type TensorType uint32

// TensorF32 is the only tensor type this package writes.
const TensorF32 TensorType = 0

// ErrFormat is wrapped by every error about a malformed or unsupported file.
var ErrFormat = errors.New("gguf: malformed file")

// KV is one metadata entry. Value holds one of: uint8, int8, uint16, int16, uint32, int32, uint64,
// int64, float32, float64, bool, string, or an Array.
type KV struct {
	Key   string
	Value any
}

// Array is a metadata array. Values holds []string, []float32, []int32, []uint32 and so on for
// arrays of scalars, or []Array for nested arrays.
type Array struct {
	Type   ValueType
	Values any
}

// TensorInfo describes a tensor without its data.
type TensorInfo struct {
	Name   string
	Shape  []uint64 // ggml order: Shape[0] is the innermost (row length)
	Type   TensorType
	Offset uint64 // relative to Header.DataOffset
}

// Elements is the product of the shape.
func (t TensorInfo) Elements() uint64 {
	n := uint64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Header is what ReadHeader returns: the metadata in file order and the tensor infos.
type Header struct {
	Version    uint32
	KV         []KV
	Tensors    []TensorInfo
	DataOffset int64 // absolute offset of the tensor data section
}

// Get returns the value stored under key.
func (h *Header) Get(key string) (any, bool) {
	for _, kv := range h.KV {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return nil, false
}

// String returns the string stored under key, or "" when absent or of another type.
func (h *Header) String(key string) string {
	v, _ := h.Get(key)
	s, _ := v.(string)
	return s
}

// Uint returns an unsigned or non-negative signed integer stored under key.
func (h *Header) Uint(key string) (uint64, bool) {
	v, ok := h.Get(key)
	if !ok {
		return 0, false
	}
	switch n := v.(type) {
	case uint8:
		return uint64(n), true
	case uint16:
		return uint64(n), true
	case uint32:
		return uint64(n), true
	case uint64:
		return n, true
	case int8:
		return uint64(n), n >= 0
	case int16:
		return uint64(n), n >= 0
	case int32:
		return uint64(n), n >= 0
	case int64:
		return uint64(n), n >= 0
	}
	return 0, false
}

// Float returns a float stored under key.
func (h *Header) Float(key string) (float64, bool) {
	v, ok := h.Get(key)
	if !ok {
		return 0, false
	}
	switch f := v.(type) {
	case float32:
		return float64(f), true
	case float64:
		return f, true
	}
	return 0, false
}

// Strings returns the string array stored under key, or nil.
func (h *Header) Strings(key string) []string {
	v, _ := h.Get(key)
	a, _ := v.(Array)
	s, _ := a.Values.([]string)
	return s
}

// Architecture is general.architecture, e.g. "llama".
func (h *Header) Architecture() string { return h.String("general.architecture") }

// Tensor returns the info of the named tensor.
func (h *Header) Tensor(name string) (TensorInfo, bool) {
	for _, t := range h.Tensors {
		if t.Name == name {
			return t, true
		}
	}
	return TensorInfo{}, false
}

func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
}
