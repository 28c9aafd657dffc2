package dev.ivschat.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The remote front doors found on the class path, looked up once. */
final class RemoteFrontDoors {
  static final List<RemoteFrontDoor> INSTALLED = load();

  private RemoteFrontDoors() {
  }

  private static List<RemoteFrontDoor> load() {
    List<RemoteFrontDoor> found = new ArrayList<>();
    Iterator<RemoteFrontDoor> it = ServiceLoader.load(RemoteFrontDoor.class,
        RemoteFrontDoor.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        RemoteFrontDoor door = it.next();
        door.clientTypes();
        found.add(door);
      } catch (ServiceConfigurationError | LinkageError e) {
        // a provider whose classes are missing: it cannot be used, and nothing else is affected
      }
    }
    found.sort(Comparator.comparing(RemoteFrontDoor::name));
    return Collections.unmodifiableList(found);
  }
}
