import StanceGraph
import Testing

@testable import StanceExtraction

/// Classes of extraction failure found on news the extractor had not seen,
/// each pinned by sentences the team wrote: what a sentence of the class must
/// give, and what it must not.
@Suite("Classes of extraction failure")
struct FailureClassTests {
    static func coded(_ text: String) -> [String] {
        GrammarRuleTests.coded(text).map(\.description).sorted()
    }

    static func relations(_ text: String) -> [Relation] {
        let document = Document(id: "test", date: Day("2021-03-01"), text: text)
        return TestData.extractor.extract(from: document).relations
    }

    static func expect(_ text: String, gives expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let found = coded(text)
        for relation in expected {
            #expect(found.contains(relation), "\(relation) not in \(found) for: \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test("refusing or failing a cooperative act is a rejection, stated as fact")
    func refusal() {
        Self.expect("Japan refused to meet the Chinese delegation in Osaka.", gives: ["JPN reject CHN"])
        Self.expect("Ethiopia and Egypt failed to reach agreement on the dam on Sunday.", gives: ["ETH reject EGY", "EGY reject ETH"])
        Self.expect("The Dutch government has refused to commit to any further assistance to Ukraine.", gives: ["NLD reject UKR"])
        let refused = Self.relations("Japan refused to meet the Chinese delegation in Osaka.")
        #expect(refused.contains { $0.kind == .reject && $0.modality == .asserted })
        #expect(!refused.contains { $0.kind == .consult })
    }

    @Test("coordinated subjects of talks and meetings consult each other")
    func coordinatedTalks() {
        Self.expect("Chile and Peru resumed negotiations on their maritime border this week.", gives: ["CHL consult PER", "PER consult CHL"])
        Self.expect("Serbian and Bosnian negotiators returned to Brussels for talks on the new crossing.", gives: ["SRB consult BIH", "BIH consult SRB"])
        Self.expect("Hanoi and Manila held a meeting of their joint fisheries commission on Monday.", gives: ["VNM consult PHL", "PHL consult VNM"])
        Self.expect("The Malaysian and Thai delegations agreed to share intelligence on smugglers.", gives: ["MYS agree THA", "THA agree MYS"])
    }

    @Test("a threat is aimed at whoever its condition names")
    func conditionalThreat() {
        Self.expect("Vietnam threatened on Friday to expel the fishing fleet unless China releases the detained crew.", gives: ["VNM threaten CHN"])
        Self.expect("Morocco has threatened to recall its ambassador if Spain hosts the separatist leader.", gives: ["MAR threaten ESP"])
        // The condition is part of the threat, which was made.
        let threat = Self.relations("Morocco has threatened to recall its ambassador if Spain hosts the separatist leader.")
        #expect(threat.contains { $0.kind == .threaten && $0.modality == .asserted })
    }

    @Test("\"X said Y must ...\" is a demand of X on Y, however the clause is introduced")
    func modalDemand() {
        Self.expect("The Kenyan foreign minister said Uganda must withdraw its soldiers from the island.", gives: ["KEN request UGA"])
        Self.expect("Poland issued a sharp reminder to Belarus that it must stop pushing migrants across the border.", gives: ["POL request BLR"])
        Self.expect("Paris made clear on Monday that Rome must take back the stranded ship.", gives: ["FRA request ITA"])
        Self.expect("The Danish prime minister has said Sweden must do more to protect the bridge.", gives: ["DNK request SWE"])
        // What is demanded did not happen.
        #expect(!Self.coded("Paris made clear on Monday that Rome must take back the stranded ship.").contains { $0.hasPrefix("ITA") })
    }

    @Test("a request about a third party is a stance toward it")
    func requestAboutOthers() {
        Self.expect("Senegal called for sanctions against Guinea after the coup.", gives: ["SEN accuse GIN"])
        Self.expect("Canada called on the world to isolate Iran over the drone sales.", gives: ["CAN accuse IRN"])
        Self.expect("The Arab League urged the United Nations to support Lebanon's army.", gives: ["arab-league request un", "arab-league support LBN"])
        // The sanctions are asked for, not imposed.
        #expect(!Self.coded("Senegal called for sanctions against Guinea after the coup.").contains("SEN sanction GIN"))
    }

    @Test("a passive form with its own preposition and no agent is an adjective: its subject acts")
    func adjectivalPassive() {
        Self.expect("Greece is opposed to Turkish drilling in the disputed waters.", gives: ["GRC reject TUR"])
        Self.expect("Israel is opposed to French mediation in the talks.", gives: ["ISR reject FRA"])
        #expect(!Self.coded("Israel is opposed to French mediation in the talks.").contains("ISR consult FRA"))
    }

    @Test("force used on a city or region hits its state; a place never acts")
    func places() {
        Self.expect("Russian drones struck Odesa overnight, damaging the port.", gives: ["RUS assault UKR"])
        Self.expect("Israeli jets bombed targets near Khan Younis.", gives: ["ISR assault PSE"])
        Self.expect("Russian artillery shelled positions outside Kharkiv.", gives: ["RUS assault UKR"])
        Self.expect("Indian troops fired at posts in Muzaffarabad.", gives: ["IND assault PAK"])
        #expect(Self.coded("Kharkiv condemned the strike on Belgorod.").isEmpty)
        // An acronym in capitals is no place of the same spelling.
        #expect(Self.coded("The GAO criticised the Pentagon's spending.").allSatisfy { !$0.contains("MLI") })
    }

    @Test("\"as\" says what the object is to the subject")
    func describedAs() {
        Self.expect("Berlin welcomed Warsaw as its closest partner in the region.", gives: ["DEU support POL"])
        Self.expect("Tokyo described Pyongyang as the gravest threat to regional peace.", gives: ["JPN accuse PRK"])
        Self.expect("Washington welcomed Finland as its newest ally.", gives: ["FIN alliance USA"])
        #expect(!Self.coded("Tokyo described Pyongyang as the gravest threat to regional peace.").contains("JPN threaten PRK"))
    }

    @Test("possessives: \"its alliance with\", \"its closest ally\", pairs joined by a hyphen")
    func possessives() {
        Self.expect("Argentina said Uruguay remains its closest ally.", gives: ["ARG alliance URY"])
        Self.expect("Seoul's defence ministry said its alliance with Washington was stronger than ever.", gives: ["KOR alliance USA"])
        Self.expect("Beijing rejected the criticism in the US-Japanese statement.", gives: ["CHN reject USA", "CHN reject JPN"])
        #expect(!Self.coded("Argentina said Uruguay remains its closest ally.").contains { $0.hasPrefix("URY alliance URY") })
    }

    @Test("leaving a treaty or a deal rejects the tie")
    func endedTies() {
        Self.expect("Canberra withdrew from a trade agreement with Jakarta in March.", gives: ["AUS reject IDN"])
        Self.expect("Washington pulled out of the nuclear deal with Tehran in 2018.", gives: ["USA reject IRN"])
        Self.expect("Ankara quit the defence pact with Athens.", gives: ["TUR reject GRC"])
        #expect(!Self.coded("Canberra withdrew from a trade agreement with Jakarta in March.").contains("AUS agree IDN"))
        let ended = Self.relations("Ankara quit the defence pact with Athens.")
        #expect(ended.contains { $0.kind == .reject && $0.modality == .asserted })
    }

    @Test("nothing between a state and its own organs, and a cue noun naming a kind of thing is no act")
    func noSelfOrModifier() {
        #expect(Self.coded("Iraq's foreign ministry condemned the bombing in Iraq.").isEmpty)
        #expect(Self.coded("Analysts expect the African and Asian trade blocs to grow.").isEmpty)
        #expect(Self.coded("Nigerien aid workers were evacuated on Friday.").isEmpty)
        #expect(Self.coded("The Brazilian foreign minister defended Brazil's record on the Amazon.").isEmpty)
    }

    @Test("an unfamiliar name at the start of a sentence still heads it")
    func namesTagged() {
        Self.expect("Ankara threatened on Monday to close its airspace unless Greece withdraws the new tariffs.", gives: ["TUR threaten GRC"])
        Self.expect("Tbilisi accused Moscow of stoking unrest in the north.", gives: ["GEO accuse RUS"])
        Self.expect("Vilnius expelled two Belarusian diplomats on Thursday.", gives: ["LTU sanction BLR"])
    }

    @Test("a judgement whose subject is no actor is the speaker's")
    func judgement() {
        Self.expect("NATO's chief said membership would make Norway safer.", gives: ["nato support NOR"])
        let stated = Self.relations("NATO's chief said membership would make Norway safer.")
        #expect(stated.contains { $0.kind == .support && $0.modality == .asserted })
    }

    @Test("a purpose phrase whose clause the parse lost takes the actors before the verb")
    func purposePhrase() {
        Self.expect(
            "Senior Turkish diplomats and a Swedish envoy, the head of Sweden's Nordic desk, were in Geneva on Friday for talks with Finnish officials.",
            gives: ["TUR consult FIN", "SWE consult FIN"])
        Self.expect(
            "The Omani foreign minister and a Yemeni delegation were in Muscat on Monday for consultations with Saudi officials.",
            gives: ["OMN consult SAU", "YEM consult SAU"])
        Self.expect(
            "Two Iranian envoys and the head of Iraq's security council were in Baghdad on Sunday for talks with Kuwaiti officials.",
            gives: ["IRN consult KWT", "IRQ consult KWT"])
    }

    @Test("exercises held together are cooperation; one state's exercises near another are mobilisation")
    func exercises() {
        Self.expect("Indian and Japanese warships began war games in the Bay of Bengal on Monday.", gives: ["IND cooperate JPN", "JPN cooperate IND"])
        Self.expect("Russian and Belarusian troops held military exercises near the border.", gives: ["RUS cooperate BLR", "BLR cooperate RUS"])
        Self.expect("China launched war games near Taiwan on Saturday.", gives: ["CHN mobilize TWN"])
        #expect(!Self.coded("China launched war games near Taiwan on Saturday.").contains { $0.contains("cooperate") })
    }

    @Test("money given is aid to whom the gap names; money stopped is a sanction")
    func grantsAndCuts() {
        Self.expect("Norway will give Mozambique a grant of 20 million dollars for clean water.", gives: ["NOR aid MOZ"])
        Self.expect("Japan gave Vietnam a loan to build the new metro line.", gives: ["JPN aid VNM"])
        Self.expect("Washington suspended military aid to Niger after the coup.", gives: ["USA sanction NER"])
        Self.expect("The European Union froze development assistance to Mali.", gives: ["eu sanction MLI"])
        #expect(!Self.coded("The European Union froze development assistance to Mali.").contains("eu aid MLI"))
    }

    @Test("a stance on a thing that is no act is a stance on its owner; an act's \"of\" names victims")
    func ownersOfThings() {
        Self.expect("Brazil defended the right of Paraguay to build the dam.", gives: ["BRA support PRY"])
        Self.expect("Cairo criticised the policies of Ethiopia on the Nile.", gives: ["EGY accuse ETH"])
        Self.expect("Students in Tehran showed their disapproval for British foreign policy.", gives: ["IRN.civilians accuse GBR"])
        #expect(Self.coded("Rome condemned the killing of Italian aid workers.").isEmpty)
    }

    @Test("two titled leaders of unknown name signing together agree with each other")
    func titledSigners() {
        Self.expect(
            "Albanian Prime Minister Fatos Nano and Greek President Kostas Stephanopoulos signed a friendship treaty.",
            gives: ["ALB agree GRC", "GRC agree ALB"])
        // The named person is not today's holder of the office.
        let relations = Self.relations("Albanian Prime Minister Fatos Nano and Greek President Kostas Stephanopoulos signed a friendship treaty.")
        #expect(!relations.contains { $0.kind == .office })
    }

    @Test("a titled leader joined by \"and\" to a leader the parse took as an apposition still acts with him")
    func coordinatedLeaders() {
        let sentences = [
            ("Russian leader Vladimir Putin and Turkish President Recep Tayyip Erdogan signed a new gas deal on Tuesday.", "vladimir-putin", "recep-tayyip-erdogan"),
            ("Chinese leader Xi Jinping and Brazilian President Lula da Silva signed fifteen agreements on Friday.", "xi-jinping", "luiz-inacio-lula-da-silva"),
            ("Cuban leader Fidel Castro and Venezuelan President Hugo Chavez signed a trade pact in Havana.", "fidel-castro", "hugo-chavez"),
        ]
        for (text, first, second) in sentences {
            let agreed = Self.relations(text).filter { $0.kind == .agree }.map { "\($0.source) \($0.target)" }
            #expect(agreed.contains("\(first) \(second)") && agreed.contains("\(second) \(first)"), "\(agreed) for: \(text)")
        }
        // An apposition with no "and" in it describes; it is no second party.
        let described = Self.relations("Chinese leader Xi Jinping, the general secretary of the party, signed fifteen agreements on Friday.")
        #expect(described.allSatisfy { $0.kind == .office }, "\(described)")
    }

    @Test("an act named after \"over\", \"about\" or \"amid\" is what the clause answers, not its subject's act")
    func actsInAReasonPhrase() {
        Self.expect("Moscow protested to Berlin over military aid to Ukraine.", gives: ["RUS protest DEU"])
        let cases = [
            ("Moscow protested to Berlin over military aid to Ukraine.", "RUS aid UKR"),
            ("China imposed sanctions on two defence firms over arms sales to Taiwan.", "CHN aid TWN"),
            ("Athens complained to the European Commission about new arms deliveries to Turkey.", "GRC aid TUR"),
            ("Ankara recalled its envoy amid reports of naval cooperation with Greece.", "TUR cooperate GRC"),
            ("Greece complained about German arms deliveries to Turkey.", "GRC aid TUR"),
        ]
        for (text, wrong) in cases {
            #expect(!Self.coded(text).contains(wrong), "\(Self.coded(text)) for: \(text)")
        }
    }

    @Test("\"accused X of doing\": the act is X's, and alleged, not stated")
    func allegedActs() {
        let cases = [
            ("Israel accused Iran of arming Hezbollah.", "IRN", "hezbollah"),
            ("Washington accused Beijing of supplying drones to Moscow.", "CHN", "RUS"),
            ("Seoul blamed Pyongyang for sending troops to Russia.", "PRK", "RUS"),
            ("The Kremlin accused Britain of supplying missiles to Ukraine, vowing to respond.", "GBR", "UKR"),
        ]
        for (text, source, target) in cases {
            let found = Self.relations(text)
            let act = found.first { $0.source.rawValue == source && $0.target.rawValue == target }
            #expect(act?.modality == .reported, "\(Self.coded(text)) for: \(text)")
            // The accusation itself is stated, and the accuser does not do the act.
            #expect(found.contains { $0.kind == .accuse && $0.modality == .asserted }, "\(Self.coded(text)) for: \(text)")
            #expect(!found.contains { $0.kind != .accuse && $0.target.rawValue == target && $0.source.rawValue != source },
                    "\(Self.coded(text)) for: \(text)")
        }
        // Thanks and praise for an act leave the act stated.
        let thanked = Self.relations("Turkey praised Azerbaijan for signing a peace deal with Armenia.")
        #expect(thanked.contains { $0.kind == .agree && $0.modality == .asserted }, "\(thanked)")
    }

    @Test("who brokers, hosts or facilitates a deal or talks \"between\" two parties mediates with each; the parties deal with each other")
    func brokeredBetween() {
        Self.expect("Egypt brokered a truce between Israel and Hamas.", gives: ["EGY consult ISR", "EGY consult hamas", "ISR agree hamas", "hamas agree ISR"])
        Self.expect("Turkey hosted talks between Russia and Ukraine in Istanbul.", gives: ["TUR consult RUS", "TUR consult UKR", "RUS consult UKR"])
        Self.expect("Norway facilitated negotiations between Colombia and the FARC.", gives: ["NOR consult COL", "NOR consult farc"])
        Self.expect("Qatar announced its mediation between Israel and Hamas.", gives: ["QAT consult ISR", "QAT consult hamas"])
        #expect(!Self.coded("Qatar announced its mediation between Israel and Hamas.").contains("ISR consult hamas"))
        // "between" names two parties even where the parser hung the second elsewhere.
        Self.expect("A ceasefire between India and Pakistan took effect on Sunday.", gives: ["IND agree PAK", "PAK agree IND"])
    }

    @Test("denying an act says it did not happen: no stance, and no rejection")
    func deniedActs() {
        for text in [
            "Iran denied sending weapons to Houthi rebels in Yemen.",
            "Russia has denied supplying missiles to North Korea.",
            "Qatar denied sending money to Hamas last year.",
        ] {
            let found = Self.relations(text)
            #expect(found.isEmpty, "\(Self.coded(text)) for: \(text)")
        }
    }

    @Test("\"at the request of X\" names who asks")
    func requestOf() {
        #expect(!Self.coded("The Queen acted at the request of Prime Minister Boris Johnson.").contains("elizabeth-ii request boris-johnson"))
    }

    @Test("a stance on \"the test\", \"the strike\" answers whoever did it in the sentences before")
    func answeredAct() {
        Self.expect("North Korea fired two rockets towards the sea at dawn. The launch was condemned by Japan and Australia.", gives: ["JPN accuse PRK", "AUS accuse PRK"])
        Self.expect("Azerbaijan shelled villages along the line on Tuesday. Armenia denounced the attack as a provocation.", gives: ["ARM accuse AZE"])
        Self.expect("Turkey sent troops into the border town overnight. Greece criticised the move on Friday.", gives: ["GRC accuse TUR"])
        // A definite noun that is no act does not reach back.
        let plain = Self.coded("Spain and Morocco called on Algeria to reopen the pipeline. Algeria rejected the reference to it in the Spanish-Moroccan statement.")
        #expect(plain.contains("DZA reject ESP") && plain.contains("DZA reject MAR"), "\(plain)")
    }

    @Test("a state under sanctions is their target")
    func underSanctions() {
        Self.expect("Venezuela has been under American sanctions since 2017.", gives: ["USA sanction VEN"])
        Self.expect("Cuba remains under a US embargo that has lasted six decades.", gives: ["USA sanction CUB"])
    }

    @Test("\"by X\" after an active stance names whose act it answers")
    func byOwner() {
        Self.expect("Sweden criticised the decision by Hungary to delay the vote.", gives: ["SWE accuse HUN"])
        Self.expect("Kenya welcomed the offer by Ethiopia to mediate.", gives: ["KEN support ETH"])
    }

    @Test("a protest is made to, against or with the state it addresses")
    func protestTo() {
        Self.expect("Lithuania protested to Belarus over the balloons.", gives: ["LTU protest BLR"])
        Self.expect("Manila lodged a protest with Beijing after the collision.", gives: ["PHL protest CHN"])
    }

    @Test("a verb with a tense after an infinitive shares the subject of the finite verb")
    func finiteConjunct() {
        Self.expect("The Japanese premier urged Vietnam to open its ports and spoke with its foreign minister.", gives: ["JPN request VNM", "JPN consult VNM"])
        Self.expect("Norway asked Iceland to reconsider the quota and warned it of a trade dispute.", gives: ["NOR request ISL"])
        let found = Self.coded("The Japanese premier urged Vietnam to open its ports and spoke with its foreign minister.")
        #expect(!found.contains("VNM consult VNM"), "\(found)")
    }

    @Test("\"its minister\", \"their troops\" are the possessor's office and sector")
    func possessedOffice() {
        Self.expect("The Indian foreign minister visited Nepal and met its prime minister.", gives: ["IND consult NPL"])
        Self.expect("Egypt said Israel should pull back its troops from the corridor.", gives: ["EGY request ISR"])
        Self.expect("Jordan criticised Syria and summoned its ambassador over the smuggling.", gives: ["JOR accuse SYR"])
    }

    @Test("a journey that did not happen names no state through its destination city alone")
    func cancelledJourney() {
        let cancelled = Self.relations("The Danish prime minister cancelled her trip to Washington after the dispute over the island.")
        #expect(cancelled.allSatisfy { $0.kind != .consult || $0.modality == .plannedThenCancelled })
        let postponed = Self.relations("The Romanian president postponed his visit to Chisinau because of the protests.")
        #expect(postponed.allSatisfy { $0.kind != .consult || $0.modality == .plannedThenCancelled })
    }

    @Test("an appeal is verbal cooperation and a demand verbal conflict")
    func appealsAndDemands() {
        for text in ["Peru called on Bolivia and Ecuador to join the river pact.", "Kenya urged Somalia to reopen the border crossing.",
            "Thailand asked Cambodia to help trace the smugglers."]
        {
            let found = Self.relations(text).filter { $0.kind == .request }
            #expect(!found.isEmpty && found.allSatisfy { $0.sign == .cooperative && $0.quadClass == 1 }, "\(text)")
        }
        for text in ["Iran demanded that Britain release the seized tanker.", "Ghana pressed Togo to hand over the suspects."] {
            let found = Self.relations(text).filter { $0.kind == .request }
            #expect(!found.isEmpty && found.allSatisfy { $0.sign == .hostile && $0.quadClass == 3 }, "\(text)")
        }
    }

    @Test("an actor set apart by \"except\" or \"excluding\" takes no part in what the others did")
    func exceptions() {
        let cases: [(String, kept: String, setApart: ActorID)] = [
            ("Most Arab League members condemned Israel, except Bahrain.", "arab-league accuse ISR", "BHR"),
            ("The Nordic governments criticised Russia, excluding Finland and Iceland.", "", "FIN"),
            ("All EU states except Hungary backed Ukraine.", "", "HUN"),
            ("ASEAN members supported the declaration except Cambodia.", "", "KHM"),
        ]
        for (text, kept, setApart) in cases {
            let found = Self.relations(text)
            #expect(found.allSatisfy { $0.source != setApart && $0.target != setApart }, "\(setApart) in \(Self.coded(text)) for: \(text)")
            if !kept.isEmpty { Self.expect(text, gives: [kept]) }
        }
        // An exception that sets apart no actor leaves the rest of the sentence alone.
        Self.expect("Except for minor details, Chile welcomed the Argentine proposal.", gives: ["CHL support ARG"])
    }

    @Test("a fixed noun phrase cue (\"export controls\") is headed by its noun, not its first word")
    func fixedNounPhrases() {
        Self.expect("Washington imposed new export controls on Chinese chipmakers.", gives: ["USA sanction CHN"])
        Self.expect("Tokyo announced export controls against Seoul.", gives: ["JPN sanction KOR"])
        Self.expect("The Dutch government tightened export controls on Chinese firms.", gives: ["NLD sanction CHN.business"])
    }

    @Test("a reaction drawn or suffered comes from the actor after \"from\"")
    func reactionsFrom() {
        Self.expect("Washington imposed new export controls on Chinese chipmakers, prompting a sharp rebuke from Beijing.", gives: ["CHN accuse USA"])
        Self.expect("Bolivia's decision to expel the ambassador drew a sharp rebuke from Chile.", gives: ["CHL accuse BOL"])
        Self.expect("Greece faced fierce criticism from Turkey over the pushbacks.", gives: ["TUR accuse GRC"])
        Self.expect("Kyiv received fresh military aid from Warsaw.", gives: ["POL aid UKR"])
    }

    @Test("\"his Turkish counterpart\" is the named state's government; a bare \"the counterpart\" names no one")
    func counterparts() {
        Self.expect("The Greek foreign minister met his Turkish counterpart in Ankara on Friday.", gives: ["GRC consult TUR"])
        Self.expect("The Indian prime minister received his Bhutanese counterpart in New Delhi.", gives: ["IND consult BTN"])
        Self.expect("Modi spoke by phone with his Sri Lankan counterpart.", gives: ["IND consult LKA"])
        #expect(Self.relations("Serbia cancelled talks with the counterpart.").isEmpty)
    }

    @Test("mediating between two parties is talks with each; asked for, it is no stance on them")
    func mediation() {
        Self.expect("Oman sent envoys to mediate between Yemen and Saudi Arabia.", gives: ["OMN consult YEM", "OMN consult SAU"])
        Self.expect("Qatar is mediating between Washington and Kabul.", gives: ["QAT consult USA", "QAT consult AFG"])
        let asked = Self.relations("Canada said Venezuela must be ready to negotiate with Guyana.")
        #expect(asked.contains { $0.kind == .request && $0.source == "CAN" && $0.target == "VEN" })
        #expect(!asked.contains { $0.kind == .consult && $0.modality == .asserted }, "\(Self.coded("Canada said Venezuela must be ready to negotiate with Guyana."))")
        #expect(!asked.contains { $0.source == "CAN" && $0.target == "GUY" })
    }

    @Test("force on a place a state adjective names hits that state")
    func placeOfAState() {
        Self.expect("Ukrainian drones struck an oil depot in the Russian city of Belgorod overnight.", gives: ["UKR assault RUS"])
        Self.expect("The Sudanese army shelled a market in the Chadian town of Adre.", gives: ["SDN assault TCD"])
        Self.expect("Israeli jets bombed positions in the Lebanese village of Aita al-Shaab.", gives: ["ISR assault LBN"])
    }

    @Test("suspending a member, expelling a diplomat and suing a state are sanctions and accusations")
    func suspensionsAndCases() {
        Self.expect("ECOWAS suspended Guinea after the coup.", gives: ["ecowas sanction GIN"])
        Self.expect("The African Union suspended Gabon from all its activities.", gives: ["au sanction GAB"])
        Self.expect("Estonia declared a Russian diplomat persona non grata on Monday.", gives: ["EST sanction RUS"])
        Self.expect("Nicaragua filed a case against Germany at the world court.", gives: ["NIC accuse DEU"])
        Self.expect("Ukraine lodged a complaint against Hungary with the European Commission.", gives: ["UKR accuse HUN"])
    }

    @Test("an ambassador recalled for consultations holds no talks with the state he left")
    func recalledForConsultations() {
        for text in ["Ecuador recalled its ambassador from Mexico City for consultations.",
            "Peru recalled its envoy to Bogota for consultations after the remarks.",
            "Armenia recalled its ambassador from Moscow for consultations."]
        {
            let found = Self.relations(text)
            #expect(found.contains { $0.kind == .sanction }, "\(Self.coded(text))")
            #expect(!found.contains { $0.kind == .consult }, "\(Self.coded(text))")
        }
    }

    @Test("a former office holder acts for no one")
    func formerHolders() {
        for text in ["The former Peruvian president met Chilean officials in Santiago.",
            "Spain offered asylum to the former Venezuelan foreign minister.",
            "Mexico granted asylum to the former Bolivian president."]
        {
            #expect(Self.relations(text).filter { $0.kind != .office }.isEmpty, "\(Self.coded(text))")
        }
    }

    @Test("a stance on a proposal is a stance on whoever it comes from or whoever put it forward")
    func proposalsFromAndBy() {
        Self.expect("Serbia turned down a proposal from Kosovo on the license plates.", gives: ["SRB reject XKX"])
        Self.expect("Armenia dismissed a peace plan put forward by Azerbaijan.", gives: ["ARM reject AZE"])
        Self.expect("Russia vetoed a resolution drafted by France and Britain.", gives: ["RUS reject FRA", "RUS reject GBR"])
        // A withdrawal from a place is not that place's.
        #expect(!Self.relations("Moscow criticised the withdrawal from Afghanistan.").contains { $0.target == "AFG" })
    }

    @Test("cues proposed by WordNet (cues-wordnet.tsv) read like the hand-written ones")
    func wordNetCues() {
        // "ignore", "rebut" and "banish" are not in cues.tsv; WordNet gives them as synonyms of its cues.
        Self.expect("Hanoi ignored Beijing's warnings about the survey ship.", gives: ["VNM reject CHN"])
        Self.expect("Rwanda rebutted the Congolese accusations.", gives: ["RWA reject COD"])
        Self.expect("The Irish government banished the Israeli ambassador.", gives: ["IRL sanction ISR"])
        // Reviewed out (cues-wordnet-rejected.tsv): "help" is no aid when it helps someone do something.
        #expect(!Self.relations("Norway helped negotiate the deal between Colombia and the rebels.").contains { $0.kind == .aid })
    }

    @Test("attacking a decision, a law or remarks is a verbal attack, not force")
    func verbalAttacks() {
        for (text, expected) in [("Beijing attacked the new Australian law on foreign interference.", "CHN accuse AUS"),
            ("The Iranian foreign minister attacked Saudi Arabia's decision to cut oil output.", "IRN accuse SAU"),
            ("Ankara attacked the French resolution on the genocide.", "TUR accuse FRA")]
        {
            Self.expect(text, gives: [expected])
            #expect(!Self.relations(text).contains { $0.kind == .assault }, "\(text)")
        }
        Self.expect("Russian forces attacked Ukrainian positions near Bakhmut.", gives: ["RUS assault UKR"])
    }

    @Test("forces that clash are each other's attackers; a protest outside an embassy is aimed at its state")
    func clashesAndEmbassyProtests() {
        Self.expect("Thai and Cambodian soldiers clashed near the temple.", gives: ["THA assault KHM", "KHM assault THA"])
        Self.expect("Serbian police clashed with Kosovo protesters.", gives: ["SRB assault XKX.civilians"])
        Self.expect("Thousands of Kenyans protested outside the Chinese embassy in Nairobi.", gives: ["KEN protest CHN"])
        Self.expect("Hundreds of Chileans protested outside the Bolivian consulate.", gives: ["CHL protest BOL"])
    }

    @Test("an act on something of an actor named by its modifiers hits that actor")
    func ownerNamedByModifiers() {
        Self.expect("Chinese hackers tried to hack into the phones of Indian diplomats.", gives: ["CHN coerce IND"])
        Self.expect("Turkish jets bombed the bases of Kurdish fighters in Syria.", gives: ["TUR assault SYR.rebels"])
        Self.expect("Israeli settlers set fire to Palestinian homes in the village.", gives: ["ISR.civilians assault PSE"])
    }

    @Test("a target named by word order lies in the cue's clause, not in the next one")
    func wordOrderStaysInItsClause() {
        let text = "Myanmar's military government, which seized power in 2021, has rejected a peace plan from ASEAN."
        #expect(!Self.relations(text).contains { $0.kind == .coerce }, "\(Self.coded(text))")
        Self.expect(text, gives: ["MMR reject asean"])
        let other = "The Malian junta, which took power in a coup, has expelled the envoy from ECOWAS."
        #expect(!Self.relations(other).contains { $0.kind == .coerce }, "\(Self.coded(other))")
    }

    @Test("a cue noun in apposition to a name describes that name's stance")
    func appositiveCues() {
        Self.expect("Colombian President Gustavo Petro, a longtime critic of Washington, called for dialogue with Venezuela.", gives: ["COL accuse USA"])
        Self.expect("Nicaragua's Daniel Ortega, a fierce critic of the United States, met Iranian officials.", gives: ["NIC accuse USA"])
    }

    @Test("a hyphenated word in a cue's gap counts as one word")
    func hyphensInGaps() {
        Self.expect("Germany's chancellor refused to send long-range Taurus missiles to Kyiv.", gives: ["DEU reject UKR"])
        Self.expect("Washington will send long-range ATACMS missiles to Ukraine.", gives: ["USA aid UKR"])
    }

    @Test("a title or body of coordinated states stands for each state's holder or body")
    func titlesOfCoordinatedStates() {
        Self.expect("The leaders of Chile and Peru met in Lima on Monday.", gives: ["CHL consult PER", "PER consult CHL"])
        Self.expect("The foreign ministers of India and China held talks in Moscow.", gives: ["IND consult CHN", "CHN consult IND"])
        Self.expect(
            "The defence ministers of Japan, South Korea and Australia condemned the launch by North Korea.",
            gives: ["JPN accuse PRK", "KOR accuse PRK", "AUS accuse PRK"])
    }

    @Test("a title of something a state has, or with a deputy's rank, is not the state's leader")
    func titlesOfOtherThings() {
        for text in [
            "Gunmen killed the deputy chief of Israel in an ambush.", "Rebels shot the chief of Sudan's militia ally.",
            "The head of the Turkish army warned Syria.",
        ] {
            let found = Self.relations(text)
            #expect(!found.contains { $0.source.rawValue.contains("-") && !$0.source.rawValue.contains(".") || $0.kind == .office }, "\(Self.coded(text))")
        }
        Self.expect("The head of the Turkish army warned Syria.", gives: ["TUR threaten SYR"])
        // "the chief" followed by "of" heads what the "of" names, not the last state mentioned.
        let other = "Iran hosted talks on Monday. The chief of the visiting delegation praised Qatar."
        #expect(!Self.relations(other).contains { $0.kind == .support }, "\(Self.coded(other))")
    }

    @Test("a stance on an agreement or act between two states is a stance on each")
    func stanceOnWhatIsBetween() {
        Self.expect("Egypt denounced the agreement between Turkey and Libya.", gives: ["EGY accuse TUR", "EGY accuse LBY"])
        Self.expect("France criticised the deal between Russia and Mali on Friday.", gives: ["FRA accuse RUS", "FRA accuse MLI"])
        Self.expect("Japan welcomed the truce between India and Pakistan.", gives: ["JPN support IND", "JPN support PAK"])
    }

    @Test("coordinated state adjectives before a title each take the title")
    func coordinatedAdjectivesBeforeTitles() {
        Self.expect(
            "The Egyptian foreign minister and his Greek and French counterparts met in Cairo.",
            gives: ["EGY consult GRC", "EGY consult FRA", "GRC consult FRA"])
        Self.expect("The Kenyan president and his Ugandan and Tanzanian counterparts discussed the railway.", gives: ["KEN consult UGA", "KEN consult TZA"])
    }

    @Test("a passive act done in a statement or raid by an actor is that actor's")
    func agentOfTheStatement() {
        Self.expect("Turkey was condemned in a joint statement by Egypt, Greece and Cyprus.", gives: ["EGY accuse TUR", "GRC accuse TUR", "CYP accuse TUR"])
        Self.expect("Russia was criticised on Monday in a letter by Poland.", gives: ["POL accuse RUS"])
        Self.expect("Two Syrian soldiers were killed in a raid by Israeli aircraft.", gives: ["ISR assault SYR"])
    }

    @Test("every phrase a verb takes with its cue's preposition is a target")
    func repeatedPrepositions() {
        Self.expect("Greece met with Germany on Monday, then with France.", gives: ["GRC consult DEU", "GRC consult FRA"])
        Self.expect("The Kenyan president spoke with Uganda and later with Ethiopia.", gives: ["KEN consult UGA", "KEN consult ETH"])
    }

    @Test("an agreement made between parties with no actor as subject binds each party")
    func agreementsBetween() {
        Self.expect("In 2017, a memorandum of understanding was signed between Cyprus, Greece and Israel.", gives: ["CYP agree GRC", "GRC agree ISR", "ISR agree CYP"])
        Self.expect("A ceasefire was agreed between Armenia and Azerbaijan on Saturday.", gives: ["ARM agree AZE", "AZE agree ARM"])
    }

    @Test("what a non-actor does, in someone's claim, is not the claimant's stance")
    func claimsAboutOthers() {
        for text in [
            "US officials said the airline flies arms to Syria, supporting the Assad government.",
            "Britain's ambassador alleged the company had helped the militia by supporting Iranian forces.",
            "\"The bank moves money across the region, backing the Iranian regime,\" the US Treasury said.",
        ] {
            #expect(!Self.relations(text).contains { $0.kind == .support }, "\(Self.coded(text))")
        }
    }

    @Test("\"alleged\" before a noun leaves the act stated; as a verb it reports")
    func allegedAsAdjective() {
        let stated = Self.relations("The European Union sanctioned Iran over alleged assassination plots.")
        #expect(stated.contains { $0.kind == .sanction && $0.modality == .asserted })
        let expelled = Self.relations("Russia expelled two Dutch diplomats for alleged spying on Monday.")
        #expect(expelled.contains { $0.kind == .sanction && $0.modality == .asserted })
        let alleged = Self.relations("Saudi Arabia alleged Iranian involvement in the attack.")
        #expect(alleged.contains { $0.kind == .accuse && $0.modality == .reported })
    }

    @Test("a finite verb after an infinitive hung on the object shares the main subject")
    func finiteConjunctAfterObjectInfinitive() {
        Self.expect(
            "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State Mike Pompeo about the case.",
            gives: ["GBR consult USA"])
        Self.expect("Japan asked the envoy to leave and recalled its ambassador from Seoul.", gives: ["JPN sanction KOR"])
    }

    @Test("\"they\" after actors named together stands for each of them")
    func theyForAGroup() {
        Self.expect("Chile and Peru held talks on Friday. They agreed to reopen the border.", gives: ["CHL agree PER", "PER agree CHL"])
        Self.expect("France and Germany criticised the plan. They said Russia must withdraw its troops.", gives: ["FRA request RUS", "DEU request RUS"])
        Self.expect(
            "The Greek foreign minister and his Egyptian and Cypriot counterparts met in Nicosia on Monday. They called on Turkey to stop drilling.",
            gives: ["GRC request TUR", "EGY request TUR", "CYP request TUR"])
        // Not a list inside a prepositional phrase: "they" here are the ministers, not the parties to the deal.
        let text = "Egypt and Greece met in Cairo. They denounced the deal between Turkey and Libya. They called on Turkey to withdraw."
        #expect(!Self.coded(text).contains("LBY request TUR"), "\(Self.coded(text))")
        Self.expect(text, gives: ["EGY request TUR", "GRC request TUR", "EGY accuse LBY"])
    }

    @Test("force launched into a state hits it; an operation answered later is its actor's")
    func forceIntoAndOperationsAnswered() {
        Self.expect("Turkey began a military offensive into north-eastern Syria on Wednesday.", gives: ["TUR assault SYR"])
        Self.expect("Ethiopia launched an offensive into Somalia in 2006.", gives: ["ETH assault SOM"])
        Self.expect("Rwanda mounted an invasion into Congo.", gives: ["RWA assault COD"])
        Self.expect("Turkey invaded Syria. The operation was condemned by members of the European Union.", gives: ["eu accuse TUR"])
        Self.expect("Israel struck targets in Lebanon. The airstrikes were condemned by France.", gives: ["FRA accuse ISR"])
    }

    @Test("expecting or wanting another to act is a request; of oneself, an intention")
    func expectations() {
        Self.expect("India expects Pakistan to act against the militants.", gives: ["IND request PAK"])
        Self.expect("Washington wants Seoul to pay more for its troops.", gives: ["USA request KOR"])
        let own = Self.relations("Russia expects to sign the deal with China next year.")
        #expect(own.contains { $0.kind == .agree && $0.modality == .intended }, "\(Self.coded("Russia expects to sign the deal with China next year."))")
        #expect(!own.contains { $0.kind == .support })
    }

    @Test("a short acronym in mixed case names a group only as written")
    func mixedCaseAcronyms() {
        #expect(Self.relations("President Trump told reporters: \"Let's talk about it tomorrow with China.\"").allSatisfy { $0.source.rawValue != "let" && $0.target.rawValue != "let" })
        #expect(Self.relations("LeT militants attacked Indian troops in Kashmir.").contains { $0.source.rawValue == "let" && $0.kind == .assault })
    }

    @Test("parties and politicians attack each other in words")
    func partiesAttackInWords() {
        for text in ["Democrats continued to attack Trump on his taxes.", "The Labour Party attacked Boris Johnson over the deal."] {
            let found = Self.relations(text)
            #expect(found.contains { $0.kind == .accuse } && !found.contains { $0.kind == .assault }, "\(Self.coded(text))")
        }
    }

    @Test("members of a body stand for it as a target")
    func membersOfABody() {
        Self.expect("Pakistan condemned members of the Taliban.", gives: ["PAK accuse taliban"])
        Self.expect("Egypt criticised members of Hamas on Sunday.", gives: ["EGY accuse hamas"])
    }

    @Test("a headline clause after \"as\" is no description of the object")
    func headlineAsClause() {
        for text in ["Finland joins NATO as Moscow warns of countermeasures", "Sweden joins the EU as Moscow protests"] {
            #expect(!Self.relations(text).contains { $0.source.rawValue == "FIN" || $0.source.rawValue == "SWE" ? $0.kind.sign == .hostile : false }, "\(Self.coded(text))")
        }
    }

    @Test("a war or feud that something ended is no standing hostility; an ended act took place")
    func endedWars() {
        for text in [
            "Norway brokered an end to the war between Sudan and South Sudan.",
            "Algeria helped to end the conflict between Ethiopia and Eritrea.",
            "The treaty ended the feud between Peru and Ecuador.",
            "The accord put an end to the border war between India and China.",
        ] {
            let relations = Self.relations(text)
            #expect(!relations.contains { $0.kind == .hostility && $0.modality == .asserted }, "\(Self.coded(text))")
        }
        // The mediation itself still stands.
        Self.expect("Norway brokered an end to the war between Sudan and South Sudan.", gives: ["NOR consult SDN"])
        // A war that goes on is hostility, and an attack that ended was made.
        #expect(Self.relations("The war between Sudan and South Sudan entered its third year.").contains { $0.kind == .hostility && $0.modality == .asserted })
        #expect(Self.relations("Russia ended its shelling of Ukrainian ports after a week.").contains { $0.kind == .assault && $0.modality == .asserted })
    }

    @Test("force on a place hits whom the place houses or belongs to, active or passive")
    func forceOnOwnedPlaces() {
        Self.expect("Kenyan troops attacked a camp for Somali refugees.", gives: ["KEN assault SOM.civilians"])
        Self.expect("The Sudanese army attacked a camp for South Sudanese refugees.", gives: ["SDN assault SSD.civilians"])
        Self.expect("A camp for Somali refugees was attacked by Kenyan troops.", gives: ["KEN assault SOM.civilians"])
        Self.expect("The homes of Eritrean families were bombed by Ethiopian jets.", gives: ["ETH assault ERI.civilians"])
        // A reason is no owner: "for its ties" names why, not whose.
        #expect(Self.coded("Russia attacked Ukraine for its ties to NATO.") == ["RUS assault UKR"])
    }

    @Test("a relative clause on an act is done by whoever did the act; on a describing noun, by the actor described")
    func relativeClauses() {
        Self.expect("The US airstrike that killed an Iranian general drew condemnation from Iraq.", gives: ["USA assault IRN"])
        Self.expect("Lebanon condemned an Israeli raid which destroyed a Lebanese army post.", gives: ["ISR assault LBN"])
        Self.expect("Greece is a country that opposes Turkish drilling.", gives: ["GRC reject TUR"])
        Self.expect("Sweden, a nation that supports Ukraine, sent tanks.", gives: ["SWE support UKR"])
        // "that" as a complementiser is no relative pronoun.
        #expect(!Self.coded("Iraq said that Iran attacked the border post.").contains { $0.hasPrefix("IRQ assault") })
    }

    @Test("a participle of aiming names the target of the act it modifies")
    func aimingParticiples() {
        Self.expect("Iran launched missiles targeting US troops in Iraqi military bases.", gives: ["IRN assault USA"])
        Self.expect("Saudi jets carried out air strikes aimed at Houthi positions.", gives: ["SAU assault houthis"])
        Self.expect("Russia fired drones targeting Ukrainian power plants.", gives: ["RUS assault UKR"])
        // Aiming at no actor gives no target.
        #expect(Self.coded("China launched a campaign targeting corruption.").isEmpty)
    }

    @Test("a person unknown to the gazetteer acts for the body their apposition names")
    func appositionSpeaksFor() {
        Self.expect("John Smith, the head of the Iraqi delegation, criticised Turkey.", gives: ["IRQ accuse TUR"])
        Self.expect("Ahmed al-Assadi, a spokesman for the PMF, blamed Israel for the attack.", gives: ["pmf accuse ISR"])
        Self.expect("Maria Lopez, a minister of the Colombian government, accused Venezuela of harbouring rebels.", gives: ["COL accuse VEN"])
        // A participle with no object of its own is still a passive.
        Self.expect("Georgia, invaded by Russia in 2008, asked NATO for help.", gives: ["RUS assault GEO", "GEO request nato"])
    }

    @Test("a person the gazetteer does not know stands for the body their apposition heads")
    func appositionHeads() {
        Self.expect("Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.", gives: ["USA assault IRN"])
        Self.expect("Israeli jets killed Ahmed Saleh, a commander of Hamas, in Gaza.", gives: ["ISR assault hamas"])
        // A place one is of is no body.
        #expect(Self.coded("French police arrested Maria Lopez, a resident of Madrid, in Paris.").allSatisfy { !$0.contains("ESP") })
    }

    @Test("a relative pronoun as object is the actor named before it")
    func relativeObjects() {
        Self.expect("Cyprus, which Turkey does not recognize, protested.", gives: ["TUR reject CYP"])
        Self.expect("The sanctions hit Iran, which Washington accuses of sponsoring terrorism.", gives: ["USA accuse IRN"])
        Self.expect("Kosovo, which Serbia refuses to recognise, joined the body.", gives: ["SRB reject XKX"])
        Self.expect("Ukraine, which Russia invaded in 2022, asked for aid.", gives: ["RUS assault UKR"])
    }

    @Test("a cue noun as the predicate of a copula is its subject's stance")
    func predicateNouns() {
        Self.expect("France is a critic of Russia.", gives: ["FRA accuse RUS"])
        Self.expect("Norway is a supporter of Ukraine.", gives: ["NOR support UKR"])
        Self.expect("Mexico was an outspoken opponent of the Cuban embargo.", gives: ["MEX reject CUB"])
        Self.expect("Iran is an enemy of Israel.", gives: ["IRN hostility ISR"])
    }

    @Test("whoever leads a war or coalition (\"the US-led war\") is its actor")
    func ledBy() {
        Self.expect("France was an outspoken opponent of the US-led war in Iraq.", gives: ["FRA reject USA"])
        Self.expect("Iran condemned the Saudi-led coalition's airstrikes on Yemen.", gives: ["IRN accuse SAU"])
        Self.expect("The Saudi-led coalition bombed Houthi positions.", gives: ["SAU assault houthis"])
        // The leader comes before the war's own name.
        #expect(Self.coded("Belgium was a critic of the United States-led Iraq War.") == ["BEL accuse USA"])
    }

    @Test("a cue verb in a past form that can be nothing else is read as a verb, however rare")
    func rarePastForms() {
        Self.expect("The US froze aid to Egypt.", gives: ["USA sanction EGY"])
        Self.expect("Russia froze Ukrainian assets.", gives: ["RUS sanction UKR"])
        Self.expect("The Chinese minister spoke with his Japanese counterpart.", gives: ["CHN consult JPN"])
    }

    @Test("\"he\" after a person the gazetteer does not know is not the known person named before")
    func unnamedPeopleBlockPronouns() {
        // Without anyone between, "he" is the known person.
        Self.expect("French President Emmanuel Macron arrived in Rome. He condemned the Russian strikes on Kyiv.", gives: ["FRA accuse RUS"])
        // A full name the gazetteer lacks stands between: "he" is that person, who is no actor.
        #expect(!Self.coded("French President Emmanuel Macron arrived in Rome. Police questioned Jean-Baptiste Okonkwo. He had attacked Russian diplomats.").contains("FRA assault RUS"))
        #expect(!Self.coded("Vladimir Putin spoke in Moscow. Officials later named Dmitri Korsakovsky as the suspect. He had threatened Estonia.").contains("RUS threaten EST"))
        // Later, the surname alone names the same person.
        #expect(!Self.coded("Soldiers arrested Omondi Wekesa in March. Kenyan President William Ruto spoke on Monday. Police questioned Wekesa again. He had threatened Uganda.").contains("KEN threaten UGA"))
        // Without the unnamed person the same words give the relation: the tests above test the block.
        Self.expect("French President Emmanuel Macron arrived in Rome. He had attacked Russian diplomats.", gives: ["FRA assault RUS"])
        Self.expect("Vladimir Putin spoke in Moscow. He had threatened Estonia.", gives: ["RUS threaten EST"])
        Self.expect("Kenyan President William Ruto spoke on Monday. Police questioned him again. He had threatened Uganda.", gives: ["KEN threaten UGA"])
        // A quotation such a person speaks is nobody's the gazetteer knows, before or after the quotation.
        #expect(Self.coded("Boris Johnson spoke in London on Monday. Union leader Mick Whelan said, \"We will never support the Chinese government.\"").isEmpty)
        #expect(Self.coded("Boris Johnson spoke in London on Monday. \"We will never support the Chinese government,\" said Mick Whelan.").isEmpty)
        Self.expect("Boris Johnson spoke in London on Monday. He said, \"We will never support the Chinese government.\"", gives: ["GBR reject CHN"])
        // Nor does the last quotation's speaker go on past such a person, named with a title alone.
        let quoted = "\"We will never support the Chinese government,\" Boris Johnson said. The union's president Okwuosa proposed: \"We must back the Chinese government.\""
        #expect(!Self.coded(quoted).contains("GBR backing CHN"))
        Self.expect("\"We will never support the Chinese government,\" Boris Johnson said. Later he proposed: \"We must back the Chinese government.\"", gives: ["GBR backing CHN"])
        // A company or a newspaper is not a person: "he" still reaches back past it.
        Self.expect("Vladimir Putin spoke to Business Insider on Monday. He accused Ukraine of shelling Donetsk.", gives: ["RUS accuse UKR"])
    }

    @Test("a participle right after a noun inside a phrase is that noun's act, wherever the parse hangs it")
    func reducedRelatives() {
        // The noun is no actor: the clause's subject does not attack.
        #expect(Self.coded("Japan discussed the problem of pirates regularly attacking Chinese ships.").isEmpty)
        #expect(Self.coded("Canada described the threat of hackers constantly attacking American banks.").isEmpty)
        #expect(Self.coded("France raised the issue of militias currently shelling Syrian villages.").isEmpty)
        // A participle on the verb after its own object keeps the verb's subject.
        Self.expect("Russia attacked Ukraine killing five civilians.", gives: ["RUS assault UKR"])
        // A participle that works as a preposition opens no clause.
        #expect(!Self.coded("Putin offered talks with the president of Armenia following the invasion of Dagestan.").contains { $0.hasPrefix("ARM assault") })
    }

    @Test("a relative pronoun after a noun an actor modifies stands for that actor, and never for an earlier subject")
    func relativesOfModifiedNouns() {
        Self.expect("The SDF is made up of YPG militia which support the PKK.", gives: ["ypg support pkk"])
        Self.expect("Officials blamed Iranian militias, which oppose the United States.", gives: ["IRN.armed-groups reject USA"])
        Self.expect("Officials blamed Hezbollah fighters, who support Syria.", gives: ["hezbollah support SYR"])
        // A noun no actor modifies: the clause has a subject, and it is nobody the gazetteer knows.
        #expect(!Self.coded("The SDF, which Turkey opposes, is made up of Kurdish fighters who support the PKK.").contains("TUR support pkk"))
        #expect(!Self.coded("Germany hosted the delegates who attended a meeting with Chinese officials.").contains("DEU consult CHN"))
    }

    @Test("a deal to normalize relations between two states binds those two")
    func dealsForRelationsBetween() {
        Self.expect("The US brokered a deal to normalize relations between Morocco and Israel.", gives: ["MAR agree ISR", "ISR agree MAR", "USA consult MAR"])
        Self.expect("Egypt announced a deal to normalize ties between Qatar and Saudi Arabia.", gives: ["QAT agree SAU", "SAU agree QAT"])
        Self.expect("China welcomed an agreement to restore diplomatic relations between Iran and Saudi Arabia.", gives: ["IRN agree SAU"])
        // Through the relative clause of whoever brokered it.
        Self.expect("The White House announced a deal it brokered to normalize relations between Sudan and Israel.", gives: ["SDN agree ISR"])
        // The announcer is no party.
        #expect(!Self.coded("Egypt announced a deal to normalize ties between Qatar and Saudi Arabia.").contains { $0.hasPrefix("EGY agree") })
    }

    @Test("two names just before a tie noun are its parties only when nothing but modifiers stands between")
    func namesBeforeTieNouns() {
        Self.expect("US-Iran talks resumed in Vienna.", gives: ["USA consult IRN", "IRN consult USA"])
        Self.expect("The US-China trade deal was signed.", gives: ["USA agree CHN"])
        Self.expect("India and Pakistan peace talks stalled.", gives: ["IND consult PAK"])
        // A preposition or determiner between: the names belong to another phrase.
        #expect(!Self.coded("Athens expelled the Libyan ambassador to Greece over the agreement.").contains { $0.hasSuffix("agree GRC") })
        #expect(!Self.coded("Rome recalled the Egyptian envoy to Italy after the talks.").contains { $0.contains("consult") })
    }

    @Test("a participle cue holding its preposition (\"aligned with\") is a state of its subject, not a passive")
    func adjectivalParticipleCues() {
        Self.expect("Hezbollah is allied with Iran.", gives: ["IRN alliance hezbollah"])
        Self.expect("Hezbollah is closely aligned with Iran.", gives: ["hezbollah backing IRN"])
        Self.expect("The Houthis, who are aligned with Iran, fired missiles.", gives: ["houthis backing IRN"])
        Self.expect("Hezbollah, a group allied with Iran, fired rockets.", gives: ["IRN alliance hezbollah"])
    }

    @Test("joining a coalition someone leads is cooperation with the leader")
    func joiningLedCoalitions() {
        Self.expect("Australia joined the US-led coalition in Iraq.", gives: ["AUS cooperate USA"])
        Self.expect("Britain has joined the Saudi-led coalition.", gives: ["GBR cooperate SAU"])
        Self.expect("Canada refused to join the US-led coalition.", gives: ["CAN reject USA"])
        // A coalition nobody is named as leading ties its member to nobody.
        #expect(Self.coded("Britain joined the coalition.").isEmpty)
    }

    @Test("a state in a war's name (\"the Iraq War\") is where it was fought, not a side")
    func warNames() {
        #expect(Self.coded("France opposed the Iraq War.").isEmpty)
        #expect(Self.coded("Germany criticized the Vietnam War.").isEmpty)
        // Who led it still counts, and so do states joined by a hyphen, and the same words uncapitalised.
        Self.expect("France was an outspoken opponent of the US-led Iraq War.", gives: ["FRA reject USA"])
        Self.expect("Iran and Iraq fought the Iran-Iraq War.", gives: ["IRN assault IRQ"])
        Self.expect("Germany criticized the Russian war in Ukraine.", gives: ["DEU accuse RUS"])
    }

    @Test("a photo caption, marked by its credit, says who stood where, not who stands with whom")
    func photoCaptions() {
        #expect(Self.coded("President Roosevelt (center) stands with Russian (left) and Japanese (right) envoys Image: unknown.").isEmpty)
        #expect(Self.coded("The Indian prime minister stands with Japanese officials in Tokyo. Photo: Reuters.").isEmpty)
        Self.expect("The US stands with Ukraine, Biden said.", gives: ["USA support UKR"])
    }

    @Test("who condemns an act does not do it: the act's own agent does, wherever its \"by\" hangs")
    func condemnedActsKeepTheirAgents() {
        let recognition = Self.coded("Iran condemned the recognition of Jerusalem as Israel's capital by the United States.")
        #expect(recognition.contains("IRN accuse USA"))
        #expect(recognition.contains("USA support ISR"))
        #expect(!recognition.contains("IRN support ISR"))
        Self.expect("Turkey condemned the recognition of Kosovo as a state by Serbia.", gives: ["TUR accuse SRB", "SRB support XKX"])
        #expect(!Self.coded("Iran condemned the talks with Israel.").contains("IRN consult ISR"))
        // Refusing an act is still the refuser's own.
        Self.expect("Japan refused to meet the Chinese delegation in Osaka.", gives: ["JPN reject CHN"])
    }

    @Test("a noun's target read by word order is not the target of another act outside its phrase")
    func wordOrderTargetsOfOtherActs() {
        #expect(!Self.coded("The Israeli strike follows rocket attacks on the Egyptian embassy in Gaza.").contains("ISR assault EGY"))
        #expect(!Self.coded("The Russian offensive comes after drone attacks on Ukrainian positions.").contains("RUS assault UKR"))
        // An act inside the noun's own phrase is part of it; a verb the parser made of a participle is no act.
        Self.expect("Italy announced a suspension of air links with Serbia.", gives: ["ITA sanction SRB"])
        Self.expect("The Turkish offensive launched last week against Kurdish fighters in Syria continued.", gives: ["TUR assault SYR.rebels"])
    }

    @Test("a state's name opening a company's name (\"China Resources Holdings\") is no actor there")
    func companyNamesOpenedByStates() {
        #expect(Self.coded("Tesco left its joint venture with China Resources Holdings.").isEmpty)
        #expect(Self.coded("Iran Air resumed flights to Germany.").isEmpty)
        // The state's own bodies and a weekday after its name are read as before.
        Self.expect("Iraqi militias attacked the US Embassy in Baghdad.", gives: ["IRQ.armed-groups assault USA"])
        Self.expect("Turkey Monday accused Greece of provocations.", gives: ["TUR accuse GRC"])
        Self.expect("Japan signed a trade agreement with China on Monday.", gives: ["JPN agree CHN"])
    }

    @Test("a participle on a noun is that noun's act, and \"who\" never stands for a place")
    func participlesOnNounsAndPersonalRelatives() {
        #expect(!Self.coded("Biden was nominated with delegates pledged to Senator Bernie Sanders of Vermont, who did not release his delegates to Biden.").contains { $0.hasPrefix("USA") })
        #expect(!Self.coded("France was represented by envoys accredited to the Sultan of Oman.").contains("FRA agree OMN"))
        // The infinitive of a noun is still read with its governing clause ("voted on a resolution to expel").
        Self.expect("The Parliament of Iraq voted on a resolution to expel United States troops.", gives: ["IRQ sanction USA"])
        Self.expect("The Houthis, who are aligned with Iran, fired missiles.", gives: ["houthis backing IRN"])
    }

    @Test("a verb cue right after a plural party is its present verb; a threatened act names its target")
    func presentVerbsAfterPluralParties() {
        // The tagger, meeting a participle after the verb, took "reject" for a noun and "threaten" for a pronoun.
        Self.expect("The Palestinians reject proposed Israeli changes to the plan.", gives: ["PSE reject ISR"])
        Self.expect("Syrian rebels reject renewed Russian proposals.", gives: ["SYR.rebels reject RUS"])
        Self.expect("Syrian rebels condemn renewed Russian raids on Idlib.", gives: ["SYR.rebels accuse RUS"])
        // What is threatened is no assault; its target is the threat's.
        Self.expect("Iranian leaders threaten renewed attacks on Israel.", gives: ["IRN threaten ISR"])
        Self.expect("Tehran threatened fresh attacks on American bases.", gives: ["IRN threaten USA"])
        #expect(!Self.coded("Iranian leaders threaten renewed attacks on Israel.").contains("IRN assault ISR"))
        // A name ending in s is no plural: the noun after it stays a noun.
        Self.expect("A Hamas attack on Israel killed three soldiers.", gives: ["hamas assault ISR"])
    }

    @Test("a verb cue after \"help\" is its bare infinitive: \"helped broker a truce\"")
    func bareInfinitivesAfterHelp() {
        // The tagger read "broker" as the object noun of "helped", and the mediation was lost.
        Self.expect("Egypt helped broker a truce between Israel and Hamas.", gives: ["EGY consult ISR", "EGY consult hamas"])
        Self.expect("Qatar helped mediate talks between Israel and Hamas.", gives: ["QAT consult ISR", "QAT consult hamas"])
        Self.expect("The United States helped negotiate a peace accord with Egypt.", gives: ["USA consult EGY"])
        // The parties' own tie stays theirs.
        Self.expect("Egypt helped broker a truce between Israel and Hamas.", gives: ["ISR agree hamas"])
    }

    @Test("admitted to a body in the passive is accession; admitting to someone is not")
    func admissionToABody() {
        Self.expect("Sweden was admitted to NATO in March.", gives: ["SWE membership nato"])
        Self.expect("Timor-Leste was admitted to ASEAN as its eleventh member.", gives: ["TLS membership asean"])
        Self.expect("Montenegro has been admitted to NATO.", gives: ["MNE membership nato"])
        // A confession to someone, and a refused admission, are no membership.
        #expect(!Self.coded("Israel admitted to the United Nations that it had struck the convoy.").contains { $0.contains("membership") })
        #expect(!Self.coded("Turkey was not admitted to the European Union.").contains { $0.contains("membership") })
    }

    @Test("measures a request names as its object are called for, not taken; talks asked for are intended")
    func measuresNamedByARequest() {
        for (text, caller, target) in [
            ("Poland urged tougher sanctions on Belarus after the border crisis.", "POL", "BLR"),
            ("Lithuania demanded new sanctions against Moscow.", "LTU", "RUS"),
            ("Canada urged an arms embargo on Myanmar.", "CAN", "MMR"),
        ] {
            let found = Self.relations(text)
            #expect(found.contains { $0.source.rawValue == caller && $0.target.rawValue == target && $0.kind == .accuse }, "\(text)")
            #expect(!found.contains { $0.kind == .sanction }, "nobody imposed anything: \(text)")
        }
        // The object of the urging is whom it addresses when a clause says what is wished.
        Self.expect("Japan urged Washington to lift its sanctions on Tehran.", gives: ["JPN request USA"])
        // Talks the asker would hold itself: its own act, intended.
        for text in ["Brazil demanded talks with Argentina over the tariffs.", "Kenya sought urgent talks with Uganda on Tuesday."] {
            let talks = Self.relations(text).filter { $0.kind == .consult }
            #expect(talks.count == 2 && talks.allSatisfy { $0.modality == .intended }, "\(text): \(talks)")
        }
    }

    @Test("a cue noun compounded on a carrier (\"a bombing campaign\", \"mediation efforts\") is the phrase's act")
    func cueNounsOnCarriers() {
        Self.expect("Oman launched a mediation effort between Iran and Saudi Arabia.", gives: ["OMN consult IRN", "OMN consult SAU"])
        Self.expect("Norway renewed its mediation attempts between Sudan and South Sudan.", gives: ["NOR consult SDN", "NOR consult SSD"])
        Self.expect("Russia stepped up its bombing campaign against Ukraine.", gives: ["RUS assault UKR"])
        Self.expect("The EU adopted a new sanctions package against Belarus.", gives: ["eu sanction BLR"])
        // Mediation between one group's sides names no second party.
        let militias = Self.relations("Egyptian officials ended their mediation efforts between rival militias in Libya.")
        #expect(!militias.contains { $0.source.rawValue.hasPrefix("LBY") }, "\(militias)")
        // A cue noun on a noun that is no carrier still names a kind of thing.
        #expect(Self.relations("Aid workers from Kenya crossed into Somalia on Monday.").allSatisfy { $0.kind != .aid })
    }

    @Test("what a state received from another, or was given, shipped or sent, is the giver's aid")
    func deliveriesReceived() {
        Self.expect("Moldova received a large shipment of vaccines from Romania.", gives: ["ROU aid MDA"])
        Self.expect("Armenia received a new delivery of artillery from India.", gives: ["IND aid ARM"])
        Self.expect("Jordan received tanks from Britain.", gives: ["GBR aid JOR"])
        Self.expect("Bolivia cut diplomatic relations with Israel.", gives: ["BOL sanction ISR"])
        // Weapons given, shipped or transferred are aid to whoever gets them, however the sentence orders them.
        Self.expect("Belarus gave weapons to Serbia.", gives: ["BLR aid SRB"])
        Self.expect("North Korea shipped artillery shells to Russia.", gives: ["PRK aid RUS"])
        Self.expect("Iran transferred missiles to the Houthis.", gives: ["IRN aid houthis"])
        Self.expect("The US provided Ukraine with drones.", gives: ["USA aid UKR"])
    }

    @Test("\"the attack\" in a later sentence answers an earlier act of its quad class, not a joining, a meeting or a tension")
    func priorActOfTheNounsSign() {
        let joined = Self.relations("Canada and Australia joined the US. The attack was condemned by France.")
        #expect(!joined.contains { $0.source.rawValue == "FRA" }, "\(joined)")
        Self.expect("Iran attacked a tanker. Russia and China met on Monday. The attack was condemned by Britain.", gives: ["GBR accuse IRN"])
        Self.expect("North Korea fired a missile over Japan. The test was condemned by Seoul.", gives: ["KOR accuse PRK"])
        // A tension is no act: "the sanctions" do not answer it.
        let tension = Self.relations("Greece and Turkey traded barbs amid tensions. Poland failed to persuade Hungary to support the sanctions.")
        #expect(!tension.contains { $0.source.rawValue == "POL" }, "\(tension)")
        // A noun that names no kind of act still answers whatever was done last.
        Self.expect("Finland joined NATO on Tuesday. The move was condemned by Russia.", gives: ["RUS accuse FIN"])
    }

    @Test("an act that drew criticism from a state: the critic's target is the act's doer")
    func actsThatDrewCriticism() {
        Self.expect("Russia's invasion of Ukraine drew condemnation from Japan.", gives: ["JPN accuse RUS"])
        Self.expect("China's drills near Taiwan drew sharp criticism from Washington.", gives: ["USA accuse CHN"])
        Self.expect("The Turkish offensive in Syria drew criticism from France.", gives: ["FRA accuse TUR"])
    }

    @Test("an act a state vowed, pledged or promised to do is intended, though those verbs also report speech")
    func promisedActsAreIntended() {
        for text in [
            "Kenya and Ethiopia vowed to deepen security cooperation.",
            "Ghana pledged to expand trade with Togo.",
            "Chile promised to strengthen cooperation with Peru.",
        ] {
            let found = Self.relations(text).filter { $0.kind == .cooperate }
            #expect(!found.isEmpty && found.allSatisfy { $0.modality == .intended }, "\(text): \(found)")
        }
    }

    @Test("the one a state allows or lets act is the act's doer, not the state that allows it")
    func objectControlOfAllowing() {
        for (text, doer) in [
            ("Belarus allowed Russian troops to invade Ukraine.", "RUS"),
            ("Belarus allowed Russia to use its territory to attack Ukraine.", "RUS"),
        ] {
            let force = Self.relations(text).filter { $0.kind == .assault }
            #expect(!force.isEmpty && force.allSatisfy { $0.source.rawValue.hasPrefix(doer) }, "\(text): \(force)")
        }
        // A pledge not to allow anyone is still the allower's pledge.
        Self.expect("Iraq will not allow any country to attack Iran from its soil.", gives: ["IRQ non-aggression IRN"])
    }

    @Test("what a vetoed or blocked text says was never said: no stance for the blocker or its target")
    func blockedTextsSayNothing() {
        for text in [
            "The US vetoed a resolution condemning Israel.",
            "China blocked a statement criticising North Korea.",
            "Hungary blocked the EU's statement condemning Israel.",
        ] {
            let found = Self.relations(text)
            #expect(!found.contains { $0.kind == .accuse }, "\(text): \(found)")
            #expect(!found.contains { ["ISR", "PRK"].contains($0.target.rawValue) }, "\(text): \(found)")
        }
        // A text adopted or issued says what it says; a rejected text's own author is still rejected.
        Self.expect("Japan issued a statement condemning North Korea.", gives: ["JPN accuse PRK"])
        Self.expect("The US vetoed a French resolution on Gaza.", gives: ["USA reject FRA"])
    }

    @Test("a tie a state ended is rejected, and aid it ended is a sanction; a state that quit a body left it")
    func endedTiesAndQuitBodies() {
        Self.expect("Mauritania ended its security cooperation with Mali.", gives: ["MRT reject MLI"])
        Self.expect("Niger ended its military agreements with the United States.", gives: ["NER reject USA"])
        Self.expect("The US ended aid to Ethiopia.", gives: ["USA sanction ETH"])
        Self.expect("Mali quit ECOWAS.", gives: ["MLI retreat ecowas"])
        // Talks that ended with an agreement reached it.
        Self.expect("The talks ended with an agreement between Iran and Iraq.", gives: ["IRN agree IRQ"])
        #expect(!Self.coded("The talks ended with an agreement between Iran and Iraq.").contains { $0.contains("reject") })
    }

    @Test("an act named as the object of a verb that carries, weighs or prepares it takes that verb's modality")
    func modalityOfActsNamedAsObjects() {
        func modalities(_ text: String, _ kind: RelationKind) -> Set<Modality> {
            Set(Self.relations(text).filter { $0.kind == kind }.map(\.modality))
        }
        #expect(modalities("Iran may resume talks with the IAEA next month.", .consult) == [.hypothetical])
        #expect(modalities("Canada is weighing new sanctions against Iran.", .sanction) == [.intended])
        #expect(modalities("China plans new drills around Taiwan.", .mobilize) == [.intended])
        #expect(modalities("The EU will impose sanctions on Belarus.", .sanction) == [.intended])
        #expect(modalities("The EU imposed sanctions on Belarus.", .sanction) == [.asserted])
        #expect(modalities("India pursued talks with China.", .consult) == [.asserted])
        #expect(modalities("The envoy tried to arrange a meeting between Kenya and Somalia.", .consult) == [.intended])
        #expect(modalities("Diplomats worked to arrange a meeting between Peru and Chile, which was cancelled.", .consult)
            == [.plannedThenCancelled])
        #expect(!modalities("Kenya did not pursue sanctions against Uganda.", .sanction).contains(.asserted))
        // What a state denies it did is not stated, whether the denial names the act or the reports of it.
        for text in ["Moscow denied reports that it had supplied weapons to Hamas.", "Iran denied claims that it had armed the Houthis."] {
            #expect(!Self.relations(text).contains { $0.modality == .asserted }, "\(text)")
        }
    }

