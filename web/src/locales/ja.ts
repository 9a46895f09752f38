import { jaAtStart } from './ja-start';
import { jaLater } from './ja-later';

export const ja = { ...jaAtStart, ...jaLater } as const;
