import Testing
@testable import Report

@Suite struct HTMLEscapingTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(HTMLEscaping.escape(#"<script>alert(1)</script> & " onmouseover="x' "#)
            == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot; onmouseover=&quot;x&#39; ")
        #expect(HTMLEscaping.escape("Péter Szijjártó") == "Péter Szijjártó")
    }
}
