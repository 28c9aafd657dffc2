// The real IVS Chat messaging client (amazon-ivs-chat-messaging, pinned in package.json) against the
// local server's chat WebSocket, with the `ws` package as the global WebSocket (Node 20 has none).
// Tokens, rooms, SendEvent and DisconnectUser go through the AWS SDK for JavaScript v3
// (@aws-sdk/client-ivschat) to the same server, as a real application backend would.
//
// Run by ChatClientTest (server module), which starts the server and a small test-control HTTP
// server, and sets:
//   IVSCHAT_ENDPOINT       e.g. http://127.0.0.1:4510 (the IVS Chat API)
//   IVSCHAT_CHAT_ENDPOINT  e.g. ws://127.0.0.1:4510 (the chat WebSocket)
//   IVSCHAT_TEST_CONTROL   e.g. http://127.0.0.1:4511, ChatClientTest's control:
//       POST /advance?account=KEY&seconds=N          moves that account's fake clock
//       GET  /connections?account=KEY                the account's chat connections
//       POST /await-closed?account=KEY&userId=U&count=N
//                                                    answers once N connections of U have closed
//   IVSCHAT_REGION         us-east-1 unless set
//
// Each test uses its own access key id, so its own server-side account (rooms, tokens, clock).
// Tests synchronise on the client's events and promises, each bounded by a timeout; no sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import {
  IvschatClient,
  CreateChatTokenCommand,
  CreateRoomCommand,
  DisconnectUserCommand,
  SendEventCommand,
} from '@aws-sdk/client-ivschat';

// The SDK reads the global WebSocket when it connects; Node 20 has none without a flag.
globalThis.WebSocket = WebSocket;
const { ChatRoom, SendMessageRequest, DeleteMessageRequest, DisconnectUserRequest } =
  await import('amazon-ivs-chat-messaging');

const endpoint = required('IVSCHAT_ENDPOINT');
const chatEndpoint = required('IVSCHAT_CHAT_ENDPOINT');
const controlEndpoint = required('IVSCHAT_TEST_CONTROL');
const region = process.env.IVSCHAT_REGION || 'us-east-1';

const WAIT_MS = 10_000;
const TEST = { timeout: 30_000 };
const ID = /^[A-Za-z0-9]{12}$/;
const ALL = ['SEND_MESSAGE', 'DELETE_MESSAGE', 'DISCONNECT_USER'];

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`environment variable ${name} is not set (ChatClientTest sets it)`);
  }
  return value;
}

/** Settles like `promise`, or rejects after `ms` saying what did not happen. */
function within(promise, what, ms = WAIT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------ server side

let accounts = 0;

/** A fresh server-side account: its own access key id, API client and clean-up list. */
function newAccount(t) {
  accounts += 1;
  const accessKeyId = `AKIDCHATJS${process.pid}X${accounts}`;
  const client = new IvschatClient({
    region,
    endpoint,
    credentials: { accessKeyId, secretAccessKey: 'x' },
    maxAttempts: 1,
  });
  const account = { accessKeyId, client, users: [] };
  t.after(() => {
    for (const user of account.users) {
      user.room.disconnect();
    }
    client.destroy();
  });
  return account;
}

async function createRoom(account, name = 'lobby') {
  const out = await account.client.send(new CreateRoomCommand({ name }));
  return out.arn;
}

async function createToken(account, roomArn, userId, capabilities = [], attributes = undefined) {
  return account.client.send(new CreateChatTokenCommand({
    roomIdentifier: roomArn, userId, capabilities, attributes,
  }));
}

async function control(method, path, params) {
  const url = `${controlEndpoint}${path}?${new URLSearchParams(params)}`;
  const response = await fetch(url, { method });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${body}`);
  }
  return JSON.parse(body);
}

const connections = (account) => control('GET', '/connections', { account: account.accessKeyId });

const awaitClosed = (account, userId, count = 1) =>
  control('POST', '/await-closed', { account: account.accessKeyId, userId, count });

const advanceClock = (account, seconds) =>
  control('POST', '/advance', { account: account.accessKeyId, seconds });

// ------------------------------------------------------------------ client side

const ROOM_EVENTS = ['connecting', 'connect', 'disconnect', 'message', 'event', 'messageDelete',
  'userDisconnect'];

/**
 * One chat user: a ChatRoom whose token provider asks the server for a new token each time
 * (unless `tokenProvider` is given), recording every event the room emits.
 */
function chatUser(account, roomArn, userId, {
  capabilities = [],
  attributes = undefined,
  url = chatEndpoint,
  maxReconnectAttempts = 0,
  tokenProvider = undefined,
} = {}) {
  const provider = tokenProvider ?? (async () => {
    const out = await createToken(account, roomArn, userId, capabilities, attributes);
    // tokenExpirationTime is left out on purpose: it is on the server's fake clock, and the SDK
    // would schedule its refresh against the real clock (MESSAGING-CLIENT-NOTES.md section 2).
    return { token: out.token, sessionExpirationTime: out.sessionExpirationTime };
  });
  const user = {
    userId,
    tokenCalls: 0,
    events: [],
    logs: [],
    waiters: [],
  };
  user.room = new ChatRoom({
    regionOrUrl: url,
    maxReconnectAttempts,
    tokenProvider: async () => {
      user.tokenCalls += 1;
      return provider();
    },
  });
  user.room.logLevel = 'error';
  user.room.logger = {
    debug() {},
    info() {},
    error: (...args) => user.logs.push(args.map((a) => safeText(a)).join(' ')),
  };
  for (const name of ROOM_EVENTS) {
    user.room.addListener(name, (payload) => {
      user.events.push({ name, payload });
      user.waiters = user.waiters.filter((waiter) => !waiter.check());
    });
  }
  /** Resolves with the `count`-th `name` event whose payload matches (counting earlier ones). */
  user.next = (name, { count = 1, match = () => true } = {}) => {
    const found = () => user.events.filter((e) => e.name === name && match(e.payload));
    return within(new Promise((resolve) => {
      const waiter = {
        check() {
          const hits = found();
          if (hits.length >= count) {
            resolve(hits[count - 1].payload);
            return true;
          }
          return false;
        },
      };
      if (!waiter.check()) {
        user.waiters.push(waiter);
      }
    }), `${userId}'s event '${name}' #${count} (events so far: ${user.names()}; logs: ${user.logs})`);
  };
  user.names = () => user.events.map((e) => (e.name === 'disconnect' ? `disconnect(${e.payload})` : e.name));
  user.connect = async () => {
    const connected = user.next('connect', { count: user.count('connect') + 1 });
    user.room.connect();
    await connected;
  };
  user.count = (name) => user.events.filter((e) => e.name === name).length;
  account.users.push(user);
  return user;
}

