package dev.ivschat.testkit.sdk2;

import java.util.concurrent.Callable;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;

/** What {@link WithoutHttpClientsTest} runs in its class loader: a little of everything. */
public class NoHttpClientsScenario implements Callable<String> {
  @Override
  public String call() {
    try (FakeIvschatClient fake = new FakeIvschatClient()) {
      for (int i = 0; i < 3; i++) {
        fake.createRoom(r -> r.name("lobby"));
      }
      long pages = fake.listRoomsPaginator(r -> r.maxResults(2)).stream().count();
      String error;
      try {
        fake.getRoom(r -> r.identifier("arn:aws:ivschat:us-east-1:123456789012:room/nope"));
        error = "none";
      } catch (ResourceNotFoundException e) {
        error = e.getClass().getSimpleName();
      }
      Throwable failed = fake.async().getRoom(r -> r.identifier(
          "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6")).handle((v, t) -> t).join();
      return "rooms=" + fake.listRooms(r -> { }).rooms().size() + " pages=" + pages + " error="
          + error + " async=" + failed.getClass().getSimpleName() + "/"
          + failed.getCause().getClass().getSimpleName();
    }
  }
}
