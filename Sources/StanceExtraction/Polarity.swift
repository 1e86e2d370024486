import EnglishSyntax
import StanceGraph

/// Negation and modality of a cue, read from the tree once per cue.
///
/// The cue's head and the words governing it up a chain of complements
/// ("did not agree to ...", "won't allow any aggression", "has no intention
/// to meddle", "vowed to retaliate") carry the negation, the auxiliaries,
/// and the verbs of allowing, refusing, intending and calling off that
/// decide what the cue says. A verb of saying ends the chain: "did not say
/// Iran attacked" leaves the attack as reported.
struct Polarity: Sendable {
    var negated = false
    /// The negation comes from a verb of refusing or failing ("refused to meet").
    var refused = false
    /// A denial ("denied attacking").
    var denied = false
    /// "will", "shall", "going to": a future act.
    var future = false
    /// A verb of allowing or an intention noun under the negation: the negation is a pledge.
    var allowing = false
    /// A present-tense auxiliary ("does not", "is not"): a standing refusal.
    var present = false
    var hypothetical = false
    /// Governed by a verb of intending ("vowed to", "plans to") or a plan word.
    var intended = false
    var cancelled = false
    var reported = false
    /// Governed by a word of ending ("an end to the war", "ended the feud"): a tie no longer holds.
    var ended = false
}

/// Reads a ``Polarity`` for a cue from the sentence's tree.
struct PolarityReader {
    let segmentation: Segmentation
    let sentence: Range<Int>
    let tree: DependencyTree

    func key(_ local: Int) -> String { segmentation.keys[sentence.lowerBound + local] }
    func marked(_ local: Int, _ marker: Marker) -> Bool { segmentation.isMarker(sentence.lowerBound + local, marker) }

    /// The chain of words whose negation and modality reach the cue at `head`:
    /// the head, then governors up complement, purpose and object links.
    func chain(from head: Int) -> [Int] {
        var chain = [head]
        var at = head
        for _ in 0..<3 {
            let label = tree.labels[at].universal
            guard let up = tree.head(of: at) else { break }
            // A noun cue under a verb of allowing or an intention noun: "allow any aggression", "intention to meddle".
            let carries = ["xcomp", "ccomp", "advcl", "acl"].contains(label)
                || (label == "obj" && (marked(up, .allow) || marked(up, .refuse) || marked(up, .deny) || marked(up, .refute) || marked(up, .cancel) || marked(at, .allow)))
                // "refused to commit to any assistance", "may resume talks": a light verb passes its noun's act on.
                // Not its topic: in "agreed to resume talks on their dispute" the dispute is no intention.
                || ((label == "obj" || (label == "obl" && !isTopic(at))) && marked(up, .light))
                // "is preparing a ground offensive", "weighing new sanctions": an act not yet done.
                || (label == "obj" && marked(up, .deliberate))
                || (label == "nmod" && marked(up, .cancel))
                // "accused Beijing of supplying drones", the gerund hung on the object: the allegation reaches it.
                // So it does an act named as a noun: "blamed Russia for the attack", "the attack was blamed on".
                || (marked(up, .allegation) && (label == "obj" || isAllegedAct(at)))
                // "brokered an end to the war between ...", "ended the conflict": what ends is no longer so.
                || (["obj", "nmod"].contains(label) && marked(up, .ending))
                // "ending two decades of hostility": through the measure the ended state is counted in.
                || (label == "nmod" && tree.labels[up].universal == "obj" && tree.head(of: up).map { marked($0, .ending) } == true)
                // "attributed the bombing to", "was attributed to": an act attributed is reported.
                || (["obj", "nsubj"].contains(label) && marked(up, .attribution))
                // "denied responsibility for the attack": what the responsibility is for.
                || (label == "nmod" && marked(up, .responsibility))
                // "did not join the statement condemning Russia": a text's content is its signatory's only
                // as far as the signing goes.
                || (label == "obj" && marked(at, .utterance))
            // A verb of saying ends the chain, except one of intending with its "to" infinitive
            // ("pledged to deepen cooperation": a promise, not a report).
            // A noun of saying whose content is denied passes it on ("denied claims that it had armed").
            let deniedNoun = tree.labels[up].universal == "obj" && tree.head(of: up).map { marked($0, .deny) || marked($0, .refute) } == true
            guard carries, !marked(up, .speech) || (label == "xcomp" && marked(up, .intent)) || deniedNoun else { break }
            // A complement clause with a subject of its own only inherits through verbs of intending or allowing,
            // or through a noun whose content is denied ("denied reports that it had supplied").
            if label == "ccomp" && !(marked(up, .intent) || marked(up, .deny) || deniedNoun) { break }
            chain.append(up)
            at = up
        }
        return chain
    }

    /// Whether the word at `head` follows a "that" which the parser made the object of a verb of
    /// denying or disputing ("Turkey denied that it had bombed ..."): the parser then loses the
    /// clause, hanging its words anywhere below the "that", but every word after it is what is
    /// denied. A subordinating conjunction is never an object in the treebank.
    func isAfterMisreadDenial(_ head: Int) -> Bool {
        (0..<head).contains { t in
            tree.tags[t] == .sconj && key(t) == "that" && tree.labels[t].universal == "obj"
                && tree.head(of: t).map { $0 < t && (marked($0, .deny) || marked($0, .refute)) } == true
        }
    }

