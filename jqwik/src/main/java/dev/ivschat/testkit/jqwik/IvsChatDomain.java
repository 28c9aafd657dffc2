package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
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
 * A jqwik domain of IVS Chat without any SDK: with {@code @Domain(IvsChatDomain.class)} on a
 * property or its class, {@code @ForAll} parameters of core's {@code IvsChat} and of the
 * {@code IvsChatRequest} records ({@code CreateRoom}, {@code UpdateRoom}, {@code CreateChatToken},
 * {@code SendEvent}, {@code DeleteMessage}, {@code DisconnectUser},
 * {@code CreateLoggingConfiguration}, {@code MessageReviewHandler},
 * {@code DestinationConfiguration}), {@code Invalid<CreateRoom>} and
 * {@code Invalid<CreateLoggingConfiguration>} are generated, as are the {@code @Valid...}
 * annotated strings and maps. {@link IvsChatV1Domain} and {@link IvsChatV2Domain} add the SDK
 * request types and fakes.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * @Domain(IvsChatDomain.class)
 * void any_room_in_any_ivs_chat(@ForAll IvsChatRequest.CreateRoom request,
 *     @ForAll IvsChat ivsChat) {
 *   assertThat(ivsChat.call(request).failed()).isFalse();
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
   * In-memory IVS Chats seeded from the property's random source.
   *
   * @return {@link IvsChatFakes#seededIvsChats()}
   */
  @Provide
  public Arbitrary<IvsChat> ivsChats() {
    return IvsChatFakes.seededIvsChats();
  }

  /**
   * CreateRoom requests.
   *
   * @return {@link IvsChatArbitraries#createRoomRequests()}
   */
  @Provide
  public Arbitrary<CreateRoom> createRoomRequests() {
    return IvsChatArbitraries.createRoomRequests();
  }

  /**
   * UpdateRoom requests of random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<UpdateRoom> updateRoomRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::updateRoomRequests);
  }

  /**
   * CreateChatToken requests for random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<CreateChatToken> createChatTokenRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::createChatTokenRequests);
  }

  /**
   * SendEvent requests to random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<SendEvent> sendEventRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::sendEventRequests);
  }

  /**
   * DeleteMessage requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DeleteMessage> deleteMessageRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::deleteMessageRequests);
  }

  /**
   * DisconnectUser requests in random rooms.
   *
   * @return requests on random room ARNs
   */
  @Provide
  public Arbitrary<DisconnectUser> disconnectUserRequests() {
    return IvsChatArbitraries.roomArns().flatMap(IvsChatArbitraries::disconnectUserRequests);
  }

  /**
   * CreateLoggingConfiguration requests.
   *
   * @return {@link IvsChatArbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<CreateLoggingConfiguration> createLoggingConfigurationRequests() {
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
  public Arbitrary<Invalid<CreateRoom>> invalidCreateRoomRequests() {
    return IvsChatArbitraries.invalid().createRoomRequests();
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return {@link InvalidIvsChatArbitraries#createLoggingConfigurationRequests()}
   */
  @Provide
  public Arbitrary<Invalid<CreateLoggingConfiguration>>
      invalidCreateLoggingConfigurationRequests() {
    return IvsChatArbitraries.invalid().createLoggingConfigurationRequests();
  }
}
