import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { checkIds, checkTogether, normalizeEvaluateAnswers, parseStatus, rawEvaluateFromFile } from '../src/evaluate/answers.js';
import { editFrontMatter } from '../src/evaluate/front-matter.js';
import { applyRecording, EditProblem, type Recording } from '../src/evaluate/record.js';
import { resolveRecording } from '../src/evaluate/resolve.js';
import { allGoals, chooseEvaluation, evaluationPoints, freshEvaluationId, goalsToAssess, proposeNext } from '../src/evaluate/select.js';
import { InputProblem } from '../src/input/problem.js';
import { classify } from '../src/plan/frontmatter.js';
import { planView } from '../src/plan/view.js';
import { parsePlan, ROOT } from './helpers.js';

/**
 * The pure parts of ip evaluate: choosing the point, proposing the next one,
 * reading answers, and the edit of the front matter, which must leave every
 * line it does not need to change as it was written.
 */

const SMALL = readFileSync(join(ROOT, 'test', 'fixtures', 'evaluate', 'small.md'), 'utf8');

function viewOf(text: string) {
  return planView(parsePlan(text).data);
}

function problemOf(work: () => unknown): { code: string; params: Record<string, string> } {
  try {
    work();
  } catch (error) {
    if (error instanceof InputProblem) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('no problem raised');
}

/** Every Markdown file the project ships or tests with that is a plan (its front matter has `ip:`). */
function planFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && classify(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), false).kind === 'plan') out.push(path);
    }
  };
  for (const dir of ['examples', 'templates', join('test', 'fixtures')]) walk(join(ROOT, dir));
  return out;
}

const RECORDING: Recording = {
  index: 1,
  held: '2026-11-20',
  tookPart: ['tiril', 'per'],
  assessments: [
    { gjelder: 'M1', status: 'delvis', merknad: 'Har fått praksisplass: to dager i uka.' },
    { gjelder: 'M1a', status: 'nådd' },
  ],
  decisions: ['Per søker om arbeidstrening.'],
  next: { id: 'E4', dato: '2027-01-20' },
};

describe('choosing the evaluation point', () => {
  const points = evaluationPoints(viewOf(SMALL));

  it('takes the first open point, earliest date first, or the one named', () => {
    expect(chooseEvaluation(points)).toMatchObject({ ok: true, point: { id: 'E2', index: 1 } });
    expect(chooseEvaluation(points, 'E3')).toMatchObject({ ok: true, point: { id: 'E3', index: 2 } });
  });

  it('orders by date, not by place in the file', () => {
    const swapped = SMALL.replace('dato: 2027-08-15', 'dato: 2026-10-01');
    expect(chooseEvaluation(evaluationPoints(viewOf(swapped)))).toMatchObject({ ok: true, point: { id: 'E3' } });
  });

  it('refuses an unknown id, a held one, and a plan with none open', () => {
    expect(chooseEvaluation(points, 'E9')).toEqual({ ok: false, reason: 'unknown-id' });
    expect(chooseEvaluation(points, 'E1')).toEqual({ ok: false, reason: 'already-held' });
    const held = points.map((p) => ({ ...p, utført: '2026-11-01' }));
    expect(chooseEvaluation(held)).toEqual({ ok: false, reason: 'none-open' });
  });
});

describe('what is assessed and what comes next', () => {
  const view = viewOf(SMALL);
  const points = evaluationPoints(view);

  it('assesses the goals gjelder names, or every goal and sub-goal', () => {
    expect(goalsToAssess(view, points[1]!).map((g) => g.id)).toEqual(['M1']);
    expect(goalsToAssess(view, points[2]!).map((g) => g.id)).toEqual(['M1', 'M1a', 'M2']);
    expect(allGoals(view)[1]).toEqual({ id: 'M1a', text: 'Jeg vil prøve ut en arbeidsplass.', parent: 'M1' });
  });

  it('proposes the interval between the two latest evaluation dates, in months when the days match', () => {
    // E1 2026-09-15 and E2 2026-11-15: two months.
    expect(proposeNext(points, points[1]!, '2026-11-20')).toBe('2027-01-20');
  });

  it('counts days when the days of the month differ, and three months with no earlier evaluation', () => {
    const days = evaluationPoints(viewOf(SMALL.replace('dato: 2026-09-15', 'dato: 2026-09-25')));
    expect(proposeNext(days, days[1]!, '2026-11-20')).toBe('2027-01-10');
    const first = evaluationPoints(viewOf(SMALL.replace(/ {2}- id: E1\n( {4}.*\n){3}/, '')));
    expect(proposeNext(first, first[0]!, '2026-11-20')).toBe('2027-02-20');
  });

  it('picks a fresh E-id that nothing in the plan uses', () => {
    expect(freshEvaluationId(view)).toBe('E4');
    expect(freshEvaluationId(viewOf(SMALL.replace('id: M2', 'id: E4')))).toBe('E5');
  });
});

