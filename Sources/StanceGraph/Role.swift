/// A dated office held by a person: "prime minister of Iraq from 2020-05-07".
public struct Role: Hashable, Sendable, Codable {
    public var holder: ActorID
    public var office: Office
    /// The state or organisation the office belongs to.
    public var organisation: ActorID
    /// First day in office, when known.
    public var from: Day?
    /// Last day in office; `nil` while the office is still held.
    public var to: Day?

    public init(holder: ActorID, office: Office, organisation: ActorID, from: Day?, to: Day?) {
        self.holder = holder
        self.office = office
        self.organisation = organisation
        self.from = from
        self.to = to
    }

    /// Whether the office was held on `day`.
    public func isHeld(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }
}

/// The offices that roles name.
public enum Office: String, Hashable, Sendable, Codable, CaseIterable {
    case president
    case vicePresident = "vice-president"
    case primeMinister = "prime-minister"
    case deputyPrimeMinister = "deputy-prime-minister"
    case supremeLeader = "supreme-leader"
    case king, queen, emir, sultan
    case crownPrince = "crown-prince"
    case chancellor
    case headOfState = "head-of-state"
    case foreignMinister = "foreign-minister"
    case defenceMinister = "defence-minister"
    case secretaryGeneral = "secretary-general"
    case governorGeneral = "governor-general"
    case chairperson
    case leader
    case deputyLeader = "deputy-leader"
    case directorGeneral = "director-general"
    case highRepresentative = "high-representative"
    case managingDirector = "managing-director"
    case commander
    case spokesperson
    /// A place in a state or one of its sectors with no office named, as
    /// event data records persons ("Wilbur Ross, United States, Government").
    case member

    /// The office as people write it ("prime minister").
    public var title: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }
}
