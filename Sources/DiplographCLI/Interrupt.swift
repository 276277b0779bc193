import DiplographCore
import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a run: remove the temporary output files in flight, so
/// that no partial output is left behind, and exit with 130 (143 for SIGTERM).
enum InterruptCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        guard sources.isEmpty else { return }
        for (sig, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                FileHandle.standardError.write(Data("\ndiplograph: interrupted; no output written\n".utf8))
                exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
