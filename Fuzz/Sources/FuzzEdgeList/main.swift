import Foundation
import FuzzSupport

exit(runFuzzer { fuzzEdgeList($0, $1) })