function safeText(value) {
  // Errors, and the ErrorEvent of ws ("Unexpected server response: 403"), whose getters
  // JSON.stringify does not see
  if (value != null && typeof value.message === 'string') {
    return value.message;
  }
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

// ------------------------------------------------------------------ scenarios

test('connects on any path of the chat endpoint and the server sees the connection', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const alice = chatUser(account, roomArn, 'alice', { url: `${chatEndpoint}/some/path?x=1` });

  await alice.connect();

  assert.equal(alice.room.state, 'connected');
  assert.deepEqual(alice.names(), ['connecting', 'connect']);
  assert.equal(alice.tokenCalls, 1);
  const seen = await connections(account);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].userId, 'alice');
  assert.equal(seen[0].roomArn, roomArn);
  assert.equal(seen[0].open, true);
});

test('sendMessage resolves with the own echo, which the message listener also gets', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const alice = chatUser(account, roomArn, 'alice', {
    capabilities: ['SEND_MESSAGE'], attributes: { displayName: 'Alice' },
  });
  await alice.connect();

  const request = new SendMessageRequest('hello 👋', { color: 'red' });
  const message = await within(alice.room.sendMessage(request), 'sendMessage to resolve');

  assert.match(message.id, ID);
  assert.equal(message.content, 'hello 👋');
  assert.deepEqual(message.attributes, { color: 'red' });
  assert.equal(message.requestId, request.requestId);
  assert.deepEqual(message.sender, { userId: 'alice', attributes: { displayName: 'Alice' } });
  assert.ok(message.sendTime instanceof Date && !Number.isNaN(message.sendTime.getTime()));
  const heard = await alice.next('message');
  assert.equal(heard.id, message.id);
});

test("another user's message reaches the message listener", TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const alice = chatUser(account, roomArn, 'alice', { capabilities: ['SEND_MESSAGE'] });
  const bob = chatUser(account, roomArn, 'bob');
  await alice.connect();
  await bob.connect();

  const sent = await within(alice.room.sendMessage(new SendMessageRequest('hi bob')),
    'sendMessage to resolve');
  const received = await bob.next('message');

  assert.equal(received.id, sent.id);
  assert.equal(received.content, 'hi bob');
  assert.equal(received.sender.userId, 'alice');
  assert.equal(received.sender.attributes, undefined);
  assert.equal(received.attributes, undefined);
  assert.equal(received.sendTime.getTime(), sent.sendTime.getTime());
  assert.notEqual(received.requestId, sent.requestId, "bob does not see alice's request id");
});

