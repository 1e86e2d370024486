import Foundation
import StanceGraph
import Testing

@testable import GraphIO

@Suite("Snapshots")
struct SnapshotTests {
    static func sample() throws -> RelationGraph {
        let iran = Actor(id: "IRN", name: "Iran", aliases: ["Islamic Republic of Iran"], kind: .state)
        let usa = Actor(id: "USA", name: "United States", kind: .state)
        let khamenei = Actor(id: "ali-khamenei", name: "Ali Khamenei", aliases: ["Khamenei"], kind: .person, state: "IRN")
        let military = Actor.sector(.military, of: usa)
        return try RelationGraph(
            actors: [iran, usa, khamenei, military],
            roles: [Role(holder: khamenei.id, office: .supremeLeader, organisation: "IRN", from: Day("1989-06-04"), to: nil)],
            relations: [
                Relation(
                    source: khamenei.id, target: "USA", kind: .threaten, mode: "retaliation",
                    modality: .intended, date: Day("2020-07-21"), confidence: 0.85, intensity: -6.25,
                    evidence: Evidence(
                        document: "seed.txt", sentenceIndex: 16, characterRange: 2400..<2520,
                        sentence: "The leader promised \"a blow\" — élan, 東京 & <tags>.", speaker: khamenei.id,
                        cue: "strike a blow")),
                Relation(
                    source: military.id, target: "IRN", kind: .assault, mode: "drone strike",
                    evidence: Evidence(document: "seed.txt")),
            ])
    }

    @Test("a snapshot round-trips exactly, and encoding is deterministic")
    func roundTrip() throws {
        let graph = try Self.sample()
        let data = try Snapshot.encode(graph)
        let back = try Snapshot.decode(data, source: "g.json")
        #expect(back.actors == graph.actors)
        #expect(back.roles == graph.roles)
        #expect(back.relations == graph.relations)
        #expect(try Snapshot.encode(back) == data)
    }

    @Test("an empty graph round-trips")
    func empty() throws {
        let back = try Snapshot.decode(try Snapshot.encode(RelationGraph()), source: "e.json")
        #expect(back.isEmpty)
    }

    static func problem(_ text: String) -> FormatError? {
        do {
            _ = try Snapshot.decode(Data(text.utf8), source: "bad.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("a file that is not JSON names the file")
    func notJSON() throws {
        let error = try #require(Self.problem("digraph { a -> b }"))
        guard case .malformed = error.problem else { Issue.record("\(error)"); return }
        #expect(error.description.hasPrefix("bad.json: not a snapshot: the file is not valid JSON"))
    }

    @Test("a truncated snapshot is reported, not half loaded")
    func truncated() throws {
        let data = try Snapshot.encode(try Self.sample())
        let cut = String(decoding: data.prefix(data.count / 2), as: UTF8.self)
        let error = try #require(Self.problem(cut))
        guard case .malformed = error.problem else { Issue.record("\(error)"); return }
    }

    @Test("JSON that is not a snapshot is refused")
    func notSnapshot() throws {
        #expect(Self.problem(#"{"nodes": [], "links": []}"#)?.problem == .missing(#""format": "geostance-snapshot""#))
        #expect(Self.problem(#"[1, 2, 3]"#)?.problem == .missing(#""format": "geostance-snapshot""#))
        #expect(Self.problem(#"{"format": "other", "version": 1}"#)?.problem == .missing(#""format": "geostance-snapshot""#))
    }

    @Test("a snapshot from a newer version is refused with both versions")
    func newer() throws {
        let error = try #require(Self.problem(#"{"format": "geostance-snapshot", "version": 7, "actors": []}"#))
        #expect(error.problem == .newerVersion(7, supported: 1))
        #expect(error.description.contains("version 7 is newer"))
    }

    @Test("bad content names the field and the value")
    func invalid() throws {
        let missing = try #require(Self.problem(#"{"format": "geostance-snapshot", "version": 1, "actors": [], "roles": []}"#))
        #expect(missing.description == "bad.json: corrupt snapshot: missing \"relations\"")
        let badKind = #"{"format":"geostance-snapshot","version":1,"actors":[{"id":"A","name":"A","aliases":[],"kind":"planet"}],"roles":[],"relations":[]}"#
        let kindError = try #require(Self.problem(badKind))
        #expect(kindError.location == .element(".actors[0].kind"))
        #expect(kindError.description.hasSuffix(" at .actors[0].kind"))
        let dangling = #"{"format":"geostance-snapshot","version":1,"actors":[{"id":"A","name":"A","aliases":[],"kind":"state"}],"roles":[],"relations":[{"source":"A","target":"B","kind":"assault","modality":"asserted","confidence":1,"intensity":-9,"weight":1,"evidence":{"document":"d"}}]}"#
        let danglingError = try #require(Self.problem(dangling))
        #expect(danglingError.description.contains("no actor named 'B'"))
        let badDate = #"{"format":"geostance-snapshot","version":1,"actors":[],"roles":[],"relations":[{"source":"A","target":"B","kind":"assault","modality":"asserted","date":"2020-13-01","confidence":1,"intensity":-9,"weight":1,"evidence":{"document":"d"}}]}"#
        #expect(try #require(Self.problem(badDate)).description.contains("'2020-13-01' is not a date"))
    }
}
