package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.List;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.IvschatException;

/** The v2 front door for test-framework glue, registered with {@code ServiceLoader}. */
public final class Sdk2FrontDoor implements FrontDoor {
  private static final String SDK_PACKAGE = "software.amazon.awssdk.services.ivschat";

  /** Made by {@code ServiceLoader}. */
  public Sdk2FrontDoor() {
  }

  @Override
  public String name() {
    return "AWS SDK for Java v2";
  }

  @Override
  public List<Class<?>> clientTypes() {
    return List.of(IvschatClient.class, IvschatAsyncClient.class, FakeIvschatClient.class,
        FakeIvschatAsyncClient.class);
  }

  @Override
  public String misuse(Class<?> type) {
    if (!type.getPackageName().equals(SDK_PACKAGE)) {
      return null;
    }
    return "Declare the parameter as IvschatClient or IvschatAsyncClient (the SDK v2 interfaces,"
        + " as the code under test should take them) or as FakeIvschatClient or"
        + " FakeIvschatAsyncClient; " + type.getSimpleName() + " is a type of the real SDK.";
  }

  @Override
  public Failure failureOf(Throwable thrown) {
    if (thrown instanceof IvschatException e) {
      return new Failure(V2Exceptions.fromV2(e), e.requestId(), e.getClass().getSimpleName());
    }
    return null;
  }

  @Override
  public Clients open(IvsChat ivsChat) {
    return new Clients() {
      private FakeIvschatClient fake;

      @Override
      public synchronized Object client(Class<?> type) {
        if (fake == null) {
          fake = new FakeIvschatClient(ivsChat);
        }
        if (type == IvschatClient.class || type == FakeIvschatClient.class) {
          return fake;
        }
        if (type == IvschatAsyncClient.class || type == FakeIvschatAsyncClient.class) {
          return fake.async();
        }
        throw new IllegalArgumentException("The v2 front door has no client of type " + type);
      }

      @Override
      public synchronized void close() {
        if (fake != null) {
          fake.close();
        }
      }
    };
  }
}
