import CorpusStore
import Foundation
import Testing

/// Known answers from FIPS 180-4's examples (NIST CSRC "SHA256.pdf").
@Suite struct ContentHashTests {
    @Test func emptyInput() {
        #expect(ContentHash(of: "").description == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func oneBlock() {
        #expect(
            ContentHash(of: "abc").description == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlocksFromPadding() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            ContentHash(of: message).description
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func millionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            ContentHash(of: bytes).description
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func textAndBytesAgree() {
        let text = "Zakir Hasanov met Raimonds Bergmanis in Baku — “a fruitful visit”."
        #expect(ContentHash(of: text) == ContentHash(of: Array(text.utf8)))
        #expect(ContentHash(of: text) != ContentHash(of: text + " "))
    }
}

@Suite struct ContentHashContiguousTests {
    /// Data and arrays are hashed in place; the result must not depend on the container.
    @Test(arguments: [0, 1, 55, 56, 63, 64, 65, 2_000])
    func dataArraysAndSequencesAgree(count: Int) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let expected = ContentHash(of: bytes)
        #expect(ContentHash(of: Data(bytes)) == expected)
        #expect(ContentHash(of: bytes[...]) == expected)
        #expect(ContentHash(of: AnySequence(bytes)) == expected)
    }
}
