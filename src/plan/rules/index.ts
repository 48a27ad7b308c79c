import { CONSENT_RULES } from './consent.js';
import { dateInFuture, evaluationOutsidePeriod, measureDateOrder, measureOutsidePeriod, noUpcomingEvaluation, periodOrder } from './dates.js';
import { goalWithoutMeasure } from './goals.js';
import { duplicateId } from './ids.js';
import { LIFE_RULES } from './life.js';
import { idNumberBirthDate, idNumberInvalid } from './idnumber.js';
import { unknownReference } from './references.js';
import {
  activeNotApproved,
  approvalByPerson,
  childCoordinatorAdult,
  coordinatorContact,
  coordinatorRole,
  duplicateParticipantName,
  personNameMismatch,
  personRole,
} from './roles.js';
import type { Rule } from './types.js';

/** Every rule that looks at one plan, in the order their findings are listed. */
export const PLAN_RULES: readonly Rule[] = [
  unknownReference,
  duplicateId,
  personRole,
  personNameMismatch,
  duplicateParticipantName,
  coordinatorRole,
  coordinatorContact,
  childCoordinatorAdult,
  approvalByPerson,
  activeNotApproved,
  ...CONSENT_RULES,
  periodOrder,
  measureDateOrder,
  measureOutsidePeriod,
  evaluationOutsidePeriod,
  noUpcomingEvaluation,
  dateInFuture,
  idNumberInvalid,
  idNumberBirthDate,
  goalWithoutMeasure,
  ...LIFE_RULES,
];
