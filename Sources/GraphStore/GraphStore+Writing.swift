import GRDB
import StanceGraph

/// What one ``GraphStore/add(_:documents:)`` changed.
public struct MergeSummary: Hashable, Sendable {
    /// Documents new to the store, whose relations were added.
    public var documentsAdded = 0
    /// Documents whose id or content hash the store already had: their relations were left out.
    public var documentsSkipped = 0
    public var relationsAdded = 0
    public var actorsAdded = 0
}

extension GraphStore {
    /// Adds a graph to the store in one transaction: its actors (merged with
    /// those already there as ``RelationGraph/add(_:)-(Actor)`` merges), its roles,
    /// and the relations of every document the store does not have yet.
    ///
    /// A document is already there when the store has its id, or has its
    /// content hash under any id; its relations are then left out, so adding
    /// the same articles twice adds nothing the second time. `documents` gives
    /// the date, title, URL and content hash of the graph's documents; one
    /// named by evidence but not in `documents` is stored by its id alone.
    ///
    /// - Throws: ``StoreError``; the store is unchanged then.
    /// - Complexity: O(*n*) statements in the graph's actors, roles and relations.
    @discardableResult
    public func add(_ graph: RelationGraph, documents: [DocumentRecord] = []) throws(StoreError) -> MergeSummary {
        do {
            return try queue.write { db in try Writer(db).add(graph, documents: documents) }
        } catch {
            throw StoreError.from(error)
        }
    }
}

/// One write transaction's statements and the keys it has looked up.
struct Writer {
    let db: Database
    let findDocument, insertDocument: RawStatement
    let findActor, insertActor, updateActor, nextAlias, insertAlias: RawStatement
    let insertRole: RawStatement
    let findSentence, insertSentence: RawStatement
    let insertRelation: RawStatement

