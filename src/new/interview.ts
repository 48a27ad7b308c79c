import type { InterviewText } from './interview-text.js';
import { CONSENT_BY, PLAN_LANGS, type Answers, type ConsentBy, type ConsentForm, type PlanLang } from './answers.js';
import { guardianAgeIssue, knownBirthDate } from './build.js';
import { CONTRIBUTION, defaultEvaluation, defaultTo } from './defaults.js';
import { cleanText } from '../input/values.js';
import { parseDateInput } from '../plan/dates.js';
import { checkFodselsnummer, INTERPRETER_TYPES, isLanguageTag, parseContact, ROLES, type InterpreterType, type ParticipantInput, type ParticipantRole } from './parse.js';
import type { Prompter } from '../input/prompt.js';

/** The consent form from a typed word, in either language. */
export function consentFormFromWord(value: string): ConsentForm | undefined {
  const word = value.trim().toLowerCase();
  if (/^(s|skriftlig|w|written|in writing|writing)$/.test(word)) return 'skriftlig';
  if (/^(m|muntlig|o|oral|orally)$/.test(word)) return 'muntlig';
  return undefined;
}

/**
 * The questions, in the order a first meeting takes: language, the person,
 * consent (early: no plan is prepared without it), who takes part, the
 * coordinator, goals in the person's own words, resources and needs, and the
 * plan period with its first evaluation. A question is asked only when its
 * answer was not given by a flag or an answers file; under `--yes`, only the
 * answers nothing can default are asked.
 */

export interface InterviewEnv {
  prompter: Prompter;
  /** Guidance between questions. */
  say: (text: string) => void;
  t: InterviewText;
  today: string;
  /** False under --yes: ask only what has no default. */
  askAll: boolean;
  /** The plan language offered first. */
  defaultLang: PlanLang;
}

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function dateCheck(t: InterviewText, extra?: (date: string) => string | undefined): (value: string) => true | string {
  return (value) => {
    const date = parseDateInput(value);
    if (!date) return t.invalid.date;
    return extra?.(date) ?? true;
  };
}

/** Ask for items one at a time until an empty answer. */
async function loop(prompter: Prompter, id: string, message: (n: number) => string): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const answer = cleanText(await prompter.input({ id, message: message(out.length + 1) }));
    if (answer === '') return out;
    out.push(answer);
  }
}

async function askParticipants(env: InterviewEnv, person: string, already: string[]): Promise<ParticipantInput[]> {
  const { prompter, t } = env;
  const out: ParticipantInput[] = [];
  for (;;) {
    const navn = cleanText(
      await prompter.input({
        id: 'participant.name',
        message: t.participantName(already.length + out.length + 2),
        validate: (v) =>
          norm(v) === ''
            ? true
            : norm(v) === norm(person)
              ? t.invalid.samePerson
              : already.some((n) => norm(n) === norm(v)) || out.some((p) => norm(p.navn) === norm(v))
                ? t.invalid.alreadyIn
                : true,
      }),
    );
    if (navn === '') return out;
    const rolle = await prompter.select<ParticipantRole>({
      id: 'participant.role',
      message: t.participantRole,
      choices: ROLES.map((r) => ({ value: r, name: t.roleNames[r] })),
      default: 'tjenesteyter',
    });
    const virksomhet = cleanText(await prompter.input({ id: 'participant.organisation', message: t.participantOrganisation }));
    const contactText = await prompter.input({
      id: 'participant.contact',
      message: t.participantContact,
      validate: (v) => (parseContact(v).ok ? true : t.invalid.contact),
    });
    const contact = parseContact(contactText);
    const bidrag = cleanText(await prompter.input({ id: 'participant.contribution', message: t.participantContribution }));
    out.push({
      navn,
      rolle,
      ...(virksomhet ? { virksomhet } : {}),
      ...(contact.ok && contact.value ? { kontakt: contact.value } : {}),
      ...(bidrag ? { bidrag } : {}),
    });
  }
}