    @Test("whoever claims responsibility for an act did it, as they claim; denying responsibility denies it")
    func claimedResponsibility() {
        Self.expect("The Islamic State claimed responsibility for the bombing in Kabul.", gives: ["islamic-state assault AFG"])
        Self.expect("Hamas claimed responsibility for the attack on Israeli soldiers.", gives: ["hamas assault ISR"])
        #expect(Self.relations("Hamas denied responsibility for the attack on Israeli soldiers.").allSatisfy { $0.modality != .asserted })
        #expect(Self.relations("No group has claimed responsibility for the attack on the Pakistani consulate.").isEmpty)
    }

    @Test("an act named in a \"during\" phrase is when the clause happened, not its subject's act")
    func actsNamedAsTheTime() {
        for text in [
            "Reports said President Trump hid in the White House basement during riots.",
            "The Pakistani prime minister remained in London during strikes.",
        ] {
            let found = Self.relations(text).filter { $0.kind.sign == .hostile }
            #expect(found.isEmpty, "\(text): \(found)")
        }
        // Force a clause's own subject uses in the phrase is still found.
        Self.expect("Israeli troops killed 20 people during the raid on Jenin.", gives: ["ISR assault PSE"])
    }

    @Test("two names the parser joined into one (\"Japan and South Korea\" as compounds) are still two actors")
    func namesJoinedAsCompounds() {
        Self.expect("China criticised Japan and South Korea for joining the exercises.", gives: ["CHN accuse JPN", "CHN accuse KOR"])
        Self.expect("Russia threatened Finland and North Macedonia.", gives: ["RUS threaten FIN", "RUS threaten MKD"])
        // A state whose own name holds "and" stays one.
        Self.expect("Trinidad and Tobago condemned Venezuela.", gives: ["TTO accuse VEN"])
    }

