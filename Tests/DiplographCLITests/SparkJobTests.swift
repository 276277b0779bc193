import Foundation
import Testing

/// examples/spark/diplograph_spark.py in Spark's local mode (two worker threads), on the seeds
/// and examples/: its GraphML must be build's, byte for byte. Needs Java and pyspark (.ci/run
/// installs both); skipped with a note otherwise.
@Suite("Spark job (local[2])", .serialized)
struct SparkJobTests {
    static let missing: String? = {
        if Repo.tool("java") == nil { return "java is not installed (apt-get install openjdk-17-jre-headless)" }
        if !Repo.python(has: "pyspark") { return "pyspark is not installed (pip install pyspark)" }
        return nil
    }()

    static var job: String { Repo.examples + "/spark/diplograph_spark.py" }

    @Test(
        "the Spark job's graphs and merged partial are build's and extract's",
        .enabled(if: missing == nil, Comment(rawValue: missing ?? "")))
    func sparkMatchesBuild() throws {
        var inputs = [Repo.examples]
        if Repo.hasShared { inputs.insert(Repo.seeds, at: 0) }
        let dir = Repo.temporaryFolder()
        let aliases = Repo.examples + "/aliases.tsv"
        let graph = dir.appendingPathComponent("spark.graphml").path
        let meetings = dir.appendingPathComponent("spark-meetings.dot").path
        let partial = dir.appendingPathComponent("spark.dgpart").path
        // Three extract tasks and merges of two: a tree of two levels.
        let r = run(
            "python3",
            [
                Self.job, "--master", "local[2]", "--diplograph", Repo.executable, "--partitions", "3",
                "--fan-in", "2", "--aliases", aliases,
            ] + inputs + ["-o", graph, "--partial-out", partial],
            cwd: dir.path)
        #expect(r.status == 0, "the Spark job failed: \(r.stderr.suffix(3000))")
        let ref = dir.appendingPathComponent("build.graphml").path
        let refPart = dir.appendingPathComponent("extract.dgpart").path
        #expect(diplograph(["build"] + inputs + ["--aliases", aliases, "-o", ref]).status == 0)
        #expect(diplograph(["extract"] + inputs + ["--aliases", aliases, "-o", refPart]).status == 0)
        let got = FileManager.default.contents(atPath: graph)
        #expect(
            got != nil && got == FileManager.default.contents(atPath: ref),
            "the Spark job's GraphML differs from build's")
        // The merged partial is extract's over the same inputs, byte for byte (local files keep
        // their paths, so even the messages it carries are the same).
        let part = FileManager.default.contents(atPath: partial)
        #expect(
            part != nil && part == FileManager.default.contents(atPath: refPart),
            "the Spark job's partial differs from extract's")
        // The job passes build's output options to its last merge.
        let m = run(
            "python3",
            [
                Self.job, "--master", "local[2]", "--diplograph", Repo.executable, "--partitions", "2",
                "--aliases", aliases,
            ] + inputs + ["-o", meetings, "--merge-option=--graph", "--merge-option=meetings"],
            cwd: dir.path)
        let b = diplograph(
            ["build"] + inputs + ["--aliases", aliases, "--graph", "meetings", "-o", meetings + ".ref.dot"])
        #expect(m.status == 0 && b.status == 0, "\(m.stderr.suffix(3000))")
        let md = FileManager.default.contents(atPath: meetings)
        #expect(md != nil && md == FileManager.default.contents(atPath: meetings + ".ref.dot"))
    }
}
