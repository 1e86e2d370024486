import EventImport
import StanceGraph
import Testing

@Suite("GDELT import")
struct GDELTImportTests {
    @Test("GDELT 2.0 and 1.0 rows become exactly this graph")
    func exactGraph() throws {
        let importer = try TestData.importing(.gdelt, ["gdelt2.export.CSV", "gdelt1.tsv"])
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(TestData.lines(graph) == expected)
        #expect(importer.report.rowsRead == 20)
        #expect(importer.report.rowsKept == 14)  // one kept row repeats another and merges into it
        #expect(graph.relations.count == 13)
        #expect(importer.report.skippedByCategory == [
            "unknown event code": 1, "bad date": 2, "wrong field count": 1, "missing actor": 1, "bad number": 1,
        ])
        #expect(importer.report.skipped.map(\.description) == [
            "gdelt2.export.CSV:8: unknown event code '999'",
            "gdelt2.export.CSV:9: '20241345' is not a date",
            "gdelt2.export.CSV:10: expected 57, 58 or 61 fields, found 60",
            "gdelt2.export.CSV:11: no Actor1 actor",
            "gdelt2.export.CSV:12: GoldsteinScale 'abc' is not a number",
            "gdelt1.tsv:4: '2013-04-02' is not a date",
        ])
    }

    let expected = [
        "actor CHN state China", "actor CHN.civilians sector China (civilians) in CHN",
        "actor CHN.police sector China (police) in CHN", "actor DEU state Germany", "actor FRA state France",
        "actor GBR state United Kingdom", "actor HUN state Hungary", "actor IRN state Iran", "actor ISR state Israel",
        "actor ISR.military sector Israel (military) in ISR", "actor PSE state Palestine", "actor ROU state Romania",
        "actor RUS state Russia", "actor SYR state Syria", "actor UKR state Ukraine", "actor USA state United States",
        "actor USA.government sector United States (government) in USA", "actor un igo United Nations",
        "CHN.police coerce/arrest CHN.civilians 2024-01-11 i=-5.0 w=5.0 https://news.example/a15 [CAMEO 173]",
        "FRA consult/host DEU 2024-01-10 i=2.8 w=1.0 https://news.example/a14 [CAMEO 043]",
        "FRA consult/visit DEU 2024-01-06 i=1.9 w=6.0 https://news.example/a3 [CAMEO 042]",
        "FRA support/agreement DEU 2013-04-02 i=8.0 w=2.0 https://news.example/b3 [CAMEO 057]",
        "IRN accuse/criticize USA 2012-03-02 i=-2.0 w=3.0 gdelt:2002 [CAMEO 111]",
        "IRN threaten/violence USA 2024-01-05 i=-7.0 w=4.0 https://news.example/a2 [CAMEO 138]",
        "ISR.military assault PSE 2024-01-07 i=-10.0 w=25.0 https://news.example/a4 [CAMEO 190]",
        "ROU agree HUN 2024-01-10 i=4.0 w=1.0 https://news.example/a13 [CAMEO 036]",
        "RUS assault/air-strike UKR 2024-01-07 i=-10.0 w=8.0 https://news.example/a5 [CAMEO 1951]",
        "USA accuse GBR 2024-01-08 i=3.4 w=2.0 https://news.example/a7 [CAMEO 051]",
        "USA sanction/embargo IRN 2012-03-01 i=-8.0 w=12.0 gdelt:2001 [CAMEO 163]",
        "USA.government accuse/accuse IRN 2024-01-05 i=-2.0 w=10.0 https://news.example/a1 [CAMEO 112]",
        "un aid/humanitarian SYR 2024-01-08 i=7.4 w=3.0 https://news.example/a6 [CAMEO 073]",
    ]

    @Test("--strict stops at the first malformed row, naming its line")
    func strict() throws {
        #expect(throws: EventImportError.self) { try TestData.importing(.gdelt, ["gdelt2.export.CSV"], strict: true) }
        do {
            _ = try TestData.importing(.gdelt, ["gdelt2.export.CSV"], strict: true)
        } catch let error as EventImportError {
            #expect(error.description == "gdelt2.export.CSV:8: unknown event code '999' (the import is strict)")
        }
    }

    @Test("a quad class that disagrees with the code's kind wins", arguments: [
        (RelationKind.support, Int?.some(3), RelationKind.accuse), (.support, 4, .coerce), (.assault, 1, .support),
        (.assault, 2, .cooperate), (.support, 1, .support), (.request, 4, .request), (.assault, nil, .assault),
    ])
    func quadReconciliation(kind: RelationKind, quad: Int?, result: RelationKind) {
        #expect(CAMEOTable.kind(kind, reconciledWithQuad: quad) == result)
    }

    @Test("the CAMEO table covers every root and falls back from unknown sub-codes")
    func cameoTable() throws {
        let table = TestData.mappings.events
        #expect(table.entries.count >= 300)
        for root in 1...20 { #expect(table.entry(for: root < 10 ? "0\(root)" : "\(root)") != nil) }
        #expect(table.entry(for: "0439")?.code == "043")
        #expect(table.entry(for: "1823")?.kind == .assault)
        #expect(table.entry(for: "0874")?.kind == .retreat)
        #expect(table.entry(for: "163")?.kind == .sanction)
        #expect(table.entry(for: "999") == nil)
        #expect(table.entry(for: "abc") == nil)
    }

    /// The table and ``RelationKind`` describe one codebook: a kind exports
    /// as its CAMEO root, and the table reads that root's codes back as it.
    @Test("the CAMEO table and RelationKind agree: roots, PLOVER types and quad classes")
    func cameoTableAgreesWithKinds() throws {
        let table = TestData.mappings.events
        for kind in RelationKind.allCases {
            let codes = table.entries.filter { $0.kind == kind }
            #expect(kind.isEvent == !codes.isEmpty, "\(kind)")
            if let root = kind.cameoRoot {
                #expect(codes.contains { $0.code.hasPrefix(root) }, "\(kind) exports as CAMEO \(root), which reads as another kind")
            }
        }
        for entry in table.entries {
            #expect(entry.ploverType == (entry.code.hasPrefix("01") ? nil : entry.kind.rawValue.uppercased()))
            #expect(entry.kind.quadClass != nil)
        }
        #expect(table.entry(for: "02")?.kind == .request && table.entry(for: "10")?.kind == .request)
        #expect(table.entry(for: "190")?.ploverType == "ASSAULT" && table.entry(for: "011")?.ploverType == nil)
    }
}
