import GRDB
import StanceGraph

extension GraphStore {
    /// The whole graph the store holds, as one read transaction sees it.
    ///
    /// - Throws: ``StoreError``: `.invalid` names the table, row and value
    ///   that make no graph (an unknown kind, a bad date).
    /// - Complexity: O(*n* log *n*) in the relations (the graph sorts them).
    public func graph() throws(StoreError) -> RelationGraph {
        do {
            return try queue.read { db in try Reader(db).graph(touching: nil) }
        } catch {
            throw StoreError.from(error)
        }
    }

    /// Every actor and role, and only the relations with an end among
    /// `actors`, found through the indexes on source and target: what a
    /// query about those actors reads (an empty set gives actors and roles alone).
    ///
    /// - Complexity: O(*a* + *r* + *k* log *k*) for actors, roles and the *k* relations touching `actors`.
    public func graph(touching actors: Set<ActorID>) throws(StoreError) -> RelationGraph {
        do {
            return try queue.read { db in try Reader(db).graph(touching: actors) }
        } catch {
            throw StoreError.from(error)
        }
    }

    /// The documents the store holds, by id.
    public func documents() throws(StoreError) -> [DocumentRecord] {
        do {
            return try queue.read { db in
                let rows = try RawStatement(
                    db, "SELECT name, date, title, url, content_hash FROM documents ORDER BY name")
                var records: [DocumentRecord] = []
                while try rows.step() {
                    let name = rows.string(0) ?? ""
                    records.append(
                        DocumentRecord(
                            id: name, date: try Reader.day(rows.string(1), "documents", name), title: rows.string(2),
                            url: rows.string(3), contentHash: rows.string(4)))
                }
                return records
            }
        } catch {
            throw StoreError.from(error)
        }
    }
}

/// Reads the tables back into a ``RelationGraph``, looking keys up in arrays.
struct Reader {
    let db: Database

    init(_ db: Database) { self.db = db }

    static func invalid(_ table: String, _ row: String, _ what: String) -> StoreError {
        StoreError(.invalid("\(table) row \(row): \(what)"))
    }

    static func day(_ text: String?, _ table: String, _ row: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else { throw invalid(table, row, "'\(text)' is not a date YYYY-MM-DD") }
        return day
    }

    /// Values of a key-indexed table as an array indexed by key.
    func column<T>(_ sql: String, _ make: (RawStatement) throws -> T) throws -> [T?] {
        let rows = try RawStatement(db, sql)
        var values: [T?] = []
        while try rows.step() {
            let key = rows.int(0)
            guard key >= 0 else { continue }
            if key >= values.count { values += Array(repeating: nil, count: key + 1 - values.count) }
            values[key] = try make(rows)
        }
        return values
    }