describe('answers from flags and files', () => {
  it('reads statuses typed without æøå or with spaces, and skip', () => {
    expect(['nådd', 'nadd', 'ikke nådd', 'IKKE-NAADD', 'delvis', 'skip', 'done'].map(parseStatus)).toEqual(['nådd', 'nådd', 'ikke_nådd', 'ikke_nådd', 'delvis', 'skip', undefined]);
  });

  it('reads flags: pairs, comma lists, dates as Norwegians write them, and none', () => {
    const a = normalizeEvaluateAnswers(
      { held: '20.11.2026', tookPart: ['tiril,per', 'per'], status: ['M1=nådd,M1a=delvis'], note: ['M1=Jobb, to dager: ja'], decision: ['  En  beslutning. '], next: 'ingen' },
      { kind: 'flag' },
    );
    expect(a).toEqual({ held: '2026-11-20', tookPart: ['tiril', 'per'], status: { M1: 'nådd', M1a: 'delvis' }, note: { M1: 'Jobb, to dager: ja' }, decisions: ['En beslutning.'], next: null });
  });

  it('names the flag and the id, never the value, for a bad answer', () => {
    expect(problemOf(() => normalizeEvaluateAnswers({ status: ['M1'] }, { kind: 'flag' }))).toEqual({ code: 'bad-pair', params: { field: '--status' } });
    expect(problemOf(() => normalizeEvaluateAnswers({ status: ['M1=kanskje'] }, { kind: 'flag' }))).toMatchObject({ code: 'bad-status', params: { field: '--status', id: 'M1' } });
    expect(problemOf(() => normalizeEvaluateAnswers({ held: '2026/11/20' }, { kind: 'flag' }))).toEqual({ code: 'bad-date', params: { field: '--held' } });
    expect(problemOf(() => rawEvaluateFromFile({ decisons: [] }, 'a.yaml'))).toEqual({ code: 'answers-unknown-key', params: { file: 'a.yaml', key: 'decisons', suggestion: 'decisions' } });
  });

  it('checks ids against the plan and the answers together', () => {
    const facts = { goals: new Set(['M1', 'M1a']), participants: new Set(['tiril']), listParticipants: false };
    expect(problemOf(() => checkIds({ status: { M7: 'nådd' } }, facts, { kind: 'flag' }))).toEqual({ code: 'unknown-goal', params: { field: '--status', id: 'M7', known: 'M1, M1a' } });
    expect(problemOf(() => checkIds({ note: { 'm-1A': 'x' } }, facts, { kind: 'flag' }))).toEqual({ code: 'unknown-goal', params: { field: '--note', id: 'm-1A', known: 'M1, M1a', suggestion: 'M1a' } });
    expect(problemOf(() => checkIds({ tookPart: ['ola'] }, { ...facts, listParticipants: true }, { kind: 'flag' }))).toEqual({ code: 'unknown-participant', params: { field: '--took-part', id: 'ola', known: 'tiril' } });
    expect(problemOf(() => checkIds({ tookPart: ['ola'] }, facts, { kind: 'file', file: 'a.yaml' }))).toEqual({ code: 'unknown-participant', params: { field: 'tookPart (a.yaml)', id: 'ola' } });
    expect(problemOf(() => checkTogether({ note: { M1: 'x' } }, '2026-11-22'))).toMatchObject({ code: 'note-without-status' });
    expect(problemOf(() => checkTogether({ held: '2026-11-23' }, '2026-11-22'))).toMatchObject({ code: 'held-in-future' });
    expect(problemOf(() => checkTogether({ held: '2026-11-20', next: '2026-11-20' }, '2026-11-22'))).toMatchObject({ code: 'next-not-after-held' });
  });

  it('resolves to a recording in the plan order of goals, without skipped ones', () => {
    const view = viewOf(SMALL);
    const r = resolveRecording({ status: { M2: 'endret', M1: 'skip', M1a: 'nådd' }, note: { M1a: 'Bra.' } }, { index: 1, today: '2026-11-22', goals: allGoals(view), proposeNext: () => '2027-02-22', nextId: 'E4' });
    expect(r).toEqual({ index: 1, held: '2026-11-22', tookPart: [], assessments: [{ gjelder: 'M1a', status: 'nådd', merknad: 'Bra.' }, { gjelder: 'M2', status: 'endret' }], decisions: [], next: { id: 'E4', dato: '2027-02-22' } });
  });
});

