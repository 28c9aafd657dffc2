package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.Room;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Other extensions reach a test's IVS Chat through the store key or the static helpers. */
class StoreKeyTest {

  static final List<Amazonivschat> CLIENTS = new CopyOnWriteArrayList<>();

  /** Seeds a room into the test's IVS Chat, as another framework's extension might. */
  static class SeedsARoom implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      // README: other extensions
      IvsChat ivsChat = context.getStore(IvsChatExtension.NAMESPACE)
          .get(IvsChatExtension.STORE_KEY, IvsChat.class);
      // or, failing with a message when there is none:
      IvsChat same = IvsChatExtension.ivsChat(context);
      // a client of an installed front door: the object the test's parameters get
      Amazonivschat client = IvsChatExtension.client(context, Amazonivschat.class);
      // README: end
      assertThat(same).isSameAs(ivsChat);
      CLIENTS.add(client);
      client.createRoom(new CreateRoomRequest().withName("from-another-extension"));
    }
  }

  @Fixture
  @IvsChatTest
  @ExtendWith(SeedsARoom.class)
  static class PerTest {
    @Test
    void the_test_sees_what_the_other_extension_did(FakeAmazonivschat fake, IvsChat ivsChat) {
      assertThat(ivsChat.rooms()).extracting(Room::name).containsExactly("from-another-extension");
      assertThat(CLIENTS).last().isSameAs(fake);
    }

    @Test
    void in_its_own_fake(FakeAmazonivschat fake) {
      assertThat(fake.rooms()).extracting(Room::name).containsExactly("from-another-extension");
    }
  }

  @Test
  void in_per_test_scope_other_extensions_find_the_test_ivs_chat_from_before_each_on() {
    CLIENTS.clear();
    assertAllPassed(Fixtures.run(PerTest.class), 2);
  }

  /** Seeds a room into the class's fake. */
  static class SeedsOnceForTheClass implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      IvsChatExtension.client(context, Amazonivschat.class)
          .createRoom(new CreateRoomRequest().withName("for-all"));
    }
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  @ExtendWith(SeedsOnceForTheClass.class)
  static class PerClass {
    static FakeAmazonivschat fromBeforeAll;

    @BeforeAll
    static void keep(FakeAmazonivschat fake) {
      fromBeforeAll = fake;
    }

    @Test
    void the_class_ivs_chat_is_there_from_before_all_on(FakeAmazonivschat fake) {
      assertThat(fake).isSameAs(fromBeforeAll);
      assertThat(fake.rooms()).extracting(Room::name).containsExactly("for-all");
    }
  }

  @Test
  void in_per_class_scope_other_extensions_find_the_class_ivs_chat_from_before_all_on() {
    assertAllPassed(Fixtures.run(PerClass.class), 1);
  }
}
