// Shared by every fuzz target (compiled into each by scripts/fuzz).
import EnglishSyntax
import EventImport
import Foundation
import StanceExtraction
import StanceGraph

enum FuzzData {
    /// The repository's Data folder ($GEOSTANCE_DATA, set by scripts/fuzz).
    static let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GEOSTANCE_DATA"] ?? "Data")

    static let knowledge: Knowledge = {
        var files: [DataFile] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        let root = folder.standardizedFileURL.path
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            files.append(DataFile(path: relative, text: try! String(contentsOf: url, encoding: .utf8)))
        }
        let model = try! Data(contentsOf: folder.appendingPathComponent(Knowledge.syntaxModelPath))
        return try! Knowledge.load(files, syntax: SyntaxModel.decode(Array(model), source: Knowledge.syntaxModelPath))
    }()

    static let extractor = Extractor(knowledge: knowledge)

    static let mappings: ImportMappings = {
        var texts: [String: String] = [:]
        for path in ImportMappings.requiredFiles {
            texts[path] = try! String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        return try! ImportMappings.load(texts)
    }()
}

/// One event reader on raw bytes, cut into chunks of a size the first byte chooses: a
/// bad row is an error with a message or a skipped row, never a crash, and the graph
/// of what was kept is consistent.
func fuzzEventReader(_ format: EventFormat, _ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let chunk = 1 + Int(start[0])
    let bytes = Array(UnsafeBufferPointer(start: start + 1, count: count - 1))
    let chunks = stride(from: 0, to: bytes.count, by: chunk).map { Array(bytes[$0..<min($0 + chunk, bytes.count)]) }
    var importer = EventImporter(mappings: FuzzData.mappings)
    do {
        try importer.read(format, ByteChunks(chunks), source: "fuzz")
    } catch {
        precondition(!"\(error)".isEmpty)
        return 0
    }
    precondition(importer.report.rowsKept <= importer.report.rowsRead)
    importer.graph().checkInvariants()
    return 0
}

/// Reads fuzzer bytes as a stream of small choices.
struct ByteSource {
    var bytes: [UInt8]
    var position = 0

    init(_ start: UnsafePointer<UInt8>, _ count: Int) {
        bytes = Array(UnsafeBufferPointer(start: start, count: count))
    }

    var isExhausted: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(byte()) % n }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// A short string that may hold any scalar, including quotes, NUL and controls.
    mutating func string(maxLength: Int = 12) -> String {
        let length = below(maxLength + 1)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            let b = byte()
            switch b % 8 {
            case 0: scalars.append(Unicode.Scalar(UInt8(b / 8)))  // controls and NUL
            case 1: scalars.append(Unicode.Scalar(0x2014 + UInt32(b % 16))!)  // dashes and quotes
            case 2: scalars.append(Unicode.Scalar(0x1F600 + UInt32(b))!)  // emoji
            case 3: scalars.append(contentsOf: "\"'<>&{}[]\\;-–=.,#%@\n\t ".unicodeScalars.dropFirst(Int(b) % 24).prefix(1))
            default: scalars.append(Unicode.Scalar(0x61 + b % 26))
            }
        }
        return String(scalars)
    }

    /// A random graph of up to `maxActors` actors with odd names and `maxRelations` relations.
    mutating func graph(maxActors: Int = 8, maxRelations: Int = 16) -> RelationGraph {
        let count = 1 + below(maxActors)
        var actors: [Actor] = []
        for i in 0..<count {
            let id = ActorID(below(4) == 0 ? string(maxLength: 6) + "\(i)" : "A\(i)")
            let kind = pick(ActorKind.allCases)
            actors.append(
                Actor(
                    id: id, name: string(), aliases: below(3) == 0 ? [string()] : [], kind: kind,
                    sector: kind == .sector ? pick(Sector.allCases) : nil))
        }
        var relations: [Relation] = []
        for _ in 0..<below(maxRelations + 1) {
            let source = pick(actors).id, target = pick(actors).id
            let kind = pick(RelationKind.allCases)
            relations.append(
                Relation(
                    source: source, target: target, kind: kind, mode: below(2) == 0 ? nil : string(maxLength: 5),
                    modality: pick(Modality.allCases), date: Day(year: 1990 + below(40), month: 1 + below(12), day: 1 + below(28)),
                    confidence: Double(below(11)) / 10, intensity: Double(below(21)) - 10, weight: Double(1 + below(3)),
                    evidence: Evidence(
                        document: string(maxLength: 8), sentenceIndex: below(2) == 0 ? nil : below(50),
                        sentence: below(2) == 0 ? nil : string(maxLength: 30), cue: below(2) == 0 ? nil : string(maxLength: 6))))
        }
        return try! RelationGraph(actors: actors, relations: relations)
    }
}

extension RelationGraph {
    /// Whether two graphs hold exactly the same actors, roles and relations.
    func isIdentical(to other: RelationGraph) -> Bool {
        actors == other.actors && roles == other.roles && relations == other.relations
    }
}
