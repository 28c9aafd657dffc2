package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.Amazonivschat;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@IvsChatTest
class MoreInjectionTest {

  // README: async and clock
  @Test
  void async_client_clock_and_control_share_one_ivs_chat(AmazonivschatAsync async, FakeClock clock,
      IvsChatControl control) throws Exception {
    Future<CreateRoomResult> room = async.createRoomAsync(new CreateRoomRequest());
    String arn = room.get().getArn();
    String token = async.createChatTokenAsync(new CreateChatTokenRequest()
        .withRoomIdentifier(arn).withUserId("alice")).get().getToken();

    clock.advance(Duration.ofMinutes(2));

    assertThat(control.chatToken(token).orElseThrow().tokenExpirationTime())
        .isBefore(clock.instant());
  }
  // README: end

  // README: dynamic
  @TestFactory
  Stream<DynamicTest> each_dynamic_test_gets_a_fresh_ivs_chat(CurrentIvsChat current) {
    return Stream.of("red", "green", "blue").map(name -> dynamicTest(name, () -> {
      Amazonivschat ivschat = current.client(Amazonivschat.class);  // this dynamic test's own
      ivschat.createRoom(new CreateRoomRequest().withName(name));
      assertThat(current.ivsChat().rooms()).hasSize(1);
    }));
  }
  // README: end
}
