import { testRule } from '../../rule-tester.js';
import cases from './self-deprecation.cases.js';

testRule(cases);
