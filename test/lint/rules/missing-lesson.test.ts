import { testRule } from '../../rule-tester.js';
import cases from './missing-lesson.cases.js';

testRule(cases);
