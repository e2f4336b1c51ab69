/** What rule tests share: the base answer and one rule's own findings on a text (see rule-tester.ts). */
export { findingsOf } from './rule-tester.js';
export { BASE, answer } from './base-answer.js';
