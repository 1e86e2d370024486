import EnglishSyntax
import StanceGraph

/// A data file given to ``Knowledge/load(_:)``: its path relative to the
/// data folder (`gazetteer/states.tsv`) and its text.
public struct DataFile: Hashable, Sendable {
    public var path: String
    public var text: String
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A data file that could not be loaded, naming the file and line.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

extension Knowledge {
    /// The files ``load(_:)`` requires, relative to the data folder.
    public static let requiredFiles = [
        "syntax/tokens.tsv",
        "gazetteer/states.tsv", "gazetteer/metonyms.tsv", "gazetteer/organisations.tsv", "gazetteer/places.tsv",
        "lexicon/titles.tsv", "lexicon/sectors.tsv", "lexicon/descriptions.tsv", "lexicon/contractions.tsv",
        "lexicon/boilerplate.tsv", "lexicon/markers.tsv", "lexicon/cues.tsv", "lexicon/verbs.tsv", "lexicon/modes.tsv",
    ]

    /// The syntax model's file, relative to the data folder: binary, read
    /// apart from the text files and given to ``load(_:syntax:)`` decoded.
    public static let syntaxModelPath = "models/english-ewt.syntax"

    /// Whether a path under the data folder is one ``load(_:)`` reads.
    public static func isKnowledgeFile(_ path: String) -> Bool {
        requiredFiles.contains(path) || (path.hasPrefix("gazetteer/persons/") && path.hasSuffix(".tsv"))
    }

    /// Builds the knowledge from the data files and the syntax model.
    ///
    /// - Parameter syntax: the tagger and parser (``syntaxModelPath``,
    ///   read with `SyntaxModel.decode`).
    /// - Throws: ``DataError`` naming the file, line and problem of the first
    ///   malformed record, or a required file that is missing.
    public static func load(_ files: [DataFile], syntax: SyntaxModel) throws(DataError) -> Knowledge {
        var byPath: [String: DataFile] = [:]
        for file in files { byPath[file.path] = file }
        for path in requiredFiles where byPath[path] == nil {
            throw DataError(file: path, line: nil, message: "required data file is missing")
        }
        var builder = KnowledgeBuilder()
        builder.knowledge.syntax = syntax
        try builder.loadTokenizer(byPath["syntax/tokens.tsv"]!)
        try builder.loadContractions(byPath["lexicon/contractions.tsv"]!)
        try builder.loadStates(byPath["gazetteer/states.tsv"]!)
        try builder.loadOrganisations(byPath["gazetteer/organisations.tsv"]!)
        try builder.loadMetonyms(byPath["gazetteer/metonyms.tsv"]!)
        try builder.loadPlaces(byPath["gazetteer/places.tsv"]!)
        let personFiles = files.filter { $0.path.hasPrefix("gazetteer/persons/") && $0.path.hasSuffix(".tsv") }
            .sorted { $0.path < $1.path }
        for file in personFiles { try builder.loadPersons(file) }
        try builder.resolvePendingRoles()
        try builder.loadTitles(byPath["lexicon/titles.tsv"]!)
        try builder.loadSectors(byPath["lexicon/sectors.tsv"]!)
        try builder.loadDescriptions(byPath["lexicon/descriptions.tsv"]!)
        try builder.loadBoilerplate(byPath["lexicon/boilerplate.tsv"]!)
        try builder.loadVerbs(byPath["lexicon/verbs.tsv"]!)
        try builder.loadMarkers(byPath["lexicon/markers.tsv"]!)
        try builder.loadCues(byPath["lexicon/cues.tsv"]!)
        try builder.loadModes(byPath["lexicon/modes.tsv"]!)
        return builder.finish()
    }
}

/// Rows of a tab-separated data file, with their line numbers.
struct TSV {
    struct Row {
        var line: Int
        var fields: [String]
    }

