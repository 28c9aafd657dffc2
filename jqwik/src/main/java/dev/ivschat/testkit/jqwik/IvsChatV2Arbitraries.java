package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.jqwik.internal.ToV2;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import net.jqwik.api.Arbitrary;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * The requests of {@link IvsChatArbitraries} as AWS SDK for Java v2 requests
 * ({@code software.amazon.awssdk.services.ivschat.model}), and {@link FakeIvschatClient}s seeded
 * from the property's random source. Needs {@code ivschat-testkit-sdk2} on the test classpath
 * (this module does not bring it). Their just-invalid counterparts are at {@link #invalid()}.
 *
 * <p>Each generator translates the SDK-neutral records of {@link IvsChatArbitraries} member for
 * member, so the v1 and v2 forms are wrong or right in the same ways and keep the same edge cases
 * and shrinking. An absent member is not set on the builder (a list or map is then the SDK's
 * "not set" value); the requests are immutable, as v2 requests are.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void every_generated_room_is_accepted(@ForAll("rooms") CreateRoomRequest request) {
 *   IvschatClient ivschat = new FakeIvschatClient();
 *   assertThat(ivschat.createRoom(request).arn()).startsWith("arn:aws:ivschat:");
 * }
 *
 * @Provide
 * Arbitrary<CreateRoomRequest> rooms() {
 *   return IvsChatV2Arbitraries.createRoomRequests();
 * }
 * }</pre>
 */
public final class IvsChatV2Arbitraries {
  private IvsChatV2Arbitraries() {
  }

  /**
   * The just-invalid v2 requests.
   *
   * @return the invalid generators
   */
  public static InvalidIvsChatV2Arbitraries invalid() {
    return InvalidIvsChatV2Arbitraries.INSTANCE;
  }

  /**
   * Message review handlers, as {@link IvsChatArbitraries#messageReviewHandlers()}.
   *
   * @return the handlers
   */
  public static Arbitrary<MessageReviewHandler> messageReviewHandlers() {
    return IvsChatArbitraries.messageReviewHandlers().map(ToV2::handler);
  }

  /**
   * Logging destinations, as {@link IvsChatArbitraries#loggingDestinations()}.
   *
   * @return the destinations
   */
  public static Arbitrary<DestinationConfiguration> loggingDestinations() {
    return IvsChatArbitraries.loggingDestinations().map(ToV2::destination);
  }

  /**
   * CreateRoom requests, as {@link IvsChatArbitraries#createRoomRequests()}.
   *
   * @return the requests
   */
  public static Arbitrary<CreateRoomRequest> createRoomRequests() {
    return IvsChatArbitraries.createRoomRequests().map(ToV2::createRoom);
  }

  /**
   * UpdateRoom requests of one room, as {@link IvsChatArbitraries#updateRoomRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<UpdateRoomRequest> updateRoomRequests(String roomArn) {
    return IvsChatArbitraries.updateRoomRequests(roomArn).map(ToV2::updateRoom);
  }

  /**
   * CreateChatToken requests for one room, as
   * {@link IvsChatArbitraries#createChatTokenRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<CreateChatTokenRequest> createChatTokenRequests(String roomArn) {
    return IvsChatArbitraries.createChatTokenRequests(roomArn).map(ToV2::createChatToken);
  }

  /**
   * SendEvent requests to one room, as {@link IvsChatArbitraries#sendEventRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<SendEventRequest> sendEventRequests(String roomArn) {
    return IvsChatArbitraries.sendEventRequests(roomArn).map(ToV2::sendEvent);
  }

  /**
   * DeleteMessage requests in one room, as
   * {@link IvsChatArbitraries#deleteMessageRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DeleteMessageRequest> deleteMessageRequests(String roomArn) {
    return IvsChatArbitraries.deleteMessageRequests(roomArn).map(ToV2::deleteMessage);
  }

  /**
   * DisconnectUser requests in one room, as
   * {@link IvsChatArbitraries#disconnectUserRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DisconnectUserRequest> disconnectUserRequests(String roomArn) {
    return IvsChatArbitraries.disconnectUserRequests(roomArn).map(ToV2::disconnectUser);
  }

  /**
   * CreateLoggingConfiguration requests, as
   * {@link IvsChatArbitraries#createLoggingConfigurationRequests()}.
   *
   * @return the requests
   */
  public static Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfigurationRequests() {
    return IvsChatArbitraries.createLoggingConfigurationRequests()
        .map(ToV2::createLoggingConfiguration);
  }

  /**
   * Fresh fakes seeded from the property's random source, of {@link IvsChatFakes#defaultBase()}:
   * what a {@code @ForAll FakeIvschatClient} parameter gets. See {@link IvsChatFakes} for how
   * they replay.
   *
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeIvschatClient> seededFakes() {
    return seededFakes(IvsChatFakes.defaultBase());
  }

  /**
   * Fresh fakes of a configuration of the test's choosing, seeded from the property's random
   * source.
   *
   * @param base the configuration; its idSeed is replaced
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeIvschatClient> seededFakes(IvsChatConfig base) {
    return IvsChatFakes.seededConfigs(base).map(FakeIvschatClient::new);
  }

  /**
   * The fake a property drew with this idSeed, to replay a reported failure by hand.
   *
   * @param base the configuration; its idSeed is replaced
   * @param idSeed the seed, as jqwik reported it
   * @return a new fake
   */
  public static FakeIvschatClient seededFake(IvsChatConfig base, long idSeed) {
    return new FakeIvschatClient(IvsChatFakes.seededConfig(base, idSeed));
  }
}
