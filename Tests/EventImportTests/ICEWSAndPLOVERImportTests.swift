import EventImport
import StanceGraph
import Testing

@Suite("ICEWS and PLOVER import")
struct ICEWSAndPLOVERImportTests {
    @Test("ICEWS files, standard and without a CAMEO Code column, become exactly this graph")
    func icews() throws {
        let importer = try TestData.importing(.icews, ["icews.events.2014.tab", "icews.events.1995.nocameo.tab"])
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(TestData.lines(graph) == [
            "actor IND state India", "actor IND.civilians sector India (civilians) in IND", "actor IRN state Iran",
            "actor IRN.government sector Iran (government) in IRN", "actor IRQ state Iraq",
            "actor IRQ.government sector Iraq (government) in IRQ", "actor RUS state Russia", "actor UKR state Ukraine",
            "actor UKR.civilians sector Ukraine (civilians) in UKR", "actor UKR.military sector Ukraine (military) in UKR",
            "actor UKR.police sector Ukraine (police) in UKR", "actor USA state United States",
            "actor barack-obama person Barack Obama in USA", "actor un igo United Nations",
            "actor united-russia party United Russia in RUS", "actor vladimir-putin person Vladimir Putin in RUS",
            "IND.civilians request IND 2014-03-03 i=3.0 w=1.0 icews:story:28235809#0 [Make an appeal or request]",
            "IRN.government consult/visit IRQ.government 1995-01-04 i=1.9 w=1.0 icews:story:102#1 [Make a visit]",
            "IRQ consult/host IRN 1995-01-05 i=2.8 w=1.0 icews:story:103#0 [Host a visit]",
            "IRQ threaten IRN 1995-01-03 i=-4.0 w=1.0 icews:story:101#0 [Threaten]",
            "RUS threaten/violence UKR 2014-03-01 i=-7.0 w=1.0 icews:story:28235806#0 [Threaten with military force]",
            "UKR.military consult/statement UKR.civilians 2014-03-03 i=0.0 w=1.0 icews:story:28235810#3 [Make statement]",
            "UKR.police coerce/arrest UKR.civilians 2014-03-01 i=-5.0 w=1.0 icews:story:28235807#2 [Arrest, detain, or charge with legal action]",
            "barack-obama accuse/criticize vladimir-putin 2014-03-02 i=-2.0 w=1.0 icews:story:28235808#1 [Criticize or denounce]",
            "un aid/humanitarian UKR 2014-03-05 i=7.4 w=1.0 icews:story:28235814#1 [Provide humanitarian aid]",
        ])
        #expect(importer.report.rowsRead == 15 && importer.report.rowsKept == 9)
        #expect(importer.report.skipped.map(\.description) == [
            "icews.events.2014.tab:7: '2014-03-32' is not a date",
            "icews.events.2014.tab:8: unknown event code '777'",
            "icews.events.2014.tab:9: expected 20 fields, found 11",
            "icews.events.2014.tab:10: no source actor",
            "icews.events.1995.nocameo.tab:5: '05.01.1995' is not a date",
            "icews.events.1995.nocameo.tab:6: unknown event code 'Dance a jig'",
        ])
    }

    @Test("PLOVER JSON Lines and a POLECAT export become exactly this graph")
    func plover() throws {
        let importer = try TestData.importing(.plover, ["plover.jsonl", "polecat.tsv"])
        let graph = importer.graph()
        graph.checkInvariants()
        #expect(TestData.lines(graph) == [
            "actor DEU state Germany", "actor FRA state France", "actor FRA.civilians sector France (civilians) in FRA",
            "actor FRA.government sector France (government) in FRA", "actor IRN state Iran", "actor ISR state Israel",
            "actor ISR.military sector Israel (military) in ISR", "actor JPN state Japan", "actor PSE state Palestine", "actor RUS state Russia",
            "actor SAU state Saudi Arabia", "actor TUR state Turkey", "actor UKR state Ukraine",
            "actor USA state United States", "actor antony-blinken person Antony Blinken in USA",
            "actor emmanuel-macron person Emmanuel Macron in FRA", "actor hamas armed-group Hamas in PSE",
            "actor olaf-scholz person Olaf Scholz in DEU",
            "FRA.civilians protest/demo FRA.government 2023-01-03 i=-6.5 w=1.0 plover:story:s2 [PLOVER PROTEST]",
            "ISR.military request hamas 2023-05-03 i=-5.0 w=1.0 https://news.example/p3 [PLOVER DEMAND]",
            "JPN aid TUR 2023-05-06 i=7.0 w=1.0 plover:event:p6 [PLOVER AID]",
            "RUS assault/air-strike UKR 2023-05-01 i=-9.5 w=1.0 https://news.example/p1 [PLOVER ASSAULT (military)]",
            "USA sanction/embargo IRN 2023-01-02 i=-5.6 w=1.0 plover:story:s1 [PLOVER SANCTION (economic)]",
            "antony-blinken consult/visit SAU 2023-05-02 i=1.0 w=1.0 https://news.example/p2 [PLOVER CONSULT]",
            "olaf-scholz cooperate emmanuel-macron 2023-01-04 i=6.0 w=1.0 plover:story:s3 [PLOVER COOPERATE (economic)]",
        ])
        #expect(importer.report.skippedByCategory == [
            "unknown event code": 1, "bad date": 1, "bad record": 2, "bad number": 1, "wrong field count": 1,
        ])
    }

    @Test("gzip and zip input (deflated, stored, with a data descriptor) read like the plain file")
    func compressed() throws {
        let plain = try TestData.fixture("gdelt2.export.CSV")
        var reference = EventImporter(mappings: TestData.mappings)
        try reference.read(.gdelt, ByteChunks(bytes: plain), source: "plain")
        let expected = TestData.lines(reference.graph())
        let gzip = TestData.deflate(plain, windowBits: 31)
        let inputs: [(String, ByteChunks)] = [
            ("gz", ByteChunks(bytes: gzip).gunzipped(source: "x.gz")),
            ("gz, two members", ByteChunks(bytes: TestData.deflate(Array(plain[..<1000]), windowBits: 31)
                + TestData.deflate(Array(plain[1000...]), windowBits: 31)).gunzipped(source: "x.gz")),
            ("gz, byte by byte", ByteChunks(gzip.map { [$0] }).gunzipped(source: "x.gz")),
            ("zip, deflated", ByteChunks(bytes: TestData.zip(plain, name: "a.CSV", method: 8, descriptor: false)).unzipped(source: "x.zip")),
            ("zip, descriptor", ByteChunks(bytes: TestData.zip(plain, name: "a.CSV", method: 8, descriptor: true)).unzipped(source: "x.zip")),
            ("zip, stored", ByteChunks(bytes: TestData.zip(plain, name: "a.CSV", method: 0, descriptor: false)).unzipped(source: "x.zip")),
        ]
        for (label, chunks) in inputs {
            var importer = EventImporter(mappings: TestData.mappings)
            try importer.read(.gdelt, chunks, source: label)
            #expect(TestData.lines(importer.graph()) == expected, "\(label)")
            #expect(importer.report.rowsRead == 16, "\(label)")
        }
    }

    @Test("corrupt and truncated compressed input is an error naming the file")
    func corrupt() throws {
        let gzip = TestData.deflate(Array("a\tb\n".utf8), windowBits: 31)
        for (bytes, message) in [
            (Array(gzip.prefix(gzip.count - 6)), "x.gz: truncated gzip data"),
            (Array("not gzip".utf8), "x.gz: corrupt compressed data (incorrect header check)"),
        ] {
            var importer = EventImporter(mappings: TestData.mappings)
            #expect(throws: DecompressionError.self) {
                try importer.read(.gdelt, ByteChunks(bytes: bytes).gunzipped(source: "x.gz"), source: "x.gz")
            }
            do {
                try importer.read(.gdelt, ByteChunks(bytes: bytes).gunzipped(source: "x.gz"), source: "x.gz")
            } catch {
                #expect("\(error)" == message)
            }
        }
        var importer = EventImporter(mappings: TestData.mappings)
        #expect(throws: DecompressionError.self) {
            try importer.read(.gdelt, ByteChunks(bytes: Array("plain text".utf8)).unzipped(source: "x.zip"), source: "x.zip")
        }
    }

    @Test("empty input gives an empty graph and zero counts")
    func empty() throws {
        for format in EventFormat.allCases {
            var importer = EventImporter(mappings: TestData.mappings)
            try importer.read(format, ByteChunks(bytes: []), source: "empty")
            #expect(importer.graph().isEmpty)
            #expect(importer.report.rowsRead == 0)
        }
    }
}
