import Foundation
import GraphServer
import Hummingbird
import StanceGraph
import Testing

@Suite("geostance-serve refuses bad requests with 4xx and a message, and keeps names inert")
struct ServeRefusalTests {
    @Test(
        "bad requests: 4xx with a JSON message naming what was wrong",
        arguments: [
            ("/api/standings?actor=Irann", 404, "Irann"),
            ("/api/standings", 400, "actor"),
            ("/api/actors", 400, "q"),
            ("/api/actors?q=a&limit=0", 400, "limit"),
            ("/api/actors?q=a&limit=many", 400, "limit"),
            ("/api/neighbourhood?actor=IRN&depth=3", 400, "depth"),
            ("/api/neighbourhood?actor=IRN&depth=x", 400, "depth"),
            ("/api/neighbourhood.svg?actor=IRN&depth=0", 400, "depth"),
            ("/api/neighbourhood?actor=Nowhere", 404, "Nowhere"),
            ("/api/neighbourhood?actor=IRN&limit=501", 400, "limit"),
            ("/api/dyad?first=IRN", 400, "second"),
            ("/api/dyad?first=IRN&second=Atlantis", 404, "Atlantis"),
            ("/api/matrix", 400, "actor"),
            ("/api/blocs?camps=99", 400, "camps"),
        ])
    func refused(path: String, status: Int, naming: String) async throws {
        let answer = try await ServeFixtures.ask(try ServeFixtures.server(), path)
        #expect(answer.status.code == status)
        #expect(answer.contentType == "application/json; charset=utf-8")
        #expect(try answer.message().contains(naming))
    }

    @Test("an unknown actor's message suggests the nearest")
    func suggestion() async throws {
        let answer = try await ServeFixtures.ask(try ServeFixtures.server(), "/api/standings?actor=Irann")
        #expect(try answer.message().contains("Iran"))
    }

    @Test("a drawing over the limit is refused with 422, saying how many and the limit")
    func drawingTooLarge() async throws {
        var limits = ServeLimits()
        limits.drawingActors = 3
        let server = try ServeFixtures.server(limits)
        let answer = try await ServeFixtures.ask(server, "/api/neighbourhood.svg?actor=IRN&depth=2")
        #expect(answer.status == .unprocessableContent)
        let message = try answer.message()
        #expect(message.contains("6 actors") && message.contains("at most 3"))
        #expect(try await ServeFixtures.ask(server, "/api/neighbourhood.svg?actor=IRN").status == .unprocessableContent)
        // Small enough (Israel and its two partners): drawn.
        #expect(try await ServeFixtures.ask(server, "/api/neighbourhood.svg?actor=ISR").status == .ok)
        #expect(try await ServeFixtures.ask(server, "/api/neighbourhood.svg?actor=lonely").status == .ok)
    }

    @Test("a matrix over the limit is refused with 422")
    func matrixTooLarge() async throws {
        var limits = ServeLimits()
        limits.matrixActors = 2
        let answer = try await ServeFixtures.ask(
            try ServeFixtures.server(limits), "/api/matrix?actor=IRN&actor=IRQ&actor=USA")
        #expect(answer.status == .unprocessableContent)
        #expect(try answer.message().contains("at most 2"))
    }

    @Test("only its own routes: no files, no other methods", arguments: [
        "/Package.swift", "/../../etc/passwd", "/api/../Package.swift", "/api/actors/../../README.md", "/static/report.css",
    ])
    func ownRoutesOnly(path: String) async throws {
        let answer = try await ServeFixtures.ask(try ServeFixtures.server(), path)
        #expect(answer.status == .notFound)
        #expect(!answer.text.contains("swift-tools-version") && !answer.text.contains("root:"))
    }

    @Test("a POST is not answered")
    func post() async throws {
        let answer = try await ServeFixtures.ask(try ServeFixtures.server(), "/api/actors?q=ir", method: .post)
        #expect(answer.status.code >= 400 && answer.status.code < 500)
    }

    @Test("a hostile name and sentence come back as inert text in JSON and SVG")
    func hostileName() async throws {
        let server = try ServeFixtures.server()
        let answers = try await ServeFixtures.ask(server, [
            "/api/actors?q=script", "/api/dyad?first=evil&second=IRN", "/api/neighbourhood.svg?actor=evil",
            "/api/standings?actor=IRN", "/api/standings?actor=%3Cscript%3E",
        ])
        for answer in answers {
            #expect(!answer.text.contains("<script") && !answer.text.contains("<img") && !answer.text.contains("<b>"))
        }
        // The JSON still says exactly what the graph holds.
        let found = try #require(try answers[0].json()["actors"] as? [[String: Any]])
        #expect(found.first?["name"] as? String == ServeFixtures.hostileName)
        let relations = try #require(try answers[1].json()["relations"] as? [[String: Any]])
        #expect(relations.first?["sentence"] as? String == ServeFixtures.hostileSentence)
        #expect(answers[1].text.contains("\\u003cimg"))
        // The drawing writes the name as text.
        #expect(answers[2].status == .ok)
        #expect(answers[2].text.contains("&lt;script&gt;"))
        // A hostile name asked for: refused, the name inert in the message.
        #expect(answers[4].status == .notFound)
        #expect(try answers[4].message().contains("<script>"))
    }
}