    func graph(touching scope: Set<ActorID>?) throws -> RelationGraph {
        var aliases: [Int: [String]] = [:]
        let aliasRows = try RawStatement(db, "SELECT actor, alias FROM aliases ORDER BY actor, position")
        while try aliasRows.step() { aliases[aliasRows.int(0), default: []].append(aliasRows.string(1) ?? "") }

        let actors = try column("SELECT id, code, name, kind, sector, state FROM actors") { row -> Actor in
            let code = row.string(1) ?? ""
            let kindName = row.string(3) ?? ""
            guard let kind = ActorKind(rawValue: kindName) else {
                throw Self.invalid("actors", code, "unknown actor kind '\(kindName)'")
            }
            var sector: Sector?
            if let name = row.string(4) {
                guard let value = Sector(rawValue: name) else { throw Self.invalid("actors", code, "unknown sector '\(name)'") }
                sector = value
            }
            return Actor(
                id: ActorID(code), name: row.string(2) ?? "", aliases: aliases[row.int(0)] ?? [], kind: kind,
                sector: sector, state: row.string(5).map { ActorID($0) })
        }
        // Ids alone, so that a relation's endpoints copy an id, not a whole actor.
        let ids = actors.map { $0?.id }
        func actorID(_ key: Int, _ table: String, _ row: Int) throws -> ActorID {
            guard key >= 0, key < ids.count, let id = ids[key] else {
                throw Self.invalid(table, "\(row)", "no actor with key \(key)")
            }
            return id
        }
        // Each actor's position in id order: the graph's integer endpoints, known without hashing.
        let sortedActors = actors.compactMap { $0 }.sorted { $0.id < $1.id }
        var rankOfKey = [Int32](repeating: -1, count: actors.count)
        var keyOfID: [ActorID: Int] = [:]
        for (key, actor) in actors.enumerated() { if let actor { keyOfID[actor.id] = key } }
        for (rank, actor) in sortedActors.enumerated() { rankOfKey[keyOfID[actor.id]!] = Int32(rank) }

        var roles: [Role] = []
        let roleRows = try RawStatement(db, "SELECT id, holder, office, organisation, from_day, to_day FROM roles")
        while try roleRows.step() {
            let row = roleRows.int(0)
            let officeName = roleRows.string(2) ?? ""
            guard let office = Office(rawValue: officeName) else {
                throw Self.invalid("roles", "\(row)", "unknown office '\(officeName)'")
            }
            roles.append(
                Role(
                    holder: try actorID(roleRows.int(1), "roles", row), office: office,
                    organisation: try actorID(roleRows.int(3), "roles", row),
                    from: try Self.day(roleRows.string(4), "roles", "\(row)"),
                    to: try Self.day(roleRows.string(5), "roles", "\(row)")))
        }

        // A whole load reads documents and sentences once, as the first texts
        // of the graph's table; a scoped one joins the few it needs.
        var texts: [String] = []
        var documentCode: [Int32] = [], sentenceCode: [Int32] = []
        if scope == nil {
            let documents = try column("SELECT id, name FROM documents") { $0.string(1) ?? "" }
            let sentences = try column("SELECT id, text FROM sentences") { $0.string(1) ?? "" }
            texts.reserveCapacity(documents.count + sentences.count)
            // Each table's rows get codes in turn; a key with no row has none.
            func codes(_ table: [String?]) -> [Int32] {
                table.map { text in
                    guard let text else { return RelationColumns.none }
                    texts.append(text)
                    return Int32(texts.count - 1)
                }
            }
            documentCode = codes(documents)
            sentenceCode = codes(sentences)
        }
        var relationSQL = """
            SELECT id, source, target, kind, modality, mode, date, confidence, intensity, weight,
                document, sentence_index, sentence, range_start, range_end, speaker, cue
            FROM relations
            """
        if let scope {
            let keys = scope.compactMap { keyOfID[$0] }.sorted().map(String.init).joined(separator: ",")
            relationSQL = """
                SELECT r.id, r.source, r.target, r.kind, r.modality, r.mode, r.date, r.confidence, r.intensity,
                    r.weight, d.name, r.sentence_index, x.text, r.range_start, r.range_end, r.speaker, r.cue
                FROM relations r JOIN documents d ON d.id = r.document LEFT JOIN sentences x ON x.id = r.sentence
                WHERE r.source IN (\(keys)) OR r.target IN (\(keys))
                """
        }

        let kinds = Dictionary(uniqueKeysWithValues: RelationKind.allCases.map { ($0.rawValue, $0) })
        let modalities = Dictionary(uniqueKeysWithValues: Modality.allCases.map { ($0.rawValue, $0) })
        var days: [String: Day] = [:]
        // Modes, speakers and cues (and, scoped, documents and sentences): few and repeated, coded once each.
        var others = TextTable()
        var columns = RelationColumns()
        columns.reserveCapacity(scope == nil ? try Int.fetchOne(db, sql: "SELECT max(id) FROM relations") ?? 0 : 0)
        let base = Int32(texts.count)
        func other(_ text: String?) -> Int32 {
            let code = others.code(text)
            return code == RelationColumns.none ? code : base + code
        }
        func code(_ key: Int, in codes: [Int32], _ what: String, _ row: Int) throws -> Int32 {
            guard key >= 0, key < codes.count, codes[key] != RelationColumns.none else {
                throw Self.invalid("relations", "\(row)", "no \(what) with key \(key)")
            }
            return codes[key]
        }
        func actor(_ key: Int, _ row: Int) throws -> Int32 {
            guard key >= 0, key < rankOfKey.count, rankOfKey[key] >= 0 else {
                throw Self.invalid("relations", "\(row)", "no actor with key \(key)")
            }
            return rankOfKey[key]
        }
        let rows = try RawStatement(db, relationSQL)
        while try rows.step() {
            let row = rows.int(0)
            let kindName = rows.string(3) ?? ""
            guard let kind = kinds[kindName] else { throw Self.invalid("relations", "\(row)", "unknown kind '\(kindName)'") }
            let modalityName = rows.string(4) ?? ""
            guard let modality = modalities[modalityName] else {
                throw Self.invalid("relations", "\(row)", "unknown modality '\(modalityName)'")
            }
            var date: Day?
            if let text = rows.string(6) {
                if let known = days[text] {
                    date = known
                } else {
                    date = try Self.day(text, "relations", "\(row)")
                    days[text] = date
                }
            }
            let document: Int32, sentence: Int32
            if scope != nil {
                document = other(rows.string(10) ?? "")
                sentence = other(rows.string(12))
            } else {
                document = try code(rows.int(10), in: documentCode, "document", row)
                sentence = try rows.optionalInt(12).map { key in try code(key, in: sentenceCode, "sentence", row) }
                    ?? RelationColumns.none
            }
            var range: Range<Int>?
            if let lower = rows.optionalInt(13), let upper = rows.optionalInt(14) {
                guard lower <= upper else { throw Self.invalid("relations", "\(row)", "range \(lower)..<\(upper) is reversed") }
                range = lower..<upper
            }
            columns.append(
                source: try actor(rows.int(1), row), target: try actor(rows.int(2), row), kind: kind,
                modality: modality, mode: other(rows.string(5)), date: date, confidence: rows.double(7),
                intensity: rows.double(8), weight: rows.double(9), document: document,
                sentenceIndex: rows.optionalInt(11), characterRange: range, sentence: sentence,
                speaker: other(rows.string(15)), cue: other(rows.string(16)))
        }
        texts.append(contentsOf: others.texts)
        columns.texts = texts
        do {
            return try RelationGraph(sortedActors: sortedActors, roles: roles, columns: columns)
        } catch {
            throw StoreError(.invalid("\(error)"))
        }
    }
}
