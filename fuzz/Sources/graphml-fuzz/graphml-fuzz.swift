import DiplographFuzz

// libFuzzer target for the GraphML reader and writer round trip (FuzzEntry.graphML). Built with -DFUZZING and
// -sanitize=fuzzer (see fuzz/README.md) it is a libFuzzer binary that takes libFuzzer's options;
// otherwise it is a regression runner: `graphml-fuzz FILE|FOLDER...` runs every file once.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.graphML(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main
enum Runner {
    static func main() {
        FuzzEntry.main(name: "graphml-fuzz", testOneInput: fuzz) { FuzzEntry.graphML($0) }
    }
}
