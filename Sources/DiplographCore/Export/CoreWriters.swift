#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The graph writers of this module (DOT, JSON node-link, CSV).
public enum CoreWriters {
    public static let all: [any GraphFormatWriter] = [DOTWriter(), JSONGraphWriter(), CSVWriter()]
}

/// A buffered byte output to one file, shared by the DOT, JSON and CSV writers.
///
/// Appends go to a `[UInt8]` buffer that is handed to `write(2)` whenever it holds 64 KB, so
/// a million edges cost a few thousand system calls. Appending never throws: the first write
/// error is remembered, later output is discarded, and `close()` throws it as an `OutputError`.
///
/// ```swift
/// let out = try ByteSink(path: tmp)
/// out.append("graph {\n")
/// out.append(int: 42)
/// try out.close()
/// ```
public final class ByteSink {
    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var failure: String?
    static let flushThreshold = 1 << 16

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, message: "cannot open: " + String(cString: strerror(errno))) }
        buffer.reserveCapacity(ByteSink.flushThreshold + 4096)
    }

    /// An in-memory sink: nothing is written anywhere; read the result from `bytes`.
    public init() {
        path = "<memory>"
        fd = -1
        inMemory = true
    }

    private var inMemory = false

    /// Everything appended so far (in-memory sinks only).
    public var bytes: [UInt8] { buffer }

    deinit { if fd >= 0 { _ = Glibc_close(fd) } }

    @inline(__always) public func append(byte b: UInt8) {
        buffer.append(b)
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    @inline(__always) public func append(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    /// Appends a string's UTF-8 bytes as they are (no escaping).
    public func append(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    public func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    /// Appends a decimal integer without going through `String`.
    public func append(int v: Int) {
        if v < 0 { buffer.append(UInt8(ascii: "-")) }
        var n = v.magnitude
        let start = buffer.count
        repeat {
            buffer.append(UInt8(truncatingIfNeeded: n % 10) &+ 48)
            n /= 10
        } while n > 0
        buffer[start...].reverse()
        if buffer.count >= ByteSink.flushThreshold { flush() }
    }

    /// Appends `x` with exactly `decimals` digits after the point (`2.50`), for values whose
    /// printed form must not depend on the shortest-representation algorithm.
    public func append(fixed x: Double, decimals: Int) {
        guard x.isFinite else { append(int: 0); return }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((x * Double(scale)).rounded())
        if scaled < 0 { buffer.append(UInt8(ascii: "-")) }
        let m = scaled.magnitude
        append(int: Int(m / UInt(scale)))
        if decimals > 0 {
            buffer.append(UInt8(ascii: "."))
            var frac = Int(m % UInt(scale))
            var div = scale / 10
            while div > 0 {
                buffer.append(UInt8(truncatingIfNeeded: frac / div) + 48)
                frac %= div
                div /= 10
            }
        }
    }

    /// Hands the buffer to the file. Errors are remembered for `close()`.
    public func flush() {
        if inMemory { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc_write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
    }

    /// Flushes and closes the file; throws the first write error, if any.
    public func close() throws {
        if inMemory { return }
        flush()
        let rc = Glibc_close(fd)
        fd = -1
        if let f = failure { throw OutputError(path: path, message: "cannot write: " + f) }
        if rc != 0 { throw OutputError(path: path, message: "cannot write: " + String(cString: strerror(errno))) }
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 { close(fd) }

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
            out.append(formatDouble(d))
        case .string(let v):
            guard let s = v[i] else { return false }
            escape(s, out)
        }
        return true
    }
}
