import StanceGraph

/// Column names of ICEWS coded event files, as the ICEWS Coded Event Data
/// documentation (Boschee et al., Harvard Dataverse doi:10.7910/DVN/28075)
/// lists them: Event ID, Event Date, Source Name, Source Sectors, Source
/// Country, Event Text, CAMEO Code, Intensity, Target Name, Target Sectors,
/// Target Country, Story ID, Sentence Number, Publisher, City, District,
/// Province, Country, Latitude, Longitude.
///
/// Columns are found by their header names, so the known variants read as
/// well: a year whose file has no CAMEO Code column (the event text is then
/// looked up in `mappings/icews-event-text.tsv`), and dates written
/// `YYYY-MM-DD`, `YYYYMMDD`, `YYYY/MM/DD` or `M/D/YYYY`, with or without a time.
enum ICEWSColumns {
    static let standard = [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
        "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
        "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
    ]
}

/// Field positions by header name, for the formats whose files carry a header.
struct HeaderMap {
    var names: [String]
    var index: [String: Int] = [:]

    init(_ names: [String]) {
        self.names = names
        for (i, name) in names.enumerated() where index[Self.key(name)] == nil { index[Self.key(name)] = i }
    }

    static func key(_ name: some StringProtocol) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The position of the first of `aliases` present.
    func column(_ aliases: String...) -> Int? {
        for alias in aliases { if let i = index[Self.key(alias)] { return i } }
        return nil
    }
}

extension EventImporter {
    mutating func readICEWS(_ chunks: ByteChunks, source: String) throws {
        var header: HeaderMap?
        var columns = ICEWSRow.Columns()
        try forEachLine(in: chunks) { line, number in
            guard !line.isEmpty else { return }
            fields.split(line)
            if header == nil {
                let names = (0..<fields.count).map { fields.string($0) }
                if names.contains(where: { HeaderMap.key($0) == "eventdate" }) {
                    header = HeaderMap(names)
                    columns = try ICEWSRow.Columns(header!, source: source)
                    return
                }
                header = HeaderMap(ICEWSColumns.standard)
                columns = try ICEWSRow.Columns(header!, source: source)
            }
            report.rowsRead += 1
            try icewsRow(number, columns, expected: header!.names.count, source: source)
        }
    }

    private mutating func icewsRow(_ number: Int, _ c: ICEWSRow.Columns, expected: Int, source: String) throws(EventImportError) {
        guard fields.count == expected else {
            return try skip(.fieldCount(found: fields.count, expected: "\(expected)"), line: number, source: source)
        }
        let dateText = fields.string(c.date)
        guard let date = flexibleDay(dateText) else { return try skip(.badDate(dateText), line: number, source: source) }
        let eventText = c.text.flatMap { fields.text($0) }
        let entry: CAMEOTable.Entry?
        if let code = c.code {
            entry = mappings.events.entry(for: fields[code])
            if entry == nil { return try skip(.unknownEvent(fields.string(code)), line: number, source: source) }
        } else {
            entry = eventText.flatMap { mappings.events.entry(forEventText: $0) }
            if entry == nil { return try skip(.unknownEvent(eventText ?? ""), line: number, source: source) }
        }
        var intensity: Double?
        if let column = c.intensity, !fields.isEmpty(column) {
            guard let value = ByteNumber.double(fields[column]) else {
                return try skip(.badNumber(field: "Intensity", value: fields.string(column)), line: number, source: source)
            }
            intensity = value
        }
        guard let actor = icewsActor(name: fields.text(c.sourceName), sectors: c.sourceSectors.flatMap { fields.text($0) },
            country: fields.text(c.sourceCountry), date: date)
        else { return try skip(.missingActor("source"), line: number, source: source) }
        guard let target = icewsActor(name: fields.text(c.targetName), sectors: c.targetSectors.flatMap { fields.text($0) },
            country: fields.text(c.targetCountry), date: date)
        else { return try skip(.missingActor("target"), line: number, source: source) }
        var sentence: Int?
        if let column = c.sentence, !fields.isEmpty(column) {
            guard let n = ByteNumber.int(fields[column]) else {
                return try skip(.badNumber(field: "Sentence Number", value: fields.string(column)), line: number, source: source)
            }
            sentence = n - 1
        }
        let story = c.story.flatMap { fields.text($0) }
        let eventID = c.eventID.flatMap { fields.text($0) }
        let document = story.map { "icews:story:\($0)" } ?? eventID.map { "icews:event:\($0)" } ?? "\(source):\(number)"
        keep(
            Relation(
                source: actor, target: target, kind: entry!.kind, mode: entry!.mode, date: date,
                intensity: intensity, evidence: Evidence(document: document, sentenceIndex: sentence, cue: eventText ?? entry!.cue)))
    }

