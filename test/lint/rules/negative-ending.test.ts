import { testRule } from '../../rule-tester.js';
import cases from './negative-ending.cases.js';

testRule(cases);
