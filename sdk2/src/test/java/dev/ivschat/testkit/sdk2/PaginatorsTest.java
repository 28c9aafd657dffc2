package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.LoggingConfigurationSummary;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;

/**
 * The SDK's own paginators (interface default methods) over the fake's page tokens. The model
 * names no items member, so the paginators yield pages only (no {@code rooms()} flattening).
 */
class PaginatorsTest {
  private final FakeIvschatClient fake = new FakeIvschatClient();

  private List<String> sevenRooms() {
    List<String> arns = new ArrayList<>();
    IntStream.range(0, 7).forEach(i -> arns.add(0, fake.createRoom(r -> r.name("r" + i)).arn()));
    return arns;
  }

  @Test
  void the_sync_room_paginator_visits_every_room_once_page_by_page() {
    List<String> newestFirst = sevenRooms();

    List<ListRoomsResponse> pages =
        fake.listRoomsPaginator(r -> r.maxResults(3)).stream().toList();

    assertThat(pages).extracting(p -> p.rooms().size()).containsExactly(3, 3, 1);
    assertThat(fake.listRoomsPaginator(ListRoomsRequest.builder().maxResults(3).build()).stream()
        .flatMap(p -> p.rooms().stream()).map(RoomSummary::arn).toList()).isEqualTo(newestFirst);
    assertThat(pages.get(2).nextToken()).isNull();
    assertThat(fake.calls(Operation.LIST_ROOMS)).hasSize(6);
  }

  @Test
  void the_async_room_paginator_publishes_every_room_once() {
    List<String> newestFirst = sevenRooms();
    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();

    fake.async().listRoomsPaginator(r -> r.maxResults(2)).subscribe(p -> pageSizes.add(
        p.rooms().size())).join();
    fake.async().listRoomsPaginator(r -> r.maxResults(2))
        .subscribe(p -> p.rooms().forEach(room -> seen.add(room.arn()))).join();

    assertThat(pageSizes).containsExactly(2, 2, 2, 1);
    assertThat(seen).isEqualTo(newestFirst);
  }

  @Test
  void the_logging_configuration_paginators_visit_every_configuration_once() {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      arns.add(fake.createLoggingConfiguration(r -> r.destinationConfiguration(
          d -> d.s3(s -> s.bucketName("chat-logs")))).arn());
    }

    List<String> sync = fake.listLoggingConfigurationsPaginator(r -> r.maxResults(2)).stream()
        .flatMap(p -> p.loggingConfigurations().stream()).map(LoggingConfigurationSummary::arn)
        .toList();
    List<ListLoggingConfigurationsResponse> pages = new ArrayList<>();
    fake.async().listLoggingConfigurationsPaginator(r -> r.maxResults(2)).subscribe(pages::add)
        .join();

    assertThat(sync).containsExactlyInAnyOrderElementsOf(arns).doesNotHaveDuplicates();
    assertThat(pages).flatExtracting(ListLoggingConfigurationsResponse::loggingConfigurations)
        .extracting(LoggingConfigurationSummary::arn).isEqualTo(sync);
  }
}
