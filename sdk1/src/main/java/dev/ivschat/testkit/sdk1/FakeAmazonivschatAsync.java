package dev.ivschat.testkit.sdk1;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.handlers.AsyncHandler;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageResult;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomResult;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserResult;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsResult;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceResult;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.SendEventResult;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.TagResourceResult;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceResult;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomResult;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The fake behind the SDK v1 {@code AmazonivschatAsync} interface: each call runs on the client's
 * executor, returns a working {@link Future}, and calls its {@link AsyncHandler} as the SDK's
 * async client does ({@code onError} with the exception, or {@code onSuccess} with the request and
 * result, on the executor thread, before the future completes).
 *
 * <pre>{@code
 * FakeAmazonivschat fake = new FakeAmazonivschat();
 * AmazonivschatAsync async = fake.async();   // same rooms, events and journal as fake
 * Future<CreateRoomResult> room = async.createRoomAsync(new CreateRoomRequest());
 * }</pre>
 *
 * <p>Being a {@link FakeAmazonivschat}, it also offers the synchronous operations and the whole
 * control surface. {@link #shutdown()} stops its executor.
 */
public class FakeAmazonivschatAsync extends FakeAmazonivschat implements AmazonivschatAsync {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private final ExecutorService executor;

  /** A fresh async fake with the defaults. */
  public FakeAmazonivschatAsync() {
    this(IvsChatConfig.defaults());
  }

  /**
   * A fresh async fake with the given configuration.
   *
   * @param config the configuration
   */
  public FakeAmazonivschatAsync(IvsChatConfig config) {
    this(new IvsChat(config));
  }

  /**
   * An async v1 front door on an existing IVS Chat.
   *
   * @param ivsChat the in-memory IVS Chat
   */
  public FakeAmazonivschatAsync(IvsChat ivsChat) {
    super(ivsChat);
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "ivschat-fake-async-" + pool + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * This client: it is already the async client.
   *
   * @return this
   */
  @Override
  public FakeAmazonivschatAsync async() {
    return this;
  }

  @Override
  public Future<CreateChatTokenResult> createChatTokenAsync(CreateChatTokenRequest request) {
    return createChatTokenAsync(request, null);
  }

  @Override
  public Future<CreateChatTokenResult> createChatTokenAsync(CreateChatTokenRequest request,
      AsyncHandler<CreateChatTokenRequest, CreateChatTokenResult> handler) {
    return submit(request, handler, this::createChatToken);
  }

  @Override
  public Future<CreateLoggingConfigurationResult> createLoggingConfigurationAsync(CreateLoggingConfigurationRequest request) {
    return createLoggingConfigurationAsync(request, null);
  }

  @Override
  public Future<CreateLoggingConfigurationResult> createLoggingConfigurationAsync(CreateLoggingConfigurationRequest request,
      AsyncHandler<CreateLoggingConfigurationRequest, CreateLoggingConfigurationResult> handler) {
    return submit(request, handler, this::createLoggingConfiguration);
  }

  @Override
  public Future<CreateRoomResult> createRoomAsync(CreateRoomRequest request) {
    return createRoomAsync(request, null);
  }

  @Override
  public Future<CreateRoomResult> createRoomAsync(CreateRoomRequest request,
      AsyncHandler<CreateRoomRequest, CreateRoomResult> handler) {
    return submit(request, handler, this::createRoom);
  }

  @Override
  public Future<DeleteLoggingConfigurationResult> deleteLoggingConfigurationAsync(DeleteLoggingConfigurationRequest request) {
    return deleteLoggingConfigurationAsync(request, null);
  }

  @Override
  public Future<DeleteLoggingConfigurationResult> deleteLoggingConfigurationAsync(DeleteLoggingConfigurationRequest request,
      AsyncHandler<DeleteLoggingConfigurationRequest, DeleteLoggingConfigurationResult> handler) {
    return submit(request, handler, this::deleteLoggingConfiguration);
  }

  @Override
  public Future<DeleteMessageResult> deleteMessageAsync(DeleteMessageRequest request) {
    return deleteMessageAsync(request, null);
  }

  @Override
  public Future<DeleteMessageResult> deleteMessageAsync(DeleteMessageRequest request,
      AsyncHandler<DeleteMessageRequest, DeleteMessageResult> handler) {
    return submit(request, handler, this::deleteMessage);
  }

  @Override
  public Future<DeleteRoomResult> deleteRoomAsync(DeleteRoomRequest request) {
    return deleteRoomAsync(request, null);
  }

  @Override
  public Future<DeleteRoomResult> deleteRoomAsync(DeleteRoomRequest request,
      AsyncHandler<DeleteRoomRequest, DeleteRoomResult> handler) {
    return submit(request, handler, this::deleteRoom);
  }

  @Override
  public Future<DisconnectUserResult> disconnectUserAsync(DisconnectUserRequest request) {
    return disconnectUserAsync(request, null);
  }

  @Override
  public Future<DisconnectUserResult> disconnectUserAsync(DisconnectUserRequest request,
      AsyncHandler<DisconnectUserRequest, DisconnectUserResult> handler) {
    return submit(request, handler, this::disconnectUser);
  }

  @Override
  public Future<GetLoggingConfigurationResult> getLoggingConfigurationAsync(GetLoggingConfigurationRequest request) {
    return getLoggingConfigurationAsync(request, null);
  }

  @Override
  public Future<GetLoggingConfigurationResult> getLoggingConfigurationAsync(GetLoggingConfigurationRequest request,
      AsyncHandler<GetLoggingConfigurationRequest, GetLoggingConfigurationResult> handler) {
    return submit(request, handler, this::getLoggingConfiguration);
  }

  @Override
  public Future<GetRoomResult> getRoomAsync(GetRoomRequest request) {
    return getRoomAsync(request, null);
  }

  @Override
  public Future<GetRoomResult> getRoomAsync(GetRoomRequest request,
      AsyncHandler<GetRoomRequest, GetRoomResult> handler) {
    return submit(request, handler, this::getRoom);
  }

  @Override
  public Future<ListLoggingConfigurationsResult> listLoggingConfigurationsAsync(ListLoggingConfigurationsRequest request) {
    return listLoggingConfigurationsAsync(request, null);
  }

  @Override
  public Future<ListLoggingConfigurationsResult> listLoggingConfigurationsAsync(ListLoggingConfigurationsRequest request,
      AsyncHandler<ListLoggingConfigurationsRequest, ListLoggingConfigurationsResult> handler) {
    return submit(request, handler, this::listLoggingConfigurations);
  }

  @Override
  public Future<ListRoomsResult> listRoomsAsync(ListRoomsRequest request) {
    return listRoomsAsync(request, null);
  }

  @Override
  public Future<ListRoomsResult> listRoomsAsync(ListRoomsRequest request,
      AsyncHandler<ListRoomsRequest, ListRoomsResult> handler) {
    return submit(request, handler, this::listRooms);
  }

  @Override
  public Future<ListTagsForResourceResult> listTagsForResourceAsync(ListTagsForResourceRequest request) {
    return listTagsForResourceAsync(request, null);
  }

  @Override
  public Future<ListTagsForResourceResult> listTagsForResourceAsync(ListTagsForResourceRequest request,
      AsyncHandler<ListTagsForResourceRequest, ListTagsForResourceResult> handler) {
    return submit(request, handler, this::listTagsForResource);
  }

  @Override
  public Future<SendEventResult> sendEventAsync(SendEventRequest request) {
    return sendEventAsync(request, null);
  }

  @Override
  public Future<SendEventResult> sendEventAsync(SendEventRequest request,
      AsyncHandler<SendEventRequest, SendEventResult> handler) {
    return submit(request, handler, this::sendEvent);
  }

  @Override
  public Future<TagResourceResult> tagResourceAsync(TagResourceRequest request) {
    return tagResourceAsync(request, null);
  }

  @Override
  public Future<TagResourceResult> tagResourceAsync(TagResourceRequest request,
      AsyncHandler<TagResourceRequest, TagResourceResult> handler) {
    return submit(request, handler, this::tagResource);
  }

  @Override
  public Future<UntagResourceResult> untagResourceAsync(UntagResourceRequest request) {
    return untagResourceAsync(request, null);
  }

  @Override
  public Future<UntagResourceResult> untagResourceAsync(UntagResourceRequest request,
      AsyncHandler<UntagResourceRequest, UntagResourceResult> handler) {
    return submit(request, handler, this::untagResource);
  }

  @Override
  public Future<UpdateLoggingConfigurationResult> updateLoggingConfigurationAsync(UpdateLoggingConfigurationRequest request) {
    return updateLoggingConfigurationAsync(request, null);
  }

  @Override
  public Future<UpdateLoggingConfigurationResult> updateLoggingConfigurationAsync(UpdateLoggingConfigurationRequest request,
      AsyncHandler<UpdateLoggingConfigurationRequest, UpdateLoggingConfigurationResult> handler) {
    return submit(request, handler, this::updateLoggingConfiguration);
  }

  @Override
  public Future<UpdateRoomResult> updateRoomAsync(UpdateRoomRequest request) {
    return updateRoomAsync(request, null);
  }

  @Override
  public Future<UpdateRoomResult> updateRoomAsync(UpdateRoomRequest request,
      AsyncHandler<UpdateRoomRequest, UpdateRoomResult> handler) {
    return submit(request, handler, this::updateRoom);
  }

  /** Shuts the client down: later calls fail, and the executor stops after running queued calls. */
  @Override
  public void shutdown() {
    super.shutdown();
    executor.shutdown();
  }

  private <Q extends AmazonWebServiceRequest, R> Future<R> submit(Q request,
      AsyncHandler<Q, R> handler, Function<Q, R> operation) {
    return executor.submit(() -> {
      R result;
      try {
        result = operation.apply(request);
      } catch (Exception e) {
        if (handler != null) {
          handler.onError(e);
        }
        throw e;
      }
      if (handler != null) {
        handler.onSuccess(request, result);
      }
      return result;
    });
  }
}
