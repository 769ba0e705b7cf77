import Testing
import Digest

@Suite struct SHA256Tests {
    private func hex(_ text: String) -> String {
        SHA256.digest(Array(text.utf8)).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }.joined()
    }

    // FIPS 180-4 example values (NIST CSRC "SHA256.pdf" examples) and Python's hashlib.
    @Test func knownAnswers() {
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(hex("Péter Szijjártó") == "0e41d106bf8bc1957f2bf05c0aad2732c7d5e324ea529b3b34b01c915c4096c1")
    }
}
