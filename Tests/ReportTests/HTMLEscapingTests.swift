import Foundation
import Testing
@testable import Report

@Suite struct HTMLEscapingTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(HTMLEscaping.escape(#"<script>alert(1)</script> & " onmouseover="x' "#)
            == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot; onmouseover=&quot;x&#39; ")
        #expect(HTMLEscaping.escape("Péter Szijjártó") == "Péter Szijjártó")
    }

    @Test func scriptJSONHasNoBreakoutAndParsesBack() throws {
        let hostile = "</script><script>alert(1)</script> <!-- x --> a & b \u{2028}\u{2029}"
        let json = String(decoding: try JSONEncoder().encode([hostile]), as: UTF8.self)
        let escaped = HTMLEscaping.escapeJSONForScript(json)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!escaped.contains(forbidden), "\(forbidden.unicodeScalars.first!) left unescaped")
        }
        let decoded = try JSONDecoder().decode([String].self, from: Data(escaped.utf8))
        #expect(decoded == [hostile])
    }
}
