package copies

// unionFind groups documents found to be copies, pair by pair.
type unionFind struct {
	parent []int32
	size   []int32 // a root's group size
	first  []int32 // a root's group's first document in input order
}

func newUnionFind(n int) unionFind {
	u := unionFind{parent: make([]int32, n), size: make([]int32, n), first: make([]int32, n)}
	for i := range u.parent {
		u.parent[i], u.size[i], u.first[i] = int32(i), 1, int32(i)
	}
	return u
}

func (u unionFind) find(i int32) int32 {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]] // halve the path as we go
		i = u.parent[i]
	}
	return i
}

func (u unionFind) union(i, j int32) {
	i, j = u.find(i), u.find(j)
	if i == j {
		return
	}
	if u.size[i] < u.size[j] {
		i, j = j, i
	}
	u.parent[j] = i
	u.size[i] += u.size[j]
	u.first[i] = min(u.first[i], u.first[j])
}
