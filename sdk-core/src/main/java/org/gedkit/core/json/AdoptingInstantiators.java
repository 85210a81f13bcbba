package org.gedkit.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.introspect.AnnotatedWithParams;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Hands the Gedkit model records the maps and lists Jackson built for them behind read-only views, which
 * {@link ModelCollections#copyOf(Map)}, {@link ModelCollections#copyOf(List)} and {@link ExtraFields#copyOf(Map)} then
 * keep instead of copying. Applies to records of {@code org.gedkit} packages read through a property-based creator,
 * and only to the creator parameters declared as {@code Map} or {@code List}.
 */
final class AdoptingInstantiators implements ValueInstantiators {

  @Override
  public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
      ValueInstantiator defaultInstantiator) {
    Class<?> type = beanDesc.getBeanClass();
    if (!type.isRecord() || !type.getName().startsWith("org.gedkit.")
        || !defaultInstantiator.canCreateFromObjectWith()) {
      return defaultInstantiator;
    }
    AnnotatedWithParams creator = defaultInstantiator.getWithArgsCreator();
    if (creator == null) {
      return defaultInstantiator;
    }
    int n = creator.getParameterCount();
    int[] found = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Class<?> p = creator.getRawParameterType(i);
      if (p == Map.class || p == List.class) {
        found[count++] = i;
      }
    }
    return count == 0 ? defaultInstantiator : new Adopting(defaultInstantiator, java.util.Arrays.copyOf(found, count));
  }

  /** Puts the read-only views in place, then lets the record's own creator build it. */
  private static final class Adopting extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;
    private final int[] collections;

    Adopting(ValueInstantiator delegate, int[] collections) {
      super(delegate);
      this.collections = collections;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription beanDesc)
        throws JsonMappingException {
      ValueInstantiator d = delegate().createContextual(ctxt, beanDesc);
      return d == delegate() ? this : new Adopting(d, collections);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws IOException {
      return delegate().createFromObjectWith(ctxt, adopt(args));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
        PropertyValueBuffer buffer) throws IOException {
      return delegate().createFromObjectWith(ctxt, adopt(buffer.getParameters(props)));
    }

    private Object[] adopt(Object[] args) {
      for (int i : collections) {
        if (i < args.length) {
          args[i] = ModelCollections.adoptJacksonValue(args[i]);
        }
      }
      return args;
    }
  }
}
