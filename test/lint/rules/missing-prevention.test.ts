import { testRule } from '../../rule-tester.js';
import cases from './missing-prevention.cases.js';

testRule(cases);
