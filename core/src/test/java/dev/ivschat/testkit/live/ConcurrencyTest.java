package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several threads sending on several connections lose, duplicate and reorder nothing. */
class ConcurrencyTest {
  private static final int SENDERS = 8;
  private static final int EACH = 50;

  @Test
  void concurrent_senders_never_lose_duplicate_or_reorder_a_frame_within_a_connection()
      throws Exception {
    Chat chat = new Chat(new dev.ivschat.testkit.IvsChat(dev.ivschat.testkit.IvsChatConfig
        .builder().clockStart(Chat.START).build()),
        new IvsChatRequest.CreateRoom("busy", 100, null, null, null, null));
    List<ChatConnection> connections = new ArrayList<>();
    List<List<ChatFrame>> heard = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      List<ChatFrame> frames = new CopyOnWriteArrayList<>();
      heard.add(frames);
      connections.add(chat.ivsChat.connect(chat.token("user" + i, Chat.ALL).token(),
          new ChatListener() {
            @Override
            public void onFrame(ChatFrame frame) {
              frames.add(frame);
            }
          }));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < SENDERS; i++) {
        ChatConnection c = connections.get(i);
        int sender = i;
        done.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < EACH; n++) {
            // The fake clock moves 1 ms per action; advance to keep within the room's rate.
            c.send(new ChatRequest.SendMessage("s" + sender + "-" + n, sender + ":" + n, null));
            if (n % 10 == 9) {
              chat.ivsChat.clock().advance(java.time.Duration.ofSeconds(1));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> order = chat.ivsChat.chatMessages().stream().map(ChatFrame.Message::id).toList();
    assertThat(order).hasSize(SENDERS * EACH).doesNotHaveDuplicates();
    for (int i = 0; i < SENDERS; i++) {
      ChatConnection c = connections.get(i);
      assertThat(c.errors()).isEmpty();
      assertThat(c.received()).extracting(ChatFrame::id).isEqualTo(order);
      assertThat(heard.get(i)).isEqualTo(c.received());
      for (int s = 0; s < SENDERS; s++) {
        String prefix = s + ":";
        List<String> fromS = c.messages().stream().map(ChatFrame.Message::content)
            .filter(t -> t.startsWith(prefix)).toList();
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < EACH; n++) {
          expected.add(prefix + n);
        }
        assertThat(fromS).isEqualTo(expected);
      }
    }
  }

  @Test
  void concurrent_senders_in_a_reviewed_room_see_one_order_on_every_connection()
      throws Exception {
    String lambda = "arn:aws:lambda:us-east-1:123456789012:function:review";
    dev.ivschat.testkit.IvsChat ivsChat = new dev.ivschat.testkit.IvsChat(
        dev.ivschat.testkit.IvsChatConfig.builder().clockStart(Chat.START).build());
    ivsChat.reviewHandlers().register(lambda,
        r -> dev.ivschat.testkit.MessageReview.Response.allow(r.content().toUpperCase(), null));
    Chat chat = new Chat(ivsChat, new IvsChatRequest.CreateRoom("busy", 100, null,
        new IvsChatRequest.MessageReviewHandler(lambda, "DENY"), null, null));
    List<ChatConnection> connections = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      connections.add(chat.connect("user" + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (ChatConnection c : connections) {
        done.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < 20; n++) {
            c.sendMessage("m" + n);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> order = ivsChat.chatMessages().stream().map(ChatFrame.Message::id).toList();
    assertThat(order).hasSize(80).doesNotHaveDuplicates();
    assertThat(ivsChat.messageReviews()).hasSize(80);
    for (ChatConnection c : connections) {
      assertThat(c.received()).extracting(ChatFrame::id).isEqualTo(order);
      assertThat(c.messages()).allMatch(m -> m.content().startsWith("M"));
    }
  }
}
