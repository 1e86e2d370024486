import Foundation
import StanceGraph

/// PLOVER records, as JSON (one object per line, or one array of objects)
/// with the field names of the PLOVER manual's data interchange format
/// (`id`, `date`, `event`, `mode`, `context`, `actor`/`source`,
/// `recipient`/`target`, and `*_country`), or as POLECAT's tab-separated
/// export (POLECAT Weekly Data documentation, Harvard Dataverse: `Event ID`,
/// `Event Date`, `Event Type`, `Event Mode`, `Event Intensity`, `Contexts`,
/// `Actor Name`, `Actor Country`, `Primary Actor Sector`, `Recipient Name`,
/// `Recipient Country`, `Primary Recipient Sector`, `Story ID`, ...).
/// Both are read through one set of field names, matched without regard to
/// case, spaces or underscores; nested actor objects (`{"actor": {"name",
/// "country"}}`) are flattened first.
extension EventImporter {
    mutating func readPLOVER(_ chunks: ByteChunks, source: String) throws {
        var header: HeaderMap?
        var mode: Int = 0  // 0 undecided, 1 JSON Lines, 2 JSON array, 3 TSV
        var document: [UInt8] = []
        var firstLine = 0
        try forEachLine(in: chunks) { line, number in
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
            if mode == 0 {
                guard let first = trimmed.first else { return }
                mode = first == UInt8(ascii: "{") ? 1 : first == UInt8(ascii: "[") ? 2 : 3
                firstLine = number
            }
            switch mode {
            case 1:
                guard !trimmed.isEmpty else { return }
                report.rowsRead += 1
                do {
                    let object = try JSONSerialization.jsonObject(with: Data(trimmed))
                    try ploverRecord(object, line: number, source: source)
                } catch let error as EventImportError {
                    throw error
                } catch {
                    try skip(.badRecord("not a JSON object"), line: number, source: source)
                }
            case 2:
                document.append(contentsOf: line)
                document.append(0x0A)
            default:
                guard !line.isEmpty else { return }
                fields.split(line)
                if header == nil {
                    header = HeaderMap((0..<fields.count).map { fields.string($0) })
                    guard header!.column("Event Type", "event", "type") != nil else {
                        throw EventImportError.missingColumn(source: source, column: "Event Type", found: header!.names)
                    }
                    return
                }
                report.rowsRead += 1
                guard fields.count == header!.names.count else {
                    return try skip(.fieldCount(found: fields.count, expected: "\(header!.names.count)"), line: number, source: source)
                }
                var record: [String: String] = [:]
                for (i, name) in header!.names.enumerated() where !fields.isEmpty(i) {
                    record[HeaderMap.key(name)] = fields.string(i)
                }
                try ploverFields(record, line: number, source: source)
            }
        }
        if mode == 2 {
            let array: [Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(document)) as? [Any] else {
                    throw EventImportError.unreadable(source: source, message: "not a JSON array of PLOVER records")
                }
                array = parsed
            } catch let error as EventImportError {
                throw error
            } catch {
                throw EventImportError.unreadable(source: source, message: "not valid JSON (\(error.localizedDescription))")
            }
            for (i, object) in array.enumerated() {
                report.rowsRead += 1
                // Line numbers are unknown inside one array; number the records from its line.
                try ploverRecord(object, line: firstLine + i, source: source)
            }
        }
    }

    private mutating func ploverRecord(_ object: Any, line: Int, source: String) throws(EventImportError) {
        guard let dictionary = object as? [String: Any] else {
            return try skip(.badRecord("not a JSON object"), line: line, source: source)
        }
        var record: [String: String] = [:]
        func flatten(_ value: Any, _ key: String) {
            switch value {
            case let text as String: record[HeaderMap.key(key)] = text
            case let number as NSNumber: record[HeaderMap.key(key)] = number.stringValue
            case let nested as [String: Any]:
                for (k, v) in nested { flatten(v, k == "name" ? key : key + k) }
            case let list as [Any]:
                record[HeaderMap.key(key)] = list.compactMap { $0 as? String }.joined(separator: ";")
            default: break
            }
        }
        for (key, value) in dictionary { flatten(value, key) }
        try ploverFields(record, line: line, source: source)
    }

    private mutating func ploverFields(_ r: [String: String], line: Int, source: String) throws(EventImportError) {
        func value(_ keys: String...) -> String? {
            for key in keys { if let v = r[key], !v.isEmpty { return v } }
            return nil
        }
        guard let typeName = value("eventtype", "event", "type", "plovertype") else {
            return try skip(.unknownEvent(""), line: line, source: source)
        }
        guard let kind = Self.ploverKind(typeName) else { return try skip(.unknownEvent(typeName), line: line, source: source) }
        let dateText = value("eventdate", "date", "storydate", "publicationdate") ?? ""
        guard let date = flexibleDay(dateText) else { return try skip(.badDate(dateText), line: line, source: source) }
        var intensity: Double?
        if let text = value("eventintensity", "intensity") {
            guard let number = Double(text) else {
                return try skip(.badNumber(field: "intensity", value: text), line: line, source: source)
            }
            intensity = number
        }
        // Earlier drafts' DEMAND is a request made as verbal conflict.
        if intensity == nil, typeName.lowercased() == "demand" { intensity = RelationKind.demandIntensity }
        guard let actor = ploverActor(name: value("actorname", "actor", "sourcename", "source"),
            country: value("actorcountry", "sourcecountry", "actorcountrycode"),
            sector: value("primaryactorsector", "actorsector", "actorsectors", "sourcesector"), date: date)
        else { return try skip(.missingActor("actor"), line: line, source: source) }
        guard let recipient = ploverActor(name: value("recipientname", "recipient", "targetname", "target"),
            country: value("recipientcountry", "targetcountry", "recipientcountrycode"),
            sector: value("primaryrecipientsector", "recipientsector", "recipientsectors", "targetsector"), date: date)
        else { return try skip(.missingActor("recipient"), line: line, source: source) }
        var sentence: Int?
        if let text = value("sentencenumber", "sentence") {
            guard let n = Int(text) else { return try skip(.badNumber(field: "sentence number", value: text), line: line, source: source) }
            sentence = n - 1
        }
        let document = value("url", "sourceurl")
            ?? value("storyid").map { "plover:story:\($0)" }
            ?? value("eventid", "id").map { "plover:event:\($0)" }
            ?? "\(source):\(line)"
        let mode = value("eventmode", "mode").map { $0.lowercased() }
        let context = value("contexts", "eventcontext", "context")
        let cue = "PLOVER \(typeName.uppercased())" + (context.map { " (\($0))" } ?? "")
        keep(
            Relation(
                source: actor, target: recipient, kind: kind, mode: mode, date: date, intensity: intensity,
                evidence: Evidence(document: document, sentenceIndex: sentence, sentence: value("text", "eventtext"), cue: cue)))
    }

    /// Our kind for a PLOVER event type, including the names earlier PLOVER
    /// drafts used (DEMAND, DISAPPROVE, INVESTIGATE, COOPERATION).
    static func ploverKind(_ type: String) -> RelationKind? {
        let name = type.lowercased()
        if let kind = RelationKind(rawValue: name), kind.isEvent { return kind }
        switch name {
        case "demand": return .request
        case "disapprove", "investigate": return .accuse
        case "cooperation": return .cooperate
        default: return nil
        }
    }

    /// A PLOVER actor: the country (an ISO3 code or a name), or its sector,
    /// when the name is missing or is the country's name or code; otherwise
    /// resolved by ``namedActor(_:state:types:date:)`` with the sector field
    /// (`;` or `,` separated when it lists several).
    private mutating func ploverActor(name: String?, country: String?, sector: String?, date: Day) -> ActorID? {
        let states = mappings.states
        let state = country.flatMap { states.state(code: $0) ?? states.state(named: $0) }
        let types = mappings.actorTypes
        let sectorTypes = sector.map { $0.split(whereSeparator: { $0 == ";" || $0 == "," }).compactMap { types.entry(forWord: $0) } } ?? []
        guard let name else { return state.map { builder.actor(state: $0, sector: Self.sector(of: sectorTypes)) } }
        let isCode = name.count == 3 && name.allSatisfy { $0.isASCII && $0.isUppercase }
        if let own = (isCode ? states.state(code: name) : nil) ?? states.state(named: name), state == nil || own == state {
            return builder.actor(state: own, sector: Self.sector(of: sectorTypes))
        }
        return namedActor(name, state: state, types: sectorTypes, date: date)
    }
}
