package pii

import "encoding/binary"

// wordTable is the read-only, open-addressing copy of nameTab that the
// scanner probes with folded byte slices: one cheap multiplicative hash and
// usually one string comparison, with no conversion and no runtime map.
//
// It is laid out for the cache: a slot is four bytes (a 16-bit hash tag and
// the entry's index), so the probed array stays small; the entries and
// their keys (in one arena) are touched only when the tag matches.
type wordTable struct {
	mask    uint64
	slots   []uint32 // tag<<16 | index+1; 0 for an empty slot
	entries []wordEntry
	arena   string
	// bloom has one bit set per key, indexed by the top hash bits: most
	// words that are not in the table are rejected without probing it.
	bloom [1 << 11]uint64
}

type wordEntry struct {
	off  uint32
	n    uint8
	info nameInfo
}

// wordTab is built from nameTab by loadTables.
var wordTab = &wordTable{}

func newWordTable(m map[string]nameInfo) *wordTable {
	size := 1
	for size < 2*len(m) {
		size <<= 1
	}
	if len(m) >= 1<<16-1 {
		panic("pii: word table over 65535 entries")
	}
	t := &wordTable{mask: uint64(size - 1), slots: make([]uint32, size), entries: make([]wordEntry, 0, len(m))}
	var arena []byte
	for k, v := range m {
		if k == "" || len(k) > 255 {
			continue
		}
		h := wordHash([]byte(k))
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, wordEntry{off: uint32(len(arena)), n: uint8(len(k)), info: v})
		arena = append(arena, k...)
		t.slots[i] = uint32(h>>48)<<16 | uint32(len(t.entries))
		b := h >> 47
		t.bloom[b>>6] |= 1 << (b & 63)
	}
	t.arena = string(arena)
	return t
}

// get returns the entry of the folded word w.
func (t *wordTable) get(w []byte) (nameInfo, bool) {
	if len(w) == 0 || len(t.slots) == 0 {
		return nameInfo{}, false
	}
	h := wordHash(w)
	if b := h >> 47; t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return nameInfo{}, false
	}
	tag := uint32(h>>48) << 16
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl == 0 {
			return nameInfo{}, false
		}
		if sl&0xFFFF0000 != tag {
			continue
		}
		e := &t.entries[sl&0xFFFF-1]
		if int(e.n) == len(w) && t.arena[e.off:e.off+uint32(e.n)] == string(w) {
			return e.info, true
		}
	}
}

// wordHash mixes w eight bytes at a time.
func wordHash(w []byte) uint64 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(w)) * m
	for len(w) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(w)) * m
		h ^= h >> 32
		w = w[8:]
	}
	var t uint64
	for i, c := range w {
		t |= uint64(c) << (8 * i)
	}
	h = (h ^ t) * m
	return h ^ h>>29
}

// addrKind returns the address keyword kind of the folded word w, or 0.
func addrKind(w []byte) uint8 {
	in, _ := wordTab.get(w)
	return in.addr
}
