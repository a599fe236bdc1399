/**
 * The bipartite graph both algorithms work on: mentees 0..n-1, mentors 0..m-1 with capacities,
 * edges in CSR form by mentee. Mentor slot lists record who is assigned where.
 */
export interface Bipartite {
  readonly nMentees: number;
  readonly nMentors: number;
  readonly capacity: Int32Array;
  /** Edges start[i]..start[i+1]-1 belong to mentee i. */
  readonly start: Int32Array;
  readonly edgeMentor: Int32Array;
}

/** Who is assigned to whom: mentee → mentor/edge, mentor → its mentees (swap-remove slots). */
export interface Assignment {
  readonly mentorOf: Int32Array;
  readonly edgeOf: Int32Array;
  readonly load: Int32Array;
  readonly slotStart: Int32Array;
  readonly slots: Int32Array;
  assign(mentee: number, mentor: number, edge: number): void;
  unassign(mentee: number): void;
}

/** An empty assignment; a mentor's slots are capped by its degree (capacities may be huge). */
export function createAssignment(graph: Bipartite): Assignment {
  const { nMentees, nMentors, capacity, start, edgeMentor } = graph;
  const degree = new Int32Array(nMentors);
  for (let e = 0; e < start[nMentees]!; e++) degree[edgeMentor[e]!]!++;
  const slotStart = new Int32Array(nMentors + 1);
  for (let j = 0; j < nMentors; j++) {
    slotStart[j + 1] = slotStart[j]! + Math.min(capacity[j]!, degree[j]!);
  }
  const slots = new Int32Array(slotStart[nMentors]!);
  const slotOf = new Int32Array(nMentees).fill(-1);
  const mentorOf = new Int32Array(nMentees).fill(-1);
  const edgeOf = new Int32Array(nMentees).fill(-1);
  const load = new Int32Array(nMentors);
  return {
    mentorOf,
    edgeOf,
    load,
    slotStart,
    slots,
    assign(mentee, mentor, edge) {
      const at = slotStart[mentor]! + load[mentor]!++;
      slots[at] = mentee;
      slotOf[mentee] = at;
      mentorOf[mentee] = mentor;
      edgeOf[mentee] = edge;
    },
    unassign(mentee) {
      const mentor = mentorOf[mentee]!;
      const at = slotOf[mentee]!;
      const last = slotStart[mentor]! + --load[mentor]!;
      const moved = slots[last]!;
      slots[at] = moved;
      slotOf[moved] = at;
      slotOf[mentee] = -1;
      mentorOf[mentee] = -1;
      edgeOf[mentee] = -1;
    },
  };
}
