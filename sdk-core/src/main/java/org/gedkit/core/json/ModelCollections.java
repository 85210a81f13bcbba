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
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

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
    // the copy is itself a view this method keeps: a model's map passed on to another model is not copied again
    return new ReadOnlyMap<>(new LinkedHashMap<>(map));
  }

  /**
   * A read-only view of a map the caller has just built and now hands over, without a copy; {@link #copyOf(Map)}
   * keeps it as it is. For reply readers that build a model's map themselves (Jackson-built maps are handed over
   * by {@link GedkitJson}'s mappers already). The caller must not keep, change or share the map afterwards: a model
   * built from the view would change with it.
   *
   * @param built the map, held by nobody else
   * @param <K> the key type
   * @param <V> the value type
   * @return the read-only view; never null
   * @throws NullPointerException when the map is null
   */
  public static <K, V> Map<K, V> adopt(Map<K, V> built) {
    java.util.Objects.requireNonNull(built, "built");
    return built instanceof ReadOnlyMap ? built : new ReadOnlyMap<>(built);
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
    return new ReadOnlyList<>(new ArrayList<>(list));
  }

  /**
   * The value Jackson built for a creator parameter declared as {@code Map} or {@code List}, behind a read-only view
   * when it is one of the classes Jackson makes for those types; anything else as it is.
   */
  static Object adoptJacksonValue(Object value) {
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

  /**
   * A read-only view of a map nobody else holds. Every changing method throws, even one that would change nothing
   * (as {@link Collections#unmodifiableMap} does).
   */
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
    public void forEach(BiConsumer<? super K, ? super V> action) {
      view.forEach(action);
    }

    @Override
    public V put(K key, V value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V remove(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V putIfAbsent(K key, V value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V replace(K key, V value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
      throw new UnsupportedOperationException();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
      return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
      return map.hashCode();
    }

    @Override
    public String toString() {
      return map.toString();
    }
  }

  /**
   * A read-only view of a list nobody else holds. Every changing method throws, even one that would change nothing
   * (as {@link Collections#unmodifiableList} does).
   */
  private static final class ReadOnlyList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> list;
    private final List<T> view;

    ReadOnlyList(List<T> list) {
      this.list = list;
      this.view = Collections.unmodifiableList(list);
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
    public int lastIndexOf(Object o) {
      return list.lastIndexOf(o);
    }

    @Override
    public void forEach(Consumer<? super T> action) {
      list.forEach(action);
    }

    @Override
    public java.util.Iterator<T> iterator() {
      return view.iterator();
    }

    @Override
    public java.util.ListIterator<T> listIterator() {
      return view.listIterator();
    }

    @Override
    public java.util.ListIterator<T> listIterator(int index) {
      return view.listIterator(index);
    }

    @Override
    public List<T> subList(int from, int to) {
      return view.subList(from, to);
    }

    @Override
    public boolean add(T t) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, T element) {
      throw new UnsupportedOperationException();
    }

    @Override
    public T set(int index, T element) {
      throw new UnsupportedOperationException();
    }

    @Override
    public T remove(int index) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(java.util.Collection<? extends T> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(int index, java.util.Collection<? extends T> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(java.util.Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(java.util.Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super T> filter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(java.util.function.UnaryOperator<T> operator) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sort(java.util.Comparator<? super T> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
      return o == this || list.equals(o);
    }

    @Override
    public int hashCode() {
      return list.hashCode();
    }

    @Override
    public String toString() {
      return list.toString();
    }
  }
}
