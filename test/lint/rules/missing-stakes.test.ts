import { testRule } from '../../rule-tester.js';
import cases from './missing-stakes.cases.js';

testRule(cases);
