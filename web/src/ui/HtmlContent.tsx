import classes from './HtmlContent.module.css';

/**
 * Server-rendered HTML: post and comment bodies, the composer preview and search snippets.
 *
 * This is the only place in the app that uses `dangerouslySetInnerHTML`. It is safe because the
 * api renders Markdown with raw HTML disabled and passes the result through an allow-list
 * sanitiser (no scripts, event handlers, or javascript:/data: URLs), and search snippets are
 * escaped text with only `<mark>` added. Never pass anything else here.
 */
export function HtmlContent({
  html,
  variant = 'body',
  testId,
}: {
  html: string;
  variant?: 'body' | 'compact' | 'snippet';
  testId?: string;
}) {
  const className =
    variant === 'snippet'
      ? classes.snippet
      : variant === 'compact'
        ? `${classes.body} ${classes.compact}`
        : classes.body;
  return (
    <div className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