    static func rows(_ file: DataFile) -> [Row] {
        var rows: [Row] = []
        for (i, raw) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            rows.append(Row(line: i + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }
}

struct KnowledgeBuilder {
    var knowledge = Knowledge()
    var irregular: [String: [(past: String, participle: String)]] = [:]
    var pendingRoles: [(file: String, line: Int, role: Role)] = []
    var personFile: [ActorID: String] = [:]

    func fail(_ file: DataFile, _ line: Int, _ message: String) -> DataError {
        DataError(file: file.path, line: line, message: message)
    }

    func fields(_ row: TSV.Row, _ count: Int, _ file: DataFile, _ columns: String) throws(DataError) -> [String] {
        guard row.fields.count == count else {
            throw fail(file, row.line, "expected \(count) tab-separated columns (\(columns)), found \(row.fields.count)")
        }
        for (i, field) in row.fields.enumerated() where field.trimmingSpaces.isEmpty {
            throw fail(file, row.line, "column \(i + 1) is empty (write - for none)")
        }
        return row.fields.map(\.trimmingSpaces)
    }

    static func list(_ cell: String) -> [String] {
        cell == "-" ? [] : cell.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    mutating func loadTokenizer(_ file: DataFile) throws(DataError) {
        do {
            knowledge.tokenizer = Tokenizer(rules: try TokenizerRules(parsing: file.text, source: file.path))
        } catch {
            guard case .format(_, let line, let message) = error else { throw DataError(file: file.path, line: nil, message: error.description) }
            throw DataError(file: file.path, line: line, message: message)
        }
    }

    mutating func loadContractions(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "part, word")
            knowledge.contractions[Folding.key(f[0])] = Folding.key(f[1])
        }
    }

    /// The words of a phrase as the tokeniser splits text.
    func words(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return knowledge.tokenizer.tokenize(scalars).map { Folding.string(scalars, Int($0.start), Int($0.end)) }
    }

    mutating func addName(_ alias: String, _ actor: ActorID, _ form: NameEntry.Form) {
        let words = self.words(alias)
        guard !words.isEmpty else { return }
        let key = words.map(Folding.key).joined(separator: " ")
        func isAllCaps(_ word: String) -> Bool {
            let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
            return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
        }
        let capitalized = words[0].unicodeScalars.first.map { $0.properties.isUppercase || $0.properties.numericType != nil } ?? false
        let entry = NameEntry(
            actor: actor, form: form, exactCase: words.contains(where: isAllCaps), capitalized: capitalized,
            alias: words.joined(separator: " "))
        var entries = knowledge.names[key, default: []]
        if !entries.contains(entry) { entries.append(entry) }
        knowledge.names[key] = entries
    }

    mutating func loadStates(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 6, file, "ISO3, ISO2, name, other names, adjectives, capitals")
            guard f[0].count == 3, f[0].allSatisfy({ $0.isUppercase && $0.isASCII }) else {
                throw fail(file, row.line, "'\(f[0])' is not an ISO 3166-1 alpha-3 code")
            }
            let id = ActorID(f[0])
            guard knowledge.actors[id] == nil else { throw fail(file, row.line, "state \(id) listed twice") }
            let others = Self.list(f[3])
            knowledge.actors[id] = Actor(id: id, name: f[2], aliases: others, kind: .state)
            addName(f[2], id, .name)
            for name in others { addName(name, id, .name) }
            for adjective in Self.list(f[4]) { addName(adjective, id, .adjective) }
            for capital in Self.list(f[5]) { addName(capital, id, .capital) }
        }
    }

    mutating func sectorActor(_ state: ActorID, _ sector: Sector) -> ActorID {
        let id = ActorID(state: state, sector: sector)
        if knowledge.actors[id] == nil, let stateActor = knowledge.actors[state] {
            knowledge.actors[id] = Actor.sector(sector, of: stateActor)
        }
        return id
    }

