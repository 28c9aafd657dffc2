package dev.ivschat.testkit.server;

import dev.ivschat.testkit.ConfigBuilder;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.server.internal.Accounts;
import dev.ivschat.testkit.server.internal.NettyServer;
import dev.ivschat.testkit.server.internal.ServerSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A local IVS Chat endpoint: the service's HTTP API and the chat WebSocket on one port, over the
 * same in-memory engine as the in-process fakes. Any AWS SDK, the AWS CLI and the real chat
 * clients can use it.
 *
 * <pre>{@code
 * try (IvsChatServer server = IvsChatServer.start()) {
 *   IvschatClient client = IvschatClient.builder()
 *       .endpointOverride(server.endpoint())
 *       .region(Region.US_EAST_1)
 *       .credentialsProvider(StaticCredentialsProvider.create(
 *           AwsBasicCredentials.create("AKIDTEST1", "any-secret")))
 *       .build();
 *   client.createRoom(CreateRoomRequest.builder().name("lobby").build());
 *   assertThat(server.account("AKIDTEST1").rooms()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Each access key id that signs requests selects an account of its own, isolated from the
 * others: a 12-digit key is also the account id in the ARNs, any other key gets the account id
 * {@value IvsChatConfig#DEFAULT_ACCOUNT_ID}. So tests running in parallel on one server each use
 * their own key and never see each other's rooms. By default any well-formed SigV4 signature is
 * accepted; {@link Builder#credentials(String, String)} turns on verification. The control API
 * for tests in other languages is under {@code /_ivschat} (see the module README).
 */
public final class IvsChatServer implements AutoCloseable {
  private final ServerSettings settings;
  private final Accounts accounts;
  private final NettyServer server;
  private final URI endpoint;

  private IvsChatServer(ServerSettings settings) {
    this.settings = settings;
    this.accounts = new Accounts(settings.template());
    this.server = new NettyServer(settings, accounts);
    String host = server.address().getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    this.endpoint = URI.create("http://" + host + ":" + server.address().getPort());
  }

  /**
   * Starts a server on a free port of the loopback address, with the default settings.
   *
   * @return the running server
   */
  public static IvsChatServer start() {
    return builder().start();
  }

  /**
   * A builder for a server with other settings.
   *
   * @return a builder at the defaults: loopback, a free port, lenient SigV4
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The HTTP endpoint for SDK clients and the AWS CLI, e.g. {@code http://127.0.0.1:43127}.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The chat WebSocket endpoint for chat clients, e.g. {@code ws://127.0.0.1:43127}; the token
   * alone says which account and room a connection is for.
   *
   * @return the endpoint
   */
  public URI chatEndpoint() {
    return URI.create("ws" + endpoint.toString().substring("http".length()));
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.address().getPort();
  }

  /**
   * The state of the account an access key id selects, in the default region: the same
   * {@link IvsChat} control surface the in-process fakes have (rooms, journal, clock, faults).
   * The account is made now if no request has used the key yet.
   *
   * @param accessKeyId the access key id clients sign with
   * @return the account's IVS Chat
   */
  public IvsChat account(String accessKeyId) {
    return account(accessKeyId, settings.defaultRegion());
  }

  /**
   * The state of the account an access key id selects in a region.
   *
   * @param accessKeyId the access key id
   * @param region the region clients sign for
   * @return the account's IVS Chat
   */
  public IvsChat account(String accessKeyId, String region) {
    return accounts.get(key(accessKeyId, region));
  }

  /**
   * Serves your own {@link IvsChat} to the requests signed with an access key id (in the IVS
   * Chat's region), in place of the account the server would make; the server does not close
   * it. This is how a test gives a wire client an IVS Chat configured its own way.
   *
   * @param accessKeyId the access key id
   * @param ivsChat the IVS Chat to serve
   */
  public void bind(String accessKeyId, IvsChat ivsChat) {
    Objects.requireNonNull(ivsChat, "ivsChat");
    accounts.bind(key(accessKeyId, ivsChat.config().region()), ivsChat);
  }

  /**
   * Stops serving an access key id's account in a region; the next request makes a fresh one.
   *
   * @param accessKeyId the access key id
   * @param region the region
   */
  public void unbind(String accessKeyId, String region) {
    accounts.remove(key(accessKeyId, region));
  }

  /** Drops every account the server made and resets the ones bound with {@link #bind}. */
  public void reset() {
    accounts.resetAll();
  }

  /**
   * How many client connections (HTTP and WebSocket) are open.
   *
   * @return the count
   */
  public int openConnections() {
    return server.openConnections();
  }

  /** Stops listening, closes every connection and the accounts the server made. */
  @Override
  public void close() {
    server.close();
    accounts.close();
  }

  @Override
  public String toString() {
    return "IvsChatServer[" + endpoint + "]";
  }

  private static Accounts.Key key(String accessKeyId, String region) {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(region, "region");
    return new Accounts.Key(accessKeyId, region);
  }

  /**
   * The settings of a server: where it listens, how it checks signatures, and (inherited) the
   * settings of every account it makes.
   */
  public static final class Builder extends ConfigBuilder<Builder> {
    /** The default address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default window of clock skew a signed request may have (strict mode), as AWS's. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The default largest request body. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    /** The default largest chat frame. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 16;

    private String host = DEFAULT_HOST;
    private int port;
    private Map<String, String> credentials;
    private Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
    private Clock wallClock = Clock.systemUTC();
    private Integer handshakeRefusalStatus;
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;

    private Builder() {
    }

    /**
     * Sets the address to listen on.
     *
     * @param host a host name or address; {@code 0.0.0.0} listens on every interface
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Sets the port.
     *
     * @param port 0 (a free port, the default) to 65535
     * @return this builder
     * @throws IllegalArgumentException outside that range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Turns on strict SigV4: only the keys given this way are accepted, and each request's
     * signature is verified with the key's secret. May be called for several keys.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey its secret
     * @return this builder
     */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      if (credentials == null) {
        credentials = new LinkedHashMap<>();
      }
      credentials.put(accessKeyId, secretAccessKey);
      return this;
    }

    /**
     * Sets how far a signed request's time may be from the wall clock in strict mode.
     *
     * @param skew a positive duration (default 5 minutes, as AWS)
     * @return this builder
     */
    public Builder maxClockSkew(Duration skew) {
      if (skew == null || skew.isNegative() || skew.isZero()) {
        throw new IllegalArgumentException("maxClockSkew must be positive, but was " + skew);
      }
      this.maxClockSkew = skew;
      return this;
    }

    /**
     * Sets the wall clock signatures are checked against (never the accounts' fake clocks,
     * which tests move).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder wallClock(Clock clock) {
      this.wallClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Answers every refused chat handshake with one HTTP status, instead of 401 for an unknown
     * or expired token and 403 for a used one or a deleted room.
     *
     * @param status 400 to 599
     * @return this builder
     */
    public Builder handshakeRefusalStatus(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "handshakeRefusalStatus must be from 400 to 599, but was " + status);
      }
      this.handshakeRefusalStatus = status;
      return this;
    }

    /**
     * Sets the largest request body accepted; larger ones get 413.
     *
     * @param bytes 1 KiB to 64 MiB (default 1 MiB)
     * @return this builder
     */
    public Builder maxRequestBytes(int bytes) {
      if (bytes < 1024 || bytes > 64 << 20) {
        throw new IllegalArgumentException(
            "maxRequestBytes must be from 1024 to 67108864, but was " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets the largest chat WebSocket message accepted; a larger one closes the socket with
     * 1009, as RFC 6455 says.
     *
     * @param bytes 1 KiB to 16 MiB (default 64 KiB)
     * @return this builder
     */
    public Builder maxFrameBytes(int bytes) {
      if (bytes < 1024 || bytes > 16 << 20) {
        throw new IllegalArgumentException(
            "maxFrameBytes must be from 1024 to 16777216, but was " + bytes);
      }
      this.maxFrameBytes = bytes;
      return this;
    }

    /**
     * Binds and starts the server.
     *
     * @return the running server
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    public IvsChatServer start() {
      IvsChatConfig template = buildConfig();
      return new IvsChatServer(new ServerSettings(host, port, template,
          credentials == null ? null : Map.copyOf(credentials), maxClockSkew, wallClock,
          handshakeRefusalStatus, maxRequestBytes, maxFrameBytes));
    }

  }
}
