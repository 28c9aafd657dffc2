package dev.ivschat.testkit.benchmarks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.SendEventResponse;

/** The calls on the SDK v2 {@code IvschatClient}: the fake, or a Mockito stub. */
final class V2Calls implements Calls {
  private final IvschatClient client;
  private final CreateRoomRequest createRoom = CreateRoomRequest.builder().name("bench")
      .maximumMessageLength(200).tags(Map.of("team", "bench")).build();
  private final GetRoomRequest getRoom;
  private final SendEventRequest sendEvent;
  private final ListRoomsRequest listRooms = ListRoomsRequest.builder().maxResults(50).build();

  V2Calls(boolean fake) {
    client = fake ? FakeIvschatClient.builder()
        .quotas(Quotas.defaults().withMaxRooms(Integer.MAX_VALUE)).build() : stub();
    String arn = null;
    for (int i = 0; i < 50; i++) {
      arn = client.createRoom(CreateRoomRequest.builder().name("room-" + i)
          .tags(Map.of("stream", Integer.toString(i))).build()).arn();
    }
    getRoom = GetRoomRequest.builder().identifier(arn).build();
    sendEvent = SendEventRequest.builder().roomIdentifier(arn).eventName("app:announce")
        .attributes(Map.of("text", "Stream starts in 5 minutes")).build();
  }

  private static IvschatClient stub() {
    IvschatClient stub = mock(IvschatClient.class);
    when(stub.createRoom(any(CreateRoomRequest.class))).thenReturn(CreateRoomResponse.builder()
        .arn(ROOM_ARN).id("abcdEFGH1234").name("bench").build());
    when(stub.getRoom(any(GetRoomRequest.class))).thenReturn(GetRoomResponse.builder()
        .arn(ROOM_ARN).id("abcdEFGH1234").build());
    when(stub.sendEvent(any(SendEventRequest.class)))
        .thenReturn(SendEventResponse.builder().id("EVNTabcd1234").build());
    List<RoomSummary> page = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      page.add(RoomSummary.builder().arn(ROOM_ARN).id("abcdEFGH1234").name("room-" + i).build());
    }
    when(stub.listRooms(any(ListRoomsRequest.class)))
        .thenReturn(ListRoomsResponse.builder().rooms(page).build());
    return stub;
  }

  @Override
  public Object createRoom() {
    return client.createRoom(createRoom);
  }

  @Override
  public Object getRoom() {
    return client.getRoom(getRoom);
  }

  @Override
  public Object sendEvent() {
    return client.sendEvent(sendEvent);
  }

  @Override
  public Object listRoomsPage() {
    return client.listRooms(listRooms);
  }
}
