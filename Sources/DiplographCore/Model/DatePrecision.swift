/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable {
    case day, month, year
}
