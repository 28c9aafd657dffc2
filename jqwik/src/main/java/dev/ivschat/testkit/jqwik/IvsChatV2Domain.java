package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
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
 * The IVS Chat domain for the AWS SDK for Java v2: everything {@link IvsChatDomain} generates, and
 * {@code @ForAll} parameters of the v2 requests ({@code CreateRoomRequest},
 * {@code UpdateRoomRequest}, {@code CreateChatTokenRequest}, {@code SendEventRequest},
 * {@code DeleteMessageRequest}, {@code DisconnectUserRequest},
 * {@code CreateLoggingConfigurationRequest}), {@code MessageReviewHandler},
 * {@code DestinationConfiguration}, {@link FakeIvschatClient}, {@code Invalid<CreateRoomRequest>}
 * and {@code Invalid<CreateLoggingConfigurationRequest>}. Needs {@code ivschat-testkit-sdk2}.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * @Domain(IvsChatV2Domain.class)
 * void any_room_in_any_fake(@ForAll CreateRoomRequest request, @ForAll FakeIvschatClient ivschat) {
 *   assertThat(ivschat.createRoom(request).arn()).isNotNull();
 * }
 * }</pre>
 *
 * <p>Requests on a room name a random room ARN, which no fake holds: the call passes validation and
 * then fails with {@code ResourceNotFoundException}.
 */
public class IvsChatV2Domain extends IvsChatDomain {

  /** The domain; jqwik creates it. */
  public IvsChatV2Domain() {
  }

  /**
   * Fakes seeded from the property's random source.
   *
   * @return {@link IvsChatV2Arbitraries#seededFakes()}
   */
  @Provide
  public Arbitrary<FakeIvschatClient> v2Fakes() {
    return IvsChatV2Arbitraries.seededFakes();
  }

  /**
   * CreateRoom requests.
   *
   * @return {@link IvsChatV2Arbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<CreateRoomRequest> v2CreateRoomRequests() {
    return IvsChatV2Arbitraries.createRoomRequests();
  }

  /**
   * UpdateRoom requests of random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<UpdateRoomRequest> v2UpdateRoomRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV2Arbitraries::updateRoomRequests);
  }

  /**
   * CreateChatToken requests for random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<CreateChatTokenRequest> v2CreateChatTokenRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV2Arbitraries::createChatTokenRequests);
  }

  /**
   * SendEvent requests to random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<SendEventRequest> v2SendEventRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV2Arbitraries::sendEventRequests);
  }

  /**
   * DeleteMessage requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DeleteMessageRequest> v2DeleteMessageRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV2Arbitraries::deleteMessageRequests);
  }

  /**
   * DisconnectUser requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DisconnectUserRequest> v2DisconnectUserRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV2Arbitraries::disconnectUserRequests);
  }

  /**
   * CreateLoggingConfiguration requests.
   *
   * @return {@link IvsChatV2Arbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<CreateLoggingConfigurationRequest> v2CreateLoggingConfigurationRequests() {
    return IvsChatV2Arbitraries.createLoggingConfigurationRequests();
  }

  /**
   * Message review handlers.
   *
   * @return {@link IvsChatV2Arbitraries#messageReviewHandlers()}
   */
  @Provide
  public Arbitrary<MessageReviewHandler> v2MessageReviewHandlers() {
    return IvsChatV2Arbitraries.messageReviewHandlers();
  }

  /**
   * Logging destinations.
   *
   * @return {@link IvsChatV2Arbitraries#loggingDestinations()}
   */
  @Provide
  public Arbitrary<DestinationConfiguration> v2LoggingDestinations() {
    return IvsChatV2Arbitraries.loggingDestinations();
  }

  /**
   * CreateRoom requests wrong in one member.
   *
   * @return {@link InvalidIvsChatV2Arbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateRoomRequest>> v2InvalidCreateRoomRequests() {
    return IvsChatV2Arbitraries.invalid().createRoomRequests();
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return {@link InvalidIvsChatV2Arbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateLoggingConfigurationRequest>>
      v2InvalidCreateLoggingConfigurationRequests() {
    return IvsChatV2Arbitraries.invalid().createLoggingConfigurationRequests();
  }
}
