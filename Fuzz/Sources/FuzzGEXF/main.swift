import Foundation
import FuzzSupport

exit(runFuzzer { fuzzGEXF($0, $1) })
