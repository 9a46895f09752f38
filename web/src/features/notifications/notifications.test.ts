import i18next, { type i18n as I18n } from 'i18next';
import { NOTIFICATION_KINDS } from '@kizuna/shared';
import { resources } from '../../locales';
import type { NotificationKind } from '../../gql/graphql';
import { mergeLatest } from './cache';
import { CHANNELS, SETTINGS_KINDS, canChoose, channelsInput } from './settings';
import {
  GENERIC_KINDS,
  localizedName,
  notificationLink,
  notificationText,
  type NotificationLike,
} from './text';

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
  message: null,
  years: null,
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
    expect(notificationText(ja.t, n)).toBe('佐藤さんほか 2 人が『タイトル』にリアクションしました');
    expect(
      notificationText(en.t, {
        ...n,
        actors: [{ displayName: 'Sato' }],
        post: { id: 'p', title: 'Title' },
      }),
    ).toBe('Sato and 2 others reacted to ‘Title’');
    expect(
      notificationText(
        en.t,
        make('REACTIONS', { actorCount: 2, actors: [{ displayName: 'Sato' }] }),
      ),
    ).toBe('Sato and 1 other reacted to ‘タイトル’');
    expect(notificationText(ja.t, make('REACTIONS'))).toBe(
      '佐藤さんが『タイトル』にリアクションしました',
    );
  });

  it('names the actor and the post for replies, mentions and best answers', () => {
    expect(notificationText(ja.t, make('REPLY_TO_POST'))).toBe(
      '佐藤さんが『タイトル』にコメントしました',
    );
    expect(notificationText(en.t, make('REPLY_TO_COMMENT'))).toBe(
      '佐藤 replied to your comment on ‘タイトル’',
    );
    expect(notificationText(en.t, make('MENTION'))).toBe('佐藤 mentioned you in ‘タイトル’');
    expect(notificationText(ja.t, make('BEST_ANSWER'))).toBe(
      '『タイトル』であなたのコメントがベストアンサーに選ばれました',
    );
  });

  it('shows the moderator’s message and the years of an anniversary', () => {
    const message = make('MODERATOR_MESSAGE', { post: null, message: 'ようこそ！\n2 行目' });
    expect(notificationText(ja.t, message)).toBe(
      'モデレーターからのメッセージ: ようこそ！\n2 行目',
    );
    expect(notificationText(en.t, make('ANNIVERSARY', { actors: [], years: 1 }))).toMatch(
      /^1 year since you joined/,
    );
    expect(notificationText(en.t, make('ANNIVERSARY', { actors: [], years: 3 }))).toMatch(
      /^3 years since you joined/,
    );
    expect(notificationText(ja.t, make('ANNIVERSARY', { actors: [], years: 2 }))).toContain(
      '2 周年',
    );
  });

  it('still reads well when the post or the actor is gone', () => {
    expect(notificationText(ja.t, make('REPLY_TO_POST', { post: null }))).toBe(
      '佐藤さんが『表示できない投稿』にコメントしました',
    );
    expect(notificationText(en.t, make('MENTION', { actors: [] }))).toBe(
      'Someone mentioned you in ‘タイトル’',
    );
  });

  it('has a translated line for every kind, with the message for later features', () => {
    for (const kind of NOTIFICATION_KINDS.map((k) => k.toUpperCase() as NotificationKind)) {
      for (const t of [ja.t, en.t]) {
        const text = notificationText(t, make(kind, { years: 1, message: 'm' }));
        expect(text).not.toMatch(/notifications:|{{|undefined/);
      }
    }
    expect(notificationText(ja.t, make(GENERIC_KINDS[0], { post: null }))).toBe(
      'ポイントのお知らせがあります',
    );
    expect(
      notificationText(en.t, make('SURVEY_INVITATION', { message: 'Tell us about beans' })),
    ).toBe('Surveys: Tell us about beans');
  });
});

describe('notificationLink', () => {
  it('leads to the post, at the comment when there is one', () => {
    expect(notificationLink({ post, commentId: null })).toBe('/posts/p1');
    expect(notificationLink({ post, commentId: 'c9' })).toBe('/posts/p1#comment-c9');
  });

  it('has no link when the post is gone or there is none', () => {
    expect(notificationLink({ post: null, commentId: 'c9' })).toBeNull();
    expect(notificationLink({ post: undefined })).toBeNull();
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
      expect(resources.ja.notifications.kinds).toHaveProperty(kind);
      expect(resources.en.notifications.kinds).toHaveProperty(kind);
    }
  });
});

describe('rank and badge notifications', () => {
  it('name the rank or badge in the reader language', () => {
    expect(localizedName('☕ 常連さん / Regular', 'ja')).toBe('☕ 常連さん');
    expect(localizedName('☕ 常連さん / Regular', 'en')).toBe('☕ Regular');
    expect(localizedName('plain', 'en')).toBe('plain');
  });
});
