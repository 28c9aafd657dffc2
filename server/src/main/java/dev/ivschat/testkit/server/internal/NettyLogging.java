package dev.ivschat.testkit.server.internal;

import io.netty.util.internal.logging.AbstractInternalLogger;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;

/**
 * Where the shaded Netty logs: its warnings and errors go to standard error, the rest nowhere.
 * Netty would otherwise start {@code java.util.logging} (25 ms of every cold start) for debug
 * messages nobody reads; the relocated copy is ours, so this changes no one else's Netty.
 */
final class NettyLogging extends InternalLoggerFactory {
  private static volatile boolean installed;

  private NettyLogging() {
  }

  /** Installs this factory, before any Netty class logs. */
  static void install() {
    if (!installed) {
      InternalLoggerFactory.setDefaultFactory(new NettyLogging());
      installed = true;
    }
  }

  @Override
  protected InternalLogger newInstance(String name) {
    return new Logger(name);
  }

  private static final class Logger extends AbstractInternalLogger {
    private static final long serialVersionUID = 1L;

    Logger(String name) {
      super(name);
    }

    private void print(String level, String message, Throwable t) {
      System.err.println("ivschat-testkit-server " + level + " [" + name() + "] " + message);
      if (t != null) {
        t.printStackTrace();
      }
    }

    private static String format(String format, Object... args) {
      StringBuilder out = new StringBuilder();
      int from = 0;
      int arg = 0;
      for (int at = format.indexOf("{}"); at >= 0 && arg < args.length;
          at = format.indexOf("{}", from)) {
        out.append(format, from, at).append(args[arg++]);
        from = at + 2;
      }
      return out.append(format.substring(from)).toString();
    }

    private static Throwable thrown(Object... args) {
      return args.length > 0 && args[args.length - 1] instanceof Throwable t ? t : null;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void trace(String msg) {
    }

    @Override
    public void trace(String format, Object arg) {
    }

    @Override
    public void trace(String format, Object argA, Object argB) {
    }

    @Override
    public void trace(String format, Object... arguments) {
    }

    @Override
    public void trace(String msg, Throwable t) {
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String msg) {
    }

    @Override
    public void debug(String format, Object arg) {
    }

    @Override
    public void debug(String format, Object argA, Object argB) {
    }

    @Override
    public void debug(String format, Object... arguments) {
    }

    @Override
    public void debug(String msg, Throwable t) {
    }

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public void info(String msg) {
    }

    @Override
    public void info(String format, Object arg) {
    }

    @Override
    public void info(String format, Object argA, Object argB) {
    }

    @Override
    public void info(String format, Object... arguments) {
    }

    @Override
    public void info(String msg, Throwable t) {
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(String msg) {
      print("WARN", msg, null);
    }

    @Override
    public void warn(String format, Object arg) {
      warn(format, new Object[] {arg});
    }

    @Override
    public void warn(String format, Object argA, Object argB) {
      warn(format, new Object[] {argA, argB});
    }

    @Override
    public void warn(String format, Object... arguments) {
      print("WARN", format(format, arguments), thrown(arguments));
    }

    @Override
    public void warn(String msg, Throwable t) {
      print("WARN", msg, t);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(String msg) {
      print("ERROR", msg, null);
    }

    @Override
    public void error(String format, Object arg) {
      error(format, new Object[] {arg});
    }

    @Override
    public void error(String format, Object argA, Object argB) {
      error(format, new Object[] {argA, argB});
    }

    @Override
    public void error(String format, Object... arguments) {
      print("ERROR", format(format, arguments), thrown(arguments));
    }

    @Override
    public void error(String msg, Throwable t) {
      print("ERROR", msg, t);
    }
  }
}
