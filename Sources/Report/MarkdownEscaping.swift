/// Escaping of untrusted text for Markdown table cells and list items.
enum MarkdownEscaping {
    /// Characters that would start emphasis, code, links, HTML, headings or end a table cell.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// `text` as literal inline Markdown on one line.
    ///
    /// Line breaks become spaces, Markdown punctuation is backslash-escaped, an `&` that
    /// would start an entity reference is escaped, and a leading `-`, `+` or `1.` that would
    /// start a list inside a list item is escaped. Ordinary punctuation (`.`, `-`, `'`) stays
    /// as it is, so the text reads well in the raw file.
    ///
    /// - Complexity: O(*n*).
    static func escape(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isNewline || character == "\t" {
                result.append(" ")
            } else if special.contains(character) {
                result.append("\\")
                result.append(character)
            } else if character == "&", startsEntity(characters, at: index + 1) {
                result.append("\\&")
            } else {
                result.append(character)
            }
        }
        if let first = result.first, first == "-" || first == "+" {
            result.insert("\\", at: result.startIndex)
        } else if let marker = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  marker != result.startIndex, result[marker] == "." || result[marker] == ")"
        {
            result.insert("\\", at: marker)
        }
        return result
    }

    /// Whether `characters[start...]` reads `name;` or `#123;`, the rest of an entity reference.
    private static func startsEntity(_ characters: [Character], at start: Int) -> Bool {
        var index = start
        while index < characters.count, characters[index].isASCII,
              characters[index].isLetter || characters[index].isNumber || characters[index] == "#"
        {
            index += 1
        }
        return index > start && index < characters.count && characters[index] == ";"
    }
}
