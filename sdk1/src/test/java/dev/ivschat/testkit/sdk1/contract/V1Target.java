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
public final class V1Target implements ContractTarget {
  private final String name;
  private final Amazonivschat client;
  private final boolean async;
  private final IvsChatControl control;
  private final Runnable closer;
  private final boolean marshalling;

  private V1Target(String name, Amazonivschat client, boolean async, IvsChatControl control,
      Runnable closer, boolean marshalling) {
    this.name = name;
    this.client = client;
    this.async = async;
    this.control = control;
    this.closer = closer;
    this.marshalling = marshalling;
  }

  static V1Target sync(IvsChat ivsChat) {
    FakeAmazonivschat fake = new FakeAmazonivschat(ivsChat);
    return new V1Target("SDK v1 sync", fake, false, fake, fake::shutdown, false);
  }

  static V1Target async(IvsChat ivsChat) {
    FakeAmazonivschatAsync fake = new FakeAmazonivschatAsync(ivsChat);
    return new V1Target("SDK v1 async", fake, true, fake, fake::shutdown, false);
  }

  /**
   * A real client built by {@code AmazonivschatClientBuilder} as a target, e.g. pointed at the
   * local server; an {@code AmazonivschatAsync} is called through its async methods. Unlike the
   * fake, the real client marshals each request to JSON and refuses, with an
   * {@code SdkClientException}, what it cannot write (a null map key, a null or empty URI
   * label).
   *
   * @param name the target's name
   * @param client the client
   * @param control the control surface of the fake the client reaches
   * @param closer what closing the target does
   * @return the target
   */
  public static V1Target real(String name, Amazonivschat client, IvsChatControl control,
      Runnable closer) {
    return new V1Target(name, client, client instanceof AmazonivschatAsync, control, closer,
        true);
  }

  @Override
  public boolean refusedByClient(RuntimeException thrown) {
    return marshalling && thrown instanceof com.amazonaws.SdkClientException
        && !(thrown instanceof com.amazonaws.AmazonServiceException)
        && String.valueOf(thrown.getMessage()).startsWith("Unable to marshall request");
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

  @Override
  public void close() {
    closer.run();
  }
}
