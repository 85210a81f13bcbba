package org.gedkit.core.json;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Read-only copies of the maps and lists a model record receives, made in its compact constructor
 * ({@code tags = ModelCollections.copyOf(tags);}).
 *
 * <p>A map or list that Jackson built for the record it is reading (through a {@link GedkitJson} mapper) is held by
 * nobody else: it is kept behind a read-only view instead of being copied, so a reply's maps and lists are not
 * built twice. Any other map or list, one a caller passes to the record's constructor, is copied, as always: a model
 * never changes because a caller changed what it passed.
 */
public final class ModelCollections {

  private ModelCollections() {}

  /**
   * A read-only map with the same entries in the same order (null values kept); null gives an empty map.
   *
   * @param map the map, or null
   * @param <K> the key type
   * @param <V> the value type
   * @return the read-only map; never null
   */
  public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    if (map == null) {
      return Map.of();
    }
    if (map instanceof ReadOnlyMap) {
      return map;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * A read-only list with the same elements in the same order (nulls kept); null gives an empty list.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return the read-only list; never null
   */
  public static <T> List<T> copyOf(List<T> list) {
    if (list == null) {
      return List.of();
    }
    if (list instanceof ReadOnlyList) {
      return list;
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * The value Jackson built for a creator parameter declared as {@code Map} or {@code List}, behind a read-only view
   * when it is one of the classes Jackson makes for those types; anything else as it is.
   */
  static Object adopt(Object value) {
    if (value == null) {
      return null;
    }
    Class<?> c = value.getClass();
    if (c == LinkedHashMap.class || c == HashMap.class) {
      return new ReadOnlyMap<>((Map<?, ?>) value);
    }
    if (c == ArrayList.class) {
      return new ReadOnlyList<>((List<?>) value);
    }
    return value;
  }

  /** A read-only view of a map nobody else holds. */
  private static final class ReadOnlyMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    private final Map<K, V> view;

    ReadOnlyMap(Map<K, V> map) {
      this.map = map;
      this.view = Collections.unmodifiableMap(map);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public Set<K> keySet() {
      return view.keySet();
    }

    @Override
    public java.util.Collection<V> values() {
      return view.values();
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
    public V get(Object key) {
      return map.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
      return map.getOrDefault(key, defaultValue);
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
      map.forEach(action);
    }
  }

  /** A read-only view of a list nobody else holds. */
  private static final class ReadOnlyList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> list;

    ReadOnlyList(List<T> list) {
      this.list = list;
    }

    @Override
    public T get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }

    @Override
    public Object[] toArray() {
      return list.toArray();
    }

    @Override
    public <A> A[] toArray(A[] a) {
      return list.toArray(a);
    }

    @Override
    public boolean contains(Object o) {
      return list.contains(o);
    }

    @Override
    public int indexOf(Object o) {
      return list.indexOf(o);
    }

    @Override
    public void forEach(java.util.function.Consumer<? super T> action) {
      list.forEach(action);
    }
  }
}
