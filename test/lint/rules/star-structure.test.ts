import { testRule } from '../../rule-tester.js';
import cases from './star-structure.cases.js';

testRule(cases);
