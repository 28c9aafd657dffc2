package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.RemoteFrontDoor;
import dev.ivschat.testkit.server.IvsChatServer;
import dev.ivschat.testkit.server.ServerAccount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The local server as a front door for test-framework glue, registered with
 * {@code ServiceLoader}: it starts an {@link IvsChatServer} and opens the real clients of the AWS
 * SDKs on the class path (v1, v2 or both) on it, plus the {@link IvsChatServer} and the
 * {@link ServerAccount} of each opened IVS Chat. The SDKs are optional dependencies: the code that
 * names one lives in its own class, loaded only when that SDK is present.
 */
public final class ServerFrontDoor implements RemoteFrontDoor {
  static final String V1_CLIENT = "com.amazonaws.services.ivschat.Amazonivschat";
  static final String V2_CLIENT = "software.amazon.awssdk.services.ivschat.IvschatClient";

  private final List<SdkClients> sdks;
  private final List<Class<?>> clientTypes;

  /** Made by {@code ServiceLoader}; looks for the SDKs on the class path. */
  public ServerFrontDoor() {
    List<SdkClients> found = new ArrayList<>();
    if (present(V1_CLIENT)) {
      found.add(new V1Clients());
    }
    if (present(V2_CLIENT)) {
      found.add(new V2Clients());
    }
    this.sdks = List.copyOf(found);
    List<Class<?>> types = new ArrayList<>();
    for (SdkClients sdk : sdks) {
      types.addAll(sdk.types());
    }
    types.add(IvsChatServer.class);
    types.add(ServerAccount.class);
    this.clientTypes = Collections.unmodifiableList(types);
  }

  @Override
  public String name() {
    return "local IVS Chat server";
  }

  @Override
  public List<Class<?>> clientTypes() {
    return clientTypes;
  }

  @Override
  public Server start() {
    return new LocalServer(IvsChatServer.start(), sdks);
  }

  @Override
  public String toString() {
    return "ServerFrontDoor" + clientTypes.stream().map(Class::getSimpleName).toList();
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ServerFrontDoor.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
