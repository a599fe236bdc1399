/**
 * Maximum-cardinality b-matching by Hopcroft & Karp (1973) phases: a BFS layers the alternating
 * graph from the unmatched mentees, then an iterative DFS finds mentee-disjoint shortest
 * augmenting paths. O(E √V). Edges scoring below `atLeast` are ignored, so the same graph serves
 * every threshold of the bottleneck search. The proof of maximality is a vertex cover (König's
 * theorem for b-matchings): mentees not reachable from an unmatched mentee by an alternating path,
 * and mentors that are reachable; its size |mentees| + Σ capacity equals the matched count.
 */
import { type Assignment, type Bipartite, createAssignment } from './graph.ts';

export interface ScoredBipartite extends Bipartite {
  readonly edgeScore: Float64Array;
}

export interface Cover {
  readonly mentees: readonly number[];
  readonly mentors: readonly number[];
  readonly size: number;
}

export interface CardinalityMatching {
  readonly assignment: Assignment;
  readonly matched: number;
  readonly cover: Cover;
}

const NONE = -1;

/**
 * `warm`: edges of an earlier matching (by mentee, -1 for none) to start from; those scoring below
 * `atLeast` are dropped.
 */
export function maxCardinalityBMatching(
  graph: ScoredBipartite,
  atLeast = Number.NEGATIVE_INFINITY,
  warm?: Int32Array,
): CardinalityMatching {
  const { nMentees: n, nMentors: m, capacity, start, edgeMentor, edgeScore } = graph;
  const state = createAssignment(graph);
  const { mentorOf, load, slotStart, slots } = state;
  const ok = (e: number) => edgeScore[e]! >= atLeast;
  let matched = 0;
  if (warm) {
    for (let i = 0; i < n; i++) {
      const e = warm[i]!;
      if (e >= 0 && ok(e)) {
        state.assign(i, edgeMentor[e]!, e);
        matched++;
      }
    }
  }
  // Greedy start: each mentee left takes the first edge to a mentor with room.
  for (let i = 0; i < n; i++) {
    if (mentorOf[i] !== NONE) continue;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = edgeMentor[e]!;
      if (ok(e) && load[j]! < capacity[j]!) {
        state.assign(i, j, e);
        matched++;
        break;
      }
    }
  }

  const layer = new Int32Array(n);
  const mentorLayer = new Int32Array(m);
  const queue = new Int32Array(n);
  const edgeAt = new Int32Array(n);
  const slotAt = new Int32Array(n);
  const dead = new Uint8Array(m);
  const stack = new Int32Array(n);
  const INF = 0x7fffffff;

  /** Layers mentees from the unmatched ones; returns the layer of the first free mentor, or INF. */
  const bfs = (): number => {
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      layer[i] = mentorOf[i] === NONE ? 0 : INF;
      if (layer[i] === 0) queue[tail++] = i;
    }
    mentorLayer.fill(INF);
    let found = INF;
    while (head < tail) {
      const x = queue[head++]!;
      if (layer[x]! > found) break;
      for (let e = start[x]!; e < start[x + 1]!; e++) {
        const j = edgeMentor[e]!;
        if (!ok(e) || mentorLayer[j] !== INF || mentorOf[x] === j) continue;
        mentorLayer[j] = layer[x]!;
        if (load[j]! < capacity[j]!) found = layer[x]!;
        for (let s = slotStart[j]!; s < slotStart[j]! + load[j]!; s++) {
          const y = slots[s]!;
          if (layer[y] === INF) {
            layer[y] = layer[x]! + 1;
            queue[tail++] = y;
          }
        }
      }
    }
    return found;
  };

  /** One augmenting path from free mentee `root` along the layers, applied if found. */
  const dfs = (root: number, found: number): boolean => {
    let depth = 0;
    stack[0] = root;
    layer[root] = -1 - layer[root]!; // visited: negative layer
    while (depth >= 0) {
      const x = stack[depth]!;
      const lx = -1 - layer[x]!;
      let next = NONE;
      while (next === NONE && edgeAt[x]! < start[x + 1]!) {
        const e = edgeAt[x]!;
        const j = edgeMentor[e]!;
        if (ok(e) && mentorLayer[j] === lx && !dead[j] && mentorOf[x] !== j) {
          if (lx === found && load[j]! < capacity[j]!) {
            applyPath(depth);
            return true;
          }
          // slotAt[x]: how far x has looked through j's mentees (0-based).
          const base = slotStart[j]!;
          const count = load[j]!;
          while (slotAt[x]! < count && layer[slots[base + slotAt[x]!]!] !== lx + 1) slotAt[x]!++;
          if (slotAt[x]! < count && lx < found) {
            next = slots[base + slotAt[x]!]!;
            break;
          }
          if (slotAt[x]! >= count) dead[j] = 1;
        }
        edgeAt[x]!++;
        slotAt[x] = 0;
      }
      if (next === NONE) {
        depth--;
        continue;
      }
      layer[next] = -1 - layer[next]!;
      stack[++depth] = next;
    }
    return false;
  };

  /** stack[0..depth] is the path of mentees; each takes the mentor its current edge points to. */
  const applyPath = (depth: number) => {
    for (let d = depth; d >= 0; d--) {
      const x = stack[d]!;
      const e = edgeAt[x]!;
      if (mentorOf[x] !== NONE) state.unassign(x);
      state.assign(x, edgeMentor[e]!, e);
    }
    matched++;
  };

  for (;;) {
    const found = bfs();
    if (found === INF) break;
    dead.fill(0);
    for (let i = 0; i < n; i++) {
      edgeAt[i] = start[i]!;
      slotAt[i] = 0;
    }
    let grew = false;
    for (let i = 0; i < n; i++) {
      if (mentorOf[i] === NONE && layer[i] === 0 && dfs(i, found)) grew = true;
    }
    if (!grew) break;
  }
  return { assignment: state, matched, cover: koenigCover(graph, state, ok) };
}

/** Mentees not reachable by alternating paths from unmatched mentees, and mentors that are. */
function koenigCover(graph: ScoredBipartite, state: Assignment, ok: (e: number) => boolean): Cover {
  const { nMentees: n, nMentors: m, capacity, start, edgeMentor } = graph;
  const { mentorOf, load, slotStart, slots } = state;
  const reached = new Uint8Array(n);
  const mentorReached = new Uint8Array(m);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (mentorOf[i] === NONE) {
      reached[i] = 1;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const x = queue[head]!;
    for (let e = start[x]!; e < start[x + 1]!; e++) {
      const j = edgeMentor[e]!;
      if (!ok(e) || mentorReached[j]) continue;
      mentorReached[j] = 1;
      for (let s = slotStart[j]!; s < slotStart[j]! + load[j]!; s++) {
        const y = slots[s]!;
        if (!reached[y]) {
          reached[y] = 1;
          queue[tail++] = y;
        }
      }
    }
  }
  const mentees: number[] = [];
  const mentors: number[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (!reached[i]) {
      mentees.push(i);
      size++;
    }
  }
  for (let j = 0; j < m; j++) {
    if (mentorReached[j]) {
      mentors.push(j);
      size += capacity[j]!;
    }
  }
  return { mentees, mentors, size };
}
