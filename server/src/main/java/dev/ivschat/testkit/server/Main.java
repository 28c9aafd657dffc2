package dev.ivschat.testkit.server;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a local IVS Chat from the command line:
 * {@code java -jar ivschat-testkit-server-<version>-standalone.jar [--port N] [--host H]
 * [--region R] [--strict-sigv4 KEY:SECRET]...}. It prints
 * {@code IVS Chat listening on http://HOST:PORT} when it is ready and stops on Ctrl-C or
 * SIGTERM.
 */
public final class Main {
  /** The port the command line listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 4577;

  private Main() {
  }

  /**
   * Starts the server and waits until the process is told to stop.
   *
   * @param args the options (see {@code --help})
   */
  public static void main(String[] args) {
    IvsChatServer.Builder builder;
    try {
      builder = parse(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("ivschat-testkit-server: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (builder == null) {
      return;
    }
    IvsChatServer server;
    try {
      server = builder.start();
    } catch (RuntimeException e) {
      System.err.println("ivschat-testkit-server: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "ivschat-shutdown"));
    System.out.println("IVS Chat listening on " + server.endpoint());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads the options into a builder.
   *
   * @param args the options
   * @param out where {@code --help} prints
   * @return the builder, or null after {@code --help}
   * @throws IllegalArgumentException for an unknown option or a bad value
   */
  static IvsChatServer.Builder parse(String[] args, PrintStream out) {
    IvsChatServer.Builder builder = IvsChatServer.builder().port(DEFAULT_PORT);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--help", "-h" -> {
          out.println(usage());
          return null;
        }
        case "--port" -> {
          String port = value != null ? value : next(args, ++i, arg);
          try {
            builder.port(Integer.parseInt(port));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, but was '" + port + "'");
          }
        }
        case "--host" -> builder.host(value != null ? value : next(args, ++i, arg));
        case "--region" -> builder.region(value != null ? value : next(args, ++i, arg));
        case "--strict-sigv4" -> {
          String pair = value != null ? value : next(args, ++i, arg);
          int colon = pair.indexOf(':');
          if (colon <= 0 || colon == pair.length() - 1) {
            throw new IllegalArgumentException(
                "--strict-sigv4 takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, but was '" + pair + "'");
          }
          builder.credentials(pair.substring(0, colon), pair.substring(colon + 1));
        }
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
      }
    }
    return builder;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar ivschat-testkit-server-<version>-standalone.jar [options]",
        "  --port N                 the port to listen on (default 4577; 0 picks a free port)",
        "  --host H                 the address to listen on (default 127.0.0.1)",
        "  --region R               the region the control API means by default (us-east-1)",
        "  --strict-sigv4 KEY:SECRET  verify signatures; accept only these keys (repeatable)",
        "  --help                   print this");
  }
}
