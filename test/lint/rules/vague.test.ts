import { testRule } from '../../rule-tester.js';
import cases from './vague.cases.js';

testRule(cases);
