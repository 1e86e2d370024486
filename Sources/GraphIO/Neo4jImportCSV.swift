import StanceGraph

/// The CSV files of Neo4j's offline bulk importer, `neo4j-admin database
/// import full`, with a README that gives the command.
///
/// `actors.csv` holds one node per actor: `id:ID(Actor)` (the actor id, kept
/// as the `id` property, in the `Actor` id space), `:LABEL` (`Actor` and one
/// label for the actor's kind: `State`, `Sector`, `Person`, `Party`,
/// `ArmedGroup`, `Organisation` or `IGO`), then `name`, `kind`, `sector`,
/// `state` and `aliases:string[]`. `relations.csv` holds one relationship per
/// relation: `:START_ID(Actor)`, `:END_ID(Actor)`, `:TYPE` (the relation kind
/// in upper snake case, `NON_AGGRESSION`), then the fields of the JSON and
/// GraphML exports under the same names, typed: `sign:int`,
/// `intensity:double`, `date:date`, `confidence:double`, `weight:double`,
/// `sentenceIndex:int`, `characterStart:int`, `characterEnd:int`,
/// `quadClass:int`, strings for the rest (`cameo` stays a string: "03").
///
/// The files keep to the importer's defaults, so the command needs no options
/// beyond the array delimiter: a comma between fields, a field quoted with
/// `"` when it holds a comma, a quote or edge spaces, a quote inside doubled
/// (RFC 4180; the default, not `--legacy-style-quoting`), UTF-8 without a byte
/// order mark, one record a line (a line break inside a value, as in a
/// sentence, is written as a space, so `--multiline-fields` is not needed),
/// and an absent value as an empty, unquoted field, which the importer
/// leaves unset. Numbers are `double`, not `float`, so that a confidence of
/// 0.85 stays 0.85 rather than its nearest 32-bit value.
public enum Neo4jImportCSV {
    public static let actorsFile = "actors.csv"
    public static let relationsFile = "relations.csv"
    public static let readmeFile = "README.md"

    public static let actorHeader = [
        "id:ID(Actor)", ":LABEL", "name", "kind", "sector", "state", "aliases:string[]",
    ]
    public static let relationHeader = [
        ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "kind", "sign:int", "intensity:double", "modality",
        "mode", "date:date", "confidence:double", "weight:double", "document", "sentenceIndex:int",
        "characterStart:int", "characterEnd:int", "sentence", "speaker", "cue", "quadClass:int", "cameo",
    ]

    /// The characters tried, in order, as the array delimiter of the label and
    /// alias columns: the importer's default `;`, then `|`, then the ASCII
    /// unit separator. Neo4j has no escape inside an array, so the first one
    /// that no alias holds is used and the README's command names it.
    public static let arrayDelimiters: [Character] = [";", "|", "\u{1F}"]

    /// `actors.csv`, `relations.csv` and `README.md` for `graph`.
    ///
    /// - Complexity: O(*n* + *m*) in the actors and relations.
    public static func folder(_ graph: RelationGraph) -> ExportFolder {
        let delimiter = arrayDelimiter(for: graph)
        return ExportFolder(files: [
            .init(name: actorsFile, text: actors(graph, arrayDelimiter: delimiter)),
            .init(name: relationsFile, text: relations(graph)),
            .init(
                name: readmeFile,
                text: readme(
                    actors: graph.actors.count, relations: graph.relations.count, arrayDelimiter: delimiter)),
        ])
    }

    /// The first of ``arrayDelimiters`` that no alias of `graph` holds (the
    /// last one when every one occurs; ``actors(_:arrayDelimiter:)`` then
    /// writes it as a space inside aliases).
    public static func arrayDelimiter(for graph: RelationGraph) -> Character {
        let used = Set(graph.actors.lazy.flatMap(\.aliases).flatMap { $0 })
        return arrayDelimiters.first { !used.contains($0) } ?? arrayDelimiters[arrayDelimiters.count - 1]
    }

    /// The node file: one row per actor, in id order.
    static func actors(_ graph: RelationGraph, arrayDelimiter: Character = ";") -> String {
        let separator = String(arrayDelimiter)
        return CSVExport.singleLineTable(
            actorHeader,
            graph.actors.map { actor in
                let record = ActorRecord(actor)
                return [
                    record.id, ["Actor", label(actor.kind)].joined(separator: separator), record.name,
                    record.kind, record.sector ?? "", record.state ?? "",
                    record.aliases.map { alias in
                        String(alias.map { $0 == arrayDelimiter ? " " : $0 })
                    }.joined(separator: separator),
                ]
            })
    }

