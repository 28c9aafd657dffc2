package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ListRooms and ListLoggingConfigurations: newest update first, cursor pages that visit every item
 * once, tokens bound to their listing and filters, and the ListRooms filters.
 */
public interface PaginationContract extends Contract {

  /** One of the two listings: its operation, its items member and how to make an item. */
  record Listing(String operation, String items, String create) {
    static final Listing ROOMS = new Listing("ListRooms", "rooms", "CreateRoom");
    static final Listing LOGGING_CONFIGURATIONS = new Listing("ListLoggingConfigurations",
        "loggingConfigurations", "CreateLoggingConfiguration");

    Listing other() {
      return this == ROOMS ? LOGGING_CONFIGURATIONS : ROOMS;
    }

    /** Makes n items one second apart; their ARNs, oldest first. */
    List<String> make(Service s, int n) {
      List<String> arns = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        s.control().clock().advance(Duration.ofSeconds(1));
        arns.add(s.ok(create, this == ROOMS ? Wire.of("name", "r")
            : Wire.of("destinationConfiguration", Wire.s3("logs-" + i))).string("arn"));
      }
      return arns;
    }

    List<String> arns(Reply page) {
      return page.structures(items).stream().map(item -> (String) item.get("arn")).toList();
    }

    /** Every item, following the tokens from the first page. */
    List<String> all(Service s, Map<String, Object> filters) {
      List<String> all = new ArrayList<>();
      String token = null;
      do {
        Map<String, Object> input = Wire.of("nextToken", token);
        input.putAll(filters);
        Reply page = s.ok(operation, input);
        all.addAll(arns(page));
        token = page.string("nextToken");
      } while (token != null);
      return all;
    }

