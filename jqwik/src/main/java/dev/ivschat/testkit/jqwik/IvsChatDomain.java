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
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.jqwik.internal.FakeReportingFormat;
import dev.ivschat.testkit.jqwik.internal.ValidValueProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * A jqwik domain of IVS Chat: with {@code @Domain(IvsChatDomain.class)} on a property or its class,
 * {@code @ForAll} parameters of the SDK v1 request types, {@code MessageReviewHandler},
 * {@code DestinationConfiguration}, {@code FakeAmazonivschat} and {@link Invalid} requests are
 * generated, as are the {@code @Valid...} annotated strings and maps.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * @Domain(IvsChatDomain.class)
 * void any_room_in_any_fake(@ForAll CreateRoomRequest request, @ForAll FakeAmazonivschat ivschat) {
 *   assertThat(ivschat.createRoom(request).getArn()).isNotNull();
 * }
 * }</pre>
 *
 * <p>Requests on a room name a random room ARN, which no fake holds: the call passes validation and
 * then fails with {@code ResourceNotFoundException}. To call an existing room, build the
 * arbitraries with its ARN ({@link IvsChatArbitraries#sendEventRequests(String)}). As with any
 * domain, other types are only generated when {@code DomainContext.Global} is named too.
 */
public class IvsChatDomain extends DomainContextBase {

  /** The domain; jqwik creates it. */
  public IvsChatDomain() {
  }

  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    List<ArbitraryProvider> providers = new ArrayList<>(super.getArbitraryProviders());
    providers.add(new ValidValueProvider());
    return providers;
  }

  @Override
  public Collection<SampleReportingFormat> getReportingFormats() {
    List<SampleReportingFormat> formats = new ArrayList<>(super.getReportingFormats());
    formats.add(new FakeReportingFormat());
    return formats;
  }

  /**
   * Fakes seeded from the property's random source.
   *
   * @return {@link IvsChatFakes#seededFakes()}
   */
  @Provide
  public Arbitrary<FakeAmazonivschat> fakes() {
    return IvsChatFakes.seededFakes();
  }

  /**
   * CreateRoom requests.
   *
   * @return {@link IvsChatArbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<CreateRoomRequest> createRoomRequests() {
    return IvsChatArbitraries.createRoomRequests();
  }

  /**
   * UpdateRoom requests of random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<UpdateRoomRequest> updateRoomRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::updateRoomRequests);
  }

  /**
   * CreateChatToken requests for random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<CreateChatTokenRequest> createChatTokenRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::createChatTokenRequests);
  }

  /**
   * SendEvent requests to random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<SendEventRequest> sendEventRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::sendEventRequests);
  }

  /**
   * DeleteMessage requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DeleteMessageRequest> deleteMessageRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::deleteMessageRequests);
  }

  /**
   * DisconnectUser requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DisconnectUserRequest> disconnectUserRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::disconnectUserRequests);
  }

  /**
   * CreateLoggingConfiguration requests.
   *
   * @return {@link IvsChatArbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfigurationRequests() {
    return IvsChatArbitraries.createLoggingConfigurationRequests();
  }

  /**
   * Message review handlers.
   *
   * @return {@link IvsChatArbitraries#messageReviewHandlers()}
   */
  @Provide
  public Arbitrary<MessageReviewHandler> messageReviewHandlers() {
    return IvsChatArbitraries.messageReviewHandlers();
  }

  /**
   * Logging destinations.
   *
   * @return {@link IvsChatArbitraries#loggingDestinations()}
   */
  @Provide
  public Arbitrary<DestinationConfiguration> loggingDestinations() {
    return IvsChatArbitraries.loggingDestinations();
  }

  /**
   * CreateRoom requests wrong in one member.
   *
   * @return {@link InvalidIvsChatArbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateRoomRequest>> invalidCreateRoomRequests() {
    return IvsChatArbitraries.invalid().createRoomRequests();
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return {@link InvalidIvsChatArbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateLoggingConfigurationRequest>>
      invalidCreateLoggingConfigurationRequests() {
    return IvsChatArbitraries.invalid().createLoggingConfigurationRequests();
  }
}
