import Foundation
import FuzzSupport

exit(runFuzzer { fuzzExtraction($0, $1) })