    @Test("rejecting claims is stated, and allegations are hearsay; an act whose object has \"no\" did not happen")
    func reportNounsAndNoObjects() {
        let rejected = Self.relations("Beijing rejected Manila's claims in the South China Sea.")
        #expect(rejected.contains { $0.source.rawValue == "CHN" && $0.kind == .reject && $0.modality == .asserted }, "\(rejected)")
        // Hearsay still reports the act it is about, allegations too.
        let alleged = Self.relations("The charge stemmed from allegations that Kenya tried to pressure the Somali government.")
        #expect(!alleged.isEmpty && alleged.allSatisfy { $0.modality == .reported }, "\(alleged)")
        #expect(Self.relations("Iran reportedly attacked a tanker near Oman.").allSatisfy { $0.modality != .asserted || $0.kind == .office })
        for (text, kind) in [
            ("Russia sent no troops to Belarus.", RelationKind.mobilize), ("Iran supplied no drones to Sudan.", .aid),
            ("Pakistan attacked no Indian positions.", .assault),
        ] {
            #expect(!Self.relations(text).contains { $0.kind == kind && $0.modality == .asserted }, "\(text)")
        }
        Self.expect("Pakistan attacked Indian positions.", gives: ["PAK assault IND"])
    }

    @Test("designating a group as terrorist sanctions it; states at odds are in a dispute")
    func designationsAndDisputes() {
        Self.expect("The US designated the Houthis a terrorist organisation.", gives: ["USA sanction houthis"])
        Self.expect("Canada designated the IRGC as a terrorist group.", gives: ["CAN sanction IRN"])
        Self.expect("Argentina and Britain remain at odds over the Falklands.", gives: ["ARG hostility GBR"])
    }

