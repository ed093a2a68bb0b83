package gguf

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Limits that keep ReadHeader bounded on hostile or corrupt input. Real models stay far below them
// (a 150k-token vocabulary is the largest array, a chat template the longest string).
const (
	maxKVs        = 1 << 16
	maxTensors    = 1 << 20
	maxDims       = 4
	maxStringLen  = 1 << 24
	maxArrayLen   = 1 << 24
	maxArrayDepth = 3
)

// ReadHeader reads the header of a GGUF v2 or v3 file: metadata and tensor infos, not the tensor
// data. It reads no further than the header. Errors about the content wrap ErrFormat.
func ReadHeader(r io.Reader) (*Header, error) {
	d := &decoder{r: bufio.NewReaderSize(r, 1<<16)}
	magic := d.fixed(4)
	if d.err != nil {
		return nil, d.fail("read magic")
	}
	if string(magic) != Magic {
		return nil, formatErr("bad magic %q", magic)
	}
	h := &Header{Version: d.u32()}
	if d.err == nil && h.Version != 2 && h.Version != 3 {
		return nil, formatErr("unsupported version %d", h.Version)
	}
	nTensors, nKV := d.u64(), d.u64()
	if d.err != nil {
		return nil, d.fail("read counts")
	}
	if nKV > maxKVs || nTensors > maxTensors {
		return nil, formatErr("implausible counts: %d metadata entries, %d tensors", nKV, nTensors)
	}
	for i := range nKV {
		key := d.str()
		typ := ValueType(d.u32())
		if d.err != nil {
			return nil, d.fail(fmt.Sprintf("read metadata entry %d", i))
		}
		v := d.value(typ, 0)
		if d.err != nil {
			return nil, d.fail("read metadata " + key)
		}
		h.KV = append(h.KV, KV{Key: key, Value: v})
	}
	for i := range nTensors {
		t := TensorInfo{Name: d.str()}
		n := d.u32()
		if d.err == nil && n > maxDims {
			return nil, formatErr("tensor %d has %d dimensions", i, n)
		}
		for range n {
			t.Shape = append(t.Shape, d.u64())
		}
		t.Type = TensorType(d.u32())
		t.Offset = d.u64()
		if d.err != nil {
			return nil, d.fail(fmt.Sprintf("read tensor info %d", i))
		}
		h.Tensors = append(h.Tensors, t)
	}
	a := uint64(DefaultAlignment)
	if v, ok := h.Uint("general.alignment"); ok {
		if v == 0 || v&(v-1) != 0 || v > 1<<20 {
			return nil, formatErr("bad general.alignment %d", v)
		}
		a = v
	}
	h.DataOffset = int64(align(uint64(d.n), a))
	return h, nil
}

// ReadHeaderFile reads the header of the GGUF file at path.
func ReadHeaderFile(path string) (*Header, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gguf %s: %w", path, err)
	}
	defer f.Close()
	h, err := ReadHeader(f)
	if err != nil {
		return nil, fmt.Errorf("read gguf %s: %w", path, err)
	}
	return h, nil
}

// decoder remembers the first error; after it every read returns zero values.
type decoder struct {
	r   *bufio.Reader
	n   int64
	err error
}

func (d *decoder) fail(what string) error {
	if errors.Is(d.err, io.EOF) || errors.Is(d.err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: %w: truncated", what, ErrFormat)
	}
	return fmt.Errorf("%s: %w", what, d.err)
}

func (d *decoder) fixed(n int) []byte {
	if d.err != nil {
		return make([]byte, n)
	}
	b := make([]byte, n)
	m, err := io.ReadFull(d.r, b)
	d.n += int64(m)
	d.err = err
	return b
}

func (d *decoder) u8() uint8   { return d.fixed(1)[0] }
func (d *decoder) u16() uint16 { return binary.LittleEndian.Uint16(d.fixed(2)) }
func (d *decoder) u32() uint32 { return binary.LittleEndian.Uint32(d.fixed(4)) }
func (d *decoder) u64() uint64 { return binary.LittleEndian.Uint64(d.fixed(8)) }

func (d *decoder) str() string {
	n := d.u64()
	if d.err != nil {
		return ""
	}
	if n > maxStringLen {
		d.err = formatErr("string of %d bytes", n)
		return ""
	}
	// Grow with the data actually present instead of trusting n for the allocation.
	b, err := io.ReadAll(io.LimitReader(d.r, int64(n)))
	d.n += int64(len(b))
	if err != nil {
		d.err = err
	} else if uint64(len(b)) != n {
		d.err = io.ErrUnexpectedEOF
	}
	return string(b)
}

func (d *decoder) value(t ValueType, depth int) any {
	switch t {
	case TypeUint8:
		return d.u8()
	case TypeInt8:
		return int8(d.u8())
	case TypeUint16:
		return d.u16()
	case TypeInt16:
		return int16(d.u16())
	case TypeUint32:
		return d.u32()
	case TypeInt32:
		return int32(d.u32())
	case TypeUint64:
		return d.u64()
	case TypeInt64:
		return int64(d.u64())
	case TypeFloat32:
		return math.Float32frombits(d.u32())
	case TypeFloat64:
		return math.Float64frombits(d.u64())
	case TypeBool:
		b := d.u8()
		if d.err == nil && b > 1 {
			d.err = formatErr("bool value %d", b)
		}
		return b == 1
	case TypeString:
		return d.str()
	case TypeArray:
		return d.array(depth + 1)
	}
	if d.err == nil {
		d.err = formatErr("unknown value type %d", t)
	}
	return nil
}

func (d *decoder) array(depth int) any {
	elem := ValueType(d.u32())
	n := d.u64()
	if d.err != nil {
		return nil
	}
	if depth > maxArrayDepth {
		d.err = formatErr("arrays nested deeper than %d", maxArrayDepth)
		return nil
	}
	if n > maxArrayLen {
		d.err = formatErr("array of %d elements", n)
		return nil
	}
	if elem > TypeFloat64 {
		d.err = formatErr("unknown array element type %d", elem)
		return nil
	}
	switch elem {
	case TypeString:
		return Array{Type: elem, Values: collect(d, n, func() string { return d.str() })}
	case TypeFloat32:
		return Array{Type: elem, Values: collect(d, n, func() float32 { return math.Float32frombits(d.u32()) })}
	case TypeInt32:
		return Array{Type: elem, Values: collect(d, n, func() int32 { return int32(d.u32()) })}
	case TypeUint32:
		return Array{Type: elem, Values: collect(d, n, d.u32)}
	case TypeArray:
		return Array{Type: elem, Values: collect(d, n, func() Array { a, _ := d.array(depth + 1).(Array); return a })}
	default:
		return Array{Type: elem, Values: collect(d, n, func() any { return d.value(elem, depth) })}
	}
}

// collect reads n elements, stopping at the first error, without preallocating n.
func collect[T any](d *decoder, n uint64, next func() T) []T {
	out := make([]T, 0, min(n, 1024))
	for i := uint64(0); i < n && d.err == nil; i++ {
		out = append(out, next())
	}
	return out
}
