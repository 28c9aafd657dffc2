package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.AccessDeniedException;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.InternalServerException;
import com.amazonaws.services.ivschat.model.PendingVerificationException;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Fault scripts, account switches and the API rate quotas on the fake clock. */
class FaultsTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final Amazonivschat ivschat = fake;

  private Throwable createRoom() {
    return catchThrowable(() -> ivschat.createRoom(new CreateRoomRequest()));
  }

  @Test
  void an_nth_call_rule_fails_only_that_call() {
    Faults.Rule rule =
        fake.faults().on(Operation.CREATE_ROOM).nthCall(3).fail(ServiceError.internalServer());

    assertThat(createRoom()).isNull();
    assertThat(createRoom()).isNull();
    assertThat(createRoom()).isInstanceOf(InternalServerException.class);
    assertThat(createRoom()).isNull();
    assertThat(rule.firedCount()).isEqualTo(1);
    assertThat(fake.rooms()).hasSize(3);
  }

  @Test
  void a_times_rule_fails_n_calls_then_lets_them_succeed() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.faults().on(Operation.SEND_EVENT).times(2).fail(ServiceError.throttling(100));
    SendEventRequest send = new SendEventRequest().withRoomIdentifier(room).withEventName("e");

    ThrottlingException first =
        catchThrowableOfType(ThrottlingException.class, () -> ivschat.sendEvent(send));
    Throwable second = catchThrowable(() -> ivschat.sendEvent(send));
    Throwable third = catchThrowable(() -> ivschat.sendEvent(send));

    assertThat(first.getLimit()).isEqualTo(100);
    assertThat(second).isInstanceOf(ThrottlingException.class);
    assertThat(third).isNull();
    assertThat(fake.sentEvents()).hasSize(1);
  }

  @Test
  void a_rule_without_count_fails_every_matching_call_until_removed() {
    Faults.Rule rule =
        fake.faults().on(Operation.CREATE_ROOM).fail(ServiceError.accessDenied("nope"));

    assertThat(createRoom()).isInstanceOf(AccessDeniedException.class).hasMessageContaining("nope");
    assertThat(createRoom()).isInstanceOf(AccessDeniedException.class);
    rule.remove();

    assertThat(createRoom()).isNull();
    assertThat(rule.firedCount()).isEqualTo(2);
  }

  @Test
  void a_predicate_on_the_typed_request_picks_the_calls_that_fail() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.faults().on(Operation.CREATE_CHAT_TOKEN)
        .when(CreateChatTokenRequest.class, r -> "mallory".equals(r.getUserId()))
        .fail(ServiceError.accessDenied());

    Throwable mallory = catchThrowable(() -> ivschat.createChatToken(
        new CreateChatTokenRequest().withRoomIdentifier(room).withUserId("mallory")));
    Throwable ana = catchThrowable(() -> ivschat.createChatToken(
        new CreateChatTokenRequest().withRoomIdentifier(room).withUserId("ana")));

    assertThat(mallory).isInstanceOf(AccessDeniedException.class);
    assertThat(ana).isNull();
    assertThat(fake.chatTokens()).extracting(ChatToken::userId).containsExactly("ana");
  }

  @Test
  void an_untyped_predicate_and_an_nth_call_count_only_matching_calls() {
    fake.faults().onAnyOperation()
        .when(r -> r instanceof IvsChatRequest.CreateRoom c && "target".equals(c.name()))
        .nthCall(2).fail(ServiceError.internalServer());

    assertThat(catchThrowable(() -> ivschat.createRoom(new CreateRoomRequest().withName("target"))))
        .isNull();
    assertThat(createRoom()).isNull();
    assertThat(catchThrowable(() -> ivschat.createRoom(new CreateRoomRequest().withName("target"))))
        .isInstanceOf(InternalServerException.class);
  }

  @Test
  void an_any_operation_rule_fails_every_operation() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.faults().onAnyOperation().times(2).fail(ServiceError.internalServer());

    assertThat(catchThrowable(() -> ivschat.getRoom(new GetRoomRequest().withIdentifier(room))))
        .isInstanceOf(InternalServerException.class);
    assertThat(createRoom()).isInstanceOf(InternalServerException.class);
    assertThat(createRoom()).isNull();
  }

  @Test
  void the_first_rule_that_fires_wins() {
    fake.faults().on(Operation.CREATE_ROOM).times(1).fail(ServiceError.accessDenied());
    fake.faults().on(Operation.CREATE_ROOM).fail(ServiceError.internalServer());

    assertThat(createRoom()).isInstanceOf(AccessDeniedException.class);
    assertThat(createRoom()).isInstanceOf(InternalServerException.class);
  }

  @Test
  void a_faulted_call_changes_no_state_and_is_journaled_with_its_error() {
    fake.faults().on(Operation.CREATE_ROOM).fail(ServiceError.internalServer());

    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> ivschat.createRoom(new CreateRoomRequest().withName("never")));

    assertThat(fake.rooms()).isEmpty();
    assertThat(fake.calls()).singleElement().satisfies(call -> {
      assertThat(call.operation()).isEqualTo(Operation.CREATE_ROOM);
      assertThat(call.error().code()).isEqualTo("InternalServerException");
      assertThat(call.request(CreateRoomRequest.class).getName()).isEqualTo("never");
      assertThat(call.requestId()).isEqualTo(e.getRequestId());
    });
  }

  @Test
  void a_scripted_fault_fires_before_validation() {
    fake.faults().on(Operation.CREATE_ROOM).fail(ServiceError.internalServer());

    assertThat(catchThrowable(() -> ivschat.createRoom(new CreateRoomRequest().withName("bad!"))))
        .isInstanceOf(InternalServerException.class);
  }

  @Test
  void pending_verification_spares_reads_and_can_be_switched_off() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.faults().pendingVerification(true);

    assertThat(createRoom()).isInstanceOf(PendingVerificationException.class);
    assertThat(ivschat.getRoom(new GetRoomRequest().withIdentifier(room)).getArn())
        .isEqualTo(room);
    fake.faults().pendingVerification(false);
    assertThat(createRoom()).isNull();
  }

  @Test
  void with_rate_quotas_a_sixth_create_room_in_a_second_is_throttled_until_the_clock_moves() {
    fake.faults().enforceRateQuotas(true);
    for (int i = 0; i < 5; i++) {
      assertThat(createRoom()).isNull();
    }

    assertThat(createRoom()).isInstanceOf(ThrottlingException.class);
    Instant first = fake.calls(Operation.CREATE_ROOM).get(0).time();
    fake.clock().set(first.plusMillis(999));
    assertThat(createRoom()).isInstanceOf(ThrottlingException.class);
    fake.clock().set(first.plusMillis(1000));
    assertThat(createRoom()).isNull();
    assertThat(fake.rooms()).hasSize(6);
  }

  @Test
  void rate_quotas_count_each_operation_on_its_own() {
    fake.faults().enforceRateQuotas(true);
    for (int i = 0; i < 5; i++) {
      createRoom();
    }
    String room = fake.rooms().get(0).arn();

    for (int i = 0; i < 5; i++) {
      ivschat.getRoom(new GetRoomRequest().withIdentifier(room));
    }
    assertThat(catchThrowable(() -> ivschat.getRoom(new GetRoomRequest().withIdentifier(room))))
        .isInstanceOf(ThrottlingException.class);
    assertThat(Operation.CREATE_CHAT_TOKEN.rateLimitPerSecond()).isEqualTo(200);
    assertThat(Operation.SEND_EVENT.rateLimitPerSecond()).isEqualTo(100);
    assertThat(Operation.TAG_RESOURCE.rateLimitPerSecond()).isEqualTo(10);
    assertThat(Operation.CREATE_LOGGING_CONFIGURATION.rateLimitPerSecond()).isEqualTo(3);
  }

  @Test
  void without_rate_quotas_calls_are_not_throttled() {
    for (int i = 0; i < 20; i++) {
      assertThat(createRoom()).isNull();
    }
  }

  @Test
  void clear_removes_the_rules_and_switches_and_restores_the_configured_rate_enforcement() {
    FakeAmazonivschat enforced = FakeAmazonivschat.builder().enforceRateQuotas(true).build();
    enforced.faults().on(Operation.CREATE_ROOM).times(1).fail(ServiceError.internalServer());
    enforced.faults().accessDenied(true);
    enforced.faults().pendingVerification(true);
    enforced.faults().enforceRateQuotas(false);

    enforced.faults().clear();

    for (int i = 0; i < 5; i++) {
      enforced.createRoom(new CreateRoomRequest());
    }
    assertThat(catchThrowable(() -> enforced.createRoom(new CreateRoomRequest())))
        .isInstanceOf(ThrottlingException.class);
  }

  @Test
  void a_rule_takes_a_positive_count_and_not_both_kinds() {
    Faults.RuleBuilder builder = fake.faults().on(Operation.CREATE_ROOM);

    assertThatThrownBy(() -> builder.nthCall(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.faults().on(Operation.CREATE_ROOM).nthCall(1).times(1))
        .isInstanceOf(IllegalStateException.class);
  }
}
