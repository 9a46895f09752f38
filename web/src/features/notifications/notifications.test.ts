import i18next, { type i18n as I18n } from 'i18next';
import { NOTIFICATION_KINDS } from '@kizuna/shared';
import { resources } from '../../locales';
import type { NotificationKind } from '../../gql/graphql';
import { mergeLatest } from './cache';
import { CHANNELS, SETTINGS_KINDS, canChoose, channelsInput } from './settings';
import { notificationLink, notificationText, type NotificationLike } from './text';

async function makeI18n(lng: 'ja' | 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng,
    ns: Object.keys(resources.ja),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

const post = { id: 'p1', title: 'タイトル' };
const make = (kind: NotificationKind, extra: Partial<NotificationLike> = {}): NotificationLike => ({
  kind,
  actorCount: 1,
  actors: [{ displayName: '佐藤' }],
  post,
  commentId: null,
  params: {},
  ...extra,
});
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ displayName: `P${i}` }));

describe('notificationText', () => {
  let ja: I18n;
  let en: I18n;
  beforeAll(async () => {
    ja = await makeI18n('ja');
    en = await makeI18n('en');
  });

  it('groups reactions as "Sato and N others"', () => {
    const n = make('REACTIONS', { actorCount: 3, actors: [{ displayName: '佐藤' }, ...people(2)] });
    expect(notificationText(ja.t, n, 'ja')).toBe(
      '佐藤さんほか 2 人が『タイトル』にリアクションしました',
    );
    expect(
      notificationText(
        en.t,
        {
          ...n,
          actors: [{ displayName: 'Sato' }],
          post: { id: 'p', title: 'Title' },
        },
        'en',
      ),
    ).toBe('Sato and 2 others reacted to ‘Title’');
    expect(
      notificationText(
        en.t,
        make('REACTIONS', { actorCount: 2, actors: [{ displayName: 'Sato' }] }),
        'en',
      ),
    ).toBe('Sato and 1 other reacted to ‘タイトル’');
    expect(notificationText(ja.t, make('REACTIONS'), 'ja')).toBe(
      '佐藤さんが『タイトル』にリアクションしました',
    );
  });

  it('names the actor and the post for replies, mentions and best answers', () => {
    expect(notificationText(ja.t, make('REPLY_TO_POST'), 'ja')).toBe(
      '佐藤さんが『タイトル』にコメントしました',
    );
    expect(notificationText(en.t, make('REPLY_TO_COMMENT'), 'en')).toBe(
      '佐藤 replied to your comment on ‘タイトル’',
    );
    expect(notificationText(en.t, make('MENTION'), 'en')).toBe('佐藤 mentioned you in ‘タイトル’');
    expect(notificationText(ja.t, make('BEST_ANSWER'), 'ja')).toBe(
      '『タイトル』であなたのコメントがベストアンサーに選ばれました',
    );
  });

  it('shows the moderator’s message and the years of an anniversary', () => {
    const message = make('MODERATOR_MESSAGE', {
      post: null,
      params: { message: 'ようこそ！\n2 行目' },
    });
    expect(notificationText(ja.t, message, 'ja')).toBe(
      'モデレーターからのメッセージ: ようこそ！\n2 行目',
    );
    expect(
      notificationText(en.t, make('ANNIVERSARY', { actors: [], params: { years: 1 } }), 'en'),
    ).toMatch(/^1 year since you joined/);
    expect(
      notificationText(en.t, make('ANNIVERSARY', { actors: [], params: { years: 3 } }), 'en'),
    ).toMatch(/^3 years since you joined/);
    expect(
      notificationText(ja.t, make('ANNIVERSARY', { actors: [], params: { years: 2 } }), 'ja'),
    ).toContain('2 周年');
  });

  it('still reads well when the post or the actor is gone', () => {
    expect(notificationText(ja.t, make('REPLY_TO_POST', { post: null }), 'ja')).toBe(
      '佐藤さんが『表示できない投稿』にコメントしました',
    );
    expect(notificationText(en.t, make('MENTION', { actors: [] }), 'en')).toBe(
      'Someone mentioned you in ‘タイトル’',
    );
  });

  it("tells an idea's new status, and where a merged idea's vote went", () => {
    const status = { title: 'ダークモード', nameJa: '予定', nameEn: 'Planned' };
    const changed = make('FEEDBACK_STATUS', { post: null, params: status });
    expect(notificationText(ja.t, changed, 'ja')).toBe(
      '『ダークモード』のステータスが「予定」になりました',
    );
    expect(notificationText(en.t, changed, 'en')).toBe('‘ダークモード’ is now Planned');
    const merged = make('FEEDBACK_STATUS', {
      post: null,
      params: { ...status, into: '夜間テーマ' },
    });
    expect(notificationText(ja.t, merged, 'ja')).toContain('『夜間テーマ』に統合されました');
  });

  it('renders every kind in Japanese and English from its subject and values', () => {
    const named = { nameJa: 'はじめまして', nameEn: 'Newcomer', icon: '🌱' };
    for (const kind of NOTIFICATION_KINDS.map((k) => k.toUpperCase() as NotificationKind)) {
      const n = make(kind, { params: { ...named, message: 'm', years: 2, points: 50 } });
      const inJa = notificationText(ja.t, n, 'ja');
      const inEn = notificationText(en.t, n, 'en');
      for (const text of [inJa, inEn]) expect(text).not.toMatch(/notifications:|{{|}}|undefined/);
      expect(inJa).not.toBe(inEn);
    }
    const rank = make('RANK', { post: null, params: named });
    expect(notificationText(ja.t, rank, 'ja')).toBe(
      'ランクアップ！「🌱 はじめまして」になりました',
    );
    expect(notificationText(en.t, rank, 'en')).toBe('Rank up! You are now “🌱 Newcomer”');
    // A rank deleted since the promotion still says which one.
    const unnamed = make('RANK', { post: null, params: { position: 3 } });
    expect(notificationText(ja.t, unnamed, 'ja')).toBe('ランクアップ！ランク 3 になりました');
    expect(notificationText(en.t, unnamed, 'en')).toBe('Rank up! You reached rank 3');
    const soon = make('EVENT_REMINDER', { post: null, params: { title: '試飲会', hours: 1 } });
    expect(notificationText(en.t, soon, 'en')).toBe('‘試飲会’ starts in an hour');
    expect(notificationText(ja.t, soon, 'ja')).toBe('『試飲会』は 1 時間後に始まります');
    const tomorrow = make('EVENT_REMINDER', { post: null, params: { title: 'Meetup', hours: 24 } });
    expect(notificationText(en.t, tomorrow, 'en')).toBe('‘Meetup’ starts in 24 hours');
    const badge = make('BADGE', { post: null, params: { nameJa: '初投稿', nameEn: 'First Post' } });
    expect(notificationText(en.t, badge, 'en')).toBe('You earned the badge “First Post”');
    const mission = make('POINTS', {
      post: null,
      params: { nameJa: 'フォトチャレンジ', nameEn: 'Photo challenge', icon: '🎯', points: 100 },
    });
    expect(notificationText(ja.t, mission, 'ja')).toBe(
      'ミッション「🎯 フォトチャレンジ」を達成しました（+100 ポイント）',
    );
    expect(
      notificationText(en.t, { ...mission, params: { ...mission.params, points: 0 } }, 'en'),
    ).toBe('You completed the mission “🎯 Photo challenge”');
  });
});

