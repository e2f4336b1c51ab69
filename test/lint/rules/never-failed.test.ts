import { testRule } from '../../rule-tester.js';
import cases from './never-failed.cases.js';

testRule(cases);
