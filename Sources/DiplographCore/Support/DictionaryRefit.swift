extension Dictionary {
    /// Removing entries never shrinks a dictionary's table: when at most a quarter of it is in
    /// use, `dictionary` is copied to a table sized to its entries (the copies are geometric:
    /// O(1) amortised per removal). Lookups are unchanged.
    static func refitIfSparse(_ dictionary: inout Self) {
        guard dictionary.count * 4 <= dictionary.capacity, dictionary.capacity > 64 else { return }
        var fitted = Self(minimumCapacity: dictionary.count)
        for (k, v) in dictionary { fitted[k] = v }
        dictionary = fitted
    }
}
