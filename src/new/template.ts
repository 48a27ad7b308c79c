import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Pair } from 'yaml';
import type { PlanDraft } from './build.js';

/**
 * A plan's text from its template (read by src/fs/templates.ts). The template
 * is itself a valid draft with fictional example values and guidance
 * comments; answers replace the values through the `yaml` Document API, so
 * the comments and the key order stay and every value is quoted exactly when
 * YAML needs it (colons, quotes, a leading `#`, a fødselsnummer that would
 * otherwise read as a number).
 */

const FENCE = /^---\r?\n([\s\S]*?\r?\n)---\r?\n([\s\S]*)$/;

function topPair(doc: Document, key: string): Pair | undefined {
  const map = doc.contents;
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

function keyNode(pair: Pair): Scalar {
  return pair.key as Scalar;
}

/** Replace a value, keeping the comment written above its key. */
function replaceValue(doc: Document, key: string, value: unknown, flow: (node: unknown) => void = () => undefined): void {
  const pair = topPair(doc, key);
  if (!pair) throw new Error(`Template has no key ${key}`);
  const node = doc.createNode(value);
  flow(node);
  pair.value = node;
}

/** Set a scalar in place (its comment stays). */
function setScalar(doc: Document, path: string[], value: string, type?: Scalar.Type): void {
  const node = doc.getIn(path, true);
  if (!isScalar(node)) throw new Error(`Template has no scalar at ${path.join('.')}`);
  node.value = value;
  if (type) node.type = type;
}

/** The example as YAML, commented out, so the file still shows how to fill the key in. */
function commentedExample(pair: Pair): string {
  const example = new Document(new YAMLMap());
  const clone = pair.clone();
  keyNode(clone).commentBefore = undefined;
  (example.contents as YAMLMap).items.push(clone);
  return example
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/** Remove a top-level key; its guidance comment and a commented example move to the next key. */
function removeWithHint(doc: Document, key: string): void {
  const map = doc.contents as YAMLMap;
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (index < 0) return;
  const pair = map.items[index] as Pair;
  // Comment text is stored without its `#`; the space after it is part of the text.
  const comment = [keyNode(pair).commentBefore, commentedExample(pair)].filter(Boolean).join('\n');
  map.items.splice(index, 1);
  const next = map.items[index];
  if (next) {
    const k = keyNode(next);
    k.commentBefore = [comment, k.commentBefore].filter(Boolean).join('\n');
  } else {
    map.comment = [map.comment, comment].filter(Boolean).join('\n');
  }
}

function flowMap(node: unknown): void {
  if (isMap(node) || isSeq(node)) node.flow = true;
}

/**
 * The participants: block style, with `kontakt` on one line as people write
 * it. A phone number is always quoted, as the schema advises: a coordinator
 * who later writes it without spaces (+4740000000) keeps the quotes they see,
 * and the number stays text instead of becoming an integer.
 */
function participantsFlow(node: unknown): void {
  if (!isSeq(node)) return;
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const kontakt = item.get('kontakt', true);
    if (!isMap(kontakt)) continue;
    kontakt.flow = true;
    const telefon = kontakt.get('telefon', true);
    if (isScalar(telefon)) telefon.type = Scalar.QUOTE_DOUBLE;
  }
}

/** Markdown that could change the heading's meaning is escaped; the name is shown as written. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`);
}

export function renderPlan(template: string, plan: PlanDraft): string {
  const split = FENCE.exec(template);
  if (!split) throw new Error('Template has no front matter');
  const doc = parseDocument(split[1]!, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw doc.errors[0]!;

  setScalar(doc, ['id'], plan.id);
  setScalar(doc, ['status'], 'utkast');
  setScalar(doc, ['språk'], plan.språk);

  setScalar(doc, ['person', 'navn'], plan.person.navn);
  if (plan.person.fødselsdato) setScalar(doc, ['person', 'fødselsdato'], plan.person.fødselsdato);
  else doc.deleteIn(['person', 'fødselsdato']);
  // Always double-quoted: unquoted, eleven digits are a number and a leading zero is lost.
  if (plan.person.fødselsnummer) setScalar(doc, ['person', 'fødselsnummer'], plan.person.fødselsnummer, Scalar.QUOTE_DOUBLE);
  else doc.deleteIn(['person', 'fødselsnummer']);
  if (plan.person.tolk) {
    const tolk = doc.createNode(plan.person.tolk);
    flowMap(tolk);
    doc.setIn(['person', 'tolk'], tolk);
  } else doc.deleteIn(['person', 'tolk']);

  replaceValue(doc, 'deltakere', plan.deltakere, participantsFlow);
  if (plan.koordinator) setScalar(doc, ['koordinator'], plan.koordinator);

  if (plan.mål.length > 0) replaceValue(doc, 'mål', plan.mål);
  if (plan.ressurser.length > 0) replaceValue(doc, 'ressurser', plan.ressurser);
  if (plan.behov.length > 0) replaceValue(doc, 'behov', plan.behov);
  // Unanswered: the key goes (an empty list would claim "none"), its example stays as a comment.
  if (!plan.koordinator) removeWithHint(doc, 'koordinator');
  for (const key of ['mål', 'ressurser', 'behov'] as const) if (plan[key].length === 0) removeWithHint(doc, key);

  setScalar(doc, ['planperiode', 'fra'], plan.planperiode.fra);
  setScalar(doc, ['planperiode', 'til'], plan.planperiode.til);
  replaceValue(doc, 'evalueringer', plan.evalueringer);
  replaceValue(doc, 'samtykke', { utarbeidelse: plan.samtykke.utarbeidelse }, (node) => {
    if (!isMap(node)) return;
    const u = node.get('utarbeidelse', true);
    if (isMap(u)) u.flow = true;
  });

  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const body = split[2]!.replace(/\{\{navn\}\}/g, escapeMarkdownInline(plan.person.navn));
  return `---\n${front}---\n${body}`;
}
