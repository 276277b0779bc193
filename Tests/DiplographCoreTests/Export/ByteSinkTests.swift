import Foundation
import Testing

@testable import DiplographCore

@Suite("ByteSink")
struct ByteSinkTests {
    @Test func numbers() {
        let s = ByteSink()
        for v in [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min] {
            s.append(int: v)
            s.append(byte: 0x20)
        }
        s.append(fixed: 2.5, decimals: 2)
        s.append(byte: 0x20)
        s.append(fixed: 1.005, decimals: 1)
        s.append(byte: 0x20)
        s.append(fixed: -0.25, decimals: 2)
        s.append(byte: 0x20)
        s.append(fixed: 18, decimals: 1)
        s.append(byte: 0x20)
        s.append(double: 3)
        s.append(byte: 0x20)
        s.append(double: 0.1)
        #expect(
            String(decoding: s.bytes, as: UTF8.self)
                == "0 7 -7 10 1234567890 9223372036854775807 -9223372036854775808 2.50 1.0 -0.25 18.0 3 0.1")
    }

    @Test func largeOutputIsFlushedInOrder() throws {
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/big.txt"
        let sink = try ByteSink(path: path)
        let memory = ByteSink()
        let big = String(repeating: "0123456789", count: 20_000)  // larger than the buffer
        for i in 0..<50_000 {
            for s in [sink, memory] {
                s.append(int: i)
                s.append(i % 1000 == 0 ? big : "é,")
                s.append(byte: 0x0A)
            }
        }
        try sink.close()
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count == memory.bytes.count)
        #expect(written == Data(memory.bytes))
        #expect(written.count > 10_000_000)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func writeErrorsSurfaceAtClose() throws {
        let sink = try ByteSink(path: "/dev/full")
        for _ in 0..<100_000 { sink.append("some text that will not fit\n") }
        #expect(throws: OutputError.self) { try sink.close() }
    }
}
