import Foundation
import FuzzSupport

exit(runFuzzer { fuzzJSON($0, $1) })