    @Test("a stance on an act done by someone: the doer named by \"by\" is the target, not what the act is about")
    func stanceOnAnActByAnAgent() {
        let found = Self.relations("Erdogan attacked the proclamation of the Golan Heights as Israeli territory by President Donald Trump.")
            .filter { $0.kind == .accuse }.map(\.target.rawValue)
        #expect(found == ["donald-trump"], "\(found)")
        Self.expect("China criticised the sale of weapons to Taiwan by the United States.", gives: ["CHN accuse USA"])
        #expect(!Self.coded("China criticised the sale of weapons to Taiwan by the United States.").contains("CHN accuse TWN"))
    }

    @Test("a ban on imports of a state's goods sanctions that state; halting trade with it too")
    func tradeMeasures() {
        Self.expect("Russia banned imports of Moldovan wine.", gives: ["RUS sanction MDA"])
        Self.expect("China suspended imports of Japanese seafood.", gives: ["CHN sanction JPN"])
        Self.expect("India halted imports from Malaysia.", gives: ["IND sanction MYS"])
        Self.expect("Turkey halted all trade with Israel.", gives: ["TUR sanction ISR"])
        // Goods of no named state name no target.
        #expect(Self.relations("Germany banned imports of wine.").isEmpty)
    }

    @Test("what a state retaliated with, it did; a threat's content it did not")
    func retaliationMeans() {
        Self.expect("Pakistan retaliated with air strikes on Iranian territory.", gives: ["PAK assault IRN"])
        Self.expect("Israel retaliated with strikes on Hezbollah positions.", gives: ["ISR assault hezbollah"])
        let threat = Self.relations("China threatened Japan with sanctions.")
        #expect(!threat.contains { $0.kind == .sanction && $0.modality == .asserted }, "\(threat)")
    }

