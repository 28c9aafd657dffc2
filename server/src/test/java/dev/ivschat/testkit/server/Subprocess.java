package dev.ivschat.testkit.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child process of a test (a real client: the AWS CLI, a Node.js script) with its output captured
 * line by line, a hard deadline, and failure messages that show the whole transcript.
 *
 * <p>Waiting is event-driven: {@link #awaitStdoutLine} blocks on the reader threads' monitor until a
 * matching line arrives, the process exits, or the deadline passes; nothing polls or sleeps.
 */
final class Subprocess implements AutoCloseable {

  private final List<String> command;
  private final Process process;
  private final long startNanos;
  private final long deadlineNanos;
  private final Object lock = new Object();
  private final List<String> stdoutLines = new ArrayList<>();
  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();
  private final Thread stdoutReader;
  private final Thread stderrReader;
  private boolean stdoutClosed;
  /** Index of the first stdout line the next {@link #awaitStdoutLine} looks at. */
  private int cursor;

  private Subprocess(List<String> command, Process process, Duration timeout) {
    this.command = List.copyOf(command);
    this.process = process;
    this.startNanos = System.nanoTime();
    this.deadlineNanos = startNanos + timeout.toNanos();
    this.stdoutReader = reader(process.getInputStream(), true);
    this.stderrReader = reader(process.getErrorStream(), false);
  }

  /**
   * Starts {@code command} in {@code directory} with exactly {@code environment}; standard input is
   * closed at once.
   *
   * @throws AssertionError if the program cannot be started (for example, it is not installed)
   */
  static Subprocess start(List<String> command, Path directory, Map<String, String> environment,
      Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError("cannot start " + command.get(0) + " (is it installed and on PATH="
          + environment.get("PATH") + "?): " + e.getMessage(), e);
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Subprocess(command, process, timeout);
  }

  private Thread reader(InputStream in, boolean isStdout) {
    Thread thread = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          synchronized (lock) {
            (isStdout ? stdout : stderr).append(line).append('\n');
            if (isStdout) {
              stdoutLines.add(line);
            }
            lock.notifyAll();
          }
        }
      } catch (IOException e) {
        // the process was killed; what was read so far stays in the transcript
      } finally {
        if (isStdout) {
          synchronized (lock) {
            stdoutClosed = true;
            lock.notifyAll();
          }
        }
      }
    }, "subprocess-" + (isStdout ? "stdout" : "stderr") + "-" + process.pid());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Waits for the next standard-output line that matches: the first one after the line the
   * previous call returned (from the first line on the first call), including lines already
   * printed. Successive calls thus follow a script's output in order.
   *
   * @return the line
   * @throws AssertionError with the transcript if the process ends or the deadline passes first
   */
  String awaitStdoutLine(Predicate<String> matching, String description) {
    synchronized (lock) {
      while (true) {
        for (; cursor < stdoutLines.size(); cursor++) {
          String line = stdoutLines.get(cursor);
          if (matching.test(line)) {
            cursor++;
            return line;
          }
        }
        long remaining = deadlineNanos - System.nanoTime();
        if (stdoutClosed || remaining <= 0) {
          throw new AssertionError("expected " + String.join(" ", command) + " to print "
              + description + ", but it " + (stdoutClosed ? "closed its output" : "timed out")
              + "\n" + transcriptLocked());
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for " + description, e);
        }
      }
    }
  }

  /** Waits for the process to end (killing it at the deadline) and returns what it did. */
  Result waitFor() {
    boolean timedOut;
    try {
      long remaining = Math.max(0, deadlineNanos - System.nanoTime());
      timedOut = !process.waitFor(remaining, TimeUnit.NANOSECONDS);
      if (timedOut) {
        kill();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      // the pipes close when the process (and any child holding them) ends
      stdoutReader.join(TimeUnit.SECONDS.toMillis(10));
      stderrReader.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      throw new AssertionError("interrupted while waiting for " + String.join(" ", command), e);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    synchronized (lock) {
      return new Result(command, timedOut ? -1 : process.exitValue(), timedOut, stdout.toString(),
          stderr.toString(), elapsed);
    }
  }

  /** Output so far, for diagnostics. */
  String transcript() {
    synchronized (lock) {
      return transcriptLocked();
    }
  }

  private String transcriptLocked() {
    return "--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr + "---";
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Kills the process and its descendants if they are still running. */
  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  /**
   * What a finished process did.
   *
   * @param command the command line
   * @param exitCode its exit code, or -1 when it was killed at the deadline
   * @param timedOut whether it was killed at the deadline
   * @param stdout its standard output
   * @param stderr its standard error
   * @param elapsed how long it ran
   */
  record Result(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr,
      Duration elapsed) {

    Result {
      command = List.copyOf(command);
      Objects.requireNonNull(stdout, "stdout");
      Objects.requireNonNull(stderr, "stderr");
    }

    /** Fails with the full transcript unless the process exited 0 in time. */
    Result assertSuccess() {
      if (timedOut || exitCode != 0) {
        throw new AssertionError(describe());
      }
      return this;
    }

    /** The command, how it ended, and everything it printed. */
    String describe() {
      return String.join(" ", command) + "\n"
          + (timedOut ? "was killed after " + elapsed.toMillis() + " ms (timeout)"
              : "exited " + exitCode + " after " + elapsed.toMillis() + " ms")
          + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr + "---";
    }
  }
}
