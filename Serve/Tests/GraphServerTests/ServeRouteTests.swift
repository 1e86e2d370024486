import Foundation
import GraphServer
import Hummingbird
import StanceGraph
import Testing

@Suite("geostance-serve's routes answer from the graph")
struct ServeRouteTests {
    @Test("search: substring of a name or id, prefixes first, limited")
    func search() async throws {
        let server = try ServeFixtures.server()
        let answer = try await ServeFixtures.ask(server, "/api/actors?q=ir")
        #expect(answer.status == .ok)
        #expect(answer.contentType == "application/json; charset=utf-8")
        let ids = try #require(try answer.json()["actors"] as? [[String: Any]]).map { $0["id"] as? String }
        // Iran and Iraq begin with it (Iran has more relations); nothing else holds "ir".
        #expect(ids == ["IRN", "IRQ"])
        let limited = try await ServeFixtures.ask(server, "/api/actors?q=a&limit=2")
        #expect(try #require(try limited.json()["actors"] as? [[String: Any]]).count == 2)
        let spaced = try await ServeFixtures.ask(server, "/api/actors?q=united%20st")
        #expect(try #require(try spaced.json()["actors"] as? [[String: Any]]).map { $0["id"] as? String } == ["USA"])
    }

    @Test("standings: the library's opponents, supporters, cooperators and allies, in its order")
    func standings() async throws {
        let server = try ServeFixtures.server()
        let answer = try await ServeFixtures.ask(server, "/api/standings?actor=Iran")
        #expect(answer.status == .ok)
        let json = try answer.json()
        let events = server.graph.events
        let expected: [String: Standings] = [
            "opponents": try events.opponents(of: "IRN"), "supporters": try events.supporters(of: "IRN"),
            "cooperators": try events.cooperators(of: "IRN"), "allies": try events.allies(of: "IRN"),
        ]
        for (list, standings) in expected {
            let rows = try #require(json[list] as? [[String: Any]])
            #expect(rows.map { $0["actor"] as? String } == standings.map { $0.actor.rawValue }, "\(list)")
            #expect(rows.map { $0["relations"] as? Int } == standings.map(\.relationCount), "\(list)")
        }
        // USA accused (twice, two documents), sanctioned; the hostile actor accused.
        #expect(try #require(json["opponents"] as? [[String: Any]]).map { $0["actor"] as? String }.contains("USA"))
    }

