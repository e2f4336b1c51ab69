import { testRule } from '../../rule-tester.js';
import cases from './length.cases.js';

testRule(cases);
