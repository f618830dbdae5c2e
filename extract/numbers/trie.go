package numbers

// trie maps words to values and finds the longest word at a position
// without building strings, so that looking up a unit costs a few map
// probes per number rather than an allocation.
type trie[V any] struct {
	next map[rune]*trie[V]
	val  V
	ok   bool
}

// add stores v under word. When back is set the word is stored reversed,
// for matching words that end where a number starts.
func (t *trie[V]) add(word string, v V, back bool) bool {
	rs := []rune(word)
	if back {
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
	}
	n := t
	for _, r := range rs {
		if n.next == nil {
			n.next = map[rune]*trie[V]{}
		}
		c := n.next[r]
		if c == nil {
			c = &trie[V]{}
			n.next[r] = c
		}
		n = c
	}
	dup := n.ok
	n.val, n.ok = v, true
	return !dup
}

// longest returns the value of the longest word starting at rs[i] and the
// index just past it.
func (t *trie[V]) longest(rs []rune, i int) (v V, end int, ok bool) {
	n := t
	for j := i; j < len(rs) && n.next != nil; j++ {
		if n = n.next[rs[j]]; n == nil {
			break
		}
		if n.ok {
			v, end, ok = n.val, j+1, true
		}
	}
	return v, end, ok
}

// longestBack returns the value of the longest word ending just before
// rs[i] and the index where it starts; t must hold reversed words.
func (t *trie[V]) longestBack(rs []rune, i int) (v V, start int, ok bool) {
	n := t
	for j := i - 1; j >= 0 && n.next != nil; j-- {
		if n = n.next[rs[j]]; n == nil {
			break
		}
		if n.ok {
			v, start, ok = n.val, j, true
		}
	}
	return v, start, ok
}
