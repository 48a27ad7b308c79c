import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Vurderingsstatus } from '../plan/generated/plan-types.js';

/**
 * An evaluation that was held, as it goes into the plan: the edit of the
 * front matter's Document (see front-matter.ts), nothing else. Pure.
 *
 * Only what was answered is written: a point recorded with nobody ticked
 * gets no `deltok` key, rather than an empty list that would say "nobody".
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
  constructor(
    readonly code: 'evaluation-not-a-mapping' | 'field-not-a-list',
    /** For field-not-a-list: the key (deltok, vurderinger, beslutninger). */
    readonly field?: string,
  ) {
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

/** The list under `key`, made if absent; a single value written without a list becomes the list's first item. */
function listAt(doc: Document, point: YAMLMap, key: string, flow: boolean): YAMLSeq {
  const existing = point.get(key, true);
  if (isSeq(existing)) return existing;
  if (existing !== undefined && !(isScalar(existing) && (typeof existing.value === 'string' || existing.value === null))) throw new EditProblem('field-not-a-list', key);
  const list = doc.createNode(isScalar(existing) && existing.value !== null ? [existing.value] : []) as YAMLSeq;
  list.flow = flow;
  // A comment written on the single value stays with the list.
  if (isScalar(existing)) {
    if (existing.comment) list.comment = existing.comment;
    if (existing.commentBefore) list.commentBefore = existing.commentBefore;
  }
  point.set(key, list);
  return list;
}

function valueOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** Set a key in a mapping, changing the scalar in place where there is one, so its comment and quoting stay. */
function setIn(map: YAMLMap, key: string, value: string): void {
  const node = map.get(key, true);
  if (isScalar(node)) node.value = value;
  else map.set(key, value);
}

/**
 * Record into the point, merging with what is already written there (say,
 * pre-filled before the meeting): nothing written is removed. Participants
 * and decisions are added after those listed, without duplicates; an
 * assessment of a goal already assessed on the point changes that entry in
 * place (a note written there stays unless a new one is given), any other
 * goes last.
 */
export function applyRecording(doc: Document, r: Recording): void {
  const seq = doc.get('evalueringer', true);
  const item = isSeq(seq) ? seq.items[r.index] : undefined;
  if (!isSeq(seq) || !isMap(item)) throw new EditProblem('evaluation-not-a-mapping');
  const point = item;

  point.set('utført', r.held);
  if (r.tookPart.length > 0) {
    const list = listAt(doc, point, 'deltok', true);
    for (const id of r.tookPart) if (!list.items.some((n) => valueOf(n) === id)) list.items.push(doc.createNode(id));
  }
  if (r.assessments.length > 0) {
    const list = listAt(doc, point, 'vurderinger', false);
    for (const a of r.assessments) {
      const entry = list.items.find((n) => isMap(n) && valueOf(n.get('gjelder', true)) === a.gjelder);
      if (isMap(entry)) {
        setIn(entry, 'status', a.status);
        if (a.merknad) setIn(entry, 'merknad', a.merknad);
        continue;
      }
      const node = doc.createNode({ gjelder: a.gjelder, status: a.status, ...(a.merknad ? { merknad: a.merknad } : {}) });
      node.flow = true;
      list.items.push(node);
    }
  }
  if (r.decisions.length > 0) {
    const list = listAt(doc, point, 'beslutninger', false);
    for (const d of r.decisions) if (!list.items.some((n) => valueOf(n) === d)) list.items.push(doc.createNode(d));
  }

  if (r.next) {
    const node = doc.createNode({ id: r.next.id, dato: r.next.dato, type: 'evaluering' });
    // A plan written with one-line points (`- {dato: …, type: …}`) gets its next point the same way.
    if (point.flow) node.flow = true;
    seq.items.splice(insertAt(seq, r.index, r.next.dato), 0, node);
  }
}
