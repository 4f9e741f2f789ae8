import { lazy } from 'react';
import { matchRoutes, type RouteObject } from 'react-router-dom';
import { AntdOutlet } from './layout/antd';
import { Guard } from './layout/Guard';
import { RequireAuth } from './layout/RequireAuth';

// One chunk per page: the login page does not download the tree, the chart or the tables.
// The phone pages' loaders are named: the page of the URL a phone opens starts downloading at once (preloadPage),
// beside the check of the session, instead of after it.
const load = {
  login: () => import('./pages/auth/LoginPage'),
  home: () => import('./pages/home/HomePage'),
  checkin: () => import('./pages/checkin/CheckinPage'),
  me: () => import('./pages/me/MePage'),
  meConference: () => import('./pages/dialogue/MeConferencePage'),
};
const LoginPage = lazy(load.login);
const HomePage = lazy(load.home);
const OrgTreePage = lazy(() => import('./pages/orgs/OrgTreePage'));
const OrgDetailPage = lazy(() => import('./pages/orgs/OrgDetailPage'));
const PeopleListPage = lazy(() => import('./pages/people/PeopleListPage'));
const PersonDetailPage = lazy(() => import('./pages/people/PersonDetailPage'));
const PersonFormPage = lazy(() => import('./pages/people/PersonFormPage'));
const DocumentsListPage = lazy(() => import('./pages/documents/DocumentsListPage'));
const DocumentDetailPage = lazy(() => import('./pages/documents/DocumentDetailPage'));
const DocumentFormPage = lazy(() => import('./pages/documents/DocumentFormPage'));
const AccountsPage = lazy(() => import('./pages/accounts/AccountsPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const CampaignsListPage = lazy(() => import('./pages/campaigns/CampaignsListPage'));
const CampaignPage = lazy(() => import('./pages/campaigns/CampaignPage'));
const ReportsHomePage = lazy(() => import('./pages/reports/ReportsHomePage'));
const ProgramReportsPage = lazy(() => import('./pages/reports/ProgramReportsPage'));
const ReportBoardPage = lazy(() => import('./pages/reports/ReportBoardPage'));
const ReportFormPage = lazy(() => import('./pages/reports/ReportFormPage'));
const ConferencesListPage = lazy(() => import('./pages/conferences/ConferencesListPage'));
const ConferencePage = lazy(() => import('./pages/conferences/ConferencePage'));
const ConferenceFormPage = lazy(() => import('./pages/conferences/ConferenceFormPage'));
const HallQrPage = lazy(() => import('./pages/conferences/HallQrPage'));
const CheckinPage = lazy(load.checkin);
const RollCallPage = lazy(() => import('./pages/checkin/RollCallPage'));
const ListeningPage = lazy(() => import('./pages/reach/ListeningPage'));
const MePage = lazy(load.me);
const AnnualReviewPage = lazy(() => import('./pages/evaluations/AnnualReviewPage'));
const PersonReviewPage = lazy(() => import('./pages/reviews/PersonReviewPage'));
const UnitReviewPage = lazy(() => import('./pages/reviews/UnitReviewPage'));
const MeConferencePage = lazy(load.meConference);
const InspectionsListPage = lazy(() => import('./pages/inspections/InspectionsListPage'));
const InspectionPage = lazy(() => import('./pages/inspections/InspectionPage'));
const RecommendationsPage = lazy(() => import('./pages/recommendations/RecommendationsPage'));
const RecommendationPage = lazy(() => import('./pages/recommendations/RecommendationPage'));
const ProgramsListPage = lazy(() => import('./pages/programs/ProgramsListPage'));
const ProgramPage = lazy(() => import('./pages/programs/ProgramPage'));
const TasksListPage = lazy(() => import('./pages/programs/TasksListPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

// Rendered by useRoutes under a BrowserRouter (App.tsx): the app uses no loaders or actions, so the data
// router's machinery stays out of every page's download. The member's phone pages (home, my page, my conference,
// check-in) and the not-found page are built on the light components; every other page renders inside Ant
// Design's frame (AntdOutlet), which a phone that only opens the light pages never downloads.
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, handle: load.login },
  {
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomePage />, handle: load.home },
      { path: 'checkin', element: <Guard action="attendance.record"><CheckinPage /></Guard>, handle: load.checkin },
      { path: 'me', element: <MePage />, handle: load.me },
      { path: 'me/conferences/:id', element: <MeConferencePage />, handle: load.meConference },
      {
        element: <AntdOutlet />,
        children: [
          { path: 'orgs', element: <OrgTreePage /> },
          { path: 'orgs/:id', element: <OrgDetailPage /> },
          { path: 'people', element: <Guard action="person.read"><PeopleListPage /></Guard> },
          { path: 'people/new', element: <Guard action="person.write"><PersonFormPage /></Guard> },
          { path: 'people/:id', element: <Guard action="person.read"><PersonDetailPage /></Guard> },
          { path: 'people/:id/edit', element: <Guard action="person.write"><PersonFormPage /></Guard> },
          { path: 'documents', element: <DocumentsListPage /> },
          { path: 'documents/new', element: <Guard action="document.write"><DocumentFormPage /></Guard> },
          { path: 'documents/:id', element: <DocumentDetailPage /> },
          { path: 'documents/:id/edit', element: <Guard action="document.write"><DocumentFormPage /></Guard> },
          { path: 'accounts', element: <Guard action="account.manage"><AccountsPage /></Guard> },
          { path: 'audit', element: <Guard action="audit.read"><AuditPage /></Guard> },
          { path: 'campaigns', element: <Guard action="campaign.read"><CampaignsListPage /></Guard> },
          { path: 'campaigns/:id', element: <Guard action="campaign.read"><CampaignPage /></Guard> },
          { path: 'conferences', element: <Guard action="conference.read"><ConferencesListPage /></Guard> },
          { path: 'conferences/new', element: <Guard action="conference.write"><ConferenceFormPage /></Guard> },
          { path: 'conferences/:id', element: <Guard action="conference.read"><ConferencePage /></Guard> },
          { path: 'conferences/:id/edit', element: <Guard action="conference.write"><ConferenceFormPage /></Guard> },
          { path: 'conferences/:id/qr', element: <Guard action="attendance.record"><HallQrPage /></Guard> },
          { path: 'checkin/roll-call', element: <Guard action="attendance.record"><RollCallPage /></Guard> },
          { path: 'checkin/listening', element: <Guard action="attendance.record"><ListeningPage /></Guard> },
          { path: 'evaluations', element: <Guard action="evaluation.read"><AnnualReviewPage /></Guard> },
          // A member reads their own review too: the server decides who sees whose.
          { path: 'people/:id/review', element: <PersonReviewPage /> },
          { path: 'orgs/:id/review', element: <Guard action="review.read"><UnitReviewPage /></Guard> },
          { path: 'programs', element: <Guard action="program.read"><ProgramsListPage /></Guard> },
          { path: 'programs/:id', element: <Guard action="program.read"><ProgramPage /></Guard> },
          { path: 'tasks', element: <Guard action="program.read"><TasksListPage /></Guard> },
          { path: 'reports', element: <Guard action="program.read"><ReportsHomePage /></Guard> },
          { path: 'programs/:id/reports', element: <Guard action="program.read"><ProgramReportsPage /></Guard> },
          { path: 'programs/:id/report-board', element: <Guard action="program.read"><ReportBoardPage /></Guard> },
          { path: 'report-periods/:id', element: <Guard action="program.read"><ReportFormPage /></Guard> },
          { path: 'inspections', element: <Guard action="inspection.read"><InspectionsListPage /></Guard> },
          { path: 'inspections/:id', element: <Guard action="inspection.read"><InspectionPage /></Guard> },
          { path: 'recommendations', element: <Guard action="inspection.read"><RecommendationsPage /></Guard> },
          { path: 'recommendations/:id', element: <Guard action="inspection.read"><RecommendationPage /></Guard> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Starts downloading the code of the phone page at this path (a no-op for the other pages). */
export function preloadPage(pathname: string) {
  for (const m of matchRoutes(routes, pathname) ?? []) if (typeof m.route.handle === 'function') void (m.route.handle as () => Promise<unknown>)().catch(() => undefined);
}
