// The keys of the suite's Parse Server, shared by its start-up (global-setup.ts) and the tests.
export const SERVER_KEYS = { appId: 'claims', masterKey: 'claims-master-key', javascriptKey: 'claims-js-key' } as const;

export interface ParseServerAddress {
  readonly appId: string;
  readonly masterKey: string;
  readonly javascriptKey: string;
  readonly serverURL: string;
}

/** Only users with this email domain must verify their email, so that the other claims can log in. */
export const UNVERIFIED_EMAIL_DOMAIN = '@unverified.invalid';
