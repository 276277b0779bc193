/// Values numbered in order of first appearance (0, 1, 2, …), each kept once: a column of
/// small integers then stands for a column of strings or dates that repeat.
///
/// ```swift
/// var t = Interner<String>()
/// t.intern("wang-yi")   // 0
/// t.intern("lavrov")    // 1
/// t.intern("wang-yi")   // 0
/// t[1]                  // "lavrov"
/// ```
///
/// - Complexity: `intern` is one dictionary probe (O(1) expected); `subscript` is O(1).
struct Interner<Value: Hashable & Sendable>: Sendable {
    /// The values, by number.
    private(set) var values: [Value] = []
    private var number: [Value: Int32] = [:]

    init() {}

    /// The number of distinct values.
    var count: Int { values.count }

    /// The number of `value`, made (the next free one) when it is new.
    mutating func intern(_ value: Value) -> Int32 {
        if let n = number[value] { return n }
        precondition(values.count < Int(Int32.max), "Interner: more than 2^31 values")
        let n = Int32(values.count)
        number[value] = n
        values.append(value)
        return n
    }

    /// The value numbered `n`.
    subscript(_ n: Int32) -> Value { values[Int(n)] }

    /// For each number, the rank of its value in `areInIncreasingOrder` order (equal values are
    /// never both present, so ranks are distinct): comparing ranks compares values.
    func ranks(by areInIncreasingOrder: (Value, Value) -> Bool) -> [Int32] {
        var rank = [Int32](repeating: 0, count: values.count)
        let order = values.indices.sorted { areInIncreasingOrder(values[$0], values[$1]) }
        for (r, n) in order.enumerated() { rank[n] = Int32(r) }
        return rank
    }
}
