import { testRule } from '../../rule-tester.js';
import cases from './missing-corrective-action.cases.js';

testRule(cases);
