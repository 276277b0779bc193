/// A diagnostic about an input: compiler-style `file:line:column: severity: message`.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }
    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var s = file
        if let l = line {
            s += ":\(l)"
            if let c = column { s += ":\(c)" }
        }
        return s + ": \(severity.rawValue): \(message)"
    }
}