test('deleteMessage resolves for the moderator and the others get messageDelete', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const mod = chatUser(account, roomArn, 'mod', { capabilities: ALL });
  const alice = chatUser(account, roomArn, 'alice', { capabilities: ['SEND_MESSAGE'] });
  await mod.connect();
  await alice.connect();
  const sent = await within(alice.room.sendMessage(new SendMessageRequest('spam')),
    'sendMessage to resolve');
  await mod.next('message', { match: (m) => m.id === sent.id });

  const request = new DeleteMessageRequest(sent.id, 'no spam');
  const deleted = await within(mod.room.deleteMessage(request), 'deleteMessage to resolve');
  const seen = await alice.next('messageDelete');

  assert.equal(deleted.messageId, sent.id);
  assert.equal(deleted.reason, 'no spam');
  assert.equal(deleted.requestId, request.requestId);
  assert.match(deleted.id, ID);
  assert.equal(deleted.attributes.MessageId, sent.id);
  assert.equal(seen.id, deleted.id);
  assert.equal(seen.messageId, sent.id);
  assert.equal(seen.reason, 'no spam');
  assert.equal(mod.count('event') + alice.count('event'), 0, 'system events are not app events');
});

test('disconnectUser resolves and the kicked client ends with serverDisconnect, not a reconnect', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const mod = chatUser(account, roomArn, 'mod', { capabilities: ALL });
  const bob = chatUser(account, roomArn, 'bob', { maxReconnectAttempts: 3 });
  await mod.connect();
  await bob.connect();

  const request = new DisconnectUserRequest('bob', 'be nice');
  const kicked = await within(mod.room.disconnectUser(request), 'disconnectUser to resolve');
  const reason = await bob.next('disconnect');

  assert.equal(kicked.userId, 'bob');
  assert.equal(kicked.reason, 'be nice');
  assert.equal(kicked.requestId, request.requestId);
  assert.equal(reason, 'serverDisconnect');
  assert.equal(bob.room.state, 'disconnected');
  const told = await bob.next('userDisconnect');
  assert.equal(told.userId, 'bob');
  assert.deepEqual(bob.names(), ['connecting', 'connect', 'userDisconnect', 'disconnect(serverDisconnect)']);
  assert.equal(bob.tokenCalls, 1, 'the kicked client did not ask for a new token');
  const closed = await awaitClosed(account, 'bob');
  assert.equal(closed[0].closeKind, 'USER_DISCONNECTED');
  assert.equal(closed[0].closeText, 'be nice');
  assert.equal(mod.room.state, 'connected');
});

test('control-plane DisconnectUser ends the client with serverDisconnect', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const bob = chatUser(account, roomArn, 'bob', { maxReconnectAttempts: 3 });
  await bob.connect();

  await account.client.send(new DisconnectUserCommand({ roomIdentifier: roomArn, userId: 'bob', reason: 'bye' }));

  assert.equal(await bob.next('disconnect'), 'serverDisconnect');
  assert.equal(bob.tokenCalls, 1);
  const closed = await awaitClosed(account, 'bob');
  assert.equal(closed[0].closeKind, 'USER_DISCONNECTED');
});

test('a request without its capability rejects with a ChatError with errorCode 403', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const viewer = chatUser(account, roomArn, 'viewer');
  await viewer.connect();

  const send = new SendMessageRequest('may I?');
  const sendError = await within(viewer.room.sendMessage(send).then(
    (m) => assert.fail(`sendMessage resolved with ${JSON.stringify(m)}`), (e) => e), 'sendMessage to reject');
  const del = new DeleteMessageRequest('AbCdEf123456');
  const deleteError = await within(viewer.room.deleteMessage(del).then(
    (m) => assert.fail(`deleteMessage resolved with ${JSON.stringify(m)}`), (e) => e), 'deleteMessage to reject');
  const kick = new DisconnectUserRequest('someone');
  const kickError = await within(viewer.room.disconnectUser(kick).then(
    (m) => assert.fail(`disconnectUser resolved with ${JSON.stringify(m)}`), (e) => e), 'disconnectUser to reject');

  for (const [error, request] of [[sendError, send], [deleteError, del], [kickError, kick]]) {
    assert.equal(error.errorCode, 403);
    assert.equal(error.requestId, request.requestId);
    assert.equal(typeof error.errorMessage, 'string');
    assert.match(error.id, ID);
  }
  assert.equal(viewer.room.state, 'connected', 'an ERROR frame does not end the connection');
  assert.equal(viewer.count('message'), 0);
});

