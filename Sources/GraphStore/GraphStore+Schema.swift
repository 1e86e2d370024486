import GRDB

extension GraphStore {
    /// The schema, one migration per version; `PRAGMA user_version` is the
    /// number of migrations applied, so `sqlite3 graph.db 'PRAGMA user_version'`
    /// tells a store's version.
    ///
    /// Version 1, the tables:
    /// - `actors(id, code, name, kind, sector, state)`: `code` is the ``ActorID``
    ///   (`IRN`, `IRQ.military`, `ali-khamenei`); `state` the code of its state.
    /// - `aliases(actor, position, alias)`, in the actor's order.
    /// - `roles(id, holder, office, organisation, from_day, to_day)`.
    /// - `documents(id, name, date, title, url, content_hash)`: `name` is the
    ///   document id that evidence names; `content_hash` the hex SHA-256 of an
    ///   article's text (empty for events and snapshots).
    /// - `sentences(id, text)`: each sentence text once.
    /// - `relations(id, source, target, kind, sign, modality, mode, date,
    ///   confidence, intensity, weight, document, sentence_index, sentence,
    ///   range_start, range_end, speaker, cue)`: `source` and `target` are
    ///   `actors.id`, `sentence` is `sentences.id`; `sign` is the relation's own
    ///   (a request signs by its intensity, a negated relation 0).
    ///
    /// Days are `YYYY-MM-DD` text, kinds, modalities, offices and sectors the
    /// raw values of their Swift enums, so the tables read as the snapshot does.
    ///
    /// Version 2, the view `relations_named`: relations with actor codes,
    /// document names and sentence texts in place of keys.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 tables") { db in
            try db.execute(
                sql: """
                    PRAGMA application_id = \(applicationID);
                    CREATE TABLE actors (
                        id INTEGER PRIMARY KEY,
                        code TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        sector TEXT,
                        state TEXT
                    );
                    CREATE TABLE aliases (
                        actor INTEGER NOT NULL REFERENCES actors(id),
                        position INTEGER NOT NULL,
                        alias TEXT NOT NULL,
                        PRIMARY KEY (actor, position),
                        UNIQUE (actor, alias)
                    ) WITHOUT ROWID;
                    CREATE TABLE roles (
                        id INTEGER PRIMARY KEY,
                        holder INTEGER NOT NULL REFERENCES actors(id),
                        office TEXT NOT NULL,
                        organisation INTEGER NOT NULL REFERENCES actors(id),
                        from_day TEXT,
                        to_day TEXT
                    );
                    CREATE UNIQUE INDEX roles_identity
                        ON roles(holder, office, organisation, ifnull(from_day, ''), ifnull(to_day, ''));
                    CREATE TABLE documents (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        date TEXT,
                        title TEXT,
                        url TEXT,
                        content_hash TEXT UNIQUE
                    );
                    CREATE TABLE sentences (
                        id INTEGER PRIMARY KEY,
                        text TEXT NOT NULL UNIQUE
                    );
                    CREATE TABLE relations (
                        id INTEGER PRIMARY KEY,
                        source INTEGER NOT NULL REFERENCES actors(id),
                        target INTEGER NOT NULL REFERENCES actors(id),
                        kind TEXT NOT NULL,
                        sign INTEGER NOT NULL CHECK (sign BETWEEN -1 AND 1),
                        modality TEXT NOT NULL,
                        mode TEXT,
                        date TEXT,
                        confidence REAL NOT NULL,
                        intensity REAL NOT NULL,
                        weight REAL NOT NULL,
                        document INTEGER NOT NULL REFERENCES documents(id),
                        sentence_index INTEGER,
                        sentence INTEGER REFERENCES sentences(id),
                        range_start INTEGER,
                        range_end INTEGER,
                        speaker TEXT,
                        cue TEXT
                    );
                    CREATE INDEX relations_by_source ON relations(source, target);
                    CREATE INDEX relations_by_target ON relations(target);
                    CREATE INDEX relations_by_document ON relations(document);
                    PRAGMA user_version = 1;
                    """)
        }
        migrator.registerMigration("v2 named view") { db in
            try db.execute(
                sql: """
                    CREATE VIEW relations_named AS
                        SELECT r.id, s.code AS source, t.code AS target, r.kind, r.sign, r.modality, r.mode,
                               r.date, r.confidence, r.intensity, r.weight, d.name AS document,
                               r.sentence_index, x.text AS sentence, r.range_start, r.range_end,
                               r.speaker, r.cue
                        FROM relations r
                        JOIN actors s ON s.id = r.source
                        JOIN actors t ON t.id = r.target
                        JOIN documents d ON d.id = r.document
                        LEFT JOIN sentences x ON x.id = r.sentence;
                    PRAGMA user_version = 2;
                    """)
        }
        return migrator
    }
}
