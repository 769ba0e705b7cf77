import Foundation
import FuzzSupport

exit(runFuzzer { fuzzGraphML($0, $1) })
