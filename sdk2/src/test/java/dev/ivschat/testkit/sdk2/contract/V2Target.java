package dev.ivschat.testkit.sdk2.contract;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.contract.ContractTarget;
import dev.ivschat.testkit.contract.Reply;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.IvschatRequest;
import software.amazon.awssdk.services.ivschat.model.IvschatResponse;

/**
 * The SDK v2 front door as a contract target: each call goes through the {@code IvschatClient}
 * interface ({@code createRoom(CreateRoomRequest)}), or through {@code IvschatAsyncClient} (the
 * future awaited, and checked to fail with a {@link CompletionException} as the real client's
 * do), as a user would make it; exceptions are read back with {@link FrontDoor#failureOfAny}.
 */
public final class V2Target implements ContractTarget {
  private final String name;
  private final IvschatClient sync;
  private final IvschatAsyncClient async;
  private final IvsChatControl control;
  private final Runnable closer;

  private V2Target(String name, IvschatClient sync, IvschatAsyncClient async,
      IvsChatControl control, Runnable closer) {
    this.name = name;
    this.sync = sync;
    this.async = async;
    this.control = control;
    this.closer = closer;
  }

  static V2Target sync(IvsChat ivsChat) {
    FakeIvschatClient fake = new FakeIvschatClient(ivsChat);
    return new V2Target("SDK v2 sync", fake, null, fake, fake::close);
  }

  static V2Target async(IvsChat ivsChat) {
    FakeIvschatAsyncClient fake = new FakeIvschatAsyncClient(ivsChat);
    return new V2Target("SDK v2 async", null, fake, fake, fake::close);
  }

  /**
   * Any {@code IvschatClient} as a target, e.g. the real client pointed at the local server.
   *
   * @param name the target's name
   * @param client the client
   * @param control the control surface of the fake the client reaches
   * @param closer what closing the target does
   * @return the target
   */
  public static V2Target of(String name, IvschatClient client, IvsChatControl control,
      Runnable closer) {
    return new V2Target(name, client, null, control, closer);
  }

  /**
   * Any {@code IvschatAsyncClient} as a target.
   *
   * @param name the target's name
   * @param client the client
   * @param control the control surface of the fake the client reaches
   * @param closer what closing the target does
   * @return the target
   */
  public static V2Target of(String name, IvschatAsyncClient client, IvsChatControl control,
      Runnable closer) {
    return new V2Target(name, null, client, control, closer);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public IvsChatControl control() {
    return control;
  }

  @Override
  public Reply call(String operation, Map<String, Object> input) {
    IvschatRequest request = V2Wire.request(operation, input);
    String method = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    IvschatResponse response;
    try {
      response = async != null ? callAsync(method, request) : (IvschatResponse) invoke(
          IvschatClient.class.getMethod(method, request.getClass()), sync, request);
    } catch (RuntimeException e) {
      FrontDoor.Failure failure = FrontDoor.failureOfAny(e);
      if (failure == null) {
        throw e;
      }
      return Reply.failure(operation, failure.error(), failure.requestId(),
          failure.exceptionType());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("IvschatClient has no " + method, e);
    }
    return Reply.success(operation, V2Wire.output(response),
        response.responseMetadata().requestId(), response.sdkHttpResponse().statusCode());
  }

  private IvschatResponse callAsync(String method, IvschatRequest request)
      throws NoSuchMethodException {
    CompletableFuture<?> future = (CompletableFuture<?>) invoke(
        IvschatAsyncClient.class.getMethod(method, request.getClass()), async, request);
    try {
      return (IvschatResponse) future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable seen = future.handle((v, t) -> t).join();
      if (!(seen instanceof CompletionException) || seen.getCause() != e.getCause()) {
        throw new AssertionError("The future failed with " + seen
            + ", not a CompletionException around the SDK exception", seen);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("The async call did not complete", e);
    }
  }

  private static Object invoke(Method method, Object client, Object... args) {
    try {
      return method.invoke(client, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The v2 client refuses null or empty URI labels and null map keys itself. */
  @Override
  public boolean refusedByClient(RuntimeException thrown) {
    return thrown instanceof SdkClientException;
  }

  @Override
  public void close() {
    closer.run();
  }
}
