import { testRule } from '../../rule-tester.js';
import cases from './overdramatic.cases.js';

testRule(cases);
