import { definePhraseRule } from '../rule.js';

// biome-ignore format: a word list reads best packed, several entries a line
const CATASTROPHISING: readonly string[] = [
  '(absolute|total|complete|utter|unmitigated|epic|massive|huge|colossal) (disaster|catastrophe|nightmare|chaos|train wreck|trainwreck|fiasco|meltdown|fail)',
  'catastrophe|nightmare|apocalypse|apocalyptic|armageddon|horrific|horrendous|traumatic|traumatised|traumatized|devastated|devastating|soul-crushing|earth-shattering',
  'the worst (day|moment|thing|experience|mistake|failure|week|time|period) of my (life|career|entire life|whole life|whole career)',
  'ruined (everything|my career|my life|my reputation|the company)', 'end of the world', 'my (career|life) was (over|ruined)',
  'everything (fell apart|collapsed|went up in flames)', 'i wanted to (die|disappear|crawl into a hole)',
  "i (will|'ll) never (recover|live it down)", 'the world (ended|came crashing down)', 'all hell broke loose',
  // A superlative of suffering set against a whole life or career: "the bleakest month of my working life".
  'the worst|darkest|bleakest|lowest|blackest ..2 of my ..2 life|career',
  // The same superlative against everything the speaker has lived: "the worst night I've ever had in a kitchen".
  "the worst|darkest|bleakest|lowest|blackest ..2 (i've|i have|i'd|i had) @adv? ever (had|known|lived through|been through|seen)",
  // The speaker's whole venture felt as ended: "I was sure my career was finished", "convinced the company was over".
  '(sure|certain|convinced|thought|knew) that? (my|our|the) career|life|phd|degree|business|company (was|were|is) @adv? (over|finished|ruined|done for)',
  'my (career|phd|degree) (was|is) @adv? (over|finished|done for)',
  'went|go|going|gone up in smoke',
  'the most @adv? humiliating|horrendous|horrible|awful|mortifying|terrifying|harrowing|shameful ..2 of my (entire|whole|working)? life|career',
  'the most humiliating|horrendous|horrible|mortifying|terrifying|harrowing|shameful moment|day|night|week|experience|thing',
  // Everything at once, coming down, told as a feeling (a wall that really came down is no drama): "as if the entire school were falling apart".
  'felt|seemed|if|though|like ..3 whole|entire ..3 (was|were) @adv? collapsing|crumbling|imploding|disintegrating|unravelling|unraveling|burning',
  'felt|seemed|if|though|like ..3 whole|entire ..3 (was|were) @adv? (falling apart|going up in flames|coming down|caving in)',
  // Hyperbole that announces itself, and pictures of disaster.
  'without (any)? exaggeration', 'of epic|biblical proportions', 'like (watching)? a car crash|train wreck|plane crash', 'in slow motion',
  'the ground|floor to open (up)? and swallow me', 'swallow me whole', '(you|one|i) (never|don\'t|do not) @adv? recover from',
];

export default definePhraseRule({
  id: 'overdramatic',
  phrases: { catastrophising: CATASTROPHISING },
  userList: 'catastrophising',
  severity: 'warning',
  severityNote: 'info for a single dramatic phrase, a warning when drama is the tone of the answer',
  unconfirmed: 'info',
  messages: {
    dramatic: {
      message: '"{{phrase}}" dramatises the failure; the facts will carry more weight.',
      suggestion: 'Say what actually happened and what it cost, in plain numbers.',
    },
    judged: {
      message: 'The tone here is more dramatic than the events, which makes the story harder to trust.',
      suggestion: 'Describe what happened in plain words and let the facts carry the weight.',
    },
  },
  report: [{ list: 'catastrophising', messageId: 'dramatic' }],
  // One dramatic word is a note (info); drama in more than one place is the tone of the answer (warning).
  milderWhenAlone: true,
  summary: 'Catastrophising: the failure told as a tragedy',
  rationale:
    'A failure told as a catastrophe makes the listener wonder about your judgement under pressure, and the drama crowds out the lesson. Keep it simple and factual; let the numbers carry the weight.',
  sources: ['Brown', 'Leadership IQ'],
  options: {},
  example: {
    flagged: 'The demo was an absolute catastrophe, the worst day of my career.',
    fixed: 'The demo failed twice in front of the client, and we lost the pilot.',
  },
});
