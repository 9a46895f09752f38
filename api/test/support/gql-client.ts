import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    fields?: Array<{
      field: string;
      issue: string;
      message: string;
      params?: Record<string, unknown>;
    }>;
    retryAfterSeconds?: number;
  };
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Headers;
}

/** A browser-like client: keeps cookies and echoes the CSRF cookie on every request. */
export class GqlClient {
  readonly cookies = new Map<string, string>();
  sendCsrf = true;
  /** Sent with every request (e.g. X-Forwarded-For, to act from another address). */
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  async raw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(this.sendCsrf && this.cookies.has(CSRF_COOKIE)
          ? { [CSRF_HEADER]: this.cookies.get(CSRF_COOKIE)! }
          : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = decodeURIComponent(pair.slice(i + 1));
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    if (!this.cookies.has(CSRF_COOKIE)) await this.raw({ query: '{ __typename }' });
    const res = await this.raw({ query, variables });
    const json = (await res.json()) as { data?: T; errors?: GqlError[] };
    return {
      status: res.status,
      data: json.data ?? null,
      errors: json.errors,
      headers: res.headers,
    };
  }

  /** The data, failing loudly when the operation returned errors. */
  async ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data!;
  }

  /** The first error's code (fails when there is none). */
  async code(query: string, variables?: Record<string, unknown>): Promise<string> {
    const r = await this.gql(query, variables);
    if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
    return r.errors[0].extensions.code;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email, password },
    });
    return this;
  }
}