    @Test("a retaliation reported done is an attack; one still to come, or given by named means, is not")
    func retaliationDone() {
        Self.expect("Iran retaliated against Israel on Saturday, firing missiles at air bases.", gives: ["IRN assault ISR"])
        Self.expect("India retaliated against Pakistan.", gives: ["IND assault PAK"])
        Self.expect("Pakistan said it had retaliated against India.", gives: ["PAK assault IND"])
        for text in ["Iran will retaliate against Israel, its foreign minister said.", "Iran threatened retaliation against Israel.",
            "If attacked, Iran would retaliate against Israel."]
        {
            let found = Self.relations(text)
            #expect(found.contains { $0.kind == .threaten } && !found.contains { $0.kind == .assault && $0.modality == .asserted }, "\(found) for: \(text)")
        }
        // The means named are coded as themselves: tariffs are a sanction, not force.
        let tariffs = Self.relations("China retaliated against the United States with tariffs on soybeans.")
        #expect(tariffs.contains { $0.kind == .sanction } && !tariffs.contains { $0.kind == .assault }, "\(tariffs)")
        let expelled = Self.relations("Russia retaliated against Britain by expelling 23 British diplomats.")
        #expect(!expelled.contains { $0.kind == .assault }, "\(expelled)")
    }

    @Test("hostages taken or held are named between the verb and 'hostage'")
    func hostagesInGap() {
        Self.expect("Hamas took 30 Israeli soldiers hostage.", gives: ["hamas assault ISR"])
        Self.expect("Hezbollah took two Israeli soldiers hostage in 2006.", gives: ["hezbollah assault ISR"])
        Self.expect("Iran held 52 Americans hostage for 444 days.", gives: ["IRN coerce USA"])
        // The name's words do not count toward the gap's three.
        Self.expect("Hamas took more than 200 Israelis hostage.", gives: ["hamas assault ISR"])
        Self.expect("Hezbollah held ten United Nations staff hostage.", gives: ["hezbollah coerce un"])
    }

