// The AWS SDK for JavaScript v3 (@aws-sdk/client-ivschat, pinned in package.json) against the local
// IVS Chat server: all 17 operations, the tag operations with the ARN in the path, typed errors,
// 204 deletes and timestamps parsed as Date.
//
// Run by JsSdkTest (server module), which starts the server and sets:
//   IVSCHAT_ENDPOINT       e.g. http://127.0.0.1:4510
//   IVSCHAT_ACCESS_KEY_ID  the access key id to sign with (it selects the server-side account)
//   IVSCHAT_REGION         us-east-1 unless set
// and scripts faults for CreateRoom requests named fault-* (see the last test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  IvschatClient,
  IvschatServiceException,
  CreateChatTokenCommand,
  CreateLoggingConfigurationCommand,
  CreateRoomCommand,
  DeleteLoggingConfigurationCommand,
  DeleteMessageCommand,
  DeleteRoomCommand,
  DisconnectUserCommand,
  GetLoggingConfigurationCommand,
  GetRoomCommand,
  ListLoggingConfigurationsCommand,
  ListRoomsCommand,
  ListTagsForResourceCommand,
  SendEventCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateLoggingConfigurationCommand,
  UpdateRoomCommand,
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  PendingVerification,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
  paginateListRooms,
} from '@aws-sdk/client-ivschat';

const endpoint = required('IVSCHAT_ENDPOINT');
const accessKeyId = required('IVSCHAT_ACCESS_KEY_ID');
const region = process.env.IVSCHAT_REGION || 'us-east-1';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`environment variable ${name} is not set (JsSdkTest sets it)`);
  }
  return value;
}

/** Paths of the HTTP requests the client sent, as they went on the wire (after signing). */
const sentPaths = [];

const client = new IvschatClient({
  region,
  endpoint,
  credentials: { accessKeyId, secretAccessKey: 'x' },
  maxAttempts: 1,
});
client.middlewareStack.add(
  (next) => async (args) => {
    sentPaths.push(`${args.request.method} ${args.request.path}`);
    return next(args);
  },
  { step: 'finalizeRequest', name: 'recordSentPaths', priority: 'low' },
);

const ROOM_ARN = /^arn:aws:ivschat:us-east-1:[0-9]+:room\/[a-zA-Z0-9]{12}$/;
const LOGGING_ARN = /^arn:aws:ivschat:us-east-1:[0-9]+:logging-configuration\/[a-zA-Z0-9]{12}$/;
const ID = /^[a-zA-Z0-9]{12}$/;
const TIMEOUT = { timeout: 30_000 };

let counter = 0;
function uniqueName(prefix) {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

function assertDate(value, what) {
  assert.ok(value instanceof Date, `${what} should be parsed as a Date, got ${typeof value}: ${value}`);
  assert.ok(!Number.isNaN(value.getTime()), `${what} should be a valid date, got ${value}`);
}

function accountOf(arn) {
  return arn.split(':')[4];
}

/** Expects `promise` to reject with an instance of `type`, and returns the error. */
async function rejection(promise, type) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof type,
      `expected ${type.name}, got ${e?.constructor?.name} ${e?.name}: ${e?.message}\n${JSON.stringify(e, null, 2)}`);
    return e;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

