package dev.ivschat.testkit.sdk1;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.AmazonWebServiceResult;
import com.amazonaws.ResponseMetadata;
import com.amazonaws.http.HttpResponse;
import com.amazonaws.http.SdkHttpMetadata;
import com.amazonaws.services.ivschat.AbstractAmazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageResult;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomResult;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserResult;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsResult;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceResult;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.SendEventResult;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.TagResourceResult;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceResult;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomResult;
import dev.ivschat.testkit.ConfigBuilder;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.sdk1.internal.ResponseMetadataCache;
import dev.ivschat.testkit.sdk1.internal.V1Exceptions;
import dev.ivschat.testkit.sdk1.internal.V1Requests;
import dev.ivschat.testkit.sdk1.internal.V1Results;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An in-memory Amazon IVS Chat behind the AWS SDK for Java v1 {@code Amazonivschat} interface.
 *
 * <p>Hand it to the code under test wherever that code takes an {@code Amazonivschat}; it validates
 * every request as the service does, keeps rooms, logging configurations, tags and tokens, records
 * every call and every event sent to a room, and fails with the SDK's own exceptions.
 *
 * <pre>{@code
 * FakeAmazonivschat ivschat = new FakeAmazonivschat();
 * CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest().withName("lobby"));
 * ivschat.sendEvent(new SendEventRequest()
 *     .withRoomIdentifier(room.getArn()).withEventName("app:welcome"));
 * assertThat(ivschat.sentEvents(room.getArn())).hasSize(1);
 * }</pre>
 *
 * <p>Each result is a fresh object carrying what the SDK client reads from a response: the request
 * id ({@code getSdkResponseMetadata()}) and the HTTP status and headers
 * ({@code getSdkHttpMetadata()}: 200, or 204 for {@code DeleteRoom} and
 * {@code DeleteLoggingConfiguration}).
 *
 * <p>It is also the {@link IvsChatControl control surface} of the {@link IvsChat} it works on:
 * snapshots, the sent events, the call journal, the clock, fault scripts and {@link #reset()}.
 * {@link #async()} is the one {@code AmazonivschatAsync} over the same state. To test an
 * application that holds both SDK clients against one service, make both front doors on one
 * {@link IvsChat}: {@code new FakeAmazonivschat(ivsChat)}. Thread-safe.
 */
public class FakeAmazonivschat extends AbstractAmazonivschat implements IvsChatControl {
  private final IvsChat ivsChat;
  private final ResponseMetadataCache metadata = new ResponseMetadataCache();
  private final Object asyncLock = new Object();
  private FakeAmazonivschatAsync async;
  private volatile boolean shutdown;

  /** A fresh fake with the defaults: {@code us-east-1}, account {@code 123456789012}. */
  public FakeAmazonivschat() {
    this(IvsChatConfig.defaults());
  }

  /**
   * A fresh fake with the given configuration.
   *
   * @param config the configuration
   */
  public FakeAmazonivschat(IvsChatConfig config) {
    this(new IvsChat(config));
  }

  /**
   * A v1 front door on an existing IVS Chat, sharing its state with every other front door on it.
   *
   * @param ivsChat the in-memory IVS Chat
   */
  public FakeAmazonivschat(IvsChat ivsChat) {
    this.ivsChat = Objects.requireNonNull(ivsChat, "ivsChat");
  }

  /**
   * A builder for a configured fake.
   *
   * <pre>{@code
   * FakeAmazonivschat fake = FakeAmazonivschat.builder()
   *     .region("eu-west-1").idSeed(7).quotas(Quotas.defaults().withMaxRooms(2)).build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The async client over this fake's state: what it creates, this fake sees, and the other way
   * round. Always the same client; {@link #shutdown()} shuts it down too.
   *
   * @return the async client on the same IVS Chat
   */
  public FakeAmazonivschatAsync async() {
    synchronized (asyncLock) {
      if (async == null) {
        async = new FakeAmazonivschatAsync(ivsChat);
        if (shutdown) {
          async.shutdown();
        }
      }
      return async;
    }
  }

  @Override
  public IvsChat ivsChat() {
    return ivsChat;
  }

  // ---- the SDK interface ----

  @Override
  public CreateRoomResult createRoom(CreateRoomRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy, V1Results::createRoom);
  }

  @Override
  public GetRoomResult getRoom(GetRoomRequest request) {
    return call(request, r -> new IvsChatRequest.GetRoom(r.getIdentifier()), V1Requests::copy,
        V1Results::getRoom);
  }

  @Override
  public UpdateRoomResult updateRoom(UpdateRoomRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy, V1Results::updateRoom);
  }

  @Override
  public DeleteRoomResult deleteRoom(DeleteRoomRequest request) {
    return call(request, r -> new IvsChatRequest.DeleteRoom(r.getIdentifier()), V1Requests::copy,
        none -> new DeleteRoomResult());
  }

  @Override
  public ListRoomsResult listRooms(ListRoomsRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy, V1Results::listRooms);
  }

  @Override
  public CreateLoggingConfigurationResult createLoggingConfiguration(
      CreateLoggingConfigurationRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy,
        V1Results::createLoggingConfiguration);
  }

  @Override
  public GetLoggingConfigurationResult getLoggingConfiguration(
      GetLoggingConfigurationRequest request) {
    return call(request, r -> new IvsChatRequest.GetLoggingConfiguration(r.getIdentifier()),
        V1Requests::copy, V1Results::getLoggingConfiguration);
  }

  @Override
  public UpdateLoggingConfigurationResult updateLoggingConfiguration(
      UpdateLoggingConfigurationRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy,
        V1Results::updateLoggingConfiguration);
  }

  @Override
  public DeleteLoggingConfigurationResult deleteLoggingConfiguration(
      DeleteLoggingConfigurationRequest request) {
    return call(request, r -> new IvsChatRequest.DeleteLoggingConfiguration(r.getIdentifier()),
        V1Requests::copy, none -> new DeleteLoggingConfigurationResult());
  }

  @Override
  public ListLoggingConfigurationsResult listLoggingConfigurations(
      ListLoggingConfigurationsRequest request) {
    return call(request,
        r -> new IvsChatRequest.ListLoggingConfigurations(r.getNextToken(), r.getMaxResults()),
        V1Requests::copy, V1Results::listLoggingConfigurations);
  }

  @Override
  public CreateChatTokenResult createChatToken(CreateChatTokenRequest request) {
    return call(request, V1Requests::neutral, V1Requests::copy, V1Results::createChatToken);
  }

  @Override
  public SendEventResult sendEvent(SendEventRequest request) {
    return call(request, r -> new IvsChatRequest.SendEvent(r.getRoomIdentifier(),
        r.getEventName(), r.getAttributes()), V1Requests::copy,
        e -> new SendEventResult().withId(e.id()));
  }

  @Override
  public DeleteMessageResult deleteMessage(DeleteMessageRequest request) {
    return call(request, r -> new IvsChatRequest.DeleteMessage(r.getRoomIdentifier(), r.getId(),
        r.getReason()), V1Requests::copy, e -> new DeleteMessageResult().withId(e.id()));
  }

  @Override
  public DisconnectUserResult disconnectUser(DisconnectUserRequest request) {
    return call(request, r -> new IvsChatRequest.DisconnectUser(r.getRoomIdentifier(),
        r.getUserId(), r.getReason()), V1Requests::copy, e -> new DisconnectUserResult());
  }

  @Override
  public TagResourceResult tagResource(TagResourceRequest request) {
    return call(request, r -> new IvsChatRequest.TagResource(r.getResourceArn(), r.getTags()),
        V1Requests::copy, none -> new TagResourceResult());
  }

  @Override
  public UntagResourceResult untagResource(UntagResourceRequest request) {
    return call(request,
        r -> new IvsChatRequest.UntagResource(r.getResourceArn(), r.getTagKeys()),
        V1Requests::copy, none -> new UntagResourceResult());
  }

  @Override
  public ListTagsForResourceResult listTagsForResource(ListTagsForResourceRequest request) {
    return call(request, r -> new IvsChatRequest.ListTagsForResource(r.getResourceArn()),
        V1Requests::copy, tags -> new ListTagsForResourceResult().withTags(V1Results.tags(tags)));
  }

  /**
   * Shuts this client down, as the SDK client's {@code shutdown()} does: later calls through it
   * (and through {@link #async()}) fail as the real client's do after {@code shutdown()}, with
   * {@code IllegalStateException: Connection pool shut down}. The IVS Chat's state and the
   * control surface stay usable, and other front doors on it are not affected.
   */
  @Override
  public void shutdown() {
    shutdown = true;
    synchronized (asyncLock) {
      if (async != null && async != this) {
        async.shutdown();
      }
    }
  }

  /**
   * The response metadata (with the request id) of the last call made with this request object,
   * as the SDK client caches it; null for requests this client has not seen.
   *
   * @param request a request object passed to this client
   * @return the metadata, or null
   */
  @Override
  public ResponseMetadata getCachedResponseMetadata(AmazonWebServiceRequest request) {
    return metadata.get(request);
  }

  /**
   * One call: translate, run on the engine, translate the outcome into the v1 result or exception.
   */
  private <Q extends AmazonWebServiceRequest, R, T extends AmazonWebServiceResult<ResponseMetadata>>
      T call(Q request, Function<Q, IvsChatRequest<R>> neutral, UnaryOperator<Q> copier,
      Function<R, T> toResult) {
    Objects.requireNonNull(request, "request must not be null");
    if (shutdown) {
      throw new IllegalStateException("Connection pool shut down");
    }
    IvsChatRequest<R> in = neutral.apply(request);
    Outcome<R> outcome = ivsChat.call(in, request, copier);
    ResponseMetadata md = new ResponseMetadata(
        Map.of(ResponseMetadata.AWS_REQUEST_ID, outcome.requestId()));
    metadata.put(request, md);
    if (outcome.failed()) {
      throw V1Exceptions.toV1(outcome.error(), outcome.requestId());
    }
    T result = toResult.apply(outcome.value());
    result.setSdkResponseMetadata(md);
    result.setSdkHttpMetadata(httpMetadata(in.operation(), outcome.requestId()));
    return result;
  }

  /**
   * The HTTP metadata the SDK client reads from a successful response: 204 without a body for the
   * two deletes, 200 with a JSON body for everything else, and the request id header.
   */
  private static SdkHttpMetadata httpMetadata(Operation operation, String requestId) {
    HttpResponse response = new HttpResponse(null, null);
    boolean noContent = operation.successStatus() == 204;
    response.setStatusCode(operation.successStatus());
    response.setStatusText(noContent ? "No Content" : "OK");
    response.addHeader("x-amzn-RequestId", requestId);
    if (!noContent) {
      response.addHeader("Content-Type", "application/json");
    }
    return SdkHttpMetadata.from(response);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + ivsChat.config().region() + ", "
        + ivsChat.config().accountId() + "]";
  }

  /** Builds a configured {@link FakeAmazonivschat}; the settings are those of {@link ConfigBuilder}. */
  public static final class Builder extends ConfigBuilder<Builder> {
    private Builder() {
    }

    /**
     * Builds the fake.
     *
     * @return a fresh fake
     */
    public FakeAmazonivschat build() {
      return new FakeAmazonivschat(buildConfig());
    }

    /**
     * Builds an async fake.
     *
     * @return a fresh async fake
     */
    public FakeAmazonivschatAsync buildAsync() {
      return new FakeAmazonivschatAsync(buildConfig());
    }
  }
}
