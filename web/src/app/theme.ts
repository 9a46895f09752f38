import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A calm green, close to the colour of matcha; shade 8 keeps white text above 4.5:1. */
const kizuna: MantineColorsTuple = [
  '#edf8f2',
  '#dcefe4',
  '#b5dcc6',
  '#8cc9a6',
  '#69b88b',
  '#53ae7a',
  '#46a970',
  '#36935f',
  '#2a7a4f',
  '#1b6a42',
];

export const FONT_FAMILY =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, -apple-system, "Segoe UI", sans-serif';

export const theme = createTheme({
  primaryColor: 'kizuna',
  primaryShade: 8,
  colors: { kizuna },
  fontFamily: FONT_FAMILY,
  fontFamilyMonospace: '"SFMono-Regular", "Cascadia Mono", Menlo, Consolas, monospace',
  lineHeights: { xs: '1.6', sm: '1.7', md: '1.7', lg: '1.7', xl: '1.65' },
  headings: {
    fontFamily: FONT_FAMILY,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.4' },
      h2: { fontSize: '1.375rem', lineHeight: '1.45' },
      h3: { fontSize: '1.125rem', lineHeight: '1.5' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    InputWrapper: {
      styles: {
        label: { lineHeight: 1.6, marginBottom: 2 },
        description: { lineHeight: 1.55, marginBottom: 6 },
        error: { lineHeight: 1.5 },
      },
    },
    Button: { defaultProps: { fw: 600 } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    DatePickerInput: { defaultProps: { size: 'md' } },
    DateTimePicker: { defaultProps: { size: 'md' } },
  },
});

/**
 * Text shades for the colours whose light badges (shade 9 on shade 1), outline badges and coloured
 * text (shade 8 on white) fall under 4.5:1: each one darkened to about 4.7:1 on both.
 */
const READABLE_TEXT: Record<string, string> = {
  red: '#c32929',
  cyan: '#0b7285',
  teal: '#087756',
  green: '#267937',
  lime: '#4b780b',
  yellow: '#a65600',
  orange: '#b83d0d',
};

/** Mantine's dimmed grey is 3.3:1 on white; this one keeps secondary text (times, hints) above 4.5:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#646b73',
    ...Object.fromEntries(
      Object.entries(READABLE_TEXT).flatMap(([color, text]) => [
        [`--mantine-color-${color}-light-color`, text],
        [`--mantine-color-${color}-outline`, text],
        [`--mantine-color-${color}-text`, text],
      ]),
    ),
  },
  dark: {},
});
