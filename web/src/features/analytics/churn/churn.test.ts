import { CHURN_REASONS } from '@kizuna/shared';
import { resources } from '../../../locales';
import { pageParam, tierParam } from '../engagement/logic';
import { MESSAGE_RECIPIENTS_MAX, pageSelection, reasonParam, REASONS, select } from './logic';

describe('churn reasons', () => {
  it('are the shared ones, each explained in both languages', () => {
    expect(REASONS.map((r) => r.toLowerCase())).toEqual(CHURN_REASONS);
    for (const r of REASONS) {
      expect(resources.ja.analytics.churnReasons[r].label).toBeTruthy();
      expect(resources.en.analytics.churnReasons[r].hint).toBeTruthy();
    }
  });

  it('filter the list from the address, ignoring unknown ones', () => {
    expect(reasonParam(new URLSearchParams('reason=gone_silent'))).toBe('GONE_SILENT');
    expect(reasonParam(new URLSearchParams('reason=HIGH_LTV_DETRACTOR'))).toBe(
      'HIGH_LTV_DETRACTOR',
    );
    expect(reasonParam(new URLSearchParams('reason=bored'))).toBeNull();
    expect(reasonParam(new URLSearchParams(''))).toBeNull();
  });
});

describe('list addresses', () => {
  it('read the level and the page, falling back to all levels and page 1', () => {
    expect(tierParam(new URLSearchParams('tier=champion'))).toBe('CHAMPION');
    expect(tierParam(new URLSearchParams('tier=hero'))).toBeNull();
    expect(pageParam(new URLSearchParams('page=3'))).toBe(3);
    for (const q of ['', 'page=0', 'page=-2', 'page=1.5', 'page=x']) {
      expect(pageParam(new URLSearchParams(q))).toBe(1);
    }
  });
});

describe('selecting members to message', () => {
  it('adds and removes rows and pages, keeping the order they were picked in', () => {
    let s = select([], ['a'], true).selected;
    s = select(s, ['b', 'a', 'c'], true).selected;
    expect(s).toEqual(['a', 'b', 'c']);
    expect(select(s, ['a', 'c'], false)).toEqual({ selected: ['b'], capped: false });
  });

  it('stops at the most one message may go to, and says so', () => {
    const many = Array.from({ length: MESSAGE_RECIPIENTS_MAX - 1 }, (_, i) => `m${i}`);
    const next = select(many, ['x', 'y', 'z'], true);
    expect(next.selected).toHaveLength(MESSAGE_RECIPIENTS_MAX);
    expect(next.selected.at(-1)).toBe('x');
    expect(next.capped).toBe(true);
    expect(select(many, ['x'], true).capped).toBe(false);
  });

  it("tells the page's box whether all, some or none of its rows are picked", () => {
    expect(pageSelection(['a', 'b'], ['a', 'b'])).toBe('all');
    expect(pageSelection(['a'], ['a', 'b'])).toBe('some');
    expect(pageSelection(['z'], ['a', 'b'])).toBe('none');
  });
});
