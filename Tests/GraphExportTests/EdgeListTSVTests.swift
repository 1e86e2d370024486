import Foundation
import StanceGraph
import Testing

@testable import GraphExport

@Suite("Edge-list TSV")
struct EdgeListTSVTests {
    static let header = "source\ttarget\trelation\tsign\tweight\n"

    @Test("rows become relations whose scores are sign x weight")
    func reads() throws {
        let graph = try EdgeListTSV.parse(
            edges: Self.header + "A\tB\tsupport\t+1\t0.250\nB\tA\thostile\t-1\t0.500\nA\tB\tsupport\t+1\t0.250\n",
            nodes: "id\tkind\tbloc\nA\tstate\t0\nB\tleader\t1\nC\torg\t2\n")
        #expect(graph.actorIDs == ["A", "B", "C"])
        #expect(graph["B"]?.kind == .person)
        #expect(graph.relations.count == 3)  // repeated rows stay distinct (line numbers)
        #expect(graph.relations.map(\.score).sorted() == [-0.5, 0.25, 0.25])
        #expect(try graph.opponents(of: "A").map(\.actor) == ["B"])
        #expect(try graph.opponents(of: "B").isEmpty)  // hostile is directed
        #expect(graph.relations.first { $0.kind == .accuse }?.evidence.sentenceIndex == 3)
    }

    @Test("a bad row names the file and line", arguments: [
        ("A\tB\tsupport\t+1\n", "expected 5 fields"),
        ("A\tB\tfriendly\t+1\t1.0\n", "unknown relation 'friendly'"),
        ("A\tB\tsupport\t-1\t1.0\n", "contradicts"),
        ("A\tB\tsupport\t+1\theavy\n", "weight 'heavy'"),
    ])
    func errors(row: String, message: String) {
        do {
            _ = try EdgeListTSV.parse(edges: Self.header + "A\tB\tmeeting\t+1\t1.0\n" + row, edgesSource: "g.tsv")
            Issue.record("no error for \(row)")
        } catch {
            #expect(error.file == "g.tsv" && error.line == 3)
            #expect(error.description.hasPrefix("g.tsv:3: "))
            #expect(error.description.contains(message))
        }
    }

    @Test("a missing file is named")
    func missing() {
        #expect(throws: EdgeListTSVError.self) {
            try EdgeListTSV.read(edges: URL(fileURLWithPath: "/nonexistent/edges.tsv"))
        }
    }
}
