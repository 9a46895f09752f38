import i18next, { type i18n as I18n } from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FLAG_REASONS as SHARED_REASONS } from '@kizuna/shared';
import { resources } from '../../locales';
import { restrictionTexts } from '../../ui/restrictions';
import { FLAG_REASONS, flagFailure, needsNote, type FlagTarget } from './logic';

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

const gqlError = (extensions: Record<string, unknown>, message = 'Server English text') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const post: FlagTarget = { type: 'POST', id: 'p1' };

describe('flag reasons', () => {
  it('offers every reason the api knows, the catch-all last and needing a note', () => {
    expect([...FLAG_REASONS].sort()).toEqual(SHARED_REASONS.map((r) => r.toUpperCase()).sort());
    expect(FLAG_REASONS[FLAG_REASONS.length - 1]).toBe('OTHER');
    expect(FLAG_REASONS.filter(needsNote)).toEqual(['OTHER']);
  });
});

describe.each(['ja', 'en'] as const)('a refused flag in %s', (lng) => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await makeI18n(lng);
  });
  const failure = (ext: Record<string, unknown>, message?: string, target = post) =>
    flagFailure(i18n.t, gqlError(ext, message), target, restrictionTexts('Asia/Tokyo'));

  it('says it was flagged already, and shows it as flagged', () => {
    const f = failure({
      code: 'CONFLICT',
      fields: [{ field: 'targetId', issue: 'TAKEN', message: '' }],
    });
    expect(f).toEqual({
      note: null,
      message: i18n.t('flags:errors.already'),
      alreadyFlagged: true,
    });
  });

  it('names the rank needed when the api does', () => {
    expect(
      failure({ code: 'FORBIDDEN' }, 'Members reach rank 2 before they can flag.').message,
    ).toBe(i18n.t('flags:errors.rank', { rank: 2 }));
    expect(failure({ code: 'FORBIDDEN' }).message).toBe(i18n.t('flags:errors.rankGeneral'));
  });

  it('tells members they cannot flag their own content, by what it is', () => {
    for (const type of ['POST', 'COMMENT', 'IDEA', 'MEMBER'] as const) {
      const f = failure(
        {
          code: 'VALIDATION_FAILED',
          fields: [{ field: 'targetId', issue: 'INVALID_VALUE', message: '' }],
        },
        undefined,
        { type, id: 'x' },
      );
      expect(f.message).toBe(i18n.t(`flags:errors.own.${type}`));
      expect(f.alreadyFlagged).toBe(false);
    }
  });

  it('puts a missing note on the note', () => {
    const f = failure({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'note', issue: 'REQUIRED', message: '' }],
    });
    expect(f).toEqual({
      note: i18n.t('flags:errors.noteRequired'),
      message: null,
      alreadyFlagged: false,
    });
  });

  it('says how long to wait, and until when a silenced member cannot flag', () => {
    expect(failure({ code: 'RATE_LIMITED', retryAfterSeconds: 120 }).message).toContain('120');
    const silenced = failure({
      code: 'SILENCED',
      restriction: { until: '2026-12-11T07:00:00Z', reason: 'Repeated ads' },
    }).message;
    expect(silenced).toContain(lng === 'ja' ? '16:00' : '4:00 PM');
    expect(silenced).toContain('Repeated ads');
  });

  it('never shows the server’s English or a raw key', () => {
    for (const code of ['NOT_FOUND', 'INTERNAL', 'UNAUTHENTICATED', 'NETWORK']) {
      const f = failure({ code });
      expect(f.message).not.toMatch(/Server English text|flags:|errors:/);
      expect(f.message).not.toBe('');
    }
  });
});
