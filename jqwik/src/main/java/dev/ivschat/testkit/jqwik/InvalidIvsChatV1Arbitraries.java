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
import dev.ivschat.testkit.jqwik.internal.ToV1;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;

/**
 * The just-invalid requests of {@link InvalidIvsChatArbitraries} as AWS SDK for Java v1 beans:
 * each wrong in exactly one member, named as the fake names it in the
 * {@code ValidationException}'s field list. Get it from {@link IvsChatV1Arbitraries#invalid()}.
 * The invalid plain values (names, maps, ARNs) are SDK-neutral, at
 * {@link IvsChatArbitraries#invalid()}.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void a_bad_token_request_is_rejected_on_its_field(
 *     @ForAll("badTokens") Invalid<CreateChatTokenRequest> bad) {
 *   Amazonivschat ivschat = newFakeWithRoom();
 *   assertThatThrownBy(() -> ivschat.createChatToken(bad.value()))
 *       .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldList())
 *           .extracting(ValidationExceptionField::getName)
 *           .containsExactly(bad.field()));
 * }
 * }</pre>
 */
public final class InvalidIvsChatV1Arbitraries {
  static final InvalidIvsChatV1Arbitraries INSTANCE = new InvalidIvsChatV1Arbitraries();
  private static final InvalidIvsChatArbitraries NEUTRAL = IvsChatArbitraries.invalid();

  private InvalidIvsChatV1Arbitraries() {
  }

  /**
   * Handlers wrong in the uri or the fallback result, as
   * {@link InvalidIvsChatArbitraries#messageReviewHandlers()}.
   *
   * @return reported on {@code messageReviewHandler.uri} or
   *     {@code messageReviewHandler.fallbackResult}
   */
  public Arbitrary<Invalid<MessageReviewHandler>> messageReviewHandlers() {
    return v1(NEUTRAL.messageReviewHandlers(), ToV1::handler);
  }

  /**
   * Destinations that set none or several kinds, or one with a bad name, as
   * {@link InvalidIvsChatArbitraries#loggingDestinations()}.
   *
   * @return reported on {@code destinationConfiguration} or the bad name
   */
  public Arbitrary<Invalid<DestinationConfiguration>> loggingDestinations() {
    return v1(NEUTRAL.loggingDestinations(), ToV1::destination);
  }

  /**
   * CreateRoom requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createRoomRequests()}.
   *
   * @return new request beans
   */
  public Arbitrary<Invalid<CreateRoomRequest>> createRoomRequests() {
    return v1(NEUTRAL.createRoomRequests(), ToV1::createRoom);
  }

  /**
   * UpdateRoom requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#updateRoomRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return new request beans
   */
  public Arbitrary<Invalid<UpdateRoomRequest>> updateRoomRequests(String roomArn) {
    return v1(NEUTRAL.updateRoomRequests(roomArn), ToV1::updateRoom);
  }

  /**
   * CreateChatToken requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createChatTokenRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return new request beans
   */
  public Arbitrary<Invalid<CreateChatTokenRequest>> createChatTokenRequests(String roomArn) {
    return v1(NEUTRAL.createChatTokenRequests(roomArn), ToV1::createChatToken);
  }

  /**
   * SendEvent requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#sendEventRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return new request beans
   */
  public Arbitrary<Invalid<SendEventRequest>> sendEventRequests(String roomArn) {
    return v1(NEUTRAL.sendEventRequests(roomArn), ToV1::sendEvent);
  }

  /**
   * DeleteMessage requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#deleteMessageRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return new request beans
   */
  public Arbitrary<Invalid<DeleteMessageRequest>> deleteMessageRequests(String roomArn) {
    return v1(NEUTRAL.deleteMessageRequests(roomArn), ToV1::deleteMessage);
  }

  /**
   * DisconnectUser requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#disconnectUserRequests(String)}.
   *
   * @param roomArn the room the valid members refer to
   * @return new request beans
   */
  public Arbitrary<Invalid<DisconnectUserRequest>> disconnectUserRequests(String roomArn) {
    return v1(NEUTRAL.disconnectUserRequests(roomArn), ToV1::disconnectUser);
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member, as
   * {@link InvalidIvsChatArbitraries#createLoggingConfigurationRequests()}.
   *
   * @return new request beans
   */
  public Arbitrary<Invalid<CreateLoggingConfigurationRequest>>
      createLoggingConfigurationRequests() {
    return v1(NEUTRAL.createLoggingConfigurationRequests(), ToV1::createLoggingConfiguration);
  }

  private static <N, S> Arbitrary<Invalid<S>> v1(Arbitrary<Invalid<N>> neutral,
      Function<N, S> translate) {
    return neutral.map(bad -> bad.map(translate));
  }
}
