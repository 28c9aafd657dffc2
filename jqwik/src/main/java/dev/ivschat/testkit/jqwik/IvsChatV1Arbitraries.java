package dev.ivschat.testkit.jqwik;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.jqwik.internal.ToV1;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import net.jqwik.api.Arbitrary;

/**
 * The requests of {@link IvsChatArbitraries} as AWS SDK for Java v1 beans
 * ({@code com.amazonaws.services.ivschat.model}), and {@link FakeAmazonivschat}s seeded from the
 * property's random source. Needs {@code ivschat-testkit-sdk1} on the test classpath (this module
 * does not bring it). Their just-invalid counterparts are at {@link #invalid()}.
 *
 * <p>Each generator translates the SDK-neutral records of {@link IvsChatArbitraries} member for
 * member, so the v1 and v2 forms are wrong or right in the same ways and keep the same edge cases
 * and shrinking. An absent member is left unset; every draw is a new bean, so a test may change
 * it.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void every_generated_room_is_accepted(@ForAll("rooms") CreateRoomRequest request) {
 *   Amazonivschat ivschat = new FakeAmazonivschat();
 *   assertThat(ivschat.createRoom(request).getArn()).startsWith("arn:aws:ivschat:");
 * }
 *
 * @Provide
 * Arbitrary<CreateRoomRequest> rooms() {
 *   return IvsChatV1Arbitraries.createRoomRequests();
 * }
 * }</pre>
 */
public final class IvsChatV1Arbitraries {
  private IvsChatV1Arbitraries() {
  }

  /**
   * The just-invalid v1 requests.
   *
   * @return the invalid generators
   */
  public static InvalidIvsChatV1Arbitraries invalid() {
    return InvalidIvsChatV1Arbitraries.INSTANCE;
  }

  /**
   * Message review handlers, as {@link IvsChatArbitraries#messageReviewHandlers()}.
   *
   * @return new handler beans
   */
  public static Arbitrary<MessageReviewHandler> messageReviewHandlers() {
    return IvsChatArbitraries.messageReviewHandlers().map(ToV1::handler);
  }

  /**
   * Logging destinations, as {@link IvsChatArbitraries#loggingDestinations()}.
   *
   * @return new destination beans
   */
  public static Arbitrary<DestinationConfiguration> loggingDestinations() {
    return IvsChatArbitraries.loggingDestinations().map(ToV1::destination);
  }

  /**
   * CreateRoom requests, as {@link IvsChatArbitraries#createRoomRequests()}.
   *
   * @return new request beans
   */
  public static Arbitrary<CreateRoomRequest> createRoomRequests() {
    return IvsChatArbitraries.createRoomRequests().map(ToV1::createRoom);
  }

  /**
   * UpdateRoom requests of one room, as {@link IvsChatArbitraries#updateRoomRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return new request beans
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<UpdateRoomRequest> updateRoomRequests(String roomArn) {
    return IvsChatArbitraries.updateRoomRequests(roomArn).map(ToV1::updateRoom);
  }

  /**
   * CreateChatToken requests for one room, as
   * {@link IvsChatArbitraries#createChatTokenRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return new request beans
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<CreateChatTokenRequest> createChatTokenRequests(String roomArn) {
    return IvsChatArbitraries.createChatTokenRequests(roomArn).map(ToV1::createChatToken);
  }

  /**
   * SendEvent requests to one room, as {@link IvsChatArbitraries#sendEventRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return new request beans
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<SendEventRequest> sendEventRequests(String roomArn) {
    return IvsChatArbitraries.sendEventRequests(roomArn).map(ToV1::sendEvent);
  }

  /**
   * DeleteMessage requests in one room, as
   * {@link IvsChatArbitraries#deleteMessageRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return new request beans
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DeleteMessageRequest> deleteMessageRequests(String roomArn) {
    return IvsChatArbitraries.deleteMessageRequests(roomArn).map(ToV1::deleteMessage);
  }

  /**
   * DisconnectUser requests in one room, as
   * {@link IvsChatArbitraries#disconnectUserRequests(String)}.
   *
   * @param roomArn the room's ARN
   * @return new request beans
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DisconnectUserRequest> disconnectUserRequests(String roomArn) {
    return IvsChatArbitraries.disconnectUserRequests(roomArn).map(ToV1::disconnectUser);
  }

  /**
   * CreateLoggingConfiguration requests, as
   * {@link IvsChatArbitraries#createLoggingConfigurationRequests()}.
   *
   * @return new request beans
   */
  public static Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfigurationRequests() {
    return IvsChatArbitraries.createLoggingConfigurationRequests()
        .map(ToV1::createLoggingConfiguration);
  }

  /**
   * Fresh fakes seeded from the property's random source, of {@link IvsChatFakes#defaultBase()}:
   * what a {@code @ForAll FakeAmazonivschat} parameter gets. See {@link IvsChatFakes} for how
   * they replay.
   *
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeAmazonivschat> seededFakes() {
    return seededFakes(IvsChatFakes.defaultBase());
  }

  /**
   * Fresh fakes of a configuration of the test's choosing, seeded from the property's random
   * source.
   *
   * @param base the configuration; its idSeed is replaced
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeAmazonivschat> seededFakes(IvsChatConfig base) {
    return IvsChatFakes.seededConfigs(base).map(FakeAmazonivschat::new);
  }

  /**
   * The fake a property drew with this idSeed, to replay a reported failure by hand.
   *
   * @param base the configuration; its idSeed is replaced
   * @param idSeed the seed, as jqwik reported it
   * @return a new fake
   */
  public static FakeAmazonivschat seededFake(IvsChatConfig base, long idSeed) {
    return new FakeAmazonivschat(IvsChatFakes.seededConfig(base, idSeed));
  }
}
