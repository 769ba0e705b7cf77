/// A parsed JSON value that remembers the line it starts on, so readers can name
/// the line of a wrong type or a dangling id (`JSONDecoder` cannot).
struct JSONValue: Sendable {
    /// The value itself.
    enum Storage: Sendable {
        case null
        case bool(Bool)
        /// The number and its text as written (so `12` stays `12`, not `12.0`).
        case number(Double, text: String)
        case string(String)
        case array([JSONValue])
        /// Members in document order; keys are unique (the parser rejects duplicates).
        case object([(key: String, value: JSONValue)])
    }

    var storage: Storage
    /// 1-based line of the value's first character.
    var line: Int

    /// What the value is, in the words an error message uses.
    var typeName: String {
        switch storage {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    var stringValue: String? {
        if case .string(let text) = storage { return text }
        return nil
    }

    var members: [(key: String, value: JSONValue)]? {
        if case .object(let members) = storage { return members }
        return nil
    }

    var elements: [JSONValue]? {
        if case .array(let elements) = storage { return elements }
        return nil
    }

    /// The member named `key` of an object.
    subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }

    /// The value as attribute text: strings as they are, numbers as written,
    /// booleans as `true`/`false`, arrays and objects as compact JSON.
    var attributeText: String? {
        switch storage {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .number(_, let text): text
        case .string(let text): text
        case .array, .object: JSONWriter.compact(self)
        }
    }
}

extension JSONValue {
    init(_ storage: Storage) {
        self.init(storage: storage, line: 0)
    }

    static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
    static func number(_ value: Double) -> JSONValue { JSONValue(.number(value, text: JSONWriter.format(value))) }
    static func number(_ value: Int) -> JSONValue { JSONValue(.number(Double(value), text: String(value))) }
    static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }
    static func object(_ members: [(key: String, value: JSONValue)]) -> JSONValue { JSONValue(.object(members)) }
}
