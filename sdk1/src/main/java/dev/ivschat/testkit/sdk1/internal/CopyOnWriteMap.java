package dev.ivschat.testkit.sdk1.internal;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A mutable map over one of the engine's immutable snapshot maps that copies it only when first
 * changed or iterated, for the tag maps of v1 results: the caller gets a map it may change like
 * the {@code HashMap} the real client gives, without every result paying for a copy nobody makes
 * use of. Not thread-safe, like {@code HashMap}.
 */
final class CopyOnWriteMap extends AbstractMap<String, String> implements Serializable {
  private static final long serialVersionUID = 1L;

  private Map<String, String> map;
  private boolean copied;

  CopyOnWriteMap(Map<String, String> snapshot) {
    this.map = snapshot;
  }

  private Map<String, String> own() {
    if (!copied) {
      map = new HashMap<>(map);
      copied = true;
    }
    return map;
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public boolean containsValue(Object value) {
    return map.containsValue(value);
  }

  @Override
  public String get(Object key) {
    return map.get(key);
  }

  @Override
  public String put(String key, String value) {
    return own().put(key, value);
  }

  @Override
  public String remove(Object key) {
    return own().remove(key);
  }

  @Override
  public void putAll(Map<? extends String, ? extends String> m) {
    own().putAll(m);
  }

  @Override
  public void clear() {
    own().clear();
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return own().entrySet().iterator();
      }

      @Override
      public int size() {
        return map.size();
      }
    };
  }
}
