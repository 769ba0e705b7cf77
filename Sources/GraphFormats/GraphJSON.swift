import Foundation
import GraphModel

/// relgraph's native graph format: JSON with entities and relations (see `docs/graph-json.md`).
///
/// Output is pretty-printed with sorted keys and sorted entities and relations, so the
/// same graph always gives the same bytes. Errors on reading name the line.
public enum GraphJSON {
    /// The `format` tag written at the top of every document.
    public static let formatTag = "relgraph-graph"
    /// The schema version this build writes and reads.
    public static let version = 1

    /// The graph as pretty-printed JSON with sorted keys: the same graph gives the same bytes.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` if a weight is not finite.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public static func encode(_ graph: Graph) throws(GraphFormatError) -> Data {
        Data(try text(graph).utf8)
    }

    /// The graph as relgraph JSON text (what `encode` writes, as a string).
    public static func text(_ graph: Graph) throws(GraphFormatError) -> String {
        try checkWeightsAreFinite(graph, format: "JSON")
        let document = JSONValue.object([
            ("entities", .array(graph.entities.map(jsonValue(of:)))),
            ("format", .string(formatTag)),
            ("relations", .array(graph.relations.map(jsonValue(of:)))),
            ("version", .number(version)),
        ])
        return JSONWriter.pretty(document)
    }

    static func jsonValue(of entity: Entity) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("aliases", .array(entity.aliases.map(JSONValue.string)))]
        if !entity.attributes.isEmpty {
            members.append(("attributes", .object(entity.attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        members.append(("id", .string(entity.id.rawValue)))
        members.append(("kind", .string(entity.kind.rawValue)))
        members.append(("name", .string(entity.name)))
        return .object(members)
    }

    static func jsonValue(of relation: Relation) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if !relation.attributes.isEmpty {
            members.append(("attributes", .object(relation.attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        members.append(("directed", .bool(relation.isDirected)))
        members.append(("evidence", .array(relation.evidence.map(\.jsonValue))))
        members.append(("kind", .string(relation.kind.rawValue)))
        members.append(("source", .string(relation.source.rawValue)))
        members.append(("target", .string(relation.target.rawValue)))
        members.append(("weight", .number(relation.weight)))
        return .object(members)
    }

    /// Reads a graph from relgraph JSON.
    ///
    /// - Parameters:
    ///   - data: UTF-8 JSON.
    ///   - source: the file name errors name (`-` for stdin).
    /// - Throws: `GraphFormatError.malformed` naming `source`, the line and the problem:
    ///   a syntax error, a wrong type, a relation whose end is not an entity, a
    ///   non-finite weight, a newer schema version.
    /// - Complexity: O(size of the input + *m* log *m*).
    public static func decode(_ data: Data, source: String = "-") throws(GraphFormatError) -> Graph {
        func fail(_ line: Int?, _ message: String) -> GraphFormatError {
            .malformed(format: "relgraph JSON", source: source, line: line, message: message)
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(data)
        } catch {
            throw fail(error.line, error.message)
        }
        guard document.members != nil else {
            throw fail(document.line, "expected an object with \"entities\" and \"relations\", found \(document.typeName)")
        }
        do throws(JSONShapeError) {
            if let tag = try document.optionalString("format"), tag != formatTag {
                throw JSONShapeError(document["format"]!, "\"format\" is \"\(tag)\", expected \"\(formatTag)\"")
            }
            if let number = try document.optionalNumber("version"), number > Double(version) {
                throw JSONShapeError(
                    document["version"]!, "version \(JSONWriter.format(number)) is newer than this relgraph reads (\(version))")
            }
            guard document["entities"] != nil else {
                if document["nodes"] != nil {
                    throw JSONShapeError(document, "this is node-link JSON (\"nodes\"), not relgraph JSON; read it as node-link")
                }
                throw JSONShapeError(document, "missing \"entities\"")
            }
            var graph = Graph()
            for (offset, value) in try array(document, "entities").enumerated() {
                graph.add(try entity(from: value, index: offset))
            }
            for (offset, value) in try array(document, "relations").enumerated() {
                let relation = try relation(from: value, index: offset)
                do {
                    try graph.add(relation)
                } catch {
                    let missing = graph.contains(relation.source) ? relation.target : relation.source
                    throw JSONShapeError(
                        value, "relations[\(offset)]: \(relation.kind) relation refers to '\(missing)', which is not an entity")
                }
            }
            return graph
        } catch {
            throw fail(error.line, error.message)
        }
    }

    private static func array(_ document: JSONValue, _ key: String) throws(JSONShapeError) -> [JSONValue] {
        guard let member = document[key] else { return [] }
        guard let elements = member.elements else {
            throw JSONShapeError(member, "\"\(key)\" must be an array, found \(member.typeName)")
        }
        return elements
    }

    private static func entity(from value: JSONValue, index: Int) throws(JSONShapeError) -> Entity {
        guard value.members != nil else {
            throw JSONShapeError(value, "entities[\(index)] must be an object, found \(value.typeName)")
        }
        do throws(JSONShapeError) {
            let kind = EntityKind(try value.requiredString("kind"))
            let name = try value.requiredString("name")
            return Entity(
                id: try value.optionalString("id").map(EntityID.init(rawValue:)),
                kind: kind,
                name: name,
                aliases: try value.optionalStringArray("aliases") ?? [],
                attributes: try value.optionalStringDictionary("attributes") ?? [:])
        } catch {
            throw JSONShapeError(line: error.line, "entities[\(index)]: \(error.message)")
        }
    }

    private static func relation(from value: JSONValue, index: Int) throws(JSONShapeError) -> Relation {
        guard value.members != nil else {
            throw JSONShapeError(value, "relations[\(index)] must be an object, found \(value.typeName)")
        }
        do throws(JSONShapeError) {
            let weight = try value.optionalNumber("weight") ?? 1
            guard weight.isFinite else {
                throw JSONShapeError(value["weight"]!, "weight \(value["weight"]!.attributeText ?? "") is not finite")
            }
            var evidence: [Evidence] = []
            if let list = value["evidence"], case .null = list.storage {
            } else if let list = value["evidence"] {
                guard let elements = list.elements else {
                    throw JSONShapeError(list, "\"evidence\" must be an array, found \(list.typeName)")
                }
                for element in elements { evidence.append(try Evidence(json: element)) }
            }
            return Relation(
                kind: RelationKind(try value.requiredString("kind")),
                source: EntityID(try value.requiredString("source")),
                target: EntityID(try value.requiredString("target")),
                isDirected: try value.optionalBool("directed"),
                weight: weight,
                attributes: try value.optionalStringDictionary("attributes") ?? [:],
                evidence: evidence)
        } catch {
            throw JSONShapeError(line: error.line, "relations[\(index)]: \(error.message)")
        }
    }
}
