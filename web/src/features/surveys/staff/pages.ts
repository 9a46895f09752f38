// The console pages, fetched together on the first visit to any of them (see ../routes.tsx).
export { NewSurveyPage } from './NewSurveyPage';
export { SurveyBuilderPage } from './SurveyBuilderPage';
export { SurveysAdminPage } from './SurveysAdminPage';
export { TouchpointsPage } from './TouchpointsPage';
