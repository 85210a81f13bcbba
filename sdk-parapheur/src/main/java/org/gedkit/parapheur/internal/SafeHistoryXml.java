package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.parapheur.model.HistoryEntry;

/**
 * Reads the XML history export ({@code <root><History>…</History></root>}) with a streaming parser that
 * refuses any DTD (so no external entity, no entity expansion, no billion laughs) and never fetches
 * anything. Each {@code History} element becomes the same tree as a JSON item and goes through
 * {@link HistoryMapper}.
 */
public final class SafeHistoryXml {

  private static final int MAX_DEPTH = 64;

  private SafeHistoryXml() {}

  /**
   * A StAX factory with DTDs and external entities off.
   *
   * @return a new factory; never null
   */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resources are refused: " + systemId);
    });
    return f;
  }

  /**
   * Parses an XML history export.
   *
   * @param in the XML (not closed)
   * @param mapper turns each item into an entry
   * @param errors makes the exception for a malformed document
   * @return the entries, in document order; never null
   * @throws ProtocolException when the document is not well-formed, has a DTD, or is not a history
   */
  public static List<HistoryEntry> parse(InputStream in, HistoryMapper mapper,
      java.util.function.Function<String, ProtocolException> errors) {
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      List<HistoryEntry> out = new ArrayList<>();
      boolean inRoot = false;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.DTD:
            throw errors.apply("the history XML declares a DTD; DTDs and entities are refused");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw errors.apply("the history XML uses the entity &" + r.getLocalName() + "; entities are refused");
          case XMLStreamConstants.START_ELEMENT:
            if (!inRoot) {
              inRoot = true;
            } else {
              out.add(mapper.entry(element(r, 1, errors), out.size()));
            }
            break;
          default:
            break;
        }
      }
      if (!inRoot) {
        throw errors.apply("the history XML has no root element");
      }
      return List.copyOf(out);
    } catch (XMLStreamException e) {
      throw errors.apply("the history XML is not well-formed: " + e.getMessage());
    } catch (org.gedkit.core.error.GedkitException e) {
      throw e;
    } catch (RuntimeException e) {
      // the JDK's parser sometimes fails on malformed input with an unchecked exception of its own, e.g. a
      // MissingResourceException for a bad character in a DTD (found by a long fuzzing run)
      throw errors.apply("the history XML is not well-formed (the XML parser failed with "
          + e.getClass().getSimpleName() + ")");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to do
        }
      }
    }
  }

  /** Reads the element the reader is on: children become fields (repeated names a list), else its text. */
  private static JsonNode element(XMLStreamReader r, int depth,
      java.util.function.Function<String, ProtocolException> errors) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw errors.apply("the history XML is nested deeper than " + MAX_DEPTH + " levels");
    }
    ObjectNode fields = null;
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT: {
          String name = r.getLocalName();
          JsonNode child = element(r, depth + 1, errors);
          if (fields == null) {
            fields = JsonNodeFactory.instance.objectNode();
          }
          JsonNode existing = fields.get(name);
          if (existing == null) {
            fields.set(name, child);
          } else if (existing.isArray()) {
            ((ArrayNode) existing).add(child);
          } else {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            list.add(existing);
            list.add(child);
            fields.set(name, list);
          }
          break;
        }
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          text.append(r.getText());
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw errors.apply("the history XML uses the entity &" + r.getLocalName() + "; entities are refused");
        case XMLStreamConstants.DTD:
          throw errors.apply("the history XML declares a DTD; DTDs and entities are refused");
        case XMLStreamConstants.END_ELEMENT:
          return fields != null ? fields : TextNode.valueOf(text.toString().strip());
        default:
          break;
      }
    }
    throw errors.apply("the history XML ends inside an element");
  }
}
