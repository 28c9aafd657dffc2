package dev.ivschat.testkit.sdk2;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.sdk2.internal.AsyncExecutors;
import dev.ivschat.testkit.sdk2.internal.V2Calls;
import dev.ivschat.testkit.sdk2.internal.V2ClientErrors;
import dev.ivschat.testkit.sdk2.internal.V2Requests;
import dev.ivschat.testkit.sdk2.internal.V2Responses;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatServiceClientConfiguration;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserResponse;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsRequest;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivschat.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.SendEventResponse;
import software.amazon.awssdk.services.ivschat.model.TagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.TagResourceResponse;
import software.amazon.awssdk.services.ivschat.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.UntagResourceResponse;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.IvschatRequest;
import software.amazon.awssdk.services.ivschat.model.IvschatResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * An in-memory Amazon IVS Chat behind the AWS SDK for Java v2 {@link IvschatAsyncClient}
 * interface: {@link FakeIvschatClient}'s behaviour, with futures.
 *
 * <pre>{@code
 * FakeIvschatAsyncClient ivschat = new FakeIvschatAsyncClient();
 * CreateRoomResponse room = ivschat.createRoom(r -> r.name("lobby")).join();
 * ivschat.getRoom(r -> r.identifier("arn:aws:ivschat:us-east-1:123456789012:room/nope"))
 *     .exceptionally(e -> {
 *       // e is a CompletionException whose cause is the ResourceNotFoundException
 *       return null;
 *     });
 * }</pre>
 *
 * <p>Each call runs on the in-memory IVS Chat before the method returns (so the calls of one
 * thread reach it in order, and the control surface sees them at once), and its future
 * completes on the client's executor, failing as the real client's futures do: with a
 * {@link CompletionException} whose cause is the SDK exception, so {@code join()} throws that
 * {@code CompletionException}, {@code get()} an {@code ExecutionException} with the SDK
 * exception as cause, and {@code whenComplete}, {@code handle} and {@code exceptionally} see the
 * {@code CompletionException}. A null request throws {@link NullPointerException} at once, as
 * the real client does. The paginators ({@code listRoomsPaginator},
 * {@code listLoggingConfigurationsPaginator}) are the interface's publishers over this fake.
 *
 * <p>By default futures complete on a small pool of daemon threads of the client's own, shut
 * down by {@link #close()}; {@link #FakeIvschatAsyncClient(IvsChat, Executor)} takes another
 * executor. It is also the fake's {@link IvsChatControl control surface}. Thread-safe.
 */
public class FakeIvschatAsyncClient implements IvschatAsyncClient, IvsChatControl {
  private final IvsChat ivsChat;
  private final Executor executor;
  private final ExecutorService ownExecutor;
  private final IvschatServiceClientConfiguration configuration;
  private volatile boolean closed;

  /** A fresh async fake with the defaults: {@code us-east-1}, account {@code 123456789012}. */
  public FakeIvschatAsyncClient() {
    this(new IvsChat());
  }

  /**
   * A fresh async fake with a configuration.
   *
   * @param config the configuration
   */
  public FakeIvschatAsyncClient(IvsChatConfig config) {
    this(new IvsChat(Objects.requireNonNull(config, "config")));
  }

  /**
   * An async v2 client on an existing in-memory IVS Chat, shared with other clients.
   *
   * @param ivsChat the in-memory IVS Chat
   */
  public FakeIvschatAsyncClient(IvsChat ivsChat) {
    this(ivsChat, null, AsyncExecutors.newDefault());
  }

  /**
   * An async v2 client on an existing in-memory IVS Chat whose futures complete on the given
   * executor, which {@link #close()} leaves running. {@code Runnable::run} completes each future
   * before the call returns.
   *
   * @param ivsChat the in-memory IVS Chat
   * @param futureCompletionExecutor the executor
   */
  public FakeIvschatAsyncClient(IvsChat ivsChat, Executor futureCompletionExecutor) {
    this(ivsChat, Objects.requireNonNull(futureCompletionExecutor, "futureCompletionExecutor"),
        null);
  }

  private FakeIvschatAsyncClient(IvsChat ivsChat, Executor given, ExecutorService own) {
    this.ivsChat = Objects.requireNonNull(ivsChat, "ivsChat");
    this.ownExecutor = own;
    this.executor = given != null ? given : own;
    this.configuration = IvschatServiceClientConfiguration.builder()
        .region(Region.of(ivsChat.config().region())).build();
  }

  /** An async client with the given executor, or its own when that is null. */
  static FakeIvschatAsyncClient create(IvsChat ivsChat, Executor executorOrNull) {
    return executorOrNull == null ? new FakeIvschatAsyncClient(ivsChat)
        : new FakeIvschatAsyncClient(ivsChat, executorOrNull);
  }

  @Override
  public IvsChat ivsChat() {
    return ivsChat;
  }

  @Override
  public CompletableFuture<CreateRoomResponse> createRoom(CreateRoomRequest request) {
    return call(request, V2Requests::createRoom, V2Responses::createRoom);
  }

  @Override
  public CompletableFuture<GetRoomResponse> getRoom(GetRoomRequest request) {
    return call(request, V2Requests::getRoom, V2Responses::getRoom);
  }

  @Override
  public CompletableFuture<UpdateRoomResponse> updateRoom(UpdateRoomRequest request) {
    return call(request, V2Requests::updateRoom, V2Responses::updateRoom);
  }

  @Override
  public CompletableFuture<DeleteRoomResponse> deleteRoom(DeleteRoomRequest request) {
    return call(request, V2Requests::deleteRoom, V2Responses::deleteRoom);
  }

  @Override
  public CompletableFuture<ListRoomsResponse> listRooms(ListRoomsRequest request) {
    return call(request, V2Requests::listRooms, V2Responses::listRooms);
  }

  @Override
  public CompletableFuture<CreateLoggingConfigurationResponse> createLoggingConfiguration(
      CreateLoggingConfigurationRequest request) {
    return call(request, V2Requests::createLoggingConfiguration,
        V2Responses::createLoggingConfiguration);
  }

  @Override
  public CompletableFuture<GetLoggingConfigurationResponse> getLoggingConfiguration(
      GetLoggingConfigurationRequest request) {
    return call(request, V2Requests::getLoggingConfiguration, V2Responses::getLoggingConfiguration);
  }

  @Override
  public CompletableFuture<UpdateLoggingConfigurationResponse> updateLoggingConfiguration(
      UpdateLoggingConfigurationRequest request) {
    return call(request, V2Requests::updateLoggingConfiguration,
        V2Responses::updateLoggingConfiguration);
  }

  @Override
  public CompletableFuture<DeleteLoggingConfigurationResponse> deleteLoggingConfiguration(
      DeleteLoggingConfigurationRequest request) {
    return call(request, V2Requests::deleteLoggingConfiguration,
        V2Responses::deleteLoggingConfiguration);
  }

  @Override
  public CompletableFuture<ListLoggingConfigurationsResponse> listLoggingConfigurations(
      ListLoggingConfigurationsRequest request) {
    return call(request, V2Requests::listLoggingConfigurations,
        V2Responses::listLoggingConfigurations);
  }

  @Override
  public CompletableFuture<CreateChatTokenResponse> createChatToken(
      CreateChatTokenRequest request) {
    return call(request, V2Requests::createChatToken, V2Responses::createChatToken);
  }

  @Override
  public CompletableFuture<SendEventResponse> sendEvent(SendEventRequest request) {
    return call(request, V2Requests::sendEvent, V2Responses::sendEvent);
  }

  @Override
  public CompletableFuture<DeleteMessageResponse> deleteMessage(DeleteMessageRequest request) {
    return call(request, V2Requests::deleteMessage, V2Responses::deleteMessage);
  }

  @Override
  public CompletableFuture<DisconnectUserResponse> disconnectUser(DisconnectUserRequest request) {
    return call(request, V2Requests::disconnectUser, V2Responses::disconnectUser);
  }

  @Override
  public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
    return call(request, V2Requests::tagResource, V2Responses::tagResource);
  }

  @Override
  public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
    return call(request, V2Requests::untagResource, V2Responses::untagResource);
  }

  @Override
  public CompletableFuture<ListTagsForResourceResponse> listTagsForResource(
      ListTagsForResourceRequest request) {
    return call(request, V2Requests::listTagsForResource, V2Responses::listTagsForResource);
  }

  /**
   * {@value IvschatAsyncClient#SERVICE_NAME}, as the real client.
   *
   * @return the service name
   */
  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /**
   * The client configuration a framework reads: the fake's region, no endpoint override.
   *
   * @return the configuration
   */
  @Override
  public IvschatServiceClientConfiguration serviceClientConfiguration() {
    return configuration;
  }

  /**
   * Closes this client as the real client's {@code close()} does: later calls return futures
   * that fail with the real client's {@link SdkClientException} ("Unable to execute HTTP request:
   * event executor terminated"). Futures of earlier calls still complete. Its own executor is
   * shut down; one passed in is not. The in-memory IVS Chat stays usable. Closing twice is
   * harmless.
   */
  @Override
  public void close() {
    closed = true;
    if (ownExecutor != null) {
      ownExecutor.shutdown();
    }
  }

  @Override
  public String toString() {
    return "FakeIvschatAsyncClient[" + ivsChat.config().region() + ", "
        + ivsChat.config().accountId() + "]";
  }

  private <S extends IvschatRequest, R, T extends IvschatResponse,
      B extends IvschatResponse.Builder & SdkBuilder<B, T>> CompletableFuture<T> call(
      S request, Function<S, ? extends IvsChatRequest<R>> in, Function<R, B> out) {
    IvsChatRequest<R> neutral;
    try {
      neutral = V2Calls.translate(request, in);
    } catch (SdkClientException e) {
      return failed(e);
    }
    if (closed) {
      return failed(V2ClientErrors.asyncClientClosed());
    }
    Outcome<R> outcome = V2Calls.run(ivsChat, neutral, request);
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          future.complete(V2Calls.respond(outcome, out));
        } catch (RuntimeException e) {
          future.completeExceptionally(new CompletionException(e));
        }
      });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(new CompletionException(V2ClientErrors.asyncClientClosed()));
    }
    return future;
  }

  private static <T> CompletableFuture<T> failed(RuntimeException e) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.completeExceptionally(new CompletionException(e));
    return future;
  }
}
