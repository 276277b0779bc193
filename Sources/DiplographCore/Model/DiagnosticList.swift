/// Errors found while reading input such as an alias table, each with file, line and column.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they were found.
    public var diagnostics: [Diagnostic]
    /// Wraps diagnostics as one error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