describe('moderation notices', () => {
  let ja: I18n;
  let en: I18n;
  beforeAll(async () => {
    ja = await makeI18n('ja');
    en = await makeI18n('en');
  });

  it('tells the author why their post was hidden, by the title kept with the notice', () => {
    const hidden = make('CONTENT_HIDDEN', {
      actors: [],
      post: null,
      params: { title: '新しい焙煎機', message: '宣伝のため' },
    });
    expect(notificationText(ja.t, hidden, 'ja')).toBe(
      'モデレーターが『新しい焙煎機』でのあなたの投稿を非表示にしました。理由: 宣伝のため',
    );
    expect(notificationText(en.t, { ...hidden, params: { title: 'Roaster' } }, 'en')).toBe(
      'The moderators hid what you posted in ‘Roaster’',
    );
  });

  it('tells authors, flaggers and warned members what the moderators did', () => {
    const flagged = make('CONTENT_FLAGGED', { actors: [], params: {} });
    expect(notificationText(ja.t, flagged, 'ja')).toBe(
      '『タイトル』でのあなたの投稿はメンバーからの通報により、モデレーターの確認まで非表示になりました。編集はできます。',
    );
    const verdict = (kind: 'FLAG_AGREED' | 'FLAG_DISAGREED') =>
      make(kind, { actors: [], post: null, params: { title: 'Spam post', path: '/posts/p1' } });
    expect(notificationText(en.t, verdict('FLAG_AGREED'), 'en')).toBe(
      'Thank you: the moderators agreed with your flag on ‘Spam post’',
    );
    expect(notificationText(en.t, verdict('FLAG_DISAGREED'), 'en')).toBe(
      'The moderators reviewed your flag on ‘Spam post’ and kept it as it was',
    );
    const warning = make('MODERATOR_WARNING', {
      actors: [],
      post: null,
      params: { message: '宣伝は控えてください' },
    });
    expect(notificationText(ja.t, warning, 'ja')).toBe(
      'モデレーターからの警告: 宣伝は控えてください',
    );
    expect(notificationLink(warning)).toBeNull();
  });

  it('shows a points adjustment with its sign and reason', () => {
    const adjusted = (points: number) =>
      make('POINTS_ADJUSTED', { actors: [], post: null, params: { points, message: 'Spam' } });
    expect(notificationText(en.t, adjusted(-1), 'en')).toBe(
      'The moderators adjusted your points (−1 point). Reason: Spam',
    );
    expect(notificationText(en.t, adjusted(20), 'en')).toBe(
      'The moderators adjusted your points (+20 points). Reason: Spam',
    );
    expect(notificationText(ja.t, adjusted(-30), 'ja')).toBe(
      'モデレーターがあなたのポイントを調整しました（−30 ポイント）。理由: Spam',
    );
  });
});

