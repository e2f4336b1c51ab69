import { testRule } from '../../rule-tester.js';
import cases from './repeated-failure.cases.js';

testRule(cases);
