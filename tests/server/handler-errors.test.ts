// Which Cloud Code handlers' errors reach the client, and with which default code, for every
// handler kind the hook table src/utils/cloud-code/hooks.ts knows. Each handler throws a plain
// `{ code: 9001, message }` object (or a `Parse.Error` where the claim is about swallowing).
import { beforeAll, describe, expect } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, rejection, rest } from './client.js';

const Parse = connectedParse();
const OUT_OF_STOCK = { code: 141, message: 'Out of stock' };
const unique = (prefix: string): string => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** A saved object of a class, created with the master key (no trigger of that class runs on save). */
async function savedObject(className: string): Promise<Parse.Object> {
  return new Parse.Object(className).save(null, { useMasterKey: true });
}

describe('Object triggers', () => {
  // Clients may not create classes (`allowClientClassCreation` is off by default): create them first.
  beforeAll(async () => {
    const classes = ['BeforeSaveFails', 'AfterSaveFails', 'BeforeDeleteFails', 'AfterDeleteFails', 'ValidatorFails'];
    for (const className of classes) await new Parse.Schema(className).save();
  });

  claim('A plain object thrown from beforeSave reaches the client as 141', async () => {
    expect(await rejection(new Parse.Object('BeforeSaveFails').save())).toEqual(OUT_OF_STOCK);
  });

  claim('An error thrown from the afterSave of a class is swallowed: the save succeeds', async () => {
    const object = await new Parse.Object('AfterSaveFails').save();
    expect(object.id).toEqual(expect.any(String));
    const stored = await new Parse.Query('AfterSaveFails').get(object.id ?? '', { useMasterKey: true });
    expect(stored.id).toBe(object.id);
  });

  claim('A plain object thrown from beforeDelete reaches the client as 141', async () => {
    const object = await savedObject('BeforeDeleteFails');
    expect(await rejection(object.destroy())).toEqual(OUT_OF_STOCK);
  });

  claim('A plain object thrown from afterDelete reaches the client as 141, after the object is deleted', async () => {
    const object = await savedObject('AfterDeleteFails');
    expect(await rejection(object.destroy())).toEqual(OUT_OF_STOCK);
    const left = await new Parse.Query('AfterDeleteFails').equalTo('objectId', object.id).count({ useMasterKey: true });
    expect(left).toBe(0);
  });

  claim('A plain object thrown from beforeFind reaches the client as 141', async () => {
    expect(await rejection(new Parse.Query('BeforeFindFails').find())).toEqual(OUT_OF_STOCK);
  });

  claim('A plain object thrown from afterFind reaches the client as 141', async () => {
    await savedObject('AfterFindFails');
    expect(await rejection(new Parse.Query('AfterFindFails').find())).toEqual(OUT_OF_STOCK);
  });

  claim("An error thrown from a trigger's validator function reaches the client as 142", async () => {
    expect(await rejection(new Parse.Object('ValidatorFails').save())).toEqual({
      code: 142,
      message: 'Missing field',
    });
  });
});

describe('User triggers', () => {
  claim('A plain object thrown from beforeLogin reaches the client as 141', async () => {
    const username = unique('before-login-fails');
    await Parse.User.signUp(username, 'secret-password', {});
    expect(await rejection(Parse.User.logIn(username, 'secret-password'))).toEqual(OUT_OF_STOCK);
  });

  claim('A plain object thrown from afterLogin reaches the client as 141', async () => {
    const username = unique('after-login-fails');
    await Parse.User.signUp(username, 'secret-password', {});
    expect(await rejection(Parse.User.logIn(username, 'secret-password'))).toEqual(OUT_OF_STOCK);
  });

  claim('A plain object thrown from afterLogout reaches the client as 141, after the session is deleted', async () => {
    const installation = { 'X-Parse-Installation-Id': unique('after-logout-fails') };
    const signUp = await rest('POST', '/users', {
      body: { username: unique('logout'), password: 'secret-password' },
      headers: installation,
    });
    const sessionToken = String(signUp.body['sessionToken']);
    const logOut = await rest('POST', '/logout', {
      headers: { ...installation, 'X-Parse-Session-Token': sessionToken },
    });
    expect(logOut).toEqual({ status: 400, body: { code: 141, error: 'Out of stock' } });
    const sessions = await new Parse.Query(Parse.Session)
      .equalTo('sessionToken', sessionToken)
      .count({ useMasterKey: true });
    expect(sessions).toBe(0);
  });

  claim('A plain object thrown from beforePasswordResetRequest reaches the client as 141', async () => {
    const username = unique('reset-fails');
    const email = `${username}@example.invalid`;
    await Parse.User.signUp(username, 'secret-password', { email });
    expect(await rejection(Parse.User.requestPasswordReset(email))).toEqual(OUT_OF_STOCK);
  });
});

