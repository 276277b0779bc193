import DiplographCore
import Foundation

/// Reports the pipeline's progress on standard error when it is a terminal and the run takes
/// over a second: `reading: 120/4000 files`, redrawn at most ten times a second, erased at the end.
final class ProgressReporter: PipelineProgress {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let enabled: Bool
    private let label: String

    init(label: String, enabled: Bool = isatty(2) != 0) {
        self.label = label
        self.enabled = enabled
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        drawn = true
        let line = "\r\(label): \(done)/\(total) files"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
