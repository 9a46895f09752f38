import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildBoard,
  buildIdea,
  buildMember,
  setVisibleToVisitors,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { IdeasService } from '../../src/modules/feedback/ideas.service.js';
import { VotesService } from '../../src/modules/feedback/votes.service.js';

const IDEA_FIELDS = `id title body bodyHtml tags status approval voteCount followerCount viewerVoted
  viewerFollows viewerCanEdit hiddenFromRoadmap statusChangedAt createdAt
  board { id slug ideaCount viewerOpenVotes viewerCanVote }
  post { id kind commentCount space { id } idea { id } }
  author { id } officialAnswer { body bodyHtml author { id } answeredAt }
  statusHistory { from to note actor { id } at }
  mergedInto { id } mergedIdeas { id }`;
const SUBMIT = `mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { ${IDEA_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateIdeaInput!) { updateIdea(input: $i) { ${IDEA_FIELDS} } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
const VOTE = `mutation($i: VoteIdeaInput!) { voteIdea(input: $i) { id voteCount viewerVoted viewerFollows } }`;
const FOLLOW = `mutation($i: FollowIdeaInput!) { followIdea(input: $i) { id followerCount viewerFollows } }`;
const STATUS = `mutation($i: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $i) { id status statusHistory { from to note } } }`;
const ANSWER = `mutation($i: AnswerIdeaInput!) { answerIdea(input: $i) { id status viewerCanEdit officialAnswer { body bodyHtml author { id } } } }`;
const MERGE = `mutation($i: MergeIdeaInput!) { mergeIdea(input: $i) { id voteCount followerCount mergedIdeas { id } } }`;
const UNMERGE = `mutation($id: ID!) { unmergeIdea(ideaId: $id) { id status voteCount mergedInto { id } } }`;

type Errors = {
  errors?: Array<{ extensions: { code: string; fields?: Array<{ field: string }> } }>;
};
const codeOf = (r: Errors) => r.errors?.[0].extensions.code;
const fieldsOf = (r: Errors) => r.errors?.[0].extensions.fields?.map((f) => f.field);

let t: TestApp;
let db: Db;
let product: GqlClient;
let productMember: MemberEntity;
let alice: GqlClient;
let aliceMember: MemberEntity;
let bob: GqlClient;
let visitor: GqlClient;
let boardId: string;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  await setVisibleToVisitors(t.app, true);
  productMember = await buildMember(t.app, { role: 'product' });
  product = await clientFor(t.app, t.url, productMember);
  aliceMember = await buildMember(t.app);
  alice = await clientFor(t.app, t.url, aliceMember);
  bob = await clientFor(t.app, t.url, await buildMember(t.app));
  visitor = new GqlClient(t.url);
  boardId = (await buildBoard(t.app)).id;
});
afterAll(() => t.close());

const members = (n: number) => Promise.all(Array.from({ length: n }, () => buildMember(t.app)));
const votesOn = async (ideaId: string) =>
  (
    await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM idea_votes WHERE counted_idea_id = $1 AND counted`,
      [ideaId],
    )
  )[0].n;
const voteCount = async (ideaId: string) =>
  (await t.app.get(IdeasService).findById(ideaId))!.voteCount;

describe('submitting an idea', () => {
  it('makes a post of kind IDEA without a space, read through the idea', async () => {
    const r = await alice.ok(SUBMIT, {
      i: {
        boardId,
        title: '  豆の定期便  ',
        body: '**毎月**届くと嬉しい',
        tags: ['Subscription', 'subscription'],
      },
    });
    const idea = r.submitIdea;
    expect(idea).toMatchObject({
      title: '豆の定期便',
      tags: ['subscription'],
      status: 'OPEN',
      approval: 'APPROVED',
      voteCount: 0,
      followerCount: 1,
      viewerFollows: true,
      viewerCanEdit: true,
      author: { id: aliceMember.id },
      post: { id: idea.id, kind: 'IDEA', space: null, idea: { id: idea.id } },
      statusHistory: [{ from: null, to: 'OPEN', actor: { id: aliceMember.id } }],
    });
    expect(idea.bodyHtml).toContain('<strong>毎月</strong>');
    expect((await visitor.ok(IDEA, { id: idea.id })).idea.title).toBe('豆の定期便');
  });
});

describe('votes', () => {
  it('30 concurrent toggles from one member leave one state and an exact count', async () => {
    const idea = await buildIdea(t.app, aliceMember, { boardId });
    const voter = await buildMember(t.app);
    const v = asViewer(voter);
    const wants = Array.from({ length: 30 }, (_, i) => i % 3 !== 0);
    await Promise.all(wants.map((w) => t.app.get(VotesService).vote(v, idea.id, w)));
    const n = await votesOn(idea.id);
    expect([0, 1]).toContain(n);
    expect(await voteCount(idea.id)).toBe(n);
    await t.app.get(VotesService).vote(v, idea.id, true);
    await t.app.get(VotesService).vote(v, idea.id, true);
    expect(await voteCount(idea.id)).toBe(1);
  });
});
