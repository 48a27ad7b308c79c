import { isMap, isSeq, type Document, type YAMLSeq } from 'yaml';
import type { Vurderingsstatus } from '../plan/generated/plan-types.js';

/**
 * An evaluation that was held, as it goes into the plan: the edit of the
 * front matter's Document (see front-matter.ts), nothing else. Pure.
 *
 * Only what was answered is written: a point recorded with nobody ticked
 * keeps no `deltok` key, rather than an empty list that would say "nobody".
 * Style follows the format's own example: `deltok` on one line, each
 * assessment a one-line mapping in a list, decisions a list of lines, the
 * next point a block like the others.
 */

export interface Assessment {
  gjelder: string;
  status: Vurderingsstatus;
  merknad?: string;
}

export interface NextPoint {
  id: string;
  dato: string;
}

export interface Recording {
  /** The point's place in `evalueringer`. */
  index: number;
  held: string;
  tookPart: string[];
  assessments: Assessment[];
  decisions: string[];
  next?: NextPoint;
}

export class EditProblem extends Error {
  constructor(readonly code: 'evaluation-not-a-mapping') {
    super(code);
    this.name = 'EditProblem';
  }
}

function datoOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const value = item.get('dato');
  return typeof value === 'string' ? value : undefined;
}

/** Where the next point goes: before the first later-dated point after the recorded one, else at the end, so the list stays in date order. */
function insertAt(seq: YAMLSeq, after: number, dato: string): number {
  for (let i = after + 1; i < seq.items.length; i++) {
    const other = datoOf(seq.items[i]);
    if (other !== undefined && other > dato) return i;
  }
  return seq.items.length;
}

export function applyRecording(doc: Document, r: Recording): void {
  const seq = doc.get('evalueringer', true);
  const item = isSeq(seq) ? seq.items[r.index] : undefined;
  if (!isSeq(seq) || !isMap(item)) throw new EditProblem('evaluation-not-a-mapping');
  const point = item;

  point.set('utført', r.held);
  if (r.tookPart.length > 0) {
    const node = doc.createNode(r.tookPart);
    node.flow = true;
    point.set('deltok', node);
  }
  if (r.assessments.length > 0) {
    const node = doc.createNode(r.assessments.map((a) => ({ gjelder: a.gjelder, status: a.status, ...(a.merknad ? { merknad: a.merknad } : {}) })));
    for (const a of node.items) if (isMap(a)) a.flow = true;
    point.set('vurderinger', node);
  }
  if (r.decisions.length > 0) point.set('beslutninger', doc.createNode(r.decisions));

  if (r.next) {
    const node = doc.createNode({ id: r.next.id, dato: r.next.dato, type: 'evaluering' });
    // A plan written with one-line points (`- {dato: …, type: …}`) gets its next point the same way.
    if (point.flow) node.flow = true;
    seq.items.splice(insertAt(seq, r.index, r.next.dato), 0, node);
  }
}
