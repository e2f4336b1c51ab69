import { testRule } from '../../rule-tester.js';
import cases from './blame-shifting.cases.js';

testRule(cases);
