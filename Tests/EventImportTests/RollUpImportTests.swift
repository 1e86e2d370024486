import EventImport
import StanceGraph
import Testing

/// Rows of our own in each format's real layout: where persons, ministries,
/// militaries, parties, IGOs and "Unspecified Actor" land when rolled up.
@Suite("Imported actors fold into their states")
struct RollUpImportTests {
    static func day(_ text: String) -> Day { Day(text)! }

    /// Who `actor` acted for on `date`, as `--rolled-up` folds it.
    static func body(_ graph: RelationGraph, _ actor: ActorID, _ date: String) -> ActorID {
        graph.actingBody(of: actor, on: day(date))
    }

    /// No person with a country is left as an endpoint once rolled up.
    static func noPersonAboveAState(_ graph: RelationGraph) {
        let rolled = graph.rolledUp()
        for relation in rolled.relations {
            for end in [relation.source, relation.target] {
                let actor = rolled[end]!
                #expect(actor.kind != .person || actor.state == nil, "\(end) stays a person of \(actor.state?.rawValue ?? "-")")
            }
        }
    }

    @Test("ICEWS: persons keep their identity and roll up through a dated role; bodies fold into sectors")
    func icewsSample() throws {
        let importer = try TestData.importing(.icews, ["icews.sample.2018.tab"])
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(importer.report.rowsKept == 76 && importer.report.rowsSkipped == 0)
        // The gazetteer's persons are one actor with the import's ("James Mattis" is jim-mattis).
        for (id, date, state) in [
            ("donald-trump", "2018-01-02", "USA"), ("kim-jong-un", "2018-01-02", "PRK"), ("jim-mattis", "2018-01-19", "USA"),
            ("sergey-lavrov", "2018-01-22", "RUS"), ("narendra-modi", "2018-02-01", "IND"), ("shinzo-abe", "2018-02-01", "JPN"),
            ("mohammad-javad-zarif", "2018-02-21", "IRN"),
        ] as [(ActorID, String, ActorID)] {
            #expect(graph[id]?.kind == .person, "\(id)")
            #expect(Self.body(graph, id, date) == state, "\(id)")
        }
        #expect(graph.actors.filter { $0.name == "Donald Trump" }.map(\.id) == ["donald-trump"])
        // Persons the gazetteer lacks get a member role over the days seen.
        #expect(graph.roles(of: "kim-yong-chol") == [
            Role(holder: "kim-yong-chol", office: .member, organisation: "PRK.government", from: Self.day("2018-01-17"), to: Self.day("2018-01-17"))
        ])
        #expect(graph.roles(of: "wilbur-ross").map { "\($0.organisation) \($0.from!) \($0.to!)" } == ["USA.government 2018-01-23 2018-03-09"])
        #expect(Self.body(graph, "wilbur-ross", "2018-02-01") == "USA")
        #expect(Self.body(graph, "liam-fox", "2018-01-26") == "GBR")
        #expect(Self.body(graph, "kathleen-wynne", "2018-01-29") == "CAN")
        // Gazetteer offices first: no member role on a day an office covers.
        #expect(graph.roles(of: "donald-trump").allSatisfy { $0.office == .president })
        // Ministries, militaries, parties, rebels, civilians.
        let lines = Set(TestData.lines(graph))
        for line in [
            "ISR.military assault PSE.rebels 2018-02-05 i=-10.0 w=1.0 icews:story:41000016#3 [Use conventional military force]",
            "PSE.rebels assault/air-strike ISR.military 2018-02-05 i=-10.0 w=1.0 icews:story:41000017#0 [Employ aerial weapons]",
            "IND.opposition accuse/criticize IND.opposition 2018-02-02 i=-2.0 w=1.0 icews:story:41000015#2 [Criticize or denounce]",
            "RUS.military accuse/accuse USA.military 2018-04-26 i=-2.0 w=1.0 icews:story:41000074#1 [Accuse]",
            "CHN.government reject wilbur-ross 2018-01-24 i=-4.0 w=1.0 icews:story:41000009#0 [Reject]",
            "TUR.military assault/air-strike TUR.rebels 2018-02-22 i=-10.0 w=1.0 icews:story:41000034#1 [Employ aerial weapons]",
            "AFG.rebels assault AFG.police 2018-03-20 i=-10.0 w=1.0 icews:story:41000049#0 [Use conventional military force]",
        ] {
            #expect(lines.contains(line), "\(line)")
        }
        // Country spellings of ICEWS.
        for (actor, state) in [
            ("COD.police", "COD"), ("COD.civilians", "COD"), ("VEN.civilians", "VEN"), ("VNM", "VNM"), ("KOR.government", "KOR"),
            ("PRK.government", "PRK"), ("SYR.civilians", "SYR"), ("PSE.rebels", "PSE"),
        ] as [(ActorID, ActorID)] {
            #expect(graph[actor] != nil && (graph[actor]!.state ?? actor) == state, "\(actor)")
        }
        #expect(graph.relations(from: "KOR.government").isEmpty && graph.relations(from: "PRK.government").map(\.target) == ["KOR.government"])
        // No country: kept at actor level, never in a state.
        #expect(graph["unspecified-actor"]?.state == nil)
        #expect(graph["un"]?.kind == .igo && graph["eu"]?.kind == .igo)
        #expect(Self.body(graph, "antonio-guterres", "2018-04-03") == "un")
        #expect(graph["cecilia-malmstrom"].map { "\($0.kind.rawValue) \($0.state == nil)" } == "person true")
        #expect(graph["human-rights-watch"].map { "\($0.kind.rawValue) \($0.state!)" } == "organisation USA")
        Self.noPersonAboveAState(graph)
        let counts = RollUpCounts(graph)
        #expect([counts.states, counts.sectors, counts.persons, counts.bodies, counts.noCountry] == [124, 18, 1, 1, 8])
        #expect(counts.total == 152 && counts.stateShare >= 0.93)
    }

    /// One GDELT 2.0 row (61 fields): actor code, name, country, known group, first type of each side.
    static func gdelt(
        _ id: Int, _ date: String, _ a1: (String, String, String, String, String), _ code: String,
        _ a2: (String, String, String, String, String)
    ) -> String {
        var f = [String](repeating: "", count: 61)
        f[0] = "\(id)"; f[1] = date; f[2] = String(date.prefix(6)); f[3] = String(date.prefix(4)); f[4] = "2018.0027"
        (f[5], f[6], f[7], f[8], f[12]) = a1
        (f[15], f[16], f[17], f[18], f[22]) = a2
        f[25] = "1"; f[26] = code; f[27] = String(code.prefix(3)); f[28] = String(code.prefix(2))
        f[29] = code.hasPrefix("0") ? "1" : "3"; f[30] = code.hasPrefix("0") ? "3.0" : "-2.0"
        f[31] = "4"; f[32] = "1"; f[33] = "4"; f[34] = "-1.5"
        f[59] = "\(date)120000"; f[60] = "https://news.example/g\(id)"
        return f.joined(separator: "\t")
    }

    @Test("GDELT: coded persons, ministries, militaries and parties fold into their state; IGOs and gazetteer persons keep identity")
    func gdeltRows() throws {
        let rows = [
            Self.gdelt(1, "20180102", ("USAGOV", "DONALD TRUMP", "USA", "", "GOV"), "111", ("PRKGOV", "KIM JONG UN", "PRK", "", "GOV")),
            Self.gdelt(2, "20180103", ("ISRMIL", "ISRAELI DEFENSE FORCES", "ISR", "", "MIL"), "190", ("PSEREB", "HAMAS", "PSE", "", "REB")),
            Self.gdelt(3, "20180104", ("INDPTY", "BHARATIYA JANATA PARTY", "IND", "", "PTY"), "111", ("IND", "INDIA", "IND", "", "")),
            Self.gdelt(4, "20180105", ("IGOUNO", "UNITED NATIONS", "", "UNO", "IGO"), "020", ("ZARGOV", "CONGO", "ZAR", "", "GOV")),
            Self.gdelt(5, "20180106", ("", "VLADIMIR PUTIN", "", "", ""), "111", ("USA", "UNITED STATES", "USA", "", "")),
            Self.gdelt(6, "20180107", ("RUSGOV", "MINISTRY OF FOREIGN AFFAIRS", "RUS", "", "GOV"), "111", ("GBR", "UNITED KINGDOM", "GBR", "", "")),
            Self.gdelt(7, "20180108", ("", "KOREA, NORTH", "", "", "MIL"), "138", ("", "KOREA, REPUBLIC OF", "", "", "")),
        ]
        var importer = EventImporter(mappings: TestData.mappings)
        try importer.read(.gdelt, ByteChunks(bytes: Array(rows.joined(separator: "\n").utf8)), source: "rows.CSV")
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(TestData.lines(graph).filter { !$0.hasPrefix("actor ") } == [
            "IND.opposition accuse/criticize IND 2018-01-04 i=-2.0 w=4.0 https://news.example/g3 [CAMEO 111]",
            "ISR.military assault PSE.rebels 2018-01-03 i=-2.0 w=4.0 https://news.example/g2 [CAMEO 190]",
            "PRK.military threaten/violence KOR 2018-01-08 i=-2.0 w=4.0 https://news.example/g7 [CAMEO 138]",
            "RUS.government accuse/criticize GBR 2018-01-07 i=-2.0 w=4.0 https://news.example/g6 [CAMEO 111]",
            "USA.government accuse/criticize PRK.government 2018-01-02 i=-2.0 w=4.0 https://news.example/g1 [CAMEO 111]",
            "un request COD.government 2018-01-05 i=3.0 w=4.0 https://news.example/g4 [CAMEO 020]",
            "vladimir-putin accuse/criticize USA 2018-01-06 i=-2.0 w=4.0 https://news.example/g5 [CAMEO 111]",
        ])
        #expect(graph["un"]?.kind == .igo)
        #expect(Self.body(graph, "vladimir-putin", "2018-01-06") == "RUS")
        Self.noPersonAboveAState(graph)
        let counts = RollUpCounts(graph)
        #expect([counts.states, counts.sectors, counts.persons, counts.bodies, counts.noCountry] == [11, 2, 0, 0, 1])
    }

    @Test("PLOVER and POLECAT: actor country and sector fields place persons, ministries, parties and IGOs")
    func ploverRows() throws {
        let jsonl = """
            {"id": "q1", "date": "2019-06-30", "event": "CONSULT", "mode": "visit", "actor": "Donald Trump", "actor_country": "USA", "actor_sector": "Government", "recipient": "Kim Jong-Un", "recipient_country": "Korea, Democratic People's Republic of", "recipient_sector": "Government"}
            {"id": "q2", "date": "2019-02-27", "event": "ACCUSE", "actor": "Kim Yong-chol", "actor_country": "PRK", "actor_sector": "Military", "recipient": "Mike Pompeo", "recipient_country": "USA"}
            {"id": "q3", "date": "2019-03-01", "event": "THREATEN", "actor": "Unspecified Actor", "actor_country": "IRQ", "recipient": "NATO"}
            """
        let tsv = """
            Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tPrimary Actor Sector\tRecipient Name\tRecipient Country\tPrimary Recipient Sector\tStory ID\tHeadline
            r1\t2019-04-01\tACCUSE\t\t-2\t3\t\tMinistry of Foreign Affairs\tRussian Federation\tGovernment\tUnited States\tUSA\t\ts1\tMoscow accuses
            r2\t2019-04-02\tPROTEST\tdemo\t-6.5\t4\t\tBharatiya Janata Party\tIND\tParty\tIndian National Congress\tIND\tParty\ts2\tRally
            r3\t2019-04-03\tCOOPERATE\t\t6\t2\t\tArmed Forces\tKorea, Republic of\tMilitary\tMilitary\tUSA\tMilitary\ts3\tDrills
            """
        var importer = EventImporter(mappings: TestData.mappings)
        try importer.read(.plover, ByteChunks(bytes: Array(jsonl.utf8)), source: "rows.jsonl")
        try importer.read(.plover, ByteChunks(bytes: Array(tsv.utf8)), source: "rows.tsv")
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(TestData.lines(graph).filter { !$0.hasPrefix("actor ") } == [
            "IND.opposition protest/demo IND.opposition 2019-04-02 i=-6.5 w=1.0 plover:story:s2 [PLOVER PROTEST]",
            "KOR.military cooperate USA.military 2019-04-03 i=6.0 w=1.0 plover:story:s3 [PLOVER COOPERATE]",
            "RUS.government accuse USA 2019-04-01 i=-2.0 w=1.0 plover:story:s1 [PLOVER ACCUSE]",
            "donald-trump consult/visit kim-jong-un 2019-06-30 i=1.0 w=1.0 plover:event:q1 [PLOVER CONSULT]",
            "kim-yong-chol accuse mike-pompeo 2019-02-27 i=-2.0 w=1.0 plover:event:q2 [PLOVER ACCUSE]",
            "unspecified-actor threaten nato 2019-03-01 i=-6.0 w=1.0 plover:event:q3 [PLOVER THREATEN]",
        ])
        #expect(Self.body(graph, "donald-trump", "2019-06-30") == "USA" && Self.body(graph, "kim-jong-un", "2019-06-30") == "PRK")
        #expect(Self.body(graph, "kim-yong-chol", "2019-02-27") == "PRK")
        #expect(graph.roles(of: "kim-yong-chol").map(\.organisation) == ["PRK.military"])
        #expect(graph["unspecified-actor"]?.state == nil && graph["nato"]?.kind == .igo)
        Self.noPersonAboveAState(graph)
        let counts = RollUpCounts(graph)
        #expect([counts.states, counts.sectors, counts.persons, counts.bodies, counts.noCountry] == [8, 2, 0, 0, 2])
    }

    @Test("a namesake of a gazetteer person in another state is another actor, whichever comes first")
    func namesakes() throws {
        let header = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
        let rows = [
            "1\t2018-05-01\tDonald Trump\tBusiness\tCanada\tConsult\t040\t1\tCanada\t\tCanada\t9\t1\tCBC\t\t\t\tCanada\t0\t0",
            "2\t2018-05-02\tDonald Trump\tExecutive,Government\tUnited States\tConsult\t040\t1\tCanada\t\tCanada\t10\t1\tAP\t\t\t\tCanada\t0\t0",
        ]
        var importer = EventImporter(mappings: TestData.mappings)
        try importer.read(.icews, ByteChunks(bytes: Array(([header] + rows).joined(separator: "\n").utf8)), source: "namesakes.tab")
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(graph["donald-trump"].map { "\($0.name) \($0.state!)" } == "Donald Trump USA")
        #expect(graph["donald-trump-2"].map { "\($0.name) \($0.state!)" } == "Donald Trump CAN")
        #expect(graph.roles(of: "donald-trump-2").map(\.organisation) == ["CAN.business"])
        #expect(Self.body(graph, "donald-trump-2", "2018-05-01") == "CAN.business")
        #expect(Self.body(graph, "donald-trump", "2018-05-02") == "USA")
    }

    @Test("ICEWS sector labels name the sector a row's actor folds into", arguments: [
        ("Executive", Sector.government), ("Executive Office", .government), ("Cabinet", .government),
        ("Foreign Ministry", .government), ("Finance / Economy / Commerce / Trade Ministry", .government),
        ("Defense / Security Ministry", .military), ("Military", .military), ("Special Forces", .military),
        ("Interior / Home Ministry", .police), ("Police", .police), ("Legislative / Parliamentary", .parliament),
        ("Upper House", .parliament), ("Judicial", .judiciary), ("Intelligence", .intelligence), ("News", .media),
        ("Parties", .opposition), ("(National) Major Party", .opposition), ("Dissident", .opposition),
        ("Rebels", .rebels), ("Insurgents", .rebels), ("Separatists", .rebels), ("Unidentified Forces", .armedGroups),
        ("Protestors / Popular Opposition / Mobs", .civilians), ("General Population / Civilian / Social", .civilians),
        ("Criminals / Gangs", .civilians), ("Medical / Health", .civilians), ("Business", .business),
    ])
    func icewsSectorLabels(label: String, sector: Sector) {
        #expect(TestData.mappings.actorTypes.entry(forWord: label)?.sector == sector)
    }
}
