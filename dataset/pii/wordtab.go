package pii

import "encoding/binary"

// wordTable is the read-only, open-addressing copy of nameTab that the
// scanner probes with folded byte slices: one cheap multiplicative hash and
// usually one string comparison, with no conversion and no runtime map.
// A slot holds its key's bytes (the first wordKeyInline of a longer key,
// whose rest is in tail), so a probe reads one 32-byte slot and does not
// follow a pointer to a string elsewhere in memory.
type wordTable struct {
	mask  uint64
	slots []wordSlot
	tail  []string // the bytes of a long key past wordKeyInline, by slot
	// bloom has one bit set per key, indexed by the top hash bits: most
	// words that are not in the table are rejected without probing it.
	bloom [1 << 13]uint64
}

type wordSlot struct {
	info nameInfo
	n    uint16 // key length; 0 for an empty slot
	key  [wordKeyInline]byte
}

const wordKeyInline = 22 // a 32-byte slot

// slotShift picks the hash bits of a key's home slot. The lowest bits of
// wordHash cluster the keys (2.26 probes a hit on average, 1.41 from bit
// 20 on); the bloom filter takes the top bits.
const slotShift = 20

// wordTab is built from nameTab by loadTables.
var wordTab = &wordTable{}

func newWordTable(m map[string]nameInfo) *wordTable {
	size := 1
	for size < 2*len(m) {
		size <<= 1
	}
	t := &wordTable{mask: uint64(size - 1), slots: make([]wordSlot, size), tail: make([]string, size)}
	for k, v := range m {
		if k == "" || len(k) > 0xFFFF {
			continue
		}
		i := wordHash([]byte(k)) >> slotShift & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{info: v, n: uint16(len(k))}
		copy(t.slots[i].key[:], k)
		if len(k) > wordKeyInline {
			t.tail[i] = k[wordKeyInline:]
		}
		h := wordHash([]byte(k)) >> 45
		t.bloom[h>>6] |= 1 << (h & 63)
	}
	return t
}

// get returns the entry of the folded word w.
func (t *wordTable) get(w []byte) (nameInfo, bool) {
	if len(w) == 0 || len(t.slots) == 0 {
		return nameInfo{}, false
	}
	h := wordHash(w)
	if b := h >> 45; t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return nameInfo{}, false
	}
	for i := h >> slotShift & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return nameInfo{}, false
		}
		if int(sl.n) != len(w) {
			continue
		}
		if len(w) <= wordKeyInline {
			if string(sl.key[:len(w)]) == string(w) {
				return sl.info, true
			}
		} else if string(sl.key[:]) == string(w[:wordKeyInline]) && t.tail[i] == string(w[wordKeyInline:]) {
			return sl.info, true
		}
	}
}

// wordHash mixes w eight bytes at a time. The last one to eight bytes go
// in as one overlapping load (two for four to seven), not byte by byte.
func wordHash(w []byte) uint64 {
	const m = 0x9E3779B97F4A7C15
	n := len(w)
	h := uint64(n) * m
	var t uint64
	switch {
	case n >= 8:
		t = binary.LittleEndian.Uint64(w[n-8:])
		for len(w) > 8 {
			h = (h ^ binary.LittleEndian.Uint64(w)) * m
			h ^= h >> 32
			w = w[8:]
		}
	case n >= 4:
		t = uint64(binary.LittleEndian.Uint32(w)) | uint64(binary.LittleEndian.Uint32(w[n-4:]))<<32
	default:
		for i, c := range w {
			t |= uint64(c) << (8 * i)
		}
	}
	h = (h ^ t) * m
	return h ^ h>>29
}

// addrKind returns the address keyword kind of the folded word w, or 0.
func addrKind(w []byte) uint8 {
	in, _ := wordTab.get(w)
	return in.addr
}
