package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.jqwik.internal.ToV2;
import java.util.function.Function;
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
 * The just-invalid requests of {@link InvalidIvsChatArbitraries} as AWS SDK for Java v2 requests:
 * each wrong in exactly one member, named as the fake names it in the
 * {@code ValidationException}'s field list. Get it from {@link IvsChatV2Arbitraries#invalid()}.
 * The invalid plain values (names, maps, ARNs) are SDK-neutral, at
 * {@link IvsChatArbitraries#invalid()}.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void a_bad_token_request_is_rejected_on_its_field(
 *     @ForAll("badTokens") Invalid<CreateChatTokenRequest> bad) {
 *   IvschatClient ivschat = newFakeWithRoom();
 *   assertThatThrownBy(() -> ivschat.createChatToken(bad.value()))
 *       .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
 *           .extracting(ValidationExceptionField::name)
 *           .containsExactly(bad.field()));
 * }
 * }</pre>
 */
public final class InvalidIvsChatV2Arbitraries {
  static final InvalidIvsChatV2Arbitraries INSTANCE = new InvalidIvsChatV2Arbitraries();
  private static final InvalidIvsChatArbitraries NEUTRAL = IvsChatArbitraries.invalid();

  private InvalidIvsChatV2Arbitraries() {
  }

  /**
   * Handlers wrong in the uri or the fallback result, as
   * {@link InvalidIvsChatArbitraries#messageReviewHandlers()}.
   *
   * @return reported on {@code messageReviewHandler.uri} or
   *     {@code messageReviewHandler.fallbackResult}
   */
  public Arbitrary<Invalid<MessageReviewHandler>> messageReviewHandlers() {
    return v2(NEUTRAL.messageReviewHandlers(), ToV2::handler);
  }

  /**
   * Destinations that set none or several kinds, or one with a bad name, as
   * {@link InvalidIvsChatArbitraries#loggingDestinations()}.
   *
   * @return reported on {@code destinationConfiguration} or the bad name
   */
  public Arbitrary<Invalid<DestinationConfiguration>> loggingDestinations() {
    return v2(NEUTRAL.loggingDestinations(), ToV2::destination);
  }

  /**
   * CreateRoom requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createRoomRequests()}.
   *
   * @return the requests
   */
  public Arbitrary<Invalid<CreateRoomRequest>> createRoomRequests() {
    return v2(NEUTRAL.createRoomRequests(), ToV2::createRoom);
  }

  /**
   * UpdateRoom requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#updateRoomRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<UpdateRoomRequest>> updateRoomRequests(String roomArn) {
    return v2(NEUTRAL.updateRoomRequests(roomArn), ToV2::updateRoom);
  }

  /**
   * CreateChatToken requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createChatTokenRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<CreateChatTokenRequest>> createChatTokenRequests(String roomArn) {
    return v2(NEUTRAL.createChatTokenRequests(roomArn), ToV2::createChatToken);
  }

  /**
   * SendEvent requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#sendEventRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<SendEventRequest>> sendEventRequests(String roomArn) {
    return v2(NEUTRAL.sendEventRequests(roomArn), ToV2::sendEvent);
  }

  /**
   * DeleteMessage requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#deleteMessageRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<DeleteMessageRequest>> deleteMessageRequests(String roomArn) {
    return v2(NEUTRAL.deleteMessageRequests(roomArn), ToV2::deleteMessage);
  }

  /**
   * DisconnectUser requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#disconnectUserRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<DisconnectUserRequest>> disconnectUserRequests(String roomArn) {
    return v2(NEUTRAL.disconnectUserRequests(roomArn), ToV2::disconnectUser);
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createLoggingConfigurationRequests()}.
   *
   * @return the requests
   */
  public Arbitrary<Invalid<CreateLoggingConfigurationRequest>>
      createLoggingConfigurationRequests() {
    return v2(NEUTRAL.createLoggingConfigurationRequests(), ToV2::createLoggingConfiguration);
  }

  private static <N, S> Arbitrary<Invalid<S>> v2(Arbitrary<Invalid<N>> neutral,
      Function<N, S> translate) {
    return neutral.map(bad -> bad.map(translate));
  }
}