    @Test("a region of several states names none of them: Latin American is not American")
    func regionsAreNoActors() {
        for text in ["Venezuela ordered the expulsion of diplomats from seven Latin American countries.",
            "The South American bloc criticised Brazil's neighbours.", "North American leaders condemned the attack."]
        {
            let found = Self.relations(text)
            #expect(!found.contains { $0.source == "USA" || $0.target == "USA" }, "\(found) for: \(text)")
        }
        // A state whose name begins like a region's is still the state.
        Self.expect("South African troops attacked rebels in Mozambique.", gives: ["ZAF assault MOZ.rebels"])
        Self.expect("American forces struck Iraqi militias.", gives: ["USA assault IRQ.armed-groups"])
    }

    @Test("becoming a member is joining, with the body after 'of' or before 'member'")
    func becomingMember() {
        Self.expect("Sweden became a member of NATO in March.", gives: ["SWE membership nato"])
        Self.expect("Montenegro became the 29th member of NATO.", gives: ["MNE membership nato"])
        Self.expect("Sweden became NATO's 32nd member in March.", gives: ["SWE membership nato"])
    }

    @Test("ordering a state's people to leave expels them")
    func orderedToLeave() {
        Self.expect("Mali ordered the French ambassador to leave within 72 hours.", gives: ["MLI sanction FRA"])
        Self.expect("Niger's military rulers ordered French troops to leave the country.", gives: ["NER sanction FRA"])
        Self.expect("Somalia ordered Kenyan diplomats to leave the country.", gives: ["SOM sanction KEN"])
    }

    @Test("force near, along or inside another state's territory aims at that state")
    func forceAtBorders() {
        Self.expect("Russia massed troops near the Ukrainian border.", gives: ["RUS mobilize UKR"])
        Self.expect("Belarus deployed troops along the Polish border.", gives: ["BLR mobilize POL"])
        Self.expect("Pakistan carried out strikes inside Iran, two days after Iranian strikes on Pakistani soil.",
            gives: ["PAK assault IRN", "IRN assault PAK"])
        Self.expect("Turkey launched air strikes inside Iraq against Kurdish fighters.", gives: ["TUR assault IRQ"])
    }

    @Test("ramming a state's vessel is force; freezing one's part in a bloc rejects it")
    func rammingAndFreezing() {
        Self.expect("Chinese coast guard ships rammed a Philippine supply vessel.", gives: ["CHN assault PHL"])
        Self.expect("A Russian warship rammed a Ukrainian tugboat near the Kerch Strait.", gives: ["RUS assault UKR"])
        Self.expect("Armenia froze its participation in the Russia-led CSTO.", gives: ["ARM reject csto"])
        Self.expect("Nicaragua suspended its participation in the Organization of American States.", gives: ["NIC reject oas"])
    }

    @Test("the armies or navies of coordinated states act on each other")
    func coordinatedForces() {
        Self.expect("The Indian and Chinese armies clashed in the Galwan valley.", gives: ["IND assault CHN", "CHN assault IND"])
        Self.expect("The Russian and Chinese navies held joint drills.", gives: ["RUS cooperate CHN", "CHN cooperate RUS"])
        Self.expect("The Greek and Turkish air forces clashed over the Aegean.", gives: ["GRC assault TUR"])
    }

    @Test("a sale of weapons named as a noun is aid, as selling them is")
    func weaponSales() {
        Self.expect("Beijing condemned the US sale of weapons to Taiwan.", gives: ["USA aid TWN", "CHN accuse USA"])
        Self.expect("Washington approved the sale of fighter jets to Turkey.", gives: ["USA aid TUR"])
    }

    @Test("an act blamed on an actor is its act, as alleged; the unnamed blamer accuses no one")
    func blamedActs() {
        let killing = Self.relations("The killing of the Hamas leader in Tehran was blamed on Israel.")
        #expect(killing.contains { $0.source == "ISR" && $0.target == "hamas" && $0.kind == .assault && $0.modality == .reported }, "\(killing)")
        #expect(!killing.contains { $0.kind == .accuse }, "\(killing)")
        let drone = Self.relations("Washington blamed Iran for the drone attack on a US base in Jordan.")
        #expect(drone.contains { $0.source == "IRN" && $0.target == "USA" && $0.kind == .assault && $0.modality == .reported }, "\(drone)")
        #expect(drone.contains { $0.source == "USA" && $0.target == "IRN" && $0.kind == .accuse }, "\(drone)")
        let cyber = Self.relations("Britain blamed Russia for a cyberattack on the British parliament.")
        #expect(cyber.contains { $0.source == "RUS" && $0.kind == .coerce && $0.modality == .reported }, "\(cyber)")
        // A verb of opposing with its preposition stays an adjective: its subject is the source.
        Self.expect("Israel is opposed to French mediation.", gives: ["ISR reject FRA"])
    }

    @Test("a predicate noun's possessor is its target: Ukraine's donor gives to Ukraine")
    func predicatePossessors() {
        Self.expect("Germany is Ukraine's second-largest military donor.", gives: ["DEU aid UKR"])
        Self.expect("The United States is Israel's main supporter.", gives: ["USA support ISR"])
        Self.expect("China is Pakistan's largest arms supplier.", gives: ["CHN aid PAK"])
        // An act's possessor still does it.
        Self.expect("Russia's invasion of Ukraine was a crime.", gives: ["RUS assault UKR"])
    }

    @Test("lifting a veto or dropping objections yields; visa restrictions sanction; deliveries come in batches")
    func vetoesVisasAndBatches() {
        Self.expect("Hungary dropped its objections to Finland's accession.", gives: ["HUN concede FIN"])
        let veto = Self.relations("Turkey lifted its veto on Sweden's NATO membership.")
        #expect(veto.contains { $0.source == "TUR" && $0.kind == .concede } && !veto.contains { $0.kind == .reject }, "\(veto)")
        Self.expect("The United States imposed visa restrictions on Georgian officials.", gives: ["USA sanction GEO"])
        Self.expect("Ukraine received the first batch of F-16 jets from Denmark.", gives: ["DNK aid UKR"])
    }

    @Test("an agreement reached is stated, though its verb also takes intentions")
    func agreementsReached() {
        for text in ["India and Pakistan agreed to a ceasefire along the Line of Control.", "Russia and Ukraine agreed on a ceasefire."] {
            let found = Self.relations(text).filter { $0.kind == .agree }
            #expect(found.count == 2 && found.allSatisfy { $0.modality == .asserted }, "\(found) for: \(text)")
        }
        let future = Self.relations("Israel and Hamas will agree to a truce, mediators said.").filter { $0.kind == .agree }
        #expect(!future.isEmpty && future.allSatisfy { $0.modality == .intended }, "\(future)")
        let vow = Self.relations("Iran vowed to retaliate against Israel.")
        #expect(vow.contains { $0.kind == .assault && $0.modality == .intended }, "\(vow)")
    }

    @Test("go-betweens are not each other's counterparts when the parties follow 'between'")
    func goBetweens() {
        for text in ["Egypt and Qatar have been trying to broker a deal between Israel and Hamas.",
            "Egypt and Qatar brokered a ceasefire between Israel and Hamas.", "France and Germany mediated talks between Russia and Ukraine."]
        {
            let found = Self.relations(text)
            let mediators: Set<ActorID> = ["EGY", "QAT", "FRA", "DEU"]
            #expect(!found.contains { mediators.contains($0.source) && mediators.contains($0.target) }, "\(found) for: \(text)")
        }
        Self.expect("Egypt and Qatar brokered a ceasefire between Israel and Hamas.", gives: ["EGY consult ISR", "QAT consult hamas", "ISR agree hamas"])
        // With no subject, the parties after "between" are the counterparts.
        Self.expect("A memorandum was signed between Cyprus, Greece and Israel.", gives: ["CYP agree GRC", "GRC agree ISR"])
    }

    @Test("fighting alongside is military cooperation; the 'to' of an infinitive names no target")
    func fightingAlongside() {
        for text in ["North Korea sent thousands of soldiers to fight alongside Russian forces.", "Belarusian volunteers fought alongside Russian troops."] {
            let found = Self.relations(text)
            #expect(found.contains { $0.kind == .cooperate && $0.target == "RUS.military" }, "\(found) for: \(text)")
            #expect(!found.contains { $0.target == "RUS.military" && $0.kind.sign == .hostile }, "\(found) for: \(text)")
        }
    }

    @Test("a text's participle speaks for who signs or backs it, not for who declines to, and names no one backed")
    func textsSignedOrNot() {
        for text in ["India did not sign the declaration condemning Russia.", "Brazil did not back the resolution condemning Russia.",
            "China refused to endorse the statement criticising Iran."]
        {
            let found = Self.relations(text)
            #expect(!found.contains { $0.kind == .accuse && $0.modality == .asserted }, "\(found) for: \(text)")
        }
        let backed = Self.relations("France backed the resolution condemning Russia.")
        #expect(backed.contains { $0.source == "FRA" && $0.target == "RUS" && $0.kind == .accuse }, "\(backed)")
        #expect(!backed.contains { $0.target == "RUS" && $0.kind.sign == .cooperative }, "\(backed)")
        let future = Self.relations("France will sign a declaration condemning Russia.")
        #expect(future.contains { $0.kind == .accuse && $0.modality == .intended }, "\(future)")
        // One joins a body, not a state, whatever the negation made of the joining.
        let joined = Self.relations("India did not join the statement condemning Russia.")
        #expect(!joined.contains { $0.kind == .reject && $0.target == "RUS" }, "\(joined)")
    }

    @Test("the source a report cites is no target and no conjunct")
    func accordingTo() {
        for text in ["Iran has supplied Russia with hundreds of drones, according to US officials.",
            "Iran supplied drones to Russia, according to the Pentagon."]
        {
            let found = Self.relations(text)
            #expect(found.contains { $0.source == "IRN" && $0.target == "RUS" && $0.kind == .aid && $0.modality == .reported }, "\(found) for: \(text)")
            #expect(!found.contains { $0.target.rawValue.hasPrefix("USA") }, "\(found) for: \(text)")
        }
    }

    @Test("coordinated subjects acting on 'each other' act on one another")
    func eachOther() {
        Self.expect("Both Israel and Hamas accused each other of violating the truce.", gives: ["ISR accuse hamas", "hamas accuse ISR"])
        Self.expect("India and Pakistan blamed each other for the clashes.", gives: ["IND accuse PAK", "PAK accuse IND"])
        Self.expect("China and Japan criticised each other.", gives: ["CHN accuse JPN", "JPN accuse CHN"])
        Self.expect("Russia and Ukraine attacked each other.", gives: ["RUS assault UKR", "UKR assault RUS"])
        let others = Self.relations("Iran and Syria accused other countries of meddling.")
        #expect(!others.contains { $0.source == "IRN" && $0.target == "SYR" }, "\(others)")
    }

    @Test("a state ended over a span of time is ended: 'ending two decades of hostility'")
    func endedSpans() {
        for text in ["Ethiopia and Eritrea signed a peace agreement in 2018, ending two decades of hostility.",
            "The deal ended years of conflict between Armenia and Azerbaijan."]
        {
            let ties = Self.relations(text).filter { $0.kind == .hostility }
            #expect(!ties.isEmpty && ties.allSatisfy { $0.modality == .negated }, "\(ties) for: \(text)")
        }
    }

    @Test("what a bid aims at is intended, not done")
    func bids() {
        for text in ["The Turkish parliament approved Finland's bid to join NATO.", "Sweden's bid to join NATO stalled.",
            "The Russian bid to capture Kyiv failed."]
        {
            let acts = Self.relations(text).filter { [.membership, .assault].contains($0.kind) }
            #expect(!acts.isEmpty && acts.allSatisfy { $0.modality == .intended }, "\(acts) for: \(text)")
        }
    }

    @Test("a group that claims an act did it; a claim's content or a claim denied names no actor")
    func claimedActs() {
        Self.expect("Hamas claimed the attack on Israeli soldiers in Jenin.", gives: ["hamas assault ISR"])
        Self.expect("Al-Shabaab claimed the bombing of a Kenyan army base.", gives: ["al-shabaab assault KEN"])
        Self.expect("The Islamic State claimed the killing of three Iraqi soldiers.", gives: ["islamic-state assault IRQ"])
        for text in ["Hamas did not claim the attack on Israeli soldiers.", "Hamas never claimed the attack on Israeli soldiers.",
            "Russia claimed the attack on Kharkiv was staged."]
        {
            let found = Self.relations(text)
            #expect(!found.contains { $0.kind == .assault }, "\(found) for: \(text)")
        }
    }

    @Test("force lands on another's towns: 'its' past the attacker, unless 'its own'")
    func possessiveTargetsOfForce() {
        Self.expect("Israel fired rockets at Lebanon after Hezbollah struck its northern towns.", gives: ["hezbollah assault ISR"])
        Self.expect("Ukraine said Moscow was shelling its villages near Kharkiv.", gives: ["RUS assault UKR"])
        Self.expect("Saudi Arabia said Houthi rebels had attacked its oil facilities.", gives: ["houthis assault SAU"])
        for text in ["Russia shelled its own positions by mistake.", "Israel strengthened its defences along its northern border."] {
            let found = Self.relations(text)
            #expect(found.isEmpty, "\(found) for: \(text)")
        }
    }

