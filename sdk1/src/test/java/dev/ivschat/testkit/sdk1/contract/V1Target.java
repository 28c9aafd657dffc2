package dev.ivschat.testkit.sdk1.contract;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.AmazonWebServiceResult;
import com.amazonaws.ResponseMetadata;
import com.amazonaws.handlers.AsyncHandler;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.contract.ContractTarget;
import dev.ivschat.testkit.contract.Reply;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SDK v1 front door as a contract target: each call goes through the {@code Amazonivschat}
 * interface ({@code createRoom(CreateRoomRequest)}), or through {@code AmazonivschatAsync}
 * ({@code createRoomAsync(request, handler)}, the future awaited, the handler checked to have seen
 * the same outcome), as a user would make it; exceptions are read back with the front door's
 * {@link FrontDoor#failureOf}.
 */
final class V1Target implements ContractTarget {
  private final FakeAmazonivschat fake;
  private final boolean async;

  private V1Target(FakeAmazonivschat fake, boolean async) {
    this.fake = fake;
    this.async = async;
  }

  static V1Target sync(IvsChat ivsChat) {
    return new V1Target(new FakeAmazonivschat(ivsChat), false);
  }

  static V1Target async(IvsChat ivsChat) {
    return new V1Target(new FakeAmazonivschatAsync(ivsChat), true);
  }

  @Override
  public String name() {
    return async ? "SDK v1 async" : "SDK v1 sync";
  }

  @Override
  public IvsChatControl control() {
    return fake;
  }

  @Override
  public Reply call(String operation, Map<String, Object> input) {
    AmazonWebServiceRequest request = V1Wire.request(operation, input);
    String method = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    Object result;
    try {
      result = async ? callAsync(method, request) : invoke(
          Amazonivschat.class.getMethod(method, request.getClass()), request);
    } catch (RuntimeException e) {
      FrontDoor.Failure failure = FrontDoor.failureOfAny(e);
      if (failure == null) {
        throw e;
      }
      return Reply.failure(operation, failure.error(), failure.requestId(),
          failure.exceptionType());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Amazonivschat has no " + method, e);
    }
    AmazonWebServiceResult<?> r = (AmazonWebServiceResult<?>) result;
    return Reply.success(operation, V1Wire.output(operation, result),
        ((ResponseMetadata) r.getSdkResponseMetadata()).getRequestId(),
        r.getSdkHttpMetadata().getHttpStatusCode());
  }

  private Object callAsync(String method, AmazonWebServiceRequest request)
      throws NoSuchMethodException {
    AtomicReference<Object> handled = new AtomicReference<>();
    AsyncHandler<AmazonWebServiceRequest, Object> handler = new AsyncHandler<>() {
      @Override
      public void onError(Exception exception) {
        handled.set(exception);
      }

      @Override
      public void onSuccess(AmazonWebServiceRequest handledRequest, Object result) {
        handled.set(handledRequest == request ? result : "another request: " + handledRequest);
      }
    };
    Future<?> future = (Future<?>) invoke(AmazonivschatAsync.class.getMethod(method + "Async",
        request.getClass(), AsyncHandler.class), request, handler);
    Object outcome;
    try {
      outcome = future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      outcome = e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("The async call did not complete", e);
    }
    if (handled.get() != outcome) {
      throw new AssertionError("The AsyncHandler saw " + handled.get() + " but the future "
          + outcome);
    }
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    if (outcome instanceof Throwable t) {
      throw new IllegalStateException(t);
    }
    return outcome;
  }

  private Object invoke(Method method, Object... args) {
    try {
      return method.invoke(fake, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    fake.shutdown();
  }
}