    /// Whether the phrase at `t` opens with a preposition of reason or topic ("over", "about", "on").
    func isTopic(_ t: Int) -> Bool {
        tree.dependents(of: t).contains { d in tree.labels[d].universal == "case" && (marked(d, .reason) || key(d) == "on") }
    }

    /// Whether the chain reaches `chain[depth]`, a verb of disputing, through the content clause
    /// of its object ("rejected claims that it had armed"), the clause hung on the noun or, as
    /// the parser often hangs it, on the verb itself with its "that".
    func isDisputedContent(_ chain: [Int], _ depth: Int) -> Bool {
        if depth >= 2, ["ccomp", "acl"].contains(tree.labels[chain[depth - 2]].universal),
            tree.labels[chain[depth - 1]].universal == "obj"
        {
            return true
        }
        return depth >= 1 && isMisplacedContent(chain[depth - 1], of: chain[depth])
    }

    /// Whether `clause`, an adverbial clause opened by "that" on `verb`, is in fact the content of
    /// the verb's noun object: "dismissed US accusations that it had armed", which the parser
    /// hangs on the verb. An adverbial clause is seldom opened by "that" alone ("so that" is
    /// opened by "so").
    func isMisplacedContent(_ clause: Int, of verb: Int) -> Bool {
        tree.labels[clause].universal == "advcl"
            && tree.dependents(of: clause).contains { tree.labels[$0].universal == "mark" && key($0) == "that" }
            && tree.dependents(of: verb).contains { tree.labels[$0].universal == "obj" && tree.tags[$0] == .noun }
    }

    /// Whether `link`, the word below a verb of alleging in a chain, is what the verb
    /// alleges: its "of" or "for" gerund, or its object with such a gerund.
    func isAlleged(_ link: Int) -> Bool {
        let label = tree.labels[link].universal
        if label == "obj" || isAllegedAct(link) { return true }
        return label == "advcl" && tree.dependents(of: link).contains { d in
            tree.labels[d].universal == "mark" && ["of", "for"].contains(key(d))
        }
    }

    /// Whether `link`, a noun below a verb of alleging, is the act alleged: the passive's subject
    /// ("the attack was blamed on") or its "for" or "of" phrase ("blamed Russia for the attack").
    func isAllegedAct(_ link: Int) -> Bool {
        if tree.labels[link].rawValue == "nsubj:pass" { return true }
        return ["obl", "nmod"].contains(tree.labels[link].universal) && tree.dependents(of: link).contains { d in
            tree.labels[d].universal == "case" && ["for", "of"].contains(key(d))
        }
    }

    func read(head: Int) -> Polarity {
        var p = Polarity()
        if isAfterMisreadDenial(head) {
            p.negated = true
            p.denied = true
        }
        let chain = self.chain(from: head)
        for (depth, x) in chain.enumerated() {
            if depth > 0 {
                // "rejected claims that it had armed": disputing a statement's content denies it, whatever
                // else the verb refuses.
                if marked(x, .refute) || marked(x, .deny), isDisputedContent(chain, depth) {
                    p.negated = true
                    p.denied = true
                } else {
                    if marked(x, .refuse) { p.negated = true; p.refused = true }
                    if marked(x, .deny) { p.negated = true; p.denied = true }
                }
                if marked(x, .allow) { p.allowing = true }
                if marked(x, .intent) || marked(x, .plan) || marked(x, .deliberate) { p.intended = true }
                if marked(x, .cancel) { p.cancelled = true }
                if marked(x, .ending) { p.ended = true }
                if marked(x, .attribution) { p.reported = true }
                // "accused Iran of arming", "blamed Moscow for supplying": the act is alleged.
                if marked(x, .allegation), isAlleged(chain[depth - 1]) { p.reported = true }
            }
            for d in tree.dependents(of: x) {
                let label = tree.labels[d].universal
                // "another attack ascribed to the Taliban": the act is reported as that actor's.
                if depth == 0, label == "acl", marked(d, .attribution) { p.reported = true }
                // "attacked no ship", "sent no troops": a verb whose object is denied by its determiner.
                if depth == 0, label == "obj", tree.dependents(of: d).contains(where: { tree.labels[$0].universal == "det" && marked($0, .negation) }) {
                    p.negated = true
                }
                switch label {
                case "nsubj":
                    // "Neither Russia nor Ukraine has agreed": a subject opened by a negative conjunction denies
                    // the clause.
                    if tree.dependents(of: d).contains(where: { tree.labels[$0].universal == "cc" && marked($0, .negation) }) {
                        p.negated = true
                    }
                case "advmod", "neg":
                    if marked(d, .negation) { p.negated = true }
                    if marked(d, .report) { p.reported = true }
                case "det":
                    // "no aggression", "no intention".
                    if marked(d, .negation) { p.negated = true }
                case "case", "mark":
                    // "without", "if", "unless".
                    if marked(d, .negation) { p.negated = true }
                    if marked(d, .condition) { p.hypothetical = true }
                case "aux":
                    if marked(d, .future) { p.future = true }
                    if marked(d, .hypothetical) { p.hypothetical = true }
                    if marked(d, .present) { p.present = true }
                    if marked(d, .negation) { p.negated = true }
                case "cop":
                    if marked(d, .present) { p.present = true }
                case "advcl":
                    // "would retaliate if attacked": a condition on the act.
                    if tree.dependents(of: d).contains(where: { marked($0, .condition) }) { p.hypothetical = true }
                default:
                    // "going to": a future.
                    if marked(d, .future) && tree.tags[d] == .verb { p.future = true }
                }
            }
        }
        return p
    }
}
