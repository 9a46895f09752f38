import 'i18next';
import type { ja } from '../locales/ja';
import type { defaultNS } from './i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: typeof ja;
  }
}
