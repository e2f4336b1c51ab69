import type { Rule } from '../rule.js';
import blameShifting from './blame-shifting.js';
import hedging from './hedging.js';
import missingLesson from './missing-lesson.js';
import missingCorrectiveAction from './missing-corrective-action.js';
import missingPrevention from './missing-prevention.js';
import fakeWeakness from './fake-weakness.js';
import neverFailed from './never-failed.js';
import length from './length.js';
import starStructure from './star-structure.js';
import ownership from './ownership.js';
import passiveDodge from './passive-dodge.js';
import redFlag from './red-flag.js';
import negativeEnding from './negative-ending.js';
import selfDeprecation from './self-deprecation.js';
import overdramatic from './overdramatic.js';
import bragging from './bragging.js';
import filler from './filler.js';
import vague from './vague.js';
import missingStakes from './missing-stakes.js';
import repeatedFailure from './repeated-failure.js';

/** Every rule, in the order `failcoach rules` lists them. */
export const RULES: readonly Rule[] = [
  blameShifting, hedging, missingLesson, missingCorrectiveAction, missingPrevention, fakeWeakness, neverFailed, length,
  starStructure, ownership, passiveDodge, redFlag, negativeEnding, selfDeprecation, overdramatic, bragging, filler,
  vague, missingStakes, repeatedFailure,
] as readonly Rule[];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
