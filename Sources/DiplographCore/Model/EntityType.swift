/// The kinds of entity Diplograph resolves.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person, country, organization, place

    /// In declaration order: person, country, organization, place.
    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
