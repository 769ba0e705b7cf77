import Testing
@testable import Extraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let doc = analyze(text)
        return doc.sentences.map { doc.text($0.tokens) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        let result = sentences("Mr. Smith met Gen. Lee at No. 10 Downing Street. The U.S. envoy attended. They left.")
        #expect(result == ["Mr. Smith met Gen. Lee at No. 10 Downing Street.", "The U.S. envoy attended.", "They left."])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("Dr. S. Jaishankar arrived. He met the president.").count == 2)
    }

    @Test func paragraphsEndSentences() {
        let doc = analyze("Headline without a period\n\nFirst paragraph here. Second sentence.\n\nNew paragraph")
        #expect(doc.sentences.count == 4)
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 1, 2])
        #expect(doc.sentences[0].isHeadline)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("He said: “We agree.” Then he left.") == ["He said: “We agree.”", "Then he left."])
    }

    @Test func ellipsisAndMarksEndSentences() {
        #expect(sentences("They waited\u{2026} Then talks began! Was it late? No.") == ["They waited\u{2026}", "Then talks began!", "Was it late?", "No."])
        #expect(SentenceSplitter.isSentenceEnd("\u{2026}"))
        #expect(SentenceSplitter.isSentenceEnd("."))
        #expect(!SentenceSplitter.isSentenceEnd(","))
        #expect(!SentenceSplitter.isSentenceEnd(".."))
        #expect(!SentenceSplitter.isSentenceEnd("\u{2013}"))
    }
}
