/// The graph writers of this module (DOT, JSON, CSV).
public enum CoreWriters {
    public static let all: [any GraphFormatWriter] = [DOTWriter()]
}
