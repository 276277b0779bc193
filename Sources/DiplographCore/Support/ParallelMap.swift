import Foundation

/// Maps a function over an array on several threads, keeping the input order.
public enum ParallelMap {
    /// `items.map(f)` on up to `threads` threads; the results are in input order whatever the
    /// scheduling.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int, _ f: @Sendable (T) -> U) -> [U] {
        if threads <= 1 || items.count <= 1 { return items.map(f) }
        let out = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        out.initialize(repeating: nil)
        defer {
            out.deinitialize()
            out.deallocate()
        }
        let slots = SendableBuffer(out)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
            while true {
                let i = next.increment()
                guard i < items.count else { break }
                slots.buffer[i] = f(items[i])
            }
        }
        return out.map { $0! }
    }

    /// The output slots, shared by the workers: each index is written by one worker only.
    fileprivate struct SendableBuffer<U> {
        let buffer: UnsafeMutableBufferPointer<U?>
        init(_ b: UnsafeMutableBufferPointer<U?>) { buffer = b }
    }

    /// The next index to work on.
    private final class AtomicCounter: Sendable {
        private let value = Locked(0)
        func increment() -> Int {
            value.withLock { v in
                defer { v += 1 }
                return v
            }
        }
    }
}

// Disjoint writes (one index per worker) of Sendable values, read after all workers are done.
extension ParallelMap.SendableBuffer: @unchecked Sendable where U: Sendable {}
