package dev.ivschat.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The front doors found on the class path, looked up once. */
final class FrontDoors {
  static final List<FrontDoor> INSTALLED = load();

  private FrontDoors() {
  }

  private static List<FrontDoor> load() {
    List<FrontDoor> found = new ArrayList<>();
    Iterator<FrontDoor> it = ServiceLoader.load(FrontDoor.class, FrontDoor.class.getClassLoader())
        .iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        FrontDoor door = it.next();
        door.clientTypes();
        found.add(door);
      } catch (ServiceConfigurationError | LinkageError e) {
        // a front-door jar without its SDK: it cannot be used, and nothing else is affected
      }
    }
    found.sort(Comparator.comparing(FrontDoor::name));
    return Collections.unmodifiableList(found);
  }
}
