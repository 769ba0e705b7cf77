import GraphModel

// Rules every format shares, so a graph written in one format and read in another
// keeps the same names, attributes and evidence.

/// Attribute names that collide with a field a format stores itself (`kind`,
/// `name`…) are written with this prefix and read back without it.
let reservedAttributePrefix = "attribute."

/// The field name to write for attribute `key`, given the format's own field names.
func attributeFieldName(_ key: String, reserved: Set<String>) -> String {
    reserved.contains(key) || key.hasPrefix(reservedAttributePrefix) ? reservedAttributePrefix + key : key
}

/// The attribute key for a field read from a file (undoes `attributeFieldName`).
func attributeKey(fromField field: String) -> String {
    field.hasPrefix(reservedAttributePrefix) ? String(field.dropFirst(reservedAttributePrefix.count)) : field
}

extension StringProtocol {
    /// The text without white space (line breaks included) at either end.
    ///
    /// Native, unlike Foundation's `trimmingCharacters(in:)`, which bridges through
    /// `NSString` and dominated the time to read large edge lists.
    func trimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}

/// Throws if any relation of `graph` has a weight no format can store and read back.
func checkWeightsAreFinite(_ graph: Graph, format: String) throws(GraphFormatError) {
    // Filter first: `relations` sorts, which only the (rare) failures need.
    for relation in graph.filteringRelations({ !$0.weight.isFinite }).relations {
        throw GraphFormatError.unrepresentable(
            format: format,
            message: "\(describe(relation)) has weight \(relation.weight); weights must be finite")
    }
}

/// A relation as error messages name it: `meeting country/a – country/b`.
func describe(_ relation: Relation) -> String {
    "\(relation.kind) relation \(relation.source) \(relation.isDirected ? "→" : "–") \(relation.target)"
}

extension Evidence {
    /// The evidence as a JSON object (`document`, `sentence`, `start`, `end`, `date`).
    var jsonValue: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let date { members.append(("date", .string(date))) }
        members.append(("document", .string(document)))
        members.append(("end", .number(end)))
        members.append(("sentence", .string(sentence)))
        members.append(("start", .number(start)))
        return .object(members)
    }

    /// Evidence read from a JSON object; throws a message (without a line) on a wrong shape.
    init(json value: JSONValue) throws(JSONShapeError) {
        guard value.members != nil else { throw JSONShapeError(value, "evidence must be an object, found \(value.typeName)") }
        self.init(
            document: try value.requiredString("document"),
            sentence: try value.requiredString("sentence"),
            start: try value.requiredInt("start"),
            end: try value.requiredInt("end"),
            date: try value.optionalString("date"))
    }

    /// A list of evidence as compact JSON text (for GraphML, GEXF and CSV cells).
    static func jsonText(_ evidence: [Evidence]) -> String {
        JSONWriter.compact(.array(evidence.map(\.jsonValue)))
    }

    /// Evidence from the JSON text `jsonText(_:)` writes.
    static func list(fromJSONText text: String) throws(JSONShapeError) -> [Evidence] {
        // An empty cell is no evidence (igraph writes every attribute on every edge).
        if text.allSatisfy(\.isWhitespace) { return [] }
        let value: JSONValue
        do {
            value = try JSONParser.parse(text.utf8)
        } catch {
            throw JSONShapeError(line: 0, "evidence is not valid JSON: \(error.message)")
        }
        guard let elements = value.elements else {
            throw JSONShapeError(value, "evidence must be a JSON array, found \(value.typeName)")
        }
        var result: [Evidence] = []
        for element in elements { result.append(try Evidence(json: element)) }
        return result
    }
}

/// A JSON value of the wrong shape: the message and the line of the value.
struct JSONShapeError: Error {
    var line: Int
    var message: String

    init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    init(_ value: JSONValue, _ message: String) {
        self.init(line: value.line, message)
    }
}

extension JSONValue {
    func requiredString(_ key: String) throws(JSONShapeError) -> String {
        guard let member = self[key] else { throw JSONShapeError(self, "missing \"\(key)\"") }
        guard let text = member.stringValue else {
            throw JSONShapeError(member, "\"\(key)\" must be a string, found \(member.typeName)")
        }
        return text
    }

    func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        guard let member = self[key] else { return nil }
        if case .null = member.storage { return nil }
        guard let text = member.stringValue else {
            throw JSONShapeError(member, "\"\(key)\" must be a string, found \(member.typeName)")
        }
        return text
    }

    func optionalNumber(_ key: String) throws(JSONShapeError) -> Double? {
        guard let member = self[key] else { return nil }
        if case .null = member.storage { return nil }
        guard case .number(let value, _) = member.storage else {
            throw JSONShapeError(member, "\"\(key)\" must be a number, found \(member.typeName)")
        }
        return value
    }

    func requiredInt(_ key: String) throws(JSONShapeError) -> Int {
        guard let member = self[key] else { throw JSONShapeError(self, "missing \"\(key)\"") }
        guard case .number(let value, let text) = member.storage else {
            throw JSONShapeError(member, "\"\(key)\" must be an integer, found \(member.typeName)")
        }
        guard value.isFinite, value == value.rounded(), abs(value) < 9.0e15 else {
            throw JSONShapeError(member, "\"\(key)\" must be an integer, found \(text)")
        }
        return Int(value)
    }

    func optionalBool(_ key: String) throws(JSONShapeError) -> Bool? {
        guard let member = self[key] else { return nil }
        if case .null = member.storage { return nil }
        guard case .bool(let flag) = member.storage else {
            throw JSONShapeError(member, "\"\(key)\" must be true or false, found \(member.typeName)")
        }
        return flag
    }

    func optionalStringArray(_ key: String) throws(JSONShapeError) -> [String]? {
        guard let member = self[key] else { return nil }
        if case .null = member.storage { return nil }
        guard let elements = member.elements else {
            throw JSONShapeError(member, "\"\(key)\" must be an array of strings, found \(member.typeName)")
        }
        var result: [String] = []
        for element in elements {
            guard let text = element.stringValue else {
                throw JSONShapeError(element, "\"\(key)\" must hold strings, found \(element.typeName)")
            }
            result.append(text)
        }
        return result
    }

    func optionalStringDictionary(_ key: String) throws(JSONShapeError) -> [String: String]? {
        guard let member = self[key] else { return nil }
        if case .null = member.storage { return nil }
        guard let members = member.members else {
            throw JSONShapeError(member, "\"\(key)\" must be an object of strings, found \(member.typeName)")
        }
        var result: [String: String] = [:]
        for (name, value) in members {
            guard let text = value.stringValue else {
                throw JSONShapeError(value, "\"\(key).\(name)\" must be a string, found \(value.typeName)")
            }
            result[name] = text
        }
        return result
    }
}
