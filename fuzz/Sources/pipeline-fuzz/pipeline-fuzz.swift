import DiplographFuzz
#if canImport(Glibc)
import Glibc
#endif

// libFuzzer target for the text pipeline (FuzzEntry.pipeline).
// Built with -DFUZZING and -sanitize=fuzzer (see fuzz/README.md) it is a libFuzzer binary that
// takes libFuzzer's options; otherwise it is a regression runner: `pipeline-fuzz FILE|FOLDER...` runs
// every file once and prints how many ran.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.pipeline(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM links an executable target with `main` defined as this module's entry point, so
// libFuzzer's own `main` is never linked; the entry point starts libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@main
enum Runner {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
    }
}
#else
@main
enum Runner {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        guard !paths.isEmpty else {
            print("usage: pipeline-fuzz FILE|FOLDER...")
            return
        }
        let n = FuzzEntry.replay(paths) { FuzzEntry.pipeline($0) }
        print("pipeline-fuzz: ran \(n) inputs without a crash")
    }
}
#endif