    @Test("neighbourhood: the same actors as the library's, at depth 1 and 2")
    func neighbourhood() async throws {
        let server = try ServeFixtures.server()
        for depth in [1, 2] {
            let answer = try await ServeFixtures.ask(server, "/api/neighbourhood?actor=pmf&depth=\(depth)")
            #expect(answer.status == .ok)
            let json = try answer.json()
            let ids = Set(try #require(json["actors"] as? [[String: Any]]).compactMap { $0["id"] as? String })
            let expected = Set(try server.graph.events.neighbourhood(of: "pmf", depth: depth).actors.map(\.id.rawValue))
            #expect(ids == expected, "depth \(depth)")
            #expect(json["trimmed"] as? Bool == false)
            let ties = try #require(json["ties"] as? [[String: Any]])
            #expect(ties.allSatisfy { ids.contains($0["source"] as! String) && ids.contains($0["target"] as! String) })
        }
    }

    @Test("neighbourhood: trimmed to the strongest partners above the limit, the total told")
    func neighbourhoodTrimmed() async throws {
        var limits = ServeLimits()
        limits.neighbourhoodActors = 2
        let server = try ServeFixtures.server(limits)
        let asked = try await ServeFixtures.ask(try ServeFixtures.server(), "/api/neighbourhood?actor=IRN&limit=2")
        let answer = try await ServeFixtures.ask(server, "/api/neighbourhood?actor=IRN")
        #expect(asked.text == answer.text)
        let json = try answer.json()
        let ids = try #require(json["actors"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        // Iran itself, then the United States: four relations, more than any other partner.
        #expect(ids == ["IRN", "USA"])
        #expect(json["trimmed"] as? Bool == true)
        #expect(json["totalActors"] as? Int == 6)
    }

    @Test("dyad: every report between two actors with its sentence")
    func dyad() async throws {
        let server = try ServeFixtures.server()
        let answer = try await ServeFixtures.ask(server, "/api/dyad?first=USA&second=Iran")
        #expect(answer.status == .ok)
        let json = try answer.json()
        let sentences = try #require(json["relations"] as? [[String: Any]]).map { $0["sentence"] as? String }
        #expect(sentences == (try server.graph.reports.dyad("USA", "IRN")).relations.map(\.evidence.sentence))
        #expect(sentences.count == 4)
        #expect(json["netSign"] as? Int == -1)
    }

    @Test("matrix: rows act on columns, scores summed")
    func matrix() async throws {
        let server = try ServeFixtures.server()
        let answer = try await ServeFixtures.ask(server, "/api/matrix?actor=USA&actor=IRN&actor=ISR")
        #expect(answer.status == .ok)
        let json = try answer.json()
        let scores = try #require(json["scores"] as? [[Double]])
        let usaOnIran = server.graph.events.relations(from: "USA", to: "IRN").reduce(0) { $0 + $1.score }
        #expect(abs(scores[0][1] - usaOnIran) < 1e-6)
        #expect(scores[0][1] < 0 && scores[0][2] > 0)
        #expect(scores[2][2] == 0)
    }

    @Test("balance and blocs: the library's census and camps")
    func balanceAndBlocs() async throws {
        let server = try ServeFixtures.server()
        let answers = try await ServeFixtures.ask(server, ["/api/balance", "/api/blocs?camps=2", "/api/balance"])
        #expect(answers.allSatisfy { $0.status == .ok })
        let census = server.graph.events.signedProjection().triadCensus()
        let balance = try answers[0].json()
        #expect(balance["triangles"] as? Int == census.triangles)
        #expect(balance["unbalanced"] as? Int == census.unbalanced)
        #expect(answers[2].text == answers[0].text)
        let blocs = server.graph.events.blocs(camps: 2)
        let camps = try #require(try answers[1].json()["camps"] as? [[[String: Any]]])
        #expect(camps.map { $0.compactMap { $0["id"] as? String } } == blocs.camps.map { $0.map(\.rawValue) })
    }

    @Test("a neighbourhood drawing: SVG from Graphviz with the report's element ids, cached")
    func drawing() async throws {
        let server = try ServeFixtures.server()
        let answers = try await ServeFixtures.ask(server, ["/api/neighbourhood.svg?actor=IRQ", "/api/neighbourhood.svg?actor=Iraq&depth=1"])
        #expect(answers[0].status == .ok)
        #expect(answers[0].contentType == "image/svg+xml; charset=utf-8")
        // Graphviz writes "-" in an id as "&#45;".
        let svg = answers[0].text.replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("id=\"gs-node-IRQ\""))
        #expect(svg.contains("id=\"gs-edge-IRN-IRQ\""))
        #expect(!svg.contains("gs-node-USA"))
        #expect(answers[1].text == answers[0].text)
    }

    @Test("the page: the report's look, its own script only, no graph text in it")
    func page() async throws {
        let answer = try await ServeFixtures.ask(try ServeFixtures.server(), "/")
        #expect(answer.status == .ok)
        #expect(answer.contentType == "text/html; charset=utf-8")
        let policy = try #require(answer.headers[.init("Content-Security-Policy")!])
        #expect(policy.contains("default-src 'none'") && policy.contains("connect-src 'self'"))
        #expect(answer.text.contains("GeoStancePanZoom"))
        #expect(answer.text.contains("fixture &lt;graph&gt;.json"))
        #expect(!answer.text.contains("<graph>"))
        #expect(!answer.text.contains("alert("))
    }
}
