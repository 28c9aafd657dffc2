package dev.ivschat.testkit.benchmarks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.SendEventResult;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The calls on the SDK v1 {@code Amazonivschat}: the fake, or a Mockito stub. */
final class V1Calls implements Calls {
  private final Amazonivschat client;
  private final CreateRoomRequest createRoom = new CreateRoomRequest().withName("bench")
      .withMaximumMessageLength(200).withTags(Map.of("team", "bench"));
  private final GetRoomRequest getRoom;
  private final SendEventRequest sendEvent;
  private final ListRoomsRequest listRooms = new ListRoomsRequest().withMaxResults(50);

  V1Calls(boolean fake) {
    client = fake ? FakeAmazonivschat.builder()
        .quotas(Quotas.defaults().withMaxRooms(Integer.MAX_VALUE)).build() : stub();
    String arn = null;
    for (int i = 0; i < 50; i++) {
      arn = client.createRoom(new CreateRoomRequest().withName("room-" + i)
          .withTags(Map.of("stream", Integer.toString(i)))).getArn();
    }
    getRoom = new GetRoomRequest().withIdentifier(arn);
    sendEvent = new SendEventRequest().withRoomIdentifier(arn).withEventName("app:announce")
        .withAttributes(Map.of("text", "Stream starts in 5 minutes"));
  }

  private static Amazonivschat stub() {
    Amazonivschat stub = mock(Amazonivschat.class);
    when(stub.createRoom(any())).thenReturn(new CreateRoomResult().withArn(ROOM_ARN)
        .withId("abcdEFGH1234").withName("bench"));
    when(stub.getRoom(any())).thenReturn(new GetRoomResult().withArn(ROOM_ARN)
        .withId("abcdEFGH1234"));
    when(stub.sendEvent(any())).thenReturn(new SendEventResult().withId("EVNTabcd1234"));
    List<RoomSummary> page = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      page.add(new RoomSummary().withArn(ROOM_ARN).withId("abcdEFGH1234").withName("room-" + i));
    }
    when(stub.listRooms(any())).thenReturn(new ListRoomsResult().withRooms(page));
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
