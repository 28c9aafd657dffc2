package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * {@link IvsChatDomain} provides the neutral records, handlers, destinations, seeded IVS Chats and
 * invalid requests, without any SDK.
 */
@Domain(IvsChatDomain.class)
class IvsChatDomainProperties {

  @Property(tries = 100)
  void requests_by_type(@ForAll CreateRoom room, @ForAll CreateLoggingConfiguration logging,
      @ForAll IvsChat ivsChat) {
    assertThat(accepted(ivsChat, room).arn()).startsWith("arn:aws:ivschat:us-east-1:");
    assertThat(accepted(ivsChat, logging).state()).isEqualTo("ACTIVE");
  }

  @Property(tries = 100)
  void requests_on_rooms_name_random_rooms(@ForAll UpdateRoom update, @ForAll SendEvent event,
      @ForAll CreateChatToken token, @ForAll DeleteMessage delete,
      @ForAll DisconnectUser disconnect, @ForAll IvsChat ivsChat) {
    for (IvsChatRequest<?> request : List.of(update, event, token, delete, disconnect)) {
      assertThat(ivsChat.call(request).error().code())
          .isEqualTo(ServiceError.RESOURCE_NOT_FOUND);
    }
  }

  @Property(tries = 100)
  void parts_and_invalid_requests(@ForAll MessageReviewHandler handler,
      @ForAll DestinationConfiguration destination, @ForAll Invalid<CreateRoom> bad,
      @ForAll Invalid<CreateLoggingConfiguration> badLogging, @ForAll IvsChat ivsChat) {
    accepted(ivsChat, new CreateRoom(null, null, null, handler, null, null));
    accepted(ivsChat, new CreateLoggingConfiguration(null, destination, null));
    assertRejected(bad, ivsChat.call(bad.value()));
    assertRejected(badLogging, ivsChat.call(badLogging.value()));
  }

  @Property(tries = 50)
  void annotations_work_in_the_domain(@ForAll @ValidRoomName String name) {
    assertThat(name).matches("[a-zA-Z0-9-_]{0,128}");
  }
}
