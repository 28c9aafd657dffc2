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
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The IVS Chat domain for the AWS SDK for Java v1: everything {@link IvsChatDomain} generates, and
 * {@code @ForAll} parameters of the v1 request beans ({@code CreateRoomRequest},
 * {@code UpdateRoomRequest}, {@code CreateChatTokenRequest}, {@code SendEventRequest},
 * {@code DeleteMessageRequest}, {@code DisconnectUserRequest},
 * {@code CreateLoggingConfigurationRequest}), {@code MessageReviewHandler},
 * {@code DestinationConfiguration}, {@link FakeAmazonivschat}, {@code Invalid<CreateRoomRequest>}
 * and {@code Invalid<CreateLoggingConfigurationRequest>}. Needs {@code ivschat-testkit-sdk1}.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * @Domain(IvsChatV1Domain.class)
 * void any_room_in_any_fake(@ForAll CreateRoomRequest request, @ForAll FakeAmazonivschat ivschat) {
 *   assertThat(ivschat.createRoom(request).getArn()).isNotNull();
 * }
 * }</pre>
 *
 * <p>Requests on a room name a random room ARN, which no fake holds: the call passes validation and
 * then fails with {@code ResourceNotFoundException}.
 */
public class IvsChatV1Domain extends IvsChatDomain {

  /** The domain; jqwik creates it. */
  public IvsChatV1Domain() {
  }

  /**
   * Fakes seeded from the property's random source.
   *
   * @return {@link IvsChatV1Arbitraries#seededFakes()}
   */
  @Provide
  public Arbitrary<FakeAmazonivschat> v1Fakes() {
    return IvsChatV1Arbitraries.seededFakes();
  }

  /**
   * CreateRoom requests.
   *
   * @return {@link IvsChatV1Arbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<CreateRoomRequest> v1CreateRoomRequests() {
    return IvsChatV1Arbitraries.createRoomRequests();
  }

  /**
   * UpdateRoom requests of random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<UpdateRoomRequest> v1UpdateRoomRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV1Arbitraries::updateRoomRequests);
  }

  /**
   * CreateChatToken requests for random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<CreateChatTokenRequest> v1CreateChatTokenRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV1Arbitraries::createChatTokenRequests);
  }

  /**
   * SendEvent requests to random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<SendEventRequest> v1SendEventRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV1Arbitraries::sendEventRequests);
  }

  /**
   * DeleteMessage requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DeleteMessageRequest> v1DeleteMessageRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV1Arbitraries::deleteMessageRequests);
  }

  /**
   * DisconnectUser requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DisconnectUserRequest> v1DisconnectUserRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatV1Arbitraries::disconnectUserRequests);
  }

  /**
   * CreateLoggingConfiguration requests.
   *
   * @return {@link IvsChatV1Arbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<CreateLoggingConfigurationRequest> v1CreateLoggingConfigurationRequests() {
    return IvsChatV1Arbitraries.createLoggingConfigurationRequests();
  }

  /**
   * Message review handlers.
   *
   * @return {@link IvsChatV1Arbitraries#messageReviewHandlers()}
   */
  @Provide
  public Arbitrary<MessageReviewHandler> v1MessageReviewHandlers() {
    return IvsChatV1Arbitraries.messageReviewHandlers();
  }

  /**
   * Logging destinations.
   *
   * @return {@link IvsChatV1Arbitraries#loggingDestinations()}
   */
  @Provide
  public Arbitrary<DestinationConfiguration> v1LoggingDestinations() {
    return IvsChatV1Arbitraries.loggingDestinations();
  }

  /**
   * CreateRoom requests wrong in one member.
   *
   * @return {@link InvalidIvsChatV1Arbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateRoomRequest>> v1InvalidCreateRoomRequests() {
    return IvsChatV1Arbitraries.invalid().createRoomRequests();
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return {@link InvalidIvsChatV1Arbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateLoggingConfigurationRequest>>
      v1InvalidCreateLoggingConfigurationRequests() {
    return IvsChatV1Arbitraries.invalid().createLoggingConfigurationRequests();
  }
}
