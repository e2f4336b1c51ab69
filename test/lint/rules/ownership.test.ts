import { testRule } from '../../rule-tester.js';
import cases from './ownership.cases.js';

testRule(cases);
