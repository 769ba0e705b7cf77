/// Public officials known by name, with the country or organization each serves: an
/// actor dictionary, as political event coders keep one (PETRARCH's, Schrodt 2014;
/// ICEWS's), read from `officials.tsv`.
///
/// An article often names a well-known official without saying whose official they are
/// ("President Joe Biden", "Foreign Minister Wang Yi"); the guidelines give the country when
/// the article names it, and a reader knows which. The table supplies that knowledge, and
/// marks a name found in it as a person's where the text gives no other cue.
struct Officials: Sendable {
    /// One known official.
    struct Official: Sendable {
        var name: String
        /// Gazetteer indices of the countries served.
        var countries: [Int]
        /// Gazetteer indices of the organizations served (international civil servants).
        var organizations: [Int]
    }

    private var officials: [Official] = []
    /// The official of each name key; -1 where two officials share a key.
    private var byKey: [String: Int] = [:]
    /// The lengths, in words, of the keys known: a span is looked up only at these.
    private var keyLengths: Set<Int> = []
    /// The last word of every key.
    private var lastWords: Set<String> = []

    init() {}

    /// Number of officials known.
    var count: Int { officials.count }

    /// The official named `name` (title words and initials aside), if exactly one is.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    func official(named name: String) -> Official? {
        index(named: name).map { officials[$0] }
    }

    /// The index of `official(named:)`'s official.
    func index(named name: String) -> Int? {
        index(forKeys: Self.keys(name))
    }

    /// The index of the official whose name has the folded words `keys` (as `keys(_:)` gives
    /// them), or failing that its first and last ("Andry Nirina Rajoelina" is "Andry Rajoelina").
    func index(forKeys keys: [String]) -> Int? {
        if keyLengths.contains(keys.count), let index = byKey[keys.joined(separator: " ")] {
            return index >= 0 ? index : nil
        }
        guard keys.count >= 3, let index = byKey[keys[0] + " " + keys[keys.count - 1]], index >= 0 else { return nil }
        return index
    }

    /// The official at `index` (as `index(forKeys:)` gives it).
    subscript(index: Int) -> Official { officials[index] }

    /// The words of a name that identify it: folded, without honorifics before it
    /// ("Sheikh", "King", "Dr."), a generational suffix after it ("Jr."), initials or marks.
    ///
    /// "Ferdinand R. Marcos Jr." and "Ferdinand Marcos" have the same keys, as have
    /// "Al-Sabah" and "Al Sabah".
    static func keys(_ name: String) -> [String] {
        keys(ofWords: Tokenizer.tokenize(ArticleText(text: name, document: "")).lazy.filter(\.isWord).map(\.key))
    }

    /// The identifying words among the folded words `words` of a name (see `keys(_:)`).
    static func keys(ofWords words: some Sequence<String>) -> [String] {
        var result = words.filter { $0.unicodeScalars.count > 1 }
        while let first = result.first, honorifics.contains(first) { result.removeFirst() }
        while let last = result.last, suffixes.contains(last) { result.removeLast() }
        return result
    }

    /// Whether some known name ends with the folded word `key`: most capitalized runs end
    /// with none, and are passed over at this test.
    func someName(endsWith key: String) -> Bool { lastWords.contains(key) }

    /// Whether the folded word `key` is an honorific that may stand before a name ("sheikh").
    static func isHonorific(_ key: String) -> Bool { honorifics.contains(key) }

    private static let honorifics: Set<String> = [
        "sheikh", "sheikha", "shaikh", "king", "queen", "prince", "princess", "crown", "dr", "sir", "dame",
        "hrh", "mr", "mrs", "ms",
    ]
    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Reads the table's rows; countries and organizations are named as in the gazetteer.
    ///
    /// - Throws: `ExtractionError.resource` for a row without a name or with an
    ///   affiliation the gazetteer does not know.
    mutating func read(_ table: ResourceTable, gazetteer: Gazetteer) throws {
        for (row, line) in zip(table.rows, table.lines) {
            let name = table.cell(row, "name")
            guard !name.isEmpty else {
                throw ExtractionError.resource(name: "officials.tsv", line: line, message: "empty name")
            }
            // (The role column is for readers: the role comes from the article.)
            var official = Official(name: name, countries: [], organizations: [])
            for affiliation in ResourceTable.list(table.cell(row, "affiliation")) {
                let folded = Tokenizer.fold(affiliation)
                if let country = gazetteer.countryByName[folded] {
                    official.countries.append(country)
                } else if let organization = gazetteer.organizationByName[folded] {
                    official.organizations.append(organization)
                } else {
                    throw ExtractionError.resource(name: "officials.tsv", line: line, message: "unknown affiliation '\(affiliation)'")
                }
            }
            let index = officials.count
            officials.append(official)
            var seen: Set<String> = []
            for form in [name] + ResourceTable.list(table.cell(row, "aliases")) {
                let keys = Self.keys(form)
                // One word names an official only where the table gives it alone ("Lula"), not
                // where a title was left out ("King Philippe": any Philippe).
                guard keys.count >= 2 || keys.count == 1 && !form.contains(" ") else { continue }
                let key = keys.joined(separator: " ")
                guard seen.insert(key).inserted else { continue }
                keyLengths.insert(keys.count)
                lastWords.insert(keys[keys.count - 1])
                if let other = byKey[key], other != index {
                    byKey[key] = -1
                } else {
                    byKey[key] = index
                }
            }
        }
    }
}