test('CreateRoom, GetRoom, UpdateRoom and DeleteRoom round-trip a room, with dates and a 204 delete',
  TIMEOUT, async () => {
    const name = uniqueName('room');
    const created = await client.send(new CreateRoomCommand({
      name,
      maximumMessageLength: 200,
      tags: { team: 'chat' },
    }));
    assert.equal(created.$metadata.httpStatusCode, 200);
    assert.ok(created.$metadata.requestId, 'a request id from x-amzn-RequestId');
    assert.match(created.arn, ROOM_ARN);
    assert.match(created.id, ID);
    assert.ok(created.arn.endsWith(`/${created.id}`));
    assert.equal(created.name, name);
    assert.equal(created.maximumMessageLength, 200);
    assert.equal(created.maximumMessageRatePerSecond, 10, 'the service default rate');
    assert.deepEqual(created.tags, { team: 'chat' });
    assertDate(created.createTime, 'createTime');
    assertDate(created.updateTime, 'updateTime');

    const got = await client.send(new GetRoomCommand({ identifier: created.arn }));
    assert.equal(got.arn, created.arn);
    assert.equal(got.id, created.id);
    assert.equal(got.name, name);
    assert.equal(got.maximumMessageLength, 200);
    assert.equal(got.maximumMessageRatePerSecond, 10);
    assert.deepEqual(got.tags, { team: 'chat' });
    assert.equal(got.createTime.getTime(), created.createTime.getTime());

    const renamed = uniqueName('renamed');
    const updated = await client.send(new UpdateRoomCommand({
      identifier: created.arn,
      name: renamed,
      maximumMessageRatePerSecond: 5,
    }));
    assert.equal(updated.arn, created.arn);
    assert.equal(updated.name, renamed);
    assert.equal(updated.maximumMessageRatePerSecond, 5);
    assert.equal(updated.maximumMessageLength, 200, 'a partial update keeps the other settings');
    assertDate(updated.updateTime, 'updateTime');
    assert.ok(updated.updateTime.getTime() >= created.updateTime.getTime());
    assert.equal(updated.createTime.getTime(), created.createTime.getTime());

    const deleted = await client.send(new DeleteRoomCommand({ identifier: created.arn }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);

    const gone = await rejection(client.send(new GetRoomCommand({ identifier: created.arn })),
      ResourceNotFoundException);
    assert.equal(gone.resourceId, created.id);
  });

test('ListRooms filters by name, sorts by updateTime newest first and pages with nextToken',
  TIMEOUT, async () => {
    const name = uniqueName('listed');
    const first = await client.send(new CreateRoomCommand({ name }));
    const second = await client.send(new CreateRoomCommand({ name }));
    await client.send(new CreateRoomCommand({ name: uniqueName('other') }));

    const listed = await client.send(new ListRoomsCommand({ name }));
    assert.equal(listed.$metadata.httpStatusCode, 200);
    assert.deepEqual(listed.rooms.map((r) => r.arn).sort(), [first.arn, second.arn].sort());
    assert.equal(listed.nextToken, undefined, 'no nextToken on the last page');
    const times = listed.rooms.map((r) => r.updateTime.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest updateTime first');
    const summary = listed.rooms.find((r) => r.arn === first.arn);
    assert.equal(summary.id, first.id);
    assert.equal(summary.name, name);
    assertDate(summary.createTime, 'RoomSummary.createTime');
    assertDate(summary.updateTime, 'RoomSummary.updateTime');
    assert.equal(summary.maximumMessageLength, undefined, 'RoomSummary has no maximumMessageLength');

    const firstPage = await client.send(new ListRoomsCommand({ name, maxResults: 1 }));
    assert.equal(firstPage.rooms.length, 1);
    assert.ok(firstPage.nextToken, 'a nextToken when more rooms match');

    const paged = [];
    for await (const page of paginateListRooms({ client, pageSize: 1 }, { name })) {
      paged.push(...page.rooms.map((r) => r.arn));
    }
    assert.deepEqual(paged, listed.rooms.map((r) => r.arn), 'pages visit each room once, in order');
  });

test('TagResource, ListTagsForResource and UntagResource take the room ARN percent-encoded in the path',
  TIMEOUT, async () => {
    const room = await client.send(new CreateRoomCommand({ name: uniqueName('tagged'), tags: { a: '1' } }));
    const encodedPath = `/tags/${encodeURIComponent(room.arn)}`;
    assert.ok(encodedPath.includes('%3A') && encodedPath.includes('%2F'));
    sentPaths.length = 0;

    const tagged = await client.send(new TagResourceCommand({
      resourceArn: room.arn,
      tags: { 'team name': 'live chät', env: 'test', a: 'one' },
    }));
    assert.equal(tagged.$metadata.httpStatusCode, 200);

    const listed = await client.send(new ListTagsForResourceCommand({ resourceArn: room.arn }));
    assert.deepEqual(listed.tags, { a: 'one', env: 'test', 'team name': 'live chät' });

    const untagged = await client.send(new UntagResourceCommand({
      resourceArn: room.arn,
      tagKeys: ['team name', 'env'],
    }));
    assert.equal(untagged.$metadata.httpStatusCode, 200);

    const after = await client.send(new ListTagsForResourceCommand({ resourceArn: room.arn }));
    assert.deepEqual(after.tags, { a: 'one' });
    const got = await client.send(new GetRoomCommand({ identifier: room.arn }));
    assert.deepEqual(got.tags, { a: 'one' }, 'GetRoom shows the tags the tag operations left');

    assert.deepEqual(sentPaths, [
      `POST ${encodedPath}`,
      `GET ${encodedPath}`,
      `DELETE ${encodedPath}`,
      `GET ${encodedPath}`,
      'POST /GetRoom',
    ]);
  });

test('ListTagsForResource of a deleted room is a ResourceNotFoundException', TIMEOUT, async () => {
  const room = await client.send(new CreateRoomCommand({ name: uniqueName('untag') }));
  await client.send(new DeleteRoomCommand({ identifier: room.arn }));
  const e = await rejection(client.send(new ListTagsForResourceCommand({ resourceArn: room.arn })),
    ResourceNotFoundException);
  assert.equal(e.$metadata.httpStatusCode, 404);
  assert.equal(e.resourceId, room.id);
});

test('CreateChatToken returns a token with token and session expiry as Dates', TIMEOUT, async () => {
  const room = await client.send(new CreateRoomCommand({ name: uniqueName('tokens') }));
  const token = await client.send(new CreateChatTokenCommand({
    roomIdentifier: room.arn,
    userId: 'viewer-1',
    capabilities: ['SEND_MESSAGE', 'DELETE_MESSAGE'],
    sessionDurationInMinutes: 30,
    attributes: { displayName: 'Zoë 🎉' },
  }));
  assert.equal(token.$metadata.httpStatusCode, 200);
  assert.equal(typeof token.token, 'string');
  assert.ok(token.token.length > 0);
  assertDate(token.tokenExpirationTime, 'tokenExpirationTime');
  assertDate(token.sessionExpirationTime, 'sessionExpirationTime');
  assert.ok(token.sessionExpirationTime.getTime() > token.tokenExpirationTime.getTime(),
    'the 30-minute session outlives the token');

  const other = await client.send(new CreateChatTokenCommand({ roomIdentifier: room.arn, userId: 'viewer-1' }));
  assert.notEqual(other.token, token.token, 'every call issues a new token');
});

test('SendEvent, DeleteMessage and DisconnectUser answer with event ids and an empty 200',
  TIMEOUT, async () => {
    const room = await client.send(new CreateRoomCommand({ name: uniqueName('events') }));
    const sent = await client.send(new SendEventCommand({
      roomIdentifier: room.arn,
      eventName: 'app:score',
      attributes: { home: '2', away: '1' },
    }));
    assert.equal(sent.$metadata.httpStatusCode, 200);
    assert.match(sent.id, ID);

    const deleted = await client.send(new DeleteMessageCommand({
      roomIdentifier: room.arn,
      id: 'AbCdEf123456',
      reason: 'spam',
    }));
    assert.equal(deleted.$metadata.httpStatusCode, 200);
    assert.match(deleted.id, ID);
    assert.notEqual(deleted.id, sent.id);

    const disconnected = await client.send(new DisconnectUserCommand({
      roomIdentifier: room.arn,
      userId: 'viewer-1',
      reason: 'bye',
    }));
    assert.equal(disconnected.$metadata.httpStatusCode, 200);
  });

test('logging configurations: Create, Get, Update, List and a 204 Delete', TIMEOUT, async () => {
  const name = uniqueName('logs');
  const created = await client.send(new CreateLoggingConfigurationCommand({
    name,
    destinationConfiguration: { s3: { bucketName: 'chat-logs-bucket' } },
    tags: { team: 'chat' },
  }));
  assert.equal(created.$metadata.httpStatusCode, 200);
  assert.match(created.arn, LOGGING_ARN);
  assert.match(created.id, ID);
  assert.equal(created.name, name);
  assert.equal(created.state, 'ACTIVE');
  assert.deepEqual(created.destinationConfiguration, { s3: { bucketName: 'chat-logs-bucket' } });
  assert.deepEqual(created.tags, { team: 'chat' });
  assertDate(created.createTime, 'createTime');
  assertDate(created.updateTime, 'updateTime');

  const got = await client.send(new GetLoggingConfigurationCommand({ identifier: created.arn }));
  assert.equal(got.arn, created.arn);
  assert.equal(got.name, name);
  assert.deepEqual(got.destinationConfiguration, { s3: { bucketName: 'chat-logs-bucket' } });

  const updated = await client.send(new UpdateLoggingConfigurationCommand({
    identifier: created.arn,
    destinationConfiguration: { cloudWatchLogs: { logGroupName: '/ivs/chat' } },
  }));
  assert.equal(updated.name, name, 'a partial update keeps the name');
  assert.deepEqual(updated.destinationConfiguration, { cloudWatchLogs: { logGroupName: '/ivs/chat' } });

  const room = await client.send(new CreateRoomCommand({
    name: uniqueName('logged'),
    loggingConfigurationIdentifiers: [created.arn],
  }));
  assert.deepEqual(room.loggingConfigurationIdentifiers, [created.arn]);
  const byConfiguration = await client.send(new ListRoomsCommand({ loggingConfigurationIdentifier: created.arn }));
  assert.deepEqual(byConfiguration.rooms.map((r) => r.arn), [room.arn]);
  await client.send(new UpdateRoomCommand({ identifier: room.arn, loggingConfigurationIdentifiers: [] }));

  const listed = await client.send(new ListLoggingConfigurationsCommand({}));
  const summary = listed.loggingConfigurations.find((c) => c.arn === created.arn);
  assert.ok(summary, `ListLoggingConfigurations should contain ${created.arn}`);
  assert.equal(summary.state, 'ACTIVE');
  assertDate(summary.createTime, 'LoggingConfigurationSummary.createTime');

  const deleted = await client.send(new DeleteLoggingConfigurationCommand({ identifier: created.arn }));
  assert.equal(deleted.$metadata.httpStatusCode, 204);
  const gone = await rejection(client.send(new GetLoggingConfigurationCommand({ identifier: created.arn })),
    ResourceNotFoundException);
  assert.equal(gone.resourceId, created.id);
});

test('GetRoom of a room that does not exist is a typed ResourceNotFoundException', TIMEOUT, async () => {
  const probe = await client.send(new CreateRoomCommand({ name: uniqueName('account') }));
  const missing = `arn:aws:ivschat:${region}:${accountOf(probe.arn)}:room/AAAAAAAAAAAA`;
  const e = await rejection(client.send(new GetRoomCommand({ identifier: missing })),
    ResourceNotFoundException);
  assert.ok(e instanceof IvschatServiceException);
  assert.equal(e.name, 'ResourceNotFoundException');
  assert.equal(e.$fault, 'client');
  assert.equal(e.$metadata.httpStatusCode, 404);
  assert.ok(e.$metadata.requestId, 'a request id on the error');
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 0, 'a message');
  assert.equal(e.resourceId, 'AAAAAAAAAAAA');
  assert.equal(e.resourceType, 'ROOM');
});

test('CreateRoom with an invalid name is a ValidationException with reason and fieldList', TIMEOUT, async () => {
  const e = await rejection(client.send(new CreateRoomCommand({ name: 'my room!' })), ValidationException);
  assert.equal(e.name, 'ValidationException');
  assert.equal(e.$fault, 'client');
  assert.equal(e.$metadata.httpStatusCode, 400);
  assert.equal(e.reason, 'FIELD_VALIDATION_FAILED');
  assert.ok(Array.isArray(e.fieldList), `fieldList should be a list, got ${JSON.stringify(e.fieldList)}`);
  assert.deepEqual(e.fieldList.map((f) => f.name), ['name']);
  assert.ok(e.fieldList[0].message.includes('my room!'), e.fieldList[0].message);
  assert.ok(e.message.includes('validation error'), e.message);
});

test('GetRoom with a bare id instead of an ARN is a ValidationException for identifier', TIMEOUT, async () => {
  const e = await rejection(client.send(new GetRoomCommand({ identifier: 'AAAAAAAAAAAA' })), ValidationException);
  assert.equal(e.reason, 'FIELD_VALIDATION_FAILED');
  assert.deepEqual(e.fieldList.map((f) => f.name), ['identifier']);
});

test('every modeled error arrives as its typed exception with its members, $fault and status',
  TIMEOUT, async () => {
    // JsSdkTest scripts these faults for CreateRoom with these names
    const cases = [
      { name: 'fault-access-denied', type: AccessDeniedException, status: 403, fault: 'client',
        members: { message: 'scripted: access denied' } },
      { name: 'fault-conflict', type: ConflictException, status: 409, fault: 'client',
        members: { message: 'scripted: conflict', resourceId: 'AAAAAAAAAAAA', resourceType: 'ROOM' } },
      { name: 'fault-internal', type: InternalServerException, status: 500, fault: 'server',
        members: { message: 'scripted: internal' } },
      { name: 'fault-pending', type: PendingVerification, status: 403, fault: 'client', members: {} },
      { name: 'fault-quota', type: ServiceQuotaExceededException, status: 402, fault: 'client',
        members: { message: 'scripted: quota', resourceId: '123456789012', resourceType: 'ROOM', limit: 1000 } },
      { name: 'fault-throttling', type: ThrottlingException, status: 429, fault: 'client',
        members: { resourceId: 'AAAAAAAAAAAA', resourceType: 'ROOM', limit: 5 } },
    ];
    for (const c of cases) {
      const e = await rejection(client.send(new CreateRoomCommand({ name: c.name })), c.type);
      assert.ok(e instanceof IvschatServiceException, c.name);
      assert.equal(e.name, c.type.name, c.name);
      assert.equal(e.$fault, c.fault, c.name);
      assert.equal(e.$metadata.httpStatusCode, c.status, c.name);
      assert.equal(e.$metadata.attempts, 1, `${c.name}: maxAttempts 1 means no retry`);
      assert.ok(e.$metadata.requestId, `${c.name}: a request id`);
      assert.ok(typeof e.message === 'string' && e.message.length > 0, `${c.name}: a message`);
      for (const [member, value] of Object.entries(c.members)) {
        assert.equal(e[member], value, `${c.name}: ${member}`);
      }
    }
  });