describe('Parse.File triggers', () => {
  const file = (name: string): Parse.File => new Parse.File(name, { base64: Buffer.from('claims').toString('base64') });
  /** `Parse.File#save` is typed as possibly returning nothing; it returns its promise whenever there is data. */
  const save = (name: string): Promise<Parse.File> => file(name).save() ?? Promise.reject(new Error('no save'));

  claim('A plain object thrown from beforeSave(Parse.File) reaches the client as 130', async () => {
    expect(await rejection(save('before-save-fails.txt'))).toEqual({ code: 130, message: 'Out of stock' });
  });

  claim('A plain object thrown from afterSave(Parse.File) reaches the client as 130', async () => {
    expect(await rejection(save('after-save-fails.txt'))).toEqual({ code: 130, message: 'Out of stock' });
  });

  claim('A plain object thrown from beforeDelete(Parse.File) reaches the client as 153', async () => {
    const saved = await save('before-delete-fails.txt');
    expect(await rejection(saved.destroy({ useMasterKey: true }))).toEqual({ code: 153, message: 'Out of stock' });
  });

  claim('A plain object thrown from afterDelete(Parse.File) reaches the client as 153', async () => {
    const saved = await save('after-delete-fails.txt');
    expect(await rejection(saved.destroy({ useMasterKey: true }))).toEqual({ code: 153, message: 'Out of stock' });
  });

  claim('A plain object thrown from beforeFind(Parse.File) is answered HTTP 403 with 141', async () => {
    const saved = await save('before-find-fails.txt');
    const response = await fetch(saved.url() ?? '');
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 403,
      body: { code: 141, error: 'Out of stock' },
    });
  });

  claim('A plain object thrown from afterFind(Parse.File) is answered HTTP 403 with 141', async () => {
    const saved = await save('after-find-fails.txt');
    const response = await fetch(saved.url() ?? '');
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 403,
      body: { code: 141, error: 'Out of stock' },
    });
  });
});

describe('Parse.Config triggers', () => {
  claim('A plain object thrown from afterSave(Parse.Config) reaches the client as 141', async () => {
    expect(await rejection(Parse.Config.save({ afterSaveFails: true }, {}))).toEqual(OUT_OF_STOCK);
  });
});

describe('Jobs', () => {
  /** Starts a job and waits for its `_JobStatus` to leave `running`. */
  async function finishedJob(name: string): Promise<Parse.Object> {
    const jobStatusId = await Parse.Cloud.startJob(name, {});
    for (;;) {
      const status = await new Parse.Query('_JobStatus').get(jobStatusId, { useMasterKey: true });
      if (status.get('status') !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const jobOutcome = (status: Parse.Object) => ({
    status: status.get('status') as unknown,
    message: status.get('message') as unknown,
    code: status.get('code') as unknown,
  });

  claim('A job that throws a Parse.Error fails with its message kept and its code dropped', async () => {
    const status = await finishedJob('jobThrowsParseError');
    expect(jobOutcome(status)).toEqual({
      status: 'failed',
      message: 'Out of stock',
      code: undefined,
    });
  });

  claim('A job that throws a plain object fails with neither its message nor its code kept', async () => {
    const status = await finishedJob('jobThrowsPlainObject');
    expect(jobOutcome(status)).toEqual({
      status: 'failed',
      message: undefined,
      code: undefined,
    });
  });
});

describe('Registration', () => {
  claim('parse-server 9.10 has no beforeSaveFile, afterSaveFile, beforeDeleteFile or afterDeleteFile', async () => {
    const methods = (await Parse.Cloud.run('cloudMethods')) as string[];
    expect(methods).toEqual(expect.arrayContaining(['define', 'beforeSave', 'afterSave', 'beforeConnect']));
    expect(methods.filter((name) => name.endsWith('File'))).toEqual([]);
  });
});