    /// An ICEWS actor. A name that is its country's name is the state; a
    /// generic agent written `Agent (Country)` is a sector of that state when
    /// the agent word or the actor's sectors name one (`Police (Nigeria)`),
    /// else the state's civilians (`Men (India)`); any other name is resolved
    /// by ``namedActor(_:state:types:date:)`` with the row's sectors.
    mutating func icewsActor(name: String?, sectors: String?, country: String?, date: Day) -> ActorID? {
        let state = country.flatMap { mappings.states.state(named: $0) }
        guard let name, !name.isEmpty else {
            return state.map { builder.actor(state: $0, sector: nil) }
        }
        if let own = mappings.states.state(named: name), state == nil || own == state {
            return builder.actor(state: own, sector: nil)
        }
        let types = mappings.actorTypes
        let sectorTypes = sectors.map { $0.split(separator: ",").compactMap { types.entry(forWord: $0) } } ?? []
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), let state = state ?? mappings.states.state(named: name[name.index(after: open)..<name.index(before: name.endIndex)]) {
            let agent = name[..<open]
            let sector = types.entry(forWord: agent)?.sector ?? Self.sector(of: sectorTypes)
            return builder.actor(state: state, sector: sector ?? .civilians)
        }
        return namedActor(name, state: state, types: sectorTypes, date: date)
    }
}

enum ICEWSRow {
    struct Columns {
        var date = 0, sourceName = 0, sourceCountry = 0, targetName = 0, targetCountry = 0
        var sourceSectors: Int?, targetSectors: Int?, code: Int?, text: Int?, intensity: Int?
        var story: Int?, sentence: Int?, eventID: Int?

        init() {}

        init(_ header: HeaderMap, source: String) throws(EventImportError) {
            func required(_ name: String) throws(EventImportError) -> Int {
                guard let i = header.column(name) else {
                    throw .missingColumn(source: source, column: name, found: header.names)
                }
                return i
            }
            date = try required("Event Date")
            sourceName = try required("Source Name")
            sourceCountry = try required("Source Country")
            targetName = try required("Target Name")
            targetCountry = try required("Target Country")
            sourceSectors = header.column("Source Sectors")
            targetSectors = header.column("Target Sectors")
            code = header.column("CAMEO Code")
            text = header.column("Event Text")
            if code == nil && text == nil { _ = try required("CAMEO Code") }
            intensity = header.column("Intensity")
            story = header.column("Story ID")
            sentence = header.column("Sentence Number")
            eventID = header.column("Event ID")
        }
    }
}

/// A day written `YYYY-MM-DD`, `YYYYMMDD`, `YYYY/MM/DD` or `M/D/YYYY`, with
/// anything after a space or a `T` (a time) ignored.
func flexibleDay(_ text: String) -> Day? {
    var body = Substring(text)
    if let cut = body.firstIndex(where: { $0 == " " || $0 == "T" }) { body = body[..<cut] }
    if body.count == 8, let n = Int(body) { return Day(year: n / 10000, month: n / 100 % 100, day: n % 100) }
    for separator: Character in ["-", "/"] {
        let parts = body.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
        if parts[0].count == 4 { return Day(year: a, month: b, day: c) }
        if parts[2].count == 4 && separator == "/" { return Day(year: c, month: a, day: b) }
    }
    return nil
}
