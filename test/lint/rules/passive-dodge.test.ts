import { testRule } from '../../rule-tester.js';
import cases from './passive-dodge.cases.js';

testRule(cases);
