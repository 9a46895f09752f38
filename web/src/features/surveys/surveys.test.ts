import type { SurveyQuestionType } from '../../gql/graphql';
import { resources } from '../../locales';
import {
  answerIssues,
  answerPageState,
  answerPath,
  answersInput,
  autosavePayload,
  draftsFrom,
  INFLUENCE_POINTS,
  handedScore,
  linkRefused,
  localText,
  savedKey,
  SaveQueue,
  type SaveState,
  searchWithout,
  QUESTION_TYPES,
  questionOfField,
  saveResponseInput,
  scalePoints,
  scoreParam,
  signed,
  splitFieldErrors,
  SURVEY_STATUSES,
  type QuestionLike,
} from './logic';
import { surveysArea } from './routes';
import {
  addChoice,
  arrowAfterMove,
  indexAfterRemove,
  audienceInput,
  builderFieldPaths,
  builderIssues,
  builderValues,
  move,
  newQuestion,
  previewQuestions,
  questionInput,
  surveyActions,
  parseTab,
  toggleTouchpoint,
  touchpointIssues,
  touchpointKey,
  touchpointsInput,
  updateInput,
  withType,
  without,
  type BuilderValues,
} from './staff/logic';

const q = (id: string, type: SurveyQuestionType, o: Partial<QuestionLike> = {}): QuestionLike => ({
  id,
  type,
  required: true,
  withReason: false,
  choices: [],
  touchpoints: [],
  ...o,
});

const NPS = q('q1', 'NPS', { withReason: true });
const TP = q('q2', 'TOUCHPOINTS', { touchpoints: [{ id: 't1' }, { id: 't2' }] });
const SINGLE = q('q3', 'SINGLE_CHOICE', { choices: [{ key: 'a' }, { key: 'b' }] });
const MULTI = q('q4', 'MULTIPLE_CHOICE', {
  required: false,
  choices: [{ key: 'a' }, { key: 'b' }],
});
const LONG = q('q5', 'LONG_TEXT', { required: false });
const QUESTIONS = [NPS, TP, SINGLE, MULTI, LONG];

describe('scales', () => {
  it('run over the range each type takes', () => {
    expect(scalePoints('NPS')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scalePoints('CSAT')).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints('CES')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scalePoints('RATING')).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints('SHORT_TEXT')).toEqual([]);
    expect(INFLUENCE_POINTS).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(INFLUENCE_POINTS.map(signed)).toEqual(['−3', '−2', '−1', '0', '+1', '+2', '+3']);
  });

  it('name the NPS ends as the survey asks them', () => {
    expect(resources.ja.surveys.scale.nps).toEqual({ low: '全く思わない', high: '非常にそう思う' });
    expect(resources.en.surveys.scale.influence.notApplicable).toBe('Not applicable');
  });

  it('give every question type and status a name in both languages', () => {
    for (const type of QUESTION_TYPES) {
      expect(resources.ja.surveysStaff.types[type]).toBeTruthy();
      expect(resources.en.surveysStaff.types[type]).toBeTruthy();
    }
    for (const status of SURVEY_STATUSES) {
      expect(resources.ja.surveysStaff.status[status]).toBeTruthy();
      expect(resources.en.surveysStaff.status[status]).toBeTruthy();
    }
  });
});

describe('localText', () => {
  it('picks English for English readers, falling back to Japanese when it is empty', () => {
    expect(localText('満足度', 'Satisfaction', 'en')).toBe('Satisfaction');
    expect(localText('満足度', ' ', 'en')).toBe('満足度');
    expect(localText('満足度', 'Satisfaction', 'ja')).toBe('満足度');
    expect(localText('満足度', 'Satisfaction', 'en-US')).toBe('Satisfaction');
  });
});

