import { testRule } from '../../rule-tester.js';
import cases from './fake-weakness.cases.js';

testRule(cases);
