package gguf

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// Writer collects metadata and F32 tensors and writes them as one GGUF v3 file.
// The zero value is ready to use; it is not safe for concurrent use.
type Writer struct {
	kvs     []KV
	tensors []pendingTensor
}

type pendingTensor struct {
	info TensorInfo
	data []float32
}

// Add appends a metadata entry. Supported Go types: string, bool, uint8, int8, uint16, int16,
// uint32, int32, uint64, int64, float32, float64, []string, []float32, []int32, []uint32, Array.
// An unsupported type is reported by WriteTo.
func (w *Writer) Add(key string, value any) {
	w.kvs = append(w.kvs, KV{Key: key, Value: value})
}

// AddF32 appends an F32 tensor; shape is in ggml order and its product must equal len(data).
func (w *Writer) AddF32(name string, shape []uint64, data []float32) {
	w.tensors = append(w.tensors, pendingTensor{
		info: TensorInfo{Name: name, Shape: append([]uint64(nil), shape...), Type: TensorF32},
		data: data,
	})
}

// WriteTo writes the file. Tensor data is aligned to DefaultAlignment.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriterSize(out, 1<<16)}
	bw := cw.w.(*bufio.Writer)

	var offset uint64
	for i := range w.tensors {
		t := &w.tensors[i]
		if t.info.Elements() != uint64(len(t.data)) {
			return 0, fmt.Errorf("write tensor %s: shape %v holds %d elements, data has %d",
				t.info.Name, t.info.Shape, t.info.Elements(), len(t.data))
		}
		t.info.Offset = offset
		offset += align(uint64(len(t.data))*4, DefaultAlignment)
	}

	cw.bytes([]byte(Magic))
	cw.u32(Version)
	cw.u64(uint64(len(w.tensors)))
	cw.u64(uint64(len(w.kvs)))
	for _, kv := range w.kvs {
		cw.str(kv.Key)
		if err := cw.value(kv.Value, true); err != nil {
			return cw.n, fmt.Errorf("write metadata %s: %w", kv.Key, err)
		}
	}
	for _, t := range w.tensors {
		cw.str(t.info.Name)
		cw.u32(uint32(len(t.info.Shape)))
		for _, d := range t.info.Shape {
			cw.u64(d)
		}
		cw.u32(uint32(t.info.Type))
		cw.u64(t.info.Offset)
	}
	cw.pad(DefaultAlignment)
	buf := make([]byte, 4)
	for _, t := range w.tensors {
		for _, f := range t.data {
			binary.LittleEndian.PutUint32(buf, math.Float32bits(f))
			cw.bytes(buf)
		}
		cw.pad(DefaultAlignment)
	}
	if cw.err == nil {
		cw.err = bw.Flush()
	}
	return cw.n, cw.err
}

func align(n, a uint64) uint64 { return (n + a - 1) / a * a }

// countWriter remembers the first error so the encoding code reads straight through.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) bytes(b []byte) {
	if c.err != nil {
		return
	}
	n, err := c.w.Write(b)
	c.n += int64(n)
	c.err = err
}

func (c *countWriter) u32(v uint32) { c.bytes(binary.LittleEndian.AppendUint32(nil, v)) }
func (c *countWriter) u64(v uint64) { c.bytes(binary.LittleEndian.AppendUint64(nil, v)) }

func (c *countWriter) str(s string) {
	c.u64(uint64(len(s)))
	c.bytes([]byte(s))
}

func (c *countWriter) pad(a int64) {
	if r := c.n % a; r != 0 {
		c.bytes(make([]byte, a-r))
	}
}

// value writes a metadata value, preceded by its type tag when tagged.
func (c *countWriter) value(v any, tagged bool) error {
	tag := func(t ValueType) {
		if tagged {
			c.u32(uint32(t))
		}
	}
	switch x := v.(type) {
	case uint8:
		tag(TypeUint8)
		c.bytes([]byte{x})
	case int8:
		tag(TypeInt8)
		c.bytes([]byte{byte(x)})
	case uint16:
		tag(TypeUint16)
		c.bytes(binary.LittleEndian.AppendUint16(nil, x))
	case int16:
		tag(TypeInt16)
		c.bytes(binary.LittleEndian.AppendUint16(nil, uint16(x)))
	case uint32:
		tag(TypeUint32)
		c.u32(x)
	case int32:
		tag(TypeInt32)
		c.u32(uint32(x))
	case uint64:
		tag(TypeUint64)
		c.u64(x)
	case int64:
		tag(TypeInt64)
		c.u64(uint64(x))
	case float32:
		tag(TypeFloat32)
		c.u32(math.Float32bits(x))
	case float64:
		tag(TypeFloat64)
		c.u64(math.Float64bits(x))
	case bool:
		tag(TypeBool)
		b := byte(0)
		if x {
			b = 1
		}
		c.bytes([]byte{b})
	case string:
		tag(TypeString)
		c.str(x)
	case []string:
		return c.array(tagged, TypeString, len(x), func(i int) any { return x[i] })
	case []float32:
		return c.array(tagged, TypeFloat32, len(x), func(i int) any { return x[i] })
	case []int32:
		return c.array(tagged, TypeInt32, len(x), func(i int) any { return x[i] })
	case []uint32:
		return c.array(tagged, TypeUint32, len(x), func(i int) any { return x[i] })
	case Array:
		return c.value(x.Values, tagged)
	default:
		return fmt.Errorf("unsupported metadata type %T", v)
	}
	return nil
}

func (c *countWriter) array(tagged bool, elem ValueType, n int, at func(int) any) error {
	if tagged {
		c.u32(uint32(TypeArray))
	}
	c.u32(uint32(elem))
	c.u64(uint64(n))
	for i := range n {
		if err := c.value(at(i), false); err != nil {
			return err
		}
	}
	return nil
}
