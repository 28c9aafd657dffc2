package dev.ivschat.testkit;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.ResponseMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@value #CAPACITY} requests' response metadata, by request identity, as the SDK client
 * keeps it for {@code getCachedResponseMetadata}.
 */
final class ResponseMetadataCache {
  static final int CAPACITY = 50;

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

  synchronized void put(AmazonWebServiceRequest request, ResponseMetadata metadata) {
    entries.put(new Key(request), metadata);
  }

  synchronized ResponseMetadata get(AmazonWebServiceRequest request) {
    return entries.get(new Key(request));
  }
}