export async function interview(given: Answers, env: InterviewEnv): Promise<Answers> {
  const { prompter, say, t, today, askAll } = env;
  const a: Answers = { ...given };
  const ask = (key: keyof Answers) => a[key] === undefined && askAll;
  const required = (v: string) => (cleanText(v) === '' ? t.invalid.required : true);

  say(t.intro);
  if (ask('planLang')) {
    a.planLang = await prompter.select<PlanLang>({
      id: 'planLang',
      message: t.planLang,
      choices: PLAN_LANGS.map((l) => ({ value: l, name: t.langNames[l] })),
      default: env.defaultLang,
    });
  }
  const planLang = a.planLang ?? env.defaultLang;

  if (a.person === undefined) a.person = cleanText(await prompter.input({ id: 'person', message: t.person, validate: required }));
  const person = a.person;

  if (ask('birthDate')) {
    const fnr = a.fodselsnummer ?? undefined;
    const value = await prompter.input({
      id: 'birthDate',
      message: t.birthDate,
      validate: (v) =>
        v.trim() === ''
          ? true
          : dateCheck(t, (d) => (d > today ? t.invalid.birthFuture : fnr && !checkFodselsnummer(fnr, d).ok ? t.invalid.birthNotFnr : undefined))(v),
    });
    a.birthDate = value.trim() === '' ? null : parseDateInput(value)!;
  }
  if (ask('fodselsnummer')) {
    const birth = a.birthDate ?? undefined;
    const value = await prompter.input({
      id: 'fodselsnummer',
      message: t.fodselsnummer,
      hideAnswer: true,
      validate: (v) => {
        if (v.trim() === '') return true;
        const checked = checkFodselsnummer(v, birth);
        return checked.ok ? true : (t.invalid.fnr[checked.reason] ?? t.invalid.fnr.format!);
      },
    });
    a.fodselsnummer = value.trim() === '' ? null : checkFodselsnummer(value).value;
  }
  if (ask('interpreter')) {
    const needs = await prompter.confirm({ id: 'interpreter', message: t.interpreter, default: false });
    if (!needs) a.interpreter = null;
    else {
      const språk = (await prompter.input({ id: 'interpreterLanguage', message: t.interpreterLanguage, validate: (v) => (isLanguageTag(v) ? true : t.invalid.language) })).trim();
      const type = await prompter.select<InterpreterType>({
        id: 'interpreterType',
        message: t.interpreterType,
        choices: INTERPRETER_TYPES.map((x) => ({ value: x, name: t.interpreterTypes[x] })),
        default: 'talespråk',
      });
      a.interpreter = { språk, type };
    }
  }

  // Consent, early: no plan is prepared without it.
  const needConsentQuestions = ask('consentDate') || ask('consentBy') || a.consentForm === undefined;
  if (needConsentQuestions) say(t.consentIntro);
  if (ask('consentDate')) {
    const value = await prompter.input({
      id: 'consentDate',
      message: t.consentDate,
      default: today,
      validate: dateCheck(t, (d) => (d > today ? t.invalid.consentFuture : a.from && d > a.from ? t.invalid.consentAfterFrom : undefined)),
    });
    a.consentDate = parseDateInput(value)!;
  }
  if (ask('consentBy')) {
    const birth = knownBirthDate(a);
    for (;;) {
      const by = await prompter.select<ConsentBy>({
        id: 'consentBy',
        message: t.consentBy,
        choices: CONSENT_BY.map((c) => ({ value: c, name: t.consentByChoices[c] })),
        default: 'self',
      });
      const issue = guardianAgeIssue(by, birth, a.consentDate ?? today);
      if (issue === 'adult') {
        say(t.guardianAdult);
        continue;
      }
      if (issue === 'youth') say(t.guardianYouth);
      a.consentBy = by;
      break;
    }
  }
  const consentBy = a.consentBy ?? 'self';
  if (consentBy !== 'self' && (a.consentByName === undefined || a.consentByName.length === 0)) {
    const names: string[] = [];
    const contributions: string[] = [];
    for (;;) {
      const name = cleanText(
        await prompter.input({
          id: 'consentByName',
          message: t.consentByName(consentBy),
          validate: (v) => (cleanText(v) === '' ? t.invalid.required : norm(v) === norm(person) ? t.invalid.samePerson : names.some((n) => norm(n) === norm(v)) ? t.invalid.alreadyIn : true),
        }),
      );
      names.push(name);
      if (askAll) {
        contributions.push(
          cleanText(
            await prompter.input({
              id: 'consentByContribution',
              message: t.consentByContribution(name),
              default: CONTRIBUTION[planLang].representative[consentBy],
            }),
          ),
        );
      }
      // Both holders of parental responsibility often sign; other representatives are one person.
      if (consentBy !== 'foresatt' || !askAll || names.length >= 2) break;
      if (!(await prompter.confirm({ id: 'consentByMore', message: t.consentByMore, default: false }))) break;
    }
    a.consentByName = names;
    if (contributions.length > 0) a.consentByContribution = contributions;
  }
  if (a.consentForm === undefined) {
    // Typed, with no default: how consent was given is a legal fact, and a
    // highlighted first choice would record it for anyone who presses Enter.
    const typed = await prompter.input({
      id: 'consentForm',
      message: t.consentForm,
      validate: (value) => (consentFormFromWord(value) ? true : t.consentFormInvalid),
    });
    a.consentForm = consentFormFromWord(typed)!;
  }

  if (ask('personContribution')) {
    a.personContribution = cleanText(await prompter.input({ id: 'personContribution', message: t.personContribution, default: CONTRIBUTION[planLang].person })) || undefined;
  }
  if (ask('participants')) {
    say(t.participantsIntro);
    a.participants = await askParticipants(env, person, a.consentByName ?? []);
  }

  const providers = [...(a.participants ?? [])].filter((p) => p.rolle === 'tjenesteyter');
  if (ask('coordinator') && providers.length > 0) {
    const choice = await prompter.select<string>({
      id: 'coordinator',
      message: t.coordinator,
      choices: [...providers.map((p) => ({ value: p.navn, name: p.virksomhet ? `${p.navn} (${p.virksomhet})` : p.navn })), { value: '', name: t.coordinatorNone }],
      default: providers[0]!.navn,
    });
    a.coordinator = choice === '' ? null : choice;
  }

  if (ask('goals')) {
    say(t.goalsIntro);
    a.goals = await loop(prompter, 'goal', t.goal);
  }
  if (ask('resources')) a.resources = await loop(prompter, 'resource', t.resource);
  if (ask('needs')) a.needs = await loop(prompter, 'need', t.need);

  if (ask('from') || ask('to') || ask('evaluation')) say(t.periodIntro);
  const consentDate = a.consentDate ?? today;
  if (ask('from')) {
    const start = today < consentDate ? consentDate : today;
    a.from = parseDateInput(
      await prompter.input({ id: 'from', message: t.from, default: start, validate: dateCheck(t, (d) => (d < consentDate ? t.invalid.fromBeforeConsent : undefined)) }),
    )!;
  }
  const from = a.from ?? today;
  if (ask('to')) {
    a.to = parseDateInput(await prompter.input({ id: 'to', message: t.to, default: defaultTo(from), validate: dateCheck(t, (d) => (d <= from ? t.invalid.toBeforeFrom : undefined)) }))!;
  }
  const to = a.to ?? defaultTo(from);
  if (ask('evaluation')) {
    const offered = defaultEvaluation(from);
    a.evaluation = parseDateInput(
      await prompter.input({
        id: 'evaluation',
        message: t.evaluation,
        default: offered <= to ? offered : to,
        validate: dateCheck(t, (d) => (d < from || d > to ? t.invalid.evaluationOutside : undefined)),
      }),
    )!;
  }
  return a;
}
