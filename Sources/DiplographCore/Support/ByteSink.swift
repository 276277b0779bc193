import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// The file written (empty for an in-memory sink).
    public let path: String
    // Storage behind `let` pointers: appends then need no dynamic exclusivity checks, which
    // otherwise cost more than the copying itself.
    private let state: UnsafeMutablePointer<State>
    private let inMemory: Bool
    static let flushThreshold = 1 << 16

    private struct State {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
        var fd: Int32
        var failure: String?
    }

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw OutputError(path: path, message: "cannot open: " + String(cString: strerror(errno)))
        }
        inMemory = false
        let capacity = ByteSink.flushThreshold * 2
        state = .allocate(capacity: 1)
        state.initialize(
            to: State(base: .allocate(capacity: capacity), count: 0, capacity: capacity, fd: fd, failure: nil))
    }

    /// An in-memory sink: nothing is written anywhere; read the result from `bytes`.
    public init() {
        path = "<memory>"
        inMemory = true
        let capacity = 4096
        state = .allocate(capacity: 1)
        state.initialize(
            to: State(base: .allocate(capacity: capacity), count: 0, capacity: capacity, fd: -1, failure: nil))
    }

    deinit {
        if state.pointee.fd >= 0 { _ = Glibc_close(state.pointee.fd) }
        state.pointee.base.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Everything appended so far (in-memory sinks only).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: state.pointee.base, count: state.pointee.count)) }

    /// Makes room for `n` more bytes: flushes a file sink, grows a memory sink.
    @inline(never) private func reserve(_ n: Int) {
        if !inMemory && state.pointee.count >= ByteSink.flushThreshold { flush() }
        if state.pointee.count + n <= state.pointee.capacity { return }
        let capacity = max(state.pointee.capacity * 2, state.pointee.count + n)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: state.pointee.base, count: state.pointee.count)
        state.pointee.base.deallocate()
        state.pointee.base = grown
        state.pointee.capacity = capacity
    }

    @inline(__always) private func ensure(_ n: Int) {
        let c = state.pointee.count
        if c + n > state.pointee.capacity || (c >= ByteSink.flushThreshold && !inMemory) { reserve(n) }
    }

    /// Appends one byte.
    @inline(__always) public func append(byte b: UInt8) {
        ensure(1)
        state.pointee.base[state.pointee.count] = b
        state.pointee.count += 1
    }

    /// Appends raw bytes.
    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let p = bytes.baseAddress, bytes.count > 0 else { return }
        ensure(bytes.count)
        (state.pointee.base + state.pointee.count).update(from: p, count: bytes.count)
        state.pointee.count += bytes.count
    }

    /// Appends a literal's UTF-8 bytes.
    @inline(__always) public func append(_ s: StaticString) {
        s.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends a string's UTF-8 bytes as they are (no escaping).
    public func append(_ s: String) {
        var s = s
        s.withUTF8 { append(bytes: $0) }
    }

    /// Appends raw bytes.
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Appends a decimal integer without going through `String`.
    public func append(int v: Int) {
        ensure(21)
        let base = state.pointee.base
        var c = state.pointee.count
        if v < 0 {
            base[c] = UInt8(ascii: "-")
            c += 1
        }
        var n = v.magnitude
        let start = c
        repeat {
            base[c] = UInt8(truncatingIfNeeded: n % 10) &+ 48
            c += 1
            n /= 10
        } while n > 0
        var i = start
        var j = c - 1
        while i < j {
            let t = base[i]
            base[i] = base[j]
            base[j] = t
            i += 1
            j -= 1
        }
        state.pointee.count = c
    }

    /// Appends a double as `AttributeColumn.text` prints it (`3`, `2.5`), integral values without `String`.
    public func append(double x: Double) {
        if x.isFinite, x == x.rounded(), abs(x) < 1e15 { append(int: Int(x)) } else { append(AttributeColumn.text(x)) }
    }

    /// Appends `x` with exactly `decimals` digits after the point (`2.50`), for values whose
    /// printed form must not depend on the shortest-representation algorithm.
    public func append(fixed x: Double, decimals: Int) {
        guard x.isFinite else {
            append(int: 0)
            return
        }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((x * Double(scale)).rounded())
        if scaled < 0 { append(byte: UInt8(ascii: "-")) }
        let m = scaled.magnitude
        append(int: Int(m / UInt(scale)))
        if decimals > 0 {
            append(byte: UInt8(ascii: "."))
            var frac = Int(m % UInt(scale))
            var div = scale / 10
            while div > 0 {
                append(byte: UInt8(truncatingIfNeeded: frac / div) + 48)
                frac %= div
                div /= 10
            }
        }
    }

    /// Hands the buffer to the file. Errors are remembered for `close()`.
    public func flush() {
        if inMemory { return }
        defer { state.pointee.count = 0 }
        guard state.pointee.failure == nil, state.pointee.count > 0 else { return }
        let base = UnsafeRawPointer(state.pointee.base)
        let total = state.pointee.count
        var offset = 0
        while offset < total {
            let n = Glibc_write(state.pointee.fd, base + offset, total - offset)
            if n < 0 {
                if errno == EINTR { continue }
                state.pointee.failure = String(cString: strerror(errno))
                return
            }
            offset += n
        }
    }

    /// Flushes and closes the file; throws the first write error, if any.
    public func close() throws {
        if inMemory { return }
        flush()
        let rc = Glibc_close(state.pointee.fd)
        state.pointee.fd = -1
        if let f = state.pointee.failure { throw OutputError(path: path, message: "cannot write: " + f) }
        if rc != 0 { throw OutputError(path: path, message: "cannot write: " + String(cString: strerror(errno))) }
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 { close(fd) }