describe('answer drafts', () => {
  it('start from the saved answers, with a score handed over from the home card on top', () => {
    const drafts = draftsFrom(
      QUESTIONS,
      [
        { questionId: 'q1', score: 3, text: 'slow' },
        { questionId: 'q2', touchpoints: [{ touchpointId: 't1', influence: null }] },
      ],
      { q1: { score: 9 } },
    );
    expect(drafts.q1).toEqual({ score: 9, choiceKeys: [], text: 'slow', touchpoints: {} });
    expect(drafts.q2!.touchpoints).toEqual({ t1: null });
    expect(drafts.q5).toEqual({ score: null, choiceKeys: [], text: '', touchpoints: {} });
  });

  it('find required questions unanswered, touchpoint grids half done and texts too long', () => {
    const drafts = draftsFrom(QUESTIONS, []);
    expect(answerIssues(QUESTIONS, drafts)).toEqual({
      q1: 'required',
      q2: 'required',
      q3: 'required',
    });
    drafts.q1!.score = 0;
    drafts.q2!.touchpoints = { t1: 2 };
    drafts.q3!.choiceKeys = ['a'];
    drafts.q5!.text = 'x'.repeat(5001);
    expect(answerIssues(QUESTIONS, drafts)).toEqual({ q2: 'incomplete', q5: 'tooLong' });
    // "Not applicable" answers a touchpoint.
    drafts.q2!.touchpoints = { t1: 2, t2: null };
    drafts.q5!.text = 'ok';
    expect(answerIssues(QUESTIONS, drafts)).toEqual({});
  });

  it('send only what each type takes, and unanswered questions empty so they clear', () => {
    const drafts = draftsFrom(QUESTIONS, []);
    expect(answersInput(QUESTIONS, drafts)).toEqual(QUESTIONS.map((x) => ({ questionId: x.id })));
    drafts.q1 = { score: 10, text: '  great  ', choiceKeys: ['a'], touchpoints: { t1: 1 } };
    drafts.q2!.touchpoints = { t2: null, t1: -3 };
    drafts.q3!.choiceKeys = ['b', 'a', 'gone'];
    drafts.q4!.choiceKeys = ['a', 'gone', 'b'];
    drafts.q5!.text = '   ';
    expect(answersInput(QUESTIONS, drafts)).toEqual([
      { questionId: 'q1', score: 10, text: 'great' },
      {
        questionId: 'q2',
        touchpoints: [
          { touchpointId: 't1', influence: -3 },
          { touchpointId: 't2', influence: null },
        ],
      },
      { questionId: 'q3', choiceKeys: ['b'] },
      { questionId: 'q4', choiceKeys: ['a', 'b'] },
      { questionId: 'q5' },
    ]);
  });

  it('clear a saved answer once it is taken back (unticked choices, deleted text)', () => {
    const drafts = draftsFrom(QUESTIONS, [
      { questionId: 'q4', choiceKeys: ['a'] },
      { questionId: 'q5', text: 'kept' },
    ]);
    drafts.q4!.choiceKeys = [];
    drafts.q5!.text = '';
    const sent = answersInput(QUESTIONS, drafts);
    expect(sent.find((a) => a.questionId === 'q4')).toEqual({ questionId: 'q4' });
    expect(sent.find((a) => a.questionId === 'q5')).toEqual({ questionId: 'q5' });
  });

  it('leave the "why?" out when the NPS question does not ask it', () => {
    const plain = q('n', 'NPS');
    const drafts = draftsFrom([plain], [{ questionId: 'n', score: 6, text: 'old' }]);
    expect(answersInput([plain], drafts)).toEqual([{ questionId: 'n', score: 6 }]);
  });

  it('edit a submitted response by its id, and carry the emailed token', () => {
    expect(
      saveResponseInput({
        surveyId: 's',
        token: 'tok',
        responseId: 'r',
        submit: true,
        answers: [],
      }),
    ).toEqual({ surveyId: 's', token: 'tok', responseId: 'r', submit: true, answers: [] });
    expect(
      saveResponseInput({
        surveyId: 's',
        token: null,
        responseId: null,
        submit: false,
        answers: [],
      }),
    ).toEqual({ surveyId: 's', submit: false, answers: [] });
  });
});

