package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.Room;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Other extensions reach a test's fake through the store key or the static helper. */
class StoreKeyTest {

  /** Seeds a room into the test's fake, as another framework's extension might. */
  static class SeedsARoom implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      // README: other extensions
      FakeAmazonivschat fake = context.getStore(IvsChatExtension.NAMESPACE)
          .get(IvsChatExtension.STORE_KEY, FakeAmazonivschat.class);
      // or, failing with a message when there is none:
      FakeAmazonivschat same = IvsChatExtension.fake(context);
      // README: end
      assertThat(same).isSameAs(fake);
      fake.createRoom(new CreateRoomRequest().withName("from-another-extension"));
    }
  }

  @Fixture
  @IvsChatTest
  @ExtendWith(SeedsARoom.class)
  static class PerTest {
    @Test
    void the_test_sees_what_the_other_extension_did(FakeAmazonivschat fake) {
      assertThat(fake.rooms()).extracting(Room::name).containsExactly("from-another-extension");
    }

    @Test
    void in_its_own_fake(FakeAmazonivschat fake) {
      assertThat(fake.rooms()).extracting(Room::name).containsExactly("from-another-extension");
    }
  }

  @Test
  void in_per_test_scope_other_extensions_find_the_test_fake_from_before_each_on() {
    assertAllPassed(Fixtures.run(PerTest.class), 2);
  }

  /** Seeds a room into the class's fake. */
  static class SeedsOnceForTheClass implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      IvsChatExtension.fake(context).createRoom(new CreateRoomRequest().withName("for-all"));
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
    void the_class_fake_is_there_from_before_all_on(FakeAmazonivschat fake) {
      assertThat(fake).isSameAs(fromBeforeAll);
      assertThat(fake.rooms()).extracting(Room::name).containsExactly("for-all");
    }
  }

  @Test
  void in_per_class_scope_other_extensions_find_the_class_fake_from_before_all_on() {
    assertAllPassed(Fixtures.run(PerClass.class), 1);
  }
}
