package redact

import "math/bits"

// wordTable is a read-only map from words to values, probed with the word's phraseHash. A
// Text hashes each of its words once (wordHashes); with that hash, a lookup here is an array
// probe and, on a hash match, one string comparison, where a Go map would hash the word
// again for every table and every detector that asks.
type wordTable[V any] struct {
	// filter has a bit set for each key (filterMul): most words a text asks for are in no
	// table, and the filter, small enough to stay in cache, says so without reading slots.
	filter []uint64
	fshift uint32
	// slots holds hash<<32 | index+1 of each key in keys and vals, open-addressed with
	// linear probing; 0 is an empty slot.
	slots []uint64
	keys  []string
	vals  []V
	shift uint32 // slot of a hash: (hash * fibMul) >> shift
	mask  uint32
}

// fibMul spreads FNV's weak low bits over the high bits a slot index is taken from;
// filterMul does the same, independently, for the filter's bit.
const (
	fibMul    = 0x9e3779b1
	filterMul = 0x85ebca6b
)

// newWordTable copies m into a table at most half full.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable[V]{
		slots: make([]uint64, size),
		keys:  make([]string, 0, len(m)),
		vals:  make([]V, 0, len(m)),
		shift: uint32(32 - bits.TrailingZeros(uint(size))),
		mask:  uint32(size - 1),
	}
	fbits := max(4*size, 64) // at least eight bits per key
	t.filter = make([]uint64, fbits/64)
	t.fshift = uint32(32 - bits.TrailingZeros(uint(fbits)))
	for w, v := range m {
		h := phraseHash(phraseHashSeed, w)
		t.keys = append(t.keys, w)
		t.vals = append(t.vals, v)
		i := (h * fibMul) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = uint64(h)<<32 | uint64(len(t.keys))
		b := (h * filterMul) >> t.fshift
		t.filter[b/64] |= 1 << (b % 64)
	}
	return t
}

// mayHold says whether a word whose phraseHash is h may be in t: false for most words, from
// the filter alone. It inlines where get does not, so a caller testing it first saves a call.
func (t *wordTable[V]) mayHold(h uint32) bool {
	b := (h * filterMul) >> t.fshift
	return t.filter[b/64]&(1<<(b%64)) != 0
}

// get returns the value of w, whose phraseHash is h, or the zero value.
func (t *wordTable[V]) get(h uint32, w string) (v V) {
	if b := (h * filterMul) >> t.fshift; t.filter[b/64]&(1<<(b%64)) == 0 {
		return v
	}
	return t.probe(h, w)
}

// probe is get without the filter, for a caller whose own filter has let through few words
// that are not keys (classifyWords).
func (t *wordTable[V]) probe(h uint32, w string) (v V) {
	for i := (h * fibMul) >> t.shift; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return v
		}
		if uint32(s>>32) == h {
			if k := uint32(s) - 1; t.keys[k] == w {
				return t.vals[k]
			}
		}
	}
}
