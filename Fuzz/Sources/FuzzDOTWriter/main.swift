import Foundation
import FuzzSupport

exit(runFuzzer { fuzzDOTWriter($0, $1) })
