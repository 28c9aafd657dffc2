package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.IvsChatArbitraries;
import dev.ivschat.testkit.jqwik.ValidAttributes;
import dev.ivschat.testkit.jqwik.ValidEventName;
import dev.ivschat.testkit.jqwik.ValidMessageId;
import dev.ivschat.testkit.jqwik.ValidReason;
import dev.ivschat.testkit.jqwik.ValidRoomName;
import dev.ivschat.testkit.jqwik.ValidTags;
import dev.ivschat.testkit.jqwik.ValidUserId;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides the arbitraries of the {@code @Valid...} annotations. Registered in
 * {@code META-INF/services}, with a priority above jqwik's own so that it wins over the default
 * {@code String} and {@code Map} generators.
 */
public final class ValidValueProvider implements ArbitraryProvider {
  private static final int PRIORITY = 5;
  private static final Map<Class<? extends Annotation>, Supplier<Arbitrary<?>>> STRINGS =
      new LinkedHashMap<>();
  private static final Map<Class<? extends Annotation>, Supplier<Arbitrary<?>>> MAPS =
      new LinkedHashMap<>();

  static {
    STRINGS.put(ValidRoomName.class, IvsChatArbitraries::roomNames);
    STRINGS.put(ValidEventName.class, IvsChatArbitraries::eventNames);
    STRINGS.put(ValidUserId.class, IvsChatArbitraries::userIds);
    STRINGS.put(ValidReason.class, IvsChatArbitraries::reasons);
    STRINGS.put(ValidMessageId.class, IvsChatArbitraries::messageIds);
    MAPS.put(ValidTags.class, IvsChatArbitraries::tagMaps);
    MAPS.put(ValidAttributes.class, IvsChatArbitraries::attributeMaps);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return find(targetType, STRINGS).isPresent() || find(targetType, MAPS).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Optional<Class<? extends Annotation>> string = find(targetType, STRINGS);
    if (string.isPresent()) {
      require(targetType, string.get(), targetType.isOfType(String.class), "String");
      return Set.of(STRINGS.get(string.get()).get());
    }
    Class<? extends Annotation> map = find(targetType, MAPS).orElseThrow();
    require(targetType, map, isStringMap(targetType), "Map<String, String>");
    return Set.of(MAPS.get(map).get());
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  private static Optional<Class<? extends Annotation>> find(TypeUsage type,
      Map<Class<? extends Annotation>, Supplier<Arbitrary<?>>> table) {
    return table.keySet().stream().filter(type::isAnnotated).findFirst();
  }

  private static boolean isStringMap(TypeUsage type) {
    return type.isOfType(Map.class) && type.getTypeArguments().size() == 2
        && type.getTypeArgument(0).isOfType(String.class)
        && type.getTypeArgument(1).isOfType(String.class);
  }

  private static void require(TypeUsage type, Class<? extends Annotation> annotation, boolean ok,
      String expected) {
    if (!ok) {
      throw new IllegalArgumentException("@" + annotation.getSimpleName() + " generates "
          + expected + " values, but the parameter is of type " + type.getType().getTypeName());
    }
  }
}