    /// The relationship file: one row per relation, in canonical order.
    static func relations(_ graph: RelationGraph) -> String {
        CSVExport.singleLineTable(
            relationHeader,
            graph.relations.map { relation in
                let r = RelationRecord(relation)
                return [
                    r.source, r.target, relationshipType(relation.kind), r.kind, "\(r.sign)",
                    "\(r.intensity)", r.modality, r.mode ?? "", r.date ?? "", "\(r.confidence)",
                    "\(r.weight)", r.document, CSVExport.optional(r.sentenceIndex),
                    CSVExport.optional(r.characterStart), CSVExport.optional(r.characterEnd),
                    r.sentence ?? "", r.speaker ?? "", r.cue ?? "", CSVExport.optional(r.quadClass),
                    r.cameo ?? "",
                ]
            })
    }

    /// The node label of an actor kind, beside `Actor`.
    public static func label(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "State"
        case .sector: "Sector"
        case .person: "Person"
        case .party: "Party"
        case .armedGroup: "ArmedGroup"
        case .organisation: "Organisation"
        case .igo: "IGO"
        }
    }

    /// The relationship type of a relation kind: upper snake case, as Neo4j
    /// names types (`non-aggression` is `NON_AGGRESSION`).
    public static func relationshipType(_ kind: RelationKind) -> String {
        String(kind.rawValue.uppercased().map { $0 == "-" ? "_" : $0 })
    }

    /// `--array-delimiter=...` as a shell word.
    static func arrayDelimiterOption(_ delimiter: Character) -> String {
        delimiter == "\u{1F}" ? "--array-delimiter=$'\\037'" : "--array-delimiter='\(delimiter)'"
    }

    /// The folder's README: what the files hold and the import command.
    static func readme(actors: Int, relations: Int, arrayDelimiter: Character) -> String {
        let option = arrayDelimiterOption(arrayDelimiter)
        let shown = arrayDelimiter == "\u{1F}" ? "the ASCII unit separator (U+001F)" : "`\(arrayDelimiter)`"
        return """
            # A GeoStance graph for Neo4j

            Written by GeoStance's Neo4j export: `\(actorsFile)` holds \(actors) actors and \
            `\(relationsFile)` \(relations) relations, in the CSV form of Neo4j's offline bulk importer.

            ## Import

            With the Neo4j server stopped, from this folder (`neo4j-admin` is in `$NEO4J_HOME/bin`):

            ```sh
            neo4j-admin database import full --nodes=\(actorsFile) --relationships=\(relationsFile) \(option) --overwrite-destination neo4j
            ```

            `neo4j` is the database imported into (the default one); `--overwrite-destination`
            replaces what it holds. To import into a new database instead, give its name and, once
            the server is started again, run `CREATE DATABASE name` (Enterprise Edition). The
            files need no other option: commas between fields, `"` around a field that holds a
            comma, a quote or edge spaces, a quote inside a field doubled, UTF-8, one record a line
            (line breaks inside sentences are written as spaces), string ids.

            ## What is in the graph

            Each actor is a node labelled `Actor` and its kind (`State`, `Sector`, `Person`,
            `Party`, `ArmedGroup`, `Organisation`, `IGO`) with the properties `id`, `name`, `kind`,
            `sector`, `state` (the state a sector, person or group belongs to) and `aliases` (a list;
            the array delimiter here is \(shown)). Each relation is a relationship whose type is
            its kind in upper snake case (`THREATEN`, `NON_AGGRESSION`) with the properties `kind`,
            `sign` (+1 cooperative, -1 hostile, 0 neither or stated as not happening), `intensity`,
            `modality`, `mode`, `date`, `confidence`, `weight`, `quadClass` (PLOVER's quad class),
            `cameo` (the CAMEO root code) and the evidence: `document`, `sentenceIndex`,
            `characterStart`, `characterEnd`, `sentence`, `speaker`, `cue`. An absent value is an
            absent property. Alliance and hostility are symmetric: one relationship either way
            means both.

            Who acts against Iran, strongest first: the hostile relations aimed at it and the
            hostile symmetric ties it is part of, scored as GeoStance's opponents query scores them
            when it counts each report rather than each event once:

            ```cypher
            MATCH (a:Actor)-[r]-(x:Actor {id: 'IRN'})
            WHERE r.sign < 0 AND a <> x AND (startNode(r) = a OR r.kind IN ['alliance', 'hostility'])
            RETURN a.id, a.name, sum(abs(r.intensity) * r.confidence * r.weight) AS score
            ORDER BY score DESC, a.id
            ```

            """
    }
}