    mutating func loadMetonyms(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 3, file, "phrase, state, sector")
            let state = ActorID(f[1])
            guard knowledge.actors[state]?.kind == .state else {
                throw fail(file, row.line, "unknown state code '\(f[1])'")
            }
            if f[2] == "-" {
                addName(f[0], state, .metonym)
            } else {
                guard let sector = Sector(rawValue: f[2]) else {
                    throw fail(file, row.line, "unknown sector '\(f[2])' (one of \(Sector.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                addName(f[0], sectorActor(state, sector), .metonym)
            }
        }
    }

    /// Cities, regions and sites: the state they lie in, under each name and alias.
    mutating func loadPlaces(_ file: DataFile) throws(DataError) {
        let kinds: Set<String> = ["city", "region", "site", "disputed"]
        for row in TSV.rows(file) {
            let f = try fields(row, 4, file, "place, state, kind, aliases")
            let state = ActorID(f[1])
            guard knowledge.actors[state]?.kind == .state else {
                throw fail(file, row.line, "unknown state code '\(f[1])'")
            }
            guard kinds.contains(f[2]) else {
                throw fail(file, row.line, "unknown place kind '\(f[2])' (city, region, site, disputed)")
            }
            for name in [f[0]] + Self.list(f[3]) { addName(name, state, .place) }
        }
    }

    mutating func loadOrganisations(_ file: DataFile) throws(DataError) {
        let kinds: [String: ActorKind] = ["igo": .igo, "party": .party, "armed-group": .armedGroup, "organisation": .organisation]
        for row in TSV.rows(file) {
            let f = try fields(row, 5, file, "id, kind, name, aliases, state")
            guard let kind = kinds[f[1]] else {
                throw fail(file, row.line, "unknown organisation kind '\(f[1])' (igo, party, armed-group, organisation)")
            }
            let id = ActorID(f[0])
            guard Self.isSlug(f[0]) else { throw fail(file, row.line, "id '\(f[0])' must be a lowercase slug [a-z0-9-]") }
            guard knowledge.actors[id] == nil else { throw fail(file, row.line, "id '\(f[0])' is already used") }
            let state = try optionalState(f[4], file, row)
            let aliases = Self.list(f[3])
            knowledge.actors[id] = Actor(id: id, name: f[2], aliases: aliases, kind: kind, state: state)
            addName(f[2], id, .name)
            for alias in aliases { addName(alias, id, .name) }
        }
    }

