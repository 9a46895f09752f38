// The member pages, fetched together on the first visit to any of them (see routes.tsx).
export { AnswerPage } from './AnswerPage';
