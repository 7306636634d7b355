package redact

import "iter"

// keyFilter has a bit for each length (mod 16), first and last byte (mod 32) of the keys
// of a list: a key whose bit is clear is not in the list, found without hashing it. Where
// a wordShape (lengths and first bytes) let a name of a common length and letter through,
// the letter that ends it turns most away.
type keyFilter [1 << 14 / 64]uint64

func newKeyFilter(keys iter.Seq[string]) *keyFilter {
	f := new(keyFilter)
	for k := range keys {
		b := keyFilterBit(k)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

func keyFilterBit(k string) uint {
	if k == "" {
		return 0
	}
	return uint(len(k))&15<<10 | uint(k[0])&31<<5 | uint(k[len(k)-1])&31
}

// mayHold says whether k may be a key of the list.
func (f *keyFilter) mayHold(k string) bool {
	b := keyFilterBit(k)
	return f[b/64]&(1<<(b%64)) != 0
}
