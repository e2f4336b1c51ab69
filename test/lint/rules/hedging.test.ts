import { testRule } from '../../rule-tester.js';
import cases from './hedging.cases.js';

testRule(cases);
