package org.gedkit.netexplorer.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Optional;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.netexplorer.model.FileInfo;

/**
 * The NetExplorer mapper: the Gedkit mapper plus {@code Optional} components (absent or null = empty), trailing
 * commas (seen in the document's examples) and lenient ids such as {@code "29628,"} (trash restore example).
 */
public final class NetExplorerJson {

  private static final ObjectMapper MAPPER = newMapper();

  private NetExplorerJson() {}

  /** @return the shared mapper; do not reconfigure */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  static ObjectMapper newMapper() {
    return newMapper(true);
  }

  /**
   * A new NetExplorer mapper.
   *
   * @param fastReaders whether the hot models are read by their hand-written readers ({@link FileInfoReader});
   *     false gives Jackson's plain bean deserializers, which the equivalence tests compare against
   * @return the mapper
   */
  static ObjectMapper newMapper(boolean fastReaders) {
    ObjectMapper m = GedkitJson.newMapper();
    m.getFactory().configure(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature(), true);
    m.enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
    SimpleModule module = new SimpleModule("gedkit-netexplorer-optional") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addTypeModifier(new OptionalTypeModifier());
        context.addDeserializers(new OptionalDeserializers());
        if (fastReaders) {
          context.addBeanDeserializerModifier(new FastReaders());
        }
      }
    };
    m.registerModule(module);
    return m;
  }

  /** Puts the hand-written readers in front of Jackson's bean deserializers of the hot models. */
  static final class FastReaders extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      if (beanDesc.getBeanClass() == FileInfo.class && deserializer.getClass() == BeanDeserializer.class) {
        return new FileInfoReader((BeanDeserializer) deserializer);
      }
      return deserializer;
    }
  }

  static final class OptionalTypeModifier extends TypeModifier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType()) {
        return type;
      }
      if (type.getRawClass() == Optional.class) {
        return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
      }
      return type;
    }
  }

  static final class OptionalDeserializers extends Deserializers.Base implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType, DeserializationConfig config,
        BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
      if (refType.hasRawClass(Optional.class)) {
        return new OptionalDeserializer(refType, null, contentTypeDeserializer, contentDeserializer);
      }
      return null;
    }
  }

  static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType fullType, ValueInstantiator inst, TypeDeserializer typeDeser,
        JsonDeserializer<?> deser) {
      super(fullType, inst, typeDeser, deser);
    }

    @Override
    protected OptionalDeserializer withResolved(TypeDeserializer typeDeser, JsonDeserializer<?> valueDeser) {
      return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeser, valueDeser);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }
  }

  /**
   * Reads an id that should be a number but may arrive as a string, possibly with stray characters
   * ({@code "29628,"}): the leading digits are used; no digits gives null.
   */
  public static final class LenientLong extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public LenientLong() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (p.currentToken()) {
        case VALUE_NUMBER_INT:
          return p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return (long) p.getDoubleValue();
        case VALUE_STRING: {
          String s = p.getText().trim();
          int end = 0;
          if (end < s.length() && s.charAt(0) == '-') {
            end++;
          }
          while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
          }
          String digits = s.substring(0, end);
          return digits.isEmpty() || digits.equals("-") ? null : Long.valueOf(digits);
        }
        case VALUE_NULL:
          return null;
        default:
          return (Long) ctxt.handleUnexpectedToken(Long.class, p);
      }
    }

    @Override
    public Long getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
