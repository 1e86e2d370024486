import StanceGraph

/// Column positions of GDELT event files.
///
/// GDELT 1.0 follows the *GDELT Event Database Data Format Codebook V1.03*
/// (57 fields; the daily files since April 2013 add SOURCEURL as a 58th);
/// GDELT 2.0 follows the *GDELT Event Codebook V2.0* (61 fields: each of the
/// three geography blocks gains an ADM2Code, then DATEADDED and SOURCEURL).
/// Both share fields 0 to 34 (GLOBALEVENTID to AvgTone).
enum GDELTColumn {
    static let globalEventID = 0, sqlDate = 1
    static let actor1Code = 5, actor1Name = 6, actor1Country = 7, actor1Type1 = 12
    static let actor2Code = 15, actor2Name = 16, actor2Country = 17, actor2Type1 = 22
    static let eventCode = 26, eventBaseCode = 27, eventRootCode = 28
    static let quadClass = 29, goldstein = 30, numMentions = 31, numSources = 32

    /// SOURCEURL's position for a row of `count` fields, if the row has one.
    static func sourceURL(fieldCount count: Int) -> Int? {
        switch count {
        case 58: return 57
        case 61: return 60
        default: return nil
        }
    }
}

extension EventImporter {
    mutating func readGDELT(_ chunks: ByteChunks, source: String) throws {
        try forEachLine(in: chunks) { line, number in
            guard !line.isEmpty else { return }
            try gdeltRow(line, number, source: source)
        }
    }

    private mutating func gdeltRow(_ line: UnsafeBufferPointer<UInt8>, _ number: Int, source: String) throws(EventImportError) {
        report.rowsRead += 1
        fields.split(line)
        let count = fields.count
        guard count == 57 || count == 58 || count == 61 else {
            return try skip(.fieldCount(found: count, expected: "57, 58 or 61"), line: number, source: source)
        }
        typealias C = GDELTColumn
        guard let date = ByteNumber.compactDay(fields[C.sqlDate]) else {
            return try skip(.badDate(fields.string(C.sqlDate)), line: number, source: source)
        }
        var code = fields[C.eventCode]
        if code.isEmpty { code = fields[C.eventBaseCode] }
        if code.isEmpty { code = fields[C.eventRootCode] }
        guard let entry = mappings.events.entry(for: code) else {
            return try skip(.unknownEvent(String(decoding: code, as: UTF8.self)), line: number, source: source)
        }
        var quad: Int?
        if !fields.isEmpty(C.quadClass) {
            guard let q = ByteNumber.int(fields[C.quadClass]) else {
                return try skip(.badNumber(field: "QuadClass", value: fields.string(C.quadClass)), line: number, source: source)
            }
            quad = q
        }
        var intensity: Double?
        if !fields.isEmpty(C.goldstein) {
            guard let g = ByteNumber.double(fields[C.goldstein]) else {
                return try skip(.badNumber(field: "GoldsteinScale", value: fields.string(C.goldstein)), line: number, source: source)
            }
            intensity = g
        }
        var weight = 1.0
        if !fields.isEmpty(C.numMentions) {
            guard let mentions = ByteNumber.int(fields[C.numMentions]) else {
                return try skip(.badNumber(field: "NumMentions", value: fields.string(C.numMentions)), line: number, source: source)
            }
            weight = Double(max(mentions, 1))
        }
        guard let actor1 = gdeltActor(name: C.actor1Name, country: C.actor1Country, type1: C.actor1Type1, date: date) else {
            return try skip(.missingActor("Actor1"), line: number, source: source)
        }
        guard let actor2 = gdeltActor(name: C.actor2Name, country: C.actor2Country, type1: C.actor2Type1, date: date) else {
            return try skip(.missingActor("Actor2"), line: number, source: source)
        }
        let document: String
        if let url = C.sourceURL(fieldCount: count), !fields.isEmpty(url) {
            document = fields.string(url)
        } else {
            document = "gdelt:" + fields.string(C.globalEventID)
        }
        // A kind changed to agree with the quad class keeps no mode: the
        // table's mode describes the code's own kind.
        let kind = CAMEOTable.kind(entry.kind, reconciledWithQuad: quad)
        keep(
            Relation(
                source: actor1, target: actor2, kind: kind, mode: kind == entry.kind ? entry.mode : nil,
                date: date, intensity: intensity, weight: weight,
                evidence: Evidence(document: document, cue: entry.cue)))
    }

    /// A GDELT actor: its country code's state, or that state's sector when
    /// the first type code that the table knows names one; without a known
    /// state, the state the name names (`country-names.tsv` spellings too), or
    /// the actor named in the row as ``namedActor(_:state:types:date:)``
    /// resolves it (a gazetteer person with their offices, an IGO ...).
    private mutating func gdeltActor(name: Int, country: Int, type1: Int, date: Day) -> ActorID? {
        let countryCode = fields[country]
        var type: ActorTypeTable.Entry?
        var typeKey: UInt64 = 0
        for column in type1..<(type1 + 3) where !fields.isEmpty(column) {
            if let found = mappings.actorTypes.entry(for: fields[column]) {
                type = found
                typeKey = packCode(fields[column]) ?? 0
                break
            }
        }
        if let state = mappings.states.state(code: countryCode) {
            let key = (packCode(countryCode)! << 24) | (type?.sector != nil ? typeKey : 0)
            let sector = type?.sector
            return builder.coded(key) { $0.actor(state: state, sector: sector) }
        }
        guard !fields.isEmpty(name) else { return nil }
        let text = fields.string(name)
        // A row with no country code whose name is a country's ("RUSSIAN FEDERATION").
        if let own = mappings.states.state(named: text) { return builder.actor(state: own, sector: type?.sector) }
        return namedActor(text, state: nil, types: type.map { [$0] } ?? [], date: date)
    }
}
