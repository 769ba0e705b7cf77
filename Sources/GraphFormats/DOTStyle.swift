import GraphModel

/// How `DOTWriter` draws each kind of entity and relation.
///
/// Colours are `#rrggbb` so that the writer can fade them by appending an alpha byte.
public struct DOTStyle: Hashable, Sendable {
    /// The look of one entity kind.
    public struct EntityStyle: Hashable, Sendable {
        /// Graphviz node shape (`box`, `ellipse`, `hexagon`…).
        public var shape: String
        /// Graphviz node style, `filled` included (`rounded,filled`).
        public var style: String
        /// Fill colour, `#rrggbb`.
        public var fillColor: String
        /// Border and legend colour, `#rrggbb`.
        public var borderColor: String

        public init(shape: String, style: String = "filled", fillColor: String, borderColor: String) {
            self.shape = shape
            self.style = style
            self.fillColor = fillColor
            self.borderColor = borderColor
        }
    }

    /// The look of one relation kind.
    public struct RelationStyle: Hashable, Sendable {
        /// Line colour, `#rrggbb`.
        public var color: String
        /// Graphviz edge style (`solid`, `dashed`, `dotted`).
        public var lineStyle: String

        public init(color: String, lineStyle: String = "solid") {
            self.color = color
            self.lineStyle = lineStyle
        }
    }

    /// Styles by entity kind; kinds not listed use `otherEntity`.
    public var entities: [EntityKind: EntityStyle]
    /// Styles by relation kind; kinds not listed use `otherRelation`.
    public var relations: [RelationKind: RelationStyle]
    /// The style of entity kinds not in `entities`.
    public var otherEntity: EntityStyle
    /// The style of relation kinds not in `relations`.
    public var otherRelation: RelationStyle
    /// The font of every label (a fontconfig pattern).
    public var fontName: String

    public init(
        entities: [EntityKind: EntityStyle], relations: [RelationKind: RelationStyle],
        otherEntity: EntityStyle, otherRelation: RelationStyle, fontName: String
    ) {
        self.entities = entities
        self.relations = relations
        self.otherEntity = otherEntity
        self.otherRelation = otherRelation
        self.fontName = fontName
    }

    /// Countries as blue rounded boxes, persons as orange ellipses, organizations as
    /// green hexagons; meetings solid blue, statements dashed orange, affiliations
    /// dotted grey, memberships dashed green, cooperation solid purple.
    public static let standard = DOTStyle(
        entities: [
            .country: EntityStyle(shape: "box", style: "rounded,filled", fillColor: "#dbe9f6", borderColor: "#2b6cb0"),
            .person: EntityStyle(shape: "ellipse", fillColor: "#fde9d9", borderColor: "#c05621"),
            .organization: EntityStyle(shape: "hexagon", fillColor: "#e3f4e8", borderColor: "#2f855a"),
        ],
        relations: [
            .meeting: RelationStyle(color: "#2b6cb0"),
            .statement: RelationStyle(color: "#c05621", lineStyle: "dashed"),
            .affiliation: RelationStyle(color: "#718096", lineStyle: "dotted"),
            .membership: RelationStyle(color: "#2f855a", lineStyle: "dashed"),
            .cooperation: RelationStyle(color: "#6b46c1"),
        ],
        otherEntity: EntityStyle(shape: "ellipse", fillColor: "#edf2f7", borderColor: "#4a5568"),
        otherRelation: RelationStyle(color: "#4a5568"),
        fontName: "Helvetica,Arial,sans-serif")

    /// The style of entities of `kind`.
    public func style(for kind: EntityKind) -> EntityStyle { entities[kind] ?? otherEntity }

    /// The style of relations of `kind`.
    public func style(for kind: RelationKind) -> RelationStyle { relations[kind] ?? otherRelation }
}
