package dev.ivschat.testkit.sdk2;

import dev.ivschat.testkit.ConfigBuilder;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk2.internal.V2Calls;
import dev.ivschat.testkit.sdk2.internal.V2ClientErrors;
import dev.ivschat.testkit.sdk2.internal.V2Requests;
import dev.ivschat.testkit.sdk2.internal.V2Responses;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
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
import software.amazon.awssdk.services.ivschat.model.IvschatRequest;
import software.amazon.awssdk.services.ivschat.model.IvschatResponse;
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
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * An in-memory Amazon IVS Chat behind the AWS SDK for Java v2 {@link IvschatClient} interface.
 *
 * <p>Hand it to the code under test wherever that code takes an {@code IvschatClient}: it
 * validates every request as the service does, keeps rooms, logging configurations, tags and
 * tokens, records every call and every event sent to a room, and fails with the SDK's own
 * exceptions, built with the fields the real client sets from the service's error response.
 * It never opens a connection or builds an HTTP client.
 *
 * <pre>{@code
 * FakeIvschatClient ivschat = new FakeIvschatClient();
 * CreateRoomResponse room = ivschat.createRoom(r -> r.name("lobby"));
 * ivschat.sendEvent(r -> r.roomIdentifier(room.arn()).eventName("app:welcome"));
 * assertThat(ivschat.sentEvents(room.arn())).hasSize(1);
 * }</pre>
 *
 * <p>Each response carries what the real client reads from the service's response: the HTTP
 * status (200, or 204 for {@code DeleteRoom} and {@code DeleteLoggingConfiguration}), reason
 * phrase and headers ({@code sdkHttpResponse()}) and the request id
 * ({@code responseMetadata().requestId()}). The {@code Consumer<Builder>} overloads and the
 * paginators are the interface's own default methods and run over this fake.
 *
 * <p>It is also the fake's {@link IvsChatControl control surface}: snapshots, the sent events,
 * the call journal, the clock, fault scripts and {@link #reset()}. Several clients can share
 * one {@link IvsChat}; {@link #async()} is the {@code IvschatAsyncClient} over the same one.
 * Thread-safe.
 */
public class FakeIvschatClient implements IvschatClient, IvsChatControl {
  private final IvsChat ivsChat;
  private final Executor asyncExecutor;
  private final IvschatServiceClientConfiguration configuration;
  private volatile boolean closed;
  private FakeIvschatAsyncClient async;

  /** A fresh fake with the defaults: {@code us-east-1}, account {@code 123456789012}. */
  public FakeIvschatClient() {
    this(new IvsChat());
  }

  /**
   * A fresh fake with a configuration.
   *
   * @param config the configuration
   */
  public FakeIvschatClient(IvsChatConfig config) {
    this(new IvsChat(Objects.requireNonNull(config, "config")));
  }

  /**
   * A v2 client on an existing in-memory IVS Chat, e.g. one shared with the v1 fake
   * ({@code ivschat-testkit-sdk1}) or with an async client: all of them see the same rooms,
   * events and journal.
   *
   * @param ivsChat the in-memory IVS Chat
   */
  public FakeIvschatClient(IvsChat ivsChat) {
    this(ivsChat, null);
  }

  private FakeIvschatClient(IvsChat ivsChat, Executor asyncExecutor) {
    this.ivsChat = Objects.requireNonNull(ivsChat, "ivsChat");
    this.asyncExecutor = asyncExecutor;
    this.configuration = IvschatServiceClientConfiguration.builder()
        .region(Region.of(ivsChat.config().region())).build();
  }

  /**
   * A builder for a configured fake.
   *
   * <pre>{@code
   * FakeIvschatClient fake = FakeIvschatClient.builder()
   *     .region("eu-west-1").idSeed(7).quotas(Quotas.defaults().withMaxRooms(2)).build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public IvsChat ivsChat() {
    return ivsChat;
  }

  /**
   * The async client over this fake's IVS Chat: what one creates, the other sees. The same object
   * on every call; closing this client closes it too.
   *
   * @return the async client
   */
  public synchronized FakeIvschatAsyncClient async() {
    if (async == null) {
      async = FakeIvschatAsyncClient.create(ivsChat, asyncExecutor);
      if (closed) {
        async.close();
      }
    }
    return async;
  }

  @Override
  public CreateRoomResponse createRoom(CreateRoomRequest request) {
    return call(request, V2Requests::createRoom, V2Responses::createRoom);
  }

  @Override
  public GetRoomResponse getRoom(GetRoomRequest request) {
    return call(request, V2Requests::getRoom, V2Responses::getRoom);
  }

  @Override
  public UpdateRoomResponse updateRoom(UpdateRoomRequest request) {
    return call(request, V2Requests::updateRoom, V2Responses::updateRoom);
  }

  @Override
  public DeleteRoomResponse deleteRoom(DeleteRoomRequest request) {
    return call(request, V2Requests::deleteRoom, V2Responses::deleteRoom);
  }

  @Override
  public ListRoomsResponse listRooms(ListRoomsRequest request) {
    return call(request, V2Requests::listRooms, V2Responses::listRooms);
  }

  @Override
  public CreateLoggingConfigurationResponse createLoggingConfiguration(
      CreateLoggingConfigurationRequest request) {
    return call(request, V2Requests::createLoggingConfiguration,
        V2Responses::createLoggingConfiguration);
  }

  @Override
  public GetLoggingConfigurationResponse getLoggingConfiguration(
      GetLoggingConfigurationRequest request) {
    return call(request, V2Requests::getLoggingConfiguration,
        V2Responses::getLoggingConfiguration);
  }

  @Override
  public UpdateLoggingConfigurationResponse updateLoggingConfiguration(
      UpdateLoggingConfigurationRequest request) {
    return call(request, V2Requests::updateLoggingConfiguration,
        V2Responses::updateLoggingConfiguration);
  }

  @Override
  public DeleteLoggingConfigurationResponse deleteLoggingConfiguration(
      DeleteLoggingConfigurationRequest request) {
    return call(request, V2Requests::deleteLoggingConfiguration,
        V2Responses::deleteLoggingConfiguration);
  }

  @Override
  public ListLoggingConfigurationsResponse listLoggingConfigurations(
      ListLoggingConfigurationsRequest request) {
    return call(request, V2Requests::listLoggingConfigurations,
        V2Responses::listLoggingConfigurations);
  }

  @Override
  public CreateChatTokenResponse createChatToken(CreateChatTokenRequest request) {
    return call(request, V2Requests::createChatToken, V2Responses::createChatToken);
  }

  @Override
  public SendEventResponse sendEvent(SendEventRequest request) {
    return call(request, V2Requests::sendEvent, V2Responses::sendEvent);
  }

  @Override
  public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
    return call(request, V2Requests::deleteMessage, V2Responses::deleteMessage);
  }

  @Override
  public DisconnectUserResponse disconnectUser(DisconnectUserRequest request) {
    return call(request, V2Requests::disconnectUser, V2Responses::disconnectUser);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call(request, V2Requests::tagResource, V2Responses::tagResource);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call(request, V2Requests::untagResource, V2Responses::untagResource);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call(request, V2Requests::listTagsForResource, V2Responses::listTagsForResource);
  }

  /**
   * {@value IvschatClient#SERVICE_NAME}, as the real client.
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
   * Closes this client (and {@link #async()}, if made), as the real client's {@code close()}
   * does: later calls through it fail with the {@link IllegalStateException} ("Connection pool
   * shut down") the real client's default HTTP client throws. The in-memory IVS Chat and its
   * control surface stay usable, and other clients on it are not affected. Closing twice is
   * harmless.
   */
  @Override
  public void close() {
    FakeIvschatAsyncClient toClose;
    synchronized (this) {
      closed = true;
      toClose = async;
    }
    if (toClose != null) {
      toClose.close();
    }
  }

  @Override
  public String toString() {
    return "FakeIvschatClient[" + ivsChat.config().region() + ", "
        + ivsChat.config().accountId() + "]";
  }

  private <S extends IvschatRequest, R, T extends IvschatResponse,
      B extends IvschatResponse.Builder & SdkBuilder<B, T>> T call(S request,
      Function<S, ? extends IvsChatRequest<R>> in, Function<R, B> out) {
    IvsChatRequest<R> neutral = V2Calls.translate(request, in);
    if (closed) {
      throw V2ClientErrors.syncClientClosed();
    }
    return V2Calls.respond(V2Calls.run(ivsChat, neutral, request), out);
  }

  /**
   * Builds a configured {@link FakeIvschatClient} or {@link FakeIvschatAsyncClient}; the settings
   * of the in-memory IVS Chat are those of {@link ConfigBuilder}.
   */
  public static final class Builder extends ConfigBuilder<Builder> {
    private Executor futureCompletionExecutor;

    private Builder() {
    }

    /**
     * Sets the executor on which the async client's futures complete, instead of its own small
     * pool of daemon threads; the client does not shut it down. {@code Runnable::run} completes
     * them on the calling thread, before the call returns.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder futureCompletionExecutor(Executor executor) {
      this.futureCompletionExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds a sync fake on a fresh in-memory IVS Chat.
     *
     * @return the fake
     */
    public FakeIvschatClient build() {
      return new FakeIvschatClient(new IvsChat(buildConfig()), futureCompletionExecutor);
    }

    /**
     * Builds an async fake on a fresh in-memory IVS Chat.
     *
     * @return the fake
     */
    public FakeIvschatAsyncClient buildAsync() {
      return FakeIvschatAsyncClient.create(new IvsChat(buildConfig()), futureCompletionExecutor);
    }
  }
}
