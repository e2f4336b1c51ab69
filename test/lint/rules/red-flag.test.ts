import { testRule } from '../../rule-tester.js';
import cases from './red-flag.cases.js';

testRule(cases);
