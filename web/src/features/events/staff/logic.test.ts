import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { audiences, codeFromScan, refusalOf, tidyCode, wasEarlier } from './logic';

const refusal = (field: string, issue: string, params?: Record<string, unknown>) =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: 'x',
        extensions: { code: 'VALIDATION_FAILED', fields: [{ field, issue, message: 'x', params }] },
      },
    ],
  });

describe('check-in', () => {
  it('tells the api’s refusals apart by their reason', () => {
    expect(refusalOf(refusal('code', 'INVALID_VALUE', { reason: 'otherEvent' }))).toEqual({
      kind: 'otherEvent',
    });
    expect(refusalOf(refusal('code', 'INVALID_VALUE', { reason: 'unknownCode' }))).toEqual({
      kind: 'unknownCode',
    });
    expect(refusalOf(refusal('code', 'INVALID_VALUE', { reason: 'noSeat' }))).toEqual({
      kind: 'noSeat',
    });
    expect(
      refusalOf(
        refusal('eventId', 'INVALID_VALUE', { reason: 'checkInClosed', opensHoursBefore: 3 }),
      ),
    ).toEqual({ kind: 'closed' });
    expect(refusalOf(refusal('code', 'REQUIRED'))).toEqual({ kind: 'codeRequired' });
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(refusalOf(forbidden).kind).toBe('failed');
  });

  it('recognises a check-in made earlier, allowing for clocks a little apart', () => {
    const sent = Date.parse('2026-12-05T10:00:00Z');
    expect(wasEarlier('2026-12-05T09:40:00Z', sent)).toBe(true);
    expect(wasEarlier('2026-12-05T10:00:01Z', sent)).toBe(false);
    expect(wasEarlier('2026-12-05T09:59:30Z', sent)).toBe(false);
  });

  it('finds the ticket code in what a QR code holds', () => {
    expect(codeFromScan('7K2QD-M4X9T')).toBe('7K2QD-M4X9T');
    expect(codeFromScan(' 7k2qdm4x9t ')).toBe('7K2QDM4X9T');
    expect(codeFromScan('https://community.example/events/1?ticket=7K2QD-M4X9T')).toBe(
      '7K2QD-M4X9T',
    );
    expect(codeFromScan('KIZUNA TICKET 7K2QD M4X9T')).toBe('7K2QD-M4X9T');
    expect(codeFromScan('hello')).toBeNull();
  });

  it('tidies a typed code', () => {
    expect(tidyCode('7k2qdm4x9t')).toBe('7K2QD-M4X9T');
    expect(tidyCode('7k2q')).toBe('7K2Q');
    expect(tidyCode('7K2QD - m4x9t')).toBe('7K2QD-M4X9T');
  });
});

describe('messages to attendees', () => {
  it('offers who came and who did not only once the event has started', () => {
    expect(audiences(false)).toEqual(['GOING', 'WAITLISTED']);
    expect(audiences(true)).toEqual(['GOING', 'ATTENDED', 'NO_SHOWS', 'WAITLISTED']);
  });
});
