package dev.ivschat.testkit;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.AmazonWebServiceResult;
import com.amazonaws.ResponseMetadata;
import com.amazonaws.SdkClientException;
import com.amazonaws.http.HttpResponse;
import com.amazonaws.http.SdkHttpMetadata;
import com.amazonaws.services.ivschat.AbstractAmazonivschat;
import com.amazonaws.services.ivschat.model.AmazonivschatException;
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
import dev.ivschat.testkit.internal.engine.Engine;
import dev.ivschat.testkit.internal.engine.Inputs;
import dev.ivschat.testkit.internal.engine.Outcome;
import dev.ivschat.testkit.internal.engine.Service;
import dev.ivschat.testkit.internal.engine.ServiceErrorException;
import dev.ivschat.testkit.internal.v1.V1Exceptions;
import dev.ivschat.testkit.internal.v1.V1Requests;
import dev.ivschat.testkit.internal.v1.V1Results;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * <p>It is also the fake's {@link IvsChatControl control surface}: snapshots, the sent events, the
 * call journal, the clock, fault scripts and {@link #reset()}. {@link #async()} gives an
 * {@code AmazonivschatAsync} over the same state. Thread-safe.
 */
public class FakeAmazonivschat extends AbstractAmazonivschat implements IvsChatControl {
  private final Engine engine;
  private final ResponseMetadataCache metadata = new ResponseMetadataCache();
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
    this(new Engine(config));
  }

  FakeAmazonivschat(Engine engine) {
    this.engine = engine;
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
   * An async client over this fake's state: what it creates, this fake sees, and the other way
   * round.
   *
   * @return a new async client on the same engine
   */
  public FakeAmazonivschatAsync async() {
    return new FakeAmazonivschatAsync(engine);
  }

  Engine engine() {
    return engine;
  }

  // ---- the SDK interface ----

  @Override
  public CreateRoomResult createRoom(CreateRoomRequest request) {
    Inputs.CreateRoom in = V1Requests.input(nonNull(request));
    return call(Operation.CREATE_ROOM, request, V1Requests.copy(request),
        s -> s.rooms().create(in), V1Results::createRoom);
  }

  @Override
  public GetRoomResult getRoom(GetRoomRequest request) {
    Inputs.Identifier in = new Inputs.Identifier(nonNull(request).getIdentifier());
    return call(Operation.GET_ROOM, request, V1Requests.copy(request), s -> s.rooms().get(in),
        V1Results::getRoom);
  }

  @Override
  public UpdateRoomResult updateRoom(UpdateRoomRequest request) {
    Inputs.UpdateRoom in = V1Requests.input(nonNull(request));
    return call(Operation.UPDATE_ROOM, request, V1Requests.copy(request),
        s -> s.rooms().update(in), V1Results::updateRoom);
  }

  @Override
  public DeleteRoomResult deleteRoom(DeleteRoomRequest request) {
    Inputs.Identifier in = new Inputs.Identifier(nonNull(request).getIdentifier());
    return call(Operation.DELETE_ROOM, request, V1Requests.copy(request), s -> {
      s.rooms().delete(in);
      return null;
    }, none -> new DeleteRoomResult());
  }

  @Override
  public ListRoomsResult listRooms(ListRoomsRequest request) {
    Inputs.ListRooms in = V1Requests.input(nonNull(request));
    return call(Operation.LIST_ROOMS, request, V1Requests.copy(request),
        s -> s.rooms().list(in), V1Results::listRooms);
  }

  @Override
  public CreateLoggingConfigurationResult createLoggingConfiguration(
      CreateLoggingConfigurationRequest request) {
    Inputs.CreateLoggingConfiguration in = V1Requests.input(nonNull(request));
    return call(Operation.CREATE_LOGGING_CONFIGURATION, request, V1Requests.copy(request),
        s -> s.loggingConfigurations().create(in), V1Results::createLoggingConfiguration);
  }

  @Override
  public GetLoggingConfigurationResult getLoggingConfiguration(
      GetLoggingConfigurationRequest request) {
    Inputs.Identifier in = new Inputs.Identifier(nonNull(request).getIdentifier());
    return call(Operation.GET_LOGGING_CONFIGURATION, request, V1Requests.copy(request),
        s -> s.loggingConfigurations().get(in), V1Results::getLoggingConfiguration);
  }

  @Override
  public UpdateLoggingConfigurationResult updateLoggingConfiguration(
      UpdateLoggingConfigurationRequest request) {
    Inputs.UpdateLoggingConfiguration in = V1Requests.input(nonNull(request));
    return call(Operation.UPDATE_LOGGING_CONFIGURATION, request, V1Requests.copy(request),
        s -> s.loggingConfigurations().update(in), V1Results::updateLoggingConfiguration);
  }

  @Override
  public DeleteLoggingConfigurationResult deleteLoggingConfiguration(
      DeleteLoggingConfigurationRequest request) {
    Inputs.Identifier in = new Inputs.Identifier(nonNull(request).getIdentifier());
    return call(Operation.DELETE_LOGGING_CONFIGURATION, request, V1Requests.copy(request), s -> {
      s.loggingConfigurations().delete(in);
      return null;
    }, none -> new DeleteLoggingConfigurationResult());
  }

  @Override
  public ListLoggingConfigurationsResult listLoggingConfigurations(
      ListLoggingConfigurationsRequest request) {
    ListLoggingConfigurationsRequest r = nonNull(request);
    Inputs.ListLoggingConfigurations in =
        new Inputs.ListLoggingConfigurations(r.getNextToken(), r.getMaxResults());
    return call(Operation.LIST_LOGGING_CONFIGURATIONS, request, V1Requests.copy(request),
        s -> s.loggingConfigurations().list(in), V1Results::listLoggingConfigurations);
  }

  @Override
  public CreateChatTokenResult createChatToken(CreateChatTokenRequest request) {
    Inputs.CreateChatToken in = V1Requests.input(nonNull(request));
    return call(Operation.CREATE_CHAT_TOKEN, request, V1Requests.copy(request),
        s -> s.messaging().createChatToken(in), V1Results::createChatToken);
  }

  @Override
  public SendEventResult sendEvent(SendEventRequest request) {
    Inputs.SendEvent in = V1Requests.input(nonNull(request));
    return call(Operation.SEND_EVENT, request, V1Requests.copy(request),
        s -> s.messaging().sendEvent(in), e -> new SendEventResult().withId(e.id()));
  }

  @Override
  public DeleteMessageResult deleteMessage(DeleteMessageRequest request) {
    DeleteMessageRequest r = nonNull(request);
    Inputs.DeleteMessage in =
        new Inputs.DeleteMessage(r.getRoomIdentifier(), r.getId(), r.getReason());
    return call(Operation.DELETE_MESSAGE, request, V1Requests.copy(request),
        s -> s.messaging().deleteMessage(in), e -> new DeleteMessageResult().withId(e.id()));
  }

  @Override
  public DisconnectUserResult disconnectUser(DisconnectUserRequest request) {
    DisconnectUserRequest r = nonNull(request);
    Inputs.DisconnectUser in =
        new Inputs.DisconnectUser(r.getRoomIdentifier(), r.getUserId(), r.getReason());
    return call(Operation.DISCONNECT_USER, request, V1Requests.copy(request),
        s -> s.messaging().disconnectUser(in), e -> new DisconnectUserResult());
  }

  @Override
  public TagResourceResult tagResource(TagResourceRequest request) {
    Inputs.TagResource in = V1Requests.input(nonNull(request));
    return call(Operation.TAG_RESOURCE, request, V1Requests.copy(request), s -> {
      s.tags().tag(in);
      return null;
    }, none -> new TagResourceResult());
  }

  @Override
  public UntagResourceResult untagResource(UntagResourceRequest request) {
    Inputs.UntagResource in = V1Requests.input(nonNull(request));
    return call(Operation.UNTAG_RESOURCE, request, V1Requests.copy(request), s -> {
      s.tags().untag(in);
      return null;
    }, none -> new UntagResourceResult());
  }

  @Override
  public ListTagsForResourceResult listTagsForResource(ListTagsForResourceRequest request) {
    Inputs.ResourceArn in = new Inputs.ResourceArn(nonNull(request).getResourceArn());
    return call(Operation.LIST_TAGS_FOR_RESOURCE, request, V1Requests.copy(request),
        s -> s.tags().list(in), tags -> new ListTagsForResourceResult()
            .withTags(V1Results.tags(tags)));
  }

  /**
   * Marks this client shut down, as the SDK client's {@code shutdown()} does: later calls through
   * it fail with {@link SdkClientException}. The fake's state and control surface stay usable,
   * and other clients on the same state are not affected.
   */
  @Override
  public void shutdown() {
    shutdown = true;
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

  private <R, T extends AmazonWebServiceResult<ResponseMetadata>> T call(Operation operation,
      AmazonWebServiceRequest original, Object copy, Function<Service, R> body,
      Function<R, T> toResult) {
    if (shutdown) {
      throw new SdkClientException("Unable to execute HTTP request: Connection pool shut down",
          new IllegalStateException("Connection pool shut down"));
    }
    try {
      Outcome<R> outcome = engine.execute(operation, copy, body);
      T result = toResult.apply(outcome.value());
      ResponseMetadata md = metadata(outcome.requestId());
      result.setSdkResponseMetadata(md);
      result.setSdkHttpMetadata(httpMetadata(operation, outcome.requestId()));
      metadata.put(original, md);
      return result;
    } catch (ServiceErrorException e) {
      metadata.put(original, metadata(e.requestId()));
      AmazonivschatException thrown = V1Exceptions.toV1(e.error(), e.requestId());
      throw thrown;
    }
  }

  /**
   * The HTTP metadata the SDK client reads from a successful response: 204 without a body for the
   * two deletes, 200 with a JSON body for everything else, and the request id header.
   */
  private static SdkHttpMetadata httpMetadata(Operation operation, String requestId) {
    HttpResponse response = new HttpResponse(null, null);
    boolean noContent = operation == Operation.DELETE_ROOM
        || operation == Operation.DELETE_LOGGING_CONFIGURATION;
    response.setStatusCode(noContent ? 204 : 200);
    response.setStatusText(noContent ? "No Content" : "OK");
    response.addHeader("x-amzn-RequestId", requestId);
    if (!noContent) {
      response.addHeader("Content-Type", "application/json");
    }
    return SdkHttpMetadata.from(response);
  }

  private static ResponseMetadata metadata(String requestId) {
    return new ResponseMetadata(Map.of(ResponseMetadata.AWS_REQUEST_ID, requestId));
  }

  private static <T> T nonNull(T request) {
    return Objects.requireNonNull(request, "request must not be null");
  }

  // ---- the control surface ----

  @Override
  public IvsChatConfig config() {
    return engine.config();
  }

  @Override
  public List<Room> rooms() {
    return engine.rooms();
  }

  @Override
  public Optional<Room> room(String arn) {
    return engine.room(arn);
  }

  @Override
  public List<LoggingConfiguration> loggingConfigurations() {
    return engine.loggingConfigurations();
  }

  @Override
  public Optional<LoggingConfiguration> loggingConfiguration(String arn) {
    return engine.loggingConfiguration(arn);
  }

  @Override
  public List<ChatToken> chatTokens() {
    return engine.chatTokens();
  }

  @Override
  public Optional<ChatToken> chatToken(String token) {
    return engine.chatToken(token);
  }

  @Override
  public List<SentEvent> sentEvents() {
    return engine.sentEvents();
  }

  @Override
  public List<SentEvent> sentEvents(String roomArn) {
    return engine.sentEvents(roomArn);
  }

  @Override
  public List<Call> calls() {
    return engine.calls();
  }

  @Override
  public List<Call> calls(Operation operation) {
    return engine.calls(operation);
  }

  @Override
  public FakeClock clock() {
    return engine.clock();
  }

  @Override
  public Faults faults() {
    return engine.faults();
  }

  @Override
  public void setLoggingConfigurationState(String arn, String state) {
    engine.setLoggingConfigurationState(arn, state);
  }

  @Override
  public void reset() {
    engine.reset();
  }

  @Override
  public String toString() {
    return "FakeAmazonivschat[" + engine.config().region() + ", " + engine.config().accountId()
        + "]";
  }

  /** Builds a configured {@link FakeAmazonivschat}; the settings are those of {@link IvsChatConfig}. */
  public static final class Builder {
    private IvsChatConfig.Builder config = IvsChatConfig.builder();

    private Builder() {
    }

    /**
     * Starts from a whole configuration.
     *
     * @param base the configuration
     * @return this builder
     */
    public Builder config(IvsChatConfig base) {
      config = Objects.requireNonNull(base, "config").toBuilder();
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#region(String)}.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      config.region(region);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#accountId(String)}.
     *
     * @param accountId 12 digits
     * @return this builder
     */
    public Builder accountId(String accountId) {
      config.accountId(accountId);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#clock(java.time.Clock)}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(java.time.Clock clock) {
      config.clock(clock);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#clockStart(java.time.Instant)}.
     *
     * @param start the start
     * @return this builder
     */
    public Builder clockStart(java.time.Instant start) {
      config.clockStart(start);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#idSeed(long)}.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder idSeed(long seed) {
      config.idSeed(seed);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#quotas(Quotas)}.
     *
     * @param quotas the quotas
     * @return this builder
     */
    public Builder quotas(Quotas quotas) {
      config.quotas(quotas);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#enforceRateQuotas(boolean)}.
     *
     * @param enforce whether to enforce
     * @return this builder
     */
    public Builder enforceRateQuotas(boolean enforce) {
      config.enforceRateQuotas(enforce);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#rejectReservedTagKeys(boolean)}.
     *
     * @param reject whether to reject
     * @return this builder
     */
    public Builder rejectReservedTagKeys(boolean reject) {
      config.rejectReservedTagKeys(reject);
      return this;
    }

    /**
     * See {@link IvsChatConfig.Builder#rejectDeletingReferencedLoggingConfigurations(boolean)}.
     *
     * @param reject whether to reject
     * @return this builder
     */
    public Builder rejectDeletingReferencedLoggingConfigurations(boolean reject) {
      config.rejectDeletingReferencedLoggingConfigurations(reject);
      return this;
    }

    /**
     * The configuration built so far.
     *
     * @return the configuration
     */
    public IvsChatConfig buildConfig() {
      return config.build();
    }

    /**
     * Builds the fake.
     *
     * @return a fresh fake
     */
    public FakeAmazonivschat build() {
      return new FakeAmazonivschat(config.build());
    }

    /**
     * Builds an async fake.
     *
     * @return a fresh async fake
     */
    public FakeAmazonivschatAsync buildAsync() {
      return new FakeAmazonivschatAsync(config.build());
    }
  }
}
