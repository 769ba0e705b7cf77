import Testing

// Replaced by the tests of the issue that builds this module.
@Test func ExtractionPlaceholder() { #expect(Bool(true)) }
