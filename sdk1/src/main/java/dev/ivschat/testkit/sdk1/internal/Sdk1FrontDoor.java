package dev.ivschat.testkit.sdk1.internal;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync;
import java.util.List;

/** The v1 front door for test-framework glue, registered with {@code ServiceLoader}. */
public final class Sdk1FrontDoor implements FrontDoor {
  private static final String SDK_CLIENT_PACKAGE = "com.amazonaws.services.ivschat";

  /** Made by {@code ServiceLoader}. */
  public Sdk1FrontDoor() {
  }

  @Override
  public String name() {
    return "AWS SDK for Java v1";
  }

  @Override
  public List<Class<?>> clientTypes() {
    return List.of(Amazonivschat.class, AmazonivschatAsync.class, FakeAmazonivschat.class,
        FakeAmazonivschatAsync.class);
  }

  @Override
  public String misuse(Class<?> type) {
    if (!type.getPackageName().equals(SDK_CLIENT_PACKAGE)) {
      return null;
    }
    return "Declare the parameter as Amazonivschat or AmazonivschatAsync (the SDK v1 interfaces,"
        + " as the code under test should take them) or as FakeAmazonivschat or"
        + " FakeAmazonivschatAsync; " + type.getSimpleName() + " is a class of the real SDK.";
  }

  @Override
  public Failure failureOf(Throwable thrown) {
    if (thrown instanceof AmazonServiceException e
        && e.getClass().getPackageName().startsWith(SDK_CLIENT_PACKAGE)) {
      return new Failure(V1Exceptions.fromV1(e), e.getRequestId(), e.getClass().getSimpleName());
    }
    return null;
  }

  @Override
  public Clients open(IvsChat ivsChat) {
    return new Clients() {
      private FakeAmazonivschat fake;

      @Override
      public synchronized Object client(Class<?> type) {
        if (fake == null) {
          fake = new FakeAmazonivschat(ivsChat);
        }
        if (type == Amazonivschat.class || type == FakeAmazonivschat.class) {
          return fake;
        }
        if (type == AmazonivschatAsync.class || type == FakeAmazonivschatAsync.class) {
          return fake.async();
        }
        throw new IllegalArgumentException("The v1 front door has no client of type " + type);
      }

      @Override
      public synchronized void close() {
        if (fake != null) {
          fake.shutdown();
        }
      }
    };
  }
}
