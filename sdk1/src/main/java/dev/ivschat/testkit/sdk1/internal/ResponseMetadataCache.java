package dev.ivschat.testkit.sdk1.internal;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.ResponseMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@value #CAPACITY} requests' response metadata, by request identity, as the SDK client
 * keeps it for {@code getCachedResponseMetadata}.
 */
public final class ResponseMetadataCache {
  /** How many requests are remembered. */
  public static final int CAPACITY = 50;

  private record Key(AmazonWebServiceRequest request) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.request == request;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(request);
    }
  }

  private final Map<Key, ResponseMetadata> entries =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ResponseMetadata> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Remembers a request's metadata.
   *
   * @param request the caller's request object
   * @param metadata its response metadata
   */
  public synchronized void put(AmazonWebServiceRequest request, ResponseMetadata metadata) {
    entries.put(new Key(request), metadata);
  }

  /**
   * The metadata of a request this client has seen.
   *
   * @param request the caller's request object
   * @return the metadata, or null
   */
  public synchronized ResponseMetadata get(AmazonWebServiceRequest request) {
    return entries.get(new Key(request));
  }
}
