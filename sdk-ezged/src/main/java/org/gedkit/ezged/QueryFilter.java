package org.gedkit.ezged;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.ezged.internal.Wire;

/**
 * Filters of {@code query/getexec} (section "Rechercher sur une Vue"), in either documented form:
 * {@link Form#SEARCH} ({@code qrysuffqn}/{@code qrysrop}/{@code qrysval}) or {@link Form#USER}
 * ({@code qryusrffqn}/{@code qryusrop}/{@code qryusrval}). Each is sent as three JSON lists of the same length.
 *
 * <pre>{@code
 * QueryFilter f = QueryFilter.search()
 *     .field("lstdosone.LSTDOSONE_LIB").eq("Client")
 *     .field("one.ONE_LIB").eq("Inconnu")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryFilter {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Which parameter triple carries the filter. */
  public enum Form {
    /** {@code qrysuffqn}, {@code qrysrop}, {@code qrysval} (example 1 of the document). */
    SEARCH("qrysuffqn", "qrysrop", "qrysval"),
    /** {@code qryusrffqn}, {@code qryusrop}, {@code qryusrval} (example 2 of the document; the field's form). */
    USER("qryusrffqn", "qryusrop", "qryusrval");

    private final String fields;
    private final String operators;
    private final String values;

    Form(String fields, String operators, String values) {
      this.fields = fields;
      this.operators = operators;
      this.values = values;
    }

    /**
     * The parameter of the field list.
     *
     * @return e.g. {@code qrysuffqn}
     */
    public String fieldsParameter() {
      return fields;
    }

    /**
     * The parameter of the operator list.
     *
     * @return e.g. {@code qrysrop}
     */
    public String operatorsParameter() {
      return operators;
    }

    /**
     * The parameter of the value list.
     *
     * @return e.g. {@code qrysval}
     */
    public String valuesParameter() {
      return values;
    }
  }

  /**
   * One condition.
   *
   * @param field the fully qualified field, e.g. {@code one.ONE_LIB}
   * @param operator the operator
   * @param value the value as sent (lists joined with commas)
   */
  public record Condition(String field, FilterOperator operator, String value) {
    /**
     * Checks the parts.
     *
     * @param field the field
     * @param operator the operator
     * @param value the value
     * @throws InvalidArgumentException when the field is blank or the operator or value null
     */
    public Condition {
      if (field == null || field.isBlank()) {
        throw new InvalidArgumentException("filter field must not be " + (field == null ? "null" : "blank"),
            ErrorDetails.of("ezged", Wire.EXEC));
      }
      if (operator == null || value == null) {
        throw new InvalidArgumentException("filter on " + field + ": " + (operator == null ? "operator" : "value")
            + " must not be null", ErrorDetails.of("ezged", Wire.EXEC));
      }
    }
  }

  private final Form form;
  private final List<Condition> conditions;

  private QueryFilter(Form form, List<Condition> conditions) {
    this.form = form;
    this.conditions = List.copyOf(conditions);
  }

  /**
   * Starts a filter in the {@code qrysuffqn}/{@code qrysrop}/{@code qrysval} form.
   *
   * @return a builder; never null
   */
  public static Builder search() {
    return new Builder(Form.SEARCH);
  }

  /**
   * Starts a filter in the {@code qryusrffqn}/{@code qryusrop}/{@code qryusrval} form.
   *
   * @return a builder; never null
   */
  public static Builder user() {
    return new Builder(Form.USER);
  }

  /**
   * The form.
   *
   * @return the form; never null
   */
  public Form form() {
    return form;
  }

  /**
   * The conditions, in order.
   *
   * @return the conditions; never null
   */
  public List<Condition> conditions() {
    return conditions;
  }

  /**
   * The three wire parameters with their JSON lists, e.g. {@code qrysrop -> ["=","="]}. An {@code IN} condition is
   * sent as operator {@code in} in the SEARCH form and, as the document's example 2 does, as {@code =} with
   * comma-separated values in the USER form.
   *
   * @return the parameters in order; never null
   */
  public Map<String, String> toParameters() {
    List<String> f = new ArrayList<>();
    List<String> o = new ArrayList<>();
    List<String> v = new ArrayList<>();
    for (Condition c : conditions) {
      f.add(c.field());
      o.add(c.operator() == FilterOperator.IN && form == Form.USER ? "=" : c.operator().wire());
      v.add(c.value());
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put(form.fieldsParameter(), Wire.jsonList(f));
    m.put(form.operatorsParameter(), Wire.jsonList(o));
    m.put(form.valuesParameter(), Wire.jsonList(v));
    return m;
  }

  @Override
  public String toString() {
    return "QueryFilter[" + form + " " + conditions.stream()
        .map(c -> c.field() + " " + c.operator().wire() + " " + c.value()).collect(Collectors.joining(", ")) + "]";
  }

  static String text(Object value) {
    if (value instanceof LocalDateTime ldt) {
      return ldt.format(DATE_TIME);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return String.valueOf(value);
  }

  /** Builds a {@link QueryFilter}; not thread-safe. */
  public static final class Builder {
    private final Form form;
    private final List<Condition> conditions = new ArrayList<>();

    private Builder(Form form) {
      this.form = form;
    }

    /**
     * Starts a condition on a field.
     *
     * @param ffqn the fully qualified field, e.g. {@code one.ONE_LIB}
     * @return the step choosing the operator; never null
     * @throws InvalidArgumentException when the field is null or blank
     */
    public FieldStep field(String ffqn) {
      if (ffqn == null || ffqn.isBlank()) {
        throw new InvalidArgumentException("filter field must not be " + (ffqn == null ? "null" : "blank"),
            ErrorDetails.of("ezged", Wire.EXEC));
      }
      return new FieldStep(this, ffqn);
    }

    /**
     * Builds the filter.
     *
     * @return the filter; never null
     * @throws InvalidArgumentException when there is no condition
     */
    public QueryFilter build() {
      if (conditions.isEmpty()) {
        throw new InvalidArgumentException("a filter needs at least one condition", ErrorDetails.of("ezged", Wire.EXEC));
      }
      return new QueryFilter(form, conditions);
    }
  }

  /** Chooses the operator and value of a condition. */
  public static final class FieldStep {
    private final Builder builder;
    private final String field;

    private FieldStep(Builder builder, String field) {
      this.builder = builder;
      this.field = field;
    }

    /**
     * Adds {@code field <operator> value}.
     *
     * @param operator the operator
     * @param value the value (dates are written {@code yyyy-MM-dd HH:mm:ss})
     * @return the filter builder; never null
     * @throws InvalidArgumentException when the operator or value is null
     */
    public Builder op(FilterOperator operator, Object value) {
      if (operator == null || value == null) {
        throw new InvalidArgumentException("filter on " + field + ": " + (operator == null ? "operator" : "value")
            + " must not be null", ErrorDetails.of("ezged", Wire.EXEC));
      }
      builder.conditions.add(new Condition(field, operator, text(value)));
      return builder;
    }

    /**
     * {@code =}.
     *
     * @param value the value
     * @return the filter builder
     */
    public Builder eq(Object value) {
      return op(FilterOperator.EQ, value);
    }

    /**
     * {@code >=}.
     *
     * @param value the value
     * @return the filter builder
     */
    public Builder ge(Object value) {
      return op(FilterOperator.GE, value);
    }

    /**
     * {@code <=}.
     *
     * @param value the value
     * @return the filter builder
     */
    public Builder le(Object value) {
      return op(FilterOperator.LE, value);
    }

    /**
     * {@code like}.
     *
     * @param pattern the pattern ({@code %} wildcard)
     * @return the filter builder
     */
    public Builder like(String pattern) {
      return op(FilterOperator.LIKE, pattern);
    }

    /**
     * {@code <>}.
     *
     * @param value the value
     * @return the filter builder
     */
    public Builder notEqual(Object value) {
      return op(FilterOperator.NOT_EQUAL, value);
    }

    /**
     * {@code not like}.
     *
     * @param pattern the pattern
     * @return the filter builder
     */
    public Builder notLike(String pattern) {
      return op(FilterOperator.NOT_LIKE, pattern);
    }

    /**
     * {@code in}: any of the values (sent comma-separated).
     *
     * @param values at least one value, none containing a comma
     * @return the filter builder
     * @throws InvalidArgumentException when there is no value or a value contains a comma
     */
    public Builder in(Object... values) {
      if (values == null || values.length == 0) {
        throw new InvalidArgumentException("filter on " + field + ": in() values must hold at least one value",
            ErrorDetails.of("ezged", Wire.EXEC));
      }
      List<String> texts = Arrays.stream(values).map(QueryFilter::text).toList();
      if (texts.stream().anyMatch(t -> t.contains(","))) {
        throw new InvalidArgumentException("filter on " + field + ": in() values cannot contain a comma",
            ErrorDetails.of("ezged", Wire.EXEC));
      }
      return op(FilterOperator.IN, String.join(",", texts));
    }
  }
}