describe('autosave', () => {
  const base = { surveyId: 's1', token: null, questions: QUESTIONS, submitted: false };

  it('saves partial answers once something is answered, and not again until they change', () => {
    const drafts = draftsFrom(QUESTIONS, []);
    expect(autosavePayload({ ...base, drafts }, null)).toBeNull();
    drafts.q1!.score = 7;
    const first = autosavePayload({ ...base, drafts }, null);
    expect(first?.input).toEqual({
      surveyId: 's1',
      submit: false,
      answers: [
        { questionId: 'q1', score: 7 },
        { questionId: 'q2' },
        { questionId: 'q3' },
        { questionId: 'q4' },
        { questionId: 'q5' },
      ],
    });
    expect(autosavePayload({ ...base, drafts }, first!.key)).toBeNull();
    drafts.q1!.score = 8;
    expect(autosavePayload({ ...base, drafts }, first!.key)?.input.answers[0]).toEqual({
      questionId: 'q1',
      score: 8,
    });
  });

  it('sends an answer taken back, even when nothing is left answered', () => {
    const saved = [{ questionId: 'q4', choiceKeys: ['a'] }];
    const drafts = draftsFrom(QUESTIONS, saved);
    const held = savedKey(QUESTIONS, saved);
    expect(autosavePayload({ ...base, drafts }, held)).toBeNull();
    drafts.q4!.choiceKeys = [];
    const cleared = autosavePayload({ ...base, drafts }, held);
    expect(cleared?.input.answers).toEqual(QUESTIONS.map((x) => ({ questionId: x.id })));
    expect(autosavePayload({ ...base, drafts }, cleared!.key)).toBeNull();
    expect(savedKey(QUESTIONS, null)).toBeNull();
  });

  it('never saves over a submitted response (its edits are sent on "update")', () => {
    const drafts = draftsFrom(QUESTIONS, [{ questionId: 'q1', score: 9 }]);
    expect(autosavePayload({ ...base, drafts, submitted: true }, null)).toBeNull();
  });

  it('sends a link holder’s token with each save', () => {
    const drafts = draftsFrom(QUESTIONS, [{ questionId: 'q1', score: 9 }]);
    expect(autosavePayload({ ...base, token: 'tok', drafts }, null)?.input.token).toBe('tok');
  });
});

