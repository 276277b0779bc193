import DiplographFuzz

// libFuzzer target for the text pipeline (FuzzEntry.pipeline). Built with -DFUZZING and
// -sanitize=fuzzer (see fuzz/README.md) it is a libFuzzer binary that takes libFuzzer's options;
// otherwise it is a regression runner: `pipeline-fuzz FILE|FOLDER...` runs every file once.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.pipeline(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main
enum Runner {
    static func main() {
        FuzzEntry.main(name: "pipeline-fuzz", testOneInput: fuzz) { FuzzEntry.pipeline($0) }
    }
}