    @Test("force one will not rule out is held possible; force ruled out is not coded")
    func ruledOut() {
        for (text, source, target) in [("Turkey did not rule out military action against Syria.", "TUR", "SYR"),
            ("The Pentagon declined to rule out strikes on Venezuela.", "USA", "VEN"),
            ("Iran refused to rule out attacks on US bases.", "IRN", "USA")]
        {
            let found = Self.relations(text).filter { $0.kind == .assault }
            #expect(found.contains { $0.source.rawValue.hasPrefix(source) && $0.target.rawValue.hasPrefix(target) } && found.allSatisfy { $0.modality == .hypothetical },
                "\(found) for: \(text)")
        }
        #expect(!Self.relations("Turkey ruled out military action against Syria.").contains { $0.kind == .assault })
        Self.expect("Iran ruled out talks with the United States.", gives: ["IRN reject USA"])
    }

    @Test("force at a boundary faces the side its 'with' phrase names, unless a name owns the boundary")
    func borders() {
        Self.expect("India deployed troops along its border with China.", gives: ["IND mobilize CHN"])
        Self.expect("Pakistan massed troops near the frontier with Afghanistan.", gives: ["PAK mobilize AFG"])
        Self.expect("Turkey sent soldiers to its border with Syria.", gives: ["TUR mobilize SYR"])
        let owned = Self.coded("Russia massed troops on Ukraine's border with Belarus.")
        #expect(owned.contains("RUS mobilize UKR") && !owned.contains("RUS mobilize BLR"), "\(owned)")
    }

    @Test("a body that admits a state takes it as a member; admitting a deed is no membership")
    func admissions() {
        Self.expect("NATO admitted Montenegro in 2017.", gives: ["MNE membership nato"])
        Self.expect("The European Union admitted Croatia as its 28th member.", gives: ["HRV membership eu"])
        Self.expect("ASEAN admitted Timor-Leste as its eleventh member.", gives: ["TLS membership asean"])
        for text in ["Russia admitted the strike on Ukraine.", "The Commonwealth will not admit Rwanda.",
            "Iran admitted that Israel had hit its air defences."]
        {
            let found = Self.relations(text)
            #expect(!found.contains { $0.kind == .membership }, "\(found) for: \(text)")
        }
    }

    @Test("a cue's past form after a state's name is its verb, and a part of a whole stands for the whole")
    func pastVerbsAndParts() {
        // The tagger alone reads "shot" after a name as a noun, and the parse loses the verb.
        Self.expect("Pakistan shot down two Indian jets over Kashmir.", gives: ["PAK assault IND"])
        Self.expect("Ukraine shot down 20 of the 25 drones launched by Russia overnight.", gives: ["UKR assault RUS"])
        Self.expect("Israel intercepted most of the rockets fired by Hamas.", gives: ["ISR coerce hamas"])
        Self.expect("Ukraine said it destroyed two of Russia's warships.", gives: ["UKR assault RUS"])
        // A state's adjective is no subject: "the Russian shot" stays as the tagger reads it.
        let adjective = Self.relations("A Turkish shot hit the Greek goalkeeper.")
        #expect(adjective.isEmpty, "\(adjective)")
    }

    @Test("measures slapped on a state are the slapper's; troops ordered out are expelled")
    func slappedAndOrderedOut() {
        Self.expect("Washington slapped new export controls on Chinese chipmakers.", gives: ["USA sanction CHN"])
        Self.expect("The EU slapped tariffs on Chinese electric cars.", gives: ["eu sanction CHN"])
        Self.expect("Niger ordered French troops out of the country.", gives: ["NER sanction FRA"])
        Self.expect("Mali ordered the UN peacekeepers out.", gives: ["MLI sanction un"])
        // Who ordered them out is not the clause's subject.
        let passive = Self.relations("Benin took in most of the traders ordered out of Ghana.")
        #expect(!passive.contains { $0.kind == .sanction }, "\(passive)")
    }

    @Test("'they' may point back to a people named in the plural")
    func peopleAsAntecedents() {
        Self.expect("The Palestinians say they will retaliate against Israel.", gives: ["PSE threaten ISR"])
        Self.expect("The US ambassador met Armenian officials. The Armenians claim they were retaliating against Azerbaijan.",
            gives: ["ARM threaten AZE"])
        let found = Self.coded("The US ambassador met Armenian officials. The Armenians claim they were retaliating against Azerbaijan.")
        #expect(!found.contains("USA threaten AZE"), "\(found)")
    }

    @Test("an act attributed to an actor is its act, as reported; the attributor accuses it")
    func attributedActs() {
        let aden = Self.relations("The minister attributed the bombing in Aden to Houthi rebels.")
        #expect(aden.contains { $0.source == "houthis" && $0.target == "YEM" && $0.kind == .assault && $0.modality == .reported }, "\(aden)")
        let embassy = Self.relations("The attack on the Saudi embassy was attributed to Hezbollah.")
        #expect(embassy.contains { $0.source == "hezbollah" && $0.target.rawValue.hasPrefix("SAU") && $0.modality == .reported }, "\(embassy)")
        Self.expect("Kyiv attributed the cyberattack to Russia.", gives: ["UKR accuse RUS"])
        #expect(Self.relations("The general attributed the victory to Russian support.").isEmpty)
    }

    @Test("what a state suffers or faces by another is that one's act on it")
    func sufferedBy() {
        Self.expect("Armenia suffered attacks by Azerbaijan.", gives: ["AZE assault ARM"])
        Self.expect("Armenia faced missile attacks by Azerbaijan.", gives: ["AZE assault ARM"])
        Self.expect("Israel faced criticism from Turkey.", gives: ["TUR accuse ISR"])
        #expect(!Self.coded("Armenia suffered attacks by Azerbaijan.").contains("ARM assault AZE"))
    }

    @Test("a threat to block another's membership is aimed at that state, not the body")
    func threatsOnAnothersTies() {
        Self.expect("Erdogan threatened to block Sweden's NATO membership.", gives: ["TUR threaten SWE"])
        Self.expect("Turkey threatened to veto Finland's EU bid.", gives: ["TUR threaten FIN"])
        Self.expect("Russia threatened to cut off Moldova's gas supplies.", gives: ["RUS threaten MDA"])
        // The possessor's own organ still stands for it.
        Self.expect("Iran threatened to expel Germany's ambassador.", gives: ["IRN threaten DEU"])
    }

    @Test("training another state's forces is military aid")
    func training() {
        Self.expect("Britain will train Ukrainian pilots to fly F-16 jets.", gives: ["GBR aid UKR"])
        Self.expect("The United States trained Afghan forces for two decades.", gives: ["USA aid AFG"])
        Self.expect("Iran trained Houthi fighters.", gives: ["IRN aid houthis"])
        #expect(Self.relations("The academy trains police officers.").isEmpty)
    }

    @Test("a verb cue's present form after a name is its verb, also after 'all'; noun cues stay nouns")
    func presentVerbsAfterNames() {
        // The tagger alone reads "backs" as a plural noun and "voiced" after "all" as an adjective.
        Self.expect("Iran backs Hezbollah, Hamas and the Houthis.", gives: ["IRN backing hezbollah", "IRN backing hamas", "IRN backing houthis"])
        Self.expect("Germany, France and Italy all voiced support for Kyiv.", gives: ["DEU support UKR", "FRA support UKR", "ITA support UKR"])
        Self.expect("China opposes any Japanese military build-up.", gives: ["CHN reject JPN"])
        // "sanctions" ends a noun cue, so "US sanctions" stays the noun phrase it is.
        Self.expect("US sanctions on Iran remain in force.", gives: ["USA sanction IRN"])
    }

    @Test("providing a state with something is aid to it")
    func providedWith() {
        Self.expect("Tehran has provided Russia with hundreds of Shahed drones.", gives: ["IRN aid RUS"])
        Self.expect("Washington provided Kyiv with intelligence on Russian positions.", gives: ["USA aid UKR"])
        Self.expect("Qatar provides Hamas with funding.", gives: ["QAT aid hamas"])
        // What is provided is no recipient.
        let drones = Self.coded("Iran provided Russian drones to Venezuela.")
        #expect(drones.contains("IRN aid VEN") && !drones.contains("IRN aid RUS"), "\(drones)")
    }

    @Test("a member that freezes its membership rejects the body, and is no member in plan")
    func frozenMembership() {
        for text in ["Armenia froze its membership of the CSTO.", "Armenia has frozen its membership in the Russian-led CSTO."] {
            let found = Self.relations(text)
            #expect(found.contains { $0.source == "ARM" && $0.target == "csto" && $0.kind == .reject }, "\(found) for: \(text)")
            #expect(!found.contains { $0.kind == .membership }, "\(found) for: \(text)")
        }
    }

    @Test("an act carried by a relative clause is its subject's, on the clause's target")
    func actsInRelativeClauses() {
        Self.expect("The sanctions that the EU imposed on Russia hurt its economy.", gives: ["eu sanction RUS"])
        Self.expect("The tariffs Washington imposed on Chinese goods took effect.", gives: ["USA sanction CHN"])
        Self.expect("The attack that Hamas launched on Israel killed 1,200 people.", gives: ["hamas assault ISR"])
        Self.expect("The aid that Japan delivered to Turkey arrived on Monday.", gives: ["JPN aid TUR"])
    }

    @Test("an agreement brokered by a go-between is brokered with its parties, also as a participle")
    func brokeredAgreements() {
        Self.expect("The ceasefire between Israel and Hezbollah, brokered by the US and France, took effect.",
            gives: ["USA consult ISR", "USA consult hezbollah", "FRA consult ISR", "FRA consult hezbollah", "ISR agree hezbollah"])
        Self.expect("The truce between Sudan's army and the RSF, brokered by Saudi Arabia, collapsed.", gives: ["SAU consult SDN", "SAU consult rsf"])
        Self.expect("A deal between Ethiopia and Eritrea was brokered by the UAE.", gives: ["ARE consult ETH", "ARE consult ERI"])
        // The parties do not mediate with the go-between.
        let found = Self.coded("The ceasefire between Israel and Hezbollah, brokered by the US and France, took effect.")
        #expect(!found.contains("hezbollah consult USA") && !found.contains("ISR consult hezbollah"), "\(found)")
    }

    @Test("states named as examples of a group act for it: 'including', 'such as'")
    func examplesOfAGroup() {
        Self.expect("Several countries, including France and Germany, condemned Russia.", gives: ["FRA accuse RUS", "DEU accuse RUS"])
        Self.expect("Western nations such as Britain and Canada imposed sanctions on Moscow.", gives: ["GBR sanction RUS", "CAN sanction RUS"])
        Self.expect("Kosovo has been recognised by more than 100 countries, including the United States.", gives: ["USA support XKX"])
        // Targets as well: "attacked several cities, including Kyiv".
        Self.expect("Russia attacked several cities, including Kyiv and Lviv.", gives: ["RUS assault UKR"])
    }

    @Test("force used across or throughout a state hits it")
    func forceAcrossAState() {
        Self.expect("Israeli jets struck targets across southern Lebanon overnight.", gives: ["ISR assault LBN"])
        Self.expect("Russia launched strikes across Ukraine.", gives: ["RUS assault UKR"])
        Self.expect("Russian troops fought throughout eastern Ukraine.", gives: ["RUS assault UKR"])
        #expect(Self.relations("Iran tested a missile in Iran.").isEmpty)
    }

    @Test("aircraft, missiles and warships after a state's adjective are its military")
    func militaryHardware() {
        Self.expect("Japan condemned the incursion by Chinese aircraft.", gives: ["JPN accuse CHN"])
        Self.expect("Poland protested against the violation of its airspace by a Russian missile.", gives: ["POL protest RUS"])
        Self.expect("Russian missiles struck Kyiv overnight.", gives: ["RUS assault UKR"])
        #expect(Self.relations("Japan condemned the incursion by Chinese aircraft.").contains { $0.target == "CHN.military" })
        let found = Self.coded("Israeli ship owners fear Houthi attacks, and a Palestinian suicide bomber struck in Tel Aviv.")
        #expect(!found.contains { $0.hasPrefix("ISR") }, "\(found)")
    }

    @Test("a stance on 'what it called' an act is a stance on the act and its doer")
    func namedByAFreeRelative() {
        Self.expect("India condemned what it called an unprovoked attack by Pakistan.", gives: ["IND accuse PAK"])
        Self.expect("Japan protested what it described as an incursion by Chinese aircraft.", gives: ["JPN protest CHN"])
        Self.expect("Greece condemned what it termed a violation of its airspace by Turkish jets.", gives: ["GRC accuse TUR"])
        Self.expect("China criticised what it called US bullying.", gives: ["CHN accuse USA"])
        // A "what" that names nothing stays as it was.
        #expect(Self.coded("Iran asked what the United States wanted from the talks.").allSatisfy { !$0.contains("accuse") })
    }

    @Test("coming under an act from or by an actor is suffering it, wherever the parser hangs the actor")
    func cameUnderAnAct() {
        Self.expect("Kharkiv came under heavy shelling from Russian forces.", gives: ["RUS assault UKR"])
        Self.expect("Ukrainian positions came under attack by Russian drones.", gives: ["RUS assault UKR"])
        Self.expect("The Ukrainian town came under attack from Russian forces overnight.", gives: ["RUS assault UKR"])
        Self.expect("Israeli positions came under rocket fire from Hezbollah.", gives: ["hezbollah assault ISR"])
        #expect(!Self.coded("The Ukrainian town came under attack overnight.").contains { $0.hasSuffix("assault UKR") })
    }

    @Test("voting against or abstaining on a text, or against an act, is no part in it")
    func votingAgainst() {
        for text in [
            "China voted against the resolution condemning Russia.",
            "India abstained on the resolution condemning Russia.",
            "Hungary voted against new sanctions on Russia.",
            "Germany campaigned against the blockade of Qatar.",
        ] {
            #expect(Self.coded(text).isEmpty, "\(Self.coded(text)) for: \(text)")
        }
        // Voting for it, or backing it, is taking part.
        Self.expect("Brazil voted for the resolution condemning Russia.", gives: ["BRA accuse RUS"])
        Self.expect("Iran protested against the Israeli strike on its consulate.", gives: ["IRN protest ISR", "ISR assault IRN"])
    }

    @Test("calling an actor a terrorist, a war criminal or an aggressor accuses it")
    func nameCalling() {
        Self.expect("Zelensky called Russia a terrorist state.", gives: ["UKR accuse RUS"])
        Self.expect("Biden called Putin a war criminal.", gives: ["USA accuse RUS"])
        Self.expect("Erdogan described Israel as a terror state.", gives: ["TUR accuse ISR"])
        Self.expect("Ukraine branded Russia an aggressor state.", gives: ["UKR accuse RUS"])
        // "called on Russia to stop the terror" is an appeal, not name-calling.
        #expect(!Self.coded("Kyiv called on Russia to stop the terror.").contains("UKR accuse RUS"))
    }

    @Test("a go-between's participle on an agreement reaches the parties that carry it")
    func mediatedAgreements() {
        Self.expect("Israel and Hamas agreed to a truce mediated by Qatar.", gives: ["QAT consult ISR", "QAT consult hamas"])
        Self.expect("Armenia and Azerbaijan signed a ceasefire brokered by Russia.", gives: ["RUS consult ARM", "RUS consult AZE"])
        Self.expect("Saudi Arabia restored diplomatic ties with Iran in a deal brokered by Beijing.", gives: ["CHN consult SAU"])
        // A passive verb's own patient is unchanged: the camp's refugees, not the attackers' weapons.
        Self.expect("A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes.", gives: ["BDI.armed-groups assault COD.civilians"])
    }

    @Test("saying another will pay a price, pay dearly or face consequences threatens it")
    func payingThePrice() {
        Self.expect("Pakistan's army chief said India would pay a heavy price for any incursion.", gives: ["PAK threaten IND"])
        Self.expect("The Iranian president said Israel would pay dearly for the killing.", gives: ["IRN threaten ISR"])
        Self.expect("Putin said Ukraine would face grave consequences if it struck Russian territory.", gives: ["RUS threaten UKR"])
        Self.expect("\"South Korea will pay a high price,\" the North Korean leader said.", gives: ["PRK threaten KOR"])
        // Paying a price oneself, as a victim, threatens no one.
        for text in [
            "Ukraine has paid a heavy price for its independence, Zelensky said.",
            "Civilians are paying the price for the war, the UN said.",
        ] {
            #expect(!Self.coded(text).contains { $0.contains("threaten") }, "\(Self.coded(text)) for: \(text)")
        }
    }

    @Test("rejecting or dismissing claims that an actor did something denies the act")
    func disputedContent() {
        for text in [
            "Iran rejected claims that it had supplied drones to Russia.",
            "Iran dismissed US accusations that it had supplied drones to Russia.",
            "Pakistan refuted reports that it had sent troops to Saudi Arabia.",
            "Belarus rejected Western claims that it had armed Russian forces.",
        ] {
            let coded = Self.coded(text)
            #expect(!coded.contains { $0.contains(" aid ") || $0.contains(" mobilize ") || $0.contains(" backing ") }, "\(coded) for: \(text)")
        }
        // The dismissal itself is still a rejection of its author, and an act not disputed is stated.
        Self.expect("Iran dismissed US accusations that it had supplied drones to Russia.", gives: ["IRN reject USA"])
        let stated = Self.relations("Iran rejected the talks and supplied drones to Russia.")
        #expect(stated.contains { $0.kind == .aid && $0.modality == .asserted })
    }

    @Test("what reports, sources or witnesses say is reported, not stated")
    func hearsay() {
        for text in [
            "Reports said Iran had supplied drones to Russia.",
            "Diplomatic sources said Qatar had mediated between Israel and Hamas.",
            "Israel struck Hezbollah positions in Lebanon, witnesses said.",
            "Iran supplied drones to Russia, reports said.",
        ] {
            let found = Self.relations(text)
            #expect(!found.isEmpty && found.allSatisfy { $0.modality == .reported }, "\(found.map(\.modality)) for: \(text)")
        }
        // An actor's officials speak for it: what they say is its statement.
        #expect(Self.relations("US officials said Iran had supplied drones to Russia.").allSatisfy { $0.modality == .asserted })
    }

    @Test("a state named before a comma and a sector does not share the sector without 'and'")
    func commaIsNoCoordination() {
        let coded = Self.relations("Iran supplied drones to Russia, US officials said.")
        #expect(coded.map { "\($0.source) \($0.kind) \($0.target)" } == ["IRN aid RUS"])
        Self.expect("French, British and German troops arrived in Estonia.", gives: ["FRA consult EST", "GBR consult EST", "DEU consult EST"])
    }

    @Test("an act denied in a 'that' clause is not stated, however the parser reads the 'that'")
    func deniedThatClauses() {
        for text in [
            "Turkey denied that it had bombed Syrian villages.",
            "Iran denied that it had supplied drones to Russia.",
            "Israel denied that it had struck the hospital in Gaza.",
            "Rwanda denied that its soldiers had crossed into Congo.",
        ] {
            #expect(Self.coded(text).isEmpty, "\(Self.coded(text)) for: \(text)")
        }
        // What is said, not denied, stays stated.
        Self.expect("Turkey said that it had bombed Kurdish militants in Iraq.", gives: ["TUR assault IRQ.rebels"])
    }

    @Test("names joined by a comma alone at the head of a headline are coordinated subjects")
    func headlineCommaSubjects() {
        Self.expect("China, Brazil agree to boost trade.", gives: ["CHN agree BRA", "BRA agree CHN"])
        Self.expect("US, UK strike Houthi targets in Yemen.", gives: ["USA assault houthis", "GBR assault houthis"])
        Self.expect("Egypt, Jordan condemn Israeli raid on Al-Aqsa.", gives: ["EGY accuse ISR", "JOR accuse ISR"])
        Self.expect("Iran, Saudi Arabia restore diplomatic ties.", gives: ["IRN agree SAU", "SAU agree IRN"])
        // A city and its state are one actor, not two.
        #expect(Self.coded("Kyiv, Ukraine came under attack from Russia.") == ["RUS assault UKR"])
    }

    @Test("support given in a 'with' phrase goes to the subject of the clause it helps")
    func supportInAWithPhrase() {
        Self.expect("Syrian forces retook Aleppo with Russian air support.", gives: ["RUS support SYR"])
        Self.expect("Haftar attacked Tripoli with the support of the UAE.", gives: ["ARE support lna"])
        Self.expect("Israel defended itself with US support, Netanyahu said.", gives: ["USA support ISR"])
        // The "of" phrase of such support names the giver, not the one supported.
        #expect(!Self.coded("Haftar attacked Tripoli with the support of the UAE.").contains("lna support ARE"))
        // Support with no one named as its giver goes nowhere.
        #expect(Self.coded("The talks between Israel and Egypt ended with support for a ceasefire.").allSatisfy { !$0.contains("support") })
    }

    @Test("a past form with its own object right after what is said is the clause's verb")
    func saidClauseReadAsParticiple() {
        Self.expect("Israel's army said its jets struck Hamas targets in Gaza.", gives: ["ISR assault hamas"])
        Self.expect("Iran said its forces seized a British tanker.", gives: ["IRN coerce GBR"])
        // A participle without an object still modifies its noun: "the soldiers killed in the attack".
        #expect(Self.coded("Egypt said the soldiers killed in the attack were Egyptian.").isEmpty)
    }

    @Test("a measure of acts ('dozens of', 'a wave of', 'a new round of') is those acts")
    func measuresOfActs() {
        Self.expect("Israel carried out dozens of airstrikes on Gaza.", gives: ["ISR assault PSE"])
        Self.expect("Russia carried out a wave of missile strikes on Ukrainian cities.", gives: ["RUS assault UKR"])
        Self.expect("The EU adopted a new round of sanctions against Russia.", gives: ["eu sanction RUS"])
        Self.expect("Ethiopia and Egypt held a fresh round of talks on the dam.", gives: ["ETH consult EGY", "EGY consult ETH"])
    }

    @Test("a 'with' after a border noun names the border's other side, not a partner")
    func borderWithIsNoPartner() {
        let drills = Self.coded("Egypt and Sudan held joint military drills near the border with Ethiopia.")
        #expect(drills.contains("EGY cooperate SDN") && !drills.contains { $0.hasSuffix("cooperate ETH") }, "\(drills)")
        let talks = Self.coded("India and Bangladesh held talks on the border with Myanmar.")
        #expect(talks.contains("IND consult BGD") && !talks.contains { $0.hasSuffix("consult MMR") }, "\(talks)")
        // A border agreement with a state is still made with it, and force along a border faces its other side.
        Self.expect("Pakistan signed a border agreement with Iran.", gives: ["PAK agree IRN"])
        Self.expect("India deployed troops along its border with China.", gives: ["IND mobilize CHN"])
    }

    @Test("an exercise or drill held with another is held jointly with it")
    func exercisesWithAnother() {
        Self.expect("Iran began a three-day naval exercise with Russia and China.", gives: ["IRN cooperate RUS", "IRN cooperate CHN"])
        Self.expect("Belarus held military drills with Russian troops near the Polish border.", gives: ["BLR cooperate RUS"])
        // Drills near another state's territory are a show of force toward it, as before.
        Self.expect("China held large-scale drills near Taiwan.", gives: ["CHN mobilize TWN"])
    }

    @Test("a vow of revenge or retaliation answers whoever last used force, from another side")
    func revengeAnswersTheLastAct() {
        Self.expect("Israel struck the Iranian consulate in Damascus on Monday. Tehran vowed revenge.", gives: ["IRN threaten ISR"])
        Self.expect("Azerbaijan shelled Armenian villages. Yerevan threatened retaliation.", gives: ["ARM threaten AZE"])
        Self.expect("Ukraine attacked the Crimean bridge. Moscow vowed to retaliate.", gives: ["RUS assault UKR"])
        // With no one who used force before it, a vow names no target.
        #expect(Self.coded("Israel and Jordan held talks in Amman. Tehran vowed revenge.").allSatisfy { !$0.contains("threaten") })
    }

    @Test("responding to any aggression or attack by another threatens it")
    func respondingToAggression() {
        Self.expect("\"We will respond firmly to any aggression by Azerbaijan,\" the Armenian defence minister said.", gives: ["ARM threaten AZE"])
        Self.expect("Iran said it would respond decisively to any attack by Israel.", gives: ["IRN threaten ISR"])
        // Responding to a proposal, or to an attack one suffered with no one named, threatens no one.
        for text in ["China responded to the US proposal with caution.", "Iran responded to the attack on its embassy."] {
            #expect(Self.coded(text).allSatisfy { !$0.contains("threaten") }, "\(Self.coded(text)) for: \(text)")
        }
    }

    @Test("an invitation or offer 'from' an actor is that actor's, whatever stance takes it")
    func invitationFromAnActor() {
        Self.expect("Iran turned down an invitation from Saudi Arabia to attend the summit.", gives: ["IRN reject SAU"])
        Self.expect("Kyiv spurned a peace offer from Moscow.", gives: ["UKR reject RUS"])
        Self.expect("North Korea accepted an invitation from Russia.", gives: ["PRK consult RUS"])
        // A withdrawal "from" a place is no one's offer.
        #expect(!Self.coded("Russia completed its withdrawal from Kherson.").contains { $0.hasPrefix("UKR") })
    }

    @Test("a passive act names its doer in an act noun's modifier or a misplaced 'by', and its target as subject")
    func passiveActsAndTheirDoers() {
        Self.expect("Two Turkish soldiers were killed in a PKK attack in northern Iraq.", gives: ["pkk assault TUR"])
        Self.expect("Sanctions were imposed on Iran by the European Union.", gives: ["eu sanction IRN"])
        Self.expect("Lebanon was hit by Israeli airstrikes overnight.", gives: ["ISR assault LBN"])
        Self.expect("Kharkiv was struck by Russian missiles on Sunday.", gives: ["RUS assault UKR"])
        // Killed in an attack no actor is named for: no doer.
        #expect(Self.coded("Two Turkish soldiers were killed in an attack in northern Iraq.").isEmpty)
    }

    @Test("the topic of an intended act keeps its own modality")
    func topicOfAnIntendedAct() {
        for text in [
            "Greece and Turkey agreed to resume talks on their maritime dispute.",
            "Armenia and Azerbaijan plan to resume negotiations over their long conflict.",
        ] {
            let found = Self.relations(text)
            #expect(found.contains { $0.kind == .consult && $0.modality == .intended }, "\(found.map(\.kind)) for: \(text)")
            #expect(found.filter { $0.kind == .hostility }.allSatisfy { $0.modality == .asserted }, "\(found.map(\.modality)) for: \(text)")
        }
        // What a light verb carries is still its act: "refused to commit to any further assistance".
        Self.expect("The Dutch government has refused to commit to any further assistance to Ukraine.", gives: ["NLD reject UKR"])
    }

    @Test("halting exports or arms sales 'to' a state sanctions it")
    func haltingExportsTo() {
        Self.expect("Germany halted arms exports to Saudi Arabia after the killing of Khashoggi.", gives: ["DEU sanction SAU"])
        Self.expect("Canada suspended arms sales to Israel.", gives: ["CAN sanction ISR"])
        Self.expect("Russia halted gas exports to Poland.", gives: ["RUS sanction POL"])
        // Imports are still banned from where they come.
        Self.expect("India banned imports of Chinese apps.", gives: ["IND sanction CHN"])
    }

    @Test("disputing a territory with another state is a dispute with it")
    func disputingWithAnother() {
        // Hostility is symmetric: the graph keeps one direction of it.
        for (text, a, b) in [
            ("Japan, which has long disputed the islands with China, protested the incursion.", "JPN", "CHN"),
            ("Cambodia has disputed the temple with Thailand for decades.", "KHM", "THA"),
        ] {
            let coded = Self.coded(text)
            #expect(coded.contains("\(a) hostility \(b)") || coded.contains("\(b) hostility \(a)"), "\(coded) for: \(text)")
        }
        // Disputing an account or a claim is no dispute with anyone.
        #expect(Self.coded("China disputed the US account of the collision.").allSatisfy { !$0.contains("hostility") })
    }

    @Test("violating or entering airspace lands on the airspace's state, however it is named")
    func airspaceIncursions() {
        Self.expect("Lithuania said a Russian jet violated its airspace on Tuesday.", gives: ["RUS mobilize LTU"])
        Self.expect("A Russian jet violated Lithuanian airspace.", gives: ["RUS mobilize LTU"])
        Self.expect("Russian warplanes violated Estonian airspace, NATO said.", gives: ["RUS mobilize EST"])
        Self.expect("Chinese drones entered Taiwanese airspace.", gives: ["CHN mobilize TWN"])
        // One's own airspace is no incursion.
        #expect(Self.coded("China said its aircraft patrolled its own airspace.").isEmpty)
    }

    @Test("forces massing on or near a border mobilise against the state beyond it")
    func forcesMassingAtABorder() {
        Self.expect("Serbian troops massed on the border with Kosovo.", gives: ["SRB mobilize XKX"])
        Self.expect("Russian forces massed near the Ukrainian border.", gives: ["RUS mobilize UKR"])
        Self.expect("Iranian troops massed along the frontier with Azerbaijan.", gives: ["IRN mobilize AZE"])
        // Protesters massing at an embassy mobilise no state.
        #expect(Self.coded("Thousands of protesters massed at the embassy.").isEmpty)
    }

    @Test("'their' after actors named together in its own sentence means them, not an earlier group")
    func theirAfterAListInItsSentence() {
        let text = "Iranian troops massed along the frontier with Azerbaijan. India and China massed troops along their border."
        let coded = Self.coded(text)
        #expect(coded.contains("IND mobilize CHN") && coded.contains("CHN mobilize IND"), "\(coded)")
        #expect(!coded.contains { $0.hasPrefix("IND") && $0.hasSuffix("IRN") }, "\(coded)")
        Self.expect("Chile and Peru said they would resume talks with Bolivia.", gives: ["CHL consult BOL", "PER consult BOL"])
    }

    @Test("sending weapon systems or military equipment to a state aids it")
    func sendingWeaponSystems() {
        Self.expect("France and Germany said they would send more air defence systems to Ukraine.", gives: ["FRA aid UKR", "DEU aid UKR"])
        Self.expect("The Netherlands sent howitzers to Ukraine last year.", gives: ["NLD aid UKR"])
        Self.expect("Iran has sent military equipment to Venezuela.", gives: ["IRN aid VEN"])
    }

    @Test("an act's 'by' phrase hung on what it hit still names its doer")
    func agentHungOnTheTarget() {
        let text = "In a statement released on Sunday, the Saudi foreign ministry condemned the attack on the Yemeni port city by Houthi rebels."
        Self.expect(text, gives: ["SAU accuse houthis", "houthis assault YEM"])
        Self.expect("The strike on the hospital in Gaza by Israeli jets killed dozens.", gives: ["ISR assault PSE"])
        // A "by" on what an act hit is no agent when that is itself an act: the talks were proposed by Qatar.
        #expect(!Self.coded("Israel condemned the attack on the talks proposed by Qatar.").contains { $0.hasPrefix("QAT assault") })
    }

    @Test("a passive participle after a noun modifies it, however the parser hangs it")
    func participleAfterItsNoun() {
        let coded = Self.coded("After months of negotiations, Israel and Lebanon agreed on a maritime border brokered by the United States.")
        // The go-between brokers the border; it is no party the agreeing sides consult as a mediator of theirs.
        #expect(!coded.contains("LBN consult USA") && !coded.contains("ISR consult USA"), "\(coded)")
        #expect(coded.contains("ISR agree LBN"), "\(coded)")
        Self.expect("Armenia and Azerbaijan signed a ceasefire brokered by Russia.", gives: ["RUS consult ARM", "RUS consult AZE"])
    }

    @Test("'neither ... nor' subjects and 'stopped short of' deny the act")
    func neitherNorAndStoppingShort() {
        for text in ["Neither Russia nor Ukraine has agreed to the proposal.", "Germany stopped short of recognising Palestine."] {
            let found = Self.relations(text)
            #expect(!found.contains { [.agree, .support].contains($0.kind) }, "\(found.map(\.kind)) for: \(text)")
        }
        // Stopping short of an act is declining it, as refusing is.
        Self.expect("Germany stopped short of recognising Palestine.", gives: ["DEU reject PSE"])
        #expect(Self.coded("Neither India nor China condemned the coup in Myanmar.").isEmpty)
        // Without "neither", the coordinated subjects agree.
        Self.expect("Russia and Ukraine agreed to the proposal.", gives: ["RUS agree UKR"])
    }
}