describe('save queue', () => {
  const deferred = () => {
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('sends one save at a time, then only the latest change waiting', async () => {
    const calls: { key: string; done: ReturnType<typeof deferred> }[] = [];
    const states: SaveState[] = [];
    const queue = new SaveQueue<{ key: string }>(
      (p) => {
        const done = deferred();
        calls.push({ key: p.key, done });
        return done.promise;
      },
      (s) => states.push(s),
      null,
    );
    queue.push({ key: 'a' });
    queue.push({ key: 'b' });
    queue.push({ key: 'c' });
    expect(calls.map((c) => c.key)).toEqual(['a']);
    expect(queue.latest).toBe('c');
    expect(queue.pending).toBe(true);
    calls[0]!.done.resolve();
    await flush();
    expect(calls.map((c) => c.key)).toEqual(['a', 'c']);
    expect(queue.saved).toBe('a');
    expect(states).toEqual(['saving', 'saving']);
    calls[1]!.done.resolve();
    await flush();
    expect(queue.saved).toBe('c');
    expect(queue.pending).toBe(false);
    expect(states).toEqual(['saving', 'saving', 'saved']);
  });

  it('reports a failure and lets the same answers be sent again', async () => {
    const states: SaveState[] = [];
    const queue = new SaveQueue<{ key: string }>(
      () => Promise.reject(new Error('offline')),
      (s) => states.push(s),
      'x',
    );
    queue.push({ key: 'a' });
    await flush();
    expect(states).toEqual(['saving', 'failed']);
    expect(queue.saved).toBe('x');
    expect(queue.latest).toBe('x');
  });
});

describe('server errors on answers', () => {
  const sent = [{ questionId: 'q1' }, { questionId: 'q3' }];

  it('find the question the api names by its place in the answers sent', () => {
    expect(questionOfField('answers.1.score', sent)).toEqual({ questionId: 'q3', part: 'score' });
    expect(questionOfField('input.answers.0', sent)).toEqual({ questionId: 'q1', part: '' });
    expect(questionOfField('answers.5.score', sent)).toBeNull();
    expect(questionOfField('responseId', sent)).toBeNull();
  });

  it('find a required question left unanswered by its id, else by its position', () => {
    const questions = [
      { id: 'q1', position: 0 },
      { id: 'q3', position: 1 },
    ];
    expect(
      questionOfField(
        { field: 'questions.1', issue: 'REQUIRED', params: { questionId: 'q3' } },
        sent,
        questions,
      ),
    ).toEqual({ questionId: 'q3', part: '' });
    expect(questionOfField({ field: 'questions.0', issue: 'REQUIRED' }, sent, questions)).toEqual({
      questionId: 'q1',
      part: '',
    });
    expect(
      questionOfField({ field: 'questions.7', issue: 'REQUIRED' }, sent, questions),
    ).toBeNull();
    const out = splitFieldErrors(
      [
        { field: 'questions.0', issue: 'REQUIRED', params: { questionId: 'q1' } },
        { field: 'questions.1', issue: 'REQUIRED', params: { questionId: 'q3' } },
      ],
      sent,
      questions,
    );
    expect(Object.keys(out.byQuestion)).toEqual(['q1', 'q3']);
    expect(out.other).toEqual([]);
  });

  it('split field errors into those on a question and the rest', () => {
    const out = splitFieldErrors(
      [
        { field: 'answers.1.score', issue: 'OUT_OF_RANGE', params: { min: 0, max: 10 } },
        { field: 'answers.1.text', issue: 'TOO_LONG' },
        { field: 'responseId', issue: 'INVALID_VALUE' },
      ],
      sent,
    );
    expect(Object.keys(out.byQuestion)).toEqual(['q3']);
    expect(out.byQuestion.q3!.issue).toBe('OUT_OF_RANGE');
    expect(out.other.map((f) => f.field)).toEqual(['responseId']);
  });
});

describe('answer page', () => {
  it('tells a refused emailed link from other refusals, whichever code the api uses', () => {
    expect(linkRefused('FORBIDDEN', 'tok')).toBe(true);
    expect(linkRefused('INVALID_TOKEN', 'tok')).toBe(true);
    expect(linkRefused('UNAUTHENTICATED', 'tok')).toBe(true);
    expect(linkRefused('FORBIDDEN', null)).toBe(false);
    expect(linkRefused('NOT_FOUND', 'tok')).toBe(false);
    expect(linkRefused(undefined, 'tok')).toBe(false);
  });

  it('drops the link’s token from the address, keeping the rest', () => {
    expect(searchWithout('?t=abc&score=7', 't')).toBe('?score=7');
    expect(searchWithout('?t=abc', 't')).toBe('');
    expect(searchWithout('', 't', 'score')).toBe('');
  });

  it('keeps the home card’s score only while nothing is saved for the NPS question', () => {
    const nps = { id: 'q1', type: 'NPS' as const };
    expect(handedScore('7', nps, null)).toBe(7);
    expect(handedScore('7', nps, [{ questionId: 'q2', text: 'x' }])).toBe(7);
    expect(handedScore('7', nps, [{ questionId: 'q1', score: 3 }])).toBeNull();
    expect(handedScore('7', nps, [{ questionId: 'q1', score: null, text: 'why' }])).toBe(7);
    expect(handedScore('11', nps, null)).toBeNull();
    expect(handedScore('7', { id: 'q1', type: 'CSAT' }, null)).toBeNull();
    expect(handedScore('7', undefined, null)).toBeNull();
  });

  it('answers only open surveys', () => {
    expect(answerPageState('OPEN')).toBe('open');
    expect(answerPageState('SCHEDULED')).toBe('notYetOpen');
    expect(answerPageState('CLOSED')).toBe('closed');
    expect(answerPageState('DRAFT')).toBe('draft');
  });

  it('keeps the token and a score from the home card in its address', () => {
    expect(answerPath('s 1')).toBe('/surveys/s%201');
    expect(answerPath('s1', { token: 'a.b', score: 9 })).toBe('/surveys/s1?t=a.b&score=9');
    expect(answerPath('s1', { score: 0 })).toBe('/surveys/s1?score=0');
  });

  it('takes a handed-over score only when the scale has it', () => {
    expect(scoreParam('10', 'NPS')).toBe(10);
    expect(scoreParam('0', 'NPS')).toBe(0);
    expect(scoreParam('11', 'NPS')).toBeNull();
    expect(scoreParam('-1', 'NPS')).toBeNull();
    expect(scoreParam('7.5', 'NPS')).toBeNull();
    expect(scoreParam(null, 'NPS')).toBeNull();
  });

  it('routes member and console addresses to their areas', () => {
    expect(surveysArea('/surveys/s1')).toBe('surveys');
    expect(surveysArea('/manage/surveys/s1/edit')).toBe('manage/surveys');
  });
});

const SAVED = {
  titleJa: 'NPS 調査',
  titleEn: '',
  descriptionJa: '',
  descriptionEn: '',
  anonymous: false,
  responseCap: null,
  opensAt: '2026-12-01T00:00:00.000Z',
  closesAt: null,
  audience: {
    kind: 'EVENT_ATTENDEES' as const,
    minRankPosition: null,
    roles: null,
    segment: null,
    hoursAfterEvent: 3,
    event: { id: 'e1' },
  },
  questions: [
    {
      id: 'q1',
      type: 'NPS' as const,
      required: true,
      promptJa: 'おすすめしますか',
      promptEn: 'Recommend?',
      withReason: true,
      choices: [],
      touchpoints: [],
    },
    {
      id: 'q2',
      type: 'TOUCHPOINTS' as const,
      required: false,
      promptJa: '影響',
      promptEn: '',
      withReason: false,
      choices: [],
      touchpoints: [{ id: 't2' }, { id: 't1' }],
    },
  ],
};

describe('builder', () => {
  const values = (): BuilderValues => builderValues(SAVED, 'Asia/Tokyo');

  it('reads a saved survey with its times on the community’s clocks', () => {
    const v = values();
    expect(v.opensAt).toBe('2026-12-01T09:00');
    expect(v.closesAt).toBe('');
    expect(v.responseCap).toBe('');
    expect(v.eventId).toBe('e1');
    expect(v.questions.map((x) => [x.uid, x.id, x.touchpointIds])).toEqual([
      ['q1', 'q1', []],
      ['q2', 'q2', ['t2', 't1']],
    ]);
  });

  it('adds questions ready to fill in: two choices to name, every active touchpoint', () => {
    const choice = newQuestion('SINGLE_CHOICE', ['t1']);
    expect(choice.id).toBeNull();
    expect(choice.required).toBe(true);
    expect(choice.choices).toHaveLength(2);
    expect(choice.touchpointIds).toEqual([]);
    expect(newQuestion('TOUCHPOINTS', ['t1', 't3']).touchpointIds).toEqual(['t1', 't3']);
    expect(newQuestion('NPS', []).withReason).toBe(true);
    expect(newQuestion('CSAT', []).withReason).toBe(false);
  });

  it('keeps the wording when a question changes type and drops settings the type lacks', () => {
    const [nps, tp] = values().questions;
    const csat = withType(nps!, 'CSAT', ['t1']);
    expect(csat).toMatchObject({ promptJa: 'おすすめしますか', withReason: false, type: 'CSAT' });
    const multi = withType(tp!, 'MULTIPLE_CHOICE', ['t1']);
    expect(multi.touchpointIds).toEqual([]);
    expect(multi.choices).toHaveLength(2);
    expect(withType(multi, 'TOUCHPOINTS', ['t9']).touchpointIds).toEqual(['t9']);
    expect(questionInput(withType(multi, 'SHORT_TEXT', [])).choices).toEqual([]);
  });

  it('keeps the keyboard on a usable arrow after a move, and on a neighbour after a removal', () => {
    expect(arrowAfterMove(2, -1, 4)).toBe('up');
    expect(arrowAfterMove(1, -1, 4)).toBe('down');
    expect(arrowAfterMove(1, 1, 4)).toBe('down');
    expect(arrowAfterMove(2, 1, 4)).toBe('up');
    expect(arrowAfterMove(0, 1, 2)).toBe('up');
    expect(indexAfterRemove(1, 3)).toBe(1);
    expect(indexAfterRemove(3, 3)).toBe(2);
    expect(indexAfterRemove(0, 0)).toBeNull();
  });

  it('moves items up and down, staying put at either end, and removes them', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(without(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('adds choices up to the limit and ticks touchpoints once', () => {
    let choice = newQuestion('MULTIPLE_CHOICE', []);
    for (let i = 0; i < 30; i++) choice = addChoice(choice);
    expect(choice.choices).toHaveLength(20);
    const tp = newQuestion('TOUCHPOINTS', ['t1']);
    expect(toggleTouchpoint(tp, 't1', true)).toBe(tp);
    expect(toggleTouchpoint(tp, 't2', true).touchpointIds).toEqual(['t1', 't2']);
    expect(toggleTouchpoint(tp, 't1', false).touchpointIds).toEqual([]);
  });

  it('sends the audience with only the settings its kind takes', () => {
    const v = { ...values(), minRankPosition: '3', roles: ['ADMIN' as const], segment: 'x' };
    expect(audienceInput(v)).toEqual({
      kind: 'EVENT_ATTENDEES',
      eventId: 'e1',
      hoursAfterEvent: 3,
    });
    expect(audienceInput({ ...v, audienceKind: 'RANK' })).toEqual({
      kind: 'RANK',
      minRankPosition: 3,
    });
    expect(audienceInput({ ...v, audienceKind: 'ALL' })).toEqual({ kind: 'ALL' });
    expect(audienceInput({ ...v, audienceKind: 'SEGMENT' })).toEqual({
      kind: 'SEGMENT',
      segment: 'x',
    });
    expect(audienceInput({ ...v, audienceKind: 'EVENT_ATTENDEES', hoursAfterEvent: '' })).toEqual({
      kind: 'EVENT_ATTENDEES',
      eventId: 'e1',
      hoursAfterEvent: 2,
    });
  });

  it('sends questions only while the survey is a draft, and times as instants', () => {
    const v = { ...values(), titleJa: '  NPS  ', responseCap: 500, closesAt: '2026-12-31T23:59' };
    const draft = updateInput('s1', v, { withQuestions: true, timeZone: 'Asia/Tokyo' });
    expect(draft).toMatchObject({
      id: 's1',
      titleJa: 'NPS',
      responseCap: 500,
      opensAt: '2026-12-01T00:00:00Z',
      closesAt: '2026-12-31T14:59:00Z',
    });
    expect(draft.questions).toEqual([
      {
        id: 'q1',
        type: 'NPS',
        required: true,
        promptJa: 'おすすめしますか',
        promptEn: 'Recommend?',
        withReason: true,
        choices: [],
        touchpointIds: [],
      },
      {
        id: 'q2',
        type: 'TOUCHPOINTS',
        required: false,
        promptJa: '影響',
        promptEn: '',
        withReason: false,
        choices: [],
        touchpointIds: ['t2', 't1'],
      },
    ]);
    const published = updateInput('s1', v, { withQuestions: false, timeZone: 'Asia/Tokyo' });
    expect('questions' in published).toBe(false);
  });

  it('finds what to fix before asking the api', () => {
    const v = values();
    expect(builderIssues(v, 'Asia/Tokyo')).toEqual({});
    const bad: BuilderValues = {
      ...v,
      titleJa: ' ',
      audienceKind: 'ROLES',
      roles: [],
      responseCap: 0,
      closesAt: '2026-11-30T09:00',
      questions: [
        { ...newQuestion('SINGLE_CHOICE', []), promptJa: 'どれ？' },
        { ...newQuestion('TOUCHPOINTS', []), promptJa: '影響' },
      ],
    };
    expect(builderIssues(bad, 'Asia/Tokyo')).toEqual({
      titleJa: 'titleRequired',
      'questions.0.choices.0.labelJa': 'choiceRequired',
      'questions.0.choices.1.labelJa': 'choiceRequired',
      'questions.1.touchpointIds': 'oneTouchpoint',
      roles: 'rolesRequired',
      responseCap: 'capRange',
      closesAt: 'closesBeforeOpens',
    });
    expect(builderIssues({ ...v, eventId: null }, 'Asia/Tokyo')).toEqual({
      eventId: 'eventRequired',
    });
  });

  it('knows every path a server error may name on the form', () => {
    const v = values();
    v.questions[0] = { ...newQuestion('SINGLE_CHOICE', []), uid: 'c' };
    const paths = builderFieldPaths(v);
    expect(paths).toEqual(
      expect.arrayContaining([
        'titleJa',
        'eventId',
        'questions',
        'questions.0.promptJa',
        'questions.0.choices.1.labelEn',
        'questions.1.touchpointIds',
      ]),
    );
    expect(paths).not.toContain('questions.0.choices.2.labelJa');
  });

  it('previews drafts as members will see them, touchpoints in the chosen order', () => {
    const preview = previewQuestions(values().questions, [
      { id: 't1', labelJa: '広告', labelEn: 'Ads' },
      { id: 't2', labelJa: '口コミ', labelEn: 'Word of mouth' },
    ]);
    expect(preview[0]).toMatchObject({ id: 'q1', type: 'NPS', withReason: true });
    expect(preview[1]!.touchpoints.map((tp) => tp.labelJa)).toEqual(['口コミ', '広告']);
  });
});

describe('survey list', () => {
  it('offers only what each status allows', () => {
    expect(surveyActions('DRAFT')).toEqual({
      publish: true,
      close: false,
      reopen: false,
      remove: true,
    });
    expect(surveyActions('OPEN')).toMatchObject({ publish: false, close: true, remove: false });
    expect(surveyActions('SCHEDULED').close).toBe(true);
    expect(surveyActions('CLOSED')).toMatchObject({ reopen: true, close: false });
  });

  it('reads its tab from the address', () => {
    expect(parseTab('open')).toBe('OPEN');
    expect(parseTab(null)).toBe('ALL');
    expect(parseTab('nonsense')).toBe('ALL');
  });
});

describe('touchpoints', () => {
  it('make a unique key from a label', () => {
    expect(touchpointKey('Word of mouth', [])).toBe('word_of_mouth');
    expect(touchpointKey('Word of mouth', ['word_of_mouth'])).toBe('word_of_mouth_2');
    expect(touchpointKey('口コミ', ['touchpoint'])).toBe('touchpoint_2');
  });

  it('check keys and labels, and save them in order with archived ones kept', () => {
    const list = [
      { uid: 'a', id: 'a', key: 'ads', labelJa: '広告', labelEn: 'Ads', archived: true },
      { uid: 'n', id: null, key: 'ads', labelJa: ' ', labelEn: '', archived: false },
      { uid: 'm', id: null, key: 'Bad Key', labelJa: 'x', labelEn: '', archived: false },
    ];
    expect(touchpointIssues(list)).toEqual({
      'touchpoints.1.key': 'keyTaken',
      'touchpoints.1.labelJa': 'labelRequired',
      'touchpoints.2.key': 'key',
    });
    expect(touchpointsInput(list.slice(0, 2))).toEqual([
      { id: 'a', key: 'ads', labelJa: '広告', labelEn: 'Ads', archived: true },
      { key: 'ads', labelJa: '', labelEn: '', archived: false },
    ]);
  });
});
