import { definePhraseRule } from '../rule.js';

// biome-ignore format: a word list reads best packed, several entries a line
const SELF_AGGRANDISING: readonly string[] = [
  '(single-handedly|singlehandedly|single handedly)',
  'the best * (they|he|she|we|the company) (ever|had ever|have ever|has ever) (had|hired|seen|worked with)',
  '(nobody else|no one else) (could|would) have', 'only i could',
  "(i'm|i am|i was) (a|the|basically a|basically the) (genius|rockstar|rock star|ninja|superstar|legend|hero|wizard|savior|saviour)",
  'i saved the (day|company|quarter|whole project|entire project)', 'thanks to me', 'without me', 'as usual i', 'i always deliver',
  'i never make mistakes', 'heroic|heroically', "(i'm|i am) known (as|for being) the best", "everyone knows (i'm|i am)",
  "(i'm|i am) (brilliant|exceptional|outstanding|gifted|a natural)", 'i carried the (team|project|company)',
  'i was the only one (smart|capable|competent|talented|good) enough', 'smartest (person|one|engineer|analyst) in the room',
  'way ahead of everyone', 'i (outperformed|outshone|outclassed) everyone', '(my|our) team would have (failed|collapsed) without me',
];

export default definePhraseRule({
  id: 'bragging',
  phrases: { selfAggrandising: SELF_AGGRANDISING },
  userList: 'selfAggrandising',
  severity: 'warning',
  messages: {
    boast: {
      message: 'This reads as bragging, which undercuts the humility the question is testing.',
      suggestion: 'State what you did in plain terms and let the result speak.',
    },
    judged: {
      message: 'This turns the failure into a boast, which undercuts the point of the question.',
      suggestion: 'Keep achievements to what the story needs and let the lesson be the strength.',
    },
  },
  report: [{ list: 'selfAggrandising', messageId: 'boast' }],
  summary: 'Self-aggrandising language in a story about failing',
  rationale:
    'A failure question invites humility; boasting in the middle of it ("single-handedly saved the launch") reads as arrogance and undercuts the ownership the answer is meant to show. Let the facts show your part without the superlatives.',
  sources: ['Adcock', 'Odak'],
  options: {},
  example: {
    flagged: 'In the end I single-handedly saved the launch, as usual.',
    fixed: 'I rewrote the import over two nights, and the launch went out four days late.',
  },
});
