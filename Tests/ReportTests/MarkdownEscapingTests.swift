import Testing
@testable import Report

@Suite struct MarkdownEscapingTests {
    @Test func escapesInlineMarkup() {
        #expect(MarkdownEscaping.escape("A|B *x* _y_ `z`") == #"A\|B \*x\* \_y\_ \`z\`"#)
        #expect(MarkdownEscaping.escape("<script>alert(1)</script>") == #"\<script\>alert(1)\</script\>"#)
        #expect(MarkdownEscaping.escape("[link](http://x) #tag ~~no~~ back\\slash")
            == ##"\[link\](http://x) \#tag \~\~no\~\~ back\\slash"##)
    }

    @Test func keepsOrdinaryTextReadable() {
        #expect(MarkdownEscaping.escape("Côte d'Ivoire, U.S. - AT&T") == "Côte d'Ivoire, U.S. - AT&T")
        #expect(MarkdownEscaping.escape("Ministry (MFA)") == "Ministry (MFA)")
    }

    @Test func escapesEntitiesLineBreaksAndListMarkers() {
        #expect(MarkdownEscaping.escape("a &amp; b &#60; c") == ##"a \&amp; b \&\#60; c"##)
        #expect(MarkdownEscaping.escape("one\ntwo\r\nthree\u{2028}four") == "one two three four")
        #expect(MarkdownEscaping.escape("- dash") == #"\- dash"#)
        #expect(MarkdownEscaping.escape("+ plus") == #"\+ plus"#)
        #expect(MarkdownEscaping.escape("1. FC Köln") == #"1\. FC Köln"#)
        #expect(MarkdownEscaping.escape("2024") == "2024")
    }
}