    func optionalState(_ cell: String, _ file: DataFile, _ row: TSV.Row) throws(DataError) -> ActorID? {
        guard cell != "-" else { return nil }
        guard knowledge.actors[ActorID(cell)]?.kind == .state else {
            throw fail(file, row.line, "unknown state code '\(cell)'")
        }
        return ActorID(cell)
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func loadPersons(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            switch row.fields.first {
            case "person":
                let f = try fields(row, 5, file, "person, id, full name, aliases, state")
                let id = ActorID(f[1])
                guard Self.isSlug(f[1]) else { throw fail(file, row.line, "id '\(f[1])' must be a lowercase slug [a-z0-9-]") }
                let state = try optionalState(f[4], file, row)
                let aliases = Self.list(f[3])
                if let existing = knowledge.actors[id] {
                    guard existing.kind == .person, existing.name == f[2] else {
                        throw fail(file, row.line, "id '\(f[1])' is already used for \(existing.name) (\(personFile[id] ?? "another file"))")
                    }
                    var merged = existing
                    merged.aliases += aliases.filter { !existing.aliases.contains($0) }
                    merged.state = merged.state ?? state
                    knowledge.actors[id] = merged
                } else {
                    knowledge.actors[id] = Actor(id: id, name: f[2], aliases: aliases, kind: .person, state: state)
                    personFile[id] = file.path
                }
                addName(f[2], id, .name)
                for alias in aliases { addName(alias, id, .name) }
            case "role":
                let f = try fields(row, 6, file, "role, person id, office, in, from, to")
                guard let office = Office(rawValue: f[2]) else {
                    throw fail(file, row.line, "unknown office '\(f[2])' (one of \(Office.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let from = try date(f[4], file, row), to = try date(f[5], file, row)
                if let from, let to, to < from { throw fail(file, row.line, "the role ends (\(to)) before it starts (\(from))") }
                pendingRoles.append((file.path, row.line, Role(holder: ActorID(f[1]), office: office, organisation: ActorID(f[3]), from: from, to: to)))
            default:
                throw fail(file, row.line, "a record starts with 'person' or 'role', not '\(row.fields.first ?? "")'")
            }
        }
    }

    func date(_ cell: String, _ file: DataFile, _ row: TSV.Row) throws(DataError) -> Day? {
        guard cell != "-" else { return nil }
        guard let day = Day(cell) else { throw fail(file, row.line, "'\(cell)' is not a date YYYY-MM-DD") }
        return day
    }

    mutating func resolvePendingRoles() throws(DataError) {
        for (path, line, role) in pendingRoles {
            guard knowledge.actors[role.holder]?.kind == .person else {
                throw DataError(file: path, line: line, message: "role for unknown person '\(role.holder)' (add a person line first)")
            }
            guard knowledge.actors[role.organisation] != nil else {
                throw DataError(file: path, line: line, message: "role in unknown state or organisation '\(role.organisation)'")
            }
            knowledge.roles.append(role)
        }
        knowledge.roles.sort { ($0.holder, $0.from?.description ?? "", $0.office.rawValue) < ($1.holder, $1.from?.description ?? "", $1.office.rawValue) }
        for role in knowledge.roles {
            knowledge.rolesByHolder[role.holder, default: []].append(role)
            knowledge.rolesByOrganisation[role.organisation, default: []].append(role)
        }
        knowledge.monarchies = Set(knowledge.roles.filter { [.king, .emir, .sultan, .queen].contains($0.office) }.map(\.organisation))
    }

    func key(_ phrase: String) -> [String] {
        words(phrase).map(Folding.key)
    }

    mutating func loadTitles(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "title, office")
            let title: Title
            if f[1] == "head" { title = .head } else if f[1] == "counterpart" { title = .counterpart } else {
                guard let office = Office(rawValue: f[1]) else { throw fail(file, row.line, "unknown office '\(f[1])'") }
                title = .office(office)
            }
            let words = key(f[0])
            knowledge.titles[words.joined(separator: " ")] = title
        }
    }