    @Override
    public String toString() {
      return operation;
    }
  }

  /** A service that may hold 60 logging configurations, to page through them. */
  private Service roomy() {
    return open(c -> c.quotas(Quotas.defaults().withMaxLoggingConfigurations(60)));
  }

  private static Stream<DynamicTest> forEachListing(Consumer<Listing> test) {
    return Stream.of(Listing.ROOMS, Listing.LOGGING_CONFIGURATIONS)
        .map(listing -> DynamicTest.dynamicTest(listing.operation(), () -> test.accept(listing)));
  }

  @TestFactory
  default Stream<DynamicTest> paging_visits_every_item_once_newest_first_whatever_the_page_size() {
    return forEachListing(listing -> {
      Service s = roomy();
      List<String> newestFirst = new ArrayList<>(listing.make(s, 23));
      Collections.reverse(newestFirst);

      for (Integer size : new Integer[] {1, 5, 23, 50, null}) {
        assertThat(listing.all(s, Wire.of("maxResults", size))).as("pages of %s", size)
            .isEqualTo(newestFirst);
      }
      s.close();
    });
  }

  @TestFactory
  default Stream<DynamicTest> a_page_holds_50_items_by_default_and_a_full_last_page_has_no_next_token() {
    return forEachListing(listing -> {
      Service s = roomy();
      listing.make(s, 54);

      Reply first = s.ok(listing.operation(), Wire.of());
      Reply second = s.ok(listing.operation(), Wire.of("nextToken", first.string("nextToken"),
          "maxResults", 4));

      assertThat(first.structures(listing.items())).hasSize(50);
      assertThat(first.string("nextToken")).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(1024);
      assertThat(second.structures(listing.items())).hasSize(4);
      assertThat(second.output()).doesNotContainKey("nextToken");
      s.close();
    });
  }

  @TestFactory
  default Stream<DynamicTest> an_empty_listing_has_an_empty_list_and_no_token() {
    return forEachListing(listing -> {
      Reply empty = open().ok(listing.operation(), Wire.of());

      assertThat(empty.structures(listing.items())).isNotNull().isEmpty();
      assertThat(empty.output()).doesNotContainKey("nextToken");
    });
  }

  @TestFactory
  default Stream<DynamicTest> a_token_of_one_listing_is_rejected_by_the_other_on_next_token() {
    return forEachListing(listing -> {
      Service s = roomy();
      listing.make(s, 2);
      listing.other().make(s, 2);
      String token = s.ok(listing.operation(), Wire.of("maxResults", 1)).string("nextToken");

      assertThat(s.invalidFields(listing.other().operation(), Wire.of("nextToken", token)))
          .containsExactly("nextToken");
      s.close();
    });
  }

  @TestFactory
  default Stream<DynamicTest> a_token_the_fake_did_not_issue_is_rejected_on_next_token() {
    return forEachListing(listing -> {
      Service s = roomy();
      listing.make(s, 2);

      for (String token : List.of("garbage", "YzF8TGlzdFJvb21z", "!!!", "c1|ListRooms|0|1|1|x")) {
        assertThat(s.invalidFields(listing.operation(), Wire.of("nextToken", token))).as(token)
            .containsExactly("nextToken");
      }
      s.close();
    });
  }

  @TestFactory
  default Stream<DynamicTest> an_empty_token_starts_from_the_beginning_and_a_token_may_change_the_page_size() {
    return forEachListing(listing -> {
      Service s = roomy();
      List<String> items = listing.make(s, 5);
      String token = s.ok(listing.operation(), Wire.of("maxResults", 1)).string("nextToken");

      assertThat(listing.arns(s.ok(listing.operation(), Wire.of("nextToken", "", "maxResults", 2))))
          .containsExactly(items.get(4), items.get(3));
      assertThat(listing.arns(s.ok(listing.operation(),
          Wire.of("nextToken", token, "maxResults", 3))))
          .containsExactly(items.get(3), items.get(2), items.get(1));
      s.close();
    });
  }

  @Test
  default void rooms_are_listed_newest_update_time_first() {
    Service s = open();
    List<String> rooms = Listing.ROOMS.make(s, 3);
    s.control().clock().advance(Duration.ofSeconds(1));
    s.ok("UpdateRoom", Wire.of("identifier", rooms.get(0), "name", "again"));

    assertThat(Listing.ROOMS.arns(s.ok("ListRooms", Wire.of())))
        .containsExactly(rooms.get(0), rooms.get(2), rooms.get(1));
  }

  @Test
  default void a_room_summary_carries_the_room_fields_the_model_gives_it() {
    Service s = open();
    String lc = s.loggingConfiguration("logs");
    Reply room = s.createRoom(Wire.of("name", "lobby",
        "messageReviewHandler", Wire.of("uri", RoomContract.LAMBDA), "tags", Wire.of("team", "chat"),
        "loggingConfigurationIdentifiers", List.of(lc)));
    Map<String, Object> expected = new LinkedHashMap<>(room.output());
    expected.remove("maximumMessageRatePerSecond");
    expected.remove("maximumMessageLength");

    Reply listed = s.ok("ListRooms", Wire.of());

    assertThat(listed.structures("rooms")).singleElement().isEqualTo(expected);
  }

  @Test
  default void the_list_rooms_filters_match_exactly_and_combine_with_and() {
    Service s = open();
    String lc = s.loggingConfiguration("logs");
    Map<String, Object> handler = Wire.of("uri", RoomContract.LAMBDA);
    String all = s.createRoom(Wire.of("name", "a", "messageReviewHandler", handler,
        "loggingConfigurationIdentifiers", List.of(lc))).string("arn");
    s.createRoom(Wire.of("name", "a", "messageReviewHandler", handler));
    s.createRoom(Wire.of("name", "a", "messageReviewHandler",
        Wire.of("uri", RoomContract.OTHER_LAMBDA), "loggingConfigurationIdentifiers", List.of(lc)));
    s.createRoom(Wire.of("name", "b", "messageReviewHandler", handler,
        "loggingConfigurationIdentifiers", List.of(lc)));
    s.createRoom(Wire.of("name", "aa"));

    assertThat(Listing.ROOMS.all(s, Wire.of("name", "a", "messageReviewHandlerUri",
        RoomContract.LAMBDA, "loggingConfigurationIdentifier", lc))).containsExactly(all);
    assertThat(Listing.ROOMS.all(s, Wire.of("name", "a"))).hasSize(3);
    assertThat(Listing.ROOMS.all(s, Wire.of("messageReviewHandlerUri", RoomContract.LAMBDA)))
        .hasSize(3);
    assertThat(Listing.ROOMS.all(s, Wire.of("loggingConfigurationIdentifier", lc))).hasSize(3);
    assertThat(Listing.ROOMS.all(s, Wire.of("name", "", "messageReviewHandlerUri", "")))
        .hasSize(5);
  }

  @Test
  default void filtering_on_a_logging_configuration_that_does_not_exist_is_a_404() {
    ServiceError e = open().fails("ListRooms", Wire.of("loggingConfigurationIdentifier",
        Fixture.LOGGING_ARN_PREFIX + "ABcdef34ghIJ"), ServiceError.RESOURCE_NOT_FOUND);

    assertThat(e.resourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(e.resourceType()).isEqualTo(ServiceError.LOGGING_CONFIGURATION);
  }

  @Test
  default void a_list_rooms_token_used_with_other_filters_is_rejected() {
    Service s = open();
    Listing.ROOMS.make(s, 3);
    String token = s.ok("ListRooms", Wire.of("name", "r", "maxResults", 1)).string("nextToken");

    assertThat(s.invalidFields("ListRooms", Wire.of("name", "b", "nextToken", token)))
        .containsExactly("nextToken");
    assertThat(s.invalidFields("ListRooms", Wire.of("nextToken", token)))
        .containsExactly("nextToken");
    assertThat(s.ok("ListRooms", Wire.of("name", "r", "nextToken", token)).structures("rooms"))
        .hasSize(2);
  }

  @Test
  default void a_token_is_good_only_for_the_fake_that_made_it_and_only_until_it_is_reset() {
    Service one = open(c -> c.idSeed(1));
    Service sameSeed = open(c -> c.idSeed(1));
    Service otherSeed = open(c -> c.idSeed(2));
    for (Service s : List.of(one, sameSeed, otherSeed)) {
      Listing.ROOMS.make(s, 3);
    }
    String token = one.ok("ListRooms", Wire.of("maxResults", 1)).string("nextToken");

    assertThat(sameSeed.invalidFields("ListRooms", Wire.of("nextToken", token)))
        .containsExactly("nextToken");
    assertThat(otherSeed.invalidFields("ListRooms", Wire.of("nextToken", token)))
        .containsExactly("nextToken");
    assertThat(one.ok("ListRooms", Wire.of("nextToken", token)).structures("rooms")).hasSize(2);
    one.control().reset();
    Listing.ROOMS.make(one, 3);
    assertThat(one.invalidFields("ListRooms", Wire.of("nextToken", token)))
        .containsExactly("nextToken");
  }

  @Test
  default void a_forged_token_is_rejected_on_next_token() {
    Service s = open();
    Listing.ROOMS.make(s, 3);
    String token = s.ok("ListRooms", Wire.of("maxResults", 1)).string("nextToken");
    String raw = new String(Base64.getUrlDecoder().decode(token),
        StandardCharsets.UTF_8);
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
        raw.replaceFirst("\\|[0-9]+\\|", "|0|").getBytes(StandardCharsets.UTF_8));

    assertThat(forged).isNotEqualTo(token);
    assertThat(s.invalidFields("ListRooms", Wire.of("nextToken", forged)))
        .containsExactly("nextToken");
    assertThat(s.invalidFields("ListRooms", Wire.of("nextToken", "bm90IGEgdG9rZW4")))
        .containsExactly("nextToken");
  }

  @Test
  default void a_room_updated_while_paging_is_not_listed_twice() {
    Service s = open();
    List<String> rooms = Listing.ROOMS.make(s, 6);
    Reply first = s.ok("ListRooms", Wire.of("maxResults", 3));
    s.control().clock().advance(Duration.ofSeconds(1));
    s.ok("UpdateRoom", Wire.of("identifier", rooms.get(5), "name", "moved"));

    Reply second = s.ok("ListRooms",
        Wire.of("maxResults", 3, "nextToken", first.string("nextToken")));

    assertThat(Listing.ROOMS.arns(first)).containsExactly(rooms.get(5), rooms.get(4), rooms.get(3));
    assertThat(Listing.ROOMS.arns(second)).containsExactly(rooms.get(2), rooms.get(1), rooms.get(0));
  }
}
