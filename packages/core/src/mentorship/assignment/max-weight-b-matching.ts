/**
 * Maximum-weight b-matching (each mentee at most one mentor, mentor j at most capacity[j] mentees)
 * as a min-cost flow source → mentee → mentor → sink, plus an "unmatched" arc mentee → sink of
 * weight 0, solved by successive shortest paths with Dijkstra on reduced costs (Edmonds & Karp
 * 1972; the row-by-row form of Jonker & Volgenant 1987): each mentee in index order is routed
 * along a shortest augmenting path, which may move others or leave one unmatched. Each search
 * stops when the sink is settled. O(n · E log V) worst case; far less in practice.
 *
 * Weights must be integers (exact in doubles). Returns the matching and mentor prices v ≥ 0 such
 * that, with u_i = max(0, max_j w_ij − v_j), Σu + Σ capacity·v equals the matching's weight:
 * the linear-programming dual that proves it optimal (see certify.ts).
 */
import { type Assignment, type Bipartite, createAssignment } from './graph.ts';
import { createIndexedHeap } from './heap.ts';

export interface WeightedBipartite extends Bipartite {
  /** Integer weight of each edge. */
  readonly weight: Float64Array;
}

export interface WeightedMatching {
  readonly assignment: Assignment;
  readonly mentorPrice: Float64Array;
}

export function maxWeightBMatching(graph: WeightedBipartite): WeightedMatching {
  const { nMentees: n, nMentors: m, capacity, start, edgeMentor, weight } = graph;
  const state = createAssignment(graph);
  const { edgeOf, load, slotStart, slots } = state;
  // Nodes: the sink is 0 (so it wins ties and searches stop early), mentee i is 1 + i, mentor j is
  // 1 + n + j. Reduced costs of residual arcs stay ≥ 0: mentee→mentor (unused edge)
  // −w + π(i) − π(j); mentor→mentee (used) w + π(j) − π(i); mentor→sink (room left) π(j) − π(sink);
  // mentee→sink (matched, or being routed) π(i) − π(sink).
  const SINK = 0;
  const M0 = 1 + n;
  const size = 1 + n + m;
  const potential = new Float64Array(size);
  const dist = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const touched = new Int32Array(size);
  let count = 0;
  /** For a mentor: the mentee it was reached from and the edge; for the sink: the node. */
  const fromMentee = new Int32Array(m);
  const fromEdge = new Int32Array(m);
  let sinkFrom = -1;
  const heap = createIndexedHeap(size, dist);

  /** Lowers a label; labels at or above the sink's cannot matter and are not kept. */
  const relax = (node: number, d: number): boolean => {
    if (d >= dist[node]! || d >= dist[SINK]!) return false;
    if (dist[node] === Number.POSITIVE_INFINITY) touched[count++] = node;
    dist[node] = d;
    return true;
  };
  /**
   * A mentee's label is final when first set (its only arc in is from its mentor, or it is the
   * root), so its arcs are relaxed at once instead of queueing it.
   */
  const scanMentee = (i: number, d: number) => {
    const pi = potential[1 + i]!;
    if (relax(SINK, d + pi - potential[SINK]!)) {
      sinkFrom = 1 + i;
      heap.push(SINK);
    }
    const used = edgeOf[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      if (e === used) continue;
      const j = edgeMentor[e]!;
      const dj = d - weight[e]! + pi - potential[M0 + j]!;
      if (relax(M0 + j, dj)) {
        fromMentee[j] = i;
        fromEdge[j] = e;
        heap.push(M0 + j);
        // Look ahead through a mentor with room: the sink's label drops at once, which prunes
        // the search (with many equal scores, most labels tie and would all be explored).
        if (load[j]! < capacity[j]! && relax(SINK, dj + potential[M0 + j]! - potential[SINK]!)) {
          sinkFrom = M0 + j;
          heap.push(SINK);
        }
      }
    }
  };

  for (let root = 0; root < n; root++) {
    // A new mentee's potential is raised so that its arcs have non-negative reduced cost.
    let top = potential[SINK]!;
    for (let e = start[root]!; e < start[root + 1]!; e++) {
      top = Math.max(top, weight[e]! + potential[M0 + edgeMentor[e]!]!);
    }
    potential[1 + root] = top;
    relax(1 + root, 0);
    scanMentee(root, 0);
    for (;;) {
      const x = heap.pop();
      if (x === SINK) break;
      const j = x - M0;
      const dx = dist[x]!;
      const px = potential[x]!;
      if (load[j]! < capacity[j]! && relax(SINK, dx + px - potential[SINK]!)) {
        sinkFrom = x;
        heap.push(SINK);
      }
      for (let s = slotStart[j]!; s < slotStart[j]! + load[j]!; s++) {
        const y = slots[s]!;
        const dy = dx + weight[edgeOf[y]!]! + px - potential[1 + y]!;
        if (relax(1 + y, dy)) scanMentee(y, dy);
      }
    }

    // π += min(d, d(sink)) − d(sink): every node labelled below the sink has been scanned, the
    // others keep their potential, and reduced costs stay ≥ 0.
    const dSink = dist[SINK]!;
    for (let k = 0; k < count; k++) {
      const v = touched[k]!;
      if (dist[v]! < dSink) potential[v]! += dist[v]! - dSink;
      dist[v] = Number.POSITIVE_INFINITY;
    }
    count = 0;
    heap.clear();
    augment(state, root, sinkFrom - 1, n, fromMentee, fromEdge);
  }

  const mentorPrice = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    mentorPrice[j] = Math.max(0, potential[SINK]! - potential[M0 + j]!);
  }
  return { assignment: state, mentorPrice };
}

/** Walks the shortest path back from the sink, shifting each mentee on it to its new mentor. */
function augment(
  state: Assignment,
  root: number,
  sinkFrom: number,
  n: number,
  fromMentee: Int32Array,
  fromEdge: Int32Array,
): void {
  let mentor: number;
  if (sinkFrom < n) {
    // The path ends by leaving `sinkFrom` unmatched; its mentor gets the freed place.
    const mentee = sinkFrom;
    if (mentee === root) return;
    mentor = state.mentorOf[mentee]!;
    state.unassign(mentee);
  } else {
    mentor = sinkFrom - n;
  }
  for (;;) {
    const mentee = fromMentee[mentor]!;
    const previous = state.mentorOf[mentee]!;
    if (mentee !== root) state.unassign(mentee);
    state.assign(mentee, mentor, fromEdge[mentor]!);
    if (mentee === root) return;
    mentor = previous;
  }
}
