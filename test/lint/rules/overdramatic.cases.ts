import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('overdramatic', {
  valid: [
    {
      name: 'the speaker nearly finishing their own work, and a shop finished for the day, are no drama',
      text: answer({ result: 'I nearly finished the rota by Friday. The shop was finished by six and we went home.' }),
    },
    { name: 'plain, factual weight', text: answer() },
    {
      name: 'a superlative of pride, and a literal wall coming down',
      text: answer({
        result: 'It was the best lesson of my career. When the scaffold was taken down, the whole wall was coming down with it as planned.',
      }),
    },
    {
      name: 'a plain end to a contract, and a business that closed, told as facts',
      text: answer({ result: 'The contract was over by March. Two years later the business was finished as a going concern and sold.' }),
    },
    {
      name: 'a career changed on a date, a hard week, and the mistake itself called the worst: no catastrophe read',
      text: answer({
        result:
          "My career in retail was over by 2019 and I retrained. It was the hardest week of my career, and the worst mistake I've ever made.",
      }),
    },
  ],
  invalid: [
    {
      name: 'the failure told as nearly ending the speaker, a world caved in, and a business believed finished: the tone, warnings',
      text: answer({
        result:
          'That was the week that nearly finished me. It felt as if my whole world had caved in. I was certain the bakery was finished.',
      }),
      findings: [
        { messageId: 'catastrophe', at: '7:24-7:42', text: 'nearly finished me', severity: 'warning' },
        { messageId: 'catastrophe', at: '7:58-7:85', text: 'my whole world had caved in', severity: 'warning' },
        { messageId: 'catastrophe', at: '7:105-7:124', text: 'bakery was finished', severity: 'warning' },
      ],
    },
    {
      name: 'a whole career told as ended and a superlative of suffering, in words no list holds: the tone, warnings',
      text: answer({
        result:
          "I honestly thought my whole career in nursing was finished. It was the single most terrifying night I've ever lived through.",
      }),
      findings: [
        { messageId: 'catastrophe', at: '7:20-7:59', text: 'my whole career in nursing was finished', severity: 'warning' },
        { messageId: 'catastrophe', at: '7:79-7:124', text: "most terrifying night I've ever lived through", severity: 'warning' },
      ],
    },
    {
      name: 'one life told as ended, alone: info',
      text: answer({ result: 'I believed my life as I knew it was over. The fix reached everyone within 36 hours.' }),
      findings: [{ messageId: 'catastrophe', at: '7:12-7:41', text: 'my life as I knew it was over', severity: 'info' }],
    },
    {
      name: 'drama as the tone of the answer: warnings',
      text: answer({ result: 'It was an absolute catastrophe, the worst day of my career. The fix reached everyone within 36 hours.' }),
      findings: [
        {
          messageId: 'dramatic',
          at: '7:11-7:31',
          text: 'absolute catastrophe',
          severity: 'warning',
          message: '"absolute catastrophe" dramatises the failure; the facts will carry more weight.',
        },
        { messageId: 'dramatic', at: '7:33-7:59', text: 'the worst day of my career', severity: 'warning' },
      ],
    },
    {
      name: 'a single dramatic phrase: info',
      text: answer({ result: 'It felt like a nightmare at the time. The fix reached everyone within 36 hours.' }),
      findings: [{ messageId: 'dramatic', at: '7:16-7:25', text: 'nightmare', severity: 'info' }],
    },
    {
      name: 'a superlative of suffering against a whole career, and everything at once falling apart',
      text: answer({
        result: 'It was the bleakest fortnight of my working life. It felt as if the entire depot was falling apart around me.',
      }),
      findings: [
        { messageId: 'dramatic', at: '7:8-7:49', text: 'the bleakest fortnight of my working life', severity: 'warning' },
        { messageId: 'dramatic', at: '7:54-7:99', text: 'felt as if the entire depot was falling apart', severity: 'warning' },
      ],
    },
    {
      name: 'the worst night ever lived, a whole career told as ended, years gone up in smoke',
      text: answer({
        result:
          "Honestly it was the darkest week of my whole teaching life. I was certain my career was over. It felt like six years of work going up in smoke, the worst night I've ever had.",
      }),
      findings: [
        { messageId: 'dramatic', at: '7:17-7:59', text: 'the darkest week of my whole teaching life', severity: 'warning' },
        { messageId: 'dramatic', at: '7:67-7:93', text: 'certain my career was over', severity: 'warning' },
        { messageId: 'dramatic', at: '7:126-7:143', text: 'going up in smoke', severity: 'warning' },
        { messageId: 'dramatic', at: '7:145-7:174', text: "the worst night I've ever had", severity: 'warning' },
      ],
    },
  ],
});
