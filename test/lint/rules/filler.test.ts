import { testRule } from '../../rule-tester.js';
import cases from './filler.cases.js';

testRule(cases);
