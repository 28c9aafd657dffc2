package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The whole contract, for one target: a concrete subclass names how to open the target on an
 * {@link IvsChat}, and runs every part of the suite against it.
 *
 * <pre>{@code
 * class V1AsyncContractTest extends ContractSuite {
 *   V1AsyncContractTest() {
 *     super(ivsChat -> V1Target.async(ivsChat));
 *   }
 * }
 * }</pre>
 */
public abstract class ContractSuite implements ValidationContract, SpecialValidationContract,
    ErrorContract, RoomContract, LoggingConfigurationContract, PaginationContract, TagContract,
    ChatTokenContract, EventContract {
  private final ContractTarget.Factory factory;
  private final List<Service> open = new ArrayList<>();

  /**
   * A suite for a target.
   *
   * @param factory opens the target on a fresh IVS Chat
   */
  protected ContractSuite(ContractTarget.Factory factory) {
    this.factory = factory;
  }

  @Override
  public final Service open(IvsChatConfig config) {
    IvsChat ivsChat = new IvsChat(config);
    ContractTarget target = factory.open(ivsChat);
    Service[] service = new Service[1];
    service[0] = new Service(target, () -> {
      ivsChat.close();
      open.remove(service[0]);
    });
    open.add(service[0]);
    return service[0];
  }

  /** Closes what a test left open (dynamic tests close their own as they end). */
  @AfterEach
  protected final void closeTargets() {
    for (Service service : List.copyOf(open)) {
      service.close();
    }
  }
}
