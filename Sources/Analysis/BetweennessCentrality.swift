extension GraphIndex {
    /// Betweenness centrality: how often a node lies on the shortest paths between
    /// two others, as `networkx.betweenness_centrality` (endpoints excluded).
    ///
    /// Exact (every node a source) or estimated from `samples` random pivot sources
    /// (Brandes & Pich 2007), rescaled exactly as networkx 3.6 rescales a sample:
    /// sources by 1/((*k* − 1)(*n* − 2)), the other nodes by 1/(*k*(*n* − 2)) when
    /// normalized. With `samples == nodeCount` the result is the exact one.
    /// Sources are spread over every core; partial sums are added in worker order.
    ///
    /// - Parameters:
    ///   - normalized: Divide by the number of pairs, (*n* − 1)(*n* − 2), as networkx's
    ///     default; otherwise undirected values are halved (each pair counted once).
    ///   - length: Hop counts (BFS) or edge weights as lengths (Dijkstra).
    ///   - samples: The number of pivot sources *k*; every node when nil.
    ///   - seed: The seed of the pivot choice.
    /// - Returns: The scores, measure name `betweenness`.
    /// - Complexity: O(*k* *m*) for hops, O(*k*(*m* + *n* log *n*)) for weights;
    ///   O(*n*) memory per core.
    /// - Paper: U. Brandes, "A faster algorithm for betweenness centrality",
    ///   J. Math. Sociol. 25(2), 2001; U. Brandes, "On variants of shortest-path
    ///   betweenness centrality and their generic computation", Social Networks
    ///   30(2), 2008; U. Brandes & C. Pich, "Centrality estimation in large
    ///   networks", Int. J. Bifurcation and Chaos 17(7), 2007.
    public func betweennessCentrality(
        normalized: Bool = true, length: EdgeLength = .hops, samples: Int? = nil, seed: UInt64 = 0
    ) throws -> CentralityScores {
        let n = nodeCount
        var chosen = Array(0..<Int32(n))
        var sampled: Set<Int32>? = nil
        if let k = samples, k != n {
            guard k > 0 && k <= n else {
                throw AnalysisError.invalidParameter(
                    name: "samples", value: "\(k)", reason: "must be between 1 and the node count \(n)")
            }
            var generator = SplitMix64(seed: seed)
            chosen.shuffle(using: &generator)
            chosen = Array(chosen.prefix(k)).sorted()
            sampled = Set(chosen)
        }
        let sources = chosen
        let lengths = arcLengths(length)
        let workers = min(Parallel.workerCount, max(1, sources.count))
        let partial = SharedBuffer<Double>(repeating: 0, count: n * workers)
        withAdjacency { outgoing, incoming in
            Parallel.run(workers: workers) { worker in
                let scratch = SearchScratch(nodeCount: n)
                let sums = partial.pointer.baseAddress! + worker * n
                var i = worker
                while i < sources.count {
                    if let lengths {
                        lengths.outgoing.withUnsafeBufferPointer { out in
                            lengths.incoming.withUnsafeBufferPointer { inc in
                                scratch.dijkstra(
                                    from: sources[i], outgoing, lengths: out.baseAddress!,
                                    reverse: incoming, reverseLengths: inc.baseAddress!)
                                accumulateWeighted(scratch, outgoing, out.baseAddress!, into: sums)
                            }
                        }
                    } else {
                        scratch.breadthFirst(from: sources[i], outgoing, countPaths: true)
                        accumulate(scratch, outgoing, into: sums)
                    }
                    i += workers
                }
            }
        }
        var values = [Double](repeating: 0, count: n)
        for worker in 0..<workers {
            let sums = partial.pointer.baseAddress! + worker * n
            for v in 0..<n { values[v] += sums[v] }
        }
        rescaleBetweenness(&values, normalized: normalized, sampled: sampled)
        return CentralityScores(measure: "betweenness", index: self, values: values)
    }

    /// Adds the dependencies of the last BFS's source to `sums` (Brandes 2001).
    ///
    /// Pull form: δ(w) = σ(w) Σ (1 + δ(v))/σ(v) over the successors v one level
    /// further, so each node writes only its own entry; `delta` keeps (1 + δ)/σ.
    private func accumulate(_ s: SearchScratch, _ outgoing: Adjacency, into sums: UnsafeMutablePointer<Double>) {
        let level = s.level, sigma = s.sigma, coefficient = s.delta, order = s.order
        let offsets = outgoing.offsets, targets = outgoing.targets
        var i = s.reached - 1
        while i > 0 {
            let w = Int(order[i])
            let next = level[w] + 1
            var sum = 0.0
            for e in offsets[w]..<offsets[w + 1] {
                let v = Int(targets[e])
                sum += level[v] == next ? coefficient[v] : 0
            }
            let dependency = sigma[w] * sum
            sums[w] += dependency
            coefficient[w] = (1 + dependency) / sigma[w]
            i -= 1
        }
    }

    /// Adds the dependencies of the last Dijkstra search's source to `sums` (pull
    /// form, successors v with d(w) + ℓ(w, v) = d(v)).
    private func accumulateWeighted(
        _ s: SearchScratch, _ outgoing: Adjacency, _ lengths: UnsafePointer<Double>,
        into sums: UnsafeMutablePointer<Double>
    ) {
        let distance = s.distance, sigma = s.sigma, coefficient = s.delta, order = s.order
        let offsets = outgoing.offsets, targets = outgoing.targets
        var i = s.reached - 1
        while i > 0 {
            let w = Int(order[i])
            let dw = distance[w]
            var sum = 0.0
            for e in offsets[w]..<offsets[w + 1] {
                let v = Int(targets[e])
                if dw + lengths[e] == distance[v] { sum += coefficient[v] }
            }
            let dependency = sigma[w] * sum
            sums[w] += dependency
            coefficient[w] = (1 + dependency) / sigma[w]
            i -= 1
        }
    }

    /// networkx 3.6's `_rescale` with `endpoints=False`.
    private func rescaleBetweenness(_ values: inout [Double], normalized: Bool, sampled: Set<Int32>?) {
        let n = Double(nodeCount) - 1  // N: the pairs a node can lie between exclude itself
        guard n >= 2 else { return }
        let correction: Double = isDirected ? 1 : 2
        if let sampled {
            let k = Double(sampled.count)
            let scaleSource = k > 1 ? (normalized ? 1 / ((k - 1) * (n - 1)) : n / ((k - 1) * correction)) : .nan
            let scaleOther = normalized ? 1 / (k * (n - 1)) : n / (k * correction)
            for v in values.indices {
                values[v] *= sampled.contains(Int32(v)) ? scaleSource : scaleOther
            }
        } else {
            let scale = normalized ? 1 / (n * (n - 1)) : n / (n * correction)
            if scale != 1 { for v in values.indices { values[v] *= scale } }
        }
    }
}
