/// A diagnostic about an input: compiler-style `file:line:column: severity: message`.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious it is: an error stops the file, a warning or note does not.
    public enum Severity: String, Sendable { case error, warning, note }
    /// The file (or `-` for standard input) it is about.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong, for a person to read.
    public var message: String

    /// Creates a diagnostic; an error unless told otherwise.
    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, leaving out what is unknown.
    public var description: String {
        var s = file
        if let l = line {
            s += ":\(l)"
            if let c = column { s += ":\(c)" }
        }
        return s + ": \(severity.rawValue): \(message)"
    }
}