    init(_ db: Database) throws {
        self.db = db
        findDocument = try RawStatement(db, "SELECT 1 FROM documents WHERE name = ?1 OR content_hash = ?2")
        insertDocument = try RawStatement(
            db, "INSERT INTO documents(name, date, title, url, content_hash) VALUES (?, ?, ?, ?, ?)")
        findActor = try RawStatement(db, "SELECT id FROM actors WHERE code = ?")
        insertActor = try RawStatement(
            db, "INSERT INTO actors(code, name, kind, sector, state) VALUES (?, ?, ?, ?, ?)")
        updateActor = try RawStatement(
            db,
            "UPDATE actors SET name = ?2, kind = ?3, sector = ifnull(?4, sector), state = ifnull(?5, state) WHERE id = ?1"
        )
        nextAlias = try RawStatement(db, "SELECT ifnull(max(position) + 1, 0) FROM aliases WHERE actor = ?")
        insertAlias = try RawStatement(
            db, "INSERT OR IGNORE INTO aliases(actor, position, alias) VALUES (?, ?, ?)")
        insertRole = try RawStatement(
            db,
            "INSERT OR IGNORE INTO roles(holder, office, organisation, from_day, to_day) VALUES (?, ?, ?, ?, ?)")
        findSentence = try RawStatement(db, "SELECT id FROM sentences WHERE text = ?")
        insertSentence = try RawStatement(db, "INSERT INTO sentences(text) VALUES (?)")
        insertRelation = try RawStatement(
            db,
            """
            INSERT INTO relations(source, target, kind, sign, modality, mode, date, confidence, intensity,
                weight, document, sentence_index, sentence, range_start, range_end, speaker, cue)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func add(_ graph: RelationGraph, documents records: [DocumentRecord]) throws -> MergeSummary {
        var summary = MergeSummary()
        // Documents first: which are new decides which relations go in.
        var recordByID: [String: DocumentRecord] = [:]
        for record in records where recordByID[record.id] == nil { recordByID[record.id] = record }
        var named: [String] = []
        var seen = Set<String>()
        for record in records where seen.insert(record.id).inserted { named.append(record.id) }
        var lastDocument: String?
        for relation in graph.relations where relation.evidence.document != lastDocument {
            lastDocument = relation.evidence.document
            if seen.insert(relation.evidence.document).inserted { named.append(relation.evidence.document) }
        }
        var documentKeys: [String: Int] = [:]
        var hashesAdded = Set<String>()
        for name in named {
            let record = recordByID[name] ?? DocumentRecord(id: name)
            if let hash = record.contentHash, hashesAdded.contains(hash) {
                summary.documentsSkipped += 1
                continue
            }
            findDocument.bind(1, name)
            findDocument.bind(2, record.contentHash)
            let present = try findDocument.step()
            findDocument.reset()
            if present {
                summary.documentsSkipped += 1
                continue
            }
            insertDocument.bind(1, name)
            insertDocument.bind(2, record.date?.description)
            insertDocument.bind(3, record.title)
            insertDocument.bind(4, record.url)
            insertDocument.bind(5, record.contentHash)
            try insertDocument.execute()
            documentKeys[name] = Int(db.lastInsertedRowID)
            if let hash = record.contentHash { hashesAdded.insert(hash) }
            summary.documentsAdded += 1
        }

        // Actors, merged into those present.
        var actorKeys: [ActorID: Int] = [:]
        actorKeys.reserveCapacity(graph.actorIDs.count)
        for actor in graph.actors {
            findActor.bind(1, actor.id.rawValue)
            let existing = try findActor.step() ? findActor.int(0) : nil
            findActor.reset()
            let key: Int
            if let existing {
                key = existing
                updateActor.bind(1, key)
                updateActor.bind(2, actor.name)
                updateActor.bind(3, actor.kind.rawValue)
                updateActor.bind(4, actor.sector?.rawValue)
                updateActor.bind(5, actor.state?.rawValue)
                try updateActor.execute()
            } else {
                insertActor.bind(1, actor.id.rawValue)
                insertActor.bind(2, actor.name)
                insertActor.bind(3, actor.kind.rawValue)
                insertActor.bind(4, actor.sector?.rawValue)
                insertActor.bind(5, actor.state?.rawValue)
                try insertActor.execute()
                key = Int(db.lastInsertedRowID)
                summary.actorsAdded += 1
            }
            actorKeys[actor.id] = key
            guard !actor.aliases.isEmpty else { continue }
            nextAlias.bind(1, key)
            var position = try nextAlias.step() ? nextAlias.int(0) : 0
            nextAlias.reset()
            for alias in actor.aliases {
                insertAlias.bind(1, key)
                insertAlias.bind(2, position)
                insertAlias.bind(3, alias)
                try insertAlias.execute()
                if db.changesCount > 0 { position += 1 }
            }
        }

        for role in graph.roles {
            insertRole.bind(1, actorKeys[role.holder]!)
            insertRole.bind(2, role.office.rawValue)
            insertRole.bind(3, actorKeys[role.organisation]!)
            insertRole.bind(4, role.from?.description)
            insertRole.bind(5, role.to?.description)
            try insertRole.execute()
        }

        // Relations of the new documents, each sentence text stored once.
        var sentenceKeys: [String: Int] = [:]
        var dates: [Day: String] = [:]
        for relation in graph.relations {
            guard let document = documentKeys[relation.evidence.document] else { continue }
            let r = insertRelation
            r.bind(1, actorKeys[relation.source]!)
            r.bind(2, actorKeys[relation.target]!)
            r.bind(3, relation.kind.rawValue)
            r.bind(4, relation.sign.rawValue)
            r.bind(5, relation.modality.rawValue)
            r.bind(6, relation.mode)
            if let date = relation.date {
                if dates[date] == nil { dates[date] = date.description }
                r.bind(7, dates[date])
            } else {
                r.bind(7, nil as String?)
            }
            r.bind(8, relation.confidence)
            r.bind(9, relation.intensity)
            r.bind(10, relation.weight)
            r.bind(11, document)
            r.bind(12, relation.evidence.sentenceIndex)
            r.bind(13, try relation.evidence.sentence.map { try sentenceKey($0, &sentenceKeys) })
            r.bind(14, relation.evidence.characterRange?.lowerBound)
            r.bind(15, relation.evidence.characterRange?.upperBound)
            r.bind(16, relation.evidence.speaker?.rawValue)
            r.bind(17, relation.evidence.cue)
            try r.execute()
            summary.relationsAdded += 1
        }
        return summary
    }

    func sentenceKey(_ text: String, _ keys: inout [String: Int]) throws -> Int {
        if let key = keys[text] { return key }
        findSentence.bind(1, text)
        let existing = try findSentence.step() ? findSentence.int(0) : nil
        findSentence.reset()
        let key: Int
        if let existing {
            key = existing
        } else {
            insertSentence.bind(1, text)
            try insertSentence.execute()
            key = Int(db.lastInsertedRowID)
        }
        keys[text] = key
        return key
    }
}