describe('notificationLink', () => {
  it('leads to the post, at the comment when there is one', () => {
    expect(notificationLink({ post, commentId: null })).toBe('/posts/p1');
    expect(notificationLink({ post, commentId: 'c9' })).toBe('/posts/p1#comment-c9');
  });

  it('leads to the event an event notification is about', () => {
    expect(notificationLink({ post: null, subject: { type: 'EVENT', id: 'e1' } })).toBe(
      '/events/e1',
    );
  });

  it("leads to the idea a feedback notification is about (a merge's: where the vote went)", () => {
    expect(notificationLink({ post, subject: { type: 'IDEA', id: 'p1' } })).toBe('/ideas/p1');
    expect(notificationLink({ post, subject: { type: 'IDEA', id: 'i2' } })).toBe('/ideas/i2');
  });

  it('leads a survey invitation to the answer page', () => {
    expect(notificationLink({ post: null, subject: { type: 'SURVEY', id: 's1' } })).toBe(
      '/surveys/s1',
    );
  });

  it('has no link when the post is gone or there is none', () => {
    expect(notificationLink({ post: null, commentId: 'c9' })).toBeNull();
    expect(notificationLink({ post: undefined })).toBeNull();
  });

  it('leads the author of flagged content to it, and a flag’s verdict to what was flagged', () => {
    expect(notificationLink({ post, commentId: 'c9', params: {} })).toBe('/posts/p1#comment-c9');
    expect(notificationLink({ post: null, params: { path: '/members/sato' } })).toBe(
      '/members/sato',
    );
    expect(notificationLink({ post: null, params: { path: '/posts/p1#comment-c2' } })).toBe(
      '/posts/p1#comment-c2',
    );
  });

  it('leads a warning nowhere, and never off the site', () => {
    expect(notificationLink({ post: null, params: { message: 'x' } })).toBeNull();
    for (const path of ['//evil.example/x', 'https://evil.example', '/\\evil.example', ''])
      expect(notificationLink({ post: null, params: { path } })).toBeNull();
  });
});

describe('mergeLatest', () => {
  it('puts the newest first, each once, keeping the rest in order', () => {
    const listed = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(mergeLatest(listed, [{ id: 'new' }, { id: 'c' }])).toEqual([
      { id: 'new' },
      { id: 'c' },
      { id: 'a' },
      { id: 'b' },
    ]);
    expect(mergeLatest([], [{ id: 'x' }])).toEqual([{ id: 'x' }]);
    expect(mergeLatest(listed, [])).toEqual(listed);
  });
});

describe('notification settings', () => {
  it('never offers to turn moderator messages off', () => {
    expect(canChoose('MODERATOR_MESSAGE', 'OFF')).toBe(false);
    expect(canChoose('MODERATOR_MESSAGE', 'IN_APP')).toBe(true);
    expect(canChoose('REACTIONS', 'OFF')).toBe(true);
  });

  it('saves every kind on the page and nothing the api would refuse', () => {
    const input = channelsInput({
      REPLY_TO_POST: 'OFF',
      REACTIONS: 'EMAIL',
      MODERATOR_MESSAGE: 'OFF',
      POINTS: 'OFF',
    });
    expect(input).toEqual([
      { kind: 'REPLY_TO_POST', channel: 'OFF' },
      { kind: 'REACTIONS', channel: 'EMAIL' },
    ]);
    const all = channelsInput(Object.fromEntries(SETTINGS_KINDS.map((k) => [k, 'IN_APP'])));
    expect(all.map((c) => c.kind)).toEqual([...SETTINGS_KINDS]);
    expect(CHANNELS).toEqual(['IN_APP', 'EMAIL', 'OFF']);
  });

  it('has a label for every kind the api knows, in both languages', () => {
    for (const kind of NOTIFICATION_KINDS.map((k) => k.toUpperCase())) {
      expect(resources.ja.notificationSettings.kinds).toHaveProperty(kind);
      expect(resources.en.notificationSettings.kinds).toHaveProperty(kind);
    }
  });
});
