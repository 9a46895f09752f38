import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAccess } from './guards';
import { i18n } from './i18n';
import { NotFoundPage } from './pages';

/**
 * A page fetched on its first visit: export `name` of the module `load` imports, with the
 * translation namespaces it needs loaded beside it.
 */
export function lazyPage<M>(load: () => Promise<M>, name: keyof M, namespaces: string[] = []) {
  return lazy(async () => {
    const [loaded] = await Promise.all([load(), i18n.loadNamespaces(namespaces)]);
    return { default: loaded[name] as ComponentType };
  });
}

/** A page inside an area that only some of the area's readers may open. */
export const only = (
  access: Parameters<typeof RequireAccess>[0]['access'],
  Page: ComponentType,
) => (
  <RequireAccess access={access}>
    <Page />
  </RequireAccess>
);

export const NOT_FOUND: RouteObject = { path: '*', element: <NotFoundPage /> };
