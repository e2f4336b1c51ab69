import { testRule } from '../../rule-tester.js';
import cases from './bragging.cases.js';

testRule(cases);