test('a reused token fails the handshake and the client ends with socketError after its retries', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const token = await createToken(account, roomArn, 'alice');
  const first = chatUser(account, roomArn, 'alice', { tokenProvider: async () => ({ token: token.token }) });
  await first.connect();

  const second = chatUser(account, roomArn, 'alice', {
    maxReconnectAttempts: 2, tokenProvider: async () => ({ token: token.token }),
  });
  second.room.connect();
  const reason = await second.next('disconnect');

  assert.equal(reason, 'socketError');
  assert.equal(second.tokenCalls, 3, '1 handshake + maxReconnectAttempts retries');
  assert.equal(second.count('connect'), 0);
  assert.ok(second.logs.some((line) => line.includes('403')), `the 403 shows in the logs: ${second.logs}`);
  assert.equal(first.room.state, 'connected');
  const seen = await connections(account);
  assert.equal(seen.length, 1, 'no second connection was opened');
});

test('an unknown token fails the handshake with socketError', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const stranger = chatUser(account, roomArn, 'stranger', {
    maxReconnectAttempts: 1, tokenProvider: async () => ({ token: 'AQICAHnotATokenThisServerMade' }),
  });

  stranger.room.connect();

  assert.equal(await stranger.next('disconnect'), 'socketError');
  assert.equal(stranger.tokenCalls, 2);
  assert.ok(stranger.logs.some((line) => line.includes('401')), `the 401 shows in the logs: ${stranger.logs}`);
});

test("a control-plane SendEvent reaches the client's event listener", TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const bob = chatUser(account, roomArn, 'bob');
  await bob.connect();

  const sent = await account.client.send(new SendEventCommand({
    roomIdentifier: roomArn, eventName: 'app:JOIN', attributes: { who: 'carol' },
  }));
  const event = await bob.next('event');

  assert.equal(event.id, sent.id);
  assert.equal(event.eventName, 'app:JOIN');
  assert.deepEqual(event.attributes, { who: 'carol' });
  assert.ok(event.sendTime instanceof Date && !Number.isNaN(event.sendTime.getTime()));
});

test('a session ending on the fake clock makes the client reconnect with a new token (ERROR 401)', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const alice = chatUser(account, roomArn, 'alice', { capabilities: ['SEND_MESSAGE'] });
  await alice.connect();
  const reconnected = alice.next('connect', { count: 2 });

  await advanceClock(account, 61 * 60);
  await reconnected;

  // MESSAGING-CLIENT-NOTES.md section 5: "An ERROR 401 gives the same reconnect sequence"
  // (connecting, a new tokenProvider() call, connect) and no disconnect event.
  assert.deepEqual(alice.names(), ['connecting', 'connect', 'connecting', 'connect']);
  assert.equal(alice.tokenCalls, 2);
  assert.ok(alice.logs.some((line) => line.includes('401')), `the ERROR 401 was logged: ${alice.logs}`);
  const closed = await awaitClosed(account, 'alice');
  assert.equal(closed.filter((c) => !c.open).length, 1);
  assert.equal(closed.find((c) => !c.open).closeKind, 'SESSION_EXPIRED');
  assert.equal(closed.filter((c) => c.open).length, 1, 'the new connection is open');
  const message = await within(alice.room.sendMessage(new SendMessageRequest('back again')),
    'sendMessage on the new connection');
  assert.equal(message.content, 'back again');
});

test('the client disconnecting closes its connection on the server', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const alice = chatUser(account, roomArn, 'alice');
  await alice.connect();

  alice.room.disconnect();

  assert.equal(await alice.next('disconnect'), 'clientDisconnect');
  const closed = await awaitClosed(account, 'alice');
  assert.equal(closed[0].closeKind, 'CLIENT_CLOSED');
});

test('a kick closes a raw ws socket with a clean close handshake (code 1000, the reason)', TEST, async (t) => {
  const account = newAccount(t);
  const roomArn = await createRoom(account);
  const token = await createToken(account, roomArn, 'bob');
  const socket = new WebSocket(chatEndpoint, token.token);
  t.after(() => socket.terminate());
  await within(new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', (e) => reject(new Error(e.message)));
  }), 'the raw socket to open');
  assert.equal(socket.protocol, token.token, 'the server echoed the token as the subprotocol');
  const frames = [];
  socket.addEventListener('message', (e) => frames.push(JSON.parse(e.data)));
  const closed = new Promise((resolve) => socket.addEventListener('close', resolve));

  await account.client.send(new DisconnectUserCommand({ roomIdentifier: roomArn, userId: 'bob', reason: 'bye' }));
  const close = await within(closed, 'the close event');

  assert.equal(close.code, 1000);
  assert.equal(close.reason, 'bye');
  assert.equal(close.wasClean, true);
  assert.deepEqual(frames.map((f) => [f.Type, f.EventName]), [['EVENT', 'aws:DISCONNECT_USER']]);
});
