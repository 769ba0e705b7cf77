/// Errors raised by the graph model.
public enum GraphModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A relation (or an update) names an entity id the graph does not have.
    case unknownEntity(EntityID, relation: RelationKind?)

    public var description: String {
        switch self {
        case .unknownEntity(let id, let kind?):
            "\(kind) relation refers to unknown entity '\(id)'"
        case .unknownEntity(let id, nil):
            "no entity with id '\(id)'"
        }
    }
}
