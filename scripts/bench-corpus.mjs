// Deterministic synthetic caseloads for `npm run bench`: fictional names,
// synthetic identity numbers only (month + 80), about 5 % of plans with errors
// and some with long bodies. The same seed gives the same files.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sofie', 'Emil', 'Nora', 'Jonas', 'Amira', 'Daniel', 'Sara', 'Henrik', 'Maja', 'Tobias', 'Leah', 'Filip', 'Ida', 'Mathias', 'Aisha', 'Ole'];
const LAST = ['Nordmann', 'Fjellvang', 'Strand', 'Berg', 'Haugen', 'Lunde', 'Solheim', 'Vik', 'Aune', 'Moe', 'Sæther', 'Øvrebø', 'Haddad', 'Okafor', 'Rygg', 'Lie'];
const SERVICES = ['NAV Sentrum', 'Boligkontoret', 'Hjemmetjenesten', 'Fysioterapitjenesten', 'Barnevernstjenesten', 'PP-tjenesten', 'Psykisk helse og rus', 'Fastlegekontoret'];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
function checkDigit(digits, weights) {
  const r = 11 - (weights.reduce((s, w, i) => s + w * digits[i], 0) % 11);
  return r === 11 ? 0 : r;
}

/** A synthetic fødselsnummer (month + 80) for a birth date, or undefined if none fits. */
function syntheticNumber(rand, y, m, d) {
  const base = [Math.floor(d / 10), d % 10, Math.floor((m + 80) / 10), (m + 80) % 10, Math.floor((y % 100) / 10), y % 10];
  for (let tries = 0; tries < 50; tries++) {
    const individual = y >= 2000 ? 500 + Math.floor(rand() * 500) : Math.floor(rand() * 500);
    const digits = [...base, Math.floor(individual / 100), Math.floor(individual / 10) % 10, individual % 10];
    const k1 = checkDigit(digits, K1);
    if (k1 === 10) continue;
    digits.push(k1);
    const k2 = checkDigit(digits, K2);
    if (k2 === 10) continue;
    digits.push(k2);
    return digits.join('');
  }
  return undefined;
}

const pad = (n) => String(n).padStart(2, '0');
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function plan(rand, i) {
  const y = 1950 + Math.floor(rand() * 60);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  const fnr = syntheticNumber(rand, y, m, d);
  const startMonth = 1 + Math.floor(rand() * 10);
  const start = `2026-${pad(startMonth)}-01`;
  const evaluation = startMonth + 3 <= 12 ? `2026-${pad(startMonth + 3)}-15` : `2027-${pad(startMonth + 3 - 12)}-15`;
  const end = `2027-${start.slice(5, 7)}-01`;
  const broken = rand() < 0.05;
  const longBody = rand() < 0.02;
  const goals = 1 + Math.floor(rand() * 3);
  // About a third of the plans have held their first evaluation: assessments, who took part, decisions.
  const held = rand() < 0.3 ? `2026-${pad(startMonth + 1)}-10` : undefined;
  const lines = [
    '---',
    'ip: 1',
    `id: IP-B-${String(i).padStart(6, '0')}`,
    `status: ${rand() < 0.9 ? 'aktiv' : 'utkast'}`,
    'språk: nb',
    'person:',
    `  navn: ${name}`,
    `  fødselsdato: ${y}-${pad(m)}-${pad(d)}`,
    ...(fnr ? [`  fødselsnummer: "${fnr}"`] : []),
    'deltakere:',
    '  - id: person',
    `    navn: ${name}`,
    '    rolle: tjenestemottaker',
    '    bidrag: Forteller hva som er viktig for meg og deltar på møtene.',
    '  - id: koord',
    `    navn: ${pick(rand, FIRST)} ${pick(rand, LAST)}`,
    '    rolle: tjenesteyter',
    `    virksomhet: ${pick(rand, SERVICES)}`,
    '    kontakt: {telefon: "+47 400 00 000", epost: koordinator@example.no}',
    '    bidrag: Koordinerer planarbeidet og kaller inn til møter.',
    'koordinator: koord',
    'mål:',
    ...Array.from({ length: goals }, (_, g) => [`  - id: M${g + 1}`, `    tekst: Jeg vil klare mer selv, del ${g + 1}.`, `    frist: 2027-${pad(1 + g)}-15`]).flat(),
    'ressurser: [Jeg er god til å lage mat., Familien støtter meg.]',
    'behov: [Hjelp i hverdagen.]',
    'tiltak:',
    ...Array.from({ length: goals }, (_, g) => [
      `  - id: T${g + 1}`,
      '    tekst: Oppfølging hjemme',
      `    mål: [M${g + 1}]`,
      broken && g === 0 ? '    ansvarlig: ukjent' : '    ansvarlig: koord',
      '    omfang: 2 timer per uke',
      '    gjennomføring: Fast avtale hver tirsdag.',
    ]).flat(),
    'samarbeid:',
    `  - part: ${pick(rand, SERVICES)}`,
    '    type: nødvendig',
    `planperiode: {fra: ${start}, til: ${end}}`,
    'evalueringer:',
    ...(held
      ? [
          `  - dato: ${held}`,
          '    type: evaluering',
          '    gjelder: [M1]',
          `    utført: ${held}`,
          '    deltok: [person, koord]',
          '    vurderinger:',
          '      - {gjelder: M1, status: delvis, merknad: Godt i gang.}',
          '    beslutninger: [Vi fortsetter som avtalt.]',
        ]
      : []),
    `  - dato: ${evaluation}`,
    '    type: evaluering',
    `  - dato: ${end.slice(0, 8)}01`,
    '    type: revisjon',
    'samtykke:',
    `  utarbeidelse: {dato: ${start.slice(0, 8)}01, gitt_av: person, form: skriftlig}`,
    // An active plan is one the person has accepted.
    `godkjent: {dato: ${start}, av: person}`,
    '---',
    '',
    '# Individuell plan',
    '',
    'Om meg: det som er viktig for meg, med mine egne ord.',
    ...(longBody ? Array.from({ length: 400 }, (_, k) => `Avsnitt ${k}: Dette er en lang beskrivelse av hverdagen, skrevet over mange møter.`) : []),
    '',
  ];
  return lines.join('\n');
}

/** Writes `count` plans into `dir` (in folders of 1,000) unless a complete corpus is already there. */
export function ensureCorpus(dir, count, seed = 42) {
  const marker = join(dir, '.complete');
  const stamp = `v3 ${count} ${seed}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return dir;
  const rand = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `kontor-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `IP-B-${String(i).padStart(6, '0')}.md`), plan(rand, i));
  }
  writeFileSync(marker, stamp);
  return dir;
}
