extension Array where Element: Comparable {
    /// The elements in ascending order, each once: `Array(Set(self)).sorted()` without the set.
    func sortedUnique() -> [Element] {
        var out = self
        out.sortUnique()
        return out
    }

    /// Sorts in place and keeps the first of each run of equal elements. A list already strictly
    /// ascending (the common case for lists built in order) is left as it is without sorting.
    mutating func sortUnique() {
        var ascending = true
        var i = 1
        while i < count {
            if self[i - 1] >= self[i] {
                ascending = false
                break
            }
            i += 1
        }
        if ascending { return }
        sort()
        var w = 0
        for k in indices where w == 0 || self[k] != self[w - 1] {
            self[w] = self[k]
            w += 1
        }
        removeLast(count - w)
    }
}