describe('the edit of the front matter', () => {
  it('writes the recording exactly, in the format example style, and nothing else', () => {
    const result = editFrontMatter(SMALL, (doc) => applyRecording(doc, RECORDING));
    expect(result).toMatchObject({ ok: true, changed: true, rewritten: false });
    const expected = SMALL.replace(
      '    gjelder: [M1]\n',
      [
        '    gjelder: [M1]',
        '    utført: 2026-11-20',
        '    deltok: [tiril, per]',
        '    vurderinger:',
        '      - {gjelder: M1, status: delvis, merknad: "Har fått praksisplass: to dager i uka."}',
        '      - {gjelder: M1a, status: nådd}',
        '    beslutninger:',
        '      - Per søker om arbeidstrening.',
        '  - id: E4',
        '    dato: 2027-01-20',
        '    type: evaluering',
        '',
      ].join('\n'),
    );
    expect(result.ok && result.text).toBe(expected);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = `\uFEFF${SMALL.replace(/\n/g, '\r\n')}`;
    const result = editFrontMatter(crlf, (doc) => applyRecording(doc, RECORDING));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(result.text).not.toMatch(/[^\r]\n/);
    expect(result.text.replace(/\r\n/g, '\n').slice(1)).toBe((editFrontMatter(SMALL, (doc) => applyRecording(doc, RECORDING)) as { text: string }).text);
  });

  it('leaves a record with nothing answered as it was: only utført is added', () => {
    const result = editFrontMatter(SMALL, (doc) => applyRecording(doc, { index: 1, held: '2026-11-20', tookPart: [], assessments: [], decisions: [] }));
    expect(result.ok && result.text).toBe(SMALL.replace('    gjelder: [M1]\n', '    gjelder: [M1]\n    utført: 2026-11-20\n'));
  });

  it('adds to a single value written without a list, and refuses a field that is neither', () => {
    const one = SMALL.replace('    gjelder: [M1]\n', '    gjelder: [M1]\n    deltok: tiril  # kommer\n');
    const result = editFrontMatter(one, (doc) => applyRecording(doc, { ...RECORDING, next: undefined }));
    expect(result.ok && result.text).toContain('    deltok: [tiril, per] # kommer\n');
    const odd = SMALL.replace('    gjelder: [M1]\n', '    gjelder: [M1]\n    beslutninger: {a: b}\n');
    expect(() => editFrontMatter(odd, (doc) => applyRecording(doc, RECORDING))).toThrow(new EditProblem('field-not-a-list', 'beslutninger'));
  });

  describe.each(planFiles().map((path) => [relative(ROOT, path), path]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8');

    it('comes back byte for byte when nothing is changed', () => {
      const result = editFrontMatter(text, () => undefined);
      if (!result.ok) return expect(['yaml-errors', 'no-front-matter']).toContain(result.reason);
      expect(result.changed).toBe(false);
      expect(result.text).toBe(text);
    });

    it('an evaluation recorded changes only the lines it must', () => {
      const points = (() => {
        try {
          return evaluationPoints(viewOf(text));
        } catch {
          return [];
        }
      })();
      const open = chooseEvaluation(points);
      if (!open.ok) return;
      const recording: Recording = { index: open.point.index, held: '2026-11-20', tookPart: ['x'], assessments: [{ gjelder: 'M1', status: 'nådd' }], decisions: ['D.'], next: { id: 'E99', dato: '2027-12-31' } };
      let result;
      try {
        result = editFrontMatter(text, (doc) => applyRecording(doc, recording));
      } catch {
        return; // a point that is not a mapping: the command says so
      }
      if (!result.ok) return;
      expect(result.rewritten).toBe(false);
      // Nothing the plan had is removed or rewritten, but a point written on one line, which gains its fields on that line.
      const parts = diffArrays(text.split('\n'), result.text.split('\n'));
      const removed = parts.filter((p) => p.removed).flatMap((p) => p.value);
      expect(removed.filter((line) => !/^\s*- \{.*\}\s*(#.*)?$/.test(line))).toEqual([]);
      const added = parts.filter((p) => p.added).flatMap((p) => p.value);
      if (removed.length === 0) {
        expect(added.map((l) => l.trim())).toEqual(['utført: 2026-11-20', 'deltok: [x]', 'vurderinger:', '- {gjelder: M1, status: nådd}', 'beslutninger:', '- D.', expect.stringMatching(/^- id: E99$/), 'dato: 2027-12-31', 'type: evaluering']);
      }
    });
  });
});
