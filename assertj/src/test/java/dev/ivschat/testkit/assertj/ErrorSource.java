package dev.ivschat.testkit.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Where a service error comes from: the same calls made through a v1 client, a v2 client, or the
 * neutral handle (whose outcome holds the {@link ServiceError} itself), so that one test shows the
 * same assertions and the same failure messages for each.
 */
abstract class ErrorSource {
  /** One room at most, so that a second CreateRoom exceeds the quota. */
  final IvsChat ivsChat = new IvsChat(IvsChatConfig.builder().clockStart(Fixtures.START)
      .quotas(Quotas.defaults().withMaxRooms(1)).build());
  private final String name;

  ErrorSource(String name) {
    this.name = name;
  }

  /** Every source: v1 and v1 async, neutral, v2 and v2 async. */
  static List<ErrorSource> all() {
    return List.of(new V1(), new V1Async(), new Neutral(), new V2(), new V2Async());
  }

  /**
   * The sources whose client throws: the SDK front doors (the async ones through the future's
   * {@code get()} or {@code join()}, which wraps the exception).
   */
  static List<ErrorSource> throwing() {
    return List.of(new V1(), new V1Async(), new V2(), new V2Async());
  }

  /** The error of {@code GetRoom}: an exception of the client's SDK, or the neutral error. */
  abstract Object getRoom(String identifier);

  /** The error of {@code CreateRoom} with this name. */
  abstract Object createRoom(String name);

  /** The error of {@code ListRooms} (which only fails when a fault script says so). */
  abstract Object listRooms();

  /** {@code GetRoom} as code that throws, for {@code assertThatIvsChatCall}. */
  ThrowingCallable getRoomCall(String identifier) {
    throw new UnsupportedOperationException(name + " throws nothing");
  }

  /** {@code ListRooms} as code that throws. */
  ThrowingCallable listRoomsCall() {
    throw new UnsupportedOperationException(name + " throws nothing");
  }

  /** The assert on an error this source gave. */
  static ServiceErrorAssert assertOn(Object error) {
    return error instanceof ServiceError e ? IvsChatAssertions.assertThat(e)
        : IvsChatAssertions.assertThatServiceError((Throwable) error);
  }

  @Override
  public String toString() {
    return name;
  }

  /** The AWS SDK for Java v1 fake: its exceptions. */
  static final class V1 extends ErrorSource {
    private final FakeAmazonivschat fake = new FakeAmazonivschat(ivsChat);

    V1() {
      super("v1");
    }

    @Override
    Object getRoom(String identifier) {
      return catchThrowable(getRoomCall(identifier));
    }

    @Override
    Object createRoom(String name) {
      return catchThrowable(() -> fake.createRoom(new CreateRoomRequest().withName(name)));
    }

    @Override
    Object listRooms() {
      return catchThrowable(listRoomsCall());
    }

    @Override
    ThrowingCallable getRoomCall(String identifier) {
      return () -> fake.getRoom(new GetRoomRequest().withIdentifier(identifier));
    }

    @Override
    ThrowingCallable listRoomsCall() {
      return () -> fake.listRooms(new ListRoomsRequest());
    }
  }

  /** The AWS SDK for Java v1 async fake: its futures' {@code ExecutionException}s. */
  static final class V1Async extends ErrorSource {
    private final FakeAmazonivschatAsync fake = new FakeAmazonivschat(ivsChat).async();

    V1Async() {
      super("v1 async");
    }

    @Override
    Object getRoom(String identifier) {
      return catchThrowable(getRoomCall(identifier));
    }

    @Override
    Object createRoom(String name) {
      return catchThrowable(
          () -> fake.createRoomAsync(new CreateRoomRequest().withName(name)).get());
    }

    @Override
    Object listRooms() {
      return catchThrowable(listRoomsCall());
    }

    @Override
    ThrowingCallable getRoomCall(String identifier) {
      return () -> fake.getRoomAsync(new GetRoomRequest().withIdentifier(identifier)).get();
    }

    @Override
    ThrowingCallable listRoomsCall() {
      return () -> fake.listRoomsAsync(new ListRoomsRequest()).get();
    }
  }

  /** The AWS SDK for Java v2 fake: its exceptions. */
  static final class V2 extends ErrorSource {
    private final FakeIvschatClient fake = new FakeIvschatClient(ivsChat);

    V2() {
      super("v2");
    }

    @Override
    Object getRoom(String identifier) {
      return catchThrowable(getRoomCall(identifier));
    }

    @Override
    Object createRoom(String name) {
      return catchThrowable(() -> fake.createRoom(r -> r.name(name)));
    }

    @Override
    Object listRooms() {
      return catchThrowable(listRoomsCall());
    }

    @Override
    ThrowingCallable getRoomCall(String identifier) {
      return () -> fake.getRoom(r -> r.identifier(identifier));
    }

    @Override
    ThrowingCallable listRoomsCall() {
      return () -> fake.listRooms(r -> { });
    }
  }

  /** The AWS SDK for Java v2 async fake: its futures' {@code CompletionException}s. */
  static final class V2Async extends ErrorSource {
    private final FakeIvschatAsyncClient fake = new FakeIvschatAsyncClient(ivsChat);

    V2Async() {
      super("v2 async");
    }

    @Override
    Object getRoom(String identifier) {
      return catchThrowable(getRoomCall(identifier));
    }

    @Override
    Object createRoom(String name) {
      return catchThrowable(() -> fake.createRoom(r -> r.name(name)).join());
    }

    @Override
    Object listRooms() {
      return catchThrowable(listRoomsCall());
    }

    @Override
    ThrowingCallable getRoomCall(String identifier) {
      return () -> fake.getRoom(r -> r.identifier(identifier)).join();
    }

    @Override
    ThrowingCallable listRoomsCall() {
      return () -> fake.listRooms(r -> { }).join();
    }
  }

  /** The neutral handle: the {@link ServiceError} of the outcome. */
  static final class Neutral extends ErrorSource {
    Neutral() {
      super("neutral");
    }

    @Override
    Object getRoom(String identifier) {
      return ivsChat.call(new IvsChatRequest.GetRoom(identifier)).error();
    }

    @Override
    Object createRoom(String name) {
      return ivsChat.call(IvsChatRequest.CreateRoom.named(name)).error();
    }

    @Override
    Object listRooms() {
      return ivsChat.call(new IvsChatRequest.ListRooms(null, null, null, null, null)).error();
    }
  }
}
