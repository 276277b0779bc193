import Foundation

/// Two independent computations run at once, the second on another thread when the machine has
/// more than one core (for the package's modules: the path query, the GraphML reader's join).
///
/// ```swift
/// let (index, network) = Concurrently.both({ NameIndex(graph: g) }, { PathNetwork(graph: g, options: o) })
/// ```
package enum Concurrently {
    /// `(a(), b())`, computed at the same time.
    @discardableResult
    package static func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (a(), b()) }
        return withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let pair = Pair(a, b)
                DispatchQueue.concurrentPerform(iterations: 2) { i in pair.run(i) }
                return (pair.first!, pair.second!)
            }
        }
    }

    /// The two computations and their results: each thread runs one and writes only its own
    /// result; the caller reads both after `concurrentPerform` returns.
    private final class Pair<A, B>: @unchecked Sendable {
        let a: () -> A
        let b: () -> B
        var first: A?
        var second: B?

        init(_ a: @escaping () -> A, _ b: @escaping () -> B) {
            self.a = a
            self.b = b
        }

        func run(_ i: Int) {
            if i == 0 { first = a() } else { second = b() }
        }
    }
}
