import { ja } from './ja';
import { en } from './en';

export const resources = { ja, en } as const;
