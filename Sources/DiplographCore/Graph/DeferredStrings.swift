/// String columns kept as UTF-8 bytes in one buffer instead of one `String` per row: a reader
/// fills them for columns only a few rows of which are ever read (a path's hop evidence), and
/// `string(column:row:)` makes the `String` of one row on demand.
///
/// ```swift
/// var d = DeferredStrings()
/// let c = d.addColumn(name: "evidence")
/// d.set(column: c, row: 0, Array("a1: Text.".utf8))
/// d.string(column: d.column("evidence")!, row: 0)   // "a1: Text."
/// ```
public struct DeferredStrings: Sendable {
    struct Column: Sendable {
        var name: String
        /// Per row: chunk << 32 | offset in the chunk (-1: no value), and byte count.
        var places: [Int] = []
        var lengths: [Int32] = []
        var defaultValue: String?
        /// False for a column the graph leaves out (a `for="all"` key no edge uses).
        var listed = true
    }

    /// The bytes, in chunks of at least `chunkSize` that never grow past their capacity (no
    /// reallocation copies a large buffer, so memory stays near the bytes stored).
    var chunks: [[UInt8]] = []
    var columns: [Column] = []
    static let chunkSize = 1 << 22

    /// No columns.
    public init() {}

    /// Adds a column; returns its index for `set`.
    public mutating func addColumn(name: String) -> Int {
        columns.append(Column(name: name))
        return columns.count - 1
    }

    /// Sets row `row` of column `c` to the UTF-8 text `value` (later sets replace earlier ones).
    public mutating func set(column c: Int, row: Int, _ value: [UInt8]) {
        value.withUnsafeBufferPointer { set(column: c, row: row, $0) }
    }

    /// Sets row `row` of column `c` to the UTF-8 text in `value` (copied).
    public mutating func set(column c: Int, row: Int, _ value: UnsafeBufferPointer<UInt8>) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + value.count > chunks[chunks.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.chunkSize, value.count))
            chunks.append(chunk)
        }
        let k = chunks.count - 1
        let place = k << 32 | chunks[k].count
        chunks[k].append(contentsOf: value)
        let length = Int32(truncatingIfNeeded: value.count)
        if row >= columns[c].places.count {
            let missing = row - columns[c].places.count
            if missing > 0 {
                columns[c].places.append(contentsOf: repeatElement(-1, count: missing))
                columns[c].lengths.append(contentsOf: repeatElement(0, count: missing))
            }
            columns[c].places.append(place)
            columns[c].lengths.append(length)
        } else {
            columns[c].places[row] = place
            columns[c].lengths[row] = length
        }
    }

    /// Appends the rows of `other`, whose columns are this one's in the same order, after row
    /// `rowOffset - 1`: its row r becomes row `rowOffset + r` (rows between stay without a value).
    /// For a reader that parsed a file in parts.
    public mutating func append(_ other: DeferredStrings, rowOffset: Int) {
        precondition(other.columns.count == columns.count, "DeferredStrings.append: columns differ")
        let chunkShift = chunks.count << 32
        chunks.append(contentsOf: other.chunks)
        for c in columns.indices {
            let from = other.columns[c]
            guard !from.places.isEmpty else { continue }
            let missing = rowOffset - columns[c].places.count
            precondition(missing >= 0, "DeferredStrings.append: rows past rowOffset")
            if missing > 0 {
                columns[c].places.append(contentsOf: repeatElement(-1, count: missing))
                columns[c].lengths.append(contentsOf: repeatElement(0, count: missing))
            }
            columns[c].places.append(contentsOf: from.places.lazy.map { $0 < 0 ? -1 : $0 + chunkShift })
            columns[c].lengths.append(contentsOf: from.lengths)
        }
    }

    /// Reserves room for `rows` rows in every column.
    public mutating func reserveCapacity(rows: Int) {
        for c in columns.indices {
            columns[c].places.reserveCapacity(rows)
            columns[c].lengths.reserveCapacity(rows)
        }
    }

    /// The value of rows without one (a key's `<default>`).
    public mutating func setDefault(column c: Int, _ value: String) { columns[c].defaultValue = value }

    /// Leaves column `c` out of `column(_:)` lookups.
    public mutating func unlist(column c: Int) { columns[c].listed = false }

    /// The first listed column named `name`.
    public func column(_ name: String) -> Int? { columns.firstIndex { $0.listed && $0.name == name } }

    /// Row `row` of column `c`, or the column's default, or nil.
    public func string(column c: Int, row: Int) -> String? {
        let col = columns[c]
        guard row >= 0, row < col.places.count, col.places[row] >= 0 else { return col.defaultValue }
        let place = col.places[row]
        let start = place & 0xFFFF_FFFF
        return chunks[place >> 32].withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(col.lengths[row]))]), as: UTF8.self)
        }
    }
}
