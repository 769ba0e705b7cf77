import Foundation
import FuzzSupport

exit(runFuzzer { fuzzDOT($0, $1) })
