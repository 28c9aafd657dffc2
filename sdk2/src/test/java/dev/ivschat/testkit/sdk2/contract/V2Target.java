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
final class V2Target implements ContractTarget {
  private final FakeIvschatClient sync;
  private final FakeIvschatAsyncClient async;

  private V2Target(FakeIvschatClient sync, FakeIvschatAsyncClient async) {
    this.sync = sync;
    this.async = async;
  }

  static V2Target sync(IvsChat ivsChat) {
    return new V2Target(new FakeIvschatClient(ivsChat), null);
  }

  static V2Target async(IvsChat ivsChat) {
    return new V2Target(null, new FakeIvschatAsyncClient(ivsChat));
  }

  @Override
  public String name() {
    return async != null ? "SDK v2 async" : "SDK v2 sync";
  }

  @Override
  public IvsChatControl control() {
    return async != null ? async : sync;
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
    if (async != null) {
      async.close();
    } else {
      sync.close();
    }
  }
}
