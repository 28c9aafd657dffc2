package dev.ivschat.testkit.sdk1;

import static dev.ivschat.testkit.sdk1.Requests.LAMBDA;
import static dev.ivschat.testkit.sdk1.Requests.OTHER_LAMBDA;
import static dev.ivschat.testkit.sdk1.Requests.loggingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ListRooms: order, filters and cursor pagination. */
class ListRoomsTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final Amazonivschat ivschat = fake;

  /** Creates rooms one second apart; returns their ARNs, oldest first. */
  private List<String> createRooms(int n, String name) {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fake.clock().advance(Duration.ofSeconds(1));
      arns.add(ivschat.createRoom(new CreateRoomRequest().withName(name)).getArn());
    }
    return arns;
  }

  private static List<String> arns(ListRoomsResult result) {
    return result.getRooms().stream().map(RoomSummary::getArn).toList();
  }

  private List<String> listAll(ListRoomsRequest request) {
    List<String> all = new ArrayList<>();
    String token = null;
    do {
      ListRoomsResult page = ivschat.listRooms(request.clone().withNextToken(token));
      all.addAll(arns(page));
      token = page.getNextToken();
    } while (token != null);
    return all;
  }

  @Test
  void rooms_are_listed_newest_update_time_first() {
    List<String> rooms = createRooms(3, "r");
    fake.clock().advance(Duration.ofSeconds(1));
    ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(rooms.get(0)).withName("again"));

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest())))
        .containsExactly(rooms.get(0), rooms.get(2), rooms.get(1));
  }

  @Test
  void rooms_created_in_the_same_millisecond_are_listed_newest_first() {
    String first = ivschat.createRoom(new CreateRoomRequest()).getArn();
    String second = ivschat.createRoom(new CreateRoomRequest()).getArn();

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest()))).containsExactly(second, first);
  }

  @Test
  void a_summary_carries_the_room_fields_it_has_in_the_model() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("logs")).getArn();
    String arn = ivschat.createRoom(new CreateRoomRequest().withName("lobby")
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA))
        .withTags(Map.of("team", "chat")).withLoggingConfigurationIdentifiers(lc)).getArn();

    RoomSummary summary = ivschat.listRooms(new ListRoomsRequest()).getRooms().get(0);

    assertThat(summary.getArn()).isEqualTo(arn);
    assertThat(summary.getId()).isEqualTo(arn.substring(arn.lastIndexOf('/') + 1));
    assertThat(summary.getName()).isEqualTo("lobby");
    assertThat(summary.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(summary.getTags()).containsExactly(Map.entry("team", "chat"));
    assertThat(summary.getLoggingConfigurationIdentifiers()).containsExactly(lc);
    assertThat(summary.getCreateTime()).isNotNull();
    assertThat(summary.getUpdateTime()).isNotNull();
  }

  @Test
  void the_name_filter_is_an_exact_match() {
    List<String> lobby = createRooms(2, "lobby");
    createRooms(1, "lobby2");

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest().withName("lobby"))))
        .containsExactlyInAnyOrderElementsOf(lobby);
  }

  @Test
  void empty_name_and_handler_filters_filter_nothing() {
    createRooms(2, "named");
    ivschat.createRoom(new CreateRoomRequest());

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest().withName("")
        .withMessageReviewHandlerUri("")))).hasSize(3);
  }

  @Test
  void the_filters_combine_with_and() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("logs")).getArn();
    MessageReviewHandler handler = new MessageReviewHandler().withUri(LAMBDA);
    String all = ivschat.createRoom(new CreateRoomRequest().withName("a")
        .withMessageReviewHandler(handler).withLoggingConfigurationIdentifiers(lc)).getArn();
    ivschat.createRoom(new CreateRoomRequest().withName("a").withMessageReviewHandler(handler));
    ivschat.createRoom(new CreateRoomRequest().withName("a")
        .withMessageReviewHandler(new MessageReviewHandler().withUri(OTHER_LAMBDA))
        .withLoggingConfigurationIdentifiers(lc));
    ivschat.createRoom(new CreateRoomRequest().withName("b").withMessageReviewHandler(handler)
        .withLoggingConfigurationIdentifiers(lc));

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest().withName("a")
        .withMessageReviewHandlerUri(LAMBDA).withLoggingConfigurationIdentifier(lc))))
        .containsExactly(all);
    assertThat(ivschat.listRooms(new ListRoomsRequest().withMessageReviewHandlerUri(LAMBDA))
        .getRooms()).hasSize(3);
    assertThat(ivschat.listRooms(new ListRoomsRequest().withLoggingConfigurationIdentifier(lc))
        .getRooms()).hasSize(3);
  }

  @Test
  void filtering_on_a_logging_configuration_that_does_not_exist_is_a_404() {
    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.listRooms(new ListRoomsRequest()
            .withLoggingConfigurationIdentifier(Requests.LOGGING_ARN_PREFIX + "ABcdef34ghIJ")));

    assertThat(e.getResourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
  }

  @Test
  void an_empty_listing_has_an_empty_list_and_no_token() {
    ListRoomsResult result = ivschat.listRooms(new ListRoomsRequest());

    assertThat(result.getRooms()).isNotNull().isEmpty();
    assertThat(result.getNextToken()).isNull();
  }

  @Test
  void a_page_holds_50_rooms_by_default() {
    createRooms(51, "r");

    ListRoomsResult first = ivschat.listRooms(new ListRoomsRequest());
    ListRoomsResult second =
        ivschat.listRooms(new ListRoomsRequest().withNextToken(first.getNextToken()));

    assertThat(first.getRooms()).hasSize(50);
    assertThat(first.getNextToken()).isNotNull();
    assertThat(second.getRooms()).hasSize(1);
    assertThat(second.getNextToken()).isNull();
  }

  @Test
  void exactly_a_full_last_page_has_no_next_token() {
    createRooms(4, "r");

    ListRoomsResult first = ivschat.listRooms(new ListRoomsRequest().withMaxResults(2));
    ListRoomsResult second = ivschat.listRooms(
        new ListRoomsRequest().withMaxResults(2).withNextToken(first.getNextToken()));

    assertThat(second.getRooms()).hasSize(2);
    assertThat(second.getNextToken()).isNull();
  }

  @Test
  void paging_visits_every_room_once_in_list_order() {
    List<String> rooms = createRooms(23, "r");
    List<String> newestFirst = new ArrayList<>(rooms);
    java.util.Collections.reverse(newestFirst);

    assertThat(listAll(new ListRoomsRequest().withMaxResults(5))).isEqualTo(newestFirst);
    assertThat(listAll(new ListRoomsRequest().withMaxResults(1))).isEqualTo(newestFirst);
  }

  @Test
  void tokens_are_opaque_and_made_of_url_safe_characters() {
    createRooms(3, "r");

    String token = ivschat.listRooms(new ListRoomsRequest().withMaxResults(1)).getNextToken();

    assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(1024);
  }

  @Test
  void an_empty_token_starts_from_the_beginning() {
    List<String> rooms = createRooms(2, "r");

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest().withNextToken(""))))
        .containsExactly(rooms.get(1), rooms.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "YzF8TGlzdFJvb21z", "!!!", "c1|ListRooms|0|1|1|x"})
  void a_token_the_fake_did_not_issue_is_rejected_on_next_token(String token) {
    createRooms(2, "r");

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ivschat.listRooms(new ListRoomsRequest().withNextToken(token)));

    assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
        .containsExactly("nextToken");
  }

  @Test
  void a_token_used_with_other_filters_is_rejected() {
    createRooms(3, "a");
    String token = ivschat.listRooms(new ListRoomsRequest().withName("a").withMaxResults(1))
        .getNextToken();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ivschat.listRooms(new ListRoomsRequest().withName("b").withNextToken(token)));
    ValidationException unfiltered = catchThrowableOfType(ValidationException.class,
        () -> ivschat.listRooms(new ListRoomsRequest().withNextToken(token)));

    assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
        .containsExactly("nextToken");
    assertThat(unfiltered).isNotNull();
  }

  @Test
  void a_token_is_bound_to_its_exact_filters_even_when_they_share_a_hash_code() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    createRooms(2, "Aa");
    createRooms(2, "BB");
    String token = ivschat.listRooms(new ListRoomsRequest().withName("Aa").withMaxResults(1))
        .getNextToken();

    assertThat(catchThrowableOfType(ValidationException.class,
        () -> ivschat.listRooms(new ListRoomsRequest().withName("BB").withNextToken(token))))
        .isNotNull();
  }

  @Test
  void a_token_stays_short_enough_to_send_back_with_the_longest_filters() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("logs")).getArn();
    String name = "n".repeat(128);
    String lambda = Requests.LAMBDA + "x".repeat(170 - Requests.LAMBDA.length());
    for (int i = 0; i < 2; i++) {
      ivschat.createRoom(new CreateRoomRequest().withName(name)
          .withMessageReviewHandler(new MessageReviewHandler().withUri(lambda))
          .withLoggingConfigurationIdentifiers(lc));
    }
    ListRoomsRequest request = new ListRoomsRequest().withName(name)
        .withMessageReviewHandlerUri(lambda).withLoggingConfigurationIdentifier(lc)
        .withMaxResults(1);

    String token = ivschat.listRooms(request).getNextToken();

    assertThat(token).hasSizeLessThanOrEqualTo(1024);
    assertThat(ivschat.listRooms(request.clone().withNextToken(token)).getRooms()).hasSize(1);
  }

  @Test
  void a_token_may_be_used_with_another_page_size() {
    List<String> rooms = createRooms(5, "r");
    String token = ivschat.listRooms(new ListRoomsRequest().withMaxResults(1)).getNextToken();

    assertThat(arns(ivschat.listRooms(new ListRoomsRequest().withMaxResults(3)
        .withNextToken(token)))).containsExactly(rooms.get(3), rooms.get(2), rooms.get(1));
  }

  @Test
  void a_list_rooms_token_is_not_a_list_logging_configurations_token() {
    createRooms(2, "r");
    for (int i = 0; i < 2; i++) {
      ivschat.createLoggingConfiguration(loggingTo("logs-" + i));
    }
    String token = ivschat.listRooms(new ListRoomsRequest().withMaxResults(1)).getNextToken();

    assertThat(catchThrowableOfType(ValidationException.class,
        () -> ivschat.listLoggingConfigurations(
            new ListLoggingConfigurationsRequest().withNextToken(token))).getFieldList())
        .extracting(ValidationExceptionField::getName).containsExactly("nextToken");
  }

  @Test
  void pages_stay_correct_while_rooms_are_created_and_deleted_between_pages() {
    List<String> rooms = createRooms(30, "r");
    Set<String> unchanged = new HashSet<>(rooms);
    Set<String> deletedBeforeListing = new HashSet<>();
    List<String> seen = new ArrayList<>();

    ListRoomsResult page = ivschat.listRooms(new ListRoomsRequest().withMaxResults(7));
    seen.addAll(arns(page));
    int round = 0;
    while (page.getNextToken() != null) {
      fake.clock().advance(Duration.ofMillis(10));
      // a new room, a deleted room not yet listed, and the room at the cursor deleted
      ivschat.createRoom(new CreateRoomRequest().withName("new"));
      String notYetListed = rooms.get(round);
      if (!seen.contains(notYetListed) && unchanged.remove(notYetListed)) {
        ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(notYetListed));
        deletedBeforeListing.add(notYetListed);
      }
      String cursor = seen.get(seen.size() - 1);
      if (round == 1 && unchanged.remove(cursor)) {
        ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(cursor));
      }
      page = ivschat.listRooms(
          new ListRoomsRequest().withMaxResults(7).withNextToken(page.getNextToken()));
      seen.addAll(arns(page));
      round++;
    }

    assertThat(seen).doesNotHaveDuplicates().containsAll(unchanged)
        .doesNotContainAnyElementsOf(deletedBeforeListing);
    assertThat(deletedBeforeListing).isNotEmpty();
    assertThat(seen).filteredOn(arn -> !rooms.contains(arn)).isEmpty();
  }

  @Test
  void a_room_updated_while_paging_is_not_listed_twice() {
    List<String> rooms = createRooms(6, "r");
    ListRoomsResult first = ivschat.listRooms(new ListRoomsRequest().withMaxResults(3));
    fake.clock().advance(Duration.ofSeconds(1));
    ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(rooms.get(5)).withName("moved"));
    ivschat.tagResource(new TagResourceRequest().withResourceArn(rooms.get(0))
        .withTags(Map.of("k", "v")));

    ListRoomsResult second = ivschat.listRooms(
        new ListRoomsRequest().withMaxResults(3).withNextToken(first.getNextToken()));

    assertThat(arns(first)).containsExactly(rooms.get(5), rooms.get(4), rooms.get(3));
    assertThat(arns(second)).containsExactly(rooms.get(2), rooms.get(1), rooms.get(0));
  }
}
