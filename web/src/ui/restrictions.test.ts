import i18next, { type i18n as I18n } from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { resources } from '../locales';
import { errorMessage, fieldErrorMessage, mapErrorToForm, toAppError } from './errors';
import { restrictionTexts } from './restrictions';

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

describe.each(['ja', 'en'] as const)('the community’s refusals in %s', (lng) => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await makeI18n(lng);
  });

  it('says until when and why a member is silenced, in their time zone', () => {
    const until = '2026-12-11T07:00:00.000Z';
    const silenced = toAppError(
      gqlError({ code: 'SILENCED', restriction: { until, reason: 'Repeated ads' } }),
    );
    const inTokyo = errorMessage(i18n.t, silenced, restrictionTexts('Asia/Tokyo'));
    const inNewYork = errorMessage(i18n.t, silenced, restrictionTexts('America/New_York'));
    expect(inTokyo).toContain(lng === 'ja' ? '16:00' : '4:00 PM');
    expect(inNewYork).toContain(lng === 'ja' ? '2:00' : '2:00 AM');
    expect(inTokyo).toContain('Repeated ads');
    expect(inTokyo).not.toMatch(/{{|restrictions:|errors:|Server English text/);
    // Without the pages' texts, or without the details (an older api): the code's sentence.
    expect(errorMessage(i18n.t, silenced)).toBe(i18n.t('errors:codes.SILENCED'));
    expect(
      errorMessage(i18n.t, toAppError(gqlError({ code: 'SILENCED' })), restrictionTexts()),
    ).toBe(i18n.t('errors:codes.SILENCED'));
  });

  it('says until when a suspension lasts (or until a moderator restores it), and why', () => {
    const forever = toAppError(
      gqlError({ code: 'ACCOUNT_SUSPENDED', restriction: { until: null, reason: null } }),
    );
    expect(errorMessage(i18n.t, forever, restrictionTexts())).toBe(
      i18n.t('restrictions:suspendedIndefinitely'),
    );
    const suspended = errorMessage(
      i18n.t,
      toAppError(
        gqlError({
          code: 'ACCOUNT_SUSPENDED',
          restriction: { until: '2027-01-31T15:00:00Z', reason: 'Spam' },
        }),
      ),
      restrictionTexts('UTC'),
    );
    expect(suspended).toContain('2027');
    expect(suspended).toContain('31');
    expect(suspended).toContain('Spam');
    // Other codes keep their own sentences.
    expect(
      errorMessage(i18n.t, toAppError(gqlError({ code: 'FORBIDDEN' })), restrictionTexts()),
    ).toBe(i18n.t('errors:codes.FORBIDDEN'));
  });

  it('names the rule that refused a post: a blocked word, a new member’s limit, a repeat', () => {
    const explain = restrictionTexts();
    const word = fieldErrorMessage(
      i18n.t,
      { field: 'body', issue: 'INVALID_VALUE', params: { word: 'casino' } },
      explain,
    );
    expect(word).toContain('casino');
    const links = fieldErrorMessage(
      i18n.t,
      { field: 'body', issue: 'OUT_OF_RANGE', params: { what: 'links', max: 2 } },
      explain,
    );
    expect(links).toContain('2');
    expect(links).toBe(i18n.t('restrictions:rules.OUT_OF_RANGE.links', { count: 2 }));
    for (const what of ['images', 'mentions'] as const)
      expect(
        fieldErrorMessage(
          i18n.t,
          { field: 'body', issue: 'OUT_OF_RANGE', params: { what, max: 1 } },
          explain,
        ),
      ).toBe(i18n.t(`restrictions:rules.OUT_OF_RANGE.${what}`, { count: 1 }));
    expect(
      fieldErrorMessage(
        i18n.t,
        { field: 'body', issue: 'INVALID_VALUE', params: { rule: 'duplicate' } },
        explain,
      ),
    ).toBe(i18n.t('restrictions:rules.INVALID_VALUE.duplicate'));
    // A rule without a sentence of its own reads as the issue does.
    expect(
      fieldErrorMessage(
        i18n.t,
        { field: 'body', issue: 'INVALID_VALUE', params: { rule: 'x' } },
        explain,
      ),
    ).toBe(i18n.t('errors:issues.INVALID_VALUE'));
    const mapped = mapErrorToForm(
      i18n.t,
      gqlError({
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'body', issue: 'INVALID_VALUE', message: '', params: { word: 'casino' } },
        ],
      }),
      ['body'],
      {},
      explain,
    );
    expect(mapped).toEqual({ fieldErrors: { body: word }, formMessage: null });
  });
});
