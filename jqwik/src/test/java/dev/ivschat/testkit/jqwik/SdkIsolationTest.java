package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * This module's classes on a classpath without one SDK or without both, as a v2-only, a v1-only
 * or an SDK-neutral user has it: the module's classes are loaded again by a class loader that
 * refuses the hidden SDK and its front door, and everything that does not name that SDK must load
 * and work, including the providers jqwik finds in {@code META-INF/services} on every classpath.
 */
class SdkIsolationTest {
  private static final String V1 = "com.amazonaws.";
  private static final String V2 = "software.amazon.awssdk.";
  private static final String SDK1 = "dev.ivschat.testkit.sdk1.";
  private static final String SDK2 = "dev.ivschat.testkit.sdk2.";
  private static final String MODULE = "dev.ivschat.testkit.jqwik.";

  @Example
  void without_any_sdk_the_neutral_classes_load_and_the_providers_work() throws Exception {
    Hiding loader = new Hiding(V1, V2, SDK1, SDK2);
    for (String name : moduleClasses()) {
      if (!isFor("V1", name) && !isFor("V2", name)) {
        loadCompletely(loader, name);
      }
    }
    assertThatThrownBy(() -> loadCompletely(loader, MODULE + "IvsChatV1Arbitraries"))
        .as("the loader really hides the SDK").isInstanceOf(NoClassDefFoundError.class);
    assertThatThrownBy(() -> loadCompletely(loader, MODULE + "IvsChatV2Domain"))
        .isInstanceOfAny(NoClassDefFoundError.class, TypeNotPresentException.class);

    ArbitraryProvider fakes = provider(loader, "internal.FakeProvider");
    assertThat(fakes.canProvideFor(TypeUsage.of(IvsChat.class))).isTrue();
    assertThat(fakes.canProvideFor(TypeUsage.of(String.class))).isFalse();
    Arbitrary<?> ivsChats = fakes.provideFor(TypeUsage.of(IvsChat.class), null).iterator().next();
    assertThat(ivsChats.sample()).isInstanceOf(IvsChat.class);
    ArbitraryProvider annotations = provider(loader, "internal.ValidValueProvider");
    assertThat(annotations.canProvideFor(TypeUsage.of(String.class))).isFalse();

    SampleReportingFormat format = reportingFormat(loader);
    assertThat(format.appliesTo(new IvsChat())).isTrue();
    assertThat(format.appliesTo("a string")).isFalse();

    DomainContext domain = (DomainContext) loader.loadClass(MODULE + "IvsChatDomain")
        .getConstructor().newInstance();
    assertThat(domain.getArbitraryProviders()).isNotEmpty();
  }

  @Example
  void with_only_the_v1_sdk_the_v1_classes_load_too() throws Exception {
    Hiding loader = new Hiding(V2, SDK2);
    for (String name : moduleClasses()) {
      if (!isFor("V2", name)) {
        loadCompletely(loader, name);
      }
    }
    ArbitraryProvider fakes = provider(loader, "internal.FakeProvider");
    TypeUsage v1Fake = TypeUsage.of(FakeAmazonivschat.class);
    assertThat(fakes.canProvideFor(v1Fake)).isTrue();
    assertThat(fakes.provideFor(v1Fake, null).iterator().next().sample())
        .isInstanceOf(FakeAmazonivschat.class);
    DomainContext domain = (DomainContext) loader.loadClass(MODULE + "IvsChatV1Domain")
        .getConstructor().newInstance();
    assertThat(domain.getArbitraryProviders()).isNotEmpty();
  }

  @Example
  void with_only_the_v2_sdk_the_v2_classes_load_too() throws Exception {
    Hiding loader = new Hiding(V1, SDK1);
    for (String name : moduleClasses()) {
      if (!isFor("V1", name)) {
        loadCompletely(loader, name);
      }
    }
    ArbitraryProvider fakes = provider(loader, "internal.FakeProvider");
    TypeUsage v2Fake = TypeUsage.of(FakeIvschatClient.class);
    assertThat(fakes.canProvideFor(v2Fake)).isTrue();
    assertThat(fakes.provideFor(v2Fake, null).iterator().next().sample())
        .isInstanceOf(FakeIvschatClient.class);
    DomainContext domain = (DomainContext) loader.loadClass(MODULE + "IvsChatV2Domain")
        .getConstructor().newInstance();
    assertThat(domain.getArbitraryProviders()).isNotEmpty();
  }

  /** Every class this module compiles, by name. */
  private static List<String> moduleClasses() throws IOException, URISyntaxException {
    Path root = Path.of(IvsChatArbitraries.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
        String relative = root.relativize(f).toString().replace('\\', '/');
        names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
      });
    }
    assertThat(names).contains(MODULE + "IvsChatArbitraries", MODULE + "internal.FakeProvider");
    return names;
  }

  /** Whether a class names an SDK's types: IvsChatV1Arbitraries, IvsChatV1Domain, ToV1, .... */
  private static boolean isFor(String sdk, String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.contains("IvsChat" + sdk) || simple.startsWith("To" + sdk);
  }

  /** Loads, links and initializes a class and resolves the types of all its members. */
  private static void loadCompletely(ClassLoader loader, String name) throws Exception {
    Class<?> type = Class.forName(name, true, loader);
    type.getDeclaredFields();
    type.getDeclaredConstructors();
    for (Method m : type.getDeclaredMethods()) {
      m.getGenericReturnType();
      m.getGenericParameterTypes();
    }
  }

  private static ArbitraryProvider provider(ClassLoader loader, String name) {
    for (ArbitraryProvider p : ServiceLoader.load(ArbitraryProvider.class, loader)) {
      if (p.getClass().getName().equals(MODULE + name)) {
        assertThat(p.getClass().getClassLoader()).isSameAs(loader);
        return p;
      }
    }
    throw new AssertionError(name + " is not registered in META-INF/services");
  }

  private static SampleReportingFormat reportingFormat(ClassLoader loader) {
    for (SampleReportingFormat f : ServiceLoader.load(SampleReportingFormat.class, loader)) {
      if (f.getClass().getName().startsWith(MODULE)) {
        return f;
      }
    }
    throw new AssertionError("no reporting format of this module is registered");
  }

  /**
   * Defines this module's classes itself, so that what they reference is resolved through it,
   * refuses the hidden packages, and leaves everything else (core, jqwik, the JDK) to its parent.
   */
  private static final class Hiding extends ClassLoader {
    private final List<String> hidden;

    Hiding(String... hidden) {
      super(SdkIsolationTest.class.getClassLoader());
      this.hidden = List.of(hidden);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (hidden.stream().anyMatch(name::startsWith)) {
          throw new ClassNotFoundException(name + " is hidden from this class loader");
        }
        if (!name.startsWith(MODULE)) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          byte[] bytes = bytes(name);
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }

    private byte[] bytes(String name) throws ClassNotFoundException {
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
