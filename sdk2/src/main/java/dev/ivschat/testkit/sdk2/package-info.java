/**
 * The AWS SDK for Java v2 front door of the IVS Chat test kit: {@link
 * dev.ivschat.testkit.sdk2.FakeIvschatClient} and {@link
 * dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient}, in-memory implementations of the SDK's
 * {@code IvschatClient} and {@code IvschatAsyncClient} that fail with the SDK's own exceptions.
 *
 * <p>Both are also the fake's {@link dev.ivschat.testkit.IvsChatControl control surface} and run
 * on an {@link dev.ivschat.testkit.IvsChat}, which several clients (sync, async, the v1 fake of
 * {@code ivschat-testkit-sdk1}) can share:
 *
 * <pre>{@code
 * IvsChat ivsChat = new IvsChat();
 * FakeIvschatClient sync = new FakeIvschatClient(ivsChat);
 * FakeIvschatAsyncClient async = sync.async();
 * String arn = sync.createRoom(r -> r.name("lobby")).arn();
 * async.sendEvent(r -> r.roomIdentifier(arn).eventName("app:hello")).join();
 * assertThat(ivsChat.sentEvents(arn)).hasSize(1);
 * }</pre>
 *
 * <p>Everything under {@code dev.ivschat.testkit.sdk2.internal} is internal.
 */
package dev.ivschat.testkit.sdk2;
