import GraphModel

/// Reads typed values from the bytes libFuzzer hands a target, so that one input
/// describes a whole graph; past the end every read returns zero or empty.
public struct FuzzInput {
    private let bytes: [UInt8]
    private var index = 0

    public init(_ start: UnsafeRawPointer, _ count: Int) {
        bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    public var isAtEnd: Bool { index >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    public mutating func int(below bound: Int) -> Int {
        bound <= 1 ? 0 : Int(byte()) % bound
    }

    public mutating func bool() -> Bool { byte() & 1 == 1 }

    /// A string of up to 15 scalars: mostly the characters that break quoting
    /// (quotes, backslashes, braces, angle brackets, control characters,
    /// spreadsheet formula starts), otherwise any scalar the bytes name.
    public mutating func string() -> String {
        let length = int(below: 16)
        var result = String.UnicodeScalarView()
        let hostile: [Unicode.Scalar] = [
            "\"", "\\", "'", "<", ">", "&", ";", "{", "}", "[", "]", "=", "+", "-", "@", "\n", "\r", "\t",
            "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}",
            "é", "ß", "İ", "中", "😀", "\u{301}", "a", "b", "Z", "0", " ", "/", "%", "#", "n", "N", "l", "u",
        ]
        for _ in 0..<length {
            let selector = byte()
            if selector < 160 {
                result.append(hostile[Int(selector) % hostile.count])
            } else if selector < 200 {
                result.append(Unicode.Scalar(UInt8(32 + selector % 95)))
            } else {
                let value = UInt32(byte()) << 8 | UInt32(byte())
                result.append(Unicode.Scalar(value) ?? "?")
            }
        }
        return String(result)
    }

    /// A weight: usually a small number, sometimes zero, negative, huge, tiny or not finite.
    public mutating func weight() -> Double {
        switch byte() % 12 {
        case 0: return 0
        case 1: return -Double(byte())
        case 2: return .infinity
        case 3: return -.infinity
        case 4: return .nan
        case 5: return .greatestFiniteMagnitude
        case 6: return .leastNonzeroMagnitude
        case 7: return Double(byte()) / 7
        default: return Double(byte() % 5 + 1)
        }
    }

    /// A random graph: up to 12 entities and 24 relations with hostile names, kinds,
    /// attributes and evidence.
    public mutating func graph(finiteWeights: Bool = false) -> Graph {
        let kinds: [EntityKind] = [.country, .person, .organization, .node]
        let relationKinds: [RelationKind] = [.meeting, .statement, .affiliation, .membership, .cooperation, .link]
        var graph = Graph()
        var ids: [EntityID] = []
        for _ in 0..<int(below: 13) {
            let kind = bool() ? kinds[int(below: kinds.count)] : EntityKind(rawValue: string())
            let name = string()
            let explicitID = byte() % 4 == 0 ? EntityID(rawValue: string()) : nil
            var attributes: [String: String] = [:]
            for _ in 0..<int(below: 3) {
                attributes[bool() ? ["role", "iso", "affiliation"][int(below: 3)] : string()] = string()
            }
            let entity = Entity(
                id: explicitID, kind: kind, name: name, aliases: (0..<int(below: 3)).map { _ in string() },
                attributes: attributes)
            graph.add(entity)
            ids.append(entity.id)
        }
        guard !ids.isEmpty else { return graph }
        for _ in 0..<int(below: 25) {
            let kind = bool() ? relationKinds[int(below: relationKinds.count)] : RelationKind(rawValue: string())
            var weight = weight()
            if finiteWeights && !weight.isFinite { weight = 1 }
            var attributes: [String: String] = [:]
            for _ in 0..<int(below: 3) {
                attributes[bool() ? ["date", "tone", "cameo"][int(below: 3)] : string()] = string()
            }
            let evidence = (0..<int(below: 3)).map { _ in
                let start = int(below: 200)
                return Evidence(
                    document: string(), sentence: string(), start: start, end: start + int(below: 50),
                    date: bool() ? string() : nil)
            }
            let relation = Relation(
                kind: kind, source: ids[int(below: ids.count)], target: ids[int(below: ids.count)],
                isDirected: byte() % 3 == 0 ? nil : bool(), weight: weight, attributes: attributes,
                evidence: evidence)
            try? graph.add(relation)
        }
        return graph
    }
}

/// Stops the fuzzer with a message when a property the target checks does not hold.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        fatalError("fuzz property failed: \(message())")
    }
}
