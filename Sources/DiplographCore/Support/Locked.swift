import Foundation

/// A value behind a lock: the one place where shared mutable state is made `Sendable` by hand.
///
/// `Locked` is `Sendable` exactly when its value is (a conditional conformance), so the types
/// built on it (`TemporaryFiles`, the parallel map's counter) are checked `Sendable` themselves.
/// (`Synchronization.Mutex` would do the same, but needs macOS 15.)
final class Locked<Value> {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

// Every access to `value` goes through `withLock`.
extension Locked: @unchecked Sendable where Value: Sendable {}
