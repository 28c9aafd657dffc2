package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.server.IvsChatServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Server-side memory per open chat WebSocket: an in-process {@link IvsChatServer}, and the
 * clients in a second JVM (so their sockets count against that process's file descriptor limit
 * and their heap is not in the measurement). The clients are raw NIO sockets that do the
 * handshake by hand and then only hold the connection open.
 *
 * <p>Measures, after a forced collection, the server JVM's used heap and direct buffer memory
 * once the chat tokens exist (the baseline) and again once every connection is open, and prints
 * the difference divided by the number of connections.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ivschat.testkit.benchmarks.WebSocketMemory [connections [--histogram]]}
 * (10,000 by default; the server process then needs a little over 10,000 file descriptors);
 * {@code --histogram} also prints the classes whose live heap grew most, per connection.
 */
public final class WebSocketMemory {
  private static final String ACCESS_KEY = "AKIDBENCHMARK0000000";

  private WebSocketMemory() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--clients")) {
      Clients.run(Integer.parseInt(args[1]), Path.of(args[2]));
      return;
    }
    boolean histogram = args.length > 1 && args[1].equals("--histogram");
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (IvsChatServer server = IvsChatServer.builder().journalLimit(1_000).start()) {
      IvsChat ivsChat = server.account(ACCESS_KEY);
      Room room = ivsChat.call(IvsChatRequest.CreateRoom.named("memory")).value();
      List<String> tokens = new ArrayList<>(connections);
      for (int i = 0; i < connections; i++) {
        tokens.add(ivsChat.call(new IvsChatRequest.CreateChatToken(room.arn(), "viewer-" + i,
            List.of("SEND_MESSAGE"), 180, Map.of())).value().token());
      }
      Path tokenFile = Files.createTempFile("ivschat-tokens", ".txt");
      Files.write(tokenFile, tokens);
      tokens = null;
      // Warm the handshake path once, so its classes are loaded before the baseline.
      warmUp(server, ivsChat, room);

      Snapshot before = Snapshot.take();
      Map<String, Long> histogramBefore = histogram ? histogram() : Map.of();
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child = new ProcessBuilder(java, "-Xmx512m", "-cp",
          System.getProperty("java.class.path"), WebSocketMemory.class.getName(), "--clients",
          Integer.toString(connections), server.chatEndpoint().getHost() + ":" + server.port()
              + "@" + tokenFile)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8));
      long started = System.nanoTime();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("OPEN ")) {
        System.out.println("clients: " + line);
      }
      if (line == null) {
        throw new IllegalStateException("The client process ended before opening everything");
      }
      System.out.printf("clients: %s (%.1f s)%n", line,
          (System.nanoTime() - started) / 1e9);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (ivsChat.connections().stream().filter(c -> c.isOpen()).count() < connections) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Only " + ivsChat.connections().size()
              + " connections opened");
        }
        Thread.sleep(100);
      }
      Snapshot after = Snapshot.take();
      if (histogram) {
        printGrowth(histogramBefore, histogram(), connections);
      }
      System.out.printf("server open sockets: %d, engine open connections: %d%n",
          server.openConnections(), connections);
      System.out.printf("heap used: %,d -> %,d bytes: %,.0f bytes per connection%n",
          before.heap, after.heap, (after.heap - before.heap) / (double) connections);
      System.out.printf("direct buffers: %,d -> %,d bytes: %,.0f bytes per connection%n",
          before.direct, after.direct, (after.direct - before.direct) / (double) connections);
      if (after.nettyDirect < 0) {
        System.out.println("Netty direct memory without a cleaner: none (Netty's buffers have "
            + "cleaners here, so the direct buffers line counts them)");
      } else {
        System.out.printf("Netty direct memory without a cleaner: %,d -> %,d bytes: %,.0f bytes "
            + "per connection%n", before.nettyDirect, after.nettyDirect,
            (after.nettyDirect - before.nettyDirect) / (double) connections);
      }
      child.getOutputStream().close();
      child.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(tokenFile);
    }
  }

  /** Bytes per class of the live heap, from {@code jcmd <pid> GC.class_histogram}. */
  private static Map<String, Long> histogram() throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
        "GC.class_histogram").redirectErrorStream(true).start();
    Map<String, Long> bytes = new java.util.HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 4 && f[0].endsWith(":")) {
          bytes.put(f[3], Long.parseLong(f[2]));
        }
      }
    }
    p.waitFor();
    return bytes;
  }

  private static void printGrowth(Map<String, Long> before, Map<String, Long> after, int n) {
    System.out.println("largest growth of the live heap by class, bytes per connection:");
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(20)
        .forEach(e -> System.out.printf("  %8.1f  %s%n", e.getValue() / (double) n, e.getKey()));
  }

  private static void warmUp(IvsChatServer server, IvsChat ivsChat, Room room) throws Exception {
    String token = ivsChat.call(new IvsChatRequest.CreateChatToken(room.arn(), "warm-up",
        List.of("SEND_MESSAGE"), 180, Map.of())).value().token();
    SocketChannel socket = Clients.handshake(
        new InetSocketAddress(server.chatEndpoint().getHost(), server.port()), token);
    long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (ivsChat.connections().isEmpty() && System.nanoTime() < wait) {
      Thread.sleep(10);
    }
    socket.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.openConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Used heap, JDK direct buffers and Netty's own direct memory, after a full collection. */
  private record Snapshot(long heap, long direct, long nettyDirect) {
    static Snapshot take() throws InterruptedException {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(200);
      }
      long direct = 0;
      for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
        if (pool.getName().equals("direct")) {
          direct = pool.getMemoryUsed();
        }
      }
      return new Snapshot(memory.getHeapMemoryUsage().getUsed(), direct, nettyDirectUsed());
    }

    /**
     * The direct memory the server's (relocated) Netty has allocated without a JDK cleaner,
     * which the JDK's "direct" buffer pool does not count; -1 when Netty does not track it.
     */
    static long nettyDirectUsed() {
      try {
        return (long) Class.forName("dev.ivschat.testkit.server.internal.shaded.io.netty.util"
            + ".internal.PlatformDependent").getMethod("usedDirectMemory").invoke(null);
      } catch (ReflectiveOperationException e) {
        return -1;
      }
    }
  }

  /** The client process: opens the connections, prints {@code OPEN n}, holds them until EOF. */
  static final class Clients {
    private Clients() {
    }

    static void run(int connections, Path spec) throws IOException {
      String s = spec.toString();
      String hostPort = s.substring(0, s.indexOf('@'));
      List<String> tokens = Files.readAllLines(Path.of(s.substring(s.indexOf('@') + 1)));
      InetSocketAddress address = new InetSocketAddress(
          hostPort.substring(0, hostPort.lastIndexOf(':')),
          Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)));
      List<SocketChannel> open = new ArrayList<>(connections);
      for (int i = 0; i < connections; i++) {
        open.add(handshake(address, tokens.get(i)));
        if ((i + 1) % 2_000 == 0) {
          System.out.println((i + 1) + " open");
          System.out.flush();
        }
      }
      System.out.println("OPEN " + open.size());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the sockets until the parent closes our stdin
      }
      for (SocketChannel c : open) {
        c.close();
      }
    }

    /** Connects and does the WebSocket handshake, blocking; fails unless it is a 101. */
    static SocketChannel handshake(InetSocketAddress address, String token) throws IOException {
      SocketChannel channel = SocketChannel.open(address);
      byte[] nonce = new byte[16];
      ThreadLocalRandom.current().nextBytes(nonce);
      String request = "GET / HTTP/1.1\r\nHost: " + address.getHostString() + ":"
          + address.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
          + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " + token + "\r\n\r\n";
      channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer in = ByteBuffer.allocate(1024);
      StringBuilder response = new StringBuilder();
      while (response.indexOf("\r\n\r\n") < 0) {
        in.clear();
        if (channel.read(in) < 0) {
          throw new IOException("closed during the handshake: " + response);
        }
        in.flip();
        response.append(StandardCharsets.US_ASCII.decode(in));
      }
      if (!response.toString().startsWith("HTTP/1.1 101")) {
        throw new IOException("handshake refused: " + response);
      }
      return channel;
    }
  }
}