    mutating func loadSectors(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "phrase, sector")
            guard let sector = Sector(rawValue: f[1]) else { throw fail(file, row.line, "unknown sector '\(f[1])'") }
            let words = key(f[0])
            knowledge.sectors[words.joined(separator: " ")] = sector
        }
    }

    mutating func loadDescriptions(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "phrase, refers to")
            let description: Description
            switch f[1] {
            case "previous-state": description = .previousState
            case "previous-monarchy": description = .previousMonarchy
            case "previous-group": description = .previousGroup
            case "previous-body": description = .previousBody
            case "partner": description = .partner
            case let value where value.hasPrefix("previous-named:"):
                description = .previousNamed(String(value.dropFirst("previous-named:".count)))
            default:
                guard knowledge.actors[ActorID(f[1])] != nil else {
                    throw fail(file, row.line, "'\(f[1])' is neither previous-state, previous-monarchy, previous-group, previous-body, partner, previous-named:WORD nor a known actor id")
                }
                description = .actor(ActorID(f[1]))
            }
            let words = key(f[0])
            knowledge.descriptions[words.joined(separator: " ")] = description
        }
    }

    mutating func loadBoilerplate(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 1, file, "phrase")
            knowledge.boilerplate.append(key(f[0]))
        }
    }

    /// Markers are loaded after the verbs table, so that a verb written
    /// `refuse+` takes every form (refuse, refuses, refused, refusing).
    mutating func loadMarkers(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "word, categories")
            var words = [f[0]]
            if f[0].hasSuffix("+") {
                let base = String(f[0].dropLast()).lowercased()
                guard !base.isEmpty, !base.contains(" ") else { throw fail(file, row.line, "'\(f[0])': only a single verb takes +") }
                words = Inflection.verbForms(base, irregular: irregular[base]).map(\.0)
            }
            for name in Self.list(f[1]) {
                guard let marker = Marker(rawValue: name) else {
                    throw fail(file, row.line, "unknown marker '\(name)' (one of \(Marker.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                for word in words { knowledge.markers[Folding.key(word), default: []].insert(marker) }
            }
        }
    }

    mutating func loadModes(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 2, file, "mode, properties")
            for name in Self.list(f[1]) {
                guard let property = ModeProperty(rawValue: name) else {
                    throw fail(file, row.line, "unknown mode property '\(name)' (one of \(ModeProperty.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                knowledge.modes[f[0], default: []].insert(property)
            }
        }
    }

    mutating func loadVerbs(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 3, file, "base, past, participle")
            irregular[f[0].lowercased(), default: []].append((f[1].lowercased(), f[2].lowercased()))
            if f[1].lowercased() != f[0].lowercased() { knowledge.irregularPasts.insert(f[1].lowercased()) }
        }
    }

    mutating func loadCues(_ file: DataFile) throws(DataError) {
        for row in TSV.rows(file) {
            let f = try fields(row, 6, file, "phrase, pos, kind, target, negation, mode")
            guard let kind = RelationKind(rawValue: f[2]) else {
                throw fail(file, row.line, "unknown relation kind '\(f[2])'")
            }
            var targets: [TargetRule] = []
            for option in f[3].split(separator: "|").map(String.init) {
                switch option {
                case "obj": targets.append(.object)
                case "pair": targets.append(.pair)
                case "mutual": targets.append(.mutual)
                case "from-rev": targets.append(.fromReversed)
                case "-": targets.append(.none)
                case "gap": targets.append(.gap)
                case "speaker": targets.append(.speaker)
                case "prior": targets.append(.prior)
                case "accuser": targets.append(.accuser)
                case "content": targets.append(.content)
                case "infinitive": targets.append(.infinitive)
                default:
                    guard option.allSatisfy({ $0.isLetter && $0.isLowercase }) else {
                        throw fail(file, row.line, "target '\(option)' is not obj, pair, from-rev, gap, speaker, prior, accuser, content, infinitive, - or a preposition")
                    }
                    targets.append(.preposition(option))
                }
            }
            let negation: NegationRule
            switch f[4] {
            case "drop": negation = .drop
            case "non-aggression": negation = .becomes(.nonAggression)
            case "non-interference": negation = .becomes(.nonInterference)
            case "reject": negation = .becomes(.reject)
            default: throw fail(file, row.line, "negation '\(f[4])' is not drop, non-aggression, non-interference or reject")
            }
            let words = f[0].split(separator: " ").map(String.init)
            guard !words.isEmpty, words.first != "...", words.last != "..." else {
                throw fail(file, row.line, "phrase '\(f[0])' must start and end with a word")
            }
            let mode = f[5] == "-" ? nil : f[5]
            let base = Cue(
                words: [], kind: kind, targets: targets, negation: negation, mode: mode, isNoun: f[1] == "n",
                isParticiple: false, isSuffix: targets == [.none], phrase: f[0])
            switch f[1] {
            case "v":
                for (form, participle) in Inflection.verbForms(words[0], irregular: irregular[words[0]]) {
                    var cue = base
                    cue.words = cueWords([form] + words.dropFirst())
                    cue.isParticiple = participle
                    add(cue)
                }
            case "n":
                for form in [words.last!] + Inflection.plurals(words.last!) {
                    var cue = base
                    cue.words = cueWords(words.dropLast() + [form])
                    add(cue)
                }
            case "x":
                var cue = base
                cue.words = cueWords(words)
                cue.isFixed = true
                cue.isParticiple = words.count == 1 && words[0].hasSuffix("ed")
                add(cue)
            default:
                throw fail(file, row.line, "part of speech '\(f[1])' is not v, n or x")
            }
        }
        for key in knowledge.cues.keys {
            // Longest patterns first, so "strike a deal" wins over "strike".
            knowledge.cues[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    func cueWords(_ words: [String]) -> [String?] {
        words.flatMap { word -> [String?] in
            word == "..." ? [nil] : key(word).map { Optional($0) }
        }
    }

    mutating func add(_ cue: Cue) {
        guard let first = cue.words.first, let key = first else { return }
        var list = knowledge.cues[key, default: []]
        if !list.contains(cue) { list.append(cue) }
        knowledge.cues[key] = list
    }

    /// Every state gets an actor for each of its sectors.
    mutating func finish() -> Knowledge {
        for state in knowledge.actors.values where state.kind == .state {
            for sector in Sector.allCases { _ = sectorActor(state.id, sector) }
        }
        knowledge.buildTries()
        return knowledge
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// English inflection by rule, with irregular forms from the lexicon.
enum Inflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Base, third person, past, participle and gerund forms; `true` marks
    /// forms usable as a past participle.
    static func verbForms(_ base: String, irregular: [(past: String, participle: String)]?) -> [(String, Bool)] {
        var forms: [(String, Bool)] = [(base, false), (thirdPerson(base), false), (gerund(base), false)]
        if let irregular, !irregular.isEmpty {
            for variant in irregular {
                forms.append((variant.past, variant.past == variant.participle))
                if variant.participle != variant.past { forms.append((variant.participle, true)) }
                // A doubled past ("travelled", "banned") implies the doubled gerund.
                if variant.past.hasSuffix("ed"), variant.past.count == base.count + 3 { forms.append((String(variant.past.dropLast(2)) + "ing", false)) }
            }
        } else {
            forms.append((past(base), true))
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.0).inserted }
    }

    static func endsWithConsonantY(_ w: String) -> Bool {
        w.count >= 2 && w.last == "y" && !vowels.contains(w[w.index(w.endIndex, offsetBy: -2)])
    }

    /// Short consonant-vowel-consonant verbs double their last letter (ban, stop, plan).
    static func doubles(_ w: String) -> Bool {
        let c = Array(w)
        guard c.count == 3 || (c.count == 4 && !vowels.contains(c[0])) else { return false }
        let last = c[c.count - 1], mid = c[c.count - 2], before = c[c.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(mid) && !vowels.contains(before)
    }

    static func thirdPerson(_ w: String) -> String {
        if endsWithConsonantY(w) { return String(w.dropLast()) + "ies" }
        for suffix in ["s", "x", "z", "ch", "sh", "o"] where w.hasSuffix(suffix) { return w + "es" }
        return w + "s"
    }

    static func past(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if endsWithConsonantY(w) { return String(w.dropLast()) + "ied" }
        if doubles(w) { return w + String(w.last!) + "ed" }
        return w + "ed"
    }

    static func gerund(_ w: String) -> String {
        if w.hasSuffix("ie") { return String(w.dropLast(2)) + "ying" }
        if w.hasSuffix("e") && !w.hasSuffix("ee") && !w.hasSuffix("ye") && !w.hasSuffix("oe") && w.count > 2 {
            return String(w.dropLast()) + "ing"
        }
        if doubles(w) { return w + String(w.last!) + "ing" }
        return w + "ing"
    }

    static func plurals(_ w: String) -> [String] {
        if w.hasSuffix("s") && !w.hasSuffix("ss") { return [] }
        if endsWithConsonantY(w) { return [String(w.dropLast()) + "ies"] }
        for suffix in ["s", "x", "z", "ch", "sh"] where w.hasSuffix(suffix) { return [w + "es"] }
        return [w + "s"]
    }
}
