import {
  parseAmount,
  parseOrderedAt,
  readOrderHeader,
  readOrderRow,
  type OrderColumns,
} from './order-import.rows.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function columns(header: string): OrderColumns {
  const h = readOrderHeader(header.split(','));
  if ('missing' in h) throw new Error(`missing ${h.missing.join()}`);
  return h.columns;
}

describe('order file header', () => {
  it('finds the columns by name, folded, in any order, beside others', () => {
    expect(columns('メモ, Amount ,ORDER_ID,ordered_at,ｅｍａｉｌ')).toEqual({
      customerId: null,
      email: 4,
      orderId: 2,
      orderedAt: 3,
      amount: 1,
    });
  });

  it('names the required columns missing', () => {
    expect(readOrderHeader(['note'])).toEqual({
      missing: ['order_id', 'ordered_at', 'amount', 'customer_id or email'],
    });
    expect(readOrderHeader(['order_id', 'ordered_at', 'amount', 'customer_id'])).toHaveProperty(
      'columns',
    );
  });
});

describe('order times', () => {
  it('reads ISO 8601 with an offset or Z as an instant', () => {
    expect(parseOrderedAt('2026-03-01T10:00:00+09:00', NOW)).toEqual({
      at: new Date('2026-03-01T01:00:00Z'),
      localDay: null,
    });
    expect(parseOrderedAt('2026-03-01 10:00:00.250Z', NOW)?.at).toEqual(
      new Date('2026-03-01T10:00:00.250Z'),
    );
    expect(parseOrderedAt('2026-03-01T10:00+0900', NOW)?.at).toEqual(
      new Date('2026-03-01T01:00:00Z'),
    );
  });

  it('reads a bare date as a day of the community’s calendar, also as spreadsheets write it', () => {
    expect(parseOrderedAt('2026-03-01', NOW)).toEqual({ at: null, localDay: '2026-03-01' });
    expect(parseOrderedAt('2026/3/9', NOW)).toEqual({ at: null, localDay: '2026-03-09' });
  });

  it.each([
    'yesterday',
    '2026-03-01T10:00:00',
    '2026-03-01 10:00',
    '2026-02-30',
    '2026-02-30T10:00:00Z',
    '2026-03-01T24:00:00Z',
    '01/03/2026',
    '2026-06-05',
    '2026-06-05T00:00:00Z',
  ])('refuses %s (no offset, not on the calendar, or days ahead)', (s) => {
    expect(parseOrderedAt(s, NOW)).toBeNull();
  });
});

describe('amounts', () => {
  it.each([
    ['3000', '3000'],
    ['3,000', '3000'],
    ['１２，８００', '12800'],
    ['¥1,280', '1280'],
    ['99.5', '99.5'],
    ['0', '0'],
  ])('reads %s as %s yen', (s, yen) => {
    expect(parseAmount(s)).toBe(yen);
  });

  it.each(['-5', '1.234', '1,00', 'abc', '', '100000000001'])('refuses %s', (s) => {
    expect(parseAmount(s)).toBeNull();
  });
});

describe('order rows', () => {
  const c = columns('customer_id,email,order_id,ordered_at,amount');
  const row = (cells: string) => readOrderRow(cells.split(','), c, NOW);

  it('keys a customer on their id, or on their folded e-mail without one', () => {
    expect(row(' C-1 , Hanako@Example.test ,o-1,2026-03-01,100')).toEqual({
      row: {
        orderId: 'o-1',
        customerKey: 'C-1',
        email: 'Hanako@Example.test',
        emailKey: 'hanako@example.test',
        at: null,
        localDay: '2026-03-01',
        amount: '100',
      },
    });
    expect(row(',ＴＡＲＯ@example.test,o-2,2026-03-01,100')).toMatchObject({
      row: { customerKey: 'taro@example.test', emailKey: 'taro@example.test' },
    });
  });

  it('says what is wrong and in which column, in that order', () => {
    expect(row('C-1,,,2026-03-01,100')).toEqual({ issue: 'missing_order_id', column: 'order_id' });
    expect(row(',,o,2026-03-01,100')).toEqual({ issue: 'missing_customer', column: 'customer_id' });
    expect(row(`C,,${'x'.repeat(201)},2026-03-01,100`)).toEqual({
      issue: 'too_long',
      column: 'order_id',
    });
    expect(row(`C,${'a'.repeat(250)}@x.jp,o,2026-03-01,100`)).toEqual({
      issue: 'too_long',
      column: 'email',
    });
    expect(row('C,a@b,o,2026-03-01,100')).toEqual({ issue: 'invalid_email', column: 'email' });
    expect(row('C,,o,2026-13-01,100')).toEqual({ issue: 'invalid_date', column: 'ordered_at' });
    expect(row('C,,o,2026-03-01,')).toEqual({ issue: 'invalid_amount', column: 'amount' });
  });

  it('names the e-mail column for a row without a customer when the file has no customer_id', () => {
    const byEmail = columns('email,order_id,ordered_at,amount');
    expect(readOrderRow(',o,2026-03-01,1'.split(','), byEmail, NOW)).toEqual({
      issue: 'missing_customer',
      column: 'email',
    });
  });
});
