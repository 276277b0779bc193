#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The graph writers of this module (DOT, JSON node-link, CSV, the HTML viewer).
public enum CoreWriters {
    /// DOT, JSON, CSV and HTML writers with default settings (`GraphWriters` adds GraphML and GEXF).
    public static let all: [any GraphFormatWriter] = [DOTWriter(), JSONGraphWriter(), CSVWriter(), HTMLViewerWriter()]
}

extension AttributeColumn {
    /// Writes row `i` as its declared type prints it (see `text(_:)`); nothing when absent.
    /// Returns whether a value was present.
    @discardableResult
    func writeText(_ i: Int, to out: ByteSink, escape: (String, ByteSink) -> Void) -> Bool {
        switch self {
        case .bool(let v):
            guard let b = v[i] else { return false }
            out.append(b ? "true" : "false")
        case .int(let v):
            guard let n = v[i] else { return false }
            out.append(int: n)
        case .double(let v):
            guard let d = v[i] else { return false }
            out.append(double: d)
        case .string(let v):
            guard let s = v[i] else { return false }
            escape(s, out)
        }
        return true
    }
}
