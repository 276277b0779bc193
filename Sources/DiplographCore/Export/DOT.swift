/// Graphviz DOT.
public struct DOTWriter: GraphFormatWriter {
    public var extensions: [String] { ["dot", "gv"] }
    public init() {}

    public func render(_ g: AttributedGraph) -> String {
        var s = "graph \"diplograph\" {\n"
        for (i, l) in g.labels.enumerated() { s += "  \"n\(i)\" [label=\(DOTWriter.quote(l))];\n" }
        for e in 0..<g.edgeCount { s += "  \"n\(g.sources[e])\" -- \"n\(g.targets[e])\";\n" }
        return s + "}\n"
    }

    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        guard let f = fopen(path, "w") else { throw OutputError(path: path, message: "cannot open") }
        defer { fclose(f) }
        fputs(render(graph), f)
    }

    /// A quoted DOT string: `\` and `"` escaped, newlines as `\n`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
